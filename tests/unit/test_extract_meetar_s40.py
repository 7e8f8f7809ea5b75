"""Session 40, Arabic MET_WITH recall (topic meetar): sentence shapes the rules missed, with
sentences written for these tests (other people, places and word orders)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract_support import MW, assert_relations

# ---- "اجتمع X بـY، قبل أن يتوجه إلى P حيث أجرى مباحثات مع Z": the أن of "قبل أن" opens a
# time clause, not a reported one (meeting_speaker.reported_meeting_pairs keeps X-Z) ----------
BEFORE_THAT = [
    # a meeting verb, then "قبل أن" + motion verb + "حيث" + talks noun
    ("واجتمع وزير الخارجية عباس عراقجي بالسفير العماني في طهران، قبل أن يتوجه إلى الدوحة حيث "
     "أجرى مباحثات مع رئيس الوزراء القطري محمد بن عبد الرحمن آل ثاني.",
     [MW("person:abbas-araghchi", "person:mohammed-bin-abdulrahman-al-thani")], []),
    # "بعد أن" with a partner after بـ first, then "عقد لقاءً مع"
    ("اجتمع رئيس الوزراء محمد شياع السوداني بوزير الخارجية فؤاد حسين، بعد أن انتقل إلى أربيل "
     "حيث عقد لقاءً مع رئيس الإقليم نيجيرفان بارزاني.",
     [MW("person:mohammed-shia-al-sudani", "person:nechirvan-barzani")], []),
]

BEFORE_THAT_NOT = [
    # a reported meeting after "إن" (not "قبل أن"): the speaker did not meet the partner
    ("وقال وزير الخارجية عباس عراقجي قبل مغادرته إن الوفد أجرى مباحثات مع رئيس الوزراء القطري "
     "محمد بن عبد الرحمن آل ثاني.",
     [MW("person:abbas-araghchi", "person:mohammed-bin-abdulrahman-al-thani")]),
    # "وأضاف X أن الوفد التقى Y": the speaker reports, the delegation met
    ("وأضاف رئيس الوزراء محمد شياع السوداني أن الوفد التقى رئيس الإقليم نيجيرفان بارزاني قبل "
     "أيام.",
     [MW("person:mohammed-shia-al-sudani", "person:nechirvan-barzani")]),
]


@pytest.mark.parametrize(("text", "must", "must_not"), BEFORE_THAT)
def test_before_that(ex: Any, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang="ar"), text[:50], must, must_not)


@pytest.mark.parametrize(("text", "must_not"), BEFORE_THAT_NOT)
def test_before_that_negative(ex: Any, text: str, must_not: list) -> None:
    assert_relations(ex.extract(text, lang="ar"), text[:50], [], must_not)


def test_before_that_cut(ex: Any) -> None:
    """A text that ends right after "قبل أن" gives no error."""
    ex.extract("واجتمع وزير الخارجية عباس عراقجي بالسفير العماني، قبل أن", lang="ar")


# ---- stacked titles: "مع ولي العهد رئيس مجلس الوزراء الأمير X" / "السيد الرئيس X": the first
# title is X's, not a description of someone named before (title_stacked_ar) ------------------
STACKED = [
    # the crown prince who heads the government, object of "اجتماعاً مع"
    ("وصل رئيس الوزراء العراقي محمد شياع السوداني إلى الرياض مساء الأحد. وعقد السوداني "
     "اجتماعاً مع ولي العهد رئيس مجلس الوزراء الأمير محمد بن سلمان في قصر اليمامة.",
     [MW("person:mohammed-shia-al-sudani", "person:mohammed-bin-salman")], []),
    # a nationality description before another title: two people, the pair is kept
    ("وصل وزير الخارجية الإيراني عباس عراقجي إلى دمشق أمس. والتقى الوزير الإيراني الرئيس "
     "السوري بشار الأسد في قصر الشعب.",
     [MW("person:abbas-araghchi", "person:bashar-al-assad")], []),
]

STACKED += [
    # a description in apposition before a name with honorifics only: the named one, not
    # the person the gazetteer gives for the description
    ("استقبل رئيس الجمهورية الإسلامية في إيران، حجة الإسلام الشيخ حسن روحاني، رئيس الوزراء "
     "العراقي مصطفى الكاظمي في قصر سعد آباد.",
     [MW("person:hassan-rouhani", "person:mustafa-al-kadhimi")],
     [MW("person:ali-khamenei", "person:mustafa-al-kadhimi")]),
]

STACKED_NOT = [
    # the stacked title of a speaker, no meeting
    ("وصل رئيس الوزراء العراقي محمد شياع السوداني إلى الرياض مساء الأحد. وقال ولي العهد رئيس "
     "مجلس الوزراء الأمير محمد بن سلمان في كلمة أمام القمة إن المملكة تدعم العراق.",
     [MW("person:mohammed-shia-al-sudani", "person:mohammed-bin-salman")]),
    # a named genitive before the apposition: the adviser is not the one he advises
    ("وصل مستشار المرشد الإيراني علي خامنئي، الدكتور علي لاريجاني، إلى بيروت أمس، والتقى "
     "رئيس مجلس النواب نبيه بري في عين التينة.",
     [MW("person:ali-khamenei", "person:nabih-berri")]),
    # "السيد الرئيس X" speaks of the other one, no meeting
    ("أعلن وزير الخارجية أسعد الشيباني أمس استقالته. وأكد السيد الرئيس أحمد الشرع في بيان "
     "أن الحكومة ستواصل عملها.",
     [MW("person:asaad-al-shaibani", "person:ahmed-al-sharaa")]),
]


@pytest.mark.parametrize(("text", "must", "must_not"), STACKED)
def test_stacked_titles(ex: Any, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang="ar"), text[:50], must, must_not)


@pytest.mark.parametrize(("text", "must_not"), STACKED_NOT)
def test_stacked_titles_negative(ex: Any, text: str, must_not: list) -> None:
    assert_relations(ex.extract(text, lang="ar"), text[:50], [], must_not)


@pytest.mark.parametrize("text", ["والتقى الرئيس عبد اللطيف رشيد السيد", "والتقى الرئيس عبد "
                                  "اللطيف رشيد ولي العهد", "وقال المتحدث باسم الجيش",
                                  "التقى رئيس الجمهورية، السيد"])
def test_stacked_titles_cut(ex: Any, text: str) -> None:
    """A text that ends right after the first title gives no error."""
    ex.extract(text, lang="ar")


# ---- "التقى الوفد Z": the delegation named before is the subject
# (meeting_delegation_subject_ar) ----------------------------------------------------------------
_DELEGATION_FIRST = ("استقبل رئيس الوزراء محمد شياع السوداني، الأحد، وفداً من حركة حماس برئاسة "
                     "خليل الحية، ضمّ زاهر جبارين. ")
DELEGATION_SUBJECT = [
    (_DELEGATION_FIRST + "وفي وقت لاحق، التقى الوفد رئيس مجلس النواب محمد الحلبوسي في مكتبه.",
     [MW("person:mohammed-al-halbousi", "person:khalil-al-hayya"),
      MW("person:mohammed-al-halbousi", "person:zaher-jabarin")], []),
]

DELEGATION_SUBJECT_NOT = [
    # a plan, not a meeting
    (_DELEGATION_FIRST + "وكان من المقرر أن يلتقي الوفد رئيس مجلس النواب محمد الحلبوسي، غير أن "
     "اللقاء أُرجئ.",
     [MW("person:mohammed-al-halbousi", "person:khalil-al-hayya")]),
    # negated
    (_DELEGATION_FIRST + "ولم يلتق الوفد رئيس مجلس النواب محمد الحلبوسي خلال الزيارة.",
     [MW("person:mohammed-al-halbousi", "person:khalil-al-hayya")]),
]


@pytest.mark.parametrize(("text", "must", "must_not"), DELEGATION_SUBJECT)
def test_delegation_subject(ex: Any, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang="ar"), text[:50], must, must_not)


@pytest.mark.parametrize(("text", "must_not"), DELEGATION_SUBJECT_NOT)
def test_delegation_subject_negative(ex: Any, text: str, must_not: list) -> None:
    assert_relations(ex.extract(text, lang="ar"), text[:50], [], must_not)


def test_delegation_subject_cut(ex: Any) -> None:
    """A text that ends right after "التقى الوفد" gives no error."""
    ex.extract(_DELEGATION_FIRST + "وفي وقت لاحق، التقى الوفد", lang="ar")


# ---- "وحضر الاجتماع X" with X of no known country: he met both participants, as after
# "بحضور" (meeting_attended._partners, meeting_own_side.country_unknown) ------------------------
_TALKS = ("اجتمع رئيس الوزراء محمد شياع السوداني، الاثنين، برئيس حكومة إقليم كوردستان مسرور "
          "بارزاني في بغداد لبحث ملف الموازنة. ")
ATTENDEE_UNKNOWN_SIDE = [
    # in the meeting's sentence, with the other side's attendee after "ومن الجانب ..."
    ("التقى رئيس الوزراء محمد شياع السوداني رئيس حكومة إقليم كوردستان مسرور بارزاني في بغداد، "
     "وحضر الاجتماع سكرتير مجلس وزراء إقليم كوردستان آمانج رحيم، ومن الجانب الاتحادي وزير "
     "الخارجية فؤاد حسين.",
     [MW("person:amanj-rahim", "person:mohammed-shia-al-sudani"),
      MW("person:amanj-rahim", "person:masrour-barzani")], []),
]

ATTENDEE_UNKNOWN_SIDE_NOT = [
    # he did not attend
    (_TALKS + "ولم يحضر الاجتماع سكرتير مجلس وزراء إقليم كوردستان آمانج رحيم.",
     [MW("person:amanj-rahim", "person:mohammed-shia-al-sudani"),
      MW("person:amanj-rahim", "person:masrour-barzani")]),
    # a meeting he is said to attend later, not held yet
    (_TALKS + "ومن المقرر أن يحضر الاجتماع المقبل سكرتير مجلس وزراء إقليم كوردستان آمانج رحيم.",
     [MW("person:amanj-rahim", "person:mohammed-shia-al-sudani")]),
]


@pytest.mark.parametrize(("text", "must", "must_not"), ATTENDEE_UNKNOWN_SIDE)
def test_attendee_unknown_side(ex: Any, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang="ar"), text[:50], must, must_not)


@pytest.mark.parametrize(("text", "must_not"), ATTENDEE_UNKNOWN_SIDE_NOT)
def test_attendee_unknown_side_negative(ex: Any, text: str, must_not: list) -> None:
    assert_relations(ex.extract(text, lang="ar"), text[:50], [], must_not)


def test_attendee_unknown_side_cut(ex: Any) -> None:
    """A text that ends right after "وحضر الاجتماع" gives no error."""
    ex.extract(_TALKS + "وحضر الاجتماع", lang="ar")
