"""Arabic: where a new person's name starts when its first word is read as something else
(session 22, ``names``).

* ``khalifa_after_title``: "خليفة" is the noun "successor" (خليفة سليماني) and so never a name
  word, but right after a title, a rank or a nationality it is the given name Khalifa ("المشير
  خليفة حفتر"، "القائد العام خليفة بلقاسم حفتر"، "الرئيس الإماراتي خليفة الغويل"). Run before
  the title step, which then attaches the title to the name found here. Not "خليفةً لـY" (an
  accusative, the role), not "خليفة سليماني" (a known person after it: his successor), not
  before a preposition or a word that is no name word ("خليفة له").
* ``imam_ali_names``: "إمام علي" without the article is one given name, the Tajik Emomali
  ("إمام علي رحمان"، "رستم إمام علي").
* ``given_before_foreign``: a one-word new person (a title's one-word name, or a gazetteer
  surname the title's nationality turned into a new person: "المبعوث الروسي زامير" is no
  Israeli Zamir) right before a word of a foreign surname shape no step took is the first word
  of one new name ("المبعوث الروسي زامير كابولوف" was Zamir and Kabulov, two people who "met").
  Not a gazetteer person ("استقبل بوتين ميرزيوييف" keeps Putin), not a new person the article
  named before, and only for a Slavic / Caucasian / Central Asian surname ending (ـوف، ـيف،
  ـشفيلي ...).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import given_names as GN
from loaders.extract import lexicon as L
from loaders.extract.foreign_names_ar import strong_foreign
from loaders.extract.mention_base import Mention, _resolve_name, accusative_tanween, make_mention

if TYPE_CHECKING:
    from loaders.extract.mentions import Doc

_KHALIFA = L.fold_ar("خليفة")
# the last words of titles of two words or more: "رئيس الوزراء X"، "القائد العام X"
_BEFORE_NAME = frozenset(t.split()[-1] for t in L.AR_TITLES if " " in t)


def _name_word(doc: Doc, k: int, first: bool) -> bool:
    from loaders.extract.arabic_names import _ar_name_word

    t = doc.toks[k]
    return t.ar and not t.punct and not accusative_tanween(t.text) and _ar_name_word(doc, t, first)


def _title_word(key: str) -> bool:
    return key in L.AR_TITLES or key in L.NATIONALITY or key in _BEFORE_NAME


def opens_after_khalifa(doc: Doc, j: int) -> bool:
    """A name word at *j* that can follow the given name "خليفة": none with a glued ل / ب
    ("خليفة له", "خليفة لسليماني": the noun "successor")."""
    t = doc.toks[j]
    return _name_word(doc, j, False) and not (
        t.key[:1] in "لب" and not t.text.startswith(("ال", "لي", "بو", "با", "بي")))


def more_name_word(doc: Doc, j: int) -> bool:
    """A further word of the name at *j*: a given name, a known Latin-named word, or a word
    of a family name's shape."""
    key = doc.toks[j].key
    return _name_word(doc, j, False) and (
        key in GN.ALL or key in doc.gaz.ar_latin or GN.family_name_shape(key))


def khalifa_after_title(doc: Doc, si: int, covered: dict[int, Mention],
                        out: list[Mention]) -> None:
    """"خليفة" after a title opens a new person's name (see the module docstring)."""
    s = doc.sents[si]
    if "خليف" not in doc.text[s.start:s.end]:
        return
    toks = doc.toks
    for k in range(s.lo + 1, s.hi - 1):
        t = toks[k]
        if t.key != _KHALIFA or k in covered or (k + 1) in covered or \
                accusative_tanween(t.text) or t.text.startswith(("و", "ف", "ب", "ل")):
            continue
        prev = toks[k - 1]
        if not _title_word(prev.key):
            continue  # (not after و: "والمشير خليفة حفتر" is khalifa_inside_name_ar's)
        if not opens_after_khalifa(doc, k + 1):
            continue
        j = k + 2
        while j < s.hi and j - k < 4 and j not in covered and more_name_word(doc, j):
            j += 1
        surface = doc.text[t.start:toks[j - 1].end]
        me = make_mention(doc, si, k, j, _resolve_name(doc, surface, "Person"))
        out.append(me)
        for x in range(k, j):
            covered[x] = me


def given_before_foreign(doc: Doc, si: int, covered: dict[int, Mention],
                         out: list[Mention]) -> None:
    """A one-word person before a foreign surname no step took is one name with it (see the
    module docstring)."""
    toks = doc.toks
    s = doc.sents[si]
    for m in out:
        k = m.hi
        if m.etype != "Person" or m.hi - m.lo != 1 or k >= s.hi or k in covered or \
                not toks[k].ar or toks[k].punct or m.prefix:
            continue
        nx = toks[k]
        if not strong_foreign(nx.key, nx.text[:1] in ("أ", "إ")) or \
                not _name_word(doc, k, False):
            continue
        if m.eid not in doc.new_entities or any(x.eid == m.eid and x is not m
                                                for x in (*doc.ments, *out)):
            continue  # "استقبل بوتين ميرزيوييف": a known person or one named before
        surface = doc.text[m.start:nx.end]
        eid = _resolve_name(doc, surface, "Person")
        me = make_mention(doc, si, m.lo, k + 1, eid)
        for f in ("tlo", "role", "role_org", "role_nat", "qual", "in_title"):
            setattr(me, f, getattr(m, f))
        out[out.index(m)] = me
        covered[m.lo] = covered[k] = me


_IMAM_RAW = "إمام"  # with its hamza: "أمام" (in front of) folds alike
_ALI = L.fold_ar("علي")


def imam_ali_names(doc: Doc, si: int, covered: dict[int, Mention],
                   out: list[Mention]) -> None:
    """"إمام علي" without the article is one given name, the Tajik Emomali: "رئيس جمهورية
    طاجيكستان إمام علي رحمان" (was "علي رحمان", إمام read as a title), and a son's family name
    after his given name "نجل الرئيس رستم إمام علي" (was "رستم"). Not "الإمام علي" (the
    Imam Ali), not "أمام علي" (in front of Ali), not without a name word before or after."""
    s = doc.sents[si]
    if _IMAM_RAW + " علي" not in doc.text[s.start:s.end]:
        return
    toks = doc.toks
    for k in range(s.lo, s.hi - 1):
        t, ali = toks[k], toks[k + 1]
        if t.text != _IMAM_RAW or ali.key != _ALI or ali.text.endswith("ى") or \
                k in covered or (k + 1) in covered:
            continue
        if k > s.lo and (k - 1) not in covered and toks[k - 1].key in GN.STRONG and \
                _name_word(doc, k - 1, True):
            lo, hi = k - 1, k + 2  # "رستم إمام علي"
        elif k + 2 < s.hi and (k + 2) not in covered and _name_word(doc, k + 2, False):
            lo, hi = k, k + 3  # "إمام علي رحمان"
        else:
            continue
        surface = doc.text[toks[lo].start:toks[hi - 1].end]
        me = make_mention(doc, si, lo, hi, _resolve_name(doc, surface, "Person"))
        out.append(me)
        for x in range(lo, hi):
            covered[x] = me
