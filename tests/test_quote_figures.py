"""Does a quote hold the figure it backs (macros/data/quote_figures.py)? Digits with the usual
separators and scale words, and number words in English and Russian."""

import pytest

from macros.data.quote_figures import holds_figure, numbers_in
from macros.data.units import UNITS

HOLDS = [
    # quote, value, unit
    ("Last year, trade turnover increased by 13.6 percent to a record $4.1 billion.", 4.1, "usd_billion"),
    ("Last year, trade turnover increased by 13.6 percent to a record $4.1 billion.", 13.6, "percent"),
    ("товарооборот вырос на 13,6%, до рекордных 4,1 миллиарда", 4.1, "usd_billion"),
    ("Bilateral trade amounted to almost $500 million in 2011.", 0.5, "usd_billion"),
    ("Bilateral trade amounted to almost $500 million in 2011.", 500, "usd_million"),
    ("трудовых мигрантов — 408 448 человек", 408448, "count"),
    ("трудовых мигрантов — 408\u00a0448 человек", 408448, "count"),
    ("around 1,800 Russian companies", 1800, "count"),
    ("общей площадью 27,82 гектара", 27.82, "hectares"),
    ("$3.2bn in 2024", 3.2, "usd_billion"),
    ("Каждая из школ рассчитана на 1,2 тыс. учеников.", 1200, "count"),
    ("reached over 3 billion 160 million dollars", 3.16, "usd_billion"),
    ("профинансировав более трех с половиной тысячи проектов", 3500, "count"),
    ("signed seven bilateral documents", 7, "count"),
    ("и все семь областей Киргизии", 7, "count"),
    ("почти одна четверть всей внешней торговли", 25, "percent"),
    ("almost a quarter of all trade", 25, "percent"),
    ("one million migrants", 1_000_000, "count"),
    ("will reduce the level of state external debt to GDP by 3.8 percent", -3.8, "percentage_points"),
    ("двести школ", 200, "count"),
]

MISSES = [
    ("Last year, trade turnover increased by 13.6 percent to a record $4.1 billion.", 4.2, "usd_billion"),
    ("around 1,700 Russian companies", 1800, "count"),
    ("signed seven bilateral documents", 8, "count"),
    ("almost a quarter of all trade", 20, "percent"),
    ("reached over 3 billion 160 million dollars", 3.6, "usd_billion"),
]


@pytest.mark.parametrize(("quote", "value", "unit"), HOLDS)
def test_a_quote_holds_its_figure(quote, value, unit):
    assert holds_figure(quote, value, UNITS[unit])


@pytest.mark.parametrize(("quote", "value", "unit"), MISSES)
def test_a_quote_without_the_figure_does_not(quote, value, unit):
    assert not holds_figure(quote, value, UNITS[unit])


def test_a_separator_may_be_read_either_way():
    assert {1800.0, 1.8} <= numbers_in("1,800")
    assert 4.1 in numbers_in("4,1")
    assert numbers_in("in 2024 1,200 schools") >= {2024.0, 1200.0}
