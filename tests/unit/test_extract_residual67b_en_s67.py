"""Session 67 (residual67b-en): English constructions the second and third waves' blind sets
(PU-QF) still missed.

- Lists of people met: a nickname in quotation marks after a name (straight or curly, double or
  single) does not end the list, "Feltman met Burhan, his deputy Mohamed Hamdan Daglo 'Hemetti'
  and Hamdok together" (``chain_paren_alias.paren_alias_end``, as brackets and guillemets already
  did); a quoted phrase that is no name ("X 'in good faith' and Y said") still ends it.
- Gapped objects: a third object after the second's own place phrase, "met A in Kampala, then B
  in Addis Ababa and C in Nairobi" (``gapped_objects.gapped_next``: B was dropped when another
  "and C in ..." followed its phrase); not when C's clause goes on with a verb of its own.
- Joint talks: "X and Y agreed ... after (more than six hours of) talks" pairs X and Y as "during
  talks" already did (``wire_meetings.pair_during_meeting_en``; not "after phone talks", not a
  negated verb).
- Attendees after a plural title: "the talks, which were also attended by the two countries'
  foreign and defense ministers, A, B, C and D" (``plural_title_apposed_en``, read by
  ``meeting_attended._after_by`` when no one is named within six words of "by").
- A meeting counted in the next sentence: "X met with A, B and C. The four officials discussed a
  framework ..." (every two of them met, when the sentence before named as many people:
  ``meeting_all_sides.counted_meeting_before``; ``rules._REFER_BACK_KEYS`` holds "four").
"""

import pytest

from tests.extract_support import met_sorted, sorted_pair

FELTMAN, BURHAN = "person:jeffrey-feltman", "person:abdel-fattah-al-burhan"
HEMETTI, HAMDOK = "person:mohamed-hamdan-dagalo", "person:abdalla-hamdok"
ABIY, RUTO, MUSEVENI = "person:abiy-ahmed", "person:william-ruto", "person:yoweri-museveni"
BLINKEN, SISI = "person:antony-blinken", "person:abdel-fattah-el-sisi"
TAMIM, HERZOG = "person:tamim-bin-hamad-al-thani", "person:isaac-herzog"


@pytest.mark.parametrize("text, host", [
    ("Jeffrey Feltman met Mohamed Hamdan Daglo 'Hemetti' and Abdalla Hamdok in Khartoum on Sunday.",
     FELTMAN),
    ('Jeffrey Feltman met Mohamed Hamdan Daglo "Hemetti" and Abdalla Hamdok in Khartoum on Sunday.',
     FELTMAN),
    ("Ethiopian Prime Minister Abiy Ahmed met Mohamed Hamdan Daglo \u201cHemetti\u201d and Abdalla "
     "Hamdok in Addis Ababa on Wednesday.", ABIY),
    ("Kenyan President William Ruto received Mohamed Hamdan Daglo \u2018Hemetti\u2019 and Abdalla "
     "Hamdok at State House in Nairobi.", RUTO),
])
def test_a_quoted_nickname_does_not_end_the_list_of_people_met(shipped, text, host):
    met = met_sorted(shipped, text)
    assert sorted_pair(host, HEMETTI) in met
    assert sorted_pair(host, HAMDOK) in met


@pytest.mark.parametrize("text", [
    "The move came a day after the U.S. Special Envoy for the Horn of Africa, Jeffrey Feltman, met "
    "Burhan, his deputy Mohamed Hamdan Daglo 'Hemetti' and Hamdok together in Khartoum in a bid to "
    "defuse the crisis.",
    'Jeffrey Feltman met Abdel Fattah al-Burhan, Mohamed Hamdan Daglo "Hemetti" and Abdalla Hamdok '
    "together in Khartoum.",
    "On Sunday the U.S. envoy Jeffrey Feltman met Abdel Fattah al-Burhan, his deputy Mohamed Hamdan "
    "Daglo \u2018Hemetti\u2019 and Abdalla Hamdok together at the Republican Palace.",
])
def test_a_joint_meeting_past_a_quoted_nickname_pairs_everyone(shipped, text):
    met = met_sorted(shipped, text)
    for a, b in [(FELTMAN, BURHAN), (FELTMAN, HEMETTI), (FELTMAN, HAMDOK), (BURHAN, HEMETTI),
                 (BURHAN, HAMDOK), (HEMETTI, HAMDOK)]:
        assert sorted_pair(a, b) in met


