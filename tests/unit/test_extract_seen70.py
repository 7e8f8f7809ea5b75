"""Session 70 (seen70): meetings of protocol and successions the older-era pieces told.

- Meetings, English: "A, B and C attended the signing ceremony at the palace, along with D" /
  "A attended the signing of the accord, along with B": every two of them met
  (``meeting_witnessed_signing.witnessed_signing_en``). Not "did not attend" / "will attend",
  "the funeral", "by video link", nor a person after ", along with" past another clause.
- Meetings, English: "X signed the accord in the presence of A (and B)", "The accord was signed
  (by X) in the presence of A and B", "... was signed in the presence of A and the U.N. envoy,
  B, by representatives of the parties, including C": every two of them met
  (``meeting_witnessed_signing.presence_at_signing_en``; kept by ``meeting_checks.unmet_partners``).
  Not "is to be signed", "did not sign", by video link, nor "signed ... and then met Y in the
  presence of Z" (another verb between).
- Meetings, Arabic: «وقّع الطرفان الاتفاق بحضور A وB»: the people present at one signing met
  each other (``meeting_witnessed_signing.presence_at_signing_ar``). Not «لم يوقع», «من المقرر
  أن يوقع».
- Meetings, Arabic: «وحضر X وY مراسم / حفل التوقيع»: X met Y
  (``meeting_witnessed_signing.witnessed_signing_ar``). Not «مراسم التشييع», not «لم يحضر».
- Successions, English: "K replaced Y with his deputy, X" and "K has replaced Y, <a long
  description with a relative clause>, with his deputy, X": X -> Y
  (``succession_replaced_with_en.with_new_en`` / ``with_after_apposition``). Not "with the
  support of X", not "did not replace", not past a person named inside the description.
- Successions, Arabic: «استبدل K Y (، <apposition>،) بنائبه X», «قررت ... استبدال Y بنائبه X»:
  X -> Y (``succession_chosen_replaced._by_his_deputy_ar``). Not «لم يستبدل», not a «بنائبه»
  of another sentence, not past a relative clause naming someone else.
- Successions, Arabic: the kin word, then a title with its qualifiers or the pious formula,
  then the name: «خلفاً لشقيقه الرئيس المنتخب Y»، «خلفاً لوالده المغفور له Y»
  (``succession_kin_pred_ar.kin_named_after_ar``, called by the base «خلفاً لـ» reading).
  Not negated.
- Meetings, Arabic: a man named after «المغفور له» (dead) is no one's partner: "يستقبل قادة
  الدول المشاركين في جنازة المغفور له Y" (``pious_formula_ar.forgiven_before_ar``).
- Gazetteer: real office holders the older-era pieces name (Hassan II, Rustom Ghazaleh, Fouad
  Mebazaa, Mohammad-Ali Rajai, Mohammad-Reza Mahdavi Kani, Abdiweli Mohamed Ali, Chad's foreign
  minister Mahamat Saleh Annadif; another Arabic spelling of Bakary Yaou Sangare).
- Meetings, Arabic: a list with each person after his own country goes on past "، و<country>"
  and opens with a bare state name no mention reads («وزراء خارجية مالي A، والنيجر B، وتشاد
  C»: ``paired_countries``); a meeting that "brought together" them pairs them all.
"""

import pytest

from tests.extract_support import met_sorted as _met
from tests.extract_support import relation_pairs
from tests.extract_support import sorted_pair as _pair

ABDULLAH, SISI, ABBAS = "person:abdullah-ii", "person:abdel-fattah-el-sisi", "person:mahmoud-abbas"
QABOOS, SABAH = "person:qaboos-bin-said", "person:sabah-al-ahmad-al-jaber-al-sabah"
SALMAN_H = "person:salman-bin-hamad-al-khalifa"
SHAWKAT, MAMLOUK = "person:assef-shawkat", "person:ali-mamlouk"
SO = "SUCCESSOR_OF"


# --- English: "A and B attended the signing ceremony, along with C" ------------------------

