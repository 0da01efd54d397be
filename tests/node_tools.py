"""The Node tools the tests run on the built site, installed from tests/tools/package-lock.json.

`make test` installs them with `npm ci` (every file checked against its integrity hash); `.ci/run`
installs Node, npm and a Java runtime from Debian first. Lighthouse drives Debian's Chromium; the Nu
HTML Checker (vnu.jar) runs on Java. As with Chromium (tests/browser/conftest.py), a missing tool fails
the test in CI (CI is set) and skips it elsewhere, saying how to install it.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

TOOLS = Path(__file__).resolve().parent / "tools"
MODULES = TOOLS / "node_modules"
LIGHTHOUSE = MODULES / ".bin" / "lighthouse"
VNU_JAR = MODULES / "vnu-jar" / "build" / "dist" / "vnu.jar"
INSTALL_HINT = (
    "`make test-tools` installs it (npm ci in tests/tools/; Debian: apt-get install nodejs npm default-jre-headless)"
)


def missing(what: str) -> None:
    """Fail in CI, skip elsewhere: a tool CI should have must not pass quietly."""
    message = f"{what} is missing; {INSTALL_HINT}"
    if os.environ.get("CI"):
        pytest.fail(message, pytrace=False)
    pytest.skip(message + " (skipped only because CI is not set; in CI this fails)")


def node_tool(path: Path) -> Path:
    """A file the npm install provides, or fail/skip."""
    if not path.exists():
        missing(str(path.relative_to(TOOLS.parent.parent)))
    return path


def program(name: str) -> str:
    """A program on PATH (node, java), or fail/skip."""
    found = shutil.which(name)
    if found is None:
        missing(f"the program {name!r}")
    assert found is not None
    return found
