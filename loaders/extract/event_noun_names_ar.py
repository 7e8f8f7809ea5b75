"""Arabic: a verbal noun that is also a given name, before a known person's family name, is an
event of that person, not his first name.

«نجاة الكاظمي من محاولة اغتيال» is "al-Kadhimi's escape from an assassination attempt": «نجاة»
is a woman's given name too (Najat Rochdi), so ``person_names._first_names_before_surnames``
read "Najat al-Kadhimi", a new person who then took the article's later «الكاظمي» (Mustafa
al-Kadhimi's meetings given to her). A verbal noun of what befalls a person («نجاة» escape,
«نجاح» success, «سلامة» safety, «عودة» return) before the bare family name of a person the
gazetteer knows is the noun of his event, his name stays alone («نجاح الكاظمي في تشكيل الحكومة»،
«عودة الحريري إلى بيروت»). Not a usual man's name (نصر، جهاد: Nasr al-Hariri is a man), and not a
full name the gazetteer knows (read whole before)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import lexicon as L
from loaders.extract.tokens import STEM

if TYPE_CHECKING:
    from loaders.extract.mention_core import Mention
    from loaders.extract.mentions import Doc
    from loaders.extract.tokens import Tok

AR_EVENT_NOUN_NAMES = L._ar("نجاة", "نجاح", "سلامة", "عودة")


def event_noun_before_known(doc: Doc, t: Tok, me: Mention) -> bool:
    """Is *t*, right before the family-name mention *me* of a known person, a verbal noun of
    his event («نجاة الكاظمي»، «وعودة الحريري»)?"""
    return t.ar and not AR_EVENT_NOUN_NAMES.isdisjoint(map(STEM, t.stems)) and \
        any(st in AR_EVENT_NOUN_NAMES for o, st in t.stems
            if o == 0 or t.key[:1] in "وفل") and me.eid in doc.gaz.entries
    # (the C test first: nearly no token has such a stem; the generator only for those)
