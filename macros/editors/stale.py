"""What editors should re-check: `python -m macros stale [--today DATE]` calls `stale_items`.

A fact is due for a re-check when a newer figure is likely to exist: its latest period ended more
than its review interval ago. The interval is counted from the end of that period and depends on
how long the period is, because a newer figure follows a year's figure later than a month's:

    year (or range of years)     455 days  a year, plus three months in which the next year's
                                           figure is usually published
    month (or range of months)   120 days  the next monthly or cumulative figure, plus its lag
    day                          365 days  a stock "as of" figure; re-check it once a year

`review_every_days` on a fact replaces the default (a fact that cannot change, such as the number
of documents signed at one summit, can carry a long interval). Only the latest period of each fact
counts: older observations of a time series are history, not out of date.

Also listed: planned events whose date has passed (did they happen?), sources without a
publication date (readers cannot judge how current they are), and the facts and events that rest
only on copies (aggregators, mirrors, blogs): what to upgrade next, by finding the original.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from types import MappingProxyType

from macros.data.model import Dataset, Event, Fact, Source
from macros.site.formatting import format_period

DEFAULT_REVIEW_DAYS = MappingProxyType({"year": 455, "month": 120, "day": 365})
PRECISION_WORDS = MappingProxyType({"year": "yearly", "month": "monthly", "day": "as-of-a-day"})


@dataclass(frozen=True, order=True)
class StaleItem:
    path: str
    line: int
    subject: str  # the fact, event or source id
    message: str
    kind: str  # "fact", "event" or "source"

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.subject}: {self.message}"


def review_interval(fact: Fact, precision: str) -> tuple[int, str]:
    """Days from the end of the latest period until a re-check is due, and why that many."""
    if fact.review_every_days:
        return fact.review_every_days, "set by review_every_days"
    return DEFAULT_REVIEW_DAYS[precision], f"the default for {PRECISION_WORDS[precision]} figures"


def stale_fact(fact: Fact, today: dt.date) -> StaleItem | None:
    dated = [o for o in fact.observations if not o.period.is_undated]  # an undated figure has no age
    if not dated:
        return None
    latest_end = max(o.period.last for o in dated)
    latest = next(o for o in dated if o.period.last == latest_end)
    days, why = review_interval(fact, latest.period.precision)
    due = latest_end + dt.timedelta(days=days)
    if today <= due:
        return None
    return StaleItem(
        latest.origin.path,
        latest.origin.line,
        fact.id,
        f"the latest figure is for {format_period(latest.period, 'en')}; re-check due since "
        f"{due.isoformat()} ({days} days after that period, {why})",
        "fact",
    )


def _copies(sources: tuple[Source, ...]) -> str:
    return ", ".join(dict.fromkeys(f"{s.id} ({s.type}{', via ' + s.via if s.via else ''})" for s in sources))


def copies_only(dataset: Dataset) -> list[StaleItem]:
    """The facts whose every figure, the figures, and the events whose every source, is a copy: what to
    upgrade next."""
    items = []
    for fact in dataset.facts.values():
        if all(o.only_from_copies for o in fact.observations):
            sources = tuple(s for o in fact.observations for s in (o.source, *o.also_reported_by))
            first = fact.observations[0].origin
            message = (
                f"rests only on copies: {_copies(sources)}; cite the original, keep a copy only as also_reported_by"
            )
            items.append(StaleItem(first.path, first.line, fact.id, message, "copies"))
            continue
        for o in fact.observations:  # a fact with better sources may still have figures known only from copies
            if o.only_from_copies:
                where = f"its figure for {format_period(o.period, 'en') if not o.period.is_undated else 'no period'}"
                message = f"{where} rests only on copies: {_copies((o.source, *o.also_reported_by))}"
                items.append(StaleItem(o.origin.path, o.origin.line, fact.id, message, "copies"))
    for event in dataset.events.values():
        sources = (event.source, *event.also_reported_by)
        if all(s.is_copy for s in sources):
            message = (
                f"rests only on copies: {_copies(sources)}; cite the original, keep a copy only as also_reported_by"
            )
            items.append(StaleItem(event.origin.path, event.origin.line, event.id, message, "copies"))
    return items


def _events_passed(events: list[Event], today: dt.date) -> list[StaleItem]:
    return [
        StaleItem(
            e.origin.path, e.origin.line, e.id, f"planned for {format_period(e.date, 'en')}, which has passed", "event"
        )
        for e in events
        if e.planned and e.date.last < today
    ]


def stale_items(dataset: Dataset, today: dt.date) -> list[StaleItem]:
    """Everything due for a re-check on `today`, sorted by file and line."""
    items = [item for fact in dataset.facts.values() if (item := stale_fact(fact, today))]
    items += _events_passed(list(dataset.events.values()), today)
    items += copies_only(dataset)
    for source in dataset.sources.values():
        if source.published is None:
            items.append(
                StaleItem(source.origin.path, source.origin.line, source.id, "has no publication date", "source")
            )
    # Imported here: commitment_stale builds its items from StaleItem above.
    from macros.editors.commitment_stale import stale_commitments

    return sorted(items + stale_commitments(dataset, today))


# Each heading, then what the editor is expected to do about the lines below it.
HEADINGS = MappingProxyType(
    {
        "fact": (
            "Facts due for a re-check",
            "add the newer figure, or raise `review_every_days` on a fact no newer figure will come for",
        ),
        "event": ("Planned events whose date has passed", "record what happened (and drop `planned`), or the new date"),
        "source": ("Sources without a publication date", "add `published:` once the date is found"),
        "copies": (
            "Resting only on copies (aggregators, mirrors, blogs)",
            "find the original report, cite it as the source, and keep the copy only in `also_reported_by`",
        ),
        "commitment": (
            "Commitments to re-check",
            "record the outcome of a passed deadline, or newer evidence, and update status and status_as_of",
        ),
    }
)


def format_stale(items: list[StaleItem], today: dt.date) -> str:
    """The report an editor reads: one section per kind, each line `path:line: id: what to do`."""
    if not items:
        return f"Nothing to re-check as of {today.isoformat()}.\n"
    lines = []
    for kind, (heading, advice) in HEADINGS.items():
        group = [item for item in items if item.kind == kind]
        if group:
            lines += [f"{heading} ({len(group)}): {advice}", *(str(item) for item in group), ""]
    noun = "item" if len(items) == 1 else "items"
    lines.append(f"{len(items)} {noun} to re-check as of {today.isoformat()}")
    return "\n".join(lines) + "\n"
