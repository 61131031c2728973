"""Bad input stops before anything runs, with one line naming file, row and field.

Each case edits one input of a scratch copy of the repository and checks the first problem
``coldglass.validate.validate_repository`` reports: the exact file, row and field, and the
words of the cause. A handful run ``snakemake -n`` end to end (tests/test_workflow.py has
more) to show the user sees that one line and no traceback.
"""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import REPO, run_snakemake

from coldglass.io import InputError, load_yaml
from coldglass.validate import registered_claims, validate_repository

PAPER_KEYS = (
    "electrodynamics",
    "quantum_theory",
    "interactions",
    "magnetic_tunneling",
    "mixed_alkali",
)

#: What validate_repository reads: the inputs, the schemas and the claims registries.
PARTS = ("config", "data/raw", "workflow/schemas", "src/coldglass/claims")
ED = "data/raw/electrodynamics/claims.csv"
QT_FIGURES = "data/raw/quantum_theory/figures.csv"
MT = "data/raw/magnetic_tunneling"
DIG = f"{MT}/digitized"
SIDECAR = (
    "source: Siebert, PhD thesis (2001)\nfigure: {figure}\nseries: BAS 0.60 K\nx_unit: {x}\n"
    "y_unit: {y}\ndigitized_by: test\nmethod: typed\n{extra}"
)


@pytest.fixture
def inputs(tmp_path):
    """A scratch copy of the parts of the repository the validation reads."""
    for part in PARTS:
        shutil.copytree(REPO / part, tmp_path / part)
    return tmp_path


def edit(root, path, old, new):
    target = root / path
    text = target.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    target.write_text(text.replace(old, new, 1), encoding="utf-8")


def line_of(root, path, start):
    lines = (root / path).read_text(encoding="utf-8").splitlines()
    return next(i for i, line in enumerate(lines, 1) if line.startswith(start))


def repo_line(path, text, after=""):
    """Number of the first line of a repository file containing ``text`` (after ``after``)."""
    lines = (REPO / path).read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if after in line)
    return next(i for i, line in enumerate(lines[start:], start + 1) if text in line)


def line_at(root, path, number):
    return (root / path).read_text(encoding="utf-8").splitlines()[number - 1]


def series(root, name, figure="fig07a", x="T", y="uJ/(g K)", extra="", csv="x,y\n0.5,7.1\n"):
    folder = root / DIG
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.csv").write_text(csv)
    (folder / f"{name}.yaml").write_text(SIDECAR.format(figure=figure, x=x, y=y, extra=extra))


def write_bytes(root, path, old, new):
    target = root / path
    data = target.read_bytes()
    assert old in data
    target.write_bytes(data.replace(old, new, 1))


# --- each case: (id, edit(root), expected "file, row N, field 'x'" prefix, words) ---------


def _claims_row(cid, rest):
    return lambda r: edit(r, ED, f"\n{cid},", f"\n{rest}\n{cid},")


QT_RANGE_ROW = repo_line("config/papers/quantum_theory.yaml", "[-8.0, 50.0]")
#: The line of fig07.data_source: the first ``data_source`` after ``fig07:``.
MT_SOURCE_ROW = repo_line("config/papers/magnetic_tunneling.yaml", "data_source", after="fig07:")

