"""Speed structures of the relation engine (loaders/extract/relations.py, session 11): the
per-sentence gate look-up of ``SentenceRules.run`` (``_open_gates``). It must give exactly
what the plain computation gives, and stay bounded."""

import pytest

from loaders.extract import relations as R
from loaders.extract.dispatch import all_rules_run
from loaders.extract.mentions import Doc, find_mentions
from loaders.extract.relations import SentenceRules
from loaders.extract.rules import RuleExtractor
from loaders.extract.tokens import split_sentences, tokenize

_EX = RuleExtractor()

# our own sentences, both languages: meetings, killings, successions, negation, modals,
# denials, passives, lists, organisations, outlets, sentences without any cue word
TEXTS = [
    "Iranian Quds Force commander Esmail Qaani met Iraqi Prime Minister Mustafa al-Kadhimi "
    "in Baghdad on Monday. He did not meet President Barham Salih, but he may visit Erbil. "
    "Reports that Qaani met Hadi al-Amiri were denied by the Badr Organization.",
    "Soleimani was killed in a drone strike near Baghdad airport ordered by President Donald "
    "Trump, Reuters reported. Among the dead was Abu Mahdi al-Muhandis.",
    "Mohammed Shia al-Sudani succeeded Mustafa al-Kadhimi as prime minister. The weather "
    "in Basra was hot. Nobody said anything else.",
    "التقى قائد فيلق القدس إسماعيل قاآني رئيس الوزراء العراقي مصطفى الكاظمي في بغداد. ولم "
    "يلتق الرئيس برهم صالح، وقد يزور أربيل لاحقا.",
    "اغتيل قاسم سليماني بغارة أميركية قرب مطار بغداد، ونفت واشنطن أن يكون ترامب قد التقى "
    "أحدا. وخلف إسماعيل قاآني سليماني في قيادة فيلق القدس.",
    "Zorblaxian envoys quietly glimmered near Qwertyville; the Flumph could not meet anyone.",
]


def _doc(text: str) -> Doc:
    toks = tokenize(text)
    doc = Doc(text, toks, split_sentences(text, toks), _EX.gaz)
    for si in range(len(doc.sents)):
        find_mentions(doc, si)
    return doc


@pytest.mark.parametrize("text", TEXTS)
def test_the_gate_look_up_opens_exactly_the_gates_the_sets_and_types_open(text):
    doc = _doc(text)
    for si in range(len(doc.sents)):
        sr = SentenceRules(doc, si)
        want = tuple(not g[1].isdisjoint(sr.present_sets) or
                     not g[2].isdisjoint(sr.mention_types) for g in R._RUN_GATES)
        cues = tuple(not c.isdisjoint(sr.present_sets) for c in R._RUN_CUES)
        assert R._open_gates(sr.present_sets, sr.mention_types) == (want, cues)
        assert R._open_gates(sr.present_sets, sr.mention_types) == (want, cues)  # (cached)


def test_the_gate_cache_stays_bounded():
    ws = [frozenset({f"w{i}"}) for i in range(5000)]
    for w in ws:
        R._open_gates({w}, set())
    assert len(R._OPEN_GATES) <= 4096


@pytest.mark.parametrize("text", TEXTS)
def test_the_relations_are_the_same_with_every_rule_run(text):
    want = _EX.extract(text)["relations"]
    with all_rules_run():
        got = RuleExtractor().extract(text)["relations"]
    assert got == want
    if "Soleimani was killed" in text:  # (what a user sees: the killings and their agent)
        assert {(r["type"], r["source"], r["target"]) for r in want} >= {
            ("ASSASSINATED_BY", "person:qasem-soleimani", "person:donald-trump"),
            ("ASSASSINATED_BY", "person:abu-mahdi-al-muhandis", "person:donald-trump")}


# strike_refs.py's three sentence rules declare their cue words (@needs): run() calls them
# only on a sentence with a strike word / "among" / "named the dead", with the same result
STRIKE_CASES = [
    ("A U.S. drone struck the convoy near Baghdad airport on Friday. Among the dead was Abu "
     "Mahdi al-Muhandis.",
     {("person:abu-mahdi-al-muhandis", "country:united-states")}),
    ("قصفت طائرة أميركية مسيرة القافلة قرب مطار بغداد. وكان بين القتلى أبو مهدي المهندس.",
     {("person:abu-mahdi-al-muhandis", "country:united-states")}),
    ("Israeli jets struck a building in Beirut on Tuesday. The army named the dead as Saleh "
     "al-Arouri and Hassan Nasrallah.",
     {("person:saleh-al-arouri", "country:israel"), ("person:hassan-nasrallah", "country:israel")}),
    ("غارة إسرائيلية استهدفت مبنى في بيروت. وكشف الجيش عن هويتي القتيلين، وهما صالح العاروري "
     "وحسن نصر الله.",
     {("person:saleh-al-arouri", "country:israel"), ("person:hassan-nasrallah", "country:israel")}),
    # no agent named for the strike: nobody is its victim by an agent
    ("The convoy was struck near Baghdad airport. Among the dead was Abu Mahdi al-Muhandis.",
     set()),
]


@pytest.mark.parametrize("text, killings", STRIKE_CASES)
def test_the_victims_of_a_strike_told_before_keep_its_agent(text, killings):
    rels = _EX.extract(text)["relations"]
    assert {(r["source"], r["target"]) for r in rels if r["type"] == "ASSASSINATED_BY"} == \
        killings
    with all_rules_run():
        assert RuleExtractor().extract(text)["relations"] == rels


def test_the_strike_rules_are_gated_on_their_cue_words():
    doc = _doc("Qaani met Amiri in Baghdad. Among the dead was Abu Mahdi al-Muhandis.")
    quiet, among = (R._open_gates(sr.present_sets, sr.mention_types)[0]
                    for sr in (SentenceRules(doc, 0), SentenceRules(doc, 1)))
    assert not quiet[R._STRIKE_AGENTS] and not quiet[R._AMONG_DEAD]
    assert not quiet[R._NAMED_DEAD]
    assert among[R._AMONG_DEAD] and not among[R._NAMED_DEAD]
