"""The closed sets of words the data files use: languages, qualifiers, sides, registries, id patterns.

Each set is written once, as a `Literal` type: the model is typed with it, and the tuple the validator
and the editors' schema list is read from that same type (`get_args`), so the two cannot drift apart.
Read by `fields.py` and `schema.py` (what a file may contain) and `model.py` (what it holds).
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Literal, get_args

Language = Literal["en", "ru"]  # every reader-facing text exists in each
Qualifier = Literal["exact", "about", "almost", "more_than", "at_least", "less_than", "up_to"]
Side = Literal["russia", "kyrgyzstan", "other"]
Registry = Literal["sources", "speakers"]  # the files other files cite ids from
SourceType = Literal["official", "agency", "media", "aggregator", "mirror", "blog"]  # what kind of publication
Basis = Literal["russian_official", "kyrgyz_official", "international", "estimate", "unknown"]  # whose statistics

LANGUAGES: tuple[Language, ...] = get_args(Language)
QUALIFIERS: tuple[Qualifier, ...] = get_args(Qualifier)
SIDES: tuple[Side, ...] = get_args(Side)
SOURCE_TYPES: tuple[SourceType, ...] = get_args(SourceType)
BASES: tuple[Basis, ...] = get_args(Basis)
COPY_TYPES: tuple[SourceType, ...] = ("aggregator", "mirror", "blog")  # pages that carry someone else's report

REGISTRY_FILES: Mapping[Registry, str] = MappingProxyType(
    {"sources": "data/sources.yaml", "speakers": "data/speakers.yaml"}
)

SOURCE_ID = r"^[a-z0-9][a-z0-9-]*$"  # source ids read like the pages they name: 'nbkr-2025'
SNAKE_CASE_ID = r"^[a-z][a-z0-9_]*$"  # area files, facts, events and speakers
