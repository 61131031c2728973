"""Shared figure style, output and layout check for every plot rule.

Plot scripts import this module and matplotlib only (no numba or scipy), so that a
restyling run is cheap. ``save_figure`` writes the PDF, a PNG beside it and a layout
report ``<fig>.layout.json`` (:func:`check_layout`: text outside the canvas, overlapping
text boxes, fonts below :data:`MIN_FONT_PT`, the legend labels drawn).

House style (one convention for every paper):

* fonts: 9 pt body, 9 pt axis labels and panel titles, 8 pt ticks, legends and notes;
  nothing below :data:`MIN_FONT_PT` = 8 pt at the printed figure size;
* panel titles: plain sentence case, left-aligned, no trailing full stop; a multi-panel
  figure labels its panels "(a) ...", "(b) ...";
* colours: the Okabe-Ito cycle (:data:`OKABE_ITO`), distinguishable in grey-scale print
  and for colour-blind readers; ``"C0"``, ``"C1"``... in the scripts refer to it;
* no seed line numbers on a figure (equation numbers and section names only).

Contract: docs/CONTRACTS.md, sections "Library" (``coldglass.plotting``) and "Workflow".
"""

import json
import re
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
from cycler import cycler  # noqa: E402

__all__ = [
    "MIN_FONT_PT",
    "OKABE_ITO",
    "STYLE",
    "check_layout",
    "dimension_arrow",
    "draw_beads",
    "draw_contour",
    "draw_digitized",
    "note_data_not_shown",
    "save_figure",
    "setup_cartoon_axes",
    "start_plot",
    "use_style",
]

#: A seed line reference ("l.174", "ll. 20-25"): allowed in captions and ledgers only.
_LINE_REFERENCE = re.compile(r"\bll?\.\s?\d+")

#: Smallest font allowed on a figure, in points at the printed size (figsize).
MIN_FONT_PT = 8.0

#: Okabe & Ito (2008), "Color universal design": black first, then orange, sky blue,
#: bluish green, yellow, blue, vermillion, reddish purple.
OKABE_ITO = (
    "#0072B2",  # blue
    "#D55E00",  # vermillion
    "#009E73",  # bluish green
    "#CC79A7",  # reddish purple
    "#E69F00",  # orange
    "#56B4E9",  # sky blue
    "#000000",  # black
    "#F0E442",  # yellow (last: weak on white)
)

STYLE = {
    "figure.dpi": 100,
    "savefig.dpi": 150,
    "font.size": 9,
    "axes.labelsize": 9,
    "axes.titlesize": 9,
    "axes.titlelocation": "left",
    "figure.titlesize": 9,
    "xtick.labelsize": 8,
    "ytick.labelsize": 8,
    "legend.fontsize": 8,
    "legend.title_fontsize": 8,
    "legend.frameon": False,
    "xtick.direction": "in",
    "ytick.direction": "in",
    "xtick.top": True,
    "ytick.right": True,
    "lines.linewidth": 1.5,
    "axes.prop_cycle": cycler(color=list(OKABE_ITO)),
    "pdf.fonttype": 42,
    "svg.hashsalt": "coldglass",
}


def use_style():
    """Apply the project's matplotlib style (deterministic output, print sizes).

    Parameters
    ----------
    None
        The style is the module's ``STYLE`` (fonts, Okabe-Ito colour cycle, tick directions,
        PDF font type, SVG hash salt).

    Returns
    -------
    None
        ``matplotlib.pyplot.rcParams`` is updated in place.

    Notes
    -----
    docs/CONTRACTS.md, "Library" (``use_style()``); the house style is described in this
    module's docstring.
    """
    plt.rcParams.update(STYLE)