@pytest.mark.parametrize("text, people", [
    ("Bahraini Crown Prince Salman bin Hamad, Kuwaiti Emir Sabah al-Ahmad and Omani Sultan "
     "Qaboos bin Said attended the signing ceremony at the palace, along with Egyptian "
     "President Abdel Fattah al-Sisi.", [SALMAN_H, SABAH, QABOOS, SISI]),
    ("Jordan's King Abdullah and Egyptian President Abdel Fattah al-Sisi attended the signing "
     "ceremony in Cairo on Monday.", [ABDULLAH, SISI]),
    ("Jordan's King Abdullah attended the signing of the water accord in Aqaba, along with "
     "Palestinian President Mahmoud Abbas and Egyptian President Abdel Fattah al-Sisi.",
     [ABDULLAH, ABBAS, SISI]),
])
def test_attendees_of_a_signing_met_each_other_en(shipped, text, people):
    met = _met(shipped, text, "en")
    for i, a in enumerate(people):
        for b in people[i + 1:]:
            assert _pair(a, b) in met


@pytest.mark.parametrize("text", [
    "Jordan's King Abdullah and Egyptian President Abdel Fattah al-Sisi did not attend the "
    "signing ceremony in Cairo.",
    "Jordan's King Abdullah and Egyptian President Abdel Fattah al-Sisi will attend the "
    "signing ceremony in Cairo next week.",
    "Jordan's King Abdullah attended the signing ceremony in Cairo, which was boycotted by "
    "Egyptian President Abdel Fattah al-Sisi, along with Qatar.",
    "Jordan's King Abdullah attended the signing ceremony by video link, along with Egyptian "
    "President Abdel Fattah al-Sisi.",
])
def test_no_meeting_at_a_signing_not_attended_together_en(rules_only, text):
    assert _pair(ABDULLAH, SISI) not in _met(rules_only, text, "en")


# --- Arabic: «وحضر X وY مراسم التوقيع» ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "وحضر العاهل الأردني الملك عبد الله الثاني والرئيس المصري عبد الفتاح السيسي مراسم التوقيع "
    "في القاهرة.",
    "وحضر العاهل الأردني الملك عبد الله الثاني والرئيس المصري عبد الفتاح السيسي حفل التوقيع على "
    "الاتفاقية في العقبة أمس.",
])
def test_attendees_of_a_signing_met_each_other_ar(shipped, text):
    assert _pair(ABDULLAH, SISI) in _met(shipped, text, "ar")


@pytest.mark.parametrize("text", [
    "وحضر العاهل الأردني الملك عبد الله الثاني والرئيس المصري عبد الفتاح السيسي مراسم التشييع "
    "في القاهرة.",
    "ولم يحضر العاهل الأردني الملك عبد الله الثاني والرئيس المصري عبد الفتاح السيسي مراسم "
    "التوقيع في القاهرة.",
])
def test_no_meeting_at_a_funeral_or_a_signing_not_attended_ar(rules_only, text):
    assert _pair(ABDULLAH, SISI) not in _met(rules_only, text, "ar")


# --- Successions: "replaced Y with his deputy, X" / «استبدل Y بنائبه X» ----------------------

@pytest.mark.parametrize("text, lang", [
    ("Damascus has replaced Gen. Assef Shawkat, the head of military intelligence who ran the "
     "service for six years, with his deputy, Gen. Ali Mamlouk, officials said.", "en"),
    ("Damascus replaced military intelligence chief Assef Shawkat with his deputy, Ali "
     "Mamlouk.", "en"),
    ("President Bashar al-Assad replaced his intelligence chief, Assef Shawkat, with his "
     "deputy, Ali Mamlouk, in a decree on Sunday.", "en"),
    ("واستبدلت دمشق اللواء آصف شوكت، رئيس شعبة الاستخبارات العسكرية، بنائبه اللواء علي مملوك.",
     "ar"),
    ("واستبدل الرئيس السوري مدير الاستخبارات آصف شوكت بنائبه علي مملوك في مرسوم صدر الأحد.",
     "ar"),
])
def test_replaced_with_his_deputy(shipped, text, lang):
    assert (MAMLOUK, SHAWKAT) in relation_pairs(shipped, text, SO, lang)


@pytest.mark.parametrize("text, lang", [
    ("Damascus did not replace Gen. Assef Shawkat, the head of military intelligence who ran "
     "the service for six years, with his deputy, Gen. Ali Mamlouk.", "en"),
    ("Damascus replaced Gen. Assef Shawkat, the intelligence chief, with the support of Ali "
     "Mamlouk.", "en"),
    ("ولم يستبدل الرئيس السوري مدير الاستخبارات آصف شوكت بنائبه علي مملوك.", "ar"),
    ("واستبدل الرئيس السوري مدير الاستخبارات آصف شوكت. والتقى بنائبه علي مملوك.", "ar"),
])
def test_no_succession_without_the_deputy_taking_the_place(rules_only, text, lang):
    assert (MAMLOUK, SHAWKAT) not in relation_pairs(rules_only, text, SO, lang)


