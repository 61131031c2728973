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
