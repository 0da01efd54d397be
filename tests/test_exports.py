"""Downloads: data/facts.json, data/facts.csv and data/sources.csv hold exactly what the YAML says.

The YAML is read here with plain PyYAML, not with the project's loader, so a mistake in the loader
or the export cannot hide itself. The last tests read the files of the real built site.
"""

import csv
import datetime as dt
import io
import json
import subprocess
from pathlib import Path

import pytest
import yaml
from conftest import FIXTURE_TODAY, FIXTURES, ROOT, read_page

from macros.site import downloads as exports
from macros.site.build_info import BuildStamp, build_stamp
from macros.site.project import load_project

STAMP = BuildStamp(dt.date(2026, 11, 28), "0123abc")


def yaml_observations(root: Path) -> list[tuple]:
    """(fact id, value, period, qualifier, stated_by, source, also_reported_by) per observation, as written."""
    rows = []
    for path in sorted((root / "data").glob("*.yaml")):
        if path.stem in ("sources", "speakers"):
            continue
        for name, fact in (yaml.safe_load(path.read_text(encoding="utf-8")).get("facts") or {}).items():
            for o in fact["observations"]:
                rows.append(
                    (
                        f"{path.stem}.{name}",
                        o["value"],
                        o["period"],
                        o.get("qualifier", "exact"),
                        o.get("stated_by"),
                        o["source"],
                        tuple(o.get("also_reported_by") or ()),
                    )
                )
    return rows


def yaml_sources(root: Path) -> dict:
    return yaml.safe_load((root / "data" / "sources.yaml").read_text(encoding="utf-8"))["sources"]


def without_bom(text: str) -> str:
    """A CSV download's text after its byte order mark, which every one starts with (for Excel)."""
    assert text.startswith(exports.BOM)
    return text[len(exports.BOM) :]


def csv_observations(text: str) -> list[tuple]:
    return [
        (
            r["fact_id"],
            r["value"],
            r["period"],
            r["qualifier"],
            r["stated_by"] or None,
            r["source_id"],
            tuple(r["also_reported_by"].split()),
        )
        for r in csv.DictReader(io.StringIO(without_bom(text)))
    ]


def json_observations(text: str) -> list[tuple]:
    document = json.loads(text)
    return [
        (
            f["id"],
            o["value"],
            o["period"]["text"],
            o["qualifier"],
            o["stated_by"] and o["stated_by"]["id"],
            o["source"],
            tuple(o["also_reported_by"]),
        )
        for f in document["facts"]
        for o in f["observations"]
    ]


def as_text(rows: list[tuple]) -> list[tuple]:
    """CSV cells are text: compare the YAML's numbers as the CSV writes them."""
    return [(fact, str(value), *rest) for fact, value, *rest in rows]


def check_downloads(files: dict, root: Path) -> None:
    """Every download agrees with the YAML of `root`, row for row."""
    expected = yaml_observations(root)
    assert csv_observations(files["facts.csv"]) == as_text(expected)
    assert json_observations(files["facts.json"]) == expected  # JSON keeps 4.1 a number and 600000 an integer
    registry = yaml_sources(root)
    rows = list(csv.DictReader(io.StringIO(without_bom(files["sources.csv"]))))
    assert [r["source_id"] for r in rows] == list(registry)
    for row in rows:
        entry = registry[row["source_id"]]
        assert (row["publisher"], row["url"] or None, row["published"] or None, row["language"]) == (
            entry["publisher"],
            entry.get("url"),
            entry.get("published"),
            entry["language"],
        )
    sources_json = json.loads(files["facts.json"])["sources"]
    assert {sid: (s["publisher"], s["url"]) for sid, s in sources_json.items()} == {
        sid: (e["publisher"], e.get("url")) for sid, e in registry.items()
    }


@pytest.fixture(scope="module")
def fixture_files():
    dataset = load_project(FIXTURES / "charts", FIXTURE_TODAY)
    return exports.DownloadFiles(dataset, STAMP).contents("Fixture")


def test_the_downloads_equal_the_yaml(fixture_files):
    check_downloads(fixture_files, FIXTURES / "charts")


def test_each_edition_gets_its_own_site_name_in_files_made_once(fixture_files):
    """Performance contract: a build's DownloadFiles makes the files once; the second edition changes only
    facts.json's "site"."""
    dataset = load_project(FIXTURES / "charts", FIXTURE_TODAY)
    downloads = exports.DownloadFiles(dataset, STAMP)
    english = downloads.contents("Fixture")
    russian = downloads.contents("Справочник «Фикстура»")
    assert json.loads(russian["facts.json"]) == {**json.loads(english["facts.json"]), "site": "Справочник «Фикстура»"}
    assert russian["facts.json"] == exports.facts_json(dataset, STAMP, "Справочник «Фикстура»")
    assert russian["facts.csv"] is english["facts.csv"]  # made once for both editions
    assert russian["sources.csv"] is english["sources.csv"]


def test_each_edition_writes_the_same_files_beside_its_data_page(tmp_path):
    dataset = load_project(FIXTURES / "charts", FIXTURE_TODAY)
    downloads = exports.DownloadFiles(dataset, STAMP)
    english = downloads.write(tmp_path, "Fixture")
    russian = downloads.write(tmp_path / "ru", "Справочник «Фикстура»")
    written = [path.relative_to(tmp_path).as_posix() for path in english + russian]
    assert len(written) == len(set(written))
    for name in (*exports.DOWNLOADS, exports.PACKAGE_FILE, "areas/trade.csv", "facts/trade.turnover.json"):
        assert f"data/{name}" in written, name
        assert f"ru/data/{name}" in written, name
    assert len(english) == len(russian)
    assert (tmp_path / "ru/data/facts.csv").read_bytes() == (tmp_path / "data/facts.csv").read_bytes()


