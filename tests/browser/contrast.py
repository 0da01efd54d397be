"""WCAG 2 contrast between colours as the browser computes them (CSS `rgb()`/`rgba()` strings).

test_palette.py measures chart text and axes against what lies behind them; the maths lives here so
its own tests (test_contrast.py) can pin it to known values.
"""

from __future__ import annotations

import re

RGB = tuple[float, float, float]

# Chromium serialises computed colours as rgb(r, g, b) or rgba(r, g, b, a); CSS Color 4 syntax too.
_RGB_FUNCTION = re.compile(r"rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)")


def parse_colour(css: str) -> tuple[RGB, float]:
    """A computed CSS colour as ((red, green, blue) in 0..255, alpha in 0..1)."""
    if css.strip() in ("transparent", "none"):
        return (0.0, 0.0, 0.0), 0.0
    match = _RGB_FUNCTION.fullmatch(css.strip())
    if not match:
        raise ValueError(f"cannot read the colour {css!r}; expected rgb() or rgba() as Chromium computes it")
    red, green, blue, alpha = match.groups()
    if alpha is None:
        opacity = 1.0
    elif alpha.endswith("%"):
        opacity = float(alpha[:-1]) / 100
    else:
        opacity = float(alpha)
    return (float(red), float(green), float(blue)), opacity


def over(top: RGB, alpha: float, bottom: RGB) -> RGB:
    """`top` painted with `alpha` over an opaque `bottom` (source-over compositing)."""
    return tuple(alpha * t + (1 - alpha) * b for t, b in zip(top, bottom, strict=False))


def relative_luminance(rgb: RGB) -> float:
    def linear(channel: float) -> float:
        c = channel / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    red, green, blue = (linear(c) for c in rgb)
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast_ratio(first: RGB, second: RGB) -> float:
    """WCAG 2 contrast ratio, from 1 (same colour) to 21 (black on white)."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def format_rgb(rgb: RGB) -> str:
    return "#" + "".join(f"{round(c):02x}" for c in rgb)
