"""Session 59 (helper scorer59): the scorer's recall on writers it never saw.

Covers ``bench/scorer_newest_heldout.py``, the held-out measure by whole writer groups
(LR-LY, KZ-LE, KH-KP, JY-KG, JP-JX, JG-JO, IO-JF and the older-era (B) writers, each held
out at once): its folds are dev batches only (never a sealed set), disjoint, and the newest
four are the pooled "newest" figure; ``--unskip`` picks the pairs both of whose mentions the
rules met with others (measured, not shipped: see docs/extraction.md, session 59 scorer59).
And the shipped weights: retrained on all dev, session 58's blind sets LR-LY included, same
recipe and thresholds (MET_WITH 0.35: 0.25 was measured, see docs, and left); companions
received "together with" / "along with" the guest, whom the retrained scorer still pairs; planned
meetings and phone calls stay none; a threat to kill is no killing (``scorer_hedged``:
"threatened to kill / assassinate X", «هددت / توعدت / يهدد ... باغتيال / باستهداف X»).
"""

from __future__ import annotations

import json

import pytest

from loaders.extract import get_extractor
from loaders.extract.base import Extractor
from loaders.extract.relation_scorer import WEIGHTS_FILE
from tests.extract_support import met_sorted as _met
from tests.extract_support import relation_pairs
from tests.extract_support import sorted_pair as _pair
from tests.unit.bench_scripts import load_bench

TAMIM, HANIYEH = "person:tamim-bin-hamad-al-thani", "person:ismail-haniyeh"
AROURI, HAYYA = "person:saleh-al-arouri", "person:khalil-al-hayya"
ERDOGAN, SUDANI = "person:recep-tayyip-erdogan", "person:mohammed-shia-al-sudani"
FUAD, HAYAN = "person:fuad-hussein", "person:hayan-abdul-ghani"


@pytest.fixture(scope="module")
def scored() -> Extractor:
    """The default extractor, `rules+scorer`."""
    return get_extractor("rules+scorer")


def test_folds_are_dev_batches_never_sealed() -> None:
    h = load_bench("scorer_newest_heldout")
    std = load_bench("scorer_training_data")
    seen: set[str] = set()
    for name, batches in h.FOLDS.items():
        for b in batches:
            assert b in std.DEV_BATCHES, (name, b)
            assert not set(std.DEV_BATCHES[b]) & std.FORBIDDEN, (name, b)
            assert b not in seen, b
            seen.add(b)
    # (session 61: MM-MT and ME-ML, the blind sets of sessions 60 and 59, come first;
    # session 62: MU-NB and NC-NJ, sessions 61 and 62's, before them; session 63: NK-NR; session 64: NS-NZ; session 65: OA-OJ and OK-OR; session 66: OS-PH; session 67: PI-QL; session 68: QM-RP; session 69: RQ-SR; session 70: SS-TL; session 71: TM-UF; session 72: UG-UY)
    assert h.NEWEST == ["UG-UY", "TM-UF", "SS-TL", "RQ-SR", "QM-RP", "PI-QL", "OS-PH", "OK-OR", "OA-OJ", "NS-NZ", "NK-NR", "NC-NJ", "MU-NB", "MM-MT", "ME-ML", "LR-LY", "KZ-LE", "KH-KP", "JY-KG"]
    assert h.FOLDS["LR-LY"] == ["LR LS", "LT LU", "LV LW", "LX LY"]


def test_recent_batches_are_newdev_and_lr_ly() -> None:
    h = load_bench("scorer_newest_heldout")
    assert "LR LS" in h.RECENT and "JG JH JI" in h.RECENT
    assert "IO IP IQ" not in h.RECENT and "DA DB DC" not in h.RECENT


def test_both_met_reads_the_rules_roles() -> None:
    h = load_bench("scorer_newest_heldout")
    co_subjects = ["lang=en", "ruleA:MET_WITH>", "ruleB:MET_WITH>"]
    co_objects = ["lang=ar", "ruleA:<MET_WITH", "ruleB:<MET_WITH"]
    one = ["lang=en", "ruleA:MET_WITH>", "ruleB:LEADS>"]
    assert h._both_met(co_subjects, source=True)
    assert not h._both_met(co_objects, source=True)
    assert h._both_met(co_objects, source=False)
    assert not h._both_met(one, source=False)


