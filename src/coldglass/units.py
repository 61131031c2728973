"""Physical constants and unit conversions.

SI inside the library; the papers' own units (kelvin as energy, eV, Debye, CGS-Gaussian
esu, dyn/cm^2) are converted here and only here. Values: the exact SI defining constants
(2019) and CODATA 2022 (NIST, https://physics.nist.gov/constants) for the measured ones,
equal to those of ``scipy.constants`` (SciPy >= 1.15; a test compares them). Written out
rather than imported from SciPy, so that importing ``coldglass.units`` (and every module
that uses it) does not load SciPy: the start-up of each rule's script job stays short.
"""

import math

__all__ = [
    "K_B",
    "HBAR",
    "H_PLANCK",
    "E_CHARGE",
    "EV",
    "C_LIGHT",
    "EPSILON_0",
    "MU_B",
    "ANGSTROM",
    "RYDBERG_EV",
    "AVOGADRO",
    "GAS_CONSTANT",
    "DEBYE",
    "E_CHARGE_STATC",
    "kelvin_to_joule",
    "joule_to_kelvin",
    "ev_to_joule",
    "joule_to_ev",
    "kelvin_to_ev",
    "ev_to_kelvin",
    "debye_to_coulomb_metre",
    "coulomb_metre_to_debye",
    "volt_per_cm_to_volt_per_metre",
    "hertz_to_kelvin",
    "dyn_per_cm2_to_pascal",
    "g_per_cm3_to_kg_per_m3",
]

K_B = 1.380649e-23  # J/K, exact (SI 2019)
H_PLANCK = 6.62607015e-34  # J s, exact (SI 2019)
HBAR = H_PLANCK / (2.0 * math.pi)  # J s
E_CHARGE = 1.602176634e-19  # C, exact (SI 2019)
EV = E_CHARGE  # J
C_LIGHT = 299792458.0  # m/s, exact
EPSILON_0 = 8.8541878188e-12  # F/m, CODATA 2022
MU_B = 9.2740100657e-24  # J/T, Bohr magneton, CODATA 2022
ANGSTROM = 1e-10  # m
RYDBERG_EV = 13.60569312299  # eV, Rydberg constant times hc, CODATA 2022
AVOGADRO = 6.02214076e23  # 1/mol, exact (SI 2019)
GAS_CONSTANT = AVOGADRO * K_B  # J/(mol K)

#: 1 Debye = 1e-18 statC cm = 1e-21/c C m (exact in SI with c exact).
DEBYE = 1e-21 / C_LIGHT  # C m
#: Elementary charge in statcoulomb (Gaussian units).
E_CHARGE_STATC = E_CHARGE * C_LIGHT * 10.0  # statC (4.803e-10)


def kelvin_to_joule(temperature_k):
    """Energy k_B T in joule for a temperature in kelvin.

    Parameters
    ----------
    temperature_k : float or array_like
        Temperature T in kelvin (any shape).

    Returns
    -------
    float or ndarray
        k_B T in joule, same shape as ``temperature_k``.

    Notes
    -----
    E = k_B T with k_B = 1.380649e-23 J/K, exact.
    Constants: SI 2019 exact values and CODATA 2022 (see the module docstring).
    """
    return K_B * temperature_k


def joule_to_kelvin(energy_j):
    """Energy in joule expressed as a temperature E/k_B in kelvin.

    Parameters
    ----------
    energy_j : float or array_like
        Energy E in joule (any shape).

    Returns
    -------
    float or ndarray
        E/k_B in kelvin, same shape as ``energy_j``.

    Notes
    -----
    Inverse of `kelvin_to_joule`; k_B = 1.380649e-23 J/K, exact.
    Constants: SI 2019 exact values and CODATA 2022 (see the module docstring).
    """
    return energy_j / K_B


def ev_to_joule(energy_ev):
    """Energy in eV to joule.

    Parameters
    ----------
    energy_ev : float or array_like
        Energy in electronvolt (any shape).

    Returns
    -------
    float or ndarray
        Energy in joule, same shape as ``energy_ev``.

    Notes
    -----
    1 eV = e x 1 V = 1.602176634e-19 J, exact.
    Constants: SI 2019 exact values and CODATA 2022 (see the module docstring).
    """
    return energy_ev * EV


def joule_to_ev(energy_j):
    """Energy in joule to eV.

    Parameters
    ----------
    energy_j : float or array_like
        Energy in joule (any shape).

    Returns
    -------
    float or ndarray
        Energy in electronvolt, same shape as ``energy_j``.

    Notes
    -----
    Inverse of `ev_to_joule`, 1 eV = 1.602176634e-19 J, exact.
    Constants: SI 2019 exact values and CODATA 2022 (see the module docstring).
    """
    return energy_j / EV


