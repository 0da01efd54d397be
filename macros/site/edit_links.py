"""The "edit this fact" and "report a problem with this figure" links under each fact on an area page.

They point into the public repository named by one setting in mkdocs.yml:

    extra:
      repository: https://github.com/OWNER/NAME

"Edit this fact" opens the fact's YAML file at its line on the `main` branch (GitHub's pencil
button there opens the editor and, for an outsider, a fork and a pull request). "Report a
problem" opens the issue form `.github/ISSUE_TEMPLATE/report-a-figure.yml` with the fact id and
the page filled in. With the setting empty, no link is written. Either way the links are plain
anchors: no page calls any GitHub API (that is why the site leaves Material's `repo_url` unset).

`define_env` reads the setting with `editor_links`; `PageMacros` passes the result to `fact_links`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from macros.data.model import Fact, SourceLocation
from macros.data.problems import Problem, ProblemReport
from macros.site.html import EMPTY, Html, PageContext, element, fact_anchor
from macros.site.text import EDIT_LINK_WORDS

BRANCH = "main"
ISSUE_FORM = "report-a-figure.yml"  # in .github/ISSUE_TEMPLATE/; its inputs have the ids below
ISSUE_FIELDS = ("fact", "page")
_GITHUB_REPOSITORY = re.compile(r"https://github\.com/([A-Za-z0-9-]+)/([A-Za-z0-9._-]+?)(?:\.git)?/?")

ISSUE_TITLE = "Problem with"  # issue titles stay in English: the maintainers triage in one language


@dataclass(frozen=True)
class EditorLinks:
    repository: str  # https://github.com/OWNER/NAME, without a trailing slash
    site_url: str = ""  # the published site's address, so a report names the full page address

    def source_line(self, at: SourceLocation) -> str:
        return f"{self.repository}/blob/{BRANCH}/{at.path}#L{at.line}"

    def report_problem(self, fact_id: str, page_url: str) -> str:
        page = f"{self.site_url.rstrip('/')}/{page_url}" if self.site_url else page_url
        query = urlencode(
            {
                "template": ISSUE_FORM,
                "title": f"{ISSUE_TITLE} {fact_id}",
                "fact": fact_id,
                "page": f"{page}#{fact_anchor(fact_id)}",
            }
        )
        return f"{self.repository}/issues/new?{query}"


def editor_links(config: Mapping[str, Any]) -> EditorLinks | None:
    """The links' settings from the MkDocs configuration; None when `extra.repository` is empty.

    Raises ProblemReport (the build prints it and stops) for an address that is not a GitHub
    repository, so a typo does not publish a link to nowhere.
    """
    value = (config.get("extra") or {}).get("repository") or ""
    if not isinstance(value, str) or not value.strip():
        return None
    match = _GITHUB_REPOSITORY.fullmatch(value.strip())
    if not match:
        raise ProblemReport(
            [
                Problem(
                    "mkdocs.yml",
                    0,
                    "extra.repository",
                    f"{value!r} is not a GitHub repository "
                    "address; expected https://github.com/OWNER/NAME, or '' for no links",
                )
            ]
        )
    return EditorLinks(f"https://github.com/{match[1]}/{match[2]}", (config.get("site_url") or "").strip())


def fact_links(page: PageContext, fact: Fact, links: EditorLinks | None) -> Html:
    """The two links for one fact's section, or nothing when no repository is set."""
    if links is None:
        return EMPTY
    words = EDIT_LINK_WORDS[page.lang]
    where = f"{fact.origin.path}, {words['line']} {fact.origin.line}"
    edit = element("a", {"class": "fs-edit", "href": links.source_line(fact.origin), "title": where}, words["edit"])
    report = element("a", {"class": "fs-report", "href": links.report_problem(fact.id, page.url)}, words["report"])
    return element("p", {"class": "fs-edit-links"}, edit, " · ", report)


def commit_link(links: EditorLinks | None) -> Callable[[str], str | None]:
    """A commit's page in the public repository (the Changes page and feed link each commit there);
    with no repository set, no link."""
    return lambda commit: f"{links.repository}/commit/{commit}" if links is not None else None
