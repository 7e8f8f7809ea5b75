"""Session 70 (blind70e): fixes after the first contact of blind set TA-TB (Lebanon 2024-2025,
written blind: Nasrallah's killing, Qassem's election, Hochstein's shuttle, Joseph Aoun's
election and Nawaf Salam's designation, the foreign envoys), each read in other paraphrases,
people and clitics.

- Arabic: a sentence that opens with a verb of going whose subject is dropped, then a و-verb of
  meeting: "(وصل X إلى بيروت.) ثم انتقل إلى السراي والتقى Y، قبل أن يجتمع بـZ": X met Y and Z,
  Y did not meet Z (``moved_then_met_ar``); with the traveller named, "وانتقل X إلى B والتقى
  Y، قبل أن يلتقي Z": X, not Y, goes on to meet Z (``meeting_chain._clause_subject``).
- English: a bare "the two" object of a hosting or meeting verb: "A and B flew in. Earlier, X
  received the two at the palace" (``plural_refs._bare_object_en``).
- Arabic: the prime minister's style «ودولة» opening the next list member: "التقى X دولة رئيس
  الوزراء Y، ودولة رئيس مجلس النواب Z" (``lexicon.AR_HONORIFIC_WORDS``).
"""

import pytest

from tests.extract_support import entity_ids
from tests.extract_support import met_sorted as _met
from tests.extract_support import sorted_pair as _pair

ABDELATTY, AOUN, SALAM, RAJJI = ("person:badr-abdelatty", "person:joseph-aoun",
                                 "person:nawaf-salam", "person:youssef-rajji")
ARAGHCHI, BERRI, MIKATI = "person:abbas-araghchi", "person:nabih-berri", "person:najib-mikati"
BARRACK, FAISAL = "person:tom-barrack", "person:faisal-bin-farhan"
KADHIMI, SISI, ABDULLAH = ("person:mustafa-al-kadhimi", "person:abdel-fattah-el-sisi",
                           "person:abdullah-ii")
SHARAA, BARROT, BAERBOCK = ("person:ahmed-al-sharaa", "person:jean-noel-barrot",
                            "person:annalena-baerbock")
KHULAIFI = "person:mohammed-al-khulaifi"


@pytest.mark.parametrize("text, guest, met, not_pair", [
    ("وصل وزير الخارجية المصري بدر عبد العاطي إلى بيروت صباح اليوم.\n"
     "ثم توجه إلى قصر بعبدا والتقى رئيس الجمهورية جوزاف عون، قبل أن يجتمع برئيس الحكومة نواف "
     "سلام في السراي.", ABDELATTY, [AOUN, SALAM], (AOUN, SALAM)),
    ("وصل وزير الخارجية المصري بدر عبد العاطي إلى بيروت في زيارة تستمر يومين.\n"
     "ثم انتقل إلى السراي الحكومي والتقى رئيس الحكومة نواف سلام، قبل أن يجتمع بنظيره اللبناني "
     "يوسف رجي في مقر الوزارة.", ABDELATTY, [SALAM, RAJJI], (SALAM, RAJJI)),
    ("حطّ وزير الخارجية الإيراني عباس عراقجي في مطار بيروت بعد ظهر اليوم.\n"
     "وانتقل عراقجي إلى عين التينة والتقى رئيس مجلس النواب نبيه بري، قبل أن يلتقي رئيس الحكومة "
     "نجيب ميقاتي في السراي.", ARAGHCHI, [BERRI, MIKATI], (BERRI, MIKATI)),
    ("وصل المبعوث الأميركي توم باراك إلى بيروت مساء أمس.\n"
     "وتوجه صباح اليوم إلى عين التينة والتقى رئيس مجلس النواب نبيه بري.", BARRACK, [BERRI], None),
])
def test_moved_opening_then_met_ar(shipped, text, guest, met, not_pair):
    pairs = _met(shipped, text, "ar")
    for m in met:
        assert _pair(guest, m) in pairs, (m, pairs)
    if not_pair:
        assert _pair(*not_pair) not in pairs, pairs


