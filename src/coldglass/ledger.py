"""The claims ledger: every numeric claim of a paper, recomputed and judged.

A paper's claims are rows of ``data/raw/<key>/claims.csv`` (docs/CONTRACTS.md) and
functions registered in ``coldglass.claims.<key>``::

    REGISTRY = ClaimRegistry("electrodynamics")

    @REGISTRY.claim("C04")
    def xi_cubed(ctx):
        return rfot.xi_over_a() ** 3

``evaluate`` calls every function and gives each row a status: ``match``, ``erratum``
(outside tolerance and documented under a heading ``## <claim_id>`` in errata.md),
``not_computable`` (the function raised ``NotComputable``) or ``mismatch``.
"""

import importlib
import math
import re
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from coldglass.io import InputError, parse_float, read_csv_rows

__all__ = [
    "CLAIM_COLUMNS",
    "TOLERANCE_KINDS",
    "NUMERIC_TOLERANCE_KINDS",
    "STATUSES",
    "NotComputable",
    "Reproduced",
    "ClaimContext",
    "ClaimRegistry",
    "load_registry",
    "Claim",
    "read_claims",
    "documented_errata",
    "within_tolerance",
    "evaluate",
    "format_value",
    "status_counts",
    "markdown_ledger",
    "FIGURE_COLUMNS",
    "FIGURE_KINDS",
    "FIGURE_STATUSES",
    "read_figures",
    "markdown_figures",
    "read_papers",
    "status_table",
    "built_files",
    "run_summary",
]

CLAIM_COLUMNS = (
    "claim_id",
    "location",
    "statement",
    "printed_value",
    "unit",
    "tolerance_kind",
    "tolerance",
    "quote",
)
TOLERANCE_KINDS = ("rel", "abs", "order_of_magnitude", "range", "sign", "qualitative")
NUMERIC_TOLERANCE_KINDS = ("rel", "abs", "order_of_magnitude")
STATUSES = ("match", "erratum", "not_computable", "mismatch")


class NotComputable(Exception):
    """Raised by a claim function that needs data the project does not have.

    The message names what is missing and its source.
    """


@dataclass(frozen=True)
class Reproduced:
    """A reproduced value with a note (the inputs or convention used)."""

    value: float
    note: str = ""


@dataclass
class ClaimContext:
    """What a claim function may use: materials, the paper's config, computed tables."""

    materials: dict = field(default_factory=dict)
    config: dict = field(default_factory=dict)
    inputs: dict = field(default_factory=dict)

    def table(self, name):
        """The DataFrame of the computed parquet declared as ``name`` in CLAIM_INPUTS."""
        from coldglass.io import read_table

        if name not in self.inputs:
            raise KeyError(f"claim input '{name}' is not declared in CLAIM_INPUTS")
        return read_table(self.inputs[name])[0]


class ClaimRegistry:
    """The claim functions of one paper, by claim id."""

    def __init__(self, paper):
        self.paper = paper
        self.functions = {}

    def claim(self, claim_id):
        """Decorator registering ``function(ctx)`` as the computation of ``claim_id``."""

        def register(function):
            if claim_id in self.functions:
                raise ValueError(f"{self.paper}: claim {claim_id} registered twice")
            self.functions[claim_id] = function
            return function

        return register


def load_registry(paper):
    """The ``REGISTRY`` of ``coldglass.claims.<paper>``.

    Parameters
    ----------
    paper : str
        Paper key (the module ``coldglass.claims.<paper>`` is imported).

    Returns
    -------
    ClaimRegistry
        The paper's claim functions by claim id.

    Notes
    -----
    docs/CONTRACTS.md, "Claims" (``src/coldglass/claims/<key>.py`` holds
    ``REGISTRY = ClaimRegistry("<key>")``).
    """
    return importlib.import_module(f"coldglass.claims.{paper}").REGISTRY


@dataclass(frozen=True)
class Claim:
    """One validated row of claims.csv."""

    claim_id: str
    location: str
    statement: str
    printed_value: str
    unit: str
    tolerance_kind: str
    tolerance: float | None
    bounds: tuple = (None, None)  # (low, high) for range; (value, value) otherwise
    quote: str = ""  # first words of the paper's sentence, for a PDF search


