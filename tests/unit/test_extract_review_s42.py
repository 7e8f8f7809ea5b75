"""Session 42 review: near-miss sentences written by the reviewer for the code the eight
helpers of session 42 added (each case fails on s42-int before its fix)."""

from __future__ import annotations

import pytest

from tests.extract_support import AB, MW, SO, assert_relations

ISRAEL = "country:israel"
HEZBOLLAH = "organization:hezbollah"
NASRALLAH = "person:hassan-nasrallah"
KARAKI = "person:ali-karaki"
QAANI = "person:esmail-qaani"
SOLEIMANI = "person:qasem-soleimani"

CASES = [
    # A1 (kill_coordinated._relative_act): "واغتالت إسرائيل": the killing verb has its own
    # subject right after it; not the relative clause's subject (Hezbollah)
    ("ar", "في الحرب التي شنها حزب الله على إسرائيل واغتالت إسرائيل خلالها حسن نصر الله.",
     [AB(NASRALLAH, ISRAEL)], [AB(NASRALLAH, HEZBOLLAH)]),
    ("ar", "وفي الجولة التي أطلقها حزب الله على إسرائيل وقتلت إسرائيل بعدها حسن نصر الله.",
     [], [AB(NASRALLAH, HEZBOLLAH)]),
    # A4 (martyred_active_en): "has martyred X" with no strike as its subject is a group
    # announcing its own dead, no killing by that group; after a strike noun it stays read
    ("en", "Hezbollah has martyred its commander Ali Karaki, the group said.", [],
     [AB(KARAKI, HEZBOLLAH)]),
    ("en", "Hezbollah has martyred leaders like Ali Karaki.", [], [AB(KARAKI, HEZBOLLAH)]),
    ("en", "An Israeli strike on a building of the party (in Dahiyeh) in south Beirut has "
     "martyred Ali Karaki.", [AB(KARAKI, ISRAEL)], []),
    # A5 (instead_of, with the present "takes" / "assumes" of s42): a conditional clause
    # ("If / Unless X takes office in place of Y, ...") tells no succession
    ("en", "If Esmail Qaani takes office in place of Qassem Soleimani, the Quds Force will "
     "change.", [], [SO(QAANI, SOLEIMANI)]),
    ("en", "Unless Esmail Qaani assumes office in place of Qassem Soleimani, nothing changes.",
     [], [SO(QAANI, SOLEIMANI)]),
    ("en", "Esmail Qaani assumes office in place of Qassem Soleimani.", [SO(QAANI, SOLEIMANI)],
     []),
]


@pytest.mark.parametrize("lang,text,must,must_not", CASES)
def test_review_s42(ex, lang: str, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang=lang), text[:40], must, must_not)


# A2 (foreign_respelt_ar): an Arabic given name written as such is no respelling of a known
# person's other given name ("محمد" is no "محمود", "حسن" no "حسين"); a real respelling is kept
RESPELT = [
    ("التقى وزير الخارجية محمد عباس نظيره في عمّان أمس.", "person:mahmoud-abbas", None),
    ("وصل العميد حسن سلامي إلى بيروت مساء أمس.", "person:hossein-salami", None),
    ("استقبل الرئيس التركي في أنقرة دولت بهتشلي مساء أمس.", None, "person:devlet-bahceli"),
]


@pytest.mark.parametrize("text,absent,present", RESPELT)
def test_review_s42_respelt(ex, text: str, absent: str | None, present: str | None) -> None:
    ids = {e["id"] for e in ex.extract(text, lang="ar")["entities"]}
    if absent:
        assert absent not in ids, (text[:30], sorted(ids))
    if present:
        assert present in ids, (text[:30], sorted(ids))


# D (guards of the new code that no test reached; each case fails with its guard removed)
SISI = "person:abdel-fattah-el-sisi"
ERDOGAN = "person:recep-tayyip-erdogan"
ASSAD = "person:bashar-al-assad"
GUARDS = [
    # D1 meeting_convened_aside_ar: a negated holding verb ("ما عقد") is no meeting
    ("ar", "ما عقد الرئيس عبد الفتاح السيسي، أمس الأربعاء في القاهرة، الاجتماع الأمني بحضور "
     "رجب طيب أردوغان وبشار الأسد.", [], [MW(SISI, ERDOGAN), MW(SISI, ASSAD), MW(ERDOGAN, ASSAD)]),
    # D2 succession_behind_ar: a posture verb before a comma does not make «وخلف» "behind"
    ("ar", "ووقف المشيعون طويلاً أمام الضريح، وخلف بشار الأسد والده حافظ الأسد في الحكم عام 2000.",
     [SO(ASSAD, "person:hafez-al-assad")], []),
    # D3 lone_spelt_known: a lone respelt name not after "the" or a place word stays the person
    ("en", "Iraqi officials said Kathimi met Antony Blinken in Baghdad on Monday.",
     [MW("person:antony-blinken", "person:mustafa-al-kadhimi")], []),
]


@pytest.mark.parametrize("lang,text,must,must_not", GUARDS)
def test_review_s42_guards(ex, lang: str, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang=lang), text[:40], must, must_not)


def test_review_s42_quoted_nickname(ex) -> None:
    """D4 lone_spelt_known: a nickname in quotes after a name is that person, no known
    namesake ("Hemeti" is no Abdolnaser Hemmati)."""
    text = 'Antony Blinken met Mohamed Hamdan Daglo "Hemeti" in Jeddah on Monday.'
    ids = {e["id"] for e in ex.extract(text, lang="en")["entities"]}
    assert "person:abdolnaser-hemmati" not in ids, sorted(ids)
