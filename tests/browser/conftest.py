"""Fixtures for the browser tests: one Chromium per session, the built site served on 127.0.0.1.

The tests drive Debian's Chromium (/usr/bin/chromium) through Playwright; Playwright's own browser
download cannot work on a closed network. In CI (CI is set) a missing browser fails the session,
because these tests are the proof the issue asks for; on a laptop without Chromium they are skipped.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright

from . import sweep
from .serving import page_language, page_paths, serve_folder
from .tab import Tab

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
# The widths of the reader-experience review (1280x900 and the 390x844 phone), as context options.
DESKTOP, PHONE = sweep.DESKTOP, sweep.PHONE
TIMEOUT_MS = sweep.TIMEOUT_MS


def launch_chromium(playwright):
    """Debian's Chromium, headless, from a Playwright instance."""
    return playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)


@pytest.fixture(scope="session")
def chromium() -> Iterator:
    """Debian's Chromium, headless, launched once for the whole session."""
    if not CHROMIUM.exists():
        if os.environ.get("CI"):
            pytest.fail(
                f"no Chromium at {CHROMIUM}; CI must run the browser tests: .ci/run installs it "
                "with `apt-get install chromium`",
                pytrace=False,
            )
        pytest.skip(f"no Chromium at {CHROMIUM} (skipped only because CI is not set; in CI this fails)")
    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def site_url(built_site) -> Iterator[str]:
    """The real site, built once by `built_site`, served on 127.0.0.1 until the session ends."""
    with serve_folder(built_site) as url:
        yield url


@pytest.fixture(scope="session")
def site_pages(built_site) -> list[str]:
    """Every page of the built site, as URL paths relative to the site root ('' is the home page)."""
    pages = page_paths(built_site)
    assert "" in pages, f"no home page in {built_site}"
    return pages


@pytest.fixture(scope="session")
def new_tab(chromium):
    """Open a tab in a new browser context (own storage, own viewport); all are closed at session end."""
    contexts = []

    def open_tab(base_url: str, color_scheme: str = "light", **context_options) -> Tab:
        context = chromium.new_context(color_scheme=color_scheme, **(dict(DESKTOP) | context_options))
        context.set_default_timeout(TIMEOUT_MS)
        contexts.append(context)
        return Tab(context.new_page(), base_url)

    yield open_tab
    for context in contexts:
        context.close()


@pytest.fixture(scope="session")
def desktop_tab(new_tab, site_url):
    """A desktop-sized tab on the real site in the light palette, shared by the tests that only read."""
    return new_tab(site_url)


# Of the Russian edition, its home page and its timeline (the longest page), where long Russian words
# wrap differently: a few seconds of axe, where all its pages would add about two minutes (sweep.py).
RUSSIAN_AXE_SAMPLE = ("ru/", "ru/timeline/")


@pytest.fixture(scope="session")
def axe_sample(built_site, site_pages) -> list[str]:
    """The pages axe scans outside sweep.AXE_EVERY_PAGE: the default language's, and RUSSIAN_AXE_SAMPLE."""
    assert set(RUSSIAN_AXE_SAMPLE) <= set(site_pages), "the Russian pages axe samples are not built"
    default_language = page_language(built_site, "")
    return [
        path for path in site_pages if page_language(built_site, path) == default_language or path in RUSSIAN_AXE_SAMPLE
    ]


@pytest.fixture(scope="session")
def swept(request, chromium, site_url, site_pages, axe_sample) -> dict[tuple[str, str], dict[str, dict]]:
    """Every page loaded once per configuration, with every measurement the selected tests need (sweep.py).

    A step runs when a selected test uses its fixture (`sweep_load`, `sweep_reader`, ...), directly or
    through another fixture. {(scheme, width): {path: {step: record}}}; `chromium` fails or skips first.
    """
    used = {name for item in request.session.items for name in getattr(item, "fixturenames", ())}
    steps = [step for step in sweep.STEPS if f"sweep_{step}" in used]
    return sweep.sweep(launch_chromium, site_url, site_pages, steps, axe_sample)


def records_of(swept, step: str) -> dict[tuple[str, str], dict[str, object]]:
    """One step's records, of the pages it ran on: {(scheme, width): {path: record}}."""
    found = {
        configuration: {path: steps[step] for path, steps in records.items() if step in steps}
        for configuration, records in swept.items()
    }
    found = {configuration: records for configuration, records in found.items() if records}
    assert found, f"the sweep ran no {step!r} step"
    return found


@pytest.fixture(scope="session")
def sweep_load(swept):
    """What each page did while loading, on a desktop in the light palette: {path: record} (sweep.load_step)."""
    return records_of(swept, "load")["light", "desktop"]


@pytest.fixture(scope="session")
def sweep_reader(swept):
    """The reader measurements of every page: {(scheme, width): {path: measurements}} (sweep.reader_step)."""
    return records_of(swept, "reader")


@pytest.fixture(scope="session")
def sweep_figures(swept):
    """Every figure of every page with its control and panel, as a phone shows them: {path: [figure]}."""
    return records_of(swept, "figures")["light", "phone"]


@pytest.fixture(scope="session")
def sweep_axe(swept):
    """axe-core's violations and the palette shown, of every page: {(scheme, width): {path: record}}."""
    return records_of(swept, "axe")
