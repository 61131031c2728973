# Paper `magnetic_tunneling` (seed ../shared/seeds/003_9a4df0a98ca5c9f7.txt).
# Its rules are added here and in workflow/rules/magnetic_tunneling/*.smk.
# This module: ATS spectrum and density of states (Figs. 4-6), heat capacity (Fig. 7 and its
# fit rule), schematics (Figs. 2, 3), Tables 1-7, and the claims inputs. The dielectric part
# (Figs. 8-11) is in workflow/rules/magnetic_tunneling/dielectric.smk.

for _part in part_files("magnetic_tunneling"):

    include: _part


MT = "magnetic_tunneling"
MT_TABLE_IDS = [f"table{i:02d}" for i in range(1, 8)]
MT_RAW_TABLES = "data/raw/magnetic_tunneling/tables"
MT_DIGITIZED_DIR = config[MT]["fig07"]["digitized_dir"]


def mt_fig07_digitized():
    """Digitized Fig. 7 series present (data/raw/magnetic_tunneling/digitized/fig07*.csv)."""
    if not Path(MT_DIGITIZED_DIR).is_dir():
        return []
    return sorted(p.stem for p in Path(MT_DIGITIZED_DIR).glob("fig07*.csv"))


# The claims read the transcribed tables: declare them so the ledger reruns when they change.
CLAIM_INPUTS[MT].update({f"raw_{t}": f"{MT_RAW_TABLES}/{t}.csv" for t in MT_TABLE_IDS})


rule magnetic_tunneling_tables:
    input:
        csv=expand(f"{MT_RAW_TABLES}/{{t}}.csv", t=MT_TABLE_IDS),
        yaml=expand(f"{MT_RAW_TABLES}/{{t}}.yaml", t=MT_TABLE_IDS),
    output:
        csv=expand(f"results/{MT}/tables/{{t}}.csv", t=MT_TABLE_IDS),
        md=expand(f"results/{MT}/tables/{{t}}.md", t=MT_TABLE_IDS),
    params:
        paper_config=config[MT],
    log:
        logfile(MT, "tables"),
    benchmark:
        benchfile(MT, "tables")
    script:
        "../../scripts/magnetic_tunneling/tables.py"


rule magnetic_tunneling_ats_curves:
    """Figs. 4-6: exact spectrum (Eq. 8) and density of states (Eq. 13)."""
    output:
        fig04=data_file(MT, "fig04"),
        fig05=data_file(MT, "fig05"),
        fig06=data_file(MT, "fig06"),
    params:
        fig04=config[MT]["fig04"],
        fig05=config[MT]["fig05"],
        fig06=config[MT]["fig06"],
        quick=config["quick"],
    log:
        logfile(MT, "ats_curves"),
    benchmark:
        benchfile(MT, "ats_curves")
    script:
        "../../scripts/magnetic_tunneling/ats_curves.py"


rule magnetic_tunneling_fig07_curves:
    """Fig. 7: C-bar(B) = C(B) - C(8 T) for the rows of Tables 1-4 (Eqs. 16, 18-20)."""
    input:
        tables=expand(f"{MT_RAW_TABLES}/{{t}}.csv", t=["table01", "table02", "table03", "table04"]),
    output:
        data_file(MT, "fig07"),
    params:
        paper_config=config[MT],
        quick=config["quick"],
    log:
        logfile(MT, "fig07_curves"),
    benchmark:
        benchfile(MT, "fig07_curves")
    script:
        "../../scripts/magnetic_tunneling/fig07_curves.py"


rule magnetic_tunneling_schematics:
    """Figs. 2, 3: model potentials (stated in the captions) and the cellular cartoon."""
    output:
        fig02=data_file(MT, "fig02"),
        fig03=data_file(MT, "fig03"),
    params:
        seed=config["seed"],
        quick=config["quick"],
    log:
        logfile(MT, "schematics"),
    benchmark:
        benchfile(MT, "schematics")
    script:
        "../../scripts/magnetic_tunneling/schematics.py"


rule magnetic_tunneling_fig02:
    input:
        data_file(MT, "fig02"),
    output:
        pdf=figure_pdf(MT, "fig02"),
        png=report(
            figure_png(MT, "fig02"),
            caption=caption(MT, "fig02"),
            category=MT,
            subcategory="Figures",
        ),
    log:
        logfile(MT, "fig02"),
    benchmark:
        benchfile(MT, "fig02")
    script:
        "../../scripts/magnetic_tunneling/fig02.py"


