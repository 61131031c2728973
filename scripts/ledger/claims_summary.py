"""Rule ledger_claims_summary: results/claims.md from every paper's claims.parquet."""

from pathlib import Path

import pandas as pd

from coldglass.io import script_logger
from coldglass.ledger import markdown_ledger

log = script_logger(snakemake.log[0])
ledgers = {Path(p).parent.name: pd.read_parquet(p) for p in snakemake.input.ledgers}
Path(snakemake.output[0]).write_text(markdown_ledger(ledgers))
log.info("aggregated %d papers", len(ledgers))
