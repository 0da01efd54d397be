"""The downloads every build writes into the site, beside each edition's Data page (data/ and ru/data/).

- the whole data: facts.csv, sources.csv, facts.json, and each table `TABLES` adds (commitments);
- one area's data: areas/<area>.csv and areas/<area>.json; one fact's: facts/<fact id>.csv and .json,
  so a figure's "Download" can link to exactly its data (`fact_files`);
- datapackage.json, the Frictionless Data Package that describes every file (`data_package.py`).

The macros module's `on_post_build` (`mkdocs_plugin.py`) writes them after each edition's build,
through the build's one `DownloadFiles`; the Data page (`data_page.py`) lists them with their sizes.
Tables are declared once, in `TABLES`: their CSV files, the per-area and per-fact files and the data
package all follow from that list and from the columns in `download_columns.py`, so a new table or
column appears everywhere with no other change. Fact ids are the stable keys; each file carries the
build date and the commit it was built from. CSV files start with a UTF-8 byte order mark: Excel
then opens their Cyrillic correctly on a double click, and csv readers (pandas, frictionless,
Python's csv with encoding='utf-8-sig') skip it.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from types import MappingProxyType
from typing import Any

from macros.data.model import Dataset, Fact, Observation, Source
from macros.site.build_info import BuildStamp
from macros.site.commitment_downloads import COMMITMENT_COLUMNS, commitment_files
from macros.site.commitment_downloads import DOWNLOAD_DOCS as COMMITMENT_DOWNLOADS
from macros.site.data_package import DataPackageInput, package_json
from macros.site.download_columns import FACT_COLUMNS, SOURCE_COLUMNS, STAMP_COLUMNS, Column, doc, published_text
from macros.site.source_columns import observation_evidence_json, source_evidence_json

DOWNLOAD_FOLDER = "data"  # inside the built site, beside the Data page (docs/data.md -> data/)
AREA_FOLDER = "areas"  # data/areas/<area>.csv and .json
FACT_FOLDER = "facts"  # data/facts/<fact id>.csv and .json
PACKAGE_FILE = "datapackage.json"
BOM = "\ufeff"


@dataclass(frozen=True)
class ForeignKey:
    column: str
    table: str  # the `Table.name` it points into
    key: str


@dataclass(frozen=True)
class Table:
    """One CSV download: its columns (download_columns.py), its rows, and its keys for the data package."""

    name: str  # also the resource's name in datapackage.json
    file: str
    columns: tuple[Column, ...]
    rows: Callable[[Dataset], Iterable[Any]]
    doc: Mapping[str, str]  # {en, ru}: what the file holds
    primary_key: tuple[str, ...] = ()
    foreign_keys: tuple[ForeignKey, ...] = ()

    @property
    def every_column(self) -> tuple[Column, ...]:
        return self.columns + STAMP_COLUMNS


def all_observations(dataset: Dataset) -> list[Observation]:
    """Every observation, fact by fact in data order, each fact's observations as written."""
    return [o for fact in dataset.facts.values() for o in fact.observations]


FACTS_TABLE = Table(
    "facts",
    "facts.csv",
    FACT_COLUMNS,
    all_observations,
    doc(
        "Every reported figure, one row each, with its fact, period, who stated it and its source.",
        "Каждое приведённое значение отдельной строкой: показатель, период, кто заявил, источник.",
    ),
    primary_key=("fact_id", "observation"),
    foreign_keys=(ForeignKey("source_id", "sources", "source_id"),),
)
SOURCES_TABLE = Table(
    "sources",
    "sources.csv",
    SOURCE_COLUMNS,
    lambda dataset: dataset.sources.values(),
    doc(
        "Every source, one row each, with the facts and events that cite it.",
        "Каждый источник отдельной строкой, со ссылающимися на него показателями и событиями.",
    ),
    primary_key=("source_id",),
)
COMMITMENTS_TABLE = Table(
    "commitments",
    "commitments.csv",
    COMMITMENT_COLUMNS,
    lambda dataset: dataset.commitments.values(),
    COMMITMENT_DOWNLOADS["commitments.csv"],
    primary_key=("commitment_id",),
    foreign_keys=(ForeignKey("announced_source", "sources", "source_id"),),
)
TABLES: tuple[Table, ...] = (FACTS_TABLE, SOURCES_TABLE, COMMITMENTS_TABLE)

