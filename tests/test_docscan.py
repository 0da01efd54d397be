"""The pages in docs/ name only facts that exist and type no numbers into their prose; the check and the
page index read each page by the same rules."""

import pytest

from macros.data.load import DeclaredIds
from macros.site.docs_scan import check_docs, check_references, check_twins, check_typed_numbers, scan_page
from macros.site.page_macros import MACROS

DECLARED = DeclaredIds(
    facts={"trade.turnover", "trade.turnover_growth"}, events={"diplomacy.state_visit"}, areas={"trade", "security"}
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '{{ figure("trade.turnovr") }}',
            ["docs/p.md:1: unknown fact 'trade.turnovr'; did you mean 'trade.turnover'?"],
        ),
        (
            'Line one\n\n{{ key_figures("trade.turnover", "trade.nothing_like_it") }}',
            ["docs/p.md:3: unknown fact 'trade.nothing_like_it'; expected a fact id defined in data/"],
        ),
        ('{{ area_facts("secutiry") }}', ["docs/p.md:1: unknown area 'secutiry'; did you mean 'security'?"]),
        (
            "{{ event_date('diplomacy.state_visits') }}",
            ["docs/p.md:1: unknown event 'diplomacy.state_visits'; did you mean 'diplomacy.state_visit'?"],
        ),
        ('{{ figure("trade.turnover", "2024") }} and {{ area_summary("trade") }}', []),
        ('{{ cite_this("trad") }}', ["docs/p.md:1: unknown area 'trad'; did you mean 'trade'?"]),
        ('{{ sources_list("a", "k") }} {{ download_columns("facts.csv") }} {{ range(3) }}', []),
        # A placeholder in the editors' guide, a Jinja comment: Jinja calls nothing in either.
        (
            '{% raw %}{{ fact("area.name") }}{% endraw %}\n{{ fact("area.nme") }}',
            ["docs/p.md:2: unknown fact 'area.nme'; expected a fact id defined in data/"],
        ),
        ('{#- {{ fact("area.name") }} -#}', []),
        (
            "---\ntitle: \"{{ fact_label('trade.turnovr') }}\"\n---\n",
            ["docs/p.md:2: unknown fact 'trade.turnovr'; did you mean 'trade.turnover'?"],
        ),
    ],
)
def test_references_to_data(text, expected):
    assert [str(p) for p in check_references(scan_page("docs/p.md", text), DECLARED, MACROS)] == expected


@pytest.mark.parametrize(
    ("text", "expected_lines"),
    [
        ("Trade grew by 13.6% in 2024.", [1]),
        ("Intro\n\nAbout 1,800 companies.", [3]),
        ("Figures come from {{ figure('trade.turnover') }} only.", []),
        ("```yaml\nvalue: 4.1\nperiod: '2024'\n```\nProse.", []),
        ("Run `python -m macros check` and read `data/trade.yaml:14`.", []),
        ("Read data/trade.yaml:14 outside code.", [1]),
        ("1. First step\n2. Second step", []),
        ("See [the guide](editors-guide.md#step-2) and <a href='x1'>this</a>.", []),
        ("---\ntitle: Page 1\n---\n# Heading {#part-2}", []),
        ("<!-- a comment with 2024 -->\nText", []),
        # An example shown as text in the editors' guide is not prose: neither its number nor its call counts.
        ("{% raw %}In 2024 {{ figure('x') }}{% endraw %}\nIn 2025", [2]),
        ("{# 2024 #}", []),
    ],
)
def test_numbers_in_prose(text, expected_lines):
    assert [p.line for p in check_typed_numbers(scan_page("docs/p.md", text))] == expected_lines


def test_typed_number_message():
    problem = check_typed_numbers(scan_page("docs/trade.md", "Turnover was $4.1 billion."))[0]
    assert str(problem) == (
        "docs/trade.md:1: a number is typed into the prose: '4.1'; expected it to come from data/ through a macro"
    )


@pytest.mark.parametrize(
    ("path", "url", "language"),
    [
        ("docs/index.md", "", None),
        ("docs/trade.md", "trade/", None),
        ("docs/trade/index.md", "trade/", None),
        ("docs/trade/energy.md", "trade/energy/", None),
        ("docs/trade.ru.md", "trade/", "ru"),
        ("docs/trade/index.pt_BR.md", "trade/", "pt_BR"),
    ],
)
def test_a_page_address_is_the_one_mkdocs_writes(path, url, language):
    page = scan_page(path, "")
    assert (page.url, page.language) == (url, language)


def test_the_calls_and_the_prose_keep_the_page_s_lines():
    page = scan_page(
        "docs/p.md", '{% raw %}\n{{ fact("a.b") }}\n{% endraw %}\n\n{{ fact("trade.turnover") }} in 2024\n'
    )
    assert [(call.name, call.strings, call.line) for call in page.calls] == [("fact", ("trade.turnover",), 5)]
    assert page.prose.count("\n") == 5
    assert [p.line for p in check_typed_numbers(page)] == [5]


def twins(english: str, russian: str) -> list[str]:
    pages = (scan_page("docs/trade.md", english), scan_page("docs/trade.ru.md", russian))
    return [str(problem) for problem in check_twins(pages, DECLARED, MACROS)]


def test_a_page_and_its_twin_show_the_same_macros():
    assert twins('{{ fact("trade.turnover") }}\n{{ range(3) }}', '# Торговля\n\n{{ fact("trade.turnover") }}') == []


def test_a_call_missing_from_the_twin_names_where_it_belongs():
    english = '{{ area_summary("trade") }}\n\n{{ fact("trade.turnover") }}\n{{ fact("trade.turnover_growth") }}\n'
    russian = '# Торговля\n{{ area_summary("trade") }}\n\n\n{{ fact("trade.turnover") }}\n'
    assert twins(english, russian) == [
        'docs/trade.ru.md:5: {{ fact("trade.turnover_growth") }} is missing (after this line): docs/trade.md:4 '
        "shows it; expected the same facts, events and macros in both editions"
    ]
    assert twins(russian, english) == [
        'docs/trade.md:5: {{ fact("trade.turnover_growth") }} is missing (after this line): docs/trade.ru.md:4 '
        "shows it; expected the same facts, events and macros in both editions"
    ]


def test_a_call_made_twice_is_needed_twice():
    figure = '{{ figure("trade.turnover") }}'
    assert len(twins(f"{figure} {figure}", figure)) == 1


def test_a_misspelt_id_is_left_to_its_own_message():
    # "unknown fact 'trade.turnovr'; did you mean ..." says it; the twin check says nothing more.
    assert twins('{{ fact("trade.turnovr") }}', '{{ fact("trade.turnover") }}') == []


def test_a_page_without_a_twin_is_not_compared():
    page = scan_page("docs/trade.md", '{{ fact("trade.turnover") }}')
    assert check_twins((page,), DECLARED, MACROS) == []


def test_references_to_an_unreadable_area_are_counted_not_reported():
    declared = DeclaredIds(facts=set(), unreadable_areas={"trade": ("data/trade.yaml", "the file could not be read")})
    pages = (scan_page("docs/p.md", '{{ fact("trade.turnover") }} {{ area_summary("trade") }} {{ fact("x.y") }}'),)
    assert [str(problem) for problem in check_docs(pages, declared, MACROS)] == [
        "docs/p.md:1: unknown fact 'x.y'; expected a fact id defined in data/",
        "docs/: 2 references to facts and events of data/trade.yaml were not checked: the file could not be read",
    ]
