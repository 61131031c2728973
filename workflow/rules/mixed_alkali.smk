# Paper `mixed_alkali` (Jug & Paliienko 2013, arXiv:1301.7233). Its rules are added here and
# in workflow/rules/mixed_alkali/*.smk. Equations and Tables 1-2 are lost from the text: the
# model is the zero-field form of magnetic_tunneling's (coldglass.two_species).

MA = "mixed_alkali"

for _part in part_files(MA):

    include: _part


# Figs. 7-9: the relative dielectric constant vs T (Eqs. 8, 14, 15); Fig. 10: its prefactors
# vs x (the composition laws of Eq. 20).
rule mixed_alkali_dielectric:
    input:
        table05="data/raw/magnetic_tunneling/tables/table05.csv",
    output:
        fig07=data_file(MA, "fig07"),
        fig08=data_file(MA, "fig08"),
        fig09=data_file(MA, "fig09"),
        fig10=data_file(MA, "fig10"),
    log:
        logfile(MA, "dielectric"),
    benchmark:
        benchfile(MA, "dielectric")
    conda:
        CONDA_ENV
    params:
        cfg=config[MA]["dielectric"],
        quick=config["quick"],
    script:
        "../../scripts/mixed_alkali/dielectric_curves.py"


# Fig. 12: C_p(T) (Eqs. 21, 26, 30, 31); Fig. 13: its prefactors vs x (laws of Sec. 4, with
# the kappa of the dielectric fits: "the very same value", Sec. 4).
rule mixed_alkali_heat_capacity:
    output:
        fig12=data_file(MA, "fig12"),
        fig13=data_file(MA, "fig13"),
    log:
        logfile(MA, "heat_capacity"),
    benchmark:
        benchfile(MA, "heat_capacity")
    conda:
        CONDA_ENV
    params:
        cfg=config[MA]["heat_capacity"],
        kappa=config[MA]["dielectric"]["fig08_kappa"],
        quick=config["quick"],
    script:
        "../../scripts/mixed_alkali/heat_capacity_curves.py"


# Figs. 5 and 14: 3LS and square 4LS spectra vs the A-B phase.
rule mixed_alkali_spectra:
    output:
        fig05=data_file(MA, "fig05"),
        fig14=data_file(MA, "fig14"),
    log:
        logfile(MA, "spectra"),
    benchmark:
        benchfile(MA, "spectra")
    conda:
        CONDA_ENV
    params:
        cfg=config[MA]["spectra"],
        quick=config["quick"],
    script:
        "../../scripts/mixed_alkali/spectra.py"


# Fig. 11 and Eq. (20): percolation clusters, D, D_s, nu.
rule mixed_alkali_percolation:
    output:
        data_file(MA, "fig11"),
    log:
        logfile(MA, "percolation"),
    benchmark:
        benchfile(MA, "percolation")
    conda:
        CONDA_ENV
    params:
        cfg=config[MA]["percolation"],
        seed=config["seed"],
        quick=config["quick"],
    script:
        "../../scripts/mixed_alkali/percolation.py"


# Figs. 1-4, 6, 15: schematics (landscape chart, cartoons, model potential, cluster).
rule mixed_alkali_schematics:
    output:
        fig01=data_file(MA, "fig01"),
        fig02=data_file(MA, "fig02"),
        fig03=data_file(MA, "fig03"),
        fig04=data_file(MA, "fig04"),
        fig06=data_file(MA, "fig06"),
        fig15=data_file(MA, "fig15"),
    log:
        logfile(MA, "schematics"),
    benchmark:
        benchfile(MA, "schematics")
    conda:
        CONDA_ENV
    params:
        seed=config["seed"],
        quick=config["quick"],
    script:
        "../../scripts/mixed_alkali/schematics.py"


# Refit a digitized series of Figs. 7-9, 12 (sidecar model "dielectric <f_Hz>" or
# "heat_capacity"): regenerates the rows of the lost Tables 1-2.
rule mixed_alkali_fit:
    input:
        csv="data/raw/mixed_alkali/digitized/{name}.csv",
        sidecar="data/raw/mixed_alkali/digitized/{name}.yaml",
    output:
        f"results/{MA}/fits/{{name}}.csv",
    log:
        logfile(MA, "fit_{name}"),
    benchmark:
        benchfile(MA, "fit_{name}")
    wildcard_constraints:
        name="fig(07|08|09|12)[^/]*",
    conda:
        CONDA_ENV
    params:
        paper_config=config[MA],
    script:
        "../../scripts/mixed_alkali/fit_digitized.py"


# Tables 1-2 regenerated from the fits above, when digitized series exist (the paper's
# numbers are lost: without series there is no table and the ledger says not_recoverable).
MA_FIT_TABLES = {
    "table01": (["fig07", "fig08", "fig09"], "Table 1: dielectric fit parameters, Eqs. (8) + (14)"),
    "table02": (["fig12"], "Table 2: heat-capacity fit parameters, Eq. (31)"),
}


rule mixed_alkali_fit_table:
    input:
        fits=lambda wildcards: [
            f"results/{MA}/fits/{name}.csv"
            for prefix in MA_FIT_TABLES[wildcards.table][0]
            for name in digitized_series(MA, prefix)
        ],
    output:
        csv=f"results/{MA}/tables/{{table}}.csv",
        md=f"results/{MA}/tables/{{table}}.md",
    log:
        logfile(MA, "fit_{table}"),
    benchmark:
        benchfile(MA, "fit_{table}")
    wildcard_constraints:
        table="table0[12]",
    conda:
        CONDA_ENV
    params:
        title=lambda wildcards: MA_FIT_TABLES[wildcards.table][1],
    script:
        "../../scripts/mixed_alkali/fit_tables.py"


CLAIM_INPUTS[MA].update(
    {
        f: data_file(MA, f)
        for f in [
            "fig04",
            "fig05",
            "fig07",
            "fig08",
            "fig09",
            "fig10",
            "fig11",
            "fig12",
            "fig13",
            "fig14",
            "fig15",
        ]
    }
)

PAPER_TARGETS[MA] += [
    f"results/{MA}/fits/{name}.csv"
    for prefix in ["fig07", "fig08", "fig09", "fig12"]
    for name in digitized_series(MA, prefix)
]
PAPER_TARGETS[MA] += [
    f"results/{MA}/tables/{table}.{ext}"
    for table, (prefixes, _) in MA_FIT_TABLES.items()
    if any(digitized_series(MA, prefix) for prefix in prefixes)
    for ext in ("csv", "md")
]
PAPER_TARGETS[MA] += figure_files(
    MA,
    [
        "fig01",
        "fig02",
        "fig03",
        "fig04",
        "fig05",
        "fig06",
        "fig07",
        "fig08",
        "fig09",
        "fig10",
        "fig11",
        "fig12",
        "fig13",
        "fig14",
        "fig15",
    ],
)


rule mixed_alkali:
    input:
        paper_target("mixed_alkali"),
