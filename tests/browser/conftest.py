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

from .serving import page_paths, serve_folder
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
DESKTOP = {"width": 1280, "height": 800}
# A current mid-size phone (the 390x844), rendered as a phone renders: touch, mobile viewport.
PHONE = {"viewport": {"width": 390, "height": 844}, "device_scale_factor": 3, "is_mobile": True, "has_touch": True}
# Generous for a slow CI machine; a wait only ends early, it never passes a test by itself.
TIMEOUT_MS = 15_000


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
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
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
        context = chromium.new_context(color_scheme=color_scheme, **({"viewport": DESKTOP} | context_options))
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


@pytest.fixture(scope="session")
def phone_tab(new_tab, site_url):
    """A phone-sized tab (390x844, touch) on the real site."""
    return new_tab(site_url, **PHONE)
