"""axe-core scans every page, in the light and the dark palette, and finds nothing serious or critical.

axe.min.js comes from the axe-playwright-python wheel pinned in requirements-dev.txt, so no network is
needed; it is evaluated through Playwright, which the page's Content-Security-Policy does not block.
"""

from importlib.resources import files

import pytest

from .serving import page_language

pytestmark = pytest.mark.browser

AXE_SOURCE = (files("axe_playwright_python") / "axe.min.js").read_text(encoding="utf-8")
BLOCKING_IMPACTS = ("serious", "critical")
SCHEME = {"light": "default", "dark": "slate"}
# Material's dark palette changes colours only, so the dark pass runs the colour rules alone; and since
# every edition shares the stylesheets and templates, it scans the default language's pages (the light
# pass scans every page of every language in full). Both keep the suite fast.
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
    """A tab per palette; the dark one follows the system preference, as Material's palette does."""
    return {"light": desktop_tab, "dark": new_tab(site_url, color_scheme="dark")}


@pytest.mark.parametrize("scheme", list(SCHEME))
def test_no_page_has_a_serious_or_critical_accessibility_violation(tabs, built_site, site_pages, scheme):
    tab = tabs[scheme]
    default_language = page_language(built_site, "")
    pages = [path for path in site_pages if scheme == "light" or page_language(built_site, path) == default_language]
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
    assert not report, f"axe-core, {scheme} palette:\n" + "\n".join(report)
