"""Session 30, scorercost: the bound's per-sentence part (``ScoreBound.sentence``) ors the cue
bits of the four tokens before each cue token by looking back over the few cues just before it
(the cues ascend), not over every cue of the sentence. The bits are those of the full scan, in
both languages, and the scorer's relations are the same."""

import pytest

from loaders.extract.scored import ScoredExtractor
from loaders.extract.scorer_bound import ScoreBound
from loaders.extract.scorer_features import SentScan
from loaders.extract.tokens import tokenize

_SENTENCES = (
    "Iraqi Prime Minister Mohammed Shia al-Sudani met US envoy Tom Barrack in Baghdad on "
    "Tuesday and said the talks, expected to resume, were not planned; no date was set.",
    "Qaani succeeded Soleimani after Soleimani was killed in a US drone strike, the army said.",
    "والتقى رئيس الوزراء محمد شياع السوداني المبعوث الأمريكي في بغداد، ولم يتم تحديد موعد "
    "للقاء المقبل، بحسب ما قال مكتبه.",
    "وخلفه في المنصب نائبه بعد اغتياله بغارة إسرائيلية نفذتها طائرة مسيرة، وفق ما ذكرت الوكالة.",
)


def _brute_before(cues, lo):
    out = {}
    for k, _b, _w, _x in cues:
        j0 = max(k - 4, lo)
        nm = 0
        for j, bits, _w2, _x2 in cues:
            if j0 <= j < k:
                nm |= bits
        out[k] = nm
    return out


@pytest.mark.parametrize("text", _SENTENCES)
def test_the_bits_before_each_cue_are_those_of_every_cue_looked_at(text):
    bound = ScoreBound(ScoredExtractor().scorer)
    toks = tokenize(text)
    for lo in (0, 3):  # (a sentence starting inside the token list too)
        sb = bound.sentence(SentScan(toks, lo, len(toks)), [], "en")
        assert len(sb.cues) >= 4
        assert sb.before == _brute_before(sb.cues, lo)
        assert any(sb.before.values())  # (some cue has another just before it)


def test_the_scorer_still_adds_the_meeting_the_rules_miss():
    ex = ScoredExtractor()
    # ("toured": "arrived ..., and was received by Y" is the rules' own since session 38)
    text = ("Iran's President Masoud Pezeshkian toured Baghdad on Wednesday on his first "
            "foreign trip since taking office, and was received at the Government Palace by "
            "Prime Minister Mohammed Shia al-Sudani.")
    met = [(r["source"], r["target"], r["method"])
           for r in ex.extract(text, lang="en")["relations"] if r["type"] == "MET_WITH"]
    assert met == [("person:masoud-pezeshkian", "person:mohammed-shia-al-sudani", "scorer")]
