"""The guard rails around the code: hashed lock files split into the site's and the tests' packages,
the Makefile's targets, the pre-commit hooks, and the marker that keeps full builds out of `make
test-fast`. Each is a file nobody runs on every change, so its rules are checked here as data.
"""

from __future__ import annotations

import re
import subprocess
from itertools import takewhile
from pathlib import Path
from types import SimpleNamespace

import pytest
import yaml
from conftest import ROOT, unmarked_site_builds

SITE_LOCK = ROOT / "requirements.txt"
DEV_LOCK = ROOT / "requirements-dev.txt"
LOCKS = {ROOT / "requirements.in": SITE_LOCK, ROOT / "requirements-dev.in": DEV_LOCK}
# What only testing and linting need: `make serve` must not install any of it.
TEST_TOOLS = ("pytest", "playwright", "axe-playwright-python", "ruff", "mypy", "pre-commit", "pip-tools")
REQUIREMENT = re.compile(r"^(?P<name>[A-Za-z0-9][A-Za-z0-9._-]*)==(?P<version>\S+)", re.M)
HASH = re.compile(r"--hash=sha256:[0-9a-f]{64}")
MAKE_RULE = re.compile(r"^(?P<target>[a-z-]+):(?P<prerequisites>[^=\n#]*)(?:##\s*(?P<help>.*))?$", re.M)


