"""Speed gates of session 14: the steps of ``killings.more_killings`` that start from trigger
words declare them (``@needs``) and are skipped on a sentence without them; rules that scan a
sentence for a few keys test ``SentenceCore.key_set()`` first. Skipping must never change
what the extractor outputs (the sentences are our own, both languages)."""

import pytest

from loaders.extract import killings as K
from loaders.extract.dispatch import all_rules_run
from loaders.extract.mentions import Doc, find_mentions
from loaders.extract.relations import SentenceRules
from loaders.extract.rules import RuleExtractor
from loaders.extract.tokens import split_sentences, tokenize
from tests.extract_support import AB, rels

_EX = RuleExtractor()

SOLEIMANI = "person:qasem-soleimani"
HANIYEH = "person:ismail-haniyeh"
SINWAR = "person:yahya-sinwar"
NASRALLAH = "person:hassan-nasrallah"
SHUKR = "person:fuad-shukr"
US = "country:united-states"
ISR = "country:israel"
IDF = "organization:israel-defense-forces"

# (text, killings a reader finds in it, killings that must not be drawn)
CASES = [
    ("An American drone hit the car in which Qasem Soleimani was riding near Baghdad "
     "airport, killing him.", [AB(SOLEIMANI, US)], []),
    ("Hassan Nasrallah, slain by Israel in September, was buried in Beirut.",
     [AB(NASRALLAH, ISR)], []),
    ("Israel's military said its forces killed Yahya Sinwar in Rafah.", [AB(SINWAR, IDF)], []),
    ("أكد الجيش الإسرائيلي أن قواته قتلت يحيى السنوار في رفح.", [AB(SINWAR, IDF)], []),
    ("Qasem Soleimani was among those killed in the American strike near Baghdad airport.",
     [AB(SOLEIMANI, US)], []),
    ("Israel claimed responsibility for killing Fuad Shukr in Beirut.", [AB(SHUKR, ISR)], []),
    ("قتل إسماعيل هنية في غارة إسرائيلية في طهران، وقتل معه حارسه الشخصي.",
     [AB(HANIYEH, ISR)], []),
    # the filters: a condition, an accusation, a denial, an intention
    ("Iran said that unless Israel killed Ismail Haniyeh, the talks would go on.",
     [], [AB(HANIYEH, ISR)]),
    ("لولا أن إسرائيل اغتالت إسماعيل هنية، لاستمرت المفاوضات.", [], [AB(HANIYEH, ISR)]),
    ("If the United States had killed Qasem Soleimani, Iran would have retaliated at once.",
     [], [AB(SOLEIMANI, US)]),
    ("Iran accused Israel of killing Ismail Haniyeh in Tehran.", [], [AB(HANIYEH, ISR)]),
    ("اتهمت إيران إسرائيل باغتيال إسماعيل هنية في طهران.", [], [AB(HANIYEH, ISR)]),
    ("Israel did not claim the strike that killed Ismail Haniyeh in Tehran.", [],
     [AB(HANIYEH, ISR)]),
    ("Israel wants to kill Yahya Sinwar, officials said.", [], [AB(SINWAR, ISR)]),
]


@pytest.mark.parametrize("text, found, not_found", CASES)
def test_gated_killing_steps_find_and_filter_as_when_every_rule_runs(text, found, not_found):
    got = rels(_EX.extract(text))
    assert set(found) <= got
    assert not set(not_found) & got
    with all_rules_run():
        assert rels(_EX.extract(text)) == got


def test_the_trigger_steps_of_more_killings_declare_their_cue_words():
    for step in (K.killing_him_en, K.slain_by_en, K.its_forces_killed, K.killed_with_him_ar,
                 K.strike_subject_orderer_en, K.drop_accused, K.drop_negated_agent,
                 K.drop_infinitive, K.verdict_killer, K.admitted_killing):
        assert step.needs.word_sets, step.__name__


def _sentence(text: str) -> SentenceRules:
    toks = tokenize(text)
    doc = Doc(text, toks, split_sentences(text, toks), _EX.gaz)
    find_mentions(doc, 0)
    return SentenceRules(doc, 0)


def test_the_key_set_holds_every_token_key_names_included():
    sr = _sentence("If Qasem Soleimani had stayed home, nothing would have happened.")
    keys = sr.key_set()
    assert {"if", "stayed", "home"} <= keys
    assert {sr.toks[k].key for k in range(sr.lo, sr.hi)} == keys  # (names' tokens too)
    assert sr.key_set() is keys  # made once per sentence
