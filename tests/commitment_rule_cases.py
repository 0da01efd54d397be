"""The cases of the commitment rules (macros/data/commitment_rules.py) for tests/test_rules.py, which runs
them with the others: data that passes each rule and data that breaks it, with the exact messages.

`commitment(...)` writes one commitment, `promise`, under the fact trade.turnover of `area(OBS)`; its
keys fall on fixed lines: label 10, committed_by 11, announced 12, deadline 13, target 14, evidence 15
(its rows from 16), then status, superseded_by (when given), status_as_of and reason.
"""

from __future__ import annotations

ANNOUNCED = "{date: '2023-10-12', source: agency-2025, quote: 'to $5 billion', quote_gloss: {ru: 'до 5 млрд'}}"
ROW = "{date: '2025-11-26', source: agency-2025, quote: 'reached $4.1 billion', quote_gloss: {ru: 'достиг'}, shows: {en: S, ru: S}}"
TARGET = "{value: 5, unit: usd_billion, fact: trade.turnover}"


def commitment(name: str = "promise", **changes: object) -> str:
    """A commitment every rule passes, with `changes` (None leaves a key out; `evidence` is a list of rows)."""
    fields: dict[str, object] = {
        "label": "{en: P, ru: P}",
        "committed_by": "[minister]",
        "announced": ANNOUNCED,
        "deadline": "'2030'",
        "target": TARGET,
        "evidence": [ROW],
        "status": "in_progress",
        "superseded_by": None,
        "status_as_of": "'2025-11-26'",
        "reason": "{en: R, ru: R}",
        "events": None,
    }
    fields.update(changes)
    lines = [f"  {name}:"]
    for key, value in fields.items():
        if value is None:
            continue
        if isinstance(value, list):
            lines += [f"    {key}:", *(f"      - {row}" for row in value)]
        else:
            lines.append(f"    {key}: {value}")
    return "\n".join(lines) + "\n"


def with_commitments(area_text: str, *commitments: str) -> str:
    return area_text + "commitments:\n" + "".join(commitments)
