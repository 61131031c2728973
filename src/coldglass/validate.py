"""Validation of every input file before anything runs: one clear line per problem.

``validate_repository(root, config)`` is called when the workflow is parsed
(workflow/rules/common.smk). It checks every file under ``config/`` and ``data/raw/``
against its schema and against the code that consumes it, physical ranges included, and
raises the first problem as a ``coldglass.io.InputError`` naming the file, row and field:

* encoding: UTF-8 without byte-order mark (a latin-1 byte or a BOM is named as such);
* YAML: safe-loaded, a syntax error gives its line; no value may point outside the
  repository, and no file under the input folders may be a link leading out of it;
* the paper registry ``data/raw/papers.csv``: every key has its configuration file, schema
  and figure ledger; the global and per-paper configurations (``coldglass.config``);
  positive physical magnitudes (keys ending in a unit such as ``_K``), increasing ranges;
* ``config/materials.yaml`` (schema: every value a positive number, required keys);
* transcribed tables ``data/raw/<key>/tables/*.csv``: the header is the sidecar's
  ``columns``, every number parses and is non-negative, empty cells only where allowed;
* claims ledgers (``coldglass.ledger.read_claims``) and their registries: every row has a
  function registered in ``coldglass.claims.<key>*`` and every function a row (read
  statically from the ``@REGISTRY.claim("id")`` decorators, so nothing heavy is imported);
* figure ledgers (``coldglass.ledger.read_figures``, unique ids);
* digitized series (``coldglass.io.read_digitized``, then ``coldglass.digitized``): the
  file name starts with a figure id of the ledger, the sidecar's ``figure`` is that prefix,
  the units fit the figure and a fit ``model`` names a known model and an existing row.

Specified in docs/CONTRACTS.md, section "Inputs"; docs/DESIGN.md gives the overview.
"""

import os
import re
from pathlib import Path

from coldglass import config as _config
from coldglass import digitized, ledger
from coldglass.io import InputError, load_yaml, parse_float, read_csv_rows, read_digitized

__all__ = [
    "INPUT_FOLDERS",
    "check_claims_registry",
    "check_encoding",
    "check_inside",
    "check_table",
    "check_yaml_values",
    "registered_claims",
    "validate_repository",
]

#: Folders whose every file is user input, checked before anything runs.
INPUT_FOLDERS = ("config", "data/raw")
_TEXT_SUFFIXES = {".csv", ".yaml", ".yml", ".md", ".txt"}
#: Key suffixes of intrinsically positive magnitudes (temperatures, lengths, densities ...).
_POSITIVE_SUFFIXES = ("_K", "_mK", "_m", "_s", "_kg_per_m3", "_m_per_s", "_per_g", "_Hz")
_ESCAPE = re.compile(r"(^|[\\/])\.\.([\\/]|$)|^[/~]")
_LITERAL_CLAIM = re.compile(r"""REGISTRY\.claim\(\s*(["'])([^"']+)\1\s*\)""")
_FIGURE_PREFIX = re.compile(r"^((?:fig|table)\d+)([a-z]?)(?:_|$)")


def check_encoding(path, shown=None):
    """UTF-8 without byte-order mark, or an ``InputError`` naming the row (and CSV field).

    Parameters
    ----------
    path : path-like
        The file to check.
    shown : str, optional
        The name used in the message (default: ``path``).
    """
    path, shown = Path(path), shown or str(path)
    data = path.read_bytes()
    if data.startswith(b"\xef\xbb\xbf"):
        raise InputError(
            shown,
            "starts with a UTF-8 byte-order mark (BOM, as some spreadsheet programs write); "
            "it would become part of the first column name. Save as UTF-8 without BOM",
            row=1,
            field=_csv_field(data[3:], 0, 0) if path.suffix == ".csv" else None,
        )
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as err:
        start = data.rfind(b"\n", 0, err.start) + 1
        row = data.count(b"\n", 0, err.start) + 1
        field = _csv_field(data, start, err.start) if path.suffix == ".csv" else None
        raise InputError(
            shown,
            f"byte 0x{data[err.start]:02x} (column {err.start - start + 1}) is not UTF-8 "
            "(latin-1 or Windows-1252?); save the file as UTF-8",
            row=row,
            field=field,
        ) from None


def _csv_field(data, line_start, offset):
    """Header name of the CSV cell holding byte ``offset`` (None if it cannot be told)."""
    import csv

    header = next(csv.reader([data.split(b"\n", 1)[0].decode("latin-1").rstrip("\r")]), [])
    before = data[line_start:offset].decode("latin-1")
    cells = next(csv.reader([before]), [""])
    index = len(cells) - 1 if before else 0
    return header[index] if index < len(header) else None


