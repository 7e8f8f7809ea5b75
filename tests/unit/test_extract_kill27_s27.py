"""Session 27 (kill27): ASSASSINATED_BY and SUCCESSOR_OF recall on new writers; each
construction with cases of our own, in both languages where it exists in both, and cases not
to read."""

from __future__ import annotations

import pytest

from tests.extract_support import AB, SO, assert_relations

MUHANDIS = "person:abu-mahdi-al-muhandis"
QASSEM = "person:naim-qassem"
NASRALLAH = "person:hassan-nasrallah"
QAANI = "person:esmail-qaani"
SOLEIMANI = "person:qasem-soleimani"
AMIRI = "person:hadi-al-amiri"
ROMANOWSKI = "person:alina-romanowski"
TUELLER = "person:matthew-tueller"
PAKPOUR = "person:mohammad-pakpour"
KARAMI = "person:mohammad-karami"
US_FORCES = "organization:us-armed-forces"
PENTAGON = "organization:us-department-of-defense"
CENTCOM = "organization:us-central-command"

# ---- a killing told without its agent, then "<Y> carried out the strike" -------------------
CARRIED_OUT_LATER = [
    ("en", "A drone strike on Thursday killed Abu Mahdi al-Muhandis near Baghdad airport, a "
     "security source said. Hours later, the Pentagon said U.S. forces had carried out the "
     "strike.", [AB(MUHANDIS, "country:united-states")], []),
    ("en", "Abu Mahdi al-Muhandis, the deputy head of the Popular Mobilization Forces, was killed "
     "in a drone strike near Baghdad airport. The Pentagon said it had carried out the strike.",
     [AB(MUHANDIS, PENTAGON)], []),
    ("en", "Abu Mahdi al-Muhandis and two of his aides were killed near Baghdad airport, and the "
     "Pentagon later said U.S. forces had carried it out.",
     [AB(MUHANDIS, "country:united-states")], []),
    ("ar", "قُتل أبو مهدي المهندس بضربة طائرة مسيّرة قرب مطار بغداد. وأعلنت وزارة الدفاع "
     "الأميركية أن القوات الأميركية نفّذت الضربة.", [AB(MUHANDIS, US_FORCES)], []),
    ("ar", "قُتل نائب رئيس هيئة الحشد الشعبي أبو مهدي المهندس، فجر الجمعة، بضربة طائرة مسيّرة "
     "قرب مطار بغداد. وأعلنت القيادة المركزية الأميركية أنها نفذت الضربة.",
     [AB(MUHANDIS, CENTCOM)], []),
    # a denial, another deed, a killing told too far back
    ("en", "Abu Mahdi al-Muhandis was killed in a drone strike near Baghdad airport. The "
     "Pentagon denied that U.S. forces had carried out the strike.", [],
     [AB(MUHANDIS, US_FORCES), AB(MUHANDIS, PENTAGON)]),
    ("en", "Abu Mahdi al-Muhandis was killed in a drone strike near Baghdad airport. U.S. forces "
     "carried out a raid in Kirkuk on the same day.", [], [AB(MUHANDIS, US_FORCES)]),
    ("en", "Abu Mahdi al-Muhandis was killed in a drone strike near Baghdad airport. The funeral "
     "was held in Najaf. Crowds gathered in Karbala. U.S. forces carried out the strike, the "
     "Pentagon said.", [], [AB(MUHANDIS, US_FORCES)]),
    ("ar", "قُتل أبو مهدي المهندس بضربة طائرة مسيّرة قرب مطار بغداد. ونفت وزارة الدفاع الأميركية "
     "أن تكون القوات الأميركية قد نفذت الضربة.", [],
     [AB(MUHANDIS, US_FORCES), AB(MUHANDIS, PENTAGON)]),
    # a claim opening the next sentence stays unread (the older held-out annotation)
    ("ar", "قُتل أبو مهدي المهندس بضربة طائرة مسيّرة قرب مطار بغداد. وتبنت وزارة الدفاع "
     "الأميركية العملية.", [], [AB(MUHANDIS, PENTAGON)]),
]

# ---- "<the body> announced that X would succeed / replace Y": a decision reported --------
ANNOUNCED_WOULD = [
    ("en", "Hassan Nasrallah was killed on Friday. Hezbollah announced that Naim Qassem would "
     "succeed him.", [SO(QASSEM, NASRALLAH)], []),
    ("en", "Hezbollah announced on Tuesday that Naim Qassem, who had been its deputy "
     "secretary-general since 1991, would succeed Hassan Nasrallah.",
     [SO(QASSEM, NASRALLAH)], []),
    ("en", "Hassan Nasrallah was killed on Friday. Naim Qassem will replace him, Hezbollah "
     "announced.", [SO(QASSEM, NASRALLAH)], []),
    # a report, a negated announcement, a condition
    ("en", "Lebanese media said that Naim Qassem would succeed Hassan Nasrallah.", [],
     [SO(QASSEM, NASRALLAH)]),
    ("en", "Hezbollah has not announced that Naim Qassem would succeed Hassan Nasrallah.", [],
     [SO(QASSEM, NASRALLAH)]),
    ("en", "Hezbollah announced that Naim Qassem would succeed Hassan Nasrallah if the Shura "
     "Council agreed.", [], [SO(QASSEM, NASRALLAH)]),
]


# ---- Arabic "X، التي خلفت Y" (the feminine verb), "قبل أن يخلفه فيها X"; English "... . His
# predecessor, Y, ..." (his: the person of the sentence before) ------------------------------
SUCCESSION_FORMS = [
    ("ar", "استقبل رئيس الوزراء مصطفى الكاظمي السفيرة الأميركية الجديدة ألينا رومانوسكي، التي "
     "خلفت السفير ماثيو تولر.", [SO(ROMANOWSKI, TUELLER)], []),
    ("ar", "استقبل رئيس الوزراء مصطفى الكاظمي السفيرة الأميركية الجديدة ألينا رومانوسكي، التي "
     "لم تخلف السفير ماثيو تولر بعد.", [], [SO(ROMANOWSKI, TUELLER)]),
    ("ar", "قاد محمد باكبور القوات البرية للحرس، قبل أن يخلفه فيها العميد محمد كرمي عام 2025.",
     [SO(KARAMI, PAKPOUR)], []),
    ("ar", "قاد محمد باكبور القوات البرية للحرس، ولم يخلفه فيها العميد محمد كرمي.", [],
     [SO(KARAMI, PAKPOUR)]),
    ("en", "Esmail Qaani visited Baghdad on Monday. His predecessor, Qassem Soleimani, was killed "
     "in 2020.", [SO(QAANI, SOLEIMANI)], []),
    # "whom his predecessor": the possessor is not said
    ("en", "Esmail Qaani visited Baghdad on Monday. Hadi al-Amiri, whom his predecessor, Qassem "
     "Soleimani, often met, received him.", [], [SO(AMIRI, SOLEIMANI)]),
]


@pytest.mark.parametrize("lang,text,must,must_not",
                         CARRIED_OUT_LATER + ANNOUNCED_WOULD + SUCCESSION_FORMS)
def test_kill27_constructions(ex, lang: str, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang=lang), text[:40], must, must_not)
