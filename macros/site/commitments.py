"""The commitments tracker as HTML: the Commitments page's cards, an area's compact list and the counts.

`page_macros.py` calls `commitments_page`, `area_commitments` and `status_counts` for the macros
`commitments()`, `area_commitments("trade")` and `commitment_counts()`. A status is shown in a word
and a shape (text.COMMITMENT_WORDS), never by colour alone, always with the date it is as of. Every
figure goes through `figures.value_html` and every source through `figures.source_citation`, the
same provenance control as the figures; progress comes from `Commitment.progress()`, computed from
the linked fact, never typed.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from macros.data.commitment_schema import STATUSES
from macros.data.commitments import Commitment, Evidence, Progress
from macros.data.model import Area, Dataset
from macros.data.periods import Period
from macros.site.commitment_links import COMMITMENTS_PAGE, commitment_anchor, commitment_link
from macros.site.commitment_text import COMMITMENT_WORDS
from macros.site.evidence import quote_html
from macros.site.formatting import (
    format_amount,
    format_period,
    format_period_after_for,
    format_point,
    format_point_in_sentence,
)
from macros.site.html import (
    EMPTY,
    Html,
    PageContext,
    concat,
    element,
    escape_for_page,
    event_link,
    fact_link,
    join,
)
from macros.site.figures import source_citation, value_html


def word(page: PageContext, key: str) -> str:
    return str(COMMITMENT_WORDS[page.lang][key])


def status_badge(page: PageContext, commitment: Commitment) -> Html:
    """'✓ Achieved, as of February 2018': the shape is decoration, the words carry the status."""
    status = commitment.status
    # «по состоянию на 2020 год», «на февраль 2018 года»: the forms a period takes after «за»/«на»
    as_of = format_period_after_for(Period(commitment.status_as_of), page.lang)
    return element(
        "span",
        {"class": f"fs-status fs-status-{status.replace('_', '-')}", "data-status": status},
        element("span", {"class": "fs-status-shape", "aria-hidden": "true"}, word(page, f"shape_{status}")),
        " ",
        element("strong", None, word(page, status)),
        ", ",
        element(
            "span", {"class": "fs-as-of", "data-as-of": commitment.status_as_of.text}, f"{word(page, 'as_of')} {as_of}"
        ),
    )


def status_counts(page: PageContext, commitments: Iterable[Commitment], link: bool = True) -> Html:
    """'20 commitments: ✓ 2 Achieved · ◐ 7 In progress …', each status that occurs, in the vocabulary's order."""
    counted = Counter(c.status for c in commitments)
    total = sum(counted.values())
    summary: Html | str = word(page, "summary").format(count=total)
    if link:
        summary = element("a", {"href": page.link(COMMITMENTS_PAGE)}, summary)
    items = [
        element(
            "li",
            {
                "class": f"fs-status fs-status-{status.replace('_', '-')}",
                "data-status": status,
                "data-count": counted[status],
            },
            element("span", {"class": "fs-status-shape", "aria-hidden": "true"}, word(page, f"shape_{status}")),
            f" {word(page, status)}: {counted[status]}",
        )
        for status in STATUSES
        if counted[status]
    ]
    return element("div", {"class": "fs-status-counts"}, element("p", None, summary), element("ul", None, *items))


def _progress_line(page: PageContext, commitment: Commitment, progress: Progress) -> Html:
    """A bar and '$4.1 billion in 2024 by Russian figures (82% of the target)', with the figure's source."""
    fact = commitment.target.fact if commitment.target else None
    assert fact is not None  # progress exists only for a linked fact
    observation = progress.observation
    shown = min(progress.percent, 100)
    bar = element("meter", {"min": 0, "max": 100, "value": shown, "aria-hidden": "true"})
    share = element("span", {"class": "fs-percent", "data-percent": progress.percent}, f"{progress.percent}%")
    return element(
        "li",
        {"class": "fs-progress", "data-basis": progress.basis},
        bar,
        " ",
        value_html(page, fact, observation),
        f" {word(page, 'in_period')} {format_point_in_sentence(observation.period.start, page.lang)} "
        f"{word(page, 'basis_' + progress.basis)} (",
        share,
        f" {word(page, 'of_target')}; ",
        source_citation(page, observation.source),
        ")",
    )


def _target_block(page: PageContext, commitment: Commitment) -> Html:
    target = commitment.target
    if target is None:
        return EMPTY
    amount = element(
        "strong",
        {"class": "fs-target", "data-value": target.value, "data-unit": target.unit.id},
        format_amount(target.value, target.unit, page.lang),
    )
    parts = [element("p", None, f"{word(page, 'target')}: ", amount)]
    if target.fact is not None:
        fact_name = element("a", {"href": fact_link(page, target.fact)}, page.text(target.fact.label))
        lines = [_progress_line(page, commitment, progress) for progress in commitment.progress()]
        parts.append(element("p", None, f"{word(page, 'progress')} ", fact_name, ":"))
        parts.append(element("ul", {"class": "fs-progress-list"}, *lines))
    else:
        parts.append(element("p", {"class": "fs-no-progress"}, word(page, "no_progress")))
    return concat(*parts)


