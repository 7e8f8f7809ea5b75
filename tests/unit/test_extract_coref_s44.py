"""Session 44, coreference (topic coref): wrong people from titles and descriptions;
sentences written for these tests (other people, places and word orders)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract_support import MW, assert_relations

# ---- a definite Arabic title that runs on (adjectives, a body, "في ...", a second title) to
# a name is that name's title, no description of someone named before
# (title_runs_on_ar.title_runs_to_name_ar) -------------------------------------------------
TITLE_RUNS_ON = [
    # "المنسقة الخاصة للأمم المتحدة في لبنان X": not the woman minister named before
    ("تسلمت وزيرة التربية الجديدة ريما كرامي مهامها صباح أمس. وبعد الظهر، استقبل رئيس "
     "الحكومة نواف سلام في قصر الحكومة المنسقة الخاصة للأمم المتحدة في لبنان جينين هينيس "
     "بلاسخارت، وبحثا تطبيق القرار 1701.",
     [MW("person:jeanine-hennis-plasschaert", "person:nawaf-salam")],
     [MW("person:nawaf-salam", "person:rima-karami")]),
    # "بحضور القيادي في الحزب النائب X": X attended, not the speaker's deputy named before
    ("وترأس الجلسة النائب الأول لرئيس المجلس محسن المندلاوي. وكان المشهداني قد التقى "
     "الحلبوسي، رئيس حزب تقدم، مساء الجمعة في مكتب الأخير، بحضور القيادي في الحزب النائب "
     "هيبت الحلبوسي.",
     [MW("person:haibat-al-halbousi", "person:mahmoud-al-mashhadani")],
     [MW("person:mahmoud-al-mashhadani", "person:mohsen-al-mandalawi"),
      MW("person:mohammed-al-halbousi", "person:mohsen-al-mandalawi")]),
]

TITLE_RUNS_ON_NOT = [
    # right after the verb the description is the subject, the name after "في <place>" the
    # object: the minister named before met him
    ("وصل وزير الخارجية الإيراني عباس عراقجي إلى بيروت أمس. واجتمع الوزير الإيراني في "
     "الضاحية الجنوبية نعيم قاسم.",
     [MW("person:abbas-araghchi", "person:naim-qassem")], []),
    # a day word before the description: still the subject
    ("وصل وزير الخارجية الإيراني عباس عراقجي إلى بيروت. والتقى اليوم الوزير الإيراني في "
     "الضاحية الجنوبية نعيم قاسم.",
     [MW("person:abbas-araghchi", "person:naim-qassem")], []),
    # (review) "في ضيافة" after the description: the host's title is his own, the
    # description still the minister named before (who then met the host)
    ("وصل وزير الخارجية الإيراني عباس عراقجي إلى بيروت. الوزير الإيراني في ضيافة الرئيس "
     "اللبناني جوزاف عون في بعبدا، حيث بحثا العلاقات الثنائية.",
     [], [MW("person:abbas-araghchi", "person:joseph-aoun")]),
]


# (review) the description is no title of the name after "في ضيافة / في مكتب / في زيارة"
# (an indefinite word after the link that is no body's or portfolio's head)
@pytest.mark.parametrize(("text", "desc"), [
    ("وصل وزير الخارجية الإيراني عباس عراقجي إلى بيروت. الوزير الإيراني في ضيافة الرئيس "
     "اللبناني جوزاف عون في بعبدا، حيث بحثا العلاقات الثنائية.", "الوزير"),
    ("وصل وزير الخارجية الإيراني عباس عراقجي إلى بيروت. الوزير الإيراني في مكتب الرئيس "
     "اللبناني جوزاف عون في بعبدا.", "الوزير"),
    ("وصلت المبعوثة الأميركية مورغان أورتاغوس إلى بيروت. المبعوثة الأميركية في زيارة رئيس "
     "الحكومة نواف سلام في السراي.", "المبعوثة"),
])
def test_title_runs_on_not_after_host(ex: Any, monkeypatch: pytest.MonkeyPatch, text: str,
                                      desc: str) -> None:
    from loaders.extract import title_description as th

    seen: list[int] = []
    real = th.title_runs_to_name_ar

    def spy(doc: Any, covered: dict, k: int, end: int, lo: int, hi: int) -> int:
        r = real(doc, covered, k, end, lo, hi)
        if doc.toks[k].text == desc:
            seen.append(r)
        return r

    monkeypatch.setattr(th, "title_runs_to_name_ar", spy)
    ex.extract(text, lang="ar")
    assert seen and all(r < 0 for r in seen), seen


@pytest.mark.parametrize(("text", "must", "must_not"), TITLE_RUNS_ON)
def test_title_runs_on(ex: Any, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang="ar"), text[:50], must, must_not)


@pytest.mark.parametrize(("text", "must", "must_not"), TITLE_RUNS_ON_NOT)
def test_title_runs_on_negative(ex: Any, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang="ar"), text[:50], must, must_not)


@pytest.mark.parametrize("text", [
    "وكان المشهداني قد التقى الحلبوسي بحضور القيادي في",
    "وكان المشهداني قد التقى الحلبوسي بحضور القيادي في الحزب النائب",
    "استقبل رئيس الحكومة نواف سلام المنسقة الخاصة للأمم المتحدة في",
])
def test_title_runs_on_cut(ex: Any, text: str) -> None:
    ex.extract(text, lang="ar")  # the text ends right after a cue word: no crash


# ---- a portfolio's "affairs" (لشؤون) and a conference (مؤتمر) are no first word of a new
# name before a known one (lexicon.AR_COMMON_NOUNS) ---------------------------------------
AFFAIRS_NOT_NAME = [
    ("أكد وزير الدولة السعودي لشؤون الخليج ثامر السبهان أن الرياض تدعم الحوار.",
     {"person:thamer-al-sabhan"}),
    ("وألقى رئيس مؤتمر كوب 28 سلطان الجابر كلمة في الافتتاح.", {"person:sultan-al-jaber"}),
]


@pytest.mark.parametrize(("text", "people"), AFFAIRS_NOT_NAME)
def test_affairs_not_name(ex: Any, text: str, people: set) -> None:
    got = {e["id"] for e in ex.extract(text, lang="ar")["entities"] if e["type"] == "Person"}
    assert got == people, got


@pytest.mark.parametrize("text", ["وقال وزير الدولة لشؤون", "وقال رئيس مؤتمر"])
def test_affairs_not_name_cut(ex: Any, text: str) -> None:
    ex.extract(text, lang="ar")  # the text ends right after the cue word: no crash
