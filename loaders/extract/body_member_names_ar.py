"""Arabic: a name after a title and the body it serves in ("title في body NAME").

"وقال الباحث في مؤسسة القرن سجاد جياد إن ..."، "عضو المجلس القيادي في الاتحاد الوطني آري
هرسين"، "القيادية في وحدات حماية المرأة جيان تولهلدان مع ..."، "مدير إدارة الشرق الأوسط في
صندوق النقد الدولي جهاد أزعور.": the title's scan stops at "في" before a body the gazetteer does
not know, and the name after the body opens with a given name no list holds, so nobody was
found. ``title_body_names`` (a step of ``mentions.find_mentions``, Arabic sentences with a title
and "في") reads the two to four bare name words between the body's last definite word and the
next comma, stop or particle (إن، مع، في، الذي ...) as a person. Not when a word of them is a
common noun, a verb, a title or a nationality ("الباحث في مركز الدراسات أستاذ العلوم")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import given_names as GN
from loaders.extract import lexicon as L
from loaders.extract.arabic_name_words import _INNER_HAJJ, AR_BODY_NOUNS, _ar_name_word
from loaders.extract.mention_base import Mention, _resolve_name, make_mention
from loaders.extract.title_phrase import _title_at

if TYPE_CHECKING:
    from loaders.extract.mentions import Doc

_FI = "في"
# heads of a body's name after "في" besides the lexicon's (research centres, funds, services)
_BODY_HEADS = L.AR_ORG_HEADS | AR_BODY_NOUNS | L._ar(
    "مركز", "معهد", "جامعة", "صندوق", "جهاز", "وحدات", "إدارة", "مكتب", "بنك", "مصرف",
    "دائرة", "مديرية", "اتحاد", "الاتحاد", "المركز", "المعهد", "البنك", "المصرف", "الجهاز",
    "الحزب", "الحركة", "المجلس", "منتدى", "مجموعة", "برنامج")
# role nouns that are no titles of the lexicon but take "في" + a body the same way
_ROLE_NOUNS = L._ar("القيادية", "الموظف", "الموظفة", "العامل", "العاملة", "الأستاذ",
                    "الأستاذة", "المحاضر", "المحاضرة", "المسؤول", "الضابط", "الضابطة")


def role_cue(seg: str) -> bool:
    """Cheap test where the sentence *seg* has no title: one of the role nouns as written."""
    return any(map(seg.__contains__, ROLE_TEXTS))  # (the tests in C: no generator)


ROLE_TEXTS = ("القيادية", "الموظف", "العامل", "الأستاذ", "الاستاذ", "المحاضر", "الضابط")
# words that end the name after the body (speech, a relative, a preposition; not على,
# folded as the name علي)
_AFTER_NAME = L._ar("إن", "أن", "ان", "قد", "الذي", "التي", "مع", "في", "إلى", "من",
                    "عن", "خلال", "بعد", "قبل", "منذ", "لدى", "أمس", "اليوم")
_MAX_BETWEEN = 6  # words between the title and "في"
_MAX_BODY = 10  # words of the body and the name


def _titled_before(doc: Doc, i: int, lo: int, hi: int) -> bool:
    """A title ends within the few words before "في" at *i*, no stop, verb or person between."""
    toks = doc.toks
    for k in range(i - 1, max(lo, i - _MAX_BETWEEN) - 1, -1):
        t = toks[k]
        if t.punct or t.key in L.AR_COMMON_VERBS:
            return False
        if t.key in _ROLE_NOUNS:
            return True
        tt = _title_at(doc, k, hi)
        if tt is not None and tt[0] <= i:
            return True
    return False


def _body_word(key: str) -> bool:
    """The last word of a body's name: definite ("القرن"، "الدولي"، "للشرق الأوسط")."""
    return key.startswith(("ال", "لل", "وال"))


def title_body_names(doc: Doc, si: int, covered: dict[int, Mention],
                     out: list[Mention]) -> None:
    """See the module docstring."""
    toks = doc.toks
    s = doc.sents[si]
    for i in range(s.lo + 1, s.hi - 3):
        if toks[i].key != _FI:
            continue
        h = i + 1
        if not (toks[h].key in _BODY_HEADS or h in covered and
                covered[h].etype in ("Organization", "Country")) or \
                not _titled_before(doc, i, s.lo, s.hi):
            continue
        b = h + 1
        while b < s.hi and b - h <= _MAX_BODY and not toks[b].punct and \
                toks[b].key not in _AFTER_NAME:
            b += 1
        if b - h > _MAX_BODY or (b < s.hi and not toks[b].punct and toks[b].key not in _AFTER_NAME):
            continue
        # the name: the bare words after the body's last definite word
        a = b
        while a > h + 1:
            prev = toks[a - 1].key
            if _body_word(prev) and not (prev == _INNER_HAJJ and not _body_word(toks[a - 2].key)):
                break  # (not "الحاج" inside the name: "مهند الحاج علي")
            a -= 1
        n = b - a
        if not 2 <= n <= 4 or not _body_word(toks[a - 1].key) or toks[a - 1].key in (
                L.NATIONALITY) and a - 1 == h:
            continue
        before = covered.get(a - 1)
        if before is not None and before.etype == "Person":
            continue  # the words after a person found ("محمد الغماري بجروح خطيرة"): no name
        inside = {id(covered[x]): covered[x] for x in range(a, b) if x in covered}
        if len(inside) == 1 or any(o.etype != "Person" or o.lo < a or o.hi > b
                                   for o in inside.values()):
            continue  # found already (with its title), or a body; two pieces are joined
        if toks[a].key[:1] == "و" and toks[a].key not in GN.ALL and \
                toks[a].key not in doc.gaz.ar_latin:
            continue  # "القياديين في الحركة X السراج وY Z": the next member of a list
        if not all(toks[x].ar and (_ar_name_word(doc, toks[x], x == a) or
                                   x > a and toks[x].key == _INNER_HAJJ) and
                   toks[x].key not in L.NATIONALITY for x in range(a, b)):
            continue
        for o in inside.values():
            if o in out:
                out.remove(o)
        surface = doc.text[toks[a].start:toks[b - 1].end]
        me = make_mention(doc, si, a, b, _resolve_name(doc, surface, "Person"))
        out.append(me)
        for x in range(a, b):
            covered[x] = me
