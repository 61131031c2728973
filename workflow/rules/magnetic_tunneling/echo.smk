# magnetic_tunneling, polarization echo (Sec. 6: Figs. 12-20, Tables 8-9). Included by
# workflow/rules/magnetic_tunneling.smk (every workflow/rules/magnetic_tunneling/*.smk).

MT_ECHO_PARAMETERS = "data/raw/magnetic_tunneling/echo_parameters.yaml"
MT_ECHO_TABLE_IDS = ["table08", "table09"]
MT_ECHO_HEAVY = ["fig16", "fig17"]
MT_ECHO_LIGHT = ["fig12", "fig13", "fig14", "fig15", "fig18", "fig19", "fig20"]
MT_ECHO_FIGS = sorted(MT_ECHO_HEAVY + MT_ECHO_LIGHT)
CLAIM_INPUTS[MT]["echo_parameters"] = MT_ECHO_PARAMETERS
CLAIM_INPUTS[MT].update({f"raw_{t}": f"{MT_TABLES}/{t}.csv" for t in MT_ECHO_TABLE_IDS})
CLAIM_INPUTS[MT].update({fig: data_file(MT, fig) for fig in MT_ECHO_FIGS})


# Tables 8-9 re-rendered by the same script as Tables 1-7.
rule magnetic_tunneling_echo_tables:
    input:
        csv=expand(f"{MT_TABLES}/{{t}}.csv", t=MT_ECHO_TABLE_IDS),
        yaml=expand(f"{MT_TABLES}/{{t}}.yaml", t=MT_ECHO_TABLE_IDS),
    output:
        csv=expand(f"results/{MT}/tables/{{t}}.csv", t=MT_ECHO_TABLE_IDS),
        md=expand(f"results/{MT}/tables/{{t}}.md", t=MT_ECHO_TABLE_IDS),
    log:
        logfile(MT, "echo_tables"),
    benchmark:
        benchfile(MT, "echo_tables")
    conda:
        CONDA_ENV
    params:
        paper_config=config[MT],
    script:
        "../../../scripts/magnetic_tunneling/tables.py"


# Figs. 16-17: Eq. (76) with the Table 8 rows, orientation-averaged (numba kernel).
rule magnetic_tunneling_echo_curves:
    input:
        parameters=MT_ECHO_PARAMETERS,
        table08=f"{MT_TABLES}/table08.csv",
        fits=[
            f"results/{MT}/fits/{name}.csv"
            for fig in MT_ECHO_HEAVY
            for name in digitized_series(MT, fig)
        ],
    output:
        fig16=data_file(MT, "fig16"),
        fig17=data_file(MT, "fig17"),
    log:
        logfile(MT, "echo_curves"),
    benchmark:
        benchfile(MT, "echo_curves")
    conda:
        CONDA_ENV
    params:
        quick=config["quick"],
    script:
        "../../../scripts/magnetic_tunneling/echo_curves.py"


# Figs. 12-15, 18-20: schematic, data-only figures, glycerol (Eqs. 13, 81, 86-88).
rule magnetic_tunneling_echo_panels:
    input:
        parameters=MT_ECHO_PARAMETERS,
    output:
        **{fig: data_file(MT, fig) for fig in MT_ECHO_LIGHT},
    log:
        logfile(MT, "echo_panels"),
    benchmark:
        benchfile(MT, "echo_panels")
    conda:
        CONDA_ENV
    params:
        quick=config["quick"],
    script:
        "../../../scripts/magnetic_tunneling/echo_panels.py"


# Refit A_2LS, the scale and tan(omega Delta tau) to a digitized Fig. 16/17 series.
rule magnetic_tunneling_fit_echo:
    input:
        csv=f"{MT_DIGITIZED}/{{name}}.csv",
        sidecar=f"{MT_DIGITIZED}/{{name}}.yaml",
        parameters=MT_ECHO_PARAMETERS,
        table08=f"{MT_TABLES}/table08.csv",
    output:
        f"results/{MT}/fits/{{name}}.csv",
    log:
        logfile(MT, "fit_{name}"),
    benchmark:
        benchfile(MT, "fit_{name}")
    wildcard_constraints:
        name="fig(16|17)[^/]*",
    conda:
        CONDA_ENV
    script:
        "../../../scripts/magnetic_tunneling/fit_echo.py"


PAPER_TARGETS[MT] += figure_files(MT, MT_ECHO_FIGS) + expand(
    f"results/{MT}/tables/{{t}}.{{ext}}", t=MT_ECHO_TABLE_IDS, ext=["csv", "md"]
)