# The JSON documents beside the tables, file name -> what it holds ({en, ru}).
JSON_DOCUMENTS: Mapping[str, Mapping[str, str]] = MappingProxyType(
    {
        "facts.json": doc(
            "The same facts as JSON: each fact with its observations, and the sources by id.",
            "Те же показатели в JSON: каждый со всеми значениями, источники по идентификатору.",
        ),
        "commitments.json": COMMITMENT_DOWNLOADS["commitments.json"],
    }
)
# Every file of the whole data, in the order the Data page lists them: file name -> what it holds.
DOWNLOADS: Mapping[str, Mapping[str, str]] = MappingProxyType(
    {
        "facts.csv": FACTS_TABLE.doc,
        "sources.csv": SOURCES_TABLE.doc,
        "facts.json": JSON_DOCUMENTS["facts.json"],
        "commitments.csv": COMMITMENTS_TABLE.doc,
        "commitments.json": JSON_DOCUMENTS["commitments.json"],
    }
)


def _text(value: Any) -> str:
    """A cell: '' for nothing, 'true'/'false' for yes/no, numbers as written in the data."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def table_csv(table: Table, items: Iterable[Any], dataset: Dataset, stamp: BuildStamp) -> str:
    """The table's CSV for `items`, with its byte order mark and header."""
    out = io.StringIO()
    out.write(BOM)
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([c.name for c in table.every_column])
    stamp_cells = [_text(c.value(stamp)) for c in STAMP_COLUMNS]
    for item in items:
        writer.writerow([_text(c.value(item, dataset)) for c in table.columns] + stamp_cells)
    return out.getvalue()


def facts_csv(dataset: Dataset, stamp: BuildStamp) -> str:
    return table_csv(FACTS_TABLE, all_observations(dataset), dataset, stamp)


def sources_csv(dataset: Dataset, stamp: BuildStamp) -> str:
    return table_csv(SOURCES_TABLE, dataset.sources.values(), dataset, stamp)


def _source_json(source: Source) -> dict[str, Any]:
    return {
        "publisher": source.publisher,
        "title": source.title,
        "url": source.url,
        "published": published_text(source),
        "date_inferred": source.date_inferred,
        "language": source.language,
        "via": source.via,
        "note": source.note,
        **source_evidence_json(source),
    }


def _observation_json(o: Observation) -> dict[str, Any]:
    speaker = o.stated_by
    return {
        "value": o.value,
        "qualifier": o.qualifier,
        "period": {"text": o.period.text, "start": o.period.first.isoformat(), "end": o.period.last.isoformat()},
        "headline": o.headline,
        "stated_by": None
        if speaker is None
        else {"id": speaker.id, "name": speaker.name, "role": speaker.role, "side": speaker.side},
        "source": o.source.id,
        "also_reported_by": [s.id for s in o.also_reported_by],
        "quote": o.quote,
        "quote_gloss": dict(o.quote_gloss) if isinstance(o.quote_gloss, Mapping) else o.quote_gloss,
        "note": o.note,
        "ref": o.ref,
        **observation_evidence_json(o),  # replaces "period": an undated figure's has no start or end
    }


def _fact_json(fact: Fact) -> dict[str, Any]:
    return {
        "id": fact.id,
        "area": fact.area,
        "label": fact.label,
        "unit": {"id": fact.unit.id, "description": fact.unit.doc},
        "planned": fact.planned,
        "note": fact.note,
        "observations": [_observation_json(o) for o in fact.observations],
    }


def _document(facts: Iterable[Fact], sources: Iterable[Source], stamp: BuildStamp, site_name: str) -> str:
    document = {
        "site": site_name,
        "build_date": stamp.date.isoformat(),
        "build_commit": stamp.commit,
        "facts": [_fact_json(fact) for fact in facts],
        "sources": {source.id: _source_json(source) for source in sources},
    }
    # On one line: json writes an indented document in Python, a compact one in C, about four times
    # faster; the file is for programs, which do not need the indentation, and it is a fifth smaller.
    return json.dumps(document, ensure_ascii=False) + "\n"


_NO_SITE = '{"site": ""'


