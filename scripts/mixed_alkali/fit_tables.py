"""Rule mixed_alkali_fit_table: Table 1 (dielectric fits, Figs. 7-9) or Table 2 (heat-capacity
fits, Fig. 12) regenerated from the fits of the digitized series (rule mixed_alkali_fit).

The paper's tables are lost (data/raw/mixed_alkali/figures.csv: not_recoverable); this table
exists only when digitized series do, one row per series: fitted value +- 1 sigma of every
parameter of Eqs. (8) + (14) or Eq. (31), and the reduced chi-square.
"""

from pathlib import Path

import pandas as pd

from coldglass import io

log = io.script_logger(snakemake.log[0])
if not snakemake.input.fits:
    raise SystemExit(
        f"{snakemake.output.csv}: no digitized series to fit (data/raw/mixed_alkali/digitized/); "
        "the paper's numbers are lost (figure ledger: not_recoverable)"
    )
rows = []
for path in snakemake.input.fits:
    fit = pd.read_csv(path)
    row = {"figure": fit.figure.iloc[0], "series": fit.series.iloc[0], "model": fit.model.iloc[0]}
    for _, p in fit.iterrows():
        row[p.parameter] = p.fitted
        row[f"{p.parameter}_sigma"] = p.sigma
    row["reduced_chi2"] = fit.reduced_chi2.iloc[0]
    rows.append(row)
    log.info("%s: %s", Path(path).name, row)
table = pd.DataFrame(rows)
Path(snakemake.output.csv).parent.mkdir(parents=True, exist_ok=True)
table.to_csv(snakemake.output.csv, index=False)
title = snakemake.params.title
lines = [f"**{title}** (regenerated from digitized data; the paper's numbers are lost)", ""]
cols = list(table.columns)
lines.append("| " + " | ".join(cols) + " |")
lines.append("|" + "---|" * len(cols))
for _, r in table.iterrows():
    lines.append(
        "| " + " | ".join(f"{v:.4g}" if isinstance(v, float) else str(v) for v in r) + " |"
    )
Path(snakemake.output.md).write_text("\n".join(lines) + "\n")
