"""The validator reports every mistake in data/ and docs/ at once, each with its file and line.

`tests/fixtures/broken/` holds every kind of mistake once; the exact list of messages below is the
contract with editors, so a change of wording is a deliberate diff here.
"""

from pathlib import Path

import pytest
from conftest import FIXTURE_TODAY, FIXTURES, copy_project

from macros.data.problems import ProblemReport
from macros.site.project import load_project

EXPECTED = [
    "data/migration.yaml:1: YAML syntax error: while parsing a flow sequence expected ',' or ']', but got '}'; expected valid YAML",
    "data/sources.yaml:10: javascript-url.url: unsafe URL 'javascript:alert(1)' (scheme 'javascript:'); expected an http:// or https:// address",
    "data/sources.yaml:14: data-url.url: unsafe URL 'data:text/html,<script>alert(1)</script>' (scheme 'data:'); expected an http:// or https:// address",
    "data/sources.yaml:19: from-the-future.published: '2027-01-15' lies in the future; expected the date it was published",
    "data/sources.yaml:21: good-source: duplicate key (first defined on line 3); expected each key once",
    "data/sources.yaml:27: impossible-date.published: '2024-13-01' is not a period: there is no month 13; expected YYYY, YYYY-MM, YYYY-MM-DD or a range START/END such as '2025-01/2025-09'",
    "data/sources.yaml:28: impossible-date.language: 'english' is not valid here; expected a two-letter ISO 639-1 code such as 'en' or 'ru'",
    "data/speakers.yaml:7: half_translated.name: missing the 'ru' translation; expected a text for every language (en, ru)",
    "data/speakers.yaml:8: half_translated.side: 'russsia' is not allowed; expected one of russia, kyrgyzstan, other; did you mean 'russia'?",
    "data/trade.yaml:9: trade.turnover.period: '2024-13' is not a period: there is no month 13; expected YYYY, YYYY-MM, YYYY-MM-DD or a range START/END such as '2025-01/2025-09'",
    "data/trade.yaml:11: trade.turnover.value: '4,1' is text; expected a number such as 4.1 (no units, no thousands separators)",
    "data/trade.yaml:12: trade.turnover.period: 2024 is a number; expected it quoted, such as '2024'",
    "data/trade.yaml:13: trade.turnover.source: 'good-sourse' is not in data/sources.yaml; did you mean 'good-source'?",
    "data/trade.yaml:15: trade.turnover.period: '2030' lies in the future; expected a past period, or `planned: true` on the fact for a target or plan",
    "data/trade.yaml:16: trade.turnover.qualifier: 'roughly' is not allowed; expected one of exact, about, almost, more_than, at_least, less_than, up_to",
    "data/trade.yaml:17: trade.turnover.stated_by: 'nobody' is not in data/speakers.yaml; expected an id defined there",
    "data/trade.yaml:19: trade.turnover.headline: 'no' would be read as a yes/no value; expected true or false",
    "data/trade.yaml:23: trade.turnover.colour: unknown key 'colour'; expected one of value, period, qualifier, stated_by, source, also_reported_by, quote, quote_gloss, note, headline, ref",
    "data/trade.yaml:25: trade.growth.label: 'Growth' is not translated; expected a text in every language: {en: ..., ru: ...}",
    "data/trade.yaml:26: trade.growth.unit: 'percentage' is not allowed; expected one of usd, usd_million, usd_billion, rub_million, rub_billion, percent, percentage_points, count, tonnes, tonnes_thousand, tonnes_million, hectares, megawatts, days, years; did you mean 'percent'?",
    "data/trade.yaml:27: trade.growth: has no observations; expected at least one",
    "data/trade.yaml:41: trade.companies.headline: a second headline (the first is on line 36); expected at most one per fact",
    "data/trade.yaml:44: trade.summit.date: '2025-02-30' is not a date: February 2025 has 28 days; expected YYYY, YYYY-MM, YYYY-MM-DD or a range START/END such as '2025-01/2025-09'",
    "data/trade.yaml:48: trade.next_summit.date: '2027-05-01' lies in the future; expected a past date, or `planned: true` for an event still ahead",
    "docs/index.md:3: unknown fact 'trade.turnovr'; did you mean 'trade.turnover'?",
    "docs/index.md:5: a number is typed into the prose: '13.6'; expected it to come from data/ through a macro",
]


def problems_of(project: Path) -> list[str]:
    with pytest.raises(ProblemReport) as report:
        load_project(project, FIXTURE_TODAY)
    return [str(problem) for problem in report.value.problems]


def test_broken_fixture_reports_every_mistake_exactly():
    assert problems_of(FIXTURES / "broken") == EXPECTED


def test_report_ends_with_a_count():
    with pytest.raises(ProblemReport) as report:
        load_project(FIXTURES / "broken", FIXTURE_TODAY)
    assert str(report.value).splitlines()[-1] == f"{len(EXPECTED)} problems in 5 files"


def test_valid_fixture_has_no_problems():
    dataset = load_project(FIXTURES / "valid", FIXTURE_TODAY)
    assert "trade.turnover" in dataset.facts


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        # A source nobody cites would clutter the sources page.
        (
            ("data/sources.yaml", "sources:\n", "sources:\n  unused:\n    publisher: Nobody\n    language: en\n"),
            "data/sources.yaml:2: unused: is not cited by any fact or event; expected it cited, or removed from the registry",
        ),
        # A figure may not refer to a period after its source was published.
        (
            ("data/trade.yaml", "period: '2024'", "period: '2025-12'"),
            "data/trade.yaml:{line}: trade.turnover.period: '2025-12' starts after its source 'agency-2025' was published "
            "(2025-11-26); expected the period the source reports",
        ),
        # A plan may lie ahead, but only when the fact says so.
        (
            ("data/trade.yaml", "period: '2024'", "period: '2027'"),
            "data/trade.yaml:{line}: trade.turnover.period: '2027' lies in the future; expected a past period, or "
            "`planned: true` on the fact for a target or plan",
        ),
        (
            ("data/trade.yaml", "      - value: 4.1\n", "      - value: 4.1\n        colour: red\n"),
            "data/trade.yaml:{line}: trade.turnover.colour: unknown key 'colour'; expected one of value, period, qualifier, "
            "stated_by, source, also_reported_by, quote, quote_gloss, note, headline, ref",
        ),
    ],
)
def test_single_mistakes_in_a_valid_project(tmp_path, edit, expected):
    project = copy_project("valid", tmp_path)
    relative, old, new = edit
    path = project / relative
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    line = next(
        number
        for number, content in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if new.splitlines()[-1].strip() in content
    )
    assert problems_of(project) == [expected.format(line=line)]
