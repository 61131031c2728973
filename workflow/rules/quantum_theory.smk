# Paper `quantum_theory` (seed ../shared/seeds/001_f0f1d8b79b002117.txt).
# Its rules are added here and in workflow/rules/quantum_theory/*.smk.

for _part in part_files("quantum_theory"):

    include: _part


rule quantum_theory:
    input:
        paper_target("quantum_theory"),


# --- Figs. 1, 4, 8, 10, 11 (lead worker); Figs. 2, 3, 5, 6, 7, 9 in quantum_theory/*.smk ---

QT_FIGS = {  # figure -> physics computed by its data rule
    "fig01": "kinetic thermal conductivity lines (l.59)",
    "fig04": "droplet free-energy profile, Eq. (6)",
    "fig08": "m = 19/x_NMT (l.219)",
    "fig10": "tunnelling barrier vs droplet size, Eqs. (11)-(14)",
    "fig11": "time-dependent TLS heat capacity, Eq. (27)",
}


rule quantum_theory_data:
    conda:
        CONDA_ENV
    output:
        data_file("quantum_theory", "{qtfig}"),
    wildcard_constraints:
        qtfig="|".join(QT_FIGS),
    params:
        section=lambda wildcards: config["quantum_theory"][wildcards.qtfig],
        quick=config["quick"],
        seed=config["seed"],
    log:
        logfile("quantum_theory", "{qtfig}_data"),
    benchmark:
        benchfile("quantum_theory", "{qtfig}_data")
    script:
        "../../scripts/quantum_theory/{wildcards.qtfig}_data.py"


PAPER_TARGETS["quantum_theory"] += figure_files("quantum_theory", QT_FIGS)
