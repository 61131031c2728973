"""Rule figure (fig19): kinetic kappa(T)/K with ripplon scattering (Eq. 48, rho_exc of
Eq. 43), no coupling and the coupled spectrum (Eq. 55) for three T_g/omega_D."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from _kappa_plot import main  # noqa: E402

main(snakemake, 19)
