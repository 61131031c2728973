"""The interactions claims ledger: rows, registry, quotes and errata agree."""

from pathlib import Path

from coldglass import ledger
from coldglass.claims import interactions

RAW = Path(__file__).resolve().parents[1] / "data/raw/interactions"


def test_every_row_has_a_function_and_a_quote():
    rows = ledger.read_claims(RAW / "claims.csv")
    ids = [r.claim_id for r in rows]
    assert set(ids) == set(interactions.REGISTRY.functions)
    assert all(r.quote.strip() for r in rows)


def test_errata_name_the_eq58_and_eq16_corrections():
    errata = ledger.documented_errata(RAW / "errata.md")
    assert {"C19c", "C19d", "C19e", "C19f", "C06b", "C19i", "C10c"} <= errata
    text = (RAW / "errata.md").read_text()
    assert "a = 3 pi^2, b = -15 pi^2, c = 105 pi^2" in text


def test_supplementary_outputs_are_marked_in_the_figure_ledger():
    rows = ledger.read_figures(RAW / "figures.csv")
    for r in rows:
        if r["id"].startswith(("figS", "tableS")):
            assert "not in the paper" in r["reproduced"].lower()
