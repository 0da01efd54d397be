"""Charts of a fact's time series, drawn at build time as inline SVG in plain Python.

`pagemacros.py` asks a `ChartMaker` for the chart of a fact; the maker draws each (fact, language)
once per build and keeps the SVG, so a chart shown on two pages costs one drawing. No JavaScript
reaches the reader: the SVG is plain markup, and its text and axes use `currentColor`, so the page's
CSS colours it for the light and the dark palette alike. `to_svg` writes the markup itself (a bar
chart needs rectangles, lines and text, no chart library): well under a millisecond a chart.

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
from functools import lru_cache

from babel.dates import get_month_names
from babel.numbers import format_decimal

from macros.site.formatting import format_period
from macros.data.model import Fact, Observation
from macros.site.render import Page, esc

MIN_PERIODS = 3  # a fact with this many distinct periods is a time series and gets a chart
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
TICKS = 5  # about this many steps on the value axis
# Text is measured by estimate (no font metrics at build time): a digit of a 12px sans-serif is
# 6.7-7.6px wide, a letter on average less; the ascent is about three quarters of the size.
CHAR_WIDTH, ASCENT, LINE = 0.6 * FONT_SIZE, 9, 14  # LINE: from one line of a label to the next
TICK, PAD = 5, 2  # a tick mark's length; the space between a mark and its text
TOP, RIGHT = 8, 5  # margins above the highest tick label and right of the plot
LEGEND_GAP, LEGEND_ROW, SWATCH = 14, 16, 10  # above the legend; a row of it; a colour swatch's side

AXIS_TITLES = {
    "usd": {"en": "US dollars", "ru": "долл. США"},
    "usd_million": {"en": "million US dollars", "ru": "млн долл. США"},
    "usd_billion": {"en": "billion US dollars", "ru": "млрд долл. США"},
    "rub_million": {"en": "million roubles", "ru": "млн руб."},
    "rub_billion": {"en": "billion roubles", "ru": "млрд руб."},
    "percent": {"en": "per cent", "ru": "%"},
    "percentage_points": {"en": "percentage points", "ru": "п. п."},
    "count": {"en": "number", "ru": "количество"},
    "tonnes": {"en": "tonnes", "ru": "т"},
    "tonnes_thousand": {"en": "thousand tonnes", "ru": "тыс. т"},
    "tonnes_million": {"en": "million tonnes", "ru": "млн т"},
    "hectares": {"en": "hectares", "ru": "га"},
    "megawatts": {"en": "megawatts", "ru": "МВт"},
    "days": {"en": "days", "ru": "дни"},
    "years": {"en": "years", "ru": "годы"},
}

TEXT = {
    "en": {
        "reported_by": "Reported by",
        "sides": {"russia": "Russian side", "kyrgyzstan": "Kyrgyz side", "other": "Other body",
                  "publisher": "The publication (no speaker named)"},
        "chart": "Chart",
        "in": "in",
        "table_follows": "The same numbers, with their sources, are in the table below.",
        "other_spans": "Outlined, lighter bars cover a span other than one calendar year ({periods}); "
                       "they are not directly comparable with full-year figures.",
        "mixed_spans": "The periods under the bars differ in length; compare the bars with care.",
        "side_by_side": "Where sources give different figures for the same period, the bars stand side by "
                        "side, coloured by the side that reported them; the table names who.",
        "qualified": "Bars stop at the number stated; where a source says “about”, “more than” or the like, "
                     "the table gives its wording.",
        "planned": "These figures are targets or plans.",
    },
    "ru": {
        "reported_by": "Кто сообщил",
        "sides": {"russia": "Российская сторона", "kyrgyzstan": "Киргизская сторона", "other": "Другие",
                  "publisher": "Издание (без ссылки на кого-либо)"},
        "chart": "Диаграмма",
        "in": "ед. изм.:",
        "table_follows": "Те же числа с источниками приведены в таблице ниже.",
        "other_spans": "Контурные светлые столбцы относятся не к календарному году ({periods}); "
                       "их нельзя напрямую сравнивать с годовыми значениями.",
        "mixed_spans": "Периоды под столбцами разной длины; сравнивайте столбцы с осторожностью.",
        "side_by_side": "Если источники приводят разные значения за один период, столбцы стоят рядом, "
                        "цвет показывает, чья сторона сообщила значение; кто именно — в таблице.",
        "qualified": "Столбец доходит до названного числа; если источник пишет «около», «более» и т. п., "
                     "формулировка приведена в таблице.",
        "planned": "Это плановые или целевые значения.",
    },
}


def has_chart(fact: Fact) -> bool:
    """Whether a fact is a time series: three or more distinct periods."""
    return len(fact.periods) >= MIN_PERIODS


def side(observation: Observation) -> str:
    """Who reported a figure, for the legend: the speaker's side, else the publication itself."""
    return observation.stated_by.side if observation.stated_by is not None else "publisher"


