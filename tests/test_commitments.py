"""The commitments tracker: the research's twenty commitments in data/, their progress computed from the
linked fact per statistical basis, the downloads equal to the YAML, the stale report and the diff.

The rules each commitment is held to are in tests/test_rules.py (their cases) and the broken fixture
(tests/test_validate.py); what readers see of them in both editions is in test_commitments_site.py.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
import yaml
from conftest import FIXTURE_TODAY, ROOT

from macros.data.commitments import basis_of
from macros.editors.commitment_diff import commitments_section
from macros.editors.stale import stale_items
from macros.site.build_info import BuildStamp
from macros.site.commitment_downloads import COMMITMENT_COLUMNS, commitment_files
from macros.site.download_columns import STAMP_COLUMNS
from macros.site.project import load_project

# The research's proposed status of each commitment (../shared/research/commitments.md, summary table).
RESEARCH_STATUSES = {
    "trade.turnover_5bn": "in_progress",  # TR-1
    "trade.debt_phased_writeoff": "superseded",  # FIN-1
    "trade.debt_onetime_writeoff": "achieved",  # FIN-2
    "trade.rkdf_capital": "unclear",  # FIN-3
    "trade.rkdf_2025_plan": "unclear",  # FIN-4
    "trade.gasification_60_percent": "in_progress",  # EN-1
    "trade.gazprom_20bn_roubles": "unclear",  # EN-2
    "trade.gazprom_100bn_roubles": "in_progress",  # EN-3
    "trade.small_npp": "not_started",  # EN-4
    "trade.wind_farm_issyk_kul": "in_progress",  # EN-5
    "education.schools_first_three_2025": "missed",  # ED-1
    "education.nine_schools": "in_progress",  # ED-2
    "education.krsu_campus": "in_progress",  # ED-3
    "education.russian_teacher_abroad_2023": "unclear",  # ED-4
    "education.msu_branch": "not_started",  # ED-5
    "security.united_base_term": "in_progress",  # SEC-1
    "security.base_protocol_2019": "achieved",  # SEC-2
    "security.joint_air_defence": "unclear",  # SEC-3
    "migration.migration_offices": "unclear",  # MIG-1
    "diplomacy.cross_years_2020": "missed",  # DIP-1
}
STAMP = BuildStamp(FIXTURE_TODAY, "0123abc")


@pytest.fixture(scope="module")
def dataset():
    return load_project(ROOT)


def yaml_commitments() -> dict[str, dict]:
    """Every commitment as the YAML says it, by id, read without the project's loader."""
    found = {}
    for path in sorted((ROOT / "data").glob("*.yaml")):
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
        for name, item in (document.get("commitments") or {}).items():
            found[f"{path.stem}.{name}"] = item
    return found


def test_the_twenty_commitments_of_the_research_are_there_with_its_statuses(dataset):
    assert {c.id: c.status for c in dataset.commitments.values()} == RESEARCH_STATUSES


def test_every_commitment_has_dated_evidence_up_to_its_as_of_date_and_every_source_registered(dataset):
    for commitment in dataset.commitments.values():
        dated = [row.date for row in commitment.evidence if row.date is not None]
        assert any(date.first <= commitment.status_as_of.last for date in dated), commitment.id
        assert all(source.id in dataset.sources for source in commitment.sources()), commitment.id


def test_the_trade_target_shows_progress_by_each_side_s_own_figures(dataset):
    commitment = dataset.commitments["trade.turnover_5bn"]
    fact = dataset.facts["trade.turnover"]
    assert commitment.target.fact is fact
    assert commitment.target.value == 5
    progress = {p.basis: (p.observation.value, p.observation.qualifier, p.observation.period.text, p.percent)
                for p in commitment.progress()}  # fmt: skip
    # Worked out here from the fact's own full-year figures, each side's latest year: not typed anywhere.
    for basis in ("russian_official", "kyrgyz_official"):
        full_years = [o for o in fact.observations if o.period.end is None and o.period.precision == "year"
                      and not o.period.is_undated and basis_of(o) == basis]  # fmt: skip
        latest = max(o.period.last for o in full_years)
        first = next(o for o in full_years if o.period.last == latest)
        assert progress[basis] == (first.value, first.qualifier, first.period.text, round(first.value / 5 * 100)), basis
    assert progress["russian_official"] == (4.1, "exact", "2024", 82)
    assert progress["kyrgyz_official"] == (3.1, "more_than", "2025", 62)


