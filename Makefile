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

.PHONY: all test lint format clean-results slurm-env slurm archive

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "coldglass needs Python >= 3.11")'
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --upgrade pip
	$(VENV)/bin/pip install --quiet -e '.[test]'
	touch $(STAMP)

# The SLURM executor plugin (extra `coldglass[slurm]`) gets its own environment, layered on
# .venv: Snakemake imports every installed plugin at start, and this one then asks
# `scontrol` for the cluster's configuration, which costs 10 s per start wherever SLURM is
# configured but no controller answers. .venv stays without it, so local runs never wait.
SLURM_VENV := .venv-slurm
PURELIB := import sysconfig; print(sysconfig.get_path("purelib"))

$(SLURM_VENV)/.installed-stamp: $(STAMP)
	$(PYTHON) -m venv $(SLURM_VENV)
	echo "import site; site.addsitedir('$$($(VENV)/bin/python -c '$(PURELIB)')')" \
		> "$$($(SLURM_VENV)/bin/python -c '$(PURELIB)')/coldglass-base.pth"
	$(SLURM_VENV)/bin/pip install --quiet --upgrade pip
	$(SLURM_VENV)/bin/pip install --quiet -e '.[slurm]'
	touch $@

slurm-env: $(SLURM_VENV)/.installed-stamp

# Everything on a SLURM cluster (set partition and account first: README.md).
slurm: slurm-env
	$(SLURM_VENV)/bin/python -m snakemake --profile workflow/profiles/slurm

all: $(STAMP)
	$(VENV)/bin/snakemake --cores all $(SNAKEMAKE_ARGS)
	$(VENV)/bin/snakemake --cores 1 --report results/report.zip $(SNAKEMAKE_ARGS)
	$(VENV)/bin/python scripts/check_results.py

# The archived supplement for a journal or Zenodo: dist/coldglass-<version>.zip (README.md).
archive: all
	$(VENV)/bin/python scripts/archive.py

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
