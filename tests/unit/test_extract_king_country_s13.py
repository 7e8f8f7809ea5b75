"""A bare "الملك عبد الله" / "King Abdullah" is Jordan's king unless the article has named the
Saudi King Abdullah (2005-2015) before, through its stated country ("العاهل السعودي",
"الملك السعودي", "ملك السعودية", "Saudi King", "Saudi Arabia's King"). Our
own sentences, not taken from any dev set.
"""

import pytest

from tests.extract_support import MW, assert_relations, person_surfaces

JORDAN, SAUDI = "person:abdullah-ii", "person:abdullah-bin-abdulaziz"
AHMADINEJAD, LARIJANI = "person:mahmoud-ahmadinejad", "person:ali-larijani"
ARAGHCHI = "person:abbas-araghchi"


# (name, text, lang, the bare surface, its id)
CASES = [
 ("ar_saudi_then_bare",
  "استقبل العاهل السعودي الملك عبد الله الرئيس الإيراني محمود أحمدي نجاد في الرياض. وقال "
  "الملك عبد الله إن اللقاء كان مثمرا.", "ar", SAUDI),
 ("ar_saudi_glued_then_bare",
  "استقبل العاهل السعودي الملك عبدالله الرئيس الإيراني محمود أحمدي نجاد في الرياض. والتقى "
  "الملك عبدالله لاحقا علي لاريجاني.", "ar", SAUDI),
 ("ar_saudi_adjective_then_bare",
  "استقبل الملك السعودي عبد الله الرئيس الإيراني محمود أحمدي نجاد في الرياض. وقال الملك عبد "
  "الله إن اللقاء كان مثمرا.", "ar", SAUDI),
 ("en_saudi_then_bare",
  "Saudi King Abdullah received Mahmoud Ahmadinejad in Riyadh. Later King Abdullah met Ali "
  "Larijani.", "en", SAUDI),
 ("en_saudi_arabia_s_then_bare",
  "Saudi Arabia's King Abdullah received Mahmoud Ahmadinejad in Riyadh. Later King Abdullah "
  "met Ali Larijani.", "en", SAUDI),
 # negatives: no Saudi king named before, or Jordan's named: Jordan's king
 ("ar_bare_alone", "استقبل الملك عبد الله وزير الخارجية الإيراني عباس عراقجي في عمان.", "ar",
  JORDAN),
 ("ar_jordan_then_bare",
  "استقبل العاهل الأردني الملك عبد الله عباس عراقجي في عمان. وقال الملك عبد الله إن الأردن "
  "يرفض التصعيد.", "ar", JORDAN),
 ("en_bare_alone", "King Abdullah received Abbas Araghchi in Amman.", "en", JORDAN),
 ("en_jordan_then_bare",
  "Jordan's King Abdullah received Abbas Araghchi in Amman. King Abdullah said the talks were "
  "useful.", "en", JORDAN),
]


@pytest.mark.parametrize("name,text,lang,eid", CASES, ids=[c[0] for c in CASES])
def test_bare_king_abdullah(ex, name, text, lang, eid):
    doc = ex.extract(text, lang=lang)
    bare = "الملك عبدالله" if "الملك عبدالله" in text else \
        "الملك عبد الله" if lang == "ar" else "King Abdullah"
    last = text.rindex(bare)
    ids = [e["id"] for e in doc["entities"] if e["type"] == "Person"
           for a, _ in e.get("mentions") or [] if a == last]
    assert ids == [eid], f"{name}: the bare {bare!r} -> {ids}; got {person_surfaces(doc, text)}"


def test_meeting_goes_to_the_saudi_king(ex):
    text = ("Saudi King Abdullah received Mahmoud Ahmadinejad in Riyadh. Later King Abdullah "
            "met Ali Larijani.")
    assert_relations(ex.extract(text, lang="en"), "en_meeting", [MW(SAUDI, LARIJANI)],
                     [MW(JORDAN, LARIJANI)])
