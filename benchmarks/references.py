"""Reference implementations (scipy quadrature) of library kernels: tests and benchmarks only.

These evaluate the same equations as the numba kernels by a different method, so that the
kernels can be checked against them (tests/) and timed against them (benchmarks/). No rule,
script or claim uses them at run time; references that a claim needs (for instance
``heat_capacity.ats_heat_capacity_quad``, Eq. 17 of Jug, Bonfanti, Kob 2015) stay in the
library beside their kernel.

* ``tls_heat_capacity_quad``: Eq. (27) of the quantum_theory review (Lubchenko and Wolynes,
  arXiv:cond-mat/0506708), the reference of ``coldglass.tls.heat_capacity``.
* ``ats_loss_bracket_paper_form``: the bracket of Eq. (61) of Jug, Bonfanti, Kob (2015) as
  printed, the reference of ``coldglass.dielectric.ats_loss_bracket``.
* ``ats_resonant_quad``, ``ats_relaxational_quad``, ``fe_center_heat_capacity_quad``: Eqs.
  (14), (15) and (30) of the mixed_alkali paper (Jug and Paliienko 2013, reconstructed),
  the references of ``coldglass.two_species``; ``box_counts_reference``, of
  ``coldglass.percolation.box_counts``.
* ``echo_parts_quad``, ``bloch_two_pulse_echo``: Eq. (76) by nested quad and the Bloch
  equations of two finite pulses, the references of ``coldglass.echo`` (Sec. 6 of Jug,
  Bonfanti, Kob 2015).
* ``bump_heat_capacity_quad``, ``ground_state_dos_brentq``, ``excited_cumulative_dos_brentq``,
  ``excited_dos_quad``, ``kinetic_conductivity_quad``: Eqs. (34)-(36), (39)-(48) of the
  quantum_theory review (Sec. IV), the references of ``coldglass.boson_peak``,
  ``coldglass.scattering_dos`` and ``coldglass.plateau`` (brentq roots, adaptive quad).
* ``table_rows``, ``table_row``: the Fig. 7 model parameters of the rows of their Tables
  1-4, read from the transcribed tables (one source for the tests and benchmarks).

Tests import this module as ``references`` (tests/conftest.py puts benchmarks/ on the path).
"""

import math
from pathlib import Path

import numpy as np

from coldglass import dielectric, tls
from coldglass.claims.magnetic_tunneling_inputs import model_rows
from coldglass.io import load_yaml

__all__ = [
    "tls_heat_capacity_quad",
    "ats_loss_bracket_paper_form",
    "table_rows",
    "table_row",
    "soft_disk_forces_numpy",
    "ats_resonant_quad",
    "ats_relaxational_quad",
    "fe_center_heat_capacity_quad",
    "box_counts_reference",
    "echo_parts_quad",
    "bloch_two_pulse_echo",
    "bump_heat_capacity_quad",
    "ground_state_dos_brentq",
    "excited_cumulative_dos_brentq",
    "excited_dos_quad",
    "kinetic_conductivity_quad",
]

#: Upper end of the ATS energy integrals, D_min + 80 k_B T (the integrands are below e^-80).
_ATS_E_TOP = 80.0

_PAPER_CONFIG = Path(__file__).resolve().parents[1] / "config/papers/magnetic_tunneling.yaml"


def table_rows(glass):
    """Fig. 7 model parameters of every row of ``glass`` (Tables 1-4, see ``table_row``)."""
    return model_rows(glass, load_yaml(_PAPER_CONFIG))


def table_row(glass, T_K):
    """Fig. 7 model parameters (``heat_capacity.cbar``) of the row of ``glass`` at ``T_K``.

    Concentrations from Table 1 (BAS) or 3 (Duran), tunnelling parameters from Table 2 or 4
    of Jug, Bonfanti, Kob (2015), via ``model_rows`` and config/papers/magnetic_tunneling.yaml.
    """
    return next(r for r in table_rows(glass) if math.isclose(r["T_K"], T_K))


def _log_time_ratio(log_energy, temperature, time, tau_ref, energy_ref):
    energy = math.exp(log_energy)
    return (
        math.log(time / tau_ref)
        - 3.0 * (math.log(energy_ref) - log_energy)
        - math.log(math.tanh(energy / (2.0 * temperature)))
    )


