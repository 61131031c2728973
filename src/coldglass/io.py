"""Reading and writing the pipeline's files, with validation that names file, row and field.

* ``InputError``: the one exception for bad input; its message names the file, and the
  row and field where they apply. The Snakefile turns it into a one-line error.
* ``write_table`` / ``read_table``: tidy parquet with key-value metadata (docs/DESIGN.md).
* ``read_digitized``: WebPlotDigitizer CSV export (``x,y``) with its YAML sidecar.
* ``script_logger``: a logger writing to a rule's ``log:`` file.

Contract: docs/CONTRACTS.md, section "Library" (``coldglass.io``).
"""

import csv
import json
import logging
import math
from pathlib import Path

import yaml

from coldglass import __version__

__all__ = [
    "InputError",
    "load_yaml",
    "read_csv_rows",
    "parse_float",
    "write_table",
    "read_table",
    "DIGITIZED_SIDECAR_KEYS",
    "read_digitized",
    "script_logger",
]


class InputError(Exception):
    """Malformed input file; the message names the file, the row and the field."""

    def __init__(self, file, message, row=None, field=None):
        self.file, self.row, self.field = str(file), row, field
        where = [self.file]
        if row is not None:
            where.append(f"row {row}")
        if field is not None:
            where.append(f"field '{field}'")
        super().__init__(f"{', '.join(where)}: {message}")


