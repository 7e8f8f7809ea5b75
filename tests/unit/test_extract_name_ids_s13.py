"""Wrong or split ids a user would see (session 13): "الملك عبد الله" is a king of the
gazetteer, never a bare `person:abdullah`, and the Saudi King Abdullah is not Jordan's;
"عبد الأمير X" is one given name (الأمير is no title after عبد); "سلطان" / "تركي" / "أمير" are
first names before a name ("سلطان بن سلمان" is not Mohammed bin Salman, "أمير موسوي" is one
person); lower-case "bin Farhan" in English is the Faisal bin Farhan named before. Our own
sentences, not taken from any dev set.
"""

import pytest

from tests.extract_support import MW, assert_relations, person_surfaces, skeleton_key

ABDULLAH_II, ABDULLAH_SA = "person:abdullah-ii", "person:abdullah-bin-abdulaziz"
ARAGHCHI, QAANI = "person:abbas-araghchi", "person:esmail-qaani"
AHMADINEJAD, MBS = "person:mahmoud-ahmadinejad", "person:mohammed-bin-salman"
FARHAN = "person:faisal-bin-farhan"


# (name, text, lang, surface, the id it must have)
IDS = [
 ("ar_king_abdullah_bare", "استقبل الملك عبد الله وزير الخارجية الإيراني عباس عراقجي في عمان.",
  "ar", "الملك عبد الله", ABDULLAH_II),
 ("ar_king_abdullah_glued", "استقبل الملك عبدالله في عمان وزير الخارجية الإيراني عباس عراقجي.",
  "ar", "الملك عبدالله", ABDULLAH_II),
 ("ar_jordanian_king_abdullah",
  "استقبل العاهل الأردني الملك عبد الله وزير الخارجية الإيراني عباس عراقجي.", "ar",
  "العاهل الأردني الملك عبد الله", ABDULLAH_II),
 ("ar_saudi_king_abdullah",
  "استقبل العاهل السعودي الملك عبد الله الرئيس الإيراني محمود أحمدي نجاد في الرياض.", "ar",
  "العاهل السعودي الملك عبد الله", ABDULLAH_SA),
 ("ar_king_abdullah_bin_abdulaziz",
  "استقبل الملك عبد الله بن عبد العزيز الرئيس الإيراني محمود أحمدي نجاد في الرياض.", "ar",
  "الملك عبد الله بن عبد العزيز", ABDULLAH_SA),
 ("en_saudi_king_abdullah", "Saudi King Abdullah received Mahmoud Ahmadinejad in Riyadh.", "en",
  "Saudi King Abdullah", ABDULLAH_SA),
 ("en_king_abdullah_jordan", "King Abdullah received Abbas Araghchi in Amman.", "en",
  "King Abdullah", ABDULLAH_II),
 ("ar_abdul_amir_given_name_object", "التقى قاآني عبد الأمير جاسم في بغداد.", "ar",
  "عبد الأمير جاسم", "person:abdul-amir-jassim"),
 ("ar_abdul_amir_family_name", "التقى قاآني عبد الأمير الزيدي في بغداد.", "ar",
  "عبد الأمير الزيدي", "person:abdul-amir-al-zaidi"),
 ("ar_abdul_amir_glued", "التقى قاآني عبدالأمير الزيدي في بغداد.", "ar",
  "عبدالأمير الزيدي", "person:abdul-amir-al-zaidi"),
 ("ar_abdul_malik_not_king", "التقى قاآني عبد الملك الزيدي في بغداد.", "ar",
  "عبد الملك الزيدي", "person:abdul-malik-al-zaidi"),
 ("ar_sultan_bin_salman", "التقى سلطان بن سلمان وزير الخارجية الإيراني عباس عراقجي.", "ar",
  "سلطان بن سلمان", "person:sultan-salman"),  # (new "X بن Y": id without bin)
 ("ar_prince_sultan_bin_salman",
  "التقى الأمير سلطان بن سلمان وزير الخارجية الإيراني عباس عراقجي في الرياض.", "ar",
  "سلطان بن سلمان", "person:sultan-salman"),  # (new "X بن Y": id without bin)
 ("ar_turki_bin_chain", "التقى تركي بن محمد بن فهد وزير الخارجية الإيراني عباس عراقجي.", "ar",
  "تركي بن محمد بن فهد", "person:turki-bin-mohammed-bin-fahd"),
 ("ar_amir_first_name", "التقى أمير موسوي وزير الخارجية الإيراني عباس عراقجي في طهران.", "ar",
  "أمير موسوي", "person:amir-mousavi"),
 ("ar_turki_inside_name_after_title",
  "نفى النائب عن كتلة صادقون علي تركي الجمالي علمه بأي لقاء.", "ar", "علي تركي الجمالي",
  "person:ali-turki-al-jamali"),
 ("ar_turki_inside_name_object", "التقى قاآني علي تركي الجمالي في بغداد.", "ar",
  "علي تركي الجمالي", "person:ali-turki-al-jamali"),
 ("en_lower_bin_farhan_object",
  "Saudi Foreign Minister Faisal bin Farhan arrived in Tehran. Araghchi met bin Farhan on "
  "Sunday.", "en", "bin Farhan", FARHAN),
 ("en_lower_bin_farhan_subject",
  "Faisal bin Farhan arrived in Tehran on Saturday. On Sunday, bin Farhan met Araghchi.", "en",
  "bin Farhan", FARHAN),
]


