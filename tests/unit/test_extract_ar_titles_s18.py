"""Arabic title words read as people, session 18 second round: a professional title before a
given name ("المهندس وليد ...", "الدكتور X") is no mention of al-Muhandis (whose bare
surname it also is); alone it still names him."""

from __future__ import annotations


def _ids(doc: dict) -> set[str]:
    return {e["id"] for e in doc["entities"]}


MUHANDIS = "person:abu-mahdi-al-muhandis"


def test_engineer_before_a_given_name_is_a_title(ex) -> None:
    doc = ex.extract("استقبل وزير النفط المهندس حيان عبد الغني وفداً من الشركة في بغداد.",
                     lang="ar")
    assert MUHANDIS not in _ids(doc)


def test_engineer_with_a_conjunction_before_a_given_name(ex) -> None:
    doc = ex.extract("وحضر اللقاء السفير العراقي والمهندس حيان عبد الغني.", lang="ar")
    assert MUHANDIS not in _ids(doc)


def test_al_muhandis_alone_is_still_him(ex) -> None:
    doc = ex.extract("قُتل سليماني والمهندس بغارة أمريكية قرب مطار بغداد.", lang="ar")
    assert MUHANDIS in _ids(doc)
    doc = ex.extract("وقال المهندس إن الفصائل سترد.", lang="ar")
    assert MUHANDIS in _ids(doc)


def test_imad_without_the_article_is_a_given_name(ex) -> None:
    doc = ex.extract("واجتمع وكيل وزارة الكهرباء عماد الحسناوي بالوفد الإيراني في بغداد.",
                     lang="ar")
    assert any(i.startswith("person:imad") for i in _ids(doc)), _ids(doc)


def test_al_imad_is_still_a_rank(ex) -> None:
    doc = ex.extract("استقبل قائد الجيش العماد جوزاف عون الوفد الأميركي في اليرزة.", lang="ar")
    ids = _ids(doc)
    assert "person:joseph-aoun" in ids
    assert not any(i.startswith("person:imad") for i in ids), ids


def test_press_after_an_event_noun_is_an_adjective(ex) -> None:
    # "مؤتمر صحفي": a press conference, no journalist standing for someone named before
    doc = ex.extract("التقى الوزير عباس عراقجي نظيره فؤاد حسين في بغداد. وقال عراقجي في "
                     "المؤتمر الصحفي إن المحادثات كانت مثمرة.", lang="ar")
    spans = [doc["text"][a:b] for e in doc["entities"] for a, b in e.get("mentions", [])]
    assert not any("صحف" in x for x in spans), spans


def test_a_journalist_before_a_name_is_still_a_title(ex) -> None:
    doc = ex.extract("وأعلن الصحفي علي الموسوي أن الوفد وصل إلى طهران.", lang="ar")
    assert any("moussawi" in i or "musawi" in i for i in _ids(doc)), _ids(doc)
