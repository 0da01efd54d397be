"""Charts of a fact's figures over time, drawn at build time as inline SVG in plain Python.

`page_macros.py` asks a `ChartMaker` for the chart of a fact; the maker draws each (fact, language)
once per build and keeps the figure, so a chart shown on two pages costs one drawing. No JavaScript
reaches the reader: the SVG is plain markup with presentation attributes (the CSP allows no inline
style), and its text and axes use `currentColor`, so the page's CSS colours them in either palette.

The drawing is made for a phone: it is `WIDTH` pixels wide and the page shows it at the width of the
text column (at most 480 px, `factsheet.css`), so on a 390 px phone, where the column is about 358 px,
its 12 px text is drawn at 12 px or more; nothing is turned, and at most six years are labelled.
The title (with the span and the unit) and the legend are HTML around the SVG, where text wraps.

What a chart shows, and why, is decided in `chart_series.py`; the axes in `chart_axes.py`; the shapes
in `chart_shapes.py`; the legend in `chart_legend.py`. This module lays the plot out and draws it.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from babel.numbers import format_decimal

from macros.data.model import Event, Fact
from macros.site.chart_axes import TimeAxis, value_ticks, year_fraction
from macros.site.chart_legend import legend, series_name
from macros.site.chart_series import Mark, chart_events, has_chart, marks_of, series_present
from macros.site.chart_shapes import SIZE, STROKE, marker, span_line
from macros.site.chart_text import AXIS_TITLES, CHART_WORDS
from macros.site.html import Html, PageContext, concat, element

__all__ = ("ChartMaker", "has_chart", "to_svg")  # has_chart: page_macros asks it before it asks for a chart

WIDTH = 336  # the drawing's width: the scale on a phone's 358 px text column stays at 1 or above
PLOT_HEIGHT = 170
FONT, FONT_SIZE = "sans-serif", 12  # every text of a chart
# Text is measured by estimate (no font metrics at build time): a digit of a 12px sans-serif is
# 6.7-7.6px wide, a letter on average less; the ascent is about three quarters of the size.
CHAR_WIDTH, ASCENT, LINE = 0.6 * FONT_SIZE, 9, 14  # LINE: from one line of a label to the next
TICK, PAD = 5, 3  # a tick mark's length; the space between a mark and its text
TOP, EVENT_ROW = 12, 16  # above the plot: room for the highest label; and for the events' numbers
LABEL_GAP = 10  # between the plot and the series names at its right
LABEL_LINE = 13 * CHAR_WIDTH  # a series name longer than this goes on two lines
DODGE = SIZE + 1  # how far a mark moves sideways off another of the same time that it would hide


def _px(value: float) -> str:
    """A coordinate to a tenth of a pixel, in as few characters as it takes."""
    value = round(value, 1)
    return str(int(value)) if value == int(value) else str(value)


def _width(text: str) -> float:
    return len(text) * CHAR_WIDTH


def label_lines(name: str) -> list[str]:
    """A series name in one line, or two when it is long: split where the longer line is shortest."""
    words = name.split()
    if _width(name) <= LABEL_LINE or len(words) < 2:
        return [name]
    splits = ([" ".join(words[:k]), " ".join(words[k:])] for k in range(1, len(words)))
    return min(splits, key=lambda lines: max(map(len, lines)))


@dataclass(frozen=True)
class Layout:
    """Where the plot lies in the drawing, and how values and times map onto it."""

    left: float  # the plot's left edge in the drawing: room for the value labels
    top: float
    plot_width: float
    values: list[float]  # the value axis's ticks, lowest first
    time: TimeAxis

    def y(self, value: float) -> float:
        low, high = self.values[0], self.values[-1]
        return PLOT_HEIGHT * (high - value) / (high - low)


def layout(marks: list[Mark], events: Sequence[Event], lang: str, labels_width: float) -> Layout:
    """The plot's place and scales: value labels at the left, series names at the right, events above."""
    values = value_ticks(min(m.value for m in marks), max(m.value for m in marks))
    left = TICK + PAD + max(_width(_tick_label(v, lang)) for v in values) + 2
    plot_width = WIDTH - left - labels_width
    times = [m.start for m in marks] + [m.end for m in marks]
    times += [year_fraction(event.date.first) for event in events]
    top = TOP + (EVENT_ROW if events else 0)
    return Layout(left, top, plot_width, values, TimeAxis.spanning(min(times), max(times), plot_width))


