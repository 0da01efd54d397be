"""Each chart as a file of its own, for a fact block's Download view: data/charts/<fact id>.svg.

The CSV and JSON of each fact are written with the other downloads (downloads.py, `fact_files`); the
charts are drawn in the reader's language, so each edition writes its own, beside its Data page
(/data/charts/ and /ru/data/charts/). The macros module's `on_post_build` (mkdocs_plugin.py) calls
`write_chart_files` after each edition's build. On the page a chart takes its colours from the page's
CSS; on its own, the file says what the page would: text in black on white, hollow markers white.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from macros.data.model import Dataset, Event
from macros.site.chart_series import chart_events, has_chart
from macros.site.charts import accessible_name, to_svg
from macros.site.russian_typography import typeset_page

CHART_FOLDER = "data/charts"  # inside an edition, beside the Data page and its downloads
# What facts.css gives the chart on the page; a file opened on its own has no page around it.
_STANDALONE_STYLE = "<style>svg{color:#000;background:#fff}.fs-hollow{fill:#fff}</style>"


def chart_file(fact_id: str) -> str:
    """Where a fact's chart is, inside its edition: the Download view links there."""
    return f"{CHART_FOLDER}/{fact_id}.svg"


def chart_files(dataset: Dataset, lang: str, events: Mapping[str, Event] | None = None) -> dict[str, str]:
    """File path (inside the edition) -> the SVG document, for every fact that has a chart."""
    events = dataset.events if events is None else events
    files = {}
    for fact in dataset.facts.values():
        if not has_chart(fact):
            continue
        svg = str(to_svg(fact, lang, accessible_name(fact, lang), chart_events(fact, events)))
        svg = typeset_page(svg) if lang == "ru" else svg  # as the Russian pages set the same chart
        head, _, rest = svg.partition(">")  # the style goes first inside the <svg>
        files[chart_file(fact.id)] = f'<?xml version="1.0" encoding="UTF-8"?>\n{head}>{_STANDALONE_STYLE}{rest}\n'
    return files


def write_chart_files(edition_root: Path, dataset: Dataset, lang: str) -> list[Path]:
    """Write every chart of the edition in `lang` under `edition_root`; returns the paths written."""
    written = []
    for name, text in chart_files(dataset, lang).items():
        path = Path(edition_root) / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written
