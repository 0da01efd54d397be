"""What a commitment in an area file may contain: the records the validator and the editors' schema read.

A commitment is a promise one or both sides made (raise trade to $5 billion a year, open nine schools),
with dated evidence of what became of it and a status as of the date of that evidence. It lives in the
area file beside the facts and events, under `commitments:`, and its id is `<area>.<name>` like theirs.
`schema.AREA_FILE` names `COMMITMENT` as the record of that map; the checks across fields (a missed
deadline, a target the linked fact already meets) are in `commitment_rules.py`, the model in
`commitments.py`, and `build_commitments.py` builds it.
"""

from __future__ import annotations

from typing import Literal, get_args

from macros.data.fields import Field, Record
from macros.data.periods import PERIOD_FORMS
from macros.data.units import UNITS

Status = Literal["achieved", "in_progress", "not_started", "missed", "superseded", "unclear"]
STATUSES: tuple[Status, ...] = get_args(Status)
# A status no later evidence is expected to change: the stale report leaves these alone.
FINAL_STATUSES: tuple[Status, ...] = ("achieved", "missed", "superseded")
NO_DEADLINE = "none"  # written as the deadline of a promise that set none

LOCALIZED_DOC = "text in every language of the site: {en: ..., ru: ...}"
GLOSS_DOC = (
    "The quote in the site's other languages, by language: {ru: ...} for an English quote, {en: ...} for a Russian "
    "one, {en: ..., ru: ...} for a quote in any other language"
)

ANNOUNCEMENT = Record(
    "announcement",
    "When and where the promise was made, in the source's words.",
    {
        "date": Field("date", "When it was made: YYYY, YYYY-MM or YYYY-MM-DD.", required=True),
        "source": Field(
            "ref", "Id of the source (data/sources.yaml) that reports it.", required=True, registry="sources"
        ),
        "quote": Field("text", "The promise, verbatim from the source, in its own language.", required=True),
        "quote_gloss": Field("glosses", f"{GLOSS_DOC}."),
    },
)

TARGET = Record(
    "target",
    "What the promise would reach, where it names a number.",
    {
        "value": Field("number", "The number promised, in `unit` (5 for $5 billion with usd_billion).", required=True),
        "unit": Field("enum", "The unit of the value: " + ", ".join(UNITS) + ".", required=True, choices=tuple(UNITS)),
        "fact": Field(
            "text",
            "Id of the fact that measures it (trade.turnover); the site then computes the progress from that "
            "fact's figures, for each statistical basis. Its unit must be the target's.",
        ),
    },
)

EVIDENCE = Record(
    "evidence",
    "One dated report of what became of the promise.",
    {
        "date": Field(
            "date", "When the source reports it: YYYY, YYYY-MM or YYYY-MM-DD. Omit only where no date can be told."
        ),
        "source": Field("ref", "Id of the source (data/sources.yaml).", required=True, registry="sources"),
        "quote": Field("text", "A short verbatim quote from the source, in its own language.", required=True),
        "quote_gloss": Field("glosses", f"{GLOSS_DOC}."),
        "shows": Field(
            "localized", f"What this report shows about the promise, in one line; {LOCALIZED_DOC}.", required=True
        ),
        "value": Field("number", "The number the report gives, in the target's unit, where it gives one."),
        "event": Field("text", "Id of the event on the timeline this report is about (diplomacy.state_visit_2019)."),
    },
)

COMMITMENT = Record(
    "commitment",
    "A promise one or both sides made, with dated evidence of what became of it.",
    {
        "label": Field("localized", f"The promise in a few words; {LOCALIZED_DOC}.", required=True),
        "committed_by": Field(
            "refs", "Ids of the speakers (data/speakers.yaml) who made the promise.", required=True, registry="speakers"
        ),
        "announced": Field("record", "When and where the promise was made.", required=True, record=ANNOUNCEMENT),
        "deadline": Field(
            "text",
            f"By when it is due: {PERIOD_FORMS}; or '{NO_DEADLINE}' when the promise set no date "
            "(deadline_note then says so in words).",
            required=True,
        ),
        "deadline_note": Field("localized", f"What the sources say about the deadline; {LOCALIZED_DOC}."),
        "target": Field("record", "The number promised, where there is one.", record=TARGET),
        "evidence": Field("list", "Dated reports of what became of it, oldest first.", required=True, record=EVIDENCE),
        "status": Field(
            "enum",
            "What became of it, as of status_as_of: achieved, in_progress, not_started, missed (the deadline "
            "passed without it), superseded (replaced by another commitment: superseded_by), unclear.",
            required=True,
            choices=STATUSES,
        ),
        "superseded_by": Field("text", "Id of the commitment that replaced this one; only with status superseded."),
        "status_as_of": Field(
            "date",
            "The date the status is as of: the date of the latest evidence it rests on (YYYY, YYYY-MM or YYYY-MM-DD).",
            required=True,
        ),
        "reason": Field("localized", f"Why this status, in one sentence; {LOCALIZED_DOC}.", required=True),
        "events": Field("ids", "Ids of the events on the timeline the commitment belongs with."),
    },
)
