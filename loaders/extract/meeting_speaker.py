"""MET_WITH: a reported meeting whose verb has a subject of its own is not the speaker's.

"وأضاف X أن الوفد التقى Y" / "X said (that) the delegation met Y" / "According to X, the
delegation met Y": the clause after أن / إن / that (or after a verb of saying, or after an
"according to X," phrase) opens with its own subject -- a noun phrase that names nobody -- so X
only reports the meeting: X did not meet Y, and the objects of the verb ("... التقى Y وZ") did
not meet each other either. "قال X إنه التقى Y" / "X said he met Y" (a pronoun subject), "قال
X إن Z التقى Y" (a named subject), "قال X إن الرئيس استقبله" (an object pronoun: X may be the
one received) are left alone, and so is a speaker the article named as a delegation's head.

Run from ``meeting_checks.unmet_partners`` after every meeting rule, only on a sentence with a
complementiser, a verb of saying or "according to" (its cue sets) and a MET_WITH pair.
"""

from __future__ import annotations

from operator import attrgetter
from typing import TYPE_CHECKING

from loaders.extract import lexicon as L
from loaders.extract.dispatch import register_triggers

if TYPE_CHECKING:  # (no run-time import: relations imports this module's caller)
    from loaders.extract.mention_base import Mention
    from loaders.extract.relations import SentenceRules

# ---- cue words (registered, so a sentence's present_sets says whether the check applies)
AR_THAT = L._ar("أن", "إن", "بأن", "فإن", "وأن", "وإن")  # the clause's own subject follows
EN_SAY = L._en("said", "says", "say", "told", "tells", "added", "adds", "stated", "noted",
               "explained", "confirmed", "announced", "revealed", "claimed", "insisted",
               "stressed", "reported", "disclosed", "that", "according")
AR_ACCORDING = L._ar("بحسب", "وبحسب", "حسب", "وحسب", "وفق", "ووفق", "وفقا", "ووفقا")
register_triggers(AR_THAT, EN_SAY)
register_triggers(AR_ACCORDING, frozenset())
CUE_SETS = frozenset({AR_THAT, EN_SAY, AR_ACCORDING})
_TYPE = attrgetter("type")  # (of a Rel)

_AR_THAT_KEYS = frozenset({"ان", "بان", "فان", "وان"})  # folded keys: أن / إن / بأن / فإن
_AR_HOLD = L._ar("عقد", "وعقد", "أجرى", "وأجرى", "يعقد", "يجري")  # "عقد الوفد اجتماعاً"
_AR_AUX = L._ar("قد", "لقد", "وقد", "كما", "أيضا", "ايضا", "ثم")
# "قبل أن" / "بعد أن": the أن of a time clause, whose subject is the main clause's (session 40)
_AR_BEFORE_AFTER = L._ar("قبل", "وقبل", "بعد", "وبعد")
_AR_PRON_PARTNER = L._ar("معه", "معها", "معهم", "به", "بها", "بهم")
# a subject that may stand for someone named ("الأخير"), a relative clause, a place or time
_AR_NOT_OWN = L._ar("الذي", "التي", "الذين", "اللذين", "في", "على", "عن", "خلال", "ما",
                    "الأخير", "الأخيرة", "الأول", "الضيف", "الزائر")
_EN_VERBS = L._en("met", "meets", "meet", "received", "hosted", "welcomed", "greeted",
                  "discussed", "conferred")
_EN_NOUNS = L._en("talks", "meeting", "meetings")
_EN_HOLD = L._en("held", "hold", "holds", "had", "have", "has")
_EN_AUX = L._en("had", "has", "have", "also", "later", "then", "reportedly", "already",
                "separately", "subsequently", "briefly", "first", "previously", "earlier")
_EN_PRON = L._en("he", "she", "they", "we", "i", "his", "her", "their", "our", "my", "who",
                 "which", "him", "them", "you", "it", "latter", "former", "guest", "visitor")
_EN_SAY_VERBS = EN_SAY - {"that", "according"}
_EN_SPAN_STOP = L._en("in", "at", "during", "on", "after", "before", "when", "while", "if",
                      "not", "to")
_PUNCT_COMMA = (",", "،")
_MAX_SPAN = 6  # tokens of the clause's own subject


def _predicate_start_ar(sr: SentenceRules, t: int) -> int:
    """First token of the Arabic meeting predicate at *t* ("(قد) التقى", "عقد اجتماعاً"), or
    -1 when *t* is no verb with a named or nominal object (a noun without "عقد/أجرى", a verb
    with an object pronoun: "استقبله", "وبحث معه")."""
    fs = sr.f(t)
    if fs & L.AR_MEET_NOUNS:
        if not sr.f(t - 1) & _AR_HOLD:
            return -1
        v = t - 1
    else:
        if sr.key(t).endswith(("ه", "ها", "هم", "هما")) or sr.f(t + 1) & _AR_PRON_PARTNER:
            return -1
        v = t
    while v - 1 >= sr.lo and sr.f(v - 1) & _AR_AUX:
        v -= 1
    return v


