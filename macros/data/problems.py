"""Problems found in the data or the pages, and the one report an editor reads.

Every checker appends `Problem`s to a list instead of raising, so an editor sees every mistake at
once; `ProblemReport` carries the whole list to the command line or to the MkDocs build, which
prints it and fails once. A data mistake never becomes a Python traceback. `did_you_mean` ends a
message about an unknown name with the nearest known one; the data checks and the docs/ scanner use it.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Problem:
    path: str  # relative to the repository root, e.g. "data/trade.yaml"
    line: int  # 1-based; 0 when the problem concerns the file as a whole
    key_path: str  # the dotted key it concerns, e.g. "trade.turnover.period"; may be ""
    message: str  # "what is wrong; expected what"

    def __str__(self) -> str:
        location = f"{self.path}:{self.line}" if self.line else self.path
        subject = f" {self.key_path}:" if self.key_path else ""
        return f"{location}:{subject} {self.message}"


def did_you_mean(value: object, candidates: Iterable[str]) -> str:
    """The end of a message naming the known name nearest to `value` ("; did you mean 'x'?"), or ""."""
    if not isinstance(value, str):
        return ""
    match = difflib.get_close_matches(value, list(candidates), n=1, cutoff=0.6)
    return f"; did you mean {match[0]!r}?" if match else ""


def summary_line(problems: list[Problem]) -> str:
    files = {problem.path for problem in problems}
    noun = "problem" if len(problems) == 1 else "problems"
    file_noun = "file" if len(files) == 1 else "files"
    return f"{len(problems)} {noun} in {len(files)} {file_noun}"


def format_report(problems: list[Problem]) -> str:
    """All problems, sorted by file and line, then the count: the text an editor reads."""
    ordered = sorted(set(problems))
    return "\n".join([*(str(problem) for problem in ordered), summary_line(ordered)])


class ProblemReport(Exception):
    """Raised once, after every check has run, when any problem was found."""

    def __init__(self, problems: list[Problem]):
        self.problems = sorted(set(problems))
        super().__init__(format_report(self.problems))
