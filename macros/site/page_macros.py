"""The macros editors call in docs/*.md. Each returns HTML built by `render.py`.

The first paragraph of each docstring is what an editor sees in the editors' guide (the
`macro_reference` macro lists them), so it is written for editors, with an example.
"""
from __future__ import annotations

import inspect
import re

from macros.site import citation

from macros.site import downloads as exports

from macros.site import render
from macros.site.build_info import Site, data_history, last_data_change
from macros.site.charts import ChartMaker, has_chart
from macros.site.edit_links import EditorLinks, fact_links
from macros.data.model import Dataset


# The macro reference (`macro_reference`) in each language. The English text is each macro's docstring;
# the Russian one is a summary of it, and the example is taken from the docstring, so it is written once.
# tests/test_editions.py fails while a macro has no Russian summary (the page shows the English one).
MACRO_TABLE_HEADER = {"en": ("Macro", "What it shows"), "ru": ("Макрос", "Что показывает")}
MACRO_SUMMARIES_RU = {
    "figure": "Цифра внутри предложения, с периодом, автором заявления и источником",
    "fact_label": "Название показателя на языке читателя, простым текстом",
    "fact": "Полный раздел показателя: заголовок, основная цифра, примечание и таблица всех приведённых значений",
    "observations": "Таблица всех значений, приведённых для одного показателя, от самого раннего периода",
    "area_facts": "Все показатели направления, каждый полным разделом, в порядке файла данных",
    "area_summary": "Таблица основных цифр направления, по строке на показатель",
    "area_events": "Таблица датированных событий направления, от самого раннего",
    "event_date": "Дата события внутри предложения, с источником",
    "event_title": "Название события на языке читателя, простым текстом",
    "visit_events": "Таблица всех событий с отметкой `state_visit_2025: true`, по датам",
    "timeline": "Все датированные события всех направлений, от самого раннего, с направлением и источником",
    "sources_list": "Все источники реестра, с адресом и ссылающимися на них показателями и событиями",
    "key_figures": "Карточки основных цифр, каждая со ссылкой на страницу своего направления",
    "source_count": "Число источников в реестре, числом в формате языка читателя",
    "fact_count": "Число показателей в данных, числом в формате языка читателя",
    "chart": "График цифр показателя по периодам, с пояснением, как его читать",
    "cite_this": "Готовая к копированию ссылка на страницу направления, с датой последнего изменения её данных",
    "downloads": "Список файлов данных, которые пишет каждая сборка, со ссылками, датой сборки и коммитом",
    "download_columns": "Таблица столбцов одного файла для скачивания и того, что в каждом из них",
    "macro_reference": "Эта таблица макросов с кратким описанием и примером",
}


class UnknownId(LookupError):
    """A page asks for a fact, event or area the data does not have (docscan reports it with a line first)."""


