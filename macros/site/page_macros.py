"""The macros editors call in docs/*.md. Each looks up what it is asked for and returns HTML built by
`figures.py`, `event_dates.py`, `fact_blocks.py` and the other modules named in each import below.

Each macro is a method declared with `@macro(...)` (macro_registry.py): what its arguments name, what
it shows in full, and its summary in Russian. `MACROS`, read from those declarations, is the one list
of macros: define_env registers it, the scan of docs/ and the page index read it, and so does
`macro_reference`. The first paragraph of each docstring is what an editor sees in the editors' guide
(the `macro_reference` macro lists them), so it is written for editors, with an example.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TypeVar

from babel.numbers import format_decimal

from macros.data.model import Dataset, Fact
from macros.site import change_notes, citation, data_page, event_dates, figures, html, source_list
from macros.site import commitments as tracker
from macros.site import disagreements as disputes
from macros.site import downloads as exports
from macros.site.build_info import (
    DataChange,
    DataHistory,
    GitFacts,
    Site,
    build_stamp,
    data_history,
    last_data_change,
)
from macros.site.changes import ChangeLog
from macros.site.charts import ChartMaker, has_chart
from macros.site.commitment_downloads import COMMITMENT_COLUMNS
from macros.site.download_columns import FACT_COLUMNS, SOURCE_COLUMNS, STAMP_COLUMNS
from macros.site.edit_links import EditorLinks, commit_link, fact_links
from macros.site.event_lists import area_name, events_list
from macros.site.fact_block_text import TABLE_CAPTIONS
from macros.site.fact_blocks import fact_block
from macros.site.fact_notes import fact_notes
from macros.site.glossary import GLOSSARY_PATH, glossary_table, load_glossary
from macros.site.key_figure_cards import key_figure_cards
from macros.site.layout_macros import LayoutMacros
from macros.site.macro_reference import macro_table
from macros.site.macro_registry import MacroEntry, macro, registry_of
from macros.site.observation_tables import facts_summary_table, observations_table
from macros.site.timeline import timeline as timeline_html

Found = TypeVar("Found")


class UnknownId(LookupError):
    """A page asks for a fact, event or area the data does not have (docs_scan.py reports it with a line first)."""


def _known(table: Mapping[str, Found], kind: str, ident: str) -> Found:
    """The fact, event or area `ident` names; UnknownId when the data has no such `kind`."""
    try:
        return table[ident]
    except KeyError:
        raise UnknownId(f"unknown {kind} {ident!r}") from None


class PageMacros(LayoutMacros):  # the macros that lay out the home page and an area page's end: layout_macros.py
    """Binds the macros to one validated dataset and to a function that tells the current page."""

    def __init__(
        self,
        dataset: Dataset,
        current_page: Callable[[], html.PageContext],
        site: Site | None = None,
        links: EditorLinks | None = None,
    ) -> None:
        self.data = dataset
        self.links = links  # "edit this fact" / "report a problem"; None when mkdocs.yml names no repository
        self.current_page = current_page
        self.site = site or Site()
        self.charts = ChartMaker(dataset.events)  # one per build: each chart is rendered once per language
        self._data_changes: dict[str, DataChange] = {}  # area id -> when its data last changed
        self._history: DataHistory | None = None  # asked of git once per build, on the first cite_this()

    def _fact_block(self, page: html.PageContext, fact: Fact) -> html.Html:
        """A fact's block (fact_blocks.py): its chart in the Chart view, then its edit links and citation."""
        chart = self.charts.figure(page, fact) if has_chart(fact) else html.EMPTY
        notes = fact_notes(page, fact, self.site, self.data, self._change_log(), self._area_change(fact.area))
        return fact_block(page, fact, chart=chart, after=html.concat(fact_links(page, fact, self.links), notes))

    def _change_log(self) -> ChangeLog:
        """data/'s history commit by commit, asked of git once per build (GitFacts keeps it)."""
        return self.site.git.change_log if self.site.git else GitFacts(self.site.root).change_log

    def _area_change(self, area_id: str) -> DataChange:
        """When an area's data last changed, asked of git once per build for every area."""
        if area_id not in self._data_changes:
            if self._history is None:
                self._history = self.site.git.history if self.site.git else data_history(self.site.root)
            self._data_changes[area_id] = last_data_change(self.site.root, self.data, area_id, self._history)
        return self._data_changes[area_id]

    @macro(takes="fact", ru="Цифра внутри предложения, с периодом, автором заявления и источником")
    def figure(self, fact_id: str, period: str | None = None) -> html.Html:
        """A figure inside a sentence, with its period, who stated it and its source: `{{ figure("trade.turnover") }}`.

        Shows the headline observation, or the one for `period` (`{{ figure("trade.turnover", "2023") }}`).
        Other reports for the same period are listed in the panel its control opens (provenance.py).
        """
        fact = _known(self.data.facts, "fact", fact_id)
        if period is None:
            observation = fact.shown  # the headline; for a fact known only from copies, marked as such
        else:
            matches = fact.for_period(str(period))
            if not matches:
                raise UnknownId(f"fact {fact_id!r} has no observation for period {period!r}")
            observation = next((o for o in matches if o.headline), matches[0])
        return figures.figure(self.current_page(), fact, observation)

    @macro(takes="fact", ru="Название показателя на языке читателя, простым текстом")
    def fact_label(self, fact_id: str) -> html.Html:
        """The name of a fact in the reader's language, as plain text: `{{ fact_label("trade.turnover") }}`."""
        return html.escape_for_page(self.current_page().text(_known(self.data.facts, "fact", fact_id).label))

    @macro(
        takes="fact",
        shows="fact",
        ru="Полный раздел показателя: заголовок, основная цифра, примечание и таблица всех приведённых значений",
    )
    def fact(self, fact_id: str) -> html.Html:
        """A fact's full section: heading, headline figure, note and a table of every reported value:
        `{{ fact("trade.turnover") }}`."""
        return self._fact_block(self.current_page(), _known(self.data.facts, "fact", fact_id))

    @macro(takes="fact", ru="Таблица всех значений, приведённых для одного показателя, от самого раннего периода")
    def observations(self, fact_id: str) -> html.Html:
        """A table of every value reported for one fact, oldest period first: `{{ observations("trade.turnover") }}`."""
        return observations_table(self.current_page(), _known(self.data.facts, "fact", fact_id))

    @macro(
        takes="area",
        shows="area_facts",
        ru="Все показатели направления, каждый полным разделом, в порядке файла данных",
    )
    def area_facts(self, area_id: str) -> html.Html:
        """Every fact of an area, each as a full section, in the order of its data file: `{{ area_facts("trade") }}`."""
        page = self.current_page()
        return html.join(
            "\n\n",
            (self._fact_block(page, fact) for fact in _known(self.data.areas, "area", area_id).facts.values()),
        )

    @macro(takes="area", shows="area_summary", ru="Таблица основных цифр направления, по строке на показатель")
    def area_summary(self, area_id: str) -> html.Html:
        """A one-line-per-fact table of an area's headline figures: `{{ area_summary("trade") }}`."""
        area, page = _known(self.data.areas, "area", area_id), self.current_page()
        return facts_summary_table(page, area.facts.values(), area_name(page, area))

    @macro(takes="area", ru="До трёх строк о показателях направления, по которым источники расходятся сильнее всего")
    def disagreements(self, area_id: str) -> html.Html:
        """Where the sources disagree: up to three one-line links to an area's facts whose reports for the headline
        period differ, widest spread first, with no verdict: `{{ disagreements("trade") }}`."""
        facts = _known(self.data.areas, "area", area_id).facts.values()
        return disputes.disagreements_list(self.current_page(), facts)

    @macro(takes="area", shows="area_events", ru="Список датированных событий направления, от самого раннего")
    def area_events(self, area_id: str) -> html.Html:
        """An area's dated events, oldest first, one line each: `{{ area_events("security") }}`."""
        events = sorted(_known(self.data.areas, "area", area_id).events.values(), key=lambda e: (e.date.first, e.id))
        return events_list(self.current_page(), events)

    @macro(takes="event", ru="Дата события внутри предложения, с источником")
    def event_date(self, event_id: str) -> html.Html:
        """The date of an event inside a sentence, with its source: `{{ event_date("diplomacy.state_visit") }}`."""
        return event_dates.event_date_in_sentence(self.current_page(), _known(self.data.events, "event", event_id))

    @macro(takes="event", ru="Название события на языке читателя, простым текстом")
    def event_title(self, event_id: str) -> html.Html:
        """The title of an event in the reader's language, as plain text:
        `{{ event_title("diplomacy.state_visit") }}`."""
        return html.escape_for_page(self.current_page().text(_known(self.data.events, "event", event_id).title))

    @macro(takes="none", ru="Список всех событий с отметкой `state_visit_2025: true`, по датам")
    def visit_events(self) -> html.Html:
        """A list of everything marked `state_visit_2025: true`, in date order, each line with its area:
        `{{ visit_events() }}`."""
        events = [e for e in self.data.timeline() if e.state_visit_2025]
        return events_list(self.current_page(), events, self.data.areas)

    @macro(
        takes="none",
        shows="timeline",
        ru="Все датированные события всех направлений, от самого раннего, с направлением и источником",
    )
    def timeline(self) -> html.Html:
        """Every dated event of every area under year headings, oldest first, with its area, and a choice
        of area that needs no script: `{{ timeline() }}`.

        Each line opens to the event's description, quote, other dates and sources.
        """
        return timeline_html(self.current_page(), self.data.timeline(), self.data.areas)

    @macro(
        takes="letters",
        shows="sources",
        ru="Все источники реестра, с адресом и ссылающимися на них показателями и событиями",
    )
    def sources_list(self, first: str | None = None, last: str | None = None) -> html.Html:
        """Every source in the registry, with its address and the facts and events that cite it:
        `{{ sources_list() }}`.

        A long registry spreads over pages by the first letter of the publisher: `{{ sources_list("0", "k") }}`
        on one page and `{{ sources_list("l", "я") }}` on another (digits sort before "a", Cyrillic after
        "z"); every link to a source then leads to the page that lists it.
        """
        return source_list.sources_list(self.current_page(), self.data, first, last)

    @macro(takes="facts", ru="Карточки основных цифр, каждая со ссылкой на страницу своего направления")
    def key_figures(self, *fact_ids: str) -> html.Html:
        """Cards of headline figures, each linking to its area page:
        `{{ key_figures("trade.turnover", "trade.russian_investment") }}`.

        Each card shows what the figure is, the value, its period, who stated it and its source, and
        any different figure reported for the same period.
        """
        facts = (_known(self.data.facts, "fact", fact_id) for fact_id in fact_ids)
        return key_figure_cards(self.current_page(), ((f, self.data.areas[f.area]) for f in facts))

    @macro(takes="none", ru="Число источников в реестре, числом в формате языка читателя")
    def source_count(self) -> str:
        """How many sources the registry holds, as a number in the reader's language: `{{ source_count() }}`."""
        return format_decimal(len(self.data.sources), locale=self.current_page().lang)

    @macro(takes="none", ru="Число показателей в данных, числом в формате языка читателя")
    def fact_count(self) -> str:
        """How many facts the data holds, as a number in the reader's language: `{{ fact_count() }}`."""
        return format_decimal(len(self.data.facts), locale=self.current_page().lang)

    @macro(takes="fact", ru="График цифр показателя по периодам, с пояснением, как его читать")
    def chart(self, fact_id: str) -> html.Html:
        """A chart of a fact's figures over time, with notes on how to read it: `{{ chart("trade.turnover") }}`.

        Only for facts with three or more periods; `fact` and `area_facts` already show it above the table.
        """
        fact = _known(self.data.facts, "fact", fact_id)
        if not has_chart(fact):
            raise UnknownId(f"fact {fact_id!r} has {len(fact.periods)} period(s); a chart needs three or more")
        return self.charts.figure(self.current_page(), fact)

    @macro(
        takes="area",
        ru="Готовая к копированию ссылка на страницу направления, с датой последнего изменения её данных",
    )
    def cite_this(self, area_id: str | None = None) -> html.Html:
        """A ready-to-copy citation of an area page, dated by the last change to its data: `{{ cite_this() }}`.

        Put it at the end of an area page; it finds the area from the page (the area it summarises, else the one
        whose facts it shows), or name it: `{{ cite_this("trade") }}`.
        """
        page = self.current_page()
        if area_id is None:
            area_id = page.page_index.area_of_page(page.path_in_edition)
            if area_id is None:
                raise UnknownId(
                    f"cite_this() on {page.url!r}, which is not the page of one area; expected it on an "
                    'area page, or an area id such as cite_this("trade")'
                )
        area = _known(self.data.areas, "area", area_id)
        url, full = citation.page_address(self.site.url, page.url)
        accessed = self.site.stamp.date if self.site.stamp else None
        change = self._area_change(area_id)
        cited = citation.CitedPage(self.site.name, page.title or page.text(area.title), url, full, area.path, change, accessed)
        return citation.cite_block(page, cited)

    @macro(
        takes="none",
        ru="Список файлов данных, которые пишет каждая сборка, со ссылками, датой сборки и коммитом",
    )
    def downloads(self) -> html.Html:
        """The data files every build writes, each with its format and size, and their licence:
        `{{ downloads() }}`.

        Lists the whole data, each area's and each fact's files, the data package that describes them and
        the build's date and commit. Put it on the Data page (docs/data.md), which sits beside the files.
        """
        page = self.current_page()
        files = self.site.downloads or exports.DownloadFiles(self.data, self.site.stamp or build_stamp(self.site.root))
        return data_page.data_files(page, self.data, files.contents(self.site.name), self.site.stamp, self.site)

    @macro(takes="none", ru="Список изменений данных по коммитам, от последнего, со старыми и новыми значениями")
    def changes(self) -> html.Html:
        """Every recorded change to the data, newest first, with old → new values: `{{ changes() }}`.

        One section per commit that changed data/: the facts, events and sources it added, removed or
        changed. Put it on the Changes page (docs/changes.md); it says so when the build has no history.
        """
        page = self.current_page()
        return change_notes.changes_list(page, self._change_log(), self.data, commit_link(self.links))

    @macro(takes="download", ru="Таблица столбцов одного файла для скачивания и того, что в каждом из них")
    def download_columns(self, file_name: str) -> html.Html:
        """A table of the columns of one download and what each holds: `{{ download_columns("facts.csv") }}`."""
        columns = {"facts.csv": FACT_COLUMNS, "sources.csv": SOURCE_COLUMNS, "commitments.csv": COMMITMENT_COLUMNS}
        if file_name not in columns:
            raise UnknownId(f"no download named {file_name!r}; expected one of {', '.join(columns)}")
        page = self.current_page()
        rows = [
            [html.element("code", None, c.name), html.code_spans(page.text(c.doc))]
            for c in columns[file_name] + STAMP_COLUMNS
        ]
        caption = TABLE_CAPTIONS[page.lang]["columns"].format(file=file_name)
        return html.table([page.ui("column"), page.ui("holds")], rows, caption=caption, css="fs-columns")

    @macro(
        takes="areas",
        shows="commitments",
        ru="Обязательства названных направлений (или всех) карточками, со статусом, ходом и свидетельствами",
    )
    def commitments(self, *area_ids: str) -> html.Html:
        """The commitments of the areas named, each as a card under its area's heading:
        `{{ commitments("trade") }}`; with no area, every area's: `{{ commitments() }}`.

        Each area's cards go on one page, which every link to those commitments leads to.
        """
        areas = tuple(_known(self.data.areas, "area", area_id).id for area_id in area_ids)
        return tracker.commitments_page(self.current_page(), self.data, areas)

    @macro(takes="area", ru="Краткий список обязательств направления, со статусом и ссылкой на карточку")
    def area_commitments(self, area_id: str) -> html.Html:
        """An area's commitments in a short list, each with its status and a link to its card:
        `{{ area_commitments("trade") }}`."""
        return tracker.area_commitments(self.current_page(), _known(self.data.areas, "area", area_id))

    @macro(takes="none", ru="Число обязательств по статусам, со ссылкой на страницу обязательств")
    def commitment_counts(self) -> html.Html:
        """How many commitments there are in each status, linking to the Commitments page:
        `{{ commitment_counts() }}`."""
        return tracker.status_counts(self.current_page(), self.data.commitments.values())

    @macro(takes="none", ru="Эта таблица макросов с кратким описанием и примером")
    def macro_reference(self) -> html.Html:
        """A table of these macros with the first paragraph of their documentation: `{{ macro_reference() }}`."""
        return macro_table(self.current_page(), MACROS)

    @macro(takes="none", ru="Глоссарий русской версии: единые названия и термины (editorial/glossary.ru.yaml)")
    def glossary(self) -> html.Html:
        """The Russian edition's glossary (editorial/glossary.ru.yaml) as a table: `{{ glossary() }}`."""
        return glossary_table(load_glossary(self.site.root / GLOSSARY_PATH), self.current_page().lang)


# The one list of macros, in the order of the class body (the order of the editors' reference).
MACROS: Mapping[str, MacroEntry] = registry_of(PageMacros)