@dataclass(frozen=True)
class Bar:
    band: int  # the period's position on the axis
    offset: int  # position among the bars of that period
    of: int  # how many bars share that period
    value: float
    side: str  # a key of SIDE_COLOURS
    other_span: bool  # drawn outlined: not a calendar year, in a chart that has calendar years
    qualified: bool


def span(period) -> tuple:
    """The kind and length of a period, e.g. ('month', 5) for January–May: equal spans compare."""
    first, last = period.first, period.last
    if period.precision == "year":
        return "year", last.year - first.year + 1
    if period.precision == "month":
        return "month", (last.year - first.year) * 12 + last.month - first.month + 1
    return "day", (last - first).days + 1


def other_spans(fact: Fact) -> list:
    """Periods that are not one calendar year, when the fact also has calendar-year figures."""
    years = [p for p in fact.periods if span(p) == ("year", 1)]
    return [p for p in fact.periods if p not in years] if years else []


def bars(fact: Fact) -> list[Bar]:
    """One bar per distinct report (value, qualifier) in each period, in the fact's period order."""
    out = []
    # Periods are keyed by their text, which names one period exactly and hashes far faster.
    outlined = {period.text for period in other_spans(fact)}
    by_period = {}  # period text -> {(value, qualifier): first observation that made it, in data order}
    for observation in fact.observations:
        by_period.setdefault(observation.period.text, {}).setdefault((observation.value, observation.qualifier),
                                                                     observation)
    for band, period in enumerate(fact.periods):
        reports = by_period[period.text]
        for offset, observation in enumerate(reports.values()):
            out.append(Bar(band, offset, len(reports), observation.value, side(observation),
                           period.text in outlined, observation.qualifier != "exact"))
    return out


def _month(month: int, lang: str) -> str:
    return get_month_names("abbreviated", context="stand-alone", locale=lang)[month]


def axis_label(period, lang: str) -> list[str]:
    """A period under its bar, in at most two short lines: ['2024'], ['Jan–May', '2025'], ['Feb', '2026']."""
    start, end = period.start, period.end
    if period.precision == "year":
        return [str(start.first.year) if end is None else f"{start.first.year}–{end.first.year}"]
    if period.precision == "month":
        if end is None:
            return [_month(start.first.month, lang), str(start.first.year)]
        if start.first.year == end.first.year:
            return [f"{_month(start.first.month, lang)}–{_month(end.first.month, lang)}", str(end.first.year)]
        return [f"{_month(start.first.month, lang)} {start.first.year}–",
                f"{_month(end.first.month, lang)} {end.first.year}"]
    head, _, year = format_period(period, lang).rpartition(" ")  # days: '26 November', '2025'
    return [head, year]


def ticks(low: float, high: float, count: int = TICKS) -> list:
    """Round values for the value axis, from zero (or below `low`) to `high` (or above): about `count`
    steps of 1, 2 or 5 × 10^n, e.g. 0, 1, 2, 3, 4, 5 for figures up to 4.1 (the steps d3 and Vega take)."""
    low, high = min(low, 0), max(high, 0)
    if low == high:
        high = 1
    raw = (high - low) / count
    exponent = math.floor(math.log10(raw))
    error = raw / 10 ** exponent
    mantissa = 10 if error >= math.sqrt(50) else 5 if error >= math.sqrt(10) else 2 if error >= math.sqrt(2) else 1
    if mantissa == 10:
        mantissa, exponent = 1, exponent + 1
    step = mantissa * 10 ** exponent  # an int when whole, so that labels read "1,000", not "1,000.0"
    digits = max(0, -exponent)
    # A tolerance for float division, so that 0.3 / 0.1 = 2.9999… adds no tick.
    first, last = math.floor(low / step + 1e-9), math.ceil(high / step - 1e-9)
    return [round(k * step, digits) if digits else k * step for k in range(first, last + 1)]


def _n(value: float) -> str:
    """A coordinate to a tenth of a pixel, in as few characters as it takes."""
    value = round(value, 1)
    return str(int(value)) if value == int(value) else str(value)


@lru_cache(maxsize=1024)
def _tick_label(value: float, lang: str) -> str:
    # The same round numbers label most charts; Babel looks the locale up again on every call.
    return format_decimal(value, locale=lang)


def _width(text: str) -> float:
    return len(text) * CHAR_WIDTH


@dataclass
class _Part:
    """Some markup of a chart and how far it reaches from the plot's top left corner."""
    markup: str
    left: float = 0.0  # the least x it reaches (negative: left of the plot)
    right: float = 0.0
    bottom: float = 0.0


