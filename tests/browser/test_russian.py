"""The Russian edition in Chromium: search finds Russian pages in Russian, and each edition's search
shows only its own pages.

The clean-load and axe tests (test_clean_load.py, test_axe.py) visit every page of `site_pages`,
the Russian ones included; the last test here holds that list to the Russian pages on disk.
"""

import pytest

pytestmark = pytest.mark.browser

RUSSIAN = "ru/"


@pytest.fixture(scope="module")
def search(desktop_tab):
    """A function: (page to search from, query, page awaited among the results) -> paths of the pages found."""

    def result_paths(from_path: str, query: str, awaited_path: str) -> list[str]:
        desktop_tab.visit(from_path)
        return desktop_tab.search_result_paths(query, awaited_path)

    return result_paths


# The English remittances page quotes Russian sources on «денежных переводов»: a search that reached
# the English pages would show it for that wording.
@pytest.mark.parametrize(
    ("from_path", "query"), [(RUSSIAN, "денежные переводы"), (f"{RUSSIAN}trade/", "денежных переводов")]
)
def test_russian_search_finds_the_russian_remittances_page_and_no_english_page(search, from_path, query):
    found = search(from_path, query, f"{RUSSIAN}remittances/")
    assert f"{RUSSIAN}remittances/" in found, f"found {found or 'nothing'}; expected /{RUSSIAN}remittances/"
    english = [path for path in found if not path.startswith(RUSSIAN)]
    assert not english, f"a Russian reader was shown English pages: {english}"


def test_english_search_shows_no_russian_page(search):
    found = search("", "remittances", "remittances/")
    assert "remittances/" in found, f"found {found or 'nothing'}; expected /remittances/"
    russian = [path for path in found if path.startswith(RUSSIAN)]
    assert not russian, f"an English reader was shown Russian pages: {russian}"


def test_the_browser_suite_visits_every_russian_page(built_site, site_pages):
    on_disk = {
        f"{page.parent.relative_to(built_site).as_posix()}/" for page in (built_site / RUSSIAN).rglob("index.html")
    }
    assert on_disk, "no Russian page was built"
    assert on_disk <= set(site_pages), f"not visited: {sorted(on_disk - set(site_pages))}"
