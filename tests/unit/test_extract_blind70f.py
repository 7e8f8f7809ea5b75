"""Session 70 (blind70f): fixes after the first contact of blind set TC-TD (Iraq's armed factions
and the United States, 2020-2024, written blind), each read in other outlets' sentences, other
people and both languages.

- A second victim told with the strike told before as the subject: "Sources said the strike(,
  in the X district,) also killed Y", "The same raid also killed Y"; «كما قتلت الغارة Y»،
  «، وقتلت الضربة نفسها أيضاً Y»: Y is killed by the agent of that strike
  (``also_killed._strike_subject_en`` / ``_ar_strike_subject_victims``). Not an indefinite
  strike ("a second strike also killed Y", «كما قتلت غارة أخرى Y»): a killing of its own.
- A headline reception of a guest told by title only, then the talks with the pronoun:
  «X يستقبل السفير الإيراني ويبحث معه مستقبل هيئة الحشد الشعبي»: the body after «ويبحث معه»
  is the topic, not the guest (``meeting_clauses.talks_with_pron_between_ar``).
- "the group's / the movement's <title>, Y" is the faction named before, not a state body
  named since ("... accusing the Iraqi government of delay. The movement's leader, Y"):
  ``body_references.group_possessive`` passes over a government, ministry or parliament.
- An attendee list whose second member is told by office then name, the office holding a
  possessive or a nationality before the rank ("attended by Foreign Minister A and the
  commander of the coalition's joint task force, US Major General B"): B met the host
  (``meeting_titled_lists``: "joint", "task" as title words, ", US General B"; B is not paired
  with A here: older dev gold leaves such co-attendees unpaired, enOF3).
"""

import pytest

from tests.extract_support import relation_pairs

SUDANI, SISI, BLINKEN = ("person:mohammed-shia-al-sudani", "person:abdel-fattah-el-sisi",
                         "person:antony-blinken")
KHAZALI, SADR = "person:qais-al-khazali", "person:muqtada-al-sadr"
SHUKR, AQIL, AROURI, FANDI = ("person:fuad-shukr", "person:ibrahim-aqil", "person:saleh-al-arouri",
                              "person:samir-fandi")
ISRAEL = "country:israel"


@pytest.mark.parametrize("text, lang, victim", [
    ("Israel killed Hezbollah commander Fuad Shukr in a strike on Beirut's southern suburbs on "
     "Tuesday. Lebanese security officials said the strike, near a hospital in Haret Hreik, also "
     "killed Ibrahim Aqil, a senior member of the group.", "en", AQIL),
    ("Israel killed Saleh al-Arouri in a drone strike on an apartment in Beirut on Tuesday. The "
     "same strike also killed Samir Fandi, a Hamas commander, officials said.", "en", FANDI),
    ("Israel killed Saleh al-Arouri in Beirut on Tuesday, Hamas said. The Israeli drone strike "
     "also killed Samir Fandi.", "en", FANDI),
    ("اغتالت إسرائيل القيادي في حركة حماس صالح العاروري بغارة على الضاحية الجنوبية لبيروت مساء "
     "الثلاثاء، كما قتلت الغارة القيادي في الحركة سمير فندي.", "ar", FANDI),
    ("اغتالت إسرائيل القيادي في حزب الله فؤاد شكر بغارة على حارة حريك، وقتلت الغارة نفسها "
     "القيادي إبراهيم عقيل.", "ar", AQIL),
])
def test_strike_told_before_also_killed(shipped, text, lang, victim):
    assert (victim, ISRAEL) in relation_pairs(shipped, text, "ASSASSINATED_BY", lang)


@pytest.mark.parametrize("text, lang, victim", [
    ("Israel killed Hezbollah commander Fuad Shukr in Beirut on Tuesday. Officials said a second "
     "strike, in Tyre, also killed Ibrahim Aqil.", "en", AQIL),
    ("Israel killed Saleh al-Arouri in Beirut on Tuesday. The strike may also have killed Samir "
     "Fandi, officials said.", "en", FANDI),
    ("اغتالت إسرائيل القيادي في حركة حماس صالح العاروري بغارة على الضاحية الجنوبية لبيروت، كما "
     "قتلت غارة أخرى في صور سمير فندي.", "ar", FANDI),
])
def test_other_strike_not_the_same(shipped, text, lang, victim):
    assert (victim, ISRAEL) not in relation_pairs(shipped, text, "ASSASSINATED_BY", lang)


@pytest.mark.parametrize("text", [
    "السوداني يستقبل السفير الإيراني ويبحث معه مستقبل هيئة الحشد الشعبي",
    "بري يستقبل السفير الفرنسي ويبحث معه ملف قوات اليونيفيل وحزب الله",
    "السيسي يستقبل وزير الخارجية الأميركي ويبحث معه دور حركة حماس في غزة",
])
def test_title_only_guest_then_talks_with_him_ar(shipped, text):
    met = relation_pairs(shipped, text, "MET_WITH", "ar")
    assert not any(a.startswith("organization:") or b.startswith("organization:") for a, b in met)


def test_named_guest_then_talks_with_him_ar(shipped):
    text = "السيسي يستقبل وزير الخارجية الأميركي أنتوني بلينكن ويبحث معه دور حركة حماس في غزة"
    met = {tuple(sorted(p)) for p in relation_pairs(shipped, text, "MET_WITH", "ar")}
    assert met == {tuple(sorted((SISI, BLINKEN)))}


@pytest.mark.parametrize("text, leader, body", [
    ("Asaib Ahl al-Haq announced it would leave the talks, accusing the Iraqi government of "
     "delay. The movement's leader, Qais al-Khazali, said the decision was final.",
     KHAZALI, "organization:asaib-ahl-al-haq"),
    ("The Sadrist Movement withdrew from the Iraqi parliament on Sunday. The movement's leader, "
     "Muqtada al-Sadr, said it would not return.", SADR, "organization:sadrist-movement"),
])
def test_group_possessive_not_state_body(shipped, text, leader, body):
    leads = relation_pairs(shipped, text, "LEADS", "en")
    assert (leader, body) in leads
    assert not any(s == leader and t.startswith(("organization:iraqi-government",
                                                 "organization:iraqi-parliament"))
                   for s, t in leads)


@pytest.mark.parametrize("text, people", [
    ("Sudani chaired a meeting of the security council, attended by Foreign Minister Fuad Hussein "
     "and the commander of US Central Command, US General Michael Kurilla.",
     ("person:mohammed-shia-al-sudani", "person:fuad-hussein", "person:michael-kurilla")),
    ("Sudani chaired a meeting of the ministerial council, attended by Foreign Minister Fuad "
     "Hussein and the commander of the coalition's joint task force, General Michael Kurilla.",
     ("person:mohammed-shia-al-sudani", "person:fuad-hussein", "person:michael-kurilla")),
    ("Mustafa al-Kadhimi chaired the session in Baghdad, attended by Defence Minister Thabet "
     "al-Abbasi and the head of U.S. Central Command, U.S. General Michael Kurilla.",
     ("person:mustafa-al-kadhimi", "person:thabet-al-abbasi", "person:michael-kurilla")),
])
def test_titled_attendee_after_attendee_en(shipped, text, people):
    met = {tuple(sorted(p)) for p in relation_pairs(shipped, text, "MET_WITH", "en")}
    host = people[0]
    for b in people[1:]:
        assert tuple(sorted((host, b))) in met
