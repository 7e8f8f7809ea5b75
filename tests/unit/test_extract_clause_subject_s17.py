"""Session 17 (batch EH-EJ): the subject of an Arabic و-verb continues the clause before a
day / visit adjunct ("وصل X إلى بغداد، الأحد، في زيارة رسمية، والتقى A وB": X met A and B,
not A met B), also after a dateline ("بغداد - الحرة - وصل X ...")."""

from __future__ import annotations

import pytest

from tests.extract_support import MW, assert_relations

ARAGHCHI, RASHID, HUSSEIN = "person:abbas-araghchi", "person:abdul-latif-rashid", \
    "person:fuad-hussein"
QAANI, BERRI, MIKATI = "person:esmail-qaani", "person:nabih-berri", "person:najib-mikati"
SUDANI, PEZESHKIAN, GHALIBAF = "person:mohammed-shia-al-sudani", "person:masoud-pezeshkian", \
    "person:mohammad-bagher-ghalibaf"
MASHHADANI = "person:mahmoud-al-mashhadani"

CASES = [
    ("dateline_official_visit",
     "بغداد - الحرة - وصل وزير الخارجية الإيراني عباس عراقجي إلى بغداد، الأحد، في زيارة "
     "رسمية، والتقى رئيس الجمهورية عبد اللطيف رشيد ووزير الخارجية فؤاد حسين.", "ar",
     [MW(ARAGHCHI, RASHID), MW(ARAGHCHI, HUSSEIN)], [MW(RASHID, HUSSEIN)]),
    ("unannounced_visit",
     "بيروت - وصل قائد فيلق القدس إسماعيل قاآني إلى بيروت، مساء السبت، في زيارة لم يعلن "
     "عنها مسبقاً، والتقى رئيس مجلس النواب نبيه بري ورئيس الحكومة نجيب ميقاتي.", "ar",
     [MW(QAANI, BERRI), MW(QAANI, MIKATI)], [MW(BERRI, MIKATI)]),
    ("during_tour_no_dateline",
     "زار رئيس الوزراء العراقي محمد شياع السوداني طهران، الأربعاء، خلال جولة إقليمية، "
     "والتقى الرئيس الإيراني مسعود بزشكيان ورئيس البرلمان محمد باقر قاليباف.", "ar",
     [MW(SUDANI, PEZESHKIAN), MW(SUDANI, GHALIBAF)], [MW(PEZESHKIAN, GHALIBAF)]),
    ("agency_dateline",
     "طهران (رويترز) - وصل وزير الخارجية العراقي فؤاد حسين إلى طهران، الاثنين، في زيارة "
     "تستمر يومين، والتقى الرئيس مسعود بزشكيان ووزير الخارجية عباس عراقجي.", "ar",
     [MW(HUSSEIN, PEZESHKIAN), MW(HUSSEIN, ARAGHCHI)], [MW(PEZESHKIAN, ARAGHCHI)]),
    # negatives: a new subject after the adjunct keeps its own clause
    ("new_subject_after_adjunct",
     "وصل عراقجي إلى بغداد، الأحد، في زيارة رسمية، فيما التقى السوداني رئيس البرلمان "
     "محمود المشهداني.", "ar",
     [MW(SUDANI, MASHHADANI)], [MW(ARAGHCHI, MASHHADANI)]),
    ("one_object",
     "وصل وزير الخارجية الإيراني عباس عراقجي إلى بغداد، الأحد، في زيارة رسمية، والتقى "
     "رئيس الوزراء محمد شياع السوداني.", "ar", [MW(ARAGHCHI, SUDANI)], []),
    ("english_same_frame",
     "BAGHDAD (Reuters) - Iranian Foreign Minister Abbas Araghchi arrived in Baghdad on "
     "Sunday, on an unannounced visit, and met President Abdul Latif Rashid and Foreign "
     "Minister Fuad Hussein.", "en",
     [MW(ARAGHCHI, RASHID), MW(ARAGHCHI, HUSSEIN)], [MW(RASHID, HUSSEIN)]),
]


@pytest.mark.parametrize("name,text,lang,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_subject_carried_past_adjunct(ex, name, text, lang, must, must_not) -> None:
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
