"""Shared drawing of the delta eps'/eps' vs T figures (Figs. 7-9)."""

import numpy as np

from coldglass import plotting

SOURCE_24 = "MacDonald, Anderson & Schroeder, PRB 31, 1090 (1985)"


def draw_curves(ax, df, label_fmt="{}", scale=1e5, **style):
    """Every curve of the table on a log-T axis; returns the curve names."""
    names = list(dict.fromkeys(df.curve))
    for i, name in enumerate(names):
        sub = df[df.curve == name]
        ax.plot(
            sub.T_K * 1e3,
            sub.deps_total * scale,
            color=f"C{i}",
            lw=1.6,
            label=label_fmt.format(name),
            **style,
        )
    ax.set_xscale("log")
    ax.set_xlabel("T (mK)")
    ax.set_ylabel(r"$[\epsilon'(T)-\epsilon'(T_0)]/\epsilon'\;(10^{-5})$")
    return names


#: y units of a digitized delta eps'/eps' series and the factor to the axis unit (1e-5):
#: dimensionless ('1'), or already in units of 1e-5 ('1e-5').
Y_UNITS = {"1": 1e5, "dimensionless": 1e5, "1e-5": 1.0}


def data_or_note(ax, job, source, loc=(0.02, 0.02)):
    """Digitized points if any (T in mK or K, y converted to the 1e-5 axis unit), else the
    on-figure note naming their source. Call before ``ax.legend`` so the series is listed."""
    if not plotting.draw_digitized(ax, job, x_units={"mK": 1.0, "K": 1e3}, y_units=Y_UNITS):
        plotting.note_data_not_shown(ax, source, loc=loc)


def minimum_marks(ax, df, scale=1e5):
    for i, name in enumerate(dict.fromkeys(df.curve)):
        sub = df[df.curve == name]
        if sub.has_minimum.iloc[0]:
            j = int(np.argmin(sub.deps_total.to_numpy()))
            ax.plot(sub.T_K.iloc[j] * 1e3, 0, "v", color=f"C{i}", ms=4)
