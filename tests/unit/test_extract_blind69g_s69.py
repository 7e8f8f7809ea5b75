"""Session 69 (blind69g): fixes after the first contact of blind set SC-SD (Turkey and the Kurds,
1999-2024, written blind: Ocalan's capture, the PKK's and KCK's leaders, Erdogan and the
Barzanis, Mazloum Abdi, Turkish drone strikes on PKK, YBS and SDF commanders), each read in
several paraphrases of other people, outlets and bodies.

- Names, English: a code name or nom de guerre after a person's name is that person, not a
  person of its own: "X, codenamed N", "X, code-named \"N\"", "X, known by his nom de guerre
  N", "X, who went by the nom de guerre N", "X, whose nom de guerre was N"
  (``nicknames_en.aka_cue_start``, read by ``coref_after.resolve_aka`` and
  ``nicknames_en.en_nicknames``); an opening quote may stand between any such cue and the
  name. The killing or meeting told of the pair is X's; a later bare code name is X again.
- Killings, English: a second body or state joined by "and (the)" to the agent after "by"
  ("killed in a joint operation by the Turkish Armed Forces and the National Intelligence
  Organization (MIT)", "by the IDF and the Shin Bet in Gaza") is an agent too
  (``killing_agents.KillingAgents._joined_agents_en``); not when a new clause starts after
  it ("by the IDF and Hamas vowed revenge") nor a country before "-led" ("and the U.S.-led
  coalition").
- Meetings, Arabic: «عقد X اجتماعاً / لقاءً مشتركاً مع A وB» is one meeting of the three:
  A-B too, as the English "held a joint meeting with A and B"
  (``meeting_joint_talks.joint_talks_ar``); not a planned, future or negated one, nor a
  second person met apart after a comma.
"""

import pytest

from tests.extract_support import met_sorted as _met
from tests.extract_support import relation_pairs

TSK, MIT = "organization:turkish-armed-forces", "organization:turkish-national-intelligence-organization"
IDF, SHIN_BET = "organization:israel-defense-forces", "organization:shin-bet"
KARAYILAN = "person:murat-karayilan"


def _killed(ex, text):
    return relation_pairs(ex, text, "ASSASSINATED_BY", "en")


# --- a code name or nom de guerre is the person named before it ------------------------------

@pytest.mark.parametrize("text, surname, code", [
    ("A senior PKK member, Riza Cengiz, codenamed Hebun Zagros, was killed by Turkish intelligence "
     "in the Qandil mountains.", "cengiz", "zagros"),
    ("A senior figure of the outlawed PKK, Ismail Ozden, code-named \"Zeki Sengali,\" has been killed "
     "by the Turkish army in Sinjar, President Erdogan announced.", "ozden", "sengali"),
    ("The Turkish military said it had killed Riza Cengiz, known by his nom de guerre Hebun Zagros, "
     "in an air operation in Qandil.", "cengiz", "zagros"),
    ("Israeli troops killed Mohammed Shabana, who went by the nom de guerre Abu Anas Tarek, in "
     "Rafah on Tuesday, the army said.", "shabana", "tarek"),
    ("A Hamas commander, Wael Abdul Halim, whose nom de guerre was Abu Hamza Tawil, was killed "
     "by the Israeli army in Gaza City.", "halim", "tawil"),
    ("The Israeli army said it had killed Ahmed Ghandour, code-named 'Abu Anas Shamali', in a "
     "strike in northern Gaza.", "ghandour", "shamali"),
])
def test_a_code_name_is_the_person_named_before_it(shipped, text, surname, code):
    victims = {v for v, _ in _killed(shipped, text)}
    assert len(victims) == 1 and surname in next(iter(victims)), victims
    assert not any(code in v for v in victims)


@pytest.mark.parametrize("text, surname", [
    ("Riza Cengiz, codenamed Hebun Zagros, met Murat Karayilan in the Qandil mountains.", "cengiz"),
    ("Zeki Sengali was a PKK commander. Ismail Ozden, code-named \"Sengali,\" had met Murat "
     "Karayilan in Qandil in July.", "ozden"),
])
def test_the_person_of_a_code_name_keeps_his_meeting(shipped, text, surname):
    pairs = _met(shipped, text)
    assert any(KARAYILAN in p and any(surname in x for x in p) for p in pairs), pairs


def test_a_code_name_after_the_second_of_two_people_is_his(shipped):
    # "A met B, codenamed N": N is B, the meeting stays between two people
    pairs = _met(shipped, "Murat Karayilan met Riza Cengiz, codenamed Hebun Zagros, in Qandil.")
    assert len(pairs) == 1 and not any("zagros" in x for p in pairs for x in p), pairs


