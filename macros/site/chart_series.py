"""What a chart of a fact's time series shows: its bars, its value axis's ticks and the notes under it.

`charts.py` draws what this module decides; tests check the decisions here without reading SVG.

What a chart shows, and why:
- one bar per distinct report (value and qualifier) for each period, in the order of the fact's
  periods (the order of the table under it). Reports that differ for the same period stand side by
  side, coloured by who reported them (the speaker, else the publisher);
- a figure for one calendar year is a solid bar; any other span (part of a year such as
  January–May 2025, a school year, a month or a day) is an outlined, lighter bar, and the caption
  names those periods, because a part-year flow is not comparable with a full year;
- bars stop at the stated number; "about" or "more than" is in the table, and the caption says so;
- the value axis starts at zero (or below, for a fall) and has round ticks, written per locale;
  a legend under the chart names the sides whose bars it shows.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from macros.data.model import Fact, Observation
from macros.data.periods import Period
from macros.site.formatting import format_period
from macros.site.text import CHART_WORDS

MIN_PERIODS = 3  # a fact with this many distinct periods is a time series and gets a chart
TICKS = 5  # about this many steps on the value axis


def has_chart(fact: Fact) -> bool:
    """Whether a fact is a time series: three or more distinct periods."""
    return len(fact.periods) >= MIN_PERIODS


def side(observation: Observation) -> str:
    """Who reported a figure, for the legend: the speaker's side, else the publication itself."""
    return observation.stated_by.side if observation.stated_by is not None else "publisher"


@dataclass(frozen=True)
class Bar:
    period_index: int  # the period's position on the axis
    index_in_period: int  # position among the bars of that period
    bars_in_period: int  # how many bars share that period
    value: float
    side: str  # russia, kyrgyzstan, other or publisher: a key of charts.SIDE_COLOURS
    other_span: bool  # drawn outlined: not a calendar year, in a chart that has calendar years
    qualified: bool


def span_of(period: Period) -> tuple[str, int]:
    """The kind and length of a period, e.g. ('month', 5) for January–May: equal spans compare."""
    first, last = period.first, period.last
    if period.precision == "year":
        return "year", last.year - first.year + 1
    if period.precision == "month":
        return "month", (last.year - first.year) * 12 + last.month - first.month + 1
    return "day", (last - first).days + 1


def other_spans(fact: Fact) -> list[Period]:
    """Periods that are not one calendar year, when the fact also has calendar-year figures."""
    years = [p for p in fact.periods if span_of(p) == ("year", 1)]
    return [p for p in fact.periods if p not in years] if years else []


def bars_of(fact: Fact) -> list[Bar]:
    """One bar per distinct report (value, qualifier) in each period, in the fact's period order."""
    out = []
    # Periods are keyed by their text, which names one period exactly and hashes far faster.
    outlined = {period.text for period in other_spans(fact)}
    by_period: dict[
        str, dict[tuple[float, str], Observation]
    ] = {}  # period text -> {(value, qualifier): first observation that made it, in data order}
    for observation in fact.observations:
        by_period.setdefault(observation.period.text, {}).setdefault(
            (observation.value, observation.qualifier), observation
        )
    for band, period in enumerate(fact.periods):
        reports = by_period[period.text]
        for offset, observation in enumerate(reports.values()):
            out.append(
                Bar(
                    band,
                    offset,
                    len(reports),
                    observation.value,
                    side(observation),
                    period.text in outlined,
                    observation.qualifier != "exact",
                )
            )
    return out


def ticks(low: float, high: float, count: int = TICKS) -> list[float]:
    """Round values for the value axis, from zero (or below `low`) to `high` (or above): about `count`
    steps of 1, 2 or 5 × 10^n, e.g. 0, 1, 2, 3, 4, 5 for figures up to 4.1 (the steps d3 and Vega take)."""
    low, high = min(low, 0), max(high, 0)
    if low == high:
        high = 1
    raw = (high - low) / count
    exponent = math.floor(math.log10(raw))
    error = raw / 10**exponent
    mantissa = 10 if error >= math.sqrt(50) else 5 if error >= math.sqrt(10) else 2 if error >= math.sqrt(2) else 1
    if mantissa == 10:
        mantissa, exponent = 1, exponent + 1
    step = mantissa * 10**exponent  # an int when whole, so that labels read "1,000", not "1,000.0"
    digits = max(0, -exponent)
    # A tolerance for float division, so that 0.3 / 0.1 = 2.9999… adds no tick.
    first, last = math.floor(low / step + 1e-9), math.ceil(high / step - 1e-9)
    return [round(k * step, digits) if digits else k * step for k in range(first, last + 1)]


def notes(fact: Fact, lang: str) -> list[str]:
    """What a reader needs to read the chart honestly, as sentences."""
    words = CHART_WORDS[lang]
    chart_bars = bars_of(fact)
    out = []
    others = other_spans(fact)
    if others:
        out.append(words["other_spans"].format(periods=", ".join(format_period(p, lang) for p in others)))
    elif len({span_of(p) for p in fact.periods}) > 1:
        out.append(words["mixed_spans"])
    if any(bar.bars_in_period > 1 for bar in chart_bars):
        out.append(words["side_by_side"])
    if any(bar.qualified for bar in chart_bars):
        out.append(words["qualified"])
    if fact.planned:
        out.append(words["planned"])
    out.append(words["table_follows"])
    return out
