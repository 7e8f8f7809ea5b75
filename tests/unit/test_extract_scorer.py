"""The learned relation scorer (``--extractor rules+scorer``): its features, its plain-Python
inference, the shipped weights, and what a user sees: a core relation the rules miss appears
with method "scorer" and a confidence below the rules'; negated or planned meetings give
nothing; every relation of the rules is kept. Our own sentences, both languages."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from loaders.extract import available, get_extractor
from loaders.extract.relation_scorer import CLASSES, WEIGHTS_FILE, RelationScorer
from loaders.extract.rules import RuleExtractor
from loaders.extract.scorer_candidates import doc_candidates
from loaders.extract.scorer_features import Candidate, word_forms
from loaders.extract.tokens import tokenize

QAANI, SOL = "person:esmail-qaani", "person:qasem-soleimani"
SUD, ARAGH = "person:mohammed-shia-al-sudani", "person:abbas-araghchi"
CORE = ("MET_WITH", "SUCCESSOR_OF", "ASSASSINATED_BY")
REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def scored():
    return get_extractor("rules+scorer")


@pytest.fixture(scope="module")
def rules(scored):
    return RuleExtractor(gazetteer=scored.gaz)


def _core(doc):
    out = {}
    for r in doc["relations"]:
        if r["type"] in CORE:
            s, t = r["source"], r["target"]
            if r["type"] == "MET_WITH" and t < s:
                s, t = t, s
            out[(r["type"], s, t)] = r
    return out


def _forms(word):
    t = tokenize(word)[0]
    return word_forms(t.text, t.key, t.ar)


def _candidates(ex, text, include_related=True):
    """The scorer's candidates of *text* (pairs the rules related included)."""
    got = []

    class Capture(RuleExtractor):
        def more_relations(self, doc, rels, lang):
            got.extend(c for _si, c in doc_candidates(doc, rels, lang, include_related))
            return rels

    Capture(gazetteer=ex.gaz).extract(text)
    return got


def _pair(cands, x, y):
    return next(c for c in cands if {c.a.eid, c.b.eid} == {x, y})


# ---- features ----------------------------------------------------------------------------
@pytest.mark.parametrize("word, form, cue_bit", [
    ("والتقى", "التقي", 0),      # conjunction stripped, meeting cue
    ("واغتالته", "اغتالت", 2),   # conjunction and object pronoun stripped, killing cue
    ("اجتماعاً", "اجتماع", 0),   # accusative tanween
    ("وبحضور", "حضور", None),
    ("Successor", "successor", 1),
])
def test_word_forms_strip_clitics_and_find_cues(word, form, cue_bit):
    words, bits = _forms(word)
    assert form in words
    if cue_bit is not None:
        assert bits >> cue_bit & 1


def test_features_order_types_and_trigger_position(scored):
    c = _pair(_candidates(scored, "Iraqi Prime Minister Mohammed Shia al-Sudani met Iranian "
                                  "Foreign Minister Abbas Araghchi in Baghdad."), SUD, ARAGH)
    assert c.a.eid == SUD  # a is the first mention
    assert "lang=en" in c.feats and "T=Person|Person" in c.feats
    assert "A<meet<B|T=Person|Person" in c.feats
    assert not any(f.startswith("neg<") or f.startswith("modal<") for f in c.feats)


@pytest.mark.parametrize("text, cue", [
    ("Iranian Foreign Minister Abbas Araghchi did not meet Iraqi Prime Minister Mohammed "
     "Shia al-Sudani.", "neg<meet"),
    ("Iranian Foreign Minister Abbas Araghchi is expected to meet Iraqi Prime Minister "
     "Mohammed Shia al-Sudani next week.", "modal<meet"),
    ("ومن المقرر أن يلتقي وزير الخارجية الإيراني عباس عراقجي رئيس الوزراء العراقي محمد شياع "
     "السوداني.", "modal<meet"),
])
def test_features_mark_negated_and_planned_meetings(scored, text, cue):
    c = _pair(_candidates(scored, text), SUD, ARAGH)
    assert cue in c.feats


