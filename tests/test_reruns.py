"""Exact reruns: editing a library module reruns exactly the rules whose scripts use it.

One quick build of the electrodynamics paper in a scratch copy, then, per edit, the jobs
`snakemake -n` would run (the edit is undone before the next case). An edit changes the
content: Snakemake 9 does not rerun a job for an input whose mtime changed but whose
content (checksum) did not, so a bare `touch` of a library file reruns nothing.
"""

import os
import re
import shutil

import pytest
from conftest import COPY_IGNORE, REPO, run_snakemake

TARGET = ("electrodynamics", "--config", "quick=true")
GEOMETRY = ("electrodynamics_fig01_geometry", "")
PLOT = ("figure", "key=electrodynamics, fig=fig01")
CLAIMS = ("ledger_claims", "key=electrodynamics")
PAPER = ("electrodynamics", "")
#: The claims ledger's report page (workflow/rules/report.smk) follows the ledger.
CLAIMS_PAGE = ("report_claims", "key=electrodynamics")


def planned_jobs(root, *args):
    """(rule, wildcards) of every job a dry run of ``args`` lists."""
    result = run_snakemake(root, "-n", "--cores", "1", *args)
    assert result.returncode == 0, result.stderr[-3000:]
    jobs, rule = set(), None
    for line in result.stdout.splitlines():
        match = re.match(r"(?:local)?rule (\w+):$", line)
        if match:
            if rule:
                jobs.add((rule, ""))
            rule = match.group(1)
        elif rule and line.strip().startswith("wildcards:"):
            jobs.add((rule, line.split(":", 1)[1].strip()))
            rule = None
    if rule:
        jobs.add((rule, ""))
    return jobs


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = tmp_path_factory.mktemp("reruns") / "repo"
    shutil.copytree(REPO, root, ignore=COPY_IGNORE)
    result = run_snakemake(root, "--cores", "2", *TARGET)
    assert result.returncode == 0, result.stderr[-3000:]
    return root


EDITS = [
    ("src/coldglass/rfot.py", {GEOMETRY, PLOT, CLAIMS, CLAIMS_PAGE, PAPER}),
    # the Fig. 1 statements (claims F01-F03) measure the drawn geometry with schematics
    ("src/coldglass/schematics.py", {GEOMETRY, PLOT, CLAIMS, CLAIMS_PAGE, PAPER}),
    ("src/coldglass/piezo.py", {CLAIMS, CLAIMS_PAGE, PAPER}),
    ("src/coldglass/claims/quantum_theory.py", {CLAIMS, CLAIMS_PAGE, PAPER}),
    ("src/coldglass/plotting.py", {PLOT, PAPER}),
    ("scripts/electrodynamics/fig01.py", {PLOT, PAPER}),
    ("src/coldglass/dielectric.py", set()),
    ("src/coldglass/ats.py", set()),
]


@pytest.mark.slow
def test_nothing_to_do_after_a_build(built):
    assert planned_jobs(built, *TARGET) == set()


@pytest.mark.slow
@pytest.mark.parametrize("path,expected", EDITS, ids=[e[0] for e in EDITS])
def test_an_edit_reruns_exactly_its_users(built, path, expected):
    target = built / path
    original, stat = target.read_text(), target.stat()
    target.write_text(original + "\n# edited\n")
    try:
        assert planned_jobs(built, *TARGET) == expected
    finally:  # undo the edit (content and time) for the next case
        target.write_text(original)
        os.utime(target, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert planned_jobs(built, *TARGET) == set()


@pytest.mark.slow
def test_a_rule_written_later_tracks_its_imports(repo_copy):
    # A new rule file, a new script and two new library modules (one imported lazily,
    # relatively, by the other): nothing in the rule declares them.
    (repo_copy / "workflow/rules/electrodynamics").mkdir(exist_ok=True)
    (repo_copy / "workflow/rules/electrodynamics/probe.smk").write_text(
        "rule electrodynamics_probe:\n"
        '    output:\n        "results/electrodynamics/data/probe.txt",\n'
        '    log:\n        logfile("electrodynamics", "probe"),\n'
        '    benchmark:\n        benchfile("electrodynamics", "probe")\n'
        "    conda:\n        CONDA_ENV\n"
        '    script:\n        "../../../scripts/electrodynamics/probe.py"\n'
    )
    (repo_copy / "scripts/electrodynamics/probe.py").write_text(
        "from pathlib import Path\n\nfrom coldglass import probe_outer\n\n"
        "Path(snakemake.output[0]).write_text(str(probe_outer.value()))\n"
    )
    (repo_copy / "src/coldglass/probe_outer.py").write_text(
        "def value():\n    from . import probe_inner\n\n    return probe_inner.VALUE\n"
    )
    (repo_copy / "src/coldglass/probe_inner.py").write_text("VALUE = 1\n")
    probe = "results/electrodynamics/data/probe.txt"
    first = run_snakemake(repo_copy, "--cores", "1", probe)
    assert first.returncode == 0, first.stderr[-3000:]
    assert planned_jobs(repo_copy, probe) == set()
    (repo_copy / "src/coldglass/probe_inner.py").write_text("VALUE = 2\n")
    assert planned_jobs(repo_copy, probe) == {("electrodynamics_probe", "")}
