"""The commitments downloads: data/commitments.csv (one row per commitment) and data/commitments.json.

`downloads.DownloadFiles` writes them beside the facts' files, and the Data page lists them from
`downloads.DOWNLOADS`; `page_macros.download_columns("commitments.csv")` documents every column from
`COMMITMENT_COLUMNS` below, in both languages, so the documentation cannot drift from the file. The
progress columns are computed from the linked fact, as on the pages (`Commitment.progress()`).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import Any

from macros.data.commitments import Commitment, Evidence, Progress
from macros.data.model import Dataset
from macros.site.build_info import BuildStamp
from macros.site.download_columns import STAMP_COLUMNS, Column, doc

DOWNLOAD_DOCS: Mapping[str, Mapping[str, str]] = MappingProxyType(  # file name -> what it holds, for the Data page
    {
        "commitments.csv": doc(
            "Every commitment, one row each: the promise, who made it and when, deadline, target, status "
            "with its as-of date, and the progress computed from the linked fact.",
            "Каждое обязательство отдельной строкой: обещание, кто и когда его дал, срок, цель, статус с датой, "
            "на которую он указан, и ход выполнения, рассчитанный по связанному показателю.",
        ),
        "commitments.json": doc(
            "The same commitments as JSON, each with its dated evidence and its progress by statistical basis.",
            "Те же обязательства в JSON, каждое с датированными свидетельствами и ходом выполнения "
            "по данным каждой стороны.",
        ),
    }
)


def _progress_text(commitment: Commitment) -> str:
    """'russian_official 4.1 (2024) 82%; kyrgyz_official 3.1 (2025) 62%', newest period first."""
    return "; ".join(
        f"{p.basis} {p.observation.value} ({p.observation.period.text}) {p.percent}%" for p in commitment.progress()
    )


def _latest_date(commitment: Commitment) -> str | None:
    latest = commitment.latest_evidence()
    return latest.date.text if latest and latest.date else None


def _column(name: str, en: str, ru: str, value: Callable[[Commitment], Any]) -> Column:
    """A column of commitments.csv: its value depends on the commitment alone, not on the rest of the data."""
    return Column(name, doc(en, ru), lambda commitment, dataset: value(commitment))


COMMITMENT_COLUMNS: tuple[Column, ...] = (
    _column(
        "commitment_id", "Stable id, <area>.<name>.", "Постоянный идентификатор, <направление>.<имя>.", lambda c: c.id
    ),
    _column("area", "Cooperation area.", "Направление сотрудничества.", lambda c: c.area),
    _column(
        "label_en",
        "The promise in a few words, in English.",
        "Обещание в нескольких словах, по-английски.",
        lambda c: c.label["en"],
    ),
    _column(
        "label_ru",
        "The promise in a few words, in Russian.",
        "Обещание в нескольких словах, по-русски.",
        lambda c: c.label["ru"],
    ),
    _column(
        "committed_by",
        "Ids of the speakers who made it, separated by ';'.",
        "Идентификаторы тех, кто его дал, через ';'.",
        lambda c: ";".join(s.id for s in c.committed_by),
    ),
    _column(
        "announced",
        "When it was made (YYYY, YYYY-MM or YYYY-MM-DD).",
        "Когда оно было дано (ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД).",
        lambda c: c.announced.date.text if c.announced.date else None,
    ),
    _column(
        "announced_source",
        "Id of its source (sources.csv).",
        "Идентификатор источника (sources.csv).",
        lambda c: c.announced.source.id,
    ),
    _column(
        "quote",
        "The promise, verbatim from that source.",
        "Обещание дословно, как в источнике.",
        lambda c: c.announced.quote,
    ),
    _column(
        "deadline",
        "By when it is due, as a period; `none` when no date was set.",
        "Срок в виде периода; `none`, если срок не установлен.",
        lambda c: c.deadline.text if c.deadline else "none",
    ),
    _column(
        "target_value",
        "The number promised, in target_unit.",
        "Обещанное число в единице target_unit.",
        lambda c: c.target.value if c.target else None,
    ),
    _column(
        "target_unit",
        "Unit id of the target, as in facts.csv.",
        "Код единицы цели, как в facts.csv.",
        lambda c: c.target.unit.id if c.target else None,
    ),
    _column(
        "target_fact",
        "The fact that measures it (facts.csv).",
        "Показатель, который её измеряет (facts.csv).",
        lambda c: c.target.fact.id if c.target and c.target.fact else None,
    ),
    _column(
        "progress",
        "Computed: for each statistical basis, its latest figure, period and share of the target.",
        "Расчёт: по каждой статистической базе — последнее значение, период, доля от цели.",
        _progress_text,
    ),
    _column(
        "status",
        "`achieved`, `in_progress`, `not_started`, `missed`, `superseded` or `unclear`.",
        "`achieved`, `in_progress`, `not_started`, `missed`, `superseded` или `unclear`.",
        lambda c: c.status,
    ),
    _column(
        "status_as_of",
        "The date the status is as of: the latest evidence it rests on.",
        "Дата, на которую указан статус (последнего свидетельства).",
        lambda c: c.status_as_of.text,
    ),
    _column(
        "superseded_by",
        "Id of the commitment that replaced it, if superseded.",
        "Идентификатор заменившего его обязательства, если оно заменено.",
        lambda c: c.superseded_by,
    ),
    _column(
        "reason_en", "Why this status, in English.", "Почему такой статус, по-английски.", lambda c: c.reason["en"]
    ),
    _column("reason_ru", "Why this status, in Russian.", "Почему такой статус, по-русски.", lambda c: c.reason["ru"]),
    _column(
        "evidence_count",
        "How many evidence rows it has (each is in commitments.json).",
        "Число свидетельств (они — в commitments.json).",
        lambda c: len(c.evidence),
    ),
    _column(
        "latest_evidence",
        "Date of its latest dated evidence.",
        "Дата последнего свидетельства.",
        _latest_date,
    ),
)


def _cell(value: Any) -> str:
    return "" if value is None else str(value)


def commitments_csv(dataset: Dataset, stamp: BuildStamp) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([c.name for c in COMMITMENT_COLUMNS + STAMP_COLUMNS])
    stamp_cells = [_cell(c.value(stamp)) for c in STAMP_COLUMNS]
    for commitment in dataset.commitments.values():
        writer.writerow([_cell(c.value(commitment, dataset)) for c in COMMITMENT_COLUMNS] + stamp_cells)
    return out.getvalue()


def _evidence_json(row: Evidence) -> dict[str, Any]:
    return {
        "date": row.date.text if row.date else None,
        "source": row.source.id,
        "quote": row.quote,
        "quote_gloss": dict(row.quote_gloss),
        "shows": row.shows,
        "value": row.value,
        "event": row.event.id if row.event else None,
    }


def _progress_json(progress: Progress) -> dict[str, Any]:
    observation = progress.observation
    return {
        "basis": progress.basis,
        "value": observation.value,
        "qualifier": observation.qualifier,
        "period": observation.period.text,
        "source": observation.source.id,
        "percent_of_target": progress.percent,
    }


def _commitment_json(c: Commitment) -> dict[str, Any]:
    target = c.target
    return {
        "id": c.id,
        "area": c.area,
        "label": c.label,
        "committed_by": [s.id for s in c.committed_by],
        "announced": {
            "date": c.announced.date.text if c.announced.date else None,
            "source": c.announced.source.id,
            "quote": c.announced.quote,
            "quote_gloss": dict(c.announced.quote_gloss),
        },
        "deadline": c.deadline.text if c.deadline else "none",
        "deadline_note": c.deadline_note,
        "target": None
        if target is None
        else {"value": target.value, "unit": target.unit.id, "fact": target.fact.id if target.fact else None},
        "progress": [_progress_json(p) for p in c.progress()],
        "status": c.status,
        "status_as_of": c.status_as_of.text,
        "superseded_by": c.superseded_by,
        "reason": c.reason,
        "evidence": [_evidence_json(row) for row in c.evidence],
        "events": [e.id for e in c.events],
    }


def commitments_json(dataset: Dataset, stamp: BuildStamp, site_name: str = "") -> str:
    """The commitments with their evidence and computed progress; sources by id (see facts.json)."""
    document = {
        "site": site_name,
        "build_date": stamp.date.isoformat(),
        "build_commit": stamp.commit,
        "commitments": [_commitment_json(c) for c in dataset.commitments.values()],
    }
    return json.dumps(document, ensure_ascii=False) + "\n"


def commitment_files(dataset: Dataset, stamp: BuildStamp, site_name: str = "") -> dict[str, str]:
    """File name -> text, for the commitments downloads of one edition."""
    return {
        "commitments.csv": commitments_csv(dataset, stamp),
        "commitments.json": commitments_json(dataset, stamp, site_name),
    }
