"""Session 65 (blind65a): fixes after the first contact of blind set OA-OB (Iraq 2014-2019, written
blind: Haider al-Abadi, Adil Abdul-Mahdi, the Popular Mobilization Forces, Qasem Soleimani, the US
envoys, Abu Bakr al-Baghdadi's killing and his successor, the Kurdish leaders), each read in several
paraphrases of other outlets and people.

- Killings, English: a list of victims is not continued through a verb. "The group mourned X and
  named Y as his successor, days after a U.S. raid killed X": Y is a new object of another verb, not
  a second victim (``kill_victim_lists.next_listed_victim``: a lower-case verb between "and" and the
  next person, past tense in -ed or a verb of appointing, succeeding, meeting or killing, closes the
  list). "killed X and Y", "killed X and his deputy Y" still list both.
- Killings, Arabic: the fire of one gunman or sniper of a group, «استشهد X برصاص قناص من داعش»,
  «قُتل X برصاص مسلح تابع لـ Y»: the group killed X, as «برصاص مسلحين من Y» already gave
  (``kill_agents_ar._AR_GUNMEN``, ``_AR_OF_GROUP``). Not a wounding, a survived attempt or a
  sniper of no named group.
- Meetings, Arabic: «وبحث الجانبان» after «اجتمع C بالوزير B» in the same sentence stands for C and
  B, not for the two people the sentence before named («وحضر المراسم A وB»): A-B is no longer
  given (``meeting_press._two_here_before`` in ``dual_subject_met_ar``; `rules`: the scorer of
  `rules+scorer` still pairs two attendees of a ceremony on its own).
"""

import pytest

from tests.extract_support import met_sorted, relation_pairs, sorted_pair

US, ISRAEL = "country:united-states", "country:israel"
BAGHDADI, QURASHI = "person:abu-bakr-al-baghdadi", "person:abu-ibrahim-al-hashimi-al-qurashi"
HANIYEH, SINWAR = "person:ismail-haniyeh", "person:yahya-sinwar"
NASRALLAH, QASSEM = "person:hassan-nasrallah", "person:naim-qassem"
SOLEIMANI, MUHANDIS = "person:qasem-soleimani", "person:abu-mahdi-al-muhandis"
SHUKR, AQIL = "person:fuad-shukr", "person:ibrahim-aqil"


def _killed(extractor, text):  # type: ignore[no-untyped-def]
    return relation_pairs(extractor, text, "ASSASSINATED_BY", "en")


# --- a verb between "and" and the next person ends the list of victims --------------------------

@pytest.mark.parametrize("text, victim, other, agent", [
    ("Islamic State on Thursday confirmed the death of its leader Abu Bakr al-Baghdadi and named Abu "
     "Ibrahim al-Hashimi al-Qurashi as his successor, four days after U.S. special forces killed "
     "Baghdadi in a nighttime raid in northwestern Syria.", BAGHDADI, QURASHI, US),
    ("Hezbollah mourned its leader Hassan Nasrallah and named Naim Qassem as its new secretary-general, "
     "a month after Israel killed Nasrallah in Beirut.", NASRALLAH, QASSEM, ISRAEL),
    ("Hamas on Tuesday buried Ismail Haniyeh and elected Yahya Sinwar to lead its political bureau, a "
     "week after Israel killed Haniyeh in Tehran.", HANIYEH, SINWAR, ISRAEL),
    ("The group praised Fuad Shukr and appointed Ibrahim Aqil to succeed him, days after Israel killed "
     "Shukr in Beirut.", SHUKR, AQIL, ISRAEL),
])
def test_a_verb_after_and_ends_the_list_of_victims(shipped, text, victim, other, agent):
    killed = _killed(shipped, text)
    assert (victim, agent) in killed
    assert (other, agent) not in killed


@pytest.mark.parametrize("text, a, b, agent", [
    ("A U.S. drone strike killed Qasem Soleimani and Abu Mahdi al-Muhandis near Baghdad airport.", SOLEIMANI, MUHANDIS, US),
    ("Israel killed Fuad Shukr and senior commander Ibrahim Aqil in Beirut strikes.", SHUKR, AQIL, ISRAEL),
    ("Israel killed Ismail Haniyeh, the head of the Hamas political bureau, and his successor Yahya Sinwar "
     "within three months.", HANIYEH, SINWAR, ISRAEL),
])
def test_a_list_of_victims_still_holds_both(shipped, text, a, b, agent):
    killed = _killed(shipped, text)
    assert (a, agent) in killed
    assert (b, agent) in killed


