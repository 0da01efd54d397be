"""One measured run of the benchmark, in a fresh Python process: `tests/bench.py` starts it.

Each run is a child process so that every build pays what `mkdocs build` pays (imports, theme,
plugins) and so that its peak memory (`ru_maxrss`, the peak resident set size of this process) is
its own. The result is printed as one JSON line after RESULT_PREFIX.

    python tests/bench_worker.py build PROJECT CONFIG [--instrument] [--rebuild-file data/x.yaml]
    python tests/bench_worker.py load PROJECT [--memory]
    python tests/bench_worker.py capture PROJECT CONFIG OUTDIR

`build` times a cold build the way `mkdocs build` runs one, and measures inside it the time spent in
our data layer: `define_env` (load, validate, register), every macro it registers, and the module's
own hooks (`on_post_build` writes the downloads). With `--rebuild-file` it then edits that data file and rebuilds in the same process the
way `mkdocs serve` does after a change (a fresh `load_config`, then `build(..., dirty=False)`).
`load` times `load_project` alone, or with `--memory` traces what it allocates (tracemalloc): the
memory the validated dataset keeps, and the peak while loading. `capture` builds once and writes every page's Markdown as the
macros left it, so the "plain" variant can build the very same pages with the macros plugin off.
"""

from __future__ import annotations

import time

STARTED = time.perf_counter()
STARTED_CPU = time.process_time()

import argparse  # noqa: E402  (the clocks above start before any import is paid for)
import functools  # noqa: E402
import json  # noqa: E402
import logging  # noqa: E402
import resource  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

RESULT_PREFIX = "BENCH-RESULT "
MARKDOWN_SETTINGS = "bench_markdown_settings.json"  # written by `capture` into the project
SERVE_URL = "http://127.0.0.1:8000/"  # what `mkdocs serve` passes to build() on a rebuild


def peak_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux reports KiB


class Clock:
    """Accumulates the time spent inside wrapped functions; nested calls are counted once."""

    def __init__(self):
        self.wall = 0.0
        self.cpu = 0.0
        self.calls = 0
        self.parts = {}  # elapsed seconds by the name of the outermost wrapped function
        self._depth = 0

    def wrap(self, function):
        @functools.wraps(function)
        def timed(*args, **kwargs):
            if self._depth:
                return function(*args, **kwargs)
            self._depth += 1
            wall, cpu = time.perf_counter(), time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                elapsed = time.perf_counter() - wall
                self.wall += elapsed
                self.cpu += time.process_time() - cpu
                self.parts[function.__name__] = self.parts.get(function.__name__, 0.0) + elapsed
                self.calls += 1
                self._depth -= 1

        return timed

    def reset(self):
        self.wall = self.cpu = 0.0
        self.calls = 0
        self.parts = {}


MODULE_HOOKS = ("on_pre_page_macros", "on_post_page_macros", "on_post_build")


def instrument_charts(project: Path, clock: Clock) -> None:
    """Time chart drawing on its own (a part of the data layer): `macros.charts.to_svg`, which writes
    each chart's SVG. Patched before the project draws any chart; `ChartMaker` looks it up by name."""
    if str(project) not in sys.path:
        sys.path.insert(0, str(project))
    from macros.site import charts

    charts.to_svg = clock.wrap(charts.to_svg)


def instrument_data_layer(project: Path, clock: Clock) -> None:
    """Time our module as the macros plugin will call it: define_env, the macros and filters it
    registers, and the module-level hooks. The plugin imports the module by name, so importing it
    here first (from the project folder) hands the plugin this patched module."""
    sys.path.insert(0, str(project))
    import macros

    define_env = macros.define_env

    def timed_define_env(env):
        register_macro, register_filter = env.macro, env.filter
        env.macro = lambda v, name="": register_macro(clock.wrap(v), name or v.__name__)
        env.filter = lambda v, name="": register_filter(clock.wrap(v), name or v.__name__)
        try:
            return define_env(env)
        finally:
            del env.macro, env.filter  # back to the plugin's own methods

    macros.define_env = clock.wrap(timed_define_env)
    for hook in MODULE_HOOKS:
        if hasattr(macros, hook):
            setattr(macros, hook, clock.wrap(getattr(macros, hook)))


class WarningCount(logging.Handler):
    def __init__(self):
        super().__init__(logging.WARNING)
        self.count = 0

    def emit(self, record):
        self.count += 1


def command_build(args) -> dict:
    clock, charts = Clock(), Clock()
    project = Path(args.project).resolve()
    if args.instrument:
        instrument_charts(project, charts)
        instrument_data_layer(project, clock)
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    warnings = WarningCount()
    logging.getLogger("mkdocs").addHandler(warnings)
    config_file = str(project / args.config)
    site_dir = str(project / "site")

    # The cold build: what `mkdocs build` does after parsing its options.
    config = load_config(config_file=config_file, site_dir=site_dir)
    config.plugins.on_startup(command="build", dirty=False)
    try:
        build(config, dirty=False)
    finally:
        config.plugins.on_shutdown()
    result = {
        "build_wall": time.perf_counter() - STARTED,
        "build_cpu": time.process_time() - STARTED_CPU,
        "data_layer_wall": clock.wall,
        "data_layer_cpu": clock.cpu,
        "data_layer_calls": clock.calls,
        "data_layer_parts_wall": clock.parts,
        "charts_wall": charts.wall,
        "charts_cpu": charts.cpu,
        "charts_calls": charts.calls,
        "peak_rss_mib": peak_rss_mib(),
    }

    if args.rebuild_file:
        # The rebuild: `mkdocs serve`'s builder() after its file watcher saw a change, in a process
        # that has built the site once already (as serve has, on start).
        config.plugins.on_startup(command="serve", dirty=False)
        changed = project / args.rebuild_file
        with changed.open("a", encoding="utf-8") as file:
            file.write("\n# benchmark: a data file changed\n")
        clock.reset()
        charts.reset()
        wall, cpu = time.perf_counter(), time.process_time()
        config = load_config(config_file=config_file, site_dir=site_dir)
        config.site_url = SERVE_URL
        build(config, serve_url=SERVE_URL, dirty=False)
        result.update(
            rebuild_wall=time.perf_counter() - wall,
            rebuild_cpu=time.process_time() - cpu,
            rebuild_data_layer_wall=clock.wall,
            rebuild_data_layer_cpu=clock.cpu,
        )
        config.plugins.on_shutdown()
    result["warnings"] = warnings.count
    return result


