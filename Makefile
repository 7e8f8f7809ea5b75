# The two commands a newcomer needs: `make run` and `make test`. `make help` lists the rest.
SHELL := /bin/bash
.DEFAULT_GOAL := help

# CPython 3.11 for .venv. Empty (the default): Debian's /usr/bin/python3.11 where it exists and can
# make a venv (Debian builds it with PGO+LTO and links libpython into the executable: the extractor
# runs about 10% faster on it than on a plain source build such as pyenv's; docs/extraction.md,
# "Which interpreter"), else the first python3.11 on PATH. `make PYTHON=/path/to/python3.11` chooses.
# An existing .venv is kept: delete it to rebuild it with another interpreter.
PYTHON ?=
VENV := .venv
PY := $(VENV)/bin/python
NEO4J := $(PY) neo4j/local_server.py
NEO4J_INSTANCE ?= main
NEO4J_BOLT_PORT ?= 7687
NEO4J_TEST_BOLT_PORT ?= 7688
APP_PORT ?= 8501
PYTEST_ARGS ?=
export PYTHONPATH := $(CURDIR)

.PHONY: help run test venv test-deps browser neo4j-jars neo4j-start neo4j-stop neo4j-status \
        neo4j-reset load-seeds serve lint typecheck bench clean

help:
	@echo "make run          install, start a local Neo4j (unless NEO4J_URI is set), load seeds/, serve http://localhost:$(APP_PORT)"
	@echo "make test         install test tools, run all tests against a separate test Neo4j, stop it"
	@echo "make neo4j-start  start the local Neo4j (port $(NEO4J_BOLT_PORT)); credentials in .neo4j/env"
	@echo "make neo4j-stop   stop it;  make neo4j-reset  stop it and delete its data"
	@echo "make load-seeds   load seeds/ into the configured Neo4j"
	@echo "make lint | typecheck | bench"

# ------------------------------------------------------------------ install

$(VENV)/.installed: requirements.txt
	@if [ ! -x $(PY) ]; then \
	  py="$(PYTHON)"; \
	  if [ -z "$$py" ]; then \
	    py=python3.11; \
	    if [ -x /usr/bin/python3.11 ]; then \
	      if ! /usr/bin/python3.11 -c 'import ensurepip, venv' >/dev/null 2>&1; then \
	        echo "Installing Debian's python3.11-venv (once)"; \
	        SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	        { $$SUDO apt-get update -qq && \
	          DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq python3.11-venv >/dev/null; } || \
	          echo "(could not install python3.11-venv: using python3.11 from PATH)"; \
	      fi; \
	      if /usr/bin/python3.11 -c 'import ensurepip, venv' >/dev/null 2>&1; then py=/usr/bin/python3.11; fi; \
	    fi; \
	  fi; \
	  echo "Creating $(VENV) with $$py ($$($$py -c 'import platform; print(platform.python_version())'))"; \
	  $$py -m venv $(VENV) || exit 1; \
	fi
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -r requirements.txt
	touch $@

$(VENV)/.dev-installed: $(VENV)/.installed requirements-dev.txt
	$(PY) -m pip install -q -r requirements-dev.txt
	touch $@

venv: $(VENV)/.installed

test-deps: $(VENV)/.dev-installed browser

# Debian's Chromium for the end-to-end tests (Playwright drives it; it never downloads a browser).
browser:
	@if [ ! -x /usr/bin/chromium ]; then \
	  echo "Installing Debian's chromium and fonts (once)"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium fonts-dejavu-core >/dev/null; \
	fi

# ------------------------------------------------------------------ local Neo4j (no Docker)

neo4j-jars: venv
	$(NEO4J) jars

neo4j-start: venv
	$(NEO4J) start --instance $(NEO4J_INSTANCE) --port $(NEO4J_BOLT_PORT)

neo4j-stop: venv
	$(NEO4J) stop --instance $(NEO4J_INSTANCE)

neo4j-status: venv
	$(NEO4J) status --instance $(NEO4J_INSTANCE)

neo4j-reset: neo4j-stop
	rm -rf .neo4j/main .neo4j/env
	@echo "Local Neo4j data deleted; the next start creates a fresh database and password."

# ------------------------------------------------------------------ run

# Uses NEO4J_URI when set (Aura, Desktop, compose); otherwise starts and uses the local server.
run: venv
	@if [ -z "$$NEO4J_URI" ]; then $(MAKE) --no-print-directory neo4j-start; fi
	@if [ -z "$$NEO4J_URI" ]; then set -a; . .neo4j/env; set +a; fi; \
	  $(MAKE) --no-print-directory load-seeds && $(MAKE) --no-print-directory serve

load-seeds: venv
	@if [ -z "$$NEO4J_URI" ] && [ -f .neo4j/env ]; then set -a; . .neo4j/env; set +a; fi; \
	  if [ -f loaders/__main__.py ]; then $(PY) -m loaders load seeds/; \
	  else echo "(no loader yet: seeds not loaded)"; fi

serve: venv
	@echo "Serving the explorer at http://localhost:$(APP_PORT)  (Ctrl+C to stop)"
	@if [ -z "$$NEO4J_URI" ] && [ -f .neo4j/env ]; then set -a; . .neo4j/env; set +a; fi; \
	  $(PY) -m streamlit run explorer/app.py --server.port $(APP_PORT) --server.address localhost \
	    --server.headless true --browser.gatherUsageStats false

# ------------------------------------------------------------------ test

# Starts its own Neo4j (instance `test`, own data folder and port), runs every test, stops it.
test: test-deps
	@$(NEO4J) start --instance test --port $(NEO4J_TEST_BOLT_PORT) || exit 1; \
	  set -a; . .neo4j/test/env; set +a; \
	  $(PY) -m ruff check . && $(PY) -m pytest $(PYTEST_ARGS); status=$$?; \
	  $(NEO4J) stop --instance test; \
	  exit $$status

lint: $(VENV)/.dev-installed
	$(PY) -m ruff check .

typecheck: $(VENV)/.dev-installed
	$(PY) -m mypy loaders explorer

bench: venv
	@ls bench/*.py 2>/dev/null || echo "no benchmarks yet"

clean:
	rm -rf .pytest_cache .mypy_cache .ruff_cache test-artifacts
