"""Timing shared by the benchmarks: best CPU and wall time over round-robin runs."""
from __future__ import annotations

import time
from typing import Callable, Union

# a job is a callable timed as a whole, or (setup, run): setup's result is
# passed to run and only run is timed
Job = Union[Callable[[], object], tuple[Callable[[], object], Callable[[object], object]]]


def best_times(jobs: dict[str, Job], runs: int) -> dict[str, tuple[float, float]]:
    """{name: (best CPU seconds, best wall seconds)}, the jobs run in turn ``runs`` times."""
    best = {name: (float("inf"), float("inf")) for name in jobs}
    for _ in range(runs):
        for name, job in jobs.items():
            if isinstance(job, tuple):
                setup, run = job
                arg = setup()
                timed = lambda run=run, arg=arg: run(arg)  # noqa: E731
            else:
                timed = job
            t0, c0 = time.perf_counter(), time.process_time()
            timed()
            cpu, wall = time.process_time() - c0, time.perf_counter() - t0
            best[name] = (min(best[name][0], cpu), min(best[name][1], wall))
    return best


def print_speed(best: dict[str, tuple[float, float]], n_chars: int, title: str) -> None:
    print(f"\n{title}")
    print(f"  {'':40} {'CPU chars/s':>12} {'wall chars/s':>13}")
    for name, (cpu, wall) in best.items():
        print(f"  {name:40} {n_chars / cpu:12,.0f} {n_chars / wall:13,.0f}")
