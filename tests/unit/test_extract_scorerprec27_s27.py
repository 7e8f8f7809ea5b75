"""Session 27, scorerprec27: the scorer's thresholds (MET_WITH 0.4, SUCCESSOR_OF 0.6,
ASSASSINATED_BY 0.35, chosen on IF-IN held out) and the dev / test lists of its training data
(IF-IN dev since session 27, IO-IW since session 28, IX-JF since session 29, JG-JO since
session 30, JP-JX since session 31, JY-KG since session 32, KH-KP since session 34; KQ-KY the
new test)."""

import json

import pytest

from loaders.extract import get_extractor
from loaders.extract.relation_scorer import WEIGHTS_FILE
from tests.unit.bench_scripts import load_bench

CORE = ("MET_WITH", "SUCCESSOR_OF", "ASSASSINATED_BY")


@pytest.fixture(scope="module")
def scored():
    return get_extractor("rules+scorer")


def _core(doc):
    return {(r["type"], r["source"], r["target"]) for r in doc["relations"] if r["type"] in CORE}


def test_if_kp_are_dev_batches_and_kq_ky_are_test(scored):
    """IF-IN, IO-IW, IX-JF, JG-JO, JP-JX, JY-KG and KH-KP (sessions 26-33's tests) and
    session 42's first new set KZ-LE are dev; session 34's KQ-KY and session 42's LF-LK are test."""
    data = load_bench("scorer_training_data")
    for batch in ("IF IG IH", "II IJ IK", "IL IM IN", "IO IP IQ", "IR IS IT", "IU IV IW",
                  "IX IY IZ", "JA JB JC", "JD JE JF", "JG JH JI", "JJ JK JL", "JM JN JO",
                  "JP JQ JR", "JS JT JU", "JV JW JX", "JY JZ KA", "KB KC KD", "KE KF KG",
                  "KH KI KJ", "KK KL KM", "KN KO KP", "KZ LA", "LB LC", "LD LE"):
        assert data.DEV_BATCHES[batch] == [f"extract_test_{x}" for x in batch.lower().split()]
    dev = {d for ds in data.DEV_BATCHES.values() for d in ds}
    for x in ("kq", "kr", "ks", "kt", "ku", "kv", "kw", "kx", "ky",
              "lf", "lg", "lh", "li", "lj", "lk"):
        assert f"extract_test_{x}" in data.FORBIDDEN  # listed before the folders exist
        assert f"extract_test_{x}" not in dev
    assert not dev & data.FORBIDDEN
    with pytest.raises(AssertionError):  # collect refuses a test set
        data.collect(scored.gaz, ["extract_test_kq"])


def test_shipped_weights_are_trained_on_if_in_with_the_session_27_thresholds():
    data = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))
    # session 46: chosen on writers the code never saw (test_extract_scorer_thresholds_s46)
    assert data["thresholds"] == {"MET_WITH": 0.35, "SUCCESSOR_OF": 0.6, "ASSASSINATED_BY": 0.3}
    trained = data["meta"]["trained_on"]
    assert {f"extract_test_{x}" for x in ("if", "ig", "ih", "ii", "ij", "ik", "il", "im", "in")
            } <= set(trained)


# "X killed Y, and Z did something else": the killer of Y is not Z's killer. With the shipped
# weights the scorer gives (Qaani, killed by the U.S.) p 0.33: added at session 26's threshold
# for ASSASSINATED_BY (0.25), not at 0.35.
OTHER_CLAUSE_NOT_KILLED = [
    ("en", "Qasem Soleimani was killed in 2020 by a U.S. drone strike ordered by Donald Trump, "
           "and Esmail Qaani has struggled since to impose discipline on the factions.",
     ("ASSASSINATED_BY", "person:esmail-qaani", "country:united-states")),
    ("ar", "وأعلنت إسرائيل أنها اغتالت إسماعيل هنية في طهران، فيما كان مسعود بزشكيان يستقبل "
           "ضيوفه.",
     ("ASSASSINATED_BY", "person:masoud-pezeshkian", "country:israel")),
]


@pytest.mark.parametrize("lang, text, rel", OTHER_CLAUSE_NOT_KILLED,
                         ids=[c[0] for c in OTHER_CLAUSE_NOT_KILLED])
def test_a_person_of_another_clause_is_not_the_killers_victim(scored, lang, text, rel):
    assert rel not in _core(scored.extract(text, lang=lang))
