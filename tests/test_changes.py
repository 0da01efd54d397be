"""What changed in data/: the record git gives (changes.py), the Changes page, each fact's "last changed",
and the Atom feed, on a small repository with known commits; and a shallow clone, which has no history.

The comparison is the data layer's (snapshot.py, snapshot_diff.py), shared with `python -m macros diff`.
"""

import datetime as dt
import os
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET

import pytest
from conftest import FIXTURE_TODAY, FIXTURES

from macros.data.snapshot import Snapshot, read_file_text
from macros.data.snapshot_diff import diff_snapshots
from macros.site import change_notes, changes_feed
from macros.site.changes import DataCommit, read_change_log
from macros.site.changes_feed import FeedEdition, atom_feed, entry_id
from macros.site.html import PageContext
from macros.site.project import load_project

ATOM = "{http://www.w3.org/2005/Atom}"
DATES = ("2026-03-04T10:00:00+00:00", "2026-04-05T11:00:00+02:00", "2026-05-06T12:00:00+00:00")
RFC3339 = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$")

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def git(root, *args, when=DATES[0]):
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "Test",
        "GIT_AUTHOR_EMAIL": "test@example.org",
        "GIT_COMMITTER_NAME": "Test",
        "GIT_COMMITTER_EMAIL": "test@example.org",
        "GIT_AUTHOR_DATE": when,
        "GIT_COMMITTER_DATE": when,
    }
    return subprocess.run(["git", *args], cwd=root, check=True, capture_output=True, text=True, env=env).stdout


