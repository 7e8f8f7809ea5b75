"""Session 30 (meet30): an Arabic "<title> <body> الجديد" with no name, the incoming holder of
a replacement told in the last sentences ("عيّن X قائداً للجيش خلفاً لـY ... استقبل الرئيس
قائد الجيش الجديد"، "بتكليف X برئاسة جهاز مكافحة الإرهاب، خلفاً لـY ... واستقبل السوداني
رئيس جهاز مكافحة الإرهاب الجديد").

The title word has no article ("قائد"، "رئيس"), the body after it does, so the phrase was not
read as a description at all (it is one: "الجديد" is definite). It is read only when the
article backs it: the incoming holders of the replacements of the last three sentences
(``coreference._replaced_by``) whose words after the name ("قائداً للجيش"، "برئاسة جهاز ...")
hold the body's first word; one such holder, else nobody.

Session 31b (meetar2): an appointment with no named predecessor backs it too ("أعلن تعيين X
رئيساً لهيئة الأركان خلفاً للشهيد القائد ... استقبل الرئيس رئيسَ هيئة الأركان الجديد": X;
"the appointment of X as chief of staff ... received the new chief of staff": X), the person
named right after "تعيين / بتعيين / عيّن / تكليف" (``_appointed``); and the head of a new body
("تشكيل مجلس قيادة برئاسة X ... استقبل ولي العهد رئيس المجلس الجديد": X; "a council headed by
X ... the new council head": X), the body's word among the four before "برئاسة"
(``_headed_body``). Session 64 (desc64): a definite two-word title too ("الوزير الأول الجديد" after "عيّن X وزيراً
أول"; :func:`new_two_word_title_ar`). English is not read here."""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import lexicon as L
from loaders.extract.coreference import _replaced_by
from loaders.extract.meeting_oath_ar import AR_SWORE  # "أدى X اليمين رئيساً لـ..." (session 41)
from loaders.extract.rule_common import title_start
from loaders.textnorm import strip_article_ar

if TYPE_CHECKING:
    from collections.abc import Callable

    from loaders.extract.mention_base import Mention
    from loaders.extract.mentions import Doc
    from loaders.extract.tokens import Tok

_AR_NEW = L._ar("الجديد", "الجديدة")
_AFTER_NAME = 6  # the words read after the incoming holder's name for his post
_CLITICS = ("لل", "بال", "وال", "ل", "ب", "و")
# an appointment word right before the appointee's title or name ("تعيين اللواء X رئيساً لـ")
_AR_APPOINT = L._ar("تعيين", "بتعيين", "وتعيين", "عين", "وعين", "تكليف", "بتكليف", "وتكليف")
_AR_OATH = L._ar("اليمين")
_AR_HEADED_BY = L._ar("برئاسة")  # "مجلس قيادة رئاسي برئاسة X": X heads the new council
_HEADED_BODY_SPAN = 4  # the words read before "برئاسة" for the body
_AR_BACKING_CUES = _AR_APPOINT | _AR_HEADED_BY
# a place or time phrase after "الجديد" inside the title read ("رئيس المحكمة الجديد في القصر")
_AR_AFTER_NEW = L._ar("في", "على", "خلال", "لدى", "بمقر", "بمكتبه", "امس", "أمس", "اليوم")


def _bare(key: str) -> str:
    """A folded Arabic word without its article or a one-letter clitic ("للجيش" -> "جيش")."""
    for c in _CLITICS:
        if key.startswith(c) and len(key) - len(c) >= 3:
            key = key[len(c):]
            break
    return strip_article_ar(key)


def new_construct_ar(toks: list[Tok], k: int, j: int) -> bool:
    """Is the Arabic title at *k* (no article) a construct whose last word before "الجديد" (at
    *j* - 1) is definite ("قائد الجيش الجديد"، "رئيس جهاز مكافحة الإرهاب الجديد")? Session 41:
    the title read may run on past "الجديد" into a place ("استقبل X رئيس المحكمة الجديد في
    القصر الحكومي"، "التقاه رئيس الحكومة الجديد على هامش الجلسة"): the qualifier counts there
    too (``_new_at``)."""
    if not toks[k].ar or toks[k].key.startswith("ال"):
        return False
    y = j - 1 if j - 1 >= k + 2 and toks[j - 1].key in _AR_NEW else _new_at(toks, k, j)
    return y is not None and toks[y - 1].key.startswith("ال")


def new_two_word_title_ar(toks: list[Tok], k: int, j: int) -> bool:
    """Is the Arabic title at *k* a definite two-word title, then "الجديد" ("الوزير الأول
    الجديد": Algeria's new first minister, "الأمين العام الجديد"; session 64, desc64)? Its second
    word is then the one read after the incoming holder's name («عيّن X وزيراً أول»), as a
    construct's body is (:func:`incoming_holder_ar`). Not a nationality ("السفير الأميركي
    الجديد": the one introduced so, as before)."""
    return toks[k].ar and toks[k].key.startswith("ال") and k + 2 < j and \
        toks[k + 1].key.startswith("ال") and toks[k + 1].key not in L.NATIONALITY and \
        toks[k + 2].key in _AR_NEW


