"""Session 28, scorercost: ``doc_candidates`` finds the article's main actor only for a
sentence that names one person (the only kind ``actor_candidate`` pairs with him), and indexes
a sentence's rule relations only for a pair the title gates keep; the candidates are the
same: "He met X" still pairs the main actor with X, a sentence naming two people does not."""

from loaders.extract.rules import RuleExtractor
from loaders.extract.scorer_candidates import _one_person, _rule_partners, doc_candidates


def _candidates(text: str, lang: str = "en") -> list[tuple[str, str, str]]:
    got = []

    class Capture(RuleExtractor):
        def more_relations(self, doc, rels, lang_):
            got.extend((doc.sents[si].lo, c.a.kind, c.b.eid)
                       for si, c in doc_candidates(doc, rels, lang_, include_related=True))
            return rels

    Capture().extract(text, lang=lang)
    return [(kind, eid) for _lo, kind, eid in got]


def test_the_main_actor_still_pairs_with_the_one_person_of_a_later_sentence():
    got = _candidates("Iranian Foreign Minister Abbas Araghchi arrived in Doha on Monday. "
                      "Abbas Araghchi said the talks would be long. "
                      "He later met Emir Tamim bin Hamad Al Thani at the palace.")
    assert any(kind == "actor" for kind, _eid in got), got


def test_one_person_and_the_rule_partners():
    class M:
        def __init__(self, eid):
            self.eid = eid
    assert _one_person([M("a"), M("a")]) and not _one_person([M("a"), M("b")])
    assert not _one_person([])
    by_eid, partners = _rule_partners([("MET_WITH", "a", "b"), ("SUCCESSOR_OF", "c", "a")])
    assert by_eid["a"] == [("b", "MET_WITH>"), ("c", "<SUCCESSOR_OF")]
    assert partners["a"] == {"b": "MET_WITH", "c": "<SUCCESSOR_OF"}
    assert partners["c"] == {"a": "SUCCESSOR_OF>"}
