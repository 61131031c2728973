"""Rule report_table: a paper's table (CSV) and its caption as an HTML page for the report."""

from pathlib import Path

import pandas as pd
from docutils.core import publish_parts

from coldglass import reporting
from coldglass.io import script_logger

log = script_logger(snakemake.log[0])
table = pd.read_csv(snakemake.input.table)
caption = "".join(
    publish_parts(Path(path).read_text(), writer_name="html")["body"]
    for path in snakemake.input.caption
)
title = f"{snakemake.wildcards.key}: {snakemake.wildcards.table}"
Path(snakemake.output[0]).write_text(
    reporting.html_page(title, caption + reporting.table_html(table))
)
log.info("%d rows, %d columns", *table.shape)
