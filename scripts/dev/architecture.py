"""Write docs/ARCHITECTURE.md: for every figure and table, its rule, scripts, library
functions and equations, read statically from the workflow.

Sources (nothing is run, no Snakemake DAG is built):

* the papers: data/raw/papers.csv; their figures and tables: data/raw/<key>/figures.csv
  (id, kind, status, equations);
* the rules: every ``*.smk`` under workflow/rules/ (wherever the Snakefile is), parsed for
  ``rule <name>:``, its ``output:`` (``data_file(key, "name")`` and path strings, with the
  module-level string variables of the .smk files substituted) and its ``script:``; the
  one plot rule ``figure`` (figures.smk) draws results/<key>/data/<fig>.parquet with
  scripts/<key>/<fig>.py; ``FIGURE_DATA[key][fig] = ...`` overrides the data file;
* the scripts' imports (ast): ``from coldglass import x`` / ``import coldglass.x as y`` /
  ``from coldglass.x import f`` and the attributes used on them, following helper modules
  of the same folder (``import _dielectric_plot``).

Run: .venv/bin/python scripts/dev/architecture.py   (tests/test_architecture.py checks that
the committed file is what this writes).
"""

import ast
import csv
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
#: Reading, writing and drawing helpers every script uses: left out of the library column.
_PLUMBING = ("io.", "plotting.")
OUTPUT = Path("docs/ARCHITECTURE.md")
_RULE = re.compile(r"^(rule|checkpoint)\s+(\w+)\s*:", re.M)
_SECTION = re.compile(r"^    (\w+):\s*(.*)$")
_STRING_VAR = re.compile(r'^([A-Z_][A-Z0-9_]*)\s*=\s*"([^"{}]*)"\s*$', re.M)
_DATA_FILE = re.compile(r'data_file\(\s*(\w+|"[^"]*")\s*,\s*f?"([^"]+)"\s*\)')
_PATH_STRING = re.compile(r'f?"((?:results|data)/[^"]+)"')
_EXPAND = re.compile(r'expand\(\s*f?"([^"]+)"\s*,\s*([^()]*(?:\([^()]*\)[^()]*)*)\)')
_FIGURE_DATA = re.compile(r"FIGURE_DATA\[(\w+|\"[^\"]*\")\]\[\"(\w+)\"\]\s*=\s*(.+)$", re.M)


def _smk_files(root):
    return sorted((root / "workflow" / "rules").rglob("*.smk"))


def _string_variables(files):
    """Module-level ``NAME = "literal"`` of every .smk file (e.g. MT = "magnetic_tunneling")."""
    names = {}
    for path in files:
        names.update(dict(_STRING_VAR.findall(path.read_text())))
    return names


def _assignments(files):
    """Module-level ``NAME = <expression>`` of the .smk files whose value is computable from
    literals, ``range`` and earlier such names (lists of figure ids, constraints); the
    expressions are evaluated without builtins, never any rule or function."""
    values = {}
    for path in files:
        lines = path.read_text().split("\n")
        for i, line in enumerate(lines):
            m = re.match(r"^([A-Z_][A-Z0-9_]*)\s*=\s*(.*)$", line)
            if not m:
                continue
            expr, j = m.group(2), i
            while expr.count("(") + expr.count("[") + expr.count("{") > expr.count(
                ")"
            ) + expr.count("]") + expr.count("}") and j + 1 < len(lines):
                j += 1
                expr += "\n" + lines[j]
            value = _evaluate(expr, values)
            if value is not None:
                values[m.group(1)] = value
    return values


def _evaluate(expr, values):
    try:
        return eval(expr, {"__builtins__": {}, "range": range, "dict": dict, **values})  # noqa: S307
    except Exception:
        return None


def _substitute(text, variables):
    """An f-string's text with {VAR} replaced; {{w}} becomes the wildcard {w}."""

    def repl(match):
        return variables.get(match.group(1), match.group(0))

    text = re.sub(r"(?<!\{)\{([A-Z_][A-Z0-9_]*)\}(?!\})", repl, text)
    return text.replace("{{", "{").replace("}}", "}")


def _literal(token, variables):
    return token.strip('"') if token.startswith('"') else variables.get(token, token)


