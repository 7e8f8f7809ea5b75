"""Arabic: the guest a host congratulates on taking a post "خلفاً لـ" Y.

"استقبل K الضيفَ G ... . وهنأ K الضيف بمناسبة تسنّمه منصبه خلفاً لـY" / "وهنأ K نظيره
الإيراني بتسلّمه حقيبة الخارجية خلفاً لـY": the pronoun of "تسنّمه / بتسلّمه" is the
congratulated object, a description ("الضيف", "ضيفه", "نظيره") standing for the guest K
received earlier in the article. ``congratulator_ar`` keeps K from being read as the successor;
:func:`congratulated_guest_ar` names the guest instead: the first person named after K in the
latest of the last few sentences where a reception verb ("استقبل") has K as its subject. No
such reception: None (the description stays unresolved, as before).
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.rule_common import title_start

# the congratulated object: the guest or the counterpart (folded keys)
_AR_GUEST_OBJ = L._ar("الضيف", "ضيفه", "ضيفها", "نظيره", "نظيرته", "نظيرها")
_BACK = 4  # sentences searched for the reception
_TITLE_SPAN = 6  # "استقبل وزير الخارجية المصري HOST": title words before the host


def _reception_guest(sr: Any, host: str, si: int) -> Any:
    """The guest of a reception by *host* told in sentence *si*: "استقبل (title) HOST، (اليوم)،
    (title) G": the first person named after the host's name; None without such a verb."""
    ments = sorted((m for m in sr.doc.by_sent.get(si, ()) if m.etype == "Person"),
                   key=lambda m: m.lo)
    h = next((m for m in ments if m.eid == host and m.kind == "name"), None)
    if h is None:
        return None
    st = title_start(h)
    toks = sr.doc.toks
    verb = next((x for x in range(st - 1, max(-1, st - _TITLE_SPAN) - 1, -1)
                 if toks[x].key in L.AR_RECEIVE_VERBS or toks[x].punct), None)
    if verb is None or toks[verb].punct:
        return None
    return next((m for m in ments if m.lo >= h.hi and m.eid != host and m.kind == "name" and
                 not m.in_title), None)


def _guest_of(sr: Any, host: str, old: Any) -> Any:
    """The guest *host* received in one of the last few sentences (latest first), unless it is
    the predecessor *old*."""
    for si in range(sr.si - 1, max(-1, sr.si - _BACK - 1), -1):
        guest = _reception_guest(sr, host, si)
        if guest is not None:
            return guest if guest.eid != old.eid else None
    return None


def congratulated_guest_ar(sr: Any, new: Any, old: Any) -> Any:
    """The guest *new* (the congratulator, subject of "وهنأ") congratulates by a description
    right after his name ("وهنأ K الضيف / نظيره ..."), as received by him in one of the last
    few sentences; None when the object is no such description or no reception is found,
    or the guest is the predecessor *old*."""
    if new is None or old is None or new.hi >= sr.hi or \
            sr.key(new.hi) not in _AR_GUEST_OBJ:
        return None
    return _guest_of(sr, new.eid, old)


def called_guest_ar(sr: Any, congrat: int, new: Any, old: Any) -> Any:
    """"وكان K قد أجرى اتصالاً بنظيره العراقي ... لتهنئته بانتخابه خلفاً لـY": the counterpart
    called to be congratulated at *congrat* is the guest K (*new*, named before it) received
    in one of the last few sentences; None without a "بنظيره / بضيفه" between K and
    *congrat* or without such a reception."""
    if new is None or old is None or new.hi > congrat or not any(
            sr.key(x)[:1] == "ب" and sr.key(x)[1:] in _AR_GUEST_OBJ
            for x in range(new.hi, congrat)):
        return None
    return _guest_of(sr, new.eid, old)