def _new_at(toks: list[Tok], k: int, j: int) -> int | None:
    """The "الجديد" of the construct at *k* when a place or time phrase ("في"، "على"، "أمس"
    ...) follows it inside the title read up to *j*, else None."""
    for y in range(k + 2, min(j, k + 6)):
        if toks[y].punct:
            return None
        if toks[y].key in _AR_NEW:
            return y if y + 1 < j and toks[y + 1].key in _AR_AFTER_NEW else None
    return None


def incoming_holder_ar(doc: Doc, si: int, k: int, j: int) -> str | None:
    """The one incoming holder of a replacement told in the last sentences whose post, read
    after his name, holds the body's first word of the description at *k*..*j* (module doc)."""
    toks = doc.toks
    body = _bare(toks[k + 1].key)
    fits = []
    for new in dict.fromkeys([*_replaced_by(doc, si, k).values(), *_appointed(doc, si, k),
                              *_sworn_in(doc, si, k)]):
        for m in doc.ments:
            if m.eid != new or m.kind != "name" or m.hi >= k:
                continue
            start = _past_aside(toks, m.hi, k)
            end = start
            # (not past another person: "عيّن الرئيس X Y وزيراً أول": Y's post, not X's; s64)
            others = {o.lo for o in doc.by_sent.get(m.sent, ()) if o.etype == "Person" and
                      o.eid != new}
            while end < min(len(toks), start + _AFTER_NAME) and not toks[end].punct and \
                    end not in others:
                end += 1
            if any(_bare(toks[x].key) == body for x in range(start, end)) or \
                    _headed_body(toks, m, body):
                fits.append(new)
                break
    return fits[0] if len(fits) == 1 else None


def _past_aside(toks: list[Tok], x: int, k: int) -> int:
    """Past a short aside between commas right after a name ("أدى X، اليوم الأحد، اليمين
    رئيساً للمحكمة": the post after the day; session 41), else *x*."""
    if x < k and toks[x].text in ("،", ","):
        for y in range(x + 1, min(k, x + 5)):
            if toks[y].text in ("،", ","):
                return y + 1
            if toks[y].punct:
                break
    return x


def _sworn_in(doc: Doc, si: int, k: int) -> list[str]:
    """The people named right after "أدى" whose "اليمين" follows in the last three sentences
    before *k* ("أدى القاضي X، اليوم الأحد، اليمين القانونية رئيساً للمحكمة": X; session 41)."""
    return _named_after(doc, si, k, AR_SWORE, _oath_as)


_AR_OATH_ADJ = L._ar("الدستورية", "القانونية")


def _oath_as(toks: list[Tok], x: int, k: int) -> bool:
    """Does "اليمين" (after a short aside) follow the name ending at *x*, then the accusative of
    the title at *k* ("رئيساً" for "رئيس") and the body's word within three words ("اليمين
    (الدستورية) رئيساً لمجلس ...")? Not "اليمين عضواً في مجلس / نائباً لرئيس المجلس / أمام رئيس
    مجلس القضاء" (review41 A6)."""
    o = _past_aside(toks, x, k)
    if o >= k or toks[o].key not in _AR_OATH:
        return False
    a = o + 1 + (o + 1 < k and toks[o + 1].key in _AR_OATH_ADJ)
    if a + 1 >= k or toks[a].key != toks[k].key + "ا":
        return False
    body = _bare(toks[k + 1].key)
    return any(_bare(toks[y].key) == body for y in range(a + 1, min(k, a + 4)))


def _appointed(doc: Doc, si: int, k: int) -> list[str]:
    """The people named right after an appointment word or "برئاسة" in the last three
    sentences before the token *k* ("وأعلن تعيين اللواء X رئيساً للأركان": X, "the appointment
    of General X as chief of staff"; "مجلس برئاسة Y": Y, "a council headed by Y")."""
    return _named_after(doc, si, k, _AR_BACKING_CUES)


def _named_after(doc: Doc, si: int, k: int, cues: frozenset[str],
                 then: Callable[[list[Tok], int, int], bool] | None = None) -> list[str]:
    """The people named (by name) right after an Arabic word of *cues* in the last three
    sentences before the token *k*, and, with *then*, whose words after the name pass it
    (*then*(toks, name end, k))."""
    toks = doc.toks
    out = []
    for s in range(max(0, si - 3), si + 1):
        for m in doc.by_sent.get(s, ()):
            if m.etype != "Person" or m.kind != "name" or m.hi >= k:
                continue
            c = title_start(m) - 1
            if c >= 0 and toks[c].ar and toks[c].key in cues and (
                    then is None or then(toks, m.hi, k)):
                out.append(m.eid)
    return out


def _headed_body(toks: list[Tok], m: Mention, body: str) -> bool:
    """Is *m* named after "برئاسة" that follows the body's word ("مجلس قيادة رئاسي برئاسة X":
    the council; "a council headed by X")?"""
    c = title_start(m) - 1
    if c < 1 or toks[c].key not in _AR_HEADED_BY:
        return False
    for x in range(c - 1, max(-1, c - 1 - _HEADED_BODY_SPAN), -1):
        if toks[x].punct:
            return False
        if _bare(toks[x].key) == body:
            return True
    return False
