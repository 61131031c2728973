"""The end of `make all` (not a rule script): claims per status, then what is wrong.

Exits 1, naming each problem, when a claim is a mismatch, a claims ledger is missing or a
figure/table the figure ledger calls reproduced (or theory only) was not built.
"""

import sys

from coldglass.ledger import run_summary

summary, problems = run_summary(".")
print("coldglass: claims per status\n" + summary)
if problems:
    print(f"coldglass: {len(problems)} problem(s):", file=sys.stderr)
    for problem in problems:
        print(f"  {problem}", file=sys.stderr)
    sys.exit(1)
print("coldglass: every claim is match, erratum or not_computable; every built figure is there")
