"""Every paper's claims ledger built by the workflow (quick mode): no unexplained claim,
the aggregated tables, and the README's status table equal to the generated one."""

import re

import pandas as pd
import pytest
from conftest import REPO

from coldglass import ledger

PAPERS_WITH_CLAIMS = sorted(p.parent.name for p in (REPO / "data/raw").glob("*/claims.csv"))


@pytest.fixture(scope="module")
def built(quick_build):
    """The quick run of the whole workflow (conftest.quick_build): every ledger and summary."""
    return quick_build


@pytest.mark.slow
@pytest.mark.parametrize("paper", PAPERS_WITH_CLAIMS)
def test_every_claim_is_matched_or_explained(built, paper):
    result = pd.read_parquet(built / f"results/{paper}/claims.parquet")
    unexplained = result[~result.status.isin(["match", "erratum", "not_computable"])]
    assert unexplained.empty, unexplained[["claim_id", "printed_value", "reproduced_value", "note"]]
    errata = ledger.documented_errata(REPO / f"data/raw/{paper}/errata.md")
    assert set(result.claim_id[result.status == "erratum"]) <= errata


@pytest.mark.slow
def test_figure_ledger_lists_every_paper(built):
    text = (built / "results/figures.md").read_text()
    for key in ledger.read_papers(REPO / "data/raw/papers.csv"):
        assert f"## {key}" in text


@pytest.mark.slow
def test_readme_status_table_is_the_generated_one(built):
    readme = (REPO / "README.md").read_text()
    block = re.search(r"<!-- status:begin.*?-->\n(.*?)<!-- status:end -->", readme, re.S).group(1)
    assert block == (built / "results/status.md").read_text(), (
        "README status table is stale: copy results/status.md into README.md"
    )
