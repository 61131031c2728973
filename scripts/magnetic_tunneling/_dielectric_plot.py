"""Shared plotting helpers of Figs. 8-11 (matplotlib only; no scipy/numba)."""

from pathlib import Path

from coldglass import io

GLASS_LABEL = {"AlBaSiO": "AlBaSiO (BAS)", "BK7": "BK7", "Duran": "Duran",
               "SiO2+xCyHz": r"SiO$_{2+x}$C$_y$H$_z$"}


def digitized_series(paths, figure_prefix):
    """Read the digitized series of one figure: list of (sidecar, DataFrame)."""
    out = []
    for path in paths:
        df, side = io.read_digitized(path)
        if not str(side["figure"]).startswith(figure_prefix):
            raise io.InputError(Path(path).with_suffix(".yaml"),
                                f"file is named for {figure_prefix} but its figure is {side['figure']!r}",
                                field="figure")
        scale = {"T": 1.0, "mT": 1e-3}.get(side["x_unit"])
        if scale is None:
            raise io.InputError(Path(path).with_suffix(".yaml"), "x_unit must be T or mT", field="x_unit")
        df = df.assign(B_T=df.x * scale)
        out.append((side, df))
    return out
