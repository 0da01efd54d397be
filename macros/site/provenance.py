"""Where a figure comes from, in three sizes: the short attribution that follows it in the text ("according
to Putin", at most four words), the panel its source control opens, and the one-line footnote that
print and readers without CSS or JavaScript read.

The panel gives, in this order: the value as stated, with its qualifier; the period; who stated it (name,
role, side); the outlet and date with the link (for a copy, the outlet it copies first); the outlets that
carried the same statement; the quote, folded, with its gloss; the other reports for the period that
differ from it, one line each (reports that agree are counted, never listed); why they differ, one
sentence of the fact's note; and links to the fact's section and its data. `figures.py` asks for these
once per figure and page (`page_notes.PageNotes`); `footnotes.py` writes them at the end of the section.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from types import MappingProxyType

from macros.data.model import Fact, Observation, Source
from macros.site.downloads import DOWNLOAD_FOLDER, fact_file_stem
from macros.site.evidence import basis_text, derivation_html, period_text, publisher_name, quote_html
from macros.site.formatting import format_short_date, format_value
from macros.site.html import EMPTY, Html, PageContext, concat, element, fact_link, join
from macros.site.provenance_text import PROVENANCE_WORDS

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
    """The outlet a figure comes from: for a copy that names it, the outlet copied (AFP, TASS)."""
    return source.via if source.is_copy and source.via else publisher_name(page, source)


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
        name = short_name(page, observation)
        text = words(page)["attribution"].format(name=name)
        if len(text.split()) > SHORT_WORDS:
            text = "(" + " ".join(name.split()[:SHORT_WORDS]) + ")"
    return element("span", {"class": "fs-meta"}, text)


def _outlet(page: PageContext, source: Source) -> Html:
    """'TRT World, 26 Nov 2025' linked to the page; 'AFP — read at X (copy)' for a copy; the words
    "no link available" when no address was kept."""
    name = publisher_name(page, source)
    if source.is_copy and source.via:
        name = words(page)["read_at"].format(original=source.via, copy=name, copy_word=words(page)["copy"])
    date = format_short_date(source.published, page.lang)
    label = f"{name}, {date}" if date else name
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


def _other_line(page: PageContext, fact: Fact, other: Observation) -> Html:
    """'$3.2 billion · Kulubaev · Kabar, 12 Feb 2025': one differing report, one line."""
    value = format_value(other.value, fact.unit, other.qualifier, page.lang)
    return element("li", None, value, " · ", short_name(page, other), " · ", _outlet(page, other.source))


def _others(page: PageContext, fact: Fact, observation: Observation) -> list[Html]:
    """The reports of the period that differ from this one (never a calculated one, never one that
    agrees: those are counted), and why they differ."""
    differing = [o for o in fact.differing_reports(observation) if o.derived is None]
    parts: list[Html] = []
    agreeing = fact.agreeing_reports(observation)
    if agreeing:
        parts.append(element("p", None, page.ui("reports_agree").format(count=len(agreeing) + 1)))
    if not differing:
        return parts
    heading = words(page)["other_reports"].format(period=period_text(page, observation))
    parts.append(element("p", {"class": "fs-prov-k"}, heading))
    parts.append(element("ul", {"class": "fs-prov-others"}, *(_other_line(page, fact, o) for o in differing)))
    reason = why_they_differ(page, fact)
    if fact.disagreements.get(observation.period.text) == "basis":
        bases = sorted({basis_text(page, o.basis) for o in (observation, *differing) if o.basis})
        reason = " ".join((reason, page.ui("basis_differs"), "; ".join(bases))).strip()
    if reason:
        parts.append(element("p", None, concat(element("b", None, words(page)["why_they_differ"]), ": ", reason)))
    return parts


def _links(page: PageContext, fact: Fact) -> Html:
    data = page.link(f"{DOWNLOAD_FOLDER}/{fact_file_stem(fact.id)}")
    return element(
        "p",
        {"class": "fs-prov-links"},
        element("a", {"href": fact_link(page, fact)}, words(page)["all_figures"]),
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


def footnote(page: PageContext, observation: Observation) -> Html:
    """'Vladimir Putin, President of Russia — TRT World, 26 Nov 2025, https://…': the figure's
    provenance in one line, its address written out for print."""
    if observation.derived is not None:
        return derivation_html(page, observation.derived, lambda page, source: _footnote_source(page, source))
    speaker = observation.stated_by
    who = ", ".join(p for p in (page.text(speaker.name), page.text(speaker.role)) if p) if speaker else ""
    sources = join("; ", (_footnote_source(page, s) for s in (observation.source, *observation.also_reported_by)))
    return concat(who, " — ", sources) if who else sources


def _footnote_source(page: PageContext, source: Source) -> Html:
    name = publisher_name(page, source)
    if source.is_copy and source.via:
        name = words(page)["read_at"].format(original=source.via, copy=name, copy_word=words(page)["copy"])
    date = format_short_date(source.published, page.lang)
    label = f"{name}, {date}" if date else name
    if not source.url:
        return concat(label, " (", words(page)["no_link"], ")")
    return concat(label, ", ", element("a", {"class": "fs-url", "href": source.url}, source.url))
