"""MET_WITH (session 40, meeten): the attendee before a relative clause that the older
readers (``meeting_attended._relative_head``, ``attendee_later_en.apposed_attendee_en``) did
not reach, in "X ..., who <clause>, attended / sat in on / took part in the talks":

- an apposition between the name and "who": "Judge A, the spokesman of the council, who
  accompanied Z, also sat in on the talks" / "A, Minister of Foreign Affairs of Syria, who is
  accompanying the guest, also attended." (the opener of the sentence, read by
  ``apposed_attendee_en`` at the comma before "who");
- a long clause (up to ``_MAX_CLAUSE`` words, another person inside it): "A, who took over as
  chief executive of the Qatar Investment Authority last year from B, sat in on the talks"
  (A, not B: B was read as the attendee);
- one apposition inside the clause: "A, who heads the Huquq movement, Kataib Hezbollah's
  political front, also attended the meeting" (the words after the inner comma name no person
  and open no clause).

Read by ``meeting_attended.listed_before_comma`` after the older readers found no one.
"""

from __future__ import annotations

from typing import Any

from loaders.extract.attendee_later_en import _CLAUSE, apposed_attendee_en

_MAX_CLAUSE = 26
_INNER_APPOSITION = 8  # words after a comma inside the clause ("Kataib Hezbollah's ... front")


def _inner_apposition(sr: Any, comma: int, close: int) -> bool:
    """Do the words between the comma *comma* and *close* read as an apposition (short, no
    person, no clause word)?"""
    if close - comma - 1 > _INNER_APPOSITION or close - comma < 2:
        return False
    for w in range(comma + 1, close):
        if sr.key(w) in _CLAUSE or sr.toks[w].punct:
            return False
        m = sr.mention_at.get(w)
        if m is not None and m.etype == "Person":
            return False
    return True


def relative_attendee_en(sr: Any, close: int) -> Any:
    """The person X of "X(, <apposition>), who <clause>," whose clause the comma *close*
    ends (module doc), else None."""
    if sr.key(close) != ",":
        return None
    inner = None  # the one comma allowed inside the clause
    for w in range(close - 2, max(sr.lo, close - _MAX_CLAUSE) - 1, -1):
        k = sr.key(w)
        if k in ("who", "whom") and w - 1 > sr.lo and sr.key(w - 1) == ",":
            if inner is not None and not _inner_apposition(sr, inner, close):
                return None
            m = sr.mention_at.get(w - 2)
            if m is not None and m.etype == "Person" and m.hi == w - 1:
                return m
            return apposed_attendee_en(sr, w - 1)
        if k == ",":
            if inner is not None:
                return None
            inner = w
            continue
        if k in (";", ".", "and") or sr.toks[w].punct and k not in ("-", "'"):
            return None
    return None
