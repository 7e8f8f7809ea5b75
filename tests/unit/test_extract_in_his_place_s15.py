""""Y, a commander who had replaced Z as number two, died; X was named in his place": his =
Y, the one who died, not Z of the relative clause (X succeeded Y). Arabic ("وتوفي Y، الذي
كان قد خلف Z ...، وعُيّن X مكانه") already gave Y. Our own sentences, not from any dev set.
"""

import pytest


def _succ(doc):
    return {(r["source"], r["target"]) for r in doc["relations"] if r["type"] == "SUCCESSOR_OF"}


SHADMANI, RASHID, ABDOLLAHI = ("person:ali-shadmani", "person:gholam-ali-rashid",
                               "person:ali-abdollahi")
NILFOROUSHAN, PAKPOUR, VAHIDI = ("person:abbas-nilforoushan", "person:mohammad-pakpour",
                                 "person:ahmad-vahidi")


@pytest.mark.parametrize("text,lang,right,wrong", [
    ("Ali Shadmani, a general who had replaced Gholam Ali Rashid as commander, died in June; "
     "Ali Abdollahi was named in his place.", "en", (ABDOLLAHI, SHADMANI),
     (ABDOLLAHI, RASHID)),
    ("Abbas Nilforoushan, the deputy who had succeeded Mohammad Pakpour in that post, retired "
     "in May, and the council appointed Ahmad Vahidi in his place.", "en",
     (VAHIDI, NILFOROUSHAN), (VAHIDI, PAKPOUR)),
    ("وتوفي علي شادماني، الذي كان قد خلف غلام علي رشيد في القيادة، في حزيران، وعُيّن علي "
     "عبد اللهي مكانه.", "ar", (ABDOLLAHI, SHADMANI), (ABDOLLAHI, RASHID)),
])
def test_in_his_place_is_the_one_who_left(ex, text, lang, right, wrong):
    succ = _succ(ex.extract(text, lang=lang))
    assert right in succ
    assert wrong not in succ


def test_plain_left_then_named(ex):
    # no relative clause: the one who died, as before
    succ = _succ(ex.extract("Ali Shadmani died in June, and Ali Abdollahi was named in his "
                            "place.", lang="en"))
    assert (ABDOLLAHI, SHADMANI) in succ
