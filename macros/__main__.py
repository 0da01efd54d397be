"""The editors' command line: `python -m macros check` and friends. Run from the repository root.

Exit status: 0 when everything is valid, 1 when problems were found (they are printed, one per
line, `path:line: key: what is wrong; expected what`), 2 for a wrong command.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from pathlib import Path

from . import schema
from .problems import ProblemReport
from .project import load_project

ROOT = Path.cwd()


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date; expected YYYY-MM-DD") from None


def github_annotation(problem) -> str:
    """One `::error file=...,line=...::message` line, which GitHub Actions shows on the pull request."""
    def escape(value: str) -> str:
        return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    location = f"file={escape(problem.path)}" + (f",line={problem.line}" if problem.line else "")
    subject = f"{problem.where}: " if problem.where else ""
    return f"::error {location}::{escape(subject + problem.message)}"


def command_check(args) -> int:
    try:
        dataset = load_project(ROOT, args.today)
    except ProblemReport as report:
        print(report, file=sys.stderr)
        if os.environ.get("GITHUB_ACTIONS") == "true":
            for problem in report.problems:
                print(github_annotation(problem))
        return 1
    observations = sum(len(f.observations) for f in dataset.facts.values())
    print(f"data/ and docs/ are valid: {len(dataset.facts)} facts with {observations} observations, "
          f"{len(dataset.events)} events, {len(dataset.sources)} sources")
    return 0


def command_schema(args) -> int:
    target = ROOT / "data" / "schema"
    target.mkdir(parents=True, exist_ok=True)
    for kind in schema.FILE_RECORDS:
        path = target / f"{kind}.schema.json"
        path.write_text(json.dumps(schema.json_schema(kind), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"wrote {path.relative_to(ROOT)}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m macros", description="Check and inspect the fact sheet's data.")
    commands = parser.add_subparsers(dest="command", required=True)
    check = commands.add_parser("check", help="validate data/ and docs/; print every problem")
    check.add_argument("--today", type=_date, default=None, help="treat this date as today (YYYY-MM-DD)")
    check.set_defaults(run=command_check)
    write_schema = commands.add_parser("schema", help="regenerate data/schema/*.json from macros/schema.py")
    write_schema.set_defaults(run=command_schema)
    return parser


def main(argv=None) -> int:
    args = build_parser().parse_args(argv)
    return args.run(args)


if __name__ == "__main__":
    sys.exit(main())
