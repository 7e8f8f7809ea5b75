"""Session 53 (scorer): the default extractor's precision on people named only beside a
meeting. The scorer (``rules+scorer``) paired the host with whoever else the sentence named;
``scorer_bystander`` vetoes its MET_WITH pairs with

- the source of a trailing attribution: ", Kremlin spokesman X told reporters", "according to
  presidency spokesman X", "quoting / citing X", «، بحسب المتحدث X», «حسبما أفاد X»,
  «على ما نقلت إرنا عن المتحدث X»;
- one named after a noun that is no meeting ("since the fall of X"), as another deed's agent
  ("the proposal drafted by X") or as one to act on ("asked him to pressure X");
- one inside a clause telling no meeting: "..., where X and Y waited outside", "a meeting
  that X had announced", ", as X warned Ankara", «، فيما انتقد X الزيارة», «حيث» not read.

The rules' pairs stay, and so do the scorer's pairs the clause tells as a meeting («بحضور»).
"""

import pytest

from tests.extract_support import met_sorted as _met
from tests.extract_support import relation_pairs as _rels
from tests.extract_support import sorted_pair as _pair


def _with(pairs: set[tuple[str, str]], person: str) -> set[tuple[str, str]]:
    return {p for p in pairs if person in p}


ERDOGAN, PUTIN, PESKOV = ("person:recep-tayyip-erdogan", "person:vladimir-putin",
                          "person:dmitry-peskov")
SUDANI, MACRON, AWADI = ("person:mohammed-shia-al-sudani", "person:emmanuel-macron",
                         "person:basim-al-awadi")
ARAGHCHI, LAVROV, BAGHAEI = ("person:abbas-araghchi", "person:sergei-lavrov",
                             "person:esmaeil-baghaei")
SISI, RADI, ABDULLAH = "person:abdel-fattah-el-sisi", "person:bassam-radhi", "person:abdullah-ii"
MIKATI, HOCHSTEIN, BERRI = "person:najib-mikati", "person:amos-hochstein", "person:nabih-berri"
NETANYAHU, TRUMP = "person:benjamin-netanyahu", "person:donald-trump"
DERMER, LEITER = "person:ron-dermer", "person:yechiel-leiter"
MBZ, GARGASH = "person:mohamed-bin-zayed", "person:anwar-gargash"
MASROUR, BAFEL = "person:masrour-barzani", "person:bafel-talabani"
FIDAN, KALIN, KATZ = "person:hakan-fidan", "person:ibrahim-kalin", "person:israel-katz"

# (text, lang, the meeting the rules read, the bystander)
BYSTANDERS = [
    ("Erdogan met Putin in Sochi, Kremlin spokesman Dmitry Peskov told reporters.", "en",
     (ERDOGAN, PUTIN), PESKOV),
    ("Sudani met Macron in Paris on Friday, government spokesman Basim al-Awadi said.", "en",
     (SUDANI, MACRON), AWADI),
    ("Araghchi met Lavrov in Moscow, Iranian Foreign Ministry spokesman Esmaeil Baghaei told "
     "IRNA.", "en", (ARAGHCHI, LAVROV), BAGHAEI),
    ("Sisi met King Abdullah in Cairo, according to presidency spokesman Bassam Radi.", "en",
     (SISI, ABDULLAH), RADI),
    ("Sheikh Mohammed bin Zayed met Vladimir Putin in Moscow, WAM said, citing Emirati "
     "presidential adviser Anwar Gargash.", "en", (MBZ, PUTIN), GARGASH),
    ("Lebanese Prime Minister Najib Mikati met Amos Hochstein in Beirut to discuss the "
     "proposal drafted by Nabih Berri.", "en", (MIKATI, HOCHSTEIN), BERRI),
    ("Netanyahu met Trump at the White House, where Israeli ambassador Yechiel Leiter waited "
     "outside.", "en", (NETANYAHU, TRUMP), LEITER),
    ("Masrour Barzani met Erdogan in Istanbul; Bafel Talabani, his rival, criticised the "
     "visit.", "en", (MASROUR, ERDOGAN), BAFEL),
    ("والتقى أردوغان بوتين في سوتشي، بحسب المتحدث باسم الكرملين دميتري بيسكوف.", "ar",
     (ERDOGAN, PUTIN), PESKOV),
    ("والتقى السوداني ماكرون في باريس، حسبما أفاد المتحدث باسم الحكومة باسم العوادي.", "ar",
     (SUDANI, MACRON), AWADI),
    ("والتقى عراقجي لافروف في موسكو، على ما نقلت إرنا عن المتحدث إسماعيل بقائي.", "ar",
     (ARAGHCHI, LAVROV), BAGHAEI),
    ("والتقى ميقاتي هوكشتاين في بيروت لبحث المقترح الذي أعده نبيه بري.", "ar",
     (MIKATI, HOCHSTEIN), BERRI),
    ("والتقى الشيخ محمد بن زايد الرئيس فلاديمير بوتين في موسكو، بحسب وام نقلاً عن المستشار "
     "الرئاسي أنور قرقاش.", "ar", (MBZ, PUTIN), GARGASH),
    ("والتقى مسرور بارزاني أردوغان في إسطنبول، فيما انتقد بافل طالباني الزيارة.", "ar",
     (MASROUR, ERDOGAN), BAFEL),
]


@pytest.mark.parametrize("text,lang,meeting,bystander", BYSTANDERS)
def test_bystander_not_met(shipped, text, lang, meeting, bystander) -> None:
    pairs = _met(shipped, text, lang)
    assert _pair(*meeting) in pairs  # the rules' meeting stays
    assert not _with(pairs, bystander), pairs


