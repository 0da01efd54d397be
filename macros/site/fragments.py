"""The HTML of the two macros whose output is none of sections.py's sections: an event's date inside a
sentence (`event_date`) and the cards of key figures (`key_figures`). page_macros.py calls them, so a
macro only looks up what it is asked for and builds no HTML itself. Like sections.py, these build with
`html.element`, which escapes every value from the data.
"""

from __future__ import annotations

from collections.abc import Iterable

from macros.data.model import Area, Event, Fact
from macros.site.html import Html, PageContext, element, fact_link, join
from macros.site.sections import event_date_html, figure, source_citation


def event_date_in_sentence(page: PageContext, event: Event) -> Html:
    """'26 November 2025 (source: TRT World, 26 Nov 2025 ↗)', the date marked up for the reader's language."""
    sources = join(", ", (source_citation(page, s) for s in (event.source, *event.also_reported_by)))
    meta = element("span", {"class": "fs-meta"}, f"({page.ui('source')}: ", sources, ")")
    return element("span", {"class": "fs-figure"}, event_date_html(page, event), " ", meta)


def key_figure_cards(page: PageContext, facts: Iterable[tuple[Fact, Area]]) -> Html:
    """A card for each fact, with its area: what the figure is, linked to its section, then the headline figure."""
    cards = [
        element(
            "li",
            {"class": "fs-card", "data-fact": fact.id},
            element("span", {"class": "fs-card-area"}, page.text(area.title)),
            element(
                "a",
                {"class": "fs-card-link", "href": fact_link(page, fact)},
                element("span", {"class": "fs-card-label"}, page.text(fact.label)),
            ),
            figure(page, fact, fact.shown),
        )
        for fact, area in facts
    ]
    return element("ul", {"class": "fs-cards"}, *cards)
