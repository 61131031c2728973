# magnetic_tunneling, Secs. 7-9: SQUID magnetization (Figs. 21, 22, 24, 25), the Duran heat
# capacity contributions (Fig. 23), the tunnelling-parameter map and the toy PEL (Figs. 26,
# 27), the MD picture of dynamical heterogeneity (Fig. 1) and Tables 10-14. Included by
# workflow/rules/magnetic_tunneling.smk.

MT_MAG_TABLE_IDS = [f"table{i}" for i in range(10, 15)]
MT_MAG_FIGS = ["fig01"] + [f"fig{i}" for i in range(21, 28)]
MT_MAG_FITS = [name for fig in ("fig21", "fig22", "fig25") for name in digitized_series(MT, fig)]
CLAIM_INPUTS[MT].update({f"raw_{t}": f"{MT_TABLES}/{t}.csv" for t in MT_MAG_TABLE_IDS})
CLAIM_INPUTS[MT].update({fig: data_file(MT, fig) for fig in MT_MAG_FIGS})


rule magnetic_tunneling_tables_magnetization:
    input:
        csv=expand(f"{MT_TABLES}/{{t}}.csv", t=MT_MAG_TABLE_IDS),
        yaml=expand(f"{MT_TABLES}/{{t}}.yaml", t=MT_MAG_TABLE_IDS),
    output:
        csv=expand(f"results/{MT}/tables/{{t}}.csv", t=MT_MAG_TABLE_IDS),
        md=expand(f"results/{MT}/tables/{{t}}.md", t=MT_MAG_TABLE_IDS),
    log:
        logfile(MT, "tables_magnetization"),
    benchmark:
        benchfile(MT, "tables_magnetization")
    conda:
        CONDA_ENV
    params:
        paper_config=config[MT],
    script:
        "../../../scripts/magnetic_tunneling/tables.py"


# Figs. 21-25: Eqs. (90)-(97) with Tables 10, 11, 14; Eqs. (16), (18) with Tables 3, 4.
rule magnetic_tunneling_magnetization_curves:
    input:
        tables=expand(
            f"{MT_TABLES}/{{t}}.csv",
            t=["table03", "table04", "table10", "table11", "table14"],
        ),
        fits=[f"results/{MT}/fits/{name}.csv" for name in MT_MAG_FITS],
    output:
        fig21=data_file(MT, "fig21"),
        fig22=data_file(MT, "fig22"),
        fig23=data_file(MT, "fig23"),
        fig24=data_file(MT, "fig24"),
        fig25=data_file(MT, "fig25"),
    log:
        logfile(MT, "magnetization_curves"),
    benchmark:
        benchfile(MT, "magnetization_curves")
    conda:
        CONDA_ENV
    params:
        paper_config=config[MT],
        quick=config["quick"],
    script:
        "../../../scripts/magnetic_tunneling/magnetization_curves.py"


# Figs. 26, 27: Eq. (4) and the toy potential-energy landscape.
rule magnetic_tunneling_landscape:
    output:
        fig26=data_file(MT, "fig26"),
        fig27=data_file(MT, "fig27"),
    log:
        logfile(MT, "landscape"),
    benchmark:
        benchfile(MT, "landscape")
    conda:
        CONDA_ENV
    params:
        paper_config=config[MT],
        quick=config["quick"],
    script:
        "../../../scripts/magnetic_tunneling/landscape_curves.py"


# Fig. 1: a fresh MD run of the 780-disk soft-disk liquid (numba), relaxation-time map.
rule magnetic_tunneling_md:
    output:
        data_file(MT, "fig01"),
    log:
        logfile(MT, "md"),
    benchmark:
        benchfile(MT, "md")
    conda:
        CONDA_ENV
    params:
        paper_config=config[MT],
        quick=config["quick"],
        seed=config["seed"],
    script:
        "../../../scripts/magnetic_tunneling/md_heterogeneity.py"


# Refit a digitized M(T) series of Figs. 21, 22, 25 (model "magnetization <glass> <B_T>").
rule magnetic_tunneling_fit_magnetization:
    input:
        csv=f"{MT_DIGITIZED}/{{name}}.csv",
        sidecar=f"{MT_DIGITIZED}/{{name}}.yaml",
        tables=expand(f"{MT_TABLES}/{{t}}.csv", t=["table10", "table11", "table14"]),
    output:
        f"results/{MT}/fits/{{name}}.csv",
    log:
        logfile(MT, "fit_{name}"),
    benchmark:
        benchfile(MT, "fit_{name}")
    wildcard_constraints:
        name="fig(21|22|25)[^/]*",
    conda:
        CONDA_ENV
    params:
        paper_config=config[MT],
    script:
        "../../../scripts/magnetic_tunneling/fit_magnetization.py"


PAPER_TARGETS[MT] += (
    figure_files(MT, MT_MAG_FIGS)
    + expand(f"results/{MT}/tables/{{t}}.{{ext}}", t=MT_MAG_TABLE_IDS, ext=["csv", "md"])
    + [f"results/{MT}/fits/{name}.csv" for name in MT_MAG_FITS]
)
