# Paper `magnetic_tunneling` (Jug, Bonfanti & Kob 2015).
# Its rules are added here and in workflow/rules/magnetic_tunneling/*.smk.
# This module: ATS spectrum and density of states (Figs. 4-6), heat capacity (Fig. 7 and its
# fit rule), schematics (Figs. 2, 3), Tables 1-7, and the claims inputs. The dielectric part
# (Figs. 8-11) is in workflow/rules/magnetic_tunneling/dielectric.smk.

MT = "magnetic_tunneling"
MT_TABLE_IDS = [f"table{i:02d}" for i in range(1, 8)]
MT_TABLES = "data/raw/magnetic_tunneling/tables"
MT_DIGITIZED = "data/raw/magnetic_tunneling/digitized"


for _part in part_files(MT):

    include: _part


# The claims read the transcribed tables: declare them so the ledger reruns when they change.
CLAIM_INPUTS[MT].update({f"raw_{t}": f"{MT_TABLES}/{t}.csv" for t in MT_TABLE_IDS})
# Figure statements (claims F..) are checked on each figure's own data.
CLAIM_INPUTS[MT].update({f"fig{n:02d}": data_file(MT, f"fig{n:02d}") for n in range(2, 12)})


rule magnetic_tunneling_tables:
    input:
        csv=expand(f"{MT_TABLES}/{{t}}.csv", t=MT_TABLE_IDS),
        yaml=expand(f"{MT_TABLES}/{{t}}.yaml", t=MT_TABLE_IDS),
    output:
        csv=expand(f"results/{MT}/tables/{{t}}.csv", t=MT_TABLE_IDS),
        md=expand(f"results/{MT}/tables/{{t}}.md", t=MT_TABLE_IDS),
    log:
        logfile(MT, "tables"),
    benchmark:
        benchfile(MT, "tables")
    conda:
        CONDA_ENV
    params:
        paper_config=config[MT],
    script:
        "../../scripts/magnetic_tunneling/tables.py"


# Figs. 4-6: exact spectrum (Eq. 8) and density of states (Eq. 13).
rule magnetic_tunneling_ats_curves:
    output:
        fig04=data_file(MT, "fig04"),
        fig05=data_file(MT, "fig05"),
        fig06=data_file(MT, "fig06"),
    log:
        logfile(MT, "ats_curves"),
    benchmark:
        benchfile(MT, "ats_curves")
    conda:
        CONDA_ENV
    params:
        fig04=config[MT]["fig04"],
        fig05=config[MT]["fig05"],
        fig06=config[MT]["fig06"],
        quick=config["quick"],
    script:
        "../../scripts/magnetic_tunneling/ats_curves.py"


# Fig. 7: C-bar(B) = C(B) - C(infinity) for the rows of Tables 1-4 (Eqs. 16, 18-19), and the
# curves of the fits to any digitized Fig. 7 series.
rule magnetic_tunneling_fig07_curves:
    input:
        tables=expand(f"{MT_TABLES}/{{t}}.csv", t=["table01", "table02", "table03", "table04"]),
        fits=[f"results/{MT}/fits/{name}.csv" for name in digitized_series(MT, "fig07")],
    output:
        data_file(MT, "fig07"),
    log:
        logfile(MT, "fig07_curves"),
    benchmark:
        benchfile(MT, "fig07_curves")
    conda:
        CONDA_ENV
    params:
        paper_config=config[MT],
        quick=config["quick"],
    script:
        "../../scripts/magnetic_tunneling/fig07_curves.py"


# Figs. 2, 3: model potentials (stated in the captions) and the cellular cartoon.
rule magnetic_tunneling_schematics:
    output:
        fig02=data_file(MT, "fig02"),
        fig03=data_file(MT, "fig03"),
    log:
        logfile(MT, "schematics"),
    benchmark:
        benchfile(MT, "schematics")
    conda:
        CONDA_ENV
    params:
        seed=config["seed"],
        quick=config["quick"],
    script:
        "../../scripts/magnetic_tunneling/schematics.py"


# Refit the per-temperature ATS parameters to a digitized Fig. 7 series.
rule magnetic_tunneling_fit_fig07:
    input:
        csv=f"{MT_DIGITIZED}/{{name}}.csv",
        sidecar=f"{MT_DIGITIZED}/{{name}}.yaml",
        tables=expand(f"{MT_TABLES}/{{t}}.csv", t=["table01", "table02", "table03", "table04"]),
    output:
        f"results/{MT}/fits/{{name}}.csv",
    log:
        logfile(MT, "fit_{name}"),
    benchmark:
        benchfile(MT, "fit_{name}")
    wildcard_constraints:
        name="fig07[^/]*",
    conda:
        CONDA_ENV
    params:
        paper_config=config[MT],
    script:
        "../../scripts/magnetic_tunneling/fit_fig07.py"


PAPER_TARGETS[MT] += (
    figure_files(MT, ["fig02", "fig03", "fig04", "fig05", "fig06", "fig07"])
    + expand(f"results/{MT}/tables/{{t}}.{{ext}}", t=MT_TABLE_IDS, ext=["csv", "md"])
    + [f"results/{MT}/fits/{name}.csv" for name in digitized_series(MT, "fig07")]
)


rule magnetic_tunneling:
    input:
        paper_target("magnetic_tunneling"),
