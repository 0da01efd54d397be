"""Each rule across fields (macros/data/rules.py) on data that passes it and data that breaks it, word for word.

Every rule in `RULES` must have both kinds of case in `CASES`: a new rule without them fails
`test_every_rule_has_a_passing_and_a_failing_case`.
"""

import pytest
from commitment_rule_cases import ROW, commitment, with_commitments
from conftest import FIXTURE_TODAY

from macros.data.load import DeclaredIds, read_data
from macros.data.rules import RULES, check_rules

RULES_BY_NAME = {rule.name: rule for rule in RULES}

# One source to a line, so a source's line is its position plus one.
SOURCES = """sources:
  agency-2025: {publisher: Agency, type: agency, published: '2025-11-26', language: en}
  ministry-2025: {publisher: Ministry, type: official, published: '2025-11-20', language: ru}
  inferred-2025: {publisher: Blog, type: blog, published: '2025-01', date_inferred: true, language: en}
  undated: {publisher: Someone, type: media, language: en}
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
COPIES = (  # two copies, on lines 6 and 7 of data/sources.yaml
    "  mirror-2025: {publisher: Mirror, type: mirror, via: Agency, published: '2025-11-27', language: en}\n"
    "  wire-2025: {publisher: Wire, type: aggregator, via: Agency, published: '2025-11-27', language: en}\n"
)
DERIVED = (
    "derived: {method: {en: difference, ru: разница}, inputs: [{value: 4.4, source: agency-2025, quote: 'from 4.4'}]}"
)
UNDATED = "value: 3.16, period: undated, source: agency-2025"
WHY_UNDATED = "note: {en: The source gives no year., ru: Год в источнике не указан.}"


def charted(event_ids: list[str]) -> str:
    """data/trade.yaml whose fact marks `event_ids` on its chart (line 6), with the event trade.accession."""
    text = area(OBS, events=event("accession", "date: '2015-08-06'"))
    return text.replace(
        "    unit: usd_billion\n", f"    unit: usd_billion\n    chart_events: [{', '.join(event_ids)}]\n"
    )


CASES = [
    # rule, extra sources, data/trade.yaml, expected problems
    ("source-published-in-future", "", area(OBS), []),
    (
        "source-published-in-future",
        "  future-2027: {publisher: X, type: media, published: '2027-01-15', language: en}\n",
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
    ("fact-chart-event-unknown", "", charted(["trade.accession"]), []),
    (
        "fact-chart-event-unknown",
        "",
        charted(["trade.accesion"]),
        [
            "data/trade.yaml:6: trade.turnover.chart_events: 'trade.accesion' is not an event in data/; did you mean 'trade.accession'?"
        ],
    ),
]


CASES += [
    (
        "headline-from-copies",
        COPIES,
        area("value: 4.1, period: '2024', source: mirror-2025, headline: true, also_reported_by: [agency-2025]"),
        [],
    ),
    ("headline-from-copies", COPIES, area("value: 4.1, period: '2024', source: mirror-2025"), []),  # not a headline
    (
        "headline-from-copies",
        COPIES,
        area("value: 4.1, period: '2024', source: mirror-2025, headline: true, also_reported_by: [wire-2025]"),
        [
            "data/trade.yaml:7: trade.turnover.headline: rests only on copies ('mirror-2025', 'wire-2025': aggregator, mirror or blog); expected a headline that an official, agency or media source reports, or no headline mark"
        ],
    ),
    (
        "quote-holds-figure",
        "",
        area(
            OBS + ", quote: 'trade reached $4.1 billion'",
            "value: 3.16, period: '2023', source: agency-2025, quote: 'over 3 billion 160 million dollars'",
            "value: 3.5, period: '2022', source: ministry-2025, quote: 'более трех с половиной миллиардов'",
            "value: 0.3, period: '2021', source: agency-2025, " + DERIVED,
        ),
        [],
    ),
    (
        "quote-holds-figure",
        "",
        area(
            OBS + ", quote: 'trade reached $4.2 billion'",
            "value: 0.3, period: '2021', source: agency-2025, derived: {method: {en: d, ru: d}, inputs: [{value: 4.4, source: agency-2025, quote: 'from 4.5'}]}",
        ),
        [
            "data/trade.yaml:7: trade.turnover.quote: does not contain the figure 4.1; expected the value as the source states it, in digits or in words (or `derived:` for a value calculated from stated ones)",
            "data/trade.yaml:8: trade.turnover.derived.inputs.quote: does not contain the figure 4.4; expected the value as the source states it, in digits or in words (or `derived:` for a value calculated from stated ones)",
        ],
    ),
    ("copy-without-via", COPIES, area(OBS), []),
    (
        "copy-without-via",
        "  wire-2025: {publisher: W, type: aggregator, language: en, note: {en: Names no original., ru: Не называет оригинал.}}\n",
        area(OBS),
        [],
    ),
    (
        "copy-without-via",
        "  mirror-2025: {publisher: M, type: mirror, language: en}\n",
        area(OBS),
        [
            "data/sources.yaml:6: mirror-2025.via: a page of type mirror names no original; expected via: the outlet whose report it carries, or a note saying the page does not name its original"
        ],
    ),
    ("derived-stated-by", "", area(OBS, "value: 0.3, period: '2023', source: agency-2025, " + DERIVED), []),
    (
        "derived-stated-by",
        "",
        area("value: 0.3, period: '2023', source: agency-2025, stated_by: minister, " + DERIVED),
        [
            "data/trade.yaml:7: trade.turnover.stated_by: names a speaker for a value the editors calculated; expected no stated_by on a derived value"
        ],
    ),
    ("derived-headline", "", area("value: 0.3, period: '2023', source: agency-2025, headline: true, " + DERIVED), []),
    (
        "derived-headline",
        "",
        area(OBS, "value: 0.3, period: '2023', source: agency-2025, headline: true, " + DERIVED),
        [
            "data/trade.yaml:8: trade.turnover.headline: marks a derived value as the headline; expected the headline on a value a source states"
        ],
    ),
    (
        "quote-gloss",
        "  arabic-2025: {publisher: A, type: agency, published: '2025-11-26', language: ar}\n",
        area(
            OBS + ", quote: '$4.1 billion', quote_gloss: {ru: '4,1 млрд долларов'}",
            "value: 1, period: '2023', source: arabic-2025, quote: '1', quote_gloss: {en: one, ru: один}",
            events=event("summit", "date: '2025-11-26', quote: met, quote_gloss: {ru: встретились}"),
        ),
        [],
    ),
    (
        "quote-gloss",
        "  arabic-2025: {publisher: A, type: agency, published: '2025-11-26', language: ar}\n",
        area(
            OBS + ", quote: '$4.1 billion'",
            "value: 1, period: '2023', source: ministry-2025, quote: '1 млрд', quote_gloss: {ru: '1 млрд', en: '1 billion'}",
            "value: 2, period: '2022', source: agency-2025, quote_gloss: {ru: два}",
            "value: 3, period: '2021', source: arabic-2025, quote: '3', quote_gloss: {en: three}",
        ),
        [
            "data/trade.yaml:7: trade.turnover.quote_gloss: missing the gloss in ru of a quote in 'en'; expected quote_gloss: {ru: ...}",
            "data/trade.yaml:8: trade.turnover.quote_gloss: glosses the quote in its own language 'ru'; expected glosses only in en",
            "data/trade.yaml:9: trade.turnover.quote_gloss: is a gloss of no quote; expected a quote, or no gloss",
            "data/trade.yaml:10: trade.turnover.quote_gloss: missing the gloss in ru of a quote in 'ar'; expected quote_gloss: {ru: ...}",
        ],
    ),
    ("undated-note", "", area(OBS, f"{UNDATED}, {WHY_UNDATED}"), []),
    (
        "undated-note",
        "",
        area(OBS, UNDATED),
        [
            "data/trade.yaml:8: trade.turnover.period: is 'undated' without a note; expected a note saying why the source gives no period"
        ],
    ),
    ("undated-headline", "", area(OBS + ", headline: true", f"{UNDATED}, {WHY_UNDATED}"), []),
    (
        "undated-headline",
        "",
        area(OBS, f"{UNDATED}, headline: true, {WHY_UNDATED}"),
        [
            "data/trade.yaml:8: trade.turnover.headline: marks an undated figure as the headline; expected the headline on a figure with a period"
        ],
    ),
]


# The commitment rules (macros/data/commitment_rules.py); `commitment()` writes one, its keys on fixed lines.
A, AE = area(OBS), area(OBS, events=event("summit", "date: '2025-11-26'"))
UNDATED_ROW = "{source: agency-2025, quote: q, quote_gloss: {ru: к}, shows: {en: S, ru: S}}"
CASES += [
    (
        "commitment-unknown-id",
        "",
        with_commitments(AE, commitment(events="[trade.summit]", evidence=[ROW[:-1] + ", event: trade.summit}"])),
        [],
    ),
    (
        "commitment-unknown-id",
        "",
        with_commitments(
            AE,
            commitment(
                target="{value: 5, unit: usd_billion, fact: trade.turnovr}",
                events="[trade.sumit, trade.nothing_like_it]",
                evidence=[ROW[:-1] + ", event: trade.summitt}"],
            ),
        ),
        [
            "data/trade.yaml:16: trade.promise.target.fact: 'trade.turnovr' is not a fact in data/; did you mean 'trade.turnover'?",
            "data/trade.yaml:18: trade.promise.event: 'trade.summitt' is not an event in data/; did you mean 'trade.summit'?",
            "data/trade.yaml:22: trade.promise.events: 'trade.sumit' is not an event in data/; did you mean 'trade.summit'?",
            "data/trade.yaml:22: trade.promise.events: 'trade.nothing_like_it' is not an event in data/; expected the id of an event, <area>.<name>",
        ],
    ),
    (
        "commitment-superseded",
        "",
        with_commitments(A, commitment(status="superseded", superseded_by="trade.successor"), commitment("successor")),
        [],
    ),
    (
        "commitment-superseded",
        "",
        with_commitments(
            A,
            commitment(status="superseded"),
            commitment("renamed", superseded_by="trade.promise"),
            commitment("third", status="superseded", superseded_by="trade.successr"),
            commitment("successor"),
        ),
        [
            "data/trade.yaml:17: trade.promise.status: is superseded but names no successor; expected superseded_by: the id of the commitment that replaced it",
            "data/trade.yaml:29: trade.renamed.superseded_by: is given, but the status is 'in_progress'; expected superseded_by only with status superseded",
            "data/trade.yaml:41: trade.third.superseded_by: 'trade.successr' is not a commitment in data/; did you mean 'trade.successor'?",
        ],
    ),
    (
        "commitment-deadline-form",
        "",
        with_commitments(A, commitment(deadline="none"), commitment("dated", deadline="'2025-01/2025-09'")),
        [],
    ),
    (
        "commitment-deadline-form",
        "",
        with_commitments(A, commitment(deadline="'2030-13'"), commitment("soon", deadline="soon")),
        [
            "data/trade.yaml:13: trade.promise.deadline: '2030-13' is not a period: there is no month 13; expected YYYY, YYYY-MM, YYYY-MM-DD, a range START/END such as '2025-01/2025-09' or an academic year such as '2026/27'; or 'none' when the promise set no date",
            "data/trade.yaml:24: trade.soon.deadline: 'soon' is not a period; expected YYYY, YYYY-MM, YYYY-MM-DD, a range START/END such as '2025-01/2025-09' or an academic year such as '2026/27'; or 'none' when the promise set no date",
        ],
    ),
    ("commitment-deadline-before-announcement", "", with_commitments(A, commitment(deadline="'2023'")), []),
    (
        "commitment-deadline-before-announcement",
        "",
        with_commitments(A, commitment(deadline="'2022-12'")),
        [
            "data/trade.yaml:13: trade.promise.deadline: '2022-12' ends before the promise was announced (2023-10-12); expected a deadline on or after the announcement"
        ],
    ),
    ("commitment-status-evidence", "", with_commitments(A, commitment(evidence=[UNDATED_ROW, ROW])), []),
    (
        "commitment-status-evidence",
        "",
        with_commitments(A, commitment(evidence=[UNDATED_ROW]), commitment("early", status_as_of="'2025-06'")),
        [
            "data/trade.yaml:17: trade.promise.status: rests on no dated evidence up to its as-of date (2025-11-26); expected at least one evidence row with a date no later than status_as_of",
            "data/trade.yaml:28: trade.early.status: rests on no dated evidence up to its as-of date (2025-06); expected at least one evidence row with a date no later than status_as_of",
            "data/trade.yaml:29: trade.early.status_as_of: '2025-06' is earlier than evidence dated 2025-11-26; expected the date of the latest evidence the status rests on",
        ],
    ),
    (
        "commitment-missed-deadline",
        "",
        with_commitments(A, commitment(status="missed", deadline="'2024'", target=None)),
        [],
    ),
    (
        "commitment-missed-deadline",
        "",
        with_commitments(
            A,
            commitment(status="missed", deadline="'2025'", target=None),
            commitment("undated", status="missed", deadline="none", target=None),
        ),
        [
            "data/trade.yaml:16: trade.promise.status: is missed, but its deadline '2025' had not passed by status_as_of (2025-11-26); expected a deadline that ended before the as-of date, or another status",
            "data/trade.yaml:26: trade.undated.status: is missed, but the promise set no deadline; expected a deadline that ended before the as-of date, or another status",
        ],
    ),
    (
        "commitment-target-figures",
        "",
        with_commitments(
            A,
            commitment(),
            commitment("reached", status="achieved", target="{value: 4, unit: usd_billion, fact: trade.turnover}"),
        ),
        [],
    ),
    (
        "commitment-target-figures",
        "",
        with_commitments(
            A,
            commitment(status="achieved"),
            commitment("already", target="{value: 4, unit: usd_billion, fact: trade.turnover}"),
        ),
        [
            "data/trade.yaml:17: trade.promise.status: is achieved, but no figure of 'trade.turnover' up to 2025-11-26 reaches the target 5; expected a figure that meets it in that fact, or another status",
            "data/trade.yaml:28: trade.already.status: is in_progress, but 'trade.turnover' already reaches the target 4 (line 7); expected achieved, or a target the figures do not meet",
        ],
    ),
    ("commitment-target-unit", "", with_commitments(A, commitment()), []),
    (
        "commitment-target-unit",
        "",
        with_commitments(A, commitment(target="{value: 5000, unit: usd_million, fact: trade.turnover}")),
        [
            "data/trade.yaml:14: trade.promise.target.unit: 'usd_million' differs from the unit of 'trade.turnover' (usd_billion); expected the target in its fact's unit"
        ],
    ),
    ("commitment-quote-gloss", "", with_commitments(A, commitment()), []),
    (
        "commitment-quote-gloss",
        "",
        with_commitments(
            A,
            commitment(
                announced="{date: '2023-10-12', source: agency-2025, quote: 'to $5 billion'}",
                evidence=[
                    "{date: '2025-11-26', source: ministry-2025, quote: 'достиг', quote_gloss: {ru: 'достиг'}, shows: {en: S, ru: S}}"
                ],
            ),
        ),
        [
            "data/trade.yaml:12: trade.promise.announced.quote_gloss: missing the gloss in ru of a quote in 'en'; expected quote_gloss: {ru: ...}",
            "data/trade.yaml:16: trade.promise.quote_gloss: glosses the quote in its own language 'ru'; expected glosses only in en",
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
