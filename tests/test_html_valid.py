"""Every built page of both editions is valid HTML: no error from the Nu HTML Checker (issue 13).

vnu.jar comes from the npm package vnu-jar, pinned in tests/tools/package-lock.json, and runs on the
machine's Java in one run over every page. A failure lists each error with its page and line.
"""

from __future__ import annotations

import json
import subprocess
from collections import Counter
from pathlib import Path

import pytest
from node_tools import VNU_JAR, node_tool, program

pytestmark = pytest.mark.build

CHECK_TIMEOUT_S = 300
SHOWN = 40


def validation_errors(site: Path) -> list[dict]:
    """The checker's error messages for every HTML file of the built site."""
    pages = sorted(str(page) for page in site.rglob("*.html"))
    assert pages, f"no HTML in {site}"
    command = [program("java"), "-jar", str(node_tool(VNU_JAR)), "--errors-only", "--format", "json", *pages]
    result = subprocess.run(command, capture_output=True, text=True, timeout=CHECK_TIMEOUT_S)
    # The checker writes its JSON report to standard error, and exits 1 when it found errors.
    assert result.stderr.strip(), f"vnu printed no report (exit {result.returncode}): {result.stdout[-2000:]}"
    messages = json.loads(result.stderr)["messages"]
    return [message for message in messages if message.get("type") in ("error", "non-document-error")]


def describe(site: Path, message: dict) -> str:
    page = message.get("url", "").removeprefix("file:").removeprefix(str(site) + "/")
    return (
        f"{page}:{message.get('lastLine', '?')}: {message.get('message')} [{message.get('extract', '').strip()[:80]}]"
    )


def test_every_page_is_valid_html(built_site):
    errors = validation_errors(built_site)
    by_message = Counter(message.get("message") for message in errors)
    summary = "\n".join(f"  {count} x {text}" for text, count in by_message.most_common())
    listed = "\n".join(describe(built_site, message) for message in errors[:SHOWN])
    more = f"\n... and {len(errors) - SHOWN} more" if len(errors) > SHOWN else ""
    assert not errors, f"{len(errors)} HTML errors, by message:\n{summary}\nwhere:\n{listed}{more}"
