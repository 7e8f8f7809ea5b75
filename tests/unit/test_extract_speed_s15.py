"""Speed steps of session 15 (docs/extraction.md, "Extraction speed (session 15)").

- The negation / modality cues that ``negated()`` and ``hypothetical()`` read are listed per
  sentence (``sentence_cues._range_cues``), on the sentence's first test, instead of for the
  whole article: a cue in one sentence must still act in its own sentence and never in
  another; a test at a token outside the asking sentence reads the whole article's cues.

The sentences are our own (both languages); skipping work must never change the output.
"""

import pytest

from loaders.extract import sentence_cues as R
from loaders.extract.mentions import find_mentions
from loaders.extract.relations import SentenceRules
from loaders.extract.rules import RuleExtractor
from tests.extract_support import MW, doc_of, rels

_EX = RuleExtractor()

QAANI = "person:esmail-qaani"
AMIRI = "person:hadi-al-amiri"
KADHIMI = "person:mustafa-al-kadhimi"

# (text, meetings a reader finds in it, meetings that must not be drawn)
CASES = [
    # a denial in the first sentence, a meeting in the second (and the other way round)
    ("Esmail Qaani did not meet Hadi al-Amiri on Monday. On Tuesday Qaani met Mustafa "
     "al-Kadhimi in Baghdad.", [MW(QAANI, KADHIMI)], [MW(QAANI, AMIRI)]),
    ("On Tuesday Esmail Qaani met Mustafa al-Kadhimi in Baghdad. Qaani did not meet Hadi "
     "al-Amiri, officials said.", [MW(QAANI, KADHIMI)], [MW(QAANI, AMIRI)]),
    ("لم يلتق إسماعيل قاآني بهادي العامري يوم الاثنين. والتقى قاآني مصطفى الكاظمي في بغداد "
     "يوم الثلاثاء.", [MW(QAANI, KADHIMI)], [MW(QAANI, AMIRI)]),
    ("التقى إسماعيل قاآني مصطفى الكاظمي في بغداد يوم الثلاثاء. ولم يلتق قاآني بهادي "
     "العامري.", [MW(QAANI, KADHIMI)], [MW(QAANI, AMIRI)]),
    # a modal in one sentence: the plan is no meeting, the next sentence's meeting is
    ("Esmail Qaani may meet Hadi al-Amiri next week. He met Mustafa al-Kadhimi on Monday.",
     [], [MW(QAANI, AMIRI)]),
    ("Mustafa al-Kadhimi met Esmail Qaani on Monday. Qaani is expected to meet Hadi "
     "al-Amiri later.", [MW(QAANI, KADHIMI)], [MW(QAANI, AMIRI)]),
    # "reports ... were denied": the denial after the verb, in the same sentence only
    ("Reports that Esmail Qaani met Hadi al-Amiri were denied by his office. Qaani met "
     "Mustafa al-Kadhimi on Monday.", [MW(QAANI, KADHIMI)], [MW(QAANI, AMIRI)]),
]


@pytest.mark.parametrize("text, found, not_found", CASES)
def test_negation_cues_act_in_their_own_sentence_only(text, found, not_found):
    got = rels(_EX.extract(text))
    assert set(found) <= got
    assert not set(not_found) & got


_TEXTS = [c[0] for c in CASES] + [
    "Y was dismissed. He was dismissed and replaced by X, who did not meet anyone.",
    "The minister was\ndismissed on Monday, although he may return.",
]


def _sentence_rules(text: str) -> list[SentenceRules]:
    doc = doc_of(text, _EX.gaz)
    for si in range(len(doc.sents)):
        find_mentions(doc, si)
    return [SentenceRules(doc, si) for si in range(len(doc.sents))]


@pytest.mark.parametrize("text", _TEXTS)
def test_sentence_cues_are_the_article_cues_of_the_sentence(text):
    for sr in _sentence_rules(text):
        whole = R._article_cues(sr.doc)
        own = R._range_cues(sr.doc, sr.lo, sr.hi)

        def inside(ps: list[int], lo: int = sr.lo, hi: int = sr.hi) -> list[int]:
            return [p for p in ps if lo <= p < hi]

        assert own.neg == inside(whole.neg)
        assert own.c01 == inside(whole.c01)
        assert own.hyp == inside(whole.hyp)
        assert own.aux_denied == inside(whole.aux_denied, hi=sr.hi - 1)
        assert own.flags[sr.lo:sr.hi] == whole.flags[sr.lo:sr.hi]


@pytest.mark.parametrize("text", _TEXTS)
def test_negated_and_hypothetical_answer_as_with_the_article_cues(text):
    for sr in _sentence_rules(text):
        got = [(sr.negated(k), sr.hypothetical(k)) for k in range(len(sr.doc.toks))]
        sr._cues = R._article_cues(sr.doc)  # the answers made from the whole article's cues
        assert got == [(sr.negated(k), sr.hypothetical(k)) for k in range(len(sr.doc.toks))]

