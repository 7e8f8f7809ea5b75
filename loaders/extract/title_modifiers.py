"""The words and small tests of the title scan (``titles._titles``): the words around a title
phrase (the outgoing holder, a posting "في / لدى / to", an acting holder, a transitional period,
a governor, an adviser, a member of parliament, field words before an English title), a name
that goes on after a first name (``_name_follows_ar``), a team that is no lieutenant general
(``_team_not_rank``), an adjective after an event noun (press), an aide of the holder."""

from __future__ import annotations

from operator import attrgetter
from typing import TYPE_CHECKING

from loaders.extract import given_names as GN
from loaders.extract import lexicon as L

if TYPE_CHECKING:
    from loaders.extract.mention_base import Mention
    from loaders.extract.mentions import Doc


# the outgoing holder between a title and a name: "الرئيس المنتهية ولايته X" (two words)
_AR_ENDED = L._ar("المنتهية", "المنتهي")
# a country after these words in a title is where the person serves, not his nationality
_POSTED_IN = frozenset({"في", "لدي", "الي", "to", "in"})  # (folded keys: لدى، إلى)


_AR_ACTING = L.fold_ar("القائم بأعمال")
# a period qualifying the office: "رئيس الجمهورية ... في المرحلة الانتقالية X" (session 13)
_AR_PERIOD_PREPS = frozenset(L.fold_ar(w) for w in ("في", "خلال"))
_AR_PERIOD_NOUNS = frozenset(L.fold_ar(w) for w in ("المرحلة", "الفترة"))
_AR_PERIOD_ADJS = frozenset(L.fold_ar(w) for w in ("الانتقالية", "المؤقتة", "الانتقاليه"))
# governor: the (definite) province follows the title ("محافظ السليمانية X")
_AR_GOVERNOR = frozenset(L.fold_ar(w) for w in ("محافظ", "المحافظ"))

# titles of people posted somewhere: the place after them is part of the title
_POSTED_TITLES = frozenset({L.fold_ar(w).replace("اا", "ا") for w in (
    "السفير", "سفير", "المبعوث", "مبعوث", "القنصل", "قنصل", "الممثل", "ممثل",
    # (a woman: "السفيرة الأميركية لدى العراق X", session 19)
    "السفيرة", "سفيرة", "المبعوثة", "مبعوثة", "القنصلة", "قنصلة", "الممثلة", "ممثلة")} |
    {"ambassador", "envoy", "consul", "representative"})


# "our country" after a posting word, as a state agency writes its own country ("السفير
# الأمريكي لدى بلادنا X", Saba; session 67): a place named by no entity, the name follows
AR_OUR_COUNTRY = frozenset(L.fold_ar(w) for w in ("بلادنا", "بلدنا", "وطننا"))

_NEW_OLD = L.NEW_WORDS | L.OLD_WORDS
_EN_DETERMINERS = frozenset({"the", "a", "an"})
# English words between a name and a title in apposition to it ("X, the new Iranian general")
_APPOSITION_SKIP = frozenset({"the", "a", "an"}) | frozenset(L.NATIONALITY) | L.EN_QUALIFIERS
_KEY = attrgetter("key")




# titles of someone who serves an office named after them ("مستشار رئيس الوزراء X")
_AR_ADVISERS = frozenset(L.fold_ar(w) for w in (
    "مستشار", "المستشار", "مستشارة", "المستشارة", "المبعوث", "مبعوث", "المبعوثة"))


# "النائب/النائبة عن <bloc>": a member of parliament (not a deputy)
_AR_MP = frozenset(L.fold_ar(w) for w in ("النائب", "النائبة", "نائب", "نائبة"))


_EN_FIELD_WORDS = frozenset({"political", "bureau", "politburo", "military", "security", "media",
                             "foreign", "relations", "executive", "council", "wing", "shura",
                             "operations", "intelligence", "press", "external",
                             # "the U.N. humanitarian coordinator, X" (session 49)
                             "humanitarian", "resident", "regional", "human", "rights",
                             # "European Union foreign policy chief X" (session 69)
                             "policy"})

_IQLIM = L.fold_ar("إقليم")


def _name_follows_ar(doc: Doc, covered: dict[int, Mention], j: int, hi: int) -> bool:
    """Arabic: token *j* goes on a person's name after a first name ("بن", a usual given
    name, a known name word or a family-name shape; no place, body or definite noun)."""
    if j >= hi or j in covered:
        return False
    t = doc.toks[j]
    if not t.ar or t.punct or t.key.startswith("ال"):
        return False
    return t.key in ("بن", "ابن") or t.key in GN.ALL or t.key in doc.gaz.ar_latin or \
        GN.family_name_shape(t.key)


# title words without the article that are also given names (session 13)
_AR_GIVEN_TITLES = L._ar("أمير", "سلطان")


_AR_TEAM = frozenset(("فريق", "وفريق", "لفريق", "بفريق", "ففريق"))
# "صحفي" / "صحافي" after an event noun is its adjective (press conference, press statement)
_AR_PRESS_ADJ = L._ar("صحفي", "صحافي", "الصحفي", "الصحافي")
_AR_EVENT_NOUNS = L._ar("مؤتمر", "المؤتمر", "بيان", "البيان", "تصريح", "التصريح", "لقاء",
                        "اللقاء", "مؤتمرا", "مقابله", "المقابله", "حديث", "الحديث")


def _team_not_rank(doc: Doc, covered: dict[int, Mention], k: int, hi: int) -> bool:
    """Is the Arabic token at *k* an indefinite "فريق" (also after و / ل / ب) followed by an
    indefinite adjective ("فريق سعودي", "وفريق أممي", "فريق فني"): a team, not the rank?"""
    if doc.toks[k].key not in _AR_TEAM or k + 1 >= hi or (k + 1) in covered:
        return False
    nx = doc.toks[k + 1]
    return nx.ar and not nx.key.startswith("ال") and nx.key.endswith(("ي", "يه", "ية"))


# an aide of the office holder named after the title ("مساعد رئيس مكتب الرئيس X")
_AR_AIDES = frozenset(L.fold_ar(w) for w in (
    "مساعد", "مساعدة", "معاون", "معاونة", "سكرتير", "سكرتيرة"))
