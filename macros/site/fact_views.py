"""The views of a fact block: Chart │ Table │ Sources │ Download, as Our World in Data's Grapher and the
Open SDG platforms give them, working without JavaScript.

The views are radio buttons, one per view, each with its label as the visible "tab"; facts.css shows
the panel of the checked one (with `:has()`, where the browser has it; elsewhere, and without CSS or
in print, every panel shows, one after the other). A radio group is a native control: arrow keys move
between the views, a screen reader names each and says which is chosen.

- Chart: the fact's chart (charts.py), only when the fact is a series (chart_series.has_chart);
- Table: every reported value (observation_tables.py), when there is more than one;
- Sources: a key-data list: the sources, who stated the figures, the period covered, the unit, the
  number of reports, what the chart groups by;
- Download: this fact as CSV and JSON (downloads.py writes them), the chart as SVG (fact_downloads.py).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from macros.data.model import Fact
from macros.site.chart_text import AXIS_TITLES, CHART_WORDS
from macros.site.evidence import cited_name
from macros.site.fact_block_text import FACT_BLOCK_WORDS
from macros.site.fact_downloads import chart_file
from macros.site.formatting import format_period
from macros.site.html import EMPTY, Html, PageContext, concat, element, empty_element, join
from macros.site.observation_tables import observations_table

VIEWS = ("chart", "table", "sources", "download")


def _unique(names: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(name for name in names if name))


def _period_covered(page: PageContext, fact: Fact) -> str:
    periods = fact.periods
    if not periods:
        return page.ui("undated")
    first, last = format_period(periods[0], page.lang), format_period(periods[-1], page.lang)
    return first if first == last else f"{first} – {last}"


def sources_view(page: PageContext, fact: Fact, charted: bool) -> Html:
    """The key data of the fact's evidence, as a description list. Names only: the table and the
    figure's panel link every source, and a page pays for each link many times over."""
    words = FACT_BLOCK_WORDS[page.lang]
    observations = fact.observations
    sources = _unique(cited_name(page, s) for o in observations for s in (o.source, *o.also_reported_by))
    speakers = _unique(page.text(o.stated_by.name) for o in observations if o.stated_by is not None)
    entries: list[tuple[str, str]] = [
        (words["key_sources"], ", ".join(sources)),
        (words["key_stated_by"], ", ".join(speakers)),
        (words["key_period"], _period_covered(page, fact)),
        (words["key_unit"], AXIS_TITLES[page.lang][fact.unit.id]),
        (words["key_reports"], str(len(observations))),
    ]
    if charted:
        entries.append((words["key_about_chart"], CHART_WORDS[page.lang]["series_note"]))
    items = (concat(element("dt", None, term), element("dd", None, value)) for term, value in entries if value)
    return element("dl", {"class": "fs-key-data"}, *items)


def download_view(page: PageContext, fact: Fact, charted: bool) -> Html:
    """Links to this fact's own files: CSV and JSON, and the chart as SVG when it has one."""
    words = FACT_BLOCK_WORDS[page.lang]
    stem = page.link(f"data/facts/{fact.id}")
    files = [(f"{stem}.csv", words["download_csv"]), (f"{stem}.json", words["download_json"])]
    if charted:
        files.append((page.link(chart_file(fact.id)), words["download_svg"]))
    items = (element("li", None, element("a", {"href": href, "download": True}, label)) for href, label in files)
    return element("ul", {"class": "fs-fact-files"}, *items)


def fact_views(page: PageContext, fact: Fact, chart: Html) -> Html:
    """The view switch and the panels; the first view is the one shown on load."""
    words = FACT_BLOCK_WORDS[page.lang]
    charted = bool(chart)
    panels = {
        "chart": chart,
        "table": observations_table(page, fact) if len(fact.observations) > 1 else EMPTY,
        "sources": sources_view(page, fact, charted),
        "download": download_view(page, fact, charted),
    }
    shown = [view for view in VIEWS if panels[view]]
    # The input inside its label: no id and no `for` to pay for, on a page of twenty facts.
    group = "v" + hashlib.sha1(fact.id.encode()).hexdigest()[:8]  # unique on the page, and short
    tabs = (
        element(
            "label",
            None,
            empty_element("input", {"type": "radio", "name": group, "value": view, "checked": view == shown[0]}),
            words[f"view_{view}"],
        )
        for view in shown
    )
    switch = element(
        "div",
        {
            "class": "fs-view-tabs",
            "role": "radiogroup",
            "aria-label": words["views"].format(label=page.text(fact.label)),
        },
        *tabs,
    )
    body = (element("div", {"class": "fs-view", "data-view": view}, panels[view]) for view in shown)
    # One part a line: Python-Markdown reads the block of HTML line by line.
    return element("div", {"class": "fs-views"}, Html("\n"), join("\n", (switch, *body)), Html("\n"))