@pytest.mark.parametrize("text", [
    "Al-Sharaa met Erdogan in Ankara, a first since the fall of Bashar al-Assad.",
    "Abbas met Blinken in Ramallah and asked him to pressure Netanyahu to stop the offensive.",
    "Mohammed bin Salman received Jake Sullivan in Dhahran, a meeting that Biden had "
    "announced last week.",
])
def test_named_aside_en(shipped, text) -> None:
    """The fall of Assad, Netanyahu to be pressured, Biden who announced it: one pair only."""
    assert len(_met(shipped, text)) == 1


def test_attendees_kept_past_contrast_ar(shipped) -> None:
    """«بحضور A وB» is the meeting's (the scorer's pairs stay; the rules read none here), the
    one in «، فيما حذر Z أنقرة» is not."""
    pairs = _met(shipped, "واستقبل أردوغان الشرع في إسطنبول بحضور هاكان فيدان وإبراهيم كالن، "
                          "فيما حذر يسرائيل كاتس أنقرة.", "ar")
    assert not _with(pairs, KATZ)
    if shipped.name == "rules+scorer":
        assert _pair(FIDAN, ERDOGAN) in pairs


def test_where_received_him_kept() -> None:
    """A where-clause naming the visitor by a pronoun tells the meeting: the veto's clause
    check leaves it (module-level check on the clause reader)."""
    from loaders.extract.base import get_extractor
    from loaders.extract.scorer_bystander import _aside_clause
    doc_text = "Larijani then went to the Grand Serail, where Nawaf Salam reminded him of it."
    ex = get_extractor("rules")
    d = ex.extract(doc_text, lang="en")
    assert d is not None
    from loaders.extract.tokens import tokenize
    toks = tokenize(doc_text)

    class _M:
        def __init__(self, lo: int) -> None:
            self.lo = self.hi = lo

    lar = next(i for i, t in enumerate(toks) if t.text == "Larijani")
    salam = next(i for i, t in enumerate(toks) if t.text == "Salam")
    assert not _aside_clause(_M(lar), _M(salam), toks, 0, len(toks))
    waited = "Netanyahu met Trump at the White House, where Ron Dermer waited outside."
    toks = tokenize(waited)
    net = next(i for i, t in enumerate(toks) if t.text == "Netanyahu")
    der = next(i for i, t in enumerate(toks) if t.text == "Dermer")
    assert _aside_clause(_M(net), _M(der), toks, 0, len(toks))


SAFIEDDINE, NASRALLAH = "person:hashem-safieddine", "person:hassan-nasrallah"
AOUN, MBS = "person:joseph-aoun", "person:mohammed-bin-salman"


@pytest.mark.parametrize("text,held", [
    ("وقتل هاشم صفي الدين، الخليفة المتوقع لنصر الله، بغارة إسرائيلية بعد أيام.", False),
    ("وقتل هاشم صفي الدين، خليفة نصر الله المتوقع، بغارة إسرائيلية.", False),
    ("وقتل هاشم صفي الدين، خليفة نصر الله، بغارة إسرائيلية.", True),
])
def test_expected_successor_ar(shipped, text, held) -> None:
    """«الخليفة المتوقع لـY» / «خليفة Y المتوقع»: a prospect, no succession (the rules'
    khalifa_ar read it); the plain «خليفة Y» still is one."""
    pairs = _rels(shipped, text, "SUCCESSOR_OF", "ar")
    assert ((SAFIEDDINE, NASRALLAH) in pairs) is held


@pytest.mark.parametrize("text,held", [
    ("والتقى ماكرون الرئيس اللبناني جوزاف عون في باريس، ثم اتصل بولي العهد محمد بن سلمان.",
     False),
    ("والتقى ماكرون الرئيس اللبناني جوزاف عون في باريس، ثم ولي العهد محمد بن سلمان.", True),
])
def test_then_called_ar(shipped, text, held) -> None:
    """«، ثم اتصل بـY» is a call (then_far_ar and the scorer paired Y with the host); «، ثم
    Y» still continues the meeting's objects."""
    pairs = _met(shipped, text, "ar")
    assert _pair("person:emmanuel-macron", AOUN) in pairs
    assert (_pair("person:emmanuel-macron", MBS) in pairs) is held


GALLANT, KATZ_ID = "person:yoav-gallant", "person:israel-katz"


@pytest.mark.parametrize("text", [
    "Netanyahu met Trump in Washington, days after firing Defense Minister Yoav Gallant and "
    "replacing him with Israel Katz.",
    "Netanyahu fired Yoav Gallant and replaced him with Israel Katz.",
    "Yoav Gallant was fired in November; Netanyahu replaced him with Israel Katz.",
])
def test_replaced_him_with_en(shipped, text) -> None:
    """"K fired Y and replaced him with X": X succeeded Y (the rules gave Y <- Trump, or the
    subject K as the new one)."""
    pairs = _rels(shipped, text, "SUCCESSOR_OF", "en")
    assert pairs == {(KATZ_ID, GALLANT)}


@pytest.mark.parametrize("tail,victim", [
    (", and Esmail Qaani replaced him.", False),
    (", and Abu Ali al-Basri.", True),
])
def test_companion_list_ends_at_clause_en(shipped, tail, victim) -> None:
    """"killed ... along with B, and C replaced him": ", and C <verb>" opens a clause; C is
    no companion killed (a plain list member still is)."""
    text = ("Qassem Soleimani was killed in a U.S. drone strike in Baghdad along with Abu Mahdi "
            "al-Muhandis" + tail)
    pairs = _rels(shipped, text, "ASSASSINATED_BY", "en")
    assert ("person:abu-mahdi-al-muhandis", "country:united-states") in pairs
    other = "person:esmail-qaani" if not victim else "person:abu-ali-al-basri"
    assert ((other, "country:united-states") in pairs) is victim
