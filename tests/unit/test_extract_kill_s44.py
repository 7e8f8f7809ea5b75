"""Session 44 (kill): two ASSASSINATED_BY victim checks.

- "K had already said on <date> that Y killed him": *him* is not the speaker K even past two
  auxiliaries/adverbs and a longer clause (kill_claim_victim.not_the_speaker_en); the person
  named before who was told dead ("announced the death of its leader, X") goes first.
  Dev: +1 TP, -1 FP (enLB4).
- "قُتلا بغارة أمريكية أمر بها الرئيس X": the person after an order ("أمر بها / بأمر من") is the
  orderer, no victim of the means told first (killing_rules, killed_means_first_ar); the title
  "آمر اللواء" is no order. Dev: -1 FP (arJZ4).
"""

from __future__ import annotations

import pytest

from tests.extract_support import AB, assert_relations

MIT = "organization:turkish-national-intelligence-organization"
ERDOGAN = "person:recep-tayyip-erdogan"
BAGHDADI = "person:abu-bakr-al-baghdadi"
HAFTAR = "person:khalifa-haftar"
US = "country:united-states"
TURKEY = "country:turkey"
TRUMP = "person:donald-trump"
SOLEIMANI = "person:qasem-soleimani"
MUHANDIS = "person:abu-mahdi-al-muhandis"

CASES = [
    # the speaker three words before "said" and 14 words before "killed him": fail on main
    ("en", "A spokesman announced the death of the group's self-styled leader, Abu Bakr "
     "al-Baghdadi, and named a successor. Recep Tayyip Erdogan had already said on April 30 "
     "that Turkey's National Intelligence Organization (MIT) killed him in a raid.",
     [AB(BAGHDADI, MIT)], [AB(ERDOGAN, MIT)]),
    ("en", "Khalifa Haftar met the envoy. Recep Tayyip Erdogan had already said on Monday "
     "that Turkey's National Intelligence Organization (MIT) killed him in a raid near "
     "the border.", [], [AB(ERDOGAN, MIT)]),
    # the orderer after "أمر بها" is no victim: fails on main (Trump -> US)
    ("ar", "استقبل أبو مهدي المهندس في المطار قائد فيلق القدس قاسم سليماني، وبعد دقائق "
     "قُتلا معاً بغارة أمريكية أمر بها الرئيس الأمريكي دونالد ترامب.", [],
     [AB(TRUMP, US)]),
    ("ar", "قُتل بغارة أمريكية بأمر من الرئيس الأمريكي دونالد ترامب.", [], [AB(TRUMP, US)]),
    # near-misses: the title "آمر" is no order; a victim right after the means
    ("ar", "قُتل آمر اللواء الثاني في قوات الحدود العميد محمد رشدي، أمس، بضربة نفّذتها "
     "طائرة مسيّرة تركية.", [AB("person:mohammed-rochdi", TURKEY)], []),
    ("ar", "وقُتل بغارة أمريكية القائد قاسم سليماني.", [AB(SOLEIMANI, US)], []),
    # the text cut right after the cue words: no crash
    ("en", "Recep Tayyip Erdogan had already said that Turkish agents killed him", [],
     [AB(ERDOGAN, "country:turkey")]),
    ("en", "Recep Tayyip Erdogan had already said", [], []),
    ("ar", "قُتلا بغارة أمريكية أمر بها", [], []),
    ("ar", "قُتل بغارة أمريكية أمر", [], []),
    ("ar", "قُتل بغارة أمريكية بأمر", [], []),
]


@pytest.mark.parametrize("lang,text,must,must_not", CASES)
def test_kill_s44(ex, lang: str, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang=lang), text[:40], must, must_not)
