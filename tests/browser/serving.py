"""Serve a built site folder on 127.0.0.1 for the browser tests, and list the pages it holds.

Used by conftest.py (the real site) and test_xss.py (the fixture project built with hostile data).
"""

from __future__ import annotations

import contextlib
import functools
import re
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

HOST = "127.0.0.1"


class _QuietHandler(SimpleHTTPRequestHandler):
    """Serves files without logging each request to stderr (pytest would show the noise on failure)."""

    def log_message(self, format, *args):
        pass


@contextlib.contextmanager
def serve_folder(folder: Path) -> Iterator[str]:
    """Serve `folder` on a free port of 127.0.0.1 in a thread; yields the base URL, ending with '/'."""
    handler = functools.partial(_QuietHandler, directory=str(folder))
    server = ThreadingHTTPServer((HOST, 0), handler)
    thread = threading.Thread(target=server.serve_forever, name=f"serve {folder}", daemon=True)
    thread.start()
    try:
        yield f"http://{HOST}:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def page_paths(site: Path) -> list[str]:
    """Every page MkDocs wrote into `site`, as a URL path relative to the site root ('' is the home page).

    MkDocs writes each page as <url>/index.html; the sitemap lists nothing while site_url is unset,
    so the folder is the one listing that always holds every page (all languages included).
    """
    paths = [page.parent.relative_to(site).as_posix() for page in site.rglob("index.html")]
    return sorted("" if path == "." else f"{path}/" for path in paths)


def page_language(site: Path, path: str) -> str:
    """The language a built page declares in <html lang>, e.g. 'en' or 'ru' for the Russian edition."""
    html = (site / path / "index.html").read_text(encoding="utf-8")
    match = re.search(r'<html[^>]*\slang="([^"]+)"', html)
    assert match, f"/{path}: no lang attribute on <html>"
    return match.group(1)
