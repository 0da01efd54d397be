"""Where a figure comes from, in three sizes: the short attribution that follows it in the text ("according
to Putin", at most four words), the panel its source control opens, and the footnote that print and
readers without CSS or JavaScript read.

The panel gives, in this order: the value as stated, with its qualifier; the period; who stated it (name,
role, side); the outlet and date with the link (for a copy, the outlet it copies first); the outlets that
carried the same statement; the quote, folded, with its gloss; the reports for the period that agree with
it (within 2%, or by their qualifiers), said to agree, never listed as other reports; the other reports,
which differ, one line each, each carrying its value as data; why they differ, one sentence of the
fact's note; and links to the fact's section, to its citation there ("Cite this figure") and to its data.
The footnote names every source the panel links, so that no source is reached only through a popover.
An event's date in a sentence has a panel and a footnote of the same kind (`event_panel`).
`figures.py` and `event_dates.py` ask for these once per figure and page (`page_notes.PageNotes`);
`footnotes.py` writes them at the end of the section. Outlets are named as the reader's edition names
them (`publisher_ru`, `source_names_text.via_name`), their dates with the month in full in Russian.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from types import MappingProxyType

from macros.data.model import Event, Fact, Observation, Source
from macros.data.periods import Point
from macros.site.downloads import DOWNLOAD_FOLDER, fact_file_stem
from macros.site.evidence import basis_text, derivation_html, period_after_for, period_text, publisher_name, quote_html
from macros.site.formatting import (
    format_period,
    format_point,
    format_point_in_sentence,
    format_short_date,
    format_value,
)
from macros.site.formatting_text import DATE_IN_SENTENCE_ENDINGS
from macros.site.html import EMPTY, LINE_BREAK, Html, PageContext, concat, element, event_link, fact_link, join
from macros.site.provenance_text import PROVENANCE_WORDS
from macros.site.source_names_text import via_name

SHORT_WORDS = 4  # at most this many words of attribution follow a figure in the text
# The sentence of a fact's note that says why its reports differ contains one of these stems.
_WHY_STEMS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "en": ("differ", "do not explain", "reconcile", "measure", "against", "higher", "lower", "round"),
        "ru": ("расход", "различ", "не объясн", "разн", "против", "выше", "ниже", "округл"),
    }
)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZА-ЯЁ«\"(])")
_LONGEST_REASON = 45  # words: a longer sentence is left to the fact's section


def words(page: PageContext) -> Mapping[str, str]:
    return PROVENANCE_WORDS[page.lang]


def originating_name(page: PageContext, source: Source) -> str:
    """The outlet a figure comes from: for a copy that names it, the outlet copied (AFP, ТАСС)."""
    return via_name(page.lang, source.via) if source.is_copy and source.via else publisher_name(page, source)


def outlet_name(page: PageContext, source: Source) -> str:
    """The outlet in the reader's edition: 'AFP — read at videodownloadbot (copy)' for a copy, the
    outlet copied first; Russian '«Интерфакс» в изложении finance-rambler.ru (копия)'."""
    name = publisher_name(page, source)
    if source.is_copy and source.via:
        return words(page)["read_at"].format(
            original=originating_name(page, source), copy=name, copy_word=words(page)["copy"]
        )
    return name


def short_name(page: PageContext, observation: Observation) -> str:
    """Who a figure is attributed to, in a word or two: the speaker's short name, else the outlet."""
    speaker = observation.stated_by
    if speaker is not None:
        return page.text(speaker.short) or page.text(speaker.name)
    return originating_name(page, observation.source)


def short_attribution(page: PageContext, observation: Observation) -> Html:
    """'according to Putin' / '(Путин)'; 'calculated' / '(расчёт)' for a value the editors calculated.
    A name too long for four words is shown alone, in brackets, cut to four words."""
    if observation.derived is not None:
        text = words(page)["calculated"]
    else:
        text = attribution_text(page, short_name(page, observation))
    return element("span", {"class": "fs-meta"}, text)


def attribution_text(page: PageContext, name: str) -> str:
    """'according to TASS' / '(ТАСС)', at most four words: a longer name alone, in brackets, cut."""
    text = words(page)["attribution"].format(name=name)
    if len(text.split()) > SHORT_WORDS:
        text = "(" + " ".join(name.split()[:SHORT_WORDS]) + ")"
    return text


def _dated(page: PageContext, source: Source) -> str:
    date = format_short_date(source.published, page.lang)
    name = outlet_name(page, source)
    return f"{name}, {date}" if date else name


def _outlet(page: PageContext, source: Source) -> Html:
    """'TRT World, 26 Nov 2025' linked to the page; 'AFP — read at X (copy)' for a copy; the words
    "no link available" when no address was kept."""
    label = _dated(page, source)
    if source.url:
        return element("a", {"href": source.url}, label)
    return concat(label, " (", words(page)["no_link"], ")")


