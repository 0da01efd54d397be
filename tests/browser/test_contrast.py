"""The contrast maths the chart checks rely on, pinned to values WCAG's own examples give."""

import pytest

from .contrast import contrast_ratio, over, parse_colour

WHITE, BLACK = (255.0, 255.0, 255.0), (0.0, 0.0, 0.0)


@pytest.mark.parametrize(
    ("css", "expected"),
    [
        ("rgb(255, 255, 255)", (WHITE, 1.0)),
        ("rgba(0, 0, 0, 0.54)", (BLACK, 0.54)),
        ("rgb(30 33 41 / 50%)", ((30.0, 33.0, 41.0), 0.5)),
        ("transparent", (BLACK, 0.0)),
        ("none", (BLACK, 0.0)),
    ],
)
def test_computed_colours_are_read(css, expected):
    assert parse_colour(css) == expected


def test_an_unreadable_colour_is_an_error_not_a_guess():
    with pytest.raises(ValueError, match="cannot read the colour 'oklch"):
        parse_colour("oklch(0.5 0.1 200)")


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        (BLACK, WHITE, 21.0),
        (WHITE, WHITE, 1.0),
        ((119.0, 119.0, 119.0), WHITE, 4.48),  # #777 on white: just below the 4.5 that text needs
        ((118.0, 118.0, 118.0), WHITE, 4.54),
    ],
)
def test_contrast_ratio(first, second, expected):
    assert contrast_ratio(first, second) == pytest.approx(expected, abs=0.01)


def test_a_translucent_colour_is_composited_over_its_backdrop():
    assert over(BLACK, 0.5, WHITE) == (127.5, 127.5, 127.5)
    assert contrast_ratio(over(BLACK, 0.0, WHITE), WHITE) == 1.0
