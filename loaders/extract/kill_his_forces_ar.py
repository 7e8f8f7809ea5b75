"""ASSASSINATED_BY, Arabic: «قواته / قواتنا» said by a titled person are his country's army.

«أعلن الرئيس الفرنسي إيمانويل ماكرون أن قواته قتلت زعيم تنظيم "أنصار الشريعة" X», «قال وزير
الدفاع التركي خلوصي أكار إن قواته قتلت القيادي في حزب العمال الكردستاني Y»: the speaker is a
person whose title holds a nationality; "his forces" are that country's regular army
(``national_armies``; the country itself when the gazetteer knows no army for it), not the
group named in the victim's title. Asked by ``kill_groups_forces.its_forces_killed`` when no
body or country speaks; a person without such a title («قال X إن قواته») gives nothing.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.national_armies import army_of

_TITLE_REACH = 6  # the title's words between the verb of saying and the name


def titled_speaker_army_ar(sr: Any, say: int) -> str | None:
    """The army of the nationality in the title of the person who speaks right after the verb
    of saying at *say* («أعلن الرئيس الفرنسي X أن»), else None."""
    person = sr.after(say + 1, types=("Person",), maxgap=_TITLE_REACH)
    if person is None:
        return None
    for y in range(say + 1, person.lo):
        if sr.toks[y].punct:
            return None
        country = L.NATIONALITY.get(sr.key(y))
        if country is not None:
            return army_of(sr.doc.gaz, country) or country
    return None
