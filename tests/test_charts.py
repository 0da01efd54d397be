"""Charts: which facts get one, where each figure sits in time, how it is drawn, and what a reader receives.

The fixture project `charts` has a series with a disputed year (a Russian and a Kyrgyz figure for
2023, one of them "about") and a part-year figure (January–May 2024), a series of month figures (one
"more than"), and a fact with two periods only. The real data gives the turnover chart the issue
measures (2011 to 2025, with the EAEU accession marked) and the cases no fixture needs to copy. The
last test reads the real built site.
"""

import dataclasses
import datetime as dt
import html
import re
import xml.etree.ElementTree as ET

import pytest
from conftest import FIXTURE_TODAY, FIXTURES, ROOT, read_page

from macros.data.periods import Period
from macros.data.units import UNITS
from macros.site import chart_axes, chart_series, charts
from macros.site.html import PageContext
from macros.site.project import load_project

SVG = "{http://www.w3.org/2000/svg}"
PHONE_COLUMN = 358  # Material's text column on a 390 px phone: 390 less 16 px of margin each side
RU = PageContext(lang="ru", url="ru/trade/", language_prefix="ru/")


@pytest.fixture(scope="module")
def dataset():
    return load_project(FIXTURES / "charts", FIXTURE_TODAY)


@pytest.fixture(scope="module")
def real():
    return load_project(ROOT)


@pytest.fixture
def maker():
    return charts.ChartMaker()


def svg_of(figure_html: str) -> ET.Element:
    svg = re.search(r"<svg.*?</svg>", figure_html, re.S).group(0)  # the chart; the legend's keys come after
    return ET.fromstring(svg)


def texts_of(svg: ET.Element) -> list[str]:
    return [t.text for t in svg.iter(SVG + "text") if t.text] + [t.text for t in svg.iter(SVG + "tspan")]


def mark_group(svg: ET.Element) -> ET.Element:
    return next(g for g in svg.iter(SVG + "g") if g.get("class") == "role-mark")


def centre(shape: ET.Element) -> tuple[float, float]:
    """The centre of a marker, whatever its shape."""
    if shape.tag == SVG + "circle":
        return float(shape.get("cx")), float(shape.get("cy"))
    if shape.tag == SVG + "rect":
        return float(shape.get("x")) + float(shape.get("width")) / 2, float(shape.get("y")) + float(
            shape.get("height")
        ) / 2
    points = [tuple(map(float, p.split(","))) for p in shape.get("points").split()]
    return sum(x for x, _ in points) / len(points), sum(y for _, y in points) / len(points)


def time_scale(svg: ET.Element):
    """The time scale the drawing's year labels stand on (they stand evenly, or this fails): year -> x."""
    years = next(g for g in svg.iter(SVG + "g") if g.get("class") == "fs-chart-years")
    labels = sorted((int(t.text), float(t.get("x"))) for t in years)
    (first_year, first_x), (last_year, last_x) = labels[0], labels[-1]

    def x(year: float) -> float:
        return first_x + (year - first_year) * (last_x - first_x) / (last_year - first_year)

    assert [round(x(year), 1) for year, _ in labels] == [round(at, 1) for _, at in labels]
    return x


def markers(svg: ET.Element) -> list[ET.Element]:
    return [shape for shape in mark_group(svg) if shape.tag != SVG + "path"]


# Which facts get a chart


@pytest.mark.parametrize(
    ("fact_id", "expected"),
    [
        ("trade.turnover", True),  # 2022, 2023, 2024 (and part of 2024)
        ("trade.students", True),  # April 2021, October 2023, February 2025
        ("trade.base_rent", False),  # two years: the table is enough
    ],
)
def test_a_fact_with_three_distinct_years_gets_a_chart(dataset, fact_id, expected):
    assert chart_series.has_chart(dataset.facts[fact_id]) is expected


def test_three_periods_in_two_years_are_not_a_series(dataset):
    fact = dataset.facts["trade.students"]
    squeezed = [
        dataclasses.replace(o, period=Period.parse(text))
        for o, text in zip(fact.observations, ("2023", "2025-01/2025-06", "2025-11"), strict=True)
    ]
    assert not chart_series.has_chart(dataclasses.replace(fact, observations=tuple(squeezed)))


