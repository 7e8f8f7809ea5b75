"""A state's capital, institutions and provinces named by a common noun, both scripts: a capital
by its country ("the Iraqi capital", "العاصمة العراقية" -> Baghdad), a state institution by its
nationality ("the Iraqi parliament", "البرلمان العراقي" -> one id, Iraqi Parliament) and an Arabic
administrative place ("محافظة الأنبار" -> Anbar)."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from loaders.extract import lexicon as L
from loaders.extract.mention_base import (
    MentionWork,
    _is_adjective,
    make_mention,
)
from loaders.extract.titles import (
    _may_title,
)
from loaders.extract.tokens import STEM
from loaders.textnorm import (
    core_tokens,
    strip_article_ar,
)

if TYPE_CHECKING:
    pass


def capital_descriptions(w: MentionWork) -> None:
    """A capital named by its country ("العاصمة العراقية" / "the Iraqi capital", no name
    after it): that country's capital."""
    doc, si, s, toks, covered, out = w.doc, w.si, w.s, w.toks, w.covered, w.out
    for k in range(s.lo, s.hi - 1):
        t = toks[k]
        if k in covered or t.key not in CAPITAL_KEYS:
            continue
        if t.ar:
            nat = L.NATIONALITY.get(toks[k + 1].key)
            nxt, lo_c, hi_c = k + 2, k, k + 2
        else:
            nat = L.NATIONALITY.get(toks[k - 1].key) if k - 1 >= s.lo else None
            nxt, lo_c, hi_c = k + 1, k - 1, k + 1
        if nat is None or (nxt < s.hi and (nxt in covered or (not toks[nxt].ar and
                                                               toks[nxt].cap))):
            continue
        cid = capital_id(doc.gaz, nat)
        if cid is None or lo_c in covered:
            continue
        pre = ""
        if t.ar and t.key != "العاصمه":
            pre = t.key[: len(t.key) - len("العاصمه")]
        me = make_mention(doc, si, lo_c, hi_c, cid, kind="desc", off=len(pre) if t.ar else 0,
                      prefix=pre)
        out.append(me)
        for x in range(lo_c, hi_c):
            covered[x] = me


def national_institutions(w: MentionWork) -> None:
    """A state institution named by its nationality: "البرلمان العراقي", "the
    Iraqi parliament" -> organization:iraqi-parliament (one id in both scripts)."""
    doc, si, s, toks, covered, out = w.doc, w.si, w.s, w.toks, w.covered, w.out
    for k in range(s.lo, s.hi - 1):
        if k in covered or (k + 1) in covered:
            continue
        t, n = toks[k], toks[k + 1]
        if t.ar:
            inst = AR_INSTITUTIONS.get(t.key) or AR_INSTITUTIONS.get(t.key[1:]) \
                if t.key[:1] in "وبل" else AR_INSTITUTIONS.get(t.key)
            nat = L.NATIONALITY.get(n.key) if inst else None
            lo_i, off = k, (len(t.key) - len(t.key.lstrip("وبل")) if t.key not in
                            AR_INSTITUTIONS else 0)
        else:
            inst = EN_INSTITUTIONS.get(n.key)
            nat = L.NATIONALITY.get(t.key) if inst and t.key.isalpha() else None
            lo_i, off = k, 0
        adj = (EN_NATIONALITY.get(nat) or L.DEMONYM_EN.get(nat)) if inst and nat else None
        if adj is None:
            continue
        latin = f"{adj} {inst}"
        eid = doc.new_entity("Organization", latin, core_tokens(latin))
        doc._add_alias(eid, doc.text[t.start:n.end])
        me = make_mention(doc, si, lo_i, k + 2, eid, off=off)
        out.append(me)
        covered[k] = covered[k + 1] = me


# words after an administrative head that name no place: «ولاية العهد» is the office of crown
# prince (session 72: «إعفاؤه من ولاية العهد» gave a place "Al-Ahd")
_AR_NOT_ADMIN_NAME = L._ar("العهد")


