"""Rule quantum_theory_ripplon_data (fig16): the contour of Eq. (38) in the complex k plane:
the real axis, the pole at k = i eps_1 and the contour shifted to Im k = -kappa_0 through the
saddle point kappa_0 = y + beta_g of Eq. (40), computed at one omega."""

import pandas as pd

from coldglass import io, ripplons, scattering_dos

log = io.script_logger(snakemake.log[0])
p = snakemake.params.section
freqs, weights = ripplons.discrete_spectrum()
tg = p["tg_over_wd"]
kappa0 = scattering_dos.ground_state_saddle(p["omega"], tg, freqs, weights) + 1.0 / tg
table = pd.DataFrame(
    {
        "kind": ["saddle", "beta_g", "pole"],
        "re_k": [0.0, 0.0, 0.0],
        "im_k": [-kappa0, -1.0 / tg, 0.0],
    }
)
log.info("omega = %g: saddle at k0 = -i %.4f (beta_g = %.4f)", p["omega"], kappa0, 1.0 / tg)
io.write_table(
    table,
    snakemake.output[0],
    paper="quantum_theory",
    figure="fig16",
    equations="Eqs. (38), (40); kappa = ik",
    params=p,
)