def test_a_contract_term_is_never_charted(dataset, real):
    term = dataclasses.replace(dataset.facts["trade.turnover"], unit=UNITS["years"])
    assert not chart_series.has_chart(term)
    assert len(chart_series.chart_years(real.facts["security.base_lease_extension"])) >= 3
    assert not chart_series.has_chart(real.facts["security.base_lease_extension"])  # 25, 5 and 5 years


def test_undated_figures_never_enter_a_chart(real):
    fact = real.facts["trade.turnover"]
    assert any(o.period.is_undated for o in fact.observations)  # Vakunov's "last year", year unknown
    assert min(mark.start for mark in chart_series.marks_of(fact)) == 2011


# Time


def test_x_is_linear_in_time_on_the_turnover_chart(real):
    """The issue's test, measured on the drawing: seven years from 2011 to 2018 are seven times the width
    of 2022 to 2023, and each lone full-year figure sits at the middle of its year."""
    fact = real.facts["trade.turnover"]
    svg = svg_of(charts.ChartMaker(real.events).figure(PageContext(), fact))
    x = time_scale(svg)
    assert (x(2018) - x(2011)) / (x(2023) - x(2022)) == pytest.approx(7, abs=0.1)
    marks = chart_series.marks_of(fact)
    lone = [
        round(m.at - 0.5)
        for m in marks
        if not m.span and sum(round(n.at - 0.5) == round(m.at - 0.5) for n in marks) == 1
    ]
    assert {2011, 2018, 2023} <= set(lone)
    drawn = [centre(shape)[0] for shape in markers(svg)]
    at = {year: min(drawn, key=lambda d, year=year: abs(d - x(year + 0.5))) for year in (2011, 2018, 2023)}
    assert all(abs(at[year] - x(year + 0.5)) < 0.2 for year in at)
    assert (at[2018] - at[2011]) / (at[2023] - at[2018]) == pytest.approx(7 / 5, abs=0.02)


def test_a_full_year_sits_at_mid_year_and_a_part_year_at_its_end_with_a_line_back(dataset):
    marks = chart_series.marks_of(dataset.facts["trade.turnover"])
    part = next(m for m in marks if m.span)
    assert (part.start, round(part.at, 3)) == (
        2024.0,
        round(chart_axes.year_fraction(dt.date(2024, 6, 1)), 3),  # the day after 31 May
    )
    assert {m.at for m in marks if not m.span} == {2022.5, 2023.5, 2024.5}


def test_every_chart_keeps_to_six_ticks_and_turns_no_text(real):
    maker = charts.ChartMaker(real.events)
    for fact in (f for f in real.facts.values() if chart_series.has_chart(f)):
        for page in (PageContext(), RU):
            svg = svg_of(maker.figure(page, fact))
            years = next(g for g in svg.iter(SVG + "g") if g.get("class") == "fs-chart-years")
            assert 2 <= len(list(years)) <= 6, fact.id
            assert not [e for e in svg.iter() if "rotate" in (e.get("transform") or "")], fact.id


# Legibility: text at 12 px or more on a phone


def test_chart_text_renders_at_12px_or_more_in_a_phone_column(real):
    """All text is 12 px in the drawing, and the drawing is narrower than the column that shows it."""
    maker = charts.ChartMaker(real.events)
    for fact in (f for f in real.facts.values() if chart_series.has_chart(f)):
        svg = svg_of(maker.figure(RU, fact))
        width = float(svg.get("viewBox").split()[2])
        assert float(svg.get("font-size").removesuffix("px")) * PHONE_COLUMN / width >= 12, fact.id
        assert not [e for e in svg.iter() if e.get("font-size") and e is not svg], fact.id
    css = (ROOT / "docs/assets/stylesheets/factsheet.css").read_text(encoding="utf-8")
    assert re.search(r"\.fs-chart-svg \{[^}]*width: 100%", css)  # drawn to the column's width


