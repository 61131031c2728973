"""Rule magnetic_tunneling_fit_magnetization: refit a digitized M(T) series (Figs. 21, 22, 25).

Input: data/raw/magnetic_tunneling/digitized/<name>.csv (x = T, y = M) and <name>.yaml whose
``model`` reads "magnetization <glass> <B_T>". As in Sec. 7.2 the tunnelling parameters are
the fit table's (Tables 10, 11, 14); n_Fe2+, P* n_ATS and the offset are refitted
(``magnetization.FIT_FREE``), and the table's values are written beside the fitted ones.
"""

from pathlib import Path

from coldglass import digitized, io
from coldglass import magnetization as mg
from coldglass.claims.magnetic_tunneling_inputs import raw_table

log = io.script_logger(snakemake.log[0])
cfg = snakemake.params.paper_config
cm = cfg["magnetization"]
csv_path = Path(snakemake.input.csv)
sidecar_path = csv_path.with_suffix(".yaml")
data, side = io.read_digitized(csv_path)
tables = Path(snakemake.input.tables[0]).parent
spec = digitized.parse_model("magnetic_tunneling", side, sidecar_path, cfg, tables)
glass = spec["glass"]
base = mg.fit_parameters(raw_table(cm["fits"][glass], tables), cm["T0_K"][glass], cm["model"])
x_factor, y_factor = digitized.unit_factors("magnetic_tunneling", side, sidecar_path)
T = data.x.to_numpy() * x_factor
M = data.y.to_numpy() * y_factor  # A m^2 g^-1
sigma = side.get("y_error")
sigma = None if sigma is None else float(sigma) * y_factor
result = mg.fit_series(T, M, spec["B_T"], base, sigma=sigma)
log.info(
    "%s: chi2/dof = %.3g (%d points), %s",
    csv_path.name,
    result.reduced_chi2,
    result.n_points,
    result.message,
)
out = result.table(paper_values={k: base[k] for k in mg.FIT_FREE})
out.insert(0, "series", side["series"])
out.insert(0, "figure", side["figure"])
out.insert(2, "model", side["model"])
Path(snakemake.output[0]).parent.mkdir(parents=True, exist_ok=True)
out.to_csv(snakemake.output[0], index=False)