def normalized(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def locked(path: Path) -> dict[str, tuple[str, frozenset[str]]]:
    """Package name -> (version, hashes), from a lock file pip-compile wrote with --generate-hashes."""
    packages = {}
    for entry in re.split(r"\n(?=[A-Za-z0-9])", path.read_text(encoding="utf-8")):
        match = REQUIREMENT.match(entry)
        if match:
            packages[normalized(match["name"])] = (match["version"], frozenset(HASH.findall(entry)))
    return packages


def make_rules() -> dict[str, tuple[list[str], str | None]]:
    text = (ROOT / "Makefile").read_text(encoding="utf-8")
    return {m["target"]: (m["prerequisites"].split(), m["help"]) for m in MAKE_RULE.finditer(text)}


@pytest.mark.parametrize("lock", LOCKS.values(), ids=lambda p: p.name)
def test_every_locked_package_carries_its_hashes(lock):
    packages = locked(lock)
    assert packages
    assert [name for name, (_, hashes) in packages.items() if not hashes] == []
    text = lock.read_text(encoding="utf-8")
    assert len(REQUIREMENT.findall(text)) == len(packages), "a requirement line the parser did not read"


@pytest.mark.parametrize(("source", "lock"), LOCKS.items(), ids=lambda p: p.name)
def test_each_lock_was_compiled_from_its_input_with_hashes(source, lock):
    """Dependabot recognises a pip-compile lock by this header and compiles it again the same way."""
    lines = lock.read_text(encoding="utf-8").splitlines()
    header = "\n".join(takewhile(lambda line: line.startswith("#"), lines))
    command = re.search(r"^#\s+(pip-compile .*)$", header, re.M)
    assert command, f"{lock.name}: no pip-compile command in the header"
    assert "--generate-hashes" in command[1]
    assert f"--output-file={lock.name}" in command[1]
    assert command[1].endswith(f" {source.name}")


@pytest.mark.parametrize(("source", "lock"), LOCKS.items(), ids=lambda p: p.name)
def test_every_direct_dependency_is_locked_at_the_version_its_input_names(source, lock):
    wanted = {normalized(m["name"]): m["version"] for m in REQUIREMENT.finditer(source.read_text(encoding="utf-8"))}
    assert wanted
    versions = {name: version for name, (version, _) in locked(lock).items()}
    assert {name: versions.get(name) for name in wanted} == wanted


def test_the_test_lock_runs_the_site_packages_at_the_site_versions():
    """requirements-dev.txt is installed on top of requirements.txt: a package both list must agree."""
    site, dev = locked(SITE_LOCK), locked(DEV_LOCK)
    shared = set(site) & set(dev)
    assert shared
    assert {name: dev[name] for name in shared} == {name: site[name] for name in shared}


def test_serving_the_site_installs_no_test_tools():
    assert set(locked(SITE_LOCK)) & set(TEST_TOOLS) == set()
    assert set(TEST_TOOLS) <= set(locked(DEV_LOCK))


@pytest.mark.parametrize(
    ("target", "stamp"),
    [
        ("serve", "$(VENV)/installed-site"),
        ("check", "$(VENV)/installed-site"),
        ("build", "$(VENV)/installed-site"),
        ("diff", "$(VENV)/installed-site"),
        ("schema", "$(VENV)/installed-site"),
        ("bench", "$(VENV)/installed-site"),
        ("install", "$(VENV)/installed-site"),
        ("test", "$(VENV)/installed-dev"),
        ("test-fast", "$(VENV)/installed-dev"),
        ("lint", "$(VENV)/installed-dev"),
        ("lock", "$(VENV)/installed-dev"),
    ],
)
def test_each_target_installs_only_what_it_needs(target, stamp):
    prerequisites, _ = make_rules()[target]
    assert [p for p in prerequisites if p.startswith("$(VENV)/")] == [stamp]


def test_the_site_install_reads_only_the_site_lock():
    text = (ROOT / "Makefile").read_text(encoding="utf-8")
    recipe = text.split("$(VENV)/installed-site: requirements.txt\n", 1)[1].split("\n\n", 1)[0]
    assert "requirements.txt" in recipe
    assert "requirements-dev" not in recipe
    assert "--require-hashes" in text


def test_make_test_runs_the_lint_first():
    prerequisites, _ = make_rules()["test"]
    assert prerequisites[0] == "lint"


def test_make_help_lists_every_target():
    rules = make_rules()
    phony = re.search(r"^\.PHONY:(.*)$", (ROOT / "Makefile").read_text(encoding="utf-8"), re.M)
    assert phony
    targets = phony[1].split()
    assert [t for t in targets if not rules.get(t, ([], None))[1]] == [], "a phony target without a ## comment"
    shown = subprocess.run(["make", "--no-print-directory", "help"], cwd=ROOT, capture_output=True, text=True)
    assert shown.returncode == 0, shown.stderr
    assert [t for t in targets if f"make {t} " not in shown.stdout] == []


def test_ci_runs_the_readme_test_command():
    commands = [line for line in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines() if line.strip()]
    assert commands[-1] == "make test"


def test_pre_commit_runs_the_lint_from_the_project_venv_without_the_network():
    config = yaml.safe_load((ROOT / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    assert [repo["repo"] for repo in config["repos"]] == ["local"]
    hooks = {hook["id"]: hook for hook in config["repos"][0]["hooks"]}
    for hook in hooks.values():
        assert hook["language"] in {"system", "pygrep"}, hook["id"]
        if hook["language"] == "system":
            assert hook["entry"].startswith(".venv/bin/"), hook["id"]
    entries = " | ".join(hook["entry"] for hook in hooks.values())
    for tool in (".venv/bin/ruff check", ".venv/bin/ruff format", ".venv/bin/mypy"):
        assert tool in entries


@pytest.mark.parametrize(
    ("fixturenames", "markers", "refused"),
    [
        (["built_site"], [], True),
        (["built_site", "tmp_path"], ["parametrize"], True),
        (["built_site"], ["build"], False),
        (["site_url", "built_site"], ["browser"], False),
        (["tmp_path"], [], False),
    ],
)
def test_a_test_that_builds_the_site_must_carry_a_slow_marker(fixturenames, markers, refused):
    item = SimpleNamespace(
        nodeid="tests/test_x.py::test_x",
        fixturenames=fixturenames,
        get_closest_marker=lambda name: name if name in markers else None,
    )
    assert unmarked_site_builds([item]) == (["tests/test_x.py::test_x"] if refused else [])
