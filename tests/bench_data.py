"""Synthetic projects for the benchmark (`tests/bench.py`): the real site, copied N times over.

Scale 1 is the real site as it is. Scale N adds N - 1 replicas of every area: each replica has its
own area files (`data/<area>_r002.yaml`, ...), its own copy of the source registry (ids
`<source>-r002`, ...) and its own copy of each page that shows the area (`docs/trade_r002.md`,
`docs/turnover_r002.md`, ..., cloned from the real pages with the ids in their macro calls renamed). Facts, observations, events, sources and area pages grow
N-fold while keeping the real mix of units, periods, disputed figures and macro calls, and the
shared pages (home, timeline, sources) grow with the data as they would. The copies live only in a
temporary folder and are never published.

Two configurations sit beside the copied mkdocs.yml and inherit everything else from it:
`mkdocs.data.yml` (the site as built, plus the replicas in the navigation) and `mkdocs.plain.yml`
(the same, with the macros plugin removed, for pages whose figures are already written out).
"""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass
from pathlib import Path

import yaml

DATA_CONFIG = "mkdocs.data.yml"
PLAIN_CONFIG = "mkdocs.plain.yml"
REGISTRIES = ("sources", "speakers")
# Everything else in the repository is copied, so the build sees what it sees in a clone.
_NOT_COPIED_ANYWHERE = shutil.ignore_patterns("__pycache__", ".pytest_cache", "node_modules")
# Only at the top: `site` there is a build's output, while macros/site/ is code the build needs.
_NOT_COPIED_AT_TOP = {".git", ".venv", "site", ".bench", "tests"}


def not_copied(folder: str, names: list[str]) -> set[str]:
    """shutil.copytree's ignore: the project's top is the folder that holds mkdocs.yml."""
    ignored = set(_NOT_COPIED_ANYWHERE(folder, names))
    if "mkdocs.yml" in names:
        ignored |= _NOT_COPIED_AT_TOP.intersection(names)
    return ignored


# Keys whose values name sources, anywhere in an area file.
SOURCE_KEYS = {"source": "one", "also_reported_by": "many"}

_TEMPLATE_EXPRESSION = re.compile(r"\{\{.*?\}\}|\{%.*?%\}", re.S)
_ID_STRING = re.compile(r"""(['"])([a-z][a-z0-9_]*)((?:\.[a-z0-9_]+)?)\1""")
_AREA_FROM_ADDRESS = re.compile(r"\b(cite_this)\(\s*\)")
_TRANSLATION = re.compile(r"\.[a-z]{2}\.md$")  # trade.ru.md


@dataclass(frozen=True)
class Project:
    path: Path
    replicas: int
    areas: tuple  # area ids of the real site
    edited_file: str  # the data file the rebuild measurement changes


def area_suffix(replica: int) -> str:
    return "" if replica == 1 else f"_r{replica:03d}"


def source_suffix(replica: int) -> str:
    return "" if replica == 1 else f"-r{replica:03d}"  # source ids allow hyphens, not underscores


