"""Rule mixed_alkali_fit: refit a digitized series of Figs. 7-9 or 12 (Tables 1-2 regenerated).

Input: data/raw/mixed_alkali/digitized/<name>.csv + <name>.yaml whose ``model`` reads
"dielectric <f_Hz>" (x = T, y = delta eps'/eps'; Eqs. 8 + 14 with Delta0_min, E_max and gamma
fixed to config/papers/mixed_alkali.yaml, as the paper fixes them from its SiO2 fit, l.61) or
"heat_capacity" (x = T, y = C_p; Eq. 31). Start values: the config's parameters. Output:
results/mixed_alkali/fits/<name>.csv (fitted values, 1-sigma errors).
"""

import math
from pathlib import Path

from coldglass import fitting, io
from coldglass import two_species as ts

log = io.script_logger(snakemake.log[0])
cfg = snakemake.params.paper_config
csv_path = Path(snakemake.input.csv)
side_path = csv_path.with_suffix(".yaml")
data, side = io.read_digitized(csv_path)
spec = str(side.get("model", "")).split()
X_UNITS = {"K": 1.0, "mK": 1e-3}
if side["x_unit"] not in X_UNITS:
    raise io.InputError(side_path, "x_unit must be 'K' or 'mK'", field="x_unit")
T = data.x.to_numpy() * X_UNITS[side["x_unit"]]
y = data.y.to_numpy()
sigma = side.get("y_error")
sigma = None if sigma is None else float(sigma)
d, h = cfg["dielectric"], cfg["heat_capacity"]
if len(spec) == 2 and spec[0] == "dielectric":
    try:
        omega = 2 * math.pi * float(spec[1])
    except ValueError:
        raise io.InputError(
            side_path, f"frequency {spec[1]!r} is not a number (Hz)", field="model"
        ) from None
    st = d["stm"]
    model = ts.dielectric_fit_model(omega, st["delta0_min_K"], st["E_max_K"], st["gamma_s_K3"])
    ill = d["ats_illustrative"]
    params = [
        fitting.Parameter("A_2LS", st["A_2LS"], 0.0, 1e-2),
        fitting.Parameter("A_ATS", ill["A_ATS_K"], 1e-9, 1e-1, log=True, unit="K"),
        fitting.Parameter("D_min", ill["D_min_K"], 1e-3, 10.0, log=True, unit="K"),
        fitting.Parameter("Gamma", ill["Gamma_per_s_K5"], 1e4, 1e13, log=True, unit="(s K^5)^-1"),
        fitting.Parameter("offset", 0.0, -1.0, 1.0),
    ]
elif spec == ["heat_capacity"]:
    model = ts.heat_capacity_fit_model()
    b_ph = ts.debye_prefactor(
        h["debye_temperature_K"], h["atoms_per_formula"], h["molar_mass_g_per_mol"]
    )
    params = [
        fitting.Parameter("B_ph", b_ph, 0.0, 1.0, unit="J g^-1 K^-4"),
        fitting.Parameter("B_2LS", h["B_2LS_J_per_gK2"], 0.0, 1.0, unit="J g^-1 K^-2"),
        fitting.Parameter("B_ATS", h["B_ATS_per_x_J_per_gK"] * 0.1, 1e-12, 1.0, log=True),
        fitting.Parameter("D_min", h["D_min_K"], 1e-3, 10.0, log=True, unit="K"),
        fitting.Parameter("fe_scale", h["fe_scale_J_per_gK"], 1e-14, 1.0, log=True),
        fitting.Parameter("delta_bar", h["delta_bar_K"], 1e-3, 10.0, log=True, unit="K"),
    ]
else:
    raise io.InputError(
        side_path, "model must read 'dielectric <f_Hz>' or 'heat_capacity'", field="model"
    )
scale = None
if spec == ["heat_capacity"] and sigma is None:
    # C_p spans decades: relative residuals (errors from the scatter)
    sigma, scale = abs(y), True
result = fitting.fit(model, T, y, params, sigma=sigma, scale_covariance=scale)
log.info("%s: chi2/dof = %.3g, %s", csv_path.name, result.reduced_chi2, result.message)
out = result.table()
out.insert(0, "series", side["series"])
out.insert(0, "figure", side["figure"])
out.insert(2, "model", " ".join(spec))
Path(snakemake.output[0]).parent.mkdir(parents=True, exist_ok=True)
out.to_csv(snakemake.output[0], index=False)
