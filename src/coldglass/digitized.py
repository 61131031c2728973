"""What a digitized series of each figure may be: its units and the model a fit rule uses.

A digitized series (``data/raw/<key>/digitized/<figNN...>.csv`` with its YAML sidecar, read
by ``coldglass.io.read_digitized``) is drawn on its figure and, where the paper fitted a
model, refitted. This module is the one place that says, per paper and figure, which units
the plot and fit scripts convert and which ``model`` strings the fit rules understand, so
that a series they cannot use is refused when the workflow is parsed
(``coldglass.validate``), not half-way through a run. It imports no physics module.

Models of ``magnetic_tunneling``:

* ``cbar <glass> <T_K>`` on Fig. 7: C-bar(B) of Eqs. (16), (18)-(20) with the tunnelling
  parameters of the glass's row at ``T_K`` (Tables 2, 4; ``config glasses``);
* ``<ats_delta_epsilon|ats_loss> <table05|table06|table07> <glass> <T_mK>`` on Figs. 8-11:
  the dielectric models of Eqs. (47)-(51) and (55)-(61) with the row of that table;
* ``magnetization <glass> <B_T>`` on Figs. 21, 22, 25: M(T) at the field B_T of Eqs. (90),
  (93)-(97) with the glass's fit table (Tables 10, 11, 14; ``config magnetization.fits``).

Models of ``mixed_alkali`` (the lost Tables 1-2 regenerated):

* ``dielectric <f_Hz>`` on Figs. 7-9: delta eps'/eps'(T) of Eqs. (8) + (14) at that frequency;
* ``heat_capacity`` on Fig. 12: C_p(T) of Eq. (31).

Specified in docs/CONTRACTS.md, sections "Library" and "Inputs".
"""

import math
from pathlib import Path

from coldglass.io import InputError, parse_float, read_csv_rows

__all__ = [
    "DIELECTRIC_MODELS",
    "FIGURE_UNITS",
    "FIT_FIGURES",
    "MAGNETIZATION_FIGURES",
    "RIPPLON_SCALE_FIGURES",
    "axis_units",
    "check_series",
    "parse_model",
    "unit_factors",
]

_HEAT_CAPACITY_Y = {"J/(g K)": 1.0, "uJ/(g K)": 1e-6, "mJ/(g K)": 1e-3}
_FIELD_X = {"T": 1.0, "mT": 1e-3}
#: Magnetization per gram to A m^2 g^-1 (1 emu = 1e-3 A m^2); the plots scale to 1e-5 A m^2/g.
_MAGNETIZATION_Y = {"A m^2/g": 1.0, "1e-5 A m^2/g": 1e-5, "emu/g": 1e-3}
#: The glass whose fit each magnetization figure shows (Figs. 21, 22, 25; Tables 10, 11, 14).
MAGNETIZATION_FIGURES = {"fig21": "BAS", "fig22": "Duran", "fig25": "BK7"}
_TEMPERATURE_MK = {"mK": 1.0, "K": 1e3}
#: "factor": y is dimensionless, '1' or 'dimensionless', or a factor such as '1e-5' (the
#: CSV then holds y / 1e-5).
_DIMENSIONLESS = "factor"

#: {paper: {figure: (x units -> factor to the axis unit, y units -> factor, or "factor")}}.
FIGURE_UNITS = {
    "magnetic_tunneling": {
        "fig07": ({"T": 1.0}, _HEAT_CAPACITY_Y),
        **{fig: (_FIELD_X, _DIMENSIONLESS) for fig in ("fig08", "fig09", "fig10", "fig11")},
        # Sec. 8.2: C-bar_p(B) of Duran, drawn in uJ/(g K) (Fig. 23)
        "fig23": (_FIELD_X, _HEAT_CAPACITY_Y),
        # Sec. 6: echo amplitudes (a.u. or relative: dimensionless) vs B or tau_12
        **{fig: (_FIELD_X, _DIMENSIONLESS) for fig in ("fig13", "fig14", "fig16", "fig17")},
        **{fig: ({"us": 1.0}, _DIMENSIONLESS) for fig in ("fig15", "fig18", "fig20")},
        **{fig: ({"K": 1.0}, _MAGNETIZATION_Y) for fig in MAGNETIZATION_FIGURES},
    },
    "mixed_alkali": {
        **{fig: (_TEMPERATURE_MK, _DIMENSIONLESS) for fig in ("fig07", "fig08", "fig09")},
        "fig12": ({"K": 1.0, "mK": 1e-3}, _HEAT_CAPACITY_Y),
    },
}