def _read(path: Path):
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _write(path: Path, value) -> None:
    path.write_text(yaml.safe_dump(value, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")


def _rename_sources(node, suffix: str):
    """A copy of an area file's tree with every source reference renamed for one replica."""
    if isinstance(node, dict):
        renamed = {}
        for key, value in node.items():
            if SOURCE_KEYS.get(key) == "one" and isinstance(value, str):
                renamed[key] = value + suffix
            elif SOURCE_KEYS.get(key) == "many" and isinstance(value, list):
                renamed[key] = [item + suffix for item in value]
            else:
                renamed[key] = _rename_sources(value, suffix)
        return renamed
    if isinstance(node, list):
        return [_rename_sources(item, suffix) for item in node]
    return node


def _numbered(text: dict, replica: int) -> dict:
    return {lang: f"{value} ({replica})" for lang, value in text.items()} if isinstance(text, dict) else text


def replica_area(area: dict, replica: int) -> dict:
    """A copy of an area for one replica: its own sources, and its own names (the area's title, each
    fact's label, each event's title), so that no rendering of a copy repeats one of the original's
    and nothing a cache keeps for one can serve another."""
    copy = _rename_sources(area, source_suffix(replica))
    copy["title"] = _numbered(copy.get("title"), replica)
    for fact in (copy.get("facts") or {}).values():
        fact["label"] = _numbered(fact.get("label"), replica)
    for event in (copy.get("events") or {}).values():
        event["title"] = _numbered(event.get("title"), replica)
    return copy


def replica_page(markdown: str, areas: set, replica: int, area: str | None = None) -> str:
    """The page with every area, fact and event id in its macro calls renamed for one replica. On the
    page of `area`, a macro that finds its area from the page's address (`cite_this()`) is given the
    copy's area by name, since the copy's address is not one the site knows."""
    suffix = area_suffix(replica)

    def rename(match: re.Match) -> str:
        quote, name, rest = match.groups()
        return f"{quote}{name}{suffix}{rest}{quote}" if name in areas else match.group(0)

    renamed = _TEMPLATE_EXPRESSION.sub(lambda expression: _ID_STRING.sub(rename, expression.group(0)), markdown)
    return _AREA_FROM_ADDRESS.sub(f'\\1("{area}{suffix}")', renamed) if area else renamed


def area_pages(docs: Path, area_id: str) -> list:
    """The pages that show an area's facts or events in full (an area may spread over several): each
    replica gets its own copy of each, as the real site would for a new area."""
    shows_area = re.compile(
        r"\b(?:fact|area_facts|area_events|area_summary)\(\s*['\"]" + re.escape(area_id) + r"[.'\"]"
    )
    return [
        page
        for page in sorted(docs.glob("*.md"))
        if not _TRANSLATION.search(page.name) and shows_area.search(page.read_text(encoding="utf-8"))
    ]


def generic_area_page(original: str, area_id: str) -> str:
    """A page for an area whose facts the real site shows on a shared page (diplomacy, on the timeline)."""
    # The heading has no digits: docs/ pages may not type numbers into prose, and docscan checks these too.
    return (
        f"# {original.replace('_', ' ').capitalize()} (copy)\n\n"
        + "\n\n".join(f'{{{{ {macro}("{area_id}") }}}}' for macro in ("area_summary", "area_facts", "area_events"))
        + "\n"
    )


def make_project(base: Path, target: Path, replicas: int) -> Project:
    """Copy the project at `base` into `target` and add `replicas - 1` copies of its data and area pages."""
    shutil.copytree(base, target, ignore=not_copied)
    data, docs = target / "data", target / "docs"
    area_files = sorted(p for p in data.glob("*.yaml") if p.stem not in REGISTRIES)
    areas = tuple(p.stem for p in area_files)
    nav_copies = []
    if replicas > 1:
        registry = _read(data / "sources.yaml")
        originals = dict(registry["sources"])
        for replica in range(2, replicas + 1):
            registry["sources"].update({f"{sid}{source_suffix(replica)}": entry for sid, entry in originals.items()})
        _write(data / "sources.yaml", registry)
        loaded = {path.stem: _read(path) for path in area_files}
        homes = {area_id: area_pages(docs, area_id) for area_id in areas}
        for replica in range(2, replicas + 1):
            pages = []
            for area_id, area in loaded.items():
                name = f"{area_id}{area_suffix(replica)}"
                _write(data / f"{name}.yaml", replica_area(area, replica))
                if not homes[area_id]:
                    (docs / f"{name}.md").write_text(generic_area_page(area_id, name), encoding="utf-8")
                    pages.append(f"{name}.md")
                for page in homes[area_id]:
                    for template in [page, *sorted(docs.glob(f"{page.stem}.*.md"))]:  # and its translations
                        markdown = replica_page(template.read_text(encoding="utf-8"), set(areas), replica, area_id)
                        copy = f"{page.stem}{area_suffix(replica)}{template.name[len(page.stem) :]}"
                        (docs / copy).write_text(markdown, encoding="utf-8")
                    pages.append(f"{page.stem}{area_suffix(replica)}.md")
            nav_copies.append({f"Copy {replica}": pages})
    _write_configs(target, nav_copies)
    return Project(target, replicas, areas, f"data/{area_files[0].name}")


def _write_configs(project: Path, nav_copies: list) -> None:
    from mkdocs.utils.yaml import yaml_load  # MkDocs' own loader: it knows !ENV and the other tags

    with (project / "mkdocs.yml").open(encoding="utf-8") as file:
        config = yaml_load(file)
    extra = {}
    if config.get("nav") is not None:
        extra["nav"] = list(config["nav"]) + nav_copies
    _write_config(project / DATA_CONFIG, extra)
    plain = dict(extra)
    plain["plugins"] = [
        entry
        for entry in config.get("plugins") or ["search"]
        if (entry if isinstance(entry, str) else next(iter(entry))) != "macros"
    ]
    plain["hooks"] = [_plain_hook(project, index, path) for index, path in enumerate(config.get("hooks") or [])]
    (project / MARKDOWN_HOOK).write_text(_MARKDOWN_HOOK, encoding="utf-8")
    plain["hooks"].append(MARKDOWN_HOOK)
    _write_config(project / PLAIN_CONFIG, plain)


def _write_config(path: Path, overrides: dict) -> None:
    text = "INHERIT: mkdocs.yml\n"
    if overrides:
        text += yaml.safe_dump(overrides, allow_unicode=True, sort_keys=False)
    path.write_text(text, encoding="utf-8")


_PLAIN_HOOK = '''"""Written by tests/bench_data.py: the hook {path} for the plain variant of the benchmark.

Every event of the project's hook: they post-process the HTML and the search index, and none reads the
data (the downloads are written by the macros module's on_post_build, which the plain variant does not
have; it carries what that wrote as static files instead).
"""
import importlib.util as _util
import sys as _sys
from pathlib import Path as _Path

_path = _Path(__file__).resolve().parent / {path!r}
_spec = _util.spec_from_file_location({path!r}, _path)
_module = _util.module_from_spec(_spec)
_sys.modules[{path!r}] = _module
_saved_path = _sys.path.copy()
_sys.path.insert(0, str(_path.parent))  # as MkDocs does while it loads a hook
try:
    _spec.loader.exec_module(_module)
finally:
    _sys.path[:] = _saved_path
globals().update({{name: getattr(_module, name) for name in dir(_module) if name.startswith("on_")}})
'''


MARKDOWN_HOOK = "bench_plain_markdown.py"
_MARKDOWN_HOOK = '''"""Written by tests/bench_data.py: the Markdown settings define_env gave each edition.

The macros' define_env may set Markdown options per language (the title of the heading links); the
plain variant has no define_env, so it applies what the capture build recorded, and its pages come
out the same.
"""
import json
from pathlib import Path

_SETTINGS = Path(__file__).resolve().parent / "bench_markdown_settings.json"


def on_config(config):
    if not _SETTINGS.exists():
        return config
    i18n = config.plugins.get("i18n")
    language = (getattr(i18n, "current_language", None) if i18n else None) or ""
    for extension, options in json.loads(_SETTINGS.read_text(encoding="utf-8")).get(language, {}).items():
        config.mdx_configs.setdefault(extension, {}).update({key: _decoded(value) for key, value in options.items()})
    return config


def _decoded(value):
    """A function the capture wrote as {"callable": "module:name"} (toc's slugify), imported again."""
    if isinstance(value, dict) and set(value) == {"callable"}:
        import importlib

        module, _, name = value["callable"].partition(":")
        return getattr(importlib.import_module(module), name)
    return value
'''


def _plain_hook(project: Path, index: int, path: str) -> str:
    name = f"bench_plain_hook_{index}.py"
    (project / name).write_text(_PLAIN_HOOK.format(path=path), encoding="utf-8")
    return name


def make_plain_project(data_project: Path, target: Path, rendered_docs: Path) -> None:
    """A copy of `data_project` whose pages are `rendered_docs`: the same Markdown, figures written out."""
    shutil.copytree(data_project, target, ignore=not_copied)
    for page in rendered_docs.rglob("*.md"):
        destination = target / "docs" / page.relative_to(rendered_docs)
        shutil.copyfile(page, destination)


def add_generated_files(data_site: Path, plain_site: Path, plain_project: Path) -> list:
    """Copy into the plain project's docs/ every file the data build wrote and the plain build did not
    (the downloads the macros module's on_post_build writes), so both sites end up with the same files."""
    added = []
    for path in sorted(data_site.rglob("*")):
        relative = path.relative_to(data_site)
        if path.is_file() and not (plain_site / relative).exists():
            destination = plain_project / "docs" / relative
            destination.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, destination)
            added.append(relative.as_posix())
    return added


def differing_pages(data_site: Path, plain_site: Path) -> list:
    """The built pages whose HTML differs between the two variants: none, if the plain variant is a fair
    twin of the site with the data layer."""
    return sorted(
        page.relative_to(data_site).as_posix()
        for page in data_site.rglob("*.html")
        if not (plain_site / page.relative_to(data_site)).is_file()
        or page.read_bytes() != (plain_site / page.relative_to(data_site)).read_bytes()
    )