def _stated_by(page: PageContext, observation: Observation) -> Html:
    speaker = observation.stated_by
    if observation.derived is not None:
        return derivation_html(page, observation.derived, lambda page, source: _outlet(page, source))
    if speaker is None:
        return concat(words(page)["published_by"], ": ", originating_name(page, observation.source))
    who = ", ".join(part for part in (page.text(speaker.name), page.text(speaker.role)) if part)
    return concat(words(page)["stated_by"], ": ", who, " (", words(page)[f"side_{speaker.side}"], ")")


def why_they_differ(page: PageContext, fact: Fact) -> str:
    """The sentence of the fact's note that says why its reports differ; '' when none says it briefly."""
    for sentence in _SENTENCE_END.split(page.text(fact.note)):
        lowered = sentence.lower()
        if any(stem in lowered for stem in _WHY_STEMS[page.lang]) and len(sentence.split()) <= _LONGEST_REASON:
            return sentence
    return ""


def differing(fact: Fact, observation: Observation) -> tuple[Observation, ...]:
    """The reports of the period that differ from this one: never a calculated one, never one that
    agrees within 2% or by its qualifier (`macros.data.disagreement`)."""
    return tuple(o for o in fact.differing_reports(observation) if o.derived is None)


def agreeing(fact: Fact, observation: Observation) -> tuple[Observation, ...]:
    """The stated reports of the period that agree with this one: said to agree, never "other reports"."""
    return tuple(o for o in fact.agreeing_reports(observation) if o.derived is None)


def _report_line(page: PageContext, fact: Fact, other: Observation) -> Html:
    """'$3.2 billion · Kulubaev · Kabar, 12 Feb 2025': one report, one line, its value as data as a
    figure carries it."""
    value = format_value(other.value, fact.unit, other.qualifier, page.lang)
    attributes = {"data-value": other.value, "data-qualifier": other.qualifier}
    sources = join(", ", (_outlet(page, source) for source in (other.source, *other.also_reported_by)))
    return element("li", attributes, value, " · ", short_name(page, other), " · ", sources)


def _others(page: PageContext, fact: Fact, observation: Observation) -> list[Html]:
    """The reports of the period that agree with this one, said to agree, each with its outlet; those
    that differ, one line each; and why they differ."""
    parts: list[Html] = []
    agree = agreeing(fact, observation)
    if agree:
        parts.append(element("p", {"class": "fs-prov-k"}, words(page)["agreeing_reports"]))
        parts.append(element("ul", {"class": "fs-prov-agree"}, *(_report_line(page, fact, o) for o in agree)))
    others = differing(fact, observation)
    if not others:
        return parts
    heading = words(page)["other_reports"].format(period=period_after_for(page, observation))
    parts.append(element("p", {"class": "fs-prov-k"}, heading))
    parts.append(element("ul", {"class": "fs-prov-others"}, *(_report_line(page, fact, o) for o in others)))
    reason = why_they_differ(page, fact)
    if fact.disagreements.get(observation.period.text) == "basis":
        bases = sorted({basis_text(page, o.basis) for o in (observation, *others) if o.basis})
        reason = " ".join((reason, page.ui("basis_differs"), "; ".join(bases))).strip()
    if reason:
        parts.append(element("p", None, concat(element("b", None, words(page)["why_they_differ"]), ": ", reason)))
    return parts


def _links(page: PageContext, fact: Fact) -> Html:
    """The fact's section, its citation ("Cite this figure", the section's folded citation, whose id is
    the fact's anchor and '-cite': citation.figure_citation) and its data."""
    data = page.link(f"{DOWNLOAD_FOLDER}/{fact_file_stem(fact.id)}")
    section = fact_link(page, fact)
    return element(
        "p",
        {"class": "fs-prov-links"},
        element("a", {"href": section}, words(page)["all_figures"]),
        " · ",
        element("a", {"href": f"{section}-cite"}, words(page)["cite"]),
        " · ",
        words(page)["data"],
        ": ",
        element("a", {"href": f"{data}.csv"}, "CSV"),
        ", ",
        element("a", {"href": f"{data}.json"}, "JSON"),
    )


def panel(page: PageContext, fact: Fact, observation: Observation, panel_id: str, label: str) -> Html:
    """The provenance panel of one figure: a popover, labelled `label` ("Sources for …, 2024")."""
    source = observation.source
    also = [_outlet(page, other) for other in observation.also_reported_by]
    quote = quote_html(page, observation.quote, observation.quote_gloss, source.language)
    parts = [
        element(
            "p",
            {"class": "fs-prov-value"},
            element("strong", None, format_value(observation.value, fact.unit, observation.qualifier, page.lang)),
            " · ",
            period_text(page, observation),
        ),
        element("p", None, _stated_by(page, observation)),
        EMPTY if observation.derived is not None else element("p", None, _outlet(page, source)),
        element("p", None, words(page)["also_reported_by"], ": ", join(", ", also)) if also else EMPTY,
        element("details", None, element("summary", None, words(page)["quote"]), quote) if quote else EMPTY,
        *_others(page, fact, observation),
        _links(page, fact),
    ]
    return _popover(page, panel_id, label, parts)