def save_figure(fig, pdf_path):
    """Write ``fig`` to ``pdf_path``, the ``.png`` beside it and the layout report.

    Parameters
    ----------
    fig : matplotlib.figure.Figure
        The finished figure (closed afterwards).
    pdf_path : str or pathlib.Path
        ``results/<key>/figures/<fig>.pdf``; the PNG and ``<fig>.layout.json`` (the result
        of :func:`check_layout`) are written beside it.

    Returns
    -------
    dict
        The layout report.

    Notes
    -----
    docs/CONTRACTS.md, "Library" (``save_figure(fig, pdf_path)`` writes the ``.pdf`` and the
    ``.png`` beside it) and "Workflow" (``results/<key>/figures/figNN.pdf`` + ``.png``).  The
    PDF is written without creation dates, so reruns are byte-identical.
    """
    pdf_path = Path(pdf_path)
    pdf_path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(pdf_path, metadata={"CreationDate": None, "ModDate": None})
    fig.savefig(pdf_path.with_suffix(".png"))
    report = check_layout(fig)
    pdf_path.with_suffix(".layout.json").write_text(json.dumps(report, indent=1) + "\n")
    plt.close(fig)
    return report


def _visible_texts(fig):
    """Every visible, non-empty text artist the figure draws.

    Tick labels come from the ticks matplotlib actually draws (inside the view limits);
    the others from ``fig.findobj``.
    """
    from matplotlib.axes import Axes
    from matplotlib.text import Text

    axes = [a for a in fig.findobj(Axes) if a.get_visible() and a.axison]
    tick_labels = set()
    drawn = []
    for ax in fig.findobj(Axes):
        for axis in ax._axis_map.values():
            for tick in axis.get_major_ticks() + axis.get_minor_ticks():
                tick_labels.update((tick.label1, tick.label2))
    for ax in axes:
        for axis in ax._axis_map.values():
            if not axis.get_visible():
                continue
            for tick in axis._update_ticks():
                drawn.extend(t for t in (tick.label1, tick.label2) if t.get_visible())
    texts = []
    for artist in fig.findobj(Text):
        if artist in tick_labels or not artist.get_visible():
            continue
        if artist.axes is not None and not artist.axes.get_visible():
            continue
        texts.append(artist)
    return [t for t in texts + drawn if t.get_text().strip()]


def _role(text, fig):
    """'legend', 'tick', 'axis label', 'title', or 'annotation' (any other text)."""
    for legend in _legends(fig):
        if text in legend.get_texts() or text is legend.get_title():
            return "legend"
    axes = text.axes
    if axes is not None:
        for axis in (axes.xaxis, axes.yaxis):
            if text is axis.label:
                return "axis label"
            ticks = axis.get_major_ticks() + axis.get_minor_ticks()
            if any(text in (tick.label1, tick.label2) for tick in ticks):
                return "tick"
        if text in (axes.title, axes._left_title, axes._right_title):
            return "title"
    return "annotation"


def _legends(fig):
    """The visible legends of the figure (axes and figure legends)."""
    from matplotlib.legend import Legend

    return [leg for leg in fig.findobj(Legend) if leg.get_visible()]


def _describe(text):
    """A text's string on one line, shortened, for a problem message."""
    return " ".join(text.get_text().split())[:60]


