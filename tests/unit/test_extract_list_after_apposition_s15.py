"""A list of meeting partners goes on after the apposition of its first member without "and"
("met X, deputy head of the PMF, Badr chief Y and Asaib leader Z"; Arabic "التقى X، نائب رئيس
الهيئة، ورئيس منظمة بدر Y والأمين العام للعصائب Z"). Our own sentences, not from any dev set."""

import pytest

from tests.extract_support import MW, assert_relations

SOLEIMANI, MUHANDIS, AMIRI, KHAZALI = ("person:qasem-soleimani", "person:abu-mahdi-al-muhandis",
                                       "person:hadi-al-amiri", "person:qais-al-khazali")
ARAGHCHI, HUSSEIN, MASHHADANI, NECHIRVAN = ("person:abbas-araghchi", "person:fuad-hussein",
                                            "person:mahmoud-al-mashhadani",
                                            "person:nechirvan-barzani")


# (name, text, lang, must, must_not)
CASES = [
 ("en_titled_items", "Soleimani met Abu Mahdi al-Muhandis, deputy head of the Popular "
  "Mobilization Forces, Badr Organization chief Hadi al-Amiri and Asaib Ahl al-Haq leader "
  "Qais al-Khazali.", "en", [MW(SOLEIMANI, MUHANDIS), MW(SOLEIMANI, AMIRI),
                             MW(SOLEIMANI, KHAZALI)], [MW(MUHANDIS, AMIRI)]),
 ("en_held_talks", "Araghchi held talks with Fuad Hussein, the Iraqi foreign minister, "
  "Parliament Speaker Mahmoud al-Mashhadani and Kurdistan Region President Nechirvan Barzani "
  "on Sunday.", "en", [MW(ARAGHCHI, HUSSEIN), MW(ARAGHCHI, MASHHADANI),
                       MW(ARAGHCHI, NECHIRVAN)], []),
 ("ar_titled_items", "والتقى سليماني أبو مهدي المهندس، نائب رئيس هيئة الحشد الشعبي، ورئيس "
  "منظمة بدر هادي العامري والأمين العام لعصائب أهل الحق قيس الخزعلي.", "ar",
  [MW(SOLEIMANI, MUHANDIS), MW(SOLEIMANI, AMIRI), MW(SOLEIMANI, KHAZALI)],
  [MW(MUHANDIS, AMIRI)]),
 ("ar_svo", "وكان عراقجي قد التقى فؤاد حسين، وزير الخارجية العراقي، ورئيس البرلمان محمود "
  "المشهداني في بغداد.", "ar", [MW(ARAGHCHI, HUSSEIN), MW(ARAGHCHI, MASHHADANI)], []),
 # negated; a speaker after the apposition is no list member
 ("ar_negated", "لم يلتق سليماني أبو مهدي المهندس، نائب رئيس هيئة الحشد الشعبي، ورئيس منظمة "
  "بدر هادي العامري.", "ar", [], [MW(SOLEIMANI, AMIRI), MW(SOLEIMANI, MUHANDIS)]),
 ("en_speaker", "Soleimani met Abu Mahdi al-Muhandis, deputy head of the Popular "
  "Mobilization Forces, Badr Organization chief Hadi al-Amiri told reporters.", "en",
  [MW(SOLEIMANI, MUHANDIS)], [MW(SOLEIMANI, AMIRI)]),
]


@pytest.mark.parametrize("name,text,lang,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_list_after_apposition(ex, name, text, lang, must, must_not):
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
