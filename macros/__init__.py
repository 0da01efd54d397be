"""The fact sheet's code, as mkdocs-macros loads it (`module_name: macros` in mkdocs.yml).

The package is laid out as the pipeline runs:

- `macros.data`: read data/*.yaml with line numbers, check it, build the frozen model. Plain
  Python: imports nothing from MkDocs, Jinja or `macros.site`, so any generator can use it.
- `macros.site`: the model turned into pages: the macros editors call in docs/, HTML fragments,
  charts, citations, downloads, the security policy, the two editions, and the MkDocs glue.
- `macros.editors`: the editors' command line, `python -m macros check|diff|stale|links|schema`.

ARCHITECTURE.md follows one figure from data/ to a built page.
"""

from macros.site.mkdocs_plugin import define_env

__all__ = ["define_env"]
