"""An event's date inside a sentence (the `event_date` macro), with its sources as a footnote-sized
citation. page_macros.py calls it, so a macro only looks up what it is asked for and builds no HTML
itself. The key-figure cards, which were here, are in key_figure_cards.py.
"""

from __future__ import annotations

from macros.data.model import Event
from macros.site.figures import source_citation
from macros.site.html import Html, PageContext, element, join
from macros.site.sections import event_date_html


def event_date_in_sentence(page: PageContext, event: Event) -> Html:
    """'26 November 2025 (source: TRT World, 26 Nov 2025 ↗)', the date marked up for the reader's language."""
    sources = join(", ", (source_citation(page, s) for s in (event.source, *event.also_reported_by)))
    meta = element("span", {"class": "fs-meta"}, f"({page.ui('source')}: ", sources, ")")
    return element("span", {"class": "fs-figure"}, event_date_html(page, event), " ", meta)