def load_yaml(path):
    """Parse a YAML file; a syntax error becomes an ``InputError`` with its line."""
    try:
        with open(path, encoding="utf-8") as handle:
            # safe loading only; libyaml's C loader when available (parse-time budget)
            return yaml.load(handle, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        if "flow" in str(getattr(err, "context", "")) and getattr(err, "context_mark", None):
            mark = err.context_mark  # an unclosed [ or {: the line where it opened
        row = mark.line + 1 if mark is not None else None
        raise InputError(
            path,
            f"not valid YAML ({getattr(err, 'problem', err)})",
            row=row,
            field=_yaml_key_before(path, row),
        ) from None


def _yaml_key_before(path, row):
    """The last ``key:`` at or above line ``row`` of a YAML file (the field being read)."""
    if row is None:
        return None
    with open(path, encoding="utf-8", errors="replace") as handle:
        lines = handle.read().splitlines()[:row]
    for line in reversed(lines):
        key = line.split("#", 1)[0].strip().lstrip("- ").split(":", 1)
        if len(key) == 2 and key[0].strip() and " " not in key[0].strip():
            return key[0].strip().strip("'\"")
    return None


def read_csv_rows(path, required_columns):
    """Rows of a CSV file as dicts, after checking the header has ``required_columns``.

    Row numbers in errors count the header as row 1, as a spreadsheet shows them.
    """
    with open(path, newline="") as handle:
        reader = csv.DictReader(handle)
        header = reader.fieldnames or []
        missing = [c for c in required_columns if c not in header]
        if missing:
            raise InputError(
                path,
                f"missing column(s) {', '.join(missing)}; "
                f"the header must have {', '.join(required_columns)}",
                row=1,
                field=missing[0],
            )
        rows = []
        for number, row in enumerate(reader, start=2):
            if None in row:
                raise InputError(path, "more cells than header columns", row=number)
            rows.append((number, row))
    return rows


def parse_float(text, path, row, field):
    """A finite float from a CSV cell, or an ``InputError`` naming the cell."""
    try:
        value = float(text)
    except (TypeError, ValueError):
        raise InputError(path, f"'{text}' is not a number", row=row, field=field) from None
    if not math.isfinite(value):
        raise InputError(path, f"'{text}' is not a finite number", row=row, field=field)
    return value


def write_table(df, path, *, paper, figure, equations, params):
    """Write a tidy DataFrame to parquet with the docs/DESIGN.md metadata.

    ``params`` must be JSON-serialisable: it records the parameters used.
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.Table.from_pandas(df, preserve_index=False)
    meta = {
        "paper": paper,
        "figure": figure,
        "equations": equations,
        "params": json.dumps(params, sort_keys=True),
        "coldglass_version": __version__,
    }
    merged = {
        **(table.schema.metadata or {}),
        **{k.encode(): str(v).encode() for k, v in meta.items()},
    }
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    pq.write_table(table.replace_schema_metadata(merged), path)


def read_table(path):
    """Read a parquet written by ``write_table``: (DataFrame, metadata dict, params decoded)."""
    import pyarrow.parquet as pq

    table = pq.read_table(path)
    raw = {
        k.decode(): v.decode()
        for k, v in (table.schema.metadata or {}).items()
        if not k.startswith(b"pandas")
    }
    if "params" in raw:
        raw["params"] = json.loads(raw["params"])
    return table.to_pandas(), raw


DIGITIZED_SIDECAR_KEYS = (
    "source",
    "figure",
    "series",
    "x_unit",
    "y_unit",
    "digitized_by",
    "method",
)


#: Optional sidecar keys: free notes, the fit model, a uniform y uncertainty and the material
#: constants that scale raw data into a figure's reduced units (quantum_theory Fig. 1).
DIGITIZED_OPTIONAL = ("notes", "model", "y_error", "T_D_K", "c_s_m_per_s")


def read_digitized(csv_path):
    """A digitized series: WebPlotDigitizer CSV (two numeric columns ``x,y``) and its sidecar.

    The sidecar ``<name>.yaml`` next to the CSV must hold ``source, figure, series, x_unit,
    y_unit, digitized_by, method`` (workflow/schemas/digitized.schema.yaml). Returns
    ``(DataFrame[x, y], sidecar dict)``. Any defect raises ``InputError`` naming the file,
    row and field.
    """
    import pandas as pd

    csv_path = Path(csv_path)
    sidecar_path = csv_path.with_suffix(".yaml")
    if not sidecar_path.exists():
        raise InputError(csv_path, f"no sidecar {sidecar_path.name} with the series' provenance")
    sidecar = load_yaml(sidecar_path)
    if not isinstance(sidecar, dict):
        raise InputError(sidecar_path, "must be a mapping of " + ", ".join(DIGITIZED_SIDECAR_KEYS))
    for key in DIGITIZED_SIDECAR_KEYS:
        if key not in sidecar or sidecar[key] in (None, ""):
            raise InputError(sidecar_path, "missing or empty", field=key)
    unknown = sorted(set(sidecar) - set(DIGITIZED_SIDECAR_KEYS) - set(DIGITIZED_OPTIONAL))
    if unknown:
        raise InputError(sidecar_path, "unknown key", field=unknown[0])
    for key in ("y_error", "T_D_K", "c_s_m_per_s"):
        if key in sidecar and not (
            isinstance(sidecar[key], (int, float))
            and not isinstance(sidecar[key], bool)
            and sidecar[key] > 0
        ):
            raise InputError(sidecar_path, "must be a positive number", field=key)
    rows = read_csv_rows(csv_path, ("x", "y"))
    if not rows:
        raise InputError(csv_path, "no data rows")
    x = [parse_float(r["x"], csv_path, n, "x") for n, r in rows]
    y = [parse_float(r["y"], csv_path, n, "y") for n, r in rows]
    return pd.DataFrame({"x": x, "y": y}), sidecar


def script_logger(log_path, name="coldglass"):
    """A logger that writes timestamped lines to ``log_path`` (a rule's ``log:`` file)."""
    Path(log_path).parent.mkdir(parents=True, exist_ok=True)
    logger = logging.getLogger(f"{name}:{log_path}")
    logger.setLevel(logging.INFO)
    handler = logging.FileHandler(log_path, mode="w")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    logger.handlers[:] = [handler]
    logging.captureWarnings(True)
    return logger
