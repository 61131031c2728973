"""Rule report_claims: a paper's evaluated claims ledger as an HTML page for the report."""

from pathlib import Path

import pandas as pd

from coldglass import reporting
from coldglass.io import script_logger

log = script_logger(snakemake.log[0])
claims = pd.read_parquet(snakemake.input.claims)
title = f"Claims ledger: {snakemake.wildcards.key}"
Path(snakemake.output[0]).write_text(reporting.html_page(title, reporting.claims_html(claims)))
log.info("%d claims", len(claims))
