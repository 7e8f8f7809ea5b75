"""Session 65 (lead): the scorer retrained with OA-OJ gave "X is in line to succeed Y" as a
succession; a successor only in prospect is none (``scorer_hedged.in_line_to``, as the rules'
``succession_nominated.positioned_to_succeed``). Still read: "in line with" a decision, and a
succession told in plain words."""

import pytest

from tests.extract_support import relation_pairs as _rels

SHEIKH, ABBAS = "person:hussein-al-sheikh", "person:mahmoud-abbas"
QASSEM, NASRALLAH = "person:naim-qassem", "person:hassan-nasrallah"


@pytest.mark.parametrize(("text", "pair"), [
    ("Hussein al-Sheikh is in line to succeed Mahmoud Abbas.", (SHEIKH, ABBAS)),
    ("Hussein al-Sheikh, 64, is now next in line to succeed Mahmoud Abbas as president.",
     (SHEIKH, ABBAS)),
    ("Naim Qassem was seen as in line to succeed Hassan Nasrallah.", (QASSEM, NASRALLAH)),
    ("Naim Qassem, the deputy leader, is in line to replace Hassan Nasrallah.",
     (QASSEM, NASRALLAH)),
])
def test_in_line_to_succeed_is_no_succession(shipped, text, pair):
    assert pair not in _rels(shipped, text, "SUCCESSOR_OF", "en")


@pytest.mark.parametrize(("text", "pair"), [
    ("In line with the party's rules, Naim Qassem succeeded Hassan Nasrallah.",
     (QASSEM, NASRALLAH)),
    ("Naim Qassem succeeded Hassan Nasrallah as secretary-general.", (QASSEM, NASRALLAH)),
])
def test_plain_succession_still_read(shipped, text, pair):
    assert pair in _rels(shipped, text, "SUCCESSOR_OF", "en")
