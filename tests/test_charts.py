"""Charts: which facts get one, what the bars and the caption say, and the SVG a reader receives.

The fixture project `charts` has a series with a disputed year (a Russian and a Kyrgyz figure for
2023) and a part-year figure (January–May 2024), a series of equal month spans, and a fact with
two periods only. The last test reads the real built site.
"""
import html
import re
import xml.etree.ElementTree as ET

import pytest

from conftest import FIXTURE_TODAY, FIXTURES, ROOT, read_page
from macros import charts
from macros.project import load_project
from macros.render import Page

SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture(scope="module")
def dataset():
    return load_project(FIXTURES / "charts", FIXTURE_TODAY)


@pytest.fixture
def maker():
    return charts.ChartMaker()


def svg_of(figure_html: str) -> ET.Element:
    svg = re.search(r"<svg.*</svg>", figure_html, re.S).group(0)
    return ET.fromstring(svg)


@pytest.mark.parametrize("fact_id, expected", [
    ("trade.turnover", True),  # four periods
    ("trade.students", True),  # three
    ("trade.base_rent", False),  # two: the table is enough
])
def test_a_fact_with_three_or_more_periods_gets_a_chart(dataset, fact_id, expected):
    assert charts.has_chart(dataset.facts[fact_id]) is expected


def test_differing_reports_for_one_period_stand_side_by_side_labelled_by_side(dataset, maker):
    bars = charts.bars(dataset.facts["trade.turnover"])
    in_2023 = [bar for bar in bars if bar.band == 1]
    assert [(bar.value, bar.side, bar.offset, bar.of) for bar in in_2023] == [
        (2.9, "russia", 0, 2), (3.1, "kyrgyzstan", 1, 2)]
    texts = [t.text for t in svg_of(maker.figure(Page(), dataset.facts["trade.turnover"])).iter(SVG + "text")]
    assert {"Russian side", "Kyrgyz side", "The publication (no speaker named)"} <= set(texts)


def test_two_sources_with_the_same_figure_make_one_bar(dataset):
    # 2024: the agency's figure, also reported by an undated page, is one report, not two bars.
    assert [bar.of for bar in charts.bars(dataset.facts["trade.turnover"]) if bar.band == 3] == [1]


def test_a_part_year_figure_is_drawn_apart_and_named_in_the_caption(dataset):
    fact = dataset.facts["trade.turnover"]
    outlined = [(bar.band, bar.other_span) for bar in charts.bars(fact)]
    assert outlined == [(0, False), (1, False), (1, False), (2, True), (3, False)]
    notes = " ".join(charts.notes(fact, "en"))
    assert "span other than one calendar year (January–May 2024)" in notes
    assert "bars stand side by side" in notes
    assert "“about”" in notes  # 2.9 is "about": the bar stops at the number, the table has the wording


def test_equal_month_spans_are_drawn_alike_with_no_warning(dataset):
    fact = dataset.facts["trade.students"]
    assert not any(bar.other_span for bar in charts.bars(fact))
    notes = " ".join(charts.notes(fact, "en"))
    assert "calendar year" not in notes and "differ in length" not in notes


def test_axis_labels_follow_the_period_order_of_the_table(dataset):
    spec = charts.spec(dataset.facts["trade.turnover"], "en")
    assert spec["encoding"]["x"]["axis"]["labelExpr"] == \
        '[["2022"], ["2023"], ["Jan–May", "2024"], ["2024"]][datum.value]'
    assert spec["encoding"]["y"]["title"] == "billion US dollars"


def test_the_svg_is_a_named_image_with_no_script_and_no_other_host(dataset, maker):
    html = maker.figure(Page(), dataset.facts["trade.turnover"])
    svg = svg_of(html)
    assert svg.get("role") == "img"
    name = "Chart: Turnover <img src=x onerror=alert(1)>, 2022 – 2024 (in billion US dollars)"
    assert svg.get("aria-label") == name
    assert svg.find(SVG + "title").text == name
    assert "<script" not in html and "<img" not in html
    assert re.findall(r"https?://[^\s\"']+", html) == ["http://www.w3.org/2000/svg"]
    assert svg.get("viewBox")  # scales down on a phone instead of widening the page


def test_chart_text_takes_the_page_colour_in_either_palette(dataset, maker):
    svg = svg_of(maker.figure(Page(), dataset.facts["trade.turnover"]))
    fills = {text.get("fill") for text in svg.iter(SVG + "text")}
    assert fills == {"currentColor"}
    assert not any(g.get("fill") in ("#fff", "#ffffff", "white") for g in svg.iter(SVG + "rect"))  # no background


def test_each_chart_is_rendered_once_per_language(dataset, maker, monkeypatch):
    calls = []
    original = charts.vl_convert.vegalite_to_svg

    def counting(spec, **options):
        calls.append(options["format_locale"])
        return original(spec, **options)

    monkeypatch.setattr(charts.vl_convert, "vegalite_to_svg", counting)
    fact = dataset.facts["trade.turnover"]
    for page in (Page(url="trade/"), Page(url="other/"), Page(lang="ru", url="ru/trade/", language_prefix="ru/")):
        maker.figure(page, fact)
    maker.figure(Page(), fact)
    assert calls == ["en-US", "ru-RU"]


def test_the_russian_chart_speaks_russian(dataset, maker):
    html = maker.figure(Page(lang="ru", url="ru/trade/", language_prefix="ru/"), dataset.facts["trade.turnover"])
    texts = [t.text for t in svg_of(html).iter(SVG + "text")]
    assert "Российская сторона" in texts and "млрд долл. США" in texts
    assert "0,5" in texts and "0.5" not in texts
    assert [t.text for t in svg_of(html).iter(SVG + "tspan")] == ["янв.–май", "2024"]  # two lines under one bar
    assert "Диаграмма: Товарооборот" in html


@pytest.mark.build
def test_area_pages_show_each_time_series_as_a_chart_above_its_table(built_site):
    dataset = load_project(ROOT)
    for url in ("trade/", "education/", "migration/", "security/"):
        sections = re.findall(r'<section class="fs-fact" [^>]*data-fact="([^"]+)".*?</section>', read_page(built_site, url),
                              re.S)
        assert sections, url
        for match in re.finditer(r'<section class="fs-fact" [^>]*data-fact="([^"]+)".*?</section>',
                                 read_page(built_site, url), re.S):
            fact = dataset.facts[html.unescape(match.group(1))]
            section = match.group(0)
            if charts.has_chart(fact):
                assert section.count('<figure class="fs-chart"') == 1, fact.id
                assert section.index("fs-chart-svg") < section.index("fs-observations"), fact.id
            else:
                assert "fs-chart" not in section, fact.id
    assert '<figure class="fs-chart" data-chart="trade.turnover">' in read_page(built_site, "trade/")
