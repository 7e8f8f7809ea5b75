"""The scorer's actor pair (``scorer_candidates.actor_candidate``) left out when the sentence's
subject is a description that names nobody known (session 68, retrain68b).

"Egyptian Foreign Minister Sameh Shoukry arrived ... Later Egypt's deputy foreign minister met
Anwar Gargash" / «... ثم التقى نائب وزير الخارجية المصري أنور قرقاش»: the one who met Gargash
is the deputy, someone the article does not name, not its main actor Shoukry. The
description names an office one person holds (minister, ambassador, envoy, speaker; not an
epithet the actor may bear himself: "the Argentine diplomat", «الجنرال») and is one the
mention pass read and could not resolve (``doc.unnamed`` for Arabic,
``doc.unnamed_en`` for English, filled by ``title_description.described_holder``), standing
before the sentence's person and before its cue word (English: "the Iranian envoy met X";
Arabic: right after the verb as well, «والتقى المبعوث الزائر X»). Not when the description
follows the cue word as an object ("Later he met Egypt's deputy foreign minister and X")."""

from __future__ import annotations

from typing import Any

from loaders.extract.coref_offices import one_holder_office
from loaders.extract.scorer_features import has_cue


def unnamed_subject(doc: Any, lo: int, person_lo: int) -> bool:
    """Does an unresolved description of an office one person holds
    (``coref_offices.one_holder_office``) open the sentence starting at *lo* as its subject,
    before the person at *person_lo* (no cue word before it; in Arabic the verb may stand
    right before it)?"""
    toks = doc.toks
    for k in doc.unnamed_en if not toks[person_lo].ar else doc.unnamed:
        if lo <= k < person_lo and one_holder_office(doc, k) and \
                not has_cue(toks, lo, k - 1 if toks[k].ar else k):
            return True
    return False
