"""The recall table the probe scripts print: one row per kind of case, then the total."""

from __future__ import annotations

from collections.abc import Mapping


def print_recall_table(head: str, width: int, total: Mapping[str, int],
                       found: Mapping[str, int], fps: Mapping[str, int]) -> None:
    """Print ``kind  found/total  false-positives`` per key of *total* or *fps*, then TOTAL."""
    print(f"{head:<{width}} {'recall':>9} {'FP':>4}")
    for key in sorted(set(total) | set(fps)):
        print(f"{key:<{width}} {found.get(key, 0):>4}/{total.get(key, 0):<4} {fps.get(key, 0):>4}")
    print(f"{'TOTAL':<{width}} {sum(found.values()):>4}/{sum(total.values()):<4} "
          f"{sum(fps.values()):>4}")
