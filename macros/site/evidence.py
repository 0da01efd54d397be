"""How the site names the evidence behind a figure, in the reader's language: the publisher (its Russian
form on Russian pages), a copy named after the outlet it copies ("AFP, read at videodownloadbot"), the
kind of publication, an undated figure ("undated, reported 12 Mar 2024"), a quote with its gloss, a
value the editors calculated ("calculated from …") and whose statistics a figure is.

`figures.py` and `source_list.py` build their HTML from these; the words are in `text.PAGE_WORDS`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from macros.data.model import Derivation, DerivedInput, Observation, Source
from macros.data.vocabulary import Basis
from macros.site.formatting import format_period, format_period_after_for, format_short_date
from macros.site.html import EMPTY, Html, PageContext, concat, element, join
from macros.site.source_names_text import via_name


def publisher_name(page: PageContext, source: Source) -> str:
    """The publisher as the reader's edition names it: ТАСС on Russian pages, TASS on English ones."""
    if page.lang == "ru" and source.publisher_ru:
        return source.publisher_ru
    return source.publisher


def cited_name(page: PageContext, source: Source) -> str:
    """The name a citation shows: the original outlet first for a copy that names it
    ("AFP, read at videodownloadbot"), else the publisher."""
    name = publisher_name(page, source)
    if source.is_copy and source.via:
        return page.ui("read_at").format(original=via_name(page.lang, source.via), copy=name)
    return name


def source_type_text(page: PageContext, source: Source) -> str:
    """'news agency', 'copy of another outlet's page': the kind of publication, for the sources list."""
    return page.ui(f"type_{source.type}")


def basis_text(page: PageContext, basis: Basis) -> str:
    """'statistics: Kyrgyz official statistics': whose statistics a figure is."""
    return f"{page.ui('statistics')}: {page.ui(f'basis_{basis}')}"


def period_after_for(page: PageContext, observation: Observation) -> str:
    """The figure's period after "for" ('Other reports for 2024', «за 2024 год»); period_text when undated."""
    if observation.period.is_undated:
        return period_text(page, observation)
    return format_period_after_for(observation.period, page.lang)


def period_text(page: PageContext, observation: Observation) -> str:
    """The figure's period, or for an undated figure 'undated, reported 12 Mar 2024' (its source's date)."""
    if not observation.period.is_undated:
        return format_period(observation.period, page.lang)
    reported = format_short_date(observation.source.published, page.lang)
    return page.ui("undated_reported").format(date=reported) if reported else page.ui("undated")


def quote_html(page: PageContext, quote: str | None, glosses: Mapping[str, str], language: str) -> Html:
    """The quote in its own language, then its gloss in the reader's language when that differs."""
    if not quote:
        return EMPTY
    out = element("q", {"class": "fs-quote", "lang": language}, quote)
    gloss = glosses.get(page.lang) if page.lang != language else None
    if gloss:
        gloss_html = concat(Html("["), f"{page.ui('gloss')}: {gloss}", Html("]"))  # brackets as brackets
        out = concat(out, " ", element("span", {"class": "fs-gloss", "lang": page.lang}, gloss_html))
    return out


def _sentence_start(text: str) -> str:
    return text[:1].upper() + text[1:]


def copy_marker(page: PageContext) -> Html:
    """'known only from a copy': set on a figure whose sources are all aggregators, mirrors or blogs."""
    return element("span", {"class": "fs-copy-only"}, page.ui("only_from_copy"))


def _distinct_inputs(derivation: Derivation) -> list[DerivedInput]:
    """The inputs of a calculation, one per quoted sentence: two inputs from one sentence quote it once."""
    distinct: list[DerivedInput] = []
    seen: set[tuple[str, str | None]] = set()
    for item in derivation.inputs:
        if (item.source.id, item.quote) not in seen:
            seen.add((item.source.id, item.quote))
            distinct.append(item)
    return distinct


def derivation_quotes(page: PageContext, derivation: Derivation) -> list[Html]:
    """The quoted sentences a calculation starts from, for a table that folds them under "Quote"."""
    return [
        quote_html(page, item.quote, item.quote_gloss, item.source.language) for item in _distinct_inputs(derivation)
    ]


def derivation_html(
    page: PageContext,
    derivation: Derivation,
    cite: Callable[[PageContext, Source], Html],
    with_quotes: bool = True,
) -> Html:
    """'Calculated from Interfax ↗ (“… 60.6% from 65.2%” [gloss]): difference of the two stated ratios'.
    It opens a sentence wherever it is shown (a table's note, a panel's line, a footnote), so it is
    capitalised. `cite(page, source)` renders a source's citation (figures.source_citation). Without
    `with_quotes` the quotes are left out: a table row shows them folded (derivation_quotes), since no
    quote is open before a reader asks for it."""
    evidence = []
    for item in _distinct_inputs(derivation):
        if with_quotes:
            quote = quote_html(page, item.quote, item.quote_gloss, item.source.language)
            evidence.append(concat(cite(page, item.source), " (", quote, ")"))
        else:
            evidence.append(cite(page, item.source))
    return element(
        "span",
        {"class": "fs-derived"},
        f"{_sentence_start(page.ui('calculated_from'))} ",
        join("; ", evidence),
        f": {page.text(derivation.method)}",
    )
