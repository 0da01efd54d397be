"""Ready-to-copy citations: "Cite this page" at the end of each area page, and "Cite this figure" for one fact.

`page_macros.cite_this` calls `cite_block`; `page_macros` adds `figure_citation` to each fact's section,
where each figure's provenance panel links to it ("Cite this figure"). Each gives
the full address (the fact's anchor for a figure), the date the data last changed and an access date,
as plain text in the reader's language; the element carries the same facts as data attributes, from
which the site's script (docs/assets/javascripts/cite.js) writes BibTeX and CSL-JSON beside the text
and puts the reader's own date as the access date. The server writes the build's date there, so a
reader without scripts still gets a complete citation.

The date of the data is the last change to the area's data file (its last git commit), or for a figure
the last commit that changed that fact (`changes.py`); without that history, the newest publication
date among the sources cited, and the text says which. The address is the page's full address when the
site's public address is known to the build (FACTSHEET_SITE_URL, see mkdocs.yml); otherwise the
page's path, and the text says so.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from urllib.parse import urlsplit

from macros.data.periods import Point
from macros.site.build_info import DataChange
from macros.site.formatting import format_long_date, format_point_in_sentence
from macros.site.html import Html, PageContext, concat, element, escape_for_page, fact_anchor
from macros.site.publishing_text import CITE_FIGURE_WORDS
from macros.site.text import CITATION_WORDS

HEADING_ID = "cite-this-page"
_SLOT = "\x00"  # where the access date goes, until it is known whether as text or as an element
KEY_PREFIX = "rukg-factsheet"  # BibTeX keys and CSL ids: rukg-factsheet-turnover, rukg-factsheet-trade.turnover


@dataclass(frozen=True)
class CitedPage:
    site_name: str
    title: str  # the page's title; for a figure, what it measures and its period
    url: str  # full address (with the fact's anchor for a figure), or the path when the address is unknown
    url_is_full: bool
    data_file: str  # e.g. data/trade.yaml
    change: DataChange
    accessed: dt.date | None = None  # the build's date; the reader's script replaces it with the reader's
    fact_id: str | None = None  # set for a figure

    @property
    def key(self) -> str:
        """One per cited work: the figure's fact id, or the page's last path segment ('turnover'), so
        that the pages of one area (which share a data file) never share a key in a bibliography."""
        page = urlsplit(self.url).path.strip("/").rsplit("/", 1)[-1]
        return f"{KEY_PREFIX}-{self.fact_id or page or self.data_file.rsplit('/', 1)[-1].removesuffix('.yaml')}"


def page_address(site_url: str | None, page_url: str) -> tuple[str, bool]:
    """The page's full address from `site_url`, else its path from the site root ('/trade/')."""
    if site_url:
        return site_url.rstrip("/") + "/" + page_url, True
    return "/" + page_url, False


def citation_date(when: Point, lang: str) -> str:
    """The date as the citation says it: '1 June 2025', '1 июня 2025 года'."""
    return format_point_in_sentence(when, lang)


def access_date(day: dt.date, lang: str) -> str:
    """'1 December 2026'; Russian citations write it as GOST does, '01.12.2026'."""
    return day.strftime("%d.%m.%Y") if lang == "ru" else format_long_date(day, lang)


def _accessed(cited: CitedPage) -> dt.date:
    return cited.accessed or dt.date.today()


def citation_text(cited: CitedPage, lang: str) -> str:
    """The citation as plain text, in the reader's language."""
    return str(_citation(cited, lang, access_date(_accessed(cited), lang)))


def _citation(cited: CitedPage, lang: str, accessed: object) -> Html:
    """The citation with `accessed` (text, or the element the script rewrites) in its place."""
    words = CITATION_WORDS[lang] if cited.fact_id is None else CITE_FIGURE_WORDS[lang]
    fields = {"site": cited.site_name, "title": cited.title, "url": cited.url, "fact": cited.fact_id or ""}
    changed = ""
    if cited.change.when is not None:
        changed = str(words["changed"]).format(date=citation_date(cited.change.when, lang))
    text = str(words["citation"]).format(changed=changed, accessed=_SLOT, **fields)
    before, _, after = text.partition(_SLOT)
    return concat(before, accessed, after)


def cite_data(cited: CitedPage) -> dict[str, str | None]:
    """What the script needs for BibTeX and CSL-JSON beyond the page itself, as the element's data
    attributes: its key (the BibTeX key and CSL id), its title and the date of its data. The script takes
    the address from the page (its canonical link, else the address it was opened at, with the fact's
    anchor for a figure), the fact from the section it is in, the language and site name from the head;
    the attributes stay short, as every fact has them."""
    changed = cited.change.when
    return {
        "data-cite": cited.key,
        "data-cite-title": cited.title,
        "data-cite-changed": changed.text if changed is not None else None,
    }


def _cite_paragraph(cited: CitedPage, lang: str) -> Html:
    day = _accessed(cited)
    accessed = element("time", {"class": "fs-accessed", "datetime": day.isoformat()}, access_date(day, lang))
    return element("p", {"class": "fs-cite-text"}, _citation(cited, lang, accessed))


def cite_block(page: PageContext, cited: CitedPage) -> Html:
    """A heading (so the block is in the page's contents) and the citation with what its date means."""
    text = CITATION_WORDS[page.lang]
    explanations = [str(text[cited.change.basis]).format(path=cited.data_file)]
    if not cited.url_is_full:
        explanations.append(text["no_site_url"])
    # The heading is Markdown, so that the table of contents lists it; its id follows in braces.
    heading = Html(f"## {escape_for_page(text['heading'])} {{#{HEADING_ID}}}\n\n")
    block = element(
        "div",
        {"class": "fs-cite", **cite_data(cited)},
        _cite_paragraph(cited, page.lang),
        element("p", {"class": "fs-cite-basis"}, " ".join(explanations)),
    )
    return concat(heading, block)


def figure_citation(page: PageContext, cited: CitedPage) -> Html:
    """ "Cite this figure": one fact's citation, folded, for its section; its id (the fact's anchor and
    '-cite') is what the figure's provenance panel links to."""
    anchor = {"id": f"{fact_anchor(cited.fact_id)}-cite"} if cited.fact_id else {}
    return element(
        "details",
        {"class": "fs-cite fs-cite-figure", **anchor, **cite_data(cited)},
        element("summary", None, CITE_FIGURE_WORDS[page.lang]["heading"]),
        _cite_paragraph(cited, page.lang),
    )
