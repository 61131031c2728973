"""The mixed_alkali paper end to end in quick mode: figures, ledger, exponents."""

import pandas as pd
import pytest
from conftest import run_snakemake

from coldglass import percolation
from coldglass.io import read_table
from coldglass.ledger import read_figures

FIGS = [f"fig{i:02d}" for i in (1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 14, 15)]


@pytest.mark.slow
def test_paper_target_in_quick_mode(repo_copy):
    result = run_snakemake(repo_copy, "--cores", "2", "mixed_alkali", "--config", "quick=true")
    assert result.returncode == 0, result.stderr[-4000:]
    for fig in FIGS:
        assert (repo_copy / f"results/mixed_alkali/figures/{fig}.png").stat().st_size > 10_000
    claims = pd.read_parquet(repo_copy / "results/mixed_alkali/claims.parquet")
    assert set(claims.status) <= {"match", "not_computable"}, claims[["claim_id", "status"]]
    _, meta = read_table(repo_copy / "results/mixed_alkali/data/fig11.parquet")
    s = meta["params"]["summary"]
    assert 2.2 < s["D"] < 2.7 and abs(s["D"] - s["D_s"]) < 0.05
    assert 0.6 < s["nu"] < 1.2


def test_figure_ledger_statuses():
    rows = {r["id"]: r for r in read_figures("data/raw/mixed_alkali/figures.csv")}
    assert rows["table01"]["status"] == rows["table02"]["status"] == "not_recoverable"
    assert all(rows[f]["status"] != "pending" for f in FIGS)
    assert all(r["not_reproduced"] for r in rows.values() if r["status"] != "reproduced")


def test_threshold_estimate_of_cubic_lattice():
    ps = percolation.threshold_samples(16, 60, 3)
    assert ps.mean() == pytest.approx(percolation.P_C_CUBIC, abs=0.02)


@pytest.mark.slow
def test_digitized_heat_capacity_series_is_refitted(repo_copy):
    import numpy as np

    from coldglass import two_species

    folder = repo_copy / "data/raw/mixed_alkali/digitized"
    folder.mkdir(parents=True, exist_ok=True)
    T = np.logspace(-1.2, 0.6, 30)
    true = dict(B_ph=2.4e-6, B_2LS=1.1e-6, B_ATS=5e-7, D_min=0.45, fe_scale=2e-7, delta_bar=0.2)
    y = two_species.heat_capacity_fit_model()(T, **true)  # synthetic: test only
    pd.DataFrame({"x": T, "y": y}).to_csv(folder / "fig12_synthetic.csv", index=False)
    (folder / "fig12_synthetic.yaml").write_text(
        "source: synthetic test series\nfigure: fig12\nseries: synthetic\nx_unit: K\n"
        "y_unit: J/(g K)\ndigitized_by: test\nmethod: generated\nmodel: heat_capacity\n"
    )
    result = run_snakemake(
        repo_copy, "--cores", "1", "results/mixed_alkali/fits/fig12_synthetic.csv"
    )
    assert result.returncode == 0, result.stderr[-3000:]
    fit = pd.read_csv(repo_copy / "results/mixed_alkali/fits/fig12_synthetic.csv")
    got = fit.set_index("parameter").fitted
    assert got["B_2LS"] == pytest.approx(true["B_2LS"], rel=0.02)
    assert got["B_ATS"] == pytest.approx(true["B_ATS"], rel=0.05)
