"""The mistakes a new editor made (../shared/research/editor-walkthrough.md), each with the exact messages
`make check` gives for it: one message for one slip, on the line of the slip, with what to write instead.

Each mistake is applied alone to `tests/fixtures/mistakes/`, a small valid project in both editions. Where
the message names a fix, `fix` is that fix followed literally, and the project must then be valid again:
a hint that leads into new errors is a failing test here. A syntax error in an area file adds one line
saying which references in docs/ could not be checked, instead of one "unknown fact" per reference.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from conftest import FIXTURE_TODAY, FIXTURES, ROOT, copy_project, mkdocs_build

from macros.data.problems import ProblemReport
from macros.site.mkdocs_plugin import _configure_headings
from macros.site.project import load_project

Edit = tuple[str, str, str]  # (file, text, replacement): the first occurrence is replaced


@dataclass(frozen=True)
class Mistake:
    name: str
    why: str  # what the editor did, and what the check said before
    edits: list[Edit]
    expected: list[str]  # the report's lines, without the count that ends it
    fix: list[Edit] = field(default_factory=list)  # the fix the message names, followed literally


def apply(project: Path, edits: list[Edit]) -> None:
    for relative, old, new in edits:
        path = project / relative
        text = path.read_text(encoding="utf-8")
        assert old in text, f"{relative}: {old!r}"
        path.write_text(text.replace(old, new, 1), encoding="utf-8")


def report_of(project: Path) -> list[str]:
    """The report's lines, as `make check` prints them; [] for a valid project."""
    try:
        load_project(project, FIXTURE_TODAY)
    except ProblemReport as report:
        return str(report).splitlines()
    return []


