# Paper `interactions` (arXiv:0801.4944).
# Its rules are added here and in workflow/rules/interactions/*.smk.

for _part in part_files("interactions"):

    include: _part


rule interactions:
    input:
        paper_target("interactions"),