#: Dielectric fit models (names of ``coldglass.dielectric.FIT_MODELS``, checked by a test)
#: and the tables whose rows they start from.
DIELECTRIC_MODELS = {
    "ats_delta_epsilon": ("table05", "table06"),
    "ats_loss": ("table07",),
}


#: Figures whose digitized series a fit rule refits (each needs a ``model``), and the form.
FIT_FIGURES = {
    "magnetic_tunneling": {
        "fig07": "'cbar <glass> <T_K>'",
        **{fig: "'<model> <table> <glass> <T_mK>'" for fig in ("fig08", "fig09", "fig10", "fig11")},
        **{fig: "'echo_amplitude <Table 8 row number 1-4>'" for fig in ("fig16", "fig17")},
        **{fig: "'magnetization <glass> <B_T>'" for fig in MAGNETIZATION_FIGURES},
    },
    "mixed_alkali": {
        **{fig: "'dielectric <f_Hz>'" for fig in ("fig07", "fig08", "fig09")},
        "fig12": "'heat_capacity'",
    },
}


#: quantum_theory figures whose digitized series may be fitted by two scales (T_D, height):
#: ``plateau.fit_curve_scales``, rule quantum_theory_fit_ripplons (Sec. IV, Figs. 15, 19, 20).
RIPPLON_SCALE_FIGURES = ("fig15", "fig19", "fig20")


def _figure(side):
    """The figure id without its panel letter (``fig07a`` -> ``fig07``)."""
    text = str(side["figure"])
    return text[:-1] if text[-1:].isalpha() and text[-2:-1].isdigit() else text


def axis_units(paper, figure, y_scale):
    """(x units, y units) of a figure for ``plotting.draw_digitized``, y to the drawn unit.

    Parameters
    ----------
    paper, figure : str
        Paper key and figure id with declared units in ``FIGURE_UNITS``.
    y_scale : float
        Factor from the y base unit of ``FIGURE_UNITS`` to the axis unit (1e6: J/(g K) drawn
        in uJ/(g K)).

    Returns
    -------
    tuple of dict
        Unit -> factor to the x axis, unit -> factor to the y axis.

    Notes
    -----
    docs/DESIGN.md, "Digitized data and fits": the sidecar's ``x_unit`` and ``y_unit``.
    """
    x_units, y_to_base = FIGURE_UNITS[paper][figure]
    return x_units, {unit: factor * y_scale for unit, factor in y_to_base.items()}


def unit_factors(paper, side, sidecar_path):
    """(x factor, y factor) converting a series to its figure's axis units.

    Parameters
    ----------
    paper : str
        Paper key.
    side : dict
        The sidecar (``coldglass.io.read_digitized``).
    sidecar_path : path-like
        Named in errors.

    Returns
    -------
    tuple of float
        Factors to tesla (field axes) or the figure's x unit, and to the figure's y unit.
        A figure without declared units accepts any unit with factor 1.

    Raises
    ------
    coldglass.io.InputError
        A unit the figure cannot convert, naming the sidecar and field.

    Notes
    -----
    docs/CONTRACTS.md, "Library" (``coldglass.digitized``: the units a digitized series may
    have, ``FIGURE_UNITS``) and docs/DESIGN.md, "Digitized data and fits" (``x_unit``,
    ``y_unit`` of the sidecar).  A dimensionless axis accepts '1', 'dimensionless' or a
    numeric factor such as '1e-5'.
    """
    units = FIGURE_UNITS.get(paper, {}).get(_figure(side))
    if units is None:
        return 1.0, 1.0
    x_units, y_units = units
    if side["x_unit"] not in x_units:
        raise InputError(
            sidecar_path,
            f"'{side['x_unit']}' is not an x unit of {side['figure']}; use one of "
            + ", ".join(x_units),
            field="x_unit",
        )
    y_text = str(side["y_unit"])
    if y_units == _DIMENSIONLESS:
        try:
            y = 1.0 if y_text in ("1", "dimensionless") else float(y_text)
        except ValueError:
            y = math.nan
        if not (math.isfinite(y) and y > 0):
            raise InputError(
                sidecar_path,
                f"'{y_text}' is not a y unit of {side['figure']} (dimensionless): use '1', "
                "'dimensionless' or a positive factor such as '1e-5'",
                field="y_unit",
            )
        return x_units[side["x_unit"]], y
    if y_text not in y_units:
        raise InputError(
            sidecar_path,
            f"'{y_text}' is not a y unit of {side['figure']}; use one of " + ", ".join(y_units),
            field="y_unit",
        )
    return x_units[side["x_unit"]], y_units[y_text]


