"""Timing of the whole workflow: cold full run, per-job start-up, slowest rules, no-op run.

Copies the repository to a temporary folder (no results, no caches: numba compiles its
kernels as on a first run), runs `snakemake --cores 2`, reads Snakemake's benchmark files
(results/benchmarks/**/*.tsv: one per job, wall time `s` and `cpu_time`), then runs the same
command again, which has nothing to do (the no-op run), and measures the start-up of one
plot job's Python process (interpreter, Snakemake's script preamble, the imports of a
typical plot script).

Budgets (issue "Speed budget"): cold run <= 180 s on two cores, no-op run <= 2 s. Exits 1
when a budget is exceeded. On a machine shared with other work the wall-clock times are
inflated; the CPU times printed beside them are less so (CPU / 2 is the wall time two free
cores would need at best).
Run: .venv/bin/python benchmarks/workflow_timing.py [--quick] [--cores N]
(this is a timing report, not a kernel benchmark: no speed-up or reference here).
"""

import argparse
import csv
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SNAKEMAKE = str(Path(sys.executable).with_name("snakemake"))
IGNORE = shutil.ignore_patterns(
    ".git", ".venv", "results", ".snakemake", "__pycache__", "*.egg-info", ".pytest_cache"
)
COLD_BUDGET_S = 180.0
NOOP_BUDGET_S = 2.0
#: What a plot job's process does before drawing: Snakemake's preamble and the imports.
PLOT_STARTUP = (
    "import snakemake.script, pickle\n"
    "import matplotlib.pyplot, pandas, pyarrow.parquet\n"
    "from coldglass import plotting, io\n"
)


def children_cpu():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed_run(args, cwd):
    """(wall s, CPU s of the process and its children, CompletedProcess)."""
    cpu0, t0 = children_cpu(), time.perf_counter()
    result = subprocess.run(args, cwd=cwd, capture_output=True, text=True)
    return time.perf_counter() - t0, children_cpu() - cpu0, result


def job_times(root):
    """{job name: (wall s, CPU s)} from results/benchmarks."""
    out = {}
    for path in sorted((root / "results/benchmarks").rglob("*.tsv")):
        with path.open() as handle:
            row = next(csv.DictReader(handle, delimiter="\t"))
        name = path.relative_to(root / "results/benchmarks").with_suffix("").as_posix()
        out[name] = (float(row["s"]), float(row["cpu_time"]))
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="coarse grids (quick=true)")
    parser.add_argument("--cores", type=int, default=2)
    args = parser.parse_args()
    extra = ["--config", "quick=true"] if args.quick else []
    command = [SNAKEMAKE, "--cores", str(args.cores), *extra]
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "repo"
        shutil.copytree(REPO, root, ignore=IGNORE)
        wall, cpu, result = timed_run(command, root)
        if result.returncode != 0:
            sys.exit(f"the run failed:\n{result.stderr[-3000:]}")
        jobs = job_times(root)
        noop_wall, noop_cpu, noop = timed_run(command, root)
        assert "Nothing to be done" in noop.stdout + noop.stderr, noop.stderr[-2000:]
        startups = [timed_run([sys.executable, "-c", PLOT_STARTUP], root)[:2] for _ in range(5)]
    walls = [w for w, _ in jobs.values()]
    cpus = [c for _, c in jobs.values()]
    plots = [
        w for name, (w, _) in jobs.items() if re.fullmatch(r"fig\d\d[a-z]?", name.split("/")[-1])
    ]
    print(f"cold full run ({'quick' if args.quick else 'full'} grids, {args.cores} cores):")
    print(f"  wall {wall:.1f} s (budget {COLD_BUDGET_S:.0f} s); CPU {cpu:.1f} s")
    print(f"  {len(jobs)} jobs; sum of job CPU {sum(cpus):.1f} s, of job wall {sum(walls):.1f} s")
    print(
        f"per-job time (median over {len(jobs)} jobs, results/benchmarks): "
        f"wall {statistics.median(walls):.2f} s, CPU {statistics.median(cpus):.2f} s"
    )
    if plots:
        print(f"  plot jobs only ({len(plots)}): wall {statistics.median(plots):.2f} s")
    print(
        "start-up of a plot job's process (median of 5: interpreter, script preamble, "
        f"imports): wall {statistics.median(w for w, _ in startups):.2f} s, "
        f"CPU {statistics.median(c for _, c in startups):.2f} s"
    )
    print("slowest jobs (wall, CPU):")
    for name, (w, c) in sorted(jobs.items(), key=lambda item: -item[1][0])[:8]:
        print(f"  {name:45s} {w:7.2f} s {c:7.2f} s")
    print(f"no-op run: wall {noop_wall:.2f} s (budget {NOOP_BUDGET_S:.0f} s), CPU {noop_cpu:.2f} s")
    over = [
        label
        for label, value, budget in (
            ("cold run", wall, COLD_BUDGET_S),
            ("no-op run", noop_wall, NOOP_BUDGET_S),
        )
        if value > budget
    ]
    if over:
        print("OVER BUDGET: " + ", ".join(over))
        sys.exit(1)
    print("within budget")


if __name__ == "__main__":
    main()
