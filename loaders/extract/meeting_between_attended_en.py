"""Not "a meeting between X and Y": talks between unnamed sides *attended by* X and Y (session 68).

"The two leaders held a one-on-one meeting, followed by talks between the delegations attended by
Foreign Minister A, Communications Director B and spokesman C" / "..., followed by talks between the
two sides attended by A and B": A, B and C attended the talks of the two leaders (the attendance
readings pair them with the principals); they are not the sides "between" names. The between
reading (``meetings``, "met_between") skips its first name when an attending word ("attended",
"attending", "joined", "present") stands between "between" and that name.
"""

from __future__ import annotations

from typing import Any

_EN_ATTENDING = frozenset({"attended", "attending", "joined", "present"})


def attended_between_en(sr: Any, bx: int, first_lo: int) -> bool:
    """Does an attending word stand between "between" at *bx* and the first name at *first_lo*?"""
    return any(sr.key(y) in _EN_ATTENDING for y in range(bx + 1, first_lo))
