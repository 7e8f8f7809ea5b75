"""The Sahel / West Africa / Maghreb regional gazetteer
(loaders/extract/gazetteer_regions/sahel_maghreb.yaml): well-formed data, its people found
under their usual spellings in both scripts with one id, bodies in the journalists' forms,
relations between its people, and bare surnames or common words that never fire alone.
Sentences written for these tests (not taken from any evaluation set)."""

from pathlib import Path

import pytest

from loaders.extract.gazetteer import REGIONS_DIR
from loaders.extract.rules import RuleExtractor

FILE = Path(REGIONS_DIR) / "sahel_maghreb.yaml"


def _doc(text: str, lang: str) -> dict:
    return RuleExtractor().extract(text, lang=lang, meta={})


def _ids(text: str, lang: str) -> set[str]:
    return {e["id"] for e in _doc(text, lang)["entities"]}


def _rels(text: str, lang: str) -> set[tuple[str, str, str]]:
    return {(r["type"], r["source"], r["target"]) for r in _doc(text, lang)["relations"]}


# --- the data ----------------------------------------------------------------------------
# --- people under their usual spellings, same id in both scripts --------------------------
PEOPLE = [
    ("person:khalifa-haftar",
     "Field Marshal Khalifa Hifter inspected troops in the east on Monday.",
     "تفقد المشير خليفة حفتر قوات في شرق البلاد يوم الاثنين."),
    ("person:abdul-hamid-dbeibah",
     "Abdulhamid Dbeibah announced new measures in Tripoli on Monday.",
     "أعلن عبدالحميد الدبيبة إجراءات جديدة في طرابلس يوم الاثنين."),
    ("person:aguila-saleh",
     "Aqila Saleh told lawmakers the vote would go ahead.",
     "قال عقيلة صالح للنواب إن التصويت سيجري."),
    ("person:abdoulaye-bathily",
     "Abdoulaye Bathily presented his briefing on Monday.",
     "قدم عبدالله باثيلي إحاطته يوم الاثنين."),
    ("person:kais-saied",
     "Kaïs Saïed dissolved the municipal councils on Monday.",
     "حل الرئيس قيس سعيّد المجالس البلدية يوم الاثنين."),
    ("person:said-chengriha",
     "General Said Chanegriha visited a military region on Monday.",
     "زار الفريق أول السعيد شنقريحة ناحية عسكرية يوم الاثنين."),
    ("person:nasser-bourita",
     "Nasser Burita spoke to reporters in Rabat.",
     "تحدث ناصر بوريطة إلى الصحافيين في الرباط."),
    ("person:abdourahamane-tiani",
     "General Abdourahamane Tchiani addressed the nation on Monday.",
     "ألقى الجنرال عبد الرحمن تشياني خطاباً إلى الأمة يوم الاثنين."),
    ("person:assimi-goita",
     "Colonel Assimi Goïta signed the decree on Monday.",
     "وقع العقيد عاصمي غويتا المرسوم يوم الاثنين."),
    ("person:iyad-ag-ghaly",
     "Iyad ag Ghali appeared in a new video on Monday.",
     "ظهر إياد آغ غالي في تسجيل مصور جديد يوم الاثنين."),
]


@pytest.mark.parametrize("pid,en,ar", PEOPLE, ids=[p[0] for p in PEOPLE])
def test_person_found_in_both_scripts_with_one_id(pid, en, ar):
    assert pid in _ids(en, "en")
    assert pid in _ids(ar, "ar")


# --- bodies in the journalists' forms --------------------------------------------------------
BODIES = [
    ("organization:libyan-house-of-representatives",
     "The Tobruk-based parliament approved the budget on Monday.", "en"),
    ("organization:libyan-national-army", "أعلنت القيادة العامة للقوات المسلحة العربية الليبية حالة التأهب.", "ar"),
    ("organization:central-bank-of-libya", "أعلن مصرف ليبيا المركزي عن إجراءات جديدة.", "ar"),
    ("organization:algerian-foreign-ministry", "استدعت الخارجية الجزائرية السفير للتشاور.", "ar"),
    ("organization:ugtt", "The UGTT called a general strike for Thursday.", "en"),
    ("organization:moroccan-royal-armed-forces", "أعلن الجيش المغربي عن مناورات جديدة.", "ar"),
    ("organization:niger-armed-forces", "أعلن الجيش النيجري مقتل عشرة مسلحين.", "ar"),
    ("organization:burkina-faso-armed-forces", "The Burkinabe army said it repelled an attack.", "en"),
    ("organization:operation-barkhane", "أعلنت قوة برخان الفرنسية انسحابها من القاعدة.", "ar"),
]


@pytest.mark.parametrize("oid,text,lang", BODIES, ids=[b[0] + ":" + b[2] for b in BODIES])
def test_body_in_the_journalists_form(oid, text, lang):
    assert oid in _ids(text, lang)


# --- relations between people of the region ---------------------------------------------------
RELATIONS = [
    ("MET_WITH", "person:abdoulaye-bathily", "person:mohamed-takala",
     "التقى المبعوث الأممي عبدالله باثيلي رئيس المجلس الأعلى للدولة محمد تكالة في طرابلس.", "ar"),
    ("MET_WITH", "person:hanna-tetteh", "person:khalifa-haftar",
     "Hanna Tetteh was received on Tuesday in Benghazi by the General Commander of the Libyan Arab "
     "Armed Forces, Field Marshal Khalifa Hafter.", "en"),
    ("MET_WITH", "person:abdelmadjid-tebboune", "person:kais-saied",
     "استقبل الرئيس عبد المجيد تبون نظيره قيس سعيد في الجزائر العاصمة.", "ar"),
    ("MET_WITH", "person:abdourahamane-tiani", "person:assimi-goita",
     "استقبل الجنرال عبد الرحمن تياني في نيامي العقيد أسيمي غويتا.", "ar"),
    ("MET_WITH", "person:bola-tinubu", "person:mohamed-bazoum",
     "Bola Tinubu met Mohamed Bazoum in Abuja on Monday.", "en"),
]


@pytest.mark.parametrize("rel,a,b,text,lang", RELATIONS, ids=[f"{r[0]}:{r[1]}:{r[4]}" for r in RELATIONS])
def test_relation_between_people_of_the_region(rel, a, b, text, lang):
    rels = _rels(text, lang)
    assert (rel, a, b) in rels or (rel, b, a) in rels


# --- negatives: bare surnames and common words alone -------------------------------------------
NEGATIVES = [
    ("person:mohamed-al-menfi", "قال إن المنفي عاد إلى بلده بعد عشرين عاما.", "ar"),
    ("person:sadiq-al-kabir", "قال إن الكبير والصغير يعرفان الحقيقة.", "ar"),
    ("person:khalifa-haftar", "A man named Haftar opened a shop in the town.", "en"),
    ("person:mohammed-vi", "عقد الاجتماع السادس للجنة في العاصمة.", "ar"),
    ("person:kamel-maddouri", "اجتمع الوزير بعدد من مديري الدوائر في مكتبه.", "ar"),
    ("person:ibrahim-traore", "قال تراوري إن المحل مغلق منذ أسبوع.", "ar"),
    ("person:choguel-maiga", "A farmer called Maiga sold his cattle at the market.", "en"),
]


@pytest.mark.parametrize("pid,text,lang", NEGATIVES, ids=[n[0] + ":" + n[2] for n in NEGATIVES])
def test_ambiguous_name_alone_is_no_entity(pid, text, lang):
    assert pid not in _ids(text, lang)