def _popover(page: PageContext, panel_id: str, label: str, parts: list[Html]) -> Html:
    """A panel as a popover, labelled `label`, with its close button first."""
    close = element(
        "button",
        {
            "type": "button",
            "class": "fs-prov-close",
            "popovertarget": panel_id,
            "popovertargetaction": "hide",
            "aria-label": words(page)["close"],
        },
        "×",
    )
    attributes = {"popover": True, "id": panel_id, "class": "fs-prov-panel", "role": "dialog", "aria-label": label}
    return element("div", attributes, close, *(part for part in parts if part))


def event_panel(page: PageContext, event: Event, panel_id: str, label: str) -> Html:
    """The provenance panel of an event's date in a sentence: its title and date, its outlets linked,
    the quote folded, the dates other sources give, and a link to the event's entry."""
    outlets = join(", ", (_outlet(page, source) for source in (event.source, *event.also_reported_by)))
    quote = quote_html(page, event.quote, event.quote_gloss, event.source.language)
    others = join(
        "; ", (concat(format_period(o.date, page.lang), " · ", _outlet(page, o.source)) for o in event.other_dates)
    )
    parts = [
        element(
            "p",
            {"class": "fs-prov-value"},
            element("strong", None, page.text(event.title)),
            " · ",
            format_period(event.date, page.lang),
        ),
        element("p", None, words(page)["source"], ": ", outlets),
        element("details", None, element("summary", None, words(page)["quote"]), quote) if quote else EMPTY,
        element("p", None, page.ui("other_dates"), ": ", others) if event.other_dates else EMPTY,
        element(
            "p", {"class": "fs-prov-links"}, element("a", {"href": event_link(page, event)}, words(page)["event_entry"])
        ),
    ]
    return _popover(page, panel_id, label, parts)


def event_footnote(page: PageContext, event: Event) -> Html:
    """'TASS, 24 Nov 2025, https://…; Yeni Şafak, Nov 2025, https://…', then the dates other sources give."""
    own = join("; ", (_footnote_source(page, s) for s in (event.source, *event.also_reported_by)))
    if not event.other_dates:
        return own
    others = join(
        "; ",
        (concat(format_period(o.date, page.lang), " — ", _footnote_source(page, o.source)) for o in event.other_dates),
    )
    return concat(own, LINE_BREAK, page.ui("other_dates"), ": ", others)


def footnote(page: PageContext, fact: Fact, observation: Observation) -> Html:
    """'Vladimir Putin, President of Russia — TRT World, 26 Nov 2025, https://…': the figure's provenance
    in one line, its address written out for print; then every other report its panel names (those
    that agree, those that differ), so that print and readers without popovers reach each source."""
    own = _footnote_report(page, observation)
    agree, others = agreeing(fact, observation), differing(fact, observation)
    parts = [own]
    other_heading = words(page)["other_reports"].format(period=period_after_for(page, observation))
    for heading, reports in ((words(page)["agreeing_reports"], agree), (other_heading, others)):
        if reports:
            lines = (_footnote_other(page, fact, report) for report in reports)
            parts.append(concat(LINE_BREAK, f"{heading}: ", join("; ", lines)))
    return concat(*parts)


def _footnote_report(page: PageContext, observation: Observation) -> Html:
    if observation.derived is not None:
        return derivation_html(page, observation.derived, lambda page, source: _footnote_source(page, source))
    speaker = observation.stated_by
    who = ", ".join(p for p in (page.text(speaker.name), page.text(speaker.role)) if p) if speaker else ""
    sources = join("; ", (_footnote_source(page, s) for s in (observation.source, *observation.also_reported_by)))
    return concat(who, " — ", sources) if who else sources


def _footnote_other(page: PageContext, fact: Fact, report: Observation) -> Html:
    """'$3.2 billion (Kulubaev) — Finmarket — read at vch.ru (copy), 22 Jan 2025, http://…'."""
    value = format_value(report.value, fact.unit, report.qualifier, page.lang)
    sources = join("; ", (_footnote_source(page, s) for s in (report.source, *report.also_reported_by)))
    return concat(f"{value} ({short_name(page, report)}) — ", sources)


def _footnote_source(page: PageContext, source: Source) -> Html:
    label = _dated(page, source)
    if not source.url:
        return concat(label, " (", words(page)["no_link"], ")")
    return concat(label, ", ", element("a", {"class": "fs-url", "href": source.url}, source.url))
