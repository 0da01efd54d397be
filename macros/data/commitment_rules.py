"""The checks across fields and files for commitments: each rule one function, all in `COMMITMENT_RULES`.

`rules.RULES` takes them in as `Rule`s (name, one-line description, function), so they run with the
others and `tests/test_rules.py` holds each to its cases: data that passes and data that fails, with
the exact message. Like every rule, each reads the data as far as it could be read (`conform.RawData`)
and skips a field that is None, whose own problem is already reported.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from macros.data.commitment_schema import NO_DEADLINE
from macros.data.conform import RawArea, RawData, RawRecord
from macros.data.periods import Period, PeriodError, Point
from macros.data.problems import Problem, did_you_mean
from macros.data.source_rules import _gloss_problem as gloss_problem

MEETING_QUALIFIERS = ("exact", "about", "more_than", "at_least")  # as commitments.MEETING_QUALIFIERS


def _commitments(data: RawData) -> Iterator[tuple[RawArea, str, RawRecord]]:
    """Each commitment that could be read, with its area and its id."""
    for area in data.areas:
        for name, commitment in area.record.named("commitments").items():
            yield area, f"{area.id}.{name}", commitment


def _ids(data: RawData, key: str) -> set[str]:
    return {f"{area.id}.{name}" for area in data.areas for name in area.record.named(key)}


def _one(record: RawRecord, key: str) -> RawRecord | None:
    return record.get(key, RawRecord)


def deadline_of(commitment: RawRecord) -> Period | None:
    """The deadline as a period; None for 'none' or a deadline that is not one (reported by its rule)."""
    text = commitment.get("deadline", str)
    if text is None or text == NO_DEADLINE:
        return None
    try:
        return Period.parse(text)
    except PeriodError:
        return None


def _unknown(area: RawArea, line: int, key_path: str, value: str, kind: str, known: Iterable[str]) -> Problem:
    a_kind = f"an {kind}" if kind[0] in "aeiou" else f"a {kind}"
    hint = did_you_mean(value, known) or f"; expected the id of {a_kind}, <area>.<name>"
    return Problem(area.path, line, key_path, f"{value!r} is not {a_kind} in data/{hint}")


def commitment_unknown_id(data: RawData) -> Iterator[Problem]:
    facts, events = _ids(data, "facts"), _ids(data, "events")
    for area, cid, commitment in _commitments(data):
        target = _one(commitment, "target")
        fact = target.get("fact", str) if target else None
        if target and fact and fact not in facts:
            yield _unknown(area, target.line_of("fact"), f"{cid}.target.fact", fact, "fact", facts)
        for row in commitment.records("evidence"):
            event = row.get("event", str)
            if event and event not in events:
                yield _unknown(area, row.line_of("event"), f"{cid}.event", event, "event", events)
        for event in commitment.get("events", tuple) or ():
            if event not in events:
                yield _unknown(area, commitment.line_of("events"), f"{cid}.events", event, "event", events)


def commitment_superseded(data: RawData) -> Iterator[Problem]:
    commitments = _ids(data, "commitments")
    for area, cid, commitment in _commitments(data):
        status, successor = commitment.get("status", str), commitment.get("superseded_by", str)
        if status == "superseded" and successor is None:
            yield Problem(
                area.path,
                commitment.line_of("status"),
                f"{cid}.status",
                "is superseded but names no successor; "
                "expected superseded_by: the id of the commitment that replaced it",
            )
        elif successor is not None and status not in (None, "superseded"):
            yield Problem(
                area.path,
                commitment.line_of("superseded_by"),
                f"{cid}.superseded_by",
                f"is given, but the status is {status!r}; expected superseded_by only with status superseded",
            )
        elif successor is not None and successor not in commitments - {cid}:
            line = commitment.line_of("superseded_by")
            yield _unknown(area, line, f"{cid}.superseded_by", successor, "commitment", commitments - {cid})


def commitment_deadline_form(data: RawData) -> Iterator[Problem]:
    for area, cid, commitment in _commitments(data):
        text = commitment.get("deadline", str)
        if text is None or text == NO_DEADLINE:
            continue
        try:
            Period.parse(text)
        except PeriodError as error:
            message = f"{error}; or {NO_DEADLINE!r} when the promise set no date"
            yield Problem(area.path, commitment.line_of("deadline"), f"{cid}.deadline", message)


def commitment_deadline_before_announcement(data: RawData) -> Iterator[Problem]:
    for area, cid, commitment in _commitments(data):
        deadline, announced = deadline_of(commitment), _one(commitment, "announced")
        date = announced.get("date", Point) if announced else None
        if deadline is not None and date is not None and deadline.last < date.first:
            yield Problem(
                area.path,
                commitment.line_of("deadline"),
                f"{cid}.deadline",
                f"{deadline.text!r} ends before the promise was announced ({date.text}); "
                "expected a deadline on or after the announcement",
            )


def commitment_status_evidence(data: RawData) -> Iterator[Problem]:
    for area, cid, commitment in _commitments(data):
        as_of = commitment.get("status_as_of", Point)
        if as_of is None or commitment.get("status", str) is None:
            continue
        dates = [row.get("date", Point) for row in commitment.records("evidence")]
        dated = [date for date in dates if date is not None]
        if not any(date.first <= as_of.last for date in dated):
            yield Problem(
                area.path,
                commitment.line_of("status"),
                f"{cid}.status",
                f"rests on no dated evidence up to its as-of date ({as_of.text}); "
                "expected at least one evidence row with a date no later than status_as_of",
            )
        later = [date for date in dated if date.first > as_of.last]
        if later:
            yield Problem(
                area.path,
                commitment.line_of("status_as_of"),
                f"{cid}.status_as_of",
                f"{as_of.text!r} is earlier than evidence dated {max(later).text}; "
                "expected the date of the latest evidence the status rests on",
            )


def commitment_missed_deadline(data: RawData) -> Iterator[Problem]:
    for area, cid, commitment in _commitments(data):
        as_of = commitment.get("status_as_of", Point)
        if commitment.get("status", str) != "missed" or as_of is None:
            continue
        deadline = deadline_of(commitment)
        if commitment.get("deadline", str) == NO_DEADLINE:
            why = "the promise set no deadline"
        elif deadline is not None and deadline.last >= as_of.last:
            why = f"its deadline {deadline.text!r} had not passed by status_as_of ({as_of.text})"
        else:
            continue
        yield Problem(
            area.path,
            commitment.line_of("status"),
            f"{cid}.status",
            f"is missed, but {why}; expected a deadline that ended before the as-of date, or another status",
        )


def _meeting_figures(fact: RawRecord, target: float, since: Point | None, as_of: Point) -> list[RawRecord]:
    """The fact's dated figures, from the announcement up to the as-of date, that reach the target."""
    found = []
    for observation in fact.records("observations"):
        period, value = observation.get("period", Period), observation.fields.get("value")
        qualifier = observation.get("qualifier", str)
        if period is None or period.is_undated or isinstance(value, bool) or not isinstance(value, (int, float)):
            continue
        recent = since is None or period.last >= since.first
        if qualifier in MEETING_QUALIFIERS and value >= target and recent and period.first <= as_of.last:
            found.append(observation)
    return found


