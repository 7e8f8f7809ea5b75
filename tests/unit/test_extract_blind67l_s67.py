"""Session 67 (blind67l): fixes after the first contact of blind set QE-QF (Hamas, Israel and the
mediators 2023-2025, written blind: the truce talks in Doha and Cairo, Blinken's tours, the Hamas
leaders killed and their successors), each read in several paraphrases of other outlets and people.

- Descriptions, English: "the top diplomat" fits a Secretary of State or a Foreign Secretary, as it
  fitted a foreign minister ("Sisi received the top American diplomat" after "US Secretary of State
  X arrived": X; ``description_fit._FITS``).
- Descriptions, English: "the top US diplomat", "the top U.S. diplomat": the country named as a body
  between the rank and the title stands for the nationality, as "the top American diplomat" did
  (``desc_top_national_en.national_holder``, called by ``title_description``); a person of another
  nationality named before is still not the one meant.
- Lists, Arabic: a style of address with و after a comma opens the next list member, as it did
  right after the name («التقى X بسعادة A، وسعادة السيد B», «استقبل X، اليوم، السيد A، ومعالي
  السيد B»: X met A and B; ``chains.ChainHelpers.chain``).
"""

import pytest

from tests.extract_support import met_sorted as _met
from tests.extract_support import sorted_pair as _pair

BLINKEN, RUBIO, SISI, SHOUKRY, KAMEL = ("person:antony-blinken", "person:marco-rubio",
                                        "person:abdel-fattah-el-sisi", "person:sameh-shoukry",
                                        "person:abbas-kamel")
MBS, MBAR, LAMMY, ARAGHCHI = ("person:mohammed-bin-salman", "person:mohammed-bin-abdulrahman-al-thani",
                              "person:david-lammy", "person:abbas-araghchi")
FAISAL = "person:faisal-bin-farhan"


@pytest.mark.parametrize("text,pair", [
    ("US Secretary of State Marco Rubio landed in Riyadh on Monday. Crown Prince Mohammed bin Salman "
     "received America's top diplomat at Al-Yamamah Palace.", (RUBIO, MBS)),
    ("US Secretary of State Marco Rubio arrived in Cairo on Tuesday. President Abdel Fattah el-Sisi "
     "received the top American diplomat at the Ittihadiya palace.", (RUBIO, SISI)),
    ("US Secretary of State Antony Blinken arrived in Doha on Wednesday. The top American diplomat then "
     "met Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani.", (BLINKEN, MBAR)),
    ("British Foreign Secretary David Lammy arrived in Cairo on Tuesday. Sisi received the top British "
     "diplomat at the presidential palace.", (LAMMY, SISI)),
])
def test_top_diplomat_is_a_secretary_of_state(ex, text, pair):
    assert _pair(*pair) in _met(ex, text)


@pytest.mark.parametrize("text,pair", [
    ("US Secretary of State Marco Rubio arrived in Cairo on Tuesday. Sisi received the top US diplomat "
     "at the presidential palace.", (RUBIO, SISI)),
    ("US Secretary of State Antony Blinken landed in Cairo on Tuesday. Egyptian President Abdel Fattah "
     "al-Sisi received the top U.S. diplomat and discussed the truce talks with him.", (BLINKEN, SISI)),
    ("The US Secretary of State, Marco Rubio, flew to Jeddah on Monday. Saudi Foreign Minister Prince "
     "Faisal bin Farhan met the top U.S. diplomat on arrival.", (RUBIO, FAISAL)),
])
def test_top_us_diplomat(ex, text, pair):
    assert _pair(*pair) in _met(ex, text)


def test_top_us_diplomat_with_attendees(ex):
    text = ("US Secretary of State Antony Blinken met Egyptian President Abdel Fattah al-Sisi in Cairo on "
            "Tuesday. Sisi received the top US diplomat in the presence of Foreign Minister Sameh Shukri and "
            "General Intelligence chief Abbas Kamel, the Egyptian presidency said.")
    met = _met(ex, text)
    for a, b in [(SISI, BLINKEN), (SHOUKRY, SISI), (SHOUKRY, BLINKEN), (KAMEL, SISI), (KAMEL, BLINKEN),
                 (KAMEL, SHOUKRY)]:
        assert _pair(a, b) in met


@pytest.mark.parametrize("text,absent", [
    # an Iranian named before is no "top US diplomat"
    ("Iranian Foreign Minister Abbas Araghchi arrived in Cairo on Tuesday. Sisi received the top US "
     "diplomat at the presidential palace.", (ARAGHCHI, SISI)),
    # a meeting denied
    ("US Secretary of State Antony Blinken arrived in Cairo on Tuesday. Sisi did not receive the top US "
     "diplomat, who met Foreign Minister Sameh Shoukry instead.", (BLINKEN, SISI)),
])
def test_top_us_diplomat_negative(ex, text, absent):
    assert _pair(*absent) not in _met(ex, text)


WITKOFF, RASHAD, MCGURK, FIDAN, TAMIM = ("person:steve-witkoff", "person:hassan-rashad", "person:brett-mcgurk",
                                        "person:hakan-fidan", "person:tamim-bin-hamad-al-thani")


@pytest.mark.parametrize("text,pair", [
    ("التقى الشيخ محمد بن عبدالرحمن آل ثاني، اليوم، اللواء حسن رشاد، وسعادة السيد ستيف ويتكوف.",
     (MBAR, WITKOFF)),
    ("استقبل الشيخ محمد بن عبدالرحمن آل ثاني، اليوم، السيد بريت ماكغورك، وسعادة السيد ستيف ويتكوف.",
     (MBAR, WITKOFF)),
    ("استقبل حضرة صاحب السمو الشيخ تميم بن حمد آل ثاني، بالديوان الأميري اليوم، معالي السيد هاكان "
     "فيدان، ومعالي السيد عباس عراقجي.", (TAMIM, ARAGHCHI)),
    ("التقى وزير الخارجية السعودي الأمير فيصل بن فرحان، اليوم، معالي السيد هاكان فيدان، وسعادة السيد "
     "ستيف ويتكوف، كلاً على حدة.", (FAISAL, WITKOFF)),
])
def test_styled_list_member_after_comma_ar(ex, text, pair):
    assert _pair(*pair) in _met(ex, text, "ar")


@pytest.mark.parametrize("text,absent", [
    # a phone call with the second one
    ("التقى الشيخ محمد بن عبدالرحمن آل ثاني، اليوم، اللواء حسن رشاد، وأجرى اتصالاً هاتفياً مع سعادة "
     "السيد ستيف ويتكوف.", (MBAR, WITKOFF)),
    # a meeting called off
    ("ألغى الشيخ محمد بن عبدالرحمن آل ثاني لقاءه المقرر مع السيد بريت ماكغورك، وسعادة السيد ستيف "
     "ويتكوف.", (MBAR, WITKOFF)),
])
def test_styled_list_member_negative_ar(ex, text, absent):
    assert _pair(*absent) not in _met(ex, text, "ar")
