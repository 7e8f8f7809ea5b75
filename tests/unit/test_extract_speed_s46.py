"""Speed of session 46: ``FuzzyNames._fuzzy_ranked`` compares a long whole-name skeleton that
no known name has with those of one letter more, as many or one fewer, each with
``Levenshtein.distance`` (about 360 calls per real-text article); ``_skels_near`` gives only
the skeletons that share its first or last three letters, in the same order. The skeletons it
keeps within one edit must be exactly those of the full scan, in the same order."""

import random

from rapidfuzz.distance import Levenshtein

from loaders.extract.rules import RuleExtractor

_GAZ = RuleExtractor().gaz


def _by_len() -> dict[int, list[str]]:
    if not _GAZ._skel_by_len and _GAZ.full_skel:  # (as _fuzzy_ranked builds it)
        for sk in _GAZ.full_skel:
            _GAZ._skel_by_len[len(sk)].append(sk)
    return _GAZ._skel_by_len


def _scan(whole: str) -> list[str]:
    """What _fuzzy_ranked read before: every skeleton of the three lengths, compared."""
    by_len = _by_len()
    return [sk for n in (len(whole) - 1, len(whole), len(whole) + 1)
            for sk in by_len.get(n, ()) if Levenshtein.distance(sk, whole, score_cutoff=1) <= 1]


def _near(whole: str) -> list[str]:
    _by_len()
    return [sk for sk in _GAZ._skels_near(whole)
            if Levenshtein.distance(sk, whole, score_cutoff=1) <= 1]


def _queries(n: int) -> list[str]:
    """Known skeletons, each also with one letter changed, dropped or added, and strings of
    the skeletons' letters; six letters or more (the scan's own condition)."""
    rng = random.Random(46)
    sks = sorted(sk for sk in _GAZ.full_skel if len(sk) >= 5)
    letters = sorted(set("".join(sks)))
    out = []
    for sk in rng.sample(sks, n):
        w = list(sk)
        i = rng.randrange(len(w))
        op = rng.randrange(3)
        if op == 0:
            w[i] = rng.choice(letters)
        elif op == 1:
            del w[i]
        else:
            w.insert(i, rng.choice(letters))
        out += [sk, "".join(w), "".join(rng.choice(letters) for _ in range(rng.randrange(6, 14)))]
    return [w for w in out if len(w) >= 6]


def test_near_skeletons_are_the_scans():
    qs = _queries(400)
    assert sum(bool(_scan(w)) for w in qs) > 200  # (most queries have a near skeleton)
    for w in qs:
        assert _near(w) == _scan(w), w


def test_one_edit_each_way():
    sk = next(s for s in sorted(_GAZ.full_skel) if len(s) >= 8)
    changed = sk[:3] + ("b" if sk[3] != "b" else "d") + sk[4:]  # same length
    for w in (sk, sk[:4] + sk[5:], sk[:4] + "k" + sk[4:], changed, "k" + sk[1:], sk[:-1] + "k"):
        assert sk in _near(w), w
        assert _near(w) == _scan(w), w