def parse_rules(root=ROOT):
    """{rule name: {"file", "outputs": [path patterns], "script": path or None}}."""
    files = _smk_files(root)
    variables = _string_variables(files)
    values = _assignments(files)
    rules = {}
    for path in files:
        text = path.read_text()
        starts = [(m.start(), m.group(2)) for m in _RULE.finditer(text)]
        for i, (start, name) in enumerate(starts):
            end = starts[i + 1][0] if i + 1 < len(starts) else len(text)
            block = text[start:end].split("\n")[1:]
            sections, current = {}, None
            for line in block:
                if line and not line.startswith(" ") and not line.startswith("#"):
                    break  # back at module level
                m = _SECTION.match(line)
                if m:
                    current = m.group(1)
                    sections[current] = m.group(2)
                elif current:
                    sections[current] += "\n" + line
            outputs = []
            out = sections.get("output", "")
            for m in _EXPAND.finditer(out):
                template = _substitute(m.group(1), variables)
                lists = _evaluate(f"dict({m.group(2)})", values) or {}
                combos = [{}]
                for wildcard, options in lists.items():
                    combos = [{**c, wildcard: o} for c in combos for o in options]
                outputs += [template.format(**c) for c in combos if lists]
            out = _EXPAND.sub("", out)
            for key, stem in _DATA_FILE.findall(out):
                key = _literal(key, variables)
                outputs.append(f"results/{key}/data/{_substitute(stem, variables)}.parquet")
            outputs += [_substitute(s, variables) for s in _PATH_STRING.findall(out)]
            script = None
            m = re.search(r'"([^"]+\.py)"', sections.get("script", ""))
            if m:
                script = m.group(1)
            constraints = {}
            for cname, cexpr in re.findall(
                r"^\s*(\w+)\s*=\s*(.+?),?\s*$", sections.get("wildcard_constraints", ""), re.M
            ):
                value = _evaluate(cexpr, values)
                if isinstance(value, str):
                    constraints[cname] = value
            rules[name] = {
                "file": path.relative_to(root).as_posix(),
                "outputs": outputs,
                "constraints": constraints,
                "script": script,
            }
    return rules


def figure_data_overrides(root=ROOT):
    """{(key, fig): data path} from ``FIGURE_DATA[key]["figNN"] = ...`` in the .smk files."""
    files = _smk_files(root)
    variables = _string_variables(files)
    found = {}
    for path in files:
        for key, fig, expr in _FIGURE_DATA.findall(path.read_text()):
            key = _literal(key, variables)
            m = _DATA_FILE.search(expr)
            if m:
                value = f"results/{key}/data/{_substitute(m.group(2), variables)}.parquet"
            else:
                m = _PATH_STRING.search(expr)
                value = _substitute(m.group(1), variables) if m else expr.strip()
            found[(key, fig)] = value
    return found


def _pattern(output, constraints):
    """A regex matching the paths of an output pattern; wildcards {w} become groups."""
    parts = re.split(r"\{(\w+)\}", output)
    regex = ""
    for i, part in enumerate(parts):
        if i % 2 == 0:
            regex += re.escape(part)
        else:
            regex += f"(?P<{part}>{constraints.get(part, '[^/]+')})"
    return re.compile(regex + "$")


def producer(path, rules):
    """(rule name, wildcards) of the rule whose output matches ``path``; explicit first."""
    best = None
    for name, rule in rules.items():
        for output in rule["outputs"]:
            m = _pattern(output, rule["constraints"]).match(path)
            if m:
                explicit = "{" not in output
                if explicit:
                    return name, m.groupdict()
                best = best or (name, m.groupdict())
    return best


def _script_path(rule, wildcards, root=ROOT):
    """The script of a rule, relative to the repository, with {wildcards.x} filled in."""
    script = rule["script"]
    if script is None:
        return None
    for key, value in wildcards.items():
        script = script.replace(f"{{wildcards.{key}}}", value)
    path = (root / rule["file"]).parent / script
    return Path(*[p for p in path.resolve().relative_to(root).parts]).as_posix()


def library_uses(script, root=ROOT, seen=None):
    """Sorted ``module.function`` names of coldglass a script uses (and its local helpers)."""
    path = root / script
    seen = set() if seen is None else seen
    if path in seen or not path.exists():
        return set()
    seen.add(path)
    tree = ast.parse(path.read_text())
    aliases, names = {}, set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            if node.module == "coldglass":
                for a in node.names:
                    aliases[a.asname or a.name] = a.name
            elif node.module.startswith("coldglass."):
                mod = node.module.removeprefix("coldglass.")
                for a in node.names:
                    names.add(f"{mod}.{a.name}")
            elif (path.parent / f"{node.module}.py").exists():
                names |= library_uses(f"{Path(script).parent}/{node.module}.py", root, seen)
        elif isinstance(node, ast.Import):
            for a in node.names:
                if a.name.startswith("coldglass."):
                    aliases[a.asname or a.name] = a.name.removeprefix("coldglass.")
                elif (path.parent / f"{a.name}.py").exists():
                    names |= library_uses(f"{Path(script).parent}/{a.name}.py", root, seen)
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
            if node.value.id in aliases:
                names.add(f"{aliases[node.value.id]}.{node.attr}")
    return names


