"""The pieces every mention step uses, gathered for the modules that import them from here: the
``Mention`` record, the per-sentence working state of ``find_mentions`` (``MentionWork``),
making a mention (``make_mention``) and the token positions of a sentence (``mention_core``);
capitalised English runs (``_cap_run``) and the Latin given names (``mention_runs_en``); the ids
of people named by a surface form (``_resolve_name``: a known person, or a new one;
``person_ids``) and the parts of a name of someone the article has named (``named_parts``). This
module keeps ``_missing``."""

from __future__ import annotations

from loaders.extract.mention_core import (
    _B_ADMIN,
    _B_AR_AKA,
    _B_AR_CUE,
    _B_AR_DUAL_TITLE,
    _B_AR_FOREIGN,
    _B_AR_FUZZY,
    _B_AR_GIVEN,
    _B_AR_HEAD,
    _B_AR_ORG_HEAD,
    _B_CAPITAL,
    _B_COALITION,
    _B_EN_BARE_VERB,
    _B_EN_CAP,
    _B_EN_CAP_START,
    _B_GROUP_POSS,
    _B_GROUPS,
    _B_INSTITUTION,
    _B_NOT_UNIT,
    _B_OUTLET_REF,
    _B_TITLE,
    _JOINERS,
    _ORG_OUTLET_HEADS,
    AGENT_TYPES,
    AR_PARTICLE_TOKENS,
    QUOTE_PAIRS,
    QUOTES,
    Mention,
    MentionWork,
    _case_ok,
    _next_key,
    _org_head,
    _positions,
    _positions_in,
    _strip_article_cached,
    _title_firsts,
    accusative_tanween,
    make_mention,
)
from loaders.extract.mention_runs_en import (
    _EN_BODY_LAST,
    _EN_NAME_HONORIFICS,
    _EN_PLACE_HEADS,
    _EN_TIME_WORDS,
    _cap_run,
    _latin_first_name,
    latin_first_names,
    said_before_name,
)
from loaders.extract.named_parts import (
    _KUNYA,
    _KUNYA_FIRST,
    _given_name_full,
)
from loaders.extract.person_ids import (
    _is_adjective,
    _known_english,
    _name_with_surname,
    _resolve_name,
    _surname_after,
    before_is_the,
    normalize_word,
)

__all__ = [  # the names other modules import from here
    "accusative_tanween",
    "AGENT_TYPES",
    "AR_PARTICLE_TOKENS",
    "_B_ADMIN",
    "_B_AR_AKA",
    "_B_AR_CUE",
    "_B_AR_DUAL_TITLE",
    "_B_AR_FOREIGN",
    "_B_AR_FUZZY",
    "_B_AR_GIVEN",
    "_B_AR_HEAD",
    "_B_AR_ORG_HEAD",
    "_B_CAPITAL",
    "_B_COALITION",
    "_B_EN_BARE_VERB",
    "_B_EN_CAP",
    "_B_EN_CAP_START",
    "_B_GROUP_POSS",
    "_B_GROUPS",
    "_B_INSTITUTION",
    "_B_NOT_UNIT",
    "_B_OUTLET_REF",
    "_B_TITLE",
    "before_is_the",
    "_cap_run",
    "_case_ok",
    "_EN_BODY_LAST",
    "_EN_NAME_HONORIFICS",
    "_EN_PLACE_HEADS",
    "_EN_TIME_WORDS",
    "_given_name_full",
    "_is_adjective",
    "_JOINERS",
    "_known_english",
    "_KUNYA",
    "_KUNYA_FIRST",
    "_latin_first_name",
    "latin_first_names",
    "make_mention",
    "Mention",
    "_missing",
    "_name_with_surname",
    "_next_key",
    "normalize_word",
    "_org_head",
    "_ORG_OUTLET_HEADS",
    "_positions",
    "_positions_in",
    "QUOTE_PAIRS",
    "QUOTES",
    "_resolve_name",
    "said_before_name",
    "_strip_article_cached",
    "_surname_after",
    "_title_firsts",
    "MentionWork",
]


def _missing(values: list) -> list[int]:
    """The indices of the ``None`` values of *values* (found without a Python loop over
    all of them)."""
    out: list[int] = []
    k = -1
    try:
        while True:
            k = values.index(None, k + 1)
            out.append(k)
    except ValueError:
        return out
