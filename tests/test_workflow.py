"""The workflow as a user runs it: DAG, lint, bad input, the electrodynamics paper end to end."""

import zipfile

import pandas as pd
import pytest
from conftest import run_snakemake

from coldglass.io import read_table


def test_dry_run_builds_the_whole_dag(repo_copy):
    result = run_snakemake(repo_copy, "-n", "--cores", "2")
    assert result.returncode == 0, result.stderr
    assert "rule all" in result.stdout or "all " in result.stdout
    assert (
        "ledger_claims_summary" in result.stdout
        and "electrodynamics_fig01_geometry" in result.stdout
    )


def test_lint_is_clean(repo_copy):
    result = run_snakemake(repo_copy, "--lint")
    assert result.returncode == 0
    assert "Congratulations, your workflow is in a good condition!" in result.stdout + result.stderr


def edit(path, old, new):
    text = path.read_text()
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1))


BAD_INPUTS = [
    (
        "data/raw/electrodynamics/claims.csv",
        "tolerance_kind,tolerance",
        "tolerance",
        "data/raw/electrodynamics/claims.csv, row 1, field 'tolerance_kind': "
        "missing column(s) tolerance_kind",
    ),
    ("data/raw/electrodynamics/claims.csv", '"4.8",D,rel', '"4.8x",D,rel', None),
    (
        "data/raw/electrodynamics/claims.csv",
        "C04,l.25,(xi/a)^3 ~ 200 beads move in a transition,200,,rel",
        "C04,l.25,(xi/a)^3 ~ 200 beads move in a transition,200,,roughly",
        "data/raw/electrodynamics/claims.csv, row 5, "
        "field 'tolerance_kind': unknown tolerance kind 'roughly'",
    ),
    (
        "config/config.yaml",
        "quick: false",
        "quick: false\nquik: true",
        "config/config.yaml, row 4, field 'quik': unknown key",
    ),
]


@pytest.mark.parametrize("path,old,new,message", BAD_INPUTS)
def test_bad_input_stops_with_one_clear_message(repo_copy, path, old, new, message):
    target = repo_copy / path
    if path.endswith("claims.csv") and message is None:
        row = next(
            i
            for i, line in enumerate(target.read_text().splitlines(), 1)
            if line.startswith("C06,")
        )
        old, new = "4.8,D,rel", "4.8x,D,rel"
        message = (
            f"data/raw/electrodynamics/claims.csv, row {row}, field 'printed_value': "
            "'4.8x' is not a number"
        )
    edit(target, old, new)
    result = run_snakemake(repo_copy, "-n", "--cores", "1")
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert f"coldglass: input error: {message}" in output
    assert "Traceback" not in output and 'File "' not in output


def test_malformed_digitized_series_stops_the_run(repo_copy):
    folder = repo_copy / "data/raw/magnetic_tunneling/digitized"
    folder.mkdir(exist_ok=True)
    (folder / "fig07a_test.csv").write_text("x,y\n0.5,7.1\n1.0,abc\n")
    (folder / "fig07a_test.yaml").write_text(
        "source: test\nfigure: fig07a\nseries: BAS 0.60 K\nx_unit: T\ny_unit: uJ/(g K)\n"
        "digitized_by: test\nmethod: typed\n"
    )
    result = run_snakemake(repo_copy, "-n", "--cores", "1")
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert (
        "coldglass: input error: data/raw/magnetic_tunneling/digitized/fig07a_test.csv, "
        "row 3, field 'y': 'abc' is not a number"
    ) in output
    assert "Traceback" not in output


@pytest.mark.slow
def test_electrodynamics_end_to_end_with_report(repo_copy):
    result = run_snakemake(
        repo_copy, "--cores", "2", "electrodynamics", "results/claims.md", "--config", "quick=true"
    )
    assert result.returncode == 0, result.stderr[-3000:]
    for name in ("fig01.pdf", "fig01.png"):
        assert (repo_copy / "results/electrodynamics/figures" / name).stat().st_size > 10_000
    geometry, meta = read_table(repo_copy / "results/electrodynamics/data/fig01.parquet")
    assert meta["params"]["xi_over_a"] == pytest.approx(5.7587, abs=1e-4)
    assert meta["equations"].startswith("Eq. 1")
    assert {"bead", "alternative_bead", "wall"} <= set(geometry.element)
    ledger = pd.read_parquet(repo_copy / "results/electrodynamics/claims.parquet")
    assert list(ledger.columns[:5]) == [
        "claim_id",
        "printed_value",
        "reproduced_value",
        "status",
        "note",
    ]
    assert set(ledger.status) <= {"match", "erratum", "not_computable"}
    assert "| electrodynamics |" in (repo_copy / "results/claims.md").read_text()
    for rule in ("fig01_geometry", "fig01", "claims"):
        assert (repo_copy / f"results/logs/electrodynamics/{rule}.log").exists()
        assert (repo_copy / f"results/benchmarks/electrodynamics/{rule}.tsv").exists()

    report = run_snakemake(
        repo_copy,
        "--cores",
        "1",
        "electrodynamics",
        "--config",
        "quick=true",
        "--report",
        "results/report.zip",
    )
    assert report.returncode == 0, report.stderr[-3000:]
    with zipfile.ZipFile(repo_copy / "results/report.zip") as archive:
        names = archive.namelist()
    assert any(n.endswith("fig01.png") for n in names)
    assert any(n.endswith("claims.html") for n in names)


@pytest.mark.slow
def test_restyling_a_plot_does_not_recompute(repo_copy):
    first = run_snakemake(repo_copy, "--cores", "1", "results/electrodynamics/figures/fig01.pdf")
    assert first.returncode == 0, first.stderr[-2000:]
    script = repo_copy / "scripts/electrodynamics/fig01.py"
    script.write_text(script.read_text() + "\n# restyled\n")
    second = run_snakemake(
        repo_copy, "-n", "--cores", "1", "results/electrodynamics/figures/fig01.pdf"
    )
    assert "electrodynamics_fig01_geometry" not in second.stdout
    assert "rule figure:" in second.stdout
