"""Shared plot of Figs. 21, 22, 25: M(T) of one glass from its Sec. 7.2 fit table (matplotlib
only). (a) the total (Eqs. 90 + 94 + offset) at each field; (b) at each field the Fe2+ + Fe3+
part (dotted) and the ATS part (dashed), and at the middle field the ATS part with Eq. (93)
as printed (grey, twice ours)."""

import matplotlib.pyplot as plt
import numpy as np

from coldglass import plotting

DATA_SOURCE = "Siebert [48], PhD thesis, Heidelberg 2001 (SQUID magnetization)"
SCALE = 1e5  # A m^2 g^-1 -> 1e-5 A m^2 g^-1


def _part(sub, name):
    return sub[sub.component == name].M_Am2_per_g.to_numpy()


def plot_magnetization(job, glass, table, extra_note=""):
    df, par, log = plotting.start_plot(job)
    fig, (ax, bx) = plt.subplots(1, 2, figsize=(11.0, 4.8))
    fields = sorted(df[df.component == "total"].B_T.unique())
    mid = fields[len(fields) // 2]
    for i, B in enumerate(fields):
        sub = df[df.B_T == B]
        T = sub[sub.component == "total"].T_K.to_numpy()
        ax.plot(T, _part(sub, "total") * SCALE, color=f"C{i}", label=f"total, B = {B:g} T")
        fe = _part(sub, "Fe2+") + _part(sub, "Fe3+")
        bx.plot(
            T, fe * SCALE, ":", color=f"C{i}", label=f"Fe$^{{2+}}$+Fe$^{{3+}}$ (Eq. 90), {B:g} T"
        )
        bx.plot(T, _part(sub, "ATS") * SCALE, "--", color=f"C{i}", label=f"ATS (Eq. 94), {B:g} T")
        if B == mid:
            printed = _part(sub, "total (Eq. 93 as printed)") - _part(sub, "total")
            bx.plot(
                T,
                (_part(sub, "ATS") + printed) * SCALE,
                color="0.6",
                lw=1.0,
                label=f"ATS, Eq. (93) as printed, {B:g} T",
            )
    ax.axhline(
        par["offset_Am2_per_g"] * SCALE,
        color="0.4",
        lw=0.8,
        ls="-.",
        label=f"vert. offset {par['offset_Am2_per_g']:.3g} A m$^2$/g ({table})",
    )
    for a in (ax, bx):
        a.set_xscale("log")
        a.set_xlim(df.T_K.min(), df.T_K.max())
        a.set_xlabel(r"$T$ (K)")
    bx.set_yscale("log")
    top = max(float(np.nanmax(line.get_ydata())) for line in bx.get_lines())
    bx.set_ylim(1e-4, 60.0 * top)  # room for the legend above the curves
    ax.set_ylabel(r"$M$ ($10^{-5}$ A m$^2$ g$^{-1}$)")
    bx.set_ylabel(r"contribution to $M$ ($10^{-5}$ A m$^2$ g$^{-1}$)")
    ax.set_title(f"(a) {glass}: total, parameters of {table}", loc="left")
    bx.set_title("(b) Fe and ATS contributions", loc="left")
    ax.legend(loc="upper right", fontsize=8)
    bx.legend(loc="upper right", fontsize=8, ncol=2)
    fig.text(
        0.01,
        0.01,
        "Fields not given in the text (chosen). "
        f"$T_0$ = {par['T0_K']:g} K in Eq. (97){extra_note}; "
        r"$B^*(T)\propto N(T)^{-2}$ (not printed, our reading); $\varphi\to\varphi/\sqrt{3}$; "
        "factor 1/2 in Eq. (93) (-dF/dB).",
        fontsize=8,
        color="0.25",
        va="bottom",
    )
    drawn = plotting.draw_digitized(ax, job, color="k")
    for name, fit in par.get("refits", {}).items():
        curve = df[df.component == f"refit: {name}"]
        values = ", ".join(
            f"{k.split('_')[0] if k != 'Pn_ats_per_g' else 'P*n'} = {v:.3g}"
            for k, v in fit["fitted"].items()
        )
        ax.plot(
            curve.T_K,
            curve.M_Am2_per_g * SCALE,
            "--",
            color="k",
            lw=1.1,
            label=f"refit to {name} ({fit['B_T']:g} T):\n{values}",
        )
    if drawn:
        ax.legend(loc="upper right", fontsize=8)
    else:
        plotting.note_data_not_shown(bx, DATA_SOURCE, loc=(0.03, 0.03))
    fig.tight_layout(rect=(0, 0.05, 1, 1))
    plotting.save_figure(fig, job.output.pdf)
    return df, par, log


def contribution_panels(df, column, scale, style, title):
    """One panel per temperature of ``df`` (Figs. 23, 24): each component of ``style`` (its
    line style and legend label) drawn against B; returns (figure, axes)."""
    temps = sorted(df.T_K.unique())
    fig, axes = plt.subplots(1, len(temps), figsize=(4.0 * len(temps), 4.4), sharey=True)
    for ax, T in zip(axes, temps):
        sub = df[df.T_K == T]
        for comp, kw in style.items():
            c = sub[sub.component == comp]
            ax.plot(c.B_T, c[column] * scale, **kw)
        ax.axhline(0, color="0.7", lw=0.6, zorder=0)
        ax.set_xlim(0, df.B_T.max())
        ax.set_xlabel(r"$B$ (T)")
        ax.set_title(title(T), loc="left")
    return fig, axes
