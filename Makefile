# The two commands of the README, and the helpers they share. Each target creates the virtual
# environment it needs from requirements.lock, so a fresh clone needs only Python 3.11 and make.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
# Material prints an end-of-life banner on every build; it is noise in CI and in tests.
export NO_MKDOCS_2_WARNING := 1

.PHONY: serve test check build bench clean

serve: $(VENV)/installed  ## serve the site on http://127.0.0.1:8000 with live reload
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000

test: $(VENV)/installed  ## run every test
	$(BIN)/python -m pytest

check: $(VENV)/installed  ## validate data/ and docs/ without building
	$(BIN)/python -m macros check

build: $(VENV)/installed  ## build the site into site/ exactly as CI does
	$(BIN)/mkdocs build --strict

bench: $(VENV)/installed  ## the build benchmark at three scales (about 45 minutes; see README)
	$(BIN)/python tests/bench.py

$(VENV)/installed: requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --requirement requirements.lock
	touch $@

clean:
	rm -rf $(VENV) site .pytest_cache
