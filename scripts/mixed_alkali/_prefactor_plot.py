"""Shared drawing of the prefactor-vs-composition figures (Figs. 10 and 13)."""

from coldglass import plotting

SOURCE_FIT = (
    "fits of the paper's Table {table} (numbers lost); data of MacDonald, Anderson & "
    "Schroeder, PRB 31, 1090 (1985)"
)


def draw_quantity(ax, df, quantity, scale, marks_column, styles):
    """The law (solid) and its reference (dashed) of one prefactor vs x, with ticks at the
    compositions drawn in the companion T-figure; returns the curve names."""
    sub = df[df.quantity == quantity]
    names = list(dict.fromkeys(sub.curve))
    for name in names:
        c = sub[sub.curve == name]
        style = dict(styles[name])
        ax.plot(c.x, c.value * scale, label=style.pop("label", name), **style)
    law = sub[(sub.curve == names[0]) & sub[marks_column]]
    ax.plot(
        law.x,
        law.value * scale,
        "|",
        color=styles[names[0]].get("color", "k"),
        ms=9,
        mew=1.2,
        label="compositions of Fig. " + marks_column[-2:].lstrip("0") + " (model values)",
    )
    ax.set_ylim(bottom=0.0)
    ax.set_xlabel(r"alkali fraction $x$ in (SiO$_2$)$_{1-x}$(K$_2$O)$_x$")
    return names


def data_or_note(ax, job, panel, table, loc, y_units):
    """Digitized points of the panel (``y_units``: accepted units and factors to the axis) if
    any, else the note naming their source."""
    x_units = {"1": 1.0, "mol fraction": 1.0}
    if not plotting.draw_digitized(ax, job, x_units=x_units, y_units=y_units, panel=panel):
        plotting.note_data_not_shown(ax, SOURCE_FIT.format(table=table), loc=loc)
