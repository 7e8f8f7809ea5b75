"""Arabic names after cue words (``_ar_cue_names``): "وفد يرأسه علي باقري كني", "خلفاً
لـX", a speaker ("قال X إن"), the elected after a body ("انتخب البرلمان X"), the Pope ("البابا
فرنسيس"); a step of ``find_mentions`` (imported from ``arabic_names``)."""

from __future__ import annotations

from itertools import compress
from operator import attrgetter
from typing import TYPE_CHECKING

from loaders.extract import given_names as GN
from loaders.extract import lexicon as L
from loaders.extract.arabic_name_span import (
    _AR_THAT,
    _ar_name_span,
)
from loaders.extract.arabic_name_words import _THEOPHORIC_TAILS, _ar_name_word
from loaders.extract.mention_base import (
    _JOINERS,
    Mention,
    _resolve_name,
    accusative_tanween,
    make_mention,
)
from loaders.extract.speaker_role_ar import AR_SAYS, speaker_before_role
from loaders.textnorm import strip_article_ar

if TYPE_CHECKING:
    from loaders.extract.mentions import Doc


# words after which an Arabic name is a person's even without a title: led by, appointed,
# replaced ("وفد يرأسه X", "تسمية X رئيساً", "حلّ محلّ X", "بدلاً من X")
_AR_NAME_CUES = L._ar(
    "يرأسه", "يرأسها", "برئاسة", "بقيادة", "يقوده", "يقودها", "يتزعمه", "يتزعمها", "تسمية",
    "بتسمية", "وتسمية", "تعيين", "بتعيين", "وتعيين", "عيّن", "عينت", "محل", "مكان", "سلفه",
    "سلفها", "خلفه", "يخلف",
    # the verb "succeeded" (session 42): "X، التي خلفت أنور المضف في الحقيبة"
    "خلف", "وخلف", "فخلف", "خلفت", "وخلفت")
_AR_INSTEAD_L = L._ar("خلفا", "خلفاً", "خلافة")
# "headed / led by": an unknown first name may follow ("وفد برئاسة دارين لحود", session 58)
_AR_HEADED_BY = L._ar("يرأسه", "يرأسها", "برئاسة", "بقيادة", "يقوده", "يقودها", "يترأسه")
# the pope: "البابا فرنسيس" is a person named with his title (as "Pope Francis" is in
# English); "بابا الفاتيكان" / "الحبر الأعظم" stand for the pope the article named
_AR_POPE = L._ar("البابا", "والبابا")
_AR_POPE_DESC = {k: v for ks, v in ((L._ar("بابا", "وبابا"), L.fold_ar("الفاتيكان")),
                                    (L._ar("الحبر", "والحبر"), L.fold_ar("الأعظم")))
                 for k in ks}
# a verb of saying before a name and "إن / أن": the speaker, a person even without a title
# or a usual given name
AR_SAID = L.AR_SAID
# a verb of electing or naming, its subject (a body, "المجلس"), then the person and his
# office ("انتخب المجلس بدر الفحل محافظاً", session 16)
_AR_ELECT = L._ar("انتخب", "وانتخب", "انتخبت", "وانتخبت", "اختار", "واختار", "اختارت",
                  "واختارت", "وعين", "وعينت", "عين", "عينت")
# "charged" (session 72): "كلّفت قيادة الحركة محمود الناطور قيادة القوة": read only as
# _AR_ELECT is, after its subject (the verb alone is no cue: "كلّف الخزينة ملايين")
_AR_CHARGE = L._ar("كلف", "وكلف", "كلفت", "وكلفت")
_AR_NAME_CUES = _AR_NAME_CUES | _AR_POPE | frozenset(_AR_POPE_DESC) | AR_SAID | _AR_ELECT | \
    AR_SAYS
_AR_CUE_KEYS = _AR_NAME_CUES | _AR_INSTEAD_L | _AR_CHARGE  # every key _ar_cue_names acts on
_KEY = attrgetter("key")
_AR_NAME_END_OK = L._ar(
    "،", ",", ".", "المعروف", "الملقب", "على", "في", "خلفا", "رئيسا", "قائدا", "امينا",
    "الذي", "بعد", "عقب", "منذ", "الى", "و", "ليكون", "لرئاسة", "لقيادة", "سفيرا", "وزيرا",
    "محافظا", "بدلا",
    # the office as a noun, or a kunya in brackets (session 72: "X قيادة القوة", "X (أبو Y)")
    "قيادة", "رئاسة", "بقيادة", "برئاسة", "(")