# --- Arabic: the fire of one gunman or sniper of a group -------------------------------------------

IS, IDF, KH = "organization:islamic-state", "organization:israel-defense-forces", "organization:kataib-hezbollah"
HASHIMI = "person:hisham-al-hashimi"


@pytest.mark.parametrize("text, agent", [
    ("استشهد العميد في حرس الثورة الإسلامية حميد تقوي في سامراء برصاص قناص من داعش.", IS),
    ("قتل حميد تقوي برصاص قناص تابع لتنظيم داعش قرب سامراء.", IS),
    ("وقُتل الخبير الأمني هشام الهاشمي أمام منزله في بغداد برصاص مسلح تابع لكتائب حزب الله.", KH),
    ("اغتيلت الصحفية شيرين أبو عاقلة برصاص قناص من الجيش الإسرائيلي في جنين.", IDF),
    ("قضى هشام الهاشمي برصاص عنصر من كتائب حزب الله.", KH),
])
def test_one_gunman_or_sniper_of_a_group_gives_the_group(shipped, text, agent):
    killed = relation_pairs(shipped, text, "ASSASSINATED_BY", "ar")
    assert any(a == agent for _, a in killed), killed


@pytest.mark.parametrize("text", [
    "أصيب هشام الهاشمي برصاص قناص من كتائب حزب الله في بغداد.",
    "نجا هشام الهاشمي من محاولة اغتيال برصاص مسلح من كتائب حزب الله.",
    "قتل هشام الهاشمي برصاص قناص في بغداد.",
])
def test_no_group_killing_without_a_death_or_a_group(shipped, text):
    assert not relation_pairs(shipped, text, "ASSASSINATED_BY", "ar")


# --- Arabic: "the two sides" after a meeting of two named in its own sentence ---------------------

ZARIF, HALBOUSI, NECHIRVAN = ("person:mohammad-javad-zarif", "person:mohammed-al-halbousi",
                              "person:nechirvan-barzani")
SALIH, ERDOGAN, ABDULLAH = "person:barham-salih", "person:recep-tayyip-erdogan", "person:abdullah-ii"
BERRI, MIKATI, AOUN = "person:nabih-berri", "person:najib-mikati", "person:joseph-aoun"


@pytest.mark.parametrize("text, a, b, host", [
    ("وحضر مراسم التنصيب رئيس مجلس النواب العراقي محمد الحلبوسي ووزير الخارجية الإيراني محمد جواد ظريف. "
     "وعلى هامش المراسم، اجتمع الرئيس نيجيرفان بارزاني بالوزير ظريف، وبحث الجانبان العلاقات الثنائية.",
     HALBOUSI, ZARIF, NECHIRVAN),
    ("شارك الرئيس برهم صالح والرئيس رجب طيب أردوغان في القمة. وعلى هامشها التقى الملك عبد الله الثاني "
     "بالرئيس أردوغان، وبحث الجانبان العلاقات الثنائية.", SALIH, ERDOGAN, ABDULLAH),
    ("حضر جلسة الافتتاح رئيس مجلس النواب نبيه بري ورئيس الحكومة نجيب ميقاتي. وبعد الجلسة اجتمع الرئيس "
     "جوزاف عون بالرئيس ميقاتي، وتباحث الجانبان في الوضع في الجنوب.", BERRI, MIKATI, AOUN),
])
def test_the_two_sides_are_the_two_of_their_own_sentence(rules_only, text, a, b, host):
    # (rules only: the learned scorer pairs the two attendees of the first sentence by itself)
    met = met_sorted(rules_only, text, "ar")
    assert sorted_pair(host, b) in met
    assert sorted_pair(a, b) not in met


def test_the_two_sides_still_reach_the_sentence_before(shipped):
    text = ("وصل وزير الخارجية الإيراني محمد جواد ظريف إلى بغداد، حيث استقبله رئيس الوزراء عادل عبد المهدي. "
            "وبحث الجانبان العلاقات الثنائية.")
    assert sorted_pair("person:adil-abdul-mahdi", ZARIF) in met_sorted(shipped, text, "ar")
