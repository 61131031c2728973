"""Rule magnetic_tunneling_fit_echo: refit a digitized echo-amplitude series of Figs. 16-17.

Input: data/raw/magnetic_tunneling/digitized/<name>.csv (B, relative amplitude) + <name>.yaml
whose ``model`` reads "echo_amplitude <row>" (row 1-4 of Table 8). The free constants of
A = A_2LS + Delta A (l.623) and tan(omega Delta tau) are fitted (``echo.fit_model``, Eq. 76
with the Table 8 row); written with the table's tan(omega Delta tau) beside them to
results/magnetic_tunneling/fits/<name>.csv.
"""

from pathlib import Path

import pandas as pd

from coldglass import digitized, echo, fitting, io

log = io.script_logger(snakemake.log[0])
csv_path = Path(snakemake.input.csv)
sidecar_path = csv_path.with_suffix(".yaml")
data, side = io.read_digitized(csv_path)
par = io.load_yaml(snakemake.input.parameters)
tables = Path(snakemake.input.table08).parent
spec = digitized.parse_model("magnetic_tunneling", side, sidecar_path, {}, tables)
row = pd.read_csv(snakemake.input.table08).iloc[spec["row"] - 1].to_dict()
figure = par["figures"][str(side["figure"])[:5]]
x_scale, y_scale = digitized.unit_factors("magnetic_tunneling", side, sidecar_path)
B = data.x.to_numpy() * x_scale
y = data.y.to_numpy() * y_scale
sigma = side.get("y_error")
sigma = None if sigma is None else float(sigma) * y_scale

kw = echo.table8_parameters(row, figure, par, par["n_orientation"])
model = echo.fit_model("echo_amplitude", B, **kw)
params = [
    fitting.Parameter("a_2ls", float(y.mean()), unit="1"),
    fitting.Parameter("scale", 1.0, lower=0.0, unit="1"),
    fitting.Parameter("tan_omega_dtau", float(row["tan_omega_dtau"]), unit="1"),
]
result = fitting.fit(model, B, y, params, sigma=sigma)
log.info("%s: chi2/dof = %.3g (%d points)", csv_path.name, result.reduced_chi2, result.n_points)
out = result.table(paper_values={"tan_omega_dtau": row["tan_omega_dtau"]})
out.insert(0, "series", side["series"])
out.insert(0, "figure", side["figure"])
out.insert(2, "model", side["model"])
out.insert(3, "table08_row", spec["row"])
Path(snakemake.output[0]).parent.mkdir(parents=True, exist_ok=True)
out.to_csv(snakemake.output[0], index=False)
