"""The rules on evidence: what a figure rests on, and what its quote says. Each one function, listed in
`SOURCE_RULES`, which `rules.RULES` takes in (so `tests/test_rules.py` holds each to its cases).

- a headline rests on at least one source that is not a copy (aggregator, mirror, blog);
- a quote holds the figure it backs (`quote_figures.holds_figure`), unless the value is derived;
- an aggregator or mirror names the outlet it copies (`via`), or says in a note that the page does not;
- a derived value names no speaker and is no headline where the fact has a stated value;
- every quote has its glosses: one in each site language but its own;
- an undated figure has a note saying why, and is no headline.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from macros.data.conform import RawArea, RawData, RawRecord
from macros.data.periods import Period
from macros.data.problems import Problem
from macros.data.quote_figures import holds_figure
from macros.data.units import UNITS
from macros.data.vocabulary import COPY_TYPES, LANGUAGES, REGISTRY_FILES

NEEDS_VIA = ("aggregator", "mirror")  # a blog writes its own text around what it takes


def _observations(data: RawData) -> Iterator[tuple[RawArea, str, RawRecord, RawRecord]]:
    """Each observation that could be read, with its area, its fact's id and its fact."""
    for area in data.areas:
        for name, fact in area.record.named("facts").items():
            for observation in fact.records("observations"):
                yield area, f"{area.id}.{name}", fact, observation


def _source_type(data: RawData, source_id: str | None) -> str | None:
    source = data.sources.get(source_id or "")
    return source.get("type", str) if source is not None else None


def _cited(observation: RawRecord) -> list[str]:
    return [observation.get("source", str) or "", *(observation.get("also_reported_by", tuple) or ())]


def headline_from_copies(data: RawData) -> Iterator[Problem]:
    for area, fact_id, _, observation in _observations(data):
        if not observation.get("headline", bool):
            continue
        types = [_source_type(data, source_id) for source_id in _cited(observation)]
        if types and all(kind in COPY_TYPES for kind in types):
            yield Problem(
                area.path,
                observation.line_of("headline"),
                f"{fact_id}.headline",
                f"rests only on copies ({', '.join(repr(s) for s in _cited(observation))}: aggregator, mirror or "
                "blog); expected a headline that an official, agency or media source reports, or no headline mark",
            )


def _figure_problem(area: RawArea, key_path: str, record: RawRecord, unit_id: str | None) -> Problem | None:
    quote, value = record.get("quote", str), record.fields.get("value")
    unit = UNITS.get(unit_id or "")
    if quote is None or unit is None or not isinstance(value, (int, float)) or holds_figure(quote, value, unit):
        return None
    return Problem(
        area.path,
        record.line_of("quote"),
        key_path,
        f"does not contain the figure {value:g}; expected the value as the source states it, in digits or in "
        "words (or `derived:` for a value calculated from stated ones)",
    )


def quote_holds_figure(data: RawData) -> Iterator[Problem]:
    for area, fact_id, fact, observation in _observations(data):
        unit_id = fact.get("unit", str)
        derived = observation.get("derived", RawRecord)
        if derived is None:
            problem = _figure_problem(area, f"{fact_id}.quote", observation, unit_id)
            if problem:
                yield problem
            continue
        for item in derived.records("inputs"):
            problem = _figure_problem(area, f"{fact_id}.derived.inputs.quote", item, unit_id)
            if problem:
                yield problem


def copy_without_via(data: RawData) -> Iterator[Problem]:
    for source_id, source in data.sources.items():
        kind = source.get("type", str)
        if kind in NEEDS_VIA and source.get("via", str) is None and source.get("note", dict) is None:
            yield Problem(
                REGISTRY_FILES["sources"],
                source.line_of("type"),
                f"{source_id}.via",
                f"a page of type {kind} names no original; expected via: the outlet whose report it carries, "
                "or a note saying the page does not name its original",
            )


def derived_stated_by(data: RawData) -> Iterator[Problem]:
    for area, fact_id, _, observation in _observations(data):
        if observation.get("derived", RawRecord) is not None and observation.get("stated_by", str) is not None:
            yield Problem(
                area.path,
                observation.line_of("stated_by"),
                f"{fact_id}.stated_by",
                "names a speaker for a value the editors calculated; expected no stated_by on a derived value",
            )


