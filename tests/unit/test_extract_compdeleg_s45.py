"""Session 45 (topic compdeleg): companions and delegation members as the newest dev writers
pair them, with sentences written for these tests (other people and word orders than the dev
pieces). (1) "X, accompanied by A, met Y": A met X and Y; (2) an Arabic delegation with no
head, «استقبل H وفداً ضمّ A وB»: A-B; (3) an English delegation's members named with its head
or after a meeting ("leading a delegation that included A", "The delegation included A"): the
members met each other and the head. Negatives: a companion that is no person, a trip with
no meeting, a meeting clause after a ";", a planned delegation, a delegation that met no one,
two delegations in one sentence. After the review (45b): a trip or another event after the
aside ("inspected P, and then met Y", "flew back after talks with Y", "left P, a day after he
met Y", "arrived in P, where A met Z", "met Y alone"), and a second side that is a "team" with
no head."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract_support import MW, assert_relations

COMPANION_ASIDE_EN = [
    # the companion between the subject and its meeting verb
    ("President Emmanuel Macron, accompanied by Foreign Minister Jean-Noel Barrot, met King "
     "Abdullah in Amman on Monday.",
     [MW("person:emmanuel-macron", "person:jean-noel-barrot"),
      MW("person:abdullah-ii", "person:jean-noel-barrot"),
      MW("person:abdullah-ii", "person:emmanuel-macron")], []),
    # ", who was accompanied by A, <apposition>, then met Y"; two companions
    ("Macron, who was accompanied by Foreign Minister Jean-Noel Barrot and Defence Minister "
     "Sebastien Lecornu, held talks with King Abdullah in Amman.",
     [MW("person:abdullah-ii", "person:sebastien-lecornu"),
      MW("person:jean-noel-barrot", "person:sebastien-lecornu"),
      MW("person:emmanuel-macron", "person:sebastien-lecornu")], []),
    # after the review (45b): the companion's apposition (with a possessive "'s") is passed
    # over to reach the meeting verb
    ("President Mahmoud Abbas, who was accompanied by Hussein al-Sheikh, a member of Fatah's "
     "Central Committee, then met King Abdullah in Amman.",
     [MW("person:abdullah-ii", "person:hussein-al-sheikh"),
      MW("person:hussein-al-sheikh", "person:mahmoud-abbas")], []),
]

COMPANION_ASIDE_EN_NOT = [
    # a letter, not a person, opens the phrase
    ("President Emmanuel Macron, accompanied by a letter from President Joe Biden, met King "
     "Abdullah in Amman.",
     [MW("person:abdullah-ii", "person:emmanuel-macron")],
     [MW("person:abdullah-ii", "person:joe-biden"), MW("person:emmanuel-macron", "person:joe-biden")]),
    # a trip, no meeting
    ("President Emmanuel Macron, accompanied by Foreign Minister Jean-Noel Barrot, arrived in "
     "Amman on Monday.", [], [MW("person:emmanuel-macron", "person:jean-noel-barrot")]),
    # the meeting is another clause, after a ";"
    ("Macron, who was accompanied by Foreign Minister Jean-Noel Barrot, toured the old city; he "
     "had met King Abdullah earlier.", [],
     [MW("person:abdullah-ii", "person:jean-noel-barrot")]),
    # planned, negated
    ("President Emmanuel Macron, accompanied by Foreign Minister Jean-Noel Barrot, will meet "
     "King Abdullah in Amman.", [], [MW("person:abdullah-ii", "person:jean-noel-barrot")]),
    ("President Emmanuel Macron, accompanied by Foreign Minister Jean-Noel Barrot, did not meet "
     "King Abdullah in Amman.", [], [MW("person:abdullah-ii", "person:jean-noel-barrot")]),
    # after the review (45b): the meeting is not the event the companion came along for
    ("Jordanian Prime Minister Jafar Hassan, accompanied by Foreign Minister Ayman Safadi, "
     "inspected the Allenby crossing, and then met Egyptian President Abdel Fattah al-Sisi in a "
     "one-on-one meeting.", [],
     [MW("person:abdel-fattah-el-sisi", "person:ayman-safadi"), MW("person:ayman-safadi", "person:jafar-hassan")]),
    ("Jordanian Prime Minister Jafar Hassan, accompanied by Foreign Minister Ayman Safadi, flew "
     "back to Amman on Monday after talks with Egyptian President Abdel Fattah al-Sisi in Cairo "
     "last week.", [],
     [MW("person:abdel-fattah-el-sisi", "person:ayman-safadi"), MW("person:ayman-safadi", "person:jafar-hassan")]),
    ("Jordanian Prime Minister Jafar Hassan, accompanied by Foreign Minister Ayman Safadi, left "
     "Cairo on Monday, a day after he met Egyptian President Abdel Fattah al-Sisi.", [],
     [MW("person:abdel-fattah-el-sisi", "person:ayman-safadi"), MW("person:ayman-safadi", "person:jafar-hassan")]),
    ("Jordanian Prime Minister Jafar Hassan, accompanied by Foreign Minister Ayman Safadi, "
     "arrived in Cairo, where Safadi met Egyptian Foreign Minister Badr Abdelatty.", [],
     [MW("person:ayman-safadi", "person:jafar-hassan")]),
    # the meeting verb right after the aside, but the meeting said to be one-on-one
    ("Jordanian Prime Minister Jafar Hassan, accompanied by Foreign Minister Ayman Safadi, met "
     "Egyptian President Abdel Fattah al-Sisi alone in Cairo.", [],
     [MW("person:abdel-fattah-el-sisi", "person:ayman-safadi"), MW("person:ayman-safadi", "person:jafar-hassan")]),
]


@pytest.mark.parametrize(("text", "must", "must_not"),
                         COMPANION_ASIDE_EN + COMPANION_ASIDE_EN_NOT)
def test_companion_aside_en(ex: Any, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang="en"), text[:50], must, must_not)


MEMBERS_AR = [
    # a received delegation with no head: its members met each other (and the host)
    ("استقبل الرئيس العراقي عبد اللطيف رشيد، الاثنين في بغداد، وفداً إيرانياً رفيعاً ضم وزير "
     "الخارجية عباس عراقجي ووزير الداخلية إسكندر مؤمني.",
     [MW("person:abbas-araghchi", "person:eskandar-momeni"),
      MW("person:abbas-araghchi", "person:abdul-latif-rashid")], []),
    ("التقى رئيس الوزراء الأردني جعفر حسان وفداً أميركياً يضم السيناتور ليندسي غراهام "
     "والسيناتور جين شاهين في عمّان.",
     [MW("person:jen-shaheen", "person:lindsey-graham")], []),
]

MEMBERS_AR_NOT = [
    # a delegation that met no one
    ("وصل إلى أنقرة وفد إيراني ضم وزير الخارجية عباس عراقجي ووزير الداخلية إسكندر مؤمني.",
     [], [MW("person:abbas-araghchi", "person:eskandar-momeni")]),
    # negated, planned
    ("لم يستقبل الرئيس العراقي عبد اللطيف رشيد وفداً إيرانياً ضم عباس عراقجي وإسكندر مؤمني.",
     [], [MW("person:abbas-araghchi", "person:eskandar-momeni")]),
    ("ومن المقرر أن يستقبل الرئيس العراقي عبد اللطيف رشيد وفداً إيرانياً يضم عباس عراقجي "
     "وإسكندر مؤمني.", [], [MW("person:abbas-araghchi", "person:eskandar-momeni")]),
    # a head named: the members among themselves stay unpaired (session 44's convention)
    ("استقبل وزير الخارجية التركي هاكان فيدان وفداً من حركة حماس برئاسة محمد درويش، ضمّ "
     "القيادي زاهر جبارين والقيادي خليل الحية.",
     [MW("person:mohammed-darwish", "person:zaher-jabarin")],
     [MW("person:khalil-al-hayya", "person:zaher-jabarin")]),
]


@pytest.mark.parametrize(("text", "must", "must_not"), MEMBERS_AR + MEMBERS_AR_NOT)
def test_delegation_members_ar(ex: Any, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang="ar"), text[:50], must, must_not)


MEMBERS_EN = [
    ("Foreign Minister Hakan Fidan, leading a delegation that included Defence Minister Yasar "
     "Guler and intelligence chief Ibrahim Kalin, met President Abdourahamane Tiani in Niamey "
     "on Wednesday.",
     [MW("person:hakan-fidan", "person:yasar-guler"), MW("person:ibrahim-kalin", "person:yasar-guler"),
      MW("person:hakan-fidan", "person:ibrahim-kalin")], []),
    # (read before this session too: a guard that the one-side check keeps "led by A and
    # including B")
    ("A delegation led by Foreign Minister Hakan Fidan and including intelligence chief Ibrahim "
     "Kalin held talks with Iraqi Foreign Minister Fuad Hussein in Baghdad.",
     [MW("person:hakan-fidan", "person:ibrahim-kalin")], []),
    # a member named in the sentence after the meeting
    ("Saudi Defence Minister Khalid bin Salman received a Houthi delegation headed by Mohammed "
     "Abdulsalam in Riyadh on Tuesday. The delegation included Abdulmalik al-Ajri, a member of "
     "the group's political bureau.",
     [MW("person:abdulmalik-al-ajri", "person:mohammed-abdulsalam")], []),
]

MEMBERS_EN_NOT = [
    # a delegation that met no one
    ("A Turkish delegation including Hakan Fidan and Ibrahim Kalin arrived in Baghdad on "
     "Sunday.", [], [MW("person:hakan-fidan", "person:ibrahim-kalin")]),
    # a planned delegation after a meeting
    ("Saudi Defence Minister Khalid bin Salman received a Houthi delegation headed by Mohammed "
     "Abdulsalam in Riyadh on Tuesday. The next delegation will include Abdulmalik al-Ajri.",
     [], [MW("person:abdulmalik-al-ajri", "person:mohammed-abdulsalam")]),
    # two delegations met separately: their heads did not meet
    ("Sheikh Mohammed met separately with the Hamas delegation headed by Khalil al-Hayya and "
     "with the Israeli delegation headed by Mossad chief David Barnea.",
     [], [MW("person:david-barnea", "person:khalil-al-hayya")]),
    ("Sheikh Mohammed met the Hamas delegation headed by Khalil al-Hayya and then the Israeli "
     "team led by Mossad chief David Barnea.",
     [], [MW("person:david-barnea", "person:khalil-al-hayya")]),
    # after the review (45b): the second side is a "team", with no head named
    ("Egyptian intelligence chief Hassan Rashad met a Hamas delegation including Khalil al-Hayya "
     "and Zaher Jabarin and a Fatah team including Jibril Rajoub.",
     [], [MW("person:jibril-rajoub", "person:khalil-al-hayya"),
          MW("person:jibril-rajoub", "person:zaher-jabarin")]),
]


@pytest.mark.parametrize(("text", "must", "must_not"), MEMBERS_EN + MEMBERS_EN_NOT)
def test_delegation_members_en(ex: Any, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang="en"), text[:50], must, must_not)
