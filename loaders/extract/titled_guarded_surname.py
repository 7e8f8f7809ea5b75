"""A lone Arabic family name after a body's title: the known member of that body (session 54).

«الأمين العام لحزب الله قاسم»: قاسم is also a given name and an ordinary word (a weak given
name), and the gazetteer holds it only as Naim Qassem's ambiguous short name, so the title was
read as a description (resolved to whoever held it by default, Hassan Nasrallah). When the
title names its body (``role_org``) and the word is the ambiguous short name of one known
person only, whose entry says he belongs to that body (it leads it, or its description names
it), the word is he. English: "Hezbollah chief Qassem" had the one word read as the Saudi
region Qassim (a spelling-tolerant match, the person's short name being ambiguous): the same
test puts the member there. Called by ``title_holders.title_holder``."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from loaders.extract.mentions import Doc
    from loaders.extract.tokens import Tok


def body_member_surname(doc: Doc, tok: Tok, role_org: str | None) -> str | None:
    """The id of the one known person whose ambiguous short name is *tok* and who belongs to
    the title's body *role_org* (of the bearers of that name); else None."""
    if role_org is None:
        return None
    ids = doc.gaz.guarded.get((tok.key,))
    org = doc.gaz.get(role_org)
    if not ids or org is None:
        return None
    fit = []
    for eid in ids:
        e = doc.gaz.get(eid)
        if e is not None and e.type == "Person" and (
                role_org in e.leads or (org.name and org.name in (e.description or ""))):
            fit.append(eid)
    return fit[0] if len(fit) == 1 else None
