"""MET_WITH: "joint talks / a joint meeting with" (English: session 26, meet26; Arabic: s69).

"A and B held joint talks with C" / "X held a joint meeting with A and B": "joint" says the
people of the meeting sat together, so each pair of them met (A-B, not only A-C and B-C;
A-B of the objects), beside the pairs of the subject with the objects that ``meetings`` reads.
The verb of holding is right before "joint" (past "a"); the subject is the and-list ending
before the verb, the objects the and-list right after "with" (past a relative: "with A, who heads X, and B"). Not a joint statement or press
conference (``meeting_press``), not by video or phone (``SentenceRules.add``), not negated or
planned.
Arabic (session 69, ``joint_talks_ar``): «وعقد أردوغان اجتماعاً مشتركاً مع رئيس الإقليم A ورئيس
الحكومة B», «عقد X ونظيره Y لقاءً مشتركاً مع Z»: the same, the verb of holding a past one (not
«سيعقد», «لم يعقد»).
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.meeting_phrases import _close_person
from loaders.extract.meeting_press import each_pair_met, people_before
from loaders.extract.rule_common import title_start

_EN_MEETING = frozenset({"talks", "meeting", "meetings", "session", "sessions", "discussions",
                         "consultations", "negotiations"})
_EN_HELD = frozenset({"held", "had", "hold", "holds", "holding", "conducted"})
_EN_STOPS = frozenset({";", ".", "said", "says", "told", "while", "before", "after", "then"})


def joint_talks_en(sr: Any, j: int) -> None:
    """The pairs of "held (a) joint talks / meeting with" at the "joint" word *j*."""
    if sr.key(j + 1) not in _EN_MEETING or sr.key(j + 2) != "with":
        return
    v = j - 1 if sr.key(j - 1) not in ("a", "an") else j - 2
    if sr.key(v) not in _EN_HELD:
        return
    subjects = people_before(sr, v)
    obj = _close_person(sr, j + 3)
    if not subjects or obj is None or sr.blocked(v, subjects[0]):
        return
    objs = sr.chain(obj, ("Person",))
    for m in sr.args:  # "with A, who heads X, and B": the list goes on past a relative
        if m.lo > objs[-1].hi and m.etype == "Person" and sr.key(title_start(m) - 1) == "and" \
                and not any(sr.key(y) in _EN_STOPS for y in range(objs[-1].hi, m.lo)):
            objs = objs + [m]
    people = subjects + [o for o in objs if o not in subjects]
    if len(people) >= 3:
        each_pair_met(sr, people, "joint_talks_en")


# past verbs of holding a meeting ("وعقد X اجتماعاً مشتركاً مع ..."); a future or negated one
# ("سيعقد", "لم يعقد") is another form and is not read
_AR_HELD = L._ar("عقد", "وعقد", "عقدا", "وعقدا", "عقدوا", "وعقدوا", "أجرى", "وأجرى", "اجرى",
                 "واجرى", "أجريا", "وأجريا")


def joint_talks_ar(sr: Any, joint_words: frozenset[str]) -> None:
    """Arabic «عقد X اجتماعاً مشتركاً مع A وB» / «عقد X وY لقاءً مشتركاً مع Z»: every two of
    the holders and those after «مع» met (see the module docstring). *joint_words*: the forms
    of «مشترك» that triggered the sentence."""
    for j in range(sr.lo + 2, sr.hi - 2):
        if not sr.f(j) & joint_words or not sr.f(j - 1) & L.AR_MEET_NOUNS or \
                sr.key(j + 1) not in ("مع", "ومع"):
            continue
        v = next((y for y in range(j - 2, max(sr.lo, j - 10) - 1, -1) if sr.f(y) & _AR_HELD),
                 None)
        if v is None or any(sr.toks[y].text in ("،", ",", ".", "؛") for y in range(v, j)):
            continue
        subj = sr.after(v + 1, types=("Person",), maxgap=6)  # (past a title)
        obj = sr.after(j + 2, types=("Person",), maxgap=3)
        if subj is None or obj is None or subj.hi > j - 1 or sr.blocked(v, subj):
            continue
        subjects = [c for c in sr.chain(subj, ("Person",)) if c.hi <= j - 1]
        objs = [o for o in sr.chain(obj, ("Person",)) if o not in subjects]
        people = subjects + objs
        if len(people) >= 3:
            each_pair_met(sr, people, "joint_talks_ar")
