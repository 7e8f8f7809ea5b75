"""English "During <...> the new emir received Y": a description after an opening adverbial is
the meeting verb's subject, as at the sentence's start (session 18, third round). Our own
sentences, not taken from any dev set. (The Arabic VSO order puts the verb first: no
counterpart.)

- the incoming holder named before ("X became emir, succeeding Z") met Y; Z did not;
- Negative: a person named inside the opening ("In Tehran, President R said ..."): no one is
  read as the description's subject.
"""

import pytest

from tests.extract_support import MW, assert_relations

MESHAL, NAWAF = "person:mishal-al-ahmad-al-jaber-al-sabah", "person:nawaf-al-ahmad-al-sabah"
TAMIM, RAISI = "person:tamim-bin-hamad-al-thani", "person:ebrahim-raisi"
INTRO = ("Sheikh Meshal al-Ahmad al-Jaber al-Sabah became emir of Kuwait in December, succeeding "
         "Sheikh Nawaf al-Ahmad al-Sabah. ")

# (name, text, must, must_not)
CASES = [
 ("after_opening", INTRO + "After the funeral the new emir received Qatar's Emir Sheikh Tamim "
  "bin Hamad Al Thani at Bayan Palace.", [MW(MESHAL, TAMIM)], [MW(NAWAF, TAMIM)]),
 ("person_in_opening", INTRO + "In Tehran President Ebrahim Raisi said the new emir received "
  "his letter.", [], [MW(MESHAL, RAISI), MW(NAWAF, RAISI)]),
]


@pytest.mark.parametrize("name,text,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_described_opening(ex, name, text, must, must_not) -> None:
    assert_relations(ex.extract(text, lang="en"), name, must, must_not)
