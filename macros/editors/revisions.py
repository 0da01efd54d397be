"""The data files as they were at a git revision, for `python -m macros diff`.

`data_at(root, revision)` copies `data/*.yaml` of that commit (read with `git show`, never by
checking it out, so the editor's working tree is left alone) into a temporary folder, which the
ordinary loader and validator then read like any project. Without a revision it is the working
tree itself.
"""

from __future__ import annotations

import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path


class RevisionError(Exception):
    """A revision cannot be read: not a git repository, or no such commit. The message is for editors."""


@dataclass(frozen=True)
class Revision:
    """What one side of a diff is: `name` as the editor typed it, `commit` its full hash (None: working tree)."""

    name: str | None
    commit: str | None

    @property
    def label(self) -> str:
        """'`main` (1a2b3c4)', '`1a2b3c4`' for a commit named by its hash, or 'the working tree'."""
        if self.commit is None:
            return "the working tree"
        if self.name is None or self.commit.startswith(self.name.lower()):
            return f"`{self.commit[: max(7, len(self.name or ''))]}`"
        return f"`{self.name}` ({self.commit[:7]})"


def _git(root: Path, *args: str) -> bytes:
    try:
        result = subprocess.run(["git", *args], cwd=root, capture_output=True, check=False)
    except FileNotFoundError:
        raise RevisionError("git is not installed; expected the `git` command on the PATH") from None
    if result.returncode != 0:
        raise RevisionError(result.stderr.decode("utf-8", "replace").strip() or f"git {args[0]} failed")
    return result.stdout


def resolve(root: Path, name: str | None) -> Revision:
    """The revision an editor names (a branch, tag or commit); None means the working tree."""
    if name is None:
        return Revision(None, None)
    try:
        commit = _git(root, "rev-parse", "--verify", "--quiet", "--end-of-options", f"{name}^{{commit}}")
    except RevisionError:
        if not (root / ".git").exists() and not _inside_repository(root):
            raise RevisionError(
                f"{str(root)!r} is not a git repository; expected to run in a clone of the fact sheet"
            ) from None
        raise RevisionError(
            f"{name!r} is not a commit in this repository; expected a branch, tag or commit "
            "such as 'main' or 'origin/main' (run `git fetch` if it lives on GitHub)"
        ) from None
    return Revision(name, commit.decode().strip())


def _inside_repository(root: Path) -> bool:
    try:
        return _git(root, "rev-parse", "--is-inside-work-tree").strip() == b"true"
    except RevisionError:
        return False


@contextmanager
def data_at(root: Path, revision: Revision) -> Iterator[Path]:
    """A folder whose `data/` holds the data files of `revision` (the project root for the working tree)."""
    if revision.commit is None:
        yield root
        return
    listing = _git(root, "ls-tree", "-z", "--name-only", revision.commit, "--", "data/")
    names = [name for name in listing.decode("utf-8").split("\0") if name.endswith(".yaml")]
    with tempfile.TemporaryDirectory(prefix="factsheet-diff-") as folder:
        target = Path(folder) / "data"
        target.mkdir()
        for name in names:
            (target / Path(name).name).write_bytes(_git(root, "show", f"{revision.commit}:{name}"))
        yield Path(folder)
