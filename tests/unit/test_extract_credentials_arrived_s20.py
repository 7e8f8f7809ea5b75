"""Credentials handed by the traveller of the clause before (session 20, ``meetings_ar._credentials``):
"وصل السفير X إلى طهران، وسلّم (نسخة من) أوراق اعتماده لـY" / "توجه X ...، وقدّم أوراق اعتماده إلى
Y": the verb has no subject of its own, X (``context_speakers.arrival_subject_ar``) met Y. English
reads "X arrived ... and presented his credentials to Y" already. Our own sentences, not taken
from any dev set.

Negatives: a negated handing ("ولم يقدّم بعد"), and a handing with its own subject after the
arrival of another person (the envoy named after the verb, not the traveller).
"""

import pytest

from tests.extract_support import MW, assert_relations

ANZI, ARAGHCHI = "person:abdullah-al-anazi", "person:abbas-araghchi"
SALMAN = "person:salman-bin-abdulaziz"

# (name, lang, text, must, must_not)
CASES = [
 ("arrived_handed_copy", "ar", "وصل السفير السعودي عبدالله بن سعود العنزي إلى طهران أمس، وقدّم "
  "نسخة من أوراق اعتماده إلى وزير الخارجية عباس عراقجي.", [MW(ANZI, ARAGHCHI)], []),
 ("went_handed_to", "ar", "توجه السفير السعودي الجديد عبدالله بن سعود العنزي صباح الثلاثاء إلى "
  "مقر الوزارة، وسلم أوراق اعتماده لوزير الخارجية الإيراني عباس عراقجي.", [MW(ANZI, ARAGHCHI)],
  []),
 ("arrived_not_yet_handed", "ar", "وصل السفير السعودي عبدالله بن سعود العنزي إلى طهران أمس، ولم "
  "يقدّم بعد أوراق اعتماده إلى وزير الخارجية عباس عراقجي.", [], [MW(ANZI, ARAGHCHI)]),
 ("other_envoy_named", "ar", "وصل وزير الخارجية عباس عراقجي إلى الرياض أمس، وقدّم السفير عبدالله "
  "بن سعود العنزي أوراق اعتماده إلى الملك سلمان بن عبد العزيز.", [MW(ANZI, SALMAN)],
  [MW(ARAGHCHI, SALMAN)]),
 ("arrived_presented_en", "en", "Saudi ambassador Abdullah bin Saud al-Anzi arrived in Tehran on "
  "Monday and presented a copy of his credentials to Foreign Minister Abbas Araghchi.",
  [MW(ANZI, ARAGHCHI)], []),
]


@pytest.mark.parametrize("name,lang,text,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_credentials_arrived(ex, name, lang, text, must, must_not) -> None:
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