def _read_csv(path):
    with open(path, newline="") as handle:
        return list(csv.DictReader(handle))


def _code(items):
    return ", ".join(f"`{x}`" for x in items) if items else "–"


def _cell(text):
    return (text or "–").replace("|", "\\|").replace("\n", " ")


def entries(key, root=ROOT):
    """One dict per figure or table of a paper: id, kind, status, rule, scripts, library."""
    rules = parse_rules(root)
    overrides = figure_data_overrides(root)
    rows = []
    for row in _read_csv(root / "data" / "raw" / key / "figures.csv"):
        ident = row["id"]
        scripts, rule_names, library = [], [], set()
        if ident.startswith("table"):
            targets = [f"results/{key}/tables/{ident}.csv"]
        else:
            targets = [overrides.get((key, ident), f"results/{key}/data/{ident}.parquet")]
        for target in targets:
            found = producer(target, rules)
            if found:
                name, wildcards = found
                rule_names.append((name, rules[name]["file"]))
                script = _script_path(rules[name], wildcards, root)
                if script:
                    scripts.append(script)
        plot = f"scripts/{key}/{ident}.py"
        if not ident.startswith("table") and (root / plot).exists() and "figure" in rules:
            rule_names.append(("figure", rules["figure"]["file"]))
            scripts.append(plot)
        for script in scripts:
            library |= library_uses(script, root)
        library = {name for name in library if not name.startswith(_PLUMBING)}
        caption = f"workflow/report/{key}/{ident}.rst"
        rows.append(
            {
                "id": ident,
                "kind": row["kind"],
                "status": row["status"],
                "equations": row["equations"],
                "rules": rule_names,
                "scripts": scripts,
                "library": sorted(library),
                "caption": caption if (root / caption).exists() else None,
            }
        )
    return rows


def render(root=ROOT):
    """The text of docs/ARCHITECTURE.md."""
    papers = _read_csv(root / "data" / "raw" / "papers.csv")
    out = [
        "# Where things are: figure and table -> rule, scripts, library, equations",
        "",
        "<!-- generated by scripts/dev/architecture.py from workflow/rules/**/*.smk,",
        "     data/raw/<key>/figures.csv and the scripts' imports; do not edit by hand:",
        "     run `.venv/bin/python scripts/dev/architecture.py` (a test compares). -->",
        "",
        'How a figure is made (docs/CONTRACTS.md, "Workflow"): a compute rule writes',
        "`results/<key>/data/figNN.parquet` by running its script, which calls the library in",
        "`src/coldglass/`; the one plot rule `figure` (workflow/rules/figures.smk) draws it with",
        "`scripts/<key>/figNN.py` into `results/<key>/figures/figNN.{pdf,png}`, captioned by",
        "`workflow/report/<key>/figNN.rst`. Claims: rule `ledger_claims` runs",
        "`scripts/ledger/claims.py` on `data/raw/<key>/claims.csv` with the claim functions of",
        "`src/coldglass/claims/<key>*.py`. *library*: the `coldglass` functions the scripts call",
        "(module.function; the `io` and `plotting` helpers every script uses are left out);",
        "*equations*: the figure ledger's column (the paper's equations and lines).",
        "A figure with no rule is `pending` (nothing computes it yet).",
        "",
    ]
    for paper in papers:
        key = paper["key"]
        if not (root / "data" / "raw" / key / "figures.csv").exists():
            continue
        out += [f"## `{key}`", "", paper["citation"], ""]
        claims = sorted(
            p.relative_to(root).as_posix()
            for p in (root / "src" / "coldglass" / "claims").glob(f"{key}*.py")
        )
        if claims:
            out += [f"Claims: `data/raw/{key}/claims.csv` -> {_code(claims)}.", ""]
        out += [
            "| id | kind, status | rules | scripts | library | equations |",
            "|---|---|---|---|---|---|",
        ]
        for e in entries(key, root):
            scripts = e["scripts"] + ([e["caption"]] if e["caption"] else [])
            rules = ", ".join(f"`{name}` ({file})" for name, file in e["rules"]) or "–"
            out.append(
                f"| {e['id']} | {e['kind']}, {e['status']} | {rules} | "
                f"{_code(scripts)} | {_code(e['library'])} | {_cell(e['equations'])} |"
            )
        out.append("")
    return "\n".join(out)


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    target = ROOT / (argv[0] if argv else OUTPUT)
    target.write_text(render(ROOT))
    print(f"wrote {target.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
