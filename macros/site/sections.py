"""What is left of the fact sheet's first renderer: an event's date with its "planned" mark, and the
re-exports below. Fact blocks, tables, events lists and the timeline have modules of their own
(fact_blocks.py, observation_tables.py, event_lists.py, timeline.py); figures are in figures.py.

`fragments.py` reuses the event's date.
Every value from the data is text and goes through `html.element`/`html.join`, which escape it;
what these functions return is `html.Html`, safe to put in a page.
"""

from __future__ import annotations

from macros.data.model import Event
from macros.site.figures import (
    differing_values,
    figure,
    source_citation,
    speaker_text,
    value_html,
)
from macros.site.formatting import format_period
from macros.site.html import Html, PageContext, concat, element
from macros.site.source_list import sources_list

# Re-exported until their callers import them from figures.py / source_list.py.
__all__ = ("differing_values", "figure", "source_citation", "sources_list", "speaker_text", "value_html")


def event_date_html(page: PageContext, event: Event) -> Html:
    out = element("time", {"datetime": event.date.first.isoformat()}, format_period(event.date, page.lang))
    if event.planned:
        out = concat(out, " ", element("span", {"class": "fs-planned"}, f"({page.ui('planned')})"))
    return out
