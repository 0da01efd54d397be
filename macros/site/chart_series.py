"""What a chart of a fact shows: which facts get one, and each mark on it, in time and by series.

`charts.py` draws what this module decides; tests check the decisions here without reading SVG.

What a chart shows, and why:
- only a series: figures of one measure for at least three distinct years (not three period texts:
  '2025' and 'Nov 2025' are one year). A contract term (unit years) is not a series. Reports that
  measure different things are separate facts in the data (`macros/data/disagreement.py`), so a chart
  never mixes measures. Undated figures never enter a chart: they have no place in time;
- one mark per distinct report (value and qualifier) of each series in each period. A series is whose
  figures they are: the statistical basis where the data names it, else the side of the speaker,
  else the publication itself;
- each mark sits where its period lies in time: a full calendar year at mid-year, a month or a day at
  its middle; a figure for any other span (part of a year, several years) at the span's end, with a
  line back to its start, so it is never mistaken for a full year;
- the qualifier is drawn: "about" hollow, "more than"/"at least" a tick up, "almost"/"less than"/
  "up to" a tick down; the legend says so.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Literal

from macros.data.model import Event, Fact, Observation
from macros.site.chart_axes import end_fraction, year_fraction
from macros.site.chart_text import CHART_WORDS

MIN_YEARS = 3  # distinct years a fact's figures need before they make a series worth a chart
NOT_A_SERIES_UNITS = ("years",)  # contract terms and the like: a value per agreement, not over time

# Whose figures a mark is, in the order the legend lists them: each a colour and a shape (charts.py).
SERIES = ("russia", "kyrgyzstan", "international", "estimate", "other", "publisher")
_BASIS_SERIES: Mapping[str | None, str] = MappingProxyType(
    {
        "russian_official": "russia",
        "kyrgyz_official": "kyrgyzstan",
        "international": "international",
        "estimate": "estimate",
    }
)  # 'unknown' and no basis: the speaker's side decides

Hedge = Literal["exact", "about", "up", "down"]
HEDGES: Mapping[str, Hedge] = MappingProxyType(
    {
        "exact": "exact",
        "about": "about",
        "more_than": "up",
        "at_least": "up",
        "almost": "down",
        "less_than": "down",
        "up_to": "down",
    }
)


@dataclass(frozen=True)
class Mark:
    """One figure on the chart: where it sits in time (years with fractions) and how it is drawn."""

    series: str  # a key of SERIES
    value: float
    hedge: Hedge
    at: float  # the time the marker sits at
    start: float  # the period's start and end: a span figure's line runs between them
    end: float
    span: bool  # a figure for a span other than one calendar year, month or day: drawn with its line
    headline: bool


def dated(fact: Fact) -> list[Observation]:
    """The fact's observations that have a period: an undated figure has no place on a time axis."""
    return [o for o in fact.observations if not o.period.is_undated]


def series_of(observation: Observation) -> str:
    """Whose figure it is: its statistical basis where known, else the speaker's side, else the publication."""
    if observation.basis in _BASIS_SERIES:
        return _BASIS_SERIES[observation.basis]
    return observation.stated_by.side if observation.stated_by is not None else "publisher"


def chart_years(fact: Fact) -> set[int]:
    """The distinct years the fact's dated figures end in: 2025 for '2025', 'Jan–Aug 2025' and 'Nov 2025'."""
    return {o.period.last.year for o in dated(fact)}


def has_chart(fact: Fact) -> bool:
    """Whether a fact is a series worth a chart: one measure, over time, for three or more distinct years."""
    if fact.unit.id in NOT_A_SERIES_UNITS:
        return False
    return len(chart_years(fact)) >= MIN_YEARS


def mark_of(observation: Observation, headline: bool = False) -> Mark:
    period = observation.period
    start, end = year_fraction(period.first), end_fraction(period.last)
    span = period.end is not None  # a range: part of a year, a school year, several years
    return Mark(
        series=series_of(observation),
        value=observation.value,
        hedge=HEDGES[observation.qualifier],
        at=end if span else (start + end) / 2,
        start=start,
        end=end,
        span=span,
        headline=headline,
    )


def marks_of(fact: Fact) -> list[Mark]:
    """One mark per distinct (period, series, value, qualifier), oldest first, in series order within a time.

    Two sources reporting the same figure for the same series make one mark; the headline wins."""
    marks: dict[tuple[str, str, float, str], Mark] = {}
    headline = fact.headline
    for observation in dated(fact):
        key = (observation.period.text, series_of(observation), observation.value, observation.qualifier)
        if key not in marks or observation is headline:
            marks[key] = mark_of(observation, observation is headline)
    return sorted(marks.values(), key=lambda m: (m.at, SERIES.index(m.series), m.value))


def series_present(marks: Iterable[Mark]) -> list[str]:
    found = {mark.series for mark in marks}
    return [key for key in SERIES if key in found]


def hedges_present(marks: Iterable[Mark]) -> list[Hedge]:
    """The qualifiers drawn on the chart other than exact, in the legend's order."""
    found = {mark.hedge for mark in marks}
    drawn: tuple[Hedge, ...] = ("about", "up", "down")
    return [hedge for hedge in drawn if hedge in found]


def chart_events(fact: Fact, events: Mapping[str, Event]) -> list[Event]:
    """The timeline's events the data links to this fact (its `chart_events`, checked to exist), by date."""
    linked = (events[event_id] for event_id in fact.chart_events if event_id in events)
    return sorted(linked, key=lambda event: (event.date.first, event.id))


def notes(fact: Fact, lang: str) -> list[str]:
    """What a reader needs besides the legend, as short sentences."""
    words = CHART_WORDS[lang]
    return ([words["planned"]] if fact.planned else []) + [words["series_note"], words["table_follows"]]
