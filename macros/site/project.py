"""Load and check the whole project once: data/ through the validator, docs/ through the scanner.

The MkDocs hook (`macros/__init__.py`) and the command line (`python -m macros check`) both call
`load_project`, so an editor sees the same problems in both.
"""
from __future__ import annotations

import dataclasses
import gc
import datetime as dt
import hashlib
from contextlib import contextmanager
from pathlib import Path

from macros.site.docs_scan import scan_docs
from macros.site.page_index import find_homes
from macros.data.model import Dataset
from macros.data.problems import ProblemReport
from macros.data.validate import Declared, load_dataset


# The last project loaded, by the contents of the files it was read from. mkdocs-static-i18n runs the
# whole build, define_env included, once per language, and `mkdocs serve` rebuilds everything after
# any change (a page's prose, a stylesheet): unchanged files need no second reading.
_last_loaded: dict = {}


def _fingerprint(root: Path, today: dt.date) -> tuple:
    """What the result depends on: the data files, the pages, and the day (future dates are errors)."""
    digest = hashlib.blake2b(digest_size=16)
    for path in sorted([*(root / "data").glob("*.yaml"), *(root / "docs").rglob("*.md")]):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return str(root.resolve()), today, digest.hexdigest()


@contextmanager
def _no_cycle_collection():
    """Loading builds tens of thousands of small objects (YAML nodes, then the dataset) and no reference
    cycles to speak of; Python's cycle collector would scan the growing heap again and again meanwhile,
    which took a third of the loading time or more. Reference counting still frees everything.

    Afterwards the objects alive then, the dataset among them, are frozen: the dataset lives for the
    whole build, and each later full collection would otherwise walk all of it again (a cost that grew
    with the data and landed on whatever ran next). The next load unfreezes them first, so under
    `mkdocs serve` the previous build's objects become collectable again."""
    was_enabled = gc.isenabled()
    gc.disable()
    gc.unfreeze()
    try:
        yield
    finally:
        gc.freeze()
        if was_enabled:
            gc.enable()


def load_project(root: Path, today: dt.date | None = None) -> Dataset:
    """The validated dataset; raises ProblemReport listing every problem in data/ and docs/."""
    today = today or dt.date.today()
    key = _fingerprint(root, today)
    if key in _last_loaded:
        return _last_loaded[key]
    with _no_cycle_collection():
        declared = Declared()
        dataset, problems = load_dataset(root, today, declared)
        problems += scan_docs(root, declared)
        if dataset is not None:
            homes, page_problems = find_homes(root, dataset)
            problems += page_problems
            dataset = dataclasses.replace(dataset, homes=homes)
    if problems:
        raise ProblemReport(problems)
    _last_loaded.clear()
    _last_loaded[key] = dataset
    return dataset
