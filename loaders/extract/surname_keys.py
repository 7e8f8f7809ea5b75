"""More short forms of a new person's name that later bare mentions may use (session 21,
``title``): a two-word family name ("مهرداد كاظم زاده" -> "كاظم زاده", "سيروان حمه كريم" ->
"حمه كريم", "Sheikh Ahmed Albu Risha" -> "Albu Risha") and, in Latin script, a Spanish or
Portuguese paternal surname before the maternal one ("Julio Cesar Arriaga Mendez" -> "Arriaga";
not a usual given name: "Hassan Ali Jama" gives no "Ali"). ``Doc.remember`` already keeps the
full name and the last word."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from loaders.extract import lexicon as L
from loaders.textnorm import is_arabic

if TYPE_CHECKING:
    from loaders.extract.mentions import Doc

# joiners and particles that are no family name on their own
_NOT_SURNAME = L.AR_NAME_JOINERS | frozenset({
    "abu", "abd", "bin", "ibn", "al", "el", "de", "da", "del", "la", "van", "von", "dos",
    "das", "di", "le", "ould", "ag", "mac", "mc"})
# the tails of compound given names, as core tokens ("سراج الدين", "حكيم الله")
_THEO_TAIL_CORES = frozenset({"دين", "الله"})
# Persian family-name words written apart ("كاظم زاده", "Kazem Zadeh")
_FA_SUFFIX_WORDS = frozenset({"زاده", "زادة", "پور", "بور", "نيا", "zadeh", "zade", "pour",
                              "nia"})


def remember_surnames(doc: Doc, eid: str, toks: list[str]) -> None:
    """Let a later bare two-word family name, or a Latin paternal surname, of the new person
    *eid* named *toks* (three words or more) match him. Not when the word before the last is
    a usual given name (the father's: "Mahamat Idriss Deby" -> "Idriss Deby" is the father),
    unless the last word is a Persian family suffix ("كاظم زاده")."""
    toks = [t for t in toks if t]
    if len(toks) < 3:
        return
    mid, last = toks[-2], toks[-1]
    if mid in _THEO_TAIL_CORES and toks[-3] not in _NOT_SURNAME:
        # "سراج الدين حقاني": the key is the compound given name "سراج الدين" (he, alone
        # later), never "الدين حقاني" (the end of "جلال الدين حقاني", someone else); not
        # "عبد الله X" (a joiner: "عبد الله" alone is anybody)
        if len(toks[-3]) >= 3:
            doc.local.setdefault((toks[-3], mid), eid)
        return
    if mid in _NOT_SURNAME or len(mid) < 3:
        return
    if doc.gaz.usual_given(mid) and last not in _FA_SUFFIX_WORDS:
        return
    doc.local.setdefault((mid, last), eid)  # "حمه كريم", "كاظم زاده", "Albu Risha"
    doc.local_first.add(mid)
    if is_arabic(mid) or len(mid) < 4 or mid in L.EN_STOP or mid in L.EN_NOT_NAME or \
            last in _FA_SUFFIX_WORDS:
        return  # (an Arabic middle word is a father's name)
    if not _alone_in_text(doc.text, mid):
        return  # (never written alone: "Said Abdullahi Deni" is no Mohamed Abdullahi Farmaajo)
    if (mid,) not in doc.local:
        doc.local[(mid,)] = eid
        doc.local_weak.add((mid,))  # (another person's last word overrides it: "Deby Itno")
    elif doc.local[(mid,)] != eid and (mid,) in doc.local_weak:
        doc.local[(mid,)] = ""  # (two new people share it: it names neither alone)


def _alone_in_text(text: str, word: str) -> bool:
    """Is the folded Latin *word* written somewhere in *text* with no capitalised word right
    before or after it ("Arriaga and Hamakarim met", "Padrino met X")?"""
    for m in re.finditer(r"\b" + re.escape(word) + r"\b", text, re.IGNORECASE):
        before = _WORD_BEFORE.search(text, 0, m.start())
        after = _WORD_AFTER.match(text, m.end())
        if not (before and before.group(1)[:1].isupper()) and \
                not (after and after.group(1)[:1].isupper()):
            return True
    return False


_WORD_BEFORE = re.compile(r"(\w+)[ \t]+$")  # the word right before (same line, no mark)
_WORD_AFTER = re.compile(r"[ \t]+(\w+)")
