"""The editors' command line, `python -m macros check|diff|stale|links|schema` (`cli.py`), and what
only it uses: the fact diff a reviewer reads on a pull request (`fact_diff.py`, reading each side
with `macros/data/snapshot.py` from a git revision via `revisions.py`), what is due for a re-check
(`stale.py`) and whether the sources' addresses still answer (`link_check.py`).

May import `macros.data` (reading and checking the data) and, for the same wording as the site,
`macros.site` (the formatting of figures, `project.load_project`); nothing imports it back.
"""
