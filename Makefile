# `make help` lists the targets. `make run` and `make test` set everything up themselves.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
# The extractor compiled with mypyc when a C compiler is there (about 1.5x as fast, the same
# figures); PURE=1 on install, run, test or bench keeps it (and leaves it) Python.
EXTRACTOR := $(BIN)/python tools/compile_extractor.py $(if $(PURE),--remove,--install)

.PHONY: help install run test test-fast lint accuracy bench compiled uncompiled clean

help:  ## list the targets
	@grep -hE '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-12s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)  ## create .venv, install solieu with its test tools, compile the extractor if it can (PURE=1: not)
	@$(EXTRACTOR)

run: install  ## run the whole pipeline on raw/; RELEASE_NOTE="..." for the changelog
	$(BIN)/solieu run $${RELEASE_NOTE:+--release-note "$$RELEASE_NOTE"}

test: install  ## run every test, on the compiled extractor if make install could build it
	$(BIN)/pytest

test-fast: $(STAMP)  ## the edit-test loop: every test but the slow, end-to-end and browser ones (about five minutes)
	$(BIN)/pytest -q -m "not slow and not e2e and not browser"

lint: $(STAMP)  ## ruff on the code, mypy on the core and the flows
	$(BIN)/ruff check src flows tests benchmarks tools
	$(BIN)/mypy src flows --ignore-missing-imports

accuracy: $(STAMP)  ## score the extractor against the hand-annotated reports in tests/gold
	$(BIN)/python tests/scoring.py

bench: install  ## run the benchmarks (results go in BENCHMARKS.md by hand)
	$(BIN)/python benchmarks/extract_bench.py
	$(BIN)/python benchmarks/validate_bench.py
	$(BIN)/python benchmarks/flow_bench.py
	$(BIN)/python benchmarks/catalog_bench.py

compiled: $(STAMP)  ## compile the extractor now (make install does when it is missing or older than its sources)
	$(BIN)/python tools/compile_extractor.py

uncompiled:  ## remove the compiled extractor: the Python sources run (as after make install PURE=1)
	$(BIN)/python tools/compile_extractor.py --remove

include prefect.mk

clean:  ## remove the virtual environment and caches
	rm -rf $(VENV) .pytest_cache .hypothesis .ruff_cache
