"""Session 41 (kill): a court's verdict whose killer or victim stands apart from the verdict
words (kill_verdict_gap): an apposition between the convicted person and "بعد إدانته بقتل Y";
"X, a <noun phrase> convicted ... of killing Y"; "found X guilty of his murder" with the victim
the one other person named before. Dev: +3 core TP, no FP (batches KA, EA, GL).

Not read: a charge or an accusation (no verdict), an acquittal, an apposition holding a clause,
a pronoun with two candidates; a text cut right after the cue word."""

from __future__ import annotations

import pytest

from tests.extract_support import AB, assert_relations

HASHIMI = "person:hisham-al-hashimi"
OWAID = "person:ahmed-hamdawi-owaid"
HARIRI = "person:rafik-hariri"
AYYASH = "person:salim-ayyash"
KHANGOSHVILI = "person:zelimkhan-khangoshvili"
KRASIKOV = "person:vadim-krasikov"

CASES = [
    # the killer apart from the verdict words: fail on main
    ("ar", "قضت محكمة عراقية يوم الاثنين بالسجن المؤبد بحق المدان أحمد حمداوي عويد، الضابط "
     "السابق في الشرطة الاتحادية، بعد إدانته بقتل الباحث هشام الهاشمي.",
     [AB(HASHIMI, OWAID)], []),
    ("en", "Salim Ayyash, a former Hezbollah operative convicted by a special tribunal of "
     "killing Rafik Hariri, has never been handed over.", [AB(HARIRI, AYYASH)], []),
    ("en", "Zelimkhan Khangoshvili was gunned down in Berlin in 2019; two years later judges "
     "found Vadim Krasikov guilty of his murder.", [AB(KHANGOSHVILI, KRASIKOV)], []),
    # negatives: a charge, not a verdict; an acquittal; an apposition with a clause
    ("ar", "طالب الادعاء بحق المتهم أحمد حمداوي عويد، الضابط السابق في الشرطة الاتحادية، "
     "بالتحقيق معه قبل إدانته بقتل الباحث هشام الهاشمي.", [], [AB(HASHIMI, OWAID)]),
    ("en", "Salim Ayyash, a lawyer who met the man convicted by a special tribunal of killing "
     "Rafik Hariri, spoke on Monday.", [], [AB(HARIRI, AYYASH)]),
    ("en", "Zelimkhan Khangoshvili and Rafik Hariri were named in the ruling; judges found "
     "Vadim Krasikov guilty of his murder.", [], [AB(KHANGOSHVILI, KRASIKOV),
                                                  AB(HARIRI, KRASIKOV)]),
    ("en", "Zelimkhan Khangoshvili was gunned down in Berlin in 2019; judges found Vadim "
     "Krasikov not guilty of his murder.", [], [AB(KHANGOSHVILI, KRASIKOV)]),
    # the text cut right after the cue words: no crash
    ("ar", "حكماً بالإعدام بحق المدان أحمد حمداوي عويد، بعد إدانته", [], []),
    ("ar", "حكماً بالإعدام بحق المدان أحمد حمداوي عويد، بعد إدانته بقتل", [], []),
    ("en", "Salim Ayyash, a former operative convicted", [], []),
    ("en", "Salim Ayyash, a former operative convicted by a tribunal of", [], []),
    ("en", "Zelimkhan Khangoshvili died; judges found Vadim Krasikov guilty of his", [], []),
]


@pytest.mark.parametrize("lang,text,must,must_not", CASES)
def test_kill_s41(ex, lang: str, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang=lang), text[:40], must, must_not)