def test_a_commitment_without_a_linked_fact_has_no_computed_progress(dataset):
    assert dataset.commitments["education.nine_schools"].progress() == ()


def test_the_csv_and_json_downloads_equal_the_yaml(dataset):
    files = commitment_files(dataset, STAMP, "Fixture")
    written = yaml_commitments()
    rows = list(csv.DictReader(io.StringIO(files["commitments.csv"].lstrip("\ufeff"))))
    assert [row["commitment_id"] for row in rows] == list(written)
    for row in rows:
        item = written[row["commitment_id"]]
        assert (row["status"], row["status_as_of"], row["deadline"]) == (
            item["status"],
            item["status_as_of"],
            item["deadline"],
        )
        assert (row["label_en"], row["label_ru"]) == (item["label"]["en"], item["label"]["ru"])
        assert row["evidence_count"] == str(len(item["evidence"]))
        assert row["target_fact"] == ((item.get("target") or {}).get("fact") or "")
    assert list(rows[0]) == [c.name for c in COMMITMENT_COLUMNS + STAMP_COLUMNS]
    document = json.loads(files["commitments.json"])
    assert document["site"] == "Fixture"
    for entry in document["commitments"]:
        item = written[entry["id"]]
        assert [row["source"] for row in entry["evidence"]] == [row["source"] for row in item["evidence"]]
        assert entry["announced"]["quote"] == item["announced"]["quote"]
    turnover = next(e for e in document["commitments"] if e["id"] == "trade.turnover_5bn")
    assert [(p["basis"], p["percent_of_target"]) for p in turnover["progress"]] == [
        ("kyrgyz_official", 62),
        ("russian_official", 82),
    ]


def test_stale_lists_a_commitment_whose_deadline_passed_without_a_final_status(dataset):
    lines = [str(item) for item in stale_items(dataset, FIXTURE_TODAY) if item.kind == "commitment"]
    msu = [line for line in lines if ": education.msu_branch: the deadline" in line]
    assert msu
    assert "(2020) has passed and the status is still not_started (as of 2023-10-12)" in msu[0]
    assert not any("trade.turnover_5bn: the deadline" in line for line in lines)  # no deadline set
    assert not any("diplomacy.cross_years_2020: the deadline" in line for line in lines)  # missed is final
    assert not any("diplomacy.cross_years_2020" in line for line in lines)  # nor is its old evidence
    assert any(
        "education.msu_branch: the latest evidence is from 2023-10-12, more than a year ago" in line for line in lines
    )


def _write_area(root: Path, text: str) -> Path:
    (root / "data").mkdir(parents=True)
    (root / "data" / "trade.yaml").write_text(text, encoding="utf-8")
    return root


def test_the_diff_reports_changed_commitments_status_changes_first(tmp_path):
    before = (
        "commitments:\n  a: {status: in_progress, status_as_of: '2025'}\n  b: {status: unclear, status_as_of: '2024'}\n"
    )
    after = (
        "commitments:\n  a: {status: in_progress, status_as_of: '2025', reason: new}\n"
        "  b: {status: achieved, status_as_of: '2026'}\n  c: {status: not_started, status_as_of: '2026'}\n"
    )
    section = commitments_section(_write_area(tmp_path / "old", before), _write_area(tmp_path / "new", after))
    assert section.splitlines()[1:] == [
        "### Commitments",
        "",
        "| Commitment | Change |",
        "| --- | --- |",
        "| `trade.b` | status unclear → **achieved**, as of 2024 → 2026: check the new evidence |",
        "| `trade.c` | added: not_started as of 2026 |",
        "| `trade.a` | changed: `reason` |",
        "| `trade.b` | changed: `status_as_of` |",
    ]
    assert commitments_section(tmp_path / "old", tmp_path / "old") == ""
