"""Charts of a fact's time series, rendered at build time to inline SVG (Vega-Lite through vl-convert).

`pagemacros.py` asks a `ChartMaker` for the chart of a fact; the maker renders each (fact, language)
once per build and keeps the SVG, so a chart shown on two pages costs one rendering. No JavaScript
reaches the reader: the SVG is plain markup, and its text and axes use `currentColor`, so the page's
CSS colours it for the light and the dark palette alike.

What a chart shows, and why:
- one bar per distinct report (value and qualifier) for each period, in the order of the fact's
  periods (the order of the table under it). Reports that differ for the same period stand side by
  side, coloured by who reported them (the speaker, else the publisher);
- a figure for one calendar year is a solid bar; any other span (part of a year such as
  January–May 2025, a school year, a month or a day) is an outlined, lighter bar, and the caption
  names those periods, because a part-year flow is not comparable with a full year;
- bars stop at the stated number; "about" or "more than" is in the table, and the caption says so.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass

import vl_convert
from babel.dates import get_month_names

from .formatting import format_period
from .model import Fact, Observation
from .render import Page, esc

MIN_PERIODS = 3  # a fact with this many distinct periods is a time series and gets a chart
# Mid-tone colours with a contrast of at least 3.5:1 both on white and on Material's slate
# background, so every bar stays visible in either palette (WCAG 1.4.11 asks for 3:1).
# Bars are coloured by the side that reported them, the same colour on every chart: blue and orange
# stay apart for readers with a colour-vision deficiency.
SIDE_COLOURS = {"russia": "#3a7dc9", "kyrgyzstan": "#c2610c", "other": "#8c6bb1", "publisher": "#7a7a7a"}
OTHER_SPAN_OPACITY = 0.35
OTHER_SPAN_DASH = [4, 2]
WIDTH, HEIGHT = 460, 220
FONT, FONT_SIZE = "sans-serif", 12  # every text of a chart
CROWDED = 7  # more periods than this: one slanted line per period label, and a wider chart
BAND_WIDTH = 40  # pixels per period in a crowded chart
D3_LOCALES = {"en": "en-US", "ru": "ru-RU"}

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
    outlined = set(other_spans(fact))
    for band, period in enumerate(fact.periods):
        reports = {}  # (value, qualifier) -> first observation that made it, in data order
        for observation in fact.observations:
            if observation.period == period:
                reports.setdefault((observation.value, observation.qualifier), observation)
        for offset, observation in enumerate(reports.values()):
            out.append(Bar(band, offset, len(reports), observation.value, side(observation),
                           period in outlined, observation.qualifier != "exact"))
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


def spec(fact: Fact, lang: str) -> dict:
    """The Vega-Lite specification of a fact's chart."""
    chart_bars = bars(fact)
    width = 0.72  # of a period's band; the rest is the gap between periods
    values = []
    for bar in chart_bars:
        left = bar.band - width / 2 + bar.offset * width / bar.of
        gap = 0.04 if bar.of > 1 else 0  # keeps two bars of one colour from reading as one
        values.append({
            "x": round(left + gap / 2, 4), "x2": round(left + width / bar.of - gap / 2, 4), "value": bar.value,
            "reported_by": TEXT[lang]["sides"][bar.side],
            "fill_opacity": OTHER_SPAN_OPACITY if bar.other_span else 1,
            "dash": OTHER_SPAN_DASH if bar.other_span else [],
        })
    sides = [key for key in SIDE_COLOURS if any(bar.side == key for bar in chart_bars)]
    colours = {"domain": [TEXT[lang]["sides"][key] for key in sides], "range": [SIDE_COLOURS[key] for key in sides]}
    labels = [axis_label(period, lang) for period in fact.periods]
    crowded = len(labels) > CROWDED
    if crowded:
        labels = [" ".join(lines) for lines in labels]
    return {
        "$schema": "https://vega.github.io/schema/vega-lite/v5.json",
        "width": max(WIDTH, BAND_WIDTH * len(labels)) if crowded else WIDTH, "height": HEIGHT, "background": None,
        "data": {"values": values},
        "mark": {"type": "rect", "strokeWidth": 1.5},
        "encoding": {
            "x": {"field": "x", "type": "quantitative", "title": None,
                  "scale": {"domain": [-0.5, len(labels) - 0.5], "nice": False, "zero": False},
                  "axis": {"values": list(range(len(labels))), "grid": False, "ticks": False,
                           # Vega draws a list of strings as lines; the lookup keeps the period order.
                           "labelExpr": f"{json.dumps(labels, ensure_ascii=False)}[datum.value]",
                           "labelOverlap": False, "labelPadding": 6,
                           **({"labelAngle": -40, "labelAlign": "right", "labelBaseline": "top"} if crowded
                              else {"labelAngle": 0})}},
            "x2": {"field": "x2"},
            "y": {"field": "value", "type": "quantitative", "title": AXIS_TITLES[fact.unit.id][lang],
                  "scale": {"zero": True}, "axis": {"format": ",~f", "tickCount": 5}},
            "y2": {"datum": 0},
            "color": {"field": "reported_by", "type": "nominal", "sort": None,
                      "title": TEXT[lang]["reported_by"],
                      "scale": colours, "legend": {"orient": "bottom", "direction": "horizontal",
                                                   "columns": 2, "labelLimit": WIDTH // 2}},
            "stroke": {"field": "reported_by", "type": "nominal", "sort": None, "legend": None,
                       "scale": colours},
            "fillOpacity": {"field": "fill_opacity", "type": "quantitative", "scale": None},
            "strokeDash": {"field": "dash", "type": "nominal", "scale": None},
        },
        "config": {
            "aria": False,  # the SVG is one image with a name; the numbers are in the table
            "view": {"stroke": None},
            "font": FONT,
            "axis": {"labelColor": "currentColor", "titleColor": "currentColor", "domainColor": "currentColor",
                     "tickColor": "currentColor", "gridColor": "currentColor", "gridOpacity": 0.2,
                     "labelFontSize": FONT_SIZE, "titleFontSize": FONT_SIZE, "titleFontWeight": "normal"},
            "legend": {"labelColor": "currentColor", "titleColor": "currentColor", "labelFontSize": FONT_SIZE,
                       "titleFontSize": FONT_SIZE, "titleFontWeight": "normal"},
        },
    }


_NUMBER = re.compile(r"-?\d+\.\d{2,}")
# What Vega writes that changes nothing on screen: ARIA roles inside an image that has its own name,
# class names, defaults (opacity 1, a 1px stroke, a zero offset), and empty background shapes.
_NOISE = re.compile(r' (?:role|aria-roledescription|aria-hidden|pointer-events|class)="[^"]*"'
                    r'| opacity="1"| stroke-width="1"| stroke-miterlimit="10"| y2="0"| transform="translate\(0,0\)"')
# Once the classes are gone, the backgrounds Vega draws with neither fill nor stroke stand bare.
_EMPTY_SHAPE = re.compile(r'<path d="M0,0h[\d.]+v[\d.]+h-?[\d.]+Z"/>|<path d="" display="none"/>')
# Every text has the same font; it is set once on the <svg> and inherited.
_FONT = re.compile(rf' font-family="{FONT}" font-size="{FONT_SIZE}px"')


def to_svg(chart_spec: dict, lang: str, name: str) -> str:
    """Render a spec to a small, self-contained SVG image named `name` for assistive technology."""
    svg = vl_convert.vegalite_to_svg(chart_spec, allowed_base_urls=[], format_locale=D3_LOCALES[lang])
    svg = _NUMBER.sub(lambda m: f"{float(m.group(0)):.1f}", svg)  # sub-pixel digits only add bytes
    svg = _EMPTY_SHAPE.sub("", _FONT.sub("", _NOISE.sub("", svg)))
    head_end = svg.index(">") + 1
    head = re.sub(r'\s(?:version|xmlns:xlink)="[^"]*"', "", svg[:head_end])
    head = head[:-1] + (f' class="fs-chart-svg" role="img" aria-label="{esc(name)}" font-family="{FONT}" '
                        f'font-size="{FONT_SIZE}px">')
    return head + f"<title>{esc(name)}</title>" + svg[head_end:]


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
    """Renders charts for one build and remembers them by (fact id, language)."""

    def __init__(self):
        self._svgs: dict[tuple[str, str], str] = {}

    def svg(self, fact: Fact, lang: str) -> str:
        key = (fact.id, lang)
        if key not in self._svgs:
            self._svgs[key] = to_svg(spec(fact, lang), lang, accessible_name(fact, lang))
        return self._svgs[key]

    def figure(self, page: Page, fact: Fact) -> str:
        """The chart as a figure: title, SVG, and the notes that say how to read it."""
        lang = page.lang
        caption = "".join(f"<span>{esc(sentence)}</span> " for sentence in notes(fact, lang)).strip()
        return (f'<figure class="fs-chart" data-chart="{esc(fact.id)}">'
                f'<figcaption class="fs-chart-title">{esc(fact.label[lang])}</figcaption>'
                f"{self.svg(fact, lang)}"
                f'<p class="fs-chart-notes">{caption}</p></figure>')
