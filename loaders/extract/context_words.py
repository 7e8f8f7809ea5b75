"""Words shared by the rules of ``core_context`` and its family modules (quotes, speech
verbs, the passive auxiliaries, the one-word trigger sets, the words that open an Arabic
clause)."""

from __future__ import annotations

_QUOTES = frozenset('"“”«»')
_EN_SAID = frozenset({"said", "says", "told", "added", "recalled", "insisted", "explained",
                      "wrote", "posted", "tweeted"})  # (a post on X quoted: session 57)
# the speech verbs after a quote or a reported clause ("..., X said"; subjects, context_tails)
_EN_SAYING = frozenset({"said", "says", "told", "added", "announced", "stated"})
_EN_PASS = frozenset({"was", "were", "been", "is", "are", "be", "being"})
_EN_VISITED_ONLY = frozenset({"visited"})  # one-word trigger sets (built once, not per call)
_EN_MEETING = frozenset({"meeting", "hosting", "receiving", "welcoming"})
_AR_CLAUSE_START = frozenset({"و", "ثم", "كما", "وقد", "قد", "فقد", "وكان", "كان"})
