"""Session 72 (blind72d): three readings the Turkey 2016-2019 blind set missed.

- Killings, English: a passive "shot / stabbed" whose wounds stand before "by" ("X was shot
  nine times in the back / in the head / twice from behind by Y"), when the death of X is told
  near his name in this sentence or the three before ("the 2014 assassination of X", "X died");
  "shot dead at close range by Y" too (``kill_agents_en.manner_to_death_by_en``). Not when the
  death is not told, nor after a survived attempt or a wound.
- Meetings, English: "Y received him" after a time opener written without a comma ("Hours
  later Y received him", "The next day Y hosted him"): the previous sentence's subject
  (``meeting_noun_sides.opening_adverbial_en``).
- Successions, Arabic: "خلفاً له" after a second appointment of the sentence: "عيّن A وزيراً
  خلفاً لـB، فيما عُيّن C رئيساً للأركان خلفاً له": C succeeds A, who left that post
  (``core_recall_succession.moved_appointee_ar``); and the name «فادي» is no «فأدى» (an oath
  word) before "خلفاً له" (``succession_helpers.in_his_place_ar``).
"""

import pytest

from tests.extract_support import met_sorted as _met
from tests.extract_support import relation_pairs
from tests.extract_support import sorted_pair as _pair

AB, SO = "ASSASSINATED_BY", "SUCCESSOR_OF"
DUMONT, CLAES = "person:luc-dumont", "person:peter-claes"


# --- English: "X was shot nine times in the back by Y", his death told --------------------

@pytest.mark.parametrize("text, victim, agent", [
    ("Ten suspects went on trial on Monday over the 2014 assassination of Belgium's ambassador "
     "Luc Dumont. Dumont was shot nine times in the back by Pieter Claes, an off-duty guard, as "
     "he spoke at a gallery.", DUMONT, CLAES),
    ("The murder of the Belgian envoy Luc Dumont shocked Brussels. Dumont was shot in the head "
     "by Pieter Claes at a reception in Lyon.", DUMONT, CLAES),
    ("The former mayor Luc Dumont died on Sunday in Liege. He had been stabbed twice in the "
     "chest by Pieter Claes outside his office, police said. Luc Dumont was stabbed twice in "
     "the chest by Pieter Claes, a former employee.", DUMONT, CLAES),
    ("The prosecutor, Jan Maes, was shot dead at close range by Karel Peeters on Friday.",
     "person:jan-maas", "person:karl-peeters"),
])
def test_shot_with_its_wounds_by_named_killer(shipped, text, victim, agent):
    assert (victim, agent) in relation_pairs(shipped, text, AB, "en")


@pytest.mark.parametrize("text", [
    # no death told: a shooting, not a killing
    "The Belgian envoy Luc Dumont was shot nine times in the back by Pieter Claes at a gallery.",
    "Luc Dumont was shot in the leg by Pieter Claes during the protest on Monday.",
    # a survived attempt
    "The assassination attempt on Luc Dumont failed. Dumont was shot twice in the chest by "
    "Pieter Claes but survived.",
])
def test_shot_with_wounds_but_no_death_told_gives_no_killing(shipped, text):
    assert (DUMONT, CLAES) not in relation_pairs(shipped, text, AB, "en")


# --- English: "Hours later Y received him" ------------------------------------------------

@pytest.mark.parametrize("text, a, b", [
    ("Dragan Petrovic, the only candidate, won the vote at the party congress. Hours later "
     "President Milan Kovac received him at the palace and asked him to form a cabinet.",
     "person:dragan-petrovic", "person:milan-kovac"),
    ("Foreign Minister Anna Berg arrived in Oslo on Tuesday for a two-day visit. The next day "
     "Prime Minister Lars Dahl hosted her at his residence.",
     "person:anna-berg", "person:lars-dahl"),
])
def test_him_after_a_time_opener_without_comma(shipped, text, a, b):
    assert _pair(a, b) in _met(shipped, text)


def test_him_after_a_when_clause_is_not_the_previous_subject(shipped):
    text = ("Dragan Petrovic won the vote at the party congress. When Ivan Horvat arrived "
            "President Milan Kovac received him at the palace.")
    assert _pair("person:dragan-petrovic", "person:milan-kovac") not in _met(shipped, text)


# --- Arabic: "عيّن A ... خلفاً لـB، فيما عُيّن C ... خلفاً له" --------------------------

@pytest.mark.parametrize("text, pairs", [
    ("عيّن الرئيس كمال نجار اللواء سمير حداد وزيراً للدفاع خلفاً لرامي عون، فيما عُيّن "
     "اللواء جورج خوري رئيساً للأركان خلفاً له.",
     [("person:samir-haddad", "person:rami-aoun"), ("person:george-khoury", "person:samir-haddad")]),
    ("وأصدر الملك مرسوماً بتعيين وزير الداخلية نبيل سالم رئيساً للحكومة خلفاً لعمر راشد، كما "
     "عُيّن مدير الأمن العام وليد قاسم وزيراً للداخلية خلفاً له.",
     [("person:nabil-salem", "person:omar-rashid"), ("person:walid-qasem", "person:nabil-salem")]),
    # three appointments: "له" is the one named last before the third
    ("أصدر الرئيس كمال نجار مرسوماً بتعيين اللواء سمير حداد وزيراً للدفاع خلفاً لرامي عون، "
     "واللواء نبيل سالم، قائد الشرطة، وزيراً للداخلية بدلاً من عمر راشد، فيما عُيّن العميد "
     "جورج خوري خلفاً له في قيادة الشرطة.",
     [("person:samir-haddad", "person:rami-aoun"), ("person:george-khoury", "person:nabil-salem")]),
])
def test_second_appointee_succeeds_the_first_who_moved(shipped, text, pairs):
    got = relation_pairs(shipped, text, SO, "ar")
    for p in pairs:
        assert p in got


def test_the_name_fadi_is_no_oath_word_before_khalafan_lahu(shipped):
    text = "واستقال وزير الدفاع سمير حداد أمس، وعُيّن اللواء فادي خوري وزيراً للدفاع خلفاً له."
    assert ("person:fadi-khoury", "person:samir-haddad") in relation_pairs(shipped, text, SO, "ar")


# --- Arabic: "وكان X رئيس الوزراء قد استقبل الرئيس التركي" --------------------------------

@pytest.mark.parametrize("text, host", [
    ("استقبل الملك عبدالله الثاني الرئيس الفرنسي إيمانويل ماكرون في قصر الحسينية. وكان بشر "
     "الخصاونة رئيس الوزراء قد استقبل الرئيس الفرنسي صباح اليوم في دار الرئاسة.",
     "person:bisher-al-khasawneh"),
    ("استقبل الملك عبدالله الثاني الرئيس الفرنسي إيمانويل ماكرون. والتقى أيمن الصفدي نائب رئيس "
     "الوزراء وزير الخارجية الرئيس الفرنسي في وقت لاحق.", "person:ayman-safadi"),
])
def test_a_title_after_the_name_does_not_swallow_the_object_description(shipped, text, host):
    assert _pair(host, "person:emmanuel-macron") in _met(shipped, text, "ar")