def tls_heat_capacity_quad(
    reduced_temperature,
    time,
    c,
    tau_ref,
    energy_ref,
    amplitude=1.0,
    amplitude_prefactor=1.0,
    epsrel=1e-12,
):
    """Plain scipy.integrate reference for ``tls.heat_capacity``, Eq. (27) (nested adaptive quad).

    Outer integral over u = ln E with the (u - u_c)^(1/2) edge at tau_min(E) = t handled
    by QAWS; inner integral of Eq. (27) over z with the z^(-1/2) edge handled by QAWS.
    """
    from scipy.integrate import quad
    from scipy.optimize import brentq

    def inner(big_z):
        def g(z):
            return math.exp(0.5 * c * z) * math.sqrt(z / -math.expm1(-z)) if z > 0 else 1.0

        value, _ = quad(
            g, 0.0, big_z, weight="alg", wvar=(-0.5, 0.0), epsabs=0.0, epsrel=epsrel, limit=200
        )
        return value

    results = []
    for temperature in np.atleast_1d(reduced_temperature):
        u_lo = math.log(tls.X_LOW * temperature)
        u_hi = math.log(tls.X_HIGH * temperature)

        def z_of(u, temperature=temperature):
            return _log_time_ratio(u, temperature, time, tau_ref, energy_ref)

        if z_of(u_hi) <= 0.0:
            results.append(0.0)
            continue
        if z_of(u_lo) > 0.0:
            u_c, edge = u_lo, False
        else:
            u_c, edge = brentq(z_of, u_lo, u_hi, xtol=1e-15, rtol=1e-15), True

        def outer(u, temperature=temperature, u_c=u_c, edge=edge):
            if edge:  # QAWS may sample the edge itself, where the limit is finite
                u = max(u, u_c + 1e-13)
            energy = math.exp(u)
            value = (
                energy
                * float(tls.tls_heat_capacity(energy / temperature))
                * 0.5
                * amplitude
                * (amplitude_prefactor / energy) ** c
                * inner(z_of(u))
            )
            return value / math.sqrt(u - u_c) if edge else value

        if edge:
            value, _ = quad(
                outer,
                u_c,
                u_hi,
                weight="alg",
                wvar=(0.5, 0.0),
                epsabs=0.0,
                epsrel=epsrel,
                limit=200,
            )
        else:
            value, _ = quad(outer, u_c, u_hi, epsabs=0.0, epsrel=epsrel, limit=200)
        results.append(value)
    return np.asarray(results).reshape(np.shape(reduced_temperature))


def ats_loss_bracket_paper_form(a, b, T, D_min, Gamma, omega):
    """The bracket of Eq. (61) as printed (E outer, D inner; scipy quad), for a = D0_min phi > 0.

    int_{Ec1}^{Ec2} dE/E sech^2 int_{Dmin}^{D2(E)} dD D/(E^2 - D^2) f + int_{Ec2}^inf dE/E
    sech^2 int_{D1(E)}^{D2(E)} dD D/(E^2 - D^2) f, f = omega tau/(1 + omega^2 tau^2),
    D1 = sqrt(E^2 - b^2), D2 = sqrt(E^2 - a^2). Reference for the tests.
    """
    from scipy.integrate import quad

    ec1 = math.sqrt(D_min**2 + a**2)
    ec2 = math.sqrt(D_min**2 + b**2)

    def f(E, D):
        rate = Gamma * E**3 * (E * E - D * D / 6.0) / math.tanh(E / (2.0 * T))
        wt = omega / rate
        return wt / (1.0 + wt * wt)

    def inner(E, lo):
        hi = math.sqrt(E * E - a * a)
        return quad(
            lambda D: D / (E * E - D * D) * f(E, D), lo, hi, epsabs=0.0, epsrel=1e-11, limit=200
        )[0]

    def sech2(E):
        return float(tls.sech2(E / (2.0 * T)))

    e_top = max(ec2, 80.0 * T)
    opts = dict(epsabs=0.0, epsrel=1e-10, limit=200)
    w = quad(lambda E: sech2(E) / E * inner(E, D_min), ec1, ec2, **opts)[0]
    t = quad(lambda E: sech2(E) / E * inner(E, math.sqrt(E * E - b * b)), ec2, e_top, **opts)[0]
    return w + t


