"""Shared helpers of the dielectric plot and fit scripts (Figs. 8-11): matplotlib only, no
scipy/numba. Digitized series: x in T or mT, y dimensionless ("1") or in units of a factor
("1e-5" means the CSV holds Delta eps'/eps' / 1e-5)."""

from pathlib import Path

from coldglass import io

GLASS_LABEL = {
    "AlBaSiO": "AlBaSiO (BAS)",
    "BK7": "BK7",
    "Duran": "Duran",
    "SiO2+xCyHz": r"SiO$_{2+x}$C$_y$H$_z$",
}


GLASS_ALIASES = {
    "AlBaSiO": ("albasio", "bas"),
    "BK7": ("bk7",),
    "Duran": ("duran",),
    "SiO2+xCyHz": ("sio2+xcyhz", "sio2"),
}


def series_matches_glass(series, glass):
    """True when a digitized series' name (sidecar ``series``) names the glass (word match)."""
    words = str(series).lower().replace(",", " ").split()
    return any(alias in words for alias in GLASS_ALIASES.get(glass, (glass.lower(),)))


def unit_scales(side, sidecar_path):
    """(x factor to tesla, y factor to a dimensionless value) from a sidecar's units."""
    x = {"T": 1.0, "mT": 1e-3}.get(side["x_unit"])
    if x is None:
        raise io.InputError(sidecar_path, "x_unit must be 'T' or 'mT'", field="x_unit")
    try:
        y = 1.0 if str(side["y_unit"]) in ("1", "dimensionless") else float(side["y_unit"])
    except ValueError:
        raise io.InputError(
            sidecar_path,
            "y_unit must be '1', 'dimensionless' or a factor such as '1e-5'",
            field="y_unit",
        ) from None
    return x, y


def digitized_series(paths, figure_prefix):
    """Read the digitized series of one figure: list of (sidecar, DataFrame with B_T, value)."""
    out = []
    for path in paths:
        df, side = io.read_digitized(path)
        sidecar_path = Path(path).with_suffix(".yaml")
        if not str(side["figure"]).startswith(figure_prefix):
            raise io.InputError(
                sidecar_path,
                f"file is named for {figure_prefix} but its figure is {side['figure']!r}",
                field="figure",
            )
        xs, ys = unit_scales(side, sidecar_path)
        out.append((side, df.assign(B_T=df.x * xs, value=df.y * ys)))
    return out


def plot_shifted(snakemake, fig_id, y_scale, log_x):
    """Figs. 9 and 10: Delta eps'/eps' vs B at three temperatures, shifted apart vertically as in
    the paper (l.412; the shifts are not given, the ones used are in the legend)."""
    import matplotlib.pyplot as plt

    from coldglass import plotting

    df, par, log = plotting.start_plot(snakemake)
    points = digitized_series(snakemake.input.digitized, fig_id)
    fig, ax = plt.subplots(figsize=(5.6, 4.4))
    for key, sub in df.groupby("curve", sort=True):
        T_mK, off = sub.T_mK.iloc[0], sub.offset.iloc[0]
        ax.plot(
            sub.B_T,
            (sub.delta_eps_over_eps + off) / y_scale,
            color=f"C{key}",
            label=f"{T_mK:g} mK (shifted by {off / y_scale:+g})",
        )
        ax.axhline(off / y_scale, color=f"C{key}", lw=0.5, ls=":")
        for side, p in points:
            if f"{T_mK:g} mK" in side["series"]:
                ax.plot(p.B_T, (p.value + off) / y_scale, "o", ms=3, mfc="none", color=f"C{key}")
    if log_x:
        ax.set_xscale("log")
    if not points:
        lo, hi = ax.get_ylim()
        ax.set_ylim(lo, hi + 0.18 * (hi - lo))
        plotting.note_data_not_shown(
            ax, par["source"], loc=(0.02, 0.80) if fig_id == "fig09" else (0.52, 0.80)
        )
    ax.set_xlabel("$B$ (T)")
    exponent = int(f"{y_scale:.0e}".split("e")[1])
    ax.set_ylabel(r"$\Delta\epsilon'/\epsilon'$ + shift  ($10^{" + str(exponent) + "}$)")
    ax.set_title(
        f"{GLASS_LABEL[df.glass.iloc[0]]}: Eq. (51), {par['table']}, weak field", fontsize=10
    )
    ax.legend(loc="upper right" if fig_id == "fig09" else "upper left", fontsize=8)
    fig.tight_layout()
    plotting.save_figure(fig, snakemake.output.pdf)
    log.info("wrote %s with %d digitized series", snakemake.output.pdf, len(points))
