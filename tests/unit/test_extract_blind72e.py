"""Session 72 (blind72e): readings found wrong on the Iraqi Kurdistan blind set UI-UJ.

1. Condolences received by a list: «تقبّل X وY التعازي من Z», "X and Y accepted the condolences
   of Z": each of the receivers met Z, not only the first (``meeting_condolences``).
2. A residence a head of state receives guests in, "at the Vahdettin Pavilion", "at the Huber
   Mansion", is a place, no person met (``mention_runs_en._EN_PLACE_HEADS``).
"""

from __future__ import annotations

import pytest

from tests.extract_support import MW, assert_relations

ZARIF = "person:mohammad-javad-zarif"
FIDAN = "person:hakan-fidan"
BAFEL = "person:bafel-talabani"
QUBAD = "person:qubad-talabani"
HERO = "person:hero-ibrahim-ahmed"
NECHIRVAN = "person:nechirvan-barzani"
MASROUR = "person:masrour-barzani"
ERDOGAN = "person:recep-tayyip-erdogan"
SUDANI = "person:mohammed-shia-al-sudani"
ARAGHCHI = "person:abbas-araghchi"

CASES = [
    # 1. fail on the base: the second receiver of the condolences
    ("ar", "وتقبّل بافل طالباني وقباد طالباني التعازي من وزير الخارجية الإيراني محمد جواد ظريف في "
     "السليمانية.",
     [MW(BAFEL, ZARIF), MW(QUBAD, ZARIF)], []),
    ("ar", "وتقبلت هيرو إبراهيم أحمد ونجلها بافل طالباني التعازي من محمد جواد ظريف أمس.",
     [MW(HERO, ZARIF), MW(BAFEL, ZARIF)], []),
    ("ar", "وتقبل نيجيرفان بارزاني ومسرور بارزاني في أربيل تعازي هاكان فيدان أمس.",
     [MW(NECHIRVAN, FIDAN), MW(MASROUR, FIDAN)], []),
    # negative: a phoned condolence is no meeting, whoever received it
    ("ar", "وتلقى بافل طالباني وقباد طالباني التعازي هاتفياً من محمد جواد ظريف.",
     [], [MW(BAFEL, ZARIF), MW(QUBAD, ZARIF)]),
    # negative: someone named before the list, in another clause, received nothing
    ("ar", "وصل محمد جواد ظريف إلى السليمانية أمس، وتقبل بافل طالباني التعازي من عباس عراقجي.",
     [MW(BAFEL, ARAGHCHI)], [MW(ZARIF, ARAGHCHI)]),
    ("en", "Nechirvan Barzani and Masrour Barzani accepted the condolences of Turkish Foreign "
     "Minister Hakan Fidan on Sunday.",
     [MW(NECHIRVAN, FIDAN), MW(MASROUR, FIDAN)], []),
    ("en", "Bafel Talabani and his brother Qubad Talabani received condolences from Iranian "
     "Foreign Minister Mohammad Javad Zarif in Sulaimani.",
     [MW(BAFEL, ZARIF), MW(QUBAD, ZARIF)], []),
    # 2. fail on the base: the pavilion / mansion met Erdogan's guest
    ("en", "Turkish President Tayyip Erdogan received the prime minister of Iraq's Kurdistan "
     "region, Masrour Barzani, at the Vahdettin Pavilion in Istanbul on Thursday.",
     [MW(ERDOGAN, MASROUR)], [MW(MASROUR, "person:vahdettin-pavilion")]),
    ("en", "President Recep Tayyip Erdogan hosted Iraqi Prime Minister Mohammed Shia al-Sudani "
     "at the Huber Mansion on Sunday.",
     [MW(ERDOGAN, SUDANI)], [MW(SUDANI, "person:huber-mansion")]),
]


@pytest.mark.parametrize("lang,text,must,must_not", CASES)
def test_blind72e(shipped, lang, text, must, must_not):
    doc = shipped.extract(text, lang=lang)
    assert_relations(doc, text[:60], must, must_not)

