"""Rule report_summary: results/<name>.md (claims, figures, status) as an HTML page."""

from pathlib import Path

from coldglass import reporting
from coldglass.io import script_logger

log = script_logger(snakemake.log[0])
text = Path(snakemake.input[0]).read_text()
Path(snakemake.output[0]).write_text(
    reporting.html_page(snakemake.params.title, reporting.markdown_html(text))
)
log.info("%s: %d characters of Markdown", snakemake.input[0], len(text))