def check_layout(fig, min_font=MIN_FONT_PT):
    """Check the figure's text layout as printed (figsize, points).

    Parameters
    ----------
    fig : matplotlib.figure.Figure
        A finished figure.
    min_font : float
        Smallest allowed font size in points.

    Returns
    -------
    dict
        ``problems`` (list of str: text outside the canvas, font below ``min_font``, a seed
        line reference such as "l.174", two text boxes overlapping, a text box over a
        legend or across an axes frame),
        ``warnings`` (text boxes crossed by a drawn curve; not an error: labels placed on
        their curve), ``legend_labels`` (every legend entry), ``data_not_shown`` (the text of
        every :func:`note_data_not_shown` note), ``min_font_pt`` and ``n_texts``.

    Notes
    -----
    Extents are matplotlib window extents after a draw; a box may overlap another by
    1 px (anti-aliasing). Tick labels of one axis are compared with other texts, not with
    each other (matplotlib spaces them).
    """
    from matplotlib.text import Text
    from matplotlib.transforms import Bbox

    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    canvas = fig.bbox
    texts = _visible_texts(fig)
    boxes = []
    problems, warnings = [], []
    for text in texts:
        box = Text.get_window_extent(text, renderer)  # an annotation's text, not its arrow
        if text.get_bbox_patch() is not None:
            box = Bbox.union([box, text.get_bbox_patch().get_window_extent(renderer)])
        role = _role(text, fig)
        boxes.append((text, box, role))
        if text.get_fontsize() < min_font - 1e-9:
            problems.append(
                f"font {text.get_fontsize():g} pt < {min_font:g} pt: {_describe(text)!r}"
            )
        if (
            box.x0 < canvas.x0 - 1
            or box.y0 < canvas.y0 - 1
            or box.x1 > canvas.x1 + 1
            or box.y1 > canvas.y1 + 1
        ):
            problems.append(f"outside the canvas: {_describe(text)!r}")
        if _LINE_REFERENCE.search(text.get_text()):
            problems.append(f"seed line reference on the figure: {_describe(text)!r}")
    shrunk = [(t, b.expanded(1.0, 1.0).shrunk(1.0, 1.0), r) for t, b, r in boxes]
    for i, (ta, ba, ra) in enumerate(shrunk):
        for tb, bb, rb in shrunk[i + 1 :]:
            if ra == rb == "tick" and ta.axes is tb.axes:
                continue
            if ra == rb == "legend":
                continue
            if _overlap(ba, bb) > 2.0:
                problems.append(
                    f"overlap ({_overlap(ba, bb):.0f} px2): {_describe(ta)!r} and {_describe(tb)!r}"
                )
    for legend in _legends(fig):
        frame = legend.get_window_extent(renderer)
        own = set(legend.get_texts()) | {legend.get_title()}
        for text, box, role in boxes:
            if text in own or role in ("tick", "axis label"):
                continue
            if _overlap(frame, box) > 2.0:
                problems.append(f"text over a legend: {_describe(text)!r}")
    for text, box, role in boxes:
        axes = text.axes
        if role != "annotation" or axes is None or not axes.axison:
            continue
        frame = axes.get_window_extent(renderer)
        inside = _overlap(frame, box)
        if 2.0 < inside < box.width * box.height - 2.0 and not _is_inset_of(text, axes):
            problems.append(f"text across the axes frame: {_describe(text)!r}")
        warnings.extend(_lines_under(text, box, axes))
    labels = [t.get_text() for leg in _legends(fig) for t in leg.get_texts()]
    notes = [t.get_text() for t in texts if t.get_text().startswith("Data not shown\n(source:")]
    return {
        "problems": problems,
        "warnings": warnings,
        "legend_labels": labels,
        "data_not_shown": notes,
        "min_font_pt": min((t.get_fontsize() for t in texts), default=None),
        "n_texts": len(texts),
    }


def _overlap(a, b):
    """Area (px^2) of the intersection of two boxes."""
    w = min(a.x1, b.x1) - max(a.x0, b.x0)
    h = min(a.y1, b.y1) - max(a.y0, b.y0)
    return w * h if w > 0 and h > 0 else 0.0


def _is_inset_of(text, axes):
    """Texts placed deliberately outside their axes frame by annotation coordinates."""
    return text.get_clip_on() is False and getattr(text, "xyann", None) is not None


