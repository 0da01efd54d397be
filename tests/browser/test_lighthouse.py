"""Lighthouse (mobile) scores accessibility, best practices and SEO at 1.0 (issue 13).

On the home page, an area page, a chart page and the timeline of both editions, served as a reader gets
them. Lighthouse 12.2.3 is pinned in tests/tools/package-lock.json and drives Debian's Chromium
(CHROME_PATH). Performance is left out: on a shared CI machine it measures the machine. A failure
lists each audit under 1 with the elements it names, so it can be routed without rerunning Lighthouse.
"""

from __future__ import annotations

import json
import os
import subprocess
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from node_tools import LIGHTHOUSE, node_tool, program

from .conftest import CHROMIUM, CHROMIUM_ARGS

pytestmark = pytest.mark.browser

PAGES = ("", "trade/", "turnover/", "timeline/", "ru/", "ru/trade/", "ru/turnover/", "ru/timeline/")
CATEGORIES = ("accessibility", "best-practices", "seo")
PARALLEL_RUNS = 2  # each run is one Chromium; two keep a two-core machine busy without starving either
RUN_TIMEOUT_S = 180
ITEMS_SHOWN = 3


def run_lighthouse(url: str, report: Path) -> dict:
    """One Lighthouse run (mobile, the default form factor) on `url`; its JSON report."""
    command = [
        str(node_tool(LIGHTHOUSE)),
        url,
        f"--only-categories={','.join(CATEGORIES)}",
        "--output=json",
        f"--output-path={report}",
        "--quiet",
        # The report's picture of the whole page only illustrates it; taking it costs seconds a run.
        "--disable-full-page-screenshot",
        "--chrome-flags=" + " ".join(["--headless=new", *CHROMIUM_ARGS]),
    ]
    env = {**os.environ, "CHROME_PATH": str(CHROMIUM)}
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=RUN_TIMEOUT_S)
    assert result.returncode == 0, f"lighthouse {url} exited {result.returncode}:\n{result.stderr[-2000:]}"
    return json.loads(report.read_text(encoding="utf-8"))


def describe_item(item: dict) -> str:
    """Where an audit's item is: the element's markup, or a CSS selector with what it measured, or a URL."""
    node = item.get("node") or {}
    if node.get("snippet"):
        return node["snippet"][:120]
    if item.get("selector"):
        return f"{item['selector']} {item.get('fontSize', '')} {item.get('coverage', '')}".strip()[:120]
    return str(item.get("url") or item.get("source") or item)[:120]


def failing_audits(report: dict) -> list[str]:
    """Each weighted audit under 1 in the report's categories, with the first elements it names."""
    lines = []
    for key, category in report["categories"].items():
        for ref in category["auditRefs"]:
            audit = report["audits"][ref["id"]]
            if ref["weight"] == 0 or audit["score"] is None or audit["score"] >= 1:
                continue
            items = audit.get("details", {}).get("items", [])
            where = [describe_item(item) for item in items[:ITEMS_SHOWN]]
            lines.append(f"    {key}: {ref['id']} ({audit['title']}): {len(items)} items {where}")
    return lines


@pytest.fixture(scope="module")
def reports(site_url, tmp_path_factory, chromium) -> dict[str, dict]:
    """The report of every page, from runs two at a time. `chromium` fails or skips without Chromium."""
    program("node")
    node_tool(LIGHTHOUSE)
    folder = tmp_path_factory.mktemp("lighthouse")
    with ThreadPoolExecutor(max_workers=PARALLEL_RUNS) as pool:
        futures = {
            path: pool.submit(run_lighthouse, site_url + path, folder / f"{path.replace('/', '_') or 'home'}.json")
            for path in PAGES
        }
        return {path: future.result() for path, future in futures.items()}


def test_accessibility_best_practices_and_seo_score_1(reports):
    problems = []
    for path, report in reports.items():
        scores = {key: report["categories"][key]["score"] for key in CATEGORIES}
        if any(score is None or score < 1 for score in scores.values()):
            problems.append(f"/{path}: {scores}\n" + "\n".join(failing_audits(report)))
        problems += [f"/{path}: run warning: {warning}" for warning in report.get("runWarnings", [])]
    assert not problems, "Lighthouse (mobile):\n" + "\n".join(problems)
