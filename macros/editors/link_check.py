"""Does every source's web address still answer? `python -m macros links` calls `check_links`.

It requests each URL in data/sources.yaml once, so it runs only in the scheduled GitHub workflow
(`.github/workflows/scheduled.yml`), never in tests or on pull requests: it needs the network, and
a slow or blocking foreign site must not stop an editor's change.

Results are sorted into three kinds. Broken (404, 410, a host that no longer exists) fails the
run: the source needs an archived copy or a replacement. Unsure (401, 403, 429, server errors,
time-outs) is listed for a look by hand: many news sites refuse automated requests. Anything else
is fine.
"""

from __future__ import annotations

import socket
import urllib.error
import urllib.request
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from macros.data.model import Dataset

BROKEN_STATUSES = frozenset({404, 410})
USER_AGENT = "Mozilla/5.0 (compatible; fact-sheet-link-check)"
TIMEOUT_SECONDS = 30


@dataclass(frozen=True, order=True)
class LinkResult:
    path: str
    line: int
    source_id: str
    url: str
    kind: str  # "ok", "broken" or "unsure"
    detail: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.source_id}: {self.url} {self.detail}"


def fetch_status(url: str) -> int | str:
    """The HTTP status of `url` (after redirects), or a short text saying why there is none."""
    for method in ("HEAD", "GET"):  # some servers refuse HEAD; ask again the ordinary way
        request = urllib.request.Request(url, method=method, headers={"User-Agent": USER_AGENT})
        try:
            with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as response:
                return int(response.status)
        except urllib.error.HTTPError as error:
            if method == "HEAD" and error.code in (403, 405, 501):
                continue
            return error.code
        except urllib.error.URLError as error:
            reason = error.reason
            if isinstance(reason, socket.gaierror):
                return "host not found"
            return f"no answer ({reason})"
        except TimeoutError:
            return "timed out"
        except OSError as error:  # a reset connection, an SSL failure
            return f"no answer ({error})"
    return "no answer"


def classify(status: int | str) -> tuple[str, str]:
    if isinstance(status, int):
        if status in BROKEN_STATUSES:
            return "broken", f"answered {status}; expected the page, or an archived copy in `url`"
        if status >= 400:
            return "unsure", f"answered {status}; check it by hand (many sites refuse automated requests)"
        return "ok", f"answered {status}"
    if status == "host not found":
        return "broken", "host not found; expected a live address, or an archived copy in `url`"
    return "unsure", f"{status}; check it by hand"


def check_links(
    dataset: Dataset, fetch: Callable[[str], int | str] = fetch_status, workers: int = 8
) -> list[LinkResult]:
    """A LinkResult for each source with an address, sorted by file and line."""
    sources = [(source, source.url) for source in dataset.sources.values() if source.url]
    with ThreadPoolExecutor(max_workers=workers) as pool:
        statuses = list(pool.map(fetch, (url for _, url in sources)))
    return sorted(
        LinkResult(source.origin.path, source.origin.line, source.id, url, *classify(status))
        for (source, url), status in zip(sources, statuses, strict=True)
    )


def format_links(results: list[LinkResult]) -> str:
    """The report: the broken links, those to check by hand, then how many answered OK."""
    lines: list[str] = []
    for kind, heading in (("broken", "Broken source links"), ("unsure", "Source links to check by hand")):
        group = [result for result in results if result.kind == kind]
        if group:
            lines += [f"{heading} ({len(group)}):", *(str(result) for result in group), ""]
    ok = sum(result.kind == "ok" for result in results)
    lines.append(f"{ok} of {len(results)} source links answered OK")
    return "\n".join(lines) + "\n"
