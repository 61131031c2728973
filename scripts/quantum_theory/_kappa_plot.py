"""Shared drawing of the kappa(T) figures 19 and 20 (imported by fig19.py and fig20.py)."""

import matplotlib.pyplot as plt

from coldglass import phonons, plotting

SOURCE = "a-SiO2: Smith 1974 (thesis, Illinois); polybutadiene: Freeman & Anderson 1986"


def draw(job, table, par, title):
    """Theory curves, the TLS line and any digitized series; returns (fig, series drawn)."""
    fig, ax = plt.subplots(figsize=(5.4, 4.2))
    colors = iter(("C0", "C2", "C3"))
    for label, group in table.groupby("curve", sort=False):
        if label == "TLS line":
            style = dict(color="0.5", ls=":", lw=1.0)
            text = rf"$l_{{mfp}}/\lambda = {par['mfp_ratio']:g}$ (TLS only)"
        elif label == "no coupling":
            style = dict(color="k", lw=1.6)
            text = rf"no coupling, $T_g/\omega_D = {group.tg_over_wd.iloc[0]:g}$"
        else:
            style = dict(color=next(colors), lw=1.3)
            text = rf"$T_g/\omega_D = {group.tg_over_wd.iloc[0]:g}$"
        ax.loglog(group.T_over_TD, group.kappa_over_K, label=text, **style)
    drawn = plotting.draw_digitized(
        ax,
        job,
        x_units={"1": 1.0, "K": lambda side: 1.0 / float(side["T_D_K"])},
        y_units={
            "1": 1.0,
            "W/(m K)": lambda side: (
                1.0 / phonons.conductivity_scale(float(side["T_D_K"]), float(side["c_s_m_per_s"]))
            ),
        },
    )
    ax.set_xlim(par["t_min"], par["t_max"])
    ax.set_ylim(5e-4, 1.0)
    ax.set_xlabel(r"$T/T_D$")
    ax.set_ylabel(r"$\kappa\,/\,K$,  $K = k_B^3T_D^2/\pi\hbar^2 c_s$")
    ax.set_title(title, fontsize=8)
    ax.legend(loc="upper left", fontsize=8)
    if not drawn:
        plotting.note_data_not_shown(ax, SOURCE, loc=(0.45, 0.04))
    return fig, drawn


def main(job, number):
    """The whole plot job of Fig. ``number`` (19 or 20): title from the recorded parameters."""
    table, par, log = plotting.start_plot(job)
    model = (
        rf"$\rho_{{exc}} = N_{{\alpha T}}(\omega)$, $\alpha = {par['alpha']:g}$; "
        if par["excited"] == "window"
        else ""
    )
    fig, drawn = draw(
        job,
        table,
        par,
        model + r"$l_{mfp} = c_s\tau_\omega + \lambda$, Eq. (48) scaled to "
        rf"$l_{{mfp}}/\lambda = {par['mfp_ratio']:g}$ at $\rho T_g = 1$;"
        "\n"
        rf"$\omega_c = {par['omega_c_over_a_xi']:g}(a/\xi)\omega_D$, "
        rf"$D = {par['fragility']:g}$ (ours)",
    )
    plotting.save_figure(fig, job.output.pdf)
    log.info("drew Fig. %d with %d digitized series", number, len(drawn))