CASES = [
    # transcribed tables
    (
        "table-non-numeric",
        lambda r: edit(r, f"{MT}/tables/table02.csv", "0.60,0.49", "0.60,0.4x9"),
        f"{MT}/tables/table02.csv, row 2, field 'D_min_K'",
        "'0.4x9' is not a number",
    ),
    (
        "table-missing-column",
        lambda r: (r / f"{MT}/tables/table04.csv").write_text(
            "T_K,D_min_K,X_min_K_A2\n1.11,0.34,4.99e4\n"
        ),
        f"{MT}/tables/table04.csv, row 1, field 'X_max_K_A2'",
        "missing column",
    ),
    (
        "table-extra-column",
        lambda r: (r / f"{MT}/tables/table02.csv").write_text(
            "T_K,D_min_K,X_min_K_A2,X_max_K_A2,comment\n0.60,0.49,4.77e4,3.09e5,x\n"
        ),
        f"{MT}/tables/table02.csv, row 1, field 'comment'",
        "not described in table02.yaml",
    ),
    (
        "table-missing-value",
        lambda r: edit(r, f"{MT}/tables/table07.csv", ",4.96e5,5.0e9", ",4.96e5,"),
        f"{MT}/tables/table07.csv, row 2, field 'Gamma_per_s_K5'",
        "missing value",
    ),
    (
        "table-negative-value",
        lambda r: edit(r, f"{MT}/tables/table01.csv", "n_Fe2+,1.06e17", "n_Fe2+,-1.06e17"),
        f"{MT}/tables/table01.csv, row 2, field 'concentration_per_g'",
        "negative",
    ),
    (
        "table-empty-label",
        lambda r: edit(r, f"{MT}/tables/table05.csv", "BK7,15,0.089e-5", ",15,0.089e-5"),
        f"{MT}/tables/table05.csv, row 2, field 'glass'",
        "empty",
    ),
    (
        "table-no-sidecar",
        lambda r: (r / f"{MT}/tables/table03.yaml").unlink(),
        f"{MT}/tables/table03.csv, row 1",
        "no sidecar table03.yaml",
    ),
    (
        "table-sidecar-unknown-key",
        lambda r: edit(r, f"{MT}/tables/table06.yaml", "columns:", "colour: red\ncolumns:"),
        f"{MT}/tables/table06.yaml, row 3, field 'colour'",
        "unknown key",
    ),
    # materials
    (
        "material-negative",
        lambda r: edit(
            r, "config/materials.yaml", "rho_kg_per_m3: 2200.0", "rho_kg_per_m3: -2200.0"
        ),
        "config/materials.yaml, row 8, field 'silica.rho_kg_per_m3'",
        "-2200.0 must be positive",
    ),
    (
        "material-missing-key",
        lambda r: edit(r, "config/materials.yaml", "  xi_m: 2.0e-9", "  # xi_m: 2.0e-9"),
        "config/materials.yaml, row 6, field 'silica.xi_m'",
        "required, missing",
    ),
    (
        "material-empty-value",
        lambda r: edit(r, "config/materials.yaml", "c_s_m_per_s: 4100.0", "c_s_m_per_s:"),
        "config/materials.yaml, row 9, field 'silica.c_s_m_per_s'",
        "None is not of type number",
    ),
    (
        "material-unsigned-exponent",
        lambda r: edit(r, "config/materials.yaml", "a_m: 3.5e-10", "a_m: 3.5e10"),
        "config/materials.yaml, row 11, field 'silica.a_m'",
        "'3.5e10' is not of type number",
    ),
    # claims ledgers and registries
    (
        "claim-without-function",
        _claims_row("C40", "C99,l.1,A claim nobody computes,1,,rel,0.1,Some words"),
        f"{ED}, row 41, field 'claim_id'",
        "claim C99 has no function",
    ),
    (
        "function-without-claim",
        lambda r: edit(r, ED, "\n" + (r / ED).read_text(encoding="utf-8").splitlines()[-1], ""),
        "",  # filled in by the test: the decorator's file and line
        "function registered for claim {last} has no row",  # {last}: the removed row's id
    ),
    (
        "claims-extra-column",
        lambda r: edit(r, ED, ",tolerance,quote\n", ",tolerance,quote,comment\n"),
        f"{ED}, row 1, field 'comment'",
        "unknown column",
    ),
    (
        "claims-reversed-range",
        lambda r: edit(r, ED, ",5..6,a,range,", ",6..5,a,range,"),
        f"{ED}, row 4, field 'printed_value'",
        "range '6..5' is reversed",
    ),
    (
        "claims-empty-quote",
        lambda r: edit(r, ED, line_at(r, ED, 7), line_at(r, ED, 7).split(",0.011,")[0] + ",0.011,"),
        f"{ED}, row 7, field 'quote'",
        "empty",
    ),
    (
        "claims-duplicate-id",
        lambda r: edit(r, ED, "\nC05,", "\nC04,"),
        f"{ED}, row 6, field 'claim_id'",
        "duplicate claim_id (first at row 5)",
    ),
    (
        "claims-unknown-tolerance-kind",
        lambda r: edit(r, ED, "200,,rel,0.25,", "200,,roughly,0.25,"),
        f"{ED}, row 5, field 'tolerance_kind'",
        "unknown tolerance kind 'roughly'",
    ),
    (
        "claims-non-numeric-value",
        lambda r: edit(r, ED, "4.8,D,rel", "4.8x,D,rel"),
        f"{ED}, row 7, field 'printed_value'",
        "'4.8x' is not a number",
    ),
    (
        "claims-sign-not-unit",
        _claims_row("C40", "C99,l.1,x,2,,sign,,q"),
        f"{ED}, row 41, field 'printed_value'",
        "sign must be +1 or -1",
    ),
    (
        "claims-qualitative-not-true",
        _claims_row("C40", "C99,l.1,x,yes,,qualitative,,q"),
        f"{ED}, row 41, field 'printed_value'",
        "qualitative claims are written 'true'",
    ),
    (
        "claims-zero-tolerance",
        lambda r: edit(r, ED, "200,,rel,0.25,", "200,,rel,0,"),
        f"{ED}, row 5, field 'tolerance'",
        "must be positive",
    ),
    (
        "claims-too-many-cells",
        lambda r: edit(r, ED, "200,,rel,0.25,", "200,,rel,0.25,x,y,"),
        f"{ED}, row 5",
        "more cells than header columns",
    ),
    # figure ledgers
    (
        "figures-duplicate-id",
        lambda r: edit(r, QT_FIGURES, "\nfig05,", "\nfig04,"),
        f"{QT_FIGURES}, row 6, field 'id'",
        "duplicate id (first at row 5)",
    ),
    (
        "figures-unknown-kind",
        lambda r: edit(r, QT_FIGURES, "\nfig04,theory,", "\nfig04,cartoon,"),
        f"{QT_FIGURES}, row 5, field 'kind'",
        "unknown kind 'cartoon'",
    ),
    (
        "figures-unknown-status",
        lambda r: edit(
            r,
            f"{MT}/figures.csv",
            "\nfig01,schematic,none (MD),reproduced,",
            "\nfig01,schematic,none (MD),todo,",
        ),
        f"{MT}/figures.csv, row 2, field 'status'",
        "unknown status 'todo'",
    ),
    # digitized series
    (
        "digitized-unknown-model",
        lambda r: series(r, "fig07a_bas", extra="model: cbar Pyrex 0.60\n"),
        f"{DIG}/fig07a_bas.yaml, row 8, field 'model'",
        "is not a Fig. 7 model",
    ),
    (
        "digitized-temperature-without-row",
        lambda r: series(r, "fig07a_bas", extra="model: cbar BAS 0.70\n"),
        f"{DIG}/fig07a_bas.yaml, row 8, field 'model'",
        "no row at 0.7 K for BAS in table02",
    ),
    (
        "digitized-wrong-y-unit",
        lambda r: series(r, "fig07a_bas", y="1"),
        f"{DIG}/fig07a_bas.yaml, row 5, field 'y_unit'",
        "'1' is not a y unit of fig07a",
    ),
    (
        "digitized-wrong-x-unit",
        lambda r: series(r, "fig07a_bas", x="mT"),
        f"{DIG}/fig07a_bas.yaml, row 4, field 'x_unit'",
        "'mT' is not an x unit of fig07a",
    ),
    (
        "digitized-figure-differs-from-file-name",
        lambda r: series(r, "fig07a_bas", figure="fig07b"),
        f"{DIG}/fig07a_bas.yaml, row 2, field 'figure'",
        "'fig07b' differs from the file name's figure fig07a",
    ),
    (
        "digitized-file-name-without-figure",
        lambda r: series(r, "bas_060"),
        f"{DIG}/bas_060.csv, field 'file name'",
        "must start with the figure id",
    ),
    (
        "digitized-figure-not-in-ledger",
        lambda r: series(r, "fig99_bas", figure="fig99"),
        f"{DIG}/fig99_bas.csv, field 'file name'",
        "figure fig99 is not in data/raw/magnetic_tunneling/figures.csv",
    ),
    (
        "digitized-unknown-dielectric-model",
        lambda r: series(
            r, "fig08_bas", "fig08", y="1e-5", extra="model: ats_gain table05 AlBaSiO 50\n"
        ),
        f"{DIG}/fig08_bas.yaml, row 8, field 'model'",
        "is not a dielectric model",
    ),
    (
        "digitized-dielectric-without-row",
        lambda r: series(
            r, "fig08_bas", "fig08", y="1e-5", extra="model: ats_delta_epsilon table05 AlBaSiO 51\n"
        ),
        f"{DIG}/fig08_bas.yaml, row 8, field 'model'",
        "no unique row AlBaSiO 51 mK in table05",
    ),
    (
        "digitized-dielectric-wrong-y-unit",
        lambda r: series(r, "fig09_bas", "fig09", y="J/(g K)"),
        f"{DIG}/fig09_bas.yaml, row 5, field 'y_unit'",
        "is not a y unit of fig09 (dimensionless)",
    ),
    (
        "digitized-model-on-figure-without-fit",
        lambda r: series(r, "fig04_x", "fig04", extra="model: cbar BAS 0.60\n"),
        f"{DIG}/fig04_x.yaml, row 8, field 'model'",
        "no fit rule for magnetic_tunneling fig04",
    ),
    (
        "digitized-fit-figure-without-model",
        lambda r: series(r, "fig07b_duran", figure="fig07b"),
        f"{DIG}/fig07b_duran.yaml, field 'model'",
        "every series of fig07 is refitted",
    ),
    (
        "digitized-non-numeric-y",
        lambda r: series(r, "fig07a_bas", csv="x,y\n0.5,7.1\n1.0,abc\n"),
        f"{DIG}/fig07a_bas.csv, row 3, field 'y'",
        "'abc' is not a number",
    ),
    (
        "digitized-missing-sidecar-key",
        lambda r: (
            series(r, "fig07a_bas"),
            edit(r, f"{DIG}/fig07a_bas.yaml", "digitized_by: test\n", ""),
        ),
        f"{DIG}/fig07a_bas.yaml, field 'digitized_by'",
        "missing or empty",
    ),
    (
        "digitized-sidecar-without-csv",
        lambda r: (series(r, "fig07a_bas"), (r / f"{DIG}/fig07a_bas.csv").unlink()),
        f"{DIG}/fig07a_bas.yaml",
        "sidecar without fig07a_bas.csv",
    ),
    # encodings
    (
        "latin-1-byte-in-csv",
        lambda r: write_bytes(
            r, ED, "e Å corresponds".encode(), "e Å corresponds".encode("latin-1")
        ),
        f"{ED}, row 7, field 'statement'",
        "byte 0xc5 (column 12) is not UTF-8 (latin-1",
    ),
    (
        "latin-1-byte-in-yaml",
        lambda r: write_bytes(
            r, "config/materials.yaml", "3.5 Å".encode(), "3.5 Å".encode("latin-1")
        ),
        "config/materials.yaml, row 11",
        "is not UTF-8",
    ),
    (
        "utf8-bom-in-csv",
        lambda r: write_bytes(r, QT_FIGURES, b"id,kind", b"\xef\xbb\xbfid,kind"),
        f"{QT_FIGURES}, row 1, field 'id'",
        "starts with a UTF-8 byte-order mark (BOM",
    ),
    # paper registry and configurations
    (
        "paper-without-config-file",
        lambda r: (r / "data/raw/papers.csv").write_text(
            (r / "data/raw/papers.csv").read_text() + "newpaper,arXiv:0000.0000,Someone (2026)\n"
        ),
        "data/raw/papers.csv, row 7, field 'key'",
        "paper 'newpaper' has no config/papers/newpaper.yaml",
    ),
    (
        "yaml-syntax-error-paper-config",
        lambda r: edit(r, "config/papers/quantum_theory.yaml", "[-8.0, 50.0]", "[-8.0, 50.0"),
        f"config/papers/quantum_theory.yaml, row {QT_RANGE_ROW}, field 'energy_range'",
        "not valid YAML",
    ),
    (
        "yaml-syntax-error-materials",
        lambda r: edit(r, "config/materials.yaml", "  T_D_K: 342.0", " T_D_K: 342.0"),
        "config/materials.yaml, row 10",
        "not valid YAML",
    ),
    (
        "reversed-config-range",
        lambda r: edit(r, "config/papers/quantum_theory.yaml", "[-8.0, 50.0]", "[50.0, -8.0]"),
        f"config/papers/quantum_theory.yaml, row {QT_RANGE_ROW}, field 'fig03.energy_range'",
        "range [50.0, -8.0] is reversed",
    ),
    (
        "negative-temperature-in-config",
        lambda r: edit(
            r, "config/papers/electrodynamics.yaml", "temperature_K: 1.0", "temperature_K: -1.0"
        ),
        "config/papers/electrodynamics.yaml, row 11, field 'generic.phonon_temperature_K'",
        "must be positive",
    ),
    (
        "unknown-key-in-paper-config",
        lambda r: edit(
            r,
            "config/papers/electrodynamics.yaml",
            "  phonon_temperature_K",
            "  phonon_temp_K: 1.0\n  phonon_temperature_K",
        ),
        "config/papers/electrodynamics.yaml, row 11, field 'generic.phonon_temp_K'",
        "unknown key",
    ),
    (
        "path-escaping-the-repository",
        lambda r: edit(
            r,
            "config/papers/magnetic_tunneling.yaml",
            "tunneling: table02",
            "tunneling: ../../../../etc/passwd",
        ),
        "config/papers/magnetic_tunneling.yaml, row 14, field 'glasses.BAS.tunneling'",
        "points outside the repository",
    ),
    (
        "link-leading-out-of-the-repository",
        lambda r: os.symlink("/etc/hostname", r / f"{MT}/tables/table99.csv"),
        f"{MT}/tables/table99.csv",
        "leads outside the repository",
    ),
]


