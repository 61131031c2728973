"""Rule quantum_theory_fit_fig01: refit l_mfp/lambda to a digitized kappa(T) series of Fig. 1.

The sidecar's ``model`` reads "mfp_ratio" or "mfp_ratio <t_lo> <t_hi>" (a T/T_D window, e.g.
the low-T straight line of l.61); raw data in K and W/(m K) are scaled with the sidecar's
``T_D_K`` and ``c_s_m_per_s``. Output: the fitted ratio +- 1 sigma beside the paper's values.
"""

from pathlib import Path

import numpy as np
import pandas as pd

from coldglass import io, phonons

log = io.script_logger(snakemake.log[0])
csv_path = Path(snakemake.input.csv)
data, side = io.read_digitized(csv_path)
spec = str(side.get("model", "")).split()
if not spec or spec[0] != "mfp_ratio" or len(spec) not in (1, 3):
    raise io.InputError(
        csv_path.with_suffix(".yaml"),
        "model must read 'mfp_ratio' or 'mfp_ratio <t_lo> <t_hi>' (a T/T_D window)",
        field="model",
    )
x_scale, y_scale = 1.0, 1.0
try:
    if side["x_unit"] == "K":
        x_scale = 1.0 / float(side["T_D_K"])
    if side["y_unit"] == "W/(m K)":
        y_scale = 1.0 / phonons.conductivity_scale(float(side["T_D_K"]), float(side["c_s_m_per_s"]))
except KeyError as missing:
    raise io.InputError(
        csv_path.with_suffix(".yaml"), "raw units need this material constant", field=str(missing)
    ) from None
t, y = data.x.to_numpy() * x_scale, data.y.to_numpy() * y_scale
lo, hi = (float(spec[1]), float(spec[2])) if len(spec) == 3 else (t.min(), t.max())
inside = (t >= lo) & (t <= hi)
error = side.get("y_error")
value, sigma = phonons.fit_mfp_ratio(
    t[inside],
    y[inside],
    wavelength=snakemake.params.wavelength,
    y_error=None if error is None else float(error) * y_scale,
)
Path(snakemake.output[0]).parent.mkdir(parents=True, exist_ok=True)
pd.DataFrame(
    {
        "parameter": ["l_mfp_over_lambda"],
        "value": [value],
        "sigma": [sigma],
        "paper_values": [" / ".join(f"{v:g}" for v in snakemake.params.paper_values)],
        "wavelength": [snakemake.params.wavelength],
        "t_window": [f"{lo:.3g}..{hi:.3g}"],
        "n_points": [int(np.sum(inside))],
        "series": [side["series"]],
    }
).to_csv(snakemake.output[0], index=False)
log.info("%s: l_mfp/lambda = %.4g +- %.2g (%d points)", side["series"], value, sigma, inside.sum())
