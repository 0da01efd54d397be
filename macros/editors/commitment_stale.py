"""Commitments due for a re-check, for `python -m macros stale` (`stale.stale_items` adds these).

Two reasons: the deadline has passed and the status is still not final (achieved, missed or
superseded), so the outcome should be looked up; or, for a status that is not final, the latest
dated evidence is more than a year old, so the status may no longer hold.
"""

from __future__ import annotations

import datetime as dt

from macros.data.commitments import Commitment
from macros.data.model import Dataset
from macros.editors.stale import StaleItem
from macros.site.formatting import format_period

EVIDENCE_MAX_AGE_DAYS = 365


def stale_commitment(commitment: Commitment, today: dt.date) -> list[StaleItem]:
    path, line = commitment.origin.path, commitment.origin.line
    items = []
    deadline = commitment.deadline
    if deadline is not None and deadline.last < today and not commitment.is_final:
        items.append(
            StaleItem(
                path,
                line,
                commitment.id,
                f"the deadline ({format_period(deadline, 'en')}) has passed and the status is still "
                f"{commitment.status} (as of {commitment.status_as_of.text}); record what became of it",
                "commitment",
            )
        )
    latest = commitment.latest_evidence()
    if latest is not None and latest.date is not None and not commitment.is_final:
        due = latest.date.last + dt.timedelta(days=EVIDENCE_MAX_AGE_DAYS)
        if today > due:
            items.append(
                StaleItem(
                    path,
                    line,
                    commitment.id,
                    f"the latest evidence is from {latest.date.text}, more than a year ago (re-check due since "
                    f"{due.isoformat()}); look for newer reports",
                    "commitment",
                )
            )
    return items


def stale_commitments(dataset: Dataset, today: dt.date) -> list[StaleItem]:
    return [item for c in dataset.commitments.values() for item in stale_commitment(c, today)]
