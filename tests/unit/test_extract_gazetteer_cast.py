"""The regular cast added to the domain gazetteer in session 8 (institutions, office-holders,
outlets): a reader naming them in either script gets the gazetteer's id, a body of one
country is not bent into a like-named body of another, and the bare names that are common
words do not fire on their own. Sentences written for these tests (not taken from any
evaluation set)."""

import pytest

from loaders.extract.rules import RuleExtractor


@pytest.fixture(scope="module")
def extractor():
    return RuleExtractor()


def _doc(extractor, text: str) -> tuple[dict[str, list[str]], set[tuple[str, str, str]]]:
    doc = extractor.extract(text, meta={})
    ents = {e["id"]: [text[a:b] for a, b in e.get("mentions") or []] for e in doc["entities"]}
    return ents, {(r["type"], r["source"], r["target"]) for r in doc["relations"]}


@pytest.mark.parametrize("text, ids, meeting", [
    ("Iraq's oil minister Hayan Abdul-Ghani met Central Bank of Iraq governor Ali al-Alaq in "
     "Baghdad on Sunday, the Iraqi Oil Ministry said.",
     ["person:hayan-abdul-ghani", "person:ali-mohsen-al-alaq", "organization:central-bank-of-iraq",
      "organization:iraqi-oil-ministry"],
     ("person:ali-mohsen-al-alaq", "person:hayan-abdul-ghani")),
    ("استقبل رئيس إقليم كردستان نيجيرفان بارزاني في أربيل وزير شؤون البيشمركة شورش إسماعيل، "
     "بحسب بيان لرئاسة إقليم كردستان.",
     ["person:nechirvan-barzani", "person:shoresh-ismail", "organization:kurdistan-region-presidency"],
     ("person:nechirvan-barzani", "person:shoresh-ismail")),
    ("CENTCOM commander Brad Cooper met Iraqi Prime Minister Mohammed Shia al-Sudani in Baghdad.",
     ["person:brad-cooper", "organization:us-central-command"],
     ("person:brad-cooper", "person:mohammed-shia-al-sudani")),
    ("التقى وزير الخارجية السوري أسعد الشيباني نظيره التركي هاكان فيدان في أنقرة.",
     ["person:asaad-al-shaibani", "person:hakan-fidan"],
     ("person:asaad-al-shaibani", "person:hakan-fidan")),
])
def test_new_institutions_and_office_holders_get_their_ids(extractor, text, ids, meeting):
    ents, rels = _doc(extractor, text)
    for eid in ids:
        assert ents.get(eid), f"{eid} not found in {sorted(ents)}"
    assert ("MET_WITH", *meeting) in rels, sorted(rels)


@pytest.mark.parametrize("text, ids", [
    ("أعلنت المحكمة الاتحادية العليا رفض الطعن، فيما دعت مفوضية الانتخابات إلى الهدوء.",
     ["organization:federal-supreme-court", "organization:independent-high-electoral-commission"]),
    ("Speaking to Sky News Arabia, Omani Foreign Ministry officials said the Gulf Cooperation "
     "Council would meet in Riyadh.",
     ["outlet:sky-news-arabia", "organization:omani-foreign-ministry", "organization:gcc"]),
    ("A senior Kurdish official told The National newspaper that talks would resume.",
     ["outlet:the-national"]),
    ("قال البيت الأبيض إن مكتب التحقيقات الفيدرالي يحقق في الهجوم.",
     ["organization:white-house", "organization:fbi"]),
])
def test_bodies_and_outlets_in_both_scripts(extractor, text, ids):
    ents, _ = _doc(extractor, text)
    for eid in ids:
        assert ents.get(eid), f"{eid} not found in {sorted(ents)}"


@pytest.mark.parametrize("text, right, wrong", [
    # one country's ministry is not another's (they were one spelling-tolerant key apart)
    ("The Syrian Foreign Ministry condemned the strike.",
     "organization:syrian-foreign-ministry", "organization:iranian-foreign-ministry"),
    ("Turkey's defence ministry said its jets had returned safely.",
     "organization:turkish-defence-ministry", "organization:iraqi-defense-ministry"),
    ("The Omani Foreign Ministry announced the talks.",
     "organization:omani-foreign-ministry", "organization:iranian-foreign-ministry"),
])
def test_a_ministry_of_one_country_is_not_bent_into_another(extractor, text, right, wrong):
    ents, _ = _doc(extractor, text)
    assert right in ents and wrong not in ents, sorted(ents)


@pytest.mark.parametrize("text, not_id", [
    ("وصل الوفد العراقي إلى بغداد اليوم قادما من طهران.", "outlet:baghdad-today"),
    ("قال النواب إنهم صادقون في وعودهم للناخبين.", "organization:sadiqoun-bloc"),
    ("كشفت طهران عن الجيل الجديد من الصواريخ.", "organization:new-generation-movement"),
    ("The National Security Council met in Washington on Monday.", "outlet:the-national"),
    ("تواجه روسيا اليوم عقوبات جديدة.", "outlet:rt"),
])
def test_common_words_among_the_new_names_do_not_fire_alone(extractor, text, not_id):
    ents, _ = _doc(extractor, text)
    assert not_id not in ents, sorted(ents)


def test_a_killing_of_a_newly_listed_commander(extractor):
    _, rels = _doc(extractor, "An Israeli strike on Beirut killed Hezbollah's media chief "
                              "Mohammad Afif on Sunday.")
    assert ("ASSASSINATED_BY", "person:mohammad-afif", "country:israel") in rels, sorted(rels)


def test_a_dateline_outlet_is_not_a_person_whose_title_names_the_region(extractor):
    """An alias must be a name, not a name + title: 'جعفر شيخ مصطفى نائب رئيس إقليم كردستان'
    as an alias made the dateline 'كوردستان24' a mention of Jaafar Sheikh Mustafa."""
    text = ("أربيل (كوردستان24) - استقبل رئيس الإقليم نيجيرفان بارزاني، اليوم، السفير الإيراني "
            "في أربيل.")
    doc = extractor.extract(text, lang="ar")
    assert "person:jaafar-sheikh-mustafa" not in {e["id"] for e in doc["entities"]}
    doc = extractor.extract("أربيل (كوردستان24) - استقبل نائب رئيس إقليم كوردستان جعفر شيخ "
                            "مصطفى، اليوم، السفير الإيراني.", lang="ar")
    people = {e["id"]: [doc["text"][a:b] for a, b in e["mentions"]] for e in doc["entities"]
              if e["type"] == "Person"}
    assert people.get("person:jaafar-sheikh-mustafa") == ["جعفر شيخ مصطفى"]