def arabic_admin_places(w: MentionWork) -> None:
    """Arabic administrative places not in the gazetteer: "محافظة الأنبار" ->
    Anbar."""
    doc, si, s, toks, covered, out = w.doc, w.si, w.s, w.toks, w.covered, w.out
    for k in range(s.lo, s.hi - 1):
        t = toks[k]
        if not t.ar or k in covered or (k + 1) in covered or not admin_head(t.stems):
            continue
        n = toks[k + 1]
        if t.key.endswith(AR_ADMIN_DEFINITE):
            continue  # "للمحافظة خلفاً لـY": a definite head is in no construct (session 16)
        if not n.ar or n.punct or len(n.key) < 4 or n.key in L.AR_STOP or \
                n.key in L.NATIONALITY or _is_adjective(n.key) or n.key in L.AR_QUALIFIERS \
                or n.key in L.AR_COMMON_NOUNS or _may_title(n) or \
                strip_article_ar(n.key) in L.AR_COMMON_NOUNS or n.key in _AR_NOT_ADMIN_NAME:
            continue
        eid = doc.new_entity("Location", n.text, [strip_article_ar(n.key)])
        hst = next(st for _o, st in t.stems if st in AR_ADMIN_HEADS)
        pre = t.key[: len(t.key) - len(hst)] if t.key.endswith(hst) else ""
        me = make_mention(doc, si, k, k + 2, eid, off=t.stems[-1][0] if len(t.stems) > 1 else 0,
                      prefix=pre)
        out.append(me)
        covered[k] = covered[k + 1] = me


CAPITALS = {  # country id -> the capital's name (its gazetteer id is looked up)
    "country:iraq": "Baghdad", "country:iran": "Tehran", "country:united-states": "Washington",
    "country:syria": "Damascus", "country:lebanon": "Beirut", "country:saudi-arabia": "Riyadh",
    "country:turkey": "Ankara", "country:jordan": "Amman", "country:egypt": "Cairo",
    "country:qatar": "Doha", "country:united-arab-emirates": "Abu Dhabi",
    "country:russia": "Moscow", "country:united-kingdom": "London", "country:france": "Paris",
    "country:germany": "Berlin", "country:china": "Beijing", "country:yemen": "Sanaa",
    "country:israel": "Jerusalem", "country:afghanistan": "Kabul",
    "country:pakistan": "Islamabad", "country:kuwait": "Kuwait City"}


def capital_id(gaz, country: str) -> str | None:
    """The gazetteer id of *country*'s capital (None if the gazetteer lacks it)."""
    name = CAPITALS.get(country)
    if not name:
        return None
    toks = tuple(name.lower().split())
    for eid, _s, _a in gaz.exact.get(toks, ()):
        return eid
    return None


AR_INSTITUTIONS = {L.fold_ar(k): v for k, v in {
    "البرلمان": "Parliament", "الجيش": "Army", "الشرطة": "Police", "البحرية": "Navy",
    "الكونغرس": "Congress", "الكونجرس": "Congress"}.items()}

EN_INSTITUTIONS = {"parliament": "Parliament", "army": "Army", "police": "Police",
                   "navy": "Navy", "congress": "Congress"}

EN_NATIONALITY = {"country:iraq": "Iraqi", "country:iran": "Iranian",
                  "country:united-states": "US", "country:syria": "Syrian",
                  "country:lebanon": "Lebanese", "country:saudi-arabia": "Saudi",
                  "country:turkey": "Turkish", "country:israel": "Israeli",
                  "country:jordan": "Jordanian", "country:egypt": "Egyptian",
                  "country:russia": "Russian", "country:united-kingdom": "British",
                  "country:france": "French", "country:germany": "German",
                  "country:yemen": "Yemeni", "country:kuwait": "Kuwaiti",
                  "country:qatar": "Qatari"}

AR_ADMIN_HEADS = frozenset(L.fold_ar(w) for w in (
    "محافظة", "محافظه", "مدينة", "مدينه", "قضاء", "ناحية", "ناحيه", "بلدة", "بلده", "ولاية",
    "ولايه"))

AR_ADMIN_DEFINITE = tuple(sorted(p + h for h in AR_ADMIN_HEADS for p in ("ال", "لل")))


@lru_cache(maxsize=100_000)
def admin_head(stems: tuple) -> bool:
    return not AR_ADMIN_HEADS.isdisjoint(map(STEM, stems))  # (tested in C: no generator)


CAPITAL_KEYS = ("capital", "العاصمه", "والعاصمه", "بالعاصمه", "للعاصمه", "capital's")
