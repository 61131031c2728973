"""Rule magnetic_tunneling_fit_fig07: refit a digitized Fig. 7 series (C-bar vs B).

Input: data/raw/magnetic_tunneling/digitized/<name>.csv (x = B, y = C-bar) and <name>.yaml
whose ``model`` reads "cbar <glass> <T_K>", e.g. "cbar BAS 0.60". As in the paper (l.221),
the concentrations (Tables 1, 3) are fixed and D_min, D0min|q/e|S, D0max|q/e|S are fitted,
starting from the paper's row (Tables 2, 4), which is written beside the fitted values.
"""

from pathlib import Path

import numpy as np

from coldglass import fitting, io
from coldglass import heat_capacity as hc
from coldglass.claims.magnetic_tunneling_inputs import model_rows

log = io.script_logger(snakemake.log[0])
cfg = snakemake.params.paper_config
csv_path = Path(snakemake.input.csv)
sidecar_path = csv_path.with_suffix(".yaml")
data, side = io.read_digitized(csv_path)
spec = str(side.get("model", "")).split()
if len(spec) != 3 or spec[0] != "cbar" or spec[1] not in cfg["glasses"]:
    raise io.InputError(
        sidecar_path,
        "model must read 'cbar <BAS|Duran> <T_K>', e.g. 'cbar BAS 0.60'",
        field="model",
    )
try:
    T = float(spec[2])
except ValueError:
    raise io.InputError(
        sidecar_path, f"temperature {spec[2]!r} is not a number (K)", field="model"
    ) from None
rows = [
    r
    for r in model_rows(spec[1], cfg, Path(snakemake.input.tables[0]).parent)
    if np.isclose(r["T_K"], T)
]
if len(rows) != 1:
    raise io.InputError(sidecar_path, f"no row {spec[1]} {T:g} K in Tables 2/4", field="model")
base = rows[0]
Y_UNITS = {"J/(g K)": 1.0, "uJ/(g K)": 1e-6, "mJ/(g K)": 1e-3}
if side["x_unit"] != "T" or side["y_unit"] not in Y_UNITS:
    raise io.InputError(
        sidecar_path, "x_unit must be 'T' and y_unit one of " + ", ".join(Y_UNITS), field="y_unit"
    )
B = data.x.to_numpy()
y = data.y.to_numpy()  # fitted in the series' own unit, so the residuals are O(1)
scale = Y_UNITS[side["y_unit"]]
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
out.insert(2, "model", " ".join(spec))
Path(snakemake.output[0]).parent.mkdir(parents=True, exist_ok=True)
out.to_csv(snakemake.output[0], index=False)
