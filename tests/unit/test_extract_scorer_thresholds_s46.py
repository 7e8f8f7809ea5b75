"""Session 46: the scorer's thresholds chosen on writers the code had never seen, and the
veto they needed ("speaker": a person who tells of a killing is not its agent).

The thresholds MET_WITH 0.35, SUCCESSOR_OF 0.6, ASSASSINATED_BY 0.3 are the pre-registered
choice of ``bench/scorer_fresh_thresholds.py`` (each former test set run at the last commit
before it became dev). At ASSASSINATED_BY 0.3 the scorer took the spokesman of "spokesman X
said the strike killed Y" for the killer (p 0.39); ``scorer_speaker.speaker`` vetoes it.
"""

import json

import pytest

from loaders.extract import get_extractor, scorer_gates
from loaders.extract.relation_scorer import WEIGHTS_FILE
from loaders.extract.scorer_speaker import speaker
from tests.extract_support import scorer_inputs


def _speakers(text: str, lang: str) -> set[str]:
    doc, _rels, _lang = scorer_inputs([(text, lang)])[0]
    return {m.eid for si, ms in doc.by_sent.items() for m in ms
            if speaker(m, doc.toks, doc.sents[si].lo, doc.sents[si].hi)}


def test_the_shipped_thresholds_are_the_fresh_writers_choice():
    data = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))
    assert data["thresholds"] == {"MET_WITH": 0.35, "SUCCESSOR_OF": 0.6, "ASSASSINATED_BY": 0.3}
    assert "scorer_fresh_thresholds.py" in data["meta"]["chosen_on"]
    assert "speaker" in scorer_gates.GATES


@pytest.mark.parametrize("text, lang, who", [
    ("Israeli military spokesman Daniel Hagari said the strike also killed Ali Karaki.", "en",
     "person:daniel-hagari"),
    ("The strike killed Ali Karaki, according to spokesman Daniel Hagari.", "en",
     "person:daniel-hagari"),
    ("وقال المتحدث باسم الجيش الإسرائيلي دانيال هاغاري إن الغارة قتلت القيادي علي كركي.", "ar",
     "person:daniel-hagari"),
])
def test_the_one_who_tells_of_a_killing_is_a_speaker(text, lang, who):
    assert who in _speakers(text, lang)


@pytest.mark.parametrize("text, lang", [
    # he says he did it: the orderer, not a mere speaker
    ("Both men died in a strike President Donald Trump said he had ordered.", "en"),
    ("President Donald Trump said that he personally ordered the strike that killed Qasem "
     "Soleimani.", "en"),
    # named, then a verb that is not one of saying
    ("President Donald Trump ordered the strike that killed Qasem Soleimani.", "en"),
    ("وقال الرئيس الأميركي دونالد ترامب إنه أمر بالضربة التي قتلت قاسم سليماني.", "ar"),
])
def test_one_who_claims_the_deed_or_does_not_speak_is_no_speaker(text, lang):
    assert "person:donald-trump" not in _speakers(text, lang)


def test_the_spokesman_gets_no_victim_from_the_scorer_at_the_new_thresholds():
    ex = get_extractor("rules+scorer")
    text = ("Israeli military spokesman Daniel Hagari said the strike also killed Ali Karaki, "
            "a senior Hezbollah commander.")
    got = {(r["type"], r["source"], r["target"]) for r in ex.extract(text, lang="en")["relations"]}
    assert ("ASSASSINATED_BY", "person:ali-karaki", "person:daniel-hagari") not in got