def test_arabic_features_are_clitic_free(scored):
    c = _pair(_candidates(scored, "وبحث رئيس الوزراء العراقي محمد شياع السوداني مع وزير "
                                  "الخارجية الإيراني عباس عراقجي الوضع في المنطقة."), SUD, ARAGH)
    assert "lang=ar" in c.feats
    assert any(f.startswith("C") and f.endswith(":meet") for f in c.feats)


def test_rules_related_pairs_are_no_candidates(scored):
    text = "Iraqi Prime Minister Mohammed Shia al-Sudani met Iranian Foreign Minister Abbas " \
           "Araghchi in Baghdad."
    assert _candidates(scored, text, include_related=False) == []


def test_sentence_without_core_cue_gives_no_candidate(scored):
    assert _candidates(scored, "Iraqi Prime Minister Mohammed Shia al-Sudani and Iranian "
                               "Foreign Minister Abbas Araghchi are both in Baghdad.") == []


# ---- inference -----------------------------------------------------------------------------
def _toy():
    return RelationScorer({
        "classes": {
            "MET": {"bias": -2.0, "weights": {"x": 4.0}},
            "SUCC_AB": {"bias": -5.0, "weights": {}},
            "SUCC_BA": {"bias": -1.0, "weights": {"y": 3.0}},
            "ASSN_AB": {"bias": -5.0, "weights": {}},
            "ASSN_BA": {"bias": -5.0, "weights": {}}},
        "thresholds": {"MET_WITH": 0.8, "SUCCESSOR_OF": 0.7, "ASSASSINATED_BY": 0.9}})


class _M:
    def __init__(self, eid):
        self.eid = eid


def test_inference_is_a_sigmoid_of_the_summed_weights():
    p = _toy().probabilities(["x", "unknown"])
    assert p["MET"] == pytest.approx(1 / (1 + 2.718281828459045 ** -2.0))
    assert set(p) == set(CLASSES)


def test_decide_gives_direction_and_respects_thresholds():
    sc = _toy()
    cand = Candidate(_M("person:a"), _M("person:b"), ["y"])
    # SUCC_BA: the second mention succeeded the first
    assert sc.decide(cand) == [("SUCCESSOR_OF", "person:b", "person:a", pytest.approx(0.881, 1e-3))]
    assert sc.decide(Candidate(_M("person:a"), _M("person:b"), [])) == []  # below thresholds


def test_shipped_weights_are_complete_and_dev_trained():
    data = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))
    assert set(data["classes"]) == set(CLASSES)
    assert set(data["thresholds"]) == set(CORE)
    trained = data["meta"]["trained_on"]
    # never a test set: the older test (D-F, M-P, X-Z, AV-AX, BE-BG) and the untouched pool
    # (BW-CK, CO-CQ, CX-CZ, DG-DI and the newest blind batches, KQ-KY since session 34); the
    # earlier blind test batches (DS-KP) are dev by now (trained on since session 25, HW-IE 26,
    # IF-IN 27, IO-IW 28, IX-JF 29, JG-JO 30, JP-JX 31, JY-KG 32, KH-KP 34)
    test_sets = [*"defmnopxyz", "av", "aw", "ax", "be", "bf", "bg", "bw", "bx", "by", "bz",
                 "ca", "cb", "cc", "cd", "ce", "cf", "cg", "ch", "ci", "cj", "ck", "co", "cp",
                 "cq", "cx", "cy", "cz", "dg", "dh", "di", "kq", "kr", "ks", "kt", "ku", "kv",
                 "kw", "kx", "ky"]
    assert trained and not any(f"extract_test_{x}" in trained for x in test_sets)


def test_registered_and_selectable():
    assert "rules+scorer" in available()
    assert get_extractor("rules").name == "rules"


def test_runtime_needs_no_training_library():
    code = ("import sys; from loaders.extract import get_extractor; "
            "get_extractor('rules+scorer').extract('Esmail Qaani inherited the Quds Force from "
            "Qasem Soleimani.'); print('sklearn' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True,
                         text=True, check=True)
    assert out.stdout.strip() == "False"


