"""numba kernels of ``coldglass.tls``: the time-dependent heat capacity, Eq. (27) of the
quantum_theory review (arXiv:cond-mat/0506708, l.404).

C(t) = int dE [x/(2 cosh(x/2))]^2 (A/2)(Delta_0/E)^c I(ln(t/tau_min(E))), x = E/T, with
I(Z) = int_0^Z e^(cz/2)/sqrt(1 - e^-z) dz. Quadrature:

* inner: z = w^2 removes the z^(-1/2) edge; composite 20-point Gauss-Legendre in w on
  panels of width <= 2;
* outer: u = ln E. The threshold u_c where tau_min(E) = t (Z = 0, found by bisection) is
  a square-root edge: on [u_c, u_c + 1] we set u = u_c + v^2; above, panels of width
  <= 2.5 in u up to x = 100.

Agreement with ``tls_heat_capacity_quad`` of benchmarks/references.py (scipy quad) is
tested to 1e-8 relative.
"""

import math

import numpy as np
from numba import njit

__all__ = ["heat_capacity_grid"]

_NODES, _WEIGHTS = np.polynomial.legendre.leggauss(20)
#: Widest panel: in w = sqrt(z) for the inner integral, in u = ln E for the outer one.
_INNER_PANEL, _OUTER_PANEL = 2.0, 2.5


@njit(cache=True)
def _inner(big_z, c):
    """I(Z) with w = sqrt(z): int_0^sqrt(Z) 2 w e^(c w^2/2)/sqrt(1 - e^-w^2) dw."""
    if big_z <= 0.0:
        return 0.0
    top = math.sqrt(big_z)
    panels = int(math.ceil(top / _INNER_PANEL))
    width = top / panels
    total = 0.0
    for p in range(panels):
        mid = (p + 0.5) * width
        for k in range(_NODES.size):
            w = mid + 0.5 * width * _NODES[k]
            w2 = w * w
            total += _WEIGHTS[k] * 2.0 * w * math.exp(0.5 * c * w2) / math.sqrt(-math.expm1(-w2))
    return 0.5 * width * total


@njit(cache=True)
def _log_time_ratio(u, temperature, log_time_over_ref, log_energy_ref):
    energy = math.exp(u)
    return (
        log_time_over_ref
        - 3.0 * (log_energy_ref - u)
        - math.log(math.tanh(energy / (2.0 * temperature)))
    )


@njit(cache=True)
def _outer_integrand(u, temperature, log_time_over_ref, log_energy_ref, c, amplitude, delta0):
    energy = math.exp(u)
    x = energy / temperature
    half = math.exp(-0.5 * x)
    weight = (x * half / (1.0 + half * half)) ** 2
    z = _log_time_ratio(u, temperature, log_time_over_ref, log_energy_ref)
    return energy * weight * 0.5 * amplitude * (delta0 / energy) ** c * _inner(z, c)


@njit(cache=True)
def _heat_capacity_one(temperature, time, c, tau_ref, energy_ref, amplitude, delta0, x_low, x_high):
    log_time_over_ref = math.log(time / tau_ref)
    log_energy_ref = math.log(energy_ref)
    u_lo = math.log(x_low * temperature)
    u_hi = math.log(x_high * temperature)
    if _log_time_ratio(u_hi, temperature, log_time_over_ref, log_energy_ref) <= 0.0:
        return 0.0
    if _log_time_ratio(u_lo, temperature, log_time_over_ref, log_energy_ref) > 0.0:
        u_c = u_lo
    else:
        a, b = u_lo, u_hi  # Z(u) increases with u: bisection to machine precision
        for _ in range(200):
            mid = 0.5 * (a + b)
            if _log_time_ratio(mid, temperature, log_time_over_ref, log_energy_ref) > 0.0:
                b = mid
            else:
                a = mid
            if b - a < 1e-15 * max(1.0, abs(mid)):
                break
        u_c = 0.5 * (a + b)
    total = 0.0
    # edge segment, u = u_c + v^2 for v in [0, 1]
    edge_top = min(1.0, u_hi - u_c)
    v_top = math.sqrt(edge_top)
    for k in range(_NODES.size):
        v = 0.5 * v_top * (_NODES[k] + 1.0)
        total += (
            0.5
            * v_top
            * _WEIGHTS[k]
            * 2.0
            * v
            * _outer_integrand(
                u_c + v * v, temperature, log_time_over_ref, log_energy_ref, c, amplitude, delta0
            )
        )
    # smooth part, panels of width <= _OUTER_PANEL in u
    start = u_c + edge_top
    if u_hi > start:
        panels = int(math.ceil((u_hi - start) / _OUTER_PANEL))
        width = (u_hi - start) / panels
        for p in range(panels):
            mid = start + (p + 0.5) * width
            for k in range(_NODES.size):
                total += (
                    0.5
                    * width
                    * _WEIGHTS[k]
                    * _outer_integrand(
                        mid + 0.5 * width * _NODES[k],
                        temperature,
                        log_time_over_ref,
                        log_energy_ref,
                        c,
                        amplitude,
                        delta0,
                    )
                )
    return total


@njit(cache=True)
def heat_capacity_grid(
    temperatures, time, c, tau_ref, energy_ref, amplitude, delta0, x_low, x_high
):
    """Eq. (27) for each reduced temperature; see the module docstring."""
    out = np.empty(temperatures.size)
    for i in range(temperatures.size):
        out[i] = _heat_capacity_one(
            temperatures[i], time, c, tau_ref, energy_ref, amplitude, delta0, x_low, x_high
        )
    return out
