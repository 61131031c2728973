"""Shared figure style and output for every plot rule.

Plot scripts import this module and matplotlib only (no numba or scipy), so that a
restyling run is cheap. ``save_figure`` writes the PDF and a PNG beside it.

Contract: docs/CONTRACTS.md, sections "Library" (``coldglass.plotting``) and "Workflow".
"""

from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

__all__ = [
    "STYLE",
    "use_style",
    "save_figure",
    "note_data_not_shown",
    "draw_digitized",
    "draw_beads",
    "dimension_arrow",
    "draw_contour",
    "setup_cartoon_axes",
    "start_plot",
]

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


def note_data_not_shown(ax, source, loc=(0.02, 0.02)):
    """State on the axes that the experimental points are not shown, naming their source.

    Parameters
    ----------
    ax : matplotlib.axes.Axes
        The panel whose data are absent.
    source : str
        The publication the points come from ("Freeman & Anderson 1986, Fig. 2").
    loc : tuple of float
        Lower-left corner of the note in axes coordinates.
    """
    ax.text(
        *loc,
        f"Data not shown\n(source: {source})",
        transform=ax.transAxes,
        fontsize=8,
        color="0.35",
        ha="left",
        va="bottom",
        bbox={"boxstyle": "round,pad=0.3", "fc": "white", "ec": "0.7", "lw": 0.5},
    )


def draw_digitized(ax, job, x_units=None, y_units=None, panel=None, **style):
    """Draw every digitized series of the figure (``job.input.digitized``) as markers.

    Parameters
    ----------
    ax : matplotlib.axes.Axes
        Where to draw.
    job : snakemake.script.Snakemake
        The plot job; its ``input.digitized`` lists WebPlotDigitizer CSV files whose YAML
        sidecars are read by :func:`coldglass.io.read_digitized`.
    x_units, y_units : dict of str to float, optional
        Accepted sidecar ``x_unit`` / ``y_unit`` values and the factor converting each to the
        axis unit. ``None`` accepts any unit with factor 1.
    panel : str, optional
        Draw only series whose sidecar ``figure`` ends with this panel letter.
    **style
        Passed to ``Axes.plot`` (defaults: open circles).

    Returns
    -------
    list of dict
        The sidecars of the series drawn (empty: the caller notes the data are not shown).

    Raises
    ------
    coldglass.io.InputError
        A sidecar whose unit the figure cannot convert, naming the file and field.
    """
    from coldglass import io

    style = {"marker": "o", "linestyle": "none", "ms": 3.5, "mfc": "none", **style}
    drawn = []
    for path in getattr(job.input, "digitized", []):
        data, side = io.read_digitized(path)
        if panel is not None and not str(side["figure"]).endswith(panel):
            continue
        x_factor = _unit_factor(side, "x_unit", x_units, path)
        y_factor = _unit_factor(side, "y_unit", y_units, path)
        ax.plot(data.x * x_factor, data.y * y_factor, label=str(side["series"]), **style)
        drawn.append(side)
    return drawn


def _unit_factor(sidecar, field, accepted, csv_path):
    """Factor converting a digitized series' ``field`` unit to the axis unit."""
    from coldglass import io

    if accepted is None:
        return 1.0
    unit = str(sidecar[field])
    if unit not in accepted:
        raise io.InputError(
            Path(csv_path).with_suffix(".yaml"),
            f"{field} {unit!r} cannot be drawn on this figure; use one of "
            + ", ".join(repr(u) for u in accepted),
            field=field,
        )
    return accepted[unit]


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
