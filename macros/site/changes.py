"""What changed in data/, commit by commit: the record behind the Changes page, the Atom feed and each
fact's "last changed".

`read_change_log` asks git once per build (`build_context.BuildContext.change_log`, shared by both
editions): one `git log` for the commits that touched data/*.yaml and the files each touched, one
`git cat-file --batch` for those files' texts. Walking from the oldest commit, each file's version
is compared with its previous one through the data layer's snapshot code (`macros/data/snapshot.py`
and `snapshot_diff.py`, which `python -m macros diff` reads with), so only the files a commit touched
are read, once each. Without the history (a shallow clone, a copy without .git, no git) the log
says so and the pages say history is unavailable; nothing fails.
"""

from __future__ import annotations

import datetime as dt
import subprocess
from dataclasses import dataclass
from pathlib import Path

from macros.data.snapshot import Snapshot, read_file_text
from macros.data.snapshot_diff import ItemChange, diff_snapshots

DATA_FILES = "data/*.yaml"  # the data, not data/schema/*.json, which follows from the code
_FIELD, _RECORD = "\x1f", "\x1e"


def _git(root: Path, *args: str, given: bytes | None = None) -> bytes | None:
    """A git command's output, or None when git or the history is not there. (Not build_info.git:
    build_info's GitFacts keeps this module's log, so this module does not import it.)"""
    try:
        result = subprocess.run(["git", *args], cwd=root, input=given, capture_output=True, timeout=60, check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    return result.stdout if result.returncode == 0 else None


@dataclass(frozen=True)
class DataCommit:
    """One commit that changed data/: when, which, and each record it added, removed or changed."""

    commit: str  # full hash
    when: dt.datetime  # the committer's date, with its offset
    changes: tuple[ItemChange, ...]

    def changes_in(self, collection: str) -> list[ItemChange]:
        return [change for change in self.changes if change.collection == collection]

    @property
    def collections(self) -> list[str]:
        """The kinds of record the commit touched ('facts', 'sources'), in the order it touched them."""
        return list(dict.fromkeys(change.collection for change in self.changes))


@dataclass(frozen=True)
class ChangeLog:
    """data/'s history, newest commit first; `available` is False when git could not tell it."""

    available: bool
    commits: tuple[DataCommit, ...] = ()

    def last_change(self, collection: str, item_id: str) -> tuple[DataCommit, ItemChange] | None:
        """The newest commit that changed the record, and how; None when no commit did (or no history)."""
        for commit in self.commits:
            for change in commit.changes:
                if change.collection == collection and change.id == item_id:
                    return commit, change
        return None

    @property
    def last_commit(self) -> DataCommit | None:
        return self.commits[0] if self.commits else None


@dataclass(frozen=True)
class _LoggedCommit:
    commit: str
    when: dt.datetime
    files: tuple[tuple[str, str], ...]  # (status letter, path), as `git log --name-status` gives them


def _logged_commits(root: Path) -> list[_LoggedCommit] | None:
    """The commits that touched the data files, oldest first; None without a full history."""
    if (_git(root, "rev-parse", "--is-shallow-repository") or b"").strip() != b"false":
        return None
    log_format = f"--format={_RECORD}%H{_FIELD}%cI"
    log = _git(root, "log", "--reverse", "--no-renames", log_format, "--name-status", "--", DATA_FILES)
    if log is None:
        return None
    commits = []
    for record in filter(None, log.decode("utf-8", "replace").split(_RECORD)):
        header, *lines = record.strip().split("\n")
        commit, when = header.split(_FIELD)
        files = tuple((line[0], line.split("\t", 1)[1]) for line in lines if "\t" in line)
        commits.append(_LoggedCommit(commit, dt.datetime.fromisoformat(when), files))
    return commits


def _file_texts(root: Path, wanted: list[str]) -> dict[str, str] | None:
    """'COMMIT:path' -> the file's text, for every name in `wanted`, in one git call."""
    output = _git(root, "cat-file", "--batch", given="\n".join(wanted).encode() + b"\n") if wanted else b""
    if output is None:
        return None
    texts, position = {}, 0
    for name in wanted:
        end = output.index(b"\n", position)
        header = output[position:end].split()
        position = end + 1
        if len(header) == 3:  # '<object> blob <size>', then the content and a newline ('<name> missing' else)
            size = int(header[2])
            texts[name] = output[position : position + size].decode("utf-8", "replace")
            position += size + 1
    return texts


def read_change_log(root: Path) -> ChangeLog:
    """data/'s changes from git, or an unavailable log when the history is not there."""
    commits = _logged_commits(root)
    if commits is None:
        return ChangeLog(False)
    wanted = [f"{c.commit}:{path}" for c in commits for status, path in c.files if status != "D"]
    texts = _file_texts(root, wanted)
    if texts is None:
        return ChangeLog(False)
    current: dict[str, Snapshot] = {}  # path -> its latest readable version, as a snapshot of its own
    found = []
    for logged in commits:
        changes: list[ItemChange] = []
        for status, path in logged.files:
            version = Snapshot()
            text = texts.get(f"{logged.commit}:{path}")
            if status != "D" and (text is None or not read_file_text(version, path, text)):
                continue  # unreadable at this commit: its changes show against the next readable version
            changes += diff_snapshots(current.get(path, Snapshot()), version)
            current[path] = version
        if changes:
            found.append(DataCommit(logged.commit, logged.when, tuple(changes)))
    return ChangeLog(True, tuple(reversed(found)))
