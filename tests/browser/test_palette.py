"""The palette toggle switches to dark, and the charts stay readable in both palettes.

Readable is measured, not eyeballed: for every text and axis line of every chart, the colour the
browser computed is set against what is painted behind it (page, figure, any shape of the chart),
and the WCAG contrast ratio must reach 4.5:1 for text and 3:1 for lines and bar outlines.
"""

import pytest
from playwright.sync_api import expect

from .contrast import contrast_ratio, format_rgb, over, parse_colour

pytestmark = pytest.mark.browser

CHART = "figure.fs-chart svg.fs-chart-svg"  # macros/site/charts.py: the drawing, not the legend's small keys
# The issue names these series (trade turnover, migrants, remittances by year): the pages that show them in
# full (Trade in goods, Migrants in Russia, Remittances) must show their charts, in both editions.
PAGES_WITH_TIME_SERIES = ("turnover/", "migrants/", "remittances/", "ru/turnover/", "ru/migrants/", "ru/remittances/")
MINIMUM_CONTRAST = {"text": 4.5, "axis": 3.0, "bar outline": 3.0}  # WCAG 1.4.3 (text) and 1.4.11 (graphics)
SCHEME = {"light": "default", "dark": "slate"}

# For each chart of the page, each painted part: its own colour and opacity, and the layers painted
# behind its centre, top first. Hit-testing is forced on for the chart's parts so shapes drawn behind count.
_CHARTS_PAINT = """(charts) => {
  const opacities = new Map();  // element -> its opacity times its ancestors'
  const opacity = (element) => {
    if (!element) return 1;
    if (!opacities.has(element)) {
      opacities.set(element, parseFloat(getComputedStyle(element).opacity) * opacity(element.parentElement));
    }
    return opacities.get(element);
  };
  const paint = (element, property) => {
    const style = getComputedStyle(element);
    return {colour: style[property], alpha: parseFloat(style[property + 'Opacity']) * opacity(element)};
  };
  const layer = (element) => element instanceof SVGGeometryElement
    ? {...paint(element, 'fill'), what: element.tagName}
    : {colour: getComputedStyle(element).backgroundColor, alpha: opacity(element), what: element.tagName};
  const measure = (svg) => {
    for (const part of svg.querySelectorAll('*')) part.style.setProperty('pointer-events', 'visiblePainted', 'important');
    const parts = [
      ...[...svg.querySelectorAll('text')].map((e) => [e, 'text', 'fill']),
      ...[...svg.querySelectorAll('[class~="role-axis-domain"] > *, [class~="role-axis-tick"] > *')].map((e) => [e, 'axis', 'stroke']),
      ...[...svg.querySelectorAll('[class~="role-mark"] > *')].map((e) => [e, 'bar outline', 'stroke']),
    ];
    const measured = [];
    for (const [element, kind, property] of parts) {
      const box = element.getBoundingClientRect();
      if (getComputedStyle(element).visibility !== 'visible' || (box.width === 0 && box.height === 0)) continue;
      if (kind === 'bar outline' && getComputedStyle(element).stroke === 'none') continue;
      element.scrollIntoView({block: 'nearest', inline: 'nearest'});
      const centre = element.getBoundingClientRect();
      const stack = document.elementsFromPoint(centre.left + centre.width / 2, centre.top + centre.height / 2);
      const behind = stack.includes(element) ? stack.slice(stack.indexOf(element) + 1) : stack;
      measured.push({
        kind, label: kind === 'text' ? element.textContent : element.tagName, ...paint(element, property),
        behind: behind.filter((e) => !(e instanceof SVGTextContentElement)).map(layer),
      });
    }
    return {name: svg.getAttribute('aria-label') || svg.closest('figure').dataset.chart, parts: measured};
  };
  return charts.map(measure);
}"""


def backdrop(layers: list[dict]):
    """What the layers (top first) show when composited, starting from the browser's white canvas."""
    colour = (255.0, 255.0, 255.0)
    for layer in reversed(layers):
        rgb, alpha = parse_colour(layer["colour"])
        colour = over(rgb, alpha * layer["alpha"], colour)
    return colour


def contrast_problems(chart: dict) -> list[str]:
    """One line per kind of part that falls short: how many, and the worst of them."""
    shortfalls = {}  # kind -> [(ratio, description)]
    for part in chart["parts"]:
        background = backdrop(part["behind"])
        rgb, alpha = parse_colour(part["colour"])
        foreground = over(rgb, alpha * part["alpha"], background)
        ratio = contrast_ratio(foreground, background)
        if ratio < MINIMUM_CONTRAST[part["kind"]]:
            description = f"{part['label']!r} {format_rgb(foreground)} on {format_rgb(background)}"
            shortfalls.setdefault(part["kind"], []).append((ratio, description))
    problems = [
        f"chart {chart['name']!r}: {len(found)} {kind} part(s) below {MINIMUM_CONTRAST[kind]}:1, the worst "
        f"{min(found)[1]} at {min(found)[0]:.2f}:1"
        for kind, found in shortfalls.items()
    ]
    if not any(part["kind"] == "text" for part in chart["parts"]):
        problems.append(f"chart {chart['name']!r}: no visible text (axis labels, units) to measure")
    return problems


def palette(tab) -> str | None:
    return tab.page.locator("body").get_attribute("data-md-color-scheme")


def switch_to_dark(tab) -> None:
    """Click Material's palette toggle, the visible one of its labels, as a reader does."""
    tab.page.locator('[data-md-component="palette"] label').filter(visible=True).click()
    expect(tab.page.locator("body")).to_have_attribute("data-md-color-scheme", SCHEME["dark"])


def test_the_palette_toggle_switches_to_dark_and_the_choice_stays(new_tab, site_url):
    tab = new_tab(site_url, color_scheme="light")
    tab.visit("trade/")
    assert palette(tab) == SCHEME["light"]
    switch_to_dark(tab)
    tab.visit("migration/")
    assert palette(tab) == SCHEME["dark"], "the dark palette was forgotten on the next page"


@pytest.fixture(scope="module")
def tabs(desktop_tab, new_tab, site_url):
    """A tab per palette: the dark one switched by the toggle, as a reader switches it."""
    dark = new_tab(site_url, color_scheme="light")
    dark.visit("")
    switch_to_dark(dark)
    return {"light": desktop_tab, "dark": dark}


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_charts_are_readable_in_both_palettes(tabs, built_site, site_pages, scheme):
    tab = tabs[scheme]
    # Only pages whose HTML holds a chart figure need the browser (plus those that must have one).
    pages = [
        path
        for path in site_pages
        if path in PAGES_WITH_TIME_SERIES
        or 'class="fs-chart"' in (built_site / path / "index.html").read_text(encoding="utf-8")
    ]
    problems, charts_seen = [], {}
    for path in pages:
        tab.visit(path)
        assert palette(tab) == SCHEME[scheme], f"/{path} is not in the {scheme} palette"
        charts = tab.page.locator(CHART).evaluate_all(_CHARTS_PAINT)
        charts_seen[path] = len(charts)
        problems += [f"/{path}: {problem}" for chart in charts for problem in contrast_problems(chart)]
    missing = [path for path in PAGES_WITH_TIME_SERIES if not charts_seen.get(path)]
    assert not missing, (
        f"no chart found on {', '.join('/' + p for p in missing)}: expected an inline <svg> "
        f'in <figure class="fs-chart"> for each time series'
    )
    assert not problems, "\n".join(problems)
