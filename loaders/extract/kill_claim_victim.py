"""ASSASSINATED_BY: who "him" is when someone says an agent killed him (session 25, succkill).

A killing claimed in a clause of saying refers to its victim with a pronoun, and the victim is
the sentence's topic, not the nearest person named:

- English "Defence Minister K said the Israel Defense Forces had killed him": *him* is not K,
  the speaker (alive to say it), but the person named before him ("its chief of staff, X, had
  been 'martyred' ...; K said the IDF had killed him" -> X): :func:`not_the_speaker_en`;
- Arabic "وكان X، الذي عُدّ ... خليفة لـY، قد قُتل ...، وأعلن الجيش أنه قتله" and "X، الذي
  عُيّن بدلاً من Y وأعلن الجيش ... أنه قتله": *him* is X, the head of the relative clause,
  not Y inside it: :func:`claimed_victim_ar`;
- English "X had met him days before a US drone strike ordered by President Donald Trump killed
  him": *him* is not Trump, named after "by" in the strike phrase, but X (session 69):
  :func:`not_the_orderer_en`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import lexicon as L
from loaders.extract.kill_said_it import before_quoted_verb
from loaders.extract.rule_common import title_start

if TYPE_CHECKING:
    from loaders.extract.mention_core import Mention
    from loaders.extract.relations import SentenceCore

_EN_HIM = frozenset({"him", "her"})
_EN_SAID = frozenset({"said", "says", "announced", "confirmed", "claimed", "stated", "added",
                      "told", "insisted", "acknowledged"})
# words between the speaker and "said" (adverbs, auxiliaries, "himself"): "K had already said"
_EN_BEFORE_SAID = frozenset({"also", "later", "then", "has", "had", "already", "earlier",
                             "previously", "himself", "herself"})
_COMMAS = ("،", ",")


def not_the_speaker_en(sr: SentenceCore, t: int, victim: Mention) -> Mention | None:
    """*victim*, the "him / her" right after "killed" at *t*; when it was resolved to the
    speaker of a verb of saying before *t* ("K said the IDF had killed him"), the person named
    last before the speaker (this sentence or the two before, not K), or None; *victim*
    unchanged otherwise."""
    if sr.key(victim.lo) not in _EN_HIM or victim.lo != t + 1 + (
            before_quoted_verb(sr, t) == t - 2):  # ('had "eliminated" him', s57)
        return victim
    say = next((y for y in range(t - 1, max(sr.lo, t - 20) - 1, -1)
                if sr.key(y) in _EN_SAID), None)
    if say is None:
        return victim
    b = say - 1  # "Netanyahu later said", "K had already said"
    while b > say - 3 and b > sr.lo and sr.key(b) in _EN_BEFORE_SAID:
        b -= 1
    spk = sr.mention_at.get(b)
    if spk is None or spk.eid != victim.eid:
        return victim
    named = [m for m in reversed(sr.doc.ments) if sr.si - 2 <= m.sent <= sr.si and not (
        m.sent == sr.si and m.lo >= spk.lo) and m.etype == "Person" and m.kind == "name" and
        m.eid != spk.eid]
    if not named:
        return None
    state = sr.doc.state  # one told dead before ("announced the death of X") goes first
    dead = {e for _s, _h, e in state.get("unclaimed", ())} | {
        e for _s, e in state.get("victims", ())}
    return next((m for m in named if m.eid in dead or _death_of_before(sr, m)), named[0])


def not_the_orderer_en(sr: SentenceCore, t: int, victim: Mention) -> Mention | None:
    """*victim*, the "him / her" right after "killed" at *t*; when it was resolved to the one
    named after "by" in the strike phrase before *t* ("X had met him days before a US drone
    strike ordered by President Donald Trump killed him"), the person last named before that
    phrase in the sentence, or None; *victim* unchanged otherwise (session 69, blind69e)."""
    if sr.key(victim.lo) not in _EN_HIM or victim.lo != t + 1:
        return victim
    by_m = next((m for m in sr.args if m.etype == "Person" and m.eid == victim.eid and
                 t - 10 <= m.lo and m.hi <= t and sr.key(title_start(m) - 1) == "by"), None)
    if by_m is None:
        return victim
    by = title_start(by_m) - 1
    named = [m for m in sr.args if m.etype == "Person" and m.kind == "name" and m.hi <= by and
             m.eid != victim.eid]
    return named[-1] if named else None


_EN_DEATH_NOUNS = frozenset({"death", "killing", "assassination"})


def _death_of_before(sr: SentenceCore, m: Mention) -> bool:
    """Is *m* the object of "the death / killing of" a few words before it ("announced the
    death of the group's leader, X")?"""
    toks = sr.toks
    return any(toks[y].key in _EN_DEATH_NOUNS and toks[y + 1].key == "of"
               for y in range(max(0, m.lo - 12), m.lo - 1))


def claimed_victim_ar(sr: SentenceCore, say: int) -> Mention | None:
    """The victim of "أنه قتله" after the verb of saying at *say*: the person named last
    before it in the sentence, but not one inside a relative clause ("الذي ..." up to its
    closing comma); the head of that clause when the claim itself stands in it
    ("X، الذي عُيّن بدلاً من Y وأعلن الجيش أنه قتله" -> X)."""
    rel = next((y for y in range(say - 1, sr.lo, -1)
                if sr.f(y) & L.AR_REL_PRONOUNS and sr.toks[y - 1].text in _COMMAS), None)
    if rel is None:
        return sr.before(say, types=("Person",), maxgap=30)
    close = next((y for y in range(rel + 1, say) if sr.toks[y].text in _COMMAS), None)
    head = sr.mention_at.get(rel - 2)
    if head is not None and (head.etype != "Person" or head.hi != rel - 1):
        head = None
    if close is None:  # the claim inside the relative clause
        return head or sr.before(say, types=("Person",), maxgap=30)
    after = next((m for m in reversed(sr.args) if m.etype == "Person" and close < m.lo < say),
                 None)
    return after or head or sr.before(say, types=("Person",), maxgap=30)


def past_comma(sr: SentenceCore, t: int, m: Mention) -> bool:
    """Whether a comma stands between the verb at *t* and the mention *m* after it ("X، الذي
    أعلن الجيش أنه قتله، ثم اللواء Y": Y is no agent)."""
    return any(sr.toks[y].text in _COMMAS for y in range(t + 1, m.lo))
