"""A professional title between an office and a name is part of the title (session 18).

"برئاسة نائب وزير الخارجية المهندس X، وبمشاركة Y": "المهندس" (engineer) is no person of its own
(not Abu Mahdi al-Muhandis) and does not cut the office off its holder, so X chairs the meeting
and met Y. Negative: a delegation "برئاسة ... المهندس X وبمشاركة Y" is one side, no meeting.
Our own sentences.
"""

import pytest

from tests.extract_support import MW, assert_relations

FUAD, ARAGHCHI, MUHANDIS = ("person:fuad-hussein", "person:abbas-araghchi",
                            "person:abu-mahdi-al-muhandis")

# (name, text, lang, must, must_not)
CASES = [
 ("chair_with_profession", "وعُقد في بغداد اجتماع اللجنة المشتركة، برئاسة وزير الخارجية المهندس "
  "فؤاد حسين، وبمشاركة وزير الخارجية الإيراني عباس عراقجي.", "ar",
  [MW(FUAD, ARAGHCHI)], [MW(MUHANDIS, ARAGHCHI)]),
 ("delegation_not_meeting", "ووصل إلى طهران وفد برئاسة وزير الخارجية المهندس فؤاد حسين، "
  "وبمشاركة وزير الخارجية الإيراني عباس عراقجي.", "ar", [], [MW(FUAD, ARAGHCHI)]),
]


@pytest.mark.parametrize("name,text,lang,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_profession_title(ex, name, text, lang, must, must_not) -> None:
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