def test_the_title_gives_the_span_and_the_unit_in_both_languages(real, maker):
    fact = real.facts["trade.turnover"]
    assert charts.chart_title(fact, "en") == "Bilateral trade turnover, 2011–2025, billion US dollars"
    assert charts.chart_title(fact, "ru") == "Взаимный товарооборот, 2011–2025, млрд долларов"
    figure = maker.figure(PageContext(), fact)
    assert (
        '<figcaption class="fs-chart-title">Bilateral trade turnover, 2011–2025, billion US dollars</figcaption>'
        in figure
    )


# Series, qualifiers, colours


def test_a_series_is_whose_statistics_else_the_speakers_side(dataset, real):
    by_side = {
        o.stated_by.side: chart_series.series_of(o) for o in dataset.facts["trade.turnover"].observations if o.stated_by
    }
    assert by_side == {"russia": "russia", "kyrgyzstan": "kyrgyzstan"}
    assert chart_series.series_of(dataset.facts["trade.turnover"].observations[3]) == "publisher"  # no speaker
    # Ambassador Vakunov (Russian side) quoting the Kyrgyz statistics committee: a Kyrgyz figure.
    quoted = [
        o
        for o in real.facts["trade.turnover"].observations
        if o.basis == "kyrgyz_official" and o.stated_by and o.stated_by.side == "russia"
    ]
    assert quoted
    assert {chart_series.series_of(o) for o in quoted} == {"kyrgyzstan"}


def test_qualifiers_are_drawn_and_explained(dataset, maker):
    turnover = maker.figure(PageContext(), dataset.facts["trade.turnover"])
    hollow = [s for s in markers(svg_of(turnover)) if s.get("class") == "fs-hollow"]
    assert len(hollow) == 1  # 2023: "about" 2.9
    assert hollow[0].get("fill") == "none"
    assert "“about”: hollow marker" in turnover
    students = maker.figure(PageContext(), dataset.facts["trade.students"])
    ticks = [p for p in mark_group(svg_of(students)) if p.tag == SVG + "path"]
    [tick] = ticks  # 2023: "more than 15,000"
    start, end = (float(v) for v in re.match(r"M[\d.]+,([\d.]+)V([\d.]+)", tick.get("d")).groups())
    assert end < start  # up
    assert "“more than”, “at least”: tick up" in students
    assert "hollow" not in students


def test_no_mark_is_see_through(real):
    maker = charts.ChartMaker(real.events)
    for fact in (f for f in real.facts.values() if chart_series.has_chart(f)):
        figure = maker.figure(PageContext(), fact)
        assert "opacity" not in mark_group(svg_of(figure)).attrib
        assert not [e for e in mark_group(svg_of(figure)) if e.get("fill-opacity") or e.get("stroke-opacity")]


def test_each_series_is_named_beside_the_plot_and_in_the_legend(dataset, maker):
    figure = maker.figure(PageContext(), dataset.facts["trade.turnover"])
    names = ["Russian figures", "Kyrgyz figures", "Press reports"]
    drawn = texts_of(svg_of(figure))
    for name in names:
        assert name in drawn or all(part in drawn for part in name.split())
    legend = re.search(r'<ul class="fs-chart-legend">.*?</ul>', figure, re.S).group(0)
    assert [re.sub("<[^>]+>", "", item) for item in re.findall(r"<li>.*?</li>", legend)][:3] == names
    assert "Part of a year, or several years" in legend  # January–May 2024


# Events


def test_the_eaeu_accession_is_marked_on_the_turnover_chart(real):
    fact = real.facts["trade.turnover"]
    assert [e.id for e in chart_series.chart_events(fact, real.events)] == ["trade.eaeu_accession"]
    for page, words in ((PageContext(), "6 August 2015: Kyrgyzstan joins"), (RU, "6 августа 2015")):
        figure = charts.ChartMaker(real.events).figure(page, fact)
        svg = svg_of(figure)
        rule = next(p for p in svg.iter(SVG + "path") if p.get("class") == "fs-chart-event")
        assert float(re.match(r"M([\d.]+),", rule.get("d")).group(1)) == pytest.approx(
            time_scale(svg)(chart_axes.year_fraction(dt.date(2015, 8, 6)) + 0.5 / 365), abs=0.1
        )
        assert words in figure


# What the reader receives


