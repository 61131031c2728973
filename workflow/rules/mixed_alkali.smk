# Paper `mixed_alkali` (arXiv:1301.7233).
# Its rules are added here and in workflow/rules/mixed_alkali/*.smk.

for _part in part_files("mixed_alkali"):

    include: _part


rule mixed_alkali:
    input:
        paper_target("mixed_alkali"),
