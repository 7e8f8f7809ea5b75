"""The regional gazetteer of Sudan, South Sudan, the Horn and East Africa
(loaders/extract/gazetteer_regions/horn_east_africa.yaml): its people are found by the
spellings journalists use, under one id in Arabic and English; its bodies in the forms
journalists write; and its bare surnames and common words stay unmatched on their own."""

from pathlib import Path

import pytest

from loaders.extract import extract_text

REGION = Path(__file__).resolve().parents[2] / "loaders" / "extract" / "gazetteer_regions" / \
    "horn_east_africa.yaml"


def _run(text: str, lang: str) -> tuple[set[str], set[tuple[str, str, str]]]:
    out = extract_text(text, lang=lang)
    ents = {e["id"] for e in out["entities"]}
    rels = {(r["type"], r["source"], r["target"]) for r in out["relations"]}
    return ents, rels


def _met(rels: set[tuple[str, str, str]], a: str, b: str) -> bool:
    return ("MET_WITH", a, b) in rels or ("MET_WITH", b, a) in rels


@pytest.mark.parametrize("text,lang", [
    ("Hemedti met Kenyan President William Ruto in Nairobi on Wednesday.", "en"),
    ("التقى حميدتي الرئيس الكيني وليام روتو في نيروبي يوم الأربعاء.", "ar"),
])
def test_hemedti_by_his_nickname_is_the_rsf_commander_in_both_scripts(text, lang):
    ents, rels = _run(text, lang)
    assert "person:mohamed-hamdan-dagalo" in ents
    assert _met(rels, "person:mohamed-hamdan-dagalo", "person:william-ruto")


@pytest.mark.parametrize("text,lang", [
    ("Eritrean President Isaias Afwerki received Sudan's army chief Abdel Fattah al-Burhan "
     "in Asmara.", "en"),
    ("استقبل الرئيس الإريتري أسياس أفورقي رئيس مجلس السيادة السوداني عبد الفتاح البرهان "
     "في أسمرة.", "ar"),
])
def test_burhan_and_afwerki_meet_under_one_id_across_scripts(text, lang):
    ents, rels = _run(text, lang)
    assert {"person:abdel-fattah-al-burhan", "person:isaias-afwerki"} <= ents
    assert _met(rels, "person:abdel-fattah-al-burhan", "person:isaias-afwerki")


@pytest.mark.parametrize("text,lang", [
    ("Somali President Hassan Sheikh Mohamud met Ethiopian Prime Minister Abiy Ahmed in "
     "Addis Ababa.", "en"),
    ("التقى الرئيس الصومالي حسن شيخ محمود رئيس الوزراء الإثيوبي آبي أحمد في أديس أبابا.", "ar"),
])
def test_somali_president_meets_abiy(text, lang):
    ents, rels = _run(text, lang)
    assert _met(rels, "person:hassan-sheikh-mohamud", "person:abiy-ahmed")


def test_riek_machar_and_salva_kiir_in_arabic():
    ents, rels = _run("التقى رياك مشار الرئيس سلفا كير في جوبا.", "ar")
    assert _met(rels, "person:riek-machar", "person:salva-kiir")


def test_godane_killed_by_a_us_strike_in_arabic():
    ents, rels = _run("قُتل زعيم حركة الشباب أحمد عبدي غودني في غارة أمريكية في سبتمبر 2014.",
                      "ar")
    assert ("ASSASSINATED_BY", "person:ahmed-abdi-godane", "country:united-states") in rels


@pytest.mark.parametrize("text,lang,body", [
    ("The Sudanese foreign ministry condemned the attack on El Fasher.", "en",
     "organization:sudanese-foreign-ministry"),
    ("أدانت وزارة الخارجية السودانية الهجوم على الفاشر.", "ar",
     "organization:sudanese-foreign-ministry"),
    ("The Ethiopian foreign ministry said the Tigray talks would resume.", "en",
     "organization:ethiopian-foreign-ministry"),
    ("وقالت الخارجية الإثيوبية إن محادثات تيغراي ستستأنف.", "ar",
     "organization:ethiopian-foreign-ministry"),
    ("The Kenyan army said its troops had repelled an attack near Mandera.", "en",
     "organization:kenya-defence-forces"),
    ("قال الجيش الكيني إن قواته صدت هجوماً قرب مانديرا.", "ar",
     "organization:kenya-defence-forces"),
])
def test_bodies_in_the_journalists_forms(text, lang, body):
    ents, _ = _run(text, lang)
    assert body in ents


def test_places_of_the_sudan_war():
    ents, _ = _run("The Sudanese foreign ministry condemned the attack on El Fasher.", "en")
    assert "location:el-fasher" in ents
    ents, _ = _run("وقالت الخارجية الإثيوبية إن محادثات تيغراي ستستأنف.", "ar")
    assert "location:tigray" in ents


def test_common_words_and_bare_surnames_alone_give_no_entity():
    ents, _ = _run("قدم المحامي البرهان على براءة موكله، وأشاد بصمود السكان، ثم تقدم الجيش "
                   "نحو المدينة.", "ar")
    assert not ents & {"person:abdel-fattah-al-burhan", "organization:sumud-alliance",
                       "organization:tagaddum"}
    ents, _ = _run("Dagalo said on Monday that the talks had failed.", "en")
    assert "person:mohamed-hamdan-dagalo" not in ents
    assert "person:abdelrahim-hamdan-dagalo" not in ents


@pytest.mark.parametrize("text,lang", [
    ("Sudan's UN ambassador Al-Harith Idriss met South Sudanese Vice President Hussein "
     "Abdelbagi Akol in New York.", "en"),
    ("التقى السفير الحارث إدريس الحارث نائب رئيس جنوب السودان حسين عبد الباقي أكول في "
     "نيويورك.", "ar"),
])
def test_a_sudanese_envoy_meets_a_south_sudanese_vice_president(text, lang):
    ents, rels = _run(text, lang)
    assert _met(rels, "person:al-harith-idriss", "person:hussein-abdelbagi-akol")
