"""Session 17 (batch EH-EJ): an Arabic title description ("والتقت السفيرة", "المبعوثة")
refers to the person the article introduced with that title even when adjectives and a
"لدى X" stand between the title and the name ("السفيرة الأميركية الجديدة لدى العراق ألينا
رومانوسكي"), not to whoever was named last."""

from __future__ import annotations

import pytest

from tests.extract_support import MW, assert_relations

ROMANOWSKI, TUELLER = "person:alina-romanowski", "person:matthew-tueller"
KADHIMI, HUSSEIN = "person:mustafa-al-kadhimi", "person:fuad-hussein"
HALBOUSI, SALIH = "person:mohammed-al-halbousi", "person:barham-salih"
PLASSCHAERT, ABDUL_MAHDI = "person:jeanine-hennis-plasschaert", "person:adil-abdul-mahdi"
SUDANI, RASHID = "person:mohammed-shia-al-sudani", "person:abdul-latif-rashid"
AMIRI, FAYYADH = "person:hadi-al-amiri", "person:falih-al-fayyadh"

CASES = [
    ("ambassador_after_minister",
     "استقبل رئيس مجلس الوزراء العراقي مصطفى الكاظمي، الأحد، السفيرة الأميركية الجديدة لدى "
     "العراق ألينا رومانوسكي، التي خلفت السفير ماثيو تولر. وكانت رومانوسكي قد سلّمت أوراق "
     "اعتمادها إلى وزير الخارجية فؤاد حسين. والتقت السفيرة أيضاً رئيس مجلس النواب محمد "
     "الحلبوسي ورئيس الجمهورية برهم صالح.",
     [MW(ROMANOWSKI, HALBOUSI), MW(ROMANOWSKI, SALIH)],
     [MW(HUSSEIN, HALBOUSI), MW(HUSSEIN, SALIH), MW(TUELLER, HALBOUSI)]),
    ("envoy_later",
     "وصلت المبعوثة الأممية الخاصة إلى العراق جينين هينيس بلاسخارت إلى النجف. وكان رئيس "
     "الوزراء عادل عبد المهدي قد دعا إلى الهدوء. والتقت المبعوثة لاحقاً رئيس الجمهورية "
     "برهم صالح ورئيس البرلمان محمد الحلبوسي.",
     [MW(PLASSCHAERT, SALIH), MW(PLASSCHAERT, HALBOUSI)],
     [MW(ABDUL_MAHDI, SALIH), MW(ABDUL_MAHDI, HALBOUSI)]),
    ("title_with_preposition_verb_first",
     "رحّب رئيس الوزراء محمد شياع السوداني بالسفيرة الأميركية لدى بغداد ألينا رومانوسكي. "
     "وكان وزير الخارجية فؤاد حسين قد التقى الرئيس عبد اللطيف رشيد. واجتمعت السفيرة بعد ذلك "
     "بزعيم تحالف الفتح هادي العامري ورئيس هيئة الحشد فالح الفياض.",
     [MW(ROMANOWSKI, AMIRI), MW(ROMANOWSKI, FAYYADH)],
     [MW(RASHID, AMIRI), MW(RASHID, FAYYADH)]),
    # negatives: another title word ("الوزير", "السفير الإيراني") is not the envoy
    ("other_title_minister",
     "استقبلت المبعوثة الأممية جينين هينيس بلاسخارت في بغداد وزير الخارجية فؤاد حسين. "
     "والتقى الوزير لاحقاً رئيس البرلمان محمد الحلبوسي.",
     [MW(HUSSEIN, HALBOUSI)], [MW(PLASSCHAERT, HALBOUSI)]),
    ("masculine_title_not_the_envoy",
     "وصلت المبعوثة الأممية الخاصة إلى العراق جينين هينيس بلاسخارت إلى النجف. وكان وزير "
     "الخارجية فؤاد حسين قد دعا إلى الهدوء. والتقى السفير الإيراني لاحقاً رئيس الجمهورية "
     "برهم صالح.",
     [], [MW(PLASSCHAERT, SALIH)]),
]


@pytest.mark.parametrize("name,text,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_detached_title_description(ex, name, text, must, must_not) -> None:
    assert_relations(ex.extract(text, lang="ar"), name, must, must_not)
