"""The claims ledger: validation of claims.csv, tolerance kinds, statuses, errata."""

import math

import pytest

from coldglass import ledger
from coldglass.io import InputError

HEADER = "claim_id,location,statement,printed_value,unit,tolerance_kind,tolerance,quote\n"


def write(tmp_path, body, name="claims.csv"):
    """A claims.csv; rows written without the last column get a quote."""
    path = tmp_path / name
    rows = [line if line.count(",") >= 7 else f"{line},First words" for line in body.splitlines()]
    path.write_text(HEADER + "".join(f"{row}\n" for row in rows))
    return path


def claim(kind, printed, tolerance=None):
    row = {
        "claim_id": "X1",
        "location": "l.1",
        "statement": "s",
        "printed_value": printed,
        "unit": "",
        "tolerance_kind": kind,
        "tolerance": "" if tolerance is None else str(tolerance),
        "quote": "First words",
    }
    return ledger._validate_row(2, row, "claims.csv")


@pytest.mark.parametrize(
    "kind,printed,tolerance,inside,outside",
    [
        ("rel", "200", 0.25, 191.0, 140.0),
        ("abs", "1", 1e-12, 1.0 + 1e-13, 1.0 + 1e-9),
        ("order_of_magnitude", "1000", 0.5, 562.0, 100.0),
        ("range", "5..6", None, 5.76, 6.2),
        ("range", "..1", None, 0.9, 1.21),
        ("range", "0.1..", None, 0.5, 0.05),
        ("sign", "-1", None, -3.0, 2.0),
    ],
)
def test_tolerance_kinds(kind, printed, tolerance, inside, outside):
    c = claim(kind, printed, tolerance)
    assert ledger.within_tolerance(c, inside)
    assert not ledger.within_tolerance(c, outside)


def test_nan_never_matches():
    assert not ledger.within_tolerance(claim("rel", "1", 0.5), math.nan)


def test_qualitative_claims_need_a_computed_bool():
    registry = ledger.ClaimRegistry("toy")
    registry.claim("X1")(lambda ctx: 1.0)
    with pytest.raises(TypeError):
        ledger.evaluate([claim("qualitative", "true")], registry, ledger.ClaimContext())


def test_statuses(tmp_path):
    path = write(
        tmp_path,
        "A1,l.1,ok,2,,rel,0.1\nA2,l.2,wrong but explained,2,,rel,0.1\n"
        "A3,l.3,needs data,2,,rel,0.1\nA4,l.4,wrong,2,,rel,0.1\n",
    )
    errata = tmp_path / "errata.md"
    errata.write_text("# Errata\n\n## A2 — explained\n\nText mentioning A4 is not a heading.\n")
    registry = ledger.ClaimRegistry("toy")
    registry.claim("A1")(lambda ctx: 2.1)
    registry.claim("A2")(lambda ctx: ledger.Reproduced(5.0, "because"))
    registry.claim("A3")(lambda ctx: (_ for _ in ()).throw(ledger.NotComputable("source X")))
    registry.claim("A4")(lambda ctx: 5.0)
    result = ledger.evaluate(
        ledger.read_claims(path), registry, ledger.ClaimContext(), ledger.documented_errata(errata)
    )
    assert list(result.status) == ["match", "erratum", "not_computable", "mismatch"]
    assert "source X" in result.note[2]
    assert ledger.status_counts(result) == {
        "match": 1,
        "erratum": 1,
        "not_computable": 1,
        "mismatch": 1,
    }


def test_registry_and_csv_must_agree(tmp_path):
    path = write(tmp_path, "A1,l.1,ok,2,,rel,0.1\n")
    registry = ledger.ClaimRegistry("toy")
    registry.claim("B9")(lambda ctx: 2.0)
    with pytest.raises(ValueError, match="A1"):
        ledger.evaluate(ledger.read_claims(path), registry, ledger.ClaimContext())


def test_registering_twice_is_an_error():
    registry = ledger.ClaimRegistry("toy")
    registry.claim("A1")(lambda ctx: 1.0)
    with pytest.raises(ValueError):
        registry.claim("A1")(lambda ctx: 2.0)


@pytest.mark.parametrize(
    "body,row,field,words",
    [
        ("A1,l.1,s,abc,,rel,0.1\n", 2, "printed_value", "not a number"),
        (
            "A1,l.1,s,1,,rel,0.1\nA2,l.2,s,1,,fuzzy,0.1\n",
            3,
            "tolerance_kind",
            "unknown tolerance kind",
        ),
        ("A1,l.1,s,1,,rel,\n", 2, "tolerance", "not a number"),
        ("A1,,s,1,,rel,0.1\n", 2, "location", "empty"),
        ("A1,l.1,s,1,,rel,0.1\nA1,l.2,s,1,,rel,0.1\n", 3, "claim_id", "duplicate"),
        ("A1,l.1,s,5-6,,range,\n", 2, "printed_value", "lo..hi"),
        ("A1,l.1,s,2,,sign,\n", 2, "printed_value", "+1 or -1"),
        ("A1,l.1,s,1,,range,0.2\n", 2, "tolerance", "must be empty"),
        ("A1,l.1,s,6..5,,range,\n", 2, "printed_value", "reversed"),
        ("A1,l.1,s,1,,rel,0.1,\n", 2, "quote", "first words of the paper's sentence"),
        ("A1,l.1,s,1,,rel,0.1,q,extra\n", 2, None, "more cells than header columns"),
    ],
)
def test_malformed_claims_name_row_and_field(tmp_path, body, row, field, words):
    path = write(tmp_path, body)
    with pytest.raises(InputError) as error:
        ledger.read_claims(path)
    assert (error.value.row, error.value.field) == (row, field)
    assert words in str(error.value) and str(path) in str(error.value)


def test_missing_column_is_named(tmp_path):
    path = tmp_path / "claims.csv"
    path.write_text("claim_id,location,statement,printed_value,unit,tolerance\nA1,l.1,s,1,,0.1\n")
    with pytest.raises(InputError, match="missing column.*tolerance_kind"):
        ledger.read_claims(path)


def test_markdown_ledger_has_counts_and_rows(tmp_path):
    path = write(tmp_path, "A1,l.1,ok,2,,rel,0.1\n")
    registry = ledger.ClaimRegistry("toy")
    registry.claim("A1")(lambda ctx: 2.0)
    text = ledger.markdown_ledger(
        {"toy": ledger.evaluate(ledger.read_claims(path), registry, ledger.ClaimContext())}
    )
    assert "| toy | 1 | 0 | 0 | 0 | 1 |" in text
    assert "| A1 | l.1 | ok | 2 | 2 |  | match |  |" in text


def test_figures_csv_validation(tmp_path):
    path = tmp_path / "figures.csv"
    path.write_text(
        "id,kind,equations,status,reproduced,not_reproduced\nfig01,cartoon,,pending,,\n"
    )
    with pytest.raises(InputError) as error:
        ledger.read_figures(path)
    assert (error.value.row, error.value.field) == (2, "kind")
