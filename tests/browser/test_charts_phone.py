"""Charts on a phone (390x844), as Chromium renders them: text at 12 px or more, marks visible in both palettes.

Text size is measured as the reader gets it: each SVG text's computed font size times the scale the
page draws the SVG at (its screen transformation). Marks are measured against the page they lie on,
in the light palette and in the dark one the phone asks for (`prefers-color-scheme: dark`).
"""

import itertools

import pytest

from .conftest import PHONE
from .contrast import contrast_ratio, format_rgb, over, parse_colour

pytestmark = pytest.mark.browser

PAGES = ("turnover/", "ru/turnover/")  # the chart, in both editions
MINIMUM_TEXT_PX = 12
MINIMUM_MARK_CONTRAST = 3.0  # WCAG 1.4.11, graphical objects

_MEASURE = """(svgs) => svgs.map((svg) => {
  const scale = svg.getScreenCTM().a;
  const page = getComputedStyle(document.body).backgroundColor;
  const texts = [...svg.querySelectorAll('text, tspan')]
    .filter((t) => t.textContent.trim() && !(t.tagName === 'text' && t.querySelector('tspan')))
    .map((t) => ({text: t.textContent, px: parseFloat(getComputedStyle(t).fontSize) * scale,
                  rotated: (t.closest('[transform*="rotate"]') !== null)}));
  const marks = [...svg.querySelectorAll('[class~="role-mark"] > *')].map((m) => ({
    tag: m.tagName, stroke: getComputedStyle(m).stroke, opacity: parseFloat(getComputedStyle(m).strokeOpacity),
  }));
  const years = [...svg.querySelectorAll('.fs-chart-years text')].map((t) => {
    const box = t.getBoundingClientRect();
    return {year: Number(t.textContent), x: box.left + box.width / 2};
  });
  return {fact: svg.closest('figure').dataset.chart, name: svg.getAttribute('aria-label'), width: svg.getBoundingClientRect().width, page, texts, marks, years};
})"""


@pytest.fixture(scope="module", params=["light", "dark"])
def measured(request, new_tab, site_url):
    """Every chart on the pages, measured on a phone in one palette: {path: [chart, ...]}."""
    tab = new_tab(site_url, color_scheme=request.param, **PHONE)
    found = {}
    for path in PAGES:
        tab.visit(path)
        found[path] = tab.page.locator("figure.fs-chart svg.fs-chart-svg").evaluate_all(_MEASURE)
    return request.param, found


def test_chart_text_is_12px_or_more_and_upright_on_a_phone(measured):
    _, found = measured
    problems = []
    for path, charts in found.items():
        assert charts, f"/{path}: no chart"
        for chart in charts:
            small = [t for t in chart["texts"] if t["px"] < MINIMUM_TEXT_PX - 0.01]
            if small:
                worst = min(small, key=lambda t: t["px"])
                problems.append(
                    f"/{path} {chart['name']!r}: {len(small)} texts under 12px, {worst['text']!r} at {worst['px']:.1f}px"
                )
            problems += [f"/{path} {chart['name']!r}: {t['text']!r} is turned" for t in chart["texts"] if t["rotated"]]
    assert not problems, "\n".join(problems)


def test_marks_stand_out_from_the_page_in_both_palettes(measured):
    scheme, found = measured
    problems = []
    for path, charts in found.items():
        for chart in charts:
            page_rgb, _ = parse_colour(chart["page"])
            for mark in chart["marks"]:
                rgb, alpha = parse_colour(mark["stroke"])
                ratio = contrast_ratio(over(rgb, alpha * mark["opacity"], page_rgb), page_rgb)
                if ratio < MINIMUM_MARK_CONTRAST:
                    problems.append(
                        f"/{path} ({scheme}) {chart['name']!r}: a {mark['tag']} {format_rgb(rgb)} on "
                        f"{format_rgb(page_rgb)} at {ratio:.2f}:1"
                    )
            assert chart["marks"], f"/{path}: {chart['name']!r} has no marks"
    assert not problems, "\n".join(problems)


def test_the_time_axis_is_linear_and_labels_at_most_six_years(measured):
    _, found = measured
    for path, charts in found.items():
        turnover = next(chart for chart in charts if chart["fact"] == "trade.turnover")
        years = turnover["years"]
        assert 2 <= len(years) <= 6, path
        steps = [(b["x"] - a["x"]) / (b["year"] - a["year"]) for a, b in itertools.pairwise(years)]
        assert max(steps) - min(steps) < 0.5, (path, years)  # the same width for every year
        assert turnover["width"] <= 390 - 2 * 16 + 0.5, path  # inside the text column: no sideways scroll
