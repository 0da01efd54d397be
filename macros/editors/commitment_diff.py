"""Which commitments changed between two versions of data/: the section `python -m macros diff` adds
after the facts, events and sources (`fact_diff.diff_report` calls `commitments_section`).

Each side is read leniently, straight from the YAML of each area file's `commitments:`: a file that
cannot be parsed is left out of both sides, so its commitments are not reported as added or removed.
Status changes come first, since they are what a reviewer must check against the evidence; then
commitments added or removed; then other edits, naming the keys that changed.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

REGISTRIES = ("sources", "speakers")  # data files that are not areas


@dataclass(frozen=True)
class CommitmentView:
    status: str
    status_as_of: str
    fields: Mapping[str, Any]


def read_commitments(root: Path) -> tuple[dict[str, CommitmentView], set[str]]:
    """Commitment id -> what it says, and the areas whose file could not be read."""
    found: dict[str, CommitmentView] = {}
    unreadable: set[str] = set()
    for path in sorted((root / "data").glob("*.yaml")):
        if path.stem in REGISTRIES:
            continue
        try:
            document = yaml.safe_load(path.read_text(encoding="utf-8"))
        except (yaml.YAMLError, OSError, UnicodeDecodeError):
            unreadable.add(path.stem)
            continue
        commitments = document.get("commitments") if isinstance(document, dict) else None
        for name, item in (commitments or {}).items() if isinstance(commitments, dict) else ():
            if isinstance(item, dict):
                found[f"{path.stem}.{name}"] = CommitmentView(
                    str(item.get("status", "")), str(item.get("status_as_of", "")), item
                )
    return found, unreadable


def _row(cells: tuple[str, ...]) -> str:
    return "| " + " | ".join(cell.replace("|", "\\|").replace("\n", " ") for cell in cells) + " |"


def change_rows(old: Mapping[str, CommitmentView], new: Mapping[str, CommitmentView]) -> list[tuple[str, str]]:
    """(commitment, change) rows: status changes first, then added and removed, then other edits."""
    status: list[tuple[str, str]] = []
    added_removed: list[tuple[str, str]] = []
    edited: list[tuple[str, str]] = []
    for cid in sorted(set(old) | set(new)):
        before, after = old.get(cid), new.get(cid)
        if before is None and after is not None:
            added_removed.append((f"`{cid}`", f"added: {after.status} as of {after.status_as_of}"))
        elif after is None and before is not None:
            added_removed.append((f"`{cid}`", f"removed (was {before.status} as of {before.status_as_of})"))
        elif before is not None and after is not None:
            if before.status != after.status:
                status.append(
                    (
                        f"`{cid}`",
                        f"status {before.status} → **{after.status}**, as of {before.status_as_of} → "
                        f"{after.status_as_of}: check the new evidence",
                    )
                )
            keys = sorted(
                k for k in set(before.fields) | set(after.fields) if before.fields.get(k) != after.fields.get(k)
            )
            keys = [k for k in keys if k != "status" or before.status == after.status]
            if keys:
                edited.append((f"`{cid}`", "changed: " + ", ".join(f"`{k}`" for k in keys)))
    return status + added_removed + edited


def commitments_section(old_root: Path, new_root: Path) -> str:
    """The Markdown section on changed commitments; empty when none changed."""
    (old, old_unreadable), (new, new_unreadable) = read_commitments(old_root), read_commitments(new_root)
    skipped = old_unreadable | new_unreadable
    rows = change_rows(
        {k: v for k, v in old.items() if k.partition(".")[0] not in skipped},
        {k: v for k, v in new.items() if k.partition(".")[0] not in skipped},
    )
    if not rows:
        return ""
    lines = ["", "### Commitments", "", _row(("Commitment", "Change")), _row(("---", "---"))]
    lines += [_row(row) for row in rows]
    return "\n".join(lines) + "\n"
