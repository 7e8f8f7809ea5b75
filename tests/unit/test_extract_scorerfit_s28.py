"""Session 28, scorerfit: the scorer trained with C 0.1 and without the window words (the
cue-class words around and between a pair), chosen on the newest writers held out (IO-IW)
with the older-era writers held out losing less; the weights' meta records the command that
writes them (``python bench/train_relation_scorer.py --as-shipped`` reruns it)."""

import json
import shlex

from loaders.extract import get_extractor
from loaders.extract.relation_scorer import WEIGHTS_FILE
from loaders.extract.rules import RuleExtractor
from loaders.extract.scorer_candidates import doc_candidates
from tests.unit.bench_scripts import load_bench

QAANI, SUD = "person:esmail-qaani", "person:mohammed-shia-al-sudani"
WINDOW = ("L:", "T:", "M:", "R:")


def _pair(text: str) -> set[str]:
    got = []

    class Capture(RuleExtractor):
        def more_relations(self, doc, rels, lang):  # type: ignore[no-untyped-def]
            got.extend(c for _si, c in doc_candidates(doc, rels, lang, True))
            return rels

    Capture(gazetteer=get_extractor("rules").gaz).extract(text)
    return next(set(c.feats) for c in got if {c.a.eid, c.b.eid} == {QAANI, SUD})


def test_no_window_words_in_a_pairs_features():
    for text in ("Esmail Qaani met Mohammed Shia al-Sudani in Baghdad after talks on Monday.",
                 "التقى إسماعيل قاآني محمد شياع السوداني في بغداد بعد مباحثات يوم الاثنين."):
        f = _pair(text)
        assert "cl:meet:AB" in f, text  # the cue classes by position stay
        assert not [x for x in f if x.startswith(WINDOW)], text


def test_shipped_weights_have_no_window_words_and_c_0_1():
    data = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))
    assert data["meta"]["C"] == 0.1
    # session 46: chosen on writers the code never saw (test_extract_scorer_thresholds_s46)
    assert data["thresholds"] == {"MET_WITH": 0.35, "SUCCESSOR_OF": 0.6, "ASSASSINATED_BY": 0.3}
    for cl in data["classes"].values():
        assert not [x for x in cl["weights"] if x.startswith(WINDOW)]
    # IO-IW (session 27's test) are dev since session 28 and trained on
    assert {f"extract_test_{x}" for x in ("io", "ip", "iq", "ir", "is", "it", "iu", "iv", "iw")
            } <= set(data["meta"]["trained_on"])


def test_the_meta_command_is_what_wrote_the_weights():
    """The recorded command parses to the file's thresholds and C (the lead's retraining runs
    it: ``--as-shipped``)."""
    data = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))
    argv = shlex.split(data["meta"]["command"])
    assert argv[:2] == ["python", "bench/train_relation_scorer.py"]
    opts = dict(zip(argv[2::2], argv[3::2], strict=True))
    assert float(opts["--c"]) == data["meta"]["C"]
    assert dict((k, float(v)) for k, v in (p.split("=") for p in opts["--thresholds"].split(","))
                ) == data["thresholds"]
    assert opts["--chosen-on"] == data["meta"]["chosen_on"]
    training = load_bench("scorer_training")
    assert training.training_command(data["thresholds"], data["meta"]["C"],
                                     data["meta"]["chosen_on"]) == data["meta"]["command"]


# A spokesman who reports a killing is not its agent. With the session-27 weights (C 0.3,
# window words) the scorer added (Karaki, killed by Hagari) at p 0.45 (confidence 0.313);
# retrained with C 0.1 and without the window words it stays below 0.35. The IDF stays.
SPOKESMAN_NOT_KILLER = [
    ("en", "Israeli military spokesman Daniel Hagari said the strike also killed Ali Karaki, "
           "a senior Hezbollah commander."),
    ("ar", "وقال المتحدث باسم الجيش الإسرائيلي دانيال هاغاري إن الغارة قتلت أيضا القيادي في "
           "حزب الله علي كركي."),
]


def test_the_spokesman_is_not_the_killer():
    ex = get_extractor("rules+scorer")
    for lang, text in SPOKESMAN_NOT_KILLER:
        got = {(r["type"], r["source"], r["target"]) for r in ex.extract(text, lang=lang)[
            "relations"]}
        assert ("ASSASSINATED_BY", "person:ali-karaki", "person:daniel-hagari") not in got, lang
        # the army itself: the Arabic rules find it; the English pair, found by the scorer at
        # session 31's ASSASSINATED_BY threshold 0.5, is below session 33's 0.6
        if lang == "ar":
            assert ("ASSASSINATED_BY", "person:ali-karaki", "organization:israel-defense-forces"
                    ) in got, lang
