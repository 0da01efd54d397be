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

from macros.site import chart_series, charts
from macros.site.html import PageContext
from macros.site.project import load_project

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


@pytest.mark.parametrize(
    ("fact_id", "expected"),
    [
        ("trade.turnover", True),  # four periods
        ("trade.students", True),  # three
        ("trade.base_rent", False),  # two: the table is enough
    ],
)
def test_a_fact_with_three_or_more_periods_gets_a_chart(dataset, fact_id, expected):
    assert chart_series.has_chart(dataset.facts[fact_id]) is expected


def test_differing_reports_for_one_period_stand_side_by_side_labelled_by_side(dataset, maker):
    bars = chart_series.bars_of(dataset.facts["trade.turnover"])
    in_2023 = [bar for bar in bars if bar.period_index == 1]
    assert [(bar.value, bar.side, bar.index_in_period, bar.bars_in_period) for bar in in_2023] == [
        (2.9, "russia", 0, 2),
        (3.1, "kyrgyzstan", 1, 2),
    ]
    texts = [t.text for t in svg_of(maker.figure(PageContext(), dataset.facts["trade.turnover"])).iter(SVG + "text")]
    assert {"Russian side", "Kyrgyz side", "The publication (no speaker named)"} <= set(texts)


def test_two_sources_with_the_same_figure_make_one_bar(dataset):
    # 2024: the agency's figure, also reported by an undated page, is one report, not two bars.
    assert [
        bar.bars_in_period for bar in chart_series.bars_of(dataset.facts["trade.turnover"]) if bar.period_index == 3
    ] == [1]


def test_a_part_year_figure_is_drawn_apart_and_named_in_the_caption(dataset):
    fact = dataset.facts["trade.turnover"]
    outlined = [(bar.period_index, bar.other_span) for bar in chart_series.bars_of(fact)]
    assert outlined == [(0, False), (1, False), (1, False), (2, True), (3, False)]
    notes = " ".join(chart_series.notes(fact, "en"))
    assert "span other than one calendar year (January–May 2024)" in notes
    assert "bars stand side by side" in notes
    assert "“about”" in notes  # 2.9 is "about": the bar stops at the number, the table has the wording


def test_equal_month_spans_are_drawn_alike_with_no_warning(dataset):
    fact = dataset.facts["trade.students"]
    assert not any(bar.other_span for bar in chart_series.bars_of(fact))
    notes = " ".join(chart_series.notes(fact, "en"))
    assert "calendar year" not in notes
    assert "differ in length" not in notes


def plot_parts(svg: ET.Element) -> list[ET.Element]:
    """The children of the group that holds the plot: axes, bars, period labels, legend, in that order."""
    return list(svg.find(SVG + "g"))


def bar_rects(svg: ET.Element) -> list[ET.Element]:
    return list(next(part for part in plot_parts(svg) if part.get("class") == "role-mark"))


def period_labels(svg: ET.Element) -> list[list[str]]:
    """The labels under the bands, each as its lines: the group drawn after the bars."""
    parts = plot_parts(svg)
    group = next(parts[i + 1] for i, part in enumerate(parts) if part.get("class") == "role-mark")
    return [[span.text for span in text.iter(SVG + "tspan")] or [text.text] for text in group.iter(SVG + "text")]


def test_axis_labels_follow_the_period_order_of_the_table(dataset, maker):
    svg = svg_of(maker.figure(PageContext(), dataset.facts["trade.turnover"]))
    assert period_labels(svg) == [["2022"], ["2023"], ["Jan–May", "2024"], ["2024"]]
    assert "billion US dollars" in [t.text for t in svg.iter(SVG + "text")]


@pytest.mark.parametrize(
    ("low", "high", "expected"),
    [
        (0, 4.1, [0, 1, 2, 3, 4, 5]),
        (0.5, 3.4, [0, 0.5, 1, 1.5, 2, 2.5, 3, 3.5]),  # zero always on the axis
        (-17.5, 46.6, [-20, -10, 0, 10, 20, 30, 40, 50]),  # a fall: bars below zero
        (800, 1800, [0, 500, 1000, 1500, 2000]),
        (0, 0.07, [0, 0.01, 0.02, 0.03, 0.04, 0.05, 0.06, 0.07]),  # 0.07 / 0.01 = 7.000000000000001 adds no tick
        (0, 0.7, [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7]),  # 0.3, not 0.30000000000000004
        (0, 1_000_000, [0, 200_000, 400_000, 600_000, 800_000, 1_000_000]),
    ],
)
def test_the_value_axis_has_round_ticks_from_zero(low, high, expected):
    assert chart_series.ticks(low, high) == expected


def test_whole_ticks_are_written_without_decimals(dataset, maker):
    texts = [t.text for t in svg_of(maker.figure(PageContext(), dataset.facts["trade.students"])).iter(SVG + "text")]
    assert {"0", "5,000", "10,000", "15,000", "20,000"} <= set(texts)
    assert not any(text.endswith(".0") for text in texts if text)


