"""An event's date: with its "planned" mark (`event_date_html`), and inside a sentence with its short
attribution and the control that opens its sources (`event_date_in_sentence`, the `event_date` macro).

Every value from the data is text and goes through `html.element`/`html.join`, which escape it;
what these functions return is `html.Html`, safe to put in a page.
"""

from __future__ import annotations

from macros.data.model import Event
from macros.site.figures import control
from macros.site.formatting import format_period, format_period_in_sentence
from macros.site.html import Html, PageContext, concat, element, event_anchor
from macros.site.provenance import attribution_text, event_footnote, event_panel, originating_name
from macros.site.provenance_text import PROVENANCE_WORDS



def event_date_in_sentence(page: PageContext, event: Event) -> Html:
    """'26 November 2025, according to TASS ⓘ 2 [1]': an event's date in a sentence, attributed as a
    figure is, in at most four words, with the control that opens its sources and its footnote."""
    sources = (event.source, *event.also_reported_by)
    date = format_period(event.date, page.lang)
    named = (page.text(event.title), date)
    label = PROVENANCE_WORDS[page.lang]["panel_label"].format(label=named[0], period=named[1])

    def make(panel_id: str) -> tuple[Html, Html]:
        return event_footnote(page, event), event_panel(page, event, panel_id, label)

    note = page.notes.note(f"event:{event.id}", f"src-{event_anchor(event.id)}", make, page.lang)
    attribution = attribution_text(page, originating_name(page, event.source))
    return element(
        "span",
        {"class": "fs-figure", "data-event": event.id},
        event_date_html(page, event, format_period_in_sentence(event.date, page.lang)),
        PROVENANCE_WORDS[page.lang]["attribution_separator"],
        element("span", {"class": "fs-meta"}, attribution),
        " ",
        control(page, note.panel_id, note.number, len(sources), named),
    )


def event_date_html(page: PageContext, event: Event, text: str = "") -> Html:
    """The event's date as a <time>, in `text` (e.g. its form in a sentence) or as a label, then its
    "planned" mark."""
    out = element("time", {"datetime": event.date.first.isoformat()}, text or format_period(event.date, page.lang))
    if event.planned:
        out = concat(out, " ", element("span", {"class": "fs-planned"}, f"({page.ui('planned')})"))
    return out
