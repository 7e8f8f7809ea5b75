"""The words the wire-prose rules (``core_wire_rules`` and its family modules) start from and
share: the trigger sets looked up in the sentence's trigger index (``_AR_DEV``, ``_EN_DEV``, the
sets of ``RULE_CUES``) and the word sets they are built from (appointing verbs, "among", the
guest, visit and meeting nouns, "left for", "its", "in his place")."""

from __future__ import annotations

from loaders.extract import lexicon as L

# ---- SUCCESSOR_OF -------------------------------------------------------------------------
_EN_APPOINTERS = frozenset({"appointed", "named", "chose", "chosen", "tapped", "selected",
                            "installed", "elected", "nominated", "designated", "promoted",
                            "picked", "reappointed"})
_EN_PASS = frozenset({"was", "were", "been", "is", "are", "be", "got"})


_AR_TAKE_PLACE = L._ar("حل", "يحل", "تحل", "حلت", "ليحل", "لتحل", "سيحل", "وحل")


_AR_KHALAFAN = L._ar("خلفا", "خلفاً", "بدلا", "بدلاً", "عوضا", "عوضاً")


_AR_AMONG = L._ar("بينهم", "بينها", "منهم", "ومنهم", "بينهما")
_EN_AMONG = frozenset({"including", "among"})


# ---- MET_WITH: "the guest" as subject ---------------------------------------------------------
_AR_GUEST = L._ar("الضيف", "ضيف", "ضيفه", "ضيفها", "الزائر")
_EN_GUEST = frozenset({"guest", "visitor"})


_AR_VISIT_NOUNS = L._ar("زيارة", "زياره", "جولة", "جوله", "الزيارة", "رحلة")


# ---- VISITED --------------------------------------------------------------------------------
_EN_LEFT = frozenset({"left", "leaves", "leaving", "headed", "heads", "heading", "departed",
                      "departs", "set"})


# ---- LEADS / MEMBER_OF: "Org named X as its new leader", "its longtime leader X" ----------
_EN_ITS = frozenset({"its", "their"})


_EN_MEETING_NOUNS = frozenset({"meeting", "talks", "summit", "encounter"})


# trigger word sets (positions come from the sentence's trigger index, not a token scan)
_EN_TOOK_HIS = frozenset({"took", "taken", "takes", "take", "taking"})
_EN_SUCC_TRIG = frozenset({"him", "her", "place", "stead", "taking", "takes", "take", "took"}) | \
    _EN_APPOINTERS
_AR_SUCC_TRIG = _AR_KHALAFAN | _AR_TAKE_PLACE
_EN_ROLE_TRIG = _EN_APPOINTERS | _EN_ITS
_AR_DEV = _AR_SUCC_TRIG | _AR_AMONG | _AR_GUEST | _AR_VISIT_NOUNS | L._ar(
    "أسفر", "أسفرت", "اسفر", "اسفرت", "أدى", "أدت", "ادى", "ادت", "أودى", "أودت", "قتل",
    "اغتيل", "استشهد")
_EN_KILL_TRIG = frozenset({"killing", "killed",
                           # "Israeli jets struck Beirut, eliminating X" (session 58)
                           "eliminating", "assassinating"})
_EN_DEV = _EN_SUCC_TRIG | _EN_AMONG | _EN_GUEST | _EN_MEETING_NOUNS | _EN_LEFT | \
    _EN_ROLE_TRIG | _EN_KILL_TRIG | frozenset({"visiting"})


_AR_RESULT_V = L._ar("أسفر", "أسفرت", "اسفر", "اسفرت", "أدى", "أدت", "ادى", "ادت", "أودى",
                     "أودت")


_AR_KILLED_V = L._ar("قتل", "اغتيل", "استشهد")


_EN_VISITING = frozenset({"visiting"})