def command_load(args) -> dict:
    project = Path(args.project).resolve()
    sys.path.insert(0, str(project))
    from macros.site.project import load_project

    if args.memory:  # Python's own accounting of what loading allocates; it slows the load, so not timed
        import tracemalloc

        tracemalloc.start()
    wall, cpu = time.perf_counter(), time.process_time()
    dataset = load_project(project)
    result = {"load_wall": time.perf_counter() - wall, "load_cpu": time.process_time() - cpu}
    if args.memory:
        current, peak = tracemalloc.get_traced_memory()
        result = {"dataset_mib": current / 2**20, "load_peak_mib": peak / 2**20}
    return {
        **result,
        "peak_rss_mib": peak_rss_mib(),
        "facts": len(dataset.facts),
        "observations": sum(len(fact.observations) for fact in dataset.facts.values()),
        "events": len(dataset.events),
        "sources": len(dataset.sources),
    }


def serializable(settings: dict) -> dict:
    """The extensions' settings that JSON can carry. A function (toc's slugify, which define_env sets) is
    written as {"callable": "module:name"}, which the plain variant's hook imports again."""

    def encode(value):
        if callable(value):
            return {"callable": f"{value.__module__}:{value.__qualname__}"}
        raise TypeError(value)

    kept = {}
    for extension, options in settings.items():
        try:
            kept[extension] = json.loads(json.dumps(options, default=encode))
        except (TypeError, ValueError):
            continue
    return kept


def command_capture(args) -> dict:
    import yaml
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.plugins import BasePlugin, event_priority

    project = Path(args.project).resolve()
    sys.path.insert(0, str(project))
    pages = {}  # path of the page source to write -> (meta, Markdown as the macros left it)

    config = load_config(config_file=str(project / args.config), site_dir=str(project / "site"))
    i18n = config.plugins.get("i18n")

    def source_path(src_uri: str) -> str:
        """Where the plain variant keeps this page; with mkdocs-static-i18n, each language's own file
        (`page.ru.md`), so a page the Russian edition built from the English file gets its own copy."""
        language = getattr(i18n, "current_language", None) if i18n else None
        if not language or language == i18n.default_language:
            return src_uri
        if i18n.config.docs_structure != "suffix":
            raise SystemExit("the benchmark supports mkdocs-static-i18n with docs_structure: suffix only")
        stem = src_uri[: -len(".md")]
        return src_uri if stem.endswith(f".{language}") else f"{stem}.{language}.md"

    markdown_settings = {}  # language -> the Markdown extensions' settings its pages were rendered with

    class Capture(BasePlugin):
        @event_priority(-100)  # after every other plugin, the macros plugin included, has changed the page
        def on_page_markdown(self, markdown, page, config, **kwargs):
            pages[source_path(page.file.src_uri)] = (dict(page.meta), markdown)
            language = getattr(i18n, "current_language", None) if i18n else None
            markdown_settings.setdefault(language or "", serializable(config.mdx_configs))
            return markdown

    config.plugins["bench-capture"] = Capture()
    config.plugins.on_startup(command="build", dirty=False)
    build(config, dirty=False)
    config.plugins.on_shutdown()

    # define_env may set Markdown options per edition (the title of the heading links); the plain
    # variant, which has no define_env, applies the same ones (bench_data.py writes the hook).
    (project / MARKDOWN_SETTINGS).write_text(json.dumps(markdown_settings, ensure_ascii=False), encoding="utf-8")
    out = Path(args.outdir)
    for path, (meta, markdown) in pages.items():
        target = out / path
        target.parent.mkdir(parents=True, exist_ok=True)
        front = "---\n" + yaml.safe_dump(meta, allow_unicode=True, sort_keys=False) + "---\n\n" if meta else ""
        target.write_text(front + markdown, encoding="utf-8")
    return {"pages": len(pages)}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="tests/bench_worker.py")
    commands = parser.add_subparsers(dest="command", required=True)
    build_parser = commands.add_parser("build")
    build_parser.add_argument("project")
    build_parser.add_argument("config")
    build_parser.add_argument("--rebuild-file")
    build_parser.add_argument("--instrument", action="store_true", help="time the data layer inside the build")
    build_parser.set_defaults(run=command_build)
    load_parser = commands.add_parser("load")
    load_parser.add_argument("project")
    load_parser.add_argument("--memory", action="store_true", help="trace allocations instead of timing")
    load_parser.set_defaults(run=command_load)
    capture_parser = commands.add_parser("capture")
    capture_parser.add_argument("project")
    capture_parser.add_argument("config")
    capture_parser.add_argument("outdir")
    capture_parser.set_defaults(run=command_capture)
    args = parser.parse_args(argv)
    print(RESULT_PREFIX + json.dumps(args.run(args)), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
