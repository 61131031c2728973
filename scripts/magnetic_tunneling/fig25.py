"""Rule figure (fig25): M(T) of BK7 with Table 14 (Fig. 25, caption l.917)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _magnetization_plot import plot_magnetization  # noqa: E402

plot_magnetization(snakemake, "BK7", "Table 14", " (BK7: no $C_p$ fit, assumed)")
