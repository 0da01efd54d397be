"""Shared paths and helpers for the tests. The repository root is the parent of tests/."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
# Fixtures are judged as of a fixed day, so a date that is "in the future" stays so.
FIXTURE_TODAY = dt.date(2026, 11, 28)
# `make test-fast` deselects these markers; a test that needs the real built site must carry one.
SLOW_MARKERS = ("build", "browser")


def unmarked_site_builds(items) -> list[str]:
    """The tests that use `built_site` (a full `mkdocs build`) without a marker `make test-fast` skips."""
    return [
        item.nodeid
        for item in items
        if "built_site" in getattr(item, "fixturenames", ())
        and not any(item.get_closest_marker(marker) for marker in SLOW_MARKERS)
    ]


def pytest_collection_modifyitems(items) -> None:
    unmarked = unmarked_site_builds(items)
    if unmarked:
        raise pytest.UsageError(
            "these tests build the whole site but carry neither @pytest.mark.build nor @pytest.mark.browser, "
            "so `make test-fast` would run the build: " + ", ".join(unmarked)
        )


def copy_project(fixture: str, into: Path) -> Path:
    """A runnable copy of a fixture project: its data/ and docs/, with the real macros/ and mkdocs.yml."""
    project = into / fixture
    shutil.copytree(FIXTURES / fixture, project)
    shutil.copytree(ROOT / "macros", project / "macros", ignore=shutil.ignore_patterns("__pycache__"))
    if not (project / "mkdocs.yml").exists():
        shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    return project


def mkdocs_build(project: Path, site_dir: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site_dir)],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )


@pytest.fixture
def fixture_today():
    return FIXTURE_TODAY


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """The real site, built once per test session with `mkdocs build --strict` into a temporary folder."""
    site = tmp_path_factory.mktemp("site")
    result = mkdocs_build(ROOT, site)
    assert result.returncode == 0, result.stdout + result.stderr
    return site


def read_page(site: Path, url: str) -> str:
    """The HTML of a built page, by its URL relative to the site root ('' for the home page)."""
    return (site / url / "index.html").read_text(encoding="utf-8")
