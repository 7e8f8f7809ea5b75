"""An unknown English name that opens a sentence as the subject of a common news verb
(session 20, ``proben``): "Sirajuddin Haqqani held talks with ...", "Chukwuemeka Okafor
spoke to ...", "Park Ji-hoon also thanked ...". ``bodies`` already reads a capitalised run at
the sentence start as a person before "met", "killed", "said" ...; this adds the other verbs a
person does in news, and one adverb between ("also", "later") before any of them.

The run must look like a name: no word is a title, a stop word, a group noun or a word that
``lexicon.EN_NOT_NAME`` lists, and a run ending in "s" needs a known given name first
("Tribal Elders held" is no person; an organisation head word has made the run an
organisation before this is asked).

The owner of a possessive before a kin or personal-aide noun opens a sentence the same way:
"Imran Khan's aide X met ...", "Sirajuddin Haqqani's brother X was killed ..."; only nouns a
body never has ("Kataib Hezbollah's spokesman" may be an organisation's)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import lexicon as L

if TYPE_CHECKING:
    from loaders.extract.tokens import Tok

# past-tense verbs of a person subject in news, beyond the meeting / killing / visiting /
# succession verbs that ``bodies`` tests already
_EN_SUBJECT_VERBS = frozenset({
    "held", "spoke", "talked", "conferred", "called", "phoned", "thanked", "urged", "announced",
    "signed", "discussed", "took", "conveyed", "praised", "stressed", "expressed", "warned",
    "accused", "condemned", "denied", "became", "pledged", "vowed", "promised", "asked",
    "criticised", "criticized", "rejected", "agreed", "launched", "ordered", "appointed",
    "named", "sent", "left", "returned", "flew", "travelled", "traveled", "chaired",
    "presided", "led", "headed", "joined", "attended", "addressed", "declared", "insisted",
    # the outgoing holder of a succession's shapes, and its present tense (session 21)
    "stepped", "handed", "resigned", "inherited", "takes", "succeeds", "replaces",
    # a headline's present and bare participle (session 21): "X becomes army chief,
    # replacing Y", "X holds talks with Y", "X sworn in as ..."
    "becomes", "holds", "sworn", "assumes",
    # elections, coups and arrivals (session 49): "Joseph Boakai defeated incumbent ...",
    # "X ousted President Y", "X arrived in Abuja"
    "defeated", "beat", "won", "ousted", "toppled", "overthrew", "deposed", "arrived",
    # a confession (session 53): "Ahmed al-Kinani confessed to killing Y"
    "confessed", "admitted",
})
# what a person has and a body has not
_EN_OWNED_NOUNS = frozenset({
    "brother", "brothers", "son", "sons", "daughter", "daughters", "wife", "husband", "widow",
    "father", "mother", "sister", "nephew", "niece", "cousin", "uncle", "grandson", "son-in-law",
    "brother-in-law", "aide", "aides", "bodyguard", "bodyguards", "driver", "family",
    # a person's place in a succession (session 21): "Robert Kibet's successor, X, ..."
    "successor", "predecessor", "replacement"})
_EN_ADVERBS = frozenset({"also", "later", "then", "again", "reportedly", "personally", "separately"})


def _name_like(words: list[str], first_known: bool) -> bool:
    if words[-1].endswith("s") and not first_known:
        return False  # "Tribal Elders held ...": a plural noun, unless a known given name
        # opens the run ("Bernie Sanders held ...")
    return all(w not in L.EN_NOT_NAME and w not in L.EN_STOP and w not in L.EN_TITLE_FIRST
               and w not in L.EN_GROUP_HEADS for w in words)


def opening_subject_verb(toks: list[Tok], e: int, hi: int, words: list[str],
                         first_known: bool) -> bool:
    """Whether the capitalised run ``words`` (opening a sentence, ending before token *e*)
    is followed by a person's verb of news (after at most one adverb) and looks like a name."""
    if e >= hi:
        return False
    key = toks[e].key
    if key in _EN_ADVERBS and e + 1 < hi:
        key = toks[e + 1].key
    return key in _EN_SUBJECT_VERBS and not toks[e].cap and _name_like(words, first_known)


def opening_possessor(toks: list[Tok], e: int, hi: int, words: list[str],
                      first_known: bool) -> bool:
    """Whether the capitalised run ``words`` opening a sentence is a possessive ("Imran
    Khan's", ending before token *e*) before a kin or aide noun, and looks like a name."""
    return e < hi and toks[e - 1].poss and toks[e].key in _EN_OWNED_NOUNS and \
        _name_like(words, first_known)