def kelvin_to_ev(temperature_k):
    """k_B T in eV for T in kelvin (1 eV = 11604.5 K).

    Parameters
    ----------
    temperature_k : float or array_like
        Temperature T in kelvin (any shape).

    Returns
    -------
    float or ndarray
        k_B T in electronvolt, same shape as ``temperature_k``.

    Notes
    -----
    k_B T/e, composed of `kelvin_to_joule` and `joule_to_ev`.
    Constants: SI 2019 exact values and CODATA 2022 (see the module docstring).
    """
    return joule_to_ev(kelvin_to_joule(temperature_k))


def ev_to_kelvin(energy_ev):
    """Energy in eV as a temperature in kelvin.

    Parameters
    ----------
    energy_ev : float or array_like
        Energy in electronvolt (any shape).

    Returns
    -------
    float or ndarray
        E/k_B in kelvin, same shape as ``energy_ev``.

    Notes
    -----
    e E/k_B, composed of `ev_to_joule` and `joule_to_kelvin`.
    Constants: SI 2019 exact values and CODATA 2022 (see the module docstring).
    """
    return joule_to_kelvin(ev_to_joule(energy_ev))


def debye_to_coulomb_metre(dipole_debye):
    """Electric dipole moment in Debye to C m.

    Parameters
    ----------
    dipole_debye : float or array_like
        Dipole moment in Debye (any shape).

    Returns
    -------
    float or ndarray
        Dipole moment in coulomb metre, same shape as ``dipole_debye``.

    Notes
    -----
    1 D = 1e-18 statC cm = 1e-21/c C m (CODATA c, exact in SI), the constant ``DEBYE``.
    """
    return dipole_debye * DEBYE


def coulomb_metre_to_debye(dipole_cm):
    """Electric dipole moment in C m to Debye.

    Parameters
    ----------
    dipole_cm : float or array_like
        Dipole moment in coulomb metre (any shape).

    Returns
    -------
    float or ndarray
        Dipole moment in Debye, same shape as ``dipole_cm``.

    Notes
    -----
    Inverse of `debye_to_coulomb_metre`: 1 D = 1e-21/c C m (CODATA c, exact in SI).
    """
    return dipole_cm / DEBYE


def volt_per_cm_to_volt_per_metre(field_v_per_cm):
    """Electric field in V/cm to V/m.

    Parameters
    ----------
    field_v_per_cm : float or array_like
        Electric field in V/cm (any shape).

    Returns
    -------
    float or ndarray
        Electric field in V/m, same shape as ``field_v_per_cm``.

    Notes
    -----
    Exact (SI): 1 V/cm = 100 V/m; kept here so that conversions live in one module
    (CODATA units).
    """
    return field_v_per_cm * 100.0


def hertz_to_kelvin(frequency_hz):
    """Photon energy h nu as a temperature in kelvin.

    Parameters
    ----------
    frequency_hz : float or array_like
        Frequency nu in hertz (cycles per second, not rad/s; any shape).

    Returns
    -------
    float or ndarray
        h nu/k_B in kelvin, same shape as ``frequency_hz``.

    Notes
    -----
    h = 6.62607015e-34 J s and k_B exact: 1 GHz = 0.048 K.
    Constants: SI 2019 exact values and CODATA 2022 (see the module docstring).
    """
    return joule_to_kelvin(H_PLANCK * frequency_hz)


def dyn_per_cm2_to_pascal(stress_cgs):
    """Stress or elastic modulus in dyn/cm^2 to Pa.

    Parameters
    ----------
    stress_cgs : float or array_like
        Stress or modulus in dyn/cm^2 (CGS; any shape).

    Returns
    -------
    float or ndarray
        The same quantity in pascal, same shape as ``stress_cgs``.

    Notes
    -----
    1 dyn/cm^2 = 0.1 Pa, exact (CODATA units).
    """
    return stress_cgs * 0.1


def g_per_cm3_to_kg_per_m3(density_cgs):
    """Mass density in g/cm^3 to kg/m^3.

    Parameters
    ----------
    density_cgs : float or array_like
        Mass density in g/cm^3 (any shape).

    Returns
    -------
    float or ndarray
        Mass density in kg/m^3, same shape as ``density_cgs``.

    Notes
    -----
    1 g/cm^3 = 1000 kg/m^3, exact (CODATA units).
    """
    return density_cgs * 1000.0
