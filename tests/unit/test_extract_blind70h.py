"""Session 70 (blind70h): constructions missed on the blind set TG-TH (Libya, 2011-2024), fixed in
general and tested here on sentences of their own.

- Meetings, Arabic: "استقبل H A، وB، وC، بحضور Z": a delegation of three (or four) named guests
  received in one clause sat at one table, so they met each other too, as two guests already
  did (``meeting_host_aide_ar.received_together_ar``, ``_MOST_TOGETHER``); not when the
  sentence tells them received apart ("كلاً على حدة").
- Killings, Arabic: "أعدمت القوات ما لا يقل عن 30 من أنصار / حراس X": the counted members of
  X's group were killed, not X (``kill_partitive_owner_ar``, read by ``killing_rules``); a
  victim named after an among-cue ("..، بينهم X") still is.
"""

import pytest

from tests.extract_support import met_sorted as _met
from tests.extract_support import relation_pairs
from tests.extract_support import sorted_pair as _pair

ATTAF = "person:ahmed-attaf"
ABDULLAH, HUSSEIN = "person:abdullah-ii", "person:hussein-bin-abdullah"
FAISAL, ABDELATTY = "person:faisal-bin-farhan", "person:badr-abdelatty"
SUDANI, ARAGHCHI, NASIRZADEH, BAGHERI = ("person:mohammed-shia-al-sudani", "person:abbas-araghchi",
                                         "person:aziz-nasirzadeh", "person:mohammad-bagheri")


# --- Arabic: three or four guests of one reception, with a witness --------------------------

@pytest.mark.parametrize("text, host, guests, witness", [
    ("استقبل رئيس الوزراء العراقي محمد شياع السوداني، اليوم الأحد في بغداد، وزير الخارجية "
     "الإيراني عباس عراقجي، ووزير الدفاع عزيز نصير زاده، ورئيس الأركان محمد باقري، "
     "بحضور وزير الخارجية فؤاد حسين.",
     SUDANI, [ARAGHCHI, NASIRZADEH, BAGHERI], "person:fuad-hussein"),
    ("واستقبل العاهل الأردني الملك عبد الله الثاني في قصر الحسينية وزير الخارجية السعودي الأمير "
     "فيصل بن فرحان ووزير الخارجية المصري بدر عبد العاطي ووزير الخارجية الجزائري أحمد عطاف، "
     "بحضور ولي العهد الأمير الحسين بن عبد الله.",
     ABDULLAH, [FAISAL, ABDELATTY, ATTAF], HUSSEIN),
])
def test_three_guests_received_together_ar(shipped, text, host, guests, witness):
    met = _met(shipped, text, "ar")
    for g in guests:
        assert _pair(host, g) in met
        assert _pair(witness, g) in met
    for i, a in enumerate(guests):
        for b in guests[i + 1:]:
            assert _pair(a, b) in met


def test_three_guests_received_apart_ar(shipped):
    text = ("استقبل رئيس الوزراء العراقي محمد شياع السوداني، كلاً على حدة، وزير الخارجية الإيراني "
            "عباس عراقجي، ووزير الدفاع عزيز نصير زاده، ورئيس الأركان محمد باقري، بحضور "
            "وزير الخارجية فؤاد حسين.")
    met = _met(shipped, text, "ar")
    assert _pair(SUDANI, ARAGHCHI) in met
    assert _pair(ARAGHCHI, NASIRZADEH) not in met
    assert _pair(NASIRZADEH, BAGHERI) not in met


# --- Arabic killings: the owner of a counted group of victims is no victim ------------------

BASHIR, BURHAN, RSF = ("person:omar-al-bashir", "person:abdel-fattah-al-burhan",
                       "organization:rapid-support-forces")


def _kill(ex, text):
    return relation_pairs(ex, text, "ASSASSINATED_BY", "ar")


def test_counted_supporters_owner_not_killed_ar(shipped):
    text = ("وقال التقرير إن قوات الدعم السريع أعدمت ما لا يقل عن 30 من أنصار الرئيس السابق عمر "
            "البشير في الخرطوم.")
    assert (BASHIR, RSF) not in _kill(shipped, text)


@pytest.mark.parametrize("text, owner, agent", [
    ("قالت المنظمة إن قوات الدعم السريع أعدمت 20 من حراس الرئيس عمر البشير.", BASHIR, RSF),
    ("وأعلن الجيش أن قوات الدعم السريع قتلت 14 من حراس رئيس مجلس السيادة عبد الفتاح البرهان.",
     BURHAN, RSF),
])
def test_counted_guards_owner_not_killed_ar(rules_only, text, owner, agent):
    assert (owner, agent) not in _kill(rules_only, text)


@pytest.mark.parametrize("text", [
    "وقالت المصادر إن قوات الدعم السريع قتلت ثلاثة من قادة الجيش، بينهم الفريق عبد الفتاح البرهان.",
    "وقالت المصادر إن قوات الدعم السريع اغتالت الفريق عبد الفتاح البرهان.",
])
def test_named_victim_still_killed_ar(shipped, text):
    assert (BURHAN, RSF) in _kill(shipped, text)