def _tick_label(value: float, lang: str) -> str:
    # A true minus sign (U+2212), as the figures themselves write it, not a hyphen.
    return str(format_decimal(value, locale=lang)).replace("-", "\u2212")


# Geometry (paths, shapes, groups) is written with f-strings: it holds numbers and this module's
# constants only. Every text of a chart goes through html.element, which escapes it.


def _value_axis(plot: Layout, lang: str) -> Html:
    """Grid lines and labels of the value axis."""
    lines = [round(plot.y(value)) + 0.5 for value in plot.values]  # on the pixel grid: 1px lines stay sharp
    grid = "".join(f"M0,{_px(line)}h{_px(plot.plot_width)}" for line in lines)
    marks = "".join(f"M-{TICK},{_px(line)}h{TICK}" for line in lines)
    texts = (
        element("text", {"x": -(TICK + PAD), "y": _px(plot.y(value) + ASCENT / 2)}, _tick_label(value, lang))
        for value in plot.values
    )
    # The role-* class names are Vega's; tests/browser/test_palette.py measures the parts they name.
    axis = Html(
        f'<g stroke="currentColor" fill="none"><path stroke-opacity="0.2" d="{grid}"/>'
        f'<g class="role-axis-tick"><path d="{marks}"/></g></g>'
    )
    return concat(axis, element("g", {"text-anchor": "end"}, *texts))


def _time_axis(plot: Layout) -> Html:
    """The baseline, a tick on 1 January of each labelled year (or of every year), and the year labels."""
    bottom = PLOT_HEIGHT + 0.5
    ticks = "".join(f"M{_px(x)},{_px(bottom)}v{TICK}" for x in plot.time.ticks())
    axis = Html(
        f'<g stroke="currentColor" fill="none"><g class="role-axis-domain"><path d="M0,{_px(bottom)}'
        f'H{_px(plot.plot_width)}"/></g><g class="role-axis-tick"><path d="{ticks}"/></g></g>'
    )
    top = PLOT_HEIGHT + TICK + PAD + ASCENT
    labels = (element("text", {"x": _px(x), "y": top}, str(year)) for year, x in plot.time.labels())
    return concat(axis, element("g", {"text-anchor": "middle", "class": "fs-chart-years"}, *labels))


def place(marks: list[Mark], plot: Layout) -> list[tuple[Mark, float, float]]:
    """Each mark with its (x, y); marks of one time that would overlap are moved apart sideways."""
    placed: list[tuple[Mark, float, float]] = []
    for mark in marks:
        x, y = plot.time.x(mark.at), plot.y(mark.value)
        for shift in (0, DODGE, -DODGE, 2 * DODGE, -2 * DODGE):
            if not any(abs(px - (x + shift)) < DODGE and abs(py - y) < 2 * SIZE for _, px, py in placed):
                break
        placed.append((mark, x + shift, y))
    return placed


def _marks(placed: list[tuple[Mark, float, float]], plot: Layout) -> Html:
    """Span lines first, then the markers on top of them."""
    spans = "".join(span_line(m.series, plot.time.x(m.start), x, y) for m, x, y in placed if m.span)
    markers = "".join(marker(m.series, m.hedge, x, y) for m, x, y in placed)
    return Html(f'<g class="role-mark" stroke-width="{STROKE}">{spans}{markers}</g>')


def _events(events: Sequence[Event], plot: Layout) -> Html:
    """A dashed rule at each linked event's date, numbered above the plot as in the legend."""
    rules, numbers = [], []
    for number, event in enumerate(events, start=1):
        x = plot.time.x((year_fraction(event.date.first) + year_fraction(event.date.last)) / 2)
        rules.append(f"M{_px(x)},-4V{PLOT_HEIGHT}")
        numbers.append(element("text", {"x": _px(x), "y": -8}, str(number)))
    if not rules:
        return Html("")
    rule = Html(f'<path class="fs-chart-event" d="{"".join(rules)}" stroke="currentColor" stroke-dasharray="3,3"/>')
    return concat(rule, element("g", {"text-anchor": "middle", "font-weight": "bold"}, *numbers))


