"""The "Cite this page" block at the end of each area page: a ready-to-copy citation and what its date means.

`pagemacros.cite_this` calls `cite_block`. The date is the last change to the area's data file
(its last git commit) or, without that history, the newest publication date among the sources the
area cites; the text says which. The URL is the page's full address when `site_url` is set in
mkdocs.yml; otherwise the page's path, since the public address is not known to the build.
"""
from __future__ import annotations

from dataclasses import dataclass

from macros.site.build_info import DataChange
from macros.site.formatting import format_point_in_sentence
from macros.data.periods import Point
from macros.site.render import Page, esc

TEXT = {
    "en": {
        "heading": "Cite this page",
        "citation": "{site}. “{title}”. Data last changed {date}. {url}",
        "citation_undated": "{site}. “{title}”. {url}",
        "commit": "The date is that of the latest recorded change to this page's data file, {path}.",
        "sources": "The date is the newest publication date among the sources this page cites, because "
                   "the history of its data file, {path}, was not available to this build (or the file had "
                   "unrecorded changes).",
        "none": "No date is given: neither the history of {path} nor a dated source was available.",
        "no_site_url": "This build does not know the site's public address, so the citation ends with the "
                       "page's path; put the address from your browser in its place.",
    },
    "ru": {
        "heading": "Как цитировать эту страницу",
        "citation": "{site}. «{title}». Данные изменены: {date}. {url}",
        "citation_undated": "{site}. «{title}». {url}",
        "commit": "Дата — последнего зафиксированного изменения файла данных этой страницы, {path}.",
        "sources": "Дата — самая поздняя дата публикации среди источников этой страницы: история файла данных "
                   "{path} при сборке была недоступна (или в файле были незафиксированные изменения).",
        "none": "Дата не указана: нет ни истории файла {path}, ни датированных источников.",
        "no_site_url": "Сборке неизвестен публичный адрес сайта, поэтому в конце ссылки стоит путь страницы; "
                       "замените его адресом из браузера.",
    },
}
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
    text = TEXT[lang]
    if cited.change.when is None:
        return text["citation_undated"].format(site=cited.site_name, title=cited.title, url=cited.url)
    return text["citation"].format(site=cited.site_name, title=cited.title, url=cited.url,
                                   date=citation_date(cited.change.when, lang))


def cite_block(page: Page, cited: CitedPage) -> str:
    """A heading (so the block is in the page's contents) and the citation with what its date means."""
    text = TEXT[page.lang]
    explanations = [text[cited.change.basis].format(path=cited.data_file)]
    if not cited.url_is_full:
        explanations.append(text["no_site_url"])
    return (f"## {esc(text['heading'])} {{#{HEADING_ID}}}\n\n"
            f'<div class="fs-cite"><p class="fs-cite-text">{esc(citation_text(cited, page.lang))}</p>'
            f'<p class="fs-cite-basis">{esc(" ".join(explanations))}</p></div>')
