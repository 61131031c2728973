"""Parquet metadata round trip and validation of digitized series."""

import pandas as pd
import pytest

from coldglass import io

SIDECAR = (
    "source: Siebert, PhD thesis (2001)\nfigure: fig07a\nseries: BAS 0.6 K\n"
    "x_unit: T\ny_unit: J/(g K)\ndigitized_by: someone\nmethod: WebPlotDigitizer 4.6\n"
)


def test_write_and_read_table_keep_metadata(tmp_path):
    path = tmp_path / "t.parquet"
    io.write_table(
        pd.DataFrame({"T_K": [1.0, 2.0]}),
        path,
        paper="p",
        figure="fig01",
        equations="Eq. 1",
        params={"a": 1.5},
    )
    df, meta = io.read_table(path)
    assert list(df.T_K) == [1.0, 2.0]
    assert meta["paper"] == "p" and meta["equations"] == "Eq. 1"
    assert meta["params"] == {"a": 1.5} and "coldglass_version" in meta


def digitized(tmp_path, csv_text, sidecar=SIDECAR):
    path = tmp_path / "series.csv"
    path.write_text(csv_text)
    if sidecar is not None:
        (tmp_path / "series.yaml").write_text(sidecar)
    return path


def test_read_digitized_good_file(tmp_path):
    df, meta = io.read_digitized(digitized(tmp_path, "x,y\n0.1,2.0\n0.2,3.5\n"))
    assert list(df.y) == [2.0, 3.5] and meta["figure"] == "fig07a"


@pytest.mark.parametrize(
    "csv_text,sidecar,row,field,words",
    [
        ("x,y\n0.1,2.0\n0.2,oops\n", SIDECAR, 3, "y", "not a number"),
        ("x,z\n0.1,2.0\n", SIDECAR, 1, "y", "missing column"),
        ("x,y\n0.1,nan\n", SIDECAR, 2, "y", "not a finite number"),
        ("x,y\n", SIDECAR, None, None, "no data rows"),
        ("x,y\n0.1,2\n", SIDECAR.replace("x_unit: T\n", ""), None, "x_unit", "missing"),
        ("x,y\n0.1,2\n", SIDECAR + "colour: red\n", None, "colour", "unknown key"),
        ("x,y\n0.1,2\n", None, None, None, "no sidecar"),
    ],
)
def test_read_digitized_names_file_row_field(tmp_path, csv_text, sidecar, row, field, words):
    with pytest.raises(io.InputError) as error:
        io.read_digitized(digitized(tmp_path, csv_text, sidecar))
    assert (error.value.row, error.value.field) == (row, field)
    assert words in str(error.value)


def test_sidecar_keys_match_the_schema():
    from pathlib import Path

    schema = io.load_yaml(Path(__file__).parents[1] / "workflow/schemas/digitized.schema.yaml")
    assert tuple(schema["required"]) == io.DIGITIZED_SIDECAR_KEYS


def test_yaml_syntax_error_names_line(tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text("a: 1\nb: [1, 2\n")
    with pytest.raises(io.InputError, match="not valid YAML"):
        io.load_yaml(path)


def test_optional_sidecar_keys_match_the_schema():
    from pathlib import Path

    schema = io.load_yaml(Path(__file__).parents[1] / "workflow/schemas/digitized.schema.yaml")
    optional = set(schema["properties"]) - set(schema["required"])
    assert optional == set(io.DIGITIZED_OPTIONAL)
