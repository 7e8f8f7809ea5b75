"""The recall table the probe scripts print: one row per kind of case, then the total."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Set


def print_recall_table(head: str, width: int, total: Mapping[str, int],
                       found: Mapping[str, int], fps: Mapping[str, int]) -> None:
    """Print ``kind  found/total  false-positives`` per key of *total* or *fps*, then TOTAL."""
    print(f"{head:<{width}} {'recall':>9} {'FP':>4}")
    for key in sorted(set(total) | set(fps)):
        print(f"{key:<{width}} {found.get(key, 0):>4}/{total.get(key, 0):<4} {fps.get(key, 0):>4}")
    print(f"{'TOTAL':<{width}} {sum(found.values()):>4}/{sum(total.values()):<4} "
          f"{sum(fps.values()):>4}")


class RecallTally:
    """Found / expected / false relations per kind of case, summed over the probe sentences."""

    def __init__(self) -> None:
        self.total: dict[str, int] = defaultdict(int)
        self.found: dict[str, int] = defaultdict(int)
        self.fps: dict[str, int] = defaultdict(int)

    def add(self, key: str, text: str, want: Set, got: Set, allowed: Set = frozenset(),
            verbose: bool = False) -> None:
        """Count one sentence: *want* must be extracted, *allowed* may be, the rest of *got* is
        false; with *verbose*, print the sentence's misses and extras."""
        extra = got - want - allowed
        self.total[key] += len(want)
        self.found[key] += len(want & got)
        self.fps[key] += len(extra)
        if verbose and (want - got or extra):
            print(f"[{key}] {text}\n   missed {sorted(map(str, want - got))}\n"
                  f"   extra  {sorted(map(str, extra))}")

    def print(self, head: str, width: int) -> None:
        print_recall_table(head, width, self.total, self.found, self.fps)