def _parse_bounds(text, path, row):
    if ".." not in text:
        raise InputError(
            path,
            f"range '{text}' must be written lo..hi (an end may be empty)",
            row=row,
            field="printed_value",
        )
    low, high = (t.strip() for t in text.split("..", 1))
    bounds = tuple(parse_float(t, path, row, "printed_value") if t else None for t in (low, high))
    if bounds == (None, None):
        raise InputError(path, "range needs at least one end", row=row, field="printed_value")
    if None not in bounds and bounds[0] > bounds[1]:
        raise InputError(
            path, f"range '{text}' is reversed (write lo..hi)", row=row, field="printed_value"
        )
    return bounds


def _validate_row(number, row, path):
    for column in ("claim_id", "location", "statement", "tolerance_kind"):
        if not (row[column] or "").strip():
            raise InputError(path, "empty", row=number, field=column)
    kind = row["tolerance_kind"].strip()
    if kind not in TOLERANCE_KINDS:
        raise InputError(
            path,
            f"unknown tolerance kind '{kind}'; use one of " + ", ".join(TOLERANCE_KINDS),
            row=number,
            field="tolerance_kind",
        )
    printed = (row["printed_value"] or "").strip()
    tolerance_text = (row["tolerance"] or "").strip()
    tolerance, bounds = None, (None, None)
    if kind in NUMERIC_TOLERANCE_KINDS:
        value = parse_float(printed, path, number, "printed_value")
        tolerance = parse_float(tolerance_text, path, number, "tolerance")
        if tolerance <= 0:
            raise InputError(path, "must be positive", row=number, field="tolerance")
        if kind == "order_of_magnitude" and value <= 0:
            raise InputError(
                path,
                "order_of_magnitude needs a positive printed value",
                row=number,
                field="printed_value",
            )
        bounds = (value, value)
    elif tolerance_text:
        raise InputError(
            path, f"must be empty for tolerance kind '{kind}'", row=number, field="tolerance"
        )
    elif kind == "range":
        bounds = _parse_bounds(printed, path, number)
    elif kind == "sign":
        value = parse_float(printed, path, number, "printed_value")
        if value not in (1.0, -1.0):
            raise InputError(path, "sign must be +1 or -1", row=number, field="printed_value")
        bounds = (value, value)
    elif printed.lower() != "true":
        raise InputError(
            path, "qualitative claims are written 'true'", row=number, field="printed_value"
        )
    if not (row["quote"] or "").strip():
        raise InputError(
            path,
            "empty: give the first words of the paper's sentence that makes the claim",
            row=number,
            field="quote",
        )
    return Claim(
        row["claim_id"].strip(),
        row["location"].strip(),
        row["statement"].strip(),
        printed,
        (row["unit"] or "").strip(),
        kind,
        tolerance,
        bounds,
        (row.get("quote") or "").strip(),
    )


def read_claims(path):
    """Validated claims of a claims.csv; ``InputError`` names file, row and field.

    Parameters
    ----------
    path : str or os.PathLike
        ``data/raw/<key>/claims.csv``.

    Returns
    -------
    list of Claim
        One per row, in file order.  A missing or unknown column, an invalid row (tolerance
        kind, tolerance, printed value or bounds) or a duplicate ``claim_id`` raises
        ``InputError``.

    Notes
    -----
    docs/CONTRACTS.md, "Claims" (the columns ``CLAIM_COLUMNS`` and the tolerance kinds) and
    "Inputs" (the one-line input error).
    """
    claims, seen = [], {}
    rows = read_csv_rows(path, CLAIM_COLUMNS)
    extra = [c for c in (rows[0][1] if rows else {}) if c not in CLAIM_COLUMNS]
    if extra:
        raise InputError(
            path, "unknown column; the header is " + ",".join(CLAIM_COLUMNS), row=1, field=extra[0]
        )
    for number, row in rows:
        claim = _validate_row(number, row, path)
        if claim.claim_id in seen:
            raise InputError(
                path,
                f"duplicate claim_id (first at row {seen[claim.claim_id]})",
                row=number,
                field="claim_id",
            )
        seen[claim.claim_id] = number
        claims.append(claim)
    return claims


