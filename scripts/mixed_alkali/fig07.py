"""Fig. 7: delta eps'/eps' vs T: Spectrosil (the paper's inset, STM) and AlBaSiO (main,
2LS + ATS), drawn as two panels: (a) STM and 2LS + ATS with illustrative parameters,
(b) 2LS + ATS with the AlBaSiO ATS parameters of magnetic_tunneling (no minimum)."""

import matplotlib.pyplot as plt
from _dielectric_plot import data_or_note, v_label

from coldglass import plotting

df, par, log = plotting.start_plot(snakemake)
fig, (a, b) = plt.subplots(1, 2, figsize=(10.0, 4.4))
styles = {
    "STM (2LS only)": dict(
        color="k", lw=1.3, label="STM only, Eq. (8) (paper's inset, Spectrosil)"
    ),
    "2LS + ATS, illustrative": dict(color="C0", lw=1.8, label="2LS + ATS, Eqs. (8) + (14)"),
}
for name, st in styles.items():
    sub = df[df.curve == name]
    a.plot(
        sub.T_K * 1e3, sub.deps_total * 1e5, **{**st, "label": f"{st['label']}\n({v_label(sub)})"}
    )
a.set_title("(a) illustrative parameters (Table 1 lost), f = 1 kHz", fontsize=9)
alb = df[df.curve.str.contains("AlBaSiO")]
b.plot(
    alb.T_K * 1e3,
    alb.deps_total * 1e5,
    color="C1",
    lw=1.8,
    label="2LS + ATS, AlBaSiO ATS from\nmagnetic_tunneling Tables 5, 7",
)
b.set_title(
    rf"(b) $A_{{ATS}}$={par['A_ATS_albasio_K']:.2g} K, $D_{{min}}$="
    rf"{par['D_min_albasio_K'] * 1e3:g} mK (field fits): no minimum",
    fontsize=9,
)
data_or_note(a, snakemake, "Spectrosil, ref. [53]; AlBaSiO, refs. [6, 7]", loc=(0.03, 0.58))
for ax in (a, b):
    ax.set_xscale("log")
    ax.set_xlabel("T (mK)")
    ax.legend(loc="upper right", fontsize=8, frameon=False)
a.set_ylabel(r"$[\epsilon'(T)-\epsilon'(T_0)]/\epsilon'\;(10^{-5})$")
b.set_ylabel(r"$[\epsilon'(T)-\epsilon'(6\,\mathrm{mK})]/\epsilon'\;(10^{-5})$")
a.set_ylim(-0.5, 6.0)
fig.tight_layout()
plotting.save_figure(fig, snakemake.output.pdf)