MISTAKES = [
    Mistake(
        "dedent",
        "walkthrough 1: `period:` dedented to the '-' column (libyaml: \"expected <block end>, but found '?'\", 93 lines)",
        edits=[("data/trade.yaml", "      - value: 3\n        period:", "      - value: 3\n      period:")],
        expected=[
            "data/trade.yaml:15: YAML syntax error at column 7 (in the block that starts on line 8): the indentation of this line (column 7) matches no key of its block; expected column 9, as on line 14",
            "docs/: 10 references to facts and events of data/trade.yaml were not checked: the file could not be read",
        ],
        fix=[("data/trade.yaml", "\n      period: '2025-01", "\n        period: '2025-01")],
    ),
    Mistake(
        "indent",
        'walkthrough 1b: `period:` indented two spaces too far ("mapping values are not allowed here")',
        edits=[("data/trade.yaml", "      - value: 3\n        period:", "      - value: 3\n          period:")],
        expected=[
            "data/trade.yaml:15: YAML syntax error at column 11: this line is indented deeper (column 11) than the key on line 14 (column 9), so YAML reads it as part of that key's value; expected column 9, as on line 14",
            "docs/: 10 references to facts and events of data/trade.yaml were not checked: the file could not be read",
        ],
        fix=[("data/trade.yaml", "\n          period: '2025-01", "\n        period: '2025-01")],
    ),
    Mistake(
        "tab",
        "walkthrough 10: a tab before `source:` (the tab was never called a tab)",
        edits=[
            (
                "data/trade.yaml",
                "        stated_by: minister\n        source:",
                "        stated_by: minister\n\tsource:",
            )
        ],
        expected=[
            "data/trade.yaml:17: YAML syntax error at column 1: a tab character; expected spaces (YAML indents with spaces only), with the key in column 9 as on line 16",
            "docs/: 10 references to facts and events of data/trade.yaml were not checked: the file could not be read",
        ],
        fix=[("data/trade.yaml", "\tsource:", "        source:")],
    ),
    Mistake(
        "unclosed-single-quote",
        "an unclosed quote in `period:` (reported 29 lines below the slip)",
        edits=[("data/trade.yaml", "period: '2025-01/2025-08'", "period: '2025-01/2025-08")],
        expected=[
            "data/trade.yaml:15: YAML syntax error at column 17 (in the block that starts on line 14): the quote ' opened here is not closed on this line; expected a closing ' at the end of the value (a ' inside it is written '')",
            "docs/: 10 references to facts and events of data/trade.yaml were not checked: the file could not be read",
        ],
        fix=[("data/trade.yaml", "period: '2025-01/2025-08\n", "period: '2025-01/2025-08'\n")],
    ),
    Mistake(
        "unclosed-double-quote",
        "an unclosed double quote in `quote:` (reported 15 lines below)",
        edits=[
            (
                "data/trade.yaml",
                'quote: "Trade reached $4.1 billion last year."',
                'quote: "Trade reached $4.1 billion last year.',
            )
        ],
        expected=[
            'data/trade.yaml:11: YAML syntax error at column 16 (in the block that starts on line 8): the quote " opened here is not closed on this line; expected a closing " at the end of the value (a " inside it is written \\")',
            "docs/: 10 references to facts and events of data/trade.yaml were not checked: the file could not be read",
        ],
        fix=[("data/trade.yaml", "last year.\n", 'last year."\n')],
    ),
    Mistake(
        "missing-dash",
        "a new observation without its '- ' (five duplicate-key errors on the previous one)",
        edits=[("data/trade.yaml", "      - value: 3\n", "        value: 3\n")],
        expected=[
            "data/trade.yaml:14: trade.turnover: a new observation starts here without '- ' (value, period, source repeat the keys of the observation on line 8); expected '- value: ...', its '-' in the column of the '-' on line 8",
        ],
        fix=[("data/trade.yaml", "        value: 3\n", "      - value: 3\n")],
    ),
    Mistake(
        "colon-without-space",
        "`source:id` without a space (reported on the next line)",
        edits=[("data/trade.yaml", "        source: ministry-2025", "        source:ministry-2025")],
        expected=[
            "data/trade.yaml:17: YAML syntax error at column 15: no space after the colon; expected 'key: value', with a space after ':'",
            "docs/: 10 references to facts and events of data/trade.yaml were not checked: the file could not be read",
        ],
        fix=[("data/trade.yaml", "source:ministry-2025", "source: ministry-2025")],
    ),
    Mistake(
        "source-typo",
        "walkthrough 2: a typo in a source id",
        edits=[("data/trade.yaml", "        source: ministry-2025", "        source: ministry-2052")],
        expected=[
            "data/trade.yaml:17: trade.turnover.source: 'ministry-2052' is not in data/sources.yaml; did you mean 'ministry-2025'?",
        ],
        fix=[("data/trade.yaml", "ministry-2052", "ministry-2025")],
    ),
    Mistake(
        "impossible-published",
        "walkthrough 3: month 13 in `published:` (called a period, offered a range)",
        edits=[("data/sources.yaml", "published: '2025-11-20'", "published: '2025-13-01'")],
        expected=[
            "data/sources.yaml:13: ministry-2025.published: '2025-13-01' is not a date: there is no month 13; expected YYYY, YYYY-MM or YYYY-MM-DD, such as '2025-11-26'",
        ],
        fix=[("data/sources.yaml", "'2025-13-01'", "'2025-11-20'")],
    ),
    Mistake(
        "impossible-period",
        "walkthrough 3b: month 13 in `period:`",
        edits=[("data/trade.yaml", "period: '2024'", "period: '2024-13-01'")],
        expected=[
            "data/trade.yaml:9: trade.turnover.period: '2024-13-01' is not a period: there is no month 13; expected YYYY, YYYY-MM, YYYY-MM-DD, a range START/END such as '2025-01/2025-09' or an academic year such as '2026/27'",
        ],
        fix=[("data/trade.yaml", "'2024-13-01'", "'2024'")],
    ),
    Mistake(
        "decimal-comma",
        "walkthrough 4: a decimal comma (the hint invited 41)",
        edits=[("data/trade.yaml", "value: 4.1", "value: 4,1")],
        expected=[
            "data/trade.yaml:8: trade.turnover.value: '4,1' uses a decimal comma; expected a dot: 4.1",
        ],
        fix=[("data/trade.yaml", "value: 4,1", "value: 4.1")],
    ),
    Mistake(
        "thousands-separator",
        "a thousands separator",
        edits=[("data/trade.yaml", "value: 1800", "value: 1,800")],
        expected=[
            "data/trade.yaml:22: trade.companies.value: '1,800' has a thousands separator; expected the digits alone: 1800",
        ],
        fix=[("data/trade.yaml", "value: 1,800", "value: 1800")],
    ),
    Mistake(
        "unquoted-month",
        "walkthrough 5: `period: 2025-05` unquoted (accepted, while unquoted 2024 was refused)",
        edits=[("data/trade.yaml", "period: '2025'", "period: 2025-05")],
        expected=[
            "data/trade.yaml:23: trade.companies.period: 2025-05 is not quoted; expected it quoted, such as '2025-05'",
        ],
        fix=[("data/trade.yaml", "period: 2025-05", "period: '2025-05'")],
    ),
    Mistake(
        "unquoted-day",
        "walkthrough 5b: an unquoted day",
        edits=[("data/trade.yaml", "date: '2025-11-26'", "date: 2025-11-26")],
        expected=[
            "data/trade.yaml:28: trade.summit.date: 2025-11-26 is not quoted; expected it quoted, such as '2025-11-26'",
        ],
        fix=[("data/trade.yaml", "date: 2025-11-26", "date: '2025-11-26'")],
    ),
    Mistake(
        "unquoted-range",
        "walkthrough 5c: an unquoted range",
        edits=[("data/trade.yaml", "period: '2025-01/2025-08'", "period: 2025-01/2025-08")],
        expected=[
            "data/trade.yaml:15: trade.turnover.period: 2025-01/2025-08 is not quoted; expected it quoted, such as '2025-01/2025-08'",
        ],
        fix=[("data/trade.yaml", "period: 2025-01/2025-08", "period: '2025-01/2025-08'")],
    ),
    Mistake(
        "unquoted-year",
        "for comparison: an unquoted year, refused as before",
        edits=[("data/trade.yaml", "period: '2024'", "period: 2024")],
        expected=[
            "data/trade.yaml:9: trade.turnover.period: 2024 is a number; expected it quoted, such as '2024'",
        ],
        fix=[("data/trade.yaml", "period: 2024", "period: '2024'")],
    ),
    Mistake(
        "qualifier-typo",
        "walkthrough 6: `aprox` (no did-you-mean)",
        edits=[("data/trade.yaml", "qualifier: more_than", "qualifier: aprox")],
        expected=[
            "data/trade.yaml:24: trade.companies.qualifier: 'aprox' is not allowed; expected one of exact, about, almost, more_than, at_least, less_than, up_to; did you mean 'about'?",
        ],
        fix=[("data/trade.yaml", "qualifier: aprox", "qualifier: about")],
    ),
    Mistake(
        "duplicate-fact",
        "walkthrough 7: a fact id used twice",
        edits=[
            (
                "data/education.yaml",
                "        source: ministry-2025\n",
                "        source: ministry-2025\n  students:\n    label: {en: Pupils, ru: Ученики}\n    unit: count\n    observations:\n      - value: 1200\n        period: '2025'\n        source: agency-2025\n",
            )
        ],
        expected=[
            "data/education.yaml:11: education.students: duplicate key (first defined on line 4); expected each key once",
        ],
    ),
    Mistake(
        "url-without-scheme",
        'walkthrough 8: an address without https:// ("unsafe URL")',
        edits=[("data/sources.yaml", "url: https://example.org/news/2", "url: example.org/news/2")],
        expected=[
            "data/sources.yaml:12: ministry-2025.url: 'example.org/news/2' lacks the https:// at its start; expected the full address as the browser shows it, such as 'https://example.org/news/2'",
        ],
        fix=[("data/sources.yaml", "url: example.org/news/2", "url: https://example.org/news/2")],
    ),
    Mistake(
        "missing-translation",
        "walkthrough 9: a label without its Russian text",
        edits=[
            (
                "data/education.yaml",
                "label: {en: Students from Kyrgyzstan in Russia, ru: Студенты из Киргизии в России}",
                "label: {en: Students from Kyrgyzstan in Russia}",
            )
        ],
        expected=[
            "data/education.yaml:5: education.students.label: missing the 'ru' translation; expected a text for every language (en, ru)",
        ],
    ),
    Mistake(
        "untranslated-label",
        "walkthrough 9b: a label as a plain English string",
        edits=[
            (
                "data/education.yaml",
                "label: {en: Students from Kyrgyzstan in Russia, ru: Студенты из Киргизии в России}",
                "label: Students from Kyrgyzstan in Russia",
            )
        ],
        expected=[
            "data/education.yaml:5: education.students.label: 'Students from Kyrgyzstan in Russia' is not translated; expected a text in every language: {en: ..., ru: ...}",
        ],
    ),
    Mistake(
        "value-with-unit",
        "`value: 4.1 billion`",
        edits=[("data/trade.yaml", "value: 4.1", "value: 4.1 billion")],
        expected=[
            "data/trade.yaml:8: trade.turnover.value: '4.1 billion' is text; expected the number alone: 4.1 (the unit goes in the fact's unit:, the wording in qualifier:)",
        ],
        fix=[("data/trade.yaml", "value: 4.1 billion", "value: 4.1")],
    ),
    Mistake(
        "quoted-value",
        "`value: '4.1'`",
        edits=[("data/trade.yaml", "value: 4.1", "value: '4.1'")],
        expected=[
            "data/trade.yaml:8: trade.turnover.value: '4.1' is quoted, so it is text; expected the number without quotes: 4.1",
        ],
        fix=[("data/trade.yaml", "value: '4.1'", "value: 4.1")],
    ),
    Mistake(
        "speaker-typo",
        "`stated_by: ministr`",
        edits=[("data/trade.yaml", "stated_by: minister", "stated_by: ministr")],
        expected=[
            "data/trade.yaml:16: trade.turnover.stated_by: 'ministr' is not in data/speakers.yaml; did you mean 'minister'?",
        ],
        fix=[("data/trade.yaml", "stated_by: ministr", "stated_by: minister")],
    ),
    Mistake(
        "language-name",
        "`language: english`",
        edits=[("data/sources.yaml", "    language: en\n  ministry", "    language: english\n  ministry")],
        expected=[
            "data/sources.yaml:8: agency-2025.language: 'english' is not valid here; expected a two-letter ISO 639-1 code such as 'en' or 'ru'; did you mean 'en'?",
        ],
        fix=[("data/sources.yaml", "language: english", "language: en")],
    ),
    Mistake(
        "future-period",
        "a period in the future",
        edits=[("data/trade.yaml", "period: '2024'", "period: '2027'")],
        expected=[
            "data/trade.yaml:9: trade.turnover.period: '2027' lies in the future; expected a past period, or `planned: true` on the fact for a target or plan",
        ],
    ),
    Mistake(
        "period-after-publication",
        "a period that starts after its source was published",
        edits=[("data/trade.yaml", "period: '2025'", "period: '2025-12'")],
        expected=[
            "data/trade.yaml:23: trade.companies.period: '2025-12' starts after its source 'agency-2025' was published (2025-11-26); expected the period the source reports",
        ],
    ),
    Mistake(
        "yes-no-text",
        "`ru: no`",
        edits=[("data/trade.yaml", "ru: Торговля и экономика}", "ru: no}")],
        expected=[
            "data/trade.yaml:2: trade.title.ru: 'no' would be read as a yes/no value; expected text (quote it if it looks like a number or yes/no)",
        ],
    ),
    Mistake(
        "second-headline",
        "a second `headline: true`",
        edits=[
            (
                "data/trade.yaml",
                "        stated_by: minister\n",
                "        stated_by: minister\n        headline: true\n",
            )
        ],
        expected=[
            "data/trade.yaml:17: trade.turnover.headline: a second headline (the first is on line 13); expected at most one per fact",
        ],
    ),
    Mistake(
        "key-typo",
        "`qualifer:`",
        edits=[("data/trade.yaml", "qualifier: more_than", "qualifer: more_than")],
        expected=[
            "data/trade.yaml:24: trade.companies.qualifer: unknown key 'qualifer'; expected one of value, period, qualifier, stated_by, source, also_reported_by, quote, quote_gloss, basis, derived, note, headline, ref; did you mean 'qualifier'?",
        ],
        fix=[("data/trade.yaml", "qualifer:", "qualifier:")],
    ),
    Mistake(
        "same-observation-twice",
        "the same observation twice",
        edits=[
            (
                "data/trade.yaml",
                "        qualifier: more_than\n        source: agency-2025\n",
                "        qualifier: more_than\n        source: agency-2025\n      - value: 1800\n        period: '2025'\n        qualifier: more_than\n        source: agency-2025\n",
            )
        ],
        expected=[
            "data/trade.yaml:26: trade.companies: repeats the observation on line 22; expected each report once",
        ],
    ),
    Mistake(
        "uncited-source",
        "a source nobody cites",
        edits=[
            (
                "data/sources.yaml",
                "sources:\n",
                "sources:\n  unused-2025:\n    publisher: Nobody\n    type: media\n    language: en\n",
            )
        ],
        expected=[
            "data/sources.yaml:3: unused-2025: is not cited by any fact or event; expected it cited, or removed from the registry",
        ],
    ),
    Mistake(
        "fact-on-no-page",
        "walkthrough 10a: a new fact in data/ only (the area_facts() alternative gave 19 errors)",
        edits=[
            (
                "data/education.yaml",
                "        source: ministry-2025\n",
                "        source: ministry-2025\n  olympiad:\n    label: {en: Olympiad participants, ru: Участники олимпиады}\n    unit: count\n    observations:\n      - value: 1200\n        period: '2025'\n        qualifier: more_than\n        source: agency-2025\n",
            )
        ],
        expected=[
            'data/education.yaml:11: education.olympiad: is shown on no page; expected {{ fact("education.olympiad") }} on one page in docs/ and its .ru.md twin',
        ],
        fix=[
            (
                "docs/education.md",
                '{{ fact("education.students") }}\n',
                '{{ fact("education.students") }}\n\n{{ fact("education.olympiad") }}\n',
            ),
            (
                "docs/education.ru.md",
                '{{ fact("education.students") }}\n',
                '{{ fact("education.students") }}\n\n{{ fact("education.olympiad") }}\n',
            ),
        ],
    ),
    Mistake(
        "fact-on-english-page-only",
        "walkthrough 10b: a fact on the English page only (passed check and build)",
        edits=[
            (
                "docs/trade.md",
                '{{ fact("trade.companies") }}\n',
                '{{ fact("trade.companies") }}\n\n{{ fact("education.students") }}\n',
            ),
            ("docs/education.md", '\n{{ fact("education.students") }}\n', ""),
            ("docs/education.ru.md", '\n{{ fact("education.students") }}\n', ""),
        ],
        expected=[
            'docs/trade.ru.md:5: {{ fact("education.students") }} is missing (after this line): docs/trade.md:7 shows it; expected the same facts, events and macros in both editions',
        ],
        fix=[
            (
                "docs/trade.ru.md",
                '{{ fact("trade.companies") }}\n',
                '{{ fact("trade.companies") }}\n\n{{ fact("education.students") }}\n',
            )
        ],
    ),
    Mistake(
        "fact-on-two-pages",
        "a fact shown in full on two pages (both editions)",
        edits=[
            ("docs/index.md", "{{ area_summary", '{{ fact("education.students") }}\n\n{{ area_summary'),
            ("docs/index.ru.md", "{{ area_summary", '{{ fact("education.students") }}\n\n{{ area_summary'),
        ],
        expected=[
            "docs/index.md:5: fact 'education.students' is already shown in full at docs/education.md:5; expected one full section per fact: mention it elsewhere with figure() or fact_label(), which link to that section",
        ],
    ),
    Mistake(
        "docs-id-typo",
        'a typo in a fact id in docs/ (also gave "shown on no page")',
        edits=[("docs/trade.md", 'fact("trade.companies")', 'fact("trade.companie")')],
        expected=[
            "docs/trade.md:5: unknown fact 'trade.companie'; did you mean 'trade.companies'?",
        ],
        fix=[("docs/trade.md", 'fact("trade.companie")', 'fact("trade.companies")')],
    ),
    Mistake(
        "number-in-prose",
        "a number typed into a page",
        edits=[("docs/trade.md", "# Trade\n", "# Trade\n\nTrade grew by 13.6 percent.\n")],
        expected=[
            "docs/trade.md:3: a number is typed into the prose: '13.6'; expected it to come from data/ through a macro",
        ],
    ),
    Mistake(
        "pasted-template",
        "CONTRIBUTING's whole template pasted into an area file (`title:` and `facts:` twice)",
        edits=[("data/education.yaml", "facts:\n", "facts:\ntitle: {en: Education, ru: Образование}\nfacts:\n")],
        expected=[
            "data/education.yaml:4: education.title: duplicate key (first defined on line 2); expected each key once",
            "data/education.yaml:5: education.facts: duplicate key (first defined on line 3); expected each key once",
            "docs/: 2 references to facts and events of data/education.yaml were not checked: 'facts:' is written twice in it",
        ],
    ),
]


