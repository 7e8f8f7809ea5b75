"""MET_WITH (session 66, blind66d): an English passive welcome, "X was accorded / given a warm
welcome by Y".

State media of the Horn and the Gulf tell a guest's reception so: "President A and President
B arrived in Asmara and were accorded warm welcome at the Asmara International Airport by
President C", "X was given a red-carpet welcome at the palace by Y", "X was extended a
cordial reception by Y": X met Y, as after "X was received by Y" (``meetings.met_passive``,
which reads the subject, the agent after "by", the arrival before "and was", the planned and
negated forms). The participle ("accorded", "given", "extended") after a passive auxiliary,
then at most five words of an article and modifiers ("a", "warm", "rousing", "red-carpet",
"official"), then the noun "welcome" or "reception"; the agent's "by" is looked for after
the noun. A guest "embraced / hugged (at the airport) by" his host met him too ("Abiy Ahmed
arrived in Asmara and was embraced at the airport by President Isaias Afwerki").
"""

from __future__ import annotations

from typing import Any

from loaders.extract.hyphen_modifiers_en import hyphen_modifier_en

EN_ACCORDED = frozenset({"accorded", "given", "extended", "embraced", "hugged"})
_EMBRACED = frozenset({"embraced", "hugged"})
_WELCOME_NOUNS = frozenset({"welcome", "reception"})
_WELCOME_MODS = frozenset({"a", "an", "the", "warm", "warmest", "rousing", "cordial", "official",
                           "grand", "formal", "royal", "state", "ceremonial", "red", "carpet",
                           "befitting", "enthusiastic", "hearty", "heartfelt", "very"})
_MAX_MODS = 5


def welcome_noun_after(sr: Any, t: int) -> int | None:
    """The welcome noun after the participle at *t* ("accorded (a warm) welcome"), across at
    most five articles and modifiers; None when another word comes first."""
    for y in range(t + 1, min(sr.hi, t + 2 + _MAX_MODS)):
        k = sr.key(y)
        if k in _WELCOME_NOUNS:
            return y
        if k not in _WELCOME_MODS and sr.toks[y].text != "-" and not hyphen_modifier_en(sr, y):
            return None
    return None


def accorded_welcome_en(sr: Any) -> None:
    """"X was accorded / given / extended a (warm) welcome / reception (at P) by Y", "X was
    embraced / hugged by Y": X met Y (module doc)."""
    for t in sr.triggers(frozenset(), EN_ACCORDED):
        if not sr.passive_aux_before(t):
            continue
        if sr.key(t) in _EMBRACED:  # "X was embraced at the airport by Y"
            sr.met_passive(t)
            continue
        noun = welcome_noun_after(sr, t)
        if noun is not None:
            sr.met_passive(t, by_from=noun)
