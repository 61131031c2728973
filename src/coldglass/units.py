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

    Constants: SI 2019 exact values and CODATA 2022 (see the module docstring).
    """
    return K_B * temperature_k


def joule_to_kelvin(energy_j):
    """Energy in joule expressed as a temperature E/k_B in kelvin.

    Constants: SI 2019 exact values and CODATA 2022 (see the module docstring).
    """
    return energy_j / K_B


def ev_to_joule(energy_ev):
    """Energy in eV to joule.

    Constants: SI 2019 exact values and CODATA 2022 (see the module docstring).
    """
    return energy_ev * EV


def joule_to_ev(energy_j):
    """Energy in joule to eV.

    Constants: SI 2019 exact values and CODATA 2022 (see the module docstring).
    """
    return energy_j / EV


def kelvin_to_ev(temperature_k):
    """k_B T in eV for T in kelvin (1 eV = 11604.5 K).

    Constants: SI 2019 exact values and CODATA 2022 (see the module docstring).
    """
    return joule_to_ev(kelvin_to_joule(temperature_k))


def ev_to_kelvin(energy_ev):
    """Energy in eV as a temperature in kelvin.

    Constants: SI 2019 exact values and CODATA 2022 (see the module docstring).
    """
    return joule_to_kelvin(ev_to_joule(energy_ev))


def debye_to_coulomb_metre(dipole_debye):
    """Electric dipole moment in Debye to C m.

    1 D = 1e-21/c C m (CODATA c via scipy.constants).
    """
    return dipole_debye * DEBYE


def coulomb_metre_to_debye(dipole_cm):
    """Electric dipole moment in C m to Debye.

    1 D = 1e-21/c C m (CODATA c via scipy.constants).
    """
    return dipole_cm / DEBYE


def volt_per_cm_to_volt_per_metre(field_v_per_cm):
    """Electric field in V/cm to V/m.

    Exact (SI); kept here so that conversions live in one module (CODATA units).
    """
    return field_v_per_cm * 100.0


def hertz_to_kelvin(frequency_hz):
    """Photon energy h nu as a temperature in kelvin.

    Constants: SI 2019 exact values and CODATA 2022 (see the module docstring).
    """
    return joule_to_kelvin(H_PLANCK * frequency_hz)


def dyn_per_cm2_to_pascal(stress_cgs):
    """Stress or elastic modulus in dyn/cm^2 to Pa.

    1 dyn/cm^2 = 0.1 Pa, exact (CODATA units).
    """
    return stress_cgs * 0.1


def g_per_cm3_to_kg_per_m3(density_cgs):
    """Mass density in g/cm^3 to kg/m^3.

    1 g/cm^3 = 1000 kg/m^3, exact (CODATA units).
    """
    return density_cgs * 1000.0
