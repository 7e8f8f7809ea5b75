"""ASSASSINATED_BY: lists of victims that share one killing's agents.

Reads a list whose members carry appositions and titles and gives every member the agents of
the first: "A U.S. strike killed X, head of ..., and Y, ..." / "وقُتل العميد X، وقائد الجبهة
في الحزب Y" / "سليماني ورفيقه المهندس" (``extend_victims``, run by
``killings.more_killings``); also the helpers that find the person an apposition describes
(``apposition_head``: "X, a commander of Y, ...") and a list after titles (``titled_list``).
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.kill_cues import AB
from loaders.extract.rule_common import title_start
from loaders.extract.victim_list_end import victims_before_new_clause

# ---- victim lists ------------------------------------------------------------------------
# words that end an English apposition ("X, head of Y, the Pentagon said"): a clause follows
_EN_CLAUSE = frozenset({"said", "says", "say", "told", "added", "adding", "according", "was",
                        "were", "is", "are", "has", "have", "had", "who", "which", "that",
                        "when", "while", "after", "before", "as", "killed", "wounded",
                        "injured", "died", "officials", "reported", "announced", "claimed",
                        "vowed", "met", "did", "does", "but", "where", "whose"})
_EN_POSS_NOUN = frozenset({"his", "her", "their", "its", "the"})
# verbs that open a new clause between "and" and the next person: "mourned X and named Y as his
# successor, days after a raid killed X" (session 65); a lower-case word in -ed ("picked",
# "mourned", "praised", "urged") is read as one by its ending (``_verb_after_and``)
_EN_LIST_VERBS = (L.EN_APPOINT | L.EN_SUCCEED | L.EN_MEET | L.EN_KILL |
                  frozenset({"chose", "sent", "told", "gave"}))

_AR_COMPANION = L._ar("ورفيقه", "ورفيقيه", "ومرافقه", "ومرافقيه", "ونائبه", "وصهره", "ورفاقه",
                      "وزميله")


def _verb_after_and(key: str) -> bool:
    """Is *key* (a lower-case word between "and" and the next person) the verb of a new clause
    (one of _EN_LIST_VERBS, or a word of five letters or more in -ed), not a qualifier of the
    next victim?"""
    return key in _EN_LIST_VERBS or len(key) > 4 and key.endswith("ed")


def next_person(sr: Any, x: int, limit: int) -> Any:
    """The first person whose (title) span starts at or after *x*, within *limit* tokens;
    mentions inside that person's title ("وقائد الجبهة في الحزب علي") are skipped."""
    for m in sr.args:
        if m.etype == "Person" and x <= title_start(m) <= x + limit and m.lo >= x:
            return m
    return None


def next_listed_victim(sr: Any, m: Any) -> Any:
    """The next member of a list of victims after *m*, allowing an apposition after *m*
    and a title before the next one: "X, head of Y, and Z", "X, a commander of Y, and his
    deputy Z", "العميد X، وقائد الجبهة الجنوبية في الحزب Y", "X ورفيقه Y". None if a clause
    starts in between ("X, the Pentagon said, adding ...")."""
    x = m.hi
    if x >= sr.hi:
        return None
    tk = sr.toks[x]
    if tk.ar or (tk.text == "،" or tk.text == ",") and sr.toks[m.lo].ar:
        if sr.f(x) & _AR_COMPANION:  # "سليماني ورفيقه أبو مهدي المهندس"
            return next_person(sr, x + 1, 0)
        if tk.text in ("،", ","):
            p = next_person(sr, x + 1, 0)
            if p is not None and sr.toks[title_start(p)].key.startswith("و"):
                return p
            return _ar_after_apposition(sr, x)
        return None
    if tk.text != ",":
        if sr.key(x) == "and":
            nxt = next_person(sr, x + 1, 3)
            intitle = sr._in_title_tokens()  # "and Hamas military chief Y"
            if nxt is not None and all(sr.key(y) in _EN_POSS_NOUN or y in intitle or
                                       sr.toks[y].cap is False and sr.key(y) not in _EN_CLAUSE
                                       and not _verb_after_and(sr.key(y))
                                       for y in range(x + 1, title_start(nxt))):
                return nxt
        return None
    # ", <apposition>, and (his deputy) Z"
    for y in range(x + 1, min(sr.hi - 1, x + 22)):
        k = sr.key(y)
        if k in _EN_CLAUSE or L.EN_KILL & {k}:
            return None
        if sr.toks[y].punct and sr.toks[y].text not in (",", "-", "'", "’"):
            return None
        if sr.toks[y].text == "," and sr.key(y + 1) == "and":
            nxt = next_person(sr, y + 2, 3)
            if nxt is None:
                return None
            if any(sr.key(z) in _EN_CLAUSE for z in range(y + 2, title_start(nxt))):
                return None
            return nxt
        mm = sr.mention_at.get(y)
        if mm is not None and mm.etype == "Person" and y == mm.lo:
            return None  # another person inside: "X, Y's deputy, ..." is not a list
    return None
