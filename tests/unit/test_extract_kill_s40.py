"""Session 40 (kill): the strike told before "also" killed another victim. Arabic
(kill_strike_also_ar): "اغتيل X بغارة إسرائيلية، وهي الغارة التي قتلت أيضاً Y", "أعلن الجيش أنه
قتل X في غارة، وأن الغارة أدت أيضاً إلى مقتل Y", and an army statement's numbered line "قُضي في
الغارة ذاتها على المدعو Y": Y has the agent of the killing told before. English
(kill_clause_helpers.prior_strike_subject): a day phrase between the strike and the verb, "the
strike on Friday evening also killed Y". Dev: +4 core TP, -1 FP (batches CN, DE, HX, KE).

Not read: the strike wounded or missed Y; a strike of its own ("غارة أخرى"); a text cut right
after the cue word.

Also an Arabic claim of the strike told before the killing it caused (kill_claim_before_ar):
"وكان Y قد أعلن مسؤوليته عن القصف ...، ما أدى إلى مقتل X"، "أعلنت Y مسؤوليتها عن ضربة ...، قُتل
فيها X"، "فالغارة، التي أعلن Y مسؤوليته عنها، ... وأودت أيضاً بـX". Dev: +4 core TP, no FP
(batches FA, IJ, KH). Not a claim of another deed, nor a killing not tied to the strike.

Also a capitalised name right after "a / an" is no person (indefinite_not_person_en): "flew in on
a Cham Wings Airbus" made a person who became one of "both men"; and the dot of "Jan. 3" no
longer ends the arrival clause of "X flew in ... on Jan. 3 and was met by Y"
(meeting_arrival_passive_en). Dev: +4 core TP, no FP (enAS3; false person mentions after
"a / an" in batches AS, U, DS, DT, EX, FW, FY, GY, HV, IJ, JO, JQ, no other relation changed)."""

from __future__ import annotations

import pytest

from tests.extract_support import AB, MW, assert_relations

NASRALLAH = "person:hassan-nasrallah"
KARAKI = "person:ali-karaki"
AQIL = "person:ibrahim-aqil"
WAHBI = "person:ahmed-wahbi"
SHUKR = "person:fuad-shukr"
ISRAEL = "country:israel"
IDF = "organization:israel-defense-forces"
SOLEIMANI = "person:qasem-soleimani"
MUHANDIS = "person:abu-mahdi-al-muhandis"
AMIRI = "person:hadi-al-amiri"
US = "country:united-states"
DIZAYEE = "person:peshraw-dizayee"
IRGC = "organization:irgc"
SAADI = "person:abu-baqir-al-saadi"
CENTCOM = "organization:us-central-command"

