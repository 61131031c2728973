"""Shared helpers of the dielectric plot and fit scripts (Figs. 8-11): matplotlib only, no
scipy/numba. Digitized series: x in T or mT, y dimensionless ("1") or in units of a factor
("1e-5" means the CSV holds Delta eps'/eps' / 1e-5)."""

from pathlib import Path

from coldglass import digitized, io

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
        xs, ys = digitized.unit_factors("magnetic_tunneling", side, sidecar_path)
        out.append((side, df.assign(B_T=df.x * xs, value=df.y * ys)))
    return out


def draw_series(ax, points, factor, glass=None, panel=None, T_mK=None, offset=0.0, **style):
    """Draw the digitized series of one panel/curve, each named in the legend.

    A series is drawn when its sidecar ``figure`` ends with ``panel`` or its name names the
    glass (``series_matches_glass``), and, with ``T_mK`` given, names that temperature
    ("94 mK"). Returns the sidecars drawn.
    """
    drawn = []
    for side, p in points:
        fig_id = str(side["figure"])
        if panel is not None or glass is not None:
            by_panel = panel is not None and fig_id.endswith(panel)
            by_glass = glass is not None and series_matches_glass(side["series"], glass)
            if not (by_panel or by_glass):
                continue
        if T_mK is not None and f"{T_mK:g} mK" not in str(side["series"]):
            continue
        style = {"marker": "o", "ls": "none", "ms": 3, "mfc": "none", "color": "k", **style}
        ax.plot(p.B_T, (p.value + offset) * factor, label=str(side["series"]), **style)
        drawn.append(side)
    return drawn


def mark_weak_field_limit(ax, par, glass):
    """Dotted vertical line where the weak-field formula stops holding: phi = 1 (B = B*,
    Tables 10, 11, 14) where the paper gives B*, else "about 1 T" (Sec. 4.1)."""
    b_star = par["B_star_T"].get(glass)
    if b_star is not None:
        x, label = b_star, "weak-field limit:\n" + rf"$\varphi$ = 1 ($B^*$ = {b_star:g} T)"
    else:
        x, label = par["weak_field_limit_T"], "weak-field limit:\n~1 T (Sec. 4.1)"
    ax.axvline(x, ymax=0.66, color="0.45", lw=0.9, ls=":", label=label)  # stops below the legend


def plot_shifted(snakemake, fig_id, y_scale):
    """Figs. 9 and 10: Delta eps'/eps' vs B at three temperatures, shifted apart vertically as in
    the paper (the shifts are not given, the ones used are in the legend); log field axis as
    Fig. 8 (one convention for Figs. 8-10)."""
    import matplotlib.pyplot as plt

    from coldglass import plotting

    df, par, log = plotting.start_plot(snakemake)
    points = digitized_series(snakemake.input.digitized, fig_id)
    fig, ax = plt.subplots(figsize=(6.4, 4.8))
    drawn = []
    for key, sub in df[df.form == "weak"].groupby("curve", sort=True):
        T_mK, off = sub.T_mK.iloc[0], sub.offset.iloc[0]
        ax.plot(
            sub.B_T,
            (sub.delta_eps_over_eps + off) / y_scale,
            color=f"C{key}",
            label=f"{T_mK:g} mK (shifted by {off / y_scale:+g})",
        )
        ax.axhline(off / y_scale, color=f"C{key}", lw=0.5, ls=":")
        drawn += draw_series(ax, points, 1.0 / y_scale, T_mK=T_mK, offset=off, color=f"C{key}")
    rest = [(s, p) for s, p in points if s not in drawn]
    drawn += draw_series(ax, rest, 1.0 / y_scale)
    mark_weak_field_limit(ax, par, df.glass.iloc[0])
    ax.set_xscale("log")
    ax.set_xlim(df.B_T.min(), df.B_T.max())
    lo, hi = ax.get_ylim()
    ax.set_ylim(lo, hi + 0.40 * (hi - lo))
    if not drawn:
        plotting.note_data_not_shown(ax, par["source"], loc=(0.46, 0.87))
    ax.set_xlabel("$B$ (T)")
    exponent = int(f"{y_scale:.0e}".split("e")[1])
    ax.set_ylabel(r"$\Delta\epsilon'/\epsilon'$ + shift  ($10^{" + str(exponent) + "}$)")
    ax.set_title(f"{GLASS_LABEL[df.glass.iloc[0]]}: Eq. (51), {par['table']}, weak field")
    ax.legend(loc="upper left", fontsize=8)
    fig.tight_layout()
    plotting.save_figure(fig, snakemake.output.pdf)
    log.info("wrote %s with %d digitized series", snakemake.output.pdf, len(points))
