"""The tables of figures: every value reported for one fact (`observations_table`, the Table view of a
fact block) and one line per fact of an area's headline figures (`facts_summary_table`).

Both are `html.table`s with a caption, `scope` on every header and the figure column marked numeric;
on a phone they reflow into one block per row (facts.css): period and figure, who stated it, the
source, then the note and quote folded in a disclosure, so no quote shows on load and no row is
taller than what it shows. `page_macros.py` and `fact_blocks.py` call them.
"""

from __future__ import annotations

from collections.abc import Iterable

from macros.data.model import Fact, Observation
from macros.site.evidence import (
    basis_text,
    copy_marker,
    derivation_html,
    derivation_quotes,
    period_text,
    quote_html,
)
from macros.site.fact_block_text import FACT_BLOCK_WORDS, TABLE_CAPTIONS
from macros.site.figures import differing_values, source_citation, source_link, speaker_text, value_html
from macros.site.html import LINE_BREAK, Html, PageContext, concat, element, fact_anchor, fact_link, join, table

OBSERVATION_HEADERS = ("period", "figure", "stated_by", "source_col", "note")
SUMMARY_HEADERS = ("fact", "figure", "period", "stated_by", "source_col")
FIGURE_COLUMN = 1  # in both tables: right-aligned in tabular figures


def _note_disclosure(page: PageContext, observation: Observation) -> Html:
    """The note column: whose statistics and how a value was calculated, in the open; the note and the
    quote folded under "Note", "Quote" or "Note and quote", so a long quote never sets a row's height."""
    shown: list[Html | str] = []
    if observation.basis is not None:
        shown.append(element("span", {"class": "fs-basis"}, basis_text(page, observation.basis) + "."))
    quotes = [quote_html(page, observation.quote, observation.quote_gloss, observation.source.language)]
    if observation.derived is not None:
        shown.append(derivation_html(page, observation.derived, source_citation, with_quotes=False))
        quotes.extend(derivation_quotes(page, observation.derived))
    elif observation.only_from_copies:
        shown.append(copy_marker(page))
    note = page.text(observation.note)
    quote = join(" ", (q for q in quotes if q))
    if note or quote:
        if note and quote:
            summary = FACT_BLOCK_WORDS[page.lang]["cell_more"]
        else:
            summary = page.ui("note") if note else page.ui("quote")
        body = join(" ", (part for part in (note, quote) if part))
        shown.append(element("details", {"class": "fs-cell-more"}, element("summary", None, summary), body))
    return join(" ", shown)


def _oldest_first(observation: Observation) -> tuple[bool, object, object]:
    # Undated figures, which have no place in time, last.
    return (observation.period.is_undated, observation.period.first, observation.period.last)


def _cell_text(text: str) -> str:
    """A table cell starts with a capital, as a Russian table sets it: «Администрация президента Киргизии»
    (the data writes the name as running text needs it, «данные приводит администрация…»)."""
    return text[:1].upper() + text[1:]


def observations_table(page: PageContext, fact: Fact) -> Html:
    """Every value reported for `fact`, oldest period first, one row each."""
    rows = []
    for observation in sorted(fact.observations, key=_oldest_first):
        # A row's figure is one tap from its source: the outlet's name links the original page (the sources
        # page's entry when no address was kept). No ↗ besides: one link a source, a large target.
        sources = (observation.source, *observation.also_reported_by)
        rows.append(
            [
                period_text(page, observation),
                value_html(page, fact, observation),
                _cell_text(speaker_text(page, observation.stated_by)),
                join(", ", (source_link(page, s) for s in sources)),
                _note_disclosure(page, observation),
            ]
        )
    return table(
        [page.ui(key) for key in OBSERVATION_HEADERS],
        rows,
        caption=f"{page.text(fact.label)}: {page.ui('all_reports')}",
        css="fs-observations",
        anchor=f"{fact_anchor(fact.id)}-all",
        numeric=(FIGURE_COLUMN,),
        stacked=True,
    )


def facts_summary_table(page: PageContext, facts: Iterable[Fact], area_name: str) -> Html:
    """One line per fact: its label linked to its block, the headline figure with any report that differs
    for its period, the period, who stated it and the source."""
    rows = []
    for fact in facts:
        headline = fact.shown
        # A disputed figure is never shown alone; its block's table attributes each one.
        differing = differing_values(page, fact, headline, fact_link(page, fact) + "-all")
        figure_cell = value_html(page, fact, headline)
        if differing:
            figure_cell = concat(figure_cell, LINE_BREAK, differing)
        rows.append(
            [
                element("a", {"href": fact_link(page, fact)}, page.text(fact.label)),
                figure_cell,
                period_text(page, headline),
                _cell_text(speaker_text(page, headline.stated_by)),
                source_citation(page, headline.source),
            ]
        )
    caption = TABLE_CAPTIONS[page.lang]["summary"].format(area=area_name)
    return table(
        [page.ui(key) for key in SUMMARY_HEADERS],
        rows,
        caption=caption,
        css="fs-summary",
        numeric=(FIGURE_COLUMN,),
        stacked=True,
    )
