"""The agreement script scores a second annotation the way the evaluator scores the extractor."""

import importlib.util
from pathlib import Path

_SPEC = importlib.util.spec_from_file_location(
    "annotator_agreement", Path(__file__).resolve().parents[2] / "bench" / "annotator_agreement.py")
agreement = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(agreement)

FIRST = {
    "entities": [{"id": "person:esmail-qaani", "name": "Esmail Qaani"},
                 {"id": "person:hadi-al-amiri", "name": "Hadi al-Amiri"},
                 {"id": "person:kenneth-mckenzie", "name": "Kenneth McKenzie"},
                 {"id": "person:qasem-soleimani", "name": "Qasem Soleimani"}],
    "relations": [
        {"type": "MET_WITH", "source": "person:esmail-qaani", "target": "person:hadi-al-amiri"},
        {"type": "SUCCESSOR_OF", "source": "person:esmail-qaani",
         "target": "person:qasem-soleimani"},
        {"type": "MET_WITH", "source": "person:esmail-qaani",
         "target": "person:kenneth-mckenzie"},
        {"type": "VISITED", "source": "person:esmail-qaani", "target": "location:baghdad"},
    ],
}


def test_same_meeting_either_way_round_and_another_spelling_of_a_new_id_agree():
    second = {"entities": [{"id": "person:kinith-maknazi", "name": "Kenneth McKenzie"}],
              "relations": [
                  {"type": "MET_WITH", "source": "person:hadi-al-amiri",
                   "target": "person:esmail-qaani"},
                  {"type": "SUCCESSOR_OF", "source": "person:esmail-qaani",
                   "target": "person:qasem-soleimani"},
                  {"type": "MET_WITH", "source": "person:kinith-maknazi",
                   "target": "person:esmail-qaani"}]}
    counts, only = agreement.compare(FIRST, second)
    assert counts["MET_WITH"].tp == 2 and counts["SUCCESSOR_OF"].tp == 1
    assert only == []  # VISITED is not a core type: not compared


def test_a_reversed_succession_and_a_missing_meeting_are_disagreements():
    second = {"relations": [
        {"type": "SUCCESSOR_OF", "source": "person:qasem-soleimani",
         "target": "person:esmail-qaani"},
        {"type": "MET_WITH", "source": "person:esmail-qaani", "target": "person:hadi-al-amiri"}]}
    counts, only = agreement.compare(FIRST, second)
    assert (counts["SUCCESSOR_OF"].tp, counts["SUCCESSOR_OF"].fp,
            counts["SUCCESSOR_OF"].fn) == (0, 1, 1)
    assert counts["MET_WITH"].fn == 1  # McKenzie's meeting
    assert ("second only", ("SUCCESSOR_OF", "person:qasem-soleimani",
                            "person:esmail-qaani")) in only


def test_every_second_annotation_has_its_first_annotation():
    files = sorted(agreement.SECOND.glob("*/*.json"))
    assert len(files) == 36
    assert all(agreement.first_annotation(f.stem).is_file() for f in files)
