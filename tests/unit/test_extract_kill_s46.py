"""Session 46 (kill): ASSASSINATED_BY recall on the newest dev writers.

- "(just) as we did to A, B and C" / "as it had struck down A, B and C" / «كما فعلنا بـA وB
  وC»: the people of the list by the one country the document already gives as the killer of
  one of them (kill_as_we_did). Dev: enDD1, enHU3, arCN2, enCV5 (8 TP, four batches).
"""

from __future__ import annotations

import pytest

from tests.extract_support import AB, assert_relations

ISRAEL = "country:israel"
US = "country:united-states"
HANIYEH = "person:ismail-haniyeh"
SINWAR = "person:yahya-sinwar"
NASRALLAH = "person:hassan-nasrallah"
SOLEIMANI = "person:qasem-soleimani"

_KNOWN_EN = "Israel acknowledged on Monday that it killed Hamas leader Ismail Haniyeh in Tehran. "
_KNOWN_AR = "أقرّ وزير الدفاع الإسرائيلي بأن إسرائيل هي التي اغتالت إسماعيل هنية في طهران. "

CASES = [
    # ---- positives: the list's others by the country known for one of them
    ("en", _KNOWN_EN + '"We will cut off the head of their leadership, just as we did to '
     'Haniyeh, Sinwar and Nasrallah in Tehran, Gaza and Lebanon," Katz said.',
     [AB(SINWAR, ISRAEL), AB(NASRALLAH, ISRAEL)], []),
    ("en", _KNOWN_EN + "Defence Minister Israel Katz said Israel would strike the Houthi "
     "leadership as it had struck down Haniyeh, Yahya Sinwar and Hassan Nasrallah.",
     [AB(SINWAR, ISRAEL), AB(NASRALLAH, ISRAEL)], []),
    ("ar", _KNOWN_AR + "وقال كاتس: «سنضرب قيادتهم كما فعلنا بهنية والسنوار ونصر الله في "
     "طهران وغزة ولبنان».", [AB(SINWAR, ISRAEL), AB(NASRALLAH, ISRAEL)], []),
    ("ar", _KNOWN_AR + "وقال: «سنلاحقهم كما فعلنا مع هنية والسنوار».", [AB(SINWAR, ISRAEL)], []),
    # ---- negatives
    # no killer known for anyone of the list: nothing (the list alone names no agent)
    ("en", '"We will cut off the head of their leadership, just as we did to Haniyeh, '
     'Sinwar and Nasrallah," Katz said.', [], [AB(SINWAR, ISRAEL), AB(NASRALLAH, ISRAEL)]),
    ("ar", "وقال كاتس: «سنضرب قيادتهم كما فعلنا بهنية والسنوار ونصر الله».", [],
     [AB(SINWAR, ISRAEL), AB(NASRALLAH, ISRAEL)]),
    # not the frame "as we did to": another verb, another subject, a negation
    ("en", _KNOWN_EN + "Katz said he met Sinwar and Nasrallah, as he did in 2019.", [],
     [AB(SINWAR, ISRAEL), AB(NASRALLAH, ISRAEL)]),
    ("en", _KNOWN_EN + "We will treat them as you did to Haniyeh, Sinwar and Nasrallah.", [],
     [AB(SINWAR, ISRAEL), AB(NASRALLAH, ISRAEL)]),
    ("en", _KNOWN_EN + "We did not do to Sinwar and Nasrallah what we did to Haniyeh.", [],
     [AB(SINWAR, ISRAEL), AB(NASRALLAH, ISRAEL)]),
    # no threat to strike or kill before the comparison: another deed
    ("en", _KNOWN_EN + "We will honour them, just as we did to Haniyeh, Sinwar and Nasrallah.",
     [], [AB(SINWAR, ISRAEL), AB(NASRALLAH, ISRAEL)]),
    ("ar", _KNOWN_AR + "وقال: «سنكرمهم كما فعلنا بهنية والسنوار».", [], [AB(SINWAR, ISRAEL)]),
    # a list of one: nobody else to add
    ("en", _KNOWN_EN + "We will hit them, just as we did to Haniyeh in Tehran.",
     [AB(HANIYEH, ISRAEL)], [AB(SINWAR, ISRAEL)]),
    # the known killers are two countries: no one of them is the list's
    ("en", "Israel killed Ismail Haniyeh in Tehran. The United States killed Qasem Soleimani "
     "in Baghdad. They will strike, just as they did to Haniyeh, Soleimani and Nasrallah.",
     [AB(HANIYEH, ISRAEL), AB(SOLEIMANI, US)], [AB(NASRALLAH, ISRAEL), AB(NASRALLAH, US)]),
    # "as we did with" an ordinary verb (a meeting): no list read
    ("ar", _KNOWN_AR + "وقال: «سنلتقي بهم كما التقينا بهنية والسنوار».", [],
     [AB(SINWAR, ISRAEL)]),
    # the text cut right after the cue: guards against an index error only
    ("en", _KNOWN_EN + "just as we did", [AB(HANIYEH, ISRAEL)], []),
    ("ar", _KNOWN_AR + "كما فعلنا", [AB(HANIYEH, ISRAEL)], []),
]


@pytest.mark.parametrize("lang,text,must,must_not", CASES)
def test_kill_s46(ex, lang: str, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang=lang), text[:40], must, must_not)