def test_shipped_weights_trained_on_lr_ly() -> None:
    meta = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))["meta"]
    for x in ("lr", "ls", "lt", "lu", "lv", "lw", "lx", "ly"):
        assert f"extract_test_{x}" in meta["trained_on"], x
    assert "scorer_fresh_thresholds.py" in meta["chosen_on"]
    assert meta["command"].startswith("python bench/train_relation_scorer.py --thresholds "
                                      "MET_WITH=0.35,SUCCESSOR_OF=0.6,ASSASSINATED_BY=0.3 "
                                      "--c 0.1")


def test_guests_received_together_with_the_principal(scored: Extractor) -> None:
    """The companions named after the guest ("together with", "along with") met the host
    and the host (the newest writers' convention): pairs the retrained scorer keeps."""
    got = _met(scored, "Qatar's Emir Sheikh Tamim bin Hamad Al Thani received Hamas political "
               "bureau chief Ismail Haniyeh in Doha on Wednesday, together with his deputy Saleh "
               "al-Arouri and senior official Khalil al-Hayya.")
    assert {_pair(HANIYEH, AROURI), _pair(TAMIM, HAYYA), _pair(TAMIM, AROURI)} <= got
    got = _met(scored, "Turkish President Recep Tayyip Erdogan welcomed Iraqi Prime Minister "
               "Mohammed Shia al-Sudani in Ankara, along with Foreign Minister Fuad Hussein and "
               "Oil Minister Hayan Abdul Ghani.")
    assert _pair(HAYAN, ERDOGAN) in got
    # (at MET_WITH 0.25 also Haniyeh - al-Hayya, Fuad Hussein - Sudani and - Erdogan: not
    # shipped, see the module doc)


@pytest.mark.parametrize(("text", "lang"), [
    ("Lebanese President Joseph Aoun is expected to meet U.S. envoy Tom Barrack next week, "
     "a presidency source said.", "en"),
    ("Saudi Foreign Minister Prince Faisal bin Farhan spoke by phone with his Iranian "
     "counterpart Abbas Araghchi on Monday.", "en"),
    ("أجرى وزير الخارجية السعودي الأمير فيصل بن فرحان اتصالاً هاتفياً بنظيره الإيراني عباس "
     "عراقجي.", "ar"),
    ("من المقرر أن يلتقي الرئيس السوري أحمد الشرع ولي العهد السعودي الأمير محمد بن سلمان "
     "الأسبوع المقبل.", "ar"),
])
def test_no_meeting_planned_or_on_the_phone(scored: Extractor, text: str, lang: str) -> None:
    """A planned meeting or a phone call stays no meeting (the vetoes)."""
    assert not _met(scored, text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("هددت إسرائيل باغتيال الأمين العام لحزب الله نعيم قاسم.", "ar"),
    ("Israel threatened to assassinate Hezbollah Secretary-General Naim Qassem.", "en"),
    ("Israeli Defense Minister Israel Katz threatened on Sunday to kill Houthi leader "
     "Abdul-Malik al-Houthi.", "en"),
    ("توعد وزير الدفاع الإسرائيلي يسرائيل كاتس باغتيال زعيم جماعة الحوثي عبد الملك الحوثي.",
     "ar"),
    ("يهدد الجيش الإسرائيلي باستهداف قائد كتائب القسام عز الدين الحداد.", "ar"),
])
def test_a_threat_to_kill_is_no_killing(scored: Extractor, text: str, lang: str) -> None:
    """«هددت / توعدت / يهدد» and "threatened" hedge the scorer's killings (``scorer_hedged``;
    the retrained weights gave the first one)."""
    assert not relation_pairs(scored, text, "ASSASSINATED_BY", lang)


def test_a_threat_after_the_killing_leaves_it(scored: Extractor) -> None:
    text = ("Israel killed Hezbollah commander Fuad Shukr in Beirut, and Hezbollah threatened "
            "retaliation.")
    assert ("person:fuad-shukr", "country:israel") in relation_pairs(
        scored, text, "ASSASSINATED_BY", "en")
