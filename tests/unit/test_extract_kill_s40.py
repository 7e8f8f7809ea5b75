"""Session 40 (kill): the strike told before "also" killed another victim. Arabic
(kill_strike_also_ar): "اغتيل X بغارة إسرائيلية، وهي الغارة التي قتلت أيضاً Y", "أعلن الجيش أنه
قتل X في غارة، وأن الغارة أدت أيضاً إلى مقتل Y", and an army statement's numbered line "قُضي في
الغارة ذاتها على المدعو Y": Y has the agent of the killing told before. English
(kill_clause_helpers._prior_strike_subject): a day phrase between the strike and the verb, "the
strike on Friday evening also killed Y". Dev: +4 core TP, -1 FP (batches CN, DE, HX, KE).

Not read: the strike wounded or missed Y; a strike of its own ("غارة أخرى"); a text cut right
after the cue word."""

from __future__ import annotations

import pytest

from tests.extract_support import AB, assert_relations

NASRALLAH = "person:hassan-nasrallah"
KARAKI = "person:ali-karaki"
AQIL = "person:ibrahim-aqil"
WAHBI = "person:ahmed-wahbi"
SHUKR = "person:fuad-shukr"
ISRAEL = "country:israel"
IDF = "organization:israel-defense-forces"

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
]


@pytest.mark.parametrize("lang,text,must,must_not", CASES)
def test_kill_s40(ex, lang: str, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang=lang), text[:40], must, must_not)
