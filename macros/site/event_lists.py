"""Events as a compact list: one line each, date and title, that opens (a <details>, no script) to the
description, the quote, the dates other sources give and the sources.

`events_list` is what an area page shows of its events (`area_events`) and the state visit's list
(`visit_events`); the timeline (timeline.py) builds its rows with `event_item`. A planned event says
so in a badge, and an event whose sources give different dates says "Date disputed", with the other
dates inside. Area names are the navigation's (`area_name`), never the data files' longer titles.
"""

from __future__ import annotations

from collections.abc import Iterable

from babel.dates import format_date

from macros.data.model import Area, Event, OtherDate
from macros.data.periods import Period
from macros.site.evidence import quote_html
from macros.site.fact_block_text import AREA_NAMES, EVENT_WORDS
from macros.site.figures import source_citation
from macros.site.formatting import format_period
from macros.site.html import EMPTY, Html, PageContext, concat, element, event_anchor, event_link, join


def area_name(page: PageContext, area: Area) -> str:
    """The area as the navigation names it ('Security'); an area the navigation does not know yet, by
    its title in the data."""
    return AREA_NAMES[page.lang].get(area.id) or page.text(area.title)


def compact_date(period: Period, lang: str, with_year: bool = True) -> str:
    """'26 Nov 2025', 'Nov 2025', '2025'; without the year under a year's heading ('26 Nov'); a span
    as format_period writes it ('24–26 November 2025')."""
    if period.end is not None:
        return format_period(period, lang)
    day = period.first
    if period.precision == "day":
        return str(format_date(day, "d MMM y" if with_year else "d MMM", locale=lang))
    if period.precision == "month":
        return str(format_date(day, "LLL y" if with_year else "LLL", locale=lang))
    return str(day.year)


def machine_date(period: Period) -> str:
    """The `datetime` of a <time>: the start at its own precision ('2025', '2025-11', '2025-11-26')."""
    return period.first.isoformat()[: {"year": 4, "month": 7}.get(period.precision, 10)]


def _other_date(page: PageContext, other: OtherDate) -> Html:
    """'12 May 2025 (TASS, 13 May 2025 ↗) and its note': the date another source gives the event. The
    note's closing full stop is dropped: the other dates are joined by semicolons, and the list ends with one."""
    note = f" {page.text(other.note).rstrip().removesuffix('.')}" if other.note else ""
    return concat(f"{format_period(other.date, page.lang)} (", source_citation(page, other.source), ")", note)


def _event_body(page: PageContext, event: Event, at_home: bool) -> Html:
    """What the row opens to: the description, the other dates and the sources (the row's summary
    already shows the date, with its machine-readable form). At the event's home (its area page) also
    its quote and the links to the original pages; elsewhere (the timeline, the home page) a link to
    that full entry instead, which keeps those pages light."""
    words = EVENT_WORDS[page.lang]
    parts: list[Html | str] = []
    if event.summary:
        parts.append(page.text(event.summary))
    if at_home and event.quote:
        parts.append(quote_html(page, event.quote, event.quote_gloss, event.source.language))
    if event.other_dates:
        others = join("; ", (_other_date(page, other) for other in event.other_dates))
        parts.append(concat(f"{page.ui('other_dates')}: ", others, "."))
    cited = (source_citation(page, s, original=at_home) for s in (event.source, *event.also_reported_by))
    parts.append(concat(f"{words['sources']}: ", join(", ", cited)))
    if not at_home:
        parts.append(element("a", {"href": event_link(page, event)}, words["full_entry"]))
    return concat(*(element("p", None, part) for part in parts))


def _badges(page: PageContext, event: Event) -> list[Html]:
    words = EVENT_WORDS[page.lang]
    badges = []
    if event.planned:
        badges.append(element("span", {"class": "fs-badge", "data-badge": "planned"}, words["planned"]))
    if event.other_dates:
        badges.append(element("span", {"class": "fs-badge", "data-badge": "disputed"}, words["date_disputed"]))
    return badges


def event_item(page: PageContext, event: Event, area: Area | None = None, with_year: bool = True) -> Html:
    """One event as a list item that opens to its details; `area` adds its area's name to the line.
    The item carries the event's anchor only on the page that is the event's home (page_index), so
    links to it land there and no page has the id twice. Class names are few: a timeline pays for
    each one 76 times (facts.css reaches the parts by their elements)."""
    at_home = page.page_index.event_page(event) == page.path_in_edition
    date = compact_date(event.date, page.lang, with_year)
    # The date in its column, then the title, badges and area in one span that wraps beside it.
    line: list[Html | str] = [page.text(event.title), *_badges(page, event)]
    if area is not None:
        line.append(element("small", None, area_name(page, area)))
    summary = element(
        "summary",
        None,
        element("time", {"datetime": machine_date(event.date)}, date),
        " ",
        element("span", None, join(" ", line)),
    )
    attributes = {"id": event_anchor(event.id) if at_home else None, "data-area": event.area}
    return element(
        "li", attributes, element("details", None, summary, element("div", None, _event_body(page, event, at_home)))
    )


def events_list(page: PageContext, events: Iterable[Event], areas: dict[str, Area] | None = None) -> Html:
    """Events in the order given, one line each; with `areas`, each line names its event's area."""
    items = [event_item(page, event, areas[event.area] if areas else None) for event in events]
    if not items:
        return EMPTY
    return element("ol", {"class": "fs-event-list"}, *items)
