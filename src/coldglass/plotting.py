"""Shared figure style and output for every plot rule.

Plot scripts import this module and matplotlib only (no numba or scipy), so that a
restyling run is cheap. ``save_figure`` writes the PDF and a PNG beside it.
"""

from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

STYLE = {
    "figure.dpi": 100,
    "savefig.dpi": 150,
    "font.size": 10,
    "axes.labelsize": 11,
    "legend.fontsize": 9,
    "legend.frameon": False,
    "xtick.direction": "in",
    "ytick.direction": "in",
    "xtick.top": True,
    "ytick.right": True,
    "lines.linewidth": 1.5,
    "pdf.fonttype": 42,
    "svg.hashsalt": "coldglass",
}


def use_style():
    """Apply the project's matplotlib style (deterministic output, print sizes)."""
    plt.rcParams.update(STYLE)


def save_figure(fig, pdf_path):
    """Write ``fig`` to ``pdf_path`` and to the ``.png`` beside it, then close it."""
    pdf_path = Path(pdf_path)
    pdf_path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(pdf_path, metadata={"CreationDate": None, "ModDate": None})
    fig.savefig(pdf_path.with_suffix(".png"))
    plt.close(fig)


def note_not_bundled(ax, source, loc=(0.02, 0.02)):
    """State on the axes that the experimental points are not bundled, naming their source."""
    ax.text(
        *loc,
        f"Experimental points not bundled\n(source: {source})",
        transform=ax.transAxes,
        fontsize=7,
        color="0.35",
        ha="left",
        va="bottom",
        bbox={"boxstyle": "round,pad=0.3", "fc": "white", "ec": "0.7", "lw": 0.5},
    )


def draw_beads(ax, xy, radius=0.45, dashed=False, **style):
    """Circles of ``radius`` at the rows of ``xy``: solid outline/fill, or dashed outlines."""
    from matplotlib.collections import PatchCollection
    from matplotlib.patches import Circle

    if dashed:
        style = {
            "facecolor": "none",
            "edgecolor": "black",
            "linestyle": (0, (2, 1.5)),
            "linewidth": 0.8,
            **style,
        }
    else:
        style = {"facecolor": "0.85", "edgecolor": "black", "linewidth": 0.6, **style}
    ax.add_collection(PatchCollection([Circle(p, radius) for p in xy], **style))


def dimension_arrow(ax, start, end, label, offset=(0.0, 0.0), color="black", **text_style):
    """A double-headed arrow from ``start`` to ``end`` with ``label`` at its middle + offset."""
    ax.annotate(
        "",
        xy=tuple(end),
        xytext=tuple(start),
        arrowprops={"arrowstyle": "<->", "lw": 1.0, "color": color, "shrinkA": 0, "shrinkB": 0},
    )
    middle = [(s + e) / 2.0 + o for s, e, o in zip(start, end, offset)]
    ax.text(*middle, label, ha="center", va="center", color=color, **text_style)


def draw_contour(ax, centre, radius, **style):
    """A circle outline (domain boundary, transition-state contour)."""
    from matplotlib.patches import Circle

    style.setdefault("fill", False)
    ax.add_patch(Circle(tuple(centre), radius, **style))


def setup_cartoon_axes(ax, width, height, margin=0.6):
    """Equal-aspect, frameless axes showing [0, width] x [0, height]."""
    ax.set_xlim(-margin, width + margin)
    ax.set_ylim(-margin, height + margin)
    ax.set_aspect("equal")
    ax.axis("off")


def start_plot(job):
    """Preamble of a plot script run by the generic ``figure`` rule (``job`` is the
    ``snakemake`` object): log to the rule's log file, apply the style, read the figure's
    data. Returns (table, params recorded by the compute rule, logger)."""
    from coldglass import io

    log = io.script_logger(job.log[0])
    table, meta = io.read_table(job.input.data)
    use_style()
    return table, meta["params"], log
