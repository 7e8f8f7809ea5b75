"""Session 31b (falsepeople): English capitalised runs that are no person's name.

A named military operation ("Operation Peace Spring") and a body cut short before its head
("the National Intelligence and Security Agency" read to "National Intelligence", "National
Security Minister X") were read as new people and made meeting sides; the last words of a
title's portfolio or body were glued to the name after it ("Secretary of Energy X" read as
"Energy X"; JD-JF, JM-JO, JP-JR, JS-JU). Counted on the dev
writers: "Operation X" read as a person in FL-FN, JD-JF (2 articles) and JV-JX; a run ending
in "Security"/"Intelligence" read as a person in DD-DF, GS-GU, JG-JI and JV-JX.
The Arabic cases pass on the base too: Arabic writes these with a lower-case noun ("عملية",
"جهاز") that no step reads as a person; they stand as the same construction in the other
language."""

from __future__ import annotations

import pytest

from tests.extract_support import people_and_core_relations

CASES = [
    # fail on the base: an operation's name read as a person and a meeting side
    ("en", "The governor thanked Washington for backing the ongoing Operation Desert Lantern "
     "against the militants, and met US envoy Richard Holm.", ("operation",)),
    ("en", "Operation Silver Dawn was praised by Karim Haddad, who met Walid Nasser on Monday.",
     ("operation",)),
    # fail on the base: a service cut short before its head read as a person
    ("en", "Ambassador John Carter met Hassan Sheikh Mohamud in the presence of the Director of "
     "the National Intelligence and Security Agency, Omar Farah.", ("intelligence",)),
    ("en", "He then met National Security Minister Itamar Ben-Gvir.", ("security",)),
    # fail on the base: the last words of a title's portfolio or body glued to the name
    ("en", "Karim Haddad also met US Secretary of Energy Walid Nasser on Monday.", ("energy",)),
    ("en", "The talks were attended by Minister of Planning and International Cooperation "
     "Walid Nasser.", ("cooperation",)),
    ("en", "The oath was taken in the presence of Secretary-General of the Presidency Walid "
     "Nasser.", ("presidency",)),
    ("en", "The visit was attended by Chairman of the Red Sea Ports Corporation Walid Nasser.",
     ("corporation",)),
    # Arabic: the same constructions (pass on the base too)
    ("ar", "والتقى كريم حداد وزير الطاقة الأميركي وليد ناصر.", ("الطاقة",)),
    ("ar", "وأشاد المحافظ بعملية البرق الصحراوي ضد المسلحين، والتقى المبعوث الأميركي ريتشارد هولم.",
     ("عملية", "البرق")),
    ("ar", "التقى السفير جون كارتر الرئيس حسن شيخ محمود بحضور مدير جهاز المخابرات والأمن الوطني "
     "عمر فرح.", ("المخابرات", "الأمن")),
]

# negatives: people whose names stand next to these words are still read as people
KEPT = [
    ("en", "The operation was led by Karim Haddad, who met Walid Nasser in Cairo.",
     ("Karim Haddad", "Walid Nasser")),
    ("en", "Security chief Karim Haddad met Walid Nasser, the intelligence adviser.",
     ("Karim Haddad", "Walid Nasser")),
    ("en", "The envoy met Walid Nasser of the Presidency and Karim Haddad.",
     ("Walid Nasser", "Karim Haddad")),
    ("ar", "والتقى الوزير كريم حداد نظيره وليد ناصر بعد انتهاء العملية الأمنية.",
     ("كريم حداد", "وليد ناصر")),
]


@pytest.mark.parametrize("lang,text,bad_words", CASES)
def test_no_person_named_so(ex, lang: str, text: str, bad_words: tuple[str, ...]) -> None:
    people, core = people_and_core_relations(ex, text, lang)
    for pid, surfaces in people.items():
        for word in bad_words:
            assert word not in pid and not any(word.lower() in s.lower() for s in surfaces), \
                f"{text[:40]}: {pid} {surfaces} is no person"
    assert not any(w in x for _, a, b in core for x in (a, b) for w in bad_words)


@pytest.mark.parametrize("lang,text,names", KEPT)
def test_people_kept(ex, lang: str, text: str, names: tuple[str, ...]) -> None:
    people, _ = people_and_core_relations(ex, text, lang)
    surfaces = {s for ss in people.values() for s in ss}
    for name in names:
        assert name in surfaces, f"{text[:40]}: {name} not read; got {people}"