def commitment_target_figures(data: RawData) -> Iterator[Problem]:
    facts = {
        f"{area.id}.{name}": (area, fact) for area in data.areas for name, fact in area.record.named("facts").items()
    }
    for area, cid, commitment in _commitments(data):
        target, as_of, status = (
            _one(commitment, "target"),
            commitment.get("status_as_of", Point),
            commitment.get("status", str),
        )
        fact_id = target.get("fact", str) if target else None
        value = target.fields.get("value") if target else None
        if not target or fact_id not in facts or not isinstance(value, (int, float)) or as_of is None:
            continue
        announced = _one(commitment, "announced")
        since = announced.get("date", Point) if announced else None
        meeting = _meeting_figures(facts[fact_id or ""][1], value, since, as_of)
        if status == "achieved" and not meeting:
            yield Problem(
                area.path,
                commitment.line_of("status"),
                f"{cid}.status",
                f"is achieved, but no figure of {fact_id!r} up to {as_of.text} reaches the target {value}; "
                "expected a figure that meets it in that fact, or another status",
            )
        elif status in ("in_progress", "not_started") and meeting:
            first = meeting[0]
            yield Problem(
                area.path,
                commitment.line_of("status"),
                f"{cid}.status",
                f"is {status}, but {fact_id!r} already reaches the target {value} "
                f"(line {first.line}); expected achieved, or a target the figures do not meet",
            )


