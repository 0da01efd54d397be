"""Every chart of the built site on a phone (390x844), as Chromium renders it (issue 13, table 3.12):
text at 12 px or more and upright, time on a linear axis with at most six ticks, marks visible in both
palettes, and a chart only for a series (three or more distinct years of one measure).

Text size is measured as the reader gets it: each SVG text's computed font size times the scale the
page draws the SVG at (its screen transformation). Positions are the rendered ones, in CSS pixels.
Marks are measured against the page they lie on, in the light palette and in the dark one the phone
asks for (`prefers-color-scheme: dark`).
"""

import csv
import itertools

import pytest

from .conftest import PHONE
from .contrast import contrast_ratio, format_rgb, over, parse_colour

pytestmark = pytest.mark.browser

MINIMUM_TEXT_PX = 12
MINIMUM_MARK_CONTRAST = 3.0  # WCAG 1.4.11, graphical objects
MOST_TICKS = 6
MIN_YEARS = 3
TEXT_COLUMN_PX = 390 - 2 * 16  # the phone's width less Material's gutters: no sideways scroll

_MEASURE = """(svgs) => svgs.map((svg) => {
  const scale = svg.getScreenCTM().a;
  const page = getComputedStyle(document.body).backgroundColor;
  const centre = (e) => { const b = e.getBoundingClientRect(); return b.left + b.width / 2; };
  const texts = [...svg.querySelectorAll('text, tspan')]
    .filter((t) => t.textContent.trim() && !(t.tagName === 'text' && t.querySelector('tspan')))
    .map((t) => ({text: t.textContent, px: parseFloat(getComputedStyle(t).fontSize) * scale,
                  rotated: (t.closest('[transform*="rotate"]') !== null)}));
  const marks = [...svg.querySelectorAll('[class~="role-mark"] > *')].map((m) => ({
    tag: m.tagName, stroke: getComputedStyle(m).stroke, opacity: parseFloat(getComputedStyle(m).strokeOpacity),
    x: centre(m),
  }));
  const years = [...svg.querySelectorAll('.fs-chart-years text')].map((t) => ({year: Number(t.textContent), x: centre(t)}));
  // The time axis's ticks: "M<x>,<y>v5" in the plot's coordinates, taken to the screen's.
  const tickPath = svg.querySelector('g:has(> [class~="role-axis-domain"]) > [class~="role-axis-tick"] path');
  const ctm = tickPath.getScreenCTM();
  const ticks = [...tickPath.getAttribute('d').matchAll(/M([-\\d.]+),([-\\d.]+)/g)]
    .map(([, x, y]) => new DOMPoint(Number(x), Number(y)).matrixTransform(ctm).x);
  return {fact: svg.closest('figure').dataset.chart, name: svg.getAttribute('aria-label'),
          width: svg.getBoundingClientRect().width, page, texts, marks, years, ticks};
})"""


@pytest.fixture(scope="module")
def chart_pages(built_site) -> list[str]:
    """Every page of both editions that shows a chart."""
    pages = sorted(
        str(page.parent.relative_to(built_site)) + "/"
        for page in built_site.rglob("index.html")
        if 'class="fs-chart-svg"' in page.read_text(encoding="utf-8")
    )
    assert "turnover/" in pages
    assert "ru/turnover/" in pages
    return pages


@pytest.fixture(scope="module", params=["light", "dark"])
def measured(request, new_tab, site_url, chart_pages):
    """Every chart of the site, measured on a phone in one palette: {path: [chart, ...]}."""
    tab = new_tab(site_url, color_scheme=request.param, **PHONE)
    found = {}
    for path in chart_pages:
        tab.visit(path)
        found[path] = tab.page.locator("figure.fs-chart svg.fs-chart-svg").evaluate_all(_MEASURE)
    return request.param, found


def _charts(found):
    for path, charts in found.items():
        assert charts, f"/{path}: no chart"
        for chart in charts:
            yield path, chart


