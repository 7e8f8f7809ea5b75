"""SUCCESSOR_OF, Arabic: the taker of a first clause who "succeeds" in a coordinated one.

Reads "تسلّم X منصبه رسمياً اليوم، ويخلف Y الذي استقال" / "أدى X اليمين رئيساً، وخلف بذلك Y":
the coordinated verb has no subject of its own; the person who took, was appointed to or
sworn into the post at the head of the sentence is the successor.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L

# the verbs of the first clause: taking, being appointed / elected / sworn in
_AR_TOOK_POST = L.AR_TAKEOVER | L._ar("عين", "اختير", "انتخب", "أدى", "ادى", "نصب", "كلف",
                                      "وتسلم", "وتولى", "وأدى", "وادى", "وعين", "وانتخب")


def coordinated_taker_ar(sr: Any, t: int) -> Any:
    """The person right after a taking verb at most three words into the sentence, when the
    succession verb at *t* is a coordinated one ("، ويخلف") and that person is the nearest
    free one before it; else None."""
    if not sr.toks[t].key.startswith("و") or sr.toks[t - 1].text not in ("،", ","):
        return None
    v = next((x for x in range(sr.lo, min(t, sr.lo + 3)) if sr.f(x) & _AR_TOOK_POST), None)
    if v is None:
        return None
    taker = sr.after(v + 1, types=("Person",), maxgap=2)
    if taker is None or taker.hi >= t:
        return None
    free = sr._free_person_before(t, maxgap=t - v)
    return taker if free is not None and free.eid == taker.eid else None