# --- Successions, Arabic: «خلفاً لشقيقه الرئيس المنتخب Y» ------------------------------------

@pytest.mark.parametrize("text, new, old", [
    ("انتخب مجلس النواب أمين الجميّل رئيساً للجمهورية، خلفاً لشقيقه الرئيس المنتخب بشير الجميّل "
     "الذي اغتيل قبل أسبوع.", "person:amin-gemayel", "person:bashir-gemayel"),
    ("تولى الأمير تميم بن حمد آل ثاني الحكم خلفاً لوالده المغفور له الشيخ حمد بن خليفة آل ثاني.",
     "person:tamim-bin-hamad-al-thani", "person:hamad-bin-khalifa-al-thani"),
    ("اعتلى الملك محمد السادس العرش خلفا لوالده المغفور له الحسن الثاني.", "person:mohammed-vi",
     "person:hassan-ii"),
])
def test_kin_then_title_then_name_is_the_predecessor_ar(shipped, text, new, old):
    assert (new, old) in relation_pairs(shipped, text, SO, "ar")


def test_no_succession_when_negated_ar(rules_only):
    text = "ولم يتول أمين الجميّل الرئاسة خلفاً لشقيقه الرئيس المنتخب بشير الجميّل."
    assert not relation_pairs(rules_only, text, SO, "ar")


def test_the_dead_man_of_a_funeral_met_no_one_ar(rules_only):
    text = "جلالة الملك محمد السادس يستقبل قادة الدول المشاركين في جنازة المغفور له الحسن الثاني"
    assert _pair("person:hassan-ii", "person:mohammed-vi") not in _met(rules_only, text, "ar")


# --- Gazetteer: older-era office holders ------------------------------------------------------

@pytest.mark.parametrize("text, lang, eid", [
    ("Parliament speaker Fouad Mebazaa was sworn in as interim president.", "en",
     "person:fouad-mebazaa"),
    ("وكان المرزوقي قد تسلم مهامه خلفا للرئيس المؤقت فؤاد المبزع.", "ar", "person:fouad-mebazaa"),
    ("Brig. Gen. Rustum Ghazaleh took over Syrian intelligence in Lebanon.", "en",
     "person:rustom-ghazaleh"),
    ("وخلفه العميد رستم غزالة في رئاسة جهاز الأمن والاستطلاع.", "ar", "person:rustom-ghazaleh"),
    ("President Mohammad Ali Rajai was killed in the bombing.", "en", "person:mohammad-ali-rajai"),
    ("Ayatollah Mohammad Reza Mahdavi-Kani led an interim government.", "en",
     "person:mohammad-reza-mahdavi-kani"),
    ("Prime Minister Abdiweli Mohamed Ali met the visitors in Mogadishu.", "en",
     "person:abdiweli-mohamed-ali"),
    ("King Hassan II of Morocco received the envoy in Rabat.", "en", "person:hassan-ii"),
    ("التقى وزير الخارجية البوركينابي كاراموكو جان ماري تراوري نظيره النيجري بكاري ياو سانغاري.",
     "ar", "person:bakary-yaou-sangare"),
    ("Chad's foreign minister Mahamat Saleh Annadif arrived in Rabat.", "en",
     "person:mahamat-saleh-annadif"),
])
def test_older_era_office_holders_are_known(rules_only, text, lang, eid):
    ids = {e["id"] for e in rules_only.extract(text, lang=lang)["entities"]}
    assert eid in ids


# --- Arabic: «وزراء خارجية مالي A، والنيجر B، وتشاد C» -----------------------------------------

DIOP, SANGARE = "person:abdoulaye-diop", "person:bakary-yaou-sangare"
BOURITA = "person:nasser-bourita"


@pytest.mark.parametrize("text", [
    "التقى وزير الخارجية ناصر بوريطة وزراء خارجية مالي عبد الله ديوب، والنيجر بكاري ياو سانغاري.",
    "التقى وزير الخارجية ناصر بوريطة وزراء خارجية مالي عبد الله ديوب والنيجر بكاري ياو سانغاري "
    "في الرباط.",
])
def test_each_after_his_country_all_met_the_host_ar(shipped, text):
    met = _met(shipped, text, "ar")
    for p in (DIOP, SANGARE):
        assert _pair(BOURITA, p) in met


