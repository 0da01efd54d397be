"""The benchmark (`tests/bench.py`) runs end to end at its smallest scale: one run over the real site.

A smoke run only: it checks that the command prints its table and writes its JSON with every
measurement, not how fast anything is (timings on a shared CI machine say nothing reliable).
"""

from __future__ import annotations

import json
import subprocess
import sys

import bench_data
import pytest
from conftest import ROOT

pytestmark = pytest.mark.build

MEASUREMENTS = (
    "build_s",
    "build_plain_s",
    "data_layer_s",
    "load_validate_s",
    "rebuild_s",
    "peak_rss_mib",
    "peak_rss_plain_mib",
    "peak_rss_load_mib",
    "dataset_mib",
)


@pytest.fixture(scope="module")
def smoke_run(tmp_path_factory):
    results = tmp_path_factory.mktemp("bench") / "results.json"
    run = subprocess.run(
        [sys.executable, str(ROOT / "tests" / "bench.py"), "--scales", "1", "--runs", "1", "--json", str(results)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    return run.stdout, json.loads(results.read_text(encoding="utf-8"))


def test_prints_a_table_with_the_machine(smoke_run):
    stdout, _ = smoke_run
    assert stdout.startswith("Machine: ")
    header, rule, row = [line for line in stdout.splitlines() if line.startswith("|")]
    assert header.startswith("| scale | runs | pages | observations | build (s) |")
    assert header.count("|") == rule.count("|") == row.count("|")
    assert row.startswith("| 1x | 1 | ")


def test_writes_every_measurement_as_json(smoke_run):
    _, report = smoke_run
    assert report["machine"]["cores"] >= 1
    assert report["machine"]["cpu"]
    [result] = report["results"]
    assert result["scale"] == 1
    assert result["runs"] == 1
    for key in MEASUREMENTS:
        assert result[key] > 0, key
    assert result["observations"] > 0
    assert result["pages"] > 0
    assert isinstance(result["target_met"], bool)


def test_the_plain_variant_builds_the_same_pages(smoke_run):
    _, report = smoke_run
    assert report["results"][0]["pages_differing_from_plain"] == []


def test_copies_rename_every_id_in_the_macro_calls():
    page = '# Trade\n\n{{ figure("trade.turnover", "2024") }} and {{ area_facts(\'trade\') }}; trade.turnover in prose'
    assert bench_data.replica_page(page, {"trade"}, 3) == (
        '# Trade\n\n{{ figure("trade_r003.turnover", "2024") }} and {{ area_facts(\'trade_r003\') }}; '
        "trade.turnover in prose"
    )


def test_a_copy_names_its_area_where_the_page_would_find_it_from_its_address():
    assert bench_data.replica_page("{{ cite_this() }}", {"trade"}, 2, "trade") == '{{ cite_this("trade_r002") }}'


def test_copies_cite_their_own_sources_and_carry_their_own_names():
    area = {
        "title": {"en": "Trade", "ru": "Торговля"},
        "facts": {
            "turnover": {
                "label": {"en": "Turnover", "ru": "Товарооборот"},
                "observations": [{"value": 4.1, "source": "tass-1", "also_reported_by": ["rbc-2"]}],
            }
        },
        "events": {
            "visit": {
                "title": {"en": "Visit", "ru": "Визит"},
                "source": "tass-1",
                "other_dates": [{"date": "2025", "source": "rbc-2"}],
            }
        },
    }
    copy = bench_data.replica_area(area, 2)
    assert copy["facts"]["turnover"]["observations"][0] == {
        "value": 4.1,
        "source": "tass-1-r002",
        "also_reported_by": ["rbc-2-r002"],
    }
    assert copy["facts"]["turnover"]["label"] == {"en": "Turnover (2)", "ru": "Товарооборот (2)"}
    assert copy["events"]["visit"]["title"] == {"en": "Visit (2)", "ru": "Визит (2)"}
    assert copy["events"]["visit"]["source"] == "tass-1-r002"
    assert copy["events"]["visit"]["other_dates"][0]["source"] == "rbc-2-r002"
    assert area["facts"]["turnover"]["observations"][0]["source"] == "tass-1"  # the original is untouched
