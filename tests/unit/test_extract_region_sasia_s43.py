"""The South and Central Asia regional gazetteer (loaders/extract/gazetteer_regions/south_asia.yaml):
the file loads cleanly, and the people, bodies and places of the region's news are found
with the same id in Arabic and in English; ambiguous bare names stay unmatched alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from loaders.extract import gazetteer as gz
from loaders.extract.rules import RuleExtractor

REGION_FILE = Path(gz.REGIONS_DIR) / "south_asia.yaml"


@pytest.fixture(scope="module")
def ex() -> RuleExtractor:
    return RuleExtractor()


def _ents(ex: RuleExtractor, text: str, lang: str) -> set[str]:
    return {e["id"] for e in ex.extract(text, lang=lang)["entities"]}


def _rels(ex: RuleExtractor, text: str, lang: str) -> set[tuple[str, str, str]]:
    return {(r["type"], r["source"], r["target"]) for r in ex.extract(text, lang=lang)["relations"]}


def test_the_region_file_is_loaded(ex):
    gaz = gz.load_gazetteer()
    assert REGION_FILE in gz.gazetteer_paths()
    assert gaz.entries["person:hibatullah-akhundzada"].name_ar == "هبة الله آخوند زاده"
    # an existing id is extended, not duplicated
    assert "Field Marshal Asim Munir" in gaz.entries["person:asim-munir"].aliases


@pytest.mark.parametrize("text,lang,pid", [
    ("Taliban supreme leader Haibatullah Akhundzada issued a new decree on Tuesday.", "en",
     "person:hibatullah-akhundzada"),
    ("أصدر زعيم طالبان الملا هيبة الله أخوندزاده مرسوما جديدا الثلاثاء.", "ar", "person:hibatullah-akhundzada"),
    ("Uzbek President Shavkat Mirziyoyev opened the summit in Samarkand.", "en", "person:shavkat-mirziyoyev"),
    ("افتتح الرئيس الأوزبكي شوكت ميرضيائيف القمة في سمرقند.", "ar", "person:shavkat-mirziyoyev"),
    ("India's National Security Adviser Ajit Kumar Doval arrived in Moscow.", "en", "person:ajit-doval"),
    ("وصل مستشار الأمن القومي الهندي أجيت دوفال إلى موسكو.", "ar", "person:ajit-doval"),
    ("Pakistan's President Asif Ali Zardari signed the bill.", "en", "person:asif-ali-zardari"),
    ("Former Afghan president Hamid Karzai stayed in Kabul.", "en", "person:hamid-karzai"),
    ("بقي الرئيس الأفغاني السابق حامد قرضاي في كابل.", "ar", "person:hamid-karzai"),
    ("استقبل السفير الروسي في كابل دميتري جيرنوف وفدا من طالبان.", "ar", "person:dmitry-zhirnov"),
    ("وقع الرئيس الباكستاني آصف علي زرداري على القانون.", "ar", "person:asif-ali-zardari"),
])
def test_a_person_is_found_with_the_same_id_in_both_scripts(ex, text, lang, pid):
    assert pid in _ents(ex, text, lang)


@pytest.mark.parametrize("text,lang,oid", [
    ("The Afghan foreign ministry said the delegation would travel to Doha.", "en",
     "organization:afghan-foreign-ministry"),
    ("وقالت الخارجية الأفغانية إن الوفد سيتوجه إلى الدوحة.", "ar", "organization:afghan-foreign-ministry"),
    ("India's Ministry of External Affairs summoned the envoy.", "en", "organization:indian-foreign-ministry"),
    ("استدعت وزارة الخارجية الهندية السفير.", "ar", "organization:indian-foreign-ministry"),
    ("Fighting broke out in the Panjshir Valley.", "en", "location:panjshir"),
    ("The Pakistani Foreign Office rejected the remarks.", "en", "organization:pakistani-foreign-ministry"),
    ("رفضت وزارة الخارجية الباكستانية التصريحات.", "ar", "organization:pakistani-foreign-ministry"),
    ("Taliban police raided homes in Bamyan province.", "en", "location:bamiyan"),
    ("داهمت شرطة طالبان منازل في ولاية باميان.", "ar", "location:bamiyan"),
    ("اندلعت اشتباكات في وادي بنجشير.", "ar", "location:panjshir"),
])
def test_a_body_or_place_in_the_journalists_form(ex, text, lang, oid):
    assert oid in _ents(ex, text, lang)


@pytest.mark.parametrize("text,lang", [
    ("Taliban Foreign Minister Amir Khan Mottaki met Indian External Affairs Minister S. Jaishankar "
     "in New Delhi on Friday.", "en"),
    ("التقى وزير الخارجية في حكومة طالبان أمير خان متقي وزير الخارجية الهندي سوبرامانيام جايشانكار "
     "في نيودلهي الجمعة.", "ar"),
])
def test_a_meeting_between_two_people_of_the_region(ex, text, lang):
    rels = _rels(ex, text, lang)
    pair = {"person:amir-khan-muttaqi", "person:subrahmanyam-jaishankar"}
    assert any(t == "MET_WITH" and {s, o} == pair for t, s, o in rels)


@pytest.mark.parametrize("text,lang", [
    ("Mufti Noor Wali Mehsud succeeded Mullah Fazlullah as the leader of the Pakistani Taliban in 2018.", "en"),
    ("خلف المفتي نور ولي محسود الملا فضل الله في قيادة حركة طالبان باكستان عام 2018.", "ar"),
])
def test_a_succession_between_two_people_of_the_region(ex, text, lang):
    assert ("SUCCESSOR_OF", "person:noor-wali-mehsud", "person:mullah-fazlullah") in _rels(ex, text, lang)


@pytest.mark.parametrize("text,lang,pid", [
    ("Haqqani said the talks had gone well.", "en", "person:sirajuddin-haqqani"),
    ("وقال حقاني إن المحادثات سارت بشكل جيد.", "ar", "person:sirajuddin-haqqani"),
    ("كان رجلا متقيا ومتقي لله في كل أعماله.", "ar", "person:amir-khan-muttaqi"),
    ("Singh told reporters the match was over.", "en", "person:rajnath-singh"),
    ("قال المسؤول إن الطالب مجاهد في دراسته.", "ar", "person:zabihullah-mujahid"),
    ("The Danish delegation arrived on Monday.", "en", "person:sarwar-danish"),
    ("Dawn broke over the city as the convoy moved.", "en", "outlet:dawn"),
])
def test_an_ambiguous_bare_name_alone_is_no_entity(ex, text, lang, pid):
    assert pid not in _ents(ex, text, lang)
