"""Rule figure (fig20): kinetic kappa(T)/K with rho_exc = N_{alpha T} (l.696), alpha = 1,
three T_g/omega_D, coupled spectrum (Eq. 55), omega_c = 2 (a/xi) omega_D."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from _kappa_plot import draw  # noqa: E402

from coldglass import plotting  # noqa: E402

table, par, log = plotting.start_plot(snakemake)
fig, drawn = draw(
    snakemake,
    table,
    par,
    rf"$\rho_{{exc}} = N_{{\alpha T}}(\omega)$, $\alpha = {par['alpha']:g}$; "
    rf"$l_{{mfp}} = c_s\tau_\omega + \lambda$, Eq. (48) scaled to "
    rf"$l_{{mfp}}/\lambda = {par['mfp_ratio']:g}$ at $\rho T_g = 1$;"
    "\n"
    rf"$\omega_c = {par['omega_c_over_a_xi']:g}(a/\xi)\omega_D$, $D = {par['fragility']:g}$ (ours)",
)
plotting.save_figure(fig, snakemake.output.pdf)
log.info("drew Fig. 20 with %d digitized series", len(drawn))
