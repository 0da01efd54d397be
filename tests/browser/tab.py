"""A browser tab that records what a page did while it loaded: for the browser test modules.

One `Tab` wraps one Playwright page and is reused for many visits; each `visit` starts a fresh
record of console errors, uncaught exceptions, Content-Security-Policy violations, requests and
dialogs, so a test can say exactly what went wrong on which page.
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from playwright.sync_api import ConsoleMessage, Dialog, Page, expect
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

# Chromium fires `securitypolicyviolation` at the document (and logs a console error); the event
# carries what was blocked and by which directive, which makes a failure readable.
_CSP_LISTENER = """
document.addEventListener('securitypolicyviolation', (event) => {
  window.__reportCspViolation(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline code'}`
    + ` at ${event.sourceFile || document.location.href}:${event.lineNumber}`
    + (event.sample ? ` (${event.sample})` : ''));
}, true);
"""

# Material's result area says this, in the page's language, until the search index is loaded.
_SEARCH_INITIALIZING = re.compile("Initializing search|Инициализация поиска")


@dataclass
class Visit:
    """What one page load did, as text a failure message can show."""

    url: str
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    csp_violations: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    def foreign_requests(self, allowed_host: str) -> list[str]:
        """Requests that left the site: any URL with a host other than `allowed_host`."""
        return [url for url in self.requests if (urlsplit(url).hostname or allowed_host) != allowed_host]


class Tab:
    """One page, reused across visits, recording each visit (see the module docstring)."""

    def __init__(self, page: Page, base_url: str):
        self.page = page
        self.base_url = base_url
        self.latest = Visit(url=base_url)
        page.on("console", self._on_console)
        page.on("pageerror", lambda error: self.latest.page_errors.append(f"{error.name}: {error.message}"))
        page.on("request", lambda request: self.latest.requests.append(request.url))
        page.on("dialog", self._on_dialog)
        # Material's search runs in a worker; its errors are the page's errors too.
        page.on("worker", lambda worker: worker.on("console", self._on_console))
        page.expose_function("__reportCspViolation", lambda text: self.latest.csp_violations.append(text))
        page.add_init_script(_CSP_LISTENER)

    def _on_console(self, message: ConsoleMessage) -> None:
        if message.type == "error":
            where = message.location
            self.latest.console_errors.append(f"{message.text} ({where.get('url')}:{where.get('lineNumber')})")

    def _on_dialog(self, dialog: Dialog) -> None:
        self.latest.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()  # an open dialog would block the page for the rest of the session

    def visit(self, path: str) -> Visit:
        """Open `path` (relative to the site root), wait for its load event, and return the record of this visit."""
        self.latest = Visit(url=self.base_url + path)
        response = self.page.goto(self.latest.url)
        assert response is not None, f"{self.latest.url}: no response"
        assert response.ok, f"{self.latest.url}: HTTP {response.status}"
        return self.latest

    def wait_for_search_index(self) -> None:
        """Wait until Material's search worker has fetched and loaded the index (the page's last request)."""
        expect(self.page.locator(".md-search-result__meta")).not_to_have_text(_SEARCH_INITIALIZING)

    def type_into_search(self, query: str):
        """Type `query` into Material's search as a reader does; returns the locator of the result links."""
        self.wait_for_search_index()  # typing earlier finds nothing
        query_box = self.page.locator("input.md-search__input")
        query_box.click()
        query_box.fill("")
        query_box.press_sequentially(query)  # Material listens to key events; `fill` alone starts no search
        return self.page.locator(".md-search-result__list a.md-search-result__link")

    def search_result_paths(self, query: str, awaited_path: str) -> list[str]:
        """Search the current page for `query`; the paths (relative to the site root) of the pages found.

        Results arrive from the worker: this waits for `awaited_path` among them, or for the timeout.
        """
        links = self.type_into_search(query)
        # On a timeout the test's assertion says what was found instead.
        with contextlib.suppress(PlaywrightTimeoutError):
            links.and_(self.page.locator(f'[href*="/{awaited_path}"]')).first.wait_for(state="attached")
        site_root = urlsplit(self.base_url).path
        hrefs = links.evaluate_all("links => links.map(link => link.href)")
        return sorted({urlsplit(href).path.removeprefix(site_root) for href in hrefs})
