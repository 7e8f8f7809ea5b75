"""Session 17, wire-agency Lebanon texts (dev batch EB-ED): constructions behind its errors,
with sentences written for these tests (other people, titles and word orders)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract_support import MW, assert_relations

# ---- "The envoy also met Y": the person the article gave that title, even sentences back ---
DESCRIBED_SUBJECT_FAR = [
    ("French envoy Jean-Yves Le Drian landed in Beirut on Monday. Le Drian, who does not meet "
     "Hezbollah officials, relies on Berri to pass messages. Amal MP Ali Hassan Khalil said "
     "the talks would be useful. The envoy later met Prime Minister Nawaf Salam.",
     [MW("person:jean-yves-le-drian", "person:nawaf-salam")],
     [MW("person:ali-hassan-khalil", "person:nawaf-salam")]),
    ("Iranian Foreign Minister Abbas Araghchi arrived in Beirut on Sunday. Araghchi, who has "
     "not met Israeli officials, carried a message from Tehran. His visit was the second in a "
     "month. Amal MP Ali Hassan Khalil said the talks would be useful. The minister then met "
     "Prime Minister Najib Mikati and Speaker Nabih Berri.",
     [MW("person:abbas-araghchi", "person:najib-mikati"),
      MW("person:abbas-araghchi", "person:nabih-berri")],
     [MW("person:nabih-berri", "person:najib-mikati"),
      MW("person:ali-hassan-khalil", "person:najib-mikati")]),
    ("U.S. envoy Morgan Ortagus reached Beirut on Friday. Ortagus, who will not see Hezbollah "
     "members, wants faster disarmament. Lawmaker Qassem Hashem said the proposal was unfair. "
     "The envoy also held talks with President Joseph Aoun.",
     [MW("person:morgan-ortagus", "person:joseph-aoun")],
     [MW("person:joseph-aoun", "person:qasem-hashem")]),
    # the minister the sentence names after the verb is met, not the subject
    ("Iraqi Foreign Minister Fuad Hussein arrived in Tehran on Monday. The minister then met "
     "Defence Minister Aziz Nasirzadeh and Speaker Mohammad Bagher Ghalibaf.",
     [MW("person:fuad-hussein", "person:mohammad-bagher-ghalibaf")],
     [MW("person:aziz-nasirzadeh", "person:mohammad-bagher-ghalibaf")]),
]


@pytest.mark.parametrize(("text", "must", "must_not"), DESCRIBED_SUBJECT_FAR)
def test_described_subject_titled_sentences_back(ex: Any, text: str, must: list,
                                                 must_not: list) -> None:
    assert_relations(ex.extract(text, lang="en"), text[:50], must, must_not)


def test_described_subject_negative(ex: Any) -> None:
    text = ("U.S. envoy Amos Hochstein flew to Beirut on Tuesday. Hochstein, who does not meet "
            "Hezbollah officials, relies on Berri. Amal MP Qassem Hashem said the talks had been "
            "positive. The envoy did not meet Prime Minister Najib Mikati.")
    assert_relations(ex.extract(text, lang="en"), "negative", [],
                     [MW("person:amos-hochstein", "person:najib-mikati"),
                      MW("person:najib-mikati", "person:qasem-hashem")])


# ---- "وانتقل بعد لقاء Y إلى السراي حيث التقى Z": Y was met, the traveller met Z -------------
_LARIJANI = "وصل أمين المجلس الأعلى للأمن القومي الإيراني علي لاريجاني إلى بيروت، "
MET_NOUN_OBJECT_AR = [
    ("استقبل رئيس مجلس النواب نبيه بري وفداً نيابياً فرنسياً. ووصل وزير الخارجية الإيراني "
     "عباس عراقجي إلى بيروت صباحاً، وانتقل بعد لقاء بري إلى السراي حيث بحث مع رئيس الحكومة "
     "نجيب ميقاتي الأوضاع.",
     [MW("person:abbas-araghchi", "person:najib-mikati")],
     [MW("person:nabih-berri", "person:najib-mikati")]),
    (_LARIJANI + "وانتقل بعد لقاء الرئيس جوزاف عون إلى عين التينة حيث التقى رئيس مجلس النواب "
     "نبيه بري.",
     [MW("person:ali-larijani", "person:nabih-berri")],
     [MW("person:joseph-aoun", "person:nabih-berri")]),
    (_LARIJANI + "وانتقل بعد لقاء الرئيس جوزاف عون إلى عين التينة حيث اجتمع برئيس مجلس "
     "النواب نبيه بري.",
     [MW("person:ali-larijani", "person:nabih-berri")],
     [MW("person:joseph-aoun", "person:nabih-berri")]),
    ("وصلت المبعوثة الأميركية مورغان أورتاغوس إلى بيروت، وتوجهت عقب مقابلة الرئيس جوزاف عون "
     "إلى السراي حيث استقبلها رئيس الحكومة نواف سلام.",
     [MW("person:morgan-ortagus", "person:nawaf-salam")],
     [MW("person:joseph-aoun", "person:nawaf-salam")]),
    # negative: the traveller did not meet the prime minister
    (_LARIJANI + "وانتقل بعد لقاء الرئيس جوزاف عون إلى السراي، لكنه لم يلتق رئيس الحكومة "
     "نواف سلام.",
     [],
     [MW("person:ali-larijani", "person:nawaf-salam"),
      MW("person:joseph-aoun", "person:nawaf-salam")]),
]


@pytest.mark.parametrize(("text", "must", "must_not"), MET_NOUN_OBJECT_AR)
def test_meeting_noun_object_is_no_later_subject_ar(ex: Any, text: str, must: list,
                                                    must_not: list) -> None:
    assert_relations(ex.extract(text, lang="ar"), text[:40], must, must_not)


def test_meeting_noun_object_is_no_later_subject_en_counterpart(ex: Any) -> None:
    """The English order names the subject again ("after meeting Aoun, he met Berri")."""
    text = ("Iran's security chief Ali Larijani arrived in Beirut on Wednesday. After meeting "
            "President Joseph Aoun he went to Ain al-Tineh, where he met Speaker Nabih Berri.")
    assert_relations(ex.extract(text, lang="en"), "en", [MW("person:ali-larijani",
                                                            "person:nabih-berri")],
                     [MW("person:joseph-aoun", "person:nabih-berri")])
