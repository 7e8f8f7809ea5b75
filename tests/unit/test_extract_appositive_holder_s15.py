"""A description followed by an apposition that names its holder ("the army chief of staff,
Lt. Gen. X") is X, not an earlier person the description could stand for: X is the meeting
partner. Our own sentences, not taken from any dev set."""

import pytest

from tests.extract_support import MW, assert_relations

KADHIMI, MCKENZIE, YARALLAH = ("person:mustafa-al-kadhimi", "person:kenneth-mckenzie",
                               "person:abdul-amir-yarallah")
SUDANI, KURILLA = "person:mohammed-shia-al-sudani", "person:michael-kurilla"


# (name, text, lang, must, must_not)
CASES = [
 ("en_object_after_pm", "Iraqi Prime Minister Mustafa al-Kadhimi received Gen. Kenneth "
  "McKenzie on Monday. McKenzie later met the army chief of staff, Lt. Gen. Abdul-Amir "
  "Yarallah, at the defense ministry.", "en",
  [MW(MCKENZIE, YARALLAH), MW(MCKENZIE, KADHIMI)], []),
 ("en_held_talks_with", "Prime Minister Mohammed Shia al-Sudani met Gen. Michael Kurilla on "
  "Monday. Kurilla also held talks with the army chief of staff, Lt. Gen. Abdul-Amir "
  "Yarallah, and with other officers.", "en", [MW(KURILLA, YARALLAH)], []),
 ("en_list_second", "Prime Minister Mustafa al-Kadhimi met Gen. Kenneth McKenzie on Monday. "
  "McKenzie, head of U.S. Central Command, also held talks with Defense Minister Juma Inad "
  "and the army chief of staff, Lt. Gen. Abdul-Amir Yarallah, the military said.", "en",
  [MW(MCKENZIE, YARALLAH), MW(MCKENZIE, "person:juma-inad")], []),
 # the subject order and the Arabic apposition keep working
 ("en_subject", "Prime Minister Mustafa al-Kadhimi met Gen. Kenneth McKenzie on Monday. The "
  "army chief of staff, Lt. Gen. Abdul-Amir Yarallah, met McKenzie on Tuesday.", "en",
  [MW(YARALLAH, MCKENZIE)], []),
 ("ar_apposition", "استقبل رئيس الوزراء مصطفى الكاظمي الجنرال كينيث ماكنزي يوم الاثنين. "
  "والتقى ماكنزي لاحقاً رئيس أركان الجيش، الفريق الركن عبد الأمير يار الله، في مقر وزارة "
  "الدفاع.", "ar", [MW(MCKENZIE, YARALLAH)], []),
]


@pytest.mark.parametrize("name,text,lang,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_holder_named_in_apposition(ex, name, text, lang, must, must_not):
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
