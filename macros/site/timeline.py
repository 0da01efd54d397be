"""The timeline: every dated event of every area, under year headings, one line each, filtered by area
without a script.

The filter is a group of radio buttons, "All areas" and one per area, named as the navigation names
the areas; facts.css hides the events (and the years left empty) of the areas not chosen, with
`:has()`, and hides the filter itself where the browser lacks `:has()`, so no control shows that does
nothing. Each line opens to the description, the quote, the other dates and the sources
(event_lists.py). `page_macros.py` calls `timeline` for the `timeline` macro.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from itertools import groupby

from macros.data.model import Area, Event
from macros.site.event_lists import area_name, event_item
from macros.site.fact_block_text import EVENT_WORDS
from macros.site.html import Html, PageContext, concat, element, empty_element, join

FILTER_NAME = "fs-timeline-area"  # one timeline a page: the radio group's name


def _filter_option(value: str, label: str, checked: bool) -> Html:
    radio_id = f"{FILTER_NAME}-{value}"
    radio = {"type": "radio", "class": "fs-chip-input", "name": FILTER_NAME, "id": radio_id, "value": value}
    return concat(
        empty_element("input", {**radio, "checked": checked}),
        element("label", {"class": "fs-chip", "for": radio_id, "data-area": value}, label),
    )


def area_filter(page: PageContext, areas: Iterable[Area]) -> Html:
    """ "Show events of: All areas · Trade and economy · …", one choice at a time."""
    words = EVENT_WORDS[page.lang]
    options = [_filter_option("all", words["all_areas"], True)]
    options += [_filter_option(area.id, area_name(page, area), False) for area in areas]
    return element("fieldset", {"class": "fs-area-filter"}, element("legend", None, words["filter"]), *options)


def _year(page: PageContext, year: int, events: list[Event], areas: Mapping[str, Area]) -> Html:
    items = (event_item(page, event, areas[event.area], with_year=False) for event in events)
    present = " ".join(sorted({event.area for event in events}))
    return element(
        "div",
        {"class": "fs-year", "data-areas": present},
        element("h3", {"id": f"year-{year}"}, str(year)),
        element("ol", {"class": "fs-event-list"}, *items),
    )


def timeline(page: PageContext, events: Iterable[Event], areas: Mapping[str, Area]) -> Html:
    """The filter, then the years, oldest first, each with its events in date order."""
    by_year = groupby(events, key=lambda event: event.date.first.year)
    years = [_year(page, year, list(group), areas) for year, group in by_year]
    # One part a line: Python-Markdown reads the block of HTML line by line.
    parts = (area_filter(page, areas.values()), *years)
    return element("div", {"class": "fs-timeline"}, Html("\n"), join("\n", parts), Html("\n"))
