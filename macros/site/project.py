"""Load and check the whole project once: data/ through the validator, docs/ through the scanner.

The build (`build_context.BuildContext.start`, once per build: see there) and the command line
(`python -m macros check`) both call `load_project`, so an editor sees the same problems in both.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import gc
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from macros.data.load import DeclaredIds, load_dataset
from macros.data.model import Dataset
from macros.data.problems import ProblemReport
from macros.site.docs_scan import check_docs, names_unknown_ids, read_docs
from macros.site.page_index import PageIndex, index_pages
from macros.site.page_macros import MACROS


@dataclasses.dataclass(frozen=True, repr=False)
class SiteDataset(Dataset):
    """The dataset, and where the site shows each fact, event and source (read from docs/, not data/)."""

    page_index: PageIndex


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
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


def load_project(root: Path, today: dt.date | None = None) -> SiteDataset:
    """The validated dataset; raises ProblemReport listing every problem in data/ and docs/."""
    today = today or dt.date.today()
    with _no_cycle_collection():
        declared = DeclaredIds()
        dataset, problems = load_dataset(root, today, declared)
        pages = read_docs(root)  # read once: the check and the page index see the same pages
        problems += check_docs(pages, declared, MACROS)
        if dataset is not None:
            page_index, page_problems = index_pages(pages, dataset, MACROS)
            if names_unknown_ids(pages, declared, MACROS):  # the misspelt id's "did you mean" says it all
                page_problems = [p for p in page_problems if not p.message.startswith("is shown on no page")]
            problems += page_problems
            fields = {field.name: getattr(dataset, field.name) for field in dataclasses.fields(dataset)}
            dataset = SiteDataset(**fields, page_index=page_index)
    if problems:
        raise ProblemReport(problems)
    assert isinstance(dataset, SiteDataset)  # without problems, the data was built and the pages indexed
    return dataset
