"""The GitHub side: workflows that cannot publish a broken site and hold least privilege, Dependabot,
the pull-request template. These files only run on GitHub, so their rules are checked here as data.

PyYAML reads YAML 1.1, where the key `on:` loads as True; `triggers()` reads either.
"""

import re
from pathlib import Path

import pytest
import yaml
from conftest import ROOT

GITHUB = ROOT / ".github"
WORKFLOWS = sorted((GITHUB / "workflows").glob("*.yml"))
PINNED = re.compile(r"^\s*(?:-\s+)?uses:\s*(?P<action>[\w.-]+/[\w./-]+)@(?P<sha>[0-9a-f]{40})\s+# v\d+\.\d+\.\d+\s*$")
DEPLOY_PERMISSIONS = {"pages": "write", "id-token": "write"}


def load(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def triggers(workflow: dict) -> dict:
    found = workflow.get("on", workflow.get(True))
    return {found: None} if isinstance(found, str) else dict(found)


def steps(workflow: dict):
    for name, job in workflow["jobs"].items():
        for step in job.get("steps", []):
            yield name, step


def run_text(workflow: dict) -> str:
    return "\n".join(step.get("run", "") for _, step in steps(workflow))


@pytest.fixture(scope="module")
def ci():
    return load(GITHUB / "workflows" / "ci.yml")


@pytest.fixture(scope="module")
def scheduled():
    return load(GITHUB / "workflows" / "scheduled.yml")


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_token_reads_only_by_default(path):
    assert load(path)["permissions"] == {"contents": "read"}


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_never_pull_request_target(path):
    assert "pull_request_target" not in triggers(load(path))


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_every_action_is_pinned_to_a_commit_with_its_version(path):
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if re.match(r"^\s*(-\s+)?uses:", line)]
    assert lines
    unpinned = [line.strip() for line in lines if not PINNED.match(line)]
    assert unpinned == [], "pin each action to a full commit SHA followed by '# vX.Y.Z'"


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_checkout_keeps_no_credentials(path):
    checkouts = [step for _, step in steps(load(path)) if step.get("uses", "").startswith("actions/checkout@")]
    assert checkouts
    assert all(step.get("with", {}).get("persist-credentials") is False for step in checkouts)


# The one job besides deploy that names its permissions: it reads the Pages site's address too.
READ_PERMISSIONS = {"check": {"contents": "read", "pages": "read"}}


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_only_the_deploy_job_may_write(path):
    for name, job in load(path)["jobs"].items():
        permissions = job.get("permissions")
        if name == "deploy":
            assert permissions == DEPLOY_PERMISSIONS
        elif path.name == "ci.yml" and name in READ_PERMISSIONS:
            assert permissions == READ_PERMISSIONS[name]
            assert set(permissions.values()) == {"read"}
        else:
            assert permissions is None, f"job {name!r} widens the workflow's read-only token"


def test_the_published_build_takes_its_address_and_repository_from_github(ci):
    """mkdocs.yml reads FACTSHEET_SITE_URL and FACTSHEET_REPOSITORY (`!ENV`); the Pages build sets them
    from GitHub's context, so a fork publishes under its own address with no edit."""
    check = ci["jobs"]["check"]["steps"]
    pages = next(step for step in check if step.get("uses", "").startswith("actions/configure-pages@"))
    assert pages["id"] == "pages"
    assert pages["if"] == "github.event_name == 'push' && github.ref == 'refs/heads/main'"
    build = next(step for step in check if step.get("run") == "make build")
    assert build["env"] == {
        "FACTSHEET_SITE_URL": "${{ steps.pages.outputs.base_url }}",
        "FACTSHEET_REPOSITORY": "${{ github.server_url }}/${{ github.repository }}",
    }
    assert check.index(pages) < check.index(build)
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    assert 'site_url: !ENV [FACTSHEET_SITE_URL, ""]' in config
    assert 'repository: !ENV [FACTSHEET_REPOSITORY, ""]' in config


