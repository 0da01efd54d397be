# The README's commands and the helpers they share (`make help` lists them). Each target creates the
# virtual environment it needs on first use, from the hashed lock files, so a fresh clone needs only
# Python 3.11 and make. Two installs, so that serving the site never pulls in the test tools:
#   requirements.txt      what building and serving the site needs     (serve, check, build, ...)
#   requirements-dev.txt  what testing and linting add on top of it    (test, test-fast, lint, lock)
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV ?= .venv
BIN := $(VENV)/bin
PORT ?= 8000
# Lighthouse and the Nu HTML Checker, pinned with integrity hashes in its package-lock.json (npm ci).
TOOLS := tests/tools
BASE ?= main
# Material prints an end-of-life banner on every build; it is noise in CI and in tests.
export NO_MKDOCS_2_WARNING := 1
# --require-hashes: a package whose file does not match the hash in the lock file is refused.
PIP_INSTALL = $(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes
# The lock files take their hashes from PyPI alone: a machine's pip.conf may add a local mirror or
# a folder of wheels whose files CI and Dependabot never see.
PIP_COMPILE = env -u PIP_FIND_LINKS -u PIP_EXTRA_INDEX_URL PIP_CONFIG_FILE=/dev/null \
	$(BIN)/pip-compile --quiet --generate-hashes --allow-unsafe --strip-extras

.DEFAULT_GOAL := help
.PHONY: help serve check build diff schema test test-fast lint lighthouse test-tools bench install install-dev lock clean

help:  ## list the targets
	@awk 'BEGIN {FS = ":.*## "} /^[a-z-]+:.*## / {printf "  make %-12s %s\n", $$1, $$2}' $(MAKEFILE_LIST)
	@echo "  Variables: PORT=$(PORT) (serve), BASE=$(BASE) (diff), VENV=$(VENV)"

serve: $(VENV)/installed-site  ## serve the site on http://127.0.0.1:$PORT (default 8000) with live reload
	@# A busy port is one line here, not the traceback mkdocs would print.
	@$(BIN)/python -c "import socket; s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1); \
	s.bind(('127.0.0.1', int('$(PORT)')))" 2>/dev/null || { echo "make serve: port $(PORT) is busy (another \
	make serve?); stop it, or choose another port: PORT=$$(( $(PORT) + 1 )) make serve" >&2; exit 2; }
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:$(PORT)

check: $(VENV)/installed-site  ## validate data/ and docs/ without building
	$(BIN)/python -m macros check

build: $(VENV)/installed-site  ## build the site into site/ exactly as CI does
	$(BIN)/mkdocs build --strict

diff: $(VENV)/installed-site  ## the facts changed since BASE (default main) in your working tree, as a Markdown table
	$(BIN)/python -m macros diff $(BASE)

schema: $(VENV)/installed-site  ## regenerate data/schema/*.json after a change to macros/data/schema.py
	$(BIN)/python -m macros schema

test: lint $(VENV)/installed-dev $(TOOLS)/node_modules/.installed  ## the lint, then every test (the browser tests need /usr/bin/chromium)
	$(BIN)/python -m pytest

test-fast: $(VENV)/installed-dev  ## the inner loop: every test that needs neither a full build nor a browser
	$(BIN)/python -m pytest -m "not build and not browser"

lint: $(VENV)/installed-dev  ## ruff (lint and format) and mypy, as CI runs them
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

lighthouse: $(VENV)/installed-dev $(TOOLS)/node_modules/.installed  ## Lighthouse (mobile) alone, on the home, trade, turnover and timeline pages
	$(BIN)/python -m pytest tests/browser/test_lighthouse.py

test-tools: $(TOOLS)/node_modules/.installed  ## install Lighthouse and the HTML checker into tests/tools (needs npm)

bench: $(VENV)/installed-site  ## the build benchmark at three scales (about 45 minutes; see README)
	$(BIN)/python tests/bench.py

install: $(VENV)/installed-site  ## install what building and serving needs into $VENV (default .venv)

install-dev: $(VENV)/installed-dev  ## install that and what testing and linting add

lock: $(VENV)/installed-dev  ## rewrite both lock files after a change to requirements*.in
	$(PIP_COMPILE) --output-file=requirements.txt requirements.in
	$(PIP_COMPILE) --output-file=requirements-dev.txt requirements-dev.in

# The stamps record which lock file was installed; a newer lock file installs again.
$(VENV)/installed-site: requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(PIP_INSTALL) --requirement requirements.txt
	touch $@

# --ignore-scripts: vnu-jar's install script would download a Java runtime; the tests use the machine's.
# Without npm the tests that need these tools skip (and fail in CI, where .ci/run installs npm).
$(TOOLS)/node_modules/.installed: $(TOOLS)/package-lock.json
	@command -v npm >/dev/null || { echo "make: no npm; the Lighthouse and HTML validation tests will skip \
	(Debian: apt-get install nodejs npm default-jre-headless)" >&2; exit 0; }; \
	cd $(TOOLS) && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error && touch node_modules/.installed

$(VENV)/installed-dev: $(VENV)/installed-site requirements-dev.txt
	$(PIP_INSTALL) --requirement requirements.txt --requirement requirements-dev.txt
	touch $@

clean:  ## remove the virtual environment, the built site and the tools' caches
	rm -rf $(VENV) site .pytest_cache .ruff_cache .mypy_cache $(TOOLS)/node_modules