@pytest.fixture
def project(tmp_path: Path) -> Path:
    copy = tmp_path / "project"
    shutil.copytree(FIXTURES / "mistakes", copy)
    return copy


def test_the_fixture_is_valid(project):
    assert report_of(project) == []


@pytest.mark.parametrize("mistake", MISTAKES, ids=[mistake.name for mistake in MISTAKES])
def test_a_mistake_gives_exactly_its_messages(project, mistake):
    apply(project, mistake.edits)
    lines = report_of(project)
    assert lines[:-1] == mistake.expected, mistake.why
    files = {line.split(":")[0] for line in mistake.expected}
    count = len(mistake.expected)
    assert lines[-1] == (
        f"{count} problem{'s' if count > 1 else ''} in {len(files)} file{'s' if len(files) > 1 else ''}"
    )


@pytest.mark.parametrize("mistake", [m for m in MISTAKES if m.fix], ids=[m.name for m in MISTAKES if m.fix])
def test_the_hint_followed_literally_fixes_the_mistake(project, mistake):
    apply(project, mistake.edits)
    apply(project, mistake.fix)
    assert report_of(project) == []


def test_one_syntax_slip_in_an_area_file_is_not_followed_by_the_pages_references(project):
    # 93 lines before: one per reference in docs/ to a fact of the file that could not be read.
    apply(project, [("data/trade.yaml", "      - value: 3\n        period:", "      - value: 3\n      period:")])
    assert not [line for line in report_of(project) if "unknown" in line]


