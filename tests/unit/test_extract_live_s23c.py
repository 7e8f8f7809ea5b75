"""Live pages and timelines, session 23, third round (``live``). Our own sentences, not taken
from any dev set.

- "وصل X إلى B، ويلتقي (والتقى) Y بحضور Z": the و-verb carries X's subject, Y is its object;
  Z after "بحضور" / "بمشاركة" is only present, not the object of a reading "Y met Z"
  (``meeting_present_object.present_not_object_ar``); and "ويجتمع بـY بحضور Z" (``present_only_ar``
  keeps Z out of the candidate objects). The English "arrives in B and meets Y
  in the presence of Z" already read so.
"""

from __future__ import annotations

import pytest

from tests.extract_support import met_pairs


def _met(ex, text: str, lang: str) -> set[frozenset[str]]:
    return met_pairs(ex.extract(text, lang=lang))


def _pair(a: str, b: str) -> frozenset[str]:
    return frozenset((f"person:{a}", f"person:{b}"))


def _rule(ex, text: str, a: str, b: str) -> str:
    """The rule of the MET_WITH pair a-b, "" when none: the one present meets the host as an
    attendee (session 24: his own side too), not as the verb's object."""
    doc = ex.extract(text, lang="ar")
    return next((r.get("method", "").removeprefix("rule:") for r in doc["relations"]
                 if r["type"] == "MET_WITH" and {r["source"], r["target"]} ==
                 {f"person:{a}", f"person:{b}"}), "")


@pytest.mark.parametrize("text,lang,a,b", [
    ("12:40 - الرئيس رجب طيب أردوغان يصل إلى برلين، ويلتقي المستشار أولاف شولتس بحضور "
     "وزير الخارجية هاكان فيدان.", "ar", "recep-tayyip-erdogan", "olaf-scholz"),
    ("وصل الرئيس رجب طيب أردوغان إلى برلين والتقى المستشار أولاف شولتس بحضور هاكان فيدان.",
     "ar", "recep-tayyip-erdogan", "olaf-scholz"),
    ("3 مارس، 10:15 - رئيس الوزراء الإثيوبي آبي أحمد يصل إلى نيروبي، ويلتقي الرئيس الكيني "
     "وليام روتو بمشاركة وزير الخارجية تاي أتسكي سيلاسي.", "ar", "abiy-ahmed", "william-ruto"),
    ("14:05 - President Recep Tayyip Erdogan arrives in Berlin and meets Chancellor Olaf "
     "Scholz in the presence of Foreign Minister Hakan Fidan.", "en",
     "recep-tayyip-erdogan", "olaf-scholz"),
])
def test_carried_subject_before_present(ex, text, lang, a, b):
    assert _pair(a, b) in _met(ex, text, lang)


def test_verb_first_subject_unchanged(ex):
    # nobody before the verb: its own subject Y met the object, Z only present
    text = "التقى الرئيس رجب طيب أردوغان المستشار أولاف شولتس بحضور هاكان فيدان."
    met = _met(ex, text, "ar")
    assert _pair("recep-tayyip-erdogan", "olaf-scholz") in met
    assert _rule(ex, text, "recep-tayyip-erdogan", "hakan-fidan") == "present_at_meeting_ar"


def test_other_sentence_not_carried(ex):
    # the arrival in the sentence before: no subject carried from it by this rule
    text = ("وصل الرئيس رجب طيب أردوغان إلى برلين. واجتمع المستشار أولاف شولتس بوزرائه "
            "بحضور هاكان فيدان.")
    assert _pair("recep-tayyip-erdogan", "olaf-scholz") not in _met(ex, text, "ar")


@pytest.mark.parametrize("text,a,b", [
    ("رئيس الوزراء الإثيوبي آبي أحمد يصل إلى نيروبي، ويجتمع بالرئيس الكيني وليام روتو بمشاركة "
     "وزير الخارجية تاي أتسكي سيلاسي.", "abiy-ahmed", "william-ruto"),
    ("وصل الرئيس رجب طيب أردوغان إلى برلين، واجتمع بالمستشار أولاف شولتس بحضور هاكان فيدان.",
     "recep-tayyip-erdogan", "olaf-scholz"),
])
def test_prep_object_before_present(ex, text, a, b):
    # "واجتمع بـY بحضور Z": Z is no object; the carried subject met Y
    met = _met(ex, text, "ar")
    assert _pair(a, b) in met
    assert all(_rule(ex, text, a, z) in ("", "present_at_meeting_ar")
               for z in ("tay-atsaki-silasi", "hakan-fidan"))


def test_prep_object_own_subject(ex):
    # the verb's own subject met the prepositional object; the one present not with the host
    text = "اجتمع الرئيس رجب طيب أردوغان بالمستشار أولاف شولتس بحضور هاكان فيدان."
    met = _met(ex, text, "ar")
    assert _pair("recep-tayyip-erdogan", "olaf-scholz") in met
    assert _rule(ex, text, "recep-tayyip-erdogan", "hakan-fidan") == "present_at_meeting_ar"
