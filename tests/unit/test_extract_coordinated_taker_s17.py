""""X replaces A and takes over from B" (session 17). Our own sentences, not taken from any
dev set.

- English briefings write successions in the present tense: after "X replaces / succeeds A",
  A is the verb's object, so the subject of a second, coordinated verb ("and takes over (the
  post) from B") is X, not A: SUCCESSOR_OF X -> B and never A -> B.
- Arabic likewise: "يخلف X A ويتسلم المنصب من B", "وخلف X A وتسلم ... من B" and "يحل X محل A
  ويتسلم ... من B" give X -> B, not A -> B.
"""

import pytest

from tests.extract_support import SO, assert_relations

NASRALLAH, QASSEM, SAFIEDDINE = ("person:hassan-nasrallah", "person:naim-qassem",
                                 "person:hashem-safieddine")
ABDOLLAHIAN, KANI, KANAANI, ARAGHCHI = ("person:hossein-amir-abdollahian",
                                        "person:ali-bagheri-kani", "person:nasser-kanaani",
                                        "person:abbas-araghchi")
BAGHERI, MOUSAVI = "person:mohammad-bagheri", "person:abdolrahim-mousavi"

# (name, text, lang, must, must_not)
CASES = [
 ("en_replaces_takes_over", "Cabinet: veteran diplomat Nasser Kanaani replaces the late Hossein "
  "Amir-Abdollahian and takes over from Ali Bagheri Kani, the caretaker.", "en",
  [SO(KANAANI, ABDOLLAHIAN), SO(KANAANI, KANI)], [SO(ABDOLLAHIAN, KANI)]),
 ("en_succeeds_takes_over", "Naim Qassem succeeds Hassan Nasrallah and takes over from Hashem "
  "Safieddine as acting leader.", "en", [SO(QASSEM, NASRALLAH), SO(QASSEM, SAFIEDDINE)],
  [SO(NASRALLAH, SAFIEDDINE)]),
 ("en_replaces_takes_post", "Maj. Gen. Abdolrahim Mousavi replaces Mohammad Bagheri and takes "
  "over the general staff from him.", "en", [SO(MOUSAVI, BAGHERI)], []),
 ("ar_yakhlif_yatasallam", "ناصر كنعاني يخلف حسين أمير عبد اللهيان ويتسلم المنصب من علي باقري "
  "كني.", "ar", [SO(KANAANI, ABDOLLAHIAN), SO(KANAANI, KANI)], [SO(ABDOLLAHIAN, KANI)]),
 ("ar_khalafa_tasallam", "وخلف نعيم قاسم حسن نصر الله وتسلم قيادة الحزب من هاشم صفي الدين.",
  "ar", [SO(QASSEM, NASRALLAH), SO(QASSEM, SAFIEDDINE)], [SO(NASRALLAH, SAFIEDDINE)]),
 ("ar_mahal_tasallam", "ويحل عباس عراقجي محل حسين أمير عبد اللهيان ويتسلم الحقيبة من علي باقري "
  "كني.", "ar", [SO(ARAGHCHI, ABDOLLAHIAN), SO(ARAGHCHI, KANI)], [SO(ABDOLLAHIAN, KANI)]),
 # negatives: a plain handover still reads its own subject
 ("ar_plain_tasallam", "وتسلم نعيم قاسم قيادة الحزب من هاشم صفي الدين.", "ar",
  [SO(QASSEM, SAFIEDDINE)], []),
 ("en_plain_took_over", "Hashem Safieddine took over from Hassan Nasrallah.", "en",
  [SO(SAFIEDDINE, NASRALLAH)], []),
]


@pytest.mark.parametrize("name,text,lang,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_coordinated_taker(ex, name, text, lang, must, must_not) -> None:
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