def soft_disk_forces_numpy(pos, species, box, sigma_ratio=1.4, r_cut=2.0):
    """All-pairs numpy reference of ``coldglass.molecular_dynamics.pair_forces``.

    Minimum image over all N^2 pairs (no cell or neighbour list), u = (sigma_ij/r)^12
    shifted to zero at r_c = r_cut sigma_ij (the soft disks of Fig. 1 of Jug, Bonfanti,
    Kob 2015). Returns (forces, potential energy, virial).
    """
    from coldglass.molecular_dynamics import pair_diameters

    sig = pair_diameters(sigma_ratio)[species[:, None], species[None, :]]
    d = pos[:, None, :] - pos[None, :, :]
    d -= box * np.round(d / box)
    r2 = (d**2).sum(axis=-1)
    np.fill_diagonal(r2, np.inf)
    inside = r2 < (r_cut * sig) ** 2
    u = np.where(inside, (sig**2 / r2) ** 6, 0.0)
    shift = np.where(inside, r_cut**-12.0, 0.0)
    fr = 12.0 * u / r2
    forces = (fr[..., None] * d).sum(axis=1)
    return forces, 0.5 * (u - shift).sum(), 0.5 * (12.0 * u).sum()


def ats_resonant_quad(T, A_ATS, D_min):
    """scipy.quad reference of ``two_species.ats_resonant`` (scalar T).

    Parameters
    ----------
    T, A_ATS, D_min : float

    Returns
    -------
    float

    Notes
    -----
    Eq. (14) of the mixed_alkali paper (reconstructed), first line.
    """
    from scipy.integrate import quad

    top = D_min + _ATS_E_TOP * T
    tail = quad(
        lambda E: (1.0 - math.tanh(E / (2.0 * T))) / E**2,
        D_min,
        top,
        epsabs=0.0,
        epsrel=1e-11,
        limit=400,
    )[0]
    return 0.5 * A_ATS * (1.0 / D_min - tail)


def ats_relaxational_quad(T, A_ATS, D_min, omega, Gamma):
    """scipy.quad reference of ``two_species.ats_relaxational`` (scalar T), in ln E.

    Parameters
    ----------
    T, A_ATS, D_min, omega, Gamma : float

    Returns
    -------
    float

    Notes
    -----
    Eqs. (14)-(15) of the mixed_alkali paper (reconstructed).
    """
    from scipy.integrate import quad

    def f(u):
        E = math.exp(u)
        rate = float(dielectric.ats_relaxation_rate(E, E, T, Gamma))
        wt = omega / rate
        return float(tls.sech2(E / (2.0 * T))) / (1.0 + wt * wt)

    lo, hi = math.log(D_min), math.log(D_min + _ATS_E_TOP * T)
    edges = np.linspace(lo, hi, 41)
    val = sum(
        quad(f, a, b, epsabs=0.0, epsrel=1e-12, limit=200)[0]
        for a, b in zip(edges[:-1], edges[1:], strict=True)
    )
    return A_ATS / (4.0 * T) * val


def fe_center_heat_capacity_quad(T, fe_scale, delta_bar):
    """scipy.quad reference of ``two_species.fe_center_heat_capacity`` (scalar T).

    Parameters
    ----------
    T, fe_scale, delta_bar : float

    Returns
    -------
    float

    Notes
    -----
    Eq. (30) of the mixed_alkali paper (reconstructed).
    """
    from scipy.integrate import quad

    def f(d):
        y = d / (2.0 * T)
        return d / delta_bar**2 * math.exp(-d / delta_bar) * y * y * float(tls.sech2(y))

    top = min(60.0 * delta_bar, 120.0 * T)
    pts = sorted({min(delta_bar, top / 2), min(2.0 * T, top / 2)})
    return fe_scale * quad(f, 0.0, top, points=pts, epsabs=0.0, epsrel=1e-11, limit=400)[0]


def box_counts_reference(labels, surface, centres, sizes):
    """numpy reference of ``percolation.box_counts`` (sums over each cube).

    Parameters
    ----------
    labels, surface, centres, sizes : see ``percolation.box_counts``

    Returns
    -------
    (ndarray, ndarray)

    Notes
    -----
    Eq. (20) of the mixed_alkali paper: the fractal dimensions D, D_s.
    """
    sizes = np.asarray(sizes, int)
    mass = np.zeros(sizes.size)
    surf = np.zeros(sizes.size)
    for x, y, z in np.asarray(centres, int):
        for q, ell in enumerate(sizes):
            h = ell // 2
            sl = (slice(x - h, x + h + 1), slice(y - h, y + h + 1), slice(z - h, z + h + 1))
            own = labels[sl] == labels[x, y, z]
            mass[q] += own.sum()
            surf[q] += (own & surface[sl]).sum()
    return mass / len(centres), surf / len(centres)