CASES = [
    # the strike as the subject of "also killed": fail on main
    ("ar", "اغتيل حسن نصر الله بغارة إسرائيلية على حارة حريك، وهي الغارة التي قتلت أيضاً "
     "القيادي علي كركي.", [AB(KARAKI, ISRAEL)], []),
    ("ar", "أعلن الجيش الإسرائيلي أنه قتل إبراهيم عقيل في غارة على الضاحية، وأن الغارة أدت "
     "أيضاً إلى مقتل القيادي أحمد وهبي.", [AB(WAHBI, IDF)], []),
    ("ar", "قضى جيش الدفاع على المدعو فؤاد شكر في غارة دقيقة على بيروت.\n"
     "1. قضي في الغارة ذاتها على المدعو علي كركي قائد الجبهة.", [AB(KARAKI, IDF)], []),
    ("en", "The Israeli military said it had killed Ibrahim Aqil in a strike in Beirut. A "
     "spokesman said the strike on Tuesday night also killed Ahmed Wahbi, a commander.",
     [AB(WAHBI, IDF)], []),
    # negatives: the strike wounded or missed him; a strike of its own
    ("ar", "اغتيل حسن نصر الله بغارة إسرائيلية على حارة حريك، وهي الغارة التي نجا منها أيضاً "
     "القيادي علي كركي.", [], [AB(KARAKI, ISRAEL)]),
    ("ar", "أعلن الجيش الإسرائيلي أنه قتل إبراهيم عقيل في غارة على الضاحية، وأن الغارة أدت "
     "أيضاً إلى إصابة القيادي أحمد وهبي.", [], [AB(WAHBI, IDF)]),
    ("ar", "قضى جيش الدفاع على المدعو فؤاد شكر في غارة دقيقة على بيروت.\n"
     "1. قضي في غارة أخرى على المدعو علي كركي.", [], [AB(KARAKI, IDF)]),
    ("en", "The Israeli military said it had killed Ibrahim Aqil in a strike in Beirut. A "
     "spokesman said the strike on Tuesday night also wounded Ahmed Wahbi, a commander.",
     [], [AB(WAHBI, IDF)]),
    # the text cut right after the cue words: no crash
    ("ar", "اغتيل حسن نصر الله بغارة إسرائيلية، وهي الغارة التي قتلت أيضاً", [], []),
    ("ar", "اغتيل حسن نصر الله بغارة إسرائيلية، وأن الغارة أدت أيضاً", [], []),
    ("ar", "قضى جيش الدفاع على المدعو فؤاد شكر.\n1. قضي في الغارة ذاتها", [], []),
    ("en", "Israel killed Ibrahim Aqil. He said the strike on Tuesday", [], []),
    # the claim told before the killing: fail on main
    ("ar", "وكان الحرس الثوري قد أعلن مسؤوليته عن القصف الذي استهدف الفيلا ليلاً، ما أدى إلى "
     "مقتل بيشرو دزيي وعدد من الأشخاص.", [AB(DIZAYEE, IRGC)], []),
    ("ar", "وكانت القيادة المركزية الأميركية (سنتكوم) قد أعلنت مساء الأربعاء مسؤوليتها عن ضربة "
     "استهدفت سيارة في بغداد، قُتل فيها القيادي أبو باقر الساعدي.", [AB(SAADI, CENTCOM)], []),
    ("ar", "فالضربة، التي أعلن الجيش الإسرائيلي مسؤوليته عنها، دمّرت المبنى وأودت أيضاً بالقيادي "
     "علي كركي.", [AB(KARAKI, IDF)], []),
    # negatives: a claim of another deed; a death not tied to the strike
    ("ar", "وكان الحرس الثوري قد أعلن مسؤوليته عن الهجوم على قاعدة أميركية، فيما أدى قصف مجهول "
     "إلى مقتل بيشرو دزيي.", [], [AB(DIZAYEE, IRGC)]),
    ("ar", "أعلنت القيادة المركزية الأميركية مسؤوليتها عن ضربة في بغداد، وقُتل القيادي أبو باقر "
     "الساعدي بعد أسبوع في حادث سير.", [], [AB(SAADI, CENTCOM)]),
    # a name after "a / an"; the dot of "Jan.": fail on main
    ("en", "Qassem Soleimani flew in from Damascus on a Cham Wings Airbus and was met by Abu "
     "Mahdi al-Muhandis. Minutes later both men were killed by a U.S. drone.",
     [AB(SOLEIMANI, US), AB(MUHANDIS, US)], []),
    ("en", "Qassem Soleimani flew in from Damascus on a late flight shortly after midnight on "
     "Jan. 3 and was met at the foot of the steps by Abu Mahdi al-Muhandis.",
     [MW(SOLEIMANI, MUHANDIS)], []),
    # negatives: an adjective after "a"; a full stop after a month name ends the clause
    ("en", "Abu Mahdi al-Muhandis met Hadi al-Amiri. A Soleimani aide was later received by "
     "Abu Mahdi al-Muhandis.", [], [MW(SOLEIMANI, MUHANDIS)]),
    ("en", "Qassem Soleimani flew to Damascus in May. Hadi al-Amiri was met by Abu Mahdi "
     "al-Muhandis.", [], [MW(SOLEIMANI, MUHANDIS)]),
    ("en", "Qassem Soleimani flew in on a", [], []),
    # the text cut right after the cue words: no crash
    ("ar", "وكان الحرس الثوري قد أعلن مسؤوليته", [], []),
    ("ar", "وكان الحرس الثوري قد أعلن مسؤوليته عن", [], []),
]


@pytest.mark.parametrize("lang,text,must,must_not", CASES)
def test_kill_s40(ex, lang: str, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang=lang), text[:40], must, must_not)
