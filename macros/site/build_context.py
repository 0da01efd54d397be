"""What one build computes once and its language editions share: the `BuildContext`.

The reset rule, in one place. A BuildContext belongs to one MkDocs config object, and nothing of it
is kept at module level:
- MkDocs makes a new config object for every build: `mkdocs build`, and each rebuild of
  `mkdocs serve` after a change (mkdocs/commands/serve.py calls load_config again), so a rebuild
  reads the changed files afresh;
- mkdocs-static-i18n builds the other language editions with the config object of the default
  edition's build, inside that build, so every edition finds the context the first one made: the
  project is loaded and checked once, git is asked once, and the downloads are made once.
(The macros plugin object would serve as well today, but MkDocs keeps a plugin object from one
`mkdocs serve` rebuild to the next as soon as the plugin has an `on_startup`.)

`define_env` (`mkdocs_plugin.py`) starts or finds the context at the start of each edition; the
macros module's `on_post_build` finds it again to write that edition's downloads.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from macros.site.build_info import GitFacts
from macros.site.downloads import DownloadFiles
from macros.site.project import SiteDataset, load_project

# The attribute of the MkDocs config object that carries the build's context.
_CONFIG_ATTRIBUTE = "factsheet_build_context"


@dataclass(frozen=True)
class BuildContext:
    root: Path  # the project: mkdocs.yml, data/, docs/
    dataset: SiteDataset  # validated data/, with each fact's home page from docs/
    git: GitFacts  # the build stamp, and data/'s history for "cite this"
    downloads: DownloadFiles  # data/facts.csv, data/sources.csv, data/facts.json, made on first write

    @classmethod
    def start(cls, root: Path) -> BuildContext:
        """Load and check the project (raises ProblemReport) and ask git for the stamp."""
        dataset = load_project(root)
        git = GitFacts(root)
        return cls(root, dataset, git, DownloadFiles(dataset, git.stamp))


def context_of_build(config: Any, root: Path) -> BuildContext:
    """The context of the build `config` belongs to: started by its first edition, found by the others."""
    context = getattr(config, _CONFIG_ATTRIBUTE, None)
    if context is None:
        context = BuildContext.start(root)
        setattr(config, _CONFIG_ATTRIBUTE, context)
    return context