def check_inside(path, root, shown=None, row=None, field=None):
    """``InputError`` unless ``path`` (resolved, links followed) lies inside ``root``."""
    try:
        Path(path).resolve().relative_to(Path(root).resolve())
    except ValueError:
        raise InputError(
            shown or path,
            f"'{path}' leads outside the repository; inputs must stay inside it",
            row=row,
            field=field,
        ) from None


def check_yaml_values(data, shown, source=None):
    """Walk a loaded YAML document: no path out of the repository, positive magnitudes,
    increasing ranges. ``source`` (the file) gives line numbers."""
    for field, value in _leaves(data):
        key = field.rsplit(".", 1)[-1]

        def row(field=field):
            return _config.yaml_line(source, field) if source else None

        if isinstance(value, str) and _ESCAPE.search(value.strip()):
            raise InputError(
                shown,
                f"'{value}' points outside the repository; use a path inside it",
                row=row(),
                field=field,
            )
        number = isinstance(value, (int, float)) and not isinstance(value, bool)
        if number and key.endswith(_POSITIVE_SUFFIXES) and not value > 0:
            raise InputError(
                shown, f"{value} must be positive (a physical magnitude)", row=row(), field=field
            )
    for field, value in _mappings(data):
        for key, pair in value.items():
            if (
                str(key).endswith("_range")
                and isinstance(pair, list)
                and len(pair) == 2
                and all(isinstance(v, (int, float)) for v in pair)
                and not pair[0] < pair[1]
            ):
                name = ".".join(filter(None, [field, str(key)]))
                row = _config.yaml_line(source, name) if source else None
                raise InputError(
                    shown, f"range {pair} is reversed or empty (low < high)", row=row, field=name
                )


def _leaves(data, prefix=""):
    if isinstance(data, dict):
        for key, value in data.items():
            yield from _leaves(value, f"{prefix}.{key}" if prefix else str(key))
    elif isinstance(data, list):
        for i, value in enumerate(data):
            yield from _leaves(value, f"{prefix}.{i}" if prefix else str(i))
    else:
        yield prefix, data


def _mappings(data, prefix=""):
    if isinstance(data, dict):
        yield prefix, data
        for key, value in data.items():
            yield from _mappings(value, f"{prefix}.{key}" if prefix else str(key))
    elif isinstance(data, list):
        for i, value in enumerate(data):
            yield from _mappings(value, f"{prefix}.{i}" if prefix else str(i))


def check_table(csv_path, root):
    """A transcribed table and its sidecar (``workflow/schemas/table.schema.yaml``).

    The header must be exactly the sidecar's ``columns``; cells of ``text_columns`` are
    labels, every other cell a finite non-negative number, empty only in ``may_be_empty``.
    Returns the rows as dicts (numbers parsed, empty cells ``None``).
    """
    csv_path, root = Path(csv_path), Path(root)
    shown = _shown(csv_path, root)
    sidecar_path = csv_path.with_suffix(".yaml")
    if not sidecar_path.exists():
        raise InputError(shown, f"no sidecar {sidecar_path.name} with the table's source", row=1)
    side = load_yaml(sidecar_path)
    _config.validate(side, root / "workflow/schemas/table.schema.yaml", sidecar_path)
    columns = list(side["columns"])
    rows = read_csv_rows(csv_path, columns)
    header = list(rows[0][1]) if rows else columns
    extra = [c for c in header if c not in columns]
    if extra:
        raise InputError(
            shown, f"column not described in {sidecar_path.name}", row=1, field=extra[0]
        )
    side_name = sidecar_path.name
    text = set(side.get("text_columns", []))
    may_be_empty = set(side.get("may_be_empty", []))
    out = []
    for number, row in rows:
        record = {}
        for column in columns:
            cell = (row[column] or "").strip()
            if column in text:
                if not cell:
                    raise InputError(shown, "empty", row=number, field=column)
                record[column] = cell
            elif not cell:
                if column not in may_be_empty:
                    raise InputError(shown, "missing value", row=number, field=column)
                record[column] = None
            else:
                try:
                    value = parse_float(cell, shown, number, column)
                except InputError as error:
                    raise InputError(
                        shown,
                        error.args[0].split(": ", 1)[-1]
                        + f" (a column of labels is listed under text_columns in {side_name})",
                        row=number,
                        field=column,
                    ) from None
                if value < 0:
                    raise InputError(
                        shown,
                        f"{cell} is negative; the tables hold magnitudes",
                        row=number,
                        field=column,
                    )
                record[column] = value
        out.append(record)
    if not out:
        raise InputError(shown, "no data rows", row=2)
    return out


