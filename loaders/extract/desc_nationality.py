"""An English description with a nationality before its title ("the Uzbek minister") resolved to a
person known to be of another nationality: the one person of that nationality named in the
last sentences instead, else nobody (session 45, ``titles``).

"Dar signed the agreement with his Afghan and Uzbek counterparts, Amir Khan Muttaqi and
Bakhtiyor Saidov. Dar also called on the Taliban's prime minister, Mullah Hassan Akhund,
while the Uzbek minister was received by ..." read "the Uzbek minister" as Akhund (the last
titled person, an Afghan): the nationality word is a constraint the resolution must meet. With
two or more people of that nationality named in the window the description stays unread (no
guess between them). Not read in Arabic, where the nationality after a title may be the next
phrase's («استقبل الأمين العام الضيفَ الإيراني»)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from loaders.extract.mention_core import Mention
    from loaders.extract.mentions import Doc

_WINDOW = 6  # sentences back


def national_description(doc: Doc, si: int, role_nat: str, eid: str,
                         k: int, current: list[Mention]) -> str | None:
    """*eid* unless it is known to be of a nationality other than *role_nat*; then the only
    person of *role_nat* named (by name) before token *k* in the last sentences, else None.
    *current*: this sentence's mentions so far. (The caller has both *role_nat* and *eid*.)"""
    own = doc.country_of(eid)
    if own is None or own == role_nat:
        return eid
    found: set[str] = set()
    for m in list(current) + doc.ments:
        if m.etype == "Person" and m.kind == "name" and m.lo < k and \
                si - _WINDOW <= m.sent <= si and m.eid not in found and \
                doc.country_of(m.eid) == role_nat:
            found.add(m.eid)
    return next(iter(found)) if len(found) == 1 else None
