"""English: "chosen to lead the delegation / the funeral prayers after Y's killing" is no post.

An appointment verb followed by an infinitive that names a one-time task, not an office, says
nothing about taking Y's place: "X was chosen to lead Hezbollah's delegation to the funeral
after Nasrallah's assassination", "X was picked to head the delegation to the talks after the
killing of Y", "X was chosen to deliver the eulogy after Y was killed", "X was named to lead the
mourning ceremony following Y's death". "X was chosen to lead Hezbollah / to head the council
after Y was killed" stays a succession.
"""

from __future__ import annotations

from loaders.extract.tokens import Tok

# infinitives that are a task in themselves ("chosen to deliver the eulogy")
_ERRAND_VERBS = frozenset({"deliver", "attend", "represent", "read", "give", "address",
                           "accompany", "carry", "speak", "recite", "announce", "greet"})
# "to lead / head ..." whose object is an event or a one-time body, not a post
_LEAD_VERBS = frozenset({"lead", "head", "oversee", "run", "chair", "conduct"})
_ERRAND_NOUNS = frozenset({"delegation", "delegations", "funeral", "funerals", "prayers",
                           "prayer", "procession", "ceremony", "ceremonies", "eulogy",
                           "talks", "negotiations", "negotiating", "investigation", "inquiry",
                           "probe", "mourning", "memorial", "burial", "service", "services",
                           "visit", "trip"})
_STOP = frozenset({"after", "following", "when", "replacing", "from", "as", "in", "since"})
# the appointment verbs before such an infinitive (for the scorer's veto, ``scorer_hedged``)
APPOINTED_EN = frozenset({"appointed", "named", "chosen", "tapped", "selected", "picked",
                          "elected", "designated", "tasked", "assigned"})


def errand_infinitive_en(toks: list[Tok], t: int, hi: int) -> bool:
    """True when the appointment verb at ``t`` is followed by "to <task>" (see the module);
    ``hi``: the sentence's end."""
    if t + 2 >= hi or toks[t + 1].key != "to":
        return False
    verb = toks[t + 2].key
    if verb in _ERRAND_VERBS:
        return True
    if verb not in _LEAD_VERBS:
        return False
    for y in range(t + 3, min(hi, t + 10)):
        k = toks[y].key
        if k in _STOP or toks[y].text in (",", ";"):
            return False
        if k in _ERRAND_NOUNS:
            return True
    return False
