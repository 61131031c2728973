"""Rule ledger_status: results/status.md, the README's table of papers and status counts."""

from pathlib import Path

import pandas as pd

from coldglass import ledger
from coldglass.io import script_logger

log = script_logger(snakemake.log[0])
papers = ledger.read_papers(snakemake.input.papers)
ledgers = {Path(p).parent.name: pd.read_parquet(p) for p in snakemake.input.claims}
figures = {Path(p).parent.name: ledger.read_figures(p) for p in snakemake.input.figures}
Path(snakemake.output[0]).write_text(ledger.status_table(papers, ledgers, figures))
log.info("status of %d papers", len(papers))
