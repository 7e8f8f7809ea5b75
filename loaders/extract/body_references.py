"""References back to a body or outlet the article named before, both scripts: a plural group
noun ("the factions" -> "Iran-backed armed factions"), a body's possessive before a title ("the
group's spokesman"), the international coalition ("the US-led coalition", "التحالف الدولي"; a
bare "the coalition" after it), an Arabic head noun alone ("الكتائب" -> "كتائب حزب الله",
"الإقليم" -> "إقليم كردستان") and an outlet by its kind ("the agency", "للصحيفة ذاتها")."""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from loaders.extract import lexicon as L
from loaders.extract.mention_base import (
    _B_OUTLET_REF,
    Mention,
    MentionWork,
    make_mention,
)
from loaders.textnorm import (
    strip_article_ar,
)

if TYPE_CHECKING:
    from loaders.extract.mentions import Doc


def english_group_nouns(w: MentionWork) -> None:
    """A plural group noun, "the factions" / "the militias": the group named so earlier
    ("armed factions")."""
    doc, si, s, toks, covered, out = w.doc, w.si, w.s, w.toks, w.covered, w.out
    for k in range(s.lo + 1, s.hi):
        t = toks[k]
        if t.ar or k in covered or t.key not in EN_GROUP_NOUNS or toks[k - 1].key != "the" \
                or (k >= 2 and toks[k - 2].key in ("of", "among")):
            continue
        ante = group_antecedent(doc, t.key)
        if ante is not None:
            me = make_mention(doc, si, k - 1, k + 1, ante, kind="desc")
            out.append(me)
            covered[k - 1] = covered[k] = me


def international_coalition(w: MentionWork) -> None:
    """The international coalition: "the US-led coalition", "the international
    coalition", "التحالف الدولي" (one id in both scripts); a bare "the coalition" after it."""
    doc, si, s, toks, covered, out = w.doc, w.si, w.s, w.toks, w.covered, w.out
    for k in range(s.lo, s.hi):
        t = toks[k]
        if k in covered:
            continue
        lo_c = hi_c = None
        if not t.ar and t.key == "coalition" and not t.cap and k > s.lo:
            p = k - 1
            while p >= s.lo and toks[p].key in ("international", "-", "led", "us", "u.s",
                                                  "u.s.", "american", "anti", "isis",
                                                  "western", "global", "military"):
                p -= 1
            words = {toks[x].key for x in range(p + 1, k)}
            nxt = toks[k + 1].key if k + 1 < s.hi else ""
            if words & {"led", "international", "isis"}:
                lo_c, hi_c = k, k + 1
            elif getattr(doc, "coalition_seen", False) and nxt not in EN_COALITION_NOT and (
                    toks[k - 1].key == "the" or nxt in L.EN_TITLE_FIRST or (
                        toks[k - 1].key in ("a", "an") and nxt in EN_STRIKE_AFTER)):
                lo_c, hi_c = k, k + 1  # "the coalition", "coalition spokesman X"
            elif nxt not in EN_COALITION_NOT:
                named_coalition_en(w, k)  # "the Saudi-led coalition ... a coalition strike"
        elif t.ar and t.stems and t.stems[0][1] == AR_TAHALUF and \
                t.key[t.stems[0][0]:].startswith("ال") and k + 1 < s.hi and \
                toks[k + 1].key in AR_INTERNATIONAL:
            lo_c, hi_c = k, k + 2
        if lo_c is None or any(x in covered for x in range(lo_c, hi_c)):
            continue
        eid = doc.new_entity("Organization", "International Coalition",
                             ["international", "coalition"])
        off = t.stems[0][0] if t.ar else 0
        me = make_mention(doc, si, lo_c, hi_c, eid, off=off, prefix=t.key[:off] if t.ar else "")
        out.append(me)
        for x in range(lo_c, hi_c):
            covered[x] = me
        doc.coalition_seen = True  # type: ignore[attr-defined]


