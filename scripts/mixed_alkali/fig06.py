"""Fig. 6: the 'chocolate' cartoon of a real glass (l.43): 2LS in a homogeneously disordered
matrix, incipient crystallites, ATS at or near them."""

import matplotlib.pyplot as plt

from coldglass import plotting

df, par, log = plotting.start_plot(snakemake)
fig, ax = plt.subplots(figsize=(5.4, 5.4))
styles = {
    "matrix": dict(s=6, color="0.7", marker="o", label="disordered NF matrix"),
    "tls": dict(s=40, color="C0", marker="o", label="standard 2LS"),
    "crystal": dict(s=14, color="C1", marker="s", label="incipient crystallite (RER)"),
    "ats": dict(s=120, color="C3", marker="*", label="ATS (multi-welled, near-degenerate)"),
}
for el, st in styles.items():
    sub = df[df.element == el]
    ax.scatter(sub.x, sub.y, lw=0, **st)
ax.set_xlim(0, 1)
ax.set_ylim(-0.12, 1)
ax.set_aspect("equal")
ax.axis("off")
ax.legend(loc="lower center", ncol=2, fontsize=8, frameon=False)
ax.set_title("cartoon (seeded random placement; not to scale)", fontsize=9)
fig.tight_layout()
plotting.save_figure(fig, snakemake.output.pdf)
