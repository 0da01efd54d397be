"""The legend under a chart, in HTML: every encoding the chart uses, each with the shape it is drawn with.

`charts.py` puts it under the SVG. It lists the series (whose figures), the qualifiers drawn (hollow,
tick up, tick down), the line of a figure for a span other than a year, and the numbered events, and
only those the chart shows. Being HTML, it wraps on a phone and reads as text to a screen reader; the
small keys beside each line are decorative SVG (aria-hidden), drawn by `chart_shapes.py` like the marks.
"""

from __future__ import annotations

from collections.abc import Sequence

from macros.data.model import Event
from macros.site.chart_series import Mark, hedges_present, series_present
from macros.site.chart_shapes import STROKE, marker, span_line
from macros.site.chart_text import CHART_WORDS
from macros.site.formatting import format_period
from macros.site.html import EMPTY, Html, element

KEY_HEIGHT = 24  # room for a marker and its tick above or below


def series_name(key: str, lang: str) -> str:
    """Whose figures a series holds, in a few words: 'Russian figures', 'Киргизские данные'."""
    return str(CHART_WORDS[lang]["series"][key])


def _key(markup: str, width: int) -> Html:
    """A small decorative drawing in front of a legend line, centred on its line."""
    return Html(
        f'<svg class="fs-chart-key" aria-hidden="true" width="{width}" height="{KEY_HEIGHT}" '
        f'viewBox="0 0 {width} {KEY_HEIGHT}" stroke-width="{STROKE}">{markup}</svg>'
    )


def _item(key: Html, text: object) -> Html:
    return element("li", None, key, element("span", None, text))


def legend(marks: list[Mark], events: Sequence[Event], lang: str) -> Html:
    """The legend as a list; empty parts are left out."""
    words = CHART_WORDS[lang]
    series = series_present(marks)
    middle = KEY_HEIGHT / 2
    items = [_item(_key(marker(key, "exact", 8, middle), 16), series_name(key, lang)) for key in series]
    items += [
        _item(_key(marker(series[0], hedge, 8, middle), 16), words["hedges"][hedge]) for hedge in hedges_present(marks)
    ]
    if any(mark.span for mark in marks):
        drawing = span_line(series[0], 2, 24, middle) + marker(series[0], "exact", 24, middle)
        items.append(_item(_key(drawing, 30), words["span"]))
    for number, event in enumerate(events, start=1):
        number_key = element("span", {"class": "fs-chart-event-key"}, str(number))  # as above the plot
        text = f"{format_period(event.date, lang)}: {event.title[lang]}"
        items.append(element("li", None, number_key, element("span", None, text)))
    return element("ul", {"class": "fs-chart-legend"}, *items) if items else EMPTY
