"""Session 72 (blind72h, Morocco and the Western Sahara): what the first contact with blind set
UU-UV showed, each fixed as a general reading (own sentences, other names where the pattern is
not a gazetteer entry).

- Gazetteer: real people of Morocco and the Western Sahara the extractor did not know (Driss
  Jettou, Abbas El Fassi, Abderrahmane Youssoufi, Mohamed Abdelaziz, El-Ouali Mustapha Sayed,
  Khatri Addouh, Mohand Laenser, Christopher Ross, Horst Koehler), Mohammed VI's name as crown prince ("Crown
  Prince Sidi Mohammed") and the Sahrawi agency's name of the Moroccan army ("جيش الاحتلال
  المغربي").
- English names: a party's colour before a surname in a headline ("King names Islamist X prime
  minister") is no name word: no person "Islamist X" (``lexicon.EN_NOT_NAME``).
- English meetings: "(where) Y visited him / her", the pronoun standing for a person named
  before, is a meeting (``meeting_visited_him_en``); not "never visited him", not a visit to
  come.
"""

import pytest

from tests.extract_support import entity_ids, relation_pairs
from tests.extract_support import met_sorted as _met
from tests.extract_support import sorted_pair as _pair

M6, JETTOU, ELFASSI, YOUSSOUFI = ("person:mohammed-vi", "person:driss-jettou", "person:abbas-el-fassi",
                                  "person:abderrahmane-youssoufi")
ABDELAZIZ, GHALI, ADDOUH, SELLAL = ("person:mohamed-abdelaziz", "person:brahim-ghali",
                                    "person:khatri-addouh", "person:abdelmalek-sellal")
ROSS, KOEHLER, CHIRAC, ARAFAT = ("person:christopher-ross", "person:horst-koehler",
                                 "person:jacques-chirac", "person:yasser-arafat")
FAR = "organization:moroccan-royal-armed-forces"


@pytest.mark.parametrize("text, lang, pair", [
    ("King Mohammed VI received Driss Jettou at the royal palace in Rabat on Monday.", "en", (M6, JETTOU)),
    ("استقبل الملك محمد السادس، أمس بالقصر الملكي بالرباط، إدريس جطو.", "ar", (M6, JETTOU)),
    ("Abderrahmane Youssoufi met French President Jacques Chirac in Paris on Tuesday.", "en",
     (YOUSSOUFI, CHIRAC)),
    ("التقى عبد الرحمن اليوسفي الرئيس الفرنسي جاك شيراك في باريس يوم الثلاثاء.", "ar", (YOUSSOUFI, CHIRAC)),
    ("Khatri Addouh received Algerian Prime Minister Abdelmalek Sellal at Bir Lahlou on Saturday.", "en",
     (ADDOUH, SELLAL)),
    ("Crown Prince Sidi Mohammed received Yasser Arafat at the palace in Rabat.", "en", (M6, ARAFAT)),
    ("استقبل عزيز أخنوش، مساء الاثنين بمقر حزبه في الرباط، امحند العنصر.", "ar",
     ("person:aziz-akhannouch", "person:mohand-laenser")),
    ("Mohand Laenser met Abdelilah Benkirane at the party's headquarters in Rabat.", "en",
     ("person:abdelilah-benkirane", "person:mohand-laenser")),
])
def test_moroccan_and_sahrawi_people_known_meet(shipped, text, lang, pair):
    assert _pair(*pair) in _met(shipped, text, lang)


@pytest.mark.parametrize("text, lang, pair", [
    ("Abbas El Fassi was named prime minister on Wednesday to succeed Driss Jettou.", "en", (ELFASSI, JETTOU)),
    ("عيّن العاهل المغربي عباس الفاسي وزيرا أول خلفا لإدريس جطو.", "ar", (ELFASSI, JETTOU)),
    ("Brahim Ghali was elected to succeed Mohamed Abdelaziz at the head of the Polisario Front.", "en",
     (GHALI, ABDELAZIZ)),
    ("انتخب إبراهيم غالي أمينا عاما لجبهة البوليساريو خلفا لمحمد عبد العزيز.", "ar", (GHALI, ABDELAZIZ)),
    ("Horst Koehler was appointed to replace Christopher Ross as the UN envoy.", "en", (KOEHLER, ROSS)),
    ("عُيّن هورست كولر مبعوثا أمميا خلفا لكريستوفر روس.", "ar", (KOEHLER, ROSS)),
])
def test_moroccan_and_sahrawi_people_known_succeed(shipped, text, lang, pair):
    assert pair in relation_pairs(shipped, text, "SUCCESSOR_OF", lang)


def test_the_sahrawi_name_of_the_moroccan_army(shipped):
    text = "قُتل ثلاثة مقاتلين في قصف نفذه جيش الاحتلال المغربي قرب المحبس."
    ids = entity_ids(shipped, text, "ar")
    assert FAR in ids and "organization:israel-defense-forces" not in ids


@pytest.mark.parametrize("text", [
    "Tunisian president names Islamist Ghannouchi adviser\nThe president received Rached Ghannouchi.",
    "Egypt's generals court Islamist Morsi\nCAIRO - Mohamed Morsi later met Hosni Mubarak.",
])
def test_a_party_colour_is_no_name_word(shipped, text):
    assert not any(i.startswith("person:islamist") for i in entity_ids(shipped, text, "en"))


def test_a_party_colour_leaves_the_surname_to_its_owner(shipped):
    text = "Generals court Islamist Morsi\nCAIRO - The army chief later met Mohamed Morsi. Morsi also met Hosni Mubarak."
    assert _pair("person:mohamed-morsi", "person:hosni-mubarak") in _met(shipped, text)


@pytest.mark.parametrize("text, pair", [
    ("Former President Jalal Talabani was taken to a Berlin clinic, where Iraqi President Fuad Masum "
     "visited him on Monday.", ("person:fuad-masum", "person:jalal-talabani")),
    ("Jalal Talabani arrived in Paris on Monday. Nouri al-Maliki visited him at his hotel the next day.",
     ("person:jalal-talabani", "person:nouri-al-maliki")),
    ("Brahim Ghali was flown to a military hospital in Algiers, where President Abdelmadjid Tebboune "
     "visited him on Thursday.", (GHALI, "person:abdelmadjid-tebboune")),
])
def test_a_visit_to_him_is_a_meeting(shipped, text, pair):
    assert _pair(*pair) in _met(shipped, text)


@pytest.mark.parametrize("text", [
    "Jalal Talabani arrived in Paris on Monday. Nouri al-Maliki never visited him there.",
    "Jalal Talabani arrived in Paris on Monday. Nouri al-Maliki will visit him on Friday.",
])
def test_no_visit_no_meeting(shipped, text):
    assert _pair("person:jalal-talabani", "person:nouri-al-maliki") not in _met(shipped, text)