EN_STRIKE_AFTER = frozenset({"strike", "strikes", "airstrike", "airstrikes", "air", "raid",
                             "raids", "drone", "jets", "warplanes", "aircraft", "bombing",
                             "forces", "attack"})


def named_coalition_en(w: MentionWork, k: int) -> None:
    """A bare lower-case "the coalition" / "a coalition strike" at *k* after the article named
    a coalition in full ("the Saudi-led coalition"): that coalition (else nothing)."""
    doc, toks = w.doc, w.toks
    if toks[k - 1].key not in ("the", "a", "an") or (
            toks[k - 1].key != "the" and (
                k + 1 >= len(toks) or toks[k + 1].key not in EN_STRIKE_AFTER)):
        return
    ante = group_antecedent(doc, "coalition")
    if ante is None:
        return
    me = make_mention(doc, w.si, k, k + 1, ante)
    w.out.append(me)
    w.covered[k] = me


def group_possessive(w: MentionWork) -> None:
    """A body's possessive before a title or an office ("the group's secretary-general X",
    "the movement's spokesman"): the body named most recently."""
    doc, si, s, toks, covered, out = w.doc, w.si, w.s, w.toks, w.covered, w.out
    for k in range(s.lo + 1, s.hi - 1):
        t = toks[k]
        if t.ar or not t.poss or k in covered or t.key not in EN_GROUP_SINGULAR or \
                toks[k - 1].key != "the":
            continue
        ante = next((m.eid for m in itertools.chain(reversed(out), reversed(doc.ments))
                     if m.etype == "Organization" and m.kind == "name" and
                     (m.sent < si or m.hi <= k) and not EN_FORCE_WORDS.intersection(
                         doc.text[m.start:m.end].lower().split()) and
                     not EN_STATE_BODY_WORDS.intersection(  # not "the Iraqi government"
                         doc.text[m.start:m.end].lower().split())), None)
        if ante is not None:
            me = make_mention(doc, si, k - 1, k + 1, ante, kind="desc")
            out.append(me)
            covered[k - 1] = covered[k] = me


def arabic_body_anaphora(w: MentionWork) -> None:
    """An Arabic head noun used alone ("الكتائب" / "للحزب" / "الهيئة" / "الإقليم"): the
    body or region named before whose name begins with that noun ("كتائب حزب الله", "هيئة
    الحشد", "إقليم كردستان")."""
    doc, si, s, toks, covered, out = w.doc, w.si, w.s, w.toks, w.covered, w.out
    for k in w.heads_at:
        t = toks[k]
        if k in covered or not t.ar or not t.stems:
            continue
        head = t.stems[0][1]
        if head not in AR_ANAPHOR_HEADS or not t.key[t.stems[0][0]:].startswith(("ال", "ل")):
            continue
        if not t.key.startswith(("ال", "لل", "وال", "بال", "فال", "كال", "ولل", "فلل")):
            continue
        if k + 1 < s.hi and toks[k + 1].ar and (k + 1) not in covered and \
                strip_article_ar(toks[k + 1].key) != toks[k + 1].key:
            continue  # "الحزب الديمقراطي ...": another body, described or named
        ante = ar_head_antecedent(doc, out, head, k)
        if ante is None:
            continue
        pre_n = t.stems[0][0]
        me = make_mention(doc, si, k, k + 1, ante, kind="desc", off=pre_n,
                      prefix=t.key[:pre_n])
        out.append(me)
        covered[k] = me


