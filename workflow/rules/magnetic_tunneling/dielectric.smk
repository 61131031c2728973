# magnetic_tunneling, dielectric part (Secs. 5.2-5.3, Figs. 8-11 and the fits of digitized
# series). Included by workflow/rules/magnetic_tunneling.smk.

MT_DIELECTRIC_PARAMETERS = "data/raw/magnetic_tunneling/dielectric_parameters.yaml"
MT_DIELECTRIC_FIGS = ["fig08", "fig09", "fig10", "fig11"]
CLAIM_INPUTS[MT]["dielectric_parameters"] = MT_DIELECTRIC_PARAMETERS


rule magnetic_tunneling_dielectric_curves:
    input:
        parameters=MT_DIELECTRIC_PARAMETERS,
        table05=f"{MT_TABLES}/table05.csv",
        table06=f"{MT_TABLES}/table06.csv",
        table07=f"{MT_TABLES}/table07.csv",
    output:
        fig08=data_file(MT, "fig08"),
        fig09=data_file(MT, "fig09"),
        fig10=data_file(MT, "fig10"),
        fig11=data_file(MT, "fig11"),
    log:
        logfile(MT, "dielectric_curves"),
    benchmark:
        benchfile(MT, "dielectric_curves")
    conda:
        CONDA_ENV
    params:
        quick=config["quick"],
    script:
        "../../../scripts/magnetic_tunneling/dielectric_curves.py"


# Refit every digitized series data/raw/magnetic_tunneling/digitized/<name>.csv.
rule magnetic_tunneling_fit_digitized:
    input:
        csv=f"{MT_DIGITIZED}/{{name}}.csv",
        sidecar=f"{MT_DIGITIZED}/{{name}}.yaml",
        parameters=MT_DIELECTRIC_PARAMETERS,
        table05=f"{MT_TABLES}/table05.csv",
        table06=f"{MT_TABLES}/table06.csv",
        table07=f"{MT_TABLES}/table07.csv",
    output:
        "results/magnetic_tunneling/fits/{name}.csv",
    log:
        logfile(MT, "fit_{name}"),
    benchmark:
        benchfile(MT, "fit_{name}")
    wildcard_constraints:
        name="fig(08|09|10|11)[^/]*",
    conda:
        CONDA_ENV
    script:
        "../../../scripts/magnetic_tunneling/fit_digitized.py"


PAPER_TARGETS[MT] += figure_files(MT, MT_DIELECTRIC_FIGS) + [
    f"results/{MT}/fits/{name}.csv"
    for fig in MT_DIELECTRIC_FIGS
    for name in digitized_series(MT, fig)
]
