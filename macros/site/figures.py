"""A figure as a reader sees it: "$4.1 billion in 2024, according to Putin ⓘ 4", the value, its period,
a short attribution and one control that opens its sources (`provenance.py`), with a footnote reference
`[N]` for print and for browsers without popovers; and the citation of a source: `source_citation` (the
sources page's entry, then ↗ to the original) and `source_link` (the outlet linked to the original page
itself, for a table's row, so that a value in a row is one tap from its source).

The figure's panel and footnote are collected on the page (`page_notes.PageNotes`) and written at the
end of its section (`footnotes.py`). `fact_blocks.py`, the tables, the cards and the commitments tracker
build on these. Every value from the data is text and goes through `html.element`/`html.join`, which
escape it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from macros.data.model import Fact, Observation, Source, Speaker
from macros.data.periods import Point
from macros.site.evidence import cited_name, period_after_for, period_text
from macros.site.formatting import format_period, format_period_in_sentence, format_short_date, format_value
from macros.site.html import EMPTY, Html, PageContext, concat, element, fact_anchor, join
from macros.site.provenance import footnote, panel, short_attribution
from macros.site.provenance_text import PROVENANCE_WORDS
from macros.site.text import PAGE_WORDS


def source_citation(page: PageContext, source: Source, original: bool = True) -> Html:
    """'TRT World, 26 Nov 2025' linked to the sources page, then (`original`) ↗ to the original page."""
    return _source_citation(
        page.lang,
        page.link(page.page_index.source_page(source)),
        source.id,
        cited_name(page, source),
        source.published,
        source.url if original else None,
    )


def _source_citation(
    lang: str, list_href: str, source_id: str, publisher: str, published: Point | None, url: str | None
) -> Html:
    label = publisher
    date = format_short_date(published, lang)
    if date:
        label += f", {date}"
    # Kept lean: a long page cites a hundred sources, so every attribute here is paid for many times.
    # The page's referrer policy already covers what rel="noreferrer" would.
    # A bare '#' before the id: every other href is escaped whole, '#' included; this one never was.
    href = concat(list_href, Html("#"), source_id)
    link = element("a", {"class": "fs-source", "href": href}, label)
    if not url:
        return link
    label = f"{PAGE_WORDS[lang]['open_original']}: {publisher}"
    return concat(link, " ", element("a", {"class": "fs-original", "href": url, "aria-label": label}, "↗"))


def source_link(page: PageContext, source: Source) -> Html:
    """'TRT World, 26 Nov 2025' linked to the original page, one tap from the figure beside it (a table's
    row); to the source's entry on the sources page when no address was kept, which says so."""
    label = cited_name(page, source)
    date = format_short_date(source.published, page.lang)
    if date:
        label += f", {date}"
    href = source.url or concat(page.link(page.page_index.source_page(source)), Html("#"), source.id)
    return element("a", {"class": "fs-source", "href": href}, label)


def speaker_text(page: PageContext, speaker: Speaker | None) -> str:
    if speaker is None:
        return ""
    name = page.text(speaker.name)
    role = page.text(speaker.role)
    return f"{name}, {role}" if role else name


def value_html(page: PageContext, fact: Fact, observation: Observation) -> Html:
    text = format_value(observation.value, fact.unit, observation.qualifier, page.lang)
    attributes = {
        "class": "fs-value",
        "data-fact": fact.id,
        "data-period": observation.period.text,
        "data-value": observation.value,
        "data-qualifier": observation.qualifier,
    }
    return element("strong", attributes, text)


def _other_reports(page: PageContext, observation: Observation, reports: Html, *after: Html) -> Html:
    """'Other reports for 2024: …', the reports that differ from `observation`'s figure for its period."""
    period = period_after_for(page, observation)
    return element("span", {"class": "fs-differs"}, f"{page.ui('other_reports')} {period}: ", reports, *after)


def _agreeing(page: PageContext, fact: Fact, observation: Observation) -> Html:
    """'3 reports agree' when other reports of the period agree with `observation`; empty otherwise."""
    agreeing = fact.agreeing_reports(observation)
    if not agreeing:
        return EMPTY
    return element("span", {"class": "fs-agree"}, page.ui("reports_agree").format(count=len(agreeing) + 1))


def _basis_differs(page: PageContext, fact: Fact, observation: Observation) -> Html:
    if fact.disagreements.get(observation.period.text) != "basis":
        return EMPTY
    return concat(" ", element("span", {"class": "fs-basis-differs"}, page.ui("basis_differs")))


def differing_values(page: PageContext, fact: Fact, observation: Observation, target: str) -> Html:
    """'Other reports for 2024: $3.2 billion, almost $4 billion (every source in the table)': the
    figures only, where the table at `target` attributes each of them; empty when none differs."""
    # A value the editors calculated is no report: it stays in the table, never among "other reports".
    differing = tuple(o for o in fact.differing_reports(observation) if o.derived is None)
    if not differing:
        return EMPTY
    values = join(", ", (value_html(page, fact, other) for other in differing))
    see_table = element("a", {"href": target}, page.ui("see_table"))
    return _other_reports(page, observation, values, Html(" "), see_table, _basis_differs(page, fact, observation))


