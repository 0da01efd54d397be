"""The build benchmark: how much the data layer costs editors and the build, at three scales.

    .venv/bin/python tests/bench.py                      # scales 1, 10, 100 (3, 3 and 1 runs)
    .venv/bin/python tests/bench.py --scales 1 --runs 1  # the smoke run the tests do

For each scale (`bench_data.py`: the real site, then 10 and 100 copies of its data and area pages)
it measures, as the median of `--runs` runs, each in a fresh process (`bench_worker.py`):
- the full build with the data layer, and inside it the time spent in our code (load, validate,
  format, render: `define_env`, the macros, and the module's `on_post_build`, which writes the
  downloads), and within that the time spent drawing charts (`macros.charts.to_svg`);
- the same pages with every figure already written out (the Markdown the macros produced, the
  macros plugin off), and the ratio of the two builds;
- loading and validating the data alone (`load_project`), and its share of the build;
- the rebuild after one data file changes, on the path `mkdocs serve` takes;
- peak memory: the peak resident set size (`ru_maxrss`) of the building process, and what the
  validated data takes in memory (tracemalloc, in a separate load).
It prints a Markdown table and writes every number, with the machine, to `.bench/results.json`.
Not part of the test suite: `tests/test_bench.py` only smoke-runs the smallest scale.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.metadata
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

import bench_data
from bench_worker import RESULT_PREFIX

ROOT = Path(__file__).resolve().parent.parent
WORKER = Path(__file__).resolve().parent / "bench_worker.py"
TARGET_SHARE = 0.10  # the data layer may add at most this much to a build
DEFAULT_RUNS, LARGE_SCALE = 3, 100
PACKAGES = ("mkdocs", "mkdocs-material", "mkdocs-macros-plugin", "PyYAML", "babel", "Markdown", "Jinja2")


class WorkerFailed(RuntimeError):
    pass


def run_worker(*args: str) -> dict:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    # Python caches each module's bytecode on first import, as it does for anyone who builds the site
    # twice (pip compiled the installed packages already). A machine that turns the cache off would
    # have every run compile the project's own modules again, a cost that only the data layer pays.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    result = subprocess.run([sys.executable, str(WORKER), *args], capture_output=True, text=True, env=env)
    lines = [line for line in result.stdout.splitlines() if line.startswith(RESULT_PREFIX)]
    if result.returncode != 0 or not lines:
        raise WorkerFailed(
            f"bench_worker.py {' '.join(args)} failed (exit {result.returncode}):\n"
            f"{result.stdout[-3000:]}{result.stderr[-3000:]}"
        )
    return json.loads(lines[-1][len(RESULT_PREFIX) :])


def machine() -> dict:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    versions = {}
    for package in PACKAGES:
        try:
            versions[package] = importlib.metadata.version(package)
        except importlib.metadata.PackageNotFoundError:
            versions[package] = None
    return {
        "cpu": cpu,
        "cores": cores,
        "python": platform.python_version(),
        "system": platform.platform(),
        "packages": versions,
    }


def git_commit(root: Path) -> str | None:
    try:
        return (
            subprocess.run(
                ["git", "rev-parse", "--short", "HEAD"], cwd=root, capture_output=True, text=True, check=True
            ).stdout.strip()
            or None
        )
    except (OSError, subprocess.CalledProcessError):
        return None


def median_of(runs: list, key: str) -> float:
    return statistics.median(run[key] for run in runs)


def measure_scale(base: Path, scale: int, runs: int, clock: str, workdir: Path, log) -> dict:
    data_dir, plain_dir = workdir / f"x{scale}-data", workdir / f"x{scale}-plain"
    log(f"scale {scale}: generating {scale} cop{'y' if scale == 1 else 'ies'} of the site in {workdir}")
    project = bench_data.make_project(base, data_dir, scale)
    # One unmeasured build that also warms the file cache and writes the copied macros' bytecode.
    capture = run_worker("capture", str(data_dir), bench_data.DATA_CONFIG, str(workdir / f"x{scale}-rendered"))
    bench_data.make_plain_project(data_dir, plain_dir, workdir / f"x{scale}-rendered")
    run_worker("build", str(plain_dir), bench_data.PLAIN_CONFIG)  # unmeasured, as above
    differing = bench_data.differing_pages(data_dir / "site", plain_dir / "site")
    generated = bench_data.add_generated_files(data_dir / "site", plain_dir / "site", plain_dir)
    with_data, plain, loads = [], [], []
    for run in range(1, runs + 1):
        log(f"scale {scale}: run {run} of {runs}")
        # Interleaved, so a slow moment on a shared machine hits every kind of measurement alike.
        with_data.append(
            run_worker(
                "build", str(data_dir), bench_data.DATA_CONFIG, "--instrument", "--rebuild-file", project.edited_file
            )
        )
        plain.append(run_worker("build", str(plain_dir), bench_data.PLAIN_CONFIG))
        loads.append(run_worker("load", str(data_dir)))
    memory = run_worker("load", str(data_dir), "--memory")
    counts = loads[0]

    def median(samples, key):  # the chosen clock's reading of one measurement
        return median_of(samples, f"{key}_{clock}")

    build, build_plain = median(with_data, "build"), median(plain, "build")
    data_layer, charts = median(with_data, "data_layer"), median(with_data, "charts")
    load = median(loads, "load")
    return {
        "scale": scale,
        "runs": runs,
        "clock": clock,
        "pages": capture["pages"],
        "generated_files": generated,
        "pages_differing_from_plain": differing,
        "facts": counts["facts"],
        "observations": counts["observations"],
        "events": counts["events"],
        "sources": counts["sources"],
        "build_s": build,
        "build_plain_s": build_plain,
        "ratio": build / build_plain,
        "data_layer_s": data_layer,
        "data_layer_share_of_plain": data_layer / build_plain,
        "charts_s": charts,
        "charts_rendered": with_data[0]["charts_calls"],
        "data_layer_parts_wall_s": {
            name: statistics.median(run["data_layer_parts_wall"].get(name, 0.0) for run in with_data)
            for name in with_data[0]["data_layer_parts_wall"]
        },
        "data_layer_without_charts_s": data_layer - charts,
        "data_layer_without_charts_share_of_plain": (data_layer - charts) / build_plain,
        # What else the data build does: the macros plugin itself (its imports, Jinja). Noisy: a difference.
        "other_difference_s": build - build_plain - data_layer,
        "load_validate_s": load,
        "load_validate_share": load / build,
        "load_validate_us_per_observation": load / counts["observations"] * 1e6,
        "rebuild_s": median(with_data, "rebuild"),
        "rebuild_data_layer_s": median(with_data, "rebuild_data_layer"),
        "peak_rss_mib": median_of(with_data, "peak_rss_mib"),
        "peak_rss_plain_mib": median_of(plain, "peak_rss_mib"),
        "peak_rss_load_mib": median_of(loads, "peak_rss_mib"),
        "dataset_mib": memory["dataset_mib"],
        "load_peak_mib": memory["load_peak_mib"],
        "dataset_kib_per_observation": memory["dataset_mib"] * 1024 / counts["observations"],
        "warnings": max(run["warnings"] for run in with_data + plain),
        "target_met": data_layer / build_plain <= TARGET_SHARE,
        "samples": {"with_data": with_data, "plain": plain, "load": loads},
    }


COLUMNS = (
    ("scale", lambda r: f"{r['scale']}x"),
    ("runs", lambda r: str(r["runs"])),
    ("pages", lambda r: str(r["pages"])),
    ("observations", lambda r: f"{r['observations']:,}"),
    ("build (s)", lambda r: f"{r['build_s']:.2f}"),
    ("same pages, figures written out (s)", lambda r: f"{r['build_plain_s']:.2f}"),
    ("ratio", lambda r: f"{r['ratio']:.2f}"),
    (
        "data layer in the build (s, share of plain)",
        lambda r: f"{r['data_layer_s']:.2f} ({r['data_layer_share_of_plain']:.0%})",
    ),
    ("of which charts (s, charts)", lambda r: f"{r['charts_s']:.2f} ({r['charts_rendered']})"),
    ("data layer without charts (share of plain)", lambda r: f"{r['data_layer_without_charts_share_of_plain']:.1%}"),
    # What the build with data costs beyond the plain one and our own code: the macros plugin itself
    # (Jinja reads each page as a template). A difference of two medians, so noisy; negative at times.
    ("rest of the difference: macros plugin (s)", lambda r: f"{r['other_difference_s']:.2f}"),
    ("load + validate (s, share of build)", lambda r: f"{r['load_validate_s']:.3f} ({r['load_validate_share']:.1%})"),
    ("load + validate per observation (µs)", lambda r: f"{r['load_validate_us_per_observation']:.0f}"),
    ("rebuild after a data edit (s)", lambda r: f"{r['rebuild_s']:.2f}"),
    ("peak memory: build / plain (MiB)", lambda r: f"{r['peak_rss_mib']:.0f} / {r['peak_rss_plain_mib']:.0f}"),
    (
        "validated data in memory (MiB, KiB per observation)",
        lambda r: f"{r['dataset_mib']:.1f} ({r['dataset_kib_per_observation']:.1f})",
    ),
    ("data layer ≤ 10% of plain", lambda r: "yes" if r["target_met"] else "no"),
)


def table(results: list) -> str:
    lines = ["| " + " | ".join(title for title, _ in COLUMNS) + " |", "|" + "|".join(" --- " for _ in COLUMNS) + "|"]
    for result in results:
        lines.append("| " + " | ".join(cell(result) for _, cell in COLUMNS) + " |")
    return "\n".join(lines)


def describe_machine(info: dict) -> str:
    return f"{info['cores']} cores, {info['cpu']}, Python {info['python']}"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="tests/bench.py", description=__doc__.split("\n\n")[0])
    parser.add_argument("--scales", default="1,10,100", help="comma-separated copies of the site (default 1,10,100)")
    parser.add_argument(
        "--runs",
        type=int,
        default=None,
        help=f"runs per scale; each number is their median (default {DEFAULT_RUNS} up to "
        f"{LARGE_SCALE - 1} copies, 1 from {LARGE_SCALE}, where one run takes minutes)",
    )
    parser.add_argument(
        "--clock",
        choices=("wall", "cpu"),
        default="wall",
        help="wall: elapsed seconds (default); cpu: CPU seconds of the building process, steadier on a busy machine",
    )
    parser.add_argument("--base", type=Path, default=ROOT, help="the project to copy (default: this repository)")
    parser.add_argument("--json", type=Path, default=ROOT / ".bench" / "results.json", help="where to write results")
    parser.add_argument("--keep", action="store_true", help="keep the generated projects (their folder is printed)")
    args = parser.parse_args(argv)
    try:
        scales = [int(part) for part in args.scales.split(",")]
    except ValueError:
        parser.error(f"--scales {args.scales!r} is not a list of whole numbers; expected e.g. 1,10,100")
    if any(scale < 1 for scale in scales) or (args.runs is not None and args.runs < 1):
        parser.error("scales and runs must be at least 1")

    def log(message):
        print(message, file=sys.stderr, flush=True)

    info = machine()
    load_before = os.getloadavg()
    results = []
    workdir = Path(tempfile.mkdtemp(prefix="factsheet-bench-"))
    try:
        for scale in scales:
            runs = args.runs or (DEFAULT_RUNS if scale < LARGE_SCALE else 1)
            results.append(measure_scale(args.base.resolve(), scale, runs, args.clock, workdir, log))
    except WorkerFailed as failure:
        print(failure, file=sys.stderr)
        return 1
    finally:
        if args.keep:
            log(f"generated projects kept in {workdir}")
        else:
            import shutil

            shutil.rmtree(workdir, ignore_errors=True)

    info["load_average_before_after"] = [round(load_before[0], 2), round(os.getloadavg()[0], 2)]
    report = {
        "measured": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "commit": git_commit(args.base),
        "machine": info,
        "target_share": TARGET_SHARE,
        "results": results,
    }
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    clock = "CPU seconds of the building process" if args.clock == "cpu" else "elapsed seconds"
    print(f"Machine: {describe_machine(info)}. Each figure is the median of the runs shown; {clock}.\n")
    busy = max(info["load_average_before_after"]) > info["cores"] * 0.75
    if busy and args.clock == "wall":
        print(
            "The machine was busy (load average {} / {} before / after); elapsed times are inflated: "
            "rerun when it is idle, or use --clock cpu.\n".format(*info["load_average_before_after"])
        )
    print(table(results))
    if any(result["warnings"] for result in results):
        print("\nSome builds logged warnings; see the samples in the JSON.")
    for result in results:
        if result["pages_differing_from_plain"]:
            print(
                f"\nAt {result['scale']}x, {len(result['pages_differing_from_plain'])} page(s) differ between the "
                "two variants, so the comparison is not like for like; see pages_differing_from_plain in the JSON."
            )
    print(f"\nWrote {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
