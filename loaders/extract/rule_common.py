"""Word sets and token forms shared by :mod:`loaders.extract.relations` and several rule
families (a module of its own so that the family modules need not import ``relations``).

``forms(tok)``: the surface forms of a token used for trigger look-ups (key; Arabic
proclitic-stripped stems with and without the article), cached per token text.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.tokens import Tok
from loaders.textnorm import proclitic_splits

_LATTER = L._ar("الأخير", "الأخيرة", "والأخير") | frozenset({"latter"})
_EN_WHOSE = frozenset({"whose"})
_EN_LED = frozenset({"led", "leads", "founded", "headed", "heads", "commanded", "commands",
                     "runs", "ran", "co-founded", "chaired", "chairs"})
_EN_SPEECH_VERBS = frozenset({"told", "said", "says", "say", "spoke", "speaking", "talking",
                              "talked", "added", "stated"})
_EN_PREPS = frozenset({"to", "of", "for", "with", "by", "from", "near", "about", "on", "at",
                       "in", "against", "toward", "towards", "like", "than", "among"})
_AR_NOT_SUBJ = {"ل", "ب", "في", "مع", "من", "عن", "الي", "علي"}  # (folded keys: إلى، على)
# (attacks._construct_tail tests this set too; relations.py used to define an earlier set of
# the same name -- فصائل، مواقع، مقرات ... -- that this one overrode, so it was dropped as dead)
_AR_GROUP_HEADS = L._ar("قادة", "زعماء", "ممثلي", "مسؤولي", "قيادات", "ممثلين", "مسؤولين",
                        "قياديين", "رؤساء", "أعضاء", "اعضاء", "وفد", "وفدا")
# the empty cue set: the other side of a trigger pair with cues in one language only
# (``sr.triggers(AR_CUES, EMPTY)``); every module reads this one
EMPTY: frozenset[str] = frozenset()
# English verbs that start a predicate of their own (an apposition has none)
EN_PREDICATES = (L.EN_MEET | L.EN_SUCCEED | L.EN_KILL | L.EN_VISIT | L.EN_LEAD_VERBS |
                 frozenset({"said", "says", "told", "was", "were", "is", "are", "has", "had"})
                 ) - L.EN_KILL_NOUNS - L.EN_MEET_NOUNS
EN_PASSIVE_AUX = frozenset({"was", "were", "been", "being", "is", "are", "be", "got"})
_FORMS: dict[str, frozenset[str]] = {}  # raw token text -> forms (a function of the text)


def forms(t: Tok) -> frozenset[str]:
    """Surface forms of a token for trigger lookup: key, proclitic-stripped stems with and
    without the article (Arabic); key (English). Cached per token text."""
    fs = _FORMS.get(t.text)
    if fs is None:
        fs = _ar_forms(t.key, t.stems) if t.ar else frozenset((t.key,))
        if len(_FORMS) > 200_000:
            _FORMS.clear()
        _FORMS[t.text] = fs
    return fs




@lru_cache(maxsize=100_000)
def _ar_forms(key: str, stems: tuple) -> frozenset[str]:
    out = {key}
    for _n, st in proclitic_splits(key):
        out.add(st)
    for _o, st in stems:
        out.add(st)
    return frozenset(out)


PREPS_WITH_TO = frozenset({"ب", "ل", "مع"})  # has_prep() sets of the hot loops, built once


def national_members(sr: Any, upto: int, country: str) -> list[str]:
    """The people of *country* named in the previous sentence and in this one before token
    *upto*, in order (the members of "the Iranian delegation" when none was told before)."""
    members: list[str] = []
    for m in [*sr.doc.by_sent.get(sr.si - 1, ()), *(m for m in sr.args if m.hi <= upto)]:
        if m.etype == "Person" and m.eid not in members and sr.doc.country_of(m.eid) == country:
            members.append(m.eid)
    return members


def meet_each_other(sr: Any, ids: list[str], rule: str) -> None:
    """Every two of *ids* met (one sitting of all of them), in list order."""
    for i, a in enumerate(ids):
        for b in ids[i + 1:]:
            sr.add("MET_WITH", a, b, rule)


def pair_all(sr: Any, people: list, others: set[str], rule: str) -> None:
    """*people* (mentions) met each of *others* (ids) and each other."""
    ids = [a.eid for a in people]
    for a in ids:
        for p in sorted(others - {a}):
            sr.add("MET_WITH", a, p, rule)
    meet_each_other(sr, ids, rule)


def word_back_in_clause(sr: Any, k: int, words: frozenset[str], reach: int,
                        quotes: frozenset[str] = frozenset()) -> int | None:
    """The nearest token of the *reach* tokens before *k* whose forms hold one of *words*,
    none of punctuation between (the same clause); None if there is none. Quote marks in
    *quotes* are no punctuation here and not counted in the reach (a body's name in quotes:
    «أرجأ رئيس "اللقاء الديموقراطي" النائب X لقاءً ...»)."""
    y, n = k - 1, 0
    while y >= sr.lo and n < reach:
        if sr.toks[y].text in quotes:
            y -= 1
            continue
        if sr.toks[y].punct:
            return None
        if sr.f(y) & words:
            return y
        y, n = y - 1, n + 1
    return None


def title_start(m: Any) -> int:
    """First token of mention *m* with its title ("President X": at "President"), else of
    the name."""
    return m.tlo if 0 <= m.tlo < m.lo else m.lo


def person_at(sr: Any, x: int) -> Any:
    """The person whose title (else name) starts at token *x*, else None."""
    return next((m for m in sr.args if m.etype == "Person" and title_start(m) == x), None)


_EN_NOT_QUALIFIER = frozenset({"and", "or", "as", "while", "with", "to", "by", "said", "says",
                               "told", "but", "who", "which", "his", "her", "their", "its",
                               "for", "in", "at", "on", "of", "from", "the", "a", "an"})


def person_after_qualifiers_en(sr: Any, k: int, most: int) -> Any:
    """The person whose title starts at token *k* or after at most *most* lower-case
    qualifiers ("eastern Libyan commander X", "military strongman X": session 68); None when
    a word between is a verb form ("killing X"), a function word or punctuation."""
    for j in range(k, min(sr.hi, k + most + 1)):
        m = person_at(sr, j)
        if m is not None:
            return m
        tok = sr.toks[j]
        if tok.punct or tok.ar or tok.key.endswith(("ing", "ed")) or tok.key in _EN_NOT_QUALIFIER:
            return None
    return None


def latest_meeting_pairs(sr: Any) -> list[tuple[str, str]]:
    """The (source, target) MET_WITH pairs of the latest meeting read: this sentence's, else
    the previous sentence's (its rule output, kept by ``relations.SentenceRules.run``)."""
    pairs = [(r.source, r.target) for r in sr.out if r.type == "MET_WITH"]
    return pairs or previous_meeting_pairs(sr)