def _with_site(document: str, site_name: str) -> str:
    """A document made with an empty "site" (its first key), naming the edition instead."""
    return '{"site": ' + json.dumps(site_name, ensure_ascii=False) + document[len(_NO_SITE) :]


def facts_document(facts: Iterable[Fact], stamp: BuildStamp, site_name: str = "") -> str:
    """Some facts with their observations nested, speakers inline and the sources they cite by id, plus
    the build stamp: areas/<area>.json and facts/<id>.json."""
    chosen = list(facts)
    cited = {s.id: s for f in chosen for o in f.observations for s in (o.source, *o.also_reported_by)}
    return _document(chosen, (cited[source_id] for source_id in sorted(cited)), stamp, site_name)


def facts_json(dataset: Dataset, stamp: BuildStamp, site_name: str = "") -> str:
    """facts.json: every fact, and every source of the registry (cited or not)."""
    return _document(dataset.facts.values(), dataset.sources.values(), stamp, site_name)


def area_files(dataset: Dataset) -> dict[str, list[Fact]]:
    """'areas/trade' -> the facts of that area: the stem of each per-area pair of files."""
    return {f"{AREA_FOLDER}/{area.id}": list(area.facts.values()) for area in dataset.areas.values()}


def fact_files(dataset: Dataset) -> dict[str, list[Fact]]:
    """'facts/trade.turnover' -> [that fact]: the stem of each per-fact pair of files."""
    return {fact_file_stem(fact.id): [fact] for fact in dataset.facts.values()}


def fact_file_stem(fact_id: str) -> str:
    """Where a fact's own files are, inside the download folder: a figure's "Download" links there."""
    return f"{FACT_FOLDER}/{fact_id}"


class DownloadFiles:
    """The downloads of one build (`build_context.BuildContext.downloads`). Each edition writes the same
    files beside its Data page and only the JSON documents' "site" differs between them, so the tables
    are made once, on the first edition's write, and the other editions reuse them."""

    def __init__(self, dataset: Dataset, stamp: BuildStamp):
        self.dataset = dataset
        self.stamp = stamp
        self._editions: dict[str, dict[str, str]] = {}  # site name -> its files: the Data page, then the write

    @cached_property
    def _tables(self) -> dict[str, str]:
        """Every CSV file, whole and per area and per fact: made once for both editions."""
        dataset, stamp = self.dataset, self.stamp
        files = {"facts.csv": facts_csv(dataset, stamp), "sources.csv": sources_csv(dataset, stamp)}
        files |= {t.file: table_csv(t, t.rows(dataset), dataset, stamp) for t in TABLES if t.file not in files}
        for stem, facts in (area_files(dataset) | fact_files(dataset)).items():
            files[f"{stem}.csv"] = table_csv(FACTS_TABLE, [o for f in facts for o in f.observations], dataset, stamp)
        return files

    def contents(self, site_name: str = "") -> dict[str, str]:
        """File name (inside the download folder) -> text, for every download of the edition named `site_name`."""
        if site_name not in self._editions:
            self._editions[site_name] = self._edition_files(site_name)
        return self._editions[site_name]

    @cached_property
    def _documents(self) -> dict[str, str]:
        """The facts' JSON documents with an empty "site": made once, then named per edition."""
        documents = {"facts.json": facts_json(self.dataset, self.stamp)}
        for stem, facts in (area_files(self.dataset) | fact_files(self.dataset)).items():
            documents[f"{stem}.json"] = facts_document(facts, self.stamp)
        return documents

    def _edition_files(self, site_name: str) -> dict[str, str]:
        files = dict(self._tables)
        files |= {name: _with_site(text, site_name) for name, text in self._documents.items()}
        files["commitments.json"] = commitment_files(self.dataset, self.stamp, site_name)["commitments.json"]
        files |= package_json(DataPackageInput(TABLES, JSON_DOCUMENTS, files, self.stamp, site_name, self.dataset))
        return files

    def write(self, edition_root: Path, site_name: str = "") -> list[Path]:
        """Write every download into `edition_root/data/`; returns the paths written."""
        folder = Path(edition_root) / DOWNLOAD_FOLDER
        written = []
        for name, text in self.contents(site_name).items():
            path = folder / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8", newline="")
            written.append(path)
        return written