# ---- what a user sees ------------------------------------------------------------------------
# (The English case "X was in Baghdad for a session with Y" scores 0.81 with the weights retrained
# in session 13, under their MET_WITH threshold of 0.9, so it is no longer found.)
SCORER_FINDS = [
    # (session 64: the rules now read «وأجرى X مباحثات موسعة في بغداد مع Y» themselves,
    # meeting_fallback._hold_before_ar; «وكانت لـX مباحثات» is still the scorer's)
    ("talks_noun_after_place_ar",
     "وكانت لرئيس الوزراء العراقي محمد شياع السوداني مباحثات موسعة في بغداد مع وزير الخارجية "
     "الإيراني عباس عراقجي.", ("MET_WITH", ARAGH, SUD)),
]


@pytest.mark.parametrize("name, text, rel", SCORER_FINDS, ids=[c[0] for c in SCORER_FINDS])
def test_scorer_adds_a_relation_the_rules_miss(scored, rules, name, text, rel):
    assert rel not in _core(rules.extract(text)), "the rules find it now: pick another case"
    got = _core(scored.extract(text))
    assert rel in got
    assert got[rel]["method"] == "scorer"
    assert 0 < got[rel]["confidence"] < 0.8  # below every rule's confidence
    assert got[rel]["evidence"]["sentence"] in text


NO_MEETING = [
    "Iranian Foreign Minister Abbas Araghchi did not meet Iraqi Prime Minister Mohammed Shia "
    "al-Sudani during his stay in Baghdad.",
    "Iranian Foreign Minister Abbas Araghchi is expected to meet Iraqi Prime Minister Mohammed "
    "Shia al-Sudani next week.",
    "Iranian Foreign Minister Abbas Araghchi denied that he had held talks with Iraqi Prime "
    "Minister Mohammed Shia al-Sudani.",
    "Iranian Foreign Minister Abbas Araghchi spoke by phone with Iraqi Prime Minister Mohammed "
    "Shia al-Sudani about the talks.",
    "لم يلتق وزير الخارجية الإيراني عباس عراقجي رئيس الوزراء العراقي محمد شياع السوداني خلال "
    "زيارته.",
    "ومن المقرر أن يلتقي وزير الخارجية الإيراني عباس عراقجي رئيس الوزراء العراقي محمد شياع "
    "السوداني الأسبوع المقبل.",
    "وأجرى وزير الخارجية الإيراني عباس عراقجي اتصالاً هاتفياً برئيس الوزراء العراقي محمد شياع "
    "السوداني بحثا خلاله الاجتماع المقبل.",
    "ونفى مكتب رئيس الوزراء العراقي محمد شياع السوداني أن يكون قد اجتمع بوزير الخارجية "
    "الإيراني عباس عراقجي.",
]


@pytest.mark.parametrize("text", NO_MEETING)
def test_negated_planned_or_phoned_meeting_gives_none(scored, text):
    assert ("MET_WITH", ARAGH, SUD) not in _core(scored.extract(text))


RULE_TEXTS = [
    "Iraqi Prime Minister Mohammed Shia al-Sudani met Iranian Foreign Minister Abbas Araghchi "
    "in Baghdad. Esmail Qaani succeeded Qasem Soleimani, who was killed by the United States.",
    "التقى رئيس الوزراء العراقي محمد شياع السوداني وزير الخارجية الإيراني عباس عراقجي. وخلف "
    "إسماعيل قاآني قاسم سليماني الذي اغتالته الولايات المتحدة.",
]


@pytest.mark.parametrize("text", RULE_TEXTS)
def test_every_rule_relation_is_kept(scored, rules, text):
    mine = scored.extract(text)
    base = rules.extract(text)
    key = lambda r: (r["type"], r["source"], r["target"], r["method"], r["confidence"])  # noqa: E731
    assert {key(r) for r in base["relations"]} <= {key(r) for r in mine["relations"]}
    assert base["entities"] == mine["entities"]
    assert mine["meta"]["extractor"] == "rules+scorer"
