"""Honest status: the mismatch column, the end-of-run check of `make all`, pending figures."""

import subprocess
import sys

import pandas as pd
from conftest import REPO, run_snakemake

from coldglass import ledger

PAPERS_CSV = (
    "key,identifier,citation\n"
    "alpha,arXiv:0000.00001,A. Author (2001)\n"
    "beta,arXiv:0000.00002,B. Author (2002)\n"
)
FIGURES_CSV = (
    "id,kind,equations,status,reproduced,not_reproduced\n"
    "fig01,theory,Eq. 1,reproduced,curve,\n"
    "fig02,schematic,,pending,,\n"
    "table01,table,,reproduced,rows,\n"
)


def claims(statuses):
    return pd.DataFrame(
        {
            "claim_id": [f"C{i:02d}" for i in range(len(statuses))],
            "printed_value": ["1.0"] * len(statuses),
            "reproduced_value": [1.0 if s != "mismatch" else 3.0 for s in statuses],
            "status": statuses,
            "note": [""] * len(statuses),
            "location": ["l.1"] * len(statuses),
        }
    )


def fake_repo(root, statuses, built=("fig01.pdf", "fig01.png")):
    """A results folder as a run leaves it: paper alpha with claims and figures."""
    (root / "data/raw/alpha").mkdir(parents=True)
    (root / "data/raw/beta").mkdir(parents=True)
    (root / "data/raw/papers.csv").write_text(PAPERS_CSV)
    (root / "data/raw/alpha/claims.csv").write_text("claim_id\n")
    (root / "data/raw/alpha/figures.csv").write_text(FIGURES_CSV)
    (root / "data/raw/beta/figures.csv").write_text(FIGURES_CSV.splitlines()[0] + "\n")
    (root / "results/alpha/figures").mkdir(parents=True)
    (root / "results/alpha/tables").mkdir(parents=True)
    claims(statuses).to_parquet(root / "results/alpha/claims.parquet")
    for name in built:
        (root / "results/alpha/figures" / name).write_bytes(b"x")
    for ext in ("csv", "md"):
        (root / f"results/alpha/tables/table01.{ext}").write_text("x")
    return root


def test_status_table_has_a_mismatch_column():
    papers = ledger.read_papers(REPO / "data/raw/papers.csv")
    key = next(iter(papers))
    table = ledger.status_table(papers, {key: claims(["match", "mismatch", "erratum"])}, {})
    header, _, first = table.splitlines()[:3]
    columns = [c.strip() for c in header.strip("|").split("|")]
    cells = [c.strip() for c in first.strip("|").split("|")]
    assert columns[2:7] == ["claims", "match", "erratum", "not computable", "mismatch"]
    assert cells[2:7] == ["3", "1", "1", "0", "1"]


def test_summary_names_every_problem(tmp_path):
    root = fake_repo(tmp_path, ["match", "mismatch", "not_computable"], built=("fig01.pdf",))
    summary, problems = ledger.run_summary(root)
    assert "alpha: 3 claims, 1 match, 0 erratum, 1 not_computable, 1 mismatch" in summary
    assert "all papers: 3 claims" in summary
    assert len(problems) == 2
    assert problems[0].startswith("alpha C01: mismatch (printed 1.0, reproduced 3")
    assert "alpha fig01: reproduced" in problems[1]
    assert "results/alpha/figures/fig01.png" in problems[1]
    assert "fig02" not in " ".join(problems)  # pending: not expected to exist


def test_check_results_exits_non_zero_with_the_reasons(tmp_path):
    script = REPO / "scripts/check_results.py"
    bad = fake_repo(tmp_path / "bad", ["match", "mismatch"])
    out = subprocess.run([sys.executable, script], cwd=bad, capture_output=True, text=True)
    assert out.returncode == 1
    assert "alpha: 2 claims, 1 match" in out.stdout
    assert "1 problem(s)" in out.stderr and "alpha C01: mismatch" in out.stderr
    assert "Traceback" not in out.stderr
    good = fake_repo(tmp_path / "good", ["match", "erratum"])
    out = subprocess.run([sys.executable, script], cwd=good, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert "every built figure is there" in out.stdout


def test_a_pending_figure_is_reported_as_pending(repo_copy):
    # The ledger of a scratch copy gets a figure that no rule computes, marked pending.
    key, pending = "magnetic_tunneling", "fig99"
    figures = repo_copy / f"data/raw/{key}/figures.csv"
    figures.write_text(figures.read_text() + f"{pending},theory,,pending,,\n")
    target = f"results/{key}/figures/{pending}.pdf"
    result = run_snakemake(repo_copy, "-n", "--cores", "1", target)
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert f"coldglass: {key} {pending} is pending" in output
    assert "MissingInputException" not in output and "Traceback" not in output
