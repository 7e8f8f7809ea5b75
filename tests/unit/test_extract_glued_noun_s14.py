"""A preposition glued to a common noun ("بوفد", "بمكتبه", "بلجنة") after a name ends the name:
"اجتماع الشيخ تميم بوفد حماس" is Tamim meeting a Hamas delegation, not a new person "تميم بوفد
حماس". Family names that only begin with ب / ل / ك ("بكداش") stay names. Our own sentences,
not taken from any dev set.
"""

import pytest

from tests.extract_support import MW, assert_relations, person_surfaces

TAMIM, HAYYA = "person:tamim-bin-hamad-al-thani", "person:khalil-al-hayya"
ARAGHCHI, NAKHALA = "person:abbas-araghchi", "person:ziyad-al-nakhalah"


# (name, text, words that must not be inside any person's surface, meetings expected)
CASES = [
 ("noun_after_short_name",
  "أعلن أمير قطر الشيخ تميم بن حمد آل ثاني التوصل إلى اتفاق. وجاء الإعلان بعد ساعات من "
  "اجتماع الشيخ تميم بوفد حماس برئاسة خليل الحية في الدوحة.", "بوفد", [MW(TAMIM, HAYYA)]),
 ("minister_named_before",
  "أعلن وزير الخارجية المصري سامح شكري التوصل إلى اتفاق. وجاء الإعلان بعد اجتماع الوزير "
  "سامح بوفد حماس برئاسة خليل الحية.", "بوفد", []),
 ("sheikh_and_given_name", "وجاء الإعلان بعد اجتماع الشيخ محمد بوفد حماس برئاسة خليل الحية.",
  "بوفد", []),
 ("noun_after_full_name",
  "واجتمع وزير الخارجية الإيراني عباس عراقجي بوفد من حركة حماس برئاسة خليل الحية.",
  "بوفد", [MW(ARAGHCHI, HAYYA)]),
 ("title_and_given_name",
  "واجتمع الوزير سامر بوفد من الفصائل في القاهرة.", "بوفد", []),
 ("office_with_pronoun",
  "واستقبل اللواء ماجد بمكتبه وفداً من حركة حماس.", "بمكتبه", []),
 ("committee",
  "واجتمع العميد خالد بلجنة المتابعة في بيروت.", "بلجنة", []),
]


@pytest.mark.parametrize("name,text,word,meetings", CASES, ids=[c[0] for c in CASES])
def test_glued_noun_ends_the_name(ex, name, text, word, meetings):
    doc = ex.extract(text, lang="ar")
    surfaces = person_surfaces(doc, text)
    assert not any(word in s for s in surfaces), f"{name}: {surfaces}"
    assert_relations(doc, name, meetings, [])


def test_family_name_opening_with_b_stays(ex):
    text = "التقى عباس عراقجي، في بيروت، الوزير زياد بكداش."
    surfaces = person_surfaces(ex.extract(text, lang="ar"), text)
    assert any("بكداش" in s for s in surfaces), surfaces
