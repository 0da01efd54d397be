"""When the site was built, from which commit, and when an area's data last changed.

`downloads.py` stamps the downloads with the build; `page_macros.py` shows the stamp on the Data page
and dates each area page's "cite this". `GitFacts` asks git once per build (`build_context.py` keeps
it for the build's editions). Git is optional: a copy of the project without its history (or without
git installed) still builds, and the texts then say what the dates are based on.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

from macros.data.model import Area, Dataset, Source
from macros.data.periods import Point
from macros.site.changes import ChangeLog, read_change_log


def git(root: Path, *args: str) -> str | None:
    """The output of a git command in `root`, or None when git or the history is not there."""
    try:
        result = subprocess.run(["git", *args], cwd=root, capture_output=True, text=True, timeout=30, check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    return result.stdout.strip() if result.returncode == 0 else None


@dataclass(frozen=True)
class BuildStamp:
    date: dt.date
    commit: str | None  # full hash, with '-dirty' when data/ differs from it (as `git describe --dirty`)


def build_stamp(root: Path, today: dt.date | None = None) -> BuildStamp:
    """Today's date (or SOURCE_DATE_EPOCH's, for reproducible builds) and the commit, when known."""
    if today is None:
        epoch = os.environ.get("SOURCE_DATE_EPOCH")
        now = dt.datetime.fromtimestamp(int(epoch), dt.UTC) if epoch else dt.datetime.now(dt.UTC)
        today = now.date()
    commit = git(root, "rev-parse", "--verify", "HEAD")
    if commit and git(root, "status", "--porcelain", "--", "data"):
        commit += "-dirty"
    return BuildStamp(today, commit or None)


@dataclass(frozen=True)
class DataChange:
    when: Point | None  # a day for a commit; a source's date may be a month or a year
    basis: str  # 'commit': last commit touching the file; 'sources': newest source cited; 'none'


def area_sources(area: Area) -> list[Source]:
    """Every source an area's facts and events cite, corroborating ones included, each once."""
    cited: dict[str, Source] = {}
    for fact in area.facts.values():
        for observation in fact.observations:
            cited.update((s.id, s) for s in (observation.source, *observation.also_reported_by))
    for event in area.events.values():
        cited.update(
            (s.id, s) for s in (event.source, *event.also_reported_by, *(other.source for other in event.other_dates))
        )
    return list(cited.values())


@dataclass(frozen=True)
class DataHistory:
    """What git knows about data/: each file's last commit date, and the files changed since."""

    committed: dict[str, str]  # 'data/trade.yaml' -> 'YYYY-MM-DD' of the last commit that touched it
    changed: frozenset[str]  # files with uncommitted changes


def data_history(root: Path) -> DataHistory:
    """Two git calls for all of data/, however many areas (one `git log` per area grew with the data).
    Paths are as git writes them, from the repository's root: the project is the repository."""
    log = git(root, "log", "--format=%x00%cs", "--name-only", "--", "data") or ""
    committed: dict[str, str] = {}
    for entry in log.split("\0")[1:]:  # each: the date, then the files of that commit, newest commit first
        date, *files = entry.strip().split("\n")
        for name in filter(None, (name.strip() for name in files)):
            committed.setdefault(name, date.strip())
    status = git(root, "status", "--porcelain", "--no-renames", "--", "data") or ""
    # "XY path" per line; git() strips the output, so the first line may have lost its leading space.
    changed = frozenset(line.split(maxsplit=1)[1].strip('"') for line in status.splitlines() if line.strip())
    return DataHistory(committed, changed)


def last_data_change(root: Path, dataset: Dataset, area_id: str, history: DataHistory | None = None) -> DataChange:
    """When an area's data file last changed: its last commit, else the newest source it cites.

    A file with uncommitted changes has changed after its last commit, so its commit date would be
    too early; the sources' dates are used then, as for a copy without history. `history`: git's
    answer for all of data/, when the caller asks for several areas.
    """
    area = dataset.areas[area_id]
    history = history or data_history(root)
    committed = history.committed.get(area.path)
    if committed and area.path not in history.changed:
        return DataChange(Point.parse(committed), "commit")
    published = [source.published for source in area_sources(area) if source.published is not None]
    if not published:
        return DataChange(None, "none")
    return DataChange(max(published, key=lambda point: (point.first, point.last)), "sources")


class GitFacts:
    """Git's answers for one build, which its editions share: the stamp at once, and data/'s history
    on first use (only pages with a "cite this" need it)."""

    def __init__(self, root: Path):
        self.root = root
        self.stamp = build_stamp(root)
        self._history: DataHistory | None = None

    @property
    def history(self) -> DataHistory:
        if self._history is None:
            self._history = data_history(self.root)
        return self._history

    @cached_property
    def change_log(self) -> ChangeLog:
        """data/'s changes commit by commit (the Changes page, the feed, each fact's "last changed")."""
        return read_change_log(self.root)


@dataclass(frozen=True)
class Site:
    """What the macros know about the build beyond the data: its name, public address, root and stamp."""

    name: str = ""
    url: str | None = None  # site_url from mkdocs.yml; None when the public address is not set
    root: Path = Path(".")
    stamp: BuildStamp | None = None
    git: GitFacts | None = None  # the build's answers from git; None: ask git when needed
    downloads: Any = None  # the build's downloads.DownloadFiles, for the Data page's sizes; None: made when needed
