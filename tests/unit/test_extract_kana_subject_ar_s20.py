"""The subject of "وكان X، (title ...،) قد استقبل ... وفداً ... برئاسة Y" (session 20,
``meeting_credentials_ar.kana_subject_ar``, used by ``meetings_ar._verb_subject`` and for the
envoy of "وكان X قد قدّم أوراق اعتماده"): X, the subject of كان, met Y, not someone the
pronoun reading finds elsewhere (before: a Hamas leader of the sentence before). English has
the subject before the verb anyway. Our own sentences, not taken from any dev set.

Negative: كان X قد followed by another verb ("قد أعلن أن وفداً ... وصل"): nobody met.
"""

import pytest

from tests.extract_support import MW, assert_relations

MBAR, HAYYA = "person:mohammed-bin-abdulrahman-al-thani", "person:khalil-al-hayya"
SINWAR, RASHAD = "person:yahya-sinwar", "person:hassan-rashad"
BEFORE = "أعلنت حماس انتخاب يحيى السنوار خلفاً لهنية، وكان خليل الحية نائباً له. "

# (name, lang, text, must, must_not)
CASES = [
 ("kana_titled_received_delegation", "ar", BEFORE + "وكان معالي الشيخ محمد بن عبدالرحمن آل ثاني، "
  "رئيس مجلس الوزراء وزير الخارجية، قد استقبل في الدوحة أمس وفداً من الحركة برئاسة الحية، وبحث "
  "معه الهدنة.", [MW(MBAR, HAYYA)], [MW(SINWAR, HAYYA)]),
 ("kana_received_delegation_en", "en", "Hamas named Yahya Sinwar to succeed Haniyeh. Sheikh "
  "Mohammed bin Abdulrahman Al Thani, the prime minister and foreign minister, had received a "
  "Hamas delegation led by Khalil al-Hayya in Doha on Sunday.", [MW(MBAR, HAYYA)],
  [MW(SINWAR, HAYYA)]),
 ("kana_announced", "ar", BEFORE + "وكان اللواء حسن رشاد، رئيس المخابرات العامة المصرية وزير "
  "الدولة، قد أعلن أن وفداً من الحركة برئاسة الحية وصل إلى القاهرة.", [], [MW(RASHAD, HAYYA)]),
]


@pytest.mark.parametrize("name,lang,text,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_kana_subject_ar(ex, name, lang, text, must, must_not) -> None:
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
