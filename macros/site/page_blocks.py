"""The blocks that lay out the home page and the end of an area page: the line under the home page's title
("75 facts · 232 sources · updated 28 Nov 2026"), the tiles that lead to the areas, the annotated example of
how to read a figure, a one-line list of events (the documents signed during the state visit), and an
area's downloads.

layout_macros.py looks up what each macro names and calls these; the key-figure cards and the figures
themselves are other modules' (key_figures, figure), so this module only arranges and labels. Every
value from the data goes through `html.element`, which escapes it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from babel import Locale
from babel.numbers import format_decimal

from macros.data.model import Area, Event, Fact
from macros.data.periods import Point
from macros.site.data_page import file_size
from macros.site.downloads import AREA_FOLDER, DOWNLOAD_FOLDER
from macros.site.event_lists import area_name
from macros.site.evidence import period_text
from macros.site.formatting import format_short_date, format_value
from macros.site.html import Html, PageContext, area_link, concat, element, event_link, fact_link, join
from macros.site.page_text import COUNT_WORDS, HOME_WORDS


def counted(page: PageContext, what: str, count: int) -> str:
    """'75 facts', '75 показателей': the number in the reader's format, the noun in its plural form."""
    forms = COUNT_WORDS[page.lang][what]
    category = Locale(page.lang).plural_form(count)
    return str(forms.get(category, forms["other"])).format(count=format_decimal(count, locale=page.lang))


def meta_line(page: PageContext, facts: int, sources: int, updated: Point | None) -> Html:
    """'75 facts · 232 sources · updated 28 Nov 2026' (without the date when no date is known)."""
    words = HOME_WORDS[page.lang]
    parts = [counted(page, "facts", facts), counted(page, "sources", sources)]
    if updated is not None:
        parts.append(str(words["updated"]).format(date=format_short_date(updated, page.lang)))
    return element("p", {"class": "fs-site-meta"}, join(" · ", parts))


def _tile(page: PageContext, area: Area, fact: Fact) -> Html:
    """An area's tile: its name as the navigation has it, linked to its page; one headline figure and
    what it measures, linked to the fact's section (where its sources are)."""
    shown = fact.shown
    name = area_name(page, area)
    return element(
        "li",
        {"class": "fs-tile", "data-area": area.id},
        element("a", {"class": "fs-tile-area", "href": area_link(page, area)}, name),
        element(
            "span",
            {"class": "fs-tile-figure"},
            format_value(shown.value, fact.unit, shown.qualifier, page.lang),
        ),
        element(
            "a",
            {"class": "fs-tile-label", "href": fact_link(page, fact)},
            f"{page.text(fact.label)}, {period_text(page, shown)}",
        ),
    )


def area_tiles(page: PageContext, tiles: Iterable[tuple[Area, Fact]]) -> Html:
    """A tile per area, in the order given."""
    items = [_tile(page, area, fact) for area, fact in tiles]
    return element("ul", {"class": "fs-tiles", "aria-label": HOME_WORDS[page.lang]["tiles_label"]}, *items)


_HOW_TERMS = ("value", "period", "who", "control", "status")


def how_to_read(page: PageContext, example: Html) -> Html:
    """A real figure (its key-figure card) and, beside it, what each of its parts means."""
    words = HOME_WORDS[page.lang]
    terms = (
        concat(element("dt", None, words[f"how_{term}"]), element("dd", None, words[f"how_{term}_text"]))
        for term in _HOW_TERMS
    )
    return element(
        "div",
        {"class": "fs-how"},
        element("div", {"class": "fs-how-example"}, example),
        element("dl", {"class": "fs-how-terms"}, *terms),
    )


def event_titles(page: PageContext, events: Iterable[Event]) -> Html:
    """One line per event, its title linked to its entry (on its area's page, else the timeline)."""
    items = (
        element("li", None, element("a", {"href": event_link(page, event)}, page.text(event.title))) for event in events
    )
    return element("ul", {"class": "fs-event-titles", "aria-label": HOME_WORDS[page.lang]["documents_label"]}, *items)


def area_downloads(page: PageContext, area: Area, files: Mapping[str, str]) -> Html:
    """'This area's figures: CSV, 12 kB · JSON, 30 kB', each linked to the file beside the Data page."""
    words = HOME_WORDS[page.lang]
    links = []
    for suffix, form in (("csv", "CSV"), ("json", "JSON")):
        name = f"{AREA_FOLDER}/{area.id}.{suffix}"
        size = files.get(name)
        label = f"{form}, {file_size(len(size.encode('utf-8')), page.lang)}" if size is not None else form
        links.append(element("a", {"href": page.link(f"{DOWNLOAD_FOLDER}/{name}"), "download": True}, label))
    data_page = element("a", {"href": page.link(f"{DOWNLOAD_FOLDER}/")}, words["all_data"])
    return element(
        "p",
        {"class": "fs-area-downloads"},
        str(words["area_data"]).format(area=area_name(page, area)),
        " ",
        join(" · ", links),
        " · ",
        data_page,
    )
