"""The Data page's list of downloads: every file with its format and size, the licence, and the page's
schema.org `Dataset` description for dataset search engines.

`page_macros.downloads` calls `data_files`. The files and their sizes come from the build's one
`DownloadFiles` (the very texts the build writes), so the sizes are exact. The `Dataset` JSON-LD is a
`<script type="application/ld+json">`: a data block, which browsers never run, so the page's
Content-Security-Policy (csp.py, which hashes every inline script) leaves it be.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

from babel.numbers import format_decimal

from macros.data.model import Dataset
from macros.site import downloads as exports
from macros.site.build_info import BuildStamp
from macros.site.data_package import DATA_LICENCE, DATA_LICENCE_SHORT
from macros.site.formatting import format_long_date
from macros.site.html import EMPTY, Html, PageContext, concat, element, table
from macros.site.publishing_text import DATA_FILE_WORDS

FORMATS: Mapping[str, tuple[str, str]] = MappingProxyType(  # suffix -> (what the page calls it, media type)
    {"csv": ("CSV", "text/csv"), "json": ("JSON", "application/json")}
)
# The countries the data covers, for the `Dataset`'s spatialCoverage, in each language of the site.
PLACES: Mapping[str, tuple[str, str]] = MappingProxyType({"en": ("Russia", "Kyrgyzstan"), "ru": ("Россия", "Киргизия")})
# Decimal file-size units, as file managers show them: bytes, kilobytes, megabytes.
SIZE_UNITS: Mapping[str, tuple[str, str, str]] = MappingProxyType(
    {"en": ("bytes", "KB", "MB"), "ru": ("байт", "КБ", "МБ")}
)


def file_size(size: int, lang: str) -> str:
    """'351 KB', '1.2 MB', '880 bytes' (decimal units, as file managers show them)."""
    units = SIZE_UNITS[lang]
    if size < 1000:
        return f"{format_decimal(size, locale=lang)}\u00a0{units[0]}"
    if size < 1_000_000:
        return f"{format_decimal(round(size / 1000), locale=lang)}\u00a0{units[1]}"
    return f"{format_decimal(round(size / 1_000_000, 1), locale=lang)}\u00a0{units[2]}"


def _download(page: PageContext, name: str, text: str) -> tuple[str, str, str]:
    """A written file's format ('CSV'), its link from this page and its size in the reader's words."""
    suffix = name.rpartition(".")[2]
    form = FORMATS.get(suffix, (suffix.upper(), ""))[0]
    return form, page.link(f"{exports.DOWNLOAD_FOLDER}/{name}"), file_size(len(text.encode("utf-8")), page.lang)


def _row(page: PageContext, name: str, text: str, holds: object) -> list[object]:
    form, href, size = _download(page, name, text)
    link = element("a", {"class": "fs-download", "href": href, "download": True}, element("code", None, name))
    return [link, form, size, holds]


def _files_table(page: PageContext, rows: list[list[object]], caption: str) -> Html:
    words = DATA_FILE_WORDS[page.lang]
    headers = [words["file"], words["format"], words["size"], words["holds"]]
    return table(headers, rows, caption=caption, css="fs-downloads")


def _fact_file_link(page: PageContext, name: str, text: str) -> Html:
    """'CSV, 2 KB' linking the file: a fact's two files share one row, so the page stays light."""
    form, href, size = _download(page, name, text)
    return element("a", {"class": "fs-download", "href": href, "download": True, "title": name}, f"{form}, {size}")


def _fact_files_table(page: PageContext, dataset: Dataset, files: Mapping[str, str]) -> Html:
    """One row per fact: its label, then its CSV and its JSON file (86 facts, two files each)."""
    words = DATA_FILE_WORDS[page.lang]
    rows: list[list[object]] = [
        [
            page.text(dataset.facts[stem.partition("/")[2]].label),
            *(_fact_file_link(page, f"{stem}.{suffix}", files[f"{stem}.{suffix}"]) for suffix in FORMATS),
        ]
        for stem in exports.fact_files(dataset)
    ]
    headers = [words["holds"], *(form for form, _ in FORMATS.values())]
    return table(headers, rows, caption=words["by_fact"], css="fs-downloads")


