"""Each rule across fields (macros/data/rules.py) on data that passes it and data that breaks it, word for word.

Every rule in `RULES` must have both kinds of case in `CASES`: a new rule without them fails
`test_every_rule_has_a_passing_and_a_failing_case`.
"""

import pytest
from conftest import FIXTURE_TODAY

from macros.data.load import DeclaredIds, read_data
from macros.data.rules import RULES, check_rules

RULES_BY_NAME = {rule.name: rule for rule in RULES}

# One source to a line, so a source's line is its position plus one.
SOURCES = """sources:
  agency-2025: {publisher: Agency, published: '2025-11-26', language: en}
  ministry-2025: {publisher: Ministry, published: '2025-11-20', language: ru}
  inferred-2025: {publisher: Blog, published: '2025-01', date_inferred: true, language: en}
  undated: {publisher: Someone, language: en}
"""
SPEAKERS = "speakers:\n  minister: {name: {en: M, ru: M}, side: kyrgyzstan}\n"


def area(*observations: str, planned: bool = False, events: str = "") -> str:
    """data/trade.yaml with the fact trade.turnover; its observations, one to a line, start on line 7
    (line 8 when the fact is planned)."""
    head = "title: {en: T, ru: T}\nfacts:\n  turnover:\n    label: {en: L, ru: L}\n    unit: usd_billion\n"
    plan = "    planned: true\n" if planned else ""
    lines = "".join(f"      - {{{observation}}}\n" for observation in observations)
    return head + plan + "    observations:\n" + lines + (f"events:\n{events}" if events else "")


def event(name: str, fields: str) -> str:
    return f"  {name}: {{title: {{en: E, ru: E}}, source: agency-2025, {fields}}}\n"


OBS = "value: 4.1, period: '2024', source: agency-2025"  # an observation every rule passes

CASES = [
    # rule, extra sources, data/trade.yaml, expected problems
    ("source-published-in-future", "", area(OBS), []),
    (
        "source-published-in-future",
        "  future-2027: {publisher: X, published: '2027-01-15', language: en}\n",
        area(OBS),
        [
            "data/sources.yaml:6: future-2027.published: '2027-01-15' lies in the future; expected the date it was published"
        ],
    ),
    ("observation-in-future", "", area(OBS), []),
    ("observation-in-future", "", area("value: 1, period: '2030', source: agency-2025", planned=True), []),
    (
        "observation-in-future",
        "",
        area("value: 1, period: '2030', source: agency-2025"),
        [
            "data/trade.yaml:7: trade.turnover.period: '2030' lies in the future; expected a past period, or `planned: true` on the fact for a target or plan"
        ],
    ),
    ("observation-after-its-source", "", area(OBS), []),
    ("observation-after-its-source", "", area("value: 1, period: '2025-06', source: inferred-2025"), []),
    ("observation-after-its-source", "", area("value: 1, period: '2026', source: undated"), []),
    ("observation-after-its-source", "", area("value: 1, period: '2025-12', source: agency-2025", planned=True), []),
    ("observation-after-its-source", "", area("value: 1, period: '2030', source: agency-2025"), []),  # in the future
    (
        "observation-after-its-source",
        "",
        area(OBS, "value: 1, period: '2025-12', source: agency-2025"),
        [
            "data/trade.yaml:8: trade.turnover.period: '2025-12' starts after its source 'agency-2025' was published (2025-11-26); expected the period the source reports"
        ],
    ),
    ("source-repeated", "", area(OBS + ", also_reported_by: [ministry-2025]"), []),
    (
        "source-repeated",
        "",
        area(
            OBS + ", also_reported_by: [ministry-2025, agency-2025]",
            events=event("summit", "date: '2025-11-26', also_reported_by: [agency-2025]"),
        ),
        [
            "data/trade.yaml:7: trade.turnover.also_reported_by: repeats the source 'agency-2025'; expected only other sources",
            "data/trade.yaml:9: trade.summit.also_reported_by: repeats the source 'agency-2025'; expected only other sources",
        ],
    ),
    ("second-headline", "", area(OBS + ", headline: true", "value: 1, period: '2023', source: agency-2025"), []),
    (
        "second-headline",
        "",
        area(
            OBS + ", headline: true",
            OBS + ", headline: false",
            "value: 1, period: '2023', source: agency-2025, headline: true",
            "value: 2, period: '2022', source: agency-2025, headline: true",
        ),
        [
            "data/trade.yaml:9: trade.turnover.headline: a second headline (the first is on line 7); expected at most one per fact",
            "data/trade.yaml:10: trade.turnover.headline: a second headline (the first is on line 7); expected at most one per fact",
        ],
    ),
    ("observation-repeated", "", area(OBS, "value: 4.1, period: '2024', source: ministry-2025"), []),
    ("observation-repeated", "", area(OBS, OBS + ", qualifier: about"), []),
    (
        "observation-repeated",
        "",
        area(OBS, "value: 1, period: '2023', source: agency-2025", OBS + ", quote: 'another quote, same figure'"),
        ["data/trade.yaml:9: trade.turnover: repeats the observation on line 7; expected each report once"],
    ),
    ("event-in-future", "", area(OBS, events=event("summit", "date: '2025-11-26'")), []),
    ("event-in-future", "", area(OBS, events=event("summit", "date: '2027-05-01', planned: true")), []),
    (
        "event-in-future",
        "",
        area(OBS, events=event("summit", "date: '2027-05-01'")),
        [
            "data/trade.yaml:9: trade.summit.date: '2027-05-01' lies in the future; expected a past date, or `planned: true` for an event still ahead"
        ],
    ),
    (
        "source-not-cited",
        "",
        area(
            OBS + ", also_reported_by: [ministry-2025]",
            events=event("summit", "date: '2025-02', other_dates: [{date: '2025-01', source: inferred-2025}]")
            + "  visit: {title: {en: V, ru: V}, source: undated, date: '2024'}\n",
        ),
        [],
    ),
    (
        "source-not-cited",
        "",
        area(OBS),
        [
            "data/sources.yaml:3: ministry-2025: is not cited by any fact or event; expected it cited, or removed from the registry",
            "data/sources.yaml:4: inferred-2025: is not cited by any fact or event; expected it cited, or removed from the registry",
            "data/sources.yaml:5: undated: is not cited by any fact or event; expected it cited, or removed from the registry",
        ],
    ),
]


