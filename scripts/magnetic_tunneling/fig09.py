"""Rule magnetic_tunneling_fig09: Delta eps'/eps' vs B for BAS at 50, 94, 120 mK (Fig. 9)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _dielectric_plot import plot_shifted  # noqa: E402

plot_shifted(snakemake, "fig09", y_scale=1e-5)
