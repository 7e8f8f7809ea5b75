"""ASSASSINATED_BY: whoever condemns, mourns or denies a killing is not its agent.

"The Taliban condemned the bombing that killed X", "Kataib Hezbollah mourned the strike that
killed X", "Iran blamed the attack that killed X on Israel", «وأدان حزب الله الغارة التي قتلت
X», «واستنكرت الخارجية العراقية الضربة التي أودت بحياة X»: the main clause's subject judges a
strike told in the relative clause; he did not carry it out. Verbs of carrying out, ordering or
claiming ("Trump ordered the strike that killed Soleimani", "ISIS-K claimed the bombing that
killed X", «نفذت إسرائيل الضربة التي قتلت X») keep their subject as the agent, and the strike's
own adjective still names it ("Hezbollah condemned the Israeli strike that killed X": Israel).
Asked by ``KillingRulesEn._killed_en`` (``killed_active_en``) and ``KillingRules.assassinated``
(``killed_svo_ar``) before they take the mention before the killing verb as its agent.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract.lexicon import _ar

if TYPE_CHECKING:
    from loaders.extract.mentions import Mention
    from loaders.extract.relations import SentenceCore

# verbs of judging, mourning, denying or looking into a killing that another carried out
EN_CONDEMN_VERBS = frozenset({
    "condemned", "condemns", "condemn", "condemning", "denounced", "denounces", "denouncing",
    "deplored", "deplores", "decried", "decries", "slammed", "slams", "criticised",
    "criticized", "criticises", "criticizes", "mourned", "mourns", "mourning", "lamented",
    "denied", "denies", "denying", "blamed", "blames", "blaming", "protested", "investigated",
    "investigating", "probing", "regretted"})
AR_CONDEMN_VERBS = _ar("أدان", "أدانت", "دان", "دانت", "يدين", "تدين", "استنكر", "استنكرت",
                       "يستنكر", "تستنكر", "شجب", "شجبت", "ندد", "نددت", "يندد", "تندد",
                       "نعى", "نعت", "ينعى", "تنعى", "نفى", "نفت", "ينفي", "تنفي")
_EN_CLAUSE_BREAK = frozenset({";", ":", "and", "but", "while", "as", "saying", "said"})


def condemner_verb_en(sr: SentenceCore, agent: Mention, t: int) -> int:
    """Index of a verb of condemning, mourning or denying between *agent* and the killing verb
    at *t* ("The Taliban condemned the bombing that killed X"), or -1 when *agent* is the
    subject of the killing itself or of a verb of carrying it out. The killing must be the
    relative clause of the thing condemned ("the strike that killed"): not "The strike that
    Hezbollah blamed for the blast killed X", whose subject is the strike."""
    if sr.key(t - 1) not in ("that", "which"):
        return -1
    for x in range(agent.hi, t):
        key = sr.key(x)
        if key in _EN_CLAUSE_BREAK:
            return -1  # "X condemned the visit, and Israel killed Y": a new clause
        if key in EN_CONDEMN_VERBS:
            return x
    return -1


def condemner_subject_ar(sr: SentenceCore, b: Mention, t: int) -> bool:
    """Is *b*, before the killing verb at *t*, the subject of a verb of condemning, mourning
    or denying right before it («وأدان حزب الله الغارة التي قتلت X»), so not the killer?"""
    return any(sr.f(x) & AR_CONDEMN_VERBS for x in range(max(sr.lo, b.lo - 2), b.lo)) and \
        any(sr.key(x) in ("الذي", "التي") for x in range(b.hi, t))
