""""the prince" / "the sheikh" / "the emir" used in place of a name (session 17): the person the
article introduced with that royal title, also when an office comes first ("Saudi Defence
Minister Prince X") or the title is part of the known name, not the king or another person
named last. Our own sentences, not taken from any dev set. English only (Arabic "الأمير" is
not read as a description yet)."""

import pytest

from tests.extract_support import MW, assert_relations

KHALID, SALMAN, BAGHERI = ("person:khalid-bin-salman", "person:salman-bin-abdulaziz",
                           "person:mohammad-bagheri")
FAISAL, ABDULLAH, SAFADI = "person:faisal-bin-farhan", "person:abdullah-ii", "person:ayman-safadi"
MBAR, TAMIM, SUDANI = ("person:mohammed-bin-abdulrahman-al-thani",
                       "person:tamim-bin-hamad-al-thani", "person:mohammed-shia-al-sudani")

# (name, text, must, must_not)
CASES = [
 ("prince_after_king", "Saudi Defence Minister Prince Khalid bin Salman arrived in Tehran and "
  "handed over a letter from King Salman.\nChief of staff Mohammad Bagheri welcomed the prince "
  "at the airport.", [MW(BAGHERI, KHALID)], [MW(BAGHERI, SALMAN)]),
 ("prince_object_first", "Saudi Foreign Minister Prince Faisal bin Farhan met King Abdullah II "
  "in Amman.\nJordanian Foreign Minister Ayman Safadi later hosted the prince for lunch.",
  [MW(SAFADI, FAISAL)], [MW(SAFADI, ABDULLAH)]),
 ("sheikh_not_emir", "Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani arrived in "
  "Baghdad with a message from Emir Tamim bin Hamad Al Thani.\nPrime Minister Mohammed Shia "
  "al-Sudani received the sheikh at his office.", [MW(SUDANI, MBAR)], [MW(SUDANI, TAMIM)]),
]


@pytest.mark.parametrize("name,text,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_royal_description(ex, name, text, must, must_not) -> None:
    assert_relations(ex.extract(text, lang="en"), name, must, must_not)
