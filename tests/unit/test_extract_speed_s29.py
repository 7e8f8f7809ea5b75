"""Speed steps of session 29 (docs/extraction.md, module table, "session 29 (speed)").

- ``SentenceRules.run`` skips its block of twenty meeting rules (``_C_ATTENDED`` to
  ``_C_HOME``) with one test when the sentence holds none of their cue words
  (``_C_MEETING_MORE``): a sentence with one of them still gets its relations.
- The last five gates of ``run`` (SUPPORTS, WITHDREW_FROM, LOCATED_IN, REPORTED_BY,
  ATTACKED) are written out, not looped over: their rules still fire.
- ``find_mentions`` slices the sentence's text once for its tests of characters.

The sentences are our own (both languages); skipping work must never change the output.
"""

import pytest

from loaders.extract import relations as R
from loaders.extract.dispatch import all_rules_run, open_rules
from loaders.extract.mentions import find_mentions
from loaders.extract.relations import SentenceRules
from loaders.extract.rules import RuleExtractor
from tests.extract_support import MW, doc_of, rels

_EX = RuleExtractor()

QAANI = "person:esmail-qaani"
AMIRI = "person:hadi-al-amiri"
KADHIMI = "person:mustafa-al-kadhimi"
KHAZALI = "person:qais-al-khazali"


def _sentence_rules(text: str) -> list[SentenceRules]:
    doc = doc_of(text, _EX.gaz)
    for si in range(len(doc.sents)):
        find_mentions(doc, si)
    return [SentenceRules(doc, si) for si in range(len(doc.sents))]


# (text, relations a reader finds): the block's rules ("Also present were", "كما حضر
# الاجتماع") and the last five gates' rules still act
CASES = [
    ("Esmail Qaani met Mustafa al-Kadhimi in Baghdad on Monday. Also present were Hadi "
     "al-Amiri and Qais al-Khazali.",
     {MW(QAANI, KADHIMI), MW(QAANI, AMIRI), MW(AMIRI, KADHIMI), MW(KADHIMI, KHAZALI)}),
    ("التقى إسماعيل قاآني مصطفى الكاظمي في بغداد. كما حضر الاجتماع هادي العامري.",
     {MW(QAANI, KADHIMI), MW(QAANI, AMIRI), MW(AMIRI, KADHIMI)}),
    ("The United States withdrew from the Iran nuclear deal in 2018.",
     {("WITHDREW_FROM", "country:united-states", "agreement:jcpoa")}),
    ("وانسحبت الولايات المتحدة من الاتفاق النووي.",
     {("WITHDREW_FROM", "country:united-states", "agreement:jcpoa")}),
    ("Kataib Hezbollah attacked the U.S. embassy in Baghdad, Reuters reported.",
     {("ATTACKED", "organization:kataib-hezbollah", "location:us-embassy-baghdad")}),
]


@pytest.mark.parametrize("text, found", CASES)
def test_the_skipped_blocks_rules_still_act_on_their_cue_words(text, found):
    doc = _EX.extract(text)
    assert found <= rels(doc)
    with all_rules_run():  # every rule asked to run: the same relations
        assert RuleExtractor().extract(text)["relations"] == doc["relations"]


@pytest.mark.parametrize("text, block", [
    ("Esmail Qaani met Mustafa al-Kadhimi in Baghdad on Monday.", False),
    ("التقى إسماعيل قاآني مصطفى الكاظمي في بغداد.", False),
    ("Also present were Hadi al-Amiri and Qais al-Khazali.", True),
    ("كما حضر الاجتماع هادي العامري.", True),
])
def test_the_block_flag_is_whether_one_of_its_cue_words_is_there(text, block):
    sr = _sentence_rules(text)[0]
    cues = R._open_gates(sr.present_sets, sr.mention_types)[1]
    assert cues[R._C_MEETING_MORE] == any(cues[R._C_ATTENDED:R._C_HOME + 1]) == block


def test_the_written_out_gates_are_the_last_five():
    assert R._RUN_GATES[R._LAST:] == (R._G_SUPPORTS, R._G_WITHDREW, R._G_LOCATED_IN,
                                      R._G_REPORTED_BY, R._G_ATTACKED)
    assert (R._WITHDREW, R._ATTACKED) == (R._LAST + 1, len(R._RUN_GATES) - 1)


# killings.more_killings calls its rules from lists, the gated ones whose cue words the
# sentence lacks left out once per sentence (``dispatch.open_rules``): a rule of either
# script still finds its killing, the same as when every rule is asked to run
KILL_CASES = [
    ("Israeli troops shot dead Hamas commander Yahya Sinwar in Rafah, the army said.",
     ("ASSASSINATED_BY", "person:yahya-sinwar", "organization:israel-defense-forces")),
    ("نفذت إسرائيل عملية اغتيال القيادي في حماس صالح العاروري في بيروت.",
     ("ASSASSINATED_BY", "person:saleh-al-arouri", "country:israel")),
    ("أردت القوات الإسرائيلية يحيى السنوار قتيلاً في رفح.",
     ("ASSASSINATED_BY", "person:yahya-sinwar", "organization:israel-defense-forces")),
]


@pytest.mark.parametrize("text, killing", KILL_CASES)
def test_the_killing_rules_run_from_their_lists(text, killing):
    doc = _EX.extract(text)
    assert killing in rels(doc)
    with all_rules_run():
        assert RuleExtractor().extract(text)["relations"] == doc["relations"]


def test_open_rules_leaves_out_the_gated_rules_without_their_cue_words():
    from loaders.extract import killings as K  # noqa: PLC0415

    for steps in (K._EN_STEPS, K._AR_STEPS, K._AR_STEPS_AFTER):
        none_open = open_rules(steps, set())
        assert none_open == tuple(r for r in steps if getattr(r, "needs", None) is None)
        gated = next(r for r in steps if getattr(r, "needs", None) is not None)
        some = open_rules(steps, set(gated.needs.word_sets))
        assert gated.__wrapped__ in some and gated not in some
        with all_rules_run():
            assert open_rules(steps, set()) == steps