def licence(page: PageContext, site_name: str) -> Html:
    """The compilation's licence, linked, and what it does not cover."""
    words = DATA_FILE_WORDS[page.lang]
    link = element("a", {"href": DATA_LICENCE["path"], "rel": "license"}, DATA_LICENCE_SHORT)
    return element(
        "p", {"class": "fs-licence"}, words["licence"], " ", link, ". ", words["licence_rest"].format(site=site_name)
    )


def _stamp(page: PageContext, stamp: BuildStamp | None) -> Html:
    if stamp is None:
        return EMPTY
    commit = (
        concat(page.ui("from_commit"), " ", element("code", None, stamp.commit))
        if stamp.commit
        else page.ui("commit_unknown")
    )
    when = element("time", {"datetime": stamp.date.isoformat()}, format_long_date(stamp.date, page.lang))
    return element("p", {"class": "fs-build-stamp"}, f"{page.ui('built')} ", when, ", ", commit, ".")


def data_files(
    page: PageContext, dataset: Dataset, files: Mapping[str, str], stamp: BuildStamp | None, site: Any
) -> Html:
    """Every download: the whole data, each area's, each fact's, and the package that describes them."""
    words = DATA_FILE_WORDS[page.lang]
    whole = [_row(page, name, files[name], page.text(doc)) for name, doc in exports.DOWNLOADS.items() if name in files]
    whole.append(_row(page, exports.PACKAGE_FILE, files[exports.PACKAGE_FILE], words["package"]))
    areas = [
        _row(
            page, f"{stem}.{suffix}", files[f"{stem}.{suffix}"], page.text(dataset.areas[stem.partition("/")[2]].title)
        )
        for stem in exports.area_files(dataset)
        for suffix in ("csv", "json")
    ]
    by_fact = element(
        "details",
        {"class": "fs-downloads-facts"},
        element("summary", None, words["by_fact"]),
        _fact_files_table(page, dataset, files),
    )
    return concat(
        licence(page, site.name),
        _files_table(page, whole, words["all"]),
        _stamp(page, stamp),
        _files_table(page, areas, words["by_area"]),
        by_fact,
        dataset_json_ld(page, dataset, site),
    )


def _temporal_coverage(dataset: Dataset) -> str:
    observations = [o for fact in dataset.facts.values() for o in fact.observations]
    dated = [o.period for o in observations if not getattr(o.period, "is_undated", False)]
    return f"{min(p.first for p in dated).isoformat()}/{max(p.last for p in dated).isoformat()}" if dated else ""


def dataset_json_ld(page: PageContext, dataset: Dataset, site: Any) -> Html:
    """The schema.org `Dataset` of this page, for dataset search engines."""
    base = (site.url.rstrip("/") + "/" + page.language_prefix) if site.url else None

    def address(path: str) -> str:
        return base + path if base else page.link(path)

    distribution = [
        {
            "@type": "DataDownload",
            "encodingFormat": FORMATS[name.rpartition(".")[2]][1],
            "contentUrl": address(f"{exports.DOWNLOAD_FOLDER}/{name}"),
        }
        for name in (*exports.DOWNLOADS, exports.PACKAGE_FILE)
    ]
    described: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "Dataset",
        "name": site.name,
        "description": DATA_FILE_WORDS[page.lang]["description"],
        "inLanguage": page.lang,
        "license": DATA_LICENCE["path"],
        "isAccessibleForFree": True,
        "creator": {"@type": "Organization", "name": site.name, **({"url": base} if base else {})},
        "temporalCoverage": _temporal_coverage(dataset),
        "spatialCoverage": [{"@type": "Country", "name": name} for name in PLACES[page.lang]],
        "distribution": distribution,
    }
    if base:
        described["url"] = address(f"{exports.DOWNLOAD_FOLDER}/")
    if site.stamp is not None:
        described["version"] = site.stamp.date.isoformat()
    text = json.dumps(described, ensure_ascii=False).replace("</", "<\\/")
    return Html(f'\n\n<script type="application/ld+json">{text}</script>\n\n')
