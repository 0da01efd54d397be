"""The list of sources on the Sources pages: each source with its publisher (in the reader's edition), its
kind of publication, the outlet a copy carries, its date, address and note, and what cites it.

`sources_list` is the entry point `page_macros.py` calls; the citations elsewhere link here.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from macros.data.model import Dataset, Fact, Source
from macros.site.commitment_links import citing_commitments
from macros.site.evidence import publisher_name, source_type_text
from macros.site.formatting import format_short_date
from macros.site.html import EMPTY, LINE_BREAK, Html, PageContext, concat, element, event_link, fact_link, join
from macros.site.page_text import SOURCE_LANGUAGES
from macros.site.source_names_text import via_name
from macros.site.sources_by_letter import in_letters


def _language(page: PageContext, code: str) -> str:
    """'in Russian', «на русском»; for a code the table does not know, 'language: xx'."""
    return SOURCE_LANGUAGES[page.lang].get(code) or f"{page.ui('language')}: {code}"


def _host(url: str) -> str:
    """What the list shows of an address: its host without 'www.' ('tass.com'); the whole URL is the link's."""
    try:
        host = urlsplit(url).hostname or url
    except ValueError:  # an address urlsplit cannot read (an unclosed IPv6 bracket): shown whole
        return url
    return host.removeprefix("www.")


def _meta(page: PageContext, source: Source) -> str:
    """'(news agency; 26 Nov 2025; in Russian; via TASS)'."""
    meta = [source_type_text(page, source), format_short_date(source.published, page.lang) or page.ui("undated")]
    if source.date_inferred:
        meta.append(page.ui("inferred"))
    meta.append(_language(page, source.language))
    if source.via:
        meta.append(f"{page.ui('via')} {via_name(page.lang, source.via, after_preposition=True)}")
    return f"({'; '.join(meta)})"


def _name(page: PageContext, source: Source) -> Html:
    """The publisher in the reader's edition; on Russian pages with the filing name beside it, since
    the list is filed by that name: «ТАСС (TASS)»."""
    name = publisher_name(page, source)
    if name == source.publisher:
        return element("strong", None, name)
    # The filing name is the outlet's own, in its own script: marked so, a screen reader reads it so.
    return element("strong", None, name, " (", element("span", {"lang": "en"}, source.publisher), ")")


def _address(page: PageContext, source: Source) -> Html:
    if not source.url:
        return element("span", {"class": "fs-no-url"}, page.ui("no_address"))
    # The host alone is shown, so a long address neither fills the line nor weighs twice in the page;
    # the link holds the whole address (and print shows it, factsheet.css).
    rel = "noopener noreferrer nofollow"
    return element("a", {"class": "fs-original", "href": source.url, "rel": rel}, _host(source.url))


def _source_entry(page: PageContext, dataset: Dataset, source: Source) -> Html:
    """One source in the list: publisher, title, type, date and language, address, note, and what cites it."""
    title = concat(" — ", element("cite", None, source.title)) if source.title else EMPTY
    note = concat(LINE_BREAK, element("span", {"class": "fs-note"}, page.text(source.note))) if source.note else EMPTY
    cited = [
        element("a", {"href": fact_link(page, item)}, page.text(item.label))
        if isinstance(item, Fact)
        else element("a", {"href": event_link(page, item)}, page.text(item.title))
        for item in dataset.citations(source.id)
    ] + citing_commitments(page, dataset, source.id)
    return element(
        "li",
        {"id": source.id, "class": "fs-source-entry", "data-type": source.type},
        _name(page, source),
        title,
        " ",
        element("span", {"class": "fs-meta"}, _meta(page, source)),
        LINE_BREAK,
        _address(page, source),
        note,
        LINE_BREAK,
        element("span", {"class": "fs-cited"}, f"{page.ui('cited_by')}: ", join(", ", cited)),
    )


def sources_list(page: PageContext, dataset: Dataset, first: str | None = None, last: str | None = None) -> Html:
    """The sources whose publishers are filed from letter `first` to `last` (None: no bound), alphabetically."""
    listed = [source for source in dataset.sources.values() if in_letters(source, first, last)]
    listed.sort(key=lambda s: (s.publisher.lower(), s.id))
    return element("ol", {"class": "fs-sources"}, join("\n", (_source_entry(page, dataset, s) for s in listed)))
