"""datapackage.json describes every download, and the `frictionless` library finds the files valid against it:
types, allowed values, required fields, primary keys and the foreign key from each figure's source into
sources.csv. The CSV files open cleanly in csv readers and in Excel (a UTF-8 byte order mark).
"""

import csv
import datetime as dt
import io
import json

import pytest
from conftest import FIXTURE_TODAY, FIXTURES
from frictionless import Package, validate

from macros.data.vocabulary import QUALIFIERS, SIDES
from macros.site import downloads as exports
from macros.site.build_info import BuildStamp
from macros.site.data_package import DATA_LICENCE
from macros.site.project import load_project

STAMP = BuildStamp(dt.date(2026, 11, 28), "0123abc")


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    """The fixture project's downloads, written as a build writes them: the folder and its files."""
    dataset = load_project(FIXTURES / "charts", FIXTURE_TODAY)
    site = tmp_path_factory.mktemp("downloads")
    exports.DownloadFiles(dataset, STAMP).write(site, "Fixture")
    return site / exports.DOWNLOAD_FOLDER


@pytest.fixture(scope="module")
def package(written):
    return json.loads((written / exports.PACKAGE_FILE).read_text(encoding="utf-8"))


def problems(report) -> list[tuple]:
    """(file's resource, error type, what frictionless says) for every error of a validation report."""
    return [(task.name, error.type, error.note) for task in report.tasks for error in task.errors] + [
        ("package", error.type, error.note) for error in report.errors
    ]


def schema(folder, resource):
    return json.loads((folder / resource["schema"]).read_text(encoding="utf-8"))


def test_every_file_written_is_a_resource_of_the_package(written, package):
    files = {
        path.relative_to(written).as_posix()
        for path in written.rglob("*")
        if path.is_file() and path.name != exports.PACKAGE_FILE and path.parent.name != "schemas"
    }
    assert {resource["path"] for resource in package["resources"]} == files
    assert {"facts.csv", "sources.csv", "facts.json", "areas/trade.csv", "facts/trade.turnover.json"} <= files
    names = [resource["name"] for resource in package["resources"]]
    assert len(names) == len(set(names))
    for resource in package["resources"]:
        assert resource["bytes"] == (written / resource["path"]).stat().st_size, resource["path"]


def test_the_package_states_licence_version_build_and_sources(package):
    assert package["licenses"] == [DATA_LICENCE]
    assert DATA_LICENCE["name"] == "CC-BY-4.0"
    assert (package["version"], package["build_date"], package["build_commit"]) == (
        "2026.11.28",
        "2026-11-28",
        "0123abc",
    )
    assert package["title"] == "Fixture"
    assert any(source.get("path") == "https://example.org/news/1" for source in package["sources"])


def test_each_table_schema_has_types_allowed_values_keys_and_descriptions(written, package):
    resources = {resource["name"]: resource for resource in package["resources"]}
    facts = schema(written, resources["facts"])
    fields = {field["name"]: field for field in facts["fields"]}
    assert [field["name"] for field in facts["fields"]] == [c.name for c in exports.FACTS_TABLE.every_column]
    assert fields["value"]["type"] == "number"
    assert fields["period_start"]["type"] == "date"
    assert fields["headline"]["type"] == "boolean"
    assert fields["qualifier"]["constraints"] == {"required": True, "enum": list(QUALIFIERS)}
    assert fields["stated_by_side"]["constraints"] == {"enum": list(SIDES)}
    assert fields["fact_id"]["constraints"] == {"required": True}
    assert fields["fact_id"]["description"].startswith("Stable id of the fact")
    assert fields["fact_id"]["description_ru"].startswith("Постоянный идентификатор")
    assert facts["primaryKey"] == ["fact_id", "observation"]
    assert facts["foreignKeys"] == [
        {"fields": "source_id", "reference": {"resource": "sources", "fields": "source_id"}}
    ]
    assert schema(written, resources["sources"])["primaryKey"] == ["source_id"]
    assert resources["areas-trade"]["schema"] == resources["facts"]["schema"]  # a part is described as the whole


def test_a_new_column_is_described_with_no_change_to_the_package_code(monkeypatch):
    from macros.site import data_package
    from macros.site.download_columns import Column, doc

    added = Column("brand_new", doc("A new column.", "Новый столбец."), lambda o, d: "x")
    table = exports.Table("facts", "facts.csv", (*exports.FACT_COLUMNS, added), exports.all_observations, {})
    field = next(f for f in data_package.table_schema(table)["fields"] if f["name"] == "brand_new")
    assert field == {
        "name": "brand_new",
        "type": "string",
        "description": "A new column.",
        "description_ru": "Новый столбец.",
    }


def test_the_downloads_validate_with_frictionless(written):
    report = validate(str(written / exports.PACKAGE_FILE))
    assert report.valid, problems(report)


def test_a_figure_whose_source_is_not_in_sources_csv_fails_validation(written, tmp_path):
    import shutil

    copy = tmp_path / "broken"
    shutil.copytree(written, copy)
    facts = copy / "facts.csv"
    # The same length, so only the foreign key fails, not the byte count.
    facts.write_text(facts.read_text(encoding="utf-8").replace(",agency-2025,", ",agenzy-2025,", 1), encoding="utf-8")
    report = validate(str(copy / exports.PACKAGE_FILE))
    assert not report.valid
    assert {(name, kind) for name, kind, _ in problems(report)} == {("facts", "foreign-key")}


def test_the_csv_files_start_with_a_byte_order_mark_and_read_cleanly(written):
    raw = (written / "facts.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8's byte order mark: Excel opens Cyrillic on a double click
    with open(written / "facts.csv", encoding="utf-8-sig", newline="") as file:
        rows = list(csv.DictReader(file))
    assert rows[0]["fact_id"] == "trade.turnover"
    resource = Package(str(written / exports.PACKAGE_FILE)).get_resource("facts")
    assert resource.read_rows()[0]["fact_id"] == "trade.turnover"


def test_pandas_reads_the_csv_cleanly(written):
    pandas = pytest.importorskip("pandas")
    frame = pandas.read_csv(written / "facts.csv")
    assert list(frame.columns)[:2] == ["fact_id", "observation"]


def test_a_fact_s_own_files_hold_exactly_its_figures(written):
    text = (written / "facts" / "trade.turnover.csv").read_text(encoding="utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert {row["fact_id"] for row in rows} == {"trade.turnover"}
    document = json.loads((written / "facts" / "trade.turnover.json").read_text(encoding="utf-8"))
    assert [fact["id"] for fact in document["facts"]] == ["trade.turnover"]
    cited = {o["source"] for o in document["facts"][0]["observations"]}
    assert cited <= set(document["sources"])
    assert len(rows) == len(document["facts"][0]["observations"])


@pytest.mark.build
def test_the_built_site_s_package_validates_in_both_editions(built_site):
    for edition in ("", "ru/"):
        folder = built_site / edition / exports.DOWNLOAD_FOLDER
        report = validate(str(folder / exports.PACKAGE_FILE))
        assert report.valid, problems(report)[:10]
    package = json.loads((built_site / "data" / exports.PACKAGE_FILE).read_text(encoding="utf-8"))
    assert {"facts", "sources", "commitments"} <= {r["name"] for r in package["resources"]}
