# coldglass: reproduce every figure, table and numeric claim of five papers on the
# low-temperature quantum physics of glasses. `snakemake --cores all` builds everything;
# `snakemake --cores 2 <paper key>` one paper; `snakemake results/<key>/figures/figNN.pdf`
# one figure. See README.md and docs/DESIGN.md.

import os
import sys
from pathlib import Path

# The physics library lives in src/: make it importable here and in every script job, so
# the workflow also runs from a plain Snakemake install (`--sdm conda`) without pip.
_SRC = str(Path(workflow.basedir) / "src")
sys.path.insert(0, _SRC)
# (set, not read: the workflow requires no environment variable from the user)
os.environ.update(PYTHONPATH=os.pathsep.join(filter(None, [_SRC, os.getenv("PYTHONPATH")])))

from coldglass.io import InputError, load_yaml

try:  # Snakemake's own message for a YAML error in the config file names no line
    load_yaml("config/config.yaml")
except InputError as _error:
    sys.stderr.write(f"coldglass: input error: {_error}\n")
    sys.exit(1)


configfile: "config/config.yaml"


report: "workflow/report/workflow.rst"


include: "workflow/rules/common.smk"
include: "workflow/rules/electrodynamics.smk"
include: "workflow/rules/quantum_theory.smk"
include: "workflow/rules/interactions.smk"
include: "workflow/rules/magnetic_tunneling.smk"
include: "workflow/rules/mixed_alkali.smk"
include: "workflow/rules/figures.smk"
include: "workflow/rules/ledger.smk"


rule all:
    default_target: True
    input:
        all_paper_targets,
        "results/claims.md",
        "results/figures.md",
        "results/status.md",
