"""English: the object of a first meeting is not the subject of the next one (session 12,
``loaders/extract/meeting_unnamed_subject.py``): "The premier met X and Y ..., and then held
talks with Z" -> the premier (when named) met Z, never X-Z or Y-Z; "and X then held talks
with Z" (X named again) and "X, who later held talks with Z" keep X-Z. Arabic: "والتقى X Y،
ثم عقد اجتماعاً مع Z" -> X-Z (as "، وعقد" already was), not Y-Z; "ثم عقد Y اجتماعاً مع Z"
names its own subject. Our own sentences, not taken from any dev set.

Each case: (name, text, lang, MET_WITH that must be found, MET_WITH that must NOT be found).
"""

import pytest

from tests.extract_support import MW, assert_relations

SUD, ARAGHCHI = "person:mohammed-shia-al-sudani", "person:abbas-araghchi"
FIDAN, PEZ = "person:hakan-fidan", "person:masoud-pezeshkian"
HAYYA = "person:khalil-al-hayya"


CASES = [
 ("en_description_subject_two_objects",
  "The Egyptian minister met Abbas Araghchi and Hakan Fidan in Cairo on Monday, and then "
  "held separate talks with Masoud Pezeshkian.", "en",
  [], [MW(ARAGHCHI, PEZ), MW(FIDAN, PEZ)]),
 ("en_description_subject_no_comma",
  "The Egyptian minister met Abbas Araghchi on Monday and later held talks with Hakan Fidan.",
  "en", [], [MW(ARAGHCHI, FIDAN)]),
 ("en_delegation_after_description_subject",
  "The Qatari mediator met Abbas Araghchi at his office, and then held talks with a Hamas "
  "delegation led by Khalil al-Hayya.", "en",
  [], [MW(ARAGHCHI, HAYYA), MW(ARAGHCHI, "organization:hamas")]),
 ("en_named_subject_carried",
  "Iraqi Prime Minister Mohammed Shia al-Sudani met Abbas Araghchi and Hakan Fidan on "
  "Monday, and then held talks with Masoud Pezeshkian.", "en",
  [MW(SUD, ARAGHCHI), MW(SUD, FIDAN), MW(SUD, PEZ)], [MW(FIDAN, PEZ), MW(ARAGHCHI, PEZ)]),
 ("en_object_named_again_as_subject",
  "The Iraqi prime minister met Abbas Araghchi on Monday, and Araghchi then held talks with "
  "Hakan Fidan.", "en", [MW(ARAGHCHI, FIDAN)], []),
 ("en_relative_clause_subject_kept",
  "The Iraqi prime minister received Abbas Araghchi, who later held talks with Hakan Fidan.",
  "en", [MW(ARAGHCHI, FIDAN)], []),
 ("ar_then_held_subject_named_again",
  "والتقى السوداني عباس عراقجي، ثم عقد عراقجي اجتماعاً مع هاكان فيدان.", "ar",
  [MW(SUD, ARAGHCHI), MW(ARAGHCHI, FIDAN)], [MW(SUD, FIDAN)]),
 ("ar_then_held_carried_subject",
  "والتقى رئيس الوزراء محمد شياع السوداني عباس عراقجي، ثم عقد اجتماعاً مع هاكان فيدان.",
  "ar", [MW(SUD, ARAGHCHI), MW(SUD, FIDAN)], [MW(ARAGHCHI, FIDAN)]),
]


@pytest.mark.parametrize("name,text,lang,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_meeting_unnamed_subject(ex, name, text, lang, must, must_not):
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
