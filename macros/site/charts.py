"""Charts of a fact's time series, drawn at build time as inline SVG in plain Python.

`page_macros.py` asks a `ChartMaker` for the chart of a fact; the maker draws each (fact, language)
once per build and keeps the SVG, so a chart shown on two pages costs one drawing. No JavaScript
reaches the reader: the SVG is plain markup, and its text and axes use `currentColor`, so the page's
CSS colours it for the light and the dark palette alike. `to_svg` writes the markup itself (a bar
chart needs rectangles, lines and text, no chart library): well under a millisecond a chart.

What a chart shows, and why, is decided in `chart_series.py`; this module lays it out and draws it.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from babel.dates import get_month_names
from babel.numbers import format_decimal

from macros.data.model import Fact
from macros.data.periods import Period
from macros.site.chart_series import Bar, bars_of, has_chart, notes, ticks
from macros.site.formatting import format_period
from macros.site.html import Html, PageContext, concat, element, join
from macros.site.text import AXIS_TITLES, CHART_WORDS

__all__ = ["ChartMaker", "has_chart", "to_svg"]  # has_chart: page_macros asks it before it asks for a chart

# Mid-tone colours with a contrast of at least 3.5:1 both on white and on Material's slate
# background, so every bar stays visible in either palette (WCAG 1.4.11 asks for 3:1).
# Bars are coloured by the side that reported them, the same colour on every chart: blue and orange
# stay apart for readers with a colour-vision deficiency.
SIDE_COLOURS = {"russia": "#3a7dc9", "kyrgyzstan": "#c2610c", "other": "#8c6bb1", "publisher": "#7a7a7a"}
OTHER_SPAN_OPACITY = 0.35
OTHER_SPAN_DASH = [4, 2]
WIDTH, HEIGHT = 460, 220  # the plot area, in pixels
FONT, FONT_SIZE = "sans-serif", 12  # every text of a chart
CROWDED = 7  # more periods than this: one slanted line per period label, and a wider chart
BAND_WIDTH = 40  # pixels per period in a crowded chart
SLANT = 40  # degrees a crowded chart's period labels turn
BAR_SHARE, BAR_GAP = 0.72, 0.04  # of a period's band: its bars, and the gap between bars side by side
# Text is measured by estimate (no font metrics at build time): a digit of a 12px sans-serif is
# 6.7-7.6px wide, a letter on average less; the ascent is about three quarters of the size.
CHAR_WIDTH, ASCENT, LINE = 0.6 * FONT_SIZE, 9, 14  # LINE: from one line of a label to the next
TICK, PAD = 5, 2  # a tick mark's length; the space between a mark and its text
TOP, RIGHT = 8, 5  # margins above the highest tick label and right of the plot
LEGEND_GAP, LEGEND_ROW, SWATCH = 14, 16, 10  # above the legend; a row of it; a colour swatch's side


def _month(month: int, lang: str) -> str:
    return str(get_month_names("abbreviated", context="stand-alone", locale=lang)[month])


def axis_label(period: Period, lang: str) -> list[str]:
    """A period under its bar, in at most two short lines: ['2024'], ['Jan–May', '2025'], ['Feb', '2026']."""
    start, end = period.start, period.end
    if period.precision == "year":
        return [str(start.first.year) if end is None else f"{start.first.year}–{end.first.year}"]
    if period.precision == "month":
        if end is None:
            return [_month(start.first.month, lang), str(start.first.year)]
        if start.first.year == end.first.year:
            return [f"{_month(start.first.month, lang)}–{_month(end.first.month, lang)}", str(end.first.year)]
        return [
            f"{_month(start.first.month, lang)} {start.first.year}–",
            f"{_month(end.first.month, lang)} {end.first.year}",
        ]
    head, _, year = format_period(period, lang).rpartition(" ")  # days: '26 November', '2025'
    return [head, year]


def _px(value: float) -> str:
    """A coordinate to a tenth of a pixel, in as few characters as it takes."""
    value = round(value, 1)
    return str(int(value)) if value == int(value) else str(value)


@lru_cache(maxsize=1024)
def _tick_label(value: float, lang: str) -> str:
    # The same round numbers label most charts; Babel looks the locale up again on every call.
    return str(format_decimal(value, locale=lang))


def _width(text: str) -> float:
    return len(text) * CHAR_WIDTH


@dataclass
class _Drawn:
    """Some markup of a chart and how far it reaches from the plot's top left corner."""

    markup: Html
    left: float = 0.0  # the least x it reaches (negative: left of the plot)
    right: float = 0.0
    bottom: float = 0.0


# Geometry (paths, rectangles, groups) is written with f-strings: it holds numbers and this module's
# constants only. Every text of a chart goes through html.element, which escapes it.


