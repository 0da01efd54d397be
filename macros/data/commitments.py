"""Commitments as frozen dataclasses, and their progress computed from the linked fact's figures.

Built by `build_commitments.py` after every check has passed; read by the Commitments page and the
area pages (`macros/site/commitments.py`), the downloads and the editors' commands. Progress is never
typed by hand: `progress()` takes, for each statistical basis, the latest figure of the fact the
target names and divides it by the target ("$4.1 billion in 2024 by Russian figures, 82% of the
target; more than $3.1 billion in 2025 by Kyrgyz figures, 62%").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from types import MappingProxyType

from macros.data.commitment_schema import FINAL_STATUSES, Status
from macros.data.model import Event, Fact, Localized, Observation, Source, SourceLocation, Speaker
from macros.data.periods import Period, Point
from macros.data.units import Unit
from macros.data.vocabulary import Basis

# Where a figure names no statistical basis, the side of the one who stated it stands in for it.
BASIS_OF_SIDE: Mapping[str, Basis] = MappingProxyType({"russia": "russian_official", "kyrgyzstan": "kyrgyz_official"})
# Qualifiers under which a figure at or above the target shows the target met ("almost 5" does not).
MEETING_QUALIFIERS = ("exact", "about", "more_than", "at_least")


@dataclass(frozen=True)
class Statement:
    """What a source reports, with its date (None where no date can be told) and its quote."""

    date: Point | None
    source: Source
    quote: str
    quote_gloss: Mapping[str, str]  # language -> gloss


@dataclass(frozen=True)
class Evidence(Statement):
    shows: Localized
    value: int | float | None
    event: Event | None
    origin: SourceLocation


@dataclass(frozen=True)
class Target:
    value: int | float
    unit: Unit
    fact: Fact | None


@dataclass(frozen=True)
class Progress:
    """The latest figure of one statistical basis against the target."""

    basis: Basis
    observation: Observation
    percent: int  # of the target, rounded half up


@dataclass(frozen=True)
class Commitment:
    id: str
    area: str
    label: Localized
    committed_by: tuple[Speaker, ...]
    announced: Statement
    deadline: Period | None  # None: the promise set no date
    deadline_note: Localized | None
    target: Target | None
    evidence: tuple[Evidence, ...]  # as written
    status: Status
    superseded_by: str | None
    status_as_of: Point
    reason: Localized
    events: tuple[Event, ...]
    origin: SourceLocation

    @property
    def is_final(self) -> bool:
        return self.status in FINAL_STATUSES

    def deadline_passed(self, on: dt.date) -> bool:
        return self.deadline is not None and self.deadline.last < on

    def sources(self) -> tuple[Source, ...]:
        """Every source the commitment cites, the announcement's first, each once."""
        cited = (self.announced.source, *(row.source for row in self.evidence))
        return tuple(dict.fromkeys(cited))

    def latest_evidence(self) -> Evidence | None:
        dated = [row for row in self.evidence if row.date is not None]
        # By the first day a date can mean: '2023-10' is not later than '2023-10-12'.
        return max(
            dated, key=lambda row: (row.date.first, row.date.last) if row.date else (dt.date.min,) * 2, default=None
        )

    def progress(self) -> tuple[Progress, ...]:
        """For each statistical basis with a figure of the linked fact, its latest one against the target;
        empty without a linked fact."""
        if self.target is None or self.target.fact is None:
            return ()
        return progress_towards(self.target, self.target.fact, self.announced.date)


def basis_of(observation: Observation) -> Basis:
    """The figure's statistical basis, else its speaker's side, else unknown."""
    if observation.basis is not None:
        return observation.basis
    side = observation.stated_by.side if observation.stated_by else ""
    return BASIS_OF_SIDE.get(side, "unknown")


def counts_for_progress(observation: Observation, since: Point | None) -> bool:
    """A figure for one dated year, month or day (not a part-year range), of a period that ends on or after
    the promise was made (earlier figures are the starting point), stated rather than calculated."""
    period = observation.period
    recent = since is None or period.last >= since.first
    return not period.is_undated and period.end is None and observation.derived is None and recent


def percent_of(value: float, target: float) -> int:
    share = Decimal(str(value)) / Decimal(str(target)) * 100
    return int(share.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def progress_towards(target: Target, fact: Fact, since: Point | None) -> tuple[Progress, ...]:
    """Per basis, the first-written figure of its latest period; the bases in order of their latest period,
    newest first."""
    latest: dict[Basis, Observation] = {}
    for observation in fact.observations:
        if not counts_for_progress(observation, since):
            continue
        basis = basis_of(observation)
        known = latest.get(basis)
        if known is None or observation.period.last > known.period.last:
            latest[basis] = observation
    ordered = sorted(latest.items(), key=lambda item: item[1].period.last, reverse=True)
    return tuple(Progress(basis, o, percent_of(o.value, target.value)) for basis, o in ordered)


def meets_target(observation: Observation, target_value: float) -> bool:
    return observation.qualifier in MEETING_QUALIFIERS and observation.value >= target_value
