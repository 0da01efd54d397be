"""`python -m macros diff BASE [HEAD]`: the table a reviewer reads, on a small git repository with known edits."""

import dataclasses
import os
import subprocess
import textwrap

import pytest
from test_cli import run_cli

from macros.data import schema

SOURCES = """\
sources:
  agency-2025:
    publisher: Agency
    type: agency
    url: https://example.org/agency
    published: '2025-11-26'
    language: en
  ministry-2025:
    publisher: Ministry
    type: official
    url: https://example.org/ministry
    published: '2025-11-20'
    language: ru
"""
SPEAKERS = """\
speakers:
  minister:
    name: {en: Minister, ru: Министр}
    side: kyrgyzstan
"""
BASE_TRADE = """\
title: {en: Trade, ru: Торговля}
facts:
  turnover:
    label: {en: Turnover, ru: Товарооборот}
    unit: usd_billion
    observations:
      - value: 4.1
        period: '2024'
        source: agency-2025
      - value: 2.9
        period: '2023'
        qualifier: about
        source: ministry-2025
  exports:
    label: {en: Exports, ru: Экспорт}
    unit: usd_million
    observations:
      - value: 350
        period: '2024'
        source: agency-2025
  imports:
    label: {en: Imports, ru: Импорт}
    unit: usd_million
    observations:
      - value: 120
        period: '2024'
        source: ministry-2025
events:
  summit:
    date: '2025-11-26'
    title: {en: Summit, ru: Саммит}
    source: agency-2025
"""
# The edits: 2024 turnover value and source changed; 2023 turnover value changed, source not;
# exports' source replaced, value kept; imports removed; investment added; the summit moved a day.
HEAD_TRADE = """\
title: {en: Trade, ru: Торговля}
facts:
  turnover:
    label: {en: Turnover, ru: Товарооборот}
    unit: usd_billion
    observations:
      - value: 4.2
        period: '2024'
        source: ministry-2025
      - value: 3
        period: '2023'
        qualifier: about
        source: ministry-2025
  exports:
    label: {en: Exports, ru: Экспорт}
    unit: usd_million
    observations:
      - value: 350
        period: '2024'
        source: ministry-2025
  investment:
    label: {en: Investment, ru: Инвестиции}
    unit: usd_million
    observations:
      - value: 95
        period: '2025-01/2025-09'
        qualifier: more_than
        stated_by: minister
        source: agency-2025
events:
  summit:
    date: '2025-11-25'
    title: {en: Summit, ru: Саммит}
    source: agency-2025
"""

EXPECTED = """\
## Fact changes from `main` ({base}) to the working tree

Changed: 4 facts, 1 event, 0 sources. ⚠️ 3 warnings: check them before merging.

### Facts

| Fact | Period | Value | Source | Review |
| --- | --- | --- | --- | --- |
| `trade.exports` | 2024 | $350 million (unchanged) | `agency-2025` → `ministry-2025` |  |
| `trade.imports` | 2024 | removed: $120 million | `ministry-2025` | ⚠️ fact removed: a published fact id is never removed or renamed |
| `trade.investment` | January–September 2025 | added: more than $95 million | `agency-2025` | new fact |
| `trade.turnover` | 2023 | about $2.9 billion → about $3 billion | unchanged (`ministry-2025`) | ⚠️ value changed but its source did not |
| `trade.turnover` | 2024 | $4.1 billion → $4.2 billion | `agency-2025` → `ministry-2025` |  |

### Events

| Event | Date | Source | Review |
| --- | --- | --- | --- |
| `trade.summit` | 26 November 2025 → 25 November 2025 | unchanged (`agency-2025`) | ⚠️ date changed but its source did not |
"""


def git(repo, *args):
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "Editor",
        "GIT_AUTHOR_EMAIL": "editor@example.org",
        "GIT_COMMITTER_NAME": "Editor",
        "GIT_COMMITTER_EMAIL": "editor@example.org",
        "GIT_CONFIG_GLOBAL": os.devnull,
    }
    return subprocess.run(["git", *args], cwd=repo, env=env, check=True, capture_output=True, text=True).stdout.strip()