def edit(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.fixture(scope="module")
def history(tmp_path_factory):
    """The charts fixture in git: data added, then the 2024 turnover edited, then a source's address and a
    page without data changes (which is no data change)."""
    root = tmp_path_factory.mktemp("history") / "project"
    shutil.copytree(FIXTURES / "charts", root)
    git(root, "init", "-q", "-b", "main")
    git(root, "add", ".")
    git(root, "commit", "-q", "-m", "data", when=DATES[0])
    edit(root / "data" / "trade.yaml", "value: 3.4", "value: 3.6")
    git(root, "commit", "-q", "-am", "turnover", when=DATES[1])
    sources = root / "data" / "sources.yaml"
    url = re.search(r"url: (\S+)", sources.read_text(encoding="utf-8")).group(1)
    edit(sources, f"url: {url}", f"url: {url}?moved")
    (root / "docs" / "trade.md").write_text((root / "docs" / "trade.md").read_text() + "\n", encoding="utf-8")
    git(root, "commit", "-q", "-am", "source moved", when=DATES[2])
    return root


@pytest.fixture(scope="module")
def log(history):
    return read_change_log(history)


def test_one_record_per_commit_that_changed_data_newest_first(log, history):
    assert log.available
    commits = git(history, "log", "--format=%H").split()
    assert [c.commit for c in log.commits] == commits
    assert [c.when.isoformat() for c in log.commits] == list(reversed(DATES))


def test_the_value_edit_is_old_and_new(log):
    change = log.commits[1].changes
    assert [(c.collection, c.id, c.kind) for c in change] == [("facts", "trade.turnover", "changed")]
    [observation] = change[0].observations
    assert [(f.name, f.before, f.after) for f in observation.fields] == [("value", 3.4, 3.6)]


def test_a_source_edit_and_the_first_commit(log):
    [source] = log.commits[0].changes
    assert (source.collection, source.kind, [f.name for f in source.fields]) == ("sources", "changed", ["url"])
    first = log.commits[2].changes
    assert {c.kind for c in first} == {"added"}
    assert {"trade.turnover", "trade.students"} <= {c.id for c in first if c.collection == "facts"}


def test_last_change_of_a_fact(log):
    commit, change = log.last_change("facts", "trade.turnover")
    assert (commit.when.isoformat(), change.kind) == (DATES[1], "changed")
    assert log.last_change("facts", "trade.students")[1].kind == "added"


def test_the_snapshot_diff_is_generic_over_kinds():
    """Each kind `Snapshot.collections` names is compared; an unparsable version is reported, not diffed."""
    old, new = Snapshot(), Snapshot()
    read_file_text(old, "data/sources.yaml", "sources:\n  a:\n    publisher: A\n    language: en\n")
    read_file_text(new, "data/sources.yaml", "sources:\n  a:\n    publisher: B\n    language: en\n")
    [change] = diff_snapshots(old, new)
    assert (change.collection, change.id, [(f.before, f.after) for f in change.fields]) == (
        "sources",
        "a",
        [("A", "B")],
    )
    assert not read_file_text(Snapshot(), "data/trade.yaml", "facts: [unclosed")


def page(lang="en"):
    prefix = "ru/" if lang == "ru" else ""
    return PageContext(lang=lang, url=prefix + "changes/", language_prefix=prefix)


def test_the_changes_page_shows_dates_and_old_and_new_values_in_each_language(log, history):
    dataset = load_project(history, FIXTURE_TODAY)
    link = lambda commit: f"https://github.com/example/factsheet/commit/{commit}"  # noqa: E731
    english = str(change_notes.changes_list(page(), log, dataset, link))
    russian = str(change_notes.changes_list(page("ru"), log, dataset, link))
    assert "5 May 2026" not in english
    assert "6 May 2026" in english
    assert "$3.4\u00a0billion → $3.6\u00a0billion" in english
    assert "3,4\u00a0млрд" in russian
    assert "→" in russian
    assert "6 мая 2026" in russian
    assert f'href="https://github.com/example/factsheet/commit/{log.commits[0].commit}"' in english
    assert 'href="../changes.xml"' in english


def test_a_sweeping_commit_lists_a_bounded_number_of_records_then_how_many_more(history):
    """One commit that touches many records (a rework of every source) keeps the Changes page within
    its weight: the first ones are listed, then a count, and the commit lists them all."""
    count = change_notes.MAX_LISTED_CHANGES + 5
    old, new = Snapshot(), Snapshot()
    entries = "".join(f"  s{n}:\n    publisher: {{}}\n    language: en\n" for n in range(count))
    read_file_text(old, "data/sources.yaml", "sources:\n" + entries.replace("{}", "A"))
    read_file_text(new, "data/sources.yaml", "sources:\n" + entries.replace("{}", "B"))
    commit = DataCommit("f" * 40, dt.datetime(2026, 5, 6, tzinfo=dt.UTC), tuple(diff_snapshots(old, new)))
    dataset = load_project(history, FIXTURE_TODAY)
    for lang, more in (("en", "And 5 more (sources)"), ("ru", "И ещё 5 (источники)")):
        listed = str(change_notes.commit_changes(page(lang), commit, dataset, lambda _: None))
        assert listed.count("<li>") == change_notes.MAX_LISTED_CHANGES + 1
        assert more in listed


def test_older_commits_are_a_line_each_under_their_own_anchor(log, history, monkeypatch):
    """The page grows by a line per old commit, not a section; the feed's links to it still land."""
    monkeypatch.setattr(change_notes, "FULL_COMMITS", 1)
    dataset = load_project(history, FIXTURE_TODAY)
    for lang, heading, counts in (
        ("en", "Earlier changes", "Facts: 1"),
        ("ru", "Более ранние изменения", "Показатели: 1"),
    ):
        listed = str(change_notes.changes_list(page(lang), log, dataset, lambda _: None))
        assert listed.count('<section class="fs-change"') == 1
        assert heading in listed
        for commit in log.commits:
            assert f'id="{change_notes.change_anchor(commit)}"' in listed
        older = listed.split(f'id="{change_notes.change_anchor(log.commits[1])}"', 1)[1].split("</li>", 1)[0]
        assert counts in older  # the turnover commit: one fact changed
        assert "→" not in older  # no values: the commit has them


def test_the_feed_carries_the_newest_entries(log, history, monkeypatch):
    monkeypatch.setattr(changes_feed, "FEED_ENTRIES", 2)
    entries = ET.fromstring(feed(log, history)).findall(f"{ATOM}entry")
    assert [entry.find(f"{ATOM}id").text for entry in entries] == [entry_id(c.commit) for c in log.commits[:2]]


def test_each_fact_says_when_it_last_changed_and_what_it_was(log, history):
    dataset = load_project(history, FIXTURE_TODAY)
    area_page = PageContext(lang="en", url="trade/", page_index=dataset.page_index)
    line = str(change_notes.fact_history(area_page, dataset.facts["trade.turnover"], log, dataset))
    assert "Last changed on" in line
    assert "5 April 2026" in line
    assert "$3.4\u00a0billion → $3.6\u00a0billion" in line


def feed(log, history, lang="en", base="https://example.org/factsheet/"):
    dataset = load_project(history, FIXTURE_TODAY)
    edition = FeedEdition(lang, "Fact sheet", base, "" if lang == "en" else "ru/")
    return atom_feed(edition, log, dataset, lambda commit: None, dt.datetime(2026, 6, 1, tzinfo=dt.UTC))


def test_the_feed_is_atom_with_one_entry_per_data_change(log, history):
    root = ET.fromstring(feed(log, history))
    assert root.tag == f"{ATOM}feed"
    for required in ("id", "title", "updated", "author"):
        assert root.find(f"{ATOM}{required}") is not None, required
    assert root.find(f"{ATOM}updated").text == DATES[2]
    links = {link.get("rel"): link.get("href") for link in root.findall(f"{ATOM}link")}
    assert links == {
        "self": "https://example.org/factsheet/changes.xml",
        "alternate": "https://example.org/factsheet/changes/",
    }
    entries = root.findall(f"{ATOM}entry")
    assert len(entries) == len(log.commits) == 3
    for entry, commit in zip(entries, log.commits, strict=True):
        assert entry.find(f"{ATOM}id").text == entry_id(commit.commit)
        assert re.fullmatch(r"urn:uuid:[0-9a-f-]{36}", entry.find(f"{ATOM}id").text)
        assert RFC3339.match(entry.find(f"{ATOM}updated").text)
        link = entry.find(f"{ATOM}link")
        assert link.get("href") == f"https://example.org/factsheet/changes/#change-{commit.commit[:12]}"
        assert entry.find(f"{ATOM}content").get("type") == "html"
    assert "→" in entries[1].find(f"{ATOM}content").text


def test_feed_ids_are_stable_and_differ_per_edition(log, history):
    english, again = ET.fromstring(feed(log, history)), ET.fromstring(feed(log, history, base=None))
    russian = ET.fromstring(feed(log, history, "ru"))
    ids = [e.find(f"{ATOM}id").text for e in english.findall(f"{ATOM}entry")]
    assert ids == [e.find(f"{ATOM}id").text for e in again.findall(f"{ATOM}entry")]  # whatever the address
    assert english.find(f"{ATOM}id").text == again.find(f"{ATOM}id").text != russian.find(f"{ATOM}id").text
    assert russian.get("{http://www.w3.org/XML/1998/namespace}lang") == "ru"
    assert "Изменения в данных" in russian.find(f"{ATOM}title").text


def test_a_shallow_clone_says_history_is_unavailable(history, tmp_path):
    clone = tmp_path / "shallow"
    subprocess.run(["git", "clone", "-q", "--depth", "1", f"file://{history}", str(clone)], check=True)
    log = read_change_log(clone)
    assert not log.available
    dataset = load_project(clone, FIXTURE_TODAY)
    assert "history of the data is not available" in str(
        change_notes.changes_list(page(), log, dataset, lambda c: None)
    )
    russian = str(change_notes.changes_list(page("ru"), log, dataset, lambda c: None))
    assert "История данных недоступна" in russian
    area_page = PageContext(lang="en", url="trade/", page_index=dataset.page_index)
    line = str(change_notes.fact_history(area_page, dataset.facts["trade.turnover"], log, dataset))
    assert "not known to this copy" in line
    assert not read_change_log(tmp_path / "no-git-here").available
