"""ASSASSINATED_BY: «كما» before a second killing verb (session 47, review).

"قال نعيم قاسم إن إسرائيل اغتالت حسن نصر الله كما اغتالت فؤاد شكر من قبله": the verb after
«كما» ("as it killed") has the first verb's subject, Israel; the person named right before
«كما» is the first verb's victim, not the second one's agent (the plain SVO reading gave
Shukr <- Nasrallah). :func:`kama_agent_ar` gives the agent of the sentence's killing told
before «كما», or None (then nothing is made: the agent is not stated).
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L

AR_KAMA = L._ar("كما", "وكما")


def after_kama_ar(sr: Any, lo: int, t: int) -> bool:
    """Is there a «كما» between *lo* and the verb at *t*?"""
    return any(sr.key(x) in AR_KAMA for x in range(lo, t))


def kama_agent_ar(sr: Any, t: int) -> str | None:
    """The agent of the last killing this sentence told before the verb at *t*."""
    agents = [r.target for r in sr.out if r.type == "ASSASSINATED_BY"]
    return agents[-1] if agents else None
