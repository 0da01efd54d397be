"""The checks across fields and files: each rule one small function, all of them listed in `RULES`.

A field on its own is checked by its kind (`fields.py`); a rule checks what only several fields, or
several files, say together: a period against the source's publication date, one headline per fact,
each source cited somewhere. Every rule reads the data as far as it could be read (`conform.RawData`,
where an unreadable field is None) and yields a `Problem` for each mistake, in the one grammar
"what is wrong; expected what". `load.py` runs them through `check_rules`.

Adding a rule:
1. write a function `def my_rule(data: RawData) -> Iterator[Problem]` below, skipping fields that
   are None (their own problem is already reported);
2. add `Rule("my-rule", "One line: what it requires.", my_rule)` to `RULES`;
3. add its cases (data that passes, data that fails with the exact message) to `tests/test_rules.py`,
   which fails for a rule without them.
Mark a rule `needs_valid_data=True` when, on data with other mistakes, it would report noise.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from macros.data.commitment_rules import COMMITMENT_RULES, commitment_source_ids
from macros.data.conform import RawArea, RawData, RawRecord
from macros.data.periods import Period, Point
from macros.data.problems import Problem, did_you_mean
from macros.data.source_rules import SOURCE_RULES, derived_source_ids
from macros.data.vocabulary import REGISTRY_FILES


@dataclass(frozen=True)
class Rule:
    name: str  # kebab-case, as tests and discussions name it
    description: str  # one line: what the data must do
    check: Callable[[RawData], Iterator[Problem]]
    # Runs only when nothing else was found: on data with other mistakes it would mislead (a source whose
    # citing fact could not be read looks uncited).
    needs_valid_data: bool = False


def _facts(data: RawData) -> Iterator[tuple[RawArea, str, RawRecord]]:
    """Each fact that could be read, with its area and its id."""
    for area in data.areas:
        for name, fact in area.record.named("facts").items():
            yield area, f"{area.id}.{name}", fact


def _events(data: RawData) -> Iterator[tuple[RawArea, str, RawRecord]]:
    """Each event that could be read, with its area and its id."""
    for area in data.areas:
        for name, event in area.record.named("events").items():
            yield area, f"{area.id}.{name}", event


def source_published_in_future(data: RawData) -> Iterator[Problem]:
    for source_id, source in data.sources.items():
        published = source.get("published", Point)
        if published is not None and published.first > data.today:
            yield Problem(
                REGISTRY_FILES["sources"],
                source.line_of("published"),
                f"{source_id}.published",
                f"{published.text!r} lies in the future; expected the date it was published",
            )


def _future(period: Period, fact: RawRecord, data: RawData) -> bool:
    """A period after today, in a fact that is not a plan (its periods may lie ahead)."""
    return not fact.get("planned", bool) and period.first > data.today


def observation_in_future(data: RawData) -> Iterator[Problem]:
    for area, fact_id, fact in _facts(data):
        for observation in fact.records("observations"):
            period = observation.get("period", Period)
            if period is not None and _future(period, fact, data):
                yield Problem(
                    area.path,
                    observation.line_of("period"),
                    f"{fact_id}.period",
                    f"{period.text!r} lies in the future; "
                    "expected a past period, or `planned: true` on the fact for a target or plan",
                )


def observation_after_its_source(data: RawData) -> Iterator[Problem]:
    for area, fact_id, fact in _facts(data):
        if fact.get("planned", bool):
            continue
        for observation in fact.records("observations"):
            period = observation.get("period", Period)
            source_id = observation.get("source", str)
            source = data.sources.get(source_id or "")
            if period is None or source is None or _future(period, fact, data):  # future: reported as such
                continue
            published = source.get("published", Point)
            if published is not None and not source.get("date_inferred", bool) and period.first > published.last:
                yield Problem(
                    area.path,
                    observation.line_of("period"),
                    f"{fact_id}.period",
                    f"{period.text!r} starts after its source {source_id!r} was published ({published.text}); "
                    "expected the period the source reports",
                )


def source_repeated(data: RawData) -> Iterator[Problem]:
    items = [
        *((area, fact_id, o) for area, fact_id, fact in _facts(data) for o in fact.records("observations")),
        *_events(data),
    ]
    for area, item_id, item in items:
        source_id = item.get("source", str)
        if source_id and source_id in (item.get("also_reported_by", tuple) or ()):
            yield Problem(
                area.path,
                item.line_of("also_reported_by"),
                f"{item_id}.also_reported_by",
                f"repeats the source {source_id!r}; expected only other sources",
            )


def second_headline(data: RawData) -> Iterator[Problem]:
    for area, fact_id, fact in _facts(data):
        first_line = None
        for observation in fact.records("observations"):
            if not observation.get("headline", bool):
                continue
            line = observation.line_of("headline")
            if first_line is not None:
                yield Problem(
                    area.path,
                    line,
                    f"{fact_id}.headline",
                    f"a second headline (the first is on line {first_line}); expected at most one per fact",
                )
            first_line = first_line or line


_SAME_REPORT = ("period", "value", "qualifier", "source", "stated_by")  # two observations alike in these repeat


def observation_repeated(data: RawData) -> Iterator[Problem]:
    for area, fact_id, fact in _facts(data):
        seen: dict[tuple[object, ...], int] = {}
        for observation in fact.records("observations"):
            key = tuple(observation.fields.get(name) for name in _SAME_REPORT)
            if key[0] is not None and key in seen:
                yield Problem(
                    area.path,
                    observation.line,
                    fact_id,
                    f"repeats the observation on line {seen[key]}; expected each report once",
                )
            seen.setdefault(key, observation.line)


def event_in_future(data: RawData) -> Iterator[Problem]:
    for area, event_id, event in _events(data):
        date = event.get("date", Period)
        if date is not None and not event.get("planned", bool) and date.first > data.today:
            yield Problem(
                area.path,
                event.line_of("date"),
                f"{event_id}.date",
                f"{date.text!r} lies in the future; expected a past date, or `planned: true` for an event still ahead",
            )


def cited_source_ids(data: RawData) -> set[str]:
    """Every source id an observation or an event cites, as its source, another reporter or another date."""
    cited: set[str] = set()
    for _, _, fact in _facts(data):
        for observation in fact.records("observations"):
            cited.add(observation.get("source", str) or "")
            cited.update(observation.get("also_reported_by", tuple) or ())
    for _, _, event in _events(data):
        cited.add(event.get("source", str) or "")
        cited.update(event.get("also_reported_by", tuple) or ())
        cited.update(other.get("source", str) or "" for other in event.records("other_dates"))
    return cited | commitment_source_ids(data) | derived_source_ids(data)


def source_not_cited(data: RawData) -> Iterator[Problem]:
    cited = cited_source_ids(data)
    for source_id, source in data.sources.items():
        if source_id not in cited:
            yield Problem(
                REGISTRY_FILES["sources"],
                source.line,
                source_id,
                "is not cited by any fact or event; expected it cited, or removed from the registry",
            )


def fact_chart_event_unknown(data: RawData) -> Iterator[Problem]:
    events = {event_id for _, event_id, _ in _events(data)}
    for area, fact_id, fact in _facts(data):
        for event_id in fact.get("chart_events", tuple) or ():
            if event_id not in events:
                hint = did_you_mean(event_id, events) or "; expected the id of an event, <area>.<name>"
                message = f"{event_id!r} is not an event in data/{hint}"
                yield Problem(area.path, fact.line_of("chart_events"), f"{fact_id}.chart_events", message)


RULES: tuple[Rule, ...] = (
    Rule("source-published-in-future", "A source's publication date is not after today.", source_published_in_future),
    Rule(
        "observation-in-future",
        "A figure's period is not after today, unless the fact is planned.",
        observation_in_future,
    ),
    Rule(
        "observation-after-its-source",
        "A figure's period does not start after its source was published (unless that date is inferred).",
        observation_after_its_source,
    ),
    Rule("source-repeated", "An item's own source is not listed again among its other reporters.", source_repeated),
    Rule("second-headline", "A fact marks at most one observation as its headline.", second_headline),
    Rule("observation-repeated", "A fact does not list the same report twice.", observation_repeated),
    Rule("event-in-future", "An event's date is not after today, unless the event is planned.", event_in_future),
    Rule(
        "source-not-cited",
        "Every source in the registry is cited by a fact or an event.",
        source_not_cited,
        needs_valid_data=True,
    ),
    Rule("fact-chart-event-unknown", "The events a fact marks on its chart exist.", fact_chart_event_unknown),
    *(Rule(name, description, check) for name, description, check in COMMITMENT_RULES),
    *(Rule(name, description, check) for name, description, check in SOURCE_RULES),
)


def check_rules(data: RawData, found_so_far: Sequence[Problem] = (), rules: Sequence[Rule] = RULES) -> list[Problem]:
    """Every problem the rules find. Those that need valid data run only when neither the earlier checks
    (`found_so_far`) nor the other rules found anything."""
    found = [problem for rule in rules if not rule.needs_valid_data for problem in rule.check(data)]
    if not found_so_far and not found:
        found = [problem for rule in rules if rule.needs_valid_data for problem in rule.check(data)]
    return found