rule magnetic_tunneling_fig03:
    input:
        data_file(MT, "fig03"),
    output:
        pdf=figure_pdf(MT, "fig03"),
        png=report(
            figure_png(MT, "fig03"),
            caption=caption(MT, "fig03"),
            category=MT,
            subcategory="Figures",
        ),
    log:
        logfile(MT, "fig03"),
    benchmark:
        benchfile(MT, "fig03")
    script:
        "../../scripts/magnetic_tunneling/fig03.py"


rule magnetic_tunneling_fig04:
    input:
        data_file(MT, "fig04"),
    output:
        pdf=figure_pdf(MT, "fig04"),
        png=report(
            figure_png(MT, "fig04"),
            caption=caption(MT, "fig04"),
            category=MT,
            subcategory="Figures",
        ),
    log:
        logfile(MT, "fig04"),
    benchmark:
        benchfile(MT, "fig04")
    script:
        "../../scripts/magnetic_tunneling/fig04.py"


rule magnetic_tunneling_fig05:
    input:
        data_file(MT, "fig05"),
    output:
        pdf=figure_pdf(MT, "fig05"),
        png=report(
            figure_png(MT, "fig05"),
            caption=caption(MT, "fig05"),
            category=MT,
            subcategory="Figures",
        ),
    log:
        logfile(MT, "fig05"),
    benchmark:
        benchfile(MT, "fig05")
    script:
        "../../scripts/magnetic_tunneling/fig05.py"


rule magnetic_tunneling_fig06:
    input:
        data_file(MT, "fig06"),
    output:
        pdf=figure_pdf(MT, "fig06"),
        png=report(
            figure_png(MT, "fig06"),
            caption=caption(MT, "fig06"),
            category=MT,
            subcategory="Figures",
        ),
    log:
        logfile(MT, "fig06"),
    benchmark:
        benchfile(MT, "fig06")
    script:
        "../../scripts/magnetic_tunneling/fig06.py"


rule magnetic_tunneling_fig07:
    input:
        curves=data_file(MT, "fig07"),
        digitized=[f"{MT_DIGITIZED_DIR}/{n}.csv" for n in mt_fig07_digitized()],
        sidecars=[f"{MT_DIGITIZED_DIR}/{n}.yaml" for n in mt_fig07_digitized()],
    output:
        pdf=figure_pdf(MT, "fig07"),
        png=report(
            figure_png(MT, "fig07"),
            caption=caption(MT, "fig07"),
            category=MT,
            subcategory="Figures",
        ),
    params:
        source=config[MT]["fig07"]["data_source"],
    log:
        logfile(MT, "fig07"),
    benchmark:
        benchfile(MT, "fig07")
    script:
        "../../scripts/magnetic_tunneling/fig07.py"


rule magnetic_tunneling_fit_fig07:
    """Refit the per-temperature ATS parameters to a digitized Fig. 7 series."""
    input:
        csv=f"{MT_DIGITIZED_DIR}/{{name}}.csv",
        sidecar=f"{MT_DIGITIZED_DIR}/{{name}}.yaml",
        tables=expand(f"{MT_RAW_TABLES}/{{t}}.csv", t=["table01", "table02", "table03", "table04"]),
    output:
        f"results/{MT}/fits/{{name}}.csv",
    wildcard_constraints:
        name="fig07[^/]*",
    params:
        paper_config=config[MT],
    log:
        logfile(MT, "fit_{name}"),
    benchmark:
        benchfile(MT, "fit_{name}")
    script:
        "../../scripts/magnetic_tunneling/fit_fig07.py"


PAPER_TARGETS[MT] += (
    [figure_pdf(MT, f) for f in ("fig02", "fig03", "fig04", "fig05", "fig06", "fig07")]
    + [figure_png(MT, f) for f in ("fig02", "fig03", "fig04", "fig05", "fig06", "fig07")]
    + expand(f"results/{MT}/tables/{{t}}.{{ext}}", t=MT_TABLE_IDS, ext=["csv", "md"])
    + [f"results/{MT}/fits/{n}.csv" for n in mt_fig07_digitized()]
)


rule magnetic_tunneling:
    input:
        paper_target("magnetic_tunneling"),