def write(repo, files: dict):
    for name, text in files.items():
        path = repo / "data" / name
        path.parent.mkdir(exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")


def run_diff(repo, *args):
    return run_cli(repo, "diff", *args)


@pytest.fixture
def repo(tmp_path):
    """A repository whose `main` holds BASE_TRADE; the working tree holds HEAD_TRADE, not committed."""
    git(tmp_path, "init", "--quiet", "--initial-branch=main")
    write(tmp_path, {"sources.yaml": SOURCES, "speakers.yaml": SPEAKERS, "trade.yaml": BASE_TRADE})
    (tmp_path / "data" / "schema").mkdir()
    (tmp_path / "data" / "schema" / "area.schema.json").write_text("{}", encoding="utf-8")  # not data: ignored
    git(tmp_path, "add", "data")
    git(tmp_path, "commit", "--quiet", "-m", "Base")
    write(tmp_path, {"trade.yaml": HEAD_TRADE})
    return tmp_path


def test_diff_against_main_lists_each_kind_of_edit(repo):
    result = run_diff(repo, "main")
    assert result.returncode == 0, result.stderr
    assert result.stdout == EXPECTED.format(base=git(repo, "rev-parse", "--short=7", "main"))


def test_diff_between_two_commits_reads_neither_from_the_working_tree(repo):
    git(repo, "commit", "--quiet", "-am", "Edit")
    write(repo, {"trade.yaml": BASE_TRADE})  # an uncommitted edit that must not show
    result = run_diff(repo, "main~1", "main")
    base, head = git(repo, "rev-parse", "--short=7", "main~1"), git(repo, "rev-parse", "--short=7", "main")
    expected = EXPECTED.format(base=base).replace(
        f"`main` ({base}) to the working tree", f"`main~1` ({base}) to `main` ({head})"
    )
    assert result.stdout == expected


def test_no_change_says_so(repo):
    result = run_diff(repo, "main", "main")
    assert result.stdout.splitlines()[-1] == "No facts, events or sources changed."


def test_only_a_changed_note_is_listed_without_a_warning(repo):
    write(
        repo,
        {"trade.yaml": BASE_TRADE.replace("        qualifier: about\n", "        qualifier: about\n        ref: T1\n")},
    )
    lines = run_diff(repo, "main").stdout.splitlines()
    assert lines[-1] == (
        "| `trade.turnover` | 2023 | about $2.9 billion (unchanged) | unchanged (`ministry-2025`) | also changed: ref |"
    )
    assert "warning" not in "\n".join(lines)


def test_a_value_edited_with_its_source_entry_is_not_warned(repo):
    """Updating the source's own entry (a corrected address or date) counts as a changed source."""
    write(
        repo,
        {
            "trade.yaml": BASE_TRADE.replace("value: 2.9", "value: 3"),
            "sources.yaml": SOURCES.replace("https://example.org/ministry", "https://example.org/ministry-v2"),
        },
    )
    lines = run_diff(repo, "main").stdout.splitlines()
    assert (
        "| `trade.turnover` | 2023 | about $2.9 billion → about $3 billion | `ministry-2025` (entry edited: url) |  |"
        in lines
    )
    assert lines[-1] == "| `ministry-2025` | changed: url |"


def test_invalid_data_still_diffs_what_can_be_read(repo):
    write(
        repo, {"trade.yaml": HEAD_TRADE.replace("source: ministry-2025\n  investment", "source: nobody\n  investment")}
    )
    output = run_diff(repo, "main").stdout
    assert "> ⚠️ The data at the working tree has 1 problem; this diff shows what could be read." in output
    assert "| `trade.exports` | 2024 | $350 million (unchanged) | `agency-2025` → `nobody` |  |" in output


def test_a_file_that_cannot_be_parsed_is_named_not_shown_as_removed(repo):
    write(repo, {"trade.yaml": "title: {en: Trade\nfacts: [\n"})
    output = run_diff(repo, "main").stdout
    assert (
        "> ⚠️ data/trade.yaml cannot be read at the working tree, so its changes are left out: data/trade.yaml:"
        in output
    )
    assert "removed" not in output
    assert output.splitlines()[-1] == "No facts, events or sources changed in the files that could be read."


def test_an_unknown_revision_is_a_usage_error(repo):
    result = run_diff(repo, "mian")
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr == (
        "python -m macros diff: 'mian' is not a commit in this repository; expected a branch, tag "
        "or commit such as 'main' or 'origin/main' (run `git fetch` if it lives on GitHub)\n"
    )


def test_a_corrected_period_and_a_new_unit_are_warned(repo):
    write(
        repo,
        {
            "trade.yaml": BASE_TRADE.replace("period: '2023'", "period: '2022'").replace(
                "unit: usd_million\n    observations:\n      - value: 350",
                "unit: usd_billion\n    observations:\n      - value: 350",
            )
        },
    )
    table = run_diff(repo, "main").stdout.split("### Facts\n\n")[1]
    assert table.splitlines()[2:] == [
        "| `trade.exports` | — | — | — | fact changed: unit `usd_million` → `usd_billion` |",
        "| `trade.exports` | 2024 | $350 million → $350 billion | unchanged (`agency-2025`) "
        "| ⚠️ value changed but its source did not |",
        "| `trade.turnover` | 2023 → 2022 | about $2.9 billion (unchanged) | unchanged (`ministry-2025`) "
        "| ⚠️ period changed but its source did not |",
    ]


def test_a_commit_named_by_its_hash_is_labelled_once(repo):
    commit = git(repo, "rev-parse", "main")
    first_line = run_diff(repo, commit[:9]).stdout.splitlines()[0]
    assert first_line == f"## Fact changes from `{commit[:9]}` to the working tree"


@pytest.mark.parametrize(
    ("record", "file", "after", "expected"),
    [
        (
            "OBSERVATION",
            "trade.yaml",
            "        qualifier: about\n",
            "| `trade.turnover` | 2023 | about $2.9 billion (unchanged) | unchanged (`ministry-2025`) "
            "| also changed: confidence |",
        ),
        (
            "FACT",
            "trade.yaml",
            "    unit: usd_billion\n",
            "| `trade.turnover` | — | — | — | fact changed: confidence |",
        ),
        (
            "EVENT",
            "trade.yaml",
            "    title: {en: Summit, ru: Саммит}\n",
            "| `trade.summit` | 26 November 2025 | unchanged (`agency-2025`) | also changed: confidence |",
        ),
        ("SOURCE", "sources.yaml", "    language: ru\n", "| `ministry-2025` | changed: confidence |"),
    ],
)
def test_a_field_added_to_the_specification_shows_in_the_diff(repo, monkeypatch, record, file, after, expected):
    """The diff compares the fields of macros/data/schema.py, not a copy of its own."""
    specified = getattr(schema, record)
    fields = {**specified.fields, "confidence": next(iter(specified.fields.values()))}  # a copy of the first field
    monkeypatch.setattr(schema, record, dataclasses.replace(specified, fields=fields))
    base = {"trade.yaml": BASE_TRADE, "sources.yaml": SOURCES}[file]
    write(
        repo,
        {
            "trade.yaml": BASE_TRADE,
            file: base.replace(after, after + after[: -len(after.lstrip())] + "confidence: high\n", 1),
        },
    )
    assert expected in run_diff(repo, "main").stdout.splitlines()