def _draw_value_axis(
    values: list[float], lang: str, unit: str, y: Callable[[float], float], plot_width: float
) -> _Drawn:
    """Grid lines, tick marks and labels of the value axis, and its title turned upright along it."""
    labels = [_tick_label(value, lang) for value in values]
    title_x = -(TICK + PAD + max(map(_width, labels)) + PAD)  # the turned title's baseline
    lines = [round(y(value)) + 0.5 for value in values]  # on the pixel grid, so that 1px lines stay sharp
    grid = "".join(f"M0,{_px(line)}h{_px(plot_width)}" for line in lines)
    marks = "".join(f"M-{TICK},{_px(line)}h{TICK}" for line in lines)
    texts = concat(
        *(
            element("text", {"x": -(TICK + PAD), "y": _px(y(value) + ASCENT / 2)}, label)
            for value, label in zip(values, labels, strict=True)
        )
    )
    title = {"transform": "rotate(-90)", "x": _px(-HEIGHT / 2), "y": _px(title_x), "text-anchor": "middle"}
    # The role-* class names are Vega's; tests/browser/test_palette.py measures the parts they name against
    # what lies behind each one's centre, so each axis line is a path of its own (the bars come later, on top).
    axis = Html(
        f'<g stroke="currentColor" fill="none"><path stroke-opacity="0.2" d="{grid}"/>'
        f'<g class="role-axis-tick"><path d="{marks}"/></g><g class="role-axis-domain">'
        f'<path d="M0.5,0V{_px(HEIGHT + 0.5)}"/><path d="M0,{_px(HEIGHT + 0.5)}H{_px(plot_width)}"/></g></g>'
    )
    return _Drawn(
        concat(axis, element("g", {"text-anchor": "end"}, texts), element("text", title, AXIS_TITLES[lang][unit])),
        left=title_x - ASCENT - 2 * PAD,
        right=plot_width + RIGHT,
        bottom=HEIGHT,
    )


def _draw_bars(chart_bars: list[Bar], band: float, y: Callable[[float], float]) -> _Drawn:
    """A rectangle from zero to each figure, in its period's band; outlined and lighter for another span."""
    dash = ",".join(map(str, OTHER_SPAN_DASH))
    rects = []
    for bar in chart_bars:
        share = BAR_SHARE / bar.bars_in_period
        x = (bar.period_index + (1 - BAR_SHARE) / 2 + bar.index_in_period * share) * band
        width = share * band
        if bar.bars_in_period > 1:  # a small gap keeps two bars of one colour from reading as one
            x, width = x + BAR_GAP * band / 2, width - BAR_GAP * band
        top, bottom = sorted((y(bar.value), y(0)))
        colour = SIDE_COLOURS[bar.side]
        outline = f' fill-opacity="{OTHER_SPAN_OPACITY}" stroke-dasharray="{dash}"' if bar.other_span else ""
        rects.append(
            f'<rect x="{_px(x)}" y="{_px(top)}" width="{_px(width)}" height="{_px(bottom - top)}" '
            f'fill="{colour}" stroke="{colour}"{outline}/>'
        )
    return _Drawn(Html(f'<g class="role-mark" stroke-width="1.5">{"".join(rects)}</g>'))


def _period_label(lines: list[str], centre: float, top: float, crowded: bool) -> Html:
    """One period's label: one slanted line when crowded, else one or two lines centred under its band."""
    if crowded:  # the label's end hangs from under the band's centre, turned up by SLANT
        turned = f"rotate(-{SLANT} {_px(centre)} {top})"
        return element("text", {"x": _px(centre), "y": top + ASCENT, "transform": turned}, lines[0])
    if len(lines) == 1:
        return element("text", {"x": _px(centre), "y": top + ASCENT}, lines[0])
    spans = (element("tspan", {"x": _px(centre), "dy": LINE if i else None}, line) for i, line in enumerate(lines))
    return element("text", {"y": top + ASCENT}, *spans)


def _draw_period_axis(labels: list[list[str]], band: float, crowded: bool) -> _Drawn:
    """Each period's label under its band: one or two centred lines, or one slanted line when crowded."""
    texts, left, right, bottom = [], 0.0, 0.0, float(HEIGHT)
    top = HEIGHT + TICK + PAD  # labels start this far down, where the value axis has its tick marks
    cos, sin = math.cos(math.radians(SLANT)), math.sin(math.radians(SLANT))
    for index, lines in enumerate(labels):
        centre = (index + 0.5) * band
        width = max(map(_width, lines))
        texts.append(_period_label(lines, centre, top, crowded))
        if crowded:
            left = min(left, centre - width * cos)
            bottom = max(bottom, top + width * sin + FONT_SIZE * cos)
        else:
            left, right = min(left, centre - width / 2), max(right, centre + width / 2)
            bottom = max(bottom, top + FONT_SIZE + LINE * (len(lines) - 1))
    anchor = "end" if crowded else "middle"
    return _Drawn(element("g", {"text-anchor": anchor}, *texts), left - PAD, right + PAD, bottom)


