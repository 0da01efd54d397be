"""Cite this page: the citation's title, site, address and date, and what the date is based on.

The date is the last commit that changed the area's data file, or without that history the newest
publication date among the sources the area cites. Both cases run on a copy of the fixture project
in a temporary git repository; the last test reads the real built site.
"""

import os
import re
import shutil
import subprocess

import pytest
from conftest import FIXTURE_TODAY, FIXTURES, ROOT, read_page

from macros.data.periods import Point
from macros.site import build_info as buildinfo
from macros.site import citation
from macros.site.build_info import Site, last_data_change
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
    macros = PageMacros(dataset, lambda: page, Site("Fact sheet", site_url, root))
    return macros.cite_this()


def citation_text(block: str) -> str:
    return re.search(r'<p class="fs-cite-text">(.*?)</p>', block).group(1)


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
        "Fact sheet. “Trade and economy”. Data last changed 4 March 2026. https://facts.example.org/trade/"
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
    assert citation_text(block) == "Fact sheet. “Trade and economy”. Data last changed 1 June 2025. /trade/"
    assert "newest publication date among the sources this page cites" in block
    assert "does not know the site&#x27;s public address" in block  # no domain is invented


def test_the_citation_is_a_heading_in_the_page_contents_and_speaks_russian(project):
    block = cite(project, site_url="https://facts.example.org", lang="ru")
    assert block.startswith("## Как цитировать эту страницу {#cite-this-page}\n")
    assert citation_text(block) == (
        "Fact sheet. «Торговля и экономика». Данные изменены: 1 июня 2025\u00a0года. "
        "https://facts.example.org/ru/trade/"
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
    assert text.startswith(
        f"Russia–Kyrgyzstan partnership fact sheet. “{dataset.areas[area].title['en']}”. "
        f"Data last changed {format_point(change.when, 'en')}."
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
