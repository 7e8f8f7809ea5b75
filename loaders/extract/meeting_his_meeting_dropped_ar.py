"""MET_WITH in Arabic: "his meeting with Y" in a sentence whose subject is dropped, the one the
previous sentence named: «وصل X إلى بيروت. وأكد خلال لقائه مع Y ...» / «وخلال لقائه مع Y،
أكد ...» / «وتناول في لقاءاته مع Y وZ ...» / «وقال بعد لقائه Y ...» (session 64) -> X met Y
(and Z).

``dropped_subject_ar`` gives that subject only when the sentence opens with a short run (a
past verb, "و", "خلال / في / أثناء / بعد / عقب / إثر / لدى") before the meeting noun and names
no one there; a future or a wish ("وسيبحث خلال لقائه", "ويأمل في لقائه") tells of no meeting held.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L

_AR_DURING = L._ar("خلال", "وخلال", "في", "وفي", "أثناء", "واثناء", "وأثناء", "اثناء", "خلالها",
                   # a meeting already held (session 64, seen64): «وقال بعد / عقب لقائه Y»
                   "بعد", "وبعد", "عقب", "وعقب", "إثر", "وإثر", "اثر", "لدى", "ولدى")
_AR_NOT_HELD = L._ar("يأمل", "ويأمل", "يتطلع", "ويتطلع", "يعتزم", "ويعتزم", "يريد", "ويريد",
                     "ينوي", "وينوي", "قد", "وقد", "لم", "ولم", "لن", "ولن")


def dropped_subject_ar(sr: Any, t: int) -> Any:
    """The previous sentence's subject, for the clitic of the meeting noun at *t* when the
    sentence names no one before it and opens with at most a verb and "during"; else None."""
    if t - sr.lo > 2 or any(x in sr.mention_at for x in range(sr.lo, t)):
        return None
    for x in range(sr.lo, t):
        tok = sr.toks[x]
        k = tok.key
        if not tok.ar or tok.punct or sr.f(x) & _AR_NOT_HELD:
            return None
        if sr.f(x) & _AR_DURING:
            continue
        if x != sr.lo or k.startswith(("وس", "س", "وي", "وت", "ي", "ت", "ال", "وال")) and \
                not k.startswith(("وتناول", "تناول", "وتطرق", "تطرق", "وتحدث", "تحدث",
                                  "وتعهد", "تعهد", "وتسلم", "تسلم")):
            return None  # (not "وسيبحث" / "ويؤكد": future or present; a past verb only)
    return sr._prev_subject(exclude="")
