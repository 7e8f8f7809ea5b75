"""Who receives power handed to a body: the head named with it (session 60).

"Hadi handed his powers to a presidential council chaired by Rashad al-Alimi" / "Bashir handed
power to a military council led by Awad Ibn Auf" / "نقل هادي صلاحياته إلى مجلس قيادة رئاسي برئاسة
رشاد العليمي" / "سلّم البشير السلطة إلى مجلس عسكري انتقالي يرأسه عوض بن عوف": the power goes to
the body, and the body's named head is the one who takes the outgoing holder's place (SUCCESSOR_OF
head -> giver). Read by the handover rules (``succession_handover.handed_over_to_en``,
``succession_took_ar.tasallam_min_ar``) when no person follows "to" / "إلى" directly.

The head cue ("chaired / headed / led by", "برئاسة / بقيادة / يرأسه / يقوده") must come within a
few words of "to", with no other person and no clause break (a full stop, a semicolon, "and",
"و" on a verb) between; a body with no head named ("to a new presidential council") gives no one.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L

_EN_HEAD_PART = frozenset({"chaired", "headed", "led", "presided"})
_AR_HEAD_CUE = L._ar("برئاسة", "برئاسه", "بقيادة", "بقياده", "يرأسه", "يرأسها", "يراسه", "يقوده",
                     "يقودها", "ترأسه", "يترأسه")
_STOP_PUNCT = frozenset({".", ";", "؛", ":", "!", "?", "؟", "(", ")"})
_REACH = 10  # words from "to" / "إلى" to the head cue


def body_head_after(sr: Any, x: int) -> Any:
    """The person heading the body named from *x* on ("a council chaired by X", "مجلس ...
    برئاسة X"), else None (see the module docstring)."""
    for y in range(x, min(sr.hi, x + _REACH)):
        tok = sr.toks[y]
        if tok.text in _STOP_PUNCT:
            return None
        m = sr.mention_at.get(y)
        if m is not None and m.etype == "Person":
            return None  # someone else first: not this reading
        if tok.ar:
            if sr.f(y) & _AR_HEAD_CUE:
                return sr.after(y + 1, types=("Person",), maxgap=3) if y > x else None
            continue
        if tok.key in _EN_HEAD_PART and sr.key(y + 1) in ("by", "over") and y > x:
            if tok.key == "presided" and sr.key(y + 1) != "over":
                return None
            return sr.after(y + 2, types=("Person",), maxgap=3)
        if tok.key in ("and", "but", "who", "whom", "while"):
            return None  # ("a council, which is chaired by X": read on)
    return None
