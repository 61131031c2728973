"""Transcribed tables of Jug, Bonfanti & Kob 2015 (data/raw/magnetic_tunneling/tables).

And their loader.
"""

import shutil

import pytest

from coldglass.claims.magnetic_tunneling_inputs import TABLES_DIR, concentrations, raw_table
from coldglass.io import InputError

EXPECTED_ROWS = {
    "table01": 3,
    "table02": 3,
    "table03": 3,
    "table04": 3,
    "table05": 5,
    "table06": 3,
    "table07": 4,
}


@pytest.mark.parametrize("name,n", sorted(EXPECTED_ROWS.items()))
def test_tables_load_and_have_provenance(name, n):
    rows = raw_table(name)
    assert len(rows) == n
    side = (TABLES_DIR / f"{name}.yaml").read_text()
    assert f"Table {int(name[5:])} (l." in side and "Jug, Bonfanti & Kob (2015)" in side


def test_spot_values_as_printed():
    assert concentrations("table01")["n_Fe2+"] == 1.06e17
    assert concentrations("table03")["Pstar_n_ATS"] == 8.88e16
    t4 = raw_table("table04")
    assert [r["T_K"] for r in t4] == [1.11, 1.23, 1.36]
    assert t4[0]["X_max_K_A2"] == 2.68e5
    t7 = raw_table("table07")
    assert t7[-1]["Gamma_per_s_K5"] == 3.34e9 and t7[0]["A"] == 1.54e-5


def test_malformed_table_names_file_row_field(tmp_path):
    for f in TABLES_DIR.glob("table02.*"):
        shutil.copy(f, tmp_path / f.name)
    bad = tmp_path / "table02.csv"
    lines = bad.read_text().splitlines()
    lines[2] = lines[2].replace("0.53", "0.5x3")
    bad.write_text("\n".join(lines) + "\n")
    with pytest.raises(InputError) as err:
        raw_table("table02", tmp_path)
    msg = str(err.value)
    assert "table02.csv" in msg and "row 3" in msg and "D_min_K" in msg