def test_chart_text_is_12px_or_more_and_upright_on_a_phone(measured):
    _, found = measured
    problems = []
    for path, chart in _charts(found):
        small = [t for t in chart["texts"] if t["px"] < MINIMUM_TEXT_PX - 0.01]
        if small:
            worst = min(small, key=lambda t: t["px"])
            problems.append(
                f"/{path} {chart['name']!r}: {len(small)} texts under 12px, {worst['text']!r} at {worst['px']:.1f}px"
            )
        problems += [f"/{path} {chart['name']!r}: {t['text']!r} is turned" for t in chart["texts"] if t["rotated"]]
        if chart["width"] > TEXT_COLUMN_PX + 0.5:
            problems.append(f"/{path} {chart['name']!r}: {chart['width']:.1f}px wide, wider than the text column")
    assert not problems, "\n".join(problems)


def test_marks_stand_out_from_the_page_in_both_palettes(measured):
    scheme, found = measured
    problems = []
    for path, chart in _charts(found):
        page_rgb, _ = parse_colour(chart["page"])
        assert chart["marks"], f"/{path}: {chart['name']!r} has no marks"
        for mark in chart["marks"]:
            rgb, alpha = parse_colour(mark["stroke"])
            ratio = contrast_ratio(over(rgb, alpha * mark["opacity"], page_rgb), page_rgb)
            if ratio < MINIMUM_MARK_CONTRAST:
                problems.append(
                    f"/{path} ({scheme}) {chart['name']!r}: a {mark['tag']} {format_rgb(rgb)} on "
                    f"{format_rgb(page_rgb)} at {ratio:.2f}:1"
                )
    assert not problems, "\n".join(problems)


def test_every_time_axis_is_linear_with_at_most_six_ticks(measured):
    _, found = measured
    problems = []
    for path, chart in _charts(found):
        years, ticks = chart["years"], sorted(chart["ticks"])
        if not 2 <= len(years) <= MOST_TICKS or len(ticks) > MOST_TICKS:
            problems.append(f"/{path} {chart['name']!r}: {len(years)} year labels, {len(ticks)} ticks")
        steps = [(b["x"] - a["x"]) / (b["year"] - a["year"]) for a, b in itertools.pairwise(years)]
        if steps and max(steps) - min(steps) >= 0.5:
            problems.append(f"/{path} {chart['name']!r}: years of unequal width, {steps}")
        tick_gaps = [b - a for a, b in itertools.pairwise(ticks)]
        if tick_gaps and max(tick_gaps) - min(tick_gaps) >= 0.5:
            problems.append(f"/{path} {chart['name']!r}: ticks unevenly spaced, {tick_gaps}")
    assert not problems, "\n".join(problems)


def test_on_the_turnover_chart_2011_to_2018_is_seven_times_2022_to_2023(measured):
    """The issue's own test of a linear time axis, on the rendered marks: each lone full-year figure sits
    at the middle of its year, and seven years take seven times the width of one."""
    _, found = measured
    for path in ("turnover/", "ru/turnover/"):
        chart = next(c for c in found[path] if c["fact"] == "trade.turnover")
        (first, *_), last = chart["years"], chart["years"][-1]
        year_px = (last["x"] - first["x"]) / (last["year"] - first["year"])

        def x(year: float, first=first, year_px=year_px) -> float:
            return first["x"] + (year - first["year"]) * year_px

        at = {
            year: min((m["x"] for m in chart["marks"]), key=lambda m, y=year: abs(m - x(y + 0.5)))
            for year in (2011, 2018, 2023)
        }
        assert all(abs(at[year] - x(year + 0.5)) < 0.5 for year in at), (path, at, year_px)
        assert (at[2018] - at[2011]) / (x(2023) - x(2022)) == pytest.approx(7, abs=0.05), (path, at, year_px)


def test_only_a_series_is_charted(built_site, chart_pages, measured):
    """Each chart's fact has three or more distinct years among its dated figures (its CSV download)."""
    _, found = measured
    problems = []
    for fact_id in sorted({chart["fact"] for _, chart in _charts(found)}):
        with (built_site / "data" / "facts" / f"{fact_id}.csv").open(encoding="utf-8-sig", newline="") as file:
            rows = [row for row in csv.DictReader(file) if row["undated"] == "false"]
        years = {row["period_end"][:4] for row in rows}
        if len(years) < MIN_YEARS or len({row["unit"] for row in rows}) != 1:
            problems.append(f"{fact_id}: years {sorted(years)}, units {sorted({row['unit'] for row in rows})}")
    assert not problems, "\n".join(problems)