def registered_claims(paper, root):
    """{claim_id: (file, line)} of the claims registered by a paper's registry modules.

    Read statically from ``src/coldglass/claims/<paper>.py`` and ``<paper>_*.py``: every
    ``REGISTRY.claim(<id>)`` whose id is a string literal, or a loop variable running over
    a literal dict, list or tuple. Nothing is imported (the physics modules take seconds);
    a registration that cannot be read this way falls back to importing the registry.
    """
    import ast

    folder = Path(root) / "src/coldglass/claims"
    found = {}
    for path in sorted([folder / f"{paper}.py", *folder.glob(f"{paper}_*.py")]):
        if not path.exists():
            continue
        text = path.read_text(encoding="utf-8")
        literal = [
            (m.group(2), text.count("\n", 0, m.start()) + 1) for m in _LITERAL_CLAIM.finditer(text)
        ]
        if len(literal) == text.count("REGISTRY.claim("):
            for claim_id, line in literal:
                found.setdefault(claim_id, (_shown(path, root), line))
            continue
        tree = ast.parse(text, str(path))
        loops = {}
        for node in ast.walk(tree):
            if isinstance(node, ast.For):
                for name in ast.walk(node.target):
                    if isinstance(name, ast.Name):
                        loops.setdefault(name.id, []).append(node)
        for node in ast.walk(tree):
            if not (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "claim"
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id == "REGISTRY"
                and len(node.args) == 1
            ):
                continue
            ids = _literal_ids(node.args[0], loops)
            if ids is None:
                from coldglass.ledger import load_registry

                where = (_shown(path, root), node.lineno)
                return {i: where for i in load_registry(paper).functions}
            for claim_id in ids:
                found.setdefault(claim_id, (_shown(path, root), node.lineno))
    return found


def _literal_ids(arg, loops):
    """Claim ids of a ``REGISTRY.claim`` argument, or None if they are not literal."""
    import ast

    if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
        return [arg.value]
    if not isinstance(arg, ast.Name) or len(loops.get(arg.id, [])) != 1:
        return None
    loop = loops[arg.id][0]
    source = loop.iter
    if isinstance(source, ast.Call) and isinstance(source.func, ast.Attribute):
        if source.func.attr in ("items", "keys") and not source.args:
            source = source.func.value
    if isinstance(source, ast.Dict):
        keys = source.keys
    elif isinstance(source, (ast.List, ast.Tuple)):
        keys = [e.elts[0] if isinstance(e, ast.Tuple) and e.elts else e for e in source.elts]
    else:
        return None
    first = loop.target.elts[0] if isinstance(loop.target, ast.Tuple) else loop.target
    if not (isinstance(first, ast.Name) and first.id == arg.id):
        return None
    if not all(isinstance(k, ast.Constant) and isinstance(k.value, str) for k in keys):
        return None
    return [k.value for k in keys]


def check_claims_registry(paper, claims_path, root):
    """Every claims.csv row has a registered function and every function a row."""
    shown = _shown(claims_path, root)
    claims = ledger.read_claims(claims_path)
    registered = registered_claims(paper, root)
    for number, claim in enumerate(claims, start=2):
        if claim.claim_id not in registered:
            raise InputError(
                shown,
                f"claim {claim.claim_id} has no function: register one with "
                f'@REGISTRY.claim("{claim.claim_id}") in src/coldglass/claims/{paper}.py',
                row=number,
                field="claim_id",
            )
    ids = {c.claim_id for c in claims}
    for claim_id, (file, line) in sorted(registered.items(), key=lambda item: item[1]):
        if claim_id not in ids:
            raise InputError(
                file,
                f"function registered for claim {claim_id} has no row in {shown}; "
                "add the row or remove the function",
                row=line,
                field=claim_id,
            )
    return claims


def _check_digitized(paper, csv_path, figure_ids, merged, root):
    shown = _shown(csv_path, root)
    sidecar_shown = _shown(csv_path.with_suffix(".yaml"), root)
    match = _FIGURE_PREFIX.match(csv_path.stem)
    if not match:
        raise InputError(
            shown,
            "the file name must start with the figure id, e.g. fig07a_BAS_0.60K.csv",
            field="file name",
        )
    if match.group(1) not in figure_ids:
        raise InputError(
            shown,
            f"figure {match.group(1)} is not in data/raw/{paper}/figures.csv",
            field="file name",
        )
    try:
        _, side = read_digitized(csv_path)
    except InputError as error:
        raise _relative(error, root) from None
    prefix = match.group(1) + match.group(2)
    if str(side["figure"]) != prefix:
        raise InputError(
            sidecar_shown,
            f"'{side['figure']}' differs from the file name's figure {prefix}",
            row=_config.yaml_line(csv_path.with_suffix(".yaml"), "figure"),
            field="figure",
        )
    try:
        digitized.check_series(paper, side, csv_path.with_suffix(".yaml"), merged.get(paper, {}))
    except InputError as error:
        error = _relative(error, root)
        if error.row is None and error.field:
            error = InputError(
                error.file,
                error.args[0].split(": ", 1)[-1],
                row=_config.yaml_line(csv_path.with_suffix(".yaml"), error.field),
                field=error.field,
            )
        raise error from None


