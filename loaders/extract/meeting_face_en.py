"""MET_WITH (English, session 18): "X and Y spoke face to face", "X talked face-to-face with Y".

"Face to face" (also hyphenated) after a verb of talking or sitting tells a meeting in person,
whatever the verb ("spoke" alone may be a call):

- "X and Y spoke / talked / sat (down) face to face (for an hour, in Muscat)": the people of
  the subject list met each other;
- "X spoke face to face with Y (and Z)", "X sat down face to face with Y", "X came face to
  face with Y": X met Y (and Z);
- "X sat across the table from Y (and Z)", "X sat across from Y": X met Y (and Z); (session 24)
  also "across a table from", "across the negotiating / same table from";
- "X (and Y) stood / appeared alongside / beside Z": they met Z and each other (session 49).

- "the two men / the two ministers spoke face-to-face" (session 68): the two people the plural
  stands for met (read by ``meetings_en.plural_anaphora_en`` with :func:`talked_face_to_face_en`).

Not when negated or hypothetical ("did not sit down face to face", "would talk face to face":
``SentenceCore.blocked``). Run by ``meetings_en.meetings_en`` on the cue "face".
"""

from __future__ import annotations

from typing import Any

from loaders.extract.meeting_phrases import _close_person, _joint_subjects
from loaders.extract.meeting_press import each_pair_met

EN_FACE = frozenset({"face", "across", "alongside", "beside"})
_EN_STOOD = frozenset({"stood", "stands", "standing", "appeared", "sat", "sits"})
_EN_TALK = frozenset({"spoke", "speak", "speaks", "talked", "talk", "sat", "sit", "sits",
                      "negotiated", "conversed", "chatted", "met", "meet", "meets", "came",
                      "come", "comes"})
_EN_SIT = frozenset({"sat", "sit", "sits", "sitting", "seated"})
_EN_GAP = frozenset({"down", "directly", "together", "briefly"})
_EN_TABLE_MODS = frozenset({"same", "negotiating", "conference", "long", "round", "small"})
_EN_SUBORD = frozenset({"while", "as", "when", "before", "after", "until"})
_EN_WITH_GAP = 8  # "face to face for about 45 minutes with Y"


def _face_phrase_end(sr: Any, t: int) -> int:
    """The token after "face to face" / "face-to-face" starting at *t*, else -1."""
    keys = [sr.key(y) for y in range(t, min(sr.hi, t + 5))]
    if keys[:3] == ["face", "to", "face"]:
        return t + 3
    if keys[:5] == ["face", "-", "to", "-", "face"]:
        return t + 5
    return -1


_EN_TALKED_FACE = frozenset({"spoke", "talked", "sat", "chatted", "conversed"})


def talked_face_to_face_en(sr: Any, p: int) -> bool:
    """Is the word at *p* a verb of talking or sitting told face to face ("spoke face-to-face",
    "sat down face to face", "talked directly face to face")? A plural subject of it ("the two
    men", "the two ministers": ``meetings_en.plural_anaphora_en``) met (session 68)."""
    if sr.key(p) not in _EN_TALKED_FACE:
        return False
    y = p + 1
    while y < sr.hi and sr.key(y) in _EN_GAP:
        y += 1
    return _face_phrase_end(sr, y) > 0


def _stood_alongside(sr: Any, t: int) -> None:
    """"X (and Y) stood / appeared alongside Z" (session 49): they met Z and each other."""
    if sr.key(t - 1) not in _EN_STOOD:
        return
    subj = sr.subject_before(t - 1)
    obj = _close_person(sr, t + 1)
    if subj is None or obj is None or subj.etype != "Person" or subj.poss or \
            sr.blocked(t - 1, subj):
        return
    people = (_joint_subjects(sr, subj) or [subj]) + sr.chain(obj, ("Person",))
    for i, a in enumerate(people):
        for b in people[i + 1:]:
            if a.eid != b.eid:
                sr.add("MET_WITH", a.eid, b.eid, "face_to_face_en")


def _across_from(sr: Any, t: int) -> None:
    """"X sat across the table from Y" / "X sat across from Y" at *t* ("across"): X met Y."""
    end = t + 2 if sr.key(t + 1) == "from" else -1
    if sr.key(t + 1) in ("the", "a"):  # "across the (same / negotiating) table from"
        y = t + 2 + (sr.key(t + 2) in _EN_TABLE_MODS)
        end = y + 2 if sr.key(y) == "table" and sr.key(y + 1) == "from" else -1
    if end < 0 or sr.key(t - 1) not in _EN_SIT:
        return
    subj = sr.subject_before(t - 1)
    obj = _close_person(sr, end)
    if subj is None or obj is None or subj.etype != "Person" or subj.poss or \
            sr.blocked(t - 1, subj) or any(sr.key(z) in _EN_SUBORD for z in range(end, obj.lo)):
        return
    for o in sr.chain(obj, ("Person",)):
        if o.eid != subj.eid:
            sr.add("MET_WITH", subj.eid, o.eid, "face_to_face_en")


def face_to_face_en(sr: Any) -> None:
    """Those who talked face to face met (module doc)."""
    for t in sr.triggers(frozenset(), EN_FACE):
        if sr.key(t) == "across":
            _across_from(sr, t)
            continue
        if sr.key(t) in ("alongside", "beside"):
            _stood_alongside(sr, t)
            continue
        end = _face_phrase_end(sr, t)
        if end < 0:
            continue
        v = t - 1
        while v > sr.lo and sr.key(v) in _EN_GAP:
            v -= 1
        if sr.key(v) not in _EN_TALK:
            continue
        subj = sr.subject_before(v)
        if subj is None or subj.etype != "Person" or subj.poss or sr.blocked(v, subj):
            continue
        w = next((y for y in range(end, min(sr.hi, end + _EN_WITH_GAP))
                  if sr.key(y) == "with" or sr.toks[y].punct or sr.mention_at.get(y)), None)
        if w is not None and sr.key(w) == "with":
            obj = _close_person(sr, w + 1)
            members = [subj] + sr.chain(obj, ("Person",)) if obj is not None else []
            for o in members[1:]:
                if o.eid != subj.eid:
                    sr.add("MET_WITH", subj.eid, o.eid, "face_to_face_en")
            continue
        each_pair_met(sr, _joint_subjects(sr, subj), "face_to_face_en")