def documented_errata(errata_md):
    """Claim ids that have a heading of their own in errata.md (``## C18 ...``).

    Parameters
    ----------
    errata_md : str or os.PathLike
        ``data/raw/<key>/errata.md`` (may not exist).

    Returns
    -------
    set of str
        Every id-like token (letters, digits, optional lower-case suffix) on a heading line;
        empty when the file does not exist.

    Notes
    -----
    docs/CONTRACTS.md, "Claims": a claim outside tolerance is an ``erratum`` only when
    errata.md documents it under a heading line ``## <claim_id> ...``.
    """
    path = Path(errata_md)
    if not path.exists():
        return set()
    ids = set()
    for line in path.read_text().splitlines():
        if line.startswith("#"):
            ids.update(re.findall(r"[A-Za-z]+\d+[a-z]?", line.lstrip("#")))
    return ids


def within_tolerance(claim, value):
    """True when ``value`` satisfies the claim's tolerance (docs/CONTRACTS.md).

    Parameters
    ----------
    claim : Claim
        The claim (its ``tolerance_kind``, ``tolerance`` and ``bounds``).
    value : float or bool
        The reproduced value; a bool for ``qualitative`` claims.

    Returns
    -------
    bool
        rel: |v - p| <= tol |p|; abs: |v - p| <= tol; order_of_magnitude: v > 0 and
        |log10(v / p)| <= tol; sign: sign of v equals the printed +-1; range: lo <= v <= hi
        (an open end is unbounded); qualitative: ``bool(value)``.  Non-finite values fail.

    Notes
    -----
    docs/CONTRACTS.md, "Claims" (tolerance kinds).
    """
    kind = claim.tolerance_kind
    if kind == "qualitative":
        return bool(value)
    value = float(value)
    if not math.isfinite(value):
        return False
    printed = claim.bounds[0]
    if kind == "rel":
        return abs(value - printed) <= claim.tolerance * abs(printed)
    if kind == "abs":
        return abs(value - printed) <= claim.tolerance
    if kind == "order_of_magnitude":
        return value > 0 and abs(math.log10(value / printed)) <= claim.tolerance
    if kind == "sign":
        return value != 0 and math.copysign(1.0, value) == printed
    low, high = claim.bounds
    return (low is None or value >= low) and (high is None or value <= high)


def _judge(claim, function, ctx, errata):
    try:
        result = function(ctx)
    except NotComputable as reason:
        return math.nan, "not_computable", str(reason)
    note = ""
    if isinstance(result, Reproduced):
        result, note = result.value, result.note
    if claim.tolerance_kind == "qualitative" and not isinstance(result, (bool, np.bool_)):
        raise TypeError(f"claim {claim.claim_id} is qualitative: its function must return a bool")
    value = float(result)
    if within_tolerance(claim, result):
        return value, "match", note
    if claim.claim_id in errata:
        return value, "erratum", "; ".join(filter(None, [note, "see errata.md"]))
    return value, "mismatch", "; ".join(filter(None, [note, "outside tolerance, not documented"]))


def evaluate(claims, registry, ctx, errata=frozenset()):
    """Judge every claim; returns a DataFrame with the ledger columns (docs/DESIGN.md).

    Parameters
    ----------
    claims : list of Claim
        From ``read_claims``.
    registry : ClaimRegistry
        The paper's registry; must hold exactly one function per claim id.
    ctx : ClaimContext
        Passed to every claim function.
    errata : collection of str
        Claim ids documented in errata.md (``documented_errata``).

    Returns
    -------
    pandas.DataFrame
        One row per claim: ``claim_id, printed_value, reproduced_value, status, note,
        location, statement, unit, tolerance_kind, tolerance, quote``; status ``match``,
        ``erratum``, ``not_computable`` (value NaN, note = the reason) or ``mismatch``.

    Notes
    -----
    docs/DESIGN.md, "The claims ledger" and docs/CONTRACTS.md, "Claims".  Every claim needs
    a registered function and every registered function a claim (``ValueError`` otherwise);
    a qualitative claim whose function does not return a bool raises ``TypeError``.
    """
    import pandas as pd

    ids = [c.claim_id for c in claims]
    missing = [i for i in ids if i not in registry.functions]
    extra = sorted(set(registry.functions) - set(ids))
    if missing or extra:
        raise ValueError(
            f"{registry.paper}: claims without a function: {missing}; "
            f"functions without a claim: {extra}"
        )
    records = []
    for claim in claims:
        value, status, note = _judge(claim, registry.functions[claim.claim_id], ctx, errata)
        records.append(
            {
                "claim_id": claim.claim_id,
                "printed_value": claim.printed_value,
                "reproduced_value": value,
                "status": status,
                "note": note,
                "location": claim.location,
                "statement": claim.statement,
                "unit": claim.unit,
                "tolerance_kind": claim.tolerance_kind,
                "tolerance": math.nan if claim.tolerance is None else claim.tolerance,
                "quote": claim.quote,
            }
        )
    return pd.DataFrame.from_records(records)


