"""Session 72 (retrain72): two shapes the scorer retrained on dev 3,009 misread, rejected by
its gates whatever the weights.

- A meeting told in the English future ("A and B will hold a meeting in Doha", "X will meet
  Y", "Y will also be received by X") is none: ``scorer_gates.unreal_meeting`` (the Arabic
  «سيعقد / سيلتقي / سيستقبل» was already vetoed; its cases here keep it so).
- A body named right after "at" / "inside" / "outside" is a place, no partner of the scorer's
  pairs ("spoke at the White House, adding that a small team had killed X": not X killed by
  the White House): ``scorer_place_body``.
"""

import pytest

from loaders.extract.scorer_relative import relative_aside
from loaders.extract.tokens import tokenize
from tests.extract_support import met_sorted as _met
from tests.extract_support import relation_pairs

TAMIM, ERDOGAN = "person:tamim-bin-hamad-al-thani", "person:recep-tayyip-erdogan"
MBS, MACRON = "person:mohammed-bin-salman", "person:emmanuel-macron"
SISI, ABDULLAH = "person:abdel-fattah-el-sisi", "person:abdullah-ii"
ZAWAHIRI, HAMZA = "person:ayman-al-zawahiri", "person:hamza-bin-laden"
BIDEN, NETANYAHU = "person:joe-biden", "person:benjamin-netanyahu"
WHITE_HOUSE = "organization:white-house"


def _pair(a, b):
    return (a, b) if a < b else (b, a)


# --- a meeting in the future is none ---------------------------------------------------------

@pytest.mark.parametrize("text, lang, a, b", [
    ("Qatar's Emir Sheikh Tamim bin Hamad Al Thani and Turkish President Recep Tayyip Erdogan "
     "will hold a meeting in Doha.", "en", TAMIM, ERDOGAN),
    ("Sheikh Tamim bin Hamad Al Thani and Recep Tayyip Erdogan will hold talks in Doha on the "
     "Gaza truce.", "en", TAMIM, ERDOGAN),
    ("Crown Prince Mohammed bin Salman and President Emmanuel Macron, who arrived in Riyadh on "
     "Monday, will also meet at Al-Yamamah Palace.", "en", MBS, MACRON),
    ("سيستقبل أمير قطر الشيخ تميم بن حمد آل ثاني الرئيس التركي رجب طيب أردوغان في الدوحة "
     "الأسبوع المقبل.", "ar", TAMIM, ERDOGAN),
    ("سيلتقي ولي العهد السعودي الأمير محمد بن سلمان الرئيس الفرنسي إيمانويل ماكرون في الرياض.",
     "ar", MBS, MACRON),
])
def test_a_meeting_in_the_future_is_none(shipped, text, lang, a, b):
    assert _pair(a, b) not in _met(shipped, text, lang)


@pytest.mark.parametrize("text, lang, a, b", [
    ("Qatar's Emir Sheikh Tamim bin Hamad Al Thani met Turkish President Recep Tayyip Erdogan in "
     "Doha on Monday.", "en", TAMIM, ERDOGAN),
    ("Crown Prince Mohammed bin Salman received President Emmanuel Macron in Riyadh; Macron will "
     "travel to Abu Dhabi on Tuesday.", "en", MBS, MACRON),
    ("التقى ولي العهد السعودي الأمير محمد بن سلمان الرئيس الفرنسي إيمانويل ماكرون في الرياض.",
     "ar", MBS, MACRON),
])
def test_a_meeting_held_stays(shipped, text, lang, a, b):
    assert _pair(a, b) in _met(shipped, text, lang)


# --- a body named as the place ---------------------------------------------------------------

def _killers(ex, text, lang="en"):
    return relation_pairs(ex, text, "ASSASSINATED_BY", lang)


@pytest.mark.parametrize("text, victim", [
    ("President Joe Biden spoke at the White House, adding that a drone strike had killed Ayman "
     "al-Zawahiri in Kabul.", ZAWAHIRI),
    ("The announcement was made at the White House, noting that a small unit had killed Hamza bin "
     "Laden.", HAMZA),
    ("Reporters gathered outside the White House after officials confirmed that Hamza bin Laden "
     "had been killed.", HAMZA),
])
def test_a_body_named_as_the_place_is_no_killer(shipped, text, victim):
    got = _killers(shipped, text)
    assert not any(v == victim and a == WHITE_HOUSE for v, a in got), got


