"""A reader without JavaScript, and a printed page, still reach every source (issue 13).

The provenance panels are popovers; the numbered source list at the end of each section
(`ol.fs-footnotes`) is their fallback for print, search engines and readers without CSS or JavaScript.
So every source link of every panel must also be in a footnote list, and the lists must be shown both
with JavaScript off and when the page is printed.
"""

from __future__ import annotations

import pytest

from .reader_scripts import PANEL_AND_FOOTNOTE_LINKS

pytestmark = pytest.mark.browser

# Pages whose figures carry panels: the home page, the areas, their sub-pages and the timeline, in both editions.
READER_PAGES = tuple(
    edition + page
    for edition in ("", "ru/")
    for page in (
        "",
        "trade/",
        "turnover/",
        "investment/",
        "energy/",
        "education/",
        "students/",
        "migration/",
        "remittances/",
        "security/",
        "diplomacy/",
        "timeline/",
    )
)


def unreached_sources(tab, paths) -> list[str]:
    problems = []
    for path in paths:
        tab.visit(path)
        found = tab.page.evaluate(PANEL_AND_FOOTNOTE_LINKS)
        listed = set(found["footnotes"])
        missing = sorted({link for panel in found["panels"] for link in panel["links"]} - listed)
        if found["figures"] and not found["panels"]:
            problems.append(f"/{path}: {found['figures']} figures and no provenance panel")
        elif found["panels"] and not found["footnoteLists"]:
            problems.append(f"/{path}: {len(found['panels'])} panels and no ol.fs-footnotes")
        elif not found["footnotesShown"]:
            problems.append(f"/{path}: a numbered source list is hidden")
        if missing:
            problems.append(f"/{path}: {len(missing)} panel links in no footnote list, e.g. {missing[:3]}")
    return problems


def test_without_javascript_every_source_is_in_a_shown_footnote_list(new_tab, site_url):
    tab = new_tab(site_url, java_script_enabled=False)
    problems = unreached_sources(tab, READER_PAGES)
    assert not problems, "without JavaScript:\n" + "\n".join(problems)


def test_printed_pages_show_every_source_in_a_footnote_list(new_tab, site_url):
    tab = new_tab(site_url)
    tab.page.emulate_media(media="print")
    problems = unreached_sources(tab, READER_PAGES)
    assert not problems, "printed:\n" + "\n".join(problems)
