"""The pages in docs/ name only facts that exist and type no numbers into their prose."""

import pytest

from macros.data.validate import Declared
from macros.site.docs_scan import check_references, check_typed_numbers

DECLARED = Declared(
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
    ],
)
def test_references_to_data(text, expected):
    assert [str(p) for p in check_references("docs/p.md", text, DECLARED)] == expected


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
        ("{% raw %}{{ figure('x') }}{% endraw %}", []),
    ],
)
def test_numbers_in_prose(text, expected_lines):
    assert [p.line for p in check_typed_numbers("docs/p.md", text)] == expected_lines


def test_typed_number_message():
    problem = check_typed_numbers("docs/trade.md", "Turnover was $4.1 billion.")[0]
    assert str(problem) == (
        "docs/trade.md:1: a number is typed into the prose: '4.1'; expected it to come from data/ through a macro"
    )
