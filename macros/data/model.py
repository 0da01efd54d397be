"""The validated fact sheet as frozen dataclasses: what every macro, export and command reads.

Objects here are built only by `validate.py`, after every check has passed, so code that reads them
can trust them: ids resolve, periods are parsed, units are known.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from macros.data.periods import Period, Point
from macros.data.units import Unit


@dataclass(frozen=True)
class Located:
    path: str  # data file relative to the repository root
    line: int


@dataclass(frozen=True)
class Source:
    id: str
    publisher: str
    title: str | None
    url: str | None
    published: Point | None
    date_inferred: bool
    language: str
    via: str | None
    note: dict | None
    at: Located


@dataclass(frozen=True)
class Speaker:
    id: str
    name: dict
    role: dict | None
    side: str
    at: Located


@dataclass(frozen=True)
class Observation:
    fact_id: str
    value: int | float
    period: Period
    qualifier: str
    stated_by: Speaker | None
    source: Source
    also_reported_by: tuple
    quote: str | None
    quote_gloss: str | None
    note: dict | None
    headline: bool
    ref: str | None
    at: Located

    def same_report(self, other: Observation) -> bool:
        return (self.value, self.qualifier) == (other.value, other.qualifier)


@dataclass(frozen=True)
class Fact:
    id: str
    area: str
    label: dict
    unit: Unit
    note: dict | None
    planned: bool
    review_every_days: int | None
    observations: tuple  # of Observation, in the order written
    at: Located

    # The two below are asked for by every figure, table and chart of the fact, in both editions, and
    # the fact never changes: each is worked out once (cached_property stores it beside the fields).
    @cached_property
    def headline(self) -> Observation:
        """The observation marked `headline`, else the first one of the latest period."""
        for observation in self.observations:
            if observation.headline:
                return observation
        latest = max(observation.period.last for observation in self.observations)
        return next(o for o in self.observations if o.period.last == latest)

    def for_period(self, period_text: str) -> tuple:
        return tuple(o for o in self.observations if o.period.text == period_text)

    def differing_reports(self, observation: Observation) -> tuple:
        """Other observations of the same period that report a different value or qualifier."""
        return tuple(
            o
            for o in self.for_period(observation.period.text)
            if o is not observation and not o.same_report(observation)
        )

    @cached_property
    def periods(self) -> tuple:
        """The distinct periods, oldest first."""
        return tuple(sorted({o.period for o in self.observations}, key=lambda p: (p.first, p.last)))


@dataclass(frozen=True)
class OtherDate:
    date: Period
    source: Source
    note: dict | None
    ref: str | None


@dataclass(frozen=True)
class Event:
    id: str
    area: str
    date: Period
    title: dict
    summary: dict | None
    source: Source
    also_reported_by: tuple
    quote: str | None
    quote_gloss: str | None
    planned: bool
    state_visit_2025: bool
    other_dates: tuple
    ref: str | None
    at: Located


@dataclass(frozen=True)
class Area:
    id: str
    title: dict
    facts: dict  # name -> Fact, in file order
    events: dict  # name -> Event, in file order
    path: str


@dataclass(frozen=True, repr=False)
class Dataset:
    sources: dict  # id -> Source
    speakers: dict  # id -> Speaker
    areas: dict  # id -> Area, in AREA_ORDER then alphabetical
    facts: dict = field(default_factory=dict)  # fact id -> Fact
    events: dict = field(default_factory=dict)  # event id -> Event
    homes: object = None  # homes.Homes: the page that shows each fact and event, read from docs/ by project.py

    def __repr__(self) -> str:
        # Short on purpose: mkdocs-macros writes every template variable, this dataset included, through
        # str() into its debug payload on each build, and the dataclass repr of every fact grew with the data.
        return f"<Dataset: {len(self.facts)} facts, {len(self.events)} events, {len(self.sources)} sources>"

    def citations(self, source_id: str) -> list:
        """Facts and events that cite a source, in page order."""
        return list(self._citing.get(source_id, ()))

    @cached_property
    def _citing(self) -> dict:
        """Source id -> the facts, then the events, that cite it. Built in one pass on first use (after
        validate.py has filled the dataset): searching every fact for each source in turn grew with
        sources x observations, and both the validator and the sources page ask about every source."""
        citing = {}
        for fact in self.facts.values():
            cited = {s.id for o in fact.observations for s in (o.source, *o.also_reported_by)}
            for source_id in cited:
                citing.setdefault(source_id, []).append(fact)
        for event in self.events.values():
            cited = {s.id for s in (event.source, *event.also_reported_by, *(d.source for d in event.other_dates))}
            for source_id in cited:
                citing.setdefault(source_id, []).append(event)
        return citing

    def timeline(self) -> list:
        return sorted(self.events.values(), key=lambda e: (e.date.first, e.date.last, e.id))
