"""Cite this page: the citation's title, site, address and date, and what the date is based on.

The date is the last commit that changed the area's data file, or without that history the newest
publication date among the sources the area cites. Both cases run on a copy of the fixture project
in a temporary git repository; the last test reads the real built site.
"""

import datetime as dt
import html as html_module
import os
import re
import shutil
import subprocess

import pytest
from conftest import FIXTURE_TODAY, FIXTURES, ROOT, read_page

from macros.data.periods import Point
from macros.site import build_info as buildinfo
from macros.site import citation, fact_notes
from macros.site.build_info import BuildStamp, Site, last_data_change
from macros.site.changes import read_change_log
from macros.site.formatting import format_point
from macros.site.html import PageContext
from macros.site.page_macros import PageMacros
from macros.site.project import load_project

GIT_ENV = {
    "GIT_AUTHOR_NAME": "Test",
    "GIT_AUTHOR_EMAIL": "test@example.org",
    "GIT_COMMITTER_NAME": "Test",
    "GIT_COMMITTER_EMAIL": "test@example.org",
    "GIT_AUTHOR_DATE": "2026-03-04T10:00:00+00:00",
    "GIT_COMMITTER_DATE": "2026-03-04T10:00:00+00:00",
}


def git(root, *args):
    subprocess.run(["git", *args], cwd=root, check=True, capture_output=True, env={**os.environ, **GIT_ENV})


@pytest.fixture
def project(tmp_path):
    root = tmp_path / "project"
    shutil.copytree(FIXTURES / "charts", root)
    return root


def cite(root, site_url=None, page_url="trade/", lang="en"):
    dataset = load_project(root, FIXTURE_TODAY)
    prefix = "ru/" if lang == "ru" else ""
    page = PageContext(lang=lang, url=prefix + page_url, language_prefix=prefix, page_index=dataset.page_index)
    macros = PageMacros(dataset, lambda: page, Site("Fact sheet", site_url, root, BUILT))
    return macros.cite_this()


BUILT = BuildStamp(dt.date(2026, 12, 1), None)  # the access date until the reader's script gives theirs


def citation_text(block: str) -> str:
    """The plain-text citation as a reader reads it (without the access date's element)."""
    return re.sub(r"<[^>]+>", "", re.search(r'<p class="fs-cite-text">(.*?)</p>', block).group(1))


@pytest.fixture
def committed(project):
    """The fixture project as a git repository whose one commit (4 March 2026) holds data/."""
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    git(project, "init", "-q")
    git(project, "add", "data")
    git(project, "commit", "-q", "-m", "data")
    return project


def test_with_history_the_date_is_the_last_commit_to_the_area_s_data(committed):
    block = cite(committed, site_url="https://facts.example.org/")
    assert citation_text(block) == (
        "Fact sheet. “Trade and economy”. Data last changed 4 March 2026. https://facts.example.org/trade/ "
        "(accessed 1 December 2026)."
    )
    assert "latest recorded change to this page&#x27;s data file, data/trade.yaml" in block


