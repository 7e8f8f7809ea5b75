"""ASSASSINATED_BY: a killing the sentence says nobody claimed has no agent from elsewhere
(session 27).

"قُتل زميله X في هجوم مماثل دون أن تتبنى أي جهة العملية", "X was shot dead in an ambush; no
group has claimed the attack": the agent the context steps bring in (the attacker of a
"similar attack" told before, the country of the article) is not stated, so the relations of
this sentence whose agent the sentence does not name are dropped. An agent named in it stays
("أعلن جهاز الاستخبارات أنه قتل X، بينما قُتلت Y بغارة لم تتبنها أي جهة": X's killer).
Run last among the filters of ``killings.more_killings``.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.dispatch import register_triggers
from loaders.extract.kill_cues import AB
from loaders.extract.kill_filters import _adjective_agents

# "تتبنَّ / تتبنى / تتبنّه / تتبنّها / تتبنّاه / يتبنَّ ..." (after و / ف: the token's forms)
_AR_CLAIMED = L._ar("تتبن", "تتبنى", "تتبنه", "تتبنها", "تتبنهما", "تتبناه", "تتبناها",
                    "تتبنهم", "يتبن", "يتبنى", "يتبنه", "يتبنها", "يتبناه", "يتبناها")
_AR_NOBODY = frozenset({"لم", "ولم", "دون", "بدون", "اي", "أي"})
_EN_CLAIMED = frozenset({"claimed", "claim", "claims"})
_EN_NOBODY = frozenset({"no", "not", "never", "n't", "without", "nobody"})

register_triggers(_AR_CLAIMED, _EN_CLAIMED)


def _unclaimed(sr: Any) -> bool:
    """Does the sentence say that nobody claimed the attack ("لم تتبنَّ أي جهة", "دون أن
    تتبنى أي جهة", "no group (has) claimed", "has not claimed")?"""
    for y in sr.triggers(_AR_CLAIMED, _EN_CLAIMED):
        if sr.toks[y].ar:
            if any(sr.key(x) in _AR_NOBODY for x in range(max(sr.lo, y - 3), min(sr.hi, y + 3))
                   if x != y):
                return True
        elif any(sr.key(x) in _EN_NOBODY or sr.toks[x].text.lower().endswith("n't")
                 for x in range(max(sr.lo, y - 4), y)):
            return True
    return False


def drop_unclaimed(sr: Any, start: int) -> None:
    """Drop the killings of this sentence (from *start*) whose agent it does not name, when it
    says nobody claimed the attack (module doc)."""
    if not _unclaimed(sr):
        return
    named = {m.eid for m in sr.args} | _adjective_agents(sr)
    sr.out[start:] = [r for r in sr.out[start:] if not (r.type == AB and r.target not in named)]
