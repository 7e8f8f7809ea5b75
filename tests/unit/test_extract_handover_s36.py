"""Session 36: an English handover of office is a meeting of the outgoing and the incoming
holder and of everyone said to attend it (meeting_handover_en).

"X handed over (the O) to Y", "O was handed over to Y by X", "Y took over / took charge of O
from X at a handover ceremony"; attendees "attended by", "in the presence of", "before" A
"and the General Staff, among them" B. Counted in the dev writers GB, KF, KH, KI, KK, KL, KM
(+25 core TP, +1 FP on dev). Not a takeover without a ceremony after it, nor a handover the
outgoing holder did not attend or that took place in his absence."""

from __future__ import annotations

import pytest

from tests.extract_support import MW, assert_relations

SALIH = "person:barham-salih"
RASHID = "person:abdul-latif-rashid"
SUDANI = "person:mohammed-shia-al-sudani"
KADHIMI = "person:mustafa-al-kadhimi"
HALEVI = "person:herzi-halevi"
ZAMIR = "person:eyal-zamir"
HERZOG = "person:isaac-herzog"
KATZ = "person:israel-katz"
GALLANT = "person:yoav-gallant"

CASES = [
    # fail on the base
    ("Mustafa al-Kadhimi handed over to Mohammed Shia al-Sudani on Thursday in a short "
     "ceremony attended by President Barham Salih.",
     [MW(KADHIMI, SUDANI), MW(KADHIMI, SALIH), MW(SUDANI, SALIH)], []),
    ("Herzi Halevi handed over command of the army to Eyal Zamir before President Isaac "
     "Herzog and the senior officers, among them Defence Minister Israel Katz.",
     [MW(HALEVI, ZAMIR), MW(HALEVI, HERZOG), MW(ZAMIR, HERZOG), MW(KATZ, HALEVI),
      MW(KATZ, ZAMIR)], []),
    ("The defence ministry was handed over to Israel Katz by the outgoing minister, Yoav "
     "Gallant, at the Kirya.", [MW(KATZ, GALLANT)], []),
    ("The new president, Abdul Latif Rashid, took over from his predecessor Barham Salih at a "
     "handover ceremony in Baghdad.", [MW(RASHID, SALIH)], []),
    ("Mohammed Shia al-Sudani took charge of the government from Mustafa al-Kadhimi, who "
     "briefed him on the budget at the handover.", [MW(SUDANI, KADHIMI)], []),
    # negatives: no handover in person
    ("Abdul Latif Rashid, who took over the presidency from Barham Salih in October, opened "
     "a ceremony in Erbil on Monday.", [], [MW(RASHID, SALIH)]),
    ("Israel Katz took over from Yoav Gallant at a handover ceremony that Gallant did not "
     "attend.", [], [MW(KATZ, GALLANT)]),
    ("Herzi Halevi handed over command to Eyal Zamir in the absence of President Isaac "
     "Herzog.", [], [MW(ZAMIR, HERZOG), MW(HALEVI, HERZOG)]),
    ("Mustafa al-Kadhimi handed a letter to reporters before Mohammed Shia al-Sudani spoke.",
     [], [MW(KADHIMI, SUDANI)]),
]


@pytest.mark.parametrize("text,must,must_not", CASES)
def test_handover_met_en_s36(ex, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang="en"), text[:40], must, must_not)
