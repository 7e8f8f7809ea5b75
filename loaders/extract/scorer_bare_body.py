"""A body named by a bare body noun alone is no partner of the scorer's sentence pairs
(``scorer_candidates.sentence_candidates``; session 69, retrain69).

"... the consultations hosted by the GCC Secretariat", "The Cabinet received X", "the
Commission welcomed X": the mention pass makes a new body of the one capitalised noun
("organization:secretariat", "organization:cabinet"); it names no body of its own (whose
secretariat, which cabinet?), so the scorer must not pair it with a person (session 69's
retrain paired the GCC's Secretary-General with "Secretariat"). Only an English body the
gazetteer does not know whose id is the noun's own slug; "the Arab League", "the Supreme
Judicial Council", a body known by that one word (none in the gazetteer) stay partners."""

from __future__ import annotations

from loaders.extract.mention_base import Mention
from loaders.extract.tokens import Tok

# nouns that name the kind of a body, not one body ("the Secretariat", "the Cabinet")
BARE_BODY_NOUNS = frozenset({
    "secretariat", "cabinet", "commission", "directorate", "council", "senate", "presidency",
    "authority", "assembly", "committee", "ministry", "parliament", "government",
    "administration", "bureau", "office", "department", "agency", "court", "judiciary",
    "resistance", "bloc", "coalition", "alliance", "command", "delegation", "mission",
    "embassy", "consulate", "secretariat-general", "politburo", "presidium"})


def bare_body(m: Mention, toks: list[Tok]) -> bool:
    """Is *m* a new body named by one bare body noun (``BARE_BODY_NOUNS``), its id that
    noun's own ("organization:secretariat")?"""
    if m.etype != "Organization" or m.hi - m.lo != 1:
        return False
    key = toks[m.lo].key
    return key in BARE_BODY_NOUNS and m.eid == "organization:" + key