def echo_parts_quad(
    sv,
    *,
    T,
    e_w,
    D_min,
    X_min,
    X_max,
    gamma_inv,
    c_phi,
    omega_1,
    tau1,
    tau2,
    t_echo,
    rabi_k,
    bloch,
    half_window,
    tail_mean,
    epsrel=1e-11,
):
    """(I_S, I_C) of Eq. (76) for one D0 phi per X value ``sv`` by nested scipy quad.

    The same integral as ``coldglass.echo.echo_parts`` (for one orientation): over E in
    [E_c1, e_w + 1e3 e_w] and v = ln(D0 phi/D) from D0 phi = X_min sv up to X_max sv or
    D = D_min (adaptive quad; the kernel uses fixed Gauss-Legendre panels), integrand
    (1/E) tanh(E/2T) exp(-w t_echo) Omega_R^2 sigma {S, C} from the public
    functions of ``coldglass.echo`` (Eqs. 72, 77, 78); outside |E - e_w| <= half_window the
    pulse-area factors are replaced by their averages (S -> 0, sin^2 sin^2 -> tail_mean).
    Energies in K, frequencies in rad/us, times in us. Reference for tests and benchmarks.
    """
    from scipy.integrate import quad

    from coldglass import echo

    ec1 = math.sqrt(D_min**2 + (X_min * sv) ** 2)
    ec2 = math.sqrt(D_min**2 + (X_max * sv) ** 2)

    def integrand(v, E, which, averaged):
        # v = ln(D0 phi / D): dE/E dD/D E^2/(E^2 - D^2) = dE dv / E
        c = E / math.sqrt(1.0 + math.exp(-2.0 * v))
        D = E / math.sqrt(1.0 + math.exp(2.0 * v))
        det = (E - e_w) * echo.K_TO_PER_US
        om_r = float(echo.ats_rabi_frequency(omega_1, c, D, rabi_k))
        env = (
            math.tanh(E / (2.0 * T))
            / E
            * math.exp(-echo.damping_rate(E, D, T, c_phi, gamma_inv) * t_echo)
            * om_r**2
            * float(echo.spectral_function(om_r, det))
        )
        if averaged:
            if which == 0:
                return 0.0
            ratio = det / float(echo.generalized_rabi(om_r, det)) if bloch else det / om_r
            return env * (-2.0 * ratio * tail_mean)
        s_f, c_f = echo.pulse_area_functions(om_r, det, tau1, tau2, bloch)
        return env * float(s_f if which == 0 else c_f)

    def inner(E, which, averaged):
        a, b = X_min * sv, X_max * sv
        v0 = math.log(a / math.sqrt(E * E - a * a))
        v1 = math.log(math.sqrt(E * E - D_min**2) / D_min)
        if b < E:
            v1 = min(v1, math.log(b / math.sqrt(E * E - b * b)))
        if v1 <= v0:
            return 0.0
        return quad(
            integrand, v0, v1, args=(E, which, averaged), epsabs=0.0, epsrel=1e-13, limit=200
        )[0]

    def outer(lo, hi, which, averaged):
        lo = max(lo, ec1)
        if hi <= lo:
            return 0.0
        # the D0 range opens logarithmically above E_c1: break the interval geometrically
        edges = [lo, hi] + [p for p in (e_w, ec2) if lo < p < hi]
        if lo == ec1:
            edges += [ec1 + (hi - ec1) * 10.0**-k for k in range(1, 14)]
        if averaged:  # long tails: break at log-spaced distances from resonance
            dist = np.geomspace(half_window, 1.0e3 * e_w, 60)
            edges += [e for e in np.concatenate([e_w - dist, e_w + dist]) if lo < e < hi]
        edges = sorted(set(edges))
        return sum(
            quad(inner, e0, e1, args=(which, averaged), epsabs=0.0, epsrel=epsrel, limit=4000)[0]
            for e0, e1 in zip(edges[:-1], edges[1:])
        )

    out = []
    for which in (0, 1):
        val = outer(e_w - half_window, e_w + half_window, which, False)
        if which == 1:
            val += outer(0.0, e_w - half_window, 1, True)
            val += outer(e_w + half_window, e_w + 1.0e3 * e_w, 1, True)
        out.append(val)
    return np.array(out)