def derived_headline(data: RawData) -> Iterator[Problem]:
    for area, fact_id, fact, observation in _observations(data):
        if observation.get("derived", RawRecord) is None or not observation.get("headline", bool):
            continue
        if any(other.get("derived", RawRecord) is None for other in fact.records("observations")):
            yield Problem(
                area.path,
                observation.line_of("headline"),
                f"{fact_id}.headline",
                "marks a derived value as the headline; expected the headline on a value a source states",
            )


def _quoted(data: RawData) -> Iterator[tuple[RawArea, str, RawRecord]]:
    """Every record that may carry a quote: observations, their derivations' inputs, events."""
    for area, fact_id, _, observation in _observations(data):
        yield area, fact_id, observation
        derived = observation.get("derived", RawRecord)
        for item in derived.records("inputs") if derived is not None else ():
            yield area, f"{fact_id}.derived.inputs", item
    for area in data.areas:
        for name, event in area.record.named("events").items():
            yield area, f"{area.id}.{name}", event


def _gloss_problem(data: RawData, record: RawRecord) -> str | None:
    glosses = record.get("quote_gloss", dict)
    if record.get("quote", str) is None:
        return "is a gloss of no quote; expected a quote, or no gloss" if glosses else None
    source = data.sources.get(record.get("source", str) or "")
    language = source.get("language", str) if source is not None else None
    if language is None or (glosses is None and "quote_gloss" in record.key_lines):
        return None  # an unknown source or an unreadable gloss: reported on its own
    needed = [lang for lang in LANGUAGES if lang != language]
    given = list(glosses or {})
    if language in given:
        return f"glosses the quote in its own language {language!r}; expected glosses only in {', '.join(needed)}"
    missing = [lang for lang in needed if lang not in given]
    if missing:
        example = ", ".join(f"{lang}: ..." for lang in missing)
        return (
            f"missing the gloss in {', '.join(missing)} of a quote in {language!r}; expected quote_gloss: {{{example}}}"
        )
    return None


def quote_gloss(data: RawData) -> Iterator[Problem]:
    for area, key_path, record in _quoted(data):
        message = _gloss_problem(data, record)
        if message:
            line = record.line_of("quote_gloss") if "quote_gloss" in record.key_lines else record.line_of("quote")
            yield Problem(area.path, line, f"{key_path}.quote_gloss", message)


def _undated(observation: RawRecord) -> bool:
    period = observation.get("period", Period)
    return period is not None and period.is_undated


def undated_note(data: RawData) -> Iterator[Problem]:
    for area, fact_id, _, observation in _observations(data):
        if _undated(observation) and observation.get("note", dict) is None and "note" not in observation.key_lines:
            yield Problem(
                area.path,
                observation.line_of("period"),
                f"{fact_id}.period",
                "is 'undated' without a note; expected a note saying why the source gives no period",
            )


def undated_headline(data: RawData) -> Iterator[Problem]:
    for area, fact_id, _, observation in _observations(data):
        if _undated(observation) and observation.get("headline", bool):
            yield Problem(
                area.path,
                observation.line_of("headline"),
                f"{fact_id}.headline",
                "marks an undated figure as the headline; expected the headline on a figure with a period",
            )


SOURCE_RULES: tuple[tuple[str, str, Callable[[RawData], Iterator[Problem]]], ...] = (
    (
        "headline-from-copies",
        "A headline rests on at least one source that is not an aggregator, mirror or blog.",
        headline_from_copies,
    ),
    ("quote-holds-figure", "A quote states the figure it backs, unless the value is derived.", quote_holds_figure),
    ("copy-without-via", "An aggregator or mirror names the outlet it copies, or says it cannot.", copy_without_via),
    ("derived-stated-by", "A derived value names no speaker: the editors calculated it.", derived_stated_by),
    ("derived-headline", "A derived value is no headline where the fact has a stated one.", derived_headline),
    ("quote-gloss", "Every quote has a gloss in each site language other than its own.", quote_gloss),
    ("undated-note", "An undated figure has a note saying why the source gives no period.", undated_note),
    ("undated-headline", "An undated figure is never the headline.", undated_headline),
)


def derived_source_ids(data: RawData) -> set[str]:
    """The sources that derived values cite for their inputs (they count as cited)."""
    cited: set[str] = set()
    for _, _, _, observation in _observations(data):
        derived = observation.get("derived", RawRecord)
        for item in derived.records("inputs") if derived is not None else ():
            cited.add(item.get("source", str) or "")
    return cited
