# `make all` reproduces every paper and writes results/report.zip; `make test` runs the tests.
# Both create .venv on first use and install coldglass into it (editable).
PYTHON ?= python3
VENV := .venv
STAMP := $(VENV)/.installed-stamp

.PHONY: all test lint format clean-results

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "coldglass needs Python >= 3.11")'
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --upgrade pip
	$(VENV)/bin/pip install --quiet -e '.[test]'
	touch $(STAMP)

all: $(STAMP)
	$(VENV)/bin/snakemake --cores all
	$(VENV)/bin/snakemake --cores 1 --report results/report.zip

# Formatting and lint (configured in pyproject.toml); part of `make test`.
lint: $(STAMP)
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/ruff check .
	$(VENV)/bin/snakefmt --check Snakefile workflow/

# Rewrites the tree in the project's format (ruff, snakefmt).
format: $(STAMP)
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/snakefmt Snakefile workflow/

test: lint
	$(VENV)/bin/pytest

clean-results:
	rm -rf results
