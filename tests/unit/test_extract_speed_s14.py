"""Speed gates of session 14: the steps of ``killings.more_killings`` that start from trigger
words declare them (``@needs``) and are skipped on a sentence without them; rules that scan a
sentence for a few keys test ``SentenceCore.key_set()`` first. Skipping must never change
what the extractor outputs (the sentences are our own, both languages)."""

import pytest

from loaders.extract.dispatch import all_rules_run
from loaders.extract.kill_agents_en import slain_by_en
from loaders.extract.kill_claims_verdicts import admitted_killing, verdict_killer
from loaders.extract.kill_filters import drop_accused, drop_infinitive, drop_negated_agent
from loaders.extract.kill_groups_forces import its_forces_killed
from loaders.extract.kill_orderers import (
    far_orderers,
    later_orderer,
    passive_orderer_en,
    strike_subject_orderer_en,
)
from loaders.extract.kill_same_strike import killed_with_him_ar, killing_him_en
from loaders.extract.mentions import Doc, find_mentions
from loaders.extract.relations import SentenceRules
from loaders.extract.rules import RuleExtractor
from loaders.extract.tokens import split_sentences, tokenize
from tests.extract_support import AB, norm, rels

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
    for step in (killing_him_en, slain_by_en, its_forces_killed, killed_with_him_ar,
                 strike_subject_orderer_en, drop_accused, drop_negated_agent,
                 drop_infinitive, verdict_killer, admitted_killing):
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


SHUKR_ID, QAANI, KADHIMI = "person:fuad-shukr", "person:esmail-qaani", "person:mustafa-al-kadhimi"
ZARIF, SALIH = "person:mohammad-javad-zarif", "person:barham-salih"

# the rules of core_wire_rules and core_context, each behind its own cue words
WIRE_AND_CONTEXT = [
    ("Israeli jets struck a building in Beirut on Friday, killing Fuad Shukr.",
     ("ASSASSINATED_BY", SHUKR_ID, ISR)),
    ("Fuad Shukr was killed when Israeli jets struck a building in Beirut.",
     ("ASSASSINATED_BY", SHUKR_ID, ISR)),
    ("قصفت طائرات إسرائيلية مبنى في بيروت، ما أسفر عن مقتل فؤاد شكر.",
     ("ASSASSINATED_BY", SHUKR_ID, ISR)),
    ("قتل فؤاد شكر عندما قصفت طائرات إسرائيلية مبنى في بيروت.",
     ("ASSASSINATED_BY", SHUKR_ID, ISR)),
    ("Esmail Qaani, named to succeed Qasem Soleimani, arrived in Baghdad.",
     ("SUCCESSOR_OF", QAANI, SOLEIMANI)),
    ("Esmail Qaani met leaders of armed factions in Baghdad, among them Hadi al-Amiri and "
     "Qais al-Khazali.", ("MET_WITH", QAANI, "person:hadi-al-amiri")),
    ("Iraqi Prime Minister Mustafa al-Kadhimi told visiting Iranian Foreign Minister "
     "Mohammad Javad Zarif that Iraq wants calm.", ("MET_WITH", KADHIMI, ZARIF)),
    ("Mustafa al-Kadhimi and Barham Salih discussed the budget during a meeting in Baghdad.",
     ("MET_WITH", SALIH, KADHIMI)),
    ("Hezbollah named Naim Qassem as its new secretary-general.",
     ("LEADS", "person:naim-qassem", "organization:hezbollah")),
    ("Mohammad Javad Zarif left for Baghdad on Sunday.",
     ("VISITED", ZARIF, "location:baghdad")),
    ("Mohammad Javad Zarif visited Mustafa al-Kadhimi at his office in Baghdad.",
     ("MET_WITH", KADHIMI, ZARIF)),
    ("Mustafa al-Kadhimi was visited by Mohammad Javad Zarif at his office on Sunday.",
     ("MET_WITH", KADHIMI, ZARIF)),
    ("Mohammad Javad Zarif, meeting Mustafa al-Kadhimi in Baghdad, said Iran wants calm.",
     ("MET_WITH", KADHIMI, ZARIF)),
    ("قتل قاسم سليماني في غارة أميركية. وخلفه في قيادة فيلق القدس إسماعيل قاآني.",
     ("SUCCESSOR_OF", QAANI, SOLEIMANI)),
    ("وخلال لقائه رئيس الوزراء مصطفى الكاظمي في بغداد، أكد محمد جواد ظريف أن إيران تريد "
     "الهدوء.", ("MET_WITH", KADHIMI, ZARIF)),
]