def _lines_under(text, box, axes):
    """Warnings for data curves of ``axes`` passing through the text box ``box``."""
    import numpy as np

    out = []
    inner = box.shrunk(0.9, 0.8)
    for line in axes.get_lines():
        xy = line.get_xydata()
        if len(xy) < 2 or line.get_linestyle() in ("None", "none", " ", ""):
            continue
        pts = line.get_transform().transform(np.asarray(xy, dtype=float))
        pts = pts[np.isfinite(pts).all(axis=1)]
        if len(pts) < 2:
            continue
        t = np.linspace(0.0, 1.0, 8)[:, None, None]
        dense = (pts[:-1][None] * (1 - t) + pts[1:][None] * t).reshape(-1, 2)
        hit = (
            (dense[:, 0] > inner.x0)
            & (dense[:, 0] < inner.x1)
            & (dense[:, 1] > inner.y0)
            & (dense[:, 1] < inner.y1)
        )
        if hit.any():
            out.append(f"curve {line.get_label()!r} under {_describe(text)!r}")
            break
    return out


def note_data_not_shown(ax, source, loc=(0.02, 0.02)):
    """State on the axes that the experimental points are not shown, naming their source.

    Parameters
    ----------
    ax : matplotlib.axes.Axes
        The panel whose data are absent.
    source : str
        The publication the points come from ("Freeman & Anderson 1986, Fig. 2"); wrapped at
        28 characters, explicit newlines kept.
    loc : tuple of float
        Lower-left corner of the note in axes coordinates.

    Returns
    -------
    None
        A boxed 8 pt grey text "Data not shown (source: ...)" is added to ``ax``.

    Notes
    -----
    docs/CONTRACTS.md, "Library" (``note_data_not_shown(ax, source)``) and docs/DESIGN.md,
    "Figures and tables" (without a digitized series the figure says on its face that the
    points are not bundled and names their source).
    """
    import textwrap

    lines = [w for part in str(source).split("\n") for w in textwrap.wrap(part, 28)]
    ax.text(
        *loc,
        "Data not shown\n(source: " + "\n".join(lines) + ")",
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
    x_units, y_units : dict of str to (float or callable), optional
        Accepted sidecar ``x_unit`` / ``y_unit`` values and the factor converting each to the
        axis unit; a callable receives the sidecar (material constants such as ``T_D_K``,
        ``c_s_m_per_s``) and returns the factor. ``None`` (both): the units declared for the
        figure in ``coldglass.digitized.FIGURE_UNITS`` (checked when the workflow is parsed), or
        any unit with factor 1 for a figure that declares none.
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

    Notes
    -----
    docs/DESIGN.md, "Digitized data and fits" and "Figures and tables"; docs/CONTRACTS.md,
    "Library" (``coldglass.digitized``: what the validation accepts also runs).
    """
    from coldglass import digitized, io

    style = {"marker": "o", "linestyle": "none", "ms": 3.5, "mfc": "none", **style}
    drawn = []
    for path in getattr(job.input, "digitized", []):
        data, side = io.read_digitized(path)
        if panel is not None and not str(side["figure"]).endswith(panel):
            continue
        if x_units is None and y_units is None and hasattr(job, "wildcards"):
            x_factor, y_factor = digitized.unit_factors(
                job.wildcards.key, side, Path(path).with_suffix(".yaml")
            )
        else:
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
    factor = accepted[unit]
    if callable(factor):
        try:
            return float(factor(sidecar))
        except KeyError as missing:
            raise io.InputError(
                Path(csv_path).with_suffix(".yaml"),
                f"{field} {unit!r} needs the material constant {missing} in the sidecar",
                field=str(missing).strip("'"),
            ) from None
    return factor


def draw_beads(ax, xy, radius=0.45, dashed=False, **style):
    """Circles of ``radius`` at the rows of ``xy``: solid outline/fill, or dashed outlines.

    Parameters
    ----------
    ax : matplotlib.axes.Axes
        Cartoon axes (data units).
    xy : array_like, shape (N, 2)
        Centres of the beads.
    radius : float
        Bead radius in data units.
    dashed : bool
        True: dashed black outlines without fill (e.g. a displaced configuration); False:
        light-grey filled circles with a thin black outline.
    **style
        Overrides for the ``PatchCollection`` (facecolor, edgecolor, linestyle, ...).

    Returns
    -------
    None
        One ``PatchCollection`` is added to ``ax``.

    Notes
    -----
    docs/DESIGN.md, "Figures and tables" (schematics are drawn by code); used by the
    cartoon figures' plot scripts (e.g. electrodynamics fig01).
    """
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
    """A double-headed arrow from ``start`` to ``end`` with ``label`` at its middle + offset.

    Parameters
    ----------
    ax : matplotlib.axes.Axes
        Cartoon axes (data units).
    start, end : sequence of float, length 2
        End points of the arrow.
    label : str
        Text at the midpoint (e.g. a length such as "a" or "xi").
    offset : sequence of float, length 2
        Shift of the label from the midpoint, data units.
    color : str
        Colour of arrow and label.
    **text_style
        Passed to ``Axes.text``.

    Returns
    -------
    None
        The arrow (an annotation) and the label are added to ``ax``.

    Notes
    -----
    docs/DESIGN.md, "Figures and tables" (schematics are drawn by code, with their
    quantitative backbone computed where the text gives one).
    """
    ax.annotate(
        "",
        xy=tuple(end),
        xytext=tuple(start),
        arrowprops={"arrowstyle": "<->", "lw": 1.0, "color": color, "shrinkA": 0, "shrinkB": 0},
    )
    middle = [(s + e) / 2.0 + o for s, e, o in zip(start, end, offset)]
    ax.text(*middle, label, ha="center", va="center", color=color, **text_style)


def draw_contour(ax, centre, radius, **style):
    """A circle outline (domain boundary, transition-state contour).

    Parameters
    ----------
    ax : matplotlib.axes.Axes
        Cartoon axes (data units).
    centre : sequence of float, length 2
        Centre of the circle.
    radius : float
        Radius in data units.
    **style
        Passed to ``matplotlib.patches.Circle`` (``fill`` defaults to False).

    Returns
    -------
    None
        The patch is added to ``ax``.

    Notes
    -----
    docs/DESIGN.md, "Figures and tables" (schematics are drawn by code).
    """
    from matplotlib.patches import Circle

    style.setdefault("fill", False)
    ax.add_patch(Circle(tuple(centre), radius, **style))


def setup_cartoon_axes(ax, width, height, margin=0.6):
    """Equal-aspect, frameless axes showing [0, width] x [0, height].

    Parameters
    ----------
    ax : matplotlib.axes.Axes
        Axes to set up.
    width, height : float
        Extent of the drawing in data units.
    margin : float
        Blank border added on every side, data units.

    Returns
    -------
    None
        Limits, aspect and axis visibility of ``ax`` are changed in place.

    Notes
    -----
    docs/DESIGN.md, "Figures and tables" (schematics are drawn by code).
    """
    ax.set_xlim(-margin, width + margin)
    ax.set_ylim(-margin, height + margin)
    ax.set_aspect("equal")
    ax.axis("off")


def start_plot(job):
    """Preamble of a plot script run by the generic ``figure`` rule.

    Parameters
    ----------
    job : snakemake.script.Snakemake
        The ``snakemake`` object of the plot job: ``job.log[0]`` is the rule's log file,
        ``job.input.data`` the figure's parquet.

    Returns
    -------
    tuple of (pandas.DataFrame, dict, logging.Logger)
        (table, params recorded by the compute rule, logger writing to the rule's log).
        The house style is applied as a side effect.

    Notes
    -----
    docs/CONTRACTS.md, "Library" (``start_plot(snakemake)``), "Workflow" (the one plot rule
    ``figure``) and "Departures from the original design" (one plot rule).
    """
    from coldglass import io

    log = io.script_logger(job.log[0])
    table, meta = io.read_table(job.input.data)
    use_style()
    return table, meta["params"], log
