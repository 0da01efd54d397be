"""The fact sheet's code, as mkdocs-macros loads it (`module_name: macros` in mkdocs.yml).

The package is laid out as the pipeline runs:

- `macros.data`: read data/*.yaml with line numbers, check it, build the frozen model. Plain
  Python: imports nothing from MkDocs, Jinja or `macros.site`, so any generator can use it.
- `macros.site`: the model turned into pages: the macros editors call in docs/, HTML fragments,
  charts, citations, downloads, the security policy, the two editions, and the MkDocs glue.
- `macros.editors`: the editors' command line, `python -m macros check|diff|stale|links|schema`.

ARCHITECTURE.md follows one figure from data/ to a built page.
"""

# mkdocs-macros calls these by name in the module it loads: define_env at the start of each
# language edition's build, on_post_page_macros after each page's macros (it shows a served build's
# problems on the page), on_post_build at the edition's end (macros/site/mkdocs_plugin.py).
from macros.site.mkdocs_plugin import define_env, on_post_build, on_post_page_macros

__all__ = ("define_env", "on_post_build", "on_post_page_macros")
