"""The validated fact sheet as frozen dataclasses: what every macro, export and command reads.

Objects here are built only by `build.py`, after every check has passed, so code that reads them
can trust them: ids resolve, periods are parsed, units are known. A text readers see in every
language is a `Localized` mapping, language -> text.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from macros.data.disagreement import Disagreement, kind_of_disagreement, reports_agree
from macros.data.periods import Period, Point
from macros.data.units import Unit
from macros.data.vocabulary import COPY_TYPES, Basis, Qualifier, Side, SourceType

if TYPE_CHECKING:
    from macros.data.commitments import Commitment

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
    type: SourceType
    publisher_ru: str | None  # the established Russian form (ТАСС, «Коммерсантъ»), shown on Russian pages
    title: str | None
    url: str | None
    published: Point | None
    date_inferred: bool
    language: str
    via: str | None  # the outlet whose report the page carries or copies, by name
    note: Localized | None
    origin: SourceLocation

    def __hash__(self) -> int:
        # By id, which names one source: its note is a dict, and sources are kept in sets and dict keys.
        return hash(self.id)

    @property
    def is_copy(self) -> bool:
        """An aggregator, mirror or blog: a page carrying someone else's report."""
        return self.type in COPY_TYPES


@dataclass(frozen=True)
class Speaker:
    id: str
    name: Localized
    role: Localized | None
    side: Side
    origin: SourceLocation
    short: Localized | None = None  # the name in a figure's short attribution ("Putin", "the Kremlin")


@dataclass(frozen=True)
class DerivedInput:
    """One stated number a derived value is calculated from, with its source and quote."""

    value: int | float
    source: Source
    quote: str
    quote_gloss: Mapping[str, str]


@dataclass(frozen=True)
class Derivation:
    """How the editors calculated a value no source states."""

    method: Localized
    inputs: tuple[DerivedInput, ...]


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
    quote_gloss: Mapping[str, str]  # language -> gloss, for every site language but the source's own
    basis: Basis | None  # whose statistics the figure is
    derived: Derivation | None  # set when the editors calculated the value from stated ones
    note: Localized | None
    headline: bool
    ref: str | None
    origin: SourceLocation

    def same_report(self, other: Observation) -> bool:
        return (self.value, self.qualifier) == (other.value, other.qualifier)

    def agrees_with(self, other: Observation) -> bool:
        """The two values agree: within 2%, or their qualifiers are consistent ('about 1,800', 'more than 1,800')."""
        return reports_agree((self.value, self.qualifier), (other.value, other.qualifier))

    @property
    def input_sources(self) -> tuple[Source, ...]:
        """The sources a derived value's inputs come from (none for a stated value)."""
        return tuple(item.source for item in self.derived.inputs) if self.derived else ()

    @property
    def only_from_copies(self) -> bool:
        """Its source and every other source reporting it are copies (aggregators, mirrors, blogs)."""
        return all(source.is_copy for source in (self.source, *self.also_reported_by))

    @property
    def can_be_headline(self) -> bool:
        """Stated (not derived), dated, and not known only from copies."""
        return self.derived is None and not self.period.is_undated and not self.only_from_copies


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
    chart_events: tuple[str, ...] = ()  # ids of the events marked on its chart (rule fact-chart-event-unknown)

    # The two below are asked for by every figure, table and chart of the fact, in both editions, and
    # the fact never changes: each is worked out once (cached_property stores it beside the fields).
    @cached_property
    def headline(self) -> Observation | None:
        """The observation marked `headline`, else the first of the latest period among those that can be
        headlines (stated, dated, not known only from copies); None when there is none: the fact then has
        no headline figure, and `shown` is marked to readers for what it is."""
        for observation in self.observations:
            if observation.headline:
                return observation
        candidates = [o for o in self.observations if o.can_be_headline]
        if not candidates:
            return None
        latest = max(observation.period.last for observation in candidates)
        return next(o for o in candidates if o.period.last == latest)

    @cached_property
    def shown(self) -> Observation:
        """The figure shown by default: the headline; for a fact without one, its latest observation (stated
        before derived, dated before undated), which readers see marked as from a copy, undated or derived."""
        if self.headline is not None:
            return self.headline
        return max(self.observations, key=lambda o: (o.derived is None, not o.period.is_undated, o.period.last))

    def for_period(self, period_text: str) -> tuple[Observation, ...]:
        return tuple(o for o in self.observations if o.period.text == period_text)

    def differing_reports(self, observation: Observation) -> tuple[Observation, ...]:
        """Other observations of the same period whose value does not agree with this one (`agrees_with`).
        Undated observations have no period to share: none differs from another."""
        if observation.period.is_undated:
            return ()
        return tuple(
            o
            for o in self.for_period(observation.period.text)
            if o is not observation and not o.agrees_with(observation)
        )

    def agreeing_reports(self, observation: Observation) -> tuple[Observation, ...]:
        """Other observations of the same (dated) period whose value agrees with this one."""
        if observation.period.is_undated:
            return ()
        return tuple(
            o for o in self.for_period(observation.period.text) if o is not observation and o.agrees_with(observation)
        )

    @cached_property
    def disagreements(self) -> Mapping[str, Disagreement]:
        """Period text -> the kind of disagreement among its reports: single, agree, differ or basis (see
        `disagreement.kind_of_disagreement`). Dated periods only."""
        return {period.text: kind_of_disagreement(self.for_period(period.text)) for period in self.periods}

    @cached_property
    def periods(self) -> tuple[Period, ...]:
        """The distinct dated periods, oldest first: undated figures enter no chart and no series."""
        dated = {o.period for o in self.observations if not o.period.is_undated}
        return tuple(sorted(dated, key=lambda p: (p.first, p.last)))


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
    quote_gloss: Mapping[str, str]  # language -> gloss, for every site language but the source's own
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
    commitments: dict[str, Commitment] = field(default_factory=dict, kw_only=True)  # name -> Commitment


@dataclass(frozen=True, repr=False)
class Dataset:
    """Everything the data files say. Where the site shows each item is not here: the site reads that
    from docs/ and keeps it beside the dataset (`macros/site/project.py`)."""

    sources: dict[str, Source]  # id -> Source, in file order
    speakers: dict[str, Speaker]  # id -> Speaker, in file order
    areas: dict[str, Area]  # id -> Area, in file-name order
    facts: dict[str, Fact]  # fact id -> Fact, area by area in file order
    events: dict[str, Event]  # event id -> Event, area by area in file order
    # id -> Commitment, area by area in file order (build_commitments.py)
    commitments: dict[str, Commitment] = field(default_factory=dict, kw_only=True)

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
            cited = {s.id for o in fact.observations for s in (o.source, *o.also_reported_by, *o.input_sources)}
            for source_id in cited:
                citing.setdefault(source_id, []).append(fact)
        for event in self.events.values():
            cited = {s.id for s in (event.source, *event.also_reported_by, *(d.source for d in event.other_dates))}
            for source_id in cited:
                citing.setdefault(source_id, []).append(event)
        return citing

    def timeline(self) -> list[Event]:
        return sorted(self.events.values(), key=lambda e: (e.date.first, e.date.last, e.id))
