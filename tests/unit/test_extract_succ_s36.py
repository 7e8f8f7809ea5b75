"""Session 36 (succ): SUCCESSOR_OF recall in both languages.

1. Arabic (s36 WIP, tests s37): a host receives a guest whose long title ends in a place ("الممثل الخاص ... في العراق
   Y"), "في أول زيارة له / بمناسبة تسلّمه مهامه خلفاً لـZ": the guest Y succeeded Z, not the
   host (the base gave the host, since the title's preposition hid the guest).
"""

from __future__ import annotations

import pytest

from tests.extract_support import SO, assert_relations

HASSAN = "person:mohammed-al-hassan"
PLASSCHAERT = "person:jeanine-hennis-plasschaert"
FUAD = "person:fuad-hussein"
MASHHADANI = "person:mahmoud-al-mashhadani"
SUDANI = "person:mohammed-shia-al-sudani"
KADHIMI = "person:mustafa-al-kadhimi"
ZEBARI = "person:hoshyar-zebari"

CASES = [
    # fail on the base: the guest after a title ending in a place
    ("ar", "استقبل رئيس البرلمان محمود المشهداني، اليوم الثلاثاء، الممثل الخاص للأمين العام للأمم "
     "المتحدة في العراق محمد الحسان، في أول زيارة له إلى البرلمان منذ تسلمه مهامه خلفاً لجينين "
     "هينيس بلاسخارت.",
     [SO(HASSAN, PLASSCHAERT)], [SO(MASHHADANI, PLASSCHAERT)]),
    ("ar", "واستقبل وزير الخارجية فؤاد حسين ممثل الأمين العام في بغداد محمد الحسان، بمناسبة "
     "تسلمه مهامه خلفاً لجينين هينيس بلاسخارت.",
     [SO(HASSAN, PLASSCHAERT)], [SO(FUAD, PLASSCHAERT)]),
    # negatives: the host's own taking of office
    ("ar", "استقبل رئيس الوزراء محمد شياع السوداني، بمناسبة تسلمه مهامه خلفاً لمصطفى الكاظمي، "
     "وفداً من الوجهاء.", [SO(SUDANI, KADHIMI)], []),
    # the guest's name closed by a comma, but no visit / occasion noun follows: the taking of
    # office is the host's (named again), not the guest's
    ("ar", "استقبل وزير الخارجية فؤاد حسين المبعوث الخاص للأمين العام في العراق محمد الحسان، "
     "وقال حسين إنه يعمل منذ تسلمه مهامه خلفاً لهوشيار زيباري على تعزيز التعاون.",
     [SO(FUAD, ZEBARI)], [SO(HASSAN, ZEBARI)]),
]


@pytest.mark.parametrize("lang,text,must,must_not", CASES)
def test_succ_s36(ex, lang: str, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang=lang), text[:40], must, must_not)