def test_an_unreadable_registry_leaves_its_ids_unchecked_with_one_line(project):
    apply(project, [("data/sources.yaml", "    type: official\n", "   type: official\n")])
    assert report_of(project) == [
        "data/: the ids cited from data/sources.yaml were not checked: the file could not be read",
        "data/sources.yaml:11: YAML syntax error at column 4 (in the block that starts on line 3): the "
        "indentation of this line (column 4) matches no key of its block; expected column 5, as on line 10",
        "2 problems in 2 files",
    ]


def test_a_new_heading_gets_a_readable_id_in_both_editions():
    # A Russian heading without an explicit { #id } got id="_1"; its letters now make the id.
    config = {"mdx_configs": {"toc": {"permalink": True}}}
    _configure_headings(config, "ru")
    slugify = config["mdx_configs"]["toc"]["slugify"]
    assert slugify("Олимпиады школьников", "-") == "олимпиады-школьников"
    assert slugify("Trade & economy", "-") == "trade-economy"  # the English ids stay as they were


SERVE_CONFIG = """site_name: Mistakes
theme: {name: material, font: false}
plugins:
  - search
  - i18n:
      docs_structure: suffix
      fallback_to_default: true
      languages:
        - {locale: en, name: English, default: true, build: true}
        - {locale: ru, name: Русский, build: true}
  - macros: {module_name: macros, on_error_fail: true, on_undefined: strict}
watch: [data, macros]
markdown_extensions: [attr_list, md_in_html, {toc: {permalink: true}}]
"""