def _value_axis(values: list, lang: str, unit: str, y, plot_width: float) -> _Part:
    """Grid lines, tick marks and labels of the value axis, and its title turned upright along it."""
    labels = [_tick_label(value, lang) for value in values]
    title_x = -(TICK + PAD + max(map(_width, labels)) + PAD)  # the turned title's baseline
    lines = [round(y(value)) + 0.5 for value in values]  # on the pixel grid, so that 1px lines stay sharp
    grid = "".join(f"M0,{_n(line)}h{_n(plot_width)}" for line in lines)
    marks = "".join(f"M-{TICK},{_n(line)}h{TICK}" for line in lines)
    texts = "".join(f'<text x="{-(TICK + PAD)}" y="{_n(y(value) + ASCENT / 2)}">{esc(label)}</text>'
                    for value, label in zip(values, labels))
    # The role-* class names are Vega's; tests/browser/test_palette.py measures the parts they name against
    # what lies behind each one's centre, so each axis line is a path of its own (the bars come later, on top).
    return _Part(f'<g stroke="currentColor" fill="none"><path stroke-opacity="0.2" d="{grid}"/>'
                 f'<g class="role-axis-tick"><path d="{marks}"/></g><g class="role-axis-domain">'
                 f'<path d="M0.5,0V{_n(HEIGHT + 0.5)}"/><path d="M0,{_n(HEIGHT + 0.5)}H{_n(plot_width)}"/></g></g>'
                 f'<g text-anchor="end">{texts}</g>'
                 f'<text transform="rotate(-90)" x="{_n(-HEIGHT / 2)}" y="{_n(title_x)}" text-anchor="middle">'
                 f"{esc(AXIS_TITLES[unit][lang])}</text>",
                 left=title_x - ASCENT - 2 * PAD, right=plot_width + RIGHT, bottom=HEIGHT)


def _bars(chart_bars: list[Bar], band: float, y) -> _Part:
    """A rectangle from zero to each figure, in its period's band; outlined and lighter for another span."""
    dash = ",".join(map(str, OTHER_SPAN_DASH))
    rects = []
    for bar in chart_bars:
        x = (bar.band + (1 - BAR_SHARE) / 2 + bar.offset * BAR_SHARE / bar.of) * band
        width = BAR_SHARE / bar.of * band
        if bar.of > 1:  # a small gap keeps two bars of one colour from reading as one
            x, width = x + BAR_GAP * band / 2, width - BAR_GAP * band
        top, bottom = sorted((y(bar.value), y(0)))
        colour = SIDE_COLOURS[bar.side]
        outline = f' fill-opacity="{OTHER_SPAN_OPACITY}" stroke-dasharray="{dash}"' if bar.other_span else ""
        rects.append(f'<rect x="{_n(x)}" y="{_n(top)}" width="{_n(width)}" height="{_n(bottom - top)}" '
                     f'fill="{colour}" stroke="{colour}"{outline}/>')
    return _Part(f'<g class="role-mark" stroke-width="1.5">{"".join(rects)}</g>')


def _period_axis(labels: list[list[str]], band: float, crowded: bool) -> _Part:
    """Each period's label under its band: one or two centred lines, or one slanted line when crowded."""
    texts, left, right, bottom = [], 0.0, 0.0, HEIGHT
    top = HEIGHT + TICK + PAD  # labels start this far down, where the value axis has its tick marks
    next_line = f' dy="{LINE}"'
    cos, sin = math.cos(math.radians(SLANT)), math.sin(math.radians(SLANT))
    for index, lines in enumerate(labels):
        centre = (index + 0.5) * band
        width = max(map(_width, lines))
        if crowded:  # the label's end hangs from under the band's centre, turned up by SLANT
            texts.append(f'<text x="{_n(centre)}" y="{top + ASCENT}" '
                         f'transform="rotate(-{SLANT} {_n(centre)} {top})">{esc(lines[0])}</text>')
            left = min(left, centre - width * cos)
            bottom = max(bottom, top + width * sin + FONT_SIZE * cos)
            continue
        if len(lines) == 1:
            texts.append(f'<text x="{_n(centre)}" y="{top + ASCENT}">{esc(lines[0])}</text>')
        else:
            spans = "".join(f'<tspan x="{_n(centre)}"{next_line if i else ""}>{esc(line)}</tspan>'
                            for i, line in enumerate(lines))
            texts.append(f'<text y="{top + ASCENT}">{spans}</text>')
        left, right = min(left, centre - width / 2), max(right, centre + width / 2)
        bottom = max(bottom, top + FONT_SIZE + LINE * (len(lines) - 1))
    anchor = "end" if crowded else "middle"
    return _Part(f'<g text-anchor="{anchor}">{"".join(texts)}</g>', left - PAD, right + PAD, bottom)


