"""ASSASSINATED_BY, English: the agent told by a "when" clause after the killing (s21b).

"X was killed / died / lost his life when Israeli troops opened fire on his car", "... when a
Taliban drone struck his convoy", "... when Islamic State gunmen stormed the building": the
subject of the clause (a body, or a nationality adjective, with an armed noun or none) is the
agent when its verb is one of firing or striking. Not a hedged agent ("when suspected Taliban
gunmen opened fire": the text does not state who), and nothing when "when" is not right after
the killing (a few words, no punctuation). "The IDF says X was killed when its jets hit a command centre": "its / their" + an armed noun
is the side of the body that says so (``core_recall_kill.announcer``; session 24). Called by
``killing_rules_en._killed_en`` when the
usual agent phrases ("by Y", "in a Y strike") name nobody.
"""

from __future__ import annotations

from typing import Any

from loaders.extract.core_recall_kill import announcer

_EN_ARMED = frozenset({"gunmen", "troops", "forces", "soldiers", "militants", "fighters",
                       "snipers", "sniper", "jets", "warplanes", "warplane", "drones", "drone",
                       "police", "policemen", "militiamen", "insurgents", "assailants",
                       "helicopter", "helicopters", "aircraft", "tank", "army", "navy"})
_EN_FIRE = frozenset({"opened", "fired", "struck", "ambushed", "attacked", "stormed", "shelled",
                      "bombed", "raided", "hit", "targeted", "shot", "bombarded", "strafed"})
_EN_HEDGE = frozenset({"suspected", "alleged", "unidentified", "unknown", "presumed",
                       "possible", "apparent", "purported"})
_EN_ART = frozenset({"the", "a", "an"})
_AGENTS = ("Country", "Organization")
_EN_OWN = frozenset({"its", "their"})


def when_fired_agent_en(sr: Any, k: int) -> str | None:
    """The agent of "when <Y / Y-adjective armed noun> opened fire / struck ..." starting at
    most three plain words from *k* (the token after the killing word); None otherwise."""
    w = next((y for y in range(k, min(sr.hi, k + 3)) if sr.key(y) == "when"), None)
    if w is None or any(sr.toks[y].punct for y in range(k, w)):
        return None
    x = w + 1 + (sr.key(w + 1) in _EN_ART)
    if sr.key(x) in _EN_HEDGE:
        return None  # "when suspected Taliban gunmen opened fire": not stated as a fact
    end = min(sr.hi, x + 6)
    verb = next((y for y in range(x + 1, end) if sr.key(y) in _EN_FIRE), None)
    if verb is None:
        return None
    if sr.key(w + 1) in _EN_OWN:  # "The IDF says X was killed when its jets hit ...":
        if not all(sr.key(y) in _EN_ARMED for y in range(w + 2, verb)):  # the speaker
            return None
        sp = announcer(sr, w)
        return sp.eid if sp is not None else None
    m = sr.after(x, types=_AGENTS, maxgap=0)
    if m is not None and m.lo == x and m.hi <= verb:
        rest = range(m.hi, verb)
        agent = m.eid
    else:
        agent = sr.nat_agent(x, x + 1)  # "Israeli troops": the adjective's country
        rest = range(x + 1, verb)
    if agent is None or not all(sr.key(y) in _EN_ARMED for y in rest):
        return None
    return agent
