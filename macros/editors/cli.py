"""The editors' command line. Run from the repository root:

    python -m macros check [--today DATE]   validate data/ and docs/; print every problem
    python -m macros diff BASE [HEAD]       the facts that changed, as a Markdown table for review
    python -m macros stale [--today DATE]   what is due for a re-check
    python -m macros links                  request every source address (needs the network)
    python -m macros schema                 regenerate data/schema/*.json from macros/data/schema.py

Exit status: 0 when all is well, 1 when problems were found (printed one per line,
`path:line: key: what is wrong; expected what`), 2 for a wrong command or revision.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from macros.data import schema
from macros.data.load import load_dataset
from macros.data.model import Dataset
from macros.data.problems import Problem, ProblemReport
from macros.editors.fact_diff import diff_report
from macros.editors.link_check import check_links, format_links
from macros.editors.revisions import RevisionError, resolve
from macros.editors.stale import format_stale, stale_items
from macros.site.project import load_project


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date; expected YYYY-MM-DD") from None


def github_annotation(problem: Problem) -> str:
    """One `::error file=...,line=...::message` line, which GitHub Actions shows on the pull request."""

    def escape(value: str) -> str:
        return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")

    def escape_property(value: str) -> str:  # a ':' or ',' would end the property early
        return escape(value).replace(":", "%3A").replace(",", "%2C")

    location = f"file={escape_property(problem.path)}" + (f",line={problem.line}" if problem.line else "")
    subject = f"{problem.key_path}: " if problem.key_path else ""
    return f"::error {location}::{escape(subject + problem.message)}"


def command_check(args: argparse.Namespace) -> int:
    try:
        dataset = load_project(args.root, args.today)
    except ProblemReport as report:
        print(report, file=sys.stderr)
        if os.environ.get("GITHUB_ACTIONS") == "true":
            for problem in report.problems:
                print(github_annotation(problem))
        return 1
    observations = sum(len(f.observations) for f in dataset.facts.values())
    print(
        f"data/ and docs/ are valid: {len(dataset.facts)} facts with {observations} observations, "
        f"{len(dataset.events)} events, {len(dataset.sources)} sources"
    )
    return 0


def command_diff(args: argparse.Namespace) -> int:
    try:
        base, head = resolve(args.root, args.base), resolve(args.root, args.head)
        print(diff_report(args.root, base, head), end="")
    except RevisionError as error:
        print(f"python -m macros diff: {error}", file=sys.stderr)
        return 2
    return 0


def _valid_data(root: Path, today: dt.date | None) -> Dataset | None:
    """The dataset, or None after printing its problems: stale and links need valid data."""
    dataset, problems = load_dataset(root, today)
    if problems:
        print(ProblemReport(problems), file=sys.stderr)
        print("Fix these first (`python -m macros check` lists them).", file=sys.stderr)
    return dataset


def command_stale(args: argparse.Namespace) -> int:
    today = args.today or dt.date.today()
    dataset = _valid_data(args.root, today)
    if dataset is None:
        return 1
    print(format_stale(stale_items(dataset, today), today), end="")
    return 0


def command_links(args: argparse.Namespace) -> int:
    dataset = _valid_data(args.root, None)
    if dataset is None:
        return 1
    results = check_links(dataset)
    print(format_links(results), end="")
    return 1 if any(result.kind == "broken" for result in results) else 0


def command_schema(args: argparse.Namespace) -> int:
    target = args.root / "data" / "schema"
    target.mkdir(parents=True, exist_ok=True)
    for kind in schema.FILE_RECORDS:
        path = target / f"{kind}.schema.json"
        path.write_text(json.dumps(schema.json_schema(kind), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"wrote {path.relative_to(args.root)}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m macros", description="Check and inspect the fact sheet's data.")
    parser.add_argument(
        "--root", type=Path, default=Path.cwd(), help="the repository to work on (default: the current folder)"
    )
    commands = parser.add_subparsers(dest="command", required=True)
    check = commands.add_parser("check", help="validate data/ and docs/; print every problem")
    check.add_argument("--today", type=_date, default=None, help="treat this date as today (YYYY-MM-DD)")
    check.set_defaults(run=command_check)
    diff = commands.add_parser("diff", help="the facts that changed between two git revisions, as Markdown")
    diff.add_argument("base", metavar="BASE", help="the revision to compare with, e.g. main or origin/main")
    diff.add_argument(
        "head",
        metavar="HEAD",
        nargs="?",
        default=None,
        help="the revision with the changes (default: the working tree, uncommitted edits included)",
    )
    diff.set_defaults(run=command_diff)
    stale = commands.add_parser("stale", help="facts due for a re-check, passed planned events, undated sources")
    stale.add_argument("--today", type=_date, default=None, help="treat this date as today (YYYY-MM-DD)")
    stale.set_defaults(run=command_stale)
    links = commands.add_parser("links", help="request every source address and list the broken ones (network)")
    links.set_defaults(run=command_links)
    write_schema = commands.add_parser("schema", help="regenerate data/schema/*.json from macros/data/schema.py")
    write_schema.set_defaults(run=command_schema)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; `--root` names the project, so tests run it in-process on any folder."""
    args = build_parser().parse_args(argv)
    run: Callable[[argparse.Namespace], int] = args.run
    return run(args)
