"""`python -m macros`: the editors' command line (macros/editors/cli.py)."""

import sys

from macros.editors.cli import main

sys.exit(main())
