"""Rule figure (fig21): M(T) of the BAS glass with Table 10 (Fig. 21, caption l.794)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _magnetization_plot import plot_magnetization  # noqa: E402

plot_magnetization(snakemake, "BAS glass", "Table 10")
