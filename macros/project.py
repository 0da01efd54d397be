"""Load and check the whole project once: data/ through the validator, docs/ through the scanner.

The MkDocs hook (`macros/__init__.py`) and the command line (`python -m macros check`) both call
`load_project`, so an editor sees the same problems in both.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from .docscan import scan_docs
from .model import Dataset
from .problems import ProblemReport
from .validate import Declared, load_dataset


def load_project(root: Path, today: dt.date | None = None) -> Dataset:
    """The validated dataset; raises ProblemReport listing every problem in data/ and docs/."""
    declared = Declared()
    dataset, problems = load_dataset(root, today, declared)
    problems += scan_docs(root, declared)
    if problems:
        raise ProblemReport(problems)
    return dataset