def test_a_csv_row_carries_the_full_source_and_the_speaker(fixture_files):
    rows = list(csv.DictReader(io.StringIO(without_bom(fixture_files["facts.csv"]))))
    disputed = [r for r in rows if r["fact_id"] == "trade.turnover" and r["period"] == "2023"]
    assert [(r["value"], r["qualifier"], r["stated_by_side"], r["source_publisher"]) for r in disputed] == [
        ("2.9", "about", "russia", "Agency <script>x</script>"),
        ("3.1", "exact", "kyrgyzstan", "Ministry"),
    ]
    part_year = next(r for r in rows if r["period"] == "2024-01/2024-05")
    assert (part_year["period_start"], part_year["period_end"], part_year["note_en"]) == (
        "2024-01-01",
        "2024-05-31",
        "Five months only.",
    )
    assert part_year["source_url"] == "https://example.org/news/1"
    assert part_year["source_published"] == "2025-06-01"


def test_every_file_is_stamped_with_the_build(fixture_files):
    for name in ("facts.csv", "sources.csv"):
        rows = list(csv.DictReader(io.StringIO(without_bom(fixture_files[name]))))
        assert {(r["build_date"], r["build_commit"]) for r in rows} == {("2026-11-28", "0123abc")}, name
    document = json.loads(fixture_files["facts.json"])
    assert (document["build_date"], document["build_commit"], document["site"]) == ("2026-11-28", "0123abc", "Fixture")


def test_the_csv_header_is_the_documented_columns(fixture_files):
    header = next(csv.reader(io.StringIO(without_bom(fixture_files["facts.csv"]))))
    assert header == [c.name for c in exports.FACT_COLUMNS + exports.STAMP_COLUMNS]
    assert header[0] == "fact_id"


def test_a_copy_without_git_history_is_stamped_without_a_commit(tmp_path):
    assert build_stamp(tmp_path, dt.date(2026, 1, 2)) == BuildStamp(dt.date(2026, 1, 2), None)


def test_the_build_date_follows_source_date_epoch(tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")  # 2026-01-01T00:00:00Z
    assert build_stamp(tmp_path).date == dt.date(2026, 1, 1)


@pytest.mark.build
def test_the_built_site_offers_downloads_equal_to_the_yaml(built_site):
    files = {name: (built_site / "data" / name).read_text(encoding="utf-8") for name in exports.DOWNLOADS}
    check_downloads(files, ROOT)
    head = subprocess.run(["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True)
    commit = json.loads(files["facts.json"])["build_commit"]
    if head.returncode == 0:
        assert commit in (head.stdout.strip(), head.stdout.strip() + "-dirty")


@pytest.mark.build
def test_the_data_page_links_every_file_and_documents_every_column(built_site):
    html = read_page(built_site, "data/")
    for name in exports.DOWNLOADS:
        assert f'href="../data/{name}"' in html, name
    for column in exports.FACT_COLUMNS + exports.SOURCE_COLUMNS + exports.STAMP_COLUMNS:
        assert f"<code>{column.name.replace('_', '&#95;')}</code>" in html, column.name


@pytest.fixture(scope="module")
def real_files():
    return exports.DownloadFiles(load_project(ROOT), STAMP).contents("Fact sheet")


def test_the_downloads_carry_type_via_basis_derived_and_undated(real_files):
    """Issue 12: what a figure rests on travels with it into every download."""
    rows = list(csv.DictReader(io.StringIO(without_bom(real_files["facts.csv"]))))
    derived = next(
        r for r in rows if r["fact_id"] == "trade.debt_writeoff_effect_on_debt_ratio" and r["value"] == "-4.6"
    )
    assert derived["derived_method_en"] == "difference of the two stated debt-to-GDP ratios"
    assert derived["derived_inputs"] == "65.2@interfax-25735 60.6@interfax-25735"
    undated = next(r for r in rows if r["fact_id"] == "trade.turnover" and r["period"] == "undated")
    assert (undated["undated"], undated["period_start"], undated["period_end"]) == ("true", "", "")
    kulubaev = next(r for r in rows if r["fact_id"] == "trade.turnover" and r["stated_by"] == "kulubaev")
    assert (kulubaev["basis"], kulubaev["source_type"], kulubaev["source_via"]) == (
        "kyrgyz_official",
        "mirror",
        "Finmarket",
    )
    assert kulubaev["only_from_copies"] == "true"
    assert kulubaev["quote_gloss_en"].startswith("in 2024, by Kyrgyz data")
    sources = {r["source_id"]: r for r in csv.DictReader(io.StringIO(without_bom(real_files["sources.csv"])))}
    assert (sources["tass-2047863"]["type"], sources["tass-2047863"]["publisher_ru"]) == ("agency", "ТАСС")
    assert (sources["videodownloadbot-538777"]["type"], sources["videodownloadbot-538777"]["via"]) == ("mirror", "AFP")
    document = json.loads(real_files["facts.json"])
    fact = next(f for f in document["facts"] if f["id"] == "trade.debt_writeoff_effect_on_debt_ratio")
    calculated = next(o for o in fact["observations"] if o["derived"])
    assert [i["value"] for i in calculated["derived"]["inputs"]] == [65.2, 60.6]
    turnover = next(f for f in document["facts"] if f["id"] == "trade.turnover")
    assert any(
        o["undated"] and o["period"] == {"text": "undated", "start": None, "end": None}
        for o in turnover["observations"]
    )
    assert document["sources"]["videodownloadbot-538777"]["type"] == "mirror"