def _series_labels(placed: list[tuple[Mark, float, float]], names: dict[str, list[str]], plot: Layout) -> Html:
    """Each series' name at the right of the plot, level with its latest mark, with its shape before it."""
    latest = {mark.series: y for mark, _, y in sorted(placed, key=lambda p: p[0].at)}
    order = sorted(latest, key=lambda key: latest[key])
    shapes, texts, floor = [], [], -math.inf
    for key in order:
        lines = names[key]
        top = max(latest[key] - ASCENT / 2 - (len(lines) - 1) * LINE / 2, floor)  # no overlap with the one above
        floor = top + len(lines) * LINE + 2
        x = plot.plot_width + LABEL_GAP
        shapes.append(marker(key, "exact", x + SIZE, top + ASCENT / 2))
        spans = (
            element("tspan", {"x": _px(x + 2 * SIZE + PAD), "dy": LINE if i else None}, t) for i, t in enumerate(lines)
        )
        texts.append(element("text", {"y": _px(top + ASCENT)}, *spans))
    return concat(Html(f'<g stroke-width="{STROKE}">{"".join(shapes)}</g>'), *texts)


def chart_title(fact: Fact, lang: str) -> str:
    """'Bilateral trade turnover, 2011–2025, billion US dollars': the label, the span and the unit."""
    marks = marks_of(fact)
    first, last = math.floor(min(m.start for m in marks)), math.ceil(max(m.end for m in marks)) - 1
    span = str(first) if first == last else f"{first}–{last}"
    return f"{fact.label[lang]}, {span}, {AXIS_TITLES[lang][fact.unit.id]}"


def to_svg(fact: Fact, lang: str, name: str, events: Sequence[Event] = ()) -> Html:
    """Draw a fact's chart as a small, self-contained SVG image named `name` for assistive technology.

    Inside the <svg>, one group moves the origin to the plot's top left corner: x runs over time, y
    down from the highest tick (0) to the lowest (PLOT_HEIGHT). Every text inherits the font and
    `currentColor` from the <svg>; marks carry their series' colour. `events` are the timeline's events
    marked on the chart, in date order and numbered as in the legend."""
    marks = marks_of(fact)
    names = {key: label_lines(series_name(key, lang)) for key in series_present(marks)}
    labels_width = LABEL_GAP + 2 * SIZE + PAD + max(_width(line) for lines in names.values() for line in lines) + 2
    plot = layout(marks, events, lang, labels_width)
    placed = place(marks, plot)
    parts = (
        _value_axis(plot, lang),
        _time_axis(plot),
        _events(events, plot),
        _marks(placed, plot),
        _series_labels(placed, names, plot),
    )
    height = math.ceil(plot.top + PLOT_HEIGHT + TICK + PAD + ASCENT + 5)
    svg = {
        "xmlns": "http://www.w3.org/2000/svg",
        "width": WIDTH,
        "height": height,
        "viewBox": f"0 0 {WIDTH} {height}",
        "class": "fs-chart-svg",
        "role": "img",
        "aria-label": name,
        "font-family": FONT,
        "font-size": f"{FONT_SIZE}px",
        "fill": "currentColor",
    }
    drawing = element("g", {"transform": f"translate({_px(plot.left)},{plot.top})"}, *parts)
    return element("svg", svg, element("title", None, name), drawing)


def accessible_name(fact: Fact, lang: str) -> str:
    return f"{CHART_WORDS[lang]['chart']}: {chart_title(fact, lang)}"


class ChartMaker:
    """Draws charts for one build and remembers them by (fact id, language). `events` are the dataset's
    events by id, where the chart finds those its fact links to (`chart_events` in the data)."""

    def __init__(self, events: Mapping[str, Event] | None = None) -> None:
        self._events: Mapping[str, Event] = events or {}
        self._figures: dict[tuple[str, str], Html] = {}

    def figure(self, page: PageContext, fact: Fact) -> Html:
        """The chart as a figure: its title with span and unit, the SVG, the legend and a short note."""
        lang = page.lang
        key = (fact.id, lang)
        if key not in self._figures:
            events = chart_events(fact, self._events)
            self._figures[key] = element(
                "figure",
                {"class": "fs-chart", "data-chart": fact.id},
                element("figcaption", {"class": "fs-chart-title"}, chart_title(fact, lang)),
                to_svg(fact, lang, accessible_name(fact, lang), events),
                legend(marks_of(fact), events, lang),
                # Only what must be read with the chart (targets); how its series are grouped is in
                # the fact block's Sources view (fact_views.py), the numbers in its Table view.
                element("p", {"class": "fs-chart-notes"}, CHART_WORDS[lang]["planned"]) if fact.planned else "",
            )
        return self._figures[key]
