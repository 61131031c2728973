# `make all` reproduces every paper, writes results/report.zip and prints the claims per
# status (it fails, naming them, on a mismatching claim or a missing figure); `make test` runs
# the tests. Both create .venv on first use and install coldglass into it (editable).
# After a crash (even `kill -9`) `make all` resumes by itself: stale locks are removed and
# incomplete files rerun (workflow/rules/common.smk, workflow/profiles/default).
# SNAKEMAKE_ARGS passes options to the run, e.g. `make all SNAKEMAKE_ARGS="--config quick=true"`.
PYTHON ?= python3
VENV := .venv
STAMP := $(VENV)/.installed-stamp
SNAKEMAKE_ARGS ?=

.PHONY: all test lint format clean-results

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "coldglass needs Python >= 3.11")'
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --upgrade pip
	$(VENV)/bin/pip install --quiet -e '.[test]'
	touch $(STAMP)

all: $(STAMP)
	$(VENV)/bin/snakemake --cores all $(SNAKEMAKE_ARGS)
	$(VENV)/bin/snakemake --cores 1 --report results/report.zip $(SNAKEMAKE_ARGS)
	$(VENV)/bin/python scripts/check_results.py

# Formatting and lint (configured in pyproject.toml); part of `make test`.
lint: $(STAMP)
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/ruff check .
	$(VENV)/bin/snakefmt --check workflow/

# Rewrites the tree in the project's format (ruff, snakefmt).
format: $(STAMP)
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/snakefmt workflow/

test: lint
	$(VENV)/bin/pytest

clean-results:
	rm -rf results
