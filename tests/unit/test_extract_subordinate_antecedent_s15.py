""""He" / a dropped Arabic subject refers to the previous sentence's main-clause subject, not
to the subject of a subordinate clause opened before it ("A week after X was killed, Y landed
in Beirut. He met Z": Y met Z). Alone, the subordinate subject still serves. Our own
sentences, not taken from any dev set.
"""

import pytest

from tests.extract_support import met_pairs

NASRALLAH, ARAGHCHI, BERRI = ("person:hassan-nasrallah", "person:abbas-araghchi",
                              "person:nabih-berri")
HANIYEH, BAGHERI, MIKATI = ("person:ismail-haniyeh", "person:ali-bagheri-kani",
                            "person:najib-mikati")
SOLEIMANI, QAANI, AMIRI = ("person:qasem-soleimani", "person:esmail-qaani",
                           "person:hadi-al-amiri")
ASSAD, SHARAA, FIDAN = "person:bashar-al-assad", "person:ahmed-al-sharaa", "person:hakan-fidan"


@pytest.mark.parametrize("text,lang,right,wrong", [
    ("A week after Hassan Nasrallah was killed in Beirut, Abbas Araghchi landed at the "
     "city's airport. He was received by Nabih Berri.", "en", (ARAGHCHI, BERRI),
     (NASRALLAH, BERRI)),
    ("Days after Ismail Haniyeh was assassinated, Ali Bagheri Kani arrived in Beirut. He met "
     "Najib Mikati at the Grand Serail.", "en", (BAGHERI, MIKATI), (HANIYEH, MIKATI)),
    ("When Qasem Soleimani was killed, Esmail Qaani took over the Quds Force. He later met "
     "Hadi al-Amiri in Baghdad.", "en", (QAANI, AMIRI), (SOLEIMANI, AMIRI)),
    ("Since Bashar al-Assad fell, Ahmed al-Sharaa has received many envoys. He met Hakan "
     "Fidan on Sunday.", "en", (SHARAA, FIDAN), (ASSAD, FIDAN)),
    ("وبعدما قُتل إسماعيل هنية في طهران، وصل علي باقري كني إلى بيروت. والتقى نجيب ميقاتي "
     "في السراي.", "ar", (BAGHERI, MIKATI), (HANIYEH, MIKATI)),
    ("وعندما اغتيل قاسم سليماني، تولى إسماعيل قاآني قيادة فيلق القدس. والتقى هادي العامري "
     "في بغداد.", "ar", (QAANI, AMIRI), (SOLEIMANI, AMIRI)),
    ("حين سقط بشار الأسد، كان أحمد الشرع في حلب. واستقبل هاكان فيدان في دمشق.", "ar",
     (SHARAA, FIDAN), (ASSAD, FIDAN)),
])
def test_main_clause_subject_is_the_antecedent(ex, text, lang, right, wrong):
    met = met_pairs(ex.extract(text, lang=lang))
    assert frozenset(right) in met
    assert frozenset(wrong) not in met


@pytest.mark.parametrize("text,lang,pair", [
    # the subordinate subject is the only one: it stays the antecedent
    ("After Abbas Araghchi landed in Beirut, talks began at once. He met Nabih Berri.", "en",
     (ARAGHCHI, BERRI)),
    ("وصل عباس عراقجي إلى بيروت. والتقى نبيه بري في عين التينة.", "ar", (ARAGHCHI, BERRI)),
])
def test_sole_subject_still_serves(ex, text, lang, pair):
    assert frozenset(pair) in met_pairs(ex.extract(text, lang=lang))