def _page(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.read().decode("utf-8")
    except OSError:
        return ""


@pytest.mark.build
def test_while_the_data_is_broken_the_served_page_shows_the_problems(tmp_path):
    # An aborted rebuild under `mkdocs serve` left the browser waiting until the data was fixed.
    project = copy_project("mistakes", tmp_path)
    (project / "mkdocs.yml").write_text(SERVE_CONFIG, encoding="utf-8")
    apply(project, [("data/trade.yaml", "value: 4.1", "value: 4,1")])
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    command = [sys.executable, "-m", "mkdocs", "serve", "--no-livereload", "--dev-addr", f"127.0.0.1:{port}"]
    server = subprocess.Popen(command, cwd=project, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline, english, russian = time.monotonic() + 60, "", ""
        while time.monotonic() < deadline and not (english and russian):
            time.sleep(0.5)
            english, russian = _page(f"http://127.0.0.1:{port}/trade/"), _page(f"http://127.0.0.1:{port}/ru/trade/")
    finally:
        server.terminate()
        server.wait(timeout=30)
    message = "data/trade.yaml:8: trade.turnover.value: &#x27;4,1&#x27; uses a decimal comma; expected a dot: 4.1"
    assert "The data or the pages have problems" in english
    assert message in english
    assert "В данных или страницах есть ошибки" in russian
    assert message in russian


@pytest.mark.build
def test_the_build_still_fails_on_broken_data(tmp_path):
    project = copy_project("mistakes", tmp_path)
    (project / "mkdocs.yml").write_text(SERVE_CONFIG, encoding="utf-8")
    apply(project, [("data/trade.yaml", "value: 4.1", "value: 4,1")])
    result = mkdocs_build(project, tmp_path / "site")
    assert result.returncode == 1
    assert (
        "data/trade.yaml:8: trade.turnover.value: '4,1' uses a decimal comma; expected a dot: 4.1"
        in result.stdout + result.stderr
    )


@pytest.mark.parametrize("kind", ["area", "sources", "speakers"])
def test_the_schemas_declare_the_draft_they_use(kind):
    # Draft 2020-12 was declared while only draft-07 keywords were used; editors' YAML tools read draft-07 best.
    schema = json.loads((ROOT / "data" / "schema" / f"{kind}.schema.json").read_text(encoding="utf-8"))
    assert schema["$schema"] == "http://json-schema.org/draft-07/schema#"
    newer = {"$defs", "prefixItems", "unevaluatedProperties", "dependentRequired", "dependentSchemas", "$anchor"}
    assert not newer & set(_keys(schema))
    jsonschema = pytest.importorskip("jsonschema")
    jsonschema.Draft7Validator.check_schema(schema)


def _keys(node: object) -> list[str]:
    if isinstance(node, dict):
        return [key for key, value in node.items() for key in (key, *_keys(value))]
    if isinstance(node, list):
        return [key for item in node for key in _keys(item)]
    return []