def previous_meeting_pairs(sr: Any) -> list[tuple[str, str]]:
    """The (source, target) MET_WITH pairs the sentence right before this one read (its rule
    output, kept by ``relations.SentenceRules.run``); [] when it read none."""
    si, prev = sr.doc.state.get("met_out", (-9, ()))
    return [(r.source, r.target) for r in prev if r.type == "MET_WITH"] if si == sr.si - 1 else []


def between_after(sr: Any, t: int) -> int | None:
    """The "between" that names the sides of the meeting noun at *t*: "talks between", "a
    meeting (of ...) between", and past the place of the talks, "talks in Baghdad between"
    (session 19, second round); None when there is none."""
    for x in range(t + 1, min(sr.hi, t + 3)):
        if sr.key(x) == "between":
            return x
    if sr.key(t + 1) == "in" and not sr.toks[t].ar:
        m = sr.mention_at.get(t + 2)
        if m is not None and m.etype in ("Country", "Location") and m.lo == t + 2 and \
                m.hi < sr.hi and sr.key(m.hi) == "between":
            return m.hi
    return None


# a passive killing or removal right after a person ("X was (also) killed", "X, ..., had been
# fired"): the auxiliaries and adverbs between
_EN_PASS_HAD = frozenset({"was", "were", "been", "is", "are", "be", "being", "also", "later",
                          "had", "has", "have"})
_EN_KILLED_OR_REMOVED = frozenset({"killed", "assassinated", "dismissed", "fired", "sacked",
                                   "ousted"})


def killed_right_after(toks: list, m: Any) -> bool:
    """*m* is followed by a passive killing or removal ("X was (also) killed", "X had been
    fired", "its leader, X, has been killed")."""
    y = m.hi + (m.hi < len(toks) and toks[m.hi].text == ",")  # (a closing comma)
    while y < len(toks) and y < m.hi + 4 and toks[y].key in _EN_PASS_HAD:
        y += 1
    return y > m.hi and y < len(toks) and toks[y].key in _EN_KILLED_OR_REMOVED


# "لم يتضح / لا يعرف (ما) إذا / إن كان ...": a clause reported as uncertain
_AR_UNSURE = L._ar("يتضح", "يتبين", "يعرف", "يعلم", "يتأكد", "يتسن", "يتسنى", "واضحا", "معروفا",
                   "مؤكدا", "يتحدد")
_AR_WHETHER = L._ar("اذا", "إذا", "ان", "إن")
_AR_NOT_UNSURE = frozenset({"لم", "لا", "ولم", "غير", "وليس", "ليس", "ولا"})
# "لم يتسنَّ (للأناضول) التأكد من صحة أنباء عن لقاء بين X وY": the checking noun after the verb
_AR_CHECKING = L._ar("التأكد", "التحقق", "تأكيد")


def _checking_after(sr: Any, y: int) -> bool:
    """Is the token at *y*, or the one after a "لـX" beneficiary (one word or a name), a
    checking noun ("التأكد / التحقق من")?"""
    if y >= sr.hi:
        return False
    if sr.f(y) & _AR_CHECKING:
        return True
    m = sr.mention_at.get(y)
    z = m.hi if m is not None else y + 1
    return z < sr.hi and sr.toks[y].text.startswith("ل") and z - y <= 4 and \
        bool(sr.f(z) & _AR_CHECKING)


def drop_unsure_ar(sr: Any, rtype: str) -> None:
    """Drop the *rtype* relations between two people of a clause reported as uncertain ("لم
    يتضح إن كان X قد اجتمع بـY / قد خلف Y", "لا يعرف ما إذا كان ...", and, session 65, "لم
    يتسنَّ (للوكالة) التأكد من صحة أنباء عن لقاء بين X وY")."""
    for x in sr.triggers(_AR_UNSURE, EMPTY):
        if sr.key(x - 1) not in _AR_NOT_UNSURE:
            continue
        y = x + 1
        if sr.key(y) in ("ما", "عما"):
            y += 1
        if not sr.f(y) & _AR_WHETHER and not _checking_after(sr, y):
            continue
        end = next((z for z in range(y, sr.hi) if sr.toks[z].text in ("،", ",", ".", "؛", ";",
                                                                      "!", "؟", "?")), sr.hi)
        ids = {m.eid for m in sr.args if x < m.lo < end}
        sr.out[:] = [r for r in sr.out if not (
            r.type == rtype and r.source in ids and r.target in ids)]
