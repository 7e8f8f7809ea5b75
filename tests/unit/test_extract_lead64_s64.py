"""Session 64 (lead): the scorer's "taken" veto covers successions too (``scorer_gates.taken_posts``):
a predecessor the rules gave a successor in a sentence gets no other successor from the scorer
there. The scorer retrained with NS-NZ paired "Netanyahu" with Gallant in "Yoav Gallant was fired in
November; Netanyahu replaced him with Israel Katz." (the dismisser as the successor).
And names64's dual titles are found by one look-up per token (``dual_title_names_ar``)."""

from types import SimpleNamespace

import pytest

from loaders.extract import lexicon as L
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


def test_dual_title_keys_give_what_the_clitic_loop_gave() -> None:
    """``dual_title_names_ar`` looks a token's key up once (``_BY_KEY``, also the per-token bit
    that gates the sentence) instead of trying each clitic: the same (clitic, singular) for
    every key, where two clitics could read one key the earlier one of ``_CLITICS``."""
    import loaders.extract.dual_title_names_ar as D

    def loop(key: str) -> tuple[str, str] | None:
        for c in D._CLITICS:
            if key.startswith(c) and key[len(c):] in D._DUALS:
                return c, D._DUALS[key[len(c):]]
        return None

    keys = set(D.DUAL_TITLE_KEYS)
    keys |= {k[1:] for k in keys} | {"و" + k for k in keys}
    assert len(D.DUAL_TITLE_KEYS) > 100
    assert all(D._dual_singular(k) == loop(k) for k in keys)
    assert D._dual_singular(L.fold_ar("بالرئيسين")) == ("ب", L.fold_ar("الرئيس"))


def test_the_token_bit_lets_a_dual_title_sentence_through(shipped) -> None:
    """The two names under «بالرئيسين» met each other at the summit (names64's reading, now
    gated by a per-token bit instead of a regex over the sentence's text)."""
    text = ("عقد الرئيس الصومالي حسن شيخ محمود قمة ثلاثية في أسمرة جمعته بالرئيسين المصري "
            "عبد الفتاح السيسي والإريتري أسياس أفورقي.")
    pairs = {frozenset(p) for p in relation_pairs(shipped, text, "MET_WITH", "ar")}
    assert frozenset(("person:abdel-fattah-el-sisi", "person:isaias-afwerki")) in pairs
