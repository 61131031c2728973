"""Shared drawing of the delta eps'/eps' vs T figures (Figs. 7-9)."""

import numpy as np

from coldglass import plotting

SOURCE_24 = "MacDonald, Anderson & Schroeder, PRB 31, 1090 (1985)"


def v_label(sub):
    """The V of a curve, as computed by the compute rule: slope ratio and rounding."""
    ratio, rounding = sub.v_ratio.iloc[0], sub.v_rounding.iloc[0]
    if np.isnan(ratio):
        return "no minimum"
    return f"ratio {ratio:.2f} : 1, rounding {rounding:.2f} dec"


def draw_curves(ax, df, label_fmt="{}", scale=1e5, **style):
    """Every curve of the table on a log-T axis, labelled with its V; returns the names."""
    names = list(dict.fromkeys(df.curve))
    for i, name in enumerate(names):
        sub = df[df.curve == name]
        ax.plot(
            sub.T_K * 1e3,
            sub.deps_total * scale,
            color=f"C{i}",
            lw=1.6,
            label=label_fmt.format(name) + f"\n({v_label(sub)})",
            **style,
        )
    ax.set_xscale("log")
    ax.set_xlabel("T (mK)")
    ax.set_ylabel(r"$[\epsilon'(T)-\epsilon'(T_0)]/\epsilon'\;(10^{-5})$")
    return names


def axis_units(job, y_scale):
    """{unit: factor} of the digitized series of the figure, to its axes (T in mK, y times
    ``y_scale``), from the units ``coldglass.digitized`` declares for the figure."""
    from pathlib import Path

    from coldglass import digitized, io

    x_units, y_units = {}, {}
    for path in getattr(job.input, "digitized", []):
        _, side = io.read_digitized(path)
        xf, yf = digitized.unit_factors("mixed_alkali", side, Path(path).with_suffix(".yaml"))
        x_units[str(side["x_unit"])] = xf
        y_units[str(side["y_unit"])] = yf * y_scale
    return x_units, y_units


def data_or_note(ax, job, source, loc=(0.02, 0.02), y_scale=1e5):
    """Digitized points if any, else the on-figure note naming their source."""
    x_units, y_units = axis_units(job, y_scale)
    if not plotting.draw_digitized(ax, job, x_units=x_units, y_units=y_units):
        plotting.note_data_not_shown(ax, source, loc=loc)


def minimum_marks(ax, df, scale=1e5):
    for i, name in enumerate(dict.fromkeys(df.curve)):
        sub = df[df.curve == name]
        if sub.has_minimum.iloc[0]:
            j = int(np.argmin(sub.deps_total.to_numpy()))
            ax.plot(sub.T_K.iloc[j] * 1e3, 0, "v", color=f"C{i}", ms=4)
