"""Input problems: each names the file, the place in it and what is wrong."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the input.

    ``where`` is ``line:column`` for text positions, ``$.json.path`` for document fields,
    ``line N, column 'x'`` for CSV cells, or empty for the whole file.
    """

    path: str
    where: str
    message: str
    severity: str = "error"  # or "note": reported, not fatal

    @property
    def is_error(self) -> bool:
        return self.severity == "error"

    def __str__(self) -> str:
        tag = "" if self.is_error else "note: "
        return f"{self.path}:{self.where}: {tag}{self.message}" if self.where else (
            f"{self.path}: {tag}{self.message}")


class InputError(Exception):
    """The input is invalid; nothing was written. ``problems`` lists every reason found."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


class TooManyProblems(Exception):
    """Raised internally once the problem limit is reached."""
