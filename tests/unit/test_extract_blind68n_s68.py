"""Session 68 (blind68n): fixes after the first contact of blind set RO-RP (successions in the Gulf
monarchies and the condolence visits, 2015-2023, written blind).

- Meetings, both languages: the receiving side of a condolence visit, «تقبّل X التعازي من Y»،
  «تقبّل X ... تعازي Y» (the construct state), «وتلقى X التعازي من Y وZ», "X received condolences
  from Y", "X accepted the condolences of Y": X met Y (and Z)
  (``meeting_condolences.condolences_received_ar`` / ``condolences_received_en``). Not the dead
  («التعازي في وفاة Y»، "condolences on the death of Y"), nor condolences received by cable,
  telephone or message.
- Names, Arabic: the condolence nouns («التعازي»، «تعازي»، «العزاء»، «تعزية») and the verb «تقبّل /
  يتقبل» are no name words (``lexicon.AR_COMMON_NOUNS``, ``lexicon.AR_COMMON_VERBS``): «ظريف يلتقي
  السلطان هيثم بن طارق ويقدم تعازي إيران» no longer invents a person "yaqdam-taazi".
"""

import pytest

from tests.extract_support import met_sorted as _met
from tests.extract_support import sorted_pair as _pair

MBZ, HERZOG, ABDOLLAHIAN = "person:mohamed-bin-zayed", "person:isaac-herzog", "person:hossein-amir-abdollahian"
HAITHAM, TAMIM, MISHAL = ("person:haitham-bin-tariq", "person:tamim-bin-hamad-al-thani",
                          "person:mishal-al-ahmad-al-jaber-al-sabah")
KHALIFA, ERDOGAN, SISI = "person:khalifa-bin-zayed", "person:recep-tayyip-erdogan", "person:abdel-fattah-el-sisi"
SALMAN, ABDULLAH2, QABOOS = "person:salman-bin-abdulaziz", "person:abdullah-ii", "person:qaboos-bin-said"
HAMAD = "person:hamad-bin-isa-al-khalifa"


@pytest.mark.parametrize("text, lang, host, guest", [
    ("تقبّل صاحب السمو الشيخ محمد بن زايد آل نهيان، رئيس الدولة، في قصر المشرف بأبوظبي أمس، تعازي "
     "إسحاق هرتسوغ رئيس دولة إسرائيل في وفاة الشيخ خليفة بن زايد.", "ar", MBZ, HERZOG),
    ("تقبّل حضرة صاحب الجلالة السلطان هيثم بن طارق بقصر العلم العامر اليوم التعازي من الشيخ تميم بن "
     "حمد آل ثاني أمير دولة قطر في وفاة السلطان قابوس بن سعيد.", "ar", HAITHAM, TAMIM),
    ("وتلقى سمو الأمير الشيخ مشعل الأحمد الجابر الصباح في قصر بيان التعازي من الرئيس رجب طيب أردوغان.",
     "ar", MISHAL, ERDOGAN),
    ("ويتقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز التعازي من الملك عبدالله الثاني في قصر "
     "اليمامة.", "ar", SALMAN, ABDULLAH2),
    ("Sheikh Mohamed bin Zayed received condolences from Israeli President Isaac Herzog at Al Mushrif "
     "Palace on Sunday.", "en", MBZ, HERZOG),
    ("Sultan Haitham bin Tariq accepted the condolences of Qatar's Emir Sheikh Tamim bin Hamad at Al Alam "
     "Palace.", "en", HAITHAM, TAMIM),
    ("Kuwait's Emir Sheikh Mishal al-Ahmad received condolences from Egyptian President Abdel Fattah "
     "el-Sisi and Bahrain's King Hamad bin Isa on Monday.", "en", MISHAL, SISI),
])
def test_condolences_received_from_a_visitor_are_a_meeting(shipped, text, lang, host, guest):
    assert _pair(host, guest) in _met(shipped, text, lang)


def test_condolences_received_from_a_list_reach_each(shipped):
    met = _met(shipped, "Kuwait's Emir Sheikh Mishal al-Ahmad received condolences from Egyptian "
               "President Abdel Fattah el-Sisi and Bahrain's King Hamad bin Isa on Monday.", "en")
    assert _pair(MISHAL, HAMAD) in met


@pytest.mark.parametrize("text, lang, host, other", [
    ("تقبّل الشيخ محمد بن زايد آل نهيان التعازي في وفاة الشيخ خليفة بن زايد آل نهيان.", "ar", MBZ, KHALIFA),
    ("تلقى السلطان هيثم بن طارق اتصالاً هاتفياً تقبّل خلاله التعازي من الرئيس رجب طيب أردوغان.", "ar",
     HAITHAM, ERDOGAN),
    ("وتلقى الشيخ مشعل الأحمد الجابر الصباح برقية تعازي من الرئيس عبد الفتاح السيسي.", "ar", MISHAL, SISI),
    ("Sultan Haitham bin Tariq received condolences by telephone from Turkish President Recep Tayyip "
     "Erdogan.", "en", HAITHAM, ERDOGAN),
    ("Sheikh Mohamed bin Zayed received condolences on the death of Sheikh Khalifa bin Zayed.", "en",
     MBZ, KHALIFA),
    ("Sultan Haitham bin Tariq did not receive condolences from Qatar's Emir Sheikh Tamim bin Hamad.",
     "en", HAITHAM, TAMIM),
])
def test_condolences_for_the_dead_or_by_telephone_are_no_meeting(shipped, text, lang, host, other):
    assert _pair(host, other) not in _met(shipped, text, lang)


@pytest.mark.parametrize("text", [
    "ظريف يلتقي السلطان هيثم بن طارق ويقدم تعازي إيران برحيل السلطان قابوس.",
    "وزار الرئيس عبد الفتاح السيسي الكويت وقدم تعازي مصر في وفاة الشيخ صباح الأحمد.",
    "وكان الأمير يتقبل الهدايا من الشيخ تميم بن حمد آل ثاني أمير دولة قطر.",
])
def test_condolence_nouns_and_the_verb_accept_are_no_name_words(shipped, text):
    ids = {e["id"] for e in shipped.extract(text, lang="ar")["entities"]}
    assert not any(i.startswith("person:") and ("taazi" in i or "yatqabl" in i or "yaqdam" in i)
                   for i in ids)
