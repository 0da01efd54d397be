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
    "data/education.yaml:11: education.schools.headline: rests only on copies ('copied-page': aggregator, mirror or blog); expected a headline that an official, agency or media source reports, or no headline mark",
    "data/education.yaml:15: education.schools.quote: does not contain the figure 1200; expected the value as the source states it, in digits or in words (or `derived:` for a value calculated from stated ones)",
    "data/education.yaml:20: education.schools.quote_gloss: missing the gloss in ru of a quote in 'en'; expected quote_gloss: {ru: ...}",
    "data/education.yaml:25: education.schools.quote_gloss: a single text is given; expected the gloss by language, such as {en: ..., ru: ...}",
    "data/education.yaml:27: education.schools.period: is 'undated' without a note; expected a note saying why the source gives no period",
    "data/education.yaml:39: education.pupils.stated_by: names a speaker for a value the editors calculated; expected no stated_by on a derived value",
    "data/education.yaml:40: education.pupils.headline: marks a derived value as the headline; expected the headline on a value a source states",
    "data/education.yaml:55: education.teachers.headline: marks an undated figure as the headline; expected the headline on a figure with a period",
    "data/migration.yaml:1: YAML syntax error at column 28: the bracket [ opened here is not closed; expected ] before the end of the value, or the text quoted",
    "data/pledges.yaml:6: pledges.schools.committed_by: 'putn' is not in data/speakers.yaml; did you mean 'putin'?",
    "data/pledges.yaml:7: pledges.schools.announced: missing required key 'source'; expected id of the source (data/sources.yaml) that reports it",
    "data/pledges.yaml:12: pledges.schools.target.fact: 'trade.companys' is not a fact in data/; did you mean 'trade.companies'?",
    "data/pledges.yaml:14: pledges.schools: missing required key 'source'; expected id of the source (data/sources.yaml)",
    "data/pledges.yaml:18: pledges.schools.event: 'trade.sumit' is not an event in data/; did you mean 'trade.summit'?",
    "data/pledges.yaml:20: pledges.schools.source: 'good-sorce' is not in data/sources.yaml; did you mean 'good-source'?",
    "data/pledges.yaml:24: pledges.schools.status: is missed, but its deadline '2025' had not passed by status_as_of (2025-11-10); expected a deadline that ended before the as-of date, or another status",
    "data/pledges.yaml:31: pledges.companies.deadline: 'soon' is not a period; expected YYYY, YYYY-MM, YYYY-MM-DD, a range START/END such as '2025-01/2025-09' or an academic year such as '2026/27'; or 'none' when the promise set no date",
    "data/pledges.yaml:35: pledges.companies.status: is achieved, but no figure of 'trade.companies' up to 2025-01 reaches the target 2000; expected a figure that meets it in that fact, or another status",
    "data/pledges.yaml:35: pledges.companies.status: rests on no dated evidence up to its as-of date (2025-01); expected at least one evidence row with a date no later than status_as_of",
    "data/pledges.yaml:36: pledges.companies.superseded_by: is given, but the status is 'achieved'; expected superseded_by only with status superseded",
    "data/pledges.yaml:37: pledges.companies.status_as_of: '2025-01' is earlier than evidence dated 2025-11-26; expected the date of the latest evidence the status rests on",
    "data/pledges.yaml:42: pledges.teachers.announced.quote_gloss: missing the gloss in ru of a quote in 'en'; expected quote_gloss: {ru: ...}",
    "data/pledges.yaml:43: pledges.teachers.deadline: '2022' ends before the promise was announced (2023-11-05); expected a deadline on or after the announcement",
    "data/pledges.yaml:44: pledges.teachers.target.unit: 'usd_billion' differs from the unit of 'trade.companies' (count); expected the target in its fact's unit",
    "data/pledges.yaml:48: pledges.teachers.superseded_by: 'pledges.school' is not a commitment in data/; did you mean 'pledges.schools'?",
    "data/sources.yaml:12: javascript-url.url: unsafe URL 'javascript:alert(1)' (scheme 'javascript:'); expected an http:// or https:// address",
    "data/sources.yaml:17: data-url.url: unsafe URL 'data:text/html,<script>alert(1)</script>' (scheme 'data:'); expected an http:// or https:// address",
    "data/sources.yaml:23: from-the-future.published: '2027-01-15' lies in the future; expected the date it was published",
    "data/sources.yaml:25: good-source: duplicate key (first defined on line 3); expected each key once",
    "data/sources.yaml:31: impossible-date.type: 'agancy' is not allowed; expected one of official, agency, media, aggregator, mirror, blog; did you mean 'agency'?",
    "data/sources.yaml:33: impossible-date.published: '2024-13-01' is not a date: there is no month 13; expected YYYY, YYYY-MM or YYYY-MM-DD, such as '2025-11-26'",
    "data/sources.yaml:34: impossible-date.language: 'english' is not valid here; expected a two-letter ISO 639-1 code such as 'en' or 'ru'; did you mean 'en'?",
    "data/sources.yaml:37: copied-page.via: a page of type mirror names no original; expected via: the outlet whose report it carries, or a note saying the page does not name its original",
    "data/speakers.yaml:7: half_translated.name: missing the 'ru' translation; expected a text for every language (en, ru)",
    "data/speakers.yaml:8: half_translated.side: 'russsia' is not allowed; expected one of russia, kyrgyzstan, other; did you mean 'russia'?",
    "data/trade.yaml:9: trade.turnover.period: '2024-13' is not a period: there is no month 13; expected YYYY, YYYY-MM, YYYY-MM-DD, a range START/END such as '2025-01/2025-09' or an academic year such as '2026/27'",
    "data/trade.yaml:11: trade.turnover.value: '4,1' uses a decimal comma; expected a dot: 4.1",
    "data/trade.yaml:12: trade.turnover.period: 2024 is a number; expected it quoted, such as '2024'",
    "data/trade.yaml:13: trade.turnover.source: 'good-sourse' is not in data/sources.yaml; did you mean 'good-source'?",
    "data/trade.yaml:15: trade.turnover.period: '2030' lies in the future; expected a past period, or `planned: true` on the fact for a target or plan",
    "data/trade.yaml:16: trade.turnover.qualifier: 'roughly' is not allowed; expected one of exact, about, almost, more_than, at_least, less_than, up_to; did you mean 'about'?",
    "data/trade.yaml:17: trade.turnover.stated_by: 'nobody' is not in data/speakers.yaml; expected an id defined there",
    "data/trade.yaml:19: trade.turnover.headline: 'no' would be read as a yes/no value; expected true or false",
    "data/trade.yaml:23: trade.turnover.colour: unknown key 'colour'; expected one of value, period, qualifier, stated_by, source, also_reported_by, quote, quote_gloss, basis, derived, note, headline, ref",
    "data/trade.yaml:25: trade.growth.label: 'Growth' is not translated; expected a text in every language: {en: ..., ru: ...}",
    "data/trade.yaml:26: trade.growth.unit: 'percentage' is not allowed; expected one of usd, usd_million, usd_billion, rub_million, rub_billion, percent, percentage_points, count, tonnes, tonnes_thousand, tonnes_million, hectares, megawatts, days, years; did you mean 'percent'?",
    "data/trade.yaml:27: trade.growth: has no observations; expected at least one",
    "data/trade.yaml:31: trade.companies.chart_events: 'trade.sumit' is not an event in data/; did you mean 'trade.summit'?",
    "data/trade.yaml:42: trade.companies.headline: a second headline (the first is on line 37); expected at most one per fact",
    "data/trade.yaml:45: trade.summit.date: '2025-02-30' is not a date: February 2025 has 28 days; expected YYYY, YYYY-MM, YYYY-MM-DD, a range START/END such as '2025-01/2025-09' or an academic year such as '2026/27'",
    "data/trade.yaml:49: trade.next_summit.date: '2027-05-01' lies in the future; expected a past date, or `planned: true` for an event still ahead",
    "docs/index.md:3: unknown fact 'trade.turnovr'; did you mean 'trade.turnover'?",
    "docs/index.md:5: a number is typed into the prose: '13.6'; expected it to come from data/ through a macro",
]
BROKEN_FILES = len({message.split(":", 1)[0] for message in EXPECTED})  # the files with a mistake


def problems_of(project: Path) -> list[str]:
    with pytest.raises(ProblemReport) as report:
        load_project(project, FIXTURE_TODAY)
    return [str(problem) for problem in report.value.problems]


def test_broken_fixture_reports_every_mistake_exactly():
    assert problems_of(FIXTURES / "broken") == EXPECTED


def test_report_ends_with_a_count():
    with pytest.raises(ProblemReport) as report:
        load_project(FIXTURES / "broken", FIXTURE_TODAY)
    assert str(report.value).splitlines()[-1] == f"{len(EXPECTED)} problems in {BROKEN_FILES} files"


def test_valid_fixture_has_no_problems():
    dataset = load_project(FIXTURES / "valid", FIXTURE_TODAY)
    assert "trade.turnover" in dataset.facts


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        # A source nobody cites would clutter the sources page.
        (
            (
                "data/sources.yaml",
                "sources:\n",
                "sources:\n  unused:\n    publisher: Nobody\n    type: media\n    language: en\n",
            ),
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
            "stated_by, source, also_reported_by, quote, quote_gloss, basis, derived, note, headline, ref",
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