def test_text_from_data_and_translations_never_becomes_markup(dataset, maker, monkeypatch):
    words = {lang: dict(table) for lang, table in charts.CHART_WORDS.items()}
    words["en"]["series"] = {**words["en"]["series"], "russia": "<script>alert(1)</script>"}
    monkeypatch.setattr(charts, "CHART_WORDS", words)
    monkeypatch.setattr(chart_series, "CHART_WORDS", words)
    monkeypatch.setattr("macros.site.chart_legend.CHART_WORDS", words)
    figure = maker.figure(PageContext(), dataset.facts["trade.turnover"])
    assert "<script" not in figure
    assert "<img" not in figure
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in figure
    svg_of(figure)  # still well-formed XML


def test_the_svg_is_a_named_image_with_no_script_and_no_other_host(dataset, maker):
    figure = maker.figure(PageContext(), dataset.facts["trade.turnover"])
    svg = svg_of(figure)
    assert svg.get("role") == "img"
    name = "Chart: Turnover <img src=x onerror=alert(1)>, 2022–2024, billion US dollars"
    assert svg.get("aria-label") == name
    assert svg.find(SVG + "title").text == name
    assert "<script" not in figure
    assert "style=" not in figure  # the CSP allows no inline style
    assert set(re.findall(r"https?://[^\s\"']+", figure)) == {"http://www.w3.org/2000/svg"}


def test_chart_text_and_axes_take_the_page_colour(dataset, maker):
    svg = svg_of(maker.figure(PageContext(), dataset.facts["trade.turnover"]))
    parents = {child: parent for parent in svg.iter() for child in parent}

    def inherited(element, attribute):
        while element is not None and element.get(attribute) is None:
            element = parents.get(element)
        return None if element is None else element.get(attribute)

    assert {inherited(text, "fill") for text in svg.iter(SVG + "text")} == {"currentColor"}
    axes = [g for g in svg.iter(SVG + "g") if (g.get("class") or "").startswith("role-axis")]
    assert {inherited(path, "stroke") for g in axes for path in g} == {"currentColor"}


def test_each_chart_is_drawn_once_per_language(dataset, maker, monkeypatch):
    calls = []
    original = charts.to_svg

    def counting(fact, lang, name, events=()):
        calls.append(lang)
        return original(fact, lang, name, events)

    monkeypatch.setattr(charts, "to_svg", counting)
    fact = dataset.facts["trade.turnover"]
    for page in (PageContext(url="trade/"), PageContext(url="other/"), RU, PageContext()):
        maker.figure(page, fact)
    assert calls == ["en", "ru"]


def test_the_russian_chart_speaks_russian(dataset, maker):
    figure = maker.figure(RU, dataset.facts["trade.turnover"])
    assert "Российские данные" in figure
    assert "0,5" in texts_of(svg_of(figure))
    assert "0.5" not in texts_of(svg_of(figure))
    students = texts_of(svg_of(maker.figure(RU, dataset.facts["trade.students"])))
    assert "15\u00a0000" in students
    assert "«более», «не менее»: штрих вверх" in maker.figure(RU, dataset.facts["trade.students"])


@pytest.mark.build
def test_fact_sections_show_each_series_as_a_chart_above_its_table(built_site):
    """On every page that shows facts in full (an area spreads over several pages), in both editions."""
    dataset = load_project(ROOT)
    charted = set()
    for page in sorted(built_site.rglob("index.html")):
        for match in re.finditer(
            r'<section class="fs-fact" [^>]*data-fact="([^"]+)".*?</section>', page.read_text(encoding="utf-8"), re.S
        ):
            fact = dataset.facts[html.unescape(match.group(1))]
            section = match.group(0)
            if chart_series.has_chart(fact):
                assert section.count('<figure class="fs-chart"') == 1, (page, fact.id)
                assert section.index("fs-chart-svg") < section.index("fs-observations"), (page, fact.id)
                charted.add(page.relative_to(built_site).parts[0] == "ru")
            else:
                assert "fs-chart" not in section, (page, fact.id)
    assert charted == {False, True}  # charts in the English and in the Russian edition
    assert '<figure class="fs-chart" data-chart="trade.turnover">' in read_page(built_site, "turnover/")
