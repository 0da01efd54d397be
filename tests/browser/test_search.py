"""Material's search, typed into as a reader types, finds the pages that hold a word or a figure."""

import pytest

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def search(desktop_tab):
    """The home page with its search; returns a function: query -> paths of the pages found."""
    desktop_tab.visit("")
    return desktop_tab.search_result_paths


@pytest.mark.parametrize(
    ("query", "page_path"),
    [
        ("Kant", "security/"),  # the Kant airbase
        ("remittances", "migration/"),  # migrants' remittances
        ("1,800", "investment/"),  # more than 1,800 companies with Russian participation (trade.yaml)
    ],
)
def test_search_finds_the_page(search, query, page_path):
    found = search(query, page_path)
    assert page_path in found, f"searching {query!r} found {found or 'nothing'}; expected /{page_path} among them"
