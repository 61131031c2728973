# Paper `quantum_theory` (seed ../shared/seeds/001_f0f1d8b79b002117.txt).
# Its rules are added here and in workflow/rules/quantum_theory/*.smk.

for _part in part_files("quantum_theory"):

    include: _part


rule quantum_theory:
    input:
        paper_target("quantum_theory"),