def period_phrase(page: PageContext, observation: Observation) -> str:
    """The period as it follows a figure in a sentence: 'in 2024', 'in January–June 2025', 'on 26
    November 2025'; Russian 'в 2024 году', 'в ноябре 2025 года', 'за январь–июнь 2025 года', '26
    ноября 2025 года'."""
    period = observation.period
    if period.is_undated:
        return period_text(page, observation)
    phrases = PROVENANCE_WORDS[page.lang]
    if period.precision == "month" and period.end is not None:  # a sum over the span: «за январь–июнь»
        return phrases["in_period_months"].format(period=format_period(period, page.lang))
    kind = "academic_year" if period.academic_year else "day" if period.precision == "day" else "other"
    # Russian's form in a sentence carries its own preposition («в 2024 году»); English adds "in"/"on"
    return phrases[f"in_period_{kind}"].format(period=format_period_in_sentence(period, page.lang))


def reports_for_period(fact: Fact, observation: Observation) -> int:
    """How many reports the fact has for the figure's period (an undated figure shares it with none). A
    value the editors calculated is no report: it counts only as the figure itself."""
    if observation.period.is_undated:
        return 1
    return len([o for o in fact.for_period(observation.period.text) if o.derived is None or o is observation])


def _panel_id(fact: Fact, observation: Observation) -> str:
    """'src-trade-turnover-2024': stable from build to build, as the fact id and period are."""
    period = re.sub(r"[^0-9a-z]+", "-", observation.period.text.lower()).strip("-")
    return f"src-{fact_anchor(fact.id).removeprefix('fact-')}-{period}"


def figure_note(page: PageContext, fact: Fact, observation: Observation) -> FigureNote:
    """The figure's footnote number and panel on this page, made on its first use."""
    count = reports_for_period(fact, observation)
    period = period_text(page, observation)
    label = PROVENANCE_WORDS[page.lang]["panel_label"].format(label=page.text(fact.label), period=period)

    def make(panel_id: str) -> tuple[Html, Html]:
        return footnote(page, fact, observation), panel(page, fact, observation, panel_id, label)

    key = f"{fact.id}#{fact.observations.index(observation)}"
    note = page.notes.note(key, _panel_id(fact, observation), make, page.lang)
    return FigureNote(count, note.panel_id, note.number, label)


@dataclass(frozen=True)
class FigureNote:
    """What a figure's controls need: how many reports, its panel, its footnote, the panel's label."""

    reports: int
    panel_id: str
    number: int
    label: str


def source_control(page: PageContext, fact: Fact, observation: Observation) -> Html:
    """The one control of a figure: a button (≥ 24×24 px) that opens its panel, 'ⓘ 4' for 4 reports,
    then the footnote reference that replaces it where popovers are missing, and in print."""
    note = figure_note(page, fact, observation)
    period = period_text(page, observation)
    return control(page, note.panel_id, note.number, note.reports, (page.text(fact.label), period))


def control(page: PageContext, panel_id: str, number: int, reports: int, named: tuple[str, str]) -> Html:
    """The button that opens the panel `panel_id`, named for what it sources (`named`: its label and
    period) and its number of reports, then the reference to footnote `number`."""
    words = PROVENANCE_WORDS[page.lang]
    key = "control_label_one" if reports == 1 else "control_label"
    name = words[key].format(label=named[0], period=named[1], count=reports)
    attributes = {"type": "button", "class": "fs-prov", "popovertarget": panel_id, "aria-label": name}
    button = element("button", attributes, str(reports))  # provenance.css draws the "i" before it
    # The href is built of digits only: no escape needed, and '#' stays one byte.
    reference = Html(f'<a class="fs-fnref" href="#fn-{number}">[{number}]</a>')
    return concat(button, reference)


def figure(page: PageContext, fact: Fact, observation: Observation, compact: bool = False) -> Html:
    """'$4.1 billion in 2024, according to Putin ⓘ 4 [1]': the figure, its period, who stated it in at most
    four words, and its source control. The sources, the quote and every other report for the period
    are one tap away, in its panel. (`compact` is kept for callers: every figure is now this compact.)"""
    separator = PROVENANCE_WORDS[page.lang]["attribution_separator"]
    return element(
        "span",
        {"class": "fs-figure", "data-fact": fact.id, "data-period": observation.period.text},
        value_html(page, fact, observation),
        " ",
        element("span", {"class": "fs-period"}, period_phrase(page, observation)),
        separator,
        short_attribution(page, observation),
        " ",
        source_control(page, fact, observation),
    )
