"""Review 41 (session 41 extractor diff): false pairs of the new rules and guards that had no
test. Each case fails on ac37a3ba (before the fix)."""

from __future__ import annotations

import pytest

from tests.extract_support import AB, MW, assert_relations

HASHIMI = "person:hisham-al-hashimi"
HARIRI = "person:rafik-hariri"
AYYASH = "person:salim-ayyash"
KHANGOSHVILI = "person:zelimkhan-khangoshvili"
KRASIKOV = "person:vadim-krasikov"
KHALIL_Z = "person:ziad-al-khalil"

KILL = [
    # A1: the participle belongs to a nested noun phrase of the apposition
    ("en", "Salim Ayyash, the lawyer for the man convicted of killing Rafik Hariri, spoke on "
     "Monday.", [], [AB(HARIRI, AYYASH)]),
    ("en", "Salim Ayyash, the father of the man convicted of killing Rafik Hariri, spoke on "
     "Monday.", [], [AB(HARIRI, AYYASH)]),
    # A2: the victim across a comma and a verb
    ("en", "Salim Ayyash, a man convicted in 2005 of killing, met Rafik Hariri.", [],
     [AB(HARIRI, AYYASH)]),
    # A3: the one other person named is the judge or the speaker of the verdict's clause
    ("en", "Zelimkhan Khangoshvili was gunned down in Berlin in 2019. Presiding judge Olaf "
     "Arnoldi found Vadim Krasikov guilty of his murder.", [],
     [AB("person:olaf-arnoldi", KRASIKOV)]),
    ("en", "Zelimkhan Khangoshvili was gunned down in Berlin in 2019. Defence lawyer Olaf "
     "Arnoldi said Vadim Krasikov was found guilty of his murder.", [],
     [AB("person:olaf-arnoldi", KRASIKOV)]),
    # A4: a requested verdict
    ("en", "Zelimkhan Khangoshvili was gunned down in Berlin in 2019; prosecutors asked judges "
     "to find Vadim Krasikov guilty of his murder.", [], [AB(KHANGOSHVILI, KRASIKOV)]),
    # A5: a negated verdict
    ("ar", "لم تصدر المحكمة حكماً بحق زياد الخليل، الضابط في الوزارة، بعد إدانته بقتل الباحث "
     "هشام الهاشمي.", [], [AB(HASHIMI, KHALIL_Z)]),
]


@pytest.mark.parametrize("lang,text,must,must_not", KILL)
def test_review_kill(ex, lang: str, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang=lang), text[:40], must, must_not)


FAROUK = "person:omar-farouk"
HADDAD = "person:sami-haddad"
KHALIL_S = "person:samer-al-khalil"
NOURI = "person:karim-al-nouri"
ABDULLAH = "person:nizar-al-abdullah"

MEET = [
    # A7: a name, not a title word, right after the "and"
    ("en", "Trade Minister Omar Farouk met Egypt's Minister of Planning and Sami Haddad said "
     "nothing.", [], [MW(FAROUK, HADDAD)]),
    # A6: an oath as a member / a deputy / before a body's head backs no "رئيس المجلس الجديد"
    ("ar", "أدى سامر الخليل اليمين عضواً في مجلس النواب. وفي وقت لاحق، التقى رئيس المجلس الجديد "
     "في القصر الحكومي وزير المالية كريم النوري.", [], [MW(KHALIL_S, NOURI)]),
    ("ar", "أدى سامر الخليل اليمين نائباً لرئيس المجلس. وفي وقت لاحق، التقى رئيس المجلس الجديد "
     "في القصر الحكومي وزير المالية كريم النوري.", [], [MW(KHALIL_S, NOURI)]),
    ("ar", "أدى سامر الخليل اليمين أمام رئيس مجلس القضاء. وفي وقت لاحق، التقى رئيس المجلس الجديد "
     "في القصر الحكومي وزير المالية كريم النوري.", [], [MW(KHALIL_S, NOURI)]),
    # A9: "ولم يعقد X اجتماعاً مع Y": the negation before the holding verb
    ("ar", "وصل الفريق نزار العبدالله إلى بغداد. ولم يعقد الفريق نزار العبدالله اجتماعاً مع "
     "سامر الخليل.", [], [MW(ABDULLAH, KHALIL_S)]),
    # A8: an office named but not taken (a nomination, a former holder) backs no "the premier"
    ("en", "Salim Haddad was nominated as prime minister. Adel Murad criticised the choice. "
     "Later the premier met Finance Minister Karim Nouri.", [],
     [MW("person:salim-haddad", "person:karim-al-nouri")]),
    ("ar", "رشح البرلمان سامر الخليل لرئاسة الحكومة. وانتقد عادل المراد الاختيار. وعقد رئيس "
     "الوزراء اجتماعاً مع وزير المالية كريم النوري.", [], [MW(KHALIL_S, NOURI)]),
    ("ar", "وصل سامر الخليل، رئيس الوزراء الأسبق، إلى بغداد. وانتقد عادل المراد الزيارة. وعقد "
     "رئيس الوزراء اجتماعاً مع وزير المالية كريم النوري.", [], [MW(KHALIL_S, NOURI)]),
    # A8: the office taken still backs it
    ("ar", "أدى سامر الخليل اليمين الدستورية رئيساً لمجلس الوزراء. وانتقد عادل المراد الزيارة. "
     "وعقد رئيس الوزراء اجتماعاً مع وزير المالية كريم النوري.", [MW(KHALIL_S, NOURI)], []),
]


@pytest.mark.parametrize("lang,text,must,must_not", MEET)
def test_review_meet(ex, lang: str, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang=lang), text[:40], must, must_not)


# ---- D: guards the session-41 tests did not reach (each case fails with its guard removed;
# D2, D3, D4 not yet: no text found in the time that reaches their guards)
OWAID = "person:ahmed-hamdawi-owaid"

GUARDS = [
    # D5 kill_verdict_gap._ar verdict window: "بعد" and the comma kept, no verdict word
    ("ar", "طالب الادعاء بإعادة التحقيق مع المتهم أحمد حمداوي عويد، الضابط السابق في الشرطة "
     "الاتحادية، بعد إدانته بقتل الباحث هشام الهاشمي.", [], [AB(HASHIMI, OWAID)]),
    # D1 desc_top_national_en.national_holder: a person of no known nationality named before
    # "the top Iranian diplomat" (the coreference's own nationality test passes him)
    ("en", "Foreign Minister Sami Kassab arrived in Beirut on Friday. At the airport, the top "
     "Iranian diplomat was received by Lebanese Labor Minister Salim Haddad.", [],
     [MW("person:sami-kassab", "person:salim-haddad")]),
]


@pytest.mark.parametrize("lang,text,must,must_not", GUARDS)
def test_review_guards(ex, lang: str, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang=lang), text[:40], must, must_not)


# ---- B1: the dead-word window of guest_not_gone_ar stops at another name
B1 = [
    ("ar", "وصل بعد تأبين الشهيد إبراهيم رئيسي الرئيس الإيراني مسعود بزشكيان إلى الدوحة. وكان في "
     "استقبال سيادته رئيس الوزراء الشيخ محمد بن عبد الرحمن آل ثاني.",
     [MW("person:masoud-pezeshkian", "person:mohammed-bin-abdulrahman-al-thani")], []),
]


@pytest.mark.parametrize("lang,text,must,must_not", B1)
def test_review_gone_window(ex, lang: str, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang=lang), text[:40], must, must_not)
