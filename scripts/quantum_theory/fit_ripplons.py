"""Rule quantum_theory_fit_ripplons: fit a digitized series of Fig. 15, 19 or 20 to a theory
curve of the figure by two scales, T_D (ln_t_scale) and the height (ln_y_scale).

The sidecar's ``model`` reads "scales" (the no-coupling curve, else the figure's first) or
"scales <T_g/omega_D>" (the curve with the nearest T_g/omega_D). The series
must be in the figure's reduced units (x_unit and y_unit "1": T/T_D and kappa/K or C/T^3 per
domain), since the fitted scales are what converts raw units.
"""

from pathlib import Path

import numpy as np

from coldglass import digitized, io, plateau

log = io.script_logger(snakemake.log[0])
csv_path = Path(snakemake.input.csv)
data, side = io.read_digitized(csv_path)
model = digitized.parse_model("quantum_theory", side, snakemake.input.sidecar, {})
for axis in ("x_unit", "y_unit"):
    if str(side[axis]) != "1":
        raise io.InputError(
            snakemake.input.sidecar, "the scale fit needs reduced units: write '1'", field=axis
        )
table, _ = io.read_table(snakemake.input.data)
value = "kappa_over_K" if "kappa_over_K" in table else "C_over_T3"
curves = table[table.curve != "TLS line"]
tg = model["tg_over_wd"]
if tg is None:
    labels = list(dict.fromkeys(curves.curve))
    label = "no coupling" if "no coupling" in labels else labels[0]
else:
    nearest = curves.tg_over_wd.sub(float(tg)).abs()
    label = curves.curve[nearest.idxmin()]
curve = curves[curves.curve == label]
result = plateau.fit_curve_scales(
    data.x.to_numpy(), data.y.to_numpy(), curve.T_over_TD, curve[value]
)
frame = result.table()
frame["curve"] = label
frame["series"] = side["series"]
Path(snakemake.output[0]).parent.mkdir(parents=True, exist_ok=True)
frame.to_csv(snakemake.output[0], index=False)
log.info(
    "%s vs %s: T scale %.4g, height %.4g",
    side["series"],
    label,
    np.exp(result.values["ln_t_scale"]),
    np.exp(result.values["ln_y_scale"]),
)
