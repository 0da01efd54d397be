"""The downloads every build writes into the site: data/facts.json, data/facts.csv, data/sources.csv.

The macros module's `on_post_build` (`mkdocs_plugin.py`) writes them after each edition's build,
through the build's one `DownloadFiles`; the Data page (`page_macros.downloads`) lists them from
DOWNLOADS below. The CSV columns are in `download_columns.py`. Fact ids are the stable keys; each
file carries the build date and the commit it was built from.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Mapping
from functools import cached_property
from pathlib import Path
from typing import Any

from macros.data.model import Dataset, Observation, Source
from macros.site.build_info import BuildStamp
from macros.site.download_columns import FACT_COLUMNS, SOURCE_COLUMNS, STAMP_COLUMNS, Column, doc, published_text

DOWNLOAD_FOLDER = "data"  # inside the built site, beside the Data page (docs/data.md -> data/)


def _text(value: Any) -> str:
    """A cell: '' for nothing, 'true'/'false' for yes/no, numbers as written in the data."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _csv(columns: tuple[Column, ...], items: Iterable[Any], dataset: Dataset, stamp: BuildStamp) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([c.name for c in columns + STAMP_COLUMNS])
    stamp_cells = [_text(c.value(stamp)) for c in STAMP_COLUMNS]
    for item in items:
        writer.writerow([_text(c.value(item, dataset)) for c in columns] + stamp_cells)
    return out.getvalue()


def all_observations(dataset: Dataset) -> list[Observation]:
    """Every observation, fact by fact in data order, each fact's observations as written."""
    return [o for fact in dataset.facts.values() for o in fact.observations]


def facts_csv(dataset: Dataset, stamp: BuildStamp) -> str:
    return _csv(FACT_COLUMNS, all_observations(dataset), dataset, stamp)


def sources_csv(dataset: Dataset, stamp: BuildStamp) -> str:
    return _csv(SOURCE_COLUMNS, dataset.sources.values(), dataset, stamp)


def _source_json(source: Source) -> dict[str, Any]:
    return {
        "publisher": source.publisher,
        "title": source.title,
        "url": source.url,
        "published": published_text(source),
        "date_inferred": source.date_inferred,
        "language": source.language,
        "via": source.via,
        "note": source.note,
    }


def facts_json(dataset: Dataset, stamp: BuildStamp, site_name: str = "") -> str:
    """Facts with their observations nested, speakers inline and sources by id, plus the build stamp."""
    return _with_site(_facts_json_without_site(dataset, stamp), site_name)


def _with_site(document_json: str, site_name: str) -> str:
    """The document with "site" as its first key (each edition names itself; the rest is shared)."""
    return '{"site": ' + json.dumps(site_name, ensure_ascii=False) + ", " + document_json[1:]


def _facts_json_without_site(dataset: Dataset, stamp: BuildStamp) -> str:
    facts = []
    for fact in dataset.facts.values():
        facts.append(
            {
                "id": fact.id,
                "area": fact.area,
                "label": fact.label,
                "unit": {"id": fact.unit.id, "description": fact.unit.doc},
                "planned": fact.planned,
                "note": fact.note,
                "observations": [
                    {
                        "value": o.value,
                        "qualifier": o.qualifier,
                        "period": {
                            "text": o.period.text,
                            "start": o.period.first.isoformat(),
                            "end": o.period.last.isoformat(),
                        },
                        "headline": o.headline,
                        "stated_by": None
                        if o.stated_by is None
                        else {
                            "id": o.stated_by.id,
                            "name": o.stated_by.name,
                            "role": o.stated_by.role,
                            "side": o.stated_by.side,
                        },
                        "source": o.source.id,
                        "also_reported_by": [s.id for s in o.also_reported_by],
                        "quote": o.quote,
                        "quote_gloss": o.quote_gloss,
                        "note": o.note,
                        "ref": o.ref,
                    }
                    for o in fact.observations
                ],
            }
        )
    document = {
        "build_date": stamp.date.isoformat(),
        "build_commit": stamp.commit,
        "facts": facts,
        "sources": {source.id: _source_json(source) for source in dataset.sources.values()},
    }
    # On one line: json writes an indented document in Python, a compact one in C, about four times
    # faster; the file is for programs, which do not need the indentation, and it is a fifth smaller.
    return json.dumps(document, ensure_ascii=False) + "\n"


DOWNLOADS: Mapping[
    str, Mapping[str, str]
] = {  # file name -> (what it holds, {en, ru}), in the order the Data page lists them
    "facts.csv": doc(
        "Every reported figure, one row each, with its fact, period, who stated it and its source.",
        "Каждое приведённое значение отдельной строкой: показатель, период, кто заявил, источник.",
    ),
    "sources.csv": doc(
        "Every source, one row each, with the facts and events that cite it.",
        "Каждый источник отдельной строкой, со ссылающимися на него показателями и событиями.",
    ),
    "facts.json": doc(
        "The same facts as JSON: each fact with its observations, and the sources by id.",
        "Те же показатели в JSON: каждый со всеми значениями, источники по идентификатору.",
    ),
}


class DownloadFiles:
    """The downloads of one build (`build_context.BuildContext.downloads`). Each edition writes the same
    files beside its Data page and only facts.json's "site" differs between them, so the files are made
    once, on the first edition's write, and the other editions reuse them."""

    def __init__(self, dataset: Dataset, stamp: BuildStamp):
        self.dataset = dataset
        self.stamp = stamp

    @cached_property
    def _shared(self) -> tuple[str, str, str]:
        """facts.csv, sources.csv and facts.json without its "site"."""
        dataset, stamp = self.dataset, self.stamp
        return facts_csv(dataset, stamp), sources_csv(dataset, stamp), _facts_json_without_site(dataset, stamp)

    def contents(self, site_name: str = "") -> dict[str, str]:
        """File name -> text, for every download of the edition named `site_name`."""
        facts, sources, document_json = self._shared
        return {"facts.csv": facts, "sources.csv": sources, "facts.json": _with_site(document_json, site_name)}

    def write(self, edition_root: Path, site_name: str = "") -> list[Path]:
        """Write every download into `edition_root/data/`; returns the paths written."""
        folder = Path(edition_root) / DOWNLOAD_FOLDER
        folder.mkdir(parents=True, exist_ok=True)
        written = []
        for name, text in self.contents(site_name).items():
            path = folder / name
            path.write_text(text, encoding="utf-8", newline="")
            written.append(path)
        return written
