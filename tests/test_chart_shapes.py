"""The marks' colours and shapes (macros/site/chart_shapes.py): each series visible on both pages, told apart
by shape as well as colour. Contrast is computed as WCAG 2 defines it (tests/browser/contrast.py)."""

import colorsys

from browser.contrast import contrast_ratio

from macros.site import chart_series
from macros.site.chart_shapes import SERIES_COLOURS, SERIES_SHAPES, marker

WHITE = (255.0, 255.0, 255.0)  # Material's light page
SLATE = tuple(255 * c for c in colorsys.hls_to_rgb(225 / 360, 0.14, 0.15))  # its dark page, hsl(225 15% 14%)


def test_series_differ_in_shape_and_each_colour_shows_on_both_pages():
    assert len(set(SERIES_SHAPES.values())) == len(chart_series.SERIES)
    for key, colour in SERIES_COLOURS.items():
        rgb = tuple(int(colour[i : i + 2], 16) for i in (1, 3, 5))
        assert contrast_ratio(rgb, WHITE) >= 3, key
        assert contrast_ratio(rgb, SLATE) >= 3, key
    russian, kyrgyz = (
        tuple(int(SERIES_COLOURS[k][i : i + 2], 16) for i in (1, 3, 5)) for k in ("russia", "kyrgyzstan")
    )
    assert contrast_ratio(russian, kyrgyz) >= 1.4  # apart in greyscale too


def test_a_hedged_marker_is_hollow_or_carries_a_tick_the_right_way():
    assert 'fill="none"' in marker("russia", "about", 10, 10)
    assert "<path" not in marker("russia", "about", 10, 10)
    assert "V" in marker("kyrgyzstan", "up", 10, 20).split("<path")[1]
    up = float(marker("kyrgyzstan", "up", 10, 20).split('d="M10,')[1].split("V")[1].split("M")[0])
    down = float(marker("kyrgyzstan", "down", 10, 20).split('d="M10,')[1].split("V")[1].split("M")[0])
    assert up < 20 < down
