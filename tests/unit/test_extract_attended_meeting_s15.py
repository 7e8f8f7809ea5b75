"""Who attended a meeting ("كما حضر الاجتماع X", "وشارك في الاجتماع X", "X also attended
the meeting", "the meeting was also attended by X") met its convener, the person every pair
of the meeting shares. Our own sentences, not taken from any dev set."""

import pytest

from tests.extract_support import MW, assert_relations

QAANI, KAABI, WALAI, AMIRI = ("person:esmail-qaani", "person:akram-al-kaabi",
                              "person:abu-alaa-al-walai", "person:hadi-al-amiri")
KURILLA, MASROUR, SHORESH, NECHIRVAN = ("person:michael-kurilla", "person:masrour-barzani",
                                        "person:shoresh-ismail", "person:nechirvan-barzani")

AR_QAANI = ("التقى قائد فيلق القدس إسماعيل قاآني الأمين العام لحركة النجباء أكرم الكعبي "
            "والأمين العام لكتائب سيد الشهداء أبو آلاء الولائي")
EN_KURILLA = ("Gen. Michael Kurilla held talks with Kurdistan Region Prime Minister Masrour "
              "Barzani and Peshmerga Minister Shoresh Ismail in Erbil.")


# (name, text, lang, must, must_not)
CASES = [
 ("ar_same_sentence", AR_QAANI + "، كما حضر الاجتماع رئيس منظمة بدر هادي العامري.", "ar",
  [MW(AMIRI, QAANI)], [MW(AMIRI, KAABI), MW(AMIRI, WALAI)]),
 ("ar_next_sentence", AR_QAANI + ". وشارك في الاجتماع رئيس منظمة بدر هادي العامري.", "ar",
  [MW(AMIRI, QAANI)], [MW(AMIRI, KAABI)]),
 ("ar_hadara_allqa", "واجتمع الجنرال مايكل كوريلا مع رئيس حكومة الإقليم مسرور بارزاني ووزير "
  "شؤون البيشمركة شورش إسماعيل. وحضر اللقاء رئيس الإقليم نيجيرفان بارزاني.", "ar",
  [MW(NECHIRVAN, KURILLA)], [MW(NECHIRVAN, MASROUR), MW(NECHIRVAN, SHORESH)]),
 ("en_also_attended", EN_KURILLA + " Kurdistan Region President Nechirvan Barzani also "
  "attended the meeting.", "en", [MW(NECHIRVAN, KURILLA)], [MW(NECHIRVAN, MASROUR)]),
 ("en_attended_by", EN_KURILLA + " The meeting was also attended by Kurdistan Region "
  "President Nechirvan Barzani.", "en", [MW(NECHIRVAN, KURILLA)], [MW(NECHIRVAN, SHORESH)]),
 # negated; a ceremony is no meeting; a meeting of one pair does not say whom he joined
 ("ar_negated", AR_QAANI + "، ولم يحضر الاجتماع رئيس منظمة بدر هادي العامري.", "ar",
  [], [MW(AMIRI, QAANI)]),
 ("ar_ceremony", AR_QAANI + ". وحضر مراسم التشييع رئيس منظمة بدر هادي العامري.", "ar",
  [], [MW(AMIRI, QAANI)]),
 # session 18 (meeting_sides_en): in English the attendee of one side of a single pair met
 # the other side (the Kurdistan president met the US general, not his own prime minister)
 ("en_one_pair", "Gen. Michael Kurilla met Masrour Barzani in Erbil. Kurdistan Region "
  "President Nechirvan Barzani also attended the meeting.", "en",
  [MW(NECHIRVAN, KURILLA), MW(NECHIRVAN, MASROUR)], []),
]


@pytest.mark.parametrize("name,text,lang,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_attendee_met_convener(ex, name, text, lang, must, must_not):
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