def test_a_meeting_that_brought_them_together_pairs_them_all_ar(shipped):
    text = ("ترأس وزير الخارجية ناصر بوريطة اجتماعاً وزارياً جمع وزراء خارجية مالي عبد الله ديوب، "
            "والنيجر بكاري ياو سانغاري.")
    met = _met(shipped, text, "ar")
    people = [BOURITA, DIOP, SANGARE]
    for i, a in enumerate(people):
        for b in people[i + 1:]:
            assert _pair(a, b) in met


def test_listed_guests_of_one_host_are_not_paired_ar(rules_only):
    text = ("التقى وزير الخارجية ناصر بوريطة وزراء خارجية مالي عبد الله ديوب، والنيجر بكاري ياو "
            "سانغاري.")
    assert _pair(DIOP, SANGARE) not in _met(rules_only, text, "ar")


# --- English: "signed ... in the presence of A and B" ------------------------------------------

MUBARAK, HUSSEIN = "person:hosni-mubarak", "person:hussein-bin-talal"
HANIYEH = "person:ismail-haniyeh"
MLADENOV = "person:nickolay-mladenov"


@pytest.mark.parametrize("text, people", [
    ("Mahmoud Abbas signed the agreement in the presence of Egyptian President Hosni Mubarak.",
     [ABBAS, MUBARAK]),
    ("The accord was signed in the presence of Egyptian President Hosni Mubarak and Jordan's "
     "King Hussein.", [MUBARAK, HUSSEIN]),
    ("The accord was signed by Mahmoud Abbas in the presence of Egyptian President Hosni "
     "Mubarak.", [ABBAS, MUBARAK]),
    ("The agreement was signed at the palace in the presence of President Mahmoud Abbas and the "
     "U.N. envoy, Nickolay Mladenov, by representatives of the factions, including Hamas's "
     "Ismail Haniyeh.", [ABBAS, MLADENOV, HANIYEH]),
])
def test_signed_in_the_presence_of_en(shipped, text, people):
    met = _met(shipped, text, "en")
    for i, a in enumerate(people):
        for b in people[i + 1:]:
            assert _pair(a, b) in met


@pytest.mark.parametrize("text", [
    "The accord is to be signed in the presence of Egyptian President Hosni Mubarak and "
    "Jordan's King Hussein.",
    "The accord will be signed in the presence of Egyptian President Hosni Mubarak and "
    "Jordan's King Hussein.",
])
def test_no_meeting_at_a_signing_to_come_en(rules_only, text):
    assert _pair(MUBARAK, HUSSEIN) not in _met(rules_only, text, "en")


@pytest.mark.parametrize("text", [
    "Mahmoud Abbas signed the agreement by video link in the presence of Egyptian President "
    "Hosni Mubarak.",
    "Mahmoud Abbas did not sign the agreement in the presence of Egyptian President Hosni "
    "Mubarak.",
])
def test_no_meeting_at_a_remote_or_denied_signing_en(rules_only, text):
    assert _pair(ABBAS, MUBARAK) not in _met(rules_only, text, "en")


# --- Arabic: «وقّع الطرفان الاتفاق بحضور A وB» ----------------------------------------------------

@pytest.mark.parametrize("text", [
    "وقّع الطرفان الاتفاق بحضور الرئيس المصري عبد الفتاح السيسي والعاهل الأردني الملك عبد الله "
    "الثاني.",
    "ووقع وزيرا خارجية البلدين الاتفاقية في القاهرة بحضور الرئيس عبد الفتاح السيسي والملك عبد "
    "الله الثاني.",
])
def test_present_at_one_signing_met_each_other_ar(shipped, text):
    assert _pair(ABDULLAH, SISI) in _met(shipped, text, "ar")


@pytest.mark.parametrize("text", [
    "لم يوقع الطرفان الاتفاق بحضور الرئيس المصري عبد الفتاح السيسي والعاهل الأردني الملك عبد الله "
    "الثاني.",
    "ومن المقرر أن يوقع الطرفان الاتفاق بحضور الرئيس المصري عبد الفتاح السيسي والعاهل الأردني "
    "الملك عبد الله الثاني.",
])
def test_no_meeting_at_a_signing_not_done_ar(rules_only, text):
    assert _pair(ABDULLAH, SISI) not in _met(rules_only, text, "ar")
