"""Material's search, typed into as a reader types, finds the pages that hold a word or a figure."""
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def search(desktop_tab):
    """The home page with its search; returns a function: query -> paths of the pages found."""
    desktop_tab.visit("")
    site_root = urlsplit(desktop_tab.base_url).path

    def result_paths(query: str, awaited_path: str) -> list[str]:
        links = desktop_tab.type_into_search(query)
        try:  # results arrive from the worker: wait for the awaited one, or for the timeout
            links.and_(desktop_tab.page.locator(f'[href*="/{awaited_path}"]')).first.wait_for(state="attached")
        except PlaywrightTimeoutError:
            pass  # the test's assertion says what was found instead
        hrefs = links.evaluate_all("links => links.map(link => link.href)")
        return sorted({urlsplit(href).path.removeprefix(site_root) for href in hrefs})

    return result_paths


@pytest.mark.parametrize("query, page_path", [
    ("Kant", "security/"),            # the Kant airbase
    ("remittances", "migration/"),    # migrants' remittances
    ("1,800", "trade/"),              # more than 1,800 companies with Russian participation (trade.yaml)
])
def test_search_finds_the_page(search, query, page_path):
    found = search(query, page_path)
    assert page_path in found, f"searching {query!r} found {found or 'nothing'}; expected /{page_path} among them"
