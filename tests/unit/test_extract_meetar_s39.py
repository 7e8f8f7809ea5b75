"""Session 39, Arabic MET_WITH recall (topic meetar): sentence shapes the rules missed, with
sentences written for these tests (other people, places and word orders)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract_support import MW, assert_relations

# ---- "استقبل H A، وB، بحضور Z": Z met both guests too (meeting_host_aide_ar.both_guests_ar) ----
BOTH_GUESTS = [
    # two guests with a comma between them, a day aside after the host
    ("استقبل رئيس الجمهورية عبد اللطيف رشيد، يوم الأحد، وزير الخارجية فؤاد حسين، ورئيس "
     "البرلمان محمد الحلبوسي، بحضور مستشار الأمن الوطني قاسم الأعرجي.",
     [MW("person:qassim-al-araji", "person:fuad-hussein"),
      MW("person:qassim-al-araji", "person:mohammed-al-halbousi"),
      MW("person:qassim-al-araji", "person:abdul-latif-rashid")], []),
    # two guests joined by و, a place phrase after them
    ("واستقبل رئيس الوزراء محمد شياع السوداني رئيس هيئة الحشد الشعبي فالح الفياض وزعيم منظمة "
     "بدر هادي العامري في القصر الحكومي، بحضور مستشار الأمن الوطني قاسم الأعرجي.",
     [MW("person:qassim-al-araji", "person:falih-al-fayyadh"),
      MW("person:qassim-al-araji", "person:hadi-al-amiri")], []),
]

BOTH_GUESTS_NOT = [
    # talks ("بحث مع"), not a reception: the attendee is left with the convener
    ("وبحث رئيس الوزراء محمد شياع السوداني مع رئيس هيئة الحشد الشعبي فالح الفياض وزعيم منظمة "
     "بدر هادي العامري ملف الفصائل، بحضور مستشار الأمن الوطني قاسم الأعرجي.",
     [MW("person:qassim-al-araji", "person:falih-al-fayyadh"),
      MW("person:qassim-al-araji", "person:hadi-al-amiri")]),
    # three guests: a delegation, not a table of two guests with the host's aide
    ("استقبل رئيس الوزراء محمد شياع السوداني رئيس هيئة الحشد الشعبي فالح الفياض وزعيم منظمة "
     "بدر هادي العامري وزعيم تيار الحكمة عمار الحكيم، بحضور مستشار الأمن الوطني قاسم الأعرجي.",
     [MW("person:qassim-al-araji", "person:falih-al-fayyadh"),
      MW("person:qassim-al-araji", "person:ammar-al-hakim")]),
]


@pytest.mark.parametrize(("text", "must", "must_not"), BOTH_GUESTS)
def test_both_guests(ex: Any, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang="ar"), text[:50], must, must_not)


@pytest.mark.parametrize(("text", "must_not"), BOTH_GUESTS_NOT)
def test_both_guests_negative(ex: Any, text: str, must_not: list) -> None:
    assert_relations(ex.extract(text, lang="ar"), text[:50], [], must_not)


# ---- "استقبل H، <day>، في <place>، <title> Y" and "H، <day and place>، <title with a body> Y":
# the guest past the asides (meeting_asides_ar.object_after_aside_ar) -------------------------
PAST_ASIDES = [
    # a day aside, then a place aside, then the guest with a long title
    ("استقبل رئيس الحكومة نواف سلام، الخميس، في السراي الحكومي، الموفد الخاص للرئيس الفرنسي "
     "إلى لبنان جان إيف لودريان.",
     [MW("person:nawaf-salam", "person:jean-yves-le-drian")], []),
    # the guest's title names a body: the guest is the person, not the body
    ("التقى وزير الخارجية فؤاد حسين، اليوم ببغداد، الممثل الخاص للأمم المتحدة في العراق ورئيس "
     "بعثة يونامي محمد الحسان.",
     [MW("person:fuad-hussein", "person:mohammed-al-hassan")],
     [MW("person:fuad-hussein", "organization:united-nations")]),
]

PAST_ASIDES_NOT = [
    # a comma between the title and the next person: he is not the guest
    ("التقى رئيس إقليم كوردستان نيجيرفان بارزاني، مساء الخميس في أربيل، رئيس بعثة الأمم "
     "المتحدة، فيما اكتفى المبعوث الأميركي توم براك بإصدار بيان.",
     [MW("person:nechirvan-barzani", "person:tom-barrack")]),
    # after the asides a new clause, not a guest
    ("استقبل رئيس الحكومة نواف سلام، الخميس، في السراي الحكومي، وفداً نيابياً، وقال النائب "
     "محمد رعد إن اللقاء كان إيجابياً.",
     [MW("person:nawaf-salam", "person:mohammad-raad")]),
]


@pytest.mark.parametrize(("text", "must", "must_not"), PAST_ASIDES)
def test_past_asides(ex: Any, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang="ar"), text[:50], must, must_not)


@pytest.mark.parametrize(("text", "must_not"), PAST_ASIDES_NOT)
def test_past_asides_negative(ex: Any, text: str, must_not: list) -> None:
    assert_relations(ex.extract(text, lang="ar"), text[:50], [], must_not)


# ---- "استقبلها H ...، ثم انتقلت إلى P حيث التقت Y": the guest moved on and met Y, not H
# (meeting_tour_guest_ar) ----------------------------------------------------------------------
TOUR_GUEST = [
    ("وصلت وزيرة الخارجية الألمانية أنالينا بيربوك إلى بغداد. فقد استقبلها رئيس الجمهورية عبد "
     "اللطيف رشيد في قصر السلام، ثم انتقلت إلى القصر الحكومي حيث التقت رئيس الوزراء محمد شياع "
     "السوداني.",
     [MW("person:annalena-baerbock", "person:mohammed-shia-al-sudani"),
      MW("person:annalena-baerbock", "person:abdul-latif-rashid")],
     [MW("person:abdul-latif-rashid", "person:mohammed-shia-al-sudani")]),
]

TOUR_GUEST_NOT = [
    # the one who moves on is named: he met Y, not the guest
    ("وصل وزير الخارجية الإيراني عباس عراقجي إلى بغداد. واستقبله رئيس الجمهورية عبد اللطيف رشيد "
     "في قصر السلام، ثم انتقل رئيس البرلمان محمد الحلبوسي إلى القصر الحكومي حيث التقى رئيس "
     "الوزراء محمد شياع السوداني.",
     [MW("person:abbas-araghchi", "person:mohammed-shia-al-sudani")]),
    # the guest named, no pronoun: not this rule's reading of the host
    ("استقبل رئيس الجمهورية عبد اللطيف رشيد وزير الخارجية الإيراني عباس عراقجي في قصر السلام، "
     "ثم انتقل إلى القصر الحكومي حيث التقى رئيس الوزراء محمد شياع السوداني.",
     [MW("person:abdul-latif-rashid", "person:mohammed-shia-al-sudani")]),
]


@pytest.mark.parametrize(("text", "must", "must_not"), TOUR_GUEST)
def test_tour_guest(ex: Any, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang="ar"), text[:50], must, must_not)


@pytest.mark.parametrize(("text", "must_not"), TOUR_GUEST_NOT)
def test_tour_guest_negative(ex: Any, text: str, must_not: list) -> None:
    assert_relations(ex.extract(text, lang="ar"), text[:50], [], must_not)


# ---- "استقبل H A، الذي <clause>، و<title> B": the list goes on past A's relative clause
# (context_tails.relative_tail_ar) ----------------------------------------------------------
PAST_RELATIVE = [
    ("استقبل رئيس الجمهورية عبد اللطيف رشيد، الاثنين، السفيرَ البريطاني لدى العراق ستيفن "
     "هيتشن، الذي وصل إلى بغداد الشهر الماضي، وقائدَ قوات التحالف الدولي ضد داعش الجنرال "
     "مايكل كوريلا، وبحث معهما الأوضاع.",
     [MW("person:abdul-latif-rashid", "person:michael-kurilla"),
      MW("person:abdul-latif-rashid", "person:stephen-hichen")], []),
]

PAST_RELATIVE_NOT = [
    # a verb after "، و": a new clause whose subject is no list member
    ("استقبل رئيس الجمهورية عبد اللطيف رشيد، الاثنين، السفيرَ البريطاني لدى العراق ستيفن "
     "هيتشن، الذي وصل إلى بغداد الشهر الماضي، وقال المتحدث باسم الحكومة باسم العوادي إن "
     "اللقاء تناول العلاقات.",
     [MW("person:abdul-latif-rashid", "person:basim-al-awadi")]),
    # a sentence stop after the relative clause
    ("استقبل رئيس الجمهورية عبد اللطيف رشيد، الاثنين، السفيرَ البريطاني لدى العراق ستيفن "
     "هيتشن، الذي وصل إلى بغداد الشهر الماضي. وقائد قوات التحالف الدولي ضد داعش الجنرال "
     "مايكل كوريلا في واشنطن.",
     [MW("person:abdul-latif-rashid", "person:michael-kurilla")]),
]


@pytest.mark.parametrize(("text", "must", "must_not"), PAST_RELATIVE)
def test_past_relative(ex: Any, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang="ar"), text[:50], must, must_not)


@pytest.mark.parametrize(("text", "must_not"), PAST_RELATIVE_NOT)
def test_past_relative_negative(ex: Any, text: str, must_not: list) -> None:
    assert_relations(ex.extract(text, lang="ar"), text[:50], [], must_not)


# ---- "وزار X P برفقة Y" / "X يتفقد P برفقة Y": a place visited with a companion of another
# country (meeting_toured_with_ar) ---------------------------------------------------------------
TOURED_WITH = [
    # the visitor carried from the arrival clause, the host's minister as companion
    ("وصل وزير الخارجية الإيراني عباس عراقجي إلى دمشق، وزار الجامع الأموي برفقة وزير الخارجية "
     "السوري أسعد الشيباني.",
     [MW("person:abbas-araghchi", "person:asaad-al-shaibani")], []),
    # a news-ticker line: the visitor before the verb, another country's ambassador with him
    ("وزير الخارجية العراقي فؤاد حسين يتفقد مقر السفارة برفقة السفير الإيراني محمد كاظم آل "
     "صادق.",
     [MW("person:fuad-hussein", "person:mohammad-kazem-al-e-sadegh")], []),
]

TOURED_WITH_NOT = [
    # his own minister: one party travelling together
    ("وزار الرئيس الإيراني مسعود بزشكيان، برفقة وزير خارجيته عباس عراقجي، ضريح الإمام الحسين "
     "في كربلاء.",
     [MW("person:masoud-pezeshkian", "person:abbas-araghchi")]),
    # a trip to a named city: the companion may have flown with him, no site toured together
    ("زار وزير الخارجية الإيراني عباس عراقجي دمشق برفقة وزير الخارجية السوري أسعد الشيباني.",
     [MW("person:abbas-araghchi", "person:asaad-al-shaibani")]),
    # an arrival, not a place visited
    ("وصل وزير الخارجية الإيراني عباس عراقجي إلى دمشق يرافقه وزير الخارجية السوري أسعد "
     "الشيباني.",
     [MW("person:abbas-araghchi", "person:asaad-al-shaibani")]),
    # negated
    ("ولم يزر وزير الخارجية الإيراني عباس عراقجي الجامع الأموي برفقة وزير الخارجية السوري أسعد "
     "الشيباني.",
     [MW("person:abbas-araghchi", "person:asaad-al-shaibani")]),
]


@pytest.mark.parametrize(("text", "must", "must_not"), TOURED_WITH)
def test_toured_with(ex: Any, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang="ar"), text[:50], must, must_not)


@pytest.mark.parametrize(("text", "must_not"), TOURED_WITH_NOT)
def test_toured_with_negative(ex: Any, text: str, must_not: list) -> None:
    assert_relations(ex.extract(text, lang="ar"), text[:50], [], must_not)