def test_a_bar_rises_from_zero_in_proportion_to_its_figure(dataset, maker):
    svg = svg_of(maker.figure(PageContext(), dataset.facts["trade.turnover"]))
    rects = bar_rects(svg)
    values = [bar.value for bar in chart_series.bars_of(dataset.facts["trade.turnover"])]
    assert len(rects) == len(values) == 5
    pixels_per_unit = [float(rect.get("height")) / value for rect, value in zip(rects, values, strict=False)]
    assert pixels_per_unit == pytest.approx([charts.HEIGHT / 3.5] * 5, abs=0.1)  # the axis ends at 3.5
    bottoms = {round(float(rect.get("y")) + float(rect.get("height")), 1) for rect in rects}
    assert bottoms == {charts.HEIGHT}  # every bar stands on zero, the lowest tick here
    lefts = [float(rect.get("x")) for rect in rects]
    assert lefts == sorted(lefts)  # in the periods' order, side by side within 2023


def test_a_negative_figure_hangs_below_zero(dataset, maker, monkeypatch):
    fact = dataset.facts["trade.turnover"]
    falling = [
        charts.Bar(
            bar.period_index,
            bar.index_in_period,
            bar.bars_in_period,
            -bar.value if bar.period_index == 0 else bar.value,
            bar.side,
            bar.other_span,
            bar.qualified,
        )
        for bar in chart_series.bars_of(fact)
    ]
    monkeypatch.setattr(charts, "bars_of", lambda _: falling)
    svg = svg_of(charts.to_svg(fact, "en", "name"))
    texts = [t.text for t in svg.iter(SVG + "text")]
    assert "-3" in texts
    assert "0" in texts
    first, second = bar_rects(svg)[:2]
    zero = float(second.get("y")) + float(second.get("height"))
    assert float(first.get("y")) == pytest.approx(zero, abs=0.1)  # from zero down to -2.5
    assert float(first.get("height")) == pytest.approx(2.5 * charts.HEIGHT / 7, abs=0.1)


def test_an_outlined_bar_is_dashed_and_lighter_in_its_side_colour(dataset, maker):
    rects = bar_rects(svg_of(maker.figure(PageContext(), dataset.facts["trade.turnover"])))
    outlined = [rect for rect in rects if rect.get("stroke-dasharray")]
    assert len(outlined) == 1  # January–May 2024
    [bar] = outlined
    assert (bar.get("stroke-dasharray"), bar.get("fill-opacity")) == ("4,2", "0.35")
    assert bar.get("fill") == bar.get("stroke") == charts.SIDE_COLOURS["publisher"]
    assert bar.get("stroke-width") is None  # 1.5 from the group, as for every bar
    solid = [rect for rect in rects if rect is not bar]
    assert all(rect.get("fill-opacity") is None and rect.get("fill") == rect.get("stroke") for rect in solid)


def test_a_crowded_chart_slants_one_line_labels_and_widens(dataset, maker, monkeypatch):
    monkeypatch.setattr(charts, "CROWDED", 3)
    monkeypatch.setattr(charts, "BAND_WIDTH", 200)
    svg = svg_of(maker.figure(PageContext(), dataset.facts["trade.turnover"]))
    assert period_labels(svg) == [["2022"], ["2023"], ["Jan–May 2024"], ["2024"]]
    slanted = [t for t in svg.iter(SVG + "text") if "rotate(-40" in (t.get("transform") or "")]
    assert len(slanted) == 4
    assert int(svg.get("width")) > 4 * 200


def test_the_left_margin_fits_the_widest_tick_label_and_the_axis_title(dataset, maker):
    margins = {}
    for fact_id in ("trade.turnover", "trade.students"):
        svg = svg_of(maker.figure(PageContext(), dataset.facts[fact_id]))
        left = float(re.match(r"translate\(([\d.]+),", svg.find(SVG + "g").get("transform")).group(1))
        title = next(t for t in svg.iter(SVG + "text") if t.get("transform") == "rotate(-90)")
        widest = max(len(t.text) for t in svg.iter(SVG + "text") if t.get("x") == "-7")
        # the turned title's glyphs rise ~9px left of its baseline; a digit is ~7px wide at 12px
        assert left + float(title.get("y")) - 9 >= 0, fact_id
        assert -float(title.get("y")) >= 7 + widest * 6.5, fact_id
        margins[fact_id] = left
    assert margins["trade.students"] > margins["trade.turnover"] + 20  # "20,000" against "3.5"


