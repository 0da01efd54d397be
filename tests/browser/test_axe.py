"""axe-core scans every page, in the light and the dark palette, on a desktop and a phone, and finds no violation.

axe.min.js comes from the axe-playwright-python wheel pinned in requirements-dev.txt, so no network is
needed; it is evaluated through Playwright, which the page's Content-Security-Policy does not block.
"""

from importlib.resources import files

import pytest

from .conftest import PHONE
from .serving import page_language

pytestmark = pytest.mark.browser

AXE_SOURCE = (files("axe_playwright_python") / "axe.min.js").read_text(encoding="utf-8")
# Issue 13 asks for none at all: minor and moderate ones fail too.
BLOCKING_IMPACTS = ("minor", "moderate", "serious", "critical")
SCHEME = {"light": "default", "dark": "slate"}
WIDTHS = ("desktop", "phone")
# Material's dark palette changes colours only, so the dark pass runs the colour rules alone; and since
# every edition shares the stylesheets and templates, it scans the default language's pages, as does the
# phone pass (the light desktop pass scans every page of every language in full). All keep the suite fast.
AXE_OPTIONS = {
    "light": {"resultTypes": ["violations"]},
    "dark": {
        "resultTypes": ["violations"],
        "runOnly": {"type": "rule", "values": ["color-contrast", "link-in-text-block"]},
    },
}
NODES_SHOWN = 3


def describe(violation: dict) -> str:
    """One violation as the reader of a failure needs it: impact, rule, help, and where."""
    nodes = violation["nodes"]
    lines = [f"  {violation['impact']} {violation['id']}: {violation['help']} ({violation['helpUrl']})"]
    lines += [
        f"      at {' '.join(node['target'])}: {' '.join(node['failureSummary'].split())}"
        for node in nodes[:NODES_SHOWN]
    ]
    if len(nodes) > NODES_SHOWN:
        lines.append(f"      ... and {len(nodes) - NODES_SHOWN} more")
    return "\n".join(lines)


@pytest.fixture(scope="module")
def tabs(desktop_tab, new_tab, site_url):
    """A tab per palette and width; the dark one follows the system preference, as Material's palette does."""
    return {
        ("light", "desktop"): desktop_tab,
        ("dark", "desktop"): new_tab(site_url, color_scheme="dark"),
        ("light", "phone"): new_tab(site_url, **PHONE),
        ("dark", "phone"): new_tab(site_url, color_scheme="dark", **PHONE),
    }


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("scheme", list(SCHEME))
def test_no_page_has_an_accessibility_violation(tabs, built_site, site_pages, scheme, width):
    tab = tabs[scheme, width]
    default_language = page_language(built_site, "")
    every_language = (scheme, width) == ("light", "desktop")
    pages = [path for path in site_pages if every_language or page_language(built_site, path) == default_language]
    report = []
    for path in pages:
        tab.visit(path)
        shown = tab.page.locator("body").get_attribute("data-md-color-scheme")
        assert shown == SCHEME[scheme], f"/{path} shows the {shown!r} palette; expected {SCHEME[scheme]!r}"
        tab.page.evaluate(AXE_SOURCE)
        results = tab.page.evaluate("options => axe.run(document, options)", AXE_OPTIONS[scheme])
        blocking = [violation for violation in results["violations"] if violation["impact"] in BLOCKING_IMPACTS]
        if blocking:
            report.append(f"/{path}:\n" + "\n".join(describe(violation) for violation in blocking))
    assert not report, f"axe-core, {scheme} palette, {width}:\n" + "\n".join(report)