def bloch_two_pulse_echo(omega_R, detuning, tau1, tau2, tau12, T2=np.inf, n_phase=8):
    """Echo component of the transverse Bloch vector after two finite pulses (scipy solve_ivp).

    Rotating-frame Bloch equations dM/dt = Omega x M - (M_x, M_y, 0)/T2 with Omega =
    (omega_R cos psi, omega_R sin psi, detuning) during a pulse and (0, 0, detuning) between;
    M(0) = (0, 0, 1). Pulse 1 [0, tau1], free tau12, pulse 2 (phase psi) tau2, free tau12.
    The echo is the part of m_+ = M_x + i M_y at the end that carries exp(2 i psi) (phase
    cycling over n_phase values of psi), i.e. the conjugated pulse-1 coherence.
    Reference for tests/test_echo.py (Eqs. 62-67, 77-78 of Jug, Bonfanti, Kob 2015).
    """
    from scipy.integrate import solve_ivp

    def rhs(_t, m, ox, oy, oz, g):
        return [
            oy * m[2] - oz * m[1] - g * m[0],
            oz * m[0] - ox * m[2] - g * m[1],
            ox * m[1] - oy * m[0],
        ]

    g = 0.0 if not np.isfinite(T2) else 1.0 / T2
    opts = dict(method="DOP853", rtol=1e-12, atol=1e-14)
    acc = 0.0 + 0.0j
    for k in range(n_phase):
        psi = 2.0 * math.pi * k / n_phase
        m = [0.0, 0.0, 1.0]
        m = solve_ivp(rhs, (0, tau1), m, args=(omega_R, 0.0, detuning, 0.0), **opts).y[:, -1]
        m = solve_ivp(rhs, (0, tau12), m, args=(0.0, 0.0, detuning, g), **opts).y[:, -1]
        m = solve_ivp(
            rhs,
            (0, tau2),
            m,
            args=(omega_R * math.cos(psi), omega_R * math.sin(psi), detuning, 0.0),
            **opts,
        ).y[:, -1]
        m = solve_ivp(rhs, (0, tau12), m, args=(0.0, 0.0, detuning, g), **opts).y[:, -1]
        acc += (m[0] + 1j * m[1]) * np.exp(-2j * psi)
    return acc / n_phase


# ---------------------------------------------------------------------------------------
# quantum_theory Sec. IV (ripplons): scipy references of the numba kernels of
# coldglass.boson_peak (Fig. 15), coldglass.scattering_dos (Figs. 17-18) and
# coldglass.plateau (Figs. 19-20). Same equations, brentq roots and adaptive quad.
# ---------------------------------------------------------------------------------------


def _ripplon_sums(x, freqs, weights):
    """Sigma, G, G2 of coldglass.scattering_dos with numpy (n = 1/(e^(x om) - 1))."""
    z = x * freqs
    one_minus = -np.expm1(-z)
    n = np.exp(-z) / one_minus
    return (
        np.sum(weights * freqs * n),
        -np.sum(weights * np.log(one_minus)),
        np.sum(weights * freqs**2 * n / one_minus),
    )


def bump_heat_capacity_quad(temperatures, tg, freqs, weights):
    """Eq. (36) averaged over n(eps) of Eq. (34) by scipy quad (reference of
    ``boson_peak.bump_heat_capacity``): window 80 T around eps = T G, split at 0."""
    from scipy.integrate import quad

    from coldglass import boson_peak

    out = []
    for t in np.atleast_1d(temperatures):
        _, g, s2 = boson_peak.spectral_sums(t, freqs, weights)
        lo, hi = t * g - 80.0 * t, t * g + 80.0 * t

        def integrand(eps, t=t):
            return float(
                boson_peak.two_sided_density(eps, tg)
                * boson_peak.domain_heat_capacity(eps, t, freqs, weights)
            )

        edges = [lo, 0.0, hi] if lo < 0.0 < hi else [lo, hi]
        total = s2 * boson_peak.cumulative_two_sided_density(lo, tg)
        for a, b in zip(edges[:-1], edges[1:]):
            total += quad(integrand, a, b, epsabs=0.0, epsrel=1e-13, limit=400)[0]
        out.append(total)
    return np.array(out)