@pytest.mark.parametrize("name,change,where,words", CASES, ids=[c[0] for c in CASES])
def test_malformed_input_is_named(inputs, name, change, where, words):
    last = (inputs / ED).read_text(encoding="utf-8").splitlines()[-1].split(",")[0]
    change(inputs)
    if name == "function-without-claim":
        where = "{}, row {}, field '{}'".format(
            *registered_claims("electrodynamics", inputs)[last], last
        )
        words = words.format(last=last)
    with pytest.raises(InputError) as error:
        validate_repository(inputs)
    message = str(error.value)
    assert "\n" not in message
    assert message.startswith(where + ":") or message.startswith(where + ","), message
    assert words in message, message


def test_command_line_values_are_checked_too(inputs):
    config = load_yaml(inputs / "config/config.yaml")
    config["magnetic_tunneling"] = {"fig07": {"data_source": "/etc/passwd"}}
    with pytest.raises(
        InputError,
        match=rf"magnetic_tunneling.yaml, row {MT_SOURCE_ROW}, "
        r"field 'fig07.data_source': .* outside",
    ):
        validate_repository(inputs, config)


def test_at_least_forty_malformed_inputs():
    assert len(CASES) >= 40


def test_the_repository_is_valid():
    papers, config = validate_repository(REPO)
    assert list(papers)[:2] == ["electrodynamics", "quantum_theory"]
    assert config["magnetic_tunneling"]["glasses"]["BAS"]["tunneling"] == "table02"


