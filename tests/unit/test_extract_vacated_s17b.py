"""A post left by someone, session 17 second round: "K appointed X ..., filling the post left
by Y", "X thus becomes the successor of the late Y", "ويشغل X المنصب الذي شغر بمقتل Y"."""

from __future__ import annotations

import pytest

from tests.extract_support import SO, assert_relations

CASES = [
    ("Masoud Pezeshkian, a heart surgeon, thus becomes the successor of the late Ebrahim Raisi.",
     "en", [SO("person:masoud-pezeshkian", "person:ebrahim-raisi")], []),
    ("Naim Qassem, the group's deputy leader, is now the successor of Hassan Nasrallah.", "en",
     [SO("person:naim-qassem", "person:hassan-nasrallah")], []),
    ("Lebanon's Cabinet on Thursday appointed Brig. Gen. Rodolphe Haykal as commander of the "
     "army, filling the post left by Joseph Aoun when he was elected president.", "en",
     [SO("person:rodolphe-haykal", "person:joseph-aoun")], []),
    ("The council elected Rebwar Taha governor, filling the vacancy left by Rakan al-Jabouri.",
     "en", [SO("person:rebwar-taha", "person:rakan-al-jabouri")], []),
    ("Abdul Aziz al-Muhammadawi did not fill the post left by Abu Mahdi al-Muhandis.", "en", [],
     [SO("person:abdul-aziz-al-muhammadawi", "person:abu-mahdi-al-muhandis")]),
    ("Joseph Aoun left by helicopter on Monday, and Rodolphe Haykal met the cabinet.", "en", [],
     [SO("person:rodolphe-haykal", "person:joseph-aoun")]),
    ("ويشغل عبد العزيز المحمداوي المنصب الذي شغر بمقتل أبو مهدي المهندس.", "ar",
     [SO("person:abdul-aziz-al-muhammadawi", "person:abu-mahdi-al-muhandis")], []),
    ("وكان نعيم قاسم يشغل المنصب الذي شغر باغتيال حسن نصر الله.", "ar",
     [SO("person:naim-qassem", "person:hassan-nasrallah")], []),
]


@pytest.mark.parametrize("text,lang,must,never", CASES)
def test_post_left_by(ex, text: str, lang: str, must: list, never: list) -> None:
    assert_relations(ex.extract(text, lang=lang), text[:40], must, never)
