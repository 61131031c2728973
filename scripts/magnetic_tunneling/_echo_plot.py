"""Shared helpers of the echo plot scripts (Figs. 13-18): matplotlib only, no scipy/numba."""

from coldglass import plotting

#: Accepted digitized units of the echo figures and their factors to the axis unit.
B_UNITS = {"T": 1.0, "mT": 1e-3}
TAU_UNITS = {"us": 1.0, "µs": 1.0, "ms (printed, read us)": 1.0}
ANY_Y = {"1": 1.0, "a.u.": 1.0, "arb. units": 1.0}


def data_only_panel(ax, job, sub, x_units, panel=None):
    """Draw the digitized series of a data-only panel, or say which data are not shown."""
    drawn = plotting.draw_digitized(ax, job, x_units=x_units, y_units=ANY_Y, panel=panel)
    if not drawn:
        series = ", ".join(sub.series)
        plotting.note_data_not_shown(
            ax, f"{sub.source.iloc[0]}; series: {series}; {sub.conditions.iloc[0]}", loc=(0.03, 0.3)
        )
        ax.set_yticklabels([])  # arbitrary units and no points: no scale to show
    else:
        ax.legend(fontsize=8)
    return drawn


def data_and_fits(ax, job, df, legend_loc="lower right"):
    """Digitized A(B)/A(B_high) series and their refitted curves (fit rule) on a right axis.

    The left axis holds the constant-free shape of the Table 8 curves; data are in the
    paper's own unit (relative amplitude), so they get their own axis with the fitted
    A = A_2LS + Delta A (l.623), and their own legend at ``legend_loc``. Returns the sidecars
    drawn (empty: no series bundled).
    """
    if not list(getattr(job.input, "digitized", [])):
        return []
    right = ax.twinx()
    drawn = plotting.draw_digitized(right, job, x_units=B_UNITS, y_units=ANY_Y, color="k")
    fits = df[df.panel == "fit"] if "panel" in df else df.iloc[:0]
    for series, sub in fits.groupby("series"):
        right.plot(sub.B_T, sub.A, color="k", ls="--", lw=1.0, label=f"fit to {series}")
    right.set_ylabel(r"$A(B)/A(B_{high})$ (data, refitted Eq. 76)")
    right.legend(loc=legend_loc, fontsize=8)
    return drawn