def _legend(sides: list[str], lang: str, top: float) -> _Part:
    """Who reported the bars: a title, then a swatch and a name per side, two to a row."""
    text = TEXT[lang]
    names = [text["sides"][key] for key in sides]
    indent = SWATCH + 3 * PAD  # from a swatch's left to its name
    beside = names[:len(names) // 2 * 2:2]  # the first names of rows that have two
    column = max(WIDTH // 2, math.ceil(indent + max(map(_width, beside), default=0) + 2 * SWATCH))  # the second's x
    swatches, labels, right = [], [f'<text y="{_n(top + ASCENT)}">{esc(text["reported_by"])}</text>'], 0.0
    for index, (key, name) in enumerate(zip(sides, names)):
        x, row = (index % 2) * column, top + LEGEND_ROW * (1 + index // 2)
        colour = SIDE_COLOURS[key]
        swatches.append(f'<rect x="{x + 1}" y="{_n(row + 1)}" width="{SWATCH}" height="{SWATCH}" '
                        f'fill="{colour}" stroke="{colour}"/>')
        labels.append(f'<text x="{x + indent}" y="{_n(row + SWATCH)}">{esc(name)}</text>')
        right = max(right, x + indent + _width(name))
    return _Part(f'<g stroke-width="1.5">{"".join(swatches)}</g>{"".join(labels)}',
                 right=max(right, _width(text["reported_by"])) + PAD,
                 bottom=top + LEGEND_ROW * (1 + (len(sides) + 1) // 2))


def to_svg(fact: Fact, lang: str, name: str) -> str:
    """Draw a fact's chart as a small, self-contained SVG image named `name` for assistive technology.

    Inside the <svg>, one group moves the origin to the plot's top left corner: x runs over the
    periods' bands, y down from the highest tick (0) to the lowest (HEIGHT). Every text inherits the
    font and `currentColor` from the <svg>; bars and swatches carry their side's colour."""
    chart_bars = bars(fact)
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

    periods = _period_axis(labels, band, crowded)
    sides = [key for key in SIDE_COLOURS if any(bar.side == key for bar in chart_bars)]
    parts = [_value_axis(values, lang, fact.unit.id, y, plot_width), _bars(chart_bars, band, y), periods,
             _legend(sides, lang, periods.bottom + LEGEND_GAP)]
    left = math.ceil(-min(part.left for part in parts))
    width = left + math.ceil(max(part.right for part in parts))
    height = TOP + math.ceil(max(part.bottom for part in parts))
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
            f'class="fs-chart-svg" role="img" aria-label="{esc(name)}" font-family="{FONT}" font-size="{FONT_SIZE}px" '
            f'fill="currentColor"><title>{esc(name)}</title><g transform="translate({left},{TOP})">'
            f'{"".join(part.markup for part in parts)}</g></svg>')


def notes(fact: Fact, lang: str) -> list[str]:
    """What a reader needs to read the chart honestly, as sentences."""
    text = TEXT[lang]
    chart_bars = bars(fact)
    out = []
    others = other_spans(fact)
    if others:
        out.append(text["other_spans"].format(periods=", ".join(format_period(p, lang) for p in others)))
    elif len({span(p) for p in fact.periods}) > 1:
        out.append(text["mixed_spans"])
    if any(bar.of > 1 for bar in chart_bars):
        out.append(text["side_by_side"])
    if any(bar.qualified for bar in chart_bars):
        out.append(text["qualified"])
    if fact.planned:
        out.append(text["planned"])
    out.append(text["table_follows"])
    return out


def accessible_name(fact: Fact, lang: str) -> str:
    first, last = fact.periods[0], fact.periods[-1]
    span = f"{format_period(first, lang)} – {format_period(last, lang)}"
    return f"{TEXT[lang]['chart']}: {fact.label[lang]}, {span} ({TEXT[lang]['in']} {AXIS_TITLES[fact.unit.id][lang]})"


class ChartMaker:
    """Draws charts for one build and remembers them by (fact id, language)."""

    def __init__(self):
        self._svgs: dict[tuple[str, str], str] = {}

    def svg(self, fact: Fact, lang: str) -> str:
        key = (fact.id, lang)
        if key not in self._svgs:
            self._svgs[key] = to_svg(fact, lang, accessible_name(fact, lang))
        return self._svgs[key]

    def figure(self, page: Page, fact: Fact) -> str:
        """The chart as a figure: title, SVG, and the notes that say how to read it."""
        lang = page.lang
        caption = "".join(f"<span>{esc(sentence)}</span> " for sentence in notes(fact, lang)).strip()
        return (f'<figure class="fs-chart" data-chart="{esc(fact.id)}">'
                f'<figcaption class="fs-chart-title">{esc(fact.label[lang])}</figcaption>'
                f"{self.svg(fact, lang)}"
                f'<p class="fs-chart-notes">{caption}</p></figure>')