def format_value(value):
    """Four significant digits, or a dash for a missing value.

    Parameters
    ----------
    value : float or None
        A reproduced value.

    Returns
    -------
    str
        ``f"{value:.4g}"``, or an en dash for ``None`` or NaN (not computable).

    Notes
    -----
    docs/DESIGN.md, "The claims ledger" (``results/claims.md``); used by
    ``markdown_ledger`` and ``run_summary``.
    """
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    return f"{value:.4g}"


def status_counts(ledger):
    """Counts per status, in the order of STATUSES, zeros included.

    Parameters
    ----------
    ledger : pandas.DataFrame
        An evaluated ledger (column ``status``).

    Returns
    -------
    dict
        status -> int for every entry of ``STATUSES``.

    Notes
    -----
    docs/DESIGN.md, "The claims ledger" (counts per status in ``results/claims.md``).
    """
    counts = ledger["status"].value_counts()
    return {status: int(counts.get(status, 0)) for status in STATUSES}


def markdown_ledger(ledgers):
    """``results/claims.md``: counts per paper and status, then every row.

    Parameters
    ----------
    ledgers : dict
        Paper key -> evaluated ledger DataFrame (``evaluate``), in the order to print.

    Returns
    -------
    str
        Markdown: a counts table (paper x status, total), then one section per paper with
        claim, location, statement, printed, reproduced, unit, status and note ("|" escaped).

    Notes
    -----
    docs/DESIGN.md, "The claims ledger" (``results/claims.md`` aggregates all papers with
    counts per status).
    """
    lines = [
        "# Claims ledger",
        "",
        "Generated by the pipeline; do not edit.",
        "",
        "| paper | " + " | ".join(STATUSES) + " | total |",
        "|---|" + "---|" * (len(STATUSES) + 1),
    ]
    for paper, ledger in ledgers.items():
        counts = status_counts(ledger)
        lines.append(
            f"| {paper} | " + " | ".join(str(counts[s]) for s in STATUSES) + f" | {len(ledger)} |"
        )
    for paper, ledger in ledgers.items():
        lines += [
            "",
            f"## {paper}",
            "",
            "| claim | location | statement | printed | reproduced | unit | status | note |",
            "|---|---|---|---|---|---|---|---|",
        ]
        for row in ledger.itertuples():
            cells = [
                row.claim_id,
                row.location,
                row.statement,
                row.printed_value,
                format_value(row.reproduced_value),
                row.unit,
                row.status,
                row.note,
            ]
            lines.append("| " + " | ".join(str(c).replace("|", "\\|") for c in cells) + " |")
    return "\n".join(lines) + "\n"


FIGURE_COLUMNS = ("id", "kind", "equations", "status", "reproduced", "not_reproduced")
#: ``data``: a figure of experimental data only (no theory curve in the paper).
FIGURE_KINDS = ("theory", "data_and_theory", "data", "schematic", "table")
#: ``not_recoverable``: the item cannot be rebuilt from any source the project has (e.g. a
#: table whose numbers are lost from the paper's text); the ``not_reproduced`` column says why.
#: ``data_only``: a ``data`` figure built with the caption's axes and series, its points drawn
#: from digitized series when present (otherwise "data not shown" with the source).
FIGURE_STATUSES = ("reproduced", "theory_only", "data_only", "pending", "not_recoverable")


