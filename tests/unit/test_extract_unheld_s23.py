"""Session 23 (lead, unheld): meetings the sentence says did not take place, or not yet --
talks that are the purpose of a trip still to come, a meeting called off before its noun,
and "a meeting with X ... was not planned" -- each with the held meeting that must stay."""

from __future__ import annotations

import pytest

from tests.extract_support import MW, assert_relations

ARAGHCHI = "person:abbas-araghchi"
FIDAN = "person:hakan-fidan"
MACRON = "person:emmanuel-macron"
SCHOLZ = "person:olaf-scholz"

CASES = [
    # ---- talks as the purpose of a planned trip (meeting_planned_trip)
    ("Iranian Foreign Minister Abbas Araghchi was due to travel to Ankara on Monday for talks "
     "with Turkish Foreign Minister Hakan Fidan.", [], [MW(ARAGHCHI, FIDAN)]),
    ("Araghchi is set to fly to Ankara on Monday for talks with Hakan Fidan.", [],
     [MW(ARAGHCHI, FIDAN)]),
    ("Turkish Foreign Minister Hakan Fidan is due to fly to Tehran on Sunday for a meeting with "
     "Iranian Foreign Minister Abbas Araghchi.", [], [MW(ARAGHCHI, FIDAN)]),
    ("Fidan will head to Tehran on Sunday morning for talks with Araghchi, the ministry said.",
     [], [MW(ARAGHCHI, FIDAN)]),
    ("كان من المقرر أن يتوجه وزير الخارجية الإيراني عباس عراقجي إلى أنقرة الاثنين لإجراء "
     "محادثات مع وزير الخارجية التركي هاكان فيدان.", [], [MW(ARAGHCHI, FIDAN)]),
    ("وسيتوجه وزير الخارجية التركي هاكان فيدان إلى طهران الأحد لعقد اجتماع مع نظيره الإيراني "
     "عباس عراقجي.", [], [MW(ARAGHCHI, FIDAN)]),
    ("ويعتزم وزير الخارجية التركي هاكان فيدان أن يزور طهران الأحد لإجراء مباحثات مع عراقجي.",
     [], [MW(ARAGHCHI, FIDAN)]),
    # the trip done: the talks were held
    ("Iranian Foreign Minister Abbas Araghchi travelled to Ankara on Monday for talks with "
     "Turkish Foreign Minister Hakan Fidan.", [MW(ARAGHCHI, FIDAN)], []),
    ("Fidan, who is due to retire next year, travelled to Tehran on Sunday for talks with "
     "Araghchi.", [MW(ARAGHCHI, FIDAN)], []),
    ("وتوجه وزير الخارجية التركي هاكان فيدان إلى طهران الأحد لعقد اجتماع مع نظيره الإيراني "
     "عباس عراقجي.", [MW(ARAGHCHI, FIDAN)], []),
    # ---- a meeting called off before its noun (meeting_modality._called_off)
    ("President Emmanuel Macron calls off a secret Paris meeting with German Chancellor Olaf "
     "Scholz, citing the strikes.", [], [MW(MACRON, SCHOLZ)]),
    ("French President Emmanuel Macron met German Chancellor Olaf Scholz in Paris on Tuesday, a "
     "week after he called off a summit with Italy.", [MW(MACRON, SCHOLZ)], []),
    # ---- "a meeting with X, floated by ..., was not planned" (meeting_checks._unheld_en)
    ("Macron's office said a meeting with Chancellor Olaf Scholz, floated by aides in Berlin, "
     "was not planned.", [], [MW(MACRON, SCHOLZ)]),
]


@pytest.mark.parametrize(("text", "must", "must_not"), CASES)
def test_unheld_s23(ex, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text), text[:60], must, must_not)