def _predicate_start_en(sr: SentenceRules, t: int) -> int:
    """The same in English ("(had) met", "held talks with"), or -1 ("met him": the speaker
    may be the one met)."""
    k = sr.key(t)
    if k in _EN_VERBS:
        if sr.key(t + 1) in _EN_PRON:
            return -1
        v = t
    elif k in _EN_NOUNS:
        if sr.key(t - 1) in _EN_HOLD:
            v = t - 1
        elif sr.key(t - 1) in ("a", "an") and sr.key(t - 2) in _EN_HOLD:
            v = t - 2
        else:
            return -1
    else:
        return -1
    while v - 1 >= sr.lo and sr.key(v - 1) in _EN_AUX:
        v -= 1
    return v


def _according_comma(sr: SentenceRules, c: int) -> bool:
    """Does the comma at *c* close a sentence-opening "According to X," / "بحسب X،"?"""
    for y in range(sr.lo, min(c, sr.lo + 2)):
        if sr.key(y) == "according" or (sr.toks[y].ar and sr.f(y) & AR_ACCORDING):
            return True
    return False


def _own_subject_boundary(sr: SentenceRules, v: int) -> int:
    """Position of the complementiser / verb of saying / "according to X," comma right before
    a subject noun phrase that names nobody and ends at the predicate *v*, else -1."""
    mat = sr.mention_at
    ar = sr.toks[v].ar
    for y in range(v - 1, max(sr.lo - 1, v - 2 - _MAX_SPAN), -1):
        tk = sr.toks[y]
        if tk.text in _PUNCT_COMMA:
            return y if y < v - 1 and _according_comma(sr, y) else -1
        if tk.punct:
            return -1
        m = mat.get(y)
        if m is not None and m.etype == "Person":
            return -1  # a named (or described) subject: the rules read it
        k = tk.key
        if ar:
            if k in _AR_THAT_KEYS:
                if sr.key(y - 1) in _AR_BEFORE_AFTER:
                    return -1  # "، قبل أن يتوجه إلى P حيث أجرى مباحثات مع Y": a time clause
                return y if y < v - 1 else -1
            if sr.f(y) & _AR_NOT_OWN or sr.key(y).startswith("وفد") and k != "وفد":
                return -1  # "الوفد الذي ترأسه", "في اللقاء", "وفده": maybe the speaker's
        else:
            if k == "that" or k in _EN_SAY_VERBS:
                return y if y < v - 1 else -1
            if k in _EN_PRON or k in _EN_SPAN_STOP:
                return -1
    return -1


def _delegation_heads(sr: SentenceRules) -> set[str]:
    """People the article named in a delegation so far (Arabic and English memories)."""
    out: set[str] = set()
    for _si, people, _body in sr.doc.state.get("ar_delegations", ()):
        out.update(people)
    for entry in sr.doc.state.get("_deleg_en", ()):
        out.update(entry.get("members", ()))
    return out


def reported_meeting_pairs(sr: SentenceRules) -> None:
    """Drop the MET_WITH pairs of the speaker of a reported meeting whose verb has a subject
    of its own, and those between the verb's objects (module doc)."""
    if "MET_WITH" not in map(_TYPE, sr.out):  # (in C: no generator per sentence)
        return
    drop: set[tuple[str, str]] = set()
    cues = sr.triggers(AR_THAT, EN_SAY)  # (positions; a verb far from all of them is skipped)
    according = _according_comma(sr, sr.lo + 2)  # "According to X, ..." opens the sentence
    for t in sr.triggers(L.AR_MEET, L.EN_MEET):
        if not according:
            for c in cues:  # (a loop: no generator per verb)
                if 0 < t - c <= _MAX_SPAN + 4:
                    break
            else:
                continue
        v = _predicate_start_ar(sr, t) if sr.toks[t].ar else _predicate_start_en(sr, t)
        if v < 0:
            continue
        b = _own_subject_boundary(sr, v)
        if b < 0:
            continue
        people: list[Mention] = [m for m in sr.args if m.etype == "Person" and m.kind != "ref"]
        before = {m.eid for m in people if m.hi <= b}
        after = {m.eid for m in people if m.lo > t}
        inside = {m.eid for m in people if b < m.hi and m.lo <= t}
        speakers = before - after - inside - _delegation_heads(sr)
        objs = after - before - inside
        for s in speakers:
            for o in objs:
                drop.add((s, o))
        first = sr.after(t + 1, types=("Person",), maxgap=10)
        if first is not None:
            chain = [m.eid for m in sr.chain(first, ("Person",)) if m.eid in objs]
            for i, a in enumerate(chain):
                for c in chain[i + 1:]:
                    drop.add((a, c))
    if not drop:
        return
    drop |= {(b_, a_) for a_, b_ in drop}
    sr.out[:] = [r for r in sr.out if not (r.type == "MET_WITH" and (r.source, r.target) in drop)]