def test_an_uncommitted_change_falls_back_to_the_newest_source(committed):
    data_file = committed / "data" / "trade.yaml"
    data_file.write_text(data_file.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    change = last_data_change(committed, load_project(committed, FIXTURE_TODAY), "trade")
    assert (change.basis, change.when.text) == ("sources", "2025-06-01")


def test_without_history_the_date_is_the_newest_source_and_the_text_says_so(project):
    block = cite(project)
    # The agency's page (1 June 2025) is newer than the ministry's (March 2025); the undated one has no say.
    assert citation_text(block) == (
        "Fact sheet. “Trade and economy”. Data last changed 1 June 2025. /trade/ (accessed 1 December 2026)."
    )
    assert "newest publication date among the sources this page cites" in block
    assert "built without its public address, so the citation gives the page&#x27;s path" in block  # no domain invented
    assert "browser" not in block  # the reader is not asked to mend the citation


def test_the_citation_is_a_heading_in_the_page_contents_and_speaks_russian(project):
    block = cite(project, site_url="https://facts.example.org", lang="ru")
    assert block.startswith("## Как цитировать эту страницу {#cite-this-page}\n")
    assert citation_text(block) == (
        "Торговля и экономика // Fact sheet. Последнее изменение данных: 1 июня 2025\u00a0года. "
        "URL: https://facts.example.org/ru/trade/ (дата обращения: 01.12.2026)."
    )


@pytest.mark.parametrize(
    ("when", "english", "russian"),
    [
        ("2025-06-01", "1 June 2025", "1 июня 2025\u00a0года"),
        ("2025-06", "June 2025", "июнь 2025\u00a0года"),  # a source dated by its month only
        ("2025", "2025", "2025\u00a0год"),
    ],
)
def test_the_citation_date_reads_as_a_date_in_each_language(when, english, russian):
    point = Point.parse(when)
    assert (citation.citation_date(point, "en"), citation.citation_date(point, "ru")) == (english, russian)


def test_cite_this_outside_an_area_page_asks_for_the_area(project):
    with pytest.raises(LookupError, match="not the page of one area"):
        cite(project, page_url="about/")


def test_page_address_uses_site_url_or_the_path():
    assert citation.page_address("https://x.org/sheet/", "trade/") == ("https://x.org/sheet/trade/", True)
    assert citation.page_address(None, "ru/trade/") == ("/ru/trade/", False)


@pytest.mark.build
@pytest.mark.parametrize(
    ("page", "area"),
    [
        ("trade/", "trade"),
        ("turnover/", "trade"),
        ("investment/", "trade"),
        ("energy/", "trade"),
        ("education/", "education"),
        ("students/", "education"),
        ("migration/", "migration"),
        ("remittances/", "migration"),
        ("security/", "security"),
        ("diplomacy/", "diplomacy"),
    ],
)
def test_each_area_page_ends_with_its_citation(built_site, page, area):
    html = read_page(built_site, page)
    dataset = load_project(ROOT)
    article = re.search(r"<article.*?</article>", html, re.S).group(0)
    assert 'id="cite-this-page"' in article
    after = article[article.index('id="cite-this-page"') :]
    assert "fs-fact" not in after
    assert "fs-events" not in after
    text = citation_text(after)
    change = last_data_change(ROOT, dataset, area)
    # the page's own title, its heading ("Trade in goods"), not its area's ("Trade and economy")
    heading = re.sub(r"<[^>]+>", "", re.search(r"<h1[^>]*>(.*?)</h1>", article, re.S).group(1))
    heading = html_module.unescape(heading).removesuffix("¶").strip()
    assert text.startswith(
        f"Russia–Kyrgyzstan partnership fact sheet. “{heading}”. Data last changed {format_point(change.when, 'en')}."
    )


def test_both_editions_share_one_answer_from_git(committed, monkeypatch):
    asked = []
    real_git = buildinfo.git
    monkeypatch.setattr(buildinfo, "git", lambda root, *args: asked.append(args[0]) or real_git(root, *args))
    build = buildinfo.GitFacts(committed)
    first, second = build.history, build.history
    assert first is second
    assert first.committed["data/trade.yaml"] == "2026-03-04"
    assert sorted(asked) == ["log", "rev-parse", "status", "status"]  # the stamp's two, the history's two


def test_cite_this_figure_gives_the_fact_s_full_address_its_id_and_period(committed):
    dataset = load_project(committed, FIXTURE_TODAY)
    page = PageContext(lang="en", url="trade/", page_index=dataset.page_index)
    site = Site("Fact sheet", "https://facts.example.org/", committed, BUILT)
    fact = dataset.facts["trade.turnover"]
    area_change = last_data_change(committed, dataset, "trade")
    block = str(fact_notes.figure_citation_for(page, fact, site, read_change_log(committed), area_change))
    assert block.startswith('<details class="fs-cite fs-cite-figure"')
    assert citation_text(block) == (
        "Turnover &lt;img src=x onerror=alert(1)&gt;, 2024 (fact trade.turnover). Fact sheet. Data last changed "
        "4 March 2026. https://facts.example.org/trade/&#35;fact-trade-turnover (accessed 1 December 2026)."
    )
    assert 'data-cite-changed="2026-03-04"' in block
    assert 'data-cite="rukg-factsheet-trade.turnover"' in block  # the BibTeX key and CSL id


def test_the_russian_figure_citation_is_in_russian(project):
    dataset = load_project(project, FIXTURE_TODAY)
    page = PageContext(lang="ru", url="ru/trade/", language_prefix="ru/", page_index=dataset.page_index)
    site = Site("Справочник", None, project, BUILT)
    change = last_data_change(project, dataset, "trade")
    block = str(
        fact_notes.figure_citation_for(page, dataset.facts["trade.turnover"], site, read_change_log(project), change)
    )
    assert "Как цитировать эту цифру" in block
    assert citation_text(block) == (
        "Товарооборот, 2024 (показатель trade.turnover) // Справочник. Последнее изменение данных: 1 июня 2025\u00a0года. "
        "URL: /ru/trade/&#35;fact-trade-turnover (дата обращения: 01.12.2026)."
    )


@pytest.mark.build
@pytest.mark.parametrize("edition", ["", "ru/"])
def test_no_two_pages_share_a_citation_key(built_site, edition):
    """A reader who cites two pages of one area (they share a data file) gets two bibliography entries."""
    keys: dict[str, str] = {}
    pages = sorted((built_site / edition).glob("*/index.html"))
    for path in pages:
        page = path.read_text(encoding="utf-8")
        if 'id="cite-this-page"' not in page:
            continue
        block = page[page.index('id="cite-this-page"') :]
        key = re.search(r'data-cite="([^"]+)"', block).group(1)
        assert key not in keys, f"/{edition}{path.parent.name}/ and {keys[key]} share the key {key}"
        keys[key] = f"/{edition}{path.parent.name}/"
    assert "rukg-factsheet-turnover" in keys
    assert len(keys) >= 10
