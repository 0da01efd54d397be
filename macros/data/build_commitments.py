"""Build the commitments of the model from data that passed every check, and attach them to the dataset.

`build.build_dataset` hands its dataset to `with_commitments`, which adds each area's commitments and
the dataset's index of them by id. As in `build.py`, nothing here checks: a field that is not what
the checks promise is a bug, and raises.
"""

from __future__ import annotations

import dataclasses
from typing import cast

from macros.data.commitment_rules import deadline_of
from macros.data.commitment_schema import Status
from macros.data.commitments import Commitment, Evidence, Statement, Target
from macros.data.conform import RawArea, RawData, RawRecord
from macros.data.model import Dataset, SourceLocation
from macros.data.periods import Point
from macros.data.units import UNITS


def _glosses(raw: RawRecord) -> dict[str, str]:
    glosses: dict[str, str] | None = raw.get("quote_gloss", dict)
    return glosses or {}


def _statement(raw: RawRecord, dataset: Dataset) -> Statement:
    return Statement(
        date=raw.get("date", Point),
        source=dataset.sources[raw.need("source", str)],
        quote=raw.need("quote", str),
        quote_gloss=_glosses(raw),
    )


def _evidence(raw: RawRecord, dataset: Dataset, path: str) -> Evidence:
    event_id = raw.get("event", str)
    value = raw.fields.get("value")
    return Evidence(
        **vars(_statement(raw, dataset)),
        shows=raw.need("shows", dict),
        value=value if isinstance(value, (int, float)) and not isinstance(value, bool) else None,
        event=dataset.events[event_id] if event_id else None,
        origin=SourceLocation(path, raw.line),
    )


def _target(raw: RawRecord | None, dataset: Dataset) -> Target | None:
    if raw is None:
        return None
    fact_id = raw.get("fact", str)
    value = raw.fields["value"]
    if not isinstance(value, (int, float)):  # a bug: the number kind let it through
        raise TypeError(f"target value is {value!r}, not a number")
    return Target(value=value, unit=UNITS[raw.need("unit", str)], fact=dataset.facts[fact_id] if fact_id else None)


def _commitment(area: RawArea, name: str, raw: RawRecord, dataset: Dataset) -> Commitment:
    return Commitment(
        id=f"{area.id}.{name}",
        area=area.id,
        label=raw.need("label", dict),
        committed_by=tuple(dataset.speakers[speaker] for speaker in raw.need("committed_by", tuple)),
        announced=_statement(raw.need("announced", RawRecord), dataset),
        deadline=deadline_of(raw),
        deadline_note=raw.get("deadline_note", dict),
        target=_target(raw.get("target", RawRecord), dataset),
        evidence=tuple(_evidence(row, dataset, area.path) for row in raw.records("evidence")),
        status=cast(Status, raw.need("status", str)),
        superseded_by=raw.get("superseded_by", str),
        status_as_of=raw.need("status_as_of", Point),
        reason=raw.need("reason", dict),
        events=tuple(dataset.events[event_id] for event_id in raw.get("events", tuple) or ()),
        origin=SourceLocation(area.path, raw.line),
    )


def with_commitments(dataset: Dataset, data: RawData) -> Dataset:
    """The dataset with each area's commitments, and all of them by id, area by area in file order."""
    areas = {}
    everything: dict[str, Commitment] = {}
    for raw_area in data.areas:
        commitments = {
            name: _commitment(raw_area, name, raw, dataset)
            for name, raw in raw_area.record.named("commitments").items()
        }
        everything.update((c.id, c) for c in commitments.values())
        areas[raw_area.id] = dataclasses.replace(dataset.areas[raw_area.id], commitments=commitments)
    return dataclasses.replace(dataset, areas=areas, commitments=everything)
