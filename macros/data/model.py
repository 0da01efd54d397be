"""The validated fact sheet as frozen dataclasses: what every macro, export and command reads.

Objects here are built only by `build.py`, after every check has passed, so code that reads them
can trust them: ids resolve, periods are parsed, units are known. A text readers see in every
language is a `Localized` mapping, language -> text.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from macros.data.periods import Period, Point
from macros.data.units import Unit
from macros.data.vocabulary import Qualifier, Side

Localized = dict[str, str]  # language -> text, for every language of the site


@dataclass(frozen=True)
class SourceLocation:
    """Where an item is written in the data: the edit links and the editors' reports point there."""

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
    note: Localized | None
    origin: SourceLocation


@dataclass(frozen=True)
class Speaker:
    id: str
    name: Localized
    role: Localized | None
    side: Side
    origin: SourceLocation


@dataclass(frozen=True)
class Observation:
    fact_id: str
    value: int | float
    period: Period
    qualifier: Qualifier
    stated_by: Speaker | None
    source: Source
    also_reported_by: tuple[Source, ...]
    quote: str | None
    quote_gloss: str | None
    note: Localized | None
    headline: bool
    ref: str | None
    origin: SourceLocation

    def same_report(self, other: Observation) -> bool:
        return (self.value, self.qualifier) == (other.value, other.qualifier)


@dataclass(frozen=True)
class Fact:
    id: str
    area: str
    label: Localized
    unit: Unit
    note: Localized | None
    planned: bool
    review_every_days: int | None
    observations: tuple[Observation, ...]  # in the order written
    origin: SourceLocation

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

    def for_period(self, period_text: str) -> tuple[Observation, ...]:
        return tuple(o for o in self.observations if o.period.text == period_text)

    def differing_reports(self, observation: Observation) -> tuple[Observation, ...]:
        """Other observations of the same period that report a different value or qualifier."""
        return tuple(
            o
            for o in self.for_period(observation.period.text)
            if o is not observation and not o.same_report(observation)
        )

    @cached_property
    def periods(self) -> tuple[Period, ...]:
        """The distinct periods, oldest first."""
        return tuple(sorted({o.period for o in self.observations}, key=lambda p: (p.first, p.last)))


@dataclass(frozen=True)
class OtherDate:
    date: Period
    source: Source
    note: Localized | None
    ref: str | None


@dataclass(frozen=True)
class Event:
    id: str
    area: str
    date: Period
    title: Localized
    summary: Localized | None
    source: Source
    also_reported_by: tuple[Source, ...]
    quote: str | None
    quote_gloss: str | None
    planned: bool
    state_visit_2025: bool
    other_dates: tuple[OtherDate, ...]
    ref: str | None
    origin: SourceLocation


@dataclass(frozen=True)
class Area:
    id: str
    title: Localized
    facts: dict[str, Fact]  # name -> Fact, in file order
    events: dict[str, Event]  # name -> Event, in file order
    path: str


@dataclass(frozen=True, repr=False)
class Dataset:
    """Everything the data files say. Where the site shows each item is not here: the site reads that
    from docs/ and keeps it beside the dataset (`macros/site/project.py`)."""

    sources: dict[str, Source]  # id -> Source, in file order
    speakers: dict[str, Speaker]  # id -> Speaker, in file order
    areas: dict[str, Area]  # id -> Area, in file-name order
    facts: dict[str, Fact]  # fact id -> Fact, area by area in file order
    events: dict[str, Event]  # event id -> Event, area by area in file order

    def __repr__(self) -> str:
        # Short on purpose: mkdocs-macros writes every template variable, this dataset included, through
        # str() into its debug payload on each build, and the dataclass repr of every fact grew with the data.
        return f"<Dataset: {len(self.facts)} facts, {len(self.events)} events, {len(self.sources)} sources>"

    def citations(self, source_id: str) -> list[Fact | Event]:
        """Facts and events that cite a source: the facts, then the events, each in data order."""
        return list(self._citing.get(source_id, ()))

    @cached_property
    def _citing(self) -> dict[str, list[Fact | Event]]:
        """Source id -> the facts, then the events, that cite it. Built in one pass on first use:
        searching every fact for each source in turn grew with sources x observations, and the sources
        page asks about every source."""
        citing: dict[str, list[Fact | Event]] = {}
        for fact in self.facts.values():
            cited = {s.id for o in fact.observations for s in (o.source, *o.also_reported_by)}
            for source_id in cited:
                citing.setdefault(source_id, []).append(fact)
        for event in self.events.values():
            cited = {s.id for s in (event.source, *event.also_reported_by, *(d.source for d in event.other_dates))}
            for source_id in cited:
                citing.setdefault(source_id, []).append(event)
        return citing

    def timeline(self) -> list[Event]:
        return sorted(self.events.values(), key=lambda e: (e.date.first, e.date.last, e.id))
