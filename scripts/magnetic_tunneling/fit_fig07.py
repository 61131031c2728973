"""Rule magnetic_tunneling_fit_fig07: refit a digitized Fig. 7 series (C-bar vs B).

Input: data/raw/magnetic_tunneling/digitized/<name>.csv (x = B, y = C-bar) and <name>.yaml
whose ``model`` reads "cbar <glass> <T_K>", e.g. "cbar BAS 0.60". As in the paper (l.221),
the concentrations (Tables 1, 3) are fixed and D_min, D0min|q/e|S, D0max|q/e|S are fitted,
starting from the paper's row (Tables 2, 4), which is written beside the fitted values.
"""

from pathlib import Path

import numpy as np

from coldglass import digitized, fitting, io
from coldglass import heat_capacity as hc
from coldglass.claims.magnetic_tunneling_inputs import model_rows

log = io.script_logger(snakemake.log[0])
cfg = snakemake.params.paper_config
csv_path = Path(snakemake.input.csv)
sidecar_path = csv_path.with_suffix(".yaml")
data, side = io.read_digitized(csv_path)
tables = Path(snakemake.input.tables[0]).parent
# validated when the workflow was parsed: 'cbar <glass> <T_K>' with a row of Tables 2/4
spec = digitized.parse_model("magnetic_tunneling", side, sidecar_path, cfg, tables)
base = next(r for r in model_rows(spec["glass"], cfg, tables) if np.isclose(r["T_K"], spec["T_K"]))
_, scale = digitized.unit_factors("magnetic_tunneling", side, sidecar_path)
B = data.x.to_numpy()
y = data.y.to_numpy()  # fitted in the series' own unit, so the residuals are O(1)
sigma = side.get("y_error")
sigma = None if sigma is None else float(sigma)
FREE = ("D_min_K", "X_min_K_A2", "X_max_K_A2")


def model(x, **kw):
    return hc.heat_capacity_model(x, {**base, **kw}) / scale


params = [
    fitting.Parameter(
        k, base[k], base[k] / 5, base[k] * 5, log=True, unit="K" if k == "D_min_K" else "K A^2"
    )
    for k in FREE
]
result = fitting.fit(model, B, y, params, sigma=sigma)
log.info(
    "%s: chi2/dof = %.3g (%d points), %s",
    csv_path.name,
    result.reduced_chi2,
    result.n_points,
    result.message,
)
out = result.table(paper_values={k: base[k] for k in FREE})
out.insert(0, "series", side["series"])
out.insert(0, "figure", side["figure"])
out.insert(2, "model", side["model"])
Path(snakemake.output[0]).parent.mkdir(parents=True, exist_ok=True)
out.to_csv(snakemake.output[0], index=False)
