"""Where the sources disagree: at most three neutral one-liners near the top of an area page, each linking
to a fact whose reports for its headline period differ, the widest spread first:
"Bilateral trade turnover, 2024: $3.2 billion to $4.1 billion — Kyrgyz statistics vs Russian side →".

No verdict: the line names the range and whose figures its ends are (the statistics where the data
names them, else the speaker's side), and the fact's block says the rest. `page_macros.py` calls
`disagreements_list` for the `disagreements` macro.
"""

from __future__ import annotations

from collections.abc import Iterable

from macros.data.model import Fact, Observation
from macros.site.fact_block_text import DISAGREEMENT_WORDS
from macros.site.fact_blocks import fact_status, status_reports
from macros.site.formatting import format_period, format_value
from macros.site.html import EMPTY, Html, PageContext, element, fact_link

MOST_LINES = 3


def _headline_reports(fact: Fact) -> tuple[Observation, ...]:
    """The reports for the headline's period, lowest value first, when they differ; () otherwise. The same
    reports and the same verdict as the fact's status (a value the editors calculated is no report)."""
    return status_reports(fact) if fact_status(fact).dispute in ("differ", "basis") else ()


def _spread(reports: tuple[Observation, ...]) -> float:
    low, high = reports[0].value, reports[-1].value
    return (high - low) / max(abs(high), abs(low), 1e-9)


def _whose(page: PageContext, observation: Observation) -> str:
    """Whose figure it is: the statistics when the data names them, else the speaker's side."""
    words = DISAGREEMENT_WORDS[page.lang]
    if observation.basis in words:
        return words[str(observation.basis)]
    if observation.stated_by is not None:
        return words[observation.stated_by.side]
    return words["press"]


def disagreement_line(page: PageContext, fact: Fact, reports: tuple[Observation, ...]) -> Html:
    words = DISAGREEMENT_WORDS[page.lang]
    low, high = reports[0], reports[-1]
    text = words["line"].format(
        label=page.text(fact.label),
        period=format_period(fact.shown.period, page.lang),
        low=format_value(low.value, fact.unit, low.qualifier, page.lang),
        high=format_value(high.value, fact.unit, high.qualifier, page.lang),
    )
    low_side, high_side = _whose(page, low), _whose(page, high)
    if low_side != high_side:
        text += " — " + words["versus"].format(low_side=low_side, high_side=high_side)
    return element("li", None, element("a", {"href": fact_link(page, fact)}, f"{text} →"))


def disagreements_list(page: PageContext, facts: Iterable[Fact]) -> Html:
    """The (at most three) facts of `facts` whose sources differ most for the headline period."""
    disputed = [(fact, reports) for fact in facts if (reports := _headline_reports(fact))]
    disputed.sort(key=lambda pair: -_spread(pair[1]))
    lines = [disagreement_line(page, fact, reports) for fact, reports in disputed[:MOST_LINES]]
    return element("ul", {"class": "fs-disagreements"}, *lines) if lines else EMPTY
