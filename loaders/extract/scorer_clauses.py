"""Features of the learned scorer that carry across writers (session 26): the cue classes of
a candidate (``CAND`` "potential successor" / "خليفة محتمل", ``ACCUSE`` "accused" / "اتهم",
``CLAUSE`` the words that open another clause: "while", "before", "who", "بينما", "ثم",
"حيث", "الذي") and where the sentence's clauses split the pair (``clause_features``): "A met
B" has both people and the cue in one clause, "A held talks in Riyadh, while B visited
Sanaa" has a clause boundary between them and no meeting cue in B's clause. Raw words do not
carry from one writer to the next; these classes and their positions do."""

from __future__ import annotations

from bisect import bisect_right

from loaders.textnorm import fold_ar


def _ar(*words: str) -> frozenset[str]:
    return frozenset(fold_ar(w).replace("اا", "ا") for w in words)


# a candidate, not the holder: "potential successor", "frontrunner", "خليفة محتمل"
CAND = frozenset({"potential", "candidate", "candidates", "frontrunner", "front-runner",
                  "contender", "contenders", "tipped", "shortlist", "shortlisted",
                  "likely", "nominee", "touted", "favourite", "favorite"}) | _ar(
    "محتمل", "محتملا", "المحتمل", "مرشح", "مرشحا", "المرشح", "المرشحين", "مرشحين",
    "ترشيح", "الأوفر", "أوفر", "حظوظ", "حظا", "مرجح", "يتداول", "تداول", "المتداولة")

# a third party's accusation, not a stated agent: "Tehran accused Israel of killing X"
ACCUSE = frozenset({"accused", "accuses", "accusing", "blamed", "blames", "blaming",
                    "alleged", "allegedly", "suspected", "accusation", "accusations"}) | _ar(
    "اتهم", "اتهمت", "يتهم", "تتهم", "متهما", "متهمة", "اتهام", "اتهامات", "حمل", "حملت",
    "يحمل", "تحمل", "محملا", "محملة", "تحميل")

# an attendee of the meeting (paired with every participant): "in the presence of", "بحضور"
ATTEND = frozenset({"accompanied", "presence", "attended", "attending", "attendance",
                    "joined", "participated", "participation", "alongside", "flanked",
                    "present"}) | _ar(
    "بحضور", "حضور", "حضر", "حضرها", "حضره", "شارك", "بمشاركة", "مشاركة", "برفقة", "يرافقه",
    "رافقه", "يرافقهم", "مرافقا", "يرافق", "رافق", "يرافقها", "ورافقه")

# the words that open another clause (a boundary between two parts of a sentence)
CLAUSE = frozenset({"while", "whereas", "meanwhile", "but", "although", "though", "after",
                    "before", "then", "when", "who", "whom", "which", "where", "whose",
                    "however", "since", "until", "because"}) | _ar(
    "بينما", "فيما", "ثم", "قبل", "بعد", "حيث", "الذي", "التي", "الذين", "اللذين", "لكن",
    "لكنه", "غير", "إذ", "عندما", "حين", "حينما", "منذ", "كما", "أما", "اما", "حتى")

# clause punctuation (a token of its own); a clause boundary is a token of the CLAUSE class or
# of this punctuation (``SentInfo.marks`` of scorer_features)
CLAUSE_PUNCT = frozenset({";", ":", "(", ")", "؛", "—", "–", "-", "\""})

_CORE = ("meet", "succ", "kill")
# (class, where the nearest cue of the class stands) -> feature
_SAME = {(name, w): f"cl:{name}:{w}" for name in _CORE for w in ("AB", "A", "B", "-")}
_CUT = ("clM=0", "clM=1", "clM=2")
_GLUE = frozenset({"and", "و", ",", "،", "&"})
# (language, where the first core cue of the nearest class stands) -> feature
_GLUE_FEAT = {(lang, w, name): f"glue:{lang}:{name}{w}" for lang in ("en", "ar")
              for w in ("<", "|", ">") for name in _CORE}


def clause_features(marks: list[int], alo: int, ahi: int, blo: int,
                    cue_at: dict[str, list[int]]) -> list[str]:
    """How the clause boundaries *marks* split the pair (a before b, *alo*..*ahi*, b from
    *blo*): the number of boundaries between them (0, 1, 2 or more) and, for each core cue
    class present (*cue_at*: its positions), whether one of its cues shares a clause with
    both (``cl:meet:AB``), with a only, with b only, or with neither."""
    if not marks:
        out = [_CUT[0]]
        for name in _CORE:
            if cue_at.get(name):
                out.append(_SAME[name, "AB"])
        return out
    ca = bisect_right(marks, alo)
    cb = bisect_right(marks, blo)
    out = [_CUT[min(cb - bisect_right(marks, ahi - 1), 2)]]
    for name in _CORE:
        ks = cue_at.get(name)
        if not ks:
            continue
        in_a = in_b = False
        for k in ks:
            ck = bisect_right(marks, k)
            in_a = in_a or ck == ca
            in_b = in_b or ck == cb
        out.append(_SAME[name, "AB" if in_a and in_b else "A" if in_a else "B" if in_b
                         else "-"])
    return out


def glue_feature(toks: list, lo: int, alo: int, blo: int, lang: str,
                 cue_at: dict[str, list[int]]) -> str | None:
    """A list of two ("A and B", "A، وB": b right after a glue word) and where the first
    cue of the first core class present stands (before both, between, after): "met A and B"
    pairs neither with the other, "A and B met" does."""
    if blo <= lo or toks[blo - 1].key not in _GLUE or lang not in ("en", "ar"):
        return None
    for name in _CORE:
        ks = cue_at.get(name)
        if ks:
            k = ks[0]
            return _GLUE_FEAT[lang, "<" if k < alo else "|" if k < blo else ">", name]
    return None