def commitment_target_unit(data: RawData) -> Iterator[Problem]:
    units = {
        f"{area.id}.{name}": fact.get("unit", str)
        for area in data.areas
        for name, fact in area.record.named("facts").items()
    }
    for area, cid, commitment in _commitments(data):
        target = _one(commitment, "target")
        fact_id, unit = (target.get("fact", str), target.get("unit", str)) if target else (None, None)
        if fact_id in units and unit is not None and units[fact_id or ""] not in (None, unit):
            yield Problem(
                area.path,
                target.line_of("unit") if target else commitment.line,
                f"{cid}.target.unit",
                f"{unit!r} differs from the unit of {fact_id!r} ({units[fact_id or '']}); "
                "expected the target in its fact's unit",
            )


def commitment_quote_gloss(data: RawData) -> Iterator[Problem]:
    """As `source_rules.quote_gloss` for facts and events: a gloss in every site language but the quote's own."""
    for area, cid, commitment in _commitments(data):
        announced = _one(commitment, "announced")
        quoted = [(f"{cid}.announced", announced)] if announced else []
        quoted += [(cid, row) for row in commitment.records("evidence")]
        for key_path, record in quoted:
            message = gloss_problem(data, record)
            if message:
                line = record.line_of("quote_gloss") if "quote_gloss" in record.key_lines else record.line_of("quote")
                yield Problem(area.path, line, f"{key_path}.quote_gloss", message)


def commitment_source_ids(data: RawData) -> set[str]:
    """Every source id a commitment cites: its announcement's and its evidence's (for `source-not-cited`)."""
    cited: set[str] = set()
    for _, _, commitment in _commitments(data):
        announced = _one(commitment, "announced")
        rows = [announced] if announced else []
        cited.update(row.get("source", str) or "" for row in [*rows, *commitment.records("evidence")])
    return cited


CheckFunction = Callable[[RawData], Iterator[Problem]]
# (name, what it requires, check): `rules.RULES` makes each a Rule.
COMMITMENT_RULES: tuple[tuple[str, str, CheckFunction], ...] = (
    (
        "commitment-unknown-id",
        "A commitment's linked fact and events exist.",
        commitment_unknown_id,
    ),
    (
        "commitment-superseded",
        "A superseded commitment names the existing commitment that replaced it, and only it names one.",
        commitment_superseded,
    ),
    ("commitment-deadline-form", "A deadline is a period or 'none'.", commitment_deadline_form),
    (
        "commitment-deadline-before-announcement",
        "A deadline does not end before the promise was announced.",
        commitment_deadline_before_announcement,
    ),
    (
        "commitment-status-evidence",
        "A status rests on dated evidence no later than its as-of date, which is the latest evidence's.",
        commitment_status_evidence,
    ),
    (
        "commitment-missed-deadline",
        "A missed commitment has a deadline that ended before the status's as-of date.",
        commitment_missed_deadline,
    ),
    (
        "commitment-target-figures",
        "An achieved target has a figure of its fact that meets it; one in progress has none yet.",
        commitment_target_figures,
    ),
    ("commitment-target-unit", "A target is in the unit of the fact that measures it.", commitment_target_unit),
    (
        "commitment-quote-gloss",
        "A commitment's quotes are glossed in every language of the site but their own, and only in those.",
        commitment_quote_gloss,
    ),
)
