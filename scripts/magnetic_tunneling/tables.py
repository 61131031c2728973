"""Rule magnetic_tunneling_tables: re-render Tables 1-7 (transcribed in data/raw) as CSV + MD.

Tables 1 and 3 get the derived quantities recomputed (ppm from Eq. 98 with the molar masses
of Eqs. 99-100, and the Fe total); the printed values stay beside them.
"""

import csv
from pathlib import Path

import pandas as pd

from coldglass import io
from coldglass.claims.magnetic_tunneling_inputs import ppm_from_per_gram, raw_table

log = io.script_logger(snakemake.log[0])
cfg = snakemake.params.paper_config
glass_of = {g["concentrations"]: name for name, g in cfg["glasses"].items()}


def printed(text):
    """'1.06e17' -> '1.06 × 10^17' (the paper's notation); other cells unchanged."""
    if "e" in text and text.replace("e", "").replace("-", "").replace(".", "").isdigit():
        mant, exp = text.split("e")
        return f"{mant} × 10^{int(exp)}"
    return text


for csv_in, csv_out, md_out in zip(snakemake.input.csv, snakemake.output.csv, snakemake.output.md):
    name = Path(csv_in).stem
    meta = io.load_yaml(Path(csv_in).with_suffix(".yaml"))
    rows = raw_table(name, Path(csv_in).parent)  # validates every cell (file, row, field)
    with open(csv_in, newline="") as handle:
        text_rows = list(csv.DictReader(handle))
    df = pd.DataFrame(rows)
    shown = pd.DataFrame([{k: printed(v) for k, v in r.items()} for r in text_rows])
    if name in glass_of:
        M = cfg["glasses"][glass_of[name]]["molar_mass_g_per_mol"]
        df["concentration_ppm_recomputed"] = [
            ppm_from_per_gram(r["concentration_per_g"], M, cfg)
            if r["quantity"].startswith("n_Fe")
            else None
            for r in rows
        ]
        fe = df[df.quantity.str.startswith("n_Fe")]
        total = {
            "quantity": "n_Fe total (derived)",
            "concentration_per_g": fe.concentration_per_g.sum(),
            "concentration_ppm": fe.concentration_ppm.sum(),
            "concentration_ppm_recomputed": fe.concentration_ppm_recomputed.sum(),
        }
        df = pd.concat([df, pd.DataFrame([total])], ignore_index=True)
        shown["concentration_ppm_recomputed"] = [
            "" if v is None or pd.isna(v) else f"{v:.2f}"
            for v in df.concentration_ppm_recomputed[:-1]
        ]
        shown = pd.concat(
            [
                shown,
                pd.DataFrame(
                    [
                        {
                            "quantity": "n_Fe total (derived)",
                            "concentration_per_g": printed(
                                f"{total['concentration_per_g']:.2e}".replace("e+", "e")
                            ),
                            "concentration_ppm": f"{total['concentration_ppm']:.2f}",
                            "concentration_ppm_recomputed": (
                                f"{total['concentration_ppm_recomputed']:.2f}"
                            ),
                        }
                    ]
                ),
            ],
            ignore_index=True,
        )
    df.to_csv(csv_out, index=False)
    lines = [
        f"# {name.replace('table', 'Table ').replace(' 0', ' ')}",
        "",
        meta["caption"],
        "",
        "| " + " | ".join(shown.columns) + " |",
        "|" + "---|" * len(shown.columns),
    ]
    lines += ["| " + " | ".join(str(v) for v in r) + " |" for r in shown.itertuples(index=False)]
    lines += [
        "",
        f"Source: {meta['source']}.",
        "",
        "Columns: " + "; ".join(f"`{k}`: {v}" for k, v in meta["columns"].items()) + ".",
        "",
        f"Notes: {meta['notes']}",
    ]
    if name in glass_of:
        lines += [
            "",
            "`concentration_ppm_recomputed` = n sum(xi A)/N_A x 1e6 (Eq. 98) with "
            f"sum(xi A) = {cfg['glasses'][glass_of[name]]['molar_mass_g_per_mol']} g/mol "
            f"and N_A = {cfg['conversions']['avogadro_per_mol']:.4g} /mol (l.861); the "
            "total row is derived here (not printed in the paper).",
        ]
    Path(md_out).write_text("\n".join(lines) + "\n")
    log.info("%s: %d rows", name, len(df))