_AR_APPOS_STOP = L._ar("قال", "قالت", "اضاف", "ان", "إن", "أن", "الذي", "التي", "الذين",
                      "فيما", "بينما", "اكد", "اكدت", "بحسب", "وفق", "وفقا", "حسب", "بعد",
                      "قبل", "اثناء", "خلال", "عندما", "حين", "اعلن", "اعلنت",
                      # "X، متأثراً بجروح أصيب بها في غارات ...، وتعيين Y خلفاً له": the
                      # circumstance of X's death, no apposition (session 62)
                      "متأثراً", "متأثرا", "متاثرا", "أصيب", "اصيب")


def _ar_after_apposition(sr: Any, comma: int) -> Any:
    """"X، نجل رئيس الحركة Z، والعريف في قوة ... Y": past an apposition of X (which may
    name the person X is described by, Z), the next list member introduced by و and a title
    or name after the closing comma; None when a clause word comes first."""
    for y in range(comma + 1, min(sr.hi - 1, comma + 16)):
        tk = sr.toks[y]
        if tk.ar and sr.f(y) & _AR_APPOS_STOP:
            return None
        if tk.text in ("،", ","):
            w = sr.toks[y + 1]
            if not (w.ar and w.key.startswith("و")):
                return None
            p = next_person(sr, y + 1, 12)  # "والعريف في قوة الأمن الداخلي القطرية Y"
            if p is None or any(sr.toks[z].punct and sr.toks[z].text not in "()«»" or
                                sr.f(z) & _AR_APPOS_STOP for z in range(y + 1, p.lo)):
                return None
            return p
        if tk.punct and tk.text not in ("«", "»", '"', "(", ")", "-"):
            return None
    return None


# "X، إضافة إلى (العالمين النوويين) Y وZ" / "X, as well as (nuclear scientist) Y": a list
# continued past a word of addition (session 45)
_AR_ADDITION = L._ar("إضافة", "إضافةً", "بالإضافة", "فضلا", "فضلاً", "علاوة")
_AR_ADD_PREP = L._ar("إلى", "الى", "عن", "على")
_EN_ADDITION = (("as", "well", "as"), ("in", "addition", "to"))
_EN_NOT_ADDED = frozenset({"wounding", "injuring", "wounded", "injured", "arresting",
                           "detaining", "capturing", "sparing", "targeting", "missing"})
# "..., إضافة إلى Y الذي نجا" / "as well as Y, who survived": Y is no victim
_AR_ADDED_SURVIVED = L._ar("نجا", "ونجا", "نجت", "ونجت", "أصيب", "وأصيب", "أصيبت", "جرح")
_EN_ADDED_SURVIVED = frozenset({"survived", "escaped", "unharmed", "unhurt", "survives"})


_AR_ADDED_RELATIVE = L._ar("الذي", "التي", "اللذين", "اللذان", "الذين", "اللتين", "اللتان")
_AR_REL_SKIP = L._ar("كان", "كانت", "قد")


