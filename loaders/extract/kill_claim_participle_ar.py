"""ASSASSINATED_BY: an Arabic claim told by a participle of saying, «زاعماً / مؤكداً أنه اغتال
X», whose speaker is the body that opens the sentence (session 67, ``kill``).

A circumstantial participle («زاعماً»، «مؤكداً»، «معلناً»، «مدعياً»، «موضحاً»، «مضيفاً») after a
clause takes that clause's subject: "واعترف جيش العدو الإسرائيلي بتنفيذ الغارة، زاعماً أنه اغتال
عقيل" (the army claims it killed Aqil), "وتبنّت إسرائيل الضربة، مؤكدةً أنها قتلت X".

:func:`participle_claimer_ar` is asked by ``kill_claims_verdicts.it_killed_speaker_ar`` when the
word of saying before «أنه / أنها» is such a participle: it returns the body (organization or
country) that stands right after the sentence's opening verb, within the sentence's first tokens
("واعترف جيش ..."، "وكان الجيش قد أعلن ..."), when the participle follows a comma; else None.

Not read: a person or an unnamed speaker opening the sentence ("أكد المتحدث باسم الوزارة ...،
موضحاً أنها قتلت X": «أنها» may be another body named inside the clause), a participle with no
comma before it, and a negated claim (no «أنه» right before the verb: «مؤكداً أنه لم يقتل X»).
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L

AR_SAY_PARTICIPLES = L._ar("زاعما", "زاعمة", "مؤكدا", "مؤكدة", "معلنا", "معلنة", "مدعيا",
                           "مدعية", "موضحا", "موضحة", "مضيفا", "مضيفة", "معترفا", "معترفة")
_BODIES = ("Organization", "Country")
_COMMA = frozenset({"،", ","})
# how far into the sentence its subject may start: "واعترف X"، "وكان X قد"، "ثم أعلن X" (not
# "أكد المتحدث باسم X": a spokesman speaks, whose «أنها» may be another body)
_OPENING = 2


def participle_claimer_ar(sr: Any, say: int) -> str | None:
    """The id of the body whose claim the participle of saying at *say* tells: the subject
    right after the sentence's opening verb (see the module doc); else None."""
    if say - 1 < sr.lo or sr.toks[say - 1].text not in _COMMA:
        return None
    spk = sr.after(sr.lo + 1, types=_BODIES, maxgap=_OPENING - 1)
    if spk is None or spk.hi >= say or spk.lo > sr.lo + _OPENING:
        return None
    return spk.eid
