"""False entities that carried false core relations (session 12, precision): a body inside a
stacked title ("رئيس مجلس الوزراء الأمير X": the council is no meeting partner), the power
taken after a ruler's name ("تولى السلطان هيثم الحكم": no person "Haitham al-Hakam"), a ruler
word before a place ("حاكم دبي": no person Hakim), a second portfolio after a stacked title
("وزير الخارجية وشؤون المغتربين X"), a word that differs from a known family name only by the
nisba ("قصر ... العامر" is no al-Amiri), and a person's name before a place head ("the Amiri
Diwan", "Soleimani Square"), a first name before a known two-word name fuzzy-matched in
another spelling ("Mohammed Shia al-Soudani": one person, no "Mohammed"), and a ruler named
by his first name after his full name ("Sheikh Meshal" is the emir named before, not Khaled
Mashal). Our own sentences, not taken from any dev set.

Each case: (name, text, lang, triples that must be found, triples that must NOT be found).
"""

import pytest

from tests.extract_support import MW, SO, assert_relations

MBS, ARAGHCHI = "person:mohammed-bin-salman", "person:abbas-araghchi"
SHARAA, COUNCIL = "person:ahmed-al-sharaa", "organization:ministers-council"
ABDOLLAHIAN = "person:hossein-amir-abdollahian"
HAITHAM, QABOOS = "person:haitham-bin-tariq", "person:qaboos-bin-said"
TAMIM, HAMAD = "person:tamim-bin-hamad-al-thani", "person:hamad-bin-khalifa-al-thani"
ASSAD, MBZ = "person:bashar-al-assad", "person:mohamed-bin-zayed"
MBR, SAFADI = "person:mohammed-bin-rashid", "person:ayman-safadi"
AMIRI, RAISI = "person:hadi-al-amiri", "person:ebrahim-raisi"
SUD = "person:mohammed-shia-al-sudani"
FIDAN, ERDOGAN = "person:hakan-fidan", "person:recep-tayyip-erdogan"
MESHAL, MASHAL = "person:mishal-al-ahmad-al-jaber-al-sabah", "person:khaled-mashal"


CASES = [
 # ---- a second title before a known name, after an office with its body
 ("ar_office_then_prince_vso",
  "استقبل رئيس مجلس الوزراء الأمير محمد بن سلمان وزير الخارجية الإيراني حسين أمير عبد "
  "اللهيان.", "ar", [MW(MBS, ABDOLLAHIAN)], [MW(COUNCIL, MBS), MW(COUNCIL, ABDOLLAHIAN)]),
 ("ar_crown_prince_office_prince_day",
  "استقبل ولي العهد السعودي رئيس مجلس الوزراء الأمير محمد بن سلمان، الأحد في جدة، وزير "
  "الخارجية الإيراني عباس عراقجي.", "ar", [MW(MBS, ARAGHCHI)],
  [MW(COUNCIL, MBS), MW(COUNCIL, ARAGHCHI)]),
 ("ar_met_office_prince_place",
  "التقى ولي العهد السعودي رئيس مجلس الوزراء الأمير محمد بن سلمان في جدة الرئيس السوري أحمد "
  "الشرع.", "ar", [MW(MBS, SHARAA)], [MW(COUNCIL, MBS)]),
 # ---- the power taken is no name word
 ("ar_took_rule_after_ruler",
  "وصل السلطان هيثم بن طارق إلى طهران. ويتولى السلطان هيثم الحكم منذ 2020 خلفاً للسلطان "
  "قابوس بن سعيد.", "ar", [SO(HAITHAM, QABOOS)], []),
 ("ar_took_power_after_emir",
  "وصل أمير قطر الشيخ تميم بن حمد آل ثاني إلى طهران. وتولى الشيخ تميم السلطة عام 2013 خلفاً "
  "لوالده الشيخ حمد بن خليفة آل ثاني.", "ar", [SO(TAMIM, HAMAD)], []),
 # ---- a ruler word before a place is a title
 ("ar_ruler_of_dubai_after_title",
  "زار الأسد الإمارات، حيث التقى ولي عهد أبوظبي الشيخ محمد بن زايد ونائب رئيس الدولة حاكم دبي "
  "الشيخ محمد بن راشد آل مكتوم.", "ar", [MW(ASSAD, MBZ), MW(ASSAD, MBR)],
  [MW(ASSAD, "person:hakim")]),
 # ---- the nisba is part of a family name; a person's name before a place head is a place
 ("ar_adjective_is_no_nisba_name",
  "استقبل السلطان هيثم بن طارق، الاثنين، في قصر البركة العامر الرئيس السوري بشار الأسد.", "ar",
  [MW(HAITHAM, ASSAD)], [MW(AMIRI, HAITHAM), MW(AMIRI, ASSAD)]),
 ("en_name_before_place_head",
  "Raisi visited the Amiri Diwan in Doha on Monday.", "en", [], [MW(AMIRI, RAISI)]),
 ("en_name_before_place_head_met",
  "Qatar's emir, Sheikh Tamim bin Hamad Al Thani, received Raisi at the Amiri Diwan on Monday.",
  "en", [MW(TAMIM, RAISI)], [MW(AMIRI, RAISI), MW(AMIRI, TAMIM)]),
 ("en_name_before_square",
  "Sudani visited Soleimani Square in Kerman.", "en", [],
  [MW(SUD, "person:qasem-soleimani")]),
 # ---- a first name before a known name in another spelling; a ruler by his first name
 ("en_two_given_names_other_spelling",
  "Turkish Foreign Minister Hakan Fidan held talks in Baghdad on Monday with Iraqi Prime "
  "Minister Mohammed Shia al-Soudani.", "en", [MW(SUD, FIDAN)], [MW("person:mohammed", FIDAN)]),
 ("en_sheikh_first_name_after_full_name",
  "Kuwait's Emir Sheikh Meshal al-Ahmad al-Jaber al-Sabah flew to Ankara on Monday. Sheikh "
  "Meshal met President Recep Tayyip Erdogan at the presidential palace.", "en",
  [MW(MESHAL, ERDOGAN)], [MW(MASHAL, ERDOGAN)]),
]


@pytest.mark.parametrize("name,text,lang,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_false_entities_s12(ex, name, text, lang, must, must_not):
    doc = ex.extract(text, lang=lang)
    assert_relations(doc, name, must, must_not)


def test_no_person_named_after_the_power_taken(ex):
    text = "ويتولى السلطان هيثم الحكم منذ عام 2020."
    doc = ex.extract(text, lang="ar")
    names = [text[a:b] for e in doc["entities"] if e["type"] == "Person"
             for a, b in e.get("mentions") or []]
    assert "هيثم الحكم" not in names


def test_second_portfolio_after_stacked_title(ex):
    text = ("التقى نائب رئيس الوزراء وزير الخارجية وشؤون المغتربين أيمن الصفدي، الاثنين، في دمشق "
            "الرئيس السوري أحمد الشرع.")
    doc = ex.extract(text, lang="ar")
    names = [text[a:b] for e in doc["entities"] if e["type"] == "Person"
             for a, b in e.get("mentions") or []]
    assert "وشؤون المغتربين" not in names
    assert_relations(doc, "stacked_portfolio", [], [MW(SAFADI, "person:washuwn-al-maghtarbin")])


def test_hakim_al_zamili_keeps_his_name(ex):
    text = "التقى رئيس البرلمان حاكم الزاملي في بغداد."
    doc = ex.extract(text, lang="ar")
    ids = [e["id"] for e in doc["entities"] if e["type"] == "Person"]
    assert "person:hakim-al-zamili" in ids