@pytest.mark.parametrize("text", [
    'Abiy Ahmed did not meet Mohamed Hamdan Daglo "Hemetti" and Abdalla Hamdok in Addis Ababa.',
    "William Ruto was due to meet Mohamed Hamdan Daglo 'Hemetti' and Abdalla Hamdok in Nairobi, "
    "but the meeting was called off.",
])
def test_an_unheld_meeting_with_a_quoted_nickname_pairs_no_one(shipped, text):
    met = met_sorted(shipped, text)
    assert not any(HAMDOK in p or HEMETTI in p for p in met)


def test_a_quoted_phrase_is_no_nickname(rules_only):
    text = ("Jeffrey Feltman met Abdalla Hamdok 'in good faith' and Abdel Fattah al-Burhan said the "
            "talks failed.")
    met = met_sorted(rules_only, text)
    assert sorted_pair(FELTMAN, HAMDOK) in met
    assert sorted_pair(FELTMAN, BURHAN) not in met


@pytest.mark.parametrize("text, subject, partners", [
    ("Mohamed Hamdan Dagalo met Uganda's President Yoweri Museveni in Kampala, then Ethiopian Prime "
     "Minister Abiy Ahmed in Addis Ababa and Kenya's William Ruto in Nairobi.",
     HEMETTI, (MUSEVENI, ABIY, RUTO)),
    ("Between late December and early January, the Rapid Support Forces' commander, Mohamed Hamdan "
     "Dagalo, made his first public appearances since the war began, meeting Uganda's President "
     "Yoweri Museveni in Kampala, then Ethiopian Prime Minister Abiy Ahmed in Addis Ababa and "
     "Kenya's William Ruto in Nairobi.", HEMETTI, (MUSEVENI, ABIY, RUTO)),
    ("Antony Blinken met Abdel Fattah al-Sisi in Cairo on Monday, then Tamim bin Hamad Al Thani in "
     "Doha on Tuesday and Isaac Herzog in Jerusalem on Wednesday.", BLINKEN, (SISI, TAMIM, HERZOG)),
    ("Blinken met Egyptian President Abdel Fattah al-Sisi in Cairo, then Qatar's Emir Tamim bin Hamad "
     "Al Thani in Doha and Israeli President Isaac Herzog in Jerusalem.", BLINKEN,
     (SISI, TAMIM, HERZOG)),
])
def test_three_gapped_objects_each_with_a_place_are_all_met(shipped, text, subject, partners):
    met = met_sorted(shipped, text)
    for p in partners:
        assert sorted_pair(subject, p) in met


@pytest.mark.parametrize("text", [
    "Antony Blinken met Abdel Fattah al-Sisi in Cairo, then Tamim bin Hamad Al Thani in Doha and "
    "Isaac Herzog in Jerusalem vowed to press on.",
    "Antony Blinken met Abdel Fattah al-Sisi in Cairo, then Tamim bin Hamad Al Thani in Doha and "
    "Isaac Herzog in Jerusalem said the talks failed.",
])
def test_a_third_object_with_a_verb_of_its_own_is_a_clause(rules_only, text):
    met = met_sorted(rules_only, text)
    assert sorted_pair(BLINKEN, SISI) in met
    assert sorted_pair(BLINKEN, HERZOG) not in met
    assert sorted_pair(BLINKEN, TAMIM) not in met


PUTIN, ERDOGAN = "person:vladimir-putin", "person:recep-tayyip-erdogan"
LAVROV, CAVUSOGLU = "person:sergei-lavrov", "person:mevlut-cavusoglu"
SHOIGU, AKAR = "person:sergei-shoigu", "person:hulusi-akar"
ROUHANI = "person:hassan-rouhani"


@pytest.mark.parametrize("text, a, b", [
    ("Russian President Vladimir Putin and Turkish President Tayyip Erdogan agreed on Tuesday to "
     "deploy forces to northeast Syria, after more than six hours of talks at Putin's Black Sea "
     "residence.", PUTIN, ERDOGAN),
    ("Vladimir Putin and Tayyip Erdogan signed the deal after two days of talks in Moscow.",
     PUTIN, ERDOGAN),
    ("Hassan Rouhani and Tayyip Erdogan agreed on a ceasefire after talks in Tehran on Monday.",
     ROUHANI, ERDOGAN),
    ("Sergei Lavrov and Mevlut Cavusoglu discussed the Idlib file after a second round of talks in "
     "Antalya.", LAVROV, CAVUSOGLU),
])
def test_a_joint_verb_after_talks_pairs_the_subjects(shipped, text, a, b):
    assert sorted_pair(a, b) in met_sorted(shipped, text)


