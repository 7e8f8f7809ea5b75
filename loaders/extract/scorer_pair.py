"""The features of a candidate pair for the learned scorer of ``relation_scorer``, made from
the sentence's ``SentInfo`` (``scorer_features``): ``pair_features`` in the order the weights
add them: ``base_features`` (language, entity types, distance, mentions between, the rules'
relations of each), the cue positions of ``cue_features``, the words of the windows around
and between the pair (off since session 28: ``WINDOW_WORDS``), the words next to each mention, ``tail_features``, the rest of
``cue_features`` (the nearest cue of each class and where it stands, negation, planning).
``scorer_bound`` scores the base, tail and cue features exactly and bounds the words."""

from __future__ import annotations

from functools import cache

from loaders.extract.mention_base import Mention
from loaders.extract.scorer_clauses import clause_features, glue_feature
from loaders.extract.scorer_features import SentInfo, _bucket, _cue_feats

# ---- strings made once, not once per pair ------------------------------------------------
_BUCKETS = tuple(_bucket(n) for n in range(14))  # _bucket(n) = _BUCKETS[min(max(n, 0), 13)]
_D_FEAT = tuple(f"D={x}" for x in _BUCKETS)
_NB_FEAT = tuple(f"NB={x}" for x in _BUCKETS)
_NPB_FEAT = tuple(f"NPB={x}" for x in _BUCKETS)
_PREV_B = {k: f"prevB:{k}" for k in ("and", "و", ",", "،", "with", "مع")}
_CORE_CUES = ("meet", "succ", "kill")
# (side, class name, signed distance) -> "dA:meet:+2": the nearest cue of a class
_DIST_FEAT = {(side, name, sign, n): f"d{side}:{name}:{'-' if sign else '+'}{_BUCKETS[n]}"
              for side in "AB" for name in _CORE_CUES for sign in (0, 1) for n in range(14)}
# per position of a cue (L, M, R, T): its cue bits -> _cue_feats (a look-up, not a call)
_POS = ("L", "M", "R", "T")
_CUE_FEATS: tuple[dict[int, tuple[tuple[str, str], ...]], ...] = ({}, {}, {}, {})
_MAX_WORD_FEATS = 200_000  # per tag: the cache below is emptied past this many words


def nearest_cue(ks: list[int], mlo: int, mhi: int) -> tuple[bool, int]:
    """Where the nearest of the cue positions *ks* stands from the mention ``[mlo, mhi)`` (the
    first of equally near ones): (before it, its distance capped at 13), the key of
    ``_DIST_FEAT`` after the side and the cue class."""
    best = 0
    ab = -1
    for k in ks:
        d = k - mhi + 1 if k >= mhi else k - mlo
        ad = d if d >= 0 else -d
        if ab < 0 or ad < ab:
            best, ab = d, ad
    return best < 0, ab if ab < 13 else 13


def between_counts(ments: list[Mention], ahi: int, blo: int, aeid: str, beid: str
                   ) -> tuple[int, int]:
    """How many mentions of other entities, and of other people, stand between the pair's
    mentions (each capped at 13: the index of ``_NB_FEAT`` and ``_NPB_FEAT``)."""
    nb = npb = 0
    for m in ments:
        if ahi <= m.lo and m.hi <= blo and m.eid != aeid and m.eid != beid:
            nb += 1
            if m.etype == "Person":
                npb += 1
    return (nb if nb < 13 else 13), (npb if npb < 13 else 13)


@cache
def _type_feats(lang: str, ta: str, tb: str, ka: str, kb: str) -> tuple[str, ...]:
    """The first features of a pair: language, entity types, mention kinds."""
    return (f"lang={lang}", f"T={ta}|{tb}", f"Ta={ta}", f"Tb={tb}", f"K={ka}|{kb}")


@cache
def _order_feats(name: str, ta: str, tb: str) -> tuple[str, str, str, str, str]:
    """(neg<name, modal<name, name<A|T=.., A<name<B|T=.., B<name|T=..) for a cue class."""
    t = f"T={ta}|{tb}"
    return (f"neg<{name}", f"modal<{name}", f"{name}<A|{t}", f"A<{name}<B|{t}",
            f"B<{name}|{t}")


# tag -> {word: "tag:word"}: the word features already made (emptied, by trim_word_feats,
# past _MAX_WORD_FEATS words of a tag)
_WORD_FEATS: dict[str, dict[str, str]] = {
    t: {} for t in ("L", "T", "M", "R", "preA", "postA", "preB", "postB", "cueA", "cueB")}


