"""A fact's block on its area page: its label, the headline figure, its status, the note (three lines
until the reader asks for more) and the views Chart │ Table │ Sources │ Download (fact_views.py).

The status says at a glance how the reports for the headline period relate (`fact_status`, the one
place a status is decided; key_figure_cards.py and disagreements.py ask it too): they agree, they
differ (with the range), a single source, or a target; with two or more reports the kind of
disagreement is also in `data-dispute` (agree, differ or basis: macros/data/disagreement.py). A
headline known only from copies says so in its status.
`page_macros.py` calls `fact_block` for the `fact` and `area_facts` macros.
"""

from __future__ import annotations

from dataclasses import dataclass

from macros.data.disagreement import kind_of_disagreement
from macros.data.model import Fact, Observation
from macros.site.evidence import copy_marker
from macros.site.fact_block_text import FACT_BLOCK_WORDS
from macros.site.fact_views import fact_views
from macros.site.figures import figure
from macros.site.formatting import format_value
from macros.site.html import EMPTY, Html, PageContext, concat, element, empty_element, fact_anchor, join

# A note longer than this wraps past three lines in a phone's text column (about 45 characters a
# line at 390 px): it gets the "Read more" switch. A shorter one shows whole, with no control.
CLAMPED_NOTE_CHARACTERS = 135


@dataclass(frozen=True)
class FactStatus:
    status: str  # agree, differ, measure, single or target
    dispute: str | None  # agree, differ or basis, with two or more reports for the headline period


def status_reports(fact: Fact) -> tuple[Observation, ...]:
    """The reports a status weighs, lowest value first: every stated report for the headline's period,
    and the headline itself. A value the editors calculated is no report: it cannot make sources differ."""
    headline = fact.shown
    if headline.period.is_undated:
        return (headline,)
    reports = (o for o in fact.for_period(headline.period.text) if o.derived is None or o is headline)
    return tuple(sorted(reports, key=lambda o: o.value))


def fact_status(fact: Fact) -> FactStatus:
    """How the reports for the headline's period relate: the one place a fact's status is decided, for
    its block, its key-figure card and the list of disagreements. A planned figure is a target whatever
    its reports; a basis dispute (different statistics) is, to a reader, sources that differ."""
    reports = status_reports(fact)
    dispute = kind_of_disagreement(reports) if len(reports) > 1 else None
    if fact.planned:
        return FactStatus("target", dispute)
    if dispute is None:
        return FactStatus("single", None)
    return FactStatus("differ" if dispute == "basis" else dispute, dispute)


def status_badge(page: PageContext, fact: Fact, status: FactStatus, with_range: bool = True) -> Html:
    """'Sources differ: $3.2 billion to $4.1 billion', 'Single source', …, as a badge; `with_range=False`
    leaves the range out (a key-figure card draws it as a strip). A headline known only from copies
    says so in the badge: the status says how many sources, this how far they are from the original."""
    words = FACT_BLOCK_WORDS[page.lang]
    text = words[f"status_{status.status}"]
    if status.status == "differ":
        reports = status_reports(fact)
        low, high = (format_value(o.value, fact.unit, o.qualifier, page.lang) for o in (reports[0], reports[-1]))
        text = text.format(low=low, high=high) if with_range else words["status_differ_short"]
    copy = concat(" · ", copy_marker(page)) if fact.shown.only_from_copies else EMPTY
    return element("span", {"class": "fs-status", "data-status": status.status}, text, copy)


def clamped_note(page: PageContext, fact: Fact) -> Html:
    """The note at full contrast; a long one clamped to three lines with a "Read more" that needs no
    script: a checkbox whose label is the link-like control, and facts.css unclamps the note when it
    is checked. Without CSS the whole note shows and the box is a harmless checkbox."""
    note = page.text(fact.note)
    if not note:
        return EMPTY
    if len(note) <= CLAMPED_NOTE_CHARACTERS:
        return element("p", {"class": "fs-note"}, note)
    switch = f"more-{fact_anchor(fact.id)}"
    return element(
        "div",
        {"class": "fs-note-box"},
        empty_element("input", {"type": "checkbox", "class": "fs-more-input", "id": switch}),
        element("p", {"class": "fs-note fs-clamped"}, note),
        element("label", {"class": "fs-more", "for": switch}, FACT_BLOCK_WORDS[page.lang]["read_more"]),
    )


def fact_block(page: PageContext, fact: Fact, chart: Html = EMPTY, after: Html = EMPTY) -> Html:
    """The block of one fact. `chart` is its chart (empty when it is not a series); `after` what follows
    the views (the edit links, when it last changed, "Cite this figure")."""
    status = fact_status(fact)
    headline = concat(
        figure(page, fact, fact.shown, compact=len(fact.observations) > 1), " ", status_badge(page, fact, status)
    )
    parts = [
        element("h3", None, page.text(fact.label)),
        element("p", {"class": "fs-headline"}, headline),
        clamped_note(page, fact),
        fact_views(page, fact, chart),
        after,
    ]
    section = {
        "class": "fs-fact",
        "id": fact_anchor(fact.id),
        "data-fact": fact.id,
        "data-status": status.status,
        "data-dispute": status.dispute,
    }
    # Each part on a line of its own, as Python-Markdown reads a block of HTML.
    return element("section", section, Html("\n"), join("\n", (part for part in parts if part)), Html("\n"))