def _evidence_item(page: PageContext, row: Evidence) -> Html:
    if row.date is None:
        when = element("span", {"class": "fs-undated"}, word(page, "undated"))
    else:
        when = element("time", {"datetime": row.date.first.isoformat()}, format_point(row.date, page.lang))
    return element("li", None, when, " — ", page.text(row.shows), " (", source_citation(page, row.source), ")")


def _who_and_when(page: PageContext, commitment: Commitment) -> Html:
    # Names only: a speaker's role in data/speakers.yaml may be a later one than the role they promised in.
    names = ", ".join(page.text(speaker.name) for speaker in commitment.committed_by)
    announced = commitment.announced
    when = format_point(announced.date, page.lang) if announced.date else word(page, "undated")
    return element(
        "p",
        {"class": "fs-committed-by"},
        f"{word(page, 'committed_by')}: {names}; {word(page, 'announced')} {when} (",
        source_citation(page, announced.source),
        ")",
    )


def _deadline(page: PageContext, commitment: Commitment) -> Html:
    deadline = format_period(commitment.deadline, page.lang) if commitment.deadline else word(page, "no_deadline")
    note = f" — {page.text(commitment.deadline_note)}" if commitment.deadline_note else ""
    return element(
        "p", {"class": "fs-deadline"}, f"{word(page, 'deadline')}: ", element("strong", None, deadline), note
    )


def _links(page: PageContext, commitment: Commitment, dataset: Dataset) -> Html:
    parts = []
    if commitment.superseded_by:
        successor = dataset.commitments[commitment.superseded_by]
        link = element("a", {"href": commitment_link(page, successor.id)}, page.text(successor.label))
        parts.append(element("p", None, f"{word(page, 'superseded_by')}: ", link))
    if commitment.events:
        events = join(
            ", ", (element("a", {"href": event_link(page, e)}, page.text(e.title)) for e in commitment.events)
        )
        parts.append(element("p", {"class": "fs-related"}, f"{word(page, 'related_events')}: ", events))
    return concat(*parts)


def commitment_card(page: PageContext, commitment: Commitment, dataset: Dataset) -> Html:
    """One commitment in full: promise in the source's words and its gloss, who and when, deadline,
    status with its as-of date, target and progress, why, and the dated evidence, each item linked."""
    announced = commitment.announced
    promise = quote_html(page, announced.quote, announced.quote_gloss, announced.source.language)
    parts = [
        element("h3", None, page.text(commitment.label)),
        element("p", {"class": "fs-status-line"}, status_badge(page, commitment)),
        element("blockquote", {"class": "fs-promise"}, promise),
        _who_and_when(page, commitment),
        _deadline(page, commitment),
        _target_block(page, commitment),
        element("p", {"class": "fs-reason"}, f"{word(page, 'why')}: {page.text(commitment.reason)}"),
        _links(page, commitment, dataset),
        element(
            "details",
            {"class": "fs-evidence-list"},
            element("summary", None, f"{word(page, 'evidence')} ({len(commitment.evidence)})"),
            element("ol", None, *(_evidence_item(page, row) for row in commitment.evidence)),
        ),
    ]
    attributes = {
        "class": "fs-commitment",
        "id": commitment_anchor(commitment.id),
        "data-commitment": commitment.id,
        "data-status": commitment.status,
        "data-as-of": commitment.status_as_of.text,
    }
    return element("article", attributes, Html("\n"), join("\n", (p for p in parts if p)), Html("\n"))


def commitments_page(page: PageContext, dataset: Dataset, area_ids: tuple[str, ...] = ()) -> Html:
    """The cards of the areas named (all areas when none is), in that order, each area under its heading (a
    Markdown heading, so the page's contents list the areas)."""
    blocks = []
    for area in (dataset.areas[a] for a in area_ids) if area_ids else dataset.areas.values():
        if not area.commitments:
            continue
        heading = f"## {escape_for_page(page.text(area.title))} {{#{commitment_anchor(area.id)}}}"
        blocks.append(Html(heading))
        blocks.extend(commitment_card(page, c, dataset) for c in area.commitments.values())
    return join("\n\n", blocks)


def area_commitments(page: PageContext, area: Area) -> Html:
    """An area's commitments in a compact list: each label linked to its card, with its status."""
    if not area.commitments:
        return element("p", {"class": "fs-commitments-compact"}, word(page, "none_in_area"))
    items = (
        element(
            "li",
            {"data-commitment": c.id},
            element("a", {"href": commitment_link(page, c.id)}, page.text(c.label)),
            " — ",
            status_badge(page, c),
        )
        for c in area.commitments.values()
    )
    cards = concat(page.link(page.page_index.commitment_page(area.id)), Html("#"), commitment_anchor(area.id))
    more = element("a", {"href": cards}, word(page, "all_commitments"))
    return concat(element("ul", {"class": "fs-commitments-compact"}, *items), element("p", None, more))
