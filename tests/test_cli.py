"""`python -m macros check`: what an editor runs before opening a pull request.

The command line runs in-process (`main(["--root", ...])`), as fast as a function call; one test
runs it the way editors do, `python -m macros` in a child process, so the entry point is held too.
`run_cli` is shared with the tests of the other commands.
"""

from __future__ import annotations

import io
import os
import socket
import subprocess
import sys
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path
from unittest import mock

import pytest
from conftest import FIXTURES, ROOT
from test_validate import BROKEN_FILES, EXPECTED

from macros.editors.cli import main


@dataclass(frozen=True)
class CliResult:
    returncode: int
    stdout: str
    stderr: str


def run_cli(root: Path, *args: str, **env: str) -> CliResult:
    """`python -m macros --root ROOT ARGS...`, in this process; outside GitHub Actions unless `env` says so."""
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err), mock.patch.dict(os.environ, {"GITHUB_ACTIONS": "", **env}):
        try:
            code = main(["--root", str(root), *args])
        except SystemExit as exit_:  # argparse, for a wrong command or option
            code = exit_.code if isinstance(exit_.code, int) else 2
    return CliResult(code, out.getvalue(), err.getvalue())


def run_check(project: Path, *args: str, **env: str) -> CliResult:
    return run_cli(project, "check", "--today", "2026-11-28", *args, **env)


def test_check_lists_every_problem_and_fails_once():
    result = run_check(FIXTURES / "broken")
    assert result.returncode == 1
    assert result.stderr.splitlines() == [*EXPECTED, f"{len(EXPECTED)} problems in {BROKEN_FILES} files"]
    assert result.stdout == ""


def test_python_dash_m_macros_runs_the_check_without_a_traceback():
    result = subprocess.run(
        [sys.executable, "-m", "macros", "check", "--today", "2026-11-28"],
        cwd=FIXTURES / "broken",
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(ROOT), "GITHUB_ACTIONS": ""},
    )
    assert result.returncode == 1
    assert result.stderr.splitlines() == [*EXPECTED, f"{len(EXPECTED)} problems in {BROKEN_FILES} files"]
    assert "Traceback" not in result.stderr + result.stdout


def test_check_passes_a_valid_project():
    result = run_check(FIXTURES / "valid")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("data/ and docs/ are valid: 1 facts with 3 observations, 1 events, 2 sources")


def test_check_writes_github_annotations_in_actions():
    result = run_check(FIXTURES / "broken", GITHUB_ACTIONS="true")
    annotations = result.stdout.splitlines()
    assert len(annotations) == len(EXPECTED)
    assert (
        "::error file=data/trade.yaml,line=9::trade.turnover.period: '2024-13' is not a period: there is no "
        "month 13; expected YYYY, YYYY-MM, YYYY-MM-DD, a range START/END such as '2025-01/2025-09' or an academic year such as '2026/27'"
    ) in annotations
    assert (
        "::error file=docs/index.md,line=3::unknown fact 'trade.turnovr'; did you mean 'trade.turnover'?" in annotations
    )


def test_a_wrong_date_option_is_a_usage_error():
    result = run_check(FIXTURES / "valid", "--today", "2026-13-01")
    assert result.returncode == 2
    assert "'2026-13-01' is not a date; expected YYYY-MM-DD" in result.stderr


def _make(*args: str, **env: str) -> subprocess.CompletedProcess:
    """`make ARGS` in the repository, with the environment the Makefile created (skipped without it)."""
    if not (ROOT / ".venv" / "installed-site").exists():
        pytest.skip("make has not created .venv yet")
    return subprocess.run(
        ["make", "--no-print-directory", *args],
        cwd=ROOT,
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_make_serve_says_in_one_line_that_its_port_is_busy():
    # mkdocs printed its own traceback (OSError: Address already in use).
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = _make("serve", PORT=str(port))
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.splitlines()[0] == (
        f"make serve: port {port} is busy (another make serve?); stop it, or choose another port: "
        f"PORT={port + 1} make serve"
    )
    assert "Traceback" not in result.stderr


def test_make_diff_runs_the_diff_with_the_project_s_environment():
    # The pull request template's `python -m macros diff main` failed with the system Python.
    result = _make("diff", "BASE=HEAD")
    assert result.returncode == 0, result.stderr
    assert any(line.startswith("## Fact changes from `HEAD`") for line in result.stdout.splitlines())
