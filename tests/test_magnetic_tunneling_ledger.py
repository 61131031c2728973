"""The magnetic_tunneling claims ledger: every row judged, none unexplained (Jug, Bonfanti & Kob
2015)."""

from pathlib import Path

import pytest
import yaml

from coldglass import ledger
from coldglass.config import load_workflow_config
from coldglass.io import load_yaml

ROOT = Path(__file__).resolve().parents[1]
RAW = ROOT / "data/raw/magnetic_tunneling"


@pytest.fixture(scope="module")
def result():
    cfg = load_workflow_config(
        yaml.safe_load((ROOT / "config/config.yaml").read_text()), ["magnetic_tunneling"], root=ROOT
    )["magnetic_tunneling"]
    ctx = ledger.ClaimContext(materials=load_yaml(ROOT / "config/materials.yaml"), config=cfg)
    claims = ledger.read_claims(RAW / "claims.csv")
    return ledger.evaluate(
        claims,
        ledger.load_registry("magnetic_tunneling"),
        ctx,
        ledger.documented_errata(RAW / "errata.md"),
    )


def test_claims_csv_is_valid_and_ends_with_newline():
    assert (RAW / "claims.csv").read_bytes().endswith(b"\n")
    ids = [c.claim_id for c in ledger.read_claims(RAW / "claims.csv")]
    assert any(i.startswith("C") for i in ids)


def test_no_mismatch(result):
    bad = result[result.status == "mismatch"]
    assert bad.empty, bad[["claim_id", "printed_value", "reproduced_value", "note"]].to_string()


def test_heat_capacity_claims_status(result):
    status = dict(zip(result.claim_id, result.status))
    for cid in ("C07", "C12", "C13", "C17", "C29", "C30", "C31", "C32", "C33", "C34", "C35"):
        assert status[cid] == "match", cid
    for cid in ("C28", "C39", "C40"):
        assert status[cid] == "erratum", cid


def test_errata_sections_name_both_values():
    text = (RAW / "errata.md").read_text()
    for cid in ("C28", "C39", "C40"):
        assert f"## {cid}" in text or f" {cid} " in text
    assert "0.564" in text and "3.031" in text  # the corrected mu_ATS range


def test_mu_ats_values_really_differ_from_printed(result):
    row = result.set_index("claim_id").loc["C39"]
    assert abs(row.reproduced_value - 3.8) > 0.5