def raw_data(tmp_path, area_text, extra_sources=""):
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "sources.yaml").write_text(SOURCES + extra_sources, encoding="utf-8")
    (tmp_path / "data" / "speakers.yaml").write_text(SPEAKERS, encoding="utf-8")
    (tmp_path / "data" / "trade.yaml").write_text(area_text, encoding="utf-8")
    problems = []
    data = read_data(tmp_path, FIXTURE_TODAY, problems, DeclaredIds())
    assert [str(problem) for problem in problems] == []  # each case breaks the one rule, nothing else
    return data


@pytest.mark.parametrize(
    ("rule", "extra_sources", "area_text", "expected"),
    CASES,
    ids=[f"{case[0]}-{'fails' if case[3] else 'passes'}-{number}" for number, case in enumerate(CASES)],
)
def test_rule(tmp_path, rule, extra_sources, area_text, expected):
    data = raw_data(tmp_path, area_text, extra_sources)
    assert [str(problem) for problem in RULES_BY_NAME[rule].check(data)] == expected


def test_every_rule_has_a_passing_and_a_failing_case():
    for rule in RULES:
        outcomes = {bool(expected) for name, _, _, expected in CASES if name == rule.name}
        assert outcomes == {False, True}, f"tests/test_rules.py: add cases for the rule {rule.name!r}"


def test_every_rule_is_named_once_and_described_in_one_line():
    assert len(RULES_BY_NAME) == len(RULES)
    for rule in RULES:
        assert rule.name.replace("-", "").isalpha()
        assert rule.name == rule.name.lower()
        assert rule.description.endswith(".")
        assert "\n" not in rule.description


def test_a_rule_that_needs_valid_data_waits_for_the_others(tmp_path):
    # An uncited source is not reported while anything else is wrong: a fact that could not be read
    # may be the one that cites it.
    data = raw_data(tmp_path, area("value: 1, period: '2030', source: agency-2025"))
    found = [str(problem) for problem in check_rules(data)]
    assert found == [
        "data/trade.yaml:7: trade.turnover.period: '2030' lies in the future; expected a past period, or `planned: true` on the fact for a target or plan"
    ]
    assert check_rules(data, found_so_far=["an earlier problem"], rules=[RULES_BY_NAME["source-not-cited"]]) == []
    assert len(check_rules(data, rules=[RULES_BY_NAME["source-not-cited"]])) == 3
