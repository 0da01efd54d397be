"""Where each fact, event and source is shown, read from docs/: links follow a fact to whatever page
shows it, and the check names a fact shown twice, or a fact, event or source shown nowhere.

Each test copies the `valid` fixture (one area, `trade`, with the fact `trade.turnover`, the event
`trade.summit`, and the sources `agency-2025` and `ministry-2025`) and rewrites its pages.
"""

import html
import shutil

import pytest
from conftest import FIXTURE_TODAY, FIXTURES

from macros.data.problems import ProblemReport
from macros.site.figures import source_citation
from macros.site.html import PageContext as Page
from macros.site.page_macros import PageMacros
from macros.site.project import load_project


@pytest.fixture
def project(tmp_path):
    root = tmp_path / "project"
    shutil.copytree(FIXTURES / "valid", root)
    return root


def write_pages(root, pages: dict):
    docs = root / "docs"
    shutil.rmtree(docs)
    for name, text in pages.items():
        (docs / name).parent.mkdir(parents=True, exist_ok=True)
        (docs / name).write_text(text, encoding="utf-8")


def problems_of(root) -> list[str]:
    with pytest.raises(ProblemReport) as raised:
        load_project(root, FIXTURE_TODAY)
    return [str(problem) for problem in raised.value.problems]


def macros_on(dataset, url, lang="en"):
    prefix = "ru/" if lang == "ru" else ""
    page = Page(lang=lang, url=prefix + url, language_prefix=prefix, page_index=dataset.page_index)
    return PageMacros(dataset, lambda: page)


def test_a_figure_links_to_the_page_that_shows_its_fact_in_full(project):
    write_pages(
        project,
        {
            "index.md": '{{ figure("trade.turnover") }}\n',
            "money/flows.md": '# Flows\n\n{{ fact("trade.turnover") }}\n{{ area_events("trade") }}\n',
            "sources.md": "{{ sources_list() }}\n",
        },
    )
    dataset = load_project(project, FIXTURE_TODAY)
    assert dataset.page_index.fact_page(dataset.facts["trade.turnover"]) == "money/flows/"
    card = html.unescape(macros_on(dataset, "").key_figures("trade.turnover"))
    assert 'href="money/flows/#fact-trade-turnover"' in card
    from_russian = html.unescape(macros_on(dataset, "trade/", lang="ru").area_summary("trade"))
    assert 'href="../money/flows/#fact-trade-turnover"' in from_russian


def test_a_fact_shown_in_full_on_two_pages_is_an_error_naming_both(project):
    # Pages are read in path order: the later one shows the fact a second time.
    write_pages(
        project,
        {
            "trade.md": '# Trade\n\n{{ area_facts("trade") }}\n\n{{ area_events("trade") }}\n',
            "turnover.md": '# More\n\nText.\n\n{{ fact("trade.turnover") }}\n',
        },
    )
    assert problems_of(project) == [
        "docs/turnover.md:5: fact 'trade.turnover' is already shown in full at docs/trade.md:3; expected one full "
        "section per fact: mention it elsewhere with figure() or fact_label(), which link to that section"
    ]


def test_a_translated_twin_and_an_example_in_a_raw_block_do_not_show_a_fact_a_second_time(project):
    write_pages(
        project,
        {
            "trade.md": '{{ fact("trade.turnover") }}\n{{ area_events("trade") }}\n',
            "trade.ru.md": '{{ fact("trade.turnover") }}\n{{ area_events("trade") }}\n',
            "guide.md": '{% raw %}{{ fact("trade.turnover") }}{% endraw %}\n',
        },
    )
    assert load_project(project, FIXTURE_TODAY).page_index.facts == {"trade.turnover": "trade/"}


def test_a_fact_or_event_on_no_page_is_an_error_at_its_line_in_the_data(project):
    write_pages(project, {"index.md": '{{ figure("trade.turnover") }}\n'})
    assert problems_of(project) == [
        'data/trade.yaml:3: trade.turnover: is shown on no page; expected {{ fact("trade.turnover") }} on one '
        'page in docs/ and its .ru.md twin, or {{ area_facts("trade") }}',
        'data/trade.yaml:23: trade.summit: is shown on no page; expected {{ area_events("trade") }} on one page '
        "in docs/, or {{ timeline() }}",
    ]


def test_sources_spread_over_pages_by_letter_and_links_lead_to_the_right_one(project):
    pages = {
        "trade.md": '{{ area_facts("trade") }}\n{{ area_events("trade") }}\n',
        "sources.md": '{{ sources_list("0", "l") }}\n',
        "sources-m-z.md": '{{ sources_list("m", "я") }}\n',
    }
    write_pages(project, pages)
    dataset = load_project(project, FIXTURE_TODAY)
    agency, ministry = dataset.sources["agency-2025"], dataset.sources["ministry-2025"]
    # The agency's publisher begins with '<' (the XSS fixture), which sorts between the digits and 'a'.
    assert [dataset.page_index.source_page(s) for s in (agency, ministry)] == ["sources/", "sources-m-z/"]
    first = macros_on(dataset, "sources/").sources_list("0", "l")
    second = macros_on(dataset, "sources-m-z/").sources_list("m", "я")
    assert 'id="ministry-2025"' in second
    assert 'id="ministry-2025"' not in first
    # A citation of a source (in an event list, a commitment) leads to its entry on the page that lists it.
    trade = macros_on(dataset, "trade/")
    assert 'href="../sources/#agency-2025"' in html.unescape(trade.area_events("trade"))
    assert 'href="../sources-m-z/#ministry-2025"' in html.unescape(source_citation(trade.current_page(), ministry))

    write_pages(project, {**pages, "sources.md": '{{ sources_list("a", "l") }}\n'})
    assert problems_of(project) == [
        "data/sources.yaml:2: agency-2025: is listed on no page: no sources_list() in docs/ covers the letter "
        "'<'; expected the letters of the lists to cover every publisher's first letter"
    ]


def test_the_timeline_leads_to_each_event_on_its_area_page(project):
    write_pages(
        project,
        {
            "trade.md": '{{ area_facts("trade") }}\n{{ area_events("trade") }}\n',
            "timeline.md": "{{ timeline() }}\n",
            "sources.md": "{{ sources_list() }}\n",
        },
    )
    dataset = load_project(project, FIXTURE_TODAY)
    timeline = html.unescape(macros_on(dataset, "timeline/").timeline())
    assert '<a href="../trade/#event-trade-summit">Full entry</a>' in timeline
    assert 'id="event-trade-summit"' not in timeline
    on_its_page = macros_on(dataset, "trade/").area_events("trade")
    assert '<li id="event-trade-summit" data-area="trade">' in on_its_page
    assert "<span>Summit &lt;iframe" in on_its_page


def test_cite_this_finds_the_area_of_a_page_that_shows_only_some_of_its_facts(project):
    write_pages(
        project,
        {
            "trade.md": '{{ area_summary("trade") }}\n{{ area_events("trade") }}\n',
            "turnover.md": '{{ fact("trade.turnover") }}\n{{ cite_this() }}\n',
        },
    )
    dataset = load_project(project, FIXTURE_TODAY)
    assert dataset.page_index.area_of_page("turnover/") == "trade"
    assert dataset.page_index.area_of_page("trade/") == "trade"
    assert dataset.page_index.area_page(dataset.areas["trade"]) == "trade/"
