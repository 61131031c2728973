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
        The file to check (read as bytes).
    shown : str, optional
        The name used in the message (default: ``path``).

    Returns
    -------
    None
        A byte-order mark raises ``InputError`` at row 1; a byte that is not UTF-8 raises
        it with its row, column and (for a CSV) the header name of its cell, suggesting
        latin-1 or Windows-1252.

    Notes
    -----
    docs/CONTRACTS.md, "Inputs" (every file under ``config/`` and ``data/raw/`` is UTF-8
    without byte-order mark) and docs/DESIGN.md, "Inputs are validated before anything runs".
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
    """``InputError`` unless ``path`` (resolved, links followed) lies inside ``root``.

    Parameters
    ----------
    path : path-like
        A file, or a path value read from an input.
    root : path-like
        Repository root.
    shown : str, optional
        File named in the error (default ``path``).
    row : int, optional
        Row named in the error.
    field : str, optional
        Field named in the error.

    Returns
    -------
    None
        Raises ``InputError`` when the resolved path is outside the resolved ``root``.

    Notes
    -----
    docs/CONTRACTS.md, "Inputs" (no value or link may lead outside the repository) and
    "Departures from the original design" (self-contained).
    """
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
    increasing ranges.

    Parameters
    ----------
    data : object
        The loaded YAML document (nested mappings and lists).
    shown : str
        File named in the error.
    source : path-like, optional
        The YAML file, to give line numbers (``coldglass.config.yaml_line``); without it the
        error has no row.

    Returns
    -------
    None
        Raises ``InputError`` (file, row, dotted field) for the first string that points
        outside the repository (``..`` component, absolute or ``~`` path), the first number
        whose key ends in a positive-magnitude unit (``_K``, ``_mK``, ``_m``, ``_s``,
        ``_kg_per_m3``, ``_m_per_s``, ``_per_g``, ``_Hz``) and is not > 0, or the first
        ``*_range: [lo, hi]`` with lo >= hi.

    Notes
    -----
    docs/CONTRACTS.md, "Inputs" (positive magnitudes, increasing ranges, no value leading
    outside the repository).
    """
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

    Parameters
    ----------
    csv_path : path-like
        ``data/raw/<key>/tables/<name>.csv``; the sidecar is ``<name>.yaml`` beside it.
    root : path-like
        Repository root (file names in errors are relative to it).

    Returns
    -------
    list of dict
        The rows as dicts: label cells stripped, numbers parsed, empty cells ``None``.
        Raises ``InputError`` for a missing or invalid sidecar, a header that is not exactly
        the sidecar's ``columns``, an empty label, a cell that is not a finite non-negative
        number, an empty cell outside ``may_be_empty``, or a table without data rows.

    Notes
    -----
    docs/CONTRACTS.md, "Inputs" (transcribed tables: sidecar ``source``, ``caption``,
    ``columns``, ``text_columns``, ``may_be_empty``) and docs/DESIGN.md, "Figures and tables"
    (tables of fitted parameters are transcribed with a sidecar).
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

    Parameters
    ----------
    paper : str
        Paper key.
    root : path-like
        Repository root (``src/coldglass/claims/`` is read from it).

    Returns
    -------
    dict
        claim id -> (file relative to ``root``, line of the ``REGISTRY.claim`` call); the
        first registration wins.

    Notes
    -----
    docs/CONTRACTS.md, "Claims" (every row needs a registered function and every function a
    row).  Read statically from ``src/coldglass/claims/<paper>.py`` and ``<paper>_*.py``:
    every ``REGISTRY.claim(<id>)`` whose id is a string literal, a loop variable running
    over a literal dict, list or tuple, or the first parameter of a function called with
    such ids (``_static_ids``).  Nothing is imported (the physics modules take seconds,
    at every start of Snakemake); a registration that cannot be read this way falls back
    to importing the registry.
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
            ids = _static_ids(node, tree, paper)
            if ids is None:
                from coldglass.ledger import load_registry

                where = (_shown(path, root), node.lineno)
                return {i: where for i in load_registry(paper).functions}
            for claim_id in ids:
                found.setdefault(claim_id, (_shown(path, root), node.lineno))
    return found


def _static_ids(call, tree, paper):
    """Claim ids of one ``REGISTRY.claim(arg)`` call read from the module's syntax tree.

    ``arg`` is a string literal; a loop variable over a literal (``for i in {...}``,
    ``for i, f in [...]``, also through a module-level name bound to the literal); the
    first parameter of a function that the module calls with literal ids
    (``for args in [...]: f(*args)``, ``f("M10", ...)``); or a loop over a sibling
    registry (``<paper>_*`` module, read on its own: no new id). None otherwise.
    """
    import ast

    arg = call.args[0]
    if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
        return [arg.value]
    if not isinstance(arg, ast.Name):
        return None
    function = next(
        (
            f
            for f in ast.walk(tree)
            if isinstance(f, ast.FunctionDef)
            and f.args.args
            and f.args.args[0].arg == arg.id
            and any(n is call for n in ast.walk(f))
        ),
        None,
    )
    if function is not None:
        return _literal_first_arguments(function.name, tree)
    loop = _only_loop_over(arg.id, tree)
    if loop is None:
        return None
    if _iterates_sibling_registry(loop.iter, tree, paper):
        return []
    return _first_items(loop.iter, tree)


def _only_loop_over(name, tree):
    """The one ``for`` statement whose target binds ``name`` (None if not exactly one)."""
    import ast

    loops = [
        n
        for n in ast.walk(tree)
        if isinstance(n, ast.For)
        and any(isinstance(t, ast.Name) and t.id == name for t in ast.walk(n.target))
    ]
    return loops[0] if len(loops) == 1 else None


def _iterates_sibling_registry(source, tree, paper):
    """True for ``<module>.REGISTRY.functions[.items()]`` where ``<module>`` is a
    ``<paper>_*`` registry, named directly or by a loop over a tuple of such modules."""
    import ast

    if isinstance(source, ast.Call) and isinstance(source.func, ast.Attribute):
        source = source.func.value
    if not (
        isinstance(source, ast.Attribute)
        and source.attr == "functions"
        and isinstance(source.value, ast.Attribute)
        and source.value.attr == "REGISTRY"
        and isinstance(source.value.value, ast.Name)
    ):
        return False
    modules = [source.value.value]
    loop = _only_loop_over(modules[0].id, tree)
    if loop is not None and isinstance(loop.iter, (ast.Tuple, ast.List)):
        modules = loop.iter.elts
    return all(isinstance(m, ast.Name) and m.id.startswith(f"{paper}_") for m in modules)


def _first_items(source, tree):
    """First elements of a literal a loop runs over (dict keys; tuples' first items)."""
    import ast

    if isinstance(source, ast.Call) and isinstance(source.func, ast.Attribute):
        if source.func.attr in ("items", "keys") and not source.args:
            source = source.func.value
    if isinstance(source, ast.Name):
        bound = [
            n.value
            for n in tree.body
            if isinstance(n, ast.Assign)
            and any(isinstance(t, ast.Name) and t.id == source.id for t in n.targets)
        ]
        if len(bound) != 1:
            return None
        source = bound[0]
    if isinstance(source, ast.Dict):
        keys = source.keys
    elif isinstance(source, (ast.List, ast.Tuple)):
        keys = [e.elts[0] if isinstance(e, ast.Tuple) and e.elts else e for e in source.elts]
    else:
        return None
    if not all(isinstance(k, ast.Constant) and isinstance(k.value, str) for k in keys):
        return None
    return [k.value for k in keys]


def _literal_first_arguments(name, tree):
    """First arguments of every call of function ``name``: literal, or ``*args`` of a loop
    over a literal; None if one call is neither (or there is none)."""
    import ast

    ids = []
    calls = [
        n
        for n in ast.walk(tree)
        if isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id == name
    ]
    for node in calls:
        first = node.args[0] if node.args else None
        if isinstance(first, ast.Constant) and isinstance(first.value, str):
            ids.append(first.value)
            continue
        if not (isinstance(first, ast.Starred) and isinstance(first.value, ast.Name)):
            return None
        loop = next(
            (
                n
                for n in ast.walk(tree)
                if isinstance(n, ast.For)
                and isinstance(n.target, ast.Name)
                and n.target.id == first.value.id
                and any(c is node for c in ast.walk(n))
            ),
            None,
        )
        items = None if loop is None else _first_items(loop.iter, tree)
        if items is None:
            return None
        ids.extend(items)
    return ids or None


def check_claims_registry(paper, claims_path, root):
    """Every claims.csv row has a registered function and every function a row.

    Parameters
    ----------
    paper : str
        Paper key.
    claims_path : path-like
        ``data/raw/<paper>/claims.csv``.
    root : path-like
        Repository root.

    Returns
    -------
    list of coldglass.ledger.Claim
        The validated claims (``coldglass.ledger.read_claims``).  A row without function
        raises ``InputError`` at that row; a function without row raises it at the
        registration's file and line.

    Notes
    -----
    docs/CONTRACTS.md, "Claims" (every CSV row needs a registered function and every
    registered function a CSV row) and "Inputs".
    """
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