def test_ci_runs_on_pull_requests_and_on_main(ci):
    assert triggers(ci) == {"pull_request": None, "push": {"branches": ["main"]}}


def test_ci_runs_the_readme_commands(ci):
    commands = run_text(ci)
    for command in ("make check", "make test", "make build"):
        assert command in commands


def test_ci_lints_in_a_job_of_its_own(ci):
    """`make lint` (ruff check, ruff format --check, mypy) as a separate job, for a quick answer on a
    pull request; `make test` runs it again, so the README's command alone enforces it too."""
    lint = ci["jobs"]["lint"]
    assert [step["run"] for step in lint["steps"] if "run" in step] == ["make lint"]
    assert "permissions" not in lint


def test_pull_requests_get_the_fact_diff_in_the_job_summary(ci):
    diff = [step for _, step in steps(ci) if "-m macros diff" in step.get("run", "")]
    assert len(diff) == 1
    assert '>> "$GITHUB_STEP_SUMMARY"' in diff[0]["run"]
    assert "github.event_name == 'pull_request'" in diff[0]["if"]
    assert "${{" not in diff[0]["run"], "pass GitHub values through env:, not into the script"
    job = next(name for name, step in steps(ci) if step is diff[0])
    checkout = next(step for step in ci["jobs"][job]["steps"] if step.get("uses", "").startswith("actions/checkout@"))
    assert checkout["with"]["fetch-depth"] == 0, "the diff needs the base branch"


def test_main_is_deployed_only_after_every_check_passed(ci):
    deploy = ci["jobs"]["deploy"]
    assert sorted(deploy["needs"]) == sorted(set(ci["jobs"]) - {"deploy"})
    assert deploy["if"] == "github.event_name == 'push' && github.ref == 'refs/heads/main'"
    assert deploy["environment"]["name"] == "github-pages"
    assert [step["uses"].split("@")[0] for step in deploy["steps"]] == ["actions/deploy-pages"]
    names = [step.get("run") or step.get("uses", "").split("@")[0] for step in ci["jobs"]["check"]["steps"]]
    upload = names.index("actions/upload-pages-artifact")
    assert upload > names.index("make test")
    assert upload > names.index("make build")
    assert ci["jobs"]["check"]["steps"][upload]["with"]["path"] == "site"


def test_the_scheduled_review_lists_stale_facts_and_checks_links(scheduled):
    assert set(triggers(scheduled)) == {"schedule", "workflow_dispatch"}
    assert re.fullmatch(r"[\d*/,-]+( [\d*/,-]+){4}", triggers(scheduled)["schedule"][0]["cron"])
    commands = run_text(scheduled)
    assert "make install\n" in commands + "\n", "the review needs the site's packages only, not the test tools"
    assert "-m macros stale" in commands
    assert "-m macros links" in commands


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_link_checking_stays_out_of_the_pull_request_path(path):
    """Requesting every source address needs the network and depends on foreign sites."""
    if "-m macros links" in run_text(load(path)):
        assert set(triggers(load(path))) <= {"schedule", "workflow_dispatch"}


def test_dependabot_updates_packages_and_actions():
    updates = {update["package-ecosystem"]: update for update in load(GITHUB / "dependabot.yml")["updates"]}
    assert set(updates) == {"pip", "github-actions"}
    # Dependabot looks for pip-compile's inputs and outputs (*.in, *.txt) in the directory it is given.
    assert updates["pip"]["directory"] == "/"
    for name in ("requirements.in", "requirements.txt", "requirements-dev.in", "requirements-dev.txt"):
        assert (ROOT / name).is_file(), name


def test_pull_request_template_asks_for_sources_period_and_checks():
    template = (GITHUB / "pull_request_template.md").read_text(encoding="utf-8")
    for needed in ("data/sources.yaml", "period", "`published`", "make check", "python -m macros diff main"):
        assert needed in template
    assert template.count("- [ ]") >= 5