@pytest.mark.parametrize("text", [
    "President Joe Biden met Prime Minister Benjamin Netanyahu at the White House on Monday.",
    "Benjamin Netanyahu held talks with Joe Biden inside the White House.",
])
def test_a_body_named_as_the_place_of_a_meeting_is_no_side(shipped, text):
    met = _met(shipped, text, "en")
    assert _pair(BIDEN, NETANYAHU) in met
    assert not any(WHITE_HOUSE in p for p in met)


def test_the_body_named_as_the_killer_stays(shipped):
    text = "Israel killed Hamas leader Saleh al-Arouri in a drone strike on Beirut's southern suburb."
    assert ("person:saleh-al-arouri", "country:israel") in _killers(shipped, text)


# --- one named only inside an aside of the subject -------------------------------------------

HADI, SALEH = "person:abdrabbuh-mansur-hadi", "person:ali-abdullah-saleh"
SUDANI = "person:mohammed-shia-al-sudani"
BLINKEN, HAKAN = "person:antony-blinken", "person:hakan-fidan"


@pytest.mark.parametrize("text, lang, aside, other", [
    ("Vice President Abd Rabbuh Mansur Hadi, who governs while President Ali Abdullah Saleh "
     "recovers in Riyadh, received Turkish Foreign Minister Hakan Fidan in Sanaa.", "en",
     SALEH, HAKAN),
    ("Secretary of State Antony Blinken, who is travelling with President Joe Biden, also held "
     "talks with Prime Minister Mohammed Shia al-Sudani.", "en", BIDEN, SUDANI),
    ("استقبل وزير الخارجية التركي هاكان فيدان رئيس الوزراء محمد شياع السوداني، الذي خلف "
     "مصطفى الكاظمي في المنصب، في أنقرة.", "ar", "person:mustafa-al-kadhimi", HAKAN),
])
def test_one_named_in_an_aside_telling_no_meeting_is_not_met(shipped, text, lang, aside, other):
    assert _pair(aside, other) not in _met(shipped, text, lang)


@pytest.mark.parametrize("text, lang, a, b", [
    ("Vice President Abd Rabbuh Mansur Hadi, who governs while President Ali Abdullah Saleh "
     "recovers in Riyadh, received Turkish Foreign Minister Hakan Fidan in Sanaa.", "en",
     HADI, HAKAN),
    ("Secretary of State Antony Blinken, who is travelling with President Joe Biden, also held "
     "talks with Prime Minister Mohammed Shia al-Sudani.", "en", BLINKEN, SUDANI),
])
def test_the_head_of_the_aside_keeps_his_meeting(shipped, text, lang, a, b):
    assert _pair(a, b) in _met(shipped, text, lang)


class _Span:  # (a mention's span: relative_aside reads only lo / hi)
    def __init__(self, lo: int) -> None:
        self.lo, self.hi = lo, lo + 1


@pytest.mark.parametrize("text, outside, inside", [
    ("Antony Blinken held talks with Mohammed bin Salman, who was flanked by Foreign Minister "
     "Faisal bin Farhan, in Riyadh.", "blinken", "farhan"),
    ("Hakan Fidan met Mohammed Shia al-Sudani, who was accompanied by Foreign Minister Fuad "
     "Hussein, in Ankara.", "fidan", "hussein"),
    ("وضمّ الاجتماع، الذي عُقد بحضور رئيس الوزراء محمد شياع السوداني، وزير الخارجية التركي هاكان "
     "فيدان ووزير الخارجية الأميركي أنتوني بلينكن.", "فيدان", "شياع"),
])
def test_an_attendee_named_in_the_aside_is_no_aside(text, outside, inside):
    toks = tokenize(text)
    keys = [t.key for t in toks]
    a, b = _Span(keys.index(outside)), _Span(keys.index(inside))
    assert not relative_aside(a, b, toks, 0, len(toks))


def test_one_named_in_an_aside_is_found():
    text = ("Vice President Hadi, who governs while President Saleh recovers in Riyadh, received "
            "Hakan Fidan in Sanaa.")
    toks = tokenize(text)
    keys = [t.key for t in toks]
    assert relative_aside(_Span(keys.index("saleh")), _Span(keys.index("fidan")), toks, 0,
                          len(toks))
