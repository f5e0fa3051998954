"""Sorted half-open intervals, asked by bisection whether an offset or a stretch meets one.

Stages keep the stretches already taken (mentions, names, quotations) and ask
of each new one whether it falls inside; with the intervals sorted by start
and the furthest end so far kept beside them, each question is a logarithmic
search, so a pass over a long article stays linear.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable

__all__ = ["Intervals"]


class Intervals:
    """Half-open intervals ``[start, end)``, in any order when given."""

    def __init__(self, intervals: Iterable[tuple[int, int]]) -> None:
        """Sort ``intervals`` by start and note the furthest end up to each."""
        ordered = sorted(intervals)
        self.starts = [start for start, _ in ordered]
        reach: list[int] = []
        furthest = -1
        for _, end in ordered:
            furthest = max(furthest, end)
            reach.append(furthest)
        self.reach = reach

    def overlaps(self, start: int, end: int) -> bool:
        """Whether an interval overlaps ``[start, end)``."""
        index = bisect.bisect_left(self.starts, end) - 1
        return index >= 0 and self.reach[index] > start

    def contains(self, offset: int) -> bool:
        """Whether an interval holds ``offset``."""
        index = bisect.bisect_right(self.starts, offset) - 1
        return index >= 0 and self.reach[index] > offset