@pytest.mark.parametrize("text, want", WIRE_AND_CONTEXT)
def test_wire_and_context_rules_behind_their_cue_words_find_as_before(text, want):
    got = rels(_EX.extract(text))
    assert norm(want) in got
    with all_rules_run():
        assert rels(_EX.extract(text)) == got


def test_each_wire_rule_has_its_own_gate_in_run():
    from loaders.extract import core_wire_rules as W
    from loaders.extract import relations as R

    gated = {g[0] for g in R._RUN_GATES}
    assert set(W.RULE_CUES) <= gated
    quiet = _sentence("Qaani met Amiri in Baghdad.")
    gates = R._open_gates(quiet.present_sets, quiet.mention_types)[0]
    assert not gates[R._W_MORE_KILLS] and not gates[R._W_VISITED_MORE]


# more rules behind their cue words: "which hosts" (located_in_rules._hosts), the announced killing and
# the army's strike (kill_claims.py), the relative's killing (kill_filters._kin_clauses)
MORE_GATED = [
    ("Rockets hit Ain al-Asad air base, which hosts U.S. troops, on Tuesday.",
     {("LOCATED_IN", "organization:us-armed-forces", "location:ain-al-asad-air-base")}, set()),
    ("أعلن الجيش الإسرائيلي اغتيال فؤاد شكر في بيروت.", {AB(SHUKR, IDF)}, set()),
    ("The Israel Defense Forces announced the killing of Fuad Shukr in Beirut.",
     {AB(SHUKR, IDF)}, set()),
    ("The Israeli military said a strike killed Fuad Shukr in Beirut.", {AB(SHUKR, IDF)},
     set()),
    ("Hassan Nasrallah, whose son was killed by Israel in 1997, spoke on Friday.", set(),
     {AB(NASRALLAH, ISR)}),
]


@pytest.mark.parametrize("text, found, not_found", MORE_GATED)
def test_more_gated_rules_find_and_filter_as_when_every_rule_runs(text, found, not_found):
    got = rels(_EX.extract(text))
    assert found <= got
    assert not not_found & got
    with all_rules_run():
        assert rels(_EX.extract(text)) == got


def test_the_kill_claim_rules_declare_their_cue_words():
    from loaders.extract import kill_claims as KC

    assert KC.announced_killing.needs.word_sets and KC.said_strike_killed_en.needs.word_sets


TRUMP = "person:donald-trump"

# the orderer rules (later_orderer, far_orderers, passive_orderer_en: they relate only an
# orderer, so they need an order word) and strike_that_killed_en, behind their cue words
ORDERERS = [
    ("Qasem Soleimani was killed in a U.S. strike near Baghdad airport. The strike was "
     "ordered by President Donald Trump.", {AB(SOLEIMANI, US), AB(SOLEIMANI, TRUMP)}),
    ("Qasem Soleimani was killed by a drone strike that President Donald Trump ordered.",
     {AB(SOLEIMANI, TRUMP)}),
    ("A U.S. strike killed Qasem Soleimani near Baghdad airport, adding that the strike had "
     "been carried out on the orders of President Donald Trump.",
     {AB(SOLEIMANI, US), AB(SOLEIMANI, TRUMP)}),
    ("قتل قاسم سليماني في غارة أميركية قرب مطار بغداد. ونفذت الغارة بأمر من الرئيس دونالد "
     "ترامب.", {AB(SOLEIMANI, US), AB(SOLEIMANI, TRUMP)}),
    ("The strike that killed Fuad Shukr was carried out by Israel.", {AB(SHUKR, ISR)}),
]


@pytest.mark.parametrize("text, found", ORDERERS)
def test_orderer_rules_behind_their_cue_words_find_as_before(text, found):
    got = rels(_EX.extract(text))
    assert found <= got
    with all_rules_run():
        assert rels(_EX.extract(text)) == got


def test_the_orderer_rules_declare_the_order_words():
    from loaders.extract import strike_done_by as SD

    for step in (later_orderer, far_orderers, passive_orderer_en,
                 SD.strike_that_killed_en):
        assert step.needs.word_sets, step.__name__
