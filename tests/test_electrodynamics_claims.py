"""Every electrodynamics claim is matched, an explained erratum, or not computable."""

import shutil

import pandas as pd
import pytest
from conftest import COPY_IGNORE, REPO, run_snakemake

from coldglass import ledger
from coldglass.io import load_yaml

PAPER = REPO / "data/raw/electrodynamics"


@pytest.fixture(scope="module")
def result():
    ctx = ledger.ClaimContext(
        materials=load_yaml(REPO / "config/materials.yaml"),
        config=load_yaml(REPO / "config/papers/electrodynamics.yaml"),
    )
    claims = ledger.read_claims(PAPER / "claims.csv")
    return ledger.evaluate(
        claims,
        ledger.load_registry("electrodynamics"),
        ctx,
        ledger.documented_errata(PAPER / "errata.md"),
    ).set_index("claim_id")


def test_no_claim_is_left_unexplained(result):
    assert set(result.status) <= {"match", "erratum", "not_computable"}


def test_errata_are_the_three_decided_ones(result):
    assert sorted(result.index[result.status == "erratum"]) == ["C11", "C16", "C27"]


@pytest.mark.parametrize(
    "claim_id,value,tolerance",
    [
        ("C03", 5.7587, 1e-4),  # xi/a = N*^(1/3)
        ("C04", 190.97, 0.01),  # (xi/a)^3
        ("C05", 0.97717, 1e-5),  # universal factor with exact N*
        ("C09", 0.9387, 1e-4),  # Eq. 1, Debye
        ("C11", 0.09387, 1e-5),  # l.45 as printed: ten times smaller
        ("C14", 7.4191e9, 1e5),  # (4 pi/eps) beta^2
        ("C16", 0.0030727, 1e-7),  # Eq. 12 as printed
        ("C17", 0.0084308, 1e-7),  # Coulomb share actually computed
        ("C20", 1.1310, 1e-3),  # g for silica, eV
        ("C21", 9.8966, 1e-3),  # rho c^2 a^3 for silica, eV
        ("C27", 1.2080, 1e-3),  # 0.5 D at 1e5 V/cm, K
    ],
)
def test_reproduced_values(result, claim_id, value, tolerance):
    assert result.loc[claim_id, "reproduced_value"] == pytest.approx(value, abs=tolerance)


def test_not_computable_rows_name_their_source(result):
    notes = result.loc[result.status == "not_computable", "note"]
    notes = notes[~notes.str.contains("(workflow run)", regex=False)]
    assert len(notes) == 11
    assert all(("(19" in note or "(20" in note or "l.148" in note) for note in notes)


def test_figure_statements_need_the_figure_data(result):
    rows = result[result.index.str.startswith("F")]
    assert len(rows) == 3
    assert set(rows.status) == {"not_computable"}


def test_figure_statements_match_on_the_drawn_figure(tmp_path):
    """F01-F03 computed by the workflow from Fig. 1's own geometry (quick run)."""
    root = tmp_path / "repo"
    shutil.copytree(REPO, root, ignore=COPY_IGNORE)
    run = run_snakemake(
        root, "--cores", "1", "results/electrodynamics/claims.csv", "--config", "quick=true"
    )
    assert run.returncode == 0, run.stderr[-3000:]
    table = pd.read_csv(root / "results/electrodynamics/claims.csv").set_index("claim_id")
    assert (table.loc[["F01", "F02", "F03"], "status"] == "match").all()
    assert table.loc["F02", "reproduced_value"] == pytest.approx(0.1, rel=0.1)