@pytest.mark.parametrize("name,text,lang,surface,eid", IDS, ids=[c[0] for c in IDS])
def test_person_id(ex, name, text, lang, surface, eid):
    got = person_surfaces(ex.extract(text, lang=lang), text)
    assert surface in got, f"{name}: {surface!r} not a person mention; got {got}"
    assert skeleton_key(("X", got[surface], "")) == skeleton_key(("X", eid, "")), \
        f"{name}: {surface!r} -> {got[surface]}, expected {eid}"


# relations a user would see through those ids
RELS = [
 ("ar_sultan_bin_salman_not_mbs",
  "التقى سلطان بن سلمان وزير الخارجية الإيراني عباس عراقجي في الرياض.", "ar", [],
  [MW(MBS, ARAGHCHI)]),
 ("ar_abdul_amir_met_qaani", "التقى قاآني عبد الأمير جاسم في بغداد.", "ar",
  [MW(QAANI, "person:abdul-amir-jassim")], [MW(QAANI, "person:jassim")]),
 ("en_lower_bin_farhan_met",
  "Faisal bin Farhan arrived in Tehran on Saturday. On Sunday, bin Farhan met Araghchi.", "en",
  [MW(FARHAN, ARAGHCHI)], []),
 ("ar_mbs_short_after_full_name",
  "التقى ولي العهد السعودي الأمير محمد بن سلمان عباس عراقجي. وقال بن سلمان إن اللقاء كان "
  "مثمرا.", "ar", [MW(MBS, ARAGHCHI)], []),
 ("ar_prince_bin_salman_still_mbs", "التقى الأمير بن سلمان عباس عراقجي في الرياض.", "ar",
  [MW(MBS, ARAGHCHI)], []),
 ("ar_emir_of_qatar_still_title",
  "التقى أمير قطر الشيخ تميم بن حمد آل ثاني وزير الخارجية الإيراني عباس عراقجي.", "ar",
  [MW("person:tamim-bin-hamad-al-thani", ARAGHCHI)], []),
 ("ar_sultan_of_oman_still_title",
  "استقبل سلطان عمان هيثم بن طارق وزير الخارجية الإيراني عباس عراقجي.", "ar",
  [MW("person:haitham-bin-tariq", ARAGHCHI)], []),
]


@pytest.mark.parametrize("name,text,lang,must,must_not", RELS, ids=[c[0] for c in RELS])
def test_relations_through_ids(ex, name, text, lang, must, must_not):
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
