"""SUCCESSOR_OF: the words several succession modules share.

The relation names, the Arabic and English word sets of successors, deaths, appointments and
posts ("خليفة", "خلفاً لـ", "بعد اغتيال", "succeeded", "took over", "the helm") that the base
rules (``succession_rules*``) and the plain rules run by ``successions.more_successions`` read:
"تولى X القيادة بعد اغتيال Y" and "X took over the post from Y" start from these words.
"""

from __future__ import annotations

from loaders.extract import lexicon as L

_AR_SUCC_HIS = L._ar("خليفته", "خليفتها")  # "his successor": "واختير خليفته X"
_C4 = L.AR_KHALAFAN
_AR_FUTURE_SUCC = L._ar("سيخلف", "ستخلف", "وسيخلف", "وستخلف")  # (see decided_future)
_C7 = L._ar(
                                "اغتيال", "مقتل", "وفاة", "رحيل", "استقالة", "اقالة", "إقالة",
                                "سلفه", "الراحل", "مصرع", "استشهاد", "تصفية", "إعفاء", "اعفاء",
                                "إنهاء", "انهاء", "عزل", "تنحي", "تنحية", "تقاعد", "إحالة",
                                "احالة", "إقصاء", "اقصاء", "إبعاد", "ابعاد", "الإطاحة",
                                "فرار", "هروب",  # ("بعد فرار Y": session 57)
                                "تنازل")  # ("بعد تنازل والده Y": session 58)
_AR_INSTEAD_T = L._ar("بدلا", "بدلاً", "عوضا", "عوضاً")
_AR_POST_W = L._ar("المنصب", "منصبه", "منصبها", "موقعه", "المنصبين")
_SO = "SUCCESSOR_OF"
_EN_OVER = frozenset({"over"})
_EN_TAKE = frozenset({"took", "taken", "taking", "takes", "take"})
_EN_WHOM = frozenset({"whom"})
_EN_KILL_VERBS = frozenset({"killed", "assassinated"})
_AR_TASALLAM = L._ar("تسلم", "تسلّم", "يتسلم", "استلم", "تسلمت", "استلمت", "تسلمه", "تسلمها")
_AR_PRED = L._ar("سلفه", "سلفها")
_EN_TAKE_POST = frozenset({"took", "taken", "takes", "assumed", "assumes", "inherited",
                           "inherits", "assuming", "inheriting"})
_EN_POST = frozenset({"helm", "reins", "command", "leadership", "control", "post", "job", "role",
                      "charge", "baton", "torch", "ministry", "throne",
                      "portfolio", "position", "office", "mantle", "power", "presidency",
                      "premiership", "chairmanship"})
_EN_HANDED = frozenset({"handed", "hands", "handing", "passed", "ceded", "cedes", "ceding"})
# "Y transferred his powers to X" / "نقل Y صلاحياته إلى X" (session 60, succession_body_head)
_EN_TRANSFERRED = frozenset({"transferred", "transfers", "transferring"})
_AR_TRANSFER = L._ar("نقل", "ينقل", "نقلت", "تنقل", "بنقل")
_AR_INHERIT = L._ar("ورث", "يرث", "ورثت")
_AR_HANDED = L._ar("سلم", "سلّم", "يسلم", "سلمت", "تسليم")
_AR_HANDOVER_ANY = _AR_TASALLAM | _AR_INHERIT | _AR_HANDED
_EN_VACANT = frozenset({"vacant", "vacated"})
# "stepped in / into the role / up as", "was sworn in as", "has led / headed ORG since"
_EN_STEP_IN = frozenset({"stepped", "steps", "sworn", "led", "headed", "run"})


_EN_AFTER = frozenset({"after", "following"})
EN_ROLE = frozenset({"leader", "lead", "head", "chief", "commander", "secretary-general",
                     "secretary", "president", "successor", "replace", "helm", "command",
                     "leadership", "post", "role", "position", "over", "premier", "minister"})
_AR_AFTER = L._ar("بعد", "عقب", "اثر", "إثر")
_AR_DEATH = L._ar("اغتيال", "مقتل", "وفاة", "وفاه", "رحيل", "استشهاد", "مصرع", "استقالة",
                  "استقاله", "اقالة", "اقاله", "تصفية", "تصفيه")
