"""The marks of a chart as SVG shapes: a colour and a shape per series, a hollow or ticked marker per qualifier.

`charts.py` draws each figure with `marker` and each span with `span_line`; the legend under the chart
(`chart_legend.py`) draws the same shapes as small keys, so the key and the mark cannot differ.
The markup holds numbers and this module's constants only, so it is written with f-strings.
"""

from __future__ import annotations

import math
from types import MappingProxyType

# Every colour reaches 3:1 against Material's white page and its dark slate page (#1e2129), so every
# mark stays visible in either palette (WCAG 1.4.11); tests/test_charts.py computes it. The Russian blue
# and the Kyrgyz orange differ in lightness as well as hue, and every series also has its own shape, so
# the series stay apart in greyscale, in print and for readers with a colour-vision deficiency.
SERIES_COLOURS = MappingProxyType(
    {
        "russia": "#3772c4",
        "kyrgyzstan": "#e07020",
        "international": "#2a9d5c",
        "estimate": "#9a5bc4",
        "other": "#0f8a8a",
        "publisher": "#767676",
    }
)
SERIES_SHAPES = MappingProxyType(
    {
        "russia": "circle",
        "kyrgyzstan": "square",
        "international": "triangle",
        "estimate": "diamond",
        "other": "hexagon",
        "publisher": "triangle_down",
    }
)
SIZE = 4  # a marker's radius, in pixels of the chart's drawing
HEDGE_TICK = 7  # how far a "more than" / "almost" tick reaches beyond the marker
STROKE = 1.5


def _px(value: float) -> str:
    """A coordinate to a tenth of a pixel, in as few characters as it takes."""
    value = round(value, 1)
    return str(int(value)) if value == int(value) else str(value)


def _polygon(cx: float, cy: float, corners: int, turn: float, radius: float) -> str:
    points = (
        f"{_px(cx + radius * math.sin(turn + 2 * math.pi * k / corners))},"
        f"{_px(cy - radius * math.cos(turn + 2 * math.pi * k / corners))}"
        for k in range(corners)
    )
    return f'<polygon points="{" ".join(points)}"'


def _shape(shape: str, cx: float, cy: float) -> str:
    """The opening of the shape's element, centred on (cx, cy), without its paint."""
    if shape == "circle":
        return f'<circle cx="{_px(cx)}" cy="{_px(cy)}" r="{SIZE}"'
    if shape == "square":
        side = SIZE * 1.7
        return f'<rect x="{_px(cx - side / 2)}" y="{_px(cy - side / 2)}" width="{_px(side)}" height="{_px(side)}"'
    corners, turn, radius = {
        "triangle": (3, 0.0, SIZE * 1.3),
        "triangle_down": (3, math.pi, SIZE * 1.3),
        "diamond": (4, 0.0, SIZE * 1.3),
        "hexagon": (6, 0.0, SIZE * 1.15),
    }[shape]
    return _polygon(cx, cy, corners, turn, radius)


def marker(series: str, hedge: str, cx: float, cy: float) -> str:
    """A figure's marker in its series' shape and colour: hollow for "about"; a tick up or down for
    "more than" / "almost" and their kin (a path of its own, after the marker)."""
    colour = SERIES_COLOURS[series]
    paint = (
        f'fill="none" class="fs-hollow" stroke="{colour}"' if hedge == "about" else f'fill="{colour}" stroke="{colour}"'
    )
    shape = f"{_shape(SERIES_SHAPES[series], cx, cy)} {paint}/>"
    if hedge not in ("up", "down"):
        return shape
    direction = -1 if hedge == "up" else 1
    edge = cy + direction * SIZE * 1.2
    tip = edge + direction * HEDGE_TICK
    barb = tip - direction * 3  # a small arrowhead, so the tick reads as a direction, not an error bar
    head = f"M{_px(cx - 3)},{_px(barb)}L{_px(cx)},{_px(tip)}L{_px(cx + 3)},{_px(barb)}"
    return shape + f'<path d="M{_px(cx)},{_px(edge)}V{_px(tip)}{head}" fill="none" stroke="{colour}"/>'


def span_line(series: str, x_start: float, x_end: float, cy: float) -> str:
    """The line over a span figure's period, with short upright ends so even a short span is seen."""
    colour = SERIES_COLOURS[series]
    ends = f"M{_px(x_start)},{_px(cy - 3)}v6"
    return f'<path d="M{_px(x_start)},{_px(cy)}H{_px(x_end)}{ends}" fill="none" stroke="{colour}"/>'