def _rows(tables, name, sidecar_path):
    path = Path(tables) / f"{name}.csv"
    if not path.exists():
        raise InputError(sidecar_path, f"table {name} does not exist", field="model")
    return [row for _, row in read_csv_rows(path, ())]


def parse_model(paper, side, sidecar_path, paper_config, tables=None):
    """The fit model of a series: ``None`` or a dict (``kind``, ``spec`` and the table row).

    Parameters
    ----------
    paper : str
        Paper key.
    side : dict
        The sidecar; its optional ``model`` string is parsed.
    sidecar_path : path-like
        The sidecar file (named in errors; its ``../tables`` folder holds the tables unless
        ``tables`` is given).
    paper_config : dict
        The paper's configuration section (``config[paper]``).
    tables : path-like, optional
        Folder of the transcribed tables.

    Returns
    -------
    dict or None
        ``{"kind": "cbar", "glass", "T_K"}``, ``{"kind": "dielectric", "model", "table",
        "glass", "T_mK"}`` (magnetic_tunneling), ``{"kind": "zero_field_dielectric", "f_Hz"}``
        or ``{"kind": "heat_capacity"}`` (mixed_alkali); ``None`` when the sidecar names no
        model (allowed only on a figure without fit rule, see ``FIT_FIGURES``).

    Raises
    ------
    coldglass.io.InputError
        Unknown model, a figure without fit rule, or no table row at that temperature.

    Notes
    -----
    docs/CONTRACTS.md, "Library" (``FIT_FIGURES``, ``parse_model``: what the validation
    accepts also runs) and docs/DESIGN.md, "Digitized data and fits" (the optional
    ``model`` of the sidecar, refitted by a fit rule against the paper's table row).
    """
    sidecar_path = Path(sidecar_path)
    if side.get("model") in (None, ""):
        if _figure(side) in FIT_FIGURES.get(paper, {}):
            raise InputError(
                sidecar_path,
                f"every series of {_figure(side)} is refitted: give its model, "
                + FIT_FIGURES[paper][_figure(side)],
                field="model",
            )
        return None
    tables = Path(tables) if tables is not None else sidecar_path.parents[1] / "tables"
    spec = str(side["model"]).split()
    figure = _figure(side)
    if paper == "magnetic_tunneling" and figure == "fig07":
        glasses = paper_config.get("glasses", {})
        if len(spec) != 3 or spec[0] != "cbar" or spec[1] not in glasses:
            raise InputError(
                sidecar_path,
                f"'{side['model']}' is not a Fig. 7 model: write 'cbar <glass> <T_K>' with "
                "glass one of " + ", ".join(glasses),
                field="model",
            )
        T = parse_float(spec[2], sidecar_path, None, "model")
        table = glasses[spec[1]]["tunneling"]
        temperatures = [float(r["T_K"]) for r in _rows(tables, table, sidecar_path)]
        if not any(math.isclose(T, t, rel_tol=1e-9) for t in temperatures):
            raise InputError(
                sidecar_path,
                f"no row at {T:g} K for {spec[1]} in {table} (rows: "
                + ", ".join(f"{t:g}" for t in temperatures)
                + " K)",
                field="model",
            )
        return {"kind": "cbar", "glass": spec[1], "T_K": T}
    if paper == "magnetic_tunneling" and figure in ("fig08", "fig09", "fig10", "fig11"):
        if len(spec) != 4 or spec[0] not in DIELECTRIC_MODELS:
            raise InputError(
                sidecar_path,
                f"'{side['model']}' is not a dielectric model: write '<model> <table> <glass> "
                "<T_mK>' with model one of " + ", ".join(DIELECTRIC_MODELS),
                field="model",
            )
        model, table, glass = spec[:3]
        if table not in DIELECTRIC_MODELS[model]:
            raise InputError(
                sidecar_path,
                f"model {model} starts from " + " or ".join(DIELECTRIC_MODELS[model]),
                field="model",
            )
        T = parse_float(spec[3], sidecar_path, None, "model")
        rows = [
            r
            for r in _rows(tables, table, sidecar_path)
            if r["glass"] == glass and math.isclose(float(r["T_mK"]), T, rel_tol=1e-9)
        ]
        if len(rows) != 1:
            raise InputError(
                sidecar_path, f"no unique row {glass} {T:g} mK in {table}", field="model"
            )
        return {"kind": "dielectric", "model": model, "table": table, "glass": glass, "T_mK": T}
    if paper == "magnetic_tunneling" and figure in ("fig16", "fig17"):
        n_rows = len(_rows(tables, "table08", sidecar_path))
        if len(spec) != 2 or spec[0] != "echo_amplitude" or not spec[1].isdigit():
            raise InputError(
                sidecar_path,
                f"'{side['model']}' is not an echo model: write 'echo_amplitude <row>' with the "
                f"row number 1-{n_rows} of Table 8",
                field="model",
            )
        row = int(spec[1])
        if not 1 <= row <= n_rows:
            raise InputError(sidecar_path, f"Table 8 has rows 1-{n_rows}", field="model")
        return {"kind": "echo", "model": "echo_amplitude", "row": row}
    if paper == "magnetic_tunneling" and figure in MAGNETIZATION_FIGURES:
        glass = MAGNETIZATION_FIGURES[figure]
        if len(spec) != 3 or spec[0] != "magnetization" or spec[1] != glass:
            raise InputError(
                sidecar_path,
                f"'{side['model']}' is not a {figure} model: write 'magnetization {glass} <B_T>'",
                field="model",
            )
        B = parse_float(spec[2], sidecar_path, None, "model")
        if not B > 0:
            raise InputError(sidecar_path, "the field B_T must be positive", field="model")
        return {"kind": "magnetization", "glass": glass, "B_T": B}
    if paper == "mixed_alkali" and figure in ("fig07", "fig08", "fig09"):
        f = parse_float(spec[1], sidecar_path, None, "model") if len(spec) == 2 else math.nan
        if spec[0] != "dielectric" or not (math.isfinite(f) and f > 0):
            raise InputError(
                sidecar_path,
                f"'{side['model']}' is not a {figure} model: write 'dielectric <f_Hz>' with the "
                "measuring frequency in Hz",
                field="model",
            )
        return {"kind": "zero_field_dielectric", "f_Hz": f}
    if paper == "mixed_alkali" and figure == "fig12":
        if spec != ["heat_capacity"]:
            raise InputError(
                sidecar_path,
                f"'{side['model']}' is not a Fig. 12 model: write 'heat_capacity'",
                field="model",
            )
        return {"kind": "heat_capacity"}
    if paper == "quantum_theory" and figure in RIPPLON_SCALE_FIGURES:
        if spec[0] != "scales" or len(spec) > 2:
            raise InputError(
                sidecar_path,
                f"'{side['model']}' is not a {figure} model: write 'scales' or "
                "'scales <T_g/omega_D of the curve>'",
                field="model",
            )
        tg = parse_float(spec[1], sidecar_path, None, "model") if len(spec) == 2 else None
        return {"kind": "scales", "tg_over_wd": tg}
    raise InputError(
        sidecar_path,
        f"no fit rule for {paper} {side['figure']}; remove 'model' or use a figure with one",
        field="model",
    )


def check_series(paper, side, sidecar_path, paper_config):
    """Units and model of a digitized series, as the plot and fit scripts will use them.

    Parameters
    ----------
    paper : str
        Paper key.
    side : dict
        The sidecar (``coldglass.io.read_digitized``).
    sidecar_path : path-like
        The sidecar file (named in errors; its ``../tables`` folder holds the tables).
    paper_config : dict
        The paper's configuration section (``config[paper]``).

    Returns
    -------
    None
        Raises ``coldglass.io.InputError`` (from ``unit_factors`` or ``parse_model``) when
        the plot or fit script could not use the series.

    Notes
    -----
    docs/CONTRACTS.md, "Inputs" and "Departures from the original design" (inputs are
    validated before anything runs: digitized series against ``coldglass.digitized``);
    called by ``coldglass.validate`` when the workflow is parsed.
    """
    unit_factors(paper, side, sidecar_path)
    parse_model(paper, side, sidecar_path, paper_config)
