# Paper `quantum_theory` (arXiv:cond-mat/0506708).
# Its rules are added here and in workflow/rules/quantum_theory/*.smk.

for _part in part_files("quantum_theory"):

    include: _part


rule quantum_theory:
    input:
        paper_target("quantum_theory"),


QT_FIGS = {  # figure -> physics computed by its data rule (parameters: config section figNN)
    "fig01": "kinetic thermal conductivity lines (l.59)",
    "fig02": "free energy vs Einstein force constant near T_A (labelled toy model)",
    "fig03": "local library of states, Eq. (9)",
    "fig04": "droplet free-energy profile, Eq. (6)",
    "fig05": "kinetic vs thermodynamic fragility (identity, l.219)",
    "fig06": "stretching exponent vs fragility (l.195)",
    "fig07": "vanilla-RFOT viscosity and length scales (l.204-213)",
    "fig08": "m = 19/x_NMT (l.219)",
    "fig09": "tunnelling centre geometry (N*, N^ddagger, d_L)",
    "fig10": "tunnelling barrier vs droplet size, Eqs. (11)-(14)",
    "fig11": "time-dependent TLS heat capacity, Eq. (27)",
}


rule quantum_theory_data:
    output:
        data_file("quantum_theory", "{qtfig}"),
    log:
        logfile("quantum_theory", "{qtfig}_data"),
    benchmark:
        benchfile("quantum_theory", "{qtfig}_data")
    wildcard_constraints:
        qtfig="|".join(QT_FIGS),
    conda:
        CONDA_ENV
    params:
        section=lambda wildcards: config["quantum_theory"][wildcards.qtfig],
        quick=config["quick"],
        seed=config["seed"],
    script:
        "../../scripts/quantum_theory/{wildcards.qtfig}_data.py"


PAPER_TARGETS["quantum_theory"] += figure_files("quantum_theory", QT_FIGS)

#: Every figure's data, for the figure statements of the claims ledger.
CLAIM_INPUTS["quantum_theory"].update({fig: data_file("quantum_theory", fig) for fig in QT_FIGS})


# Refit l_mfp/lambda to a digitized kappa(T) series of Fig. 1 (model "mfp_ratio [t_lo t_hi]").
rule quantum_theory_fit_fig01:
    input:
        csv="data/raw/quantum_theory/digitized/{name}.csv",
        sidecar="data/raw/quantum_theory/digitized/{name}.yaml",
    output:
        "results/quantum_theory/fits/{name}.csv",
    log:
        logfile("quantum_theory", "fit_{name}"),
    benchmark:
        benchfile("quantum_theory", "fit_{name}")
    wildcard_constraints:
        name=r"fig01[^/]*",
    conda:
        CONDA_ENV
    params:
        wavelength=config["quantum_theory"]["fig01"]["wavelength"],
        paper_values=config["quantum_theory"]["fig01"]["mfp_over_wavelength"],
    script:
        "../../scripts/quantum_theory/fit_fig01.py"


PAPER_TARGETS["quantum_theory"] += [
    f"results/quantum_theory/fits/{name}.csv"
    for name in digitized_series("quantum_theory", "fig01")
]
