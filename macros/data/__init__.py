"""The data layer: from `data/*.yaml` to a checked, frozen model, with every mistake as a `path:line:` problem.

The flow, one module per step (`load.load_dataset` runs it):
- `yaml_reader`: read a YAML file with the line of every key, turning YAML 1.1 traps into values to report;
- `schema`: what each data file may contain, as records of fields (`fields`: each kind of field,
  checked and described for editors' JSON Schema in one place; `vocabulary`: the closed word lists;
  `units`, `periods`: units and periods as editors write them);
- `conform`: conform each file to its record, field by field, into typed raw records;
- `rules`: the checks across fields and files, one function each, listed in `rules.RULES`;
- `build`: the frozen model (`model`) from data that passed every check;
- `problems`: the `Problem` each step reports and the one `ProblemReport` an editor reads.

Who calls it: the site (`macros/site/project.py`, which adds the checks of docs/) and the editors'
commands (`macros/editors/`). What it may import: the standard library, PyYAML and itself; never
MkDocs, Jinja, markupsafe, Babel, `macros.site` or `macros.editors`, so any generator or tool can use
it (`tests/test_layers.py` holds it to that).
"""
