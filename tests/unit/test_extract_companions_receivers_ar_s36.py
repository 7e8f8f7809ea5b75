"""Session 36: Arabic companions named after the meeting (meeting_companion_after_ar) and the
receivers of a visitor, together (meetings_ar._receivers).

"استقبل X الموفد Y يرافقه السفير C": C met X and Y; "وكان في استقباله A وB" / "A، والسفير B":
the visitor met A and B and the two receivers met each other. Counted in the dev writers HS,
JE, KI and KK (+7 core TP, +1 FP on dev). Not a companion on a tour (no meeting told), nor on
a journey told in a relative clause."""

from __future__ import annotations

import pytest

from tests.extract_support import MW, assert_relations

SALAM = "person:nawaf-salam"
BUKHARI = "person:walid-bukhari"
ARAGHCHI = "person:abbas-araghchi"
FUAD = "person:fuad-hussein"
ARAJI = "person:qassim-al-araji"
SUDANI = "person:mohammed-shia-al-sudani"
PEZESHKIAN = "person:masoud-pezeshkian"
NECHIRVAN = "person:nechirvan-barzani"
MASROUR = "person:masrour-barzani"

CASES = [
    # fail on the base
    ("استقبل رئيس الحكومة نواف سلام وزير الخارجية الإيراني عباس عراقجي يرافقه السفير وليد "
     "بخاري، وجرى عرض للأوضاع.", [MW(BUKHARI, SALAM), MW(BUKHARI, ARAGHCHI)], []),
    ("وصل عباس عراقجي إلى بغداد، وكان في استقباله فؤاد حسين وقاسم الأعرجي.",
     [MW(ARAGHCHI, FUAD), MW(ARAGHCHI, ARAJI), MW(FUAD, ARAJI)], []),
    ("وصل الرئيس الإيراني مسعود بزشكيان إلى أربيل، وكان في استقباله بالمطار رئيس الإقليم "
     "نيجيرفان بارزاني، ورئيس الحكومة مسرور بارزاني.",
     [MW(PEZESHKIAN, NECHIRVAN), MW(PEZESHKIAN, MASROUR), MW(NECHIRVAN, MASROUR)], []),
    # negatives: a tour with a companion, no meeting; a companion of a journey in a relative
    ("زار فؤاد حسين مخيماً للنازحين في الموصل يرافقه قاسم الأعرجي.", [],
     [MW(FUAD, ARAJI)]),
    ("استقبل محمد شياع السوداني عباس عراقجي، الذي وصل إلى بغداد يرافقه قاسم الأعرجي، وبحث "
     "معه العلاقات.", [MW(SUDANI, ARAGHCHI)], [MW(ARAJI, SUDANI)]),
]


@pytest.mark.parametrize("text,must,must_not", CASES)
def test_companions_receivers_ar_s36(ex, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang="ar"), text[:40], must, must_not)