class PageMacros:
    """Binds the macros to one validated dataset and to a function that tells the current page."""

    names = ("figure", "fact_label", "fact", "observations", "area_facts", "area_summary", "area_events",
             "event_date", "event_title", "visit_events", "timeline", "sources_list", "key_figures",
             "source_count", "fact_count", "chart", "cite_this", "downloads", "download_columns",
             "macro_reference")

    def __init__(self, dataset: Dataset, current_page, site: Site | None = None,
                 links: EditorLinks | None = None):
        self.data = dataset
        self.links = links  # "edit this fact" / "report a problem"; None when mkdocs.yml names no repository
        self.current_page = current_page  # () -> render.Page
        self.site = site or Site()
        self.charts = ChartMaker()  # one per build: each chart is rendered once per language
        self._data_changes = {}  # area id -> buildinfo.DataChange
        self._history = None  # buildinfo.DataHistory: asked of git once per build, on the first cite_this()

    def _chart_html(self, page, fact) -> str:
        return self.charts.figure(page, fact) if has_chart(fact) else ""

    def _fact_extras(self, page, fact) -> str:
        return self._chart_html(page, fact) + fact_links(page, fact, self.links)

    def _fact(self, fact_id):
        try:
            return self.data.facts[fact_id]
        except KeyError:
            raise UnknownId(f"unknown fact {fact_id!r}") from None

    def _event(self, event_id):
        try:
            return self.data.events[event_id]
        except KeyError:
            raise UnknownId(f"unknown event {event_id!r}") from None

    def _area(self, area_id):
        try:
            return self.data.areas[area_id]
        except KeyError:
            raise UnknownId(f"unknown area {area_id!r}") from None

    def figure(self, fact_id: str, period: str | None = None) -> str:
        """A figure inside a sentence, with its period, who stated it and its source: `{{ figure("trade.turnover") }}`.

        Shows the headline observation, or the one for `period` (`{{ figure("trade.turnover", "2023") }}`).
        Where sources report a different value for the same period, they are shown right after it.
        """
        fact = self._fact(fact_id)
        if period is None:
            observation = fact.headline
        else:
            matches = fact.for_period(str(period))
            if not matches:
                raise UnknownId(f"fact {fact_id!r} has no observation for period {period!r}")
            observation = next((o for o in matches if o.headline), matches[0])
        return render.figure(self.current_page(), fact, observation)

    def fact_label(self, fact_id: str) -> str:
        """The name of a fact in the reader's language, as plain text: `{{ fact_label("trade.turnover") }}`."""
        return render.esc(self.current_page().text(self._fact(fact_id).label))

    def fact(self, fact_id: str) -> str:
        """A fact's full section: heading, headline figure, note and a table of every reported value: `{{ fact("trade.turnover") }}`."""
        page, fact = self.current_page(), self._fact(fact_id)
        return render.fact_block(page, fact, extras=self._fact_extras(page, fact))

    def observations(self, fact_id: str) -> str:
        """A table of every value reported for one fact, oldest period first: `{{ observations("trade.turnover") }}`."""
        return render.observations_table(self.current_page(), self._fact(fact_id))

    def area_facts(self, area_id: str) -> str:
        """Every fact of an area, each as a full section, in the order of its data file: `{{ area_facts("trade") }}`."""
        page = self.current_page()
        return "\n\n".join(render.fact_block(page, fact, extras=self._fact_extras(page, fact))
                           for fact in self._area(area_id).facts.values())

    def area_summary(self, area_id: str) -> str:
        """A one-line-per-fact table of an area's headline figures: `{{ area_summary("trade") }}`."""
        return render.facts_summary_table(self.current_page(), list(self._area(area_id).facts.values()))

    def area_events(self, area_id: str) -> str:
        """A table of an area's dated events, oldest first: `{{ area_events("security") }}`."""
        events = sorted(self._area(area_id).events.values(), key=lambda e: (e.date.first, e.id))
        return render.events_table(self.current_page(), events)

    def event_date(self, event_id: str) -> str:
        """The date of an event inside a sentence, with its source: `{{ event_date("diplomacy.state_visit") }}`."""
        event = self._event(event_id)
        page = self.current_page()
        sources = ", ".join(render.source_citation(page, s) for s in (event.source, *event.also_reported_by))
        return (f'<span class="fs-figure">{render.event_date_html(page, event)} <span class="fs-meta">('
                f'{render.esc(page.ui("source"))}: {sources})</span></span>')

    def event_title(self, event_id: str) -> str:
        """The title of an event in the reader's language, as plain text: `{{ event_title("diplomacy.state_visit") }}`."""
        return render.esc(self.current_page().text(self._event(event_id).title))

    def visit_events(self) -> str:
        """A table of everything marked `state_visit_2025: true`, in date order: `{{ visit_events() }}`."""
        events = [e for e in self.data.timeline() if e.state_visit_2025]
        return render.events_table(self.current_page(), events, with_area=True, areas=self.data.areas)

    def timeline(self) -> str:
        """Every dated event of every area, oldest first, with its area and source: `{{ timeline() }}`.

        Each title leads to the event's entry on its area's page, where its summary and quote are.
        """
        return render.events_table(self.current_page(), self.data.timeline(), with_area=True,
                                   areas=self.data.areas, css="fs-events fs-timeline", compact=True)

    def sources_list(self, first: str | None = None, last: str | None = None) -> str:
        """Every source in the registry, with its address and the facts and events that cite it: `{{ sources_list() }}`.

        A long registry spreads over pages by the first letter of the publisher: `{{ sources_list("0", "k") }}`
        on one page and `{{ sources_list("l", "я") }}` on another (digits sort before "a", Cyrillic after
        "z"); every link to a source then leads to the page that lists it.
        """
        return render.sources_list(self.current_page(), self.data, first, last)

    def key_figures(self, *fact_ids: str) -> str:
        """Cards of headline figures, each linking to its area page: `{{ key_figures("trade.turnover", "trade.russian_investment") }}`.

        Each card shows what the figure is, the value, its period, who stated it and its source, and
        any different figure reported for the same period.
        """
        page = self.current_page()
        cards = []
        for fact_id in fact_ids:
            fact = self._fact(fact_id)
            area = self.data.areas[fact.area]
            cards.append(
                f'<li class="fs-card" data-fact="{render.esc(fact.id)}">'
                f'<span class="fs-card-area">{render.esc(page.text(area.title))}</span>'
                f'<a class="fs-card-link" href="{render.esc(render.fact_link(page, fact))}">'
                f'<span class="fs-card-label">{render.esc(page.text(fact.label))}</span></a>'
                f'{render.figure(page, fact, fact.headline)}</li>')
        return '<ul class="fs-cards">' + "".join(cards) + "</ul>"

    def source_count(self) -> str:
        """How many sources the registry holds, as a number in the reader's language: `{{ source_count() }}`."""
        from babel.numbers import format_decimal
        return format_decimal(len(self.data.sources), locale=self.current_page().lang)

    def fact_count(self) -> str:
        """How many facts the data holds, as a number in the reader's language: `{{ fact_count() }}`."""
        from babel.numbers import format_decimal
        return format_decimal(len(self.data.facts), locale=self.current_page().lang)

    def chart(self, fact_id: str) -> str:
        """A chart of a fact's figures over time, with notes on how to read it: `{{ chart("trade.turnover") }}`.

        Only for facts with three or more periods; `fact` and `area_facts` already show it above the table.
        """
        fact = self._fact(fact_id)
        if not has_chart(fact):
            raise UnknownId(f"fact {fact_id!r} has {len(fact.periods)} period(s); a chart needs three or more")
        return self.charts.figure(self.current_page(), fact)

    def cite_this(self, area_id: str | None = None) -> str:
        """A ready-to-copy citation of an area page, dated by the last change to its data: `{{ cite_this() }}`.

        Put it at the end of an area page; it finds the area from the page (the area it summarises, else the one
        whose facts it shows), or name it: `{{ cite_this("trade") }}`.
        """
        page = self.current_page()
        if area_id is None:
            inside = page.url[len(page.language_prefix):] if page.url.startswith(page.language_prefix) else page.url
            area_id = page.homes.area_of_page(inside)
            if area_id is None:
                raise UnknownId(f"cite_this() on {page.url!r}, which is not the page of one area; expected it on an "
                                "area page, or an area id such as cite_this(\"trade\")")
        area = self._area(area_id)
        if area_id not in self._data_changes:
            if self._history is None:  # once per build, for every area's page
                self._history = self.site.git.history if self.site.git else data_history(self.site.root)
            self._data_changes[area_id] = last_data_change(self.site.root, self.data, area_id, self._history)
        url, full = citation.page_address(self.site.url, page.url)
        cited = citation.CitedPage(self.site.name, page.text(area.title), url, full, area.path,
                                   self._data_changes[area_id])
        return citation.cite_block(page, cited)

    def downloads(self) -> str:
        """The list of data files every build writes, with links and the build's date and commit: `{{ downloads() }}`.

        Put it on the Data page (docs/data.md), which sits beside the files.
        """
        page = self.current_page()
        folder = page.link(exports.DOWNLOAD_FOLDER + "/")
        return render.downloads_list(page, [(folder + name, name, page.text(doc))
                                            for name, doc in exports.DOWNLOADS.items()], self.site.stamp)

    def download_columns(self, file_name: str) -> str:
        """A table of the columns of one download and what each holds: `{{ download_columns("facts.csv") }}`."""
        columns = {"facts.csv": exports.FACT_COLUMNS, "sources.csv": exports.SOURCE_COLUMNS}
        if file_name not in columns:
            raise UnknownId(f"no download named {file_name!r}; expected one of {', '.join(columns)}")
        page = self.current_page()
        rows = [[f"<code>{render.esc(c.name)}</code>", render.esc(page.text(c.doc))]
                for c in columns[file_name] + exports.STAMP_COLUMNS]
        return render.table([page.ui("column"), page.ui("holds")], rows, css="fs-columns")

    def macro_reference(self) -> str:
        """A table of these macros with the first paragraph of their documentation: `{{ macro_reference() }}`."""
        lang = self.current_page().lang
        rows = []
        for name in self.names:
            doc = inspect.getdoc(getattr(self, name)) or ""
            first = doc.split("\n\n")[0].replace("\n", " ")
            if lang == "ru" and name in MACRO_SUMMARIES_RU:  # else the English text, until one is written
                example = re.findall(r"`(.+?)`", first)[-1]  # the usage example ends the first paragraph
                first = f"{MACRO_SUMMARIES_RU[name]}: `{example}`."
            # Docstrings show usage in `backticks`: render those as code, so template syntax in an
            # example stays an example and is never mistaken for (or rendered as) a macro call.
            rows.append([f"<code>{render.esc(name)}</code>",
                         re.sub(r"&#96;(.+?)&#96;", r"<code>\1</code>", render.esc(first))])
        return render.table(list(MACRO_TABLE_HEADER.get(lang, MACRO_TABLE_HEADER["en"])), rows, css="fs-macros")
