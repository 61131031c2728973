"""Least-squares fit engine for model curves against digitized series.

A model is any callable ``f(x, **params) -> y`` (vectorised in ``x``). Parameters are
named; each has a start value, optional bounds, and a fixed/free flag. The fit uses
``scipy.optimize.least_squares`` (trust-region reflective with bounds) on the weighted
residuals ``r_i = (f(x_i) - y_i) / sigma_i``.

Uncertainties: the 1-sigma errors are the square roots of the diagonal of
``(J^T J)^-1`` with ``J`` the Jacobian of the weighted residuals at the optimum
(computed by ``least_squares``, or by finite differences in the physical
parameters). When no y-errors are given (``sigma=None``) the residuals are unweighted
and the covariance is scaled by the reduced chi-square ``chi2 / dof`` (the usual
"errors from the scatter" estimate, as ``scipy.optimize.curve_fit`` with
``absolute_sigma=False``). With y-errors given the covariance is used as is
(``absolute_sigma=True``) unless ``scale_covariance=True``.

Optionally a free parameter is fitted in log space (``log=True``, for positive
quantities spanning decades, e.g. concentrations or K A^2 cutoffs); its uncertainty is
then propagated back to the linear value (sigma_p = p * sigma_lnp).

``FitResult.table(paper_values=...)`` returns a tidy DataFrame with the fitted values,
their errors, and the paper's table values beside them (for the fit rule's CSV).

Contract: docs/CONTRACTS.md, section "Library"; used by the fit rules of the magnetic
tunneling paper (Tables 5-7).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

import numpy as np

__all__ = ["Parameter", "FitResult", "fit", "params_from_spec"]


@dataclass
class Parameter:
    """A named model parameter.

    value: start value (and the value used when ``fixed``).
    lower, upper: bounds (``-inf``/``inf`` for none).
    fixed: if True the parameter is held at ``value``.
    log: fit ``ln(value)`` instead of ``value`` (requires value > 0 and lower >= 0).
    unit: free text, carried into the result table.
    """

    name: str
    value: float
    lower: float = -np.inf
    upper: float = np.inf
    fixed: bool = False
    log: bool = False
    unit: str = ""

    def __post_init__(self):
        self.value = float(self.value)
        self.lower = float(self.lower)
        self.upper = float(self.upper)
        if self.lower > self.upper:
            raise ValueError(
                f"parameter {self.name}: lower bound {self.lower} > upper {self.upper}"
            )
        if not self.fixed and not (self.lower <= self.value <= self.upper):
            raise ValueError(
                f"parameter {self.name}: start value {self.value} "
                f"outside [{self.lower}, {self.upper}]"
            )
        if self.log and (self.value <= 0 or self.lower < 0):
            raise ValueError(f"parameter {self.name}: log=True needs value > 0 and lower >= 0")


@dataclass
class FitResult:
    """Outcome of :func:`fit`.

    values / errors: dicts over all parameters (fixed ones have error 0).
    covariance: covariance matrix of the free parameters (linear space), order ``free``.
    chi2: sum of squared (weighted) residuals; dof = n_points - n_free;
    reduced_chi2 = chi2 / dof. ``absolute_sigma`` tells whether the errors were scaled.
    """

    values: dict
    errors: dict
    free: list
    fixed: list
    covariance: np.ndarray
    chi2: float
    dof: int
    n_points: int
    success: bool
    message: str
    nfev: int
    absolute_sigma: bool
    units: dict = field(default_factory=dict)

    @property
    def reduced_chi2(self) -> float:
        return self.chi2 / self.dof if self.dof > 0 else float("nan")

    def table(self, paper_values: Mapping[str, float] | None = None):
        """Tidy table: one row per parameter, fitted value +- sigma beside the paper's value.

        Columns: parameter, unit, fixed, fitted, sigma, paper, deviation_sigma
        ((fitted - paper) / sigma, NaN where undefined), then the fit statistics
        chi2, dof, reduced_chi2 repeated on each row (tidy format).
        """
        import pandas as pd

        paper_values = dict(paper_values or {})
        rows = []
        for name, value in self.values.items():
            sigma = self.errors[name]
            paper = paper_values.get(name, np.nan)
            paper = np.nan if paper is None else float(paper)
            dev = (value - paper) / sigma if (sigma > 0 and np.isfinite(paper)) else np.nan
            rows.append(
                {
                    "parameter": name,
                    "unit": self.units.get(name, ""),
                    "fixed": name in self.fixed,
                    "fitted": value,
                    "sigma": sigma,
                    "paper": paper,
                    "deviation_sigma": dev,
                    "chi2": self.chi2,
                    "dof": self.dof,
                    "reduced_chi2": self.reduced_chi2,
                }
            )
        return pd.DataFrame(rows)


def params_from_spec(spec: Mapping[str, Mapping]) -> list[Parameter]:
    """Build parameters from a mapping ``{name: {value, lower, upper, fixed, log, unit}}``.

    Parameters
    ----------
    spec : Mapping[str, Mapping]
        Parameter name -> keyword arguments of :class:`Parameter` (``value`` required;
        ``lower``, ``upper``, ``fixed``, ``log``, ``unit`` optional), e.g. a fit rule's
        section of ``config/papers/<key>.yaml``.

    Returns
    -------
    list of Parameter
        In the order of ``spec``; invalid bounds or start values raise ``ValueError``.

    Notes
    -----
    docs/CONTRACTS.md, "Library" (this module) and "Workflow" (per-paper numerics come from
    ``config/papers/<key>.yaml``); docs/DESIGN.md, "Digitized data and fits".
    """
    return [Parameter(name=name, **dict(entry)) for name, entry in spec.items()]


def fit(
    model: Callable,
    x,
    y,
    params: list[Parameter],
    sigma=None,
    *,
    scale_covariance: bool | None = None,
    x_scale="jac",
    diff_step: float | None = None,
    max_nfev: int | None = None,
    ftol: float = 1e-10,
    xtol: float = 1e-10,
    gtol: float = 1e-10,
) -> FitResult:
    """Fit ``model(x, **params)`` to ``(x, y)`` with named, bounded, fixable parameters.

    Parameters
    ----------
    model : callable
        ``f(x, **params) -> y``, vectorised in ``x`` (e.g.
        ``coldglass.two_species.heat_capacity_fit_model()``).
    x, y : array_like, shape (n,)
        The data (finite, 1-D, equal length), in the units the model expects.
    params : list of Parameter
        All model parameters, free and fixed (unique names).
    sigma : float or array_like, optional
        y-errors (scalar or shape (n,), positive); ``None``: unweighted residuals.
    scale_covariance : bool, optional
        Scale the covariance by the reduced chi-square; default True when ``sigma`` is None,
        else False.
    x_scale, diff_step, max_nfev, ftol, xtol, gtol
        Passed to ``scipy.optimize.least_squares`` (method "trf").

    Returns
    -------
    FitResult
        Fitted values and 1-sigma errors of every parameter (fixed ones: error 0; a
        parameter the data do not determine: error inf), covariance of the free parameters
        in linear space, chi2, dof, the optimiser's status.  Bad input (shapes, non-finite
        data, duplicate names, no free parameter, fewer points than free parameters,
        non-positive sigma) raises ``ValueError``.

    Notes
    -----
    docs/DESIGN.md, "Digitized data and fits" (a fit rule refits the model with
    ``scipy.optimize.least_squares`` and writes the parameters with uncertainties next to the
    paper's table row); docs/CONTRACTS.md, "Library".  Covariance (J^T J)^-1 from the SVD of
    the Jacobian of the weighted residuals, propagated from log to linear space by
    dp/du = p (module docstring).
    """
    from scipy.optimize import least_squares

    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    if x.shape != y.shape or x.ndim != 1:
        raise ValueError(f"x and y must be 1-D arrays of equal length, got {x.shape}, {y.shape}")
    if not (np.all(np.isfinite(x)) and np.all(np.isfinite(y))):
        raise ValueError("x and y must be finite")
    names = [p.name for p in params]
    if len(set(names)) != len(names):
        raise ValueError(f"duplicate parameter names: {names}")
    if sigma is None:
        weights = np.ones_like(y)
        absolute = False
    else:
        s = np.broadcast_to(np.asarray(sigma, dtype=float), y.shape)
        if np.any(~np.isfinite(s)) or np.any(s <= 0):
            raise ValueError("sigma must be positive and finite")
        weights = 1.0 / s
        absolute = True
    if scale_covariance is None:
        scale_covariance = not absolute

    free = [p for p in params if not p.fixed]
    fixed = [p for p in params if p.fixed]
    if not free:
        raise ValueError("no free parameters")
    n_free = len(free)
    if y.size < n_free:
        raise ValueError(f"{y.size} points cannot determine {n_free} free parameters")

    def to_internal(p, v):
        return np.log(v) if p.log else v

    def to_physical(p, u):
        return np.exp(u) if p.log else u

    p0 = np.array([to_internal(p, p.value) for p in free])
    lo = np.array(
        [to_internal(p, p.lower) if not (p.log and p.lower == 0) else -np.inf for p in free]
    )
    hi = np.array([to_internal(p, p.upper) for p in free])
    fixed_kw = {p.name: p.value for p in fixed}

    def unpack(u):
        kw = dict(fixed_kw)
        for p, ui in zip(free, u):
            kw[p.name] = float(to_physical(p, ui))
        return kw

    def residuals(u):
        model_y = np.asarray(model(x, **unpack(u)), dtype=float)
        r = (model_y - y) * weights
        if not np.all(np.isfinite(r)):
            # keep the optimiser away from regions where the model is undefined
            r = np.where(np.isfinite(r), r, 1e30)
        return r

    kwargs = dict(bounds=(lo, hi), x_scale=x_scale, ftol=ftol, xtol=xtol, gtol=gtol, method="trf")
    if diff_step is not None:
        kwargs["diff_step"] = diff_step
    if max_nfev is not None:
        kwargs["max_nfev"] = max_nfev
    sol = least_squares(residuals, p0, **kwargs)

    r = sol.fun
    chi2 = float(r @ r)
    dof = int(y.size - n_free)
    jac = np.asarray(sol.jac, dtype=float)
    # covariance in internal coordinates via SVD pseudo-inverse (robust to near-singular J)
    _, s_vals, vt = np.linalg.svd(jac, full_matrices=False)
    threshold = np.finfo(float).eps * max(jac.shape) * (s_vals[0] if s_vals.size else 0.0)
    keep = s_vals > threshold
    s_inv2 = np.zeros_like(s_vals)
    s_inv2[keep] = 1.0 / s_vals[keep] ** 2
    cov_internal = (vt.T * s_inv2) @ vt
    if not np.all(keep):
        cov_internal[:, :] = np.inf  # a parameter is not determined by the data
    if scale_covariance:
        cov_internal = cov_internal * (chi2 / dof if dof > 0 else np.nan)
    # propagate to physical coordinates: d p / d u = p for log parameters, 1 otherwise
    phys = np.array([to_physical(p, u) for p, u in zip(free, sol.x)])
    deriv = np.array([phys[i] if p.log else 1.0 for i, p in enumerate(free)])
    covariance = cov_internal * np.outer(deriv, deriv)

    values = {p.name: p.value for p in params}
    errors = {p.name: 0.0 for p in params}
    for i, p in enumerate(free):
        values[p.name] = float(phys[i])
        errors[p.name] = (
            float(np.sqrt(covariance[i, i])) if np.isfinite(covariance[i, i]) else float("inf")
        )
    return FitResult(
        values=values,
        errors=errors,
        free=[p.name for p in free],
        fixed=[p.name for p in fixed],
        covariance=covariance,
        chi2=chi2,
        dof=dof,
        n_points=int(y.size),
        success=bool(sol.success),
        message=str(sol.message),
        nfev=int(sol.nfev),
        absolute_sigma=not scale_covariance,
        units={p.name: p.unit for p in params},
    )