def read_figures(path):
    """Validated rows of a figures.csv (docs/CONTRACTS.md) as dicts.

    Parameters
    ----------
    path : str or os.PathLike
        ``data/raw/<key>/figures.csv``.

    Returns
    -------
    list of dict
        One dict per row with the ``FIGURE_COLUMNS``.  An empty or duplicate id, or a kind or
        status outside ``FIGURE_KINDS`` / ``FIGURE_STATUSES``, raises ``InputError``.

    Notes
    -----
    docs/CONTRACTS.md, "Workflow" (figure ledger: columns, kinds, statuses).
    """
    rows, seen = [], {}
    for number, row in read_csv_rows(path, FIGURE_COLUMNS):
        if not (row["id"] or "").strip():
            raise InputError(path, "empty", row=number, field="id")
        if row["id"] in seen:
            raise InputError(
                path, f"duplicate id (first at row {seen[row['id']]})", row=number, field="id"
            )
        seen[row["id"]] = number
        if row["kind"] not in FIGURE_KINDS:
            raise InputError(
                path,
                f"unknown kind '{row['kind']}'; use one of " + ", ".join(FIGURE_KINDS),
                row=number,
                field="kind",
            )
        if row["status"] not in FIGURE_STATUSES:
            raise InputError(
                path,
                f"unknown status '{row['status']}'; use one of " + ", ".join(FIGURE_STATUSES),
                row=number,
                field="status",
            )
        rows.append(row)
    return rows


def markdown_figures(figures):
    """``results/figures.md``: counts per status, then every figure and table of each paper.

    Parameters
    ----------
    figures : dict
        Paper key -> list of ``read_figures`` rows.

    Returns
    -------
    str
        Markdown: a counts table (paper x status, total), then one table per paper with id,
        kind, equations, status, reproduced and not reproduced.

    Notes
    -----
    docs/DESIGN.md, "Figures and tables" (the figure ledger feeds ``results/figures.md``).
    """
    lines = [
        "# Figures and tables",
        "",
        "Generated by the pipeline; do not edit.",
        "",
        "| paper | " + " | ".join(FIGURE_STATUSES) + " | total |",
        "|---|" + "---|" * (len(FIGURE_STATUSES) + 1),
    ]
    for paper, rows in figures.items():
        counts = [sum(r["status"] == s for r in rows) for s in FIGURE_STATUSES]
        lines.append(f"| {paper} | " + " | ".join(map(str, counts)) + f" | {len(rows)} |")
    for paper, rows in figures.items():
        lines += [
            "",
            f"## {paper}",
            "",
            "| id | kind | equations | status | reproduced | not reproduced |",
            "|---|---|---|---|---|---|",
        ]
        for r in rows:
            cells = [r[c] for c in FIGURE_COLUMNS]
            lines.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
    return "\n".join(lines) + "\n"


def read_papers(path):
    """The paper registry ``data/raw/papers.csv``: {key: {"identifier": ..., "citation": ...}}.

    Parameters
    ----------
    path : str or os.PathLike
        ``data/raw/papers.csv`` (columns key, identifier, citation).

    Returns
    -------
    dict
        key -> {"identifier", "citation"}, in file order.  ``identifier`` is the paper's
        public identifier (arXiv, DOI; empty when the text prints none), ``citation`` the
        reference as the README shows it.  A malformed or duplicate key or an empty citation
        raises ``InputError``.

    Notes
    -----
    docs/CONTRACTS.md, "Departures from the original design" (the paper registry is data).
    """
    papers = {}
    for number, row in read_csv_rows(path, ("key", "identifier", "citation")):
        key = (row["key"] or "").strip()
        if not re.fullmatch(r"[a-z][a-z0-9_]*", key):
            raise InputError(
                path, f"'{key}' is not a paper key (lower case, digits, _)", row=number, field="key"
            )
        if key in papers:
            raise InputError(path, "duplicate key", row=number, field="key")
        if not (row["citation"] or "").strip():
            raise InputError(path, "empty", row=number, field="citation")
        papers[key] = {"identifier": row["identifier"].strip(), "citation": row["citation"]}
    return papers