def test_moved_opening_first_sentence_names_no_one_ar(rules_only):
    # the first sentence of an article: no traveller before it, no meeting made up
    text = "ثم انتقل إلى السراي الحكومي والتقى رئيس الحكومة نواف سلام."
    assert _met(rules_only, text, "ar") == set()


def test_moved_then_met_en(shipped):
    # (the English reading already held: the same story told in English)
    text = ("Egyptian Foreign Minister Badr Abdelatty arrived in Beirut on Thursday. He then went "
            "to the Grand Serail and met Prime Minister Nawaf Salam, before holding talks with "
            "Foreign Minister Youssef Rajji.")
    pairs = _met(shipped, text)
    assert {_pair(ABDELATTY, SALAM), _pair(ABDELATTY, RAJJI)} <= pairs
    assert _pair(SALAM, RAJJI) not in pairs


@pytest.mark.parametrize("text, host, guests", [
    ("Jordan's King Abdullah and Egyptian President Abdel Fattah el-Sisi arrived in Baghdad on "
     "Saturday for the summit. Hours later, Iraqi Prime Minister Mustafa al-Kadhimi received "
     "the two at the government palace.", KADHIMI, [ABDULLAH, SISI]),
    ("French Foreign Minister Jean-Noel Barrot and German Foreign Minister Annalena Baerbock flew "
     "into Damascus on Friday. Syrian leader Ahmed al-Sharaa met the two in the presidential "
     "palace and discussed sanctions.", SHARAA, [BARROT, BAERBOCK]),
    ("Egypt's Foreign Minister Badr Abdelatty and Qatari minister of state Mohammed al-Khulaifi "
     "landed in Beirut. Later, Speaker Nabih Berri hosted the two, his office said.",
     BERRI, [ABDELATTY, KHULAIFI]),
])
def test_the_two_bare_object_en(shipped, text, host, guests):
    pairs = _met(shipped, text)
    for g in guests:
        assert _pair(host, g) in pairs, (g, pairs)


def test_the_two_object_not_met_en(shipped):
    # a meeting denied: "the two" are read, but no one met them
    text = ("French Foreign Minister Jean-Noel Barrot and German Foreign Minister Annalena "
            "Baerbock flew into Damascus on Friday. Syrian leader Ahmed al-Sharaa did not meet "
            "the two, his office said.")
    pairs = _met(shipped, text)
    assert _pair(SHARAA, BARROT) not in pairs and _pair(SHARAA, BAERBOCK) not in pairs


@pytest.mark.parametrize("text, host, guests, not_pair", [
    ("والتقى وزير الخارجية السعودي فيصل بن فرحان دولة رئيس الوزراء نواف سلام، ودولة رئيس مجلس "
     "النواب نبيه بري في بيروت.", FAISAL, [SALAM, BERRI], (SALAM, BERRI)),
    ("استقبل وزير الخارجية المصري بدر عبد العاطي في القاهرة فخامة رئيس الجمهورية جوزاف عون "
     "ودولة رئيس الحكومة نواف سلام.", ABDELATTY, [AOUN, SALAM], None),
])
def test_dawlat_style_opens_next_member_ar(shipped, text, host, guests, not_pair):
    pairs = _met(shipped, text, "ar")
    for g in guests:
        assert _pair(host, g) in pairs, (g, pairs)
    if not_pair:
        assert _pair(*not_pair) not in pairs, pairs


def test_wa_dawlat_before_a_state_stays_a_state_ar(rules_only):
    # «ودولة» before a state's name is "and the State of": the country is still read
    text = "وصل وزراء خارجية قطر ودولة الإمارات العربية المتحدة إلى بيروت اليوم."
    ids = entity_ids(rules_only, text, "ar")
    assert "country:united-arab-emirates" in ids and "country:qatar" in ids
