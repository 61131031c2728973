"""The one result format of every kernel benchmark (bench_*.py): what is printed, what fails.

Each compared kernel prints three lines::

    <what was compared>
    speed-up: 153.2 x
    max relative difference: 1.5e-12

and the benchmark exits with status 1 if any kernel is less than 20x faster than its
reference or more than 1e-8 (relative) away from it (docs/CONTRACTS.md).
"""

import sys
import time

MIN_SPEED_UP = 20.0
MAX_RELATIVE_DIFFERENCE = 1e-8


def best_of(function, repeat):
    """(shortest wall time of ``repeat`` calls, the last result)."""
    times, out = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        out = function()
        times.append(time.perf_counter() - start)
    return min(times), out


def report(what, t_reference, t_kernel, max_relative_difference):
    """Print one comparison; returns True when it meets both requirements."""
    speed_up = t_reference / t_kernel
    print(what)
    print(f"speed-up: {speed_up:.1f} x")
    print(f"max relative difference: {max_relative_difference:.2e}")
    return speed_up >= MIN_SPEED_UP and max_relative_difference <= MAX_RELATIVE_DIFFERENCE


def finish(results):
    """Print PASS or FAIL for all comparisons and exit (status 1 on FAIL)."""
    ok = all(results)
    print(
        ("PASS" if ok else "FAIL")
        + f" (required: speed-up >= {MIN_SPEED_UP:g} x, max relative difference <= "
        f"{MAX_RELATIVE_DIFFERENCE:g})"
    )
    sys.exit(0 if ok else 1)