def status_table(papers, ledgers, figures):
    """The README's status table: claims by status and figures/tables by status per paper.

    Parameters
    ----------
    papers : dict
        ``read_papers``.
    ledgers : dict
        Paper key -> evaluated claims DataFrame (papers without a claims ledger are absent and
        get dashes).
    figures : dict
        Paper key -> ``read_figures`` rows.

    Returns
    -------
    str
        A Markdown table, one row per paper: citation, key, claims total and per status,
        figures + tables total and per figure status.

    Notes
    -----
    docs/CONTRACTS.md, "Departures from the original design" (the README status table
    ``results/status.md``, which a test compares with the README).
    """
    header = ["paper", "key", "claims", *STATUSES, "figures + tables", *FIGURE_STATUSES]
    lines = [
        "| " + " | ".join(h.replace("_", " ") for h in header) + " |",
        "|" + "---|" * len(header),
    ]
    for key, paper in papers.items():
        if key in ledgers:
            counts = status_counts(ledgers[key])
            claim_cells = [str(len(ledgers[key]))] + [str(counts[s]) for s in STATUSES]
        else:
            claim_cells = ["–"] * (1 + len(STATUSES))
        rows = figures.get(key, [])
        figure_cells = [str(len(rows))] + [
            str(sum(r["status"] == s for r in rows)) for s in FIGURE_STATUSES
        ]
        lines.append(
            f"| {paper['citation']} | `{key}` | " + " | ".join(claim_cells + figure_cells) + " |"
        )
    return "\n".join(lines) + "\n"


def built_files(key, row):
    """The result files of a figure-ledger row that is reproduced or theory only.

    Parameters
    ----------
    key : str
        Paper key.
    row : dict
        A row of ``read_figures``.

    Returns
    -------
    list of str
        ``results/<key>/tables/<id>.csv`` and ``.md`` for a table, the figure's ``.pdf``
        and ``.png`` otherwise.

    Notes
    -----
    docs/CONTRACTS.md, "Workflow" (figure and table outputs, and ``make all`` ending with
    ``scripts/check_results.py``, which names every reproduced item whose files are missing).
    """
    if row["kind"] == "table":
        return [f"results/{key}/tables/{row['id']}.{ext}" for ext in ("csv", "md")]
    return [f"results/{key}/figures/{row['id']}.{ext}" for ext in ("pdf", "png")]


def run_summary(root="."):
    """What a full run left in ``results/``: claims per status, and what is wrong.

    Parameters
    ----------
    root : str or Path
        The repository (working directory of the run).

    Returns
    -------
    summary : str
        One line per paper with its claims per status, and a total line.
    problems : list of str
        One line per mismatching claim, per missing claims ledger and per figure or
        table the figure ledger calls reproduced (or theory only) whose files are missing.

    Notes
    -----
    Printed by ``make all`` after the run (scripts/check_results.py), which exits non-zero
    when ``problems`` is not empty: a mismatch must never pass silently (README, "The
    claims ledger").
    """
    import pandas as pd

    root = Path(root)
    totals = dict.fromkeys(STATUSES, 0)
    lines, problems = [], []
    for key in read_papers(root / "data/raw/papers.csv"):
        raw = root / "data/raw" / key
        if (raw / "claims.csv").exists():
            path = root / "results" / key / "claims.parquet"
            if not path.exists():
                problems.append(f"{key}: claims ledger results/{key}/claims.parquet is missing")
            else:
                claims = pd.read_parquet(path)
                counts = status_counts(claims)
                totals = {s: totals[s] + counts[s] for s in STATUSES}
                lines.append(
                    f"{key}: {len(claims)} claims, "
                    + ", ".join(f"{counts[s]} {s}" for s in STATUSES)
                )
                for row in claims[claims.status == "mismatch"].itertuples():
                    problems.append(
                        f"{key} {row.claim_id}: mismatch (printed {row.printed_value}, "
                        f"reproduced {format_value(row.reproduced_value)}; {row.location})"
                    )
        if (raw / "figures.csv").exists():
            for row in read_figures(raw / "figures.csv"):
                if row["status"] in ("pending", "not_recoverable"):
                    continue  # nothing is built for them (the ledger says why)
                missing = [f for f in built_files(key, row) if not (root / f).exists()]
                if missing:
                    problems.append(
                        f"{key} {row['id']}: {row['status']} in data/raw/{key}/figures.csv "
                        f"but missing: {', '.join(missing)}"
                    )
    lines.append(
        f"all papers: {sum(totals.values())} claims, "
        + ", ".join(f"{totals[s]} {s}" for s in STATUSES)
    )
    return "\n".join(lines), problems
