"""Rule magnetic_tunneling_fig10: Delta eps'/eps' vs B for SiO2+xCyHz at 50, 70, 100 mK.

Fig. 10, l.433.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _dielectric_plot import plot_shifted  # noqa: E402

plot_shifted(snakemake, "fig10", y_scale=1e-4)