def outlet_references(w: MentionWork) -> None:
    """An outlet named by its kind ("للصحيفة (ذاتها)", "the newspaper", "the agency"): the
    outlet named before."""
    doc, si, s, toks, covered, out = w.doc, w.si, w.s, w.toks, w.covered, w.out
    for k in (w.heads_at if toks[s.lo].ar else
              range(s.lo, s.hi) if w.bits & _B_OUTLET_REF else ()):
        t = toks[k]
        if k in covered or t.punct:
            continue
        if t.ar:
            if not t.stems or t.stems[0][1] not in AR_OUTLET_NOUNS or \
                    not t.key.startswith(("ال", "لل", "وال", "بال")):
                continue
            if k + 1 < s.hi and toks[k + 1].ar and not toks[k + 1].punct and \
                    toks[k + 1].key not in AR_SAME and (
                        strip_article_ar(toks[k + 1].key) != toks[k + 1].key or
                        (k + 1) in covered):
                continue  # "وكالة الأنباء العراقية": a described outlet, not a reference
            lo_o = k
        else:
            if t.key not in EN_OUTLET_REF or k == s.lo or toks[k - 1].key != "the" or (
                    k + 1 < s.hi and toks[k + 1].cap):
                continue
            lo_o = k - 1
        ante = next((m.eid for m in itertools.chain(reversed(out), reversed(doc.ments))
                     if m.etype == "Outlet" and m.kind == "name"), None)
        if ante is None:
            continue
        off = t.stems[0][0] if t.ar else 0
        me = make_mention(doc, si, lo_o, k + 1, ante, kind="desc", off=off,
                      prefix=t.key[:off] if t.ar else "")
        out.append(me)
        covered[k] = me


EN_GROUP_NOUNS = frozenset({"factions", "militias", "groups", "militiamen", "paramilitaries"})

AR_TAHALUF = L.fold_ar("تحالف")

EN_COALITION_NOT = frozenset({"government", "governments", "partner", "partners", "talks",
                              "parties", "party", "deal", "agreement", "cabinet", "bloc"})

AR_INTERNATIONAL = frozenset(L.fold_ar(w) for w in ("الدولي", "الدولية"))

EN_FORCE_WORDS = frozenset({"forces", "troops", "army", "military", "soldiers"})

# a state body is no "group" / "movement" / "party" ("... to avoid embarrassing the Iraqi
# government. The statement was signed by the group's secretary-general, X": the faction
# named before it; session 70)
EN_STATE_BODY_WORDS = frozenset({"government", "ministry", "parliament", "cabinet", "presidency",
                                 "embassy"})

EN_GROUP_SINGULAR = frozenset({"group", "movement", "militia", "organization", "organisation",
                               "faction", "party", "alliance", "coalition"})


def group_antecedent(doc: Doc, noun: str) -> str | None:
    """The organisation most recently named with *noun* as its last word ("Iran-backed armed
    factions" for "the factions"), else None."""
    for m in reversed(doc.ments):
        if m.etype == "Organization" and m.kind == "name":
            words = doc.text[m.start:m.end].lower().split()
            if words and words[-1] == noun:
                return m.eid
    return None


AR_OUTLET_NOUNS = frozenset(L.fold_ar(w) for w in ("صحيفة", "وكالة", "قناة", "شبكة", "إذاعة"))

AR_SAME = frozenset(L.fold_ar(w) for w in ("ذاتها", "نفسها", "ذاته", "نفسه"))

EN_OUTLET_REF = frozenset({"newspaper", "paper", "agency", "channel", "broadcaster",
                           "daily", "website"})


AR_ANAPHOR_HEADS = frozenset(L.fold_ar(w) for w in (
    "كتائب", "حزب", "هيئة", "حركة", "منظمة", "تحالف", "ائتلاف", "تيار", "جبهة", "إقليم",
    "فيلق", "عصائب", "سرايا", "تنظيم"))


def ar_head_antecedent(doc: Doc, out: list[Mention], head: str, k: int) -> str | None:
    """The body or region most recently named (this sentence before token *k*, else
    earlier) whose name begins with the noun *head*."""
    toks = doc.toks
    cur = sorted((m for m in out if m.hi <= k), key=lambda m: m.lo)
    for m in itertools.chain(reversed(cur), reversed(doc.ments)):
        if m.kind != "name" or m.etype not in ("Organization", "Location") or m.hi - m.lo < 2:
            continue
        t0 = toks[m.lo]
        if t0.ar and (t0.key == head or any(st == head for _o, st in t0.stems)):
            return m.eid
    return None
