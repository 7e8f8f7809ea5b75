"""MET_WITH (Arabic): "أجرى X مباحثات مع Y / اجتمع X بـY، يرافقه Z" -- the pronoun is X, the
subject; his companion Z met Y. After a reception ("استقبل X Y، يرافقه Z") the companion of
the guest Y met the host X, as before. Since session 36 the companion also met his own
principal (meeting_companion_after_ar: the annotation brief pairs an attendee with every
participant, his own side included; three dev writers do, one did not). Our own sentences,
not taken from any dev set.
"""

import pytest

from tests.extract_support import MW, assert_relations

RASHAD, BAR, BARNEA = "person:hassan-rashad", "person:ronen-bar", "person:david-barnea"
ARAGHCHI, BERRI, AMANI = "person:abbas-araghchi", "person:nabih-berri", "person:mojtaba-amani"
INTRO = "وكان الرئيس المصري قد عيّن اللواء حسن رشاد رئيساً لجهاز المخابرات. "


# (name, text, must, must_not)
CASES = [
 ("talks_with",
  INTRO + "وزار رئيس الشاباك رونين بار القاهرة وأجرى مباحثات مع رشاد، يرافقه رئيس الموساد "
  "ديفيد برنياع.", [MW(BAR, RASHAD), MW(BARNEA, RASHAD), MW(BAR, BARNEA)], []),
 ("met_with_bi",
  "وزار رئيس الشاباك رونين بار القاهرة واجتمع باللواء حسن رشاد، يرافقه رئيس الموساد ديفيد "
  "برنياع.", [MW(BAR, RASHAD), MW(BARNEA, RASHAD), MW(BAR, BARNEA)], []),
 ("met_with_maa",
  "التقى عباس عراقجي مع نبيه بري، يرافقه السفير الإيراني مجتبى أماني.",
  [MW(ARAGHCHI, BERRI), MW(AMANI, BERRI), MW(ARAGHCHI, AMANI)], []),
 # the reception order is unchanged
 ("reception",
  "استقبل اللواء حسن رشاد رئيس الشاباك رونين بار، يرافقه رئيس الموساد ديفيد برنياع.",
  [MW(RASHAD, BAR), MW(RASHAD, BARNEA), MW(BAR, BARNEA)], []),
]


@pytest.mark.parametrize("name,text,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_companion_of_the_subject(ex, name, text, must, must_not):
    assert_relations(ex.extract(text, lang="ar"), name, must, must_not)
