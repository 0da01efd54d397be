"""Every page visited once per configuration (palette x width), every measurement the suite needs taken on that visit.

The reader tests, the clean-load test and axe each judge every page of both editions. Each module
loading the ~60 pages again (seven passes over the site) was most of the browser tests' time, so the
session fixture `swept` (conftest.py) loads each page once per configuration and runs on that load every
script the selected tests need (the STEPS below); the tests then judge the records. Only what a selected
test asks for is run: `pytest tests/browser/test_reader_pages.py` alone runs no axe.

The pages are shared between WORKERS threads, each with its own Playwright and Chromium (Playwright's
sync API is one per thread), so that a machine with two free cores uses both."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from importlib.resources import files
from types import MappingProxyType
from urllib.parse import urlsplit

from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import sync_playwright

from .reader_scripts import FIGURE_CONTROLS, MEASURE_PAGE
from .tab import Tab

# Context options of each configuration; the dark palette follows the system preference, as Material's does.
DESKTOP = MappingProxyType({"viewport": {"width": 1280, "height": 900}})
# A current mid-size phone (the 390x844), rendered as a phone renders: touch, mobile viewport.
PHONE = MappingProxyType(
    {"viewport": {"width": 390, "height": 844}, "device_scale_factor": 3, "is_mobile": True, "has_touch": True}
)
WIDTHS = MappingProxyType({"desktop": DESKTOP, "phone": PHONE})
SCHEMES = ("light", "dark")
# Material's name for each palette (body[data-md-color-scheme]).
SCHEME_NAMES = MappingProxyType({"light": "default", "dark": "slate"})

AXE_SOURCE = (files("axe_playwright_python") / "axe.min.js").read_text(encoding="utf-8")
# Every rule in the light palette; Material's dark palette changes colours only, so there the colour rules.
AXE_OPTIONS = MappingProxyType(
    {
        "light": {"resultTypes": ["violations"]},
        "dark": {
            "resultTypes": ["violations"],
            "runOnly": {"type": "rule", "values": ["color-contrast", "link-in-text-block"]},
        },
    }
)
WORKERS = 2
# Generous for a slow CI machine; a wait only ends early, it never passes a test by itself.
TIMEOUT_MS = 15_000

# On a page that scrolls sideways, the outermost elements that stick out on the right (a table inside
# a scrolling wrapper may be wide: the wrapper scrolls, not the page). For the failure message.
STICKING_OUT = """() => {
  const root = document.documentElement;
  const offenders = [];
  const visit = (element) => {
    for (const child of element.children) {
      const right = child.getBoundingClientRect().right;
      if (right > root.clientWidth + 1) {
        const classes = [...child.classList].map((name) => '.' + name).join('');
        offenders.push(`<${child.tagName.toLowerCase()}${child.id ? '#' + child.id : ''}${classes}> ends at ${Math.round(right)}px`);
      } else if (getComputedStyle(child).overflowX === 'visible') {
        visit(child);
      }
    }
  };
  if (root.scrollWidth > root.clientWidth) visit(document.body);
  return offenders.slice(0, 5);
}"""


def load_step(tab: Tab, scheme: str) -> dict:
    """What the page did while loading (test_clean_load.py): console errors, uncaught exceptions, CSP violations,
    requests (and those to another host than the site's), dialogs; and how many CSP meta tags it holds."""
    tab.wait_for_search_index()  # the search worker's fetch is the last request a page makes by itself
    record = dataclasses.asdict(tab.latest)
    record["foreign_requests"] = tab.latest.foreign_requests(urlsplit(tab.base_url).hostname or "")
    record["csp_meta"] = tab.page.locator('meta[http-equiv="Content-Security-Policy"]').count()
    return record


def reader_step(tab: Tab, scheme: str) -> dict:
    """The reader-experience measurements (reader_scripts.MEASURE_PAGE), and what sticks out if the page scrolls sideways."""
    measured = tab.page.evaluate(MEASURE_PAGE)
    measured["sticking_out"] = tab.page.evaluate(STICKING_OUT)
    return measured


def figures_step(tab: Tab, scheme: str) -> list[dict]:
    """Every figure with its provenance control and panel (reader_scripts.FIGURE_CONTROLS)."""
    return tab.page.evaluate(FIGURE_CONTROLS)


def axe_step(tab: Tab, scheme: str) -> dict:
    """The palette the page shows, and axe-core's violations, in that palette's rules (AXE_OPTIONS)."""
    palette = tab.page.locator("body").get_attribute("data-md-color-scheme")
    tab.page.evaluate(AXE_SOURCE)
    results = tab.page.evaluate("options => axe.run(document, options)", dict(AXE_OPTIONS[scheme]))
    return {"palette": palette, "violations": results["violations"]}


# Each step, its script, and the configurations it runs in. Order matters: the load record is taken
# before any other script runs, axe (which scrolls the page) last.
STEPS: MappingProxyType[str, tuple[Callable[[Tab, str], object], frozenset[tuple[str, str]]]] = MappingProxyType(
    {
        "load": (load_step, frozenset({("light", "desktop")})),
        "reader": (reader_step, frozenset({("light", "desktop"), ("light", "phone")})),
        "figures": (figures_step, frozenset({("light", "phone")})),
        "axe": (axe_step, frozenset((scheme, width) for scheme in SCHEMES for width in WIDTHS)),
    }
)
# axe runs on every page of both editions, with every rule, on a desktop in the light palette; in the
# other three configurations, on the default language's pages and two Russian ones (`sample`). One run
# takes 0.5 to 1.5 s of a core (measured on the 2-core machine CI runs on), a page's load a third of a
# second: all four on every page would add 96 runs, about two minutes, to a suite CI must finish in well
# under ten. The editions share their templates, macros and stylesheets, and Material's dark palette
# changes colours only (there axe runs the colour rules, AXE_OPTIONS); each edition's own words get every
# rule on the desktop, and the reader tests measure both editions at both widths.
AXE_EVERY_PAGE = ("light", "desktop")


def configurations(steps: Iterable[str]) -> dict[tuple[str, str], tuple[str, ...]]:
    """The configurations the `steps` need, each with the steps it runs, in the order of STEPS."""
    wanted = set(steps)
    found: dict[tuple[str, str], tuple[str, ...]] = {}
    for name, (_, where) in STEPS.items():
        if name in wanted:
            for configuration in sorted(where):
                found[configuration] = (*found.get(configuration, ()), name)
    return found


def steps_on(
    configuration: tuple[str, str], path: str, steps: tuple[str, ...], sample: frozenset[str]
) -> tuple[str, ...]:
    """The steps run on `path`: all of `steps`, but axe only on the `sample` outside AXE_EVERY_PAGE."""
    return tuple(step for step in steps if step != "axe" or configuration == AXE_EVERY_PAGE or path in sample)


def stub_search_index(route) -> None:
    """Answer the search index request with the site's own index emptied of its documents.

    Material's search worker builds its index from the whole file on every page load, which costs more
    than a second of a core while the page is measured; only the load step (the search must load cleanly)
    and the search tests need the real index.
    """
    try:
        index = route.fetch().json()
        route.fulfill(json=index | {"docs": []})
    except PlaywrightError:  # the page moved on before its index arrived: no one is waiting for the answer
        return


def sweep_share(
    launch: Callable,
    site_url: str,
    plan: dict[tuple[str, str], tuple[str, ...]],
    pages: list[str],
    sample: frozenset[str],
) -> dict[tuple[str, str], dict[str, dict]]:
    """Visit `pages` in every configuration of `plan` (those with a step to run, `steps_on`), in one Chromium
    of this thread: {configuration: {path: {step: record}}}."""
    found: dict[tuple[str, str], dict[str, dict]] = {}
    with sync_playwright() as playwright:
        browser = launch(playwright)
        try:
            for (scheme, width), steps in plan.items():
                context = browser.new_context(color_scheme=scheme, **WIDTHS[width])
                context.set_default_timeout(TIMEOUT_MS)
                if "load" not in steps:
                    context.route("**/search/search_index.json", stub_search_index)
                tab = Tab(context.new_page(), site_url)
                records = found.setdefault((scheme, width), {})
                for path in pages:
                    if here := steps_on((scheme, width), path, steps, sample):
                        tab.visit(path)
                        records[path] = {name: STEPS[name][0](tab, scheme) for name in here}
                context.close()
        finally:
            browser.close()
    return found


def sweep(
    launch: Callable, site_url: str, pages: list[str], steps: Iterable[str], sample: Iterable[str]
) -> dict[tuple[str, str], dict[str, dict]]:
    """Every page in every configuration the `steps` need (axe on the `sample` of them outside
    AXE_EVERY_PAGE), the pages shared among WORKERS threads.

    `launch` starts Chromium from a Playwright instance. Returns {configuration: {path: {step: record}}}.
    """
    plan = configurations(steps)
    with ThreadPoolExecutor(max_workers=WORKERS) as pool:
        shares = [
            pool.submit(sweep_share, launch, site_url, plan, pages[start::WORKERS], frozenset(sample))
            for start in range(WORKERS)
        ]
        found: dict[tuple[str, str], dict[str, dict]] = {configuration: {} for configuration in plan}
        for share in shares:
            for configuration, records in share.result().items():
                found[configuration] |= records
    return {configuration: dict(sorted(records.items())) for configuration, records in found.items()}
