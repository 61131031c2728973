"""Rule figure (fig22): M(T) of Duran with Table 11 (Fig. 22, caption l.830)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _magnetization_plot import plot_magnetization  # noqa: E402

plot_magnetization(snakemake, "Duran", "Table 11")
