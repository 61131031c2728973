"""Rule ledger_figures_summary: results/figures.md from every paper's figures.csv."""

from pathlib import Path

from coldglass.io import script_logger
from coldglass.ledger import markdown_figures, read_figures

log = script_logger(snakemake.log[0])
figures = {Path(p).parent.name: read_figures(p) for p in snakemake.input.figures}
Path(snakemake.output[0]).write_text(markdown_figures(figures))
log.info("listed %d figures and tables", sum(len(r) for r in figures.values()))
