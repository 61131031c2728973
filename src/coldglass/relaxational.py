"""Relaxational (Jaeckle) contribution of tunnelling systems to the sound velocity, Sec. IV.G.

Lubchenko & Wolynes review (arXiv:cond-mat/0506708, "quantum_theory"), Eqs. (56)-(57):

  delta c_s/c_s |_omega = << g^2/(2 rho c_s^2) (eps/E)^2 (beta/4) sech^2(beta E/2)
                            / (1 + omega^2 tau^2) >>

(Jaeckle et al. 1976; the review prints beta/cosh^2(beta E), see errata), with the one-phonon
rate tau^-1 of Eq. (57) = Eq. (23) (``tls.relaxation_rate``). For a distribution of rates
flat in ln tau (P(tau) d tau ~ d tau/tau, from the flat distribution of ln Delta and
tau^-1 ~ Delta^2 E), the average of 1/(1 + omega^2 tau^2) is linear in ln omega with slope
-1/ln(tau_max/tau_min): the T-independent log omega term of l.718, whose prefactor
P g^2/(rho c_s^2) = (a/xi)^3 is universal.
"""

import math

import numpy as np

from coldglass.tls import sech2

__all__ = [
    "relaxational_weight",
    "log_uniform_relaxation_average",
    "log_omega_slope",
]


def relaxational_weight(energy, temperature, asymmetry_ratio, omega_tau):
    """One TLS's term of Eq. (56) per g^2/(2 rho c_s^2).

    (eps/E)^2 (beta/4) sech^2(beta E/2)/(1 + omega^2 tau^2).

    Parameters
    ----------
    energy : float or array_like
        E (any energy unit, same as ``temperature``).
    temperature : float
        k_B T.
    asymmetry_ratio : float or array_like
        eps/E.
    omega_tau : float or array_like
        omega tau of the TLS.

    Returns
    -------
    float or ndarray
        In 1/energy units.

    Notes
    -----
    Eq. (56), Sec. IV.G, l.712, in the standard form of Jaeckle et al. (1976),
    -d(tanh(beta E/2)/2)/dE = (beta/4) sech^2(beta E/2); the review prints
    beta/cosh^2(beta E) (errata).
    """
    beta = 1.0 / temperature
    return (
        np.asarray(asymmetry_ratio, dtype=float) ** 2
        * 0.25
        * beta
        * sech2(0.5 * beta * np.asarray(energy, dtype=float))
        / (1.0 + np.asarray(omega_tau, dtype=float) ** 2)
    )


def log_uniform_relaxation_average(omega, tau_min, tau_max):
    """<1/(1 + omega^2 tau^2)> for P(tau) ~ 1/tau on [tau_min, tau_max].

    Parameters
    ----------
    omega : float or array_like
        Angular frequency (1/time).
    tau_min, tau_max : float
        Range of the relaxation times.

    Returns
    -------
    float or ndarray
        1 - ln[(1 + omega^2 tau_max^2)/(1 + omega^2 tau_min^2)]/(2 ln(tau_max/tau_min)).

    Notes
    -----
    Sec. IV.G, l.718: d(ln tau) = const because tau^-1 ~ Delta^2 E (Eq. 57) and ln Delta is
    flat; int d ln tau/(1 + omega^2 tau^2) = -ln(1 + omega^-2 tau^-2)/2.
    """
    w = np.asarray(omega, dtype=float)
    num = np.log1p((w * tau_max) ** 2) - np.log1p((w * tau_min) ** 2)
    return 1.0 - num / (2.0 * math.log(tau_max / tau_min))


def log_omega_slope(tau_min, tau_max):
    """d<1/(1 + omega^2 tau^2)>/d ln omega for tau_min << 1/omega << tau_max.

    Parameters
    ----------
    tau_min, tau_max : float
        Range of the relaxation times.

    Returns
    -------
    float
        -1/ln(tau_max/tau_min): independent of omega and T, the log omega term of Sec. IV.G.

    Notes
    -----
    Sec. IV.G, l.718, from ``log_uniform_relaxation_average``.
    """
    return -1.0 / math.log(tau_max / tau_min)