def _tagged(w: str, tag: str) -> str:
    """The feature "tag:word", made once."""
    d = _WORD_FEATS[tag]
    x = d.get(w)
    if x is None:
        x = d[w] = f"{tag}:{w}"
    return x


# the word windows of a pair: this many words before a (and its title) and after b; the
# words between only when at most WINDOW_BETWEEN apart (``scorer_bound`` bounds these)
WINDOW_OUT = 3
WINDOW_BETWEEN = 12
# the window words are features at all (session 28, scorerfit: off; trained without them and
# with C 0.1 the scorer gained +0.0125 core F1 on the newest writers held out, IO-IW, and lost
# 0.009 less on the older-era writers held out; docs/extraction.md "Session 28:
# generalisation")
WINDOW_WORDS = False


def base_features(a: Mention, b: Mention, ments: list[Mention], lang: str,
                  rule_roles: dict[str, set[str]]) -> list[str]:
    """The first features of a pair (language, types, kinds, distance, mentions between,
    role / title / possessive flags, the rules' relations of each): what ``scorer_bound``
    scores exactly before it bounds the rest."""
    ahi, blo, aeid, beid = a.hi, b.lo, a.eid, b.eid
    f = list(_type_feats(lang, a.etype, b.etype, a.kind, b.kind))
    between = blo - ahi
    f.append(_D_FEAT[(between if between < 13 else 13) if between > 0 else 0])
    nb, npb = between_counts(ments, ahi, blo, aeid, beid)
    f.append(_NB_FEAT[nb])
    f.append(_NPB_FEAT[npb])
    for flag, feat in ((a.role, "roleA"), (b.role, "roleB"), (a.in_title, "titleA"),
                       (b.in_title, "titleB"), (a.poss, "possA"), (b.poss, "possB")):
        if flag:
            f.append(feat)
    if rule_roles:
        for side, m in (("A", a), ("B", b)):
            for r in sorted(rule_roles.get(m.eid, ())):
                f.append(f"rule{side}:{r}")
    return f


def tail_features(si: SentInfo, a: Mention, b: Mention) -> list[str]:
    """The people named in the sentence, whether a is the first of them, the word joining b
    to what stands before it ("and" / "with" ...)."""
    f = [si.np_feat]
    if si.first_person == a.eid:
        f.append("firstPersonA")
    if b.lo > si.lo:
        x = _PREV_B.get(si.toks[b.lo - 1].key)
        if x is not None:
            f.append(x)
    return f


def cue_features(si: SentInfo, a: Mention, b: Mention, lang: str
                 ) -> tuple[list[str], list[str]]:
    """The features of the cue words of a pair's sentence: (where each cue class stands, and
    then: how far the nearest cue of a core class stands from each mention, how the clauses
    split the pair and the list glue of ``scorer_clauses``, the cue word nearest each mention and whether the mention is its subject or object, a negation or
    planning word before the first core cue and where that cue stands). ``scorer_bound``
    scores them exactly."""
    lo, words = si.lo, si.words
    alo, ahi, blo, bhi = a.lo, a.hi, b.lo, b.hi
    f1: list[str] = []
    f: list[str] = []
    # cue classes by position (L: before a's title, T: a's title, M: between, R: after b)
    tl = a.tlo if 0 <= a.tlo < alo else alo
    cue_at: dict[str, list[int]] = {}  # class -> its cues' positions (the first: cue_at[0])
    core_cues = []
    cf_l, cf_m, cf_r, cf_t = _CUE_FEATS
    for k, bits in si.cues:
        if alo <= k < ahi or blo <= k < bhi:
            continue
        if bits & 7:
            core_cues.append((k, bits))
        cf = cf_l if k < tl else cf_m if ahi <= k < blo else cf_r if k >= bhi else cf_t
        x = cf.get(bits)
        if x is None:
            pos = next(p for p, d in zip(_POS, _CUE_FEATS, strict=True) if d is cf)
            x = cf[bits] = _cue_feats(pos, bits)
        for name, feat in x:
            f1.append(feat)
            ks = cue_at.get(name)
            if ks is None:
                cue_at[name] = [k]
            else:
                ks.append(k)
    # how far the cue words stand from each mention (nearest cue of each class; the first
    # of equally near ones)
    for name in _CORE_CUES:
        ks = cue_at.get(name)
        if not ks:
            continue
        for side, mlo, mhi in (("A", alo, ahi), ("B", blo, bhi)):
            f.append(_DIST_FEAT[(side, name, *nearest_cue(ks, mlo, mhi))])
    f += clause_features(si.marks, alo, ahi, blo, cue_at)
    x = glue_feature(si.toks, lo, alo, blo, lang, cue_at)
    if x is not None:
        f.append(x)
    # the cue word nearest each mention, and whether the mention is the subject of a cue
    # verb (English "A met", Arabic verb-first "التقى A") or what follows it ("met B")
    if core_cues:
        for side, tag, m in (("A", "cueA", a), ("B", "cueB", b)):
            mlo, mhi = m.lo, m.hi
            tlo = m.tlo if 0 <= m.tlo < mlo else mlo
            best_key = None
            for kb in core_cues:
                k0 = kb[0]
                key = (abs(k0 - mhi + 1) if k0 >= mhi else abs(k0 - mlo), k0)
                if best_key is None or key < best_key:
                    best_key, k, bits = key, k0, kb[1]
            w = words[k - lo][0]
            x = _WORD_FEATS[tag].get(w)
            f.append(x if x is not None else _tagged(w, tag))
            cls = "meet" if bits & 1 else "succ" if bits & 2 else "kill"
            if k in (mhi, mhi + 1):
                f.append(f"subj{side}:{cls}" if lang == "en" else f"after{side}:{cls}")
            elif k in (tlo - 1, tlo - 2):
                f.append(f"subj{side}:{cls}" if lang == "ar" else f"obj{side}:{cls}")
    # a negation or planning word just before the first meeting / killing cue
    sbits = si.bits
    for name in _CORE_CUES:
        ks = cue_at.get(name)
        if ks is None:
            continue
        k = ks[0]
        neg, modal, before, mid, after = _order_feats(name, a.etype, b.etype)
        for j in range(max(lo, k - 4), k):
            bits = sbits[j - lo]
            if bits & 16:
                f.append(neg)
            if bits & 32:
                f.append(modal)
        if k < alo:
            f.append(before)
        elif k < blo:
            f.append(mid)
        else:
            f.append(after)
    return f1, f