def _draw_legend(sides: list[str], lang: str, top: float) -> _Drawn:
    """Who reported the bars: a title, then a swatch and a name per side, two to a row."""
    words = CHART_WORDS[lang]
    names = [words["sides"][key] for key in sides]
    indent = SWATCH + 3 * PAD  # from a swatch's left to its name
    beside = names[: len(names) // 2 * 2 : 2]  # the first names of rows that have two
    column = max(WIDTH // 2, math.ceil(indent + max(map(_width, beside), default=0) + 2 * SWATCH))  # the second's x
    swatches, labels = [], [element("text", {"y": _px(top + ASCENT)}, words["reported_by"])]
    right = 0.0
    for index, (key, name) in enumerate(zip(sides, names, strict=True)):
        x, row = (index % 2) * column, top + LEGEND_ROW * (1 + index // 2)
        colour = SIDE_COLOURS[key]
        swatches.append(
            f'<rect x="{x + 1}" y="{_px(row + 1)}" width="{SWATCH}" height="{SWATCH}" '
            f'fill="{colour}" stroke="{colour}"/>'
        )
        labels.append(element("text", {"x": x + indent, "y": _px(row + SWATCH)}, name))
        right = max(right, x + indent + _width(name))
    return _Drawn(
        concat(Html(f'<g stroke-width="1.5">{"".join(swatches)}</g>'), *labels),
        right=max(right, _width(words["reported_by"])) + PAD,
        bottom=top + LEGEND_ROW * (1 + (len(sides) + 1) // 2),
    )


def to_svg(fact: Fact, lang: str, name: str) -> Html:
    """Draw a fact's chart as a small, self-contained SVG image named `name` for assistive technology.

    Inside the <svg>, one group moves the origin to the plot's top left corner: x runs over the
    periods' bands, y down from the highest tick (0) to the lowest (HEIGHT). Every text inherits the
    font and `currentColor` from the <svg>; bars and swatches carry their side's colour."""
    chart_bars = bars_of(fact)
    labels = [axis_label(period, lang) for period in fact.periods]
    crowded = len(labels) > CROWDED
    if crowded:
        labels = [[" ".join(lines)] for lines in labels]
    plot_width = max(WIDTH, BAND_WIDTH * len(labels)) if crowded else WIDTH
    band = plot_width / len(labels)
    values = ticks(min(bar.value for bar in chart_bars), max(bar.value for bar in chart_bars))
    low, high = values[0], values[-1]

    def y(value: float) -> float:
        return HEIGHT * (high - value) / (high - low)

    periods = _draw_period_axis(labels, band, crowded)
    sides = [key for key in SIDE_COLOURS if any(bar.side == key for bar in chart_bars)]
    parts = [
        _draw_value_axis(values, lang, fact.unit.id, y, plot_width),
        _draw_bars(chart_bars, band, y),
        periods,
        _draw_legend(sides, lang, periods.bottom + LEGEND_GAP),
    ]
    left = math.ceil(-min(part.left for part in parts))
    width = left + math.ceil(max(part.right for part in parts))
    height = TOP + math.ceil(max(part.bottom for part in parts))
    svg = {
        "xmlns": "http://www.w3.org/2000/svg",
        "width": width,
        "height": height,
        "viewBox": f"0 0 {width} {height}",
        "class": "fs-chart-svg",
        "role": "img",
        "aria-label": name,
        "font-family": FONT,
        "font-size": f"{FONT_SIZE}px",
        "fill": "currentColor",
    }
    plot = element("g", {"transform": f"translate({left},{TOP})"}, *(part.markup for part in parts))
    return element("svg", svg, element("title", None, name), plot)


def accessible_name(fact: Fact, lang: str) -> str:
    words = CHART_WORDS[lang]
    periods = f"{format_period(fact.periods[0], lang)} – {format_period(fact.periods[-1], lang)}"
    return f"{words['chart']}: {fact.label[lang]}, {periods} ({words['in']} {AXIS_TITLES[lang][fact.unit.id]})"


class ChartMaker:
    """Draws charts for one build and remembers them by (fact id, language)."""

    def __init__(self) -> None:
        self._svgs: dict[tuple[str, str], Html] = {}

    def svg(self, fact: Fact, lang: str) -> Html:
        key = (fact.id, lang)
        if key not in self._svgs:
            self._svgs[key] = to_svg(fact, lang, accessible_name(fact, lang))
        return self._svgs[key]

    def figure(self, page: PageContext, fact: Fact) -> Html:
        """The chart as a figure: title, SVG, and the notes that say how to read it."""
        lang = page.lang
        caption = join(" ", (element("span", None, sentence) for sentence in notes(fact, lang)))
        return element(
            "figure",
            {"class": "fs-chart", "data-chart": fact.id},
            element("figcaption", {"class": "fs-chart-title"}, fact.label[lang]),
            self.svg(fact, lang),
            element("p", {"class": "fs-chart-notes"}, caption),
        )
