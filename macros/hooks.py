"""MkDocs hooks (registered in mkdocs.yml under `hooks:`): the security policy in every page, and the
downloads written after every build. Glue only; the work is done in csp.py and exports.py.

MkDocs loads this file by path, not as part of the `macros` package, so the project root is put on
sys.path to import the package the macros plugin uses.
"""
from __future__ import annotations

import logging
import sys
from pathlib import Path

_ROOT = Path(__file__).resolve().parent.parent
if str(_ROOT) not in sys.path:
    sys.path.insert(0, str(_ROOT))

from macros import csp, exports  # noqa: E402  (needs the path above)
from macros.buildinfo import build_stamp  # noqa: E402

log = logging.getLogger("mkdocs.hooks.factsheet")
_serving = False


def on_startup(command, dirty):
    global _serving
    # `mkdocs serve` injects its live-reload script into each page after these hooks run, with a
    # new number each time; a policy written here would block it, so pages served live go without.
    _serving = command == "serve"
    if _serving:
        log.info("Serving locally: pages carry no Content-Security-Policy (`mkdocs build` adds it).")


def on_post_page(output, page, config):
    return output if _serving else csp.secure_page(output)


def on_post_template(output_content, template_name, config):
    # 404.html is a theme template, not a page: it needs the policy too; sitemap.xml does not.
    if _serving or not template_name.endswith(".html"):
        return output_content
    return csp.secure_page(output_content)


def on_post_build(config):
    variables = config.plugins["macros"].variables
    dataset = variables["factsheet"]
    stamp = variables.get("factsheet_build") or build_stamp(Path(config.config_file_path).parent)
    written = exports.write_downloads(dataset, Path(config.site_dir), stamp, config.site_name)
    log.info("Downloads written: %s", ", ".join(path.name for path in written))