def _shown(path, root):
    """``path`` relative to the repository root (as the user types it), if inside it."""
    shown = os.path.relpath(os.path.abspath(path), os.path.abspath(root))
    return str(path) if shown.startswith("..") else shown


def _relative(error, root):
    """The same error with its file relative to the repository root."""
    shown = _shown(error.file, root)
    if shown == error.file:
        return error
    message = error.args[0].split(": ", 1)[-1]
    return InputError(shown, message, row=error.row, field=error.field)


def validate_repository(root=".", config=None):
    """Check every input of the repository; returns ``(papers, merged config)``.

    Parameters
    ----------
    root : path-like
        The repository root.
    config : dict, optional
        The workflow configuration as Snakemake loaded it (``--config`` values included);
        default: ``config/config.yaml``.

    Returns
    -------
    tuple
        ``(papers, config)``: ``coldglass.ledger.read_papers`` of ``data/raw/papers.csv``
        and the configuration with each paper's section merged in and validated.

    Raises
    ------
    coldglass.io.InputError
        The first problem found, naming the file (relative to ``root``), row and field.

    Notes
    -----
    Order: encodings and links of every input file, YAML syntax and values, paper
    registry, configurations, materials, tables, claims with their registries, figure
    ledgers, digitized series. Costs a few tens of milliseconds (no physics imported).
    """
    root = Path(root)
    try:
        return _validate(root, config)
    except InputError as error:
        raise _relative(error, root) from None


def _validate(root, config):
    root = Path(root)
    files = sorted(p for folder in INPUT_FOLDERS for p in (root / folder).rglob("*"))
    for path in files:
        check_inside(path, root, shown=_shown(path, root) if path.is_symlink() else None)
        if path.is_file() and path.suffix in _TEXT_SUFFIXES:
            check_encoding(path, _shown(path, root))
    for path in files:
        if path.is_file() and path.suffix in (".yaml", ".yml"):
            try:
                data = load_yaml(path)
            except InputError as error:
                raise _relative(error, root) from None
            check_yaml_values(data, _shown(path, root), path)
    papers = ledger.read_papers(root / "data/raw/papers.csv")
    if config is None:
        config = load_yaml(root / "config/config.yaml")
    for number, key in enumerate(papers, start=2):
        for needed in (
            f"config/papers/{key}.yaml",
            f"workflow/schemas/papers/{key}.schema.yaml",
            f"data/raw/{key}/figures.csv",
        ):
            if not (root / needed).exists():
                raise InputError(
                    "data/raw/papers.csv",
                    f"paper '{key}' has no {needed}",
                    row=number,
                    field="key",
                )
    try:
        merged = _config.load_workflow_config(config, list(papers), root)
    except InputError as error:
        raise _relative(error, root) from None
    for key in papers:  # values given with --config pass the same checks as the files
        check_yaml_values(
            merged[key], f"config/papers/{key}.yaml", root / f"config/papers/{key}.yaml"
        )
    unknown = [k for k in merged["papers"] if k not in papers]
    if unknown:
        raise InputError(
            "config/config.yaml",
            f"paper '{unknown[0]}' is not in data/raw/papers.csv",
            row=_config.yaml_line(root / "config/config.yaml", "papers"),
            field="papers",
        )
    for path in sorted((root / "data/raw").glob("*/tables/*.csv")):
        check_table(path, root)
    for key in papers:
        claims_path = root / f"data/raw/{key}/claims.csv"
        if claims_path.exists():
            try:
                check_claims_registry(key, claims_path, root)
            except InputError as error:
                raise _relative(error, root) from None
    for key in merged["papers"]:
        try:
            rows = ledger.read_figures(root / f"data/raw/{key}/figures.csv")
        except InputError as error:
            raise _relative(error, root) from None
        figure_ids = {row["id"] for row in rows}
        for path in sorted((root / f"data/raw/{key}/digitized").glob("*")):
            if path.suffix == ".csv":
                _check_digitized(key, path, figure_ids, merged, root)
            elif path.suffix in (".yaml", ".yml") and not path.with_suffix(".csv").exists():
                raise InputError(_shown(path, root), f"sidecar without {path.stem}.csv")
    return papers, merged
