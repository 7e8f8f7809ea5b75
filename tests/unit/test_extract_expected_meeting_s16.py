"""A meeting sources only expect ("رجّحت مصادر أن يستقبل X Y"، "من المرجح أن يلتقي"، "توقعت
... أن يجتمع") has not taken place (session 16: رجح / توقعت join the Arabic modal words).
Our own sentences."""

import pytest

from tests.extract_support import MW, assert_relations

ARAGHCHI, SUDANI = "person:abbas-araghchi", "person:mohammed-shia-al-sudani"
MBS, SHARAA = "person:mohammed-bin-salman", "person:ahmed-al-sharaa"


@pytest.mark.parametrize("text,pair", [
    ("لكن مصادر رجّحت أن يستقبل ولي العهد الأمير محمد بن سلمان الرئيس أحمد الشرع في الرياض.",
     MW(MBS, SHARAA)),
    ("ورجّح مسؤولون عراقيون أن يجتمع عراقجي بالسوداني خلال الزيارة.", MW(ARAGHCHI, SUDANI)),
    ("وتوقعت مصادر دبلوماسية أن يلتقي عراقجي السوداني.", MW(ARAGHCHI, SUDANI)),
    ("ومن المرجح أن يلتقي السوداني عراقجي في طهران.", MW(ARAGHCHI, SUDANI)),
    ("Sources expected that Mohammed bin Salman would receive Ahmed al-Sharaa in Riyadh.",
     MW(MBS, SHARAA)),
])
def test_expected_meeting_is_not_held(ex, text, pair):
    lang = "en" if text[0].isascii() else "ar"
    assert_relations(ex.extract(text, lang=lang), text, [], [pair])


@pytest.mark.parametrize("text", [
    "واستقبل السوداني عراقجي في بغداد، ورجّح مسؤولون توقيع اتفاق قريباً.",
    "التقى عراقجي السوداني، فيما رجّحت مصادر أن تُستأنف المحادثات.",
])
def test_held_meeting_before_an_expectation(ex, text):
    assert_relations(ex.extract(text, lang="ar"), text, [MW(ARAGHCHI, SUDANI)], [])