@pytest.mark.parametrize("text", [
    "Vladimir Putin and Tayyip Erdogan agreed on a ceasefire after phone talks on Thursday.",
    "Vladimir Putin and Tayyip Erdogan did not agree on a ceasefire after six hours of talks.",
    "Vladimir Putin and Tayyip Erdogan agreed to hold talks next week after a phone call.",
])
def test_phone_talks_or_a_negated_joint_verb_pair_no_one(shipped, text):
    assert sorted_pair(PUTIN, ERDOGAN) not in met_sorted(shipped, text)


@pytest.mark.parametrize("text", [
    "Russian President Vladimir Putin and Turkish President Tayyip Erdogan agreed on Tuesday to "
    "deploy forces to northeast Syria, after more than six hours of talks at Putin's Black Sea "
    "residence. Under the 10-point memorandum, Russian military police will remove YPG fighters to "
    "a depth of 30 km, the two leaders said after the talks, which were also attended by the two "
    "countries' foreign and defense ministers, Sergei Lavrov, Mevlut Cavusoglu, Sergei Shoigu and "
    "Hulusi Akar.",
    "Vladimir Putin met Tayyip Erdogan in Sochi on Tuesday. The talks were also attended by the two "
    "countries' foreign and defense ministers, Sergei Lavrov, Mevlut Cavusoglu, Sergei Shoigu and "
    "Hulusi Akar.",
    "Vladimir Putin received Tayyip Erdogan in Sochi. The meeting was attended by their foreign and "
    "defence ministers, Sergei Lavrov, Mevlut Cavusoglu, Sergei Shoigu and Hulusi Akar.",
])
def test_attendees_named_after_a_plural_title_met_the_leaders(shipped, text):
    met = met_sorted(shipped, text)
    for lead in (PUTIN, ERDOGAN):
        for att in (LAVROV, CAVUSOGLU, SHOIGU, AKAR):
            assert sorted_pair(lead, att) in met


def test_a_plural_title_in_an_unrelated_clause_adds_no_attendee(shipped):
    text = ("Vladimir Putin met Tayyip Erdogan in Sochi on Tuesday. The deal was criticised by the "
            "two countries' former foreign and defense ministers, Sergei Lavrov and Hulusi Akar.")
    met = met_sorted(shipped, text)
    assert sorted_pair(PUTIN, LAVROV) not in met
    assert sorted_pair(ERDOGAN, AKAR) not in met


BARNEA, BURNS = "person:david-barnea", "person:william-burns"
MBAR, KAMEL = "person:mohammed-bin-abdulrahman-al-thani", "person:abbas-kamel"
NETANYAHU, GALLANT = "person:benjamin-netanyahu", "person:yoav-gallant"
PARIS_MEETING = ("Mossad chief David Barnea met on Sunday in Paris with CIA Director William Burns, "
                 "Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani and Egyptian "
                 "intelligence chief Abbas Kamel, in a bid to hammer out a new deal. ")


@pytest.mark.parametrize("after", [
    "The four officials discussed a framework for a weeks-long pause in the fighting.",
    "The four men agreed to meet again in Cairo.",
    "The four leaders also reviewed a proposal for the release of the hostages.",
])
def test_the_four_of_the_meeting_before_all_met(shipped, after):
    met = met_sorted(shipped, PARIS_MEETING + after)
    for a, b in [(BURNS, MBAR), (BURNS, KAMEL), (MBAR, KAMEL)]:
        assert sorted_pair(a, b) in met


@pytest.mark.parametrize("after", [
    "The three ministers agreed to meet again next month.",
    "The three officials discussed the hostage deal.",
])
def test_the_three_of_the_meeting_before_all_met(shipped, after):
    text = "Antony Blinken met Benjamin Netanyahu and Yoav Gallant in Tel Aviv. " + after
    assert sorted_pair(NETANYAHU, GALLANT) in met_sorted(shipped, text)


@pytest.mark.parametrize("text", [
    "Antony Blinken met Benjamin Netanyahu and Yoav Gallant in Tel Aviv. The four officials "
    "discussed the hostage deal.",  # four counted, three named
    PARIS_MEETING + "The four officials will discuss a framework next week.",
    PARIS_MEETING + "The four officials did not discuss a framework.",
])
def test_a_count_that_does_not_match_or_an_unheld_verb_adds_nothing(rules_only, text):
    met = met_sorted(rules_only, text)
    assert sorted_pair(NETANYAHU, GALLANT) not in met
    assert sorted_pair(BURNS, KAMEL) not in met
