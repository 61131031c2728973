"""Rule magnetic_tunneling_fit_digitized: refit a digitized series of Figs. 8-11.

Input: data/raw/magnetic_tunneling/digitized/<name>.csv (x, y) + <name>.yaml whose
``model`` reads "<model> <table> <glass> <T_mK>", e.g. "ats_delta_epsilon table05 AlBaSiO 50"
or "ats_loss table07 BK7 15". The paper's table row gives the start values and is written
beside the fitted values +- 1 sigma in results/magnetic_tunneling/fits/<name>.csv.
"""

from pathlib import Path

import numpy as np
import pandas as pd

from coldglass import dielectric, digitized, fitting, io

log = io.script_logger(snakemake.log[0])
csv_path = Path(snakemake.input.csv)
sidecar_path = csv_path.with_suffix(".yaml")
data, side = io.read_digitized(csv_path)
par = io.load_yaml(snakemake.input.parameters)

# validated when the workflow was parsed: a dielectric model with one row of its table
tables = Path(snakemake.input.table05).parent
spec = digitized.parse_model("magnetic_tunneling", side, sidecar_path, {}, tables)
model_name, T_mK = spec["model"], spec["T_mK"]
table = pd.read_csv(getattr(snakemake.input, spec["table"]))
row = table[(table.glass == spec["glass"]) & np.isclose(table.T_mK, T_mK)].iloc[0]

x_scale, y_scale = digitized.unit_factors("magnetic_tunneling", side, sidecar_path)
B = data.x.to_numpy() * x_scale
y = data.y.to_numpy() * y_scale
sigma = side.get("y_error")
sigma = None if sigma is None else float(sigma) * y_scale

model = dielectric.fit_model(
    model_name,
    T_mK * 1e-3,
    omega=par["omega_rad_per_s"],
    orientation_average=par["orientation_average"],
)
factor = par["fit"]["bounds_factor"]
free = set(par["fit"]["free"][model_name])
params = []
paper_values = {}
for name in dielectric.FIT_MODELS[model_name]:
    if name == "offset":
        params.append(fitting.Parameter(name, 0.0, fixed=name not in free, unit="1"))
        continue
    value = float(row[name])
    paper_values[name] = value
    params.append(
        fitting.Parameter(
            name,
            value,
            value / factor,
            value * factor,
            fixed=name not in free,
            log=True,
            unit=name.split("_", 1)[1] if "_" in name else "K",
        )
    )
result = fitting.fit(model, B, y, params, sigma=sigma)
log.info(
    "%s: %s, chi2/dof = %.3g (%d points), %s",
    csv_path.name,
    model_name,
    result.reduced_chi2,
    result.n_points,
    result.message,
)
out = result.table(paper_values=paper_values)
out.insert(0, "series", side["series"])
out.insert(0, "figure", side["figure"])
out.insert(2, "model", side["model"])
Path(snakemake.output[0]).parent.mkdir(parents=True, exist_ok=True)
out.to_csv(snakemake.output[0], index=False)
