"""Arabic stacked titles: a description that is the first title of the person named right
after a second title (session 40, meetar).

"مع ولي العهد رئيس مجلس الوزراء الأمير محمد بن سلمان"، "السيد الرئيس أحمد الشرع": the title
reader stops at the second title and leaves the first as a description (kind ``desc``), which
coreference then resolves to someone named before ("ولي العهد" -> the visitor of the previous
sentence): the meeting's object is lost and a wrong pair is made. Such a description is
dropped when it is (the first two ending right where the next name's own title starts):

- the honorific "السيد" alone before a definite title ("السيد الرئيس X");
- "ولي العهد" before "رئيس مجلس الوزراء" (the crown prince who also heads the government);
- any description in apposition before a name that has only honorifics for a title, the
  comma closed after the name ("التقى رئيس الجمهورية الإسلامية في إيران، آية الله السيد X، Y":
  the president is X, not the Leader the gazetteer gives for the description; without the
  honorifics the title reader already joins them across the comma);
- a spokesman's title ("المتحدث / الناطق (الرسمي) باسم") before the body he speaks for and
  then a name, nothing but title words between ("المتحدث باسم القائد العام للقوات المسلحة
  اللواء X"، "الناطق الرسمي باسم القوات المسلحة العميد الركن X"، "المتحدث باسم الكرملين X"):
  the title reader leaves "المتحدث باسم" apart from the name's title (the body or a rank starts
  it), and coreference gave the description a spokesman named earlier (session 41);
- an office with no nationality before a military rank and a name, nothing but the office's
  own complement between ("المدير العام لقوى الأمن الداخلي اللواء X"، "وزير الدفاع الوطني
  اللواء X"، "نائبَ القائد العام للجيش الفريق أول X"، "قائد قوة القدس التابعة لحرس الثورة
  الإسلامية العميد X"): one person (session 41). Not when another office, a verb or a
  particle stands between ("الموفدة الأميركية بقائد الجيش العماد X"، "الرئيس قراراً بتعيين
  الفريق X"، "الوزير الإيراني خلال زيارته اللواء X": two people);
- a first or second deputy's title before the office he deputises ("النائب الأول للرئيس X"،
  "النائب الأول لرئيس مجلس النواب X"): the title reader stops at "الأول" and coreference gave
  "النائب الأول" an earlier person; the name right after the office is the deputy's (session
  41). (An envoy's or adviser's principal is named after the office instead, "المبعوث الخاص
  للرئيس الأمريكي X": not dropped.)

Not dropped: a description with a nationality ("الوزير الإيراني رئيسَ هيئة المنافذ X": two
people, the subject and the object), any other one-word title ("الأمير الرئيسَ الشرع"), or an
office before an office ("رئيس الحكومة زعيم ائتلاف دولة القانون X": the subject and the
object of "يلتقي"), which separate two people as often as not (``title_before_name``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import lexicon as L

if TYPE_CHECKING:
    from loaders.extract.mention_core import Mention
    from loaders.extract.tokens import Tok

_AR_HONORIFIC = L._ar("السيد")


def _keys(*words: str) -> tuple[str, ...]:
    """The folded keys of *words*, in order."""
    return tuple(L.ar_key(w) for w in words)


_AR_CROWN_PRINCE = _keys("ولي", "العهد")
_AR_PM_HEAD = _keys("رئيس", "مجلس", "الوزراء")
_AR_HONORIFICS = L._ar("آية", "الله", "السيد", "الشيخ", "الدكتور", "الحاج", "سماحة", "فخامة",
                       "معالي", "سعادة", "سمو", "السيدة", "الشيخة", "حجة", "الإسلام")
_COMMAS = ("،", ",")
_AR_SPOKESMAN = L._ar("المتحدث", "الناطق", "المتحدثة", "الناطقة", "متحدث", "ناطق")
_AR_SPOKESMAN_TAIL = L._ar("الرسمي", "الرسمية", "باسم")
# what ends the body a spokesman speaks for before any name: a clause ("أن"، "الذي")
_AR_SPOKESMAN_STOP = L._ar("أن", "إن", "ان", "الذي", "التي", "قال", "وقال", "إنه", "انه")
_SPOKESMAN_MAXGAP = 10
_AR_RANKS = L._ar("اللواء", "العميد", "الفريق", "العماد", "المشير", "الجنرال", "العقيد",
                  "الأدميرال")
_AR_RANK_TAILS = L._ar("أول", "الأول", "الركن", "ركن", "المتقاعد")
# office heads: a second office between the description and the rank is a second person
_AR_OFFICE_HEADS = L._ar("رئيس", "قائد", "وزير", "مدير", "أمين", "نائب", "مستشار", "سفير",
                         "مبعوث", "موفد", "الرئيس", "القائد", "الوزير", "المدير", "الأمين",
                         "النائب", "المستشار", "السفير", "المبعوث", "الموفد")
_RANK_MAXGAP = 8
_AR_DEPUTY = _keys("النائب", "الأول"), _keys("النائب", "الثاني"), _keys("النائبة", "الأولى")
_DEPUTY_MAXGAP = 6
_STOP_TEXTS = frozenset({"،", ",", ".", "؛", ";", ":", "(", ")", "«", "»", '"', "-", "–"})


def _stacked(toks: list[Tok], a: Mention, b: Mention) -> bool:
    """Is the description *a* a first title of *b* (module doc)?"""
    t = b.tlo
    words = [toks[x].key for x in range(a.lo, a.hi)]
    if len(words) == 1 and words[0] in _AR_HONORIFIC:
        return toks[t].key.startswith("ال")
    if tuple(words) == _AR_CROWN_PRINCE:
        return t + 3 <= b.lo and tuple(toks[x].key for x in range(t, t + 3)) == _AR_PM_HEAD
    return False


def _honorific_apposition(toks: list[Tok], a: Mention, b: Mention) -> bool:
    """Is *b* named right after "<description *a*>،" with honorifics only for a title, and
    a comma after the name ("، آية الله السيد X،")?"""
    c = a.hi
    if c >= len(toks) or toks[c].text not in _COMMAS or b.lo <= c + 1 or b.hi >= len(toks):
        return False
    return toks[b.hi].text in _COMMAS and \
        all(toks[x].key in _AR_HONORIFICS for x in range(c + 1, b.lo))


def _spokesman_before(toks: list[Tok], a: Mention, b: Mention) -> bool:
    """Is *a* a spokesman's title ("المتحدث (الرسمي) باسم") whose body runs on to *b*'s name
    with only title words between (module doc)?"""
    if toks[a.lo].key not in _AR_SPOKESMAN:
        return False
    x = a.lo + 1
    while x < b.lo and toks[x].key in _AR_SPOKESMAN_TAIL:
        x += 1
    if x == a.lo + 1 or x >= b.lo or b.lo - a.hi > _SPOKESMAN_MAXGAP or x < a.hi:
        return False  # "باسم" must follow, then a body before the name
    return all(toks[y].text not in _STOP_TEXTS and toks[y].key not in _AR_SPOKESMAN_STOP
               for y in range(a.hi, b.lo))


def _rank_before(toks: list[Tok], a: Mention, b: Mention) -> bool:
    """Is *a* an office whose complement runs on to a military rank and *b*'s name
    (module doc)?"""
    if b.lo - a.hi > _RANK_MAXGAP or any(toks[x].key in L.NATIONALITY for x in range(a.lo, a.hi)):
        return False
    x = a.hi
    while x < b.lo and toks[x].key not in _AR_RANKS:
        k = toks[x].key
        if toks[x].punct or not toks[x].ar or not k.startswith(("ال", "ل")) or \
                k in _AR_OFFICE_HEADS or k.lstrip("ل") in _AR_OFFICE_HEADS or \
                ("ال" + k[2:]) in _AR_OFFICE_HEADS:
            return False  # ("بقائد الجيش"، "قراراً بتعيين"، "خلال زيارته")
        x += 1
    if x >= b.lo:
        return False
    return all(toks[y].key in _AR_RANKS or toks[y].key in _AR_RANK_TAILS for y in range(x, b.lo))


def _deputy_before(toks: list[Tok], a: Mention, b: Mention) -> bool:
    """Is *a* "النائب الأول" right before the ل-office he deputises and *b*'s name (module
    doc)?"""
    if tuple(toks[x].key for x in range(a.lo, a.hi)) not in _AR_DEPUTY:
        return False
    if b.lo - a.hi > _DEPUTY_MAXGAP or b.lo <= a.hi or not toks[a.hi].key.startswith("ل"):
        return False
    return all(toks[y].ar and not toks[y].punct and (y == a.hi or toks[y].key.startswith(
        ("ال", "ل"))) for y in range(a.hi, b.lo))


def drop_stacked_titles_ar(toks: list[Tok], out: list[Mention]) -> None:
    """Remove from *out* (sorted by position) each description that is the first of two
    stacked titles of the person named next (module doc)."""
    drop = []
    for i, a in enumerate(out):
        if a.kind != "desc" or a.etype != "Person" or not toks[a.lo].ar:
            continue
        # the next person named (an organisation may lie inside the second title: "رئيس
        # مجلس الوزراء" read as a body)
        nxt = next((m for m in out[i + 1:] if m.kind == "name" and m.etype == "Person" and
                    m.lo > a.hi), None)
        if nxt is None or nxt.eid == a.eid:
            continue
        if nxt.tlo == a.hi < nxt.lo and _stacked(toks, a, nxt):
            drop.append(a)
        elif _spokesman_before(toks, a, nxt) and \
                not any(m.etype == "Person" and a.hi <= m.lo < nxt.lo for m in out):
            drop.append(a)
        elif _rank_before(toks, a, nxt) and \
                not any(m.etype == "Person" and a.hi <= m.lo < nxt.lo for m in out):
            drop.append(a)
        elif _deputy_before(toks, a, nxt) and \
                not any(m.etype == "Person" and a.hi <= m.lo < nxt.lo for m in out):
            drop.append(a)
            nxt.tlo = a.tlo if 0 <= a.tlo < a.lo else a.lo  # (the title starts at "النائب")
        elif _honorific_apposition(toks, a, nxt):
            drop.append(a)
            nxt.tlo = a.tlo if 0 <= a.tlo < a.lo else a.lo  # (as without the honorifics)
    for a in drop:
        out.remove(a)
