"""What the data files may contain: one specification for the validator and the editors' schema.

The validator (`conform.py`) walks these records; `json_schema()` turns the same records into the
JSON Schema that gives editors autocompletion (`data/schema/*.json`). Both go through each field's
kind (`fields.py`), so they cannot drift apart; `tests/test_schema.py` fails if the committed schema
files are stale (regenerate them with `python -m macros schema`). CONTRIBUTING.md's templates are
held to these records by `tests/test_contributing.py`.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from macros.data.commitment_schema import COMMITMENT
from macros.data.field_kinds import record_schema
from macros.data.fields import Field, JsonSchema, Record
from macros.data.periods import PERIOD_FORMS, UNDATED
from macros.data.units import UNITS
from macros.data.vocabulary import BASES, LANGUAGES, QUALIFIERS, SIDES, SOURCE_ID, SOURCE_TYPES

__all__ = (  # the vocabulary is re-exported: readers of the specification find it here
    "AREA_FILE", "BASES", "DERIVED", "DERIVED_INPUT", "EVENT", "FACT", "FILE_RECORDS", "LANGUAGES", "OBSERVATION",
    "OTHER_DATE", "QUALIFIERS", "SIDES",
    "SOURCE", "SOURCES_FILE", "SOURCE_TYPES", "SPEAKER", "SPEAKERS_FILE", "Field", "Record", "json_schema",
)  # fmt: skip

LOCALIZED_DOC = "text in every language of the site: {en: ..., ru: ...}"
GLOSS_DOC = (
    "The quote in the site's other languages, by language: {ru: ...} for an English quote, {en: ...} for a Russian "
    "one, {en: ..., ru: ...} for a quote in any other language"
)

DERIVED_INPUT = Record(
    "derived_input",
    "One stated number a derived value is calculated from.",
    {
        "value": Field("number", "The stated number, as the source gives it.", required=True),
        "source": Field(
            "ref", "Id of the source (data/sources.yaml) that states it.", required=True, registry="sources"
        ),
        "quote": Field("text", "A short verbatim quote from that source holding the number.", required=True),
        "quote_gloss": Field("glosses", f"{GLOSS_DOC}."),
    },
)

DERIVED = Record(
    "derived",
    "How the editors calculated a value no source states: the method and the stated inputs.",
    {
        "method": Field(
            "localized",
            f"The calculation in a few words, e.g. 'difference of the two stated shares'; {LOCALIZED_DOC}.",
            required=True,
        ),
        "inputs": Field(
            "list",
            "The stated numbers the value is calculated from, each with its source and quote.",
            required=True,
            record=DERIVED_INPUT,
        ),
    },
)

OTHER_DATE = Record(
    "other_date",
    "A different date that another source gives for the same event.",
    {
        "date": Field("period", f"The date this source gives: {PERIOD_FORMS}.", required=True),
        "source": Field(
            "ref", "Id of the source (data/sources.yaml) that gives this date.", required=True, registry="sources"
        ),
        "note": Field("localized", f"Why the dates may differ; {LOCALIZED_DOC}."),
        "ref": Field("text", "Row of the research dossier this comes from, e.g. 'E-2'."),
    },
)

OBSERVATION = Record(
    "observation",
    "One reported value of a fact: for one period, from one source.",
    {
        "value": Field(
            "number",
            "The number as the source states it, in the fact's unit (4.1 for $4.1 billion with unit usd_billion).",
            required=True,
        ),
        "period": Field(
            "period_or_undated",
            f"What the figure refers to: {PERIOD_FORMS}; or '{UNDATED}' when the source gives no period "
            "(a note must then say why).",
            required=True,
        ),
        "qualifier": Field(
            "enum",
            "How exact the source is: 'almost $2 billion' is value 2, qualifier almost.",
            default="exact",
            choices=QUALIFIERS,
        ),
        "stated_by": Field(
            "ref", "Id of the speaker (data/speakers.yaml) when the source reports a statement.", registry="speakers"
        ),
        "source": Field("ref", "Id of the source (data/sources.yaml).", required=True, registry="sources"),
        "also_reported_by": Field(
            "refs", "Other sources that report the same value, qualifier and speaker.", registry="sources"
        ),
        "quote": Field("text", "A short verbatim quote from the source, in its own language, holding the figure."),
        "quote_gloss": Field("glosses", f"{GLOSS_DOC}."),
        "basis": Field(
            "enum",
            "Whose statistics the figure is, where the sources say (separately from who said it): Russian or "
            "Kyrgyz official statistics, an international body, an estimate, or unknown.",
            choices=BASES,
        ),
        "derived": Field(
            "record",
            "For a value the editors calculated from stated ones: the method and the inputs. "
            "A derived observation has no stated_by and is never the headline where a stated value exists.",
            record=DERIVED,
        ),
        "note": Field("localized", f"What a reader should know about this figure; {LOCALIZED_DOC}."),
        "headline": Field(
            "bool", "The figure shown by default; at most one per fact. Default: the latest period.", default=False
        ),
        "ref": Field("text", "Row of the research dossier this comes from, e.g. 'T14', or 'seed'."),
    },
)

FACT = Record(
    "fact",
    "A measured thing, with every value reported for it.",
    {
        "label": Field("localized", f"What is measured, in a few words; {LOCALIZED_DOC}.", required=True),
        "unit": Field(
            "enum", "The unit of every value: " + ", ".join(UNITS) + ".", required=True, choices=tuple(UNITS)
        ),
        "note": Field("localized", f"What the figure covers, and why sources differ; {LOCALIZED_DOC}."),
        "planned": Field("bool", "A target, quota or plan: its periods may lie in the future.", default=False),
        "review_every_days": Field(
            "count",
            "How often editors should re-check this fact; overrides the default "
            "for its period (see `python -m macros stale`).",
        ),
        "observations": Field(
            "list", "The values reported for this fact, one per period and source.", required=True, record=OBSERVATION
        ),
        "chart_events": Field(
            "ids", "Ids of the timeline's events marked on this fact's chart, e.g. [trade.eaeu_accession]."
        ),
    },
)

EVENT = Record(
    "event",
    "A dated event: a treaty, a visit, a summit, an agreement signed.",
    {
        "date": Field("period", f"When it happened (or will happen): {PERIOD_FORMS}.", required=True),
        "title": Field("localized", f"What happened, in one line; {LOCALIZED_DOC}.", required=True),
        "summary": Field("localized", f"One or two sentences of context; {LOCALIZED_DOC}."),
        "source": Field("ref", "Id of the source (data/sources.yaml).", required=True, registry="sources"),
        "also_reported_by": Field(
            "refs", "Other sources that report the same event on the same date.", registry="sources"
        ),
        "quote": Field("text", "A short verbatim quote from the source, in its own language."),
        "quote_gloss": Field("glosses", f"{GLOSS_DOC}."),
        "planned": Field("bool", "The event lies ahead (a planned opening, a scheduled summit).", default=False),
        "state_visit_2025": Field(
            "bool", "Part of the state visit of 25-27 November 2025 (listed on the home page).", default=False
        ),
        "other_dates": Field("list", "Different dates other sources give for the same event.", record=OTHER_DATE),
        "ref": Field("text", "Row of the research dossier this comes from, e.g. 'E-1'."),
    },
)

AREA_FILE = Record(
    "area",
    "One cooperation area: data/<area>.yaml, where <area> is the first part of each fact id.",
    {
        "title": Field("localized", f"The area's name; {LOCALIZED_DOC}.", required=True),
        "facts": Field("map", "Facts by name; the fact id is <area>.<name>.", record=FACT),
        "events": Field("map", "Events by name; the event id is <area>.<name>.", record=EVENT),
        "commitments": Field("map", "Commitments by name; the id is <area>.<name>.", record=COMMITMENT),
    },
)

SOURCE = Record(
    "source",
    "A published page a figure comes from.",
    {
        "publisher": Field("text", "Who published the page (an agency, a ministry, a newspaper).", required=True),
        "type": Field(
            "enum",
            "What kind of publication the page is: official (a government, presidency, ministry, parliament, "
            "central bank, statistics office, intergovernmental body, or the institution itself), agency (news "
            "agency), media (newspaper, broadcaster, news site with its own newsroom), aggregator (republishes "
            "others' reports), mirror (a copy of someone else's page) or blog.",
            required=True,
            choices=SOURCE_TYPES,
        ),
        "publisher_ru": Field(
            "text", "The publisher's established Russian form, e.g. ТАСС, «Коммерсантъ»; omit where none exists."
        ),
        "title": Field("text", "The page's own title, as published."),
        "url": Field("url", "The page's address: http or https only. Omit only when no full address is known."),
        "published": Field("date", "When the page was published: YYYY, YYYY-MM or YYYY-MM-DD. Omit when undated."),
        "date_inferred": Field(
            "bool", "The publication date is inferred from context, not shown on the page.", default=False
        ),
        "language": Field(
            "language", "The page's language, as a two-letter ISO 639-1 code (en, ru, ky...).", required=True
        ),
        "via": Field(
            "text",
            "The outlet whose report the page carries or copies, by its name alone, e.g. 'TASS'; required on an "
            "aggregator or mirror, unless its note says the page does not name its original.",
        ),
        "note": Field("localized", f"A caveat readers should see; {LOCALIZED_DOC}."),
    },
)

SOURCES_FILE = Record(
    "sources",
    "The source registry: every source once, cited by id.",
    {
        "sources": Field(
            "map",
            "Sources by id (lowercase letters, digits and hyphens).",
            required=True,
            record=SOURCE,
            key_pattern=SOURCE_ID,
        ),
    },
)

SPEAKER = Record(
    "speaker",
    "A person or body whose statement a source reports.",
    {
        "name": Field("localized", f"The name as the sources give it; {LOCALIZED_DOC}.", required=True),
        "role": Field("localized", f"The role in which they spoke; {LOCALIZED_DOC}."),
        "short": Field(
            "localized",
            "The name shortened for a figure's attribution ('according to Putin' / '(Путин)'): a surname or a "
            "short form of the body's name, at most two words in English and four in Russian, in the form that "
            f"reads without declension; {LOCALIZED_DOC}. Without it, the full name is shown.",
        ),
        "side": Field(
            "enum", "Which country the speaker speaks for; labels disputed figures.", required=True, choices=SIDES
        ),
    },
)

SPEAKERS_FILE = Record(
    "speakers",
    "People and bodies who state figures.",
    {
        "speakers": Field("map", "Speakers by id (snake_case).", required=True, record=SPEAKER),
    },
)

FILE_RECORDS: Mapping[str, Record] = MappingProxyType(
    {"sources": SOURCES_FILE, "speakers": SPEAKERS_FILE, "area": AREA_FILE}
)


def json_schema(file_kind: str) -> JsonSchema:
    """The JSON Schema of one kind of data file: 'area', 'sources' or 'speakers'."""
    record = FILE_RECORDS[file_kind]
    return {
        "$schema": "http://json-schema.org/draft-07/schema#",  # draft-07 only: what editors' YAML tools read best
        "$id": f"{file_kind}.schema.json",
        "title": record.doc,
        **record_schema(record),
    }
