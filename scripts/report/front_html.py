"""Rule report_front: the report's front page, the status table and every paper's errata."""

import html
import re
from pathlib import Path

from coldglass import ledger, reporting
from coldglass.io import script_logger

log = script_logger(snakemake.log[0])
papers = ledger.read_papers(snakemake.input.papers)
parts = [
    '<meta charset="utf-8">',
    "<h2>What is reproduced</h2>",
    reporting.markdown_html(Path(snakemake.input.status).read_text()),
    "<h2>Errata per paper</h2>",
]
errata = {Path(path).parent.name: Path(path).read_text() for path in snakemake.input.errata}
for key, paper in papers.items():
    parts.append(f"<h3>{key}</h3><p>{html.escape(paper['citation'])}</p>")
    if key in errata:
        # Each errata file starts with its own level-1 title: demote it under the paper.
        text = errata[key].replace("\n## ", "\n#### ").replace("# ", "### ", 1)
        ids = ", ".join(re.findall(r"^## (\S+)", errata[key], flags=re.MULTILINE))
        parts.append(
            f"<details><summary>errata: {html.escape(ids)}</summary>"
            f"{reporting.markdown_html(text)}</details>"
        )
    else:
        parts.append("<p>No errata.</p>")
Path(snakemake.output[0]).write_text("\n".join(parts) + "\n")
log.info("front page: %d papers, %d errata files", len(papers), len(errata))
