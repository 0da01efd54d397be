"""Markup hidden in data values reaches the reader as text and runs nothing, in a real browser.

tests/fixtures/valid is a small project whose data carries `<script>`, `<img src=x onerror=...>`
and `<iframe>` values; it is built with the real macros and opened page by page, and its search is
used too, since Material writes search results into the page from the index.
"""

import pytest
from conftest import copy_project, mkdocs_build
from playwright.sync_api import expect

from .serving import page_paths, serve_folder

pytestmark = pytest.mark.browser

# Each hostile value of the fixture data, a page that shows it by construction of the fixture's docs, and
# the disclosure a reader opens to see it there (None: shown on load). Quotes are folded by design, in the
# table's "Quote" of their row (observation_tables.py): the point is that, opened, the quote reads as text.
HOSTILE_VALUES = [
    ("Trade <img src=x onerror=alert(1)>", "trade/", None),  # a fact's label (area_facts)
    ("<script>alert('quote')</script>", "trade/", "Quote"),  # an observation's quote
    ("<script>alert('publisher')</script> Agency", "sources/", None),  # a source's publisher (sources_list)
    ("Summit <iframe src=x></iframe>", "timeline/", None),  # an event's title (timeline)
]
# What the values would create if they were parsed as markup.
INJECTED = "img[src='x'], iframe, [onerror]"
INJECTED_SCRIPTS = "() => [...document.scripts].filter((script) => script.text.includes('alert(')).length"


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory):
    """The fixture project, built with `mkdocs build --strict`; yields (site folder, base URL)."""
    work = tmp_path_factory.mktemp("hostile")
    project = copy_project("valid", work)
    result = mkdocs_build(project, work / "site")
    assert result.returncode == 0, result.stdout + result.stderr
    with serve_folder(work / "site") as url:
        yield work / "site", url


@pytest.fixture(scope="module")
def tab(new_tab, hostile_site):
    return new_tab(hostile_site[1])


def injected_markup(tab) -> list[str]:
    """Elements or script runs that the hostile values caused on the open page."""
    found = tab.page.locator(INJECTED).evaluate_all("elements => elements.map((e) => e.outerHTML)")
    if tab.page.evaluate(INJECTED_SCRIPTS):
        found.append("a <script> element with alert( in its code")
    return found + [f"a dialog opened: {dialog}" for dialog in tab.latest.dialogs]


def test_no_page_builds_markup_from_data_or_runs_it(tab, hostile_site):
    problems = []
    for path in page_paths(hostile_site[0]):
        tab.visit(path)
        tab.wait_for_search_index()  # scripts have run and the index has loaded: the page is complete
        problems += [f"/{path}: {found}" for found in injected_markup(tab)]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize(("value", "path", "disclosure"), HOSTILE_VALUES)
def test_a_hostile_value_is_shown_as_the_text_it_is(tab, value, path, disclosure):
    tab.visit(path)
    if disclosure is not None:  # as a reader would: a click on the summary of the disclosure that holds it
        tab.page.locator("details", has_text=value).locator("summary", has_text=disclosure).first.click()
    shown = tab.page.get_by_text(value, exact=False).filter(visible=True)
    assert shown.count() > 0, f"/{path}: {value!r} is not visible as text"
    assert injected_markup(tab) == []


def test_search_results_show_hostile_values_as_text(tab):
    tab.visit("")
    tab.type_into_search("Agency")  # the hostile publisher's name; its results quote the other values too
    results = tab.page.locator(".md-search-result__list")
    expect(results).to_contain_text("<script>alert('publisher')</script> Agency")
    expect(results).to_contain_text("Trade <img src=x onerror=alert(1)>")
    assert injected_markup(tab) == []
