"""datapackage.json: the Frictionless Data Package (https://specs.frictionlessdata.io/) that describes
every download, so a program can check and read the files without reading the Data page.

`downloads.DownloadFiles.contents` calls `package_json` with the files it made. Every CSV file gets a
table schema built from its table's columns (`download_columns.py`): name, description (English,
with the Russian one beside it), type, required, allowed values, primary key and foreign keys. The
schemas are written once each (data/schemas/<table>.json) and each file points at its table's schema,
so a per-area or per-fact file is described as exactly as the whole table. A column this module does
not know is a string, optional and unconstrained: a new column is described (and validates) with no
change here. `tests/test_data_package.py` validates the whole package with the `frictionless` library.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from macros.data.commitment_schema import STATUSES
from macros.data.model import Dataset
from macros.data.units import UNITS
from macros.data.vocabulary import BASES, QUALIFIERS, SIDES, SOURCE_TYPES
from macros.site.build_info import BuildStamp

PACKAGE_NAME = "russia-kyrgyzstan-partnership-factsheet"
SCHEMA_FOLDER = "schemas"
# The compilation's licence: the Data page, the footer, the README and this package state it.
DATA_LICENCE: Mapping[str, str] = MappingProxyType(
    {
        "name": "CC-BY-4.0",
        "path": "https://creativecommons.org/licenses/by/4.0/",
        "title": "Creative Commons Attribution 4.0 International",
    }
)
DATA_LICENCE_SHORT = "CC BY 4.0"
RIGHTS_NOTE = "The figures and quotes remain those of their sources, which every row names and links."

# Column name -> (Table Schema type, format); every other column is a string.
FIELD_TYPES: Mapping[str, tuple[str, str]] = MappingProxyType(
    {
        "observation": ("integer", "default"),
        "value": ("number", "default"),
        "target_value": ("number", "default"),
        "evidence_count": ("integer", "default"),
        "planned": ("boolean", "default"),
        "headline": ("boolean", "default"),
        "date_inferred": ("boolean", "default"),
        "source_date_inferred": ("boolean", "default"),
        "undated": ("boolean", "default"),
        "only_from_copies": ("boolean", "default"),
        "period_start": ("date", "default"),
        "period_end": ("date", "default"),
        "build_date": ("date", "default"),
        "url": ("string", "uri"),
        "source_url": ("string", "uri"),
    }
)
# Column name -> its allowed values: the data layer's closed lists.
ALLOWED_VALUES: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "qualifier": QUALIFIERS,
        "stated_by_side": SIDES,
        "unit": tuple(UNITS),
        "status": STATUSES,
        "basis": BASES,
        "source_type": SOURCE_TYPES,
        "type": SOURCE_TYPES,
    }
)
# Columns every row fills (the validator requires the field behind each); the keys are required too.
REQUIRED = frozenset(
    {
        "area",
        "label_en",
        "label_ru",
        "unit",
        "planned",
        "value",
        "qualifier",
        "period",  # period_start and period_end are empty for an undated figure
        "headline",
        "source_publisher",
        "source_language",
        "publisher",
        "type",
        "source_type",
        "language",
        "date_inferred",
        "status",
        "build_date",
    }
)


@dataclass(frozen=True)
class DataPackageInput:
    tables: Sequence[Any]  # downloads.Table: name, file, every_column, doc, primary_key, foreign_keys
    documents: Mapping[str, Mapping[str, str]]  # JSON file name -> what it holds, {en, ru}
    files: Mapping[str, str]  # every file written, name inside the download folder -> text
    stamp: BuildStamp
    site_name: str = ""
    dataset: Dataset | None = None  # for the areas' ids, allowed in the `area` column


def field_schema(column: Any, primary_key: tuple[str, ...], areas: tuple[str, ...]) -> dict[str, Any]:
    """One column's Table Schema field."""
    kind, form = FIELD_TYPES.get(column.name, ("string", "default"))
    field: dict[str, Any] = {"name": column.name, "type": kind}
    if form != "default":
        field["format"] = form
    field["description"] = column.doc["en"].replace("`", "")
    field["description_ru"] = column.doc["ru"].replace("`", "")
    constraints: dict[str, Any] = {}
    if column.name in REQUIRED or column.name in primary_key:
        constraints["required"] = True
    allowed = ALLOWED_VALUES.get(column.name) or (areas if column.name == "area" and areas else None)
    if allowed:
        constraints["enum"] = list(allowed)
    if constraints:
        field["constraints"] = constraints
    if kind == "boolean":
        field["trueValues"], field["falseValues"] = ["true"], ["false"]
    return field


