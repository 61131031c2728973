# quantum_theory, Sec. IV (l.426-719): ripplons, the boson peak and the plateau, Figs. 12-20.
# Included by workflow/rules/quantum_theory.smk. Parameters: config sections fig12..fig20.

QT_RIPPLON_FIGS = {  # figure -> physics computed by its data rule
    "fig12": "domain wall distortion of shape mode l (schematic, l.470)",
    "fig13": "membrane eigenfrequency equation, Eq. (30), l = 2",
    "fig14": "tunnelling centre levels with the ripplon ladder, Eq. (33)",
    "fig15": "bump in C/T^3, Eqs. (34)-(36) and (55), plus Debye",
    "fig16": "integration contour of Eq. (38) through the saddle of Eq. (40)",
    "fig17": "ground-state scattering DOS and SDM error terms, Eqs. (37)-(41)",
    "fig18": "fourth-order SDM term of N_E(omega), Eqs. (44)-(47), coupled spectrum",
    "fig19": "kinetic kappa(T) with ripplon scattering, Eqs. (43), (48), (55)",
    "fig20": "kinetic kappa(T), simpler rho_exc = N_{alpha T}, Eqs. (42), (48), (55)",
}


rule quantum_theory_ripplon_data:
    output:
        data_file("quantum_theory", "{qtrip}"),
    log:
        logfile("quantum_theory", "{qtrip}_data"),
    benchmark:
        benchfile("quantum_theory", "{qtrip}_data")
    wildcard_constraints:
        qtrip="|".join(fig for fig in QT_RIPPLON_FIGS if fig not in ("fig19", "fig20")),
    conda:
        CONDA_ENV
    params:
        section=lambda wildcards: config["quantum_theory"][wildcards.qtrip],
        quick=config["quick"],
        seed=config["seed"],
    script:
        "../../../scripts/quantum_theory/{wildcards.qtrip}_data.py"


# Figs. 19 and 20: one script, the excited-state model and parameters from config figNN.
rule quantum_theory_kappa_data:
    output:
        data_file("quantum_theory", "{qtkappa}"),
    log:
        logfile("quantum_theory", "{qtkappa}_data"),
    benchmark:
        benchfile("quantum_theory", "{qtkappa}_data")
    wildcard_constraints:
        qtkappa="fig19|fig20",
    conda:
        CONDA_ENV
    params:
        section=lambda wildcards: config["quantum_theory"][wildcards.qtkappa],
        quick=config["quick"],
    script:
        "../../../scripts/quantum_theory/kappa_data.py"


PAPER_TARGETS["quantum_theory"] += figure_files("quantum_theory", QT_RIPPLON_FIGS)
CLAIM_INPUTS["quantum_theory"].update(
    {fig: data_file("quantum_theory", fig) for fig in QT_RIPPLON_FIGS}
)


# Fit a digitized series of Fig. 15, 19 or 20 to a theory curve of the figure by two scales
# (T_D and height; sidecar model "scales" or "scales <T_g/omega_D of the curve>").
rule quantum_theory_fit_ripplons:
    input:
        csv="data/raw/quantum_theory/digitized/{name}.csv",
        sidecar="data/raw/quantum_theory/digitized/{name}.yaml",
        data=lambda wildcards: data_file("quantum_theory", wildcards.name[:5]),
    output:
        "results/quantum_theory/fits/{name}.csv",
    log:
        logfile("quantum_theory", "fit_{name}"),
    benchmark:
        benchfile("quantum_theory", "fit_{name}")
    wildcard_constraints:
        name=r"fig(15|19|20)[^/]*",
    conda:
        CONDA_ENV
    script:
        "../../../scripts/quantum_theory/fit_ripplons.py"


PAPER_TARGETS["quantum_theory"] += [
    f"results/quantum_theory/fits/{name}.csv"
    for fig in ("fig15", "fig19", "fig20")
    for name in digitized_series("quantum_theory", fig)
]