def test_static_registry_matches_the_imported_one():
    from coldglass.ledger import load_registry

    for key in PAPER_KEYS:
        assert set(registered_claims(key, REPO)) == set(load_registry(key).functions)


def test_registry_is_read_without_importing_the_claims():
    """Every registration is read from the syntax tree: the claims modules (and the physics
    they import, about a second) stay out of each start of Snakemake."""
    code = (
        "import sys; from coldglass.validate import registered_claims\n"
        f"for key in {PAPER_KEYS!r}: registered_claims(key, {str(REPO)!r})\n"
        "print(sorted(m for m in sys.modules if m.startswith('coldglass.claims.')))"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "[]"


def test_dielectric_models_are_the_library_s():
    from coldglass import dielectric, digitized

    assert set(digitized.DIELECTRIC_MODELS) == set(dielectric.FIT_MODELS)


def test_validation_is_fast():
    import time

    validate_repository(REPO)
    start = time.perf_counter()
    validate_repository(REPO)
    assert time.perf_counter() - start < 1.0


END_TO_END = [
    (
        "config/config.yaml",
        "quick: false",
        "quick: [false",
        "config/config.yaml, row 3, field 'quick': not valid YAML",
    ),
    (
        ED,
        ",5..6,a,range,",
        ",6..5,a,range,",
        f"{ED}, row 4, field 'printed_value': range '6..5' is reversed",
    ),
    (
        "config/materials.yaml",
        "eps_1T: 4.58",
        "eps_1T: -4.58",
        "config/materials.yaml, row 18, field 'alpha_quartz.eps_1T'",
    ),
]


def error_lines(result):
    """Non-empty stderr lines, without Snakemake's own note on the profile it loaded."""
    return [
        x
        for x in result.stderr.splitlines()
        if x.strip() and not x.startswith("Using workflow specific profile")
    ]


@pytest.mark.parametrize("path,old,new,line", END_TO_END, ids=[e[0] for e in END_TO_END])
def test_snakemake_prints_one_line(repo_copy, path, old, new, line):
    edit(repo_copy, path, old, new)
    result = run_snakemake(repo_copy, "-n", "--cores", "1")
    errors = error_lines(result)
    assert result.returncode != 0
    assert len(errors) == 1 and errors[0].startswith(f"coldglass: input error: {line}"), errors
    assert "Traceback" not in result.stdout + result.stderr


@pytest.mark.parametrize("kind", ["latin-1", "bom"])
def test_snakemake_names_the_encoding(repo_copy, kind):
    path = Path(repo_copy / ED)
    data = path.read_bytes()
    if kind == "bom":
        path.write_bytes(b"\xef\xbb\xbf" + data)
        expected = f"{ED}, row 1, field 'claim_id': starts with a UTF-8 byte-order mark"
    else:
        path.write_bytes(data.replace("Å".encode(), "Å".encode("latin-1"), 1))
        expected = f"{ED}, row 7, field 'statement': byte 0xc5"
    result = run_snakemake(repo_copy, "-n", "--cores", "1")
    errors = error_lines(result)
    assert result.returncode != 0
    assert len(errors) == 1 and errors[0].startswith(f"coldglass: input error: {expected}"), errors


def test_plots_convert_with_the_declared_units(inputs):
    """plotting.draw_digitized uses coldglass.digitized's units of the figure."""
    from types import SimpleNamespace

    import matplotlib.pyplot as plt

    from coldglass import plotting

    series(inputs, "fig07a_bas", y="mJ/(g K)", csv="x,y\n0.5,7.0\n")
    job = SimpleNamespace(
        input=SimpleNamespace(digitized=[str(inputs / DIG / "fig07a_bas.csv")]),
        wildcards=SimpleNamespace(key="magnetic_tunneling"),
    )
    fig, ax = plt.subplots()
    assert len(plotting.draw_digitized(ax, job)) == 1
    assert ax.lines[0].get_ydata()[0] == pytest.approx(7.0e-3)
    series(inputs, "fig07a_bas", y="K")
    with pytest.raises(InputError, match="y_unit"):
        plotting.draw_digitized(ax, job)
    plt.close(fig)


def test_yaml_is_safe_loaded_everywhere():
    import re

    unsafe = re.compile(r"unsafe_load|full_load|FullLoader|UnsafeLoader|yaml\.Loader\b")
    plain_load = re.compile(r"yaml\.load\((?![^)]*Safe)")
    offenders = []
    for folder in ("src", "scripts", "workflow", "benchmarks", "tests"):
        for path in (REPO / folder).rglob("*"):
            if path.suffix not in (".py", ".smk") or path.name == "test_validate.py":
                continue
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if unsafe.search(line) or plain_load.search(line):
                    offenders.append(f"{path.relative_to(REPO)}:{number}")
    assert not offenders, offenders
