"""Arabic: "خلف" opening a clause of its own with its subject and object after it (VSO).

"انتُخب X خلفاً لـR، فيما / بينما / وخلف A B في الخارجية": A succeeded B; R, the person
before the comma, is no subject of the second clause. Read only when the verb follows a comma
or a clause-opening conjunction and two people stand right after it; "عاد X إلى طهران، وخلف Y
في الرئاسة" (one person after the verb) keeps X as the dropped subject. Called from
``succession_rules_ar`` (the "خلف" rule, ``khalafa_ar``)."""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L

# conjunctions that open a clause after a comma: "فيما", "بينما", "في حين", "حيث"
_AR_WHILE = L._ar("فيما", "بينما", "حين", "حيث", "كما", "ثم")


def verb_opens_vso_ar(sr: Any, subj: Any, t: int, obj: Any) -> bool:
    """The verb at *t* opens a clause after *subj* ("، فيما خلف"، "، وخلف") and a second
    person follows its first one *obj* right away: the first is the subject."""
    v = t - 1 if sr.key(t - 1) in _AR_WHILE else t
    if sr.toks[v - 1].text not in ("،", ",") or v - 1 < subj.hi:
        return False
    if v == t and sr.toks[t].key[0] not in "وف":
        return False  # "X، خلف Y Z": an apposition may stand between
    nxt = sr.after(obj.hi, types=("Person",), maxgap=0)
    return nxt is not None and nxt.eid != obj.eid
