"""What both claims modules of the magnetic_tunneling paper share: the registry and the inputs.

``REGISTRY`` collects the claims of Jug, Bonfanti and Kob (2015), the heat-capacity and
Sec. 7 claims (ids C.., ``coldglass.claims.magnetic_tunneling``) and the dielectric ones
(ids D.., ``coldglass.claims.magnetic_tunneling_dielectric``). Both modules import this
one, and neither imports the other back, so there is no import cycle; the paper's module
``magnetic_tunneling`` imports the dielectric one so that ``ledger.load_registry`` sees
every claim. The readers of the transcribed tables (data/raw/magnetic_tunneling/tables/,
Tables 1-7 of the paper) and the Fig. 7 model rows are used by the rule scripts too.
"""

from pathlib import Path

from coldglass.io import InputError, parse_float, read_csv_rows
from coldglass.ledger import ClaimRegistry

__all__ = [
    "REGISTRY",
    "TABLES_DIR",
    "raw_table",
    "concentrations",
    "model_rows",
    "ppm_from_per_gram",
    "per_gram_from_ppm",
]

REGISTRY = ClaimRegistry("magnetic_tunneling")

#: data/raw/magnetic_tunneling/tables relative to the repository root.
TABLES_DIR = Path(__file__).resolve().parents[3] / "data/raw/magnetic_tunneling/tables"
_TEXT_COLUMNS = {"quantity", "glass"}


def raw_table(name, directory=TABLES_DIR):
    """A transcribed table (``table01`` ...) as a list of dicts; numbers parsed, empty -> None.

    A malformed entry raises ``InputError`` naming the file, row and field.

    Tables 1-7 of Jug, Bonfanti, Kob (2015), transcribed in data/raw/magnetic_tunneling/tables/.
    """
    path = Path(directory) / f"{name}.csv"
    if not path.exists():
        raise InputError(path, "table file missing")
    rows = read_csv_rows(path, ())
    out = []
    for number, row in rows:
        rec = {}
        for key, text in row.items():
            text = (text or "").strip()
            if key in _TEXT_COLUMNS:
                rec[key] = text
            else:
                rec[key] = parse_float(text, path, number, key) if text else None
        out.append(rec)
    return out


def concentrations(name, directory=TABLES_DIR):
    """{'n_Fe2+': .., 'n_Fe3+': .., 'Pstar_n_ATS': ..} per gram from Table 1 or 3."""
    return {r["quantity"]: r["concentration_per_g"] for r in raw_table(name, directory)}


def model_rows(glass, config, directory=TABLES_DIR):
    """Fig. 7 model parameters (``heat_capacity.cbar``) for each temperature row of a glass."""
    g = config["glasses"][glass]
    conc = concentrations(g["concentrations"], directory)
    hcfg = config["heat_capacity"]
    rows = []
    for r in raw_table(g["tunneling"], directory):
        rows.append(
            {
                "T_K": r["T_K"],
                "D_min_K": r["D_min_K"],
                "X_min_K_A2": r["X_min_K_A2"],
                "X_max_K_A2": r["X_max_K_A2"],
                "n_fe2_per_g": conc["n_Fe2+"],
                "n_fe3_per_g": conc["n_Fe3+"],
                "Pn_ats_per_g": conc["Pstar_n_ATS"],
                "B_ref_T": None if hcfg["cbar_reference"] == "infinity" else hcfg["B_ref_T"],
                "z_convention": hcfg["z_convention"],
                "orientation_average": hcfg["orientation_average"],
                "B_star_T": None,
                "fe2_J": hcfg["fe2"]["J"],
                "fe2_g": hcfg["fe2"]["g"],
                "fe3_J": hcfg["fe3"]["J"],
                "fe3_g": hcfg["fe3"]["g"],
            }
        )
    return rows


def ppm_from_per_gram(n_per_g, molar_mass, config):
    """Atomic ppm from a mass concentration, Eq. (98): ppm = n sum(xi A)/N_A / 1e-6."""
    c = config["conversions"]
    return n_per_g * molar_mass / c["avogadro_per_mol"] / c["ppm"]


def per_gram_from_ppm(ppm, molar_mass, config):
    """Eqs. (99)-(100): n = 1e-6 ppm N_A / sum(xi A)."""
    c = config["conversions"]
    return c["ppm"] * ppm * c["avogadro_per_mol"] / molar_mass
