"""Rule figure (fig20): kinetic kappa(T)/K with rho_exc = N_{alpha T} (l.696), alpha = 1,
omega_c = 2 (a/xi) omega_D, coupled spectrum (Eq. 55), three T_g/omega_D."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from _kappa_plot import main  # noqa: E402

main(snakemake, 20)