def _other_relative(sr: Any, x: int) -> bool:
    """A relative clause after the added people (from *x* on) whose verb is no killing one:
    "..., فضلاً عن حسن نصر الله الذي هدد بالرد" / ", as well as Y, who vowed revenge": the
    sentence says something else of them (survived, threatened, missing), not their death;
    "Y الذي قُتل معه" / "Y, who was also killed" still adds Y."""
    for y in range(x, sr.hi):
        tk = sr.toks[y]
        if tk.ar and sr.f(y) & _AR_ADDED_RELATIVE:
            z = y + 1 + int(bool(sr.f(y + 1) & _AR_REL_SKIP))
            return not sr.f(z) & (L.AR_KILL_STRONG | L.AR_KILL)
        if not tk.ar and tk.key == "who" and sr.toks[y - 1].text == ",":
            ks = [sr.key(z) for z in range(y + 1, min(sr.hi, y + 4))]
            return not any(k in L.EN_KILL for k in ks)
    return False


def added_victims(sr: Any, m: Any) -> list:
    """The people a list ending at *m* adds after a word of addition, with their list:
    "... X، إضافة إلى العالمين النوويين Y وZ" -> [Y, Z]; "X, as well as nuclear scientist
    Y" -> [Y]. At most three words (a definite Arabic or lower-case English description)
    before the first of them; [] when none or when something else comes between."""
    x = m.hi + int(m.hi < sr.hi and sr.toks[m.hi].text in (",", "،"))
    if x + 2 >= sr.hi:
        return []
    if sr.toks[x].ar:
        if not (sr.f(x) & _AR_ADDITION and sr.f(x + 1) & _AR_ADD_PREP):
            return []
        start = x + 2
    else:
        keys = (sr.key(x), sr.key(x + 1), sr.key(x + 2))
        if keys not in _EN_ADDITION:
            return []
        start = x + 3
    p = next_person(sr, start, 3)
    if p is None:
        return []
    for y in range(start, title_start(p)):
        tk = sr.toks[y]
        if tk.punct or (tk.key[:2] not in ("ال", "لل") if tk.ar else
                        tk.cap or tk.key in _EN_CLAUSE or tk.key in _EN_NOT_ADDED):
            return []
    if any(sr.f(y) & _AR_ADDED_SURVIVED if sr.toks[y].ar else sr.key(y) in _EN_ADDED_SURVIVED
           for y in range(p.hi, sr.hi)) or _other_relative(sr, p.hi):
        return []
    return victims_before_new_clause(sr, sr.chain(p, ("Person",)))


def extend_victims(sr: Any, new: list) -> None:
    """Victims listed with appositions share the agents of the first one ("A U.S. strike
    killed X, head of ..., and Y, ..." -> Y too)."""
    for r in new:
        if r.type != AB:
            continue
        for m in [m for m in sr.args if m.eid == r.source and m.etype == "Person"]:
            c = title_start(m) - 1
            if c >= sr.lo and sr.f(c) & _AR_COMPANION:  # "سليماني ورفيقه المهندس"
                p = next((p for p in sr.args if p.hi == c and p.etype == "Person"), None)
                if p is not None and p.eid != r.target:
                    sr.add(AB, p.eid, r.target, "victim_list")
            prev = m  # "X, the deputy chief of Y, and Z were killed": X too
            for _ in range(6):
                p = None
                for q in reversed(sr.args):  # (a loop: no generator per step)
                    if q.etype == "Person" and q.hi <= title_start(prev) and \
                            next_listed_victim(sr, q) is prev:
                        p = q
                        break
                if p is None or p.eid == r.target:
                    break
                sr.add(AB, p.eid, r.target, "victim_list")
                prev = p
            cur = m
            for _ in range(6):
                nxt = next_listed_victim(sr, cur)
                if nxt is None or nxt.eid == r.target or \
                        len(victims_before_new_clause(sr, [cur, nxt])) == 1:
                    break
                sr.add(AB, nxt.eid, r.target, "victim_list")
                cur = nxt
            for p in added_victims(sr, cur):  # "..., إضافة إلى Y"
                if p.eid != r.target:
                    sr.add(AB, p.eid, r.target, "victim_list_added")
_APPOS_SKIP = frozenset({"the", "a", "an"})


