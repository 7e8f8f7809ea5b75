"""ASSASSINATED_BY, English: a person named after a new clause opens is no object of "kill".

"US strikes on Yemen kill dozens as Trump vows to annihilate the Houthis", "Israeli strikes
kill 12 people while Netanyahu meets ...": the subordinator ("as", "while", "amid", ...)
between the verb and the name starts another clause; the name is its subject, not a victim.
Not "killed a commander known as X" (a name given), not "killed X as he left" (after X).
A semicolon between them ends the verb's clause too (session 27): "IDF says it killed Iran's
top brass; Khamenei names Mousavi" (a headline) kills no Khamenei.
"""

from __future__ import annotations

from typing import Any

from loaders.extract.rule_common import title_start

_EN_SUBORD = frozenset({"as", "while", "when", "amid", "whereas", "after", "before", "since",
                        "because", "although", "though", "but"})
_EN_NAMED_AS = frozenset({"known", "named", "identified", "described", "such", "nicknamed",
                          "dubbed", "codenamed", "designated"})


def clause_before_object_en(sr: Any, verb: int, victim: Any) -> bool:
    """Does a subordinate clause whose subject is *victim* open between the kill verb at *verb*
    and *victim* ("kill dozens as (the) X vows")? Not an aside ("killed, in a raid before
    dawn, X"). A semicolon between them: another clause ("killed Iran's top brass; X names")."""
    s = title_start(victim)
    y = s - 2 if sr.key(s - 1) == "the" else s - 1
    return (y > verb + 1 and sr.key(y) in _EN_SUBORD and sr.key(y - 1) not in _EN_NAMED_AS) or \
        any(sr.toks[x].text == ";" for x in range(verb + 1, s))