def table_schema(table: Any, areas: tuple[str, ...] = ()) -> dict[str, Any]:
    schema: dict[str, Any] = {
        "fields": [field_schema(column, table.primary_key, areas) for column in table.every_column],
        "missingValues": [""],
    }
    if table.primary_key:
        schema["primaryKey"] = list(table.primary_key)
    if table.foreign_keys:
        schema["foreignKeys"] = [
            {"fields": key.column, "reference": {"resource": key.table, "fields": key.key}}
            for key in table.foreign_keys
        ]
    return schema


def _size(text: str) -> int:
    return len(text.encode("utf-8"))


def _table_resource(name: str, path: str, table: Any, text: str, description: Mapping[str, str]) -> dict[str, Any]:
    return {
        "name": name,
        "path": path,
        "profile": "tabular-data-resource",
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "bytes": _size(text),
        "description": description["en"],
        "description_ru": description["ru"],
        "schema": f"{SCHEMA_FOLDER}/{table.name}.json",
    }


def _json_resource(name: str, path: str, text: str, description: Mapping[str, str]) -> dict[str, Any]:
    return {
        "name": name,
        "path": path,
        "format": "json",
        "mediatype": "application/json",
        "encoding": "utf-8",
        "bytes": _size(text),
        "description": description["en"],
        "description_ru": description["ru"],
    }


def _part_description(stem: str) -> dict[str, str]:
    kind, _, ident = stem.partition("/")
    if kind == "areas":
        return {"en": f"The figures of one area, {ident}.", "ru": f"Значения одного направления, {ident}."}
    return {"en": f"The figures of one fact, {ident}.", "ru": f"Значения одного показателя, {ident}."}


def resources(given: DataPackageInput) -> list[dict[str, Any]]:
    """A resource for every file of the downloads: the tables, the JSON documents, each part."""
    files = given.files
    found = [_table_resource(t.name, t.file, t, files[t.file], t.doc) for t in given.tables if t.file in files]
    found += [_json_resource(name.replace(".", "-"), name, files[name], doc) for name, doc in given.documents.items()]
    facts_table = next(t for t in given.tables if t.name == "facts")
    for name in files:
        stem, _, suffix = name.rpartition(".")
        if "/" not in stem or stem.startswith(SCHEMA_FOLDER + "/"):
            continue
        resource_name = stem.replace("/", "-").replace("_", "-").lower()
        description = _part_description(stem)
        if suffix == "csv":
            found.append(_table_resource(resource_name, name, facts_table, files[name], description))
        elif suffix == "json":
            found.append(_json_resource(resource_name + "-json", name, files[name], description))
    return found


def schema_files(given: DataPackageInput) -> dict[str, str]:
    """data/schemas/<table>.json for each table: the table schemas the resources point at."""
    areas = tuple(given.dataset.areas) if given.dataset is not None else ()
    return {
        f"{SCHEMA_FOLDER}/{t.name}.json": json.dumps(table_schema(t, areas), ensure_ascii=False, indent=1) + "\n"
        for t in given.tables
    }


def package(given: DataPackageInput) -> dict[str, Any]:
    """The datapackage.json document."""
    stamp = given.stamp
    sources = given.dataset.sources.values() if given.dataset is not None else ()
    return {
        "profile": "data-package",
        "name": PACKAGE_NAME,
        "title": given.site_name or PACKAGE_NAME,
        "description": "Sourced, dated and attributed figures on the strategic partnership between Russia and "
        "Kyrgyzstan: every reported figure, its period, who stated it and its source. " + RIGHTS_NOTE,
        "version": f"{stamp.date.year}.{stamp.date.month}.{stamp.date.day}",
        "build_date": stamp.date.isoformat(),
        "build_commit": stamp.commit,
        "licenses": [dict(DATA_LICENCE)],  # json cannot write a read-only mapping
        "contributors": [{"title": given.site_name or PACKAGE_NAME, "role": "author"}],
        "sources": [
            {
                "title": " — ".join(filter(None, (source.publisher, source.title))),
                **({"path": source.url} if source.url else {}),
            }
            for source in sources
        ],
        "resources": resources(given),
    }


def package_json(given: DataPackageInput) -> dict[str, str]:
    """datapackage.json and the schema files it points at: file name -> text."""
    return {"datapackage.json": json.dumps(package(given), ensure_ascii=False, indent=1) + "\n", **schema_files(given)}
