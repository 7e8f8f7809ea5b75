"""Session 31 (killsucc): a predecessor's own predecessor told in a relative clause on him,
and an oath taken "أمام" (before) someone who is no successor.

"عُيّن X خلفاً لـY، الذي كُلّف قبل أشهر بتسيير المهام خلفاً لـZ": Y succeeded Z (the base
gave X -> Z, the main clause's subject), and "Y، الذي خلف بدوره (الإيراني) Z" (in his turn,
before an adjective). Counted on JP-JX (JV) and the dev writers EQ-ES, GJ-GL, HK-HM, HQ-HS.
English already reads "Y, who had in turn succeeded Z" (``subject_before``): the English
cases pass on the base too and stand here as the same construction in the other language.
"أدى X اليمين رئيساً أمام الرئيس Y، خلفاً لـZ": X, not Y (counted in GS-GU, JM-JO, JP-JR,
JS-JU); English "sworn in before President Y, replacing Z" still gives Y (no dev case)."""

from __future__ import annotations

import pytest

from tests.extract_support import SO, assert_relations

SINWAR = "person:yahya-sinwar"
HANIYEH = "person:ismail-haniyeh"
MESHAAL = "person:khaled-mashal"
RASHID = "person:abdul-latif-rashid"
SALIH = "person:barham-salih"
MASUM = "person:fuad-masum"
ARAGHCHI = "person:abbas-araghchi"
ABDOLLAHIAN = "person:hossein-amir-abdollahian"
ZARIF = "person:mohammad-javad-zarif"
PEZESHKIAN = "person:masoud-pezeshkian"
SUDANI = "person:mohammed-shia-al-sudani"
KADHIMI = "person:mustafa-al-kadhimi"
BAGHERI = "person:ali-bagheri-kani"

CASES = [
    # fail on the base: the relative clause's head, not the main clause's subject
    ("ar", "وعيّنت الحركة يحيى السنوار رئيساً للمكتب السياسي خلفاً لإسماعيل هنية، الذي تسلّم "
     "رئاسة المكتب عام 2017 خلفاً لخالد مشعل.",
     [SO(SINWAR, HANIYEH), SO(HANIYEH, MESHAAL)], [SO(SINWAR, MESHAAL)]),
    ("ar", "وانتخب البرلمان عبد اللطيف رشيد رئيساً خلفاً لبرهم صالح، الذي شغل المنصب بالوكالة "
     "خلفاً لفؤاد معصوم.", [SO(RASHID, SALIH), SO(SALIH, MASUM)], [SO(RASHID, MASUM)]),
    # fails on the base: "بدوره" and an adjective between the verb and its object
    ("ar", "وكان عراقجي قد تسلّم الوزارة خلفاً لعبد اللهيان، الذي خلف بدوره الإيراني محمد جواد "
     "ظريف.", [SO(ARAGHCHI, ABDOLLAHIAN), SO(ABDOLLAHIAN, ZARIF)], [SO(ARAGHCHI, ZARIF)]),
    # negative: the clause names the one who takes the post; its head succeeds no one
    ("ar", "وتحدث مسعود بزشكيان أمس، الذي أعلن أن عباس عراقجي سيتولى الوزارة خلفاً لحسين أمير "
     "عبد اللهيان.", [SO(ARAGHCHI, ABDOLLAHIAN)], [SO(PEZESHKIAN, ABDOLLAHIAN)]),
    # fail on the base: sworn in "أمام" (before) someone, who is no successor
    ("ar", "أدى محمد شياع السوداني، مساء الخميس، اليمين الدستورية رئيساً للوزراء أمام رئيس "
     "الجمهورية عبد اللطيف رشيد، خلفاً لمصطفى الكاظمي.",
     [SO(SUDANI, KADHIMI)], [SO(RASHID, KADHIMI)]),
    ("ar", "وكان عباس عراقجي قد أدى اليمين أمام الرئيس مسعود بزشكيان، الأحد الماضي، ضمن حكومة "
     "الرئيس الجديدة، خلفاً لعلي باقري كني.",
     [SO(ARAGHCHI, BAGHERI)], [SO(PEZESHKIAN, BAGHERI)]),
    # negative (pass on the base too): "أمام" with no oath, the relative clause's own taker
    ("ar", "وقف عبد اللطيف رشيد أمام محمد شياع السوداني الذي تسلم رئاسة الوزراء خلفاً لمصطفى "
     "الكاظمي.", [SO(SUDANI, KADHIMI)], [SO(RASHID, KADHIMI)]),
    # English (pass on the base too): the same chain with "who"
    ("en", "Sinwar replaced Ismail Haniyeh, who had in turn succeeded Khaled Meshaal in 2017.",
     [SO(SINWAR, HANIYEH), SO(HANIYEH, MESHAAL)], [SO(SINWAR, MESHAAL)]),
    ("en", "Abdul Latif Rashid was elected president in place of Barham Salih, who had himself "
     "replaced Fuad Masum.", [SO(RASHID, SALIH), SO(SALIH, MASUM)], [SO(RASHID, MASUM)]),
]


@pytest.mark.parametrize("lang,text,must,must_not", CASES)
def test_killsucc_s31(ex, lang: str, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang=lang), text[:40], must, must_not)