def _ar_cue_names(doc: Doc, si: int, covered: dict[int, Mention],
                  out: list[Mention]) -> None:
    """Arabic: an unknown name right after a cue that only a person follows ("وفد إيراني
    يرأسه علي باقري كني"، "تسمية عبد العزيز المحمداوي، المعروف بـ..."، "حلّ محلّ عباس
    عراقجي"): a new person when it has two to four name words, starts with a common first
    name (names.yaml) and ends at punctuation or a word that closes a name."""
    toks = doc.toks
    s = doc.sents[si]
    known = doc.gaz.ar_latin
    lo, end = s.lo, s.hi - 2
    # (only the tokens whose key is a cue can do anything below: picked in C, no Python
    # step per other token)
    for k in compress(range(lo, end), map(_AR_CUE_KEYS.__contains__, map(_KEY, toks[lo:end]))):
        t = toks[k]
        if t.key in _AR_ELECT and _ar_elected_after_body(doc, si, k, covered, out):
            continue
        if t.key in _AR_CHARGE:
            _ar_elected_after_body(doc, si, k, covered, out)
            continue
        if not t.ar or (k + 1) in covered:
            continue
        off = 0
        if t.key in AR_SAYS or t.key in AR_SAID:
            j = speaker_before_role(doc, k + 1, s.hi, covered)
            if j:  # "ويقول علي واعظ، مدير مشروع إيران" (session 45)
                me = make_mention(doc, si, k + 1, j, _resolve_name(
                    doc, doc.text[toks[k + 1].start:toks[j - 1].end], "Person"))
                out.append(me)
                for x in range(k + 1, j):
                    covered[x] = me
                continue
            if t.key in AR_SAYS:
                continue
        if t.key in _AR_POPE or t.key in _AR_POPE_DESC:
            _ar_pope(doc, si, k, covered, out)
            continue
        if t.key not in _AR_NAME_CUES:
            nk = toks[k + 1].key
            if t.key not in _AR_INSTEAD_L or not nk.startswith("ل") or len(nk) < 4:
                continue
            off = 1  # "خلفاً لحسين سلامي": the preposition glued to the name
            if nk[1:] not in known and not _instead_unknown(doc, k + 1, s.hi):
                continue  # "خلفاً لأوهومودو محمدو": a new given name (session 23, second round)
        j = _ar_name_span(doc, k + 1, s.hi)
        n = j - (k + 1)
        if n < 2 or n > 4 or any(x in covered for x in range(k + 1, j)):
            continue
        if t.key in AR_SAID:
            if not _speaker_name(doc, k + 1, j, s.hi):
                continue
        elif (not off and toks[k + 1].key not in known and toks[k + 1].key not in _JOINERS and
              not (t.key in _AR_HEADED_BY and _instead_unknown(doc, k + 1, s.hi, 0))) or (
                j < s.hi and toks[j].key not in _AR_NAME_END_OK and not toks[j].punct and
                not accusative_tanween(toks[j].text)):
            continue
        surface = doc.text[toks[k + 1].start + off:toks[j - 1].end]
        eid = _resolve_name(doc, surface, "Person")
        me = make_mention(doc, si, k + 1, j, eid, off=off, prefix="ل" if off else "")
        out.append(me)
        for x in range(k + 1, j):
            covered[x] = me


def _instead_unknown(doc: Doc, b: int, hi: int, glued: int = 1) -> bool:
    """After "خلفاً", a glued ل and a given name the table does not know ("خلفاً لأوهومودو
    محمدو"), or after "برئاسة / يرأسه" (*glued* 0: "وفد برئاسة دارين لحود", session 58): a
    name when the word is no common word, title or article noun and is read as the first of
    two or three name words (the end is checked as for the others)."""
    w = doc.toks[b].key[glued:]
    if w[:2] == "ال" or w in L.AR_COMMON_NOUNS or w in L.AR_TITLES or w in L.AR_STOP:
        return False
    extra = int(b + 1 < hi and doc.toks[b + 1].key in _THEOPHORIC_TAILS)  # "لدفع الله
    # الحاج علي": a compound given name
    return 2 <= _ar_name_span(doc, b, hi) - b <= 3 + extra


