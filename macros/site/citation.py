"""The "Cite this page" block at the end of each area page: a ready-to-copy citation and what its date means.

`page_macros.cite_this` calls `cite_block`. The date is the last change to the area's data file
(its last git commit) or, without that history, the newest publication date among the sources the
area cites; the text says which. The URL is the page's full address when `site_url` is set in
mkdocs.yml; otherwise the page's path, since the public address is not known to the build.
"""

from __future__ import annotations

from dataclasses import dataclass

from macros.data.periods import Point
from macros.site.build_info import DataChange
from macros.site.formatting import format_point_in_sentence
from macros.site.html import Html, PageContext, concat, element, escape_for_page
from macros.site.text import CITATION_WORDS

HEADING_ID = "cite-this-page"


@dataclass(frozen=True)
class CitedPage:
    site_name: str
    title: str
    url: str  # full address, or the page's path when the site's address is unknown
    url_is_full: bool
    data_file: str  # e.g. data/trade.yaml
    change: DataChange


def page_address(site_url: str | None, page_url: str) -> tuple[str, bool]:
    """The page's full address from `site_url`, else its path from the site root ('/trade/')."""
    if site_url:
        return site_url.rstrip("/") + "/" + page_url, True
    return "/" + page_url, False


def citation_date(when: Point, lang: str) -> str:
    """The date as the citation says it: '1 June 2025', '1 июня 2025 года'."""
    return format_point_in_sentence(when, lang)


def citation_text(cited: CitedPage, lang: str) -> str:
    """The citation as plain text, in the reader's language."""
    text = CITATION_WORDS[lang]
    if cited.change.when is None:
        return text["citation_undated"].format(site=cited.site_name, title=cited.title, url=cited.url)
    return text["citation"].format(
        site=cited.site_name, title=cited.title, url=cited.url, date=citation_date(cited.change.when, lang)
    )


def cite_block(page: PageContext, cited: CitedPage) -> Html:
    """A heading (so the block is in the page's contents) and the citation with what its date means."""
    text = CITATION_WORDS[page.lang]
    explanations = [text[cited.change.basis].format(path=cited.data_file)]
    if not cited.url_is_full:
        explanations.append(text["no_site_url"])
    # The heading is Markdown, so that the table of contents lists it; its id follows in braces.
    heading = Html(f"## {escape_for_page(text['heading'])} {{#{HEADING_ID}}}\n\n")
    block = element(
        "div",
        {"class": "fs-cite"},
        element("p", {"class": "fs-cite-text"}, citation_text(cited, page.lang)),
        element("p", {"class": "fs-cite-basis"}, " ".join(explanations)),
    )
    return concat(heading, block)
