"""Session 45, offices named only by their office (topic offices): a definite Arabic office
with a nationality right before a second title of another nationality and its name
("استقبل الوزير الإيراني السفير العماني X") is a subject and the verb's object, not one
title of X (``titles.other_nationality_title``); a description without "former" is no
person the article called former (``coreference``). Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract_support import MW, assert_relations, people_and_core_relations

ARAGHCHI, ZARIF = "person:abbas-araghchi", "person:mohammad-javad-zarif"
FUAD, NASIRZADEH = "person:fuad-hussein", "person:aziz-nasirzadeh"
SUDANI, ROMANOWSKI = "person:mohammed-shia-al-sudani", "person:alina-romanowski"
MANIKH = "person:badr-al-manikh"
OMANI = "السفير العماني إبراهيم بن أحمد المعيني."

POSITIVE = [
    # the Iranian minister (named two sentences back with ل, under another subject) received
    # the Omani ambassador: not the Kuwaiti ambassador, the previous sentence's subject
    ("وصل السفير الكويتي بدر المنيخ إلى طهران، وسلّم أوراق اعتماده لوزير الخارجية عباس "
     "عراقجي. وبعد أسبوع، استقبل الوزير الإيراني " + OMANI, ARAGHCHI, [MANIKH]),
    # a prime minister's office with its nationality before a woman ambassador
    ("ترأس رئيس الوزراء محمد شياع السوداني جلسة مجلس الوزراء. وفي وقت لاحق، استقبل رئيس "
     "الوزراء العراقي السفيرة الأميركية ألينا رومانوسكي.", SUDANI, []),
]


def _object_id(people: dict[str, list[str]], surface: str) -> str:
    return next(e for e, s in people.items() if any(surface in x for x in s))


@pytest.mark.parametrize(("text", "holder", "not_partners"), POSITIVE)
def test_office_before_other_nationality_title(ex: Any, text: str, holder: str,
                                               not_partners: list[str]) -> None:
    people, core = people_and_core_relations(ex, text, "ar")
    obj = _object_id(people, "رومانوسكي" if "رومانوسكي" in text else "المعيني")
    pairs = {frozenset((s, t)) for ty, s, t in core if ty == "MET_WITH"}
    assert frozenset((holder, obj)) in pairs, (people, core)
    for other in not_partners:
        assert frozenset((other, obj)) not in pairs, (people, core)
    # the description is the holder's mention, not a title of the ambassador's
    assert any("الوزير" in s or "رئيس الوزراء" in s for s in people[holder]), people


NEGATIVE = [
    # two Iranian ministers named together: the minister may be either of them
    ("اجتمع وزير الخارجية الإيراني عباس عراقجي ووزير الدفاع الإيراني عزيز نصير زاده في "
     "طهران. وبعد أسبوع، استقبل الوزير الإيراني " + OMANI, [ARAGHCHI, NASIRZADEH]),
    # a former holder is no "الوزير الإيراني"
    ("قال وزير الخارجية الإيراني السابق محمد جواد ظريف إن المفاوضات صعبة. وبعد أسبوع، "
     "استقبل الوزير الإيراني " + OMANI, [ZARIF]),
    # an indefinite minister is nobody named before
    ("وصل وزير الخارجية عباس عراقجي إلى مسقط. وبعد أسبوع، استقبل وزير إيراني " + OMANI,
     [ARAGHCHI]),
    # a minister of another country is no Iranian minister
    ("وصل وزير الخارجية العراقي فؤاد حسين إلى طهران. وبعد أسبوع، استقبل الوزير الإيراني "
     + OMANI, [FUAD]),
]


@pytest.mark.parametrize(("text", "nobody"), NEGATIVE)
def test_office_not_another_person(ex: Any, text: str, nobody: list[str]) -> None:
    people, core = people_and_core_relations(ex, text, "ar")
    obj = _object_id(people, "المعيني")
    pairs = {frozenset((s, t)) for ty, s, t in core if ty == "MET_WITH"}
    for other in nobody:
        assert frozenset((other, obj)) not in pairs, (people, core)


def test_same_nationality_rank_stays_one_title(ex: Any) -> None:
    """A diplomat's rank after an office of the same country is still his own title:
    "مساعد وزير الخارجية المصري السفير حسام زكي" is one person. A regression guard for
    ``other_nationality_title`` (the same nationality must not split the title): it passes on
    main too, it tests no new reading."""
    text = "التقى وزير الخارجية العراقي فؤاد حسين مساعد وزير الخارجية المصري السفير حسام زكي."
    people, _core = people_and_core_relations(ex, text, "ar")
    assert sorted(people) == sorted([FUAD, _object_id(people, "حسام زكي")]), people
    assert_relations(ex.extract(text, lang="ar"), text[:40],
                     [MW(FUAD, _object_id(people, "حسام زكي"))], [])


# ---- a construct title with the short definite form of a body the article named in full
# ("رئيس حكومة الإقليم" after "رئيس حكومة إقليم كوردستان X") is X
# (desc_construct_titled_ar.construct_holder_ar) -------------------------------------------
MASROUR, NECHIRVAN = "person:masrour-barzani", "person:nechirvan-barzani"
ALIMI, GRUNDBERG = "person:rashad-al-alimi", "person:hans-grundberg"
BERRI, HALBOUSI = "person:nabih-berri", "person:mohammed-al-halbousi"
KADHIMI = "person:mustafa-al-kadhimi"

SHORT_BODY = [
    ("وصف رئيس حكومة إقليم كوردستان مسرور بارزاني القرار بأنه خطوة مهمة. ووصل وزير الخارجية "
     "العراقي فؤاد حسين إلى أربيل، والتقى رئيسَ حكومة الإقليم، قبل أن يعود إلى بغداد.",
     MASROUR, "رئيسَ حكومة الإقليم", [MW(FUAD, MASROUR)]),
    ("عاد رئيس مجلس القيادة الرئاسي رشاد العليمي إلى عدن أمس. واستقبل المبعوث الأممي هانس "
     "غروندبرغ رئيسَ المجلس، في قصر معاشيق.", ALIMI, "رئيسَ المجلس",
     [MW(GRUNDBERG, ALIMI)]),
]


@pytest.mark.parametrize(("text", "holder", "surface", "must"), SHORT_BODY)
def test_short_body_description(ex: Any, text: str, holder: str, surface: str,
                                must: list) -> None:
    people, _core = people_and_core_relations(ex, text, "ar")
    assert surface in people.get(holder, []), people
    assert_relations(ex.extract(text, lang="ar"), text[:40], must, [])


SHORT_BODY_NOT = [
    # the short body goes on ("المجلس التنفيذي في الحزب"): another council, not the speaker's
    ("وصل وزير الخارجية الإيراني عباس عراقجي إلى بيروت حيث التقى رئيس مجلس النواب نبيه بري. "
     "وبقي مصير رئيس المجلس التنفيذي للحزب هاشم صفي الدين غامضاً بعد الغارات.", [BERRI],
     "رئيس المجلس"),
    # a former holder is no holder of the office
    ("قال رئيس حكومة إقليم كوردستان السابق نيجيرفان بارزاني إن الاتفاق صامد. ووصل وزير "
     "الخارجية فؤاد حسين إلى أربيل، والتقى رئيسَ حكومة الإقليم، قبل أن يعود إلى بغداد.",
     [NECHIRVAN], "رئيسَ حكومة الإقليم"),
    # two heads of a council named before: either of them, so nobody
    ("حضر رئيس مجلس النواب محمد الحلبوسي ورئيس مجلس الوزراء مصطفى الكاظمي الاحتفال. ووصل وزير "
     "الخارجية الإيراني عباس عراقجي إلى بغداد، والتقى رئيسَ المجلس، قبل أن يغادر.",
     [HALBOUSI, KADHIMI], "رئيسَ المجلس"),
]


@pytest.mark.parametrize(("text", "nobody", "surface"), SHORT_BODY_NOT)
def test_short_body_not_another_holder(ex: Any, text: str, nobody: list[str],
                                       surface: str) -> None:
    people, core = people_and_core_relations(ex, text, "ar")
    for other in nobody:
        assert surface not in people.get(other, []), people
    met = {frozenset((s, t)) for ty, s, t in core if ty == "MET_WITH"}
    assert not any(other in pair and len(pair) == 2 and
                   ({ARAGHCHI, FUAD} & pair) for other in nobody for pair in met
                   if other != BERRI), (people, core)


# ---- after the review (session 45) ----------------------------------------------------------
BARRACK = "person:tom-barrack"

REVIEW = [
    # the first title goes on after its nationality ("إلى سوريا"), and the second is a former
    # rank ("السابق"): one person with two titles, the object (was: nothing)
    ("استقبل وزير الخارجية العراقي فؤاد حسين المبعوث الأميركي إلى سوريا السفير التركي السابق "
     "توم باراك.", [MW(FUAD, BARRACK)]),
]


@pytest.mark.parametrize(("text", "must"), REVIEW)
def test_review(ex: Any, text: str, must: list) -> None:
    assert_relations(ex.extract(text, lang="ar"), text[:40], must, [])