def test_text_from_data_and_translations_never_becomes_markup(dataset, maker, monkeypatch):
    # one line under a year, two under a part-year: both ways of writing a label
    monkeypatch.setattr(
        charts,
        "axis_label",
        lambda period, lang: ['<b onclick="x()">Q1</b> & co'] + (["2024"] if period.precision == "month" else []),
    )
    words = {lang: dict(table) for lang, table in charts.CHART_WORDS.items()}
    words["en"]["sides"] = {**words["en"]["sides"], "russia": "<script>alert(1)</script>"}
    monkeypatch.setattr(charts, "CHART_WORDS", words)
    figure = maker.figure(PageContext(), dataset.facts["trade.turnover"])
    assert "<script" not in figure
    assert "<b " not in figure
    svg = svg_of(figure)  # still well-formed XML
    texts = [t.text for t in svg.iter(SVG + "text")]
    assert texts.count('<b onclick="x()">Q1</b> & co') == 3
    assert "<script>alert(1)</script>" in texts
    assert [t.text for t in svg.iter(SVG + "tspan")] == ['<b onclick="x()">Q1</b> & co', "2024"]


def test_the_legend_names_each_side_present_two_to_a_row(dataset, maker):
    svg = svg_of(maker.figure(PageContext(), dataset.facts["trade.turnover"]))
    texts = [t for t in svg.iter(SVG + "text") if t.text]
    title = next(i for i, t in enumerate(texts) if t.text == "Reported by")
    entries = texts[title + 1 :]
    assert [t.text for t in entries] == ["Russian side", "Kyrgyz side", "The publication (no speaker named)"]
    first, second, third = entries
    assert first.get("y") == second.get("y") != third.get("y")
    assert first.get("x") == third.get("x")
    assert float(second.get("x")) >= float(first.get("x")) + len(first.text) * 7  # no overlap
    assert float(second.get("x")) + len(second.text) * 7 <= int(svg.get("width"))  # inside the image
    swatches = [rect.get("fill") for rect in svg.iter(SVG + "rect") if rect.get("width") == "10"]
    assert swatches == [charts.SIDE_COLOURS[key] for key in ("russia", "kyrgyzstan", "publisher")]


def test_the_svg_is_a_named_image_with_no_script_and_no_other_host(dataset, maker):
    html = maker.figure(PageContext(), dataset.facts["trade.turnover"])
    svg = svg_of(html)
    assert svg.get("role") == "img"
    name = "Chart: Turnover <img src=x onerror=alert(1)>, 2022 – 2024 (in billion US dollars)"
    assert svg.get("aria-label") == name
    assert svg.find(SVG + "title").text == name
    assert "<script" not in html
    assert "<img" not in html
    assert re.findall(r"https?://[^\s\"']+", html) == ["http://www.w3.org/2000/svg"]
    assert svg.get("viewBox")  # scales down on a phone instead of widening the page


def test_chart_text_takes_the_page_colour_in_either_palette(dataset, maker):
    svg = svg_of(maker.figure(PageContext(), dataset.facts["trade.turnover"]))
    parents = {child: parent for parent in svg.iter() for child in parent}

    def inherited(element, attribute):
        while element is not None and element.get(attribute) is None:
            element = parents.get(element)
        return None if element is None else element.get(attribute)

    assert {inherited(text, "fill") for text in svg.iter(SVG + "text")} == {"currentColor"}
    lines = [path for path in svg.iter(SVG + "path")]
    assert lines
    assert {inherited(path, "stroke") for path in lines} == {"currentColor"}
    assert {inherited(path, "fill") for path in lines} == {"none"}  # an axis path never fills its corner
    assert not any(g.get("fill") in ("#fff", "#ffffff", "white") for g in svg.iter(SVG + "rect"))  # no background


def test_each_chart_is_rendered_once_per_language(dataset, maker, monkeypatch):
    calls = []
    original = charts.to_svg

    def counting(fact, lang, name):
        calls.append(lang)
        return original(fact, lang, name)

    monkeypatch.setattr(charts, "to_svg", counting)
    fact = dataset.facts["trade.turnover"]
    for page in (
        PageContext(url="trade/"),
        PageContext(url="other/"),
        PageContext(lang="ru", url="ru/trade/", language_prefix="ru/"),
    ):
        maker.figure(page, fact)
    maker.figure(PageContext(), fact)
    assert calls == ["en", "ru"]


def test_the_russian_chart_speaks_russian(dataset, maker):
    html = maker.figure(PageContext(lang="ru", url="ru/trade/", language_prefix="ru/"), dataset.facts["trade.turnover"])
    texts = [t.text for t in svg_of(html).iter(SVG + "text")]
    assert "Российская сторона" in texts
    assert "млрд долл. США" in texts
    assert "0,5" in texts
    assert "0.5" not in texts
    students = [
        t.text
        for t in svg_of(
            maker.figure(
                PageContext(lang="ru", url="ru/trade/", language_prefix="ru/"), dataset.facts["trade.students"]
            )
        ).iter(SVG + "text")
    ]
    assert "15\u00a0000" in students
    assert "15,000" not in students
    assert [t.text for t in svg_of(html).iter(SVG + "tspan")] == ["янв.–май", "2024"]  # two lines under one bar
    assert "Диаграмма: Товарооборот" in html


@pytest.mark.build
def test_fact_sections_show_each_time_series_as_a_chart_above_its_table(built_site):
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
