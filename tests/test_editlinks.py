"""The "Edit this fact" and "Report a problem with this figure" links, and the one setting that turns them on."""

import html
import re
from urllib.parse import parse_qs, urlsplit

import pytest
import yaml
from conftest import FIXTURE_TODAY, FIXTURES, ROOT, copy_project, mkdocs_build, read_page
from mkdocs.utils.yaml import yaml_load

from macros.data.load import load_dataset
from macros.data.problems import ProblemReport
from macros.site.edit_links import ISSUE_FIELDS, ISSUE_FORM, editor_links, fact_links
from macros.site.html import PageContext

REPOSITORY = "https://github.com/example-org/fact-sheet"


@pytest.fixture(scope="module")
def turnover():
    dataset, problems = load_dataset(FIXTURES / "valid", FIXTURE_TODAY)
    assert problems == []
    return dataset.facts["trade.turnover"]


def hrefs(fragment: str) -> list:
    return [html.unescape(href) for href in re.findall(r'href="([^"]*)"', fragment)]


@pytest.mark.parametrize("setting", ["", "   ", None])
def test_no_repository_means_no_links(setting, turnover):
    links = editor_links({"extra": {"repository": setting}})
    assert links is None
    assert fact_links(PageContext(url="trade/"), turnover, links) == ""


@pytest.mark.parametrize("setting", [REPOSITORY, REPOSITORY + "/", REPOSITORY + ".git"])
def test_repository_address_is_normalised(setting):
    assert editor_links({"extra": {"repository": setting}}).repository == REPOSITORY


@pytest.mark.parametrize(
    "setting",
    [
        "github.com/example-org/fact-sheet",
        "http://github.com/a/b",
        "https://gitlab.com/a/b",
        "https://github.com/a/b/tree/main",
    ],
)
def test_a_wrong_address_stops_the_build_with_a_message(setting):
    with pytest.raises(ProblemReport) as caught:
        editor_links({"extra": {"repository": setting}})
    assert str(caught.value).splitlines()[0] == (
        f"mkdocs.yml: extra.repository: {setting!r} is not a GitHub repository address; "
        "expected https://github.com/OWNER/NAME, or '' for no links"
    )


def test_edit_opens_the_fact_at_its_line_and_report_prefills_the_issue_form(turnover):
    links = editor_links({"extra": {"repository": REPOSITORY}, "site_url": "https://facts.example.org/"})
    edit, report = hrefs(fact_links(PageContext(url="trade/"), turnover, links))
    assert edit == f"{REPOSITORY}/blob/main/data/trade.yaml#L3"
    address = urlsplit(report)
    assert f"{address.scheme}://{address.netloc}{address.path}" == f"{REPOSITORY}/issues/new"
    assert parse_qs(address.query) == {
        "template": [ISSUE_FORM],
        "title": ["Problem with trade.turnover"],
        "fact": ["trade.turnover"],
        "page": ["https://facts.example.org/trade/#fact-trade-turnover"],
    }


def test_links_speak_the_readers_language(turnover):
    links = editor_links({"extra": {"repository": REPOSITORY}})
    russian = fact_links(PageContext(lang="ru", url="ru/trade/", language_prefix="ru/"), turnover, links)
    assert ">Исправить этот показатель</a>" in russian
    assert ">Сообщить об ошибке в этой цифре</a>" in russian
    assert parse_qs(urlsplit(hrefs(russian)[1]).query)["page"] == ["ru/trade/#fact-trade-turnover"]


def test_the_issue_form_has_the_fields_the_link_fills():
    form = yaml.safe_load((ROOT / ".github" / "ISSUE_TEMPLATE" / ISSUE_FORM).read_text(encoding="utf-8"))
    ids = {item.get("id") for item in form["body"]}
    assert set(ISSUE_FIELDS) <= ids


def test_the_site_setting_is_not_repo_url():
    """Material's repo_url makes every page call the GitHub API; the links use extra.repository instead."""
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    assert not re.search(r"^repo_url\s*:", config, re.M)
    assert re.search(r"^extra:\n(?:  .*\n)*  repository: ", config, re.M)


@pytest.mark.build
def test_real_site_has_links_only_when_a_repository_is_set(built_site):
    # MkDocs' loader: the setting is !ENV [FACTSHEET_REPOSITORY, ""], empty unless the environment sets it.
    setting = (yaml_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8")).get("extra") or {}).get("repository")
    page = read_page(built_site, "trade/")
    assert ('class="fs-edit-links"' in page) == bool(setting)


@pytest.mark.build
def test_every_fact_on_an_area_page_gets_both_links(tmp_path):
    project = copy_project("valid", tmp_path)
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8") + f"extra:\n  repository: {REPOSITORY}\n", encoding="utf-8")
    result = mkdocs_build(project, tmp_path / "site")
    assert result.returncode == 0, result.stdout + result.stderr
    page = read_page(tmp_path / "site", "trade/")
    assert page.count('class="fs-edit-links"') == page.count('class="fs-fact"') == 1
    assert f"{REPOSITORY}/blob/main/data/trade.yaml#L3" in hrefs(page)
