"""Where each commitment is shown, and links to it: the page whose `commitments(...)` names its area
(`page_index.PageIndex.commitment_page`) holds its card, under the anchor `commitment_anchor` gives it.

`commitments.py` links cards and compact lists here; the sources list (`source_list.py`) links the
commitments that cite a source. Kept apart from `commitments.py` so the sources list can link them
without importing the renderers.
"""

from __future__ import annotations

from macros.data.model import Dataset
from macros.site.html import Html, PageContext, concat, element

COMMITMENTS_PAGE = "commitments/"  # docs/commitments.md: the counts and the first areas' cards


def commitment_anchor(commitment_id: str) -> str:
    return "commitment-" + commitment_id.replace(".", "-").replace("_", "-")


def commitment_link(page: PageContext, commitment_id: str) -> Html:
    """The address of a commitment's card; its '#' written as is (the attribute escape would spell it out)."""
    area_id = commitment_id.partition(".")[0]
    return concat(page.link(page.page_index.commitment_page(area_id)), Html("#"), commitment_anchor(commitment_id))


def citing_commitments(page: PageContext, dataset: Dataset, source_id: str) -> list[Html]:
    """A link to each commitment whose announcement or evidence cites the source, in data order."""
    return [
        element("a", {"href": commitment_link(page, c.id)}, page.text(c.label))
        for c in dataset.commitments.values()
        if any(source.id == source_id for source in c.sources())
    ]
