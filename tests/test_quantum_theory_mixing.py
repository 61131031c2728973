"""quantum_theory Secs. V-VII and Apps. A-B: rule scripts of Figs. 21-24/figS01 and their claims."""

import ast
from pathlib import Path

import pytest

from coldglass import ledger
from coldglass.claims import quantum_theory_mixing
from coldglass.config import load_workflow_config
from coldglass.io import load_yaml

SCRIPTS = Path("scripts/quantum_theory")
FIGURES = ("fig21", "fig22", "fig23", "fig24", "figS01")
RAW = "data/raw/quantum_theory"


def imported_modules(path):
    names = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module.split(".")[0])
    return names


@pytest.mark.parametrize("fig", FIGURES)
def test_plot_scripts_import_no_numba_or_scipy(fig):
    modules = imported_modules(SCRIPTS / f"{fig}.py")
    assert not modules & {"numba", "scipy"}
    assert "coldglass" in modules


@pytest.mark.parametrize("fig", FIGURES)
def test_compute_scripts_import_no_matplotlib(fig):
    assert "matplotlib" not in imported_modules(SCRIPTS / f"{fig}_data.py")


@pytest.fixture(scope="module")
def result():
    config = load_workflow_config(load_yaml("config/config.yaml"), ["quantum_theory"])
    ctx = ledger.ClaimContext(
        materials=load_yaml("config/materials.yaml"), config=config["quantum_theory"]
    )
    mine = set(quantum_theory_mixing.REGISTRY.functions)
    claims = [c for c in ledger.read_claims(f"{RAW}/claims.csv") if c.claim_id in mine]
    return ledger.evaluate(
        claims, quantum_theory_mixing.REGISTRY, ctx, ledger.documented_errata(f"{RAW}/errata.md")
    )


def test_every_mixing_claim_has_a_row_and_is_in_the_paper_registry(result):
    assert set(result.claim_id) == set(quantum_theory_mixing.REGISTRY.functions)
    paper = ledger.load_registry("quantum_theory").functions
    for claim_id, function in quantum_theory_mixing.REGISTRY.functions.items():
        assert paper[claim_id] is function, claim_id


def test_no_mismatch_and_documented_errata(result):
    bad = result[result.status == "mismatch"]
    assert bad.empty, bad[["claim_id", "printed_value", "reproduced_value"]].to_string()
    errata = {c for c in ledger.documented_errata(f"{RAW}/errata.md") if c.startswith("M")}
    assert set(result.claim_id[result.status == "erratum"]) == errata
    assert errata == {"M03", "M05", "M10", "M19", "M26", "M28", "M34", "M49"}


def test_figure_statements_need_the_figure_data(result):
    rows = result[result.claim_id.str.startswith("F")]
    assert len(rows) >= 2 * len(FIGURES)
    assert set(rows.status) == {"not_computable"}
    assert rows.note.str.contains("(workflow run)", regex=False).all()


def test_section_vi_chain_matches(result):
    # Eq. (75) prefactor, gamma_rr ~ -3 (Eq. 76), the 1.2 ratio of l.925, Eq. (82) ~ 8
    status = dict(zip(result.claim_id, result.status))
    for claim_id in ("M21", "M22", "M23", "M30", "M38", "M46", "M47"):
        assert status[claim_id] == "match", claim_id
