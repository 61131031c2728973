# Paper registry, configuration loading and path helpers shared by every module.
import sys
from pathlib import Path

from coldglass.codedeps import library_closure, load_cache, save_cache
from coldglass.io import InputError
from coldglass.ledger import read_figures
from coldglass.validate import validate_repository

#: Software of every rule (`snakemake --sdm conda`); coldglass itself comes from src/.
CONDA_ENV = str(REPO / "environment.yml")


def stop(message):
    """Stop the workflow with one clear line (`coldglass: <message>`) and no traceback."""
    sys.stderr.write(f"coldglass: {message}\n")
    sys.exit(1)


def abort(message):
    """Stop the workflow on bad input, with one clear line and no traceback."""
    stop(f"input error: {message}")


# Recovery after a crash. Every Snakemake process that reads this workflow holds a shared
# lock (flock) on .snakemake/coldglass/alive.lock until it exits; the kernel releases it
# even after `kill -9`. A process that can take the lock exclusively is therefore the only
# one alive here, so Snakemake locks still in .snakemake/locks were left by a run that was
# killed: they are removed (what `snakemake --unlock` would do). Incomplete outputs are
# rerun by `rerun-incomplete` in workflow/profiles/default.
def _hold_alive_lock(folder=Path(".snakemake")):
    try:
        import fcntl
    except ImportError:  # not a POSIX system: leave Snakemake's own locking as it is
        return None
    (folder / "coldglass").mkdir(parents=True, exist_ok=True)
    handle = open(folder / "coldglass/alive.lock", "a")
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        pass  # another Snakemake process of this workflow is running: its locks are real
    else:
        stale = sorted((folder / "locks").glob("*.lock"))
        for path in stale:
            path.unlink(missing_ok=True)
        if stale:
            sys.stderr.write(
                f"coldglass: removed {len(stale)} stale lock file(s) of a run that was "
                "killed (no other Snakemake process of this workflow is running)\n"
            )
    fcntl.flock(handle, fcntl.LOCK_SH)
    return handle


#: Open for the life of this process (closing it would release the lock).
_ALIVE_LOCK = _hold_alive_lock()


def papers_with_claims():
    """Paper keys that have a claims ledger in data/raw/<key>/claims.csv."""
    return [key for key in config["papers"] if Path(f"data/raw/{key}/claims.csv").exists()]


try:
    # Every file under config/ and data/raw/, checked before anything runs
    # (coldglass.validate). PAPERS: paper key -> public identifier and citation.
    PAPERS, _validated = validate_repository(REPO, config)
    config.update(_validated)
    #: Paper key -> rows of data/raw/<key>/figures.csv (the figure ledger).
    FIGURE_LEDGER = {key: read_figures(f"data/raw/{key}/figures.csv") for key in config["papers"]}
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
    return sorted(str(p) for p in Path(workflow.basedir, "rules", key).glob("*.smk"))


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
        # load_registry imports coldglass.claims.<key> by a computed name: declared here.
        "registry": library_files(f"coldglass.claims.{wildcards.key}"),
        "materials": "config/materials.yaml",
        **CLAIM_INPUTS[wildcards.key],
    }


#: Data inputs of a figure's plot script, when not results/<key>/data/<fig>.parquet.
FIGURE_DATA = {key: {} for key in PAPERS}


def digitized_series(key, prefix):
    """Names of the digitized series data/raw/<key>/digitized/<prefix>*.csv (none: no jobs)."""
    return sorted(p.stem for p in Path(f"data/raw/{key}/digitized").glob(f"{prefix}*.csv"))


def stop_if_pending(key, fig, data):
    """One clear line, not a MissingInputException, when a user asks for a pending figure.

    Pending: the figure ledger says so and no rule computes the figure's data.
    """
    status = {row["id"]: row["status"] for row in FIGURE_LEDGER.get(key, [])}.get(fig)
    if status != "pending" or Path(data).exists():
        return
    if not any(other.is_producer(data) for other in workflow.rules):
        stop(
            f"{key} {fig} is pending: data/raw/{key}/figures.csv lists it as not reproduced "
            "yet and no rule computes its data (see results/figures.md)"
        )


def figure_inputs(wildcards):
    """The generic plot rule's inputs: the figure's data and its digitized series, if any."""
    key, fig = wildcards.key, wildcards.fig
    data = FIGURE_DATA[key].get(fig, data_file(key, fig))
    stop_if_pending(key, fig, data)
    names = digitized_series(key, fig)
    return {
        "data": data,
        "digitized": [f"data/raw/{key}/digitized/{name}.csv" for name in names],
        "sidecars": [f"data/raw/{key}/digitized/{name}.yaml" for name in names],
    }


def figure_files(key, figs):
    """The PDF and PNG of each figure, for PAPER_TARGETS."""
    return [path for fig in figs for path in (figure_pdf(key, fig), figure_png(key, fig))]


# Library code is an input (docs/CONTRACTS.md): every rule that runs a script depends on the
# coldglass modules the script imports, found by static analysis (coldglass.codedeps).
#: Name of the input that lists them (`snakemake.input.library` in a script).
LIBRARY_INPUT = "library"
#: Import lists of files already parsed, keyed by content hash (keeps a no-op run fast).
_IMPORT_CACHE_FILE = Path(".snakemake/coldglass/imports.json")
_IMPORT_CACHE = load_cache(_IMPORT_CACHE_FILE)


def library_files(*entries):
    """Library files run by scripts (paths) or modules (dotted names), transitively.

    Paths are returned relative to the working directory when they are below it.
    """
    known = len(_IMPORT_CACHE)
    files = library_closure(entries, REPO / "src", cache=_IMPORT_CACHE)
    if len(_IMPORT_CACHE) != known:
        save_cache(_IMPORT_CACHE, _IMPORT_CACHE_FILE)
    here = Path.cwd()
    return [
        str(path.relative_to(here)) if path.is_relative_to(here) else str(path)
        for path in map(Path.resolve, files)
    ]


def _script_library(script):
    """Input function for a script path with wildcards (the generic `figure` rule)."""

    def inputs(wildcards):
        path = Path(script.format(wildcards=wildcards))
        return library_files(path) if path.is_file() else []

    return inputs


def add_library_inputs(rules):
    """Add the input `library` (library_files of the rule's script) to every script rule."""
    for candidate in rules:
        if candidate.script is None:
            continue
        if LIBRARY_INPUT in candidate.input._names:
            abort(f"the input name '{LIBRARY_INPUT}' is reserved (rule {candidate.name})")
        if candidate.input_modifier is None:  # no `input` section (same modifier)
            candidate.input_modifier = candidate.output_modifier
        script = str(Path(candidate.basedir.get_path_or_uri(secret_free=True), candidate.script))
        if "{" in script:
            candidate.set_input(**{LIBRARY_INPUT: _script_library(script)})
        else:
            candidate.set_input(**{LIBRARY_INPUT: library_files(script)})