def _ar_elected_after_body(doc: Doc, si: int, k: int, covered: dict[int, Mention],
                           out: list[Mention]) -> bool:
    """"انتخب المجلس / مجلس المحافظة X Y محافظاً": after the verb at *k* and its subject (a
    body named, one word before a body named, or one definite word), a name of two to four words that opens with a usual
    given name and ends before the office in the accusative (or a word closing a name) is
    a person. True when one was found."""
    toks, hi = doc.toks, doc.sents[si].hi
    b = k + 1
    if b in covered and covered[b].etype == "Organization" and covered[b].lo == b:
        b = covered[b].hi
        if b in covered and covered[b].etype in ("Location", "Country") and covered[b].lo == b:
            b = covered[b].hi  # "مجلس محافظة صلاح الدين"
    elif b < hi and toks[b].ar and toks[b].key.startswith("ال") and b not in covered and \
            not toks[b].punct:
        b += 1
        if b + 1 < hi and toks[b].ar and toks[b].key.startswith("ال") and b not in covered and \
                not toks[b].punct and toks[b].key not in GN.ALL and toks[b + 1].key in GN.ALL:
            b += 1  # "القيادة العامة X": the subject's adjective (session 72)
    elif b + 1 < hi and toks[b].ar and not toks[b].punct and b not in covered and \
            (b + 1) in covered and covered[b + 1].etype == "Organization" and \
            covered[b + 1].lo == b + 1:
        b = covered[b + 1].hi  # "قيادة حركة فتح": a word before the body (session 72)
    else:
        return False
    if b >= hi or b in covered or not (toks[b].key in doc.gaz.ar_latin or toks[b].key in GN.ALL):
        return False
    j = _ar_name_span(doc, b, hi)
    if not 2 <= j - b <= 4 or any(x in covered for x in range(b, j)) or j >= hi or not (
            accusative_tanween(toks[j].text) or toks[j].key in _AR_NAME_END_OK):
        return False
    me = make_mention(doc, si, b, j, _resolve_name(doc, doc.text[toks[b].start:toks[j - 1].end],
                                                "Person"))
    out.append(me)
    for x in range(b, j):
        covered[x] = me
    return True


def _speaker_name(doc: Doc, lo: int, hi: int, s_hi: int) -> bool:
    """Do the two or three words lo..hi after a verb of saying name its speaker? They end
    right before "إن / أن" and either start with a usual name word or end with a family-name
    shape ("سردار الكعبي"، "شوان الداودي"; not "مصدر أمني", "البيان الختامي")."""
    toks = doc.toks
    if hi - lo > 3 or hi >= s_hi or toks[hi].key not in _AR_THAT or \
            toks[lo].key.startswith("ال"):
        return False
    first, last = toks[lo].key, strip_article_ar(toks[hi - 1].key)
    return first in doc.gaz.ar_latin or first in GN.ALL or (
        toks[hi - 1].key.startswith("ال") and GN.family_name_shape(last))


def _ar_pope(doc: Doc, si: int, k: int, covered: dict[int, Mention],
             out: list[Mention]) -> None:
    """"البابا X" at *k*: the pope X (one name word after the title, the title in the name:
    person:pope-x like "Pope X"); "بابا الفاتيكان" / "الحبر الأعظم": the latest pope named
    before in the article, if any."""
    toks = doc.toks
    t, nxt = toks[k], toks[k + 1]
    if k in covered or not nxt.ar or nxt.punct:
        return
    if t.key in _AR_POPE_DESC:
        if nxt.key != _AR_POPE_DESC[t.key]:
            return
        eid = next((m.eid for m in reversed(doc.ments) if m.etype == "Person" and
                    m.eid.startswith("person:pope-")), None) or \
            next((m.eid for m in reversed(out) if m.etype == "Person" and
                  m.eid.startswith("person:pope-")), None)
        if eid is None:
            return
        me = make_mention(doc, si, k, k + 2, eid, kind="desc",
                      off=1 if t.key.startswith("و") else 0)
    else:
        if nxt.key.startswith("ال") or not _ar_name_word(doc, nxt, True):
            return
        off = 1 if t.key.startswith("و") else 0
        surface = doc.text[t.start + off:nxt.end]
        me = make_mention(doc, si, k, k + 2, _resolve_name(doc, surface, "Person"), off=off,
                      prefix="و" if off else "")
    out.append(me)
    covered[k] = covered[k + 1] = me