def pair_features(si: SentInfo, a: Mention, b: Mention, ments: list[Mention], lang: str,
                  rule_roles: dict[str, set[str]],
                  parts: tuple[list[str], tuple[list[str], list[str]]] | None = None
                  ) -> list[str]:
    """Sparse binary features of the ordered pair (a before b) of a sentence, in this order:
    ``base_features``, the cue positions, the window words, the words next to each
    mention, ``tail_features``, the other ``cue_features``. *parts*: the pair's
    (``base_features``, ``cue_features``) if already made (the first list is extended)."""
    lo, hi, words = si.lo, si.hi, si.words
    alo, ahi, blo, bhi = a.lo, a.hi, b.lo, b.hi
    if parts is None:
        f = base_features(a, b, ments, lang, rule_roles)
        cue1, cue2 = cue_features(si, a, b, lang)
    else:
        f, (cue1, cue2) = parts
    f += cue1
    tl = a.tlo if 0 <= a.tlo < alo else alo
    # words: three before a (and its title), between (if close), three after b; only the
    # words of a cue class (session 26: the other words are the writer's own and did not
    # carry to new writers; held out, the pair's precision rose without them). Off since
    # session 28 (WINDOW_WORDS): the cue classes by position say what they said
    wf = _WORD_FEATS
    if WINDOW_WORDS:
        between, sbits = blo - ahi, si.bits
        for pos, k0, k1 in (("L", max(lo, tl - WINDOW_OUT), tl), ("T", tl, alo),
                            ("M", ahi, blo if between <= WINDOW_BETWEEN else ahi),
                            ("R", bhi, min(hi, bhi + WINDOW_OUT))):
            if k0 >= k1:
                continue
            d = wf[pos]
            for k in range(k0, k1):
                if blo <= k < bhi or not sbits[k - lo]:
                    continue
                for w in words[k - lo]:
                    x = d.get(w)
                    if x is None:
                        x = d[w] = f"{pos}:{w}"
                    f.append(x)
    # the words right next to each mention
    for tag, k in (("preA", tl - 1), ("postA", ahi),
                   ("preB", (b.tlo if 0 <= b.tlo < blo else blo) - 1), ("postB", bhi)):
        w = words[k - lo][0] if lo <= k < hi else "<edge>"
        x = wf[tag].get(w)
        f.append(x if x is not None else _tagged(w, tag))
    f += tail_features(si, a, b)
    f += cue2
    return list(dict.fromkeys(f))


def trim_word_feats() -> None:
    """Empty the cache of word features of a tag past _MAX_WORD_FEATS words (once per
    article)."""
    for d in _WORD_FEATS.values():
        if len(d) > _MAX_WORD_FEATS:
            d.clear()