def ground_state_dos_brentq(omega, tg, freqs, weights):
    """rho T_g of Eqs. (39)-(41), Eq. (40) solved by scipy brentq (reference of
    ``scattering_dos.ground_state_dos``)."""
    from scipy.optimize import brentq

    beta_g = 1.0 / tg
    freqs, weights = np.asarray(freqs, float), np.asarray(weights, float)

    def h(ln_y):
        y = math.exp(ln_y)
        return _ripplon_sums(y, freqs, weights)[0] + 1.0 / (y + beta_g) - omega

    lo, hi = math.log(1.0 / omega), math.log(2.0 / omega)
    while h(lo) <= 0.0:
        lo -= 1.0
    while h(hi) >= 0.0:
        hi += 1.0
    y = math.exp(brentq(h, lo, hi, xtol=1e-15, rtol=1e-15, maxiter=500))
    _, g, g2 = _ripplon_sums(y, freqs, weights)
    kappa = y + beta_g
    f2 = g2 + 1.0 / kappa**2
    return math.exp(y * omega + g) / (kappa * math.sqrt(2.0 * math.pi * f2))


def excited_cumulative_dos_brentq(omega, energy, tg, freqs, weights):
    """N_E T_g of Eqs. (44)-(47), the saddle in x = beta_g + lambda - mu by scipy brentq
    between the inversions Sigma(x_a) = omega + E and Sigma(x_b) = omega (reference of
    ``scattering_dos.excited_cumulative_dos``)."""
    from scipy.optimize import brentq

    beta_g = 1.0 / tg
    freqs, weights = np.asarray(freqs, float), np.asarray(weights, float)

    def invert(target):
        def f(ln_x):
            return _ripplon_sums(math.exp(ln_x), freqs, weights)[0] - target

        lo, hi = -1.0, 1.0
        while f(lo) <= 0.0:
            lo -= 1.0
        while f(hi) >= 0.0:
            hi += 1.0
        return brentq(f, lo, hi, xtol=1e-15, rtol=1e-15, maxiter=500)

    ln_a, ln_b = invert(omega + energy), invert(omega)

    def h(ln_x):
        x = math.exp(ln_x)
        s = _ripplon_sums(x, freqs, weights)[0]
        a, b = omega + energy - s, s - omega
        if a <= 0.0:
            return -1e300
        if b <= 0.0:
            return 1e300
        return x - beta_g - 1.0 / a + 1.0 / b

    x = math.exp(brentq(h, ln_a, ln_b, xtol=1e-15, rtol=1e-15, maxiter=500))
    s, g, g2 = _ripplon_sums(x, freqs, weights)
    lam, mu = 1.0 / (omega + energy - s), 1.0 / (s - omega)
    det = g2 * (1.0 / lam**2 + 1.0 / mu**2) + 1.0 / (lam * mu) ** 2
    phi = x * omega + lam * energy + g - math.log(lam) - math.log(mu)
    return math.exp(phi) / (2.0 * math.pi * math.sqrt(det))


def excited_dos_quad(omega, temperature, tg, freqs, weights):
    """rho_exc T_g of Eq. (43), by parts, with scipy quad in ln(E/T) over [-8, ln 40]
    (reference of ``scattering_dos.excited_dos``)."""
    from scipy.integrate import quad

    def integrand(u):
        z = math.exp(u)
        n_e = excited_cumulative_dos_brentq(omega, z * temperature, tg, freqs, weights)
        return n_e * 0.5 * z * float(tls.sech2(0.5 * z))

    return quad(integrand, -8.0, math.log(40.0), epsabs=0.0, epsrel=1e-11, limit=200)[0]


def kinetic_conductivity_quad(temperatures, tg, freqs, weights, excited="thermal", alpha=1.0):
    """kappa/K of ``plateau.kinetic_conductivity`` with scipy quad in ln u over
    [ln t - 7, min(0, ln 45 t)] and the brentq/quad densities above."""
    from scipy.integrate import quad

    from coldglass import plateau

    strength = plateau.empirical_strength()
    out = []
    for t in np.atleast_1d(temperatures):

        def integrand(ln_u, t=t):
            u = math.exp(ln_u)
            rho = ground_state_dos_brentq(u, tg, freqs, weights)
            if excited == "thermal":
                rho += excited_dos_quad(u, t, tg, freqs, weights)
            elif excited == "window":
                rho += excited_cumulative_dos_brentq(u, alpha * t, tg, freqs, weights)
            x = u / t
            c = x * x * math.exp(-x) / (-math.expm1(-x)) ** 2
            return u * u * c * (1.0 / (2.0 * math.pi * strength * rho) + 1.0)

        top = min(0.0, math.log(t) + math.log(45.0))
        out.append(quad(integrand, math.log(t) - 7.0, top, epsabs=0.0, epsrel=1e-11, limit=200)[0])
    return np.array(out)