def apposition_head(sr: Any, m: Any) -> Any:
    """The name an apposition describes: "X, the Quds Force commander" / "X، القائد السابق
    للفيلق": for a description mention *m* (or a relative pronoun's position given as an int)
    the person named right before the comma that opens the apposition; *m* itself otherwise.
    The apposition has no other name of a person and no clause punctuation."""
    if not isinstance(m, int) and (m is None or m.kind == "name"):
        return m
    y = m if isinstance(m, int) else title_start(m)
    for x in range(y - 1, max(sr.lo, y - 14) - 1, -1):
        tk = sr.toks[x]
        c = sr.mention_at.get(x)
        if c is not None and c.etype == "Person" and c.kind == "name":
            return m if not isinstance(m, int) else None  # "قائد ... X الذي": X is the head
        if tk.text in ("،", ","):
            h = sr.mention_at.get(x - 1)
            if h is not None and h.etype == "Person" and h.kind == "name" and h.hi == x:
                return h
            break
        if tk.punct and tk.text not in ("«", "»", '"', "'", "(", ")", "-"):
            break
    return m if not isinstance(m, int) else None


def _more_victims(victims: list, more: list) -> list:
    """*victims* then the companions in *more* not already among them."""
    have = {v.eid for v in victims}
    return victims + [m for m in more if m.eid not in have and not have.add(m.eid)]


# what may follow the last person of a list after a comma ("...، وقائد الجبهة Y في غارة")
_AR_AFTER_LISTED = L._ar("في", "فى", "من", "مع", "الذي", "التي", "اللذين", "بغارة", "بضربة",
                         "امس", "أمس")


def _past_kin_apposition(sr: Any, x: int) -> int:
    """The comma closing a short apposition after the comma at *x*, one word and a person
    ("العماد X، صهر بشار الأسد، ورئيس الخلية العماد Y": session 70); else *x*."""
    p = sr.mention_at.get(x + 2)
    if p is None or p.lo != x + 2 or p.etype != "Person" or p.hi >= sr.hi or \
            sr.toks[x + 1].punct or sr.toks[x + 1].key[:1] == "و" or \
            sr.toks[p.hi].text not in ("،", ","):
        return x
    return p.hi


def titled_list(sr: Any, people: list) -> list:
    """*people* (a :meth:`chain`) and the people joined to its last one by "و" + a title
    ("العميد X وآمر الفوج الثالث العقيد Y", "الأمينَ العام للحزب X ورئيسَ مجلسه التنفيذي Y"):
    a list the chain's connector test does not see through the title words."""
    out = list(people)
    for _ in range(4):
        x = out[-1].hi
        if x >= sr.hi:
            break
        tk = sr.toks[x]
        comma = tk.text in ("،", ",") and x + 1 < sr.hi and sr.toks[x + 1].ar
        if comma:
            x = _past_kin_apposition(sr, x)
            x += 1  # "العميد X، وقائد الجبهة الجنوبية في الحزب Y": a comma before و + title
            tk = sr.toks[x]
        if not tk.ar or not tk.key.startswith("و") or tk.key[1:] not in L.AR_TITLE_FIRST:
            break
        p = next((m for m in sr.args if m.lo > x and m.etype == "Person"), None)
        if p is None or p.lo - x > 10 or p in out or any(
                sr.toks[y].punct and sr.toks[y].text not in ("«", "»", '"')
                for y in range(x, p.lo)):
            break
        if comma and p.hi < sr.hi and not (sr.toks[p.hi].punct or sr.key(p.hi)[:1] == "و" or
                                           sr.key(p.hi) in _AR_AFTER_LISTED):
            break  # "، ووزير الخارجية Y يتوعد بالرد": Y opens a clause of his own
        out.extend(m for m in sr.chain(p, ("Person",)) if m not in out)
    return out


def titles_as_names(sr: Any, people: list) -> list:
    """*people* with each description mention that is only the title of the name right after it
    ("مقتل القيادي X والقيادي الآخر Y": "القيادي" read as someone named before) replaced by that
    name (session 25)."""
    out = []
    for m in people:
        if m.kind != "name":
            nxt = sr.after(m.hi, types=("Person",), maxgap=2)
            if nxt is not None and nxt.kind == "name" and not any(
                    sr.toks[y].punct for y in range(m.hi, nxt.lo)):
                m = nxt
        if m not in out:
            out.append(m)
    return out
