"""HTML for figures, tables, the timeline and the source list. Every data value is escaped here.

Output is HTML that Python-Markdown passes through. `esc` also neutralises Markdown's own special
characters, so a value such as `<script>` or `*text*` reaches the reader as typed, never as markup.
Links are relative to the current page, so the same HTML works under `/` and under `/ru/`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from macros.site.formatting import format_long_date, format_period, format_short_date, format_value
from macros.site.page_index import Homes, in_letters
from macros.data.model import Dataset, Event, Fact, Observation, Source, Speaker


UI = {
    "en": {
        "according_to": "according to", "source": "source", "source_col": "Source",
        "period": "Period", "figure": "Figure", "stated_by": "Stated by", "note": "Note", "fact": "Fact",
        "date": "Date", "event": "Event", "planned": "planned", "other_reports": "Other reports for", "see_table": "(every source in the table)",
        "other_dates": "Other sources give", "undated": "undated", "inferred": "date inferred",
        "open_original": "open the original page", "no_address": "no web address preserved",
        "cited_by": "Cited by", "language": "language", "via": "via",
        "quote": "Quote", "gloss": "gloss", "all_reports": "All reported values", "area": "Area",
        "column": "Column", "holds": "What it holds", "built": "These files were built on",
        "from_commit": "from commit", "commit_unknown": "the commit is not known to this build",
    },
    "ru": {
        "according_to": "данные приводит", "source": "источник", "source_col": "Источник",
        "period": "Период", "figure": "Значение", "stated_by": "Кто заявил", "note": "Примечание", "fact": "Показатель",
        "date": "Дата", "event": "Событие", "planned": "запланировано", "other_reports": "Другие данные за", "see_table": "(все источники — в таблице)",
        "other_dates": "Другие источники называют", "undated": "без даты", "inferred": "дата установлена по контексту",
        "open_original": "открыть исходную страницу", "no_address": "веб-адрес не сохранился",
        "cited_by": "На него ссылаются", "language": "язык", "via": "через",
        "quote": "Цитата", "gloss": "перевод", "all_reports": "Все приведённые значения", "area": "Раздел",
        "column": "Столбец", "holds": "Что содержит", "built": "Файлы собраны",
        "from_commit": "из коммита", "commit_unknown": "коммит сборке неизвестен",
    },
}
# One pass over the characters: HTML's specials, then Markdown's and Jinja's, each to an entity.
# (Escaping in two passes would escape the '#' of the entities the first pass wrote.)
_ESCAPES = str.maketrans({
    "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;",
    "*": "&#42;", "_": "&#95;", "`": "&#96;", "[": "&#91;", "]": "&#93;", "{": "&#123;", "}": "&#125;",
    "#": "&#35;", "|": "&#124;", "\\": "&#92;", "~": "&#126;",
})


_NEEDS_ESCAPE = re.compile("[" + re.escape("".join(map(chr, _ESCAPES))) + "]")


def esc(value) -> str:
    """HTML-escape a value and neutralise Markdown and Jinja syntax inside it."""
    text = str(value)
    # Most texts need nothing: finding that out in C is several times faster than translating them.
    return text.translate(_ESCAPES) if _NEEDS_ESCAPE.search(text) else text


@dataclass(frozen=True)
class Page:
    """Where the HTML is going: the reader's language and the page's URL relative to the site root."""

    lang: str = "en"
    url: str = ""  # e.g. "trade/" or "ru/trade/"
    language_prefix: str = ""  # "" for the default language, "ru/" for Russian
    homes: Homes = field(default_factory=Homes)  # where each fact and event is shown in full

    def link(self, target: str) -> str:
        """A relative link from this page to `target` (a path within this page's language)."""
        inside = self.url[len(self.language_prefix):] if self.url.startswith(self.language_prefix) else self.url
        depth = inside.count("/")
        return ("../" * depth) + target if (depth or target) else "./"

    def ui(self, key: str) -> str:
        return UI[self.lang][key]

    def text(self, localized: dict | None) -> str:
        return localized[self.lang] if localized else ""


def fact_anchor(fact_id: str) -> str:
    return "fact-" + fact_id.replace(".", "-").replace("_", "-")


def event_anchor(event_id: str) -> str:
    return "event-" + event_id.replace(".", "-").replace("_", "-")


def fact_link(page: Page, fact: Fact) -> str:
    return page.link(page.homes.fact_page(fact)) + "#" + fact_anchor(fact.id)


def event_link(page: Page, event: Event) -> str:
    return page.link(page.homes.event_page(event)) + "#" + event_anchor(event.id)


def area_link(page: Page, area) -> str:
    return page.link(page.homes.area_page(area))


def source_citation(page: Page, source: Source, original: bool = True) -> str:
    """'TRT World, 26 Nov 2025' linked to the sources page, then (`original`) ↗ to the original page."""
    return _source_citation(page.lang, page.link(page.homes.source_page(source)), source.id, source.publisher,
                            source.published, source.url if original else None)


@lru_cache(maxsize=4096)
def _source_citation(lang: str, list_href: str, source_id: str, publisher: str, published, url: str | None) -> str:
    # A source is cited many times on a page and across pages, always alike from the same depth: the
    # HTML is made once (it depends on nothing but these arguments).
    label = publisher
    date = format_short_date(published, lang)
    if date:
        label += f", {date}"
    # Kept lean: a long page cites a hundred sources, so every attribute here is paid for many times.
    # The page's referrer policy already covers what rel="noreferrer" would.
    inner = f'<a class="fs-source" href="{esc(list_href)}#{esc(source_id)}">{esc(label)}</a>'
    if url:
        inner += (f' <a class="fs-original" href="{esc(url)}" '
                  f'aria-label="{esc(UI[lang]["open_original"])}: {esc(publisher)}">↗</a>')
    return inner


def speaker_text(page: Page, speaker: Speaker | None) -> str:
    if speaker is None:
        return ""
    name = page.text(speaker.name)
    role = page.text(speaker.role)
    return f"{name}, {role}" if role else name


def value_html(page: Page, fact: Fact, observation: Observation) -> str:
    text = format_value(observation.value, fact.unit, observation.qualifier, page.lang)
    return (f'<strong class="fs-value" data-fact="{esc(fact.id)}" data-period="{esc(observation.period.text)}" '
            f'data-value="{esc(observation.value)}" data-qualifier="{esc(observation.qualifier)}">{esc(text)}</strong>')


def attribution(page: Page, observation: Observation, with_period=True) -> str:
    """'(2024; according to …; TRT World, 26 Nov 2025 ↗)' for one observation."""
    parts = []
    if with_period:
        parts.append(f'<span class="fs-period">{esc(format_period(observation.period, page.lang))}</span>')
    if observation.stated_by:
        parts.append(f'<span class="fs-speaker" data-side="{esc(observation.stated_by.side)}">'
                     f'{esc(page.ui("according_to"))} {esc(speaker_text(page, observation.stated_by))}</span>')
    sources = [source_citation(page, observation.source)]
    sources += [source_citation(page, other) for other in observation.also_reported_by]
    parts.append(f'{esc(page.ui("source"))}: ' + ", ".join(sources))
    return '<span class="fs-meta">(' + "; ".join(parts) + ")</span>"


def differing_values(page: Page, fact: Fact, observation: Observation, target: str) -> str:
    """'Other reports for 2024: $3.2 billion, almost $4 billion (every source in the table)': the
    figures only, where the table at `target` attributes each of them."""
    differing = fact.differing_reports(observation)
    if not differing:
        return ""
    values = ", ".join(value_html(page, fact, other) for other in differing)
    return (f'<span class="fs-differs">{esc(page.ui("other_reports"))} '
            f'{esc(format_period(observation.period, page.lang))}: {values} '
            f'<a href="{esc(target)}">{esc(page.ui("see_table"))}</a></span>')


def figure(page: Page, fact: Fact, observation: Observation, compact: bool = False) -> str:
    """One figure with its period, speaker and source, and any differing report for that period:
    in full inline, or `compact` (values only) in its fact's section, above the table of them all."""
    out = f'<span class="fs-figure">{value_html(page, fact, observation)} {attribution(page, observation)}'
    if compact:
        differing = differing_values(page, fact, observation, f"#{fact_anchor(fact.id)}-all")
        return out + (f" {differing}" if differing else "") + "</span>"
    differing = fact.differing_reports(observation)
    if differing:
        items = [f"{value_html(page, fact, other)} {attribution(page, other, with_period=False)}"
                 for other in differing]
        out += (f' <span class="fs-differs">{esc(page.ui("other_reports"))} '
                f'{esc(format_period(observation.period, page.lang))}: ' + "; ".join(items) + "</span>")
    return out + "</span>"


def quote_html(page: Page, quote: str | None, gloss: str | None, language: str) -> str:
    if not quote:
        return ""
    out = f'<q class="fs-quote" lang="{esc(language)}">{esc(quote)}</q>'
    if gloss and page.lang == "en":
        out += f' <span class="fs-gloss">[{esc(page.ui("gloss"))}: {esc(gloss)}]</span>'
    return out


def table(headers: list, rows: list, caption: str = "", css: str = "", anchor: str = "") -> str:
    head = "".join(f'<th scope="col">{esc(h)}</th>' for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
    cap = f"<caption>{esc(caption)}</caption>" if caption else ""
    ident = f' id="{anchor}"' if anchor else ""
    return (f'<div class="fs-table-wrap"{ident} tabindex="0"><table class="fs-table {css}">{cap}<thead><tr>{head}'
            f"</tr></thead><tbody>{body}</tbody></table></div>")


def observations_table(page: Page, fact: Fact) -> str:
    rows = []
    ordered = sorted(fact.observations, key=lambda o: (o.period.first, o.period.last))
    for observation in ordered:
        note = esc(page.text(observation.note))
        quote = quote_html(page, observation.quote, observation.quote_gloss, observation.source.language)
        # Rows link to the sources page only (which links the original): the figure above the table
        # carries the ↗, and a hundred more of them would double the weight of a long page.
        sources = ", ".join(source_citation(page, s, original=False)
                            for s in (observation.source, *observation.also_reported_by))
        rows.append([
            esc(format_period(observation.period, page.lang)),
            value_html(page, fact, observation),
            esc(speaker_text(page, observation.stated_by)),
            sources,
            " ".join(part for part in (note, quote) if part),
        ])
    headers = [page.ui(k) for k in ("period", "figure", "stated_by", "source_col", "note")]
    return table(headers, rows, caption=f"{page.text(fact.label)}: {page.ui('all_reports')}", css="fs-observations",
                 anchor=f"{fact_anchor(fact.id)}-all")


def fact_block(page: Page, fact: Fact, extras: str = "") -> str:
    """A fact's section on its area page: heading, headline figure, note, every observation."""
    headline = fact.headline
    parts = [f'<section class="fs-fact" id="{fact_anchor(fact.id)}" data-fact="{esc(fact.id)}">',
             f'<h3>{esc(page.text(fact.label))}</h3>',
             f'<p class="fs-headline">{figure(page, fact, headline, compact=len(fact.observations) > 1)}</p>']
    if fact.note:
        parts.append(f'<p class="fs-note">{esc(page.text(fact.note))}</p>')
    if extras:
        parts.append(extras)
    if len(fact.observations) > 1:
        parts.append(observations_table(page, fact))
    else:
        quote = quote_html(page, headline.quote, headline.quote_gloss, headline.source.language)
        if quote:
            parts.append(f'<p class="fs-evidence">{esc(page.ui("quote"))}: {quote}</p>')
    parts.append("</section>")
    return "\n".join(parts)


def facts_summary_table(page: Page, facts: list) -> str:
    rows = []
    for fact in facts:
        headline = fact.headline
        # A disputed figure is never shown alone; its section's table attributes each one.
        differing = differing_values(page, fact, headline, fact_link(page, fact) + "-all")
        figure_cell = value_html(page, fact, headline) + (f"<br>{differing}" if differing else "")
        rows.append([
            f'<a href="{esc(fact_link(page, fact))}">{esc(page.text(fact.label))}</a>',
            figure_cell,
            esc(format_period(headline.period, page.lang)),
            esc(speaker_text(page, headline.stated_by)),
            source_citation(page, headline.source),
        ])
    headers = [page.ui(k) for k in ("fact", "figure", "period", "stated_by", "source_col")]
    return table(headers, rows, css="fs-summary")


def event_date_html(page: Page, event: Event) -> str:
    text = format_period(event.date, page.lang)
    out = f'<time datetime="{esc(event.date.first.isoformat())}">{esc(text)}</time>'
    if event.planned:
        out += f' <span class="fs-planned">({esc(page.ui("planned"))})</span>'
    return out


def event_row(page: Page, event: Event, with_area: bool = False, areas: dict | None = None,
              compact: bool = False) -> list:
    """A table row for an event. `compact` (the timeline): the title leads to the event's entry on its
    own page, which has the summary and quote; the row keeps its date, other dates and sources."""
    title = esc(page.text(event.title))
    home = page.homes.event_page(event)
    inside = page.url[len(page.language_prefix):] if page.url.startswith(page.language_prefix) else page.url
    compact = compact and home != inside
    if compact:
        title = f'<a href="{esc(event_link(page, event))}">{title}</a>'
    description = f'<strong id="{event_anchor(event.id)}">{title}</strong>'
    if event.summary and not compact:
        description += f"<br>{esc(page.text(event.summary))}"
    quote = "" if compact else quote_html(page, event.quote, event.quote_gloss, event.source.language)
    if quote:
        description += f"<br>{quote}"
    if event.other_dates:
        others = "; ".join(
            f'{esc(format_period(other.date, page.lang))} ({source_citation(page, other.source)})'
            + (f" {esc(page.text(other.note))}" if other.note else "")
            for other in event.other_dates)
        description += f'<br><span class="fs-differs">{esc(page.ui("other_dates"))}: {others}</span>'
    row = [event_date_html(page, event), description]
    if with_area and areas is not None:
        area = areas[event.area]
        row.append(f'<a href="{esc(area_link(page, area))}">{esc(page.text(area.title))}</a>')
    row.append(", ".join(source_citation(page, s) for s in (event.source, *event.also_reported_by)))
    return row


def events_table(page: Page, events: list, with_area=False, areas=None, css="fs-events", compact=False) -> str:
    keys = ["date", "event"] + (["area"] if with_area else []) + ["source_col"]
    rows = [event_row(page, event, with_area, areas, compact) for event in events]
    return table([page.ui(k) for k in keys], rows, css=css)


def sources_list(page: Page, dataset: Dataset, first: str | None = None, last: str | None = None) -> str:
    """The sources whose publishers are filed from letter `first` to `last` (None: no bound), alphabetically."""
    items = []
    listed = [source for source in dataset.sources.values() if in_letters(source, first, last)]
    for source in sorted(listed, key=lambda s: (s.publisher.lower(), s.id)):
        meta = [format_short_date(source.published, page.lang) or page.ui("undated")]
        if source.date_inferred:
            meta.append(page.ui("inferred"))
        meta.append(f'{page.ui("language")}: {source.language}')
        if source.via:
            meta.append(f'{page.ui("via")} {source.via}')
        title = f" — <cite>{esc(source.title)}</cite>" if source.title else ""
        if source.url:
            address = (f'<a class="fs-original" href="{esc(source.url)}" rel="noopener noreferrer nofollow">'
                       f'<span class="fs-url">{esc(source.url)}</span></a>')
        else:
            address = f'<span class="fs-no-url">{esc(page.ui("no_address"))}</span>'
        cited = []
        for item in dataset.citations(source.id):
            if isinstance(item, Fact):
                cited.append(f'<a href="{esc(fact_link(page, item))}">{esc(page.text(item.label))}</a>')
            else:
                cited.append(f'<a href="{esc(event_link(page, item))}">{esc(page.text(item.title))}</a>')
        note = f'<br><span class="fs-note">{esc(page.text(source.note))}</span>' if source.note else ""
        items.append(
            f'<li id="{esc(source.id)}" class="fs-source-entry"><strong>{esc(source.publisher)}</strong>{title} '
            f'<span class="fs-meta">({esc("; ".join(meta))})</span><br>{address}{note}<br>'
            f'<span class="fs-cited">{esc(page.ui("cited_by"))}: {", ".join(cited)}</span></li>')
    return '<ol class="fs-sources">' + "\n".join(items) + "</ol>"


def downloads_list(page: Page, files: list, stamp) -> str:
    """Links to the data files, (href, name, what it holds) each, and the build date and commit they carry."""
    items = "".join(f'<li><a class="fs-download" href="{esc(href)}" download><code>{esc(name)}</code></a> — '
                    f"{esc(doc)}</li>" for href, name, doc in files)
    out = f'<ul class="fs-downloads">{items}</ul>'
    if stamp is not None:
        commit = (f'{esc(page.ui("from_commit"))} <code>{esc(stamp.commit)}</code>' if stamp.commit
                  else esc(page.ui("commit_unknown")))
        out += (f'<p class="fs-build-stamp">{esc(page.ui("built"))} '
                f'<time datetime="{stamp.date.isoformat()}">{esc(format_long_date(stamp.date, page.lang))}</time>, '
                f"{commit}.</p>")
    return out