# --- two agents joined by "and" after "by" ---------------------------------------------------

@pytest.mark.parametrize("text, agents", [
    ("A senior PKK figure, Ismail Ozden, has been killed in a joint cross-border operation by the "
     "Turkish Armed Forces and the National Intelligence Organization (MIT) in Sinjar.", {TSK, MIT}),
    ("Ismail Ozden was killed in a joint operation by the Turkish army and MIT in northern Iraq.",
     {TSK, MIT}),
    ("Hamas commander Ahmed Ghandour was killed by the IDF and the Shin Bet in a strike on Gaza.",
     {IDF, SHIN_BET}),
    ("Ahmed Ghandour, a senior Hamas commander, was killed by the Shin Bet and the IDF last week.",
     {IDF, SHIN_BET}),
    ("The PKK's Sinjar official, Said Hassan Said, was killed by MIT and the Turkish Armed Forces "
     "near Khanasor, Anadolu reported.", {TSK, MIT}),
])
def test_two_agents_joined_after_by_are_both_agents(rules_only, text, agents):
    assert {a for _, a in _killed(rules_only, text)} == agents


@pytest.mark.parametrize("text, agent, not_agent", [
    ("Hamas commander Ahmed Ghandour was killed by the IDF and Hamas vowed revenge.", IDF,
     "organization:hamas"),
    ("Hamas commander Ahmed Ghandour was killed by the IDF and Hamas said he had been a target.",
     IDF, "organization:hamas"),
    ("Abdallah Makki al-Rifai was killed in a strike carried out by the Iraqi army and the "
     "U.S.-led coalition in Anbar province.", "organization:iraqi-army", "country:united-states"),
])
def test_a_new_clause_or_a_led_body_after_and_is_no_second_agent(shipped, text, agent, not_agent):
    agents = {a for _, a in _killed(shipped, text)}
    assert agent in agents and not_agent not in agents, agents


# --- an Arabic joint meeting with two people ---------------------------------------------------

ERDOGAN, NECHIRVAN, MASROUR = ("person:recep-tayyip-erdogan", "person:nechirvan-barzani",
                               "person:masrour-barzani")


@pytest.mark.parametrize("text, a, b", [
    ("وعقد أردوغان اجتماعاً مشتركاً مع رئيس الإقليم نيجيرفان بارزاني ورئيس الحكومة مسرور بارزاني "
     "في أربيل.", NECHIRVAN, MASROUR),
    ("وعقد الرئيس الإيراني مسعود بزشكيان اجتماعاً مشتركاً مع رئيس الوزراء محمد شياع السوداني ورئيس "
     "الجمهورية عبد اللطيف رشيد في بغداد.", "person:mohammed-shia-al-sudani", "person:abdul-latif-rashid"),
    ("وعقد الرئيس الفرنسي إيمانويل ماكرون لقاءً مشتركاً مع الرئيس اللبناني جوزاف عون ورئيس الوزراء "
     "نواف سلام في قصر الإليزيه.", "person:joseph-aoun", "person:nawaf-salam"),
    ("عقد المبعوث الأمريكي توم براك اجتماعا مشتركا مع قائد قسد مظلوم عبدي ووزير الخارجية السوري "
     "أسعد الشيباني في دمشق.", "person:mazloum-abdi", "person:asaad-al-shaibani"),
])
def test_an_arabic_joint_meeting_pairs_those_met_together(shipped, text, a, b):
    assert tuple(sorted((a, b))) in _met(shipped, text)


@pytest.mark.parametrize("text", [
    "ومن المقرر أن يعقد أردوغان اجتماعاً مشتركاً مع نيجيرفان بارزاني ومسرور بارزاني الأسبوع المقبل.",
    "وسيعقد أردوغان اجتماعاً مشتركاً مع نيجيرفان بارزاني ومسرور بارزاني الأسبوع المقبل.",
    "ولم يعقد أردوغان اجتماعاً مشتركاً مع نيجيرفان بارزاني ومسرور بارزاني.",
    "وعقد أردوغان اجتماعاً مشتركاً مع نيجيرفان بارزاني، ثم التقى مسرور بارزاني منفرداً.",
])
def test_no_pair_of_a_planned_negated_or_separate_joint_meeting(shipped, text):
    assert tuple(sorted((NECHIRVAN, MASROUR))) not in _met(shipped, text)
