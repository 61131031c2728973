# Paper registry, configuration loading and path helpers shared by every module.
import sys
from pathlib import Path

from coldglass.io import InputError
from coldglass.validate import validate_repository

#: Software of every rule (`snakemake --sdm conda`); coldglass itself comes from src/.
CONDA_ENV = str(Path(workflow.basedir, "environment.yml"))


def abort(message):
    """Stop the workflow with one clear line and no traceback."""
    sys.stderr.write(f"coldglass: input error: {message}\n")
    sys.exit(1)


def papers_with_claims():
    """Paper keys that have a claims ledger in data/raw/<key>/claims.csv."""
    return [key for key in config["papers"] if Path(f"data/raw/{key}/claims.csv").exists()]


try:
    # Every file under config/ and data/raw/, checked before anything runs
    # (coldglass.validate). PAPERS: paper key -> public identifier and citation.
    PAPERS, _validated = validate_repository(workflow.basedir, config)
    config.update(_validated)
except InputError as error:
    abort(error)

#: Outputs each paper's target must build; modules append to their own list.
PAPER_TARGETS = {key: [] for key in PAPERS}
#: Computed tables a paper's claims need: {key: {name: parquet path}}.
CLAIM_INPUTS = {key: {} for key in PAPERS}


def logfile(key, name):
    return f"results/logs/{key}/{name}.log"


def benchfile(key, name):
    return f"results/benchmarks/{key}/{name}.tsv"


def data_file(key, name):
    return f"results/{key}/data/{name}.parquet"


def figure_pdf(key, fig):
    return f"results/{key}/figures/{fig}.pdf"


def figure_png(key, fig):
    return f"results/{key}/figures/{fig}.png"


def part_files(key):
    """Extra rule files of a paper (workflow/rules/<key>/*.smk), in name order."""
    return sorted(str(p) for p in Path(workflow.basedir, "workflow/rules", key).glob("*.smk"))


def ledger_outputs(key):
    """The claims ledger files of a paper, if it has a claims.csv yet."""
    if not Path(f"data/raw/{key}/claims.csv").exists():
        return []
    return [f"results/{key}/claims.parquet", f"results/{key}/claims.csv"]


def paper_target(key):
    """Input function of a paper's target rule: evaluated after every module is read."""
    return lambda wildcards: PAPER_TARGETS[key] + ledger_outputs(key)


def all_paper_targets(wildcards):
    """Every paper's target outputs, for rule all."""
    return [path for key in config["papers"] for path in paper_target(key)(wildcards)]


def claims_inputs(wildcards):
    """The claims rule needs the ledger, the errata, materials and any computed tables."""
    return {
        "claims": f"data/raw/{wildcards.key}/claims.csv",
        "errata": f"data/raw/{wildcards.key}/errata.md",
        "registry": sorted(Path("src/coldglass/claims").glob(f"{wildcards.key}*.py")),
        "materials": "config/materials.yaml",
        **CLAIM_INPUTS[wildcards.key],
    }


#: Data inputs of a figure's plot script, when not results/<key>/data/<fig>.parquet.
FIGURE_DATA = {key: {} for key in PAPERS}


def digitized_series(key, prefix):
    """Names of the digitized series data/raw/<key>/digitized/<prefix>*.csv (none: no jobs)."""
    return sorted(p.stem for p in Path(f"data/raw/{key}/digitized").glob(f"{prefix}*.csv"))


def figure_inputs(wildcards):
    """The generic plot rule's inputs: the figure's data and its digitized series, if any."""
    key, fig = wildcards.key, wildcards.fig
    names = digitized_series(key, fig)
    return {
        "data": FIGURE_DATA[key].get(fig, data_file(key, fig)),
        "digitized": [f"data/raw/{key}/digitized/{name}.csv" for name in names],
        "sidecars": [f"data/raw/{key}/digitized/{name}.yaml" for name in names],
    }


def figure_caption(wildcards):
    """Text of workflow/report/<key>/<fig>.rst, shown in the report under the figure."""
    return Path(
        workflow.basedir, "workflow/report", wildcards.key, f"{wildcards.fig}.rst"
    ).read_text()


def figure_files(key, figs):
    """The PDF and PNG of each figure, for PAPER_TARGETS."""
    return [path for fig in figs for path in (figure_pdf(key, fig), figure_png(key, fig))]
