"""Session 64 (lead): the scorer's "taken" veto covers successions too (``scorer_gates.taken_posts``):
a predecessor the rules gave a successor in a sentence gets no other successor from the scorer
there. The scorer retrained with NS-NZ paired "Netanyahu" with Gallant in "Yoav Gallant was fired in
November; Netanyahu replaced him with Israel Katz." (the dismisser as the successor)."""

from types import SimpleNamespace

import pytest

from loaders.extract.scorer_gates import taken_posts
from tests.extract_support import relation_pairs


def _rel(typ: str, src: str, tgt: str, sent: int) -> SimpleNamespace:
    return SimpleNamespace(type=typ, source=src, target=tgt, sent=sent)


def test_taken_posts_maps_each_predecessor_to_the_rules_successors() -> None:
    rels = [_rel("SUCCESSOR_OF", "person:katz", "person:gallant", 3),
            _rel("SUCCESSOR_OF", "person:bouden", "person:mechichi", 5),
            _rel("ASSASSINATED_BY", "person:x", "country:y", 3),
            _rel("MET_WITH", "person:a", "person:gallant", 3)]
    assert taken_posts(rels) == {(3, "person:gallant"): {"person:katz"},
                                 (5, "person:mechichi"): {"person:bouden"}}


@pytest.mark.parametrize("text,new,old", [
    ("Yoav Gallant was fired in November; Netanyahu replaced him with Israel Katz.",
     "person:israel-katz", "person:yoav-gallant"),
    ("The defence minister, Ali Hamid, was sacked last week; President Omar Bashir replaced him "
     "with Awad Ibn Auf.", "person:ahmed-awad-ibn-auf", "person:ali-hamid"),
])
def test_the_dismisser_is_no_successor(shipped, text, new, old) -> None:
    """The one the rules name succeeds; the one who replaced him (the scorer's candidate) does not."""
    assert relation_pairs(shipped, text, "SUCCESSOR_OF", "en") == {(new, old)}
