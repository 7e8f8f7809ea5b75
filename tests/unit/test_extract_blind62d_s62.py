"""Session 62 (blind62d): fixes after the first contact of blind set NI-NJ (Gulf, Egyptian and
Jordanian diplomacy in 2025, written blind: Trump's Gulf tour, the Qatari and Egyptian
mediators, the Israeli strike on Hamas's leaders in Doha, King Abdullah II's and Sisi's
meetings), each read in several paraphrases of other outlets, people and both languages.

- Killings: a counted group killed, its members listed after a colon: "five of its members were
  killed in the Israeli strike: X, the son of K; Y, who ran his office; and three bodyguards",
  "Two Kataib Hezbollah commanders were killed in a US strike in Baghdad: X and Y", «واستشهد في
  الغارة الأمريكية اثنان من قادة الكتائب: X وY», «...، هم: X وY وZ» (``kill_groups_forces
  ._colon_names``, ``_after_semicolons``: the items of a list cut by semicolons, never a person
  inside an item's apposition). Not with no agent stated ("in the blast", "in the strike,
  the ministry said:"), a verb of saying before the colon, or a denial.
- Killings: "killed in the strike" three or more sentences after the strike, when the headline
  and the lede told that one strike with the same agent ("UAE President in Doha as Qatar
  condemns Israeli attack" ... "a day after an Israeli airstrike" ... "Five Hamas members were
  killed in the strike, among them X"; the Arabic «غداة غارة إسرائيلية» ... «وقُتل في الغارة X»):
  ``strike_refs.only_strike_agents`` takes one strike told twice by the same agents, and a
  strike noun's agent is its nearest adjective ("condemns Israeli attack": Israel, not Qatar;
  ``strike_refs._nearest_before``). Not a killing denied in a "that" clause whose name has an
  abbreviated rank ("described as baseless the claims of hostile media that the Chief of the
  General Staff, Maj. Gen. X, had been killed in the raid": ``modality._denied_that_en`` reads
  "Maj." / "Gen." as no clause end, and "baseless" / "unfounded" as denial words).
- Meetings: an attendee "present at / during the <Name> meeting / talks" ("were present at the
  Oval Office meeting", "at the Lusail Palace talks", "during the New Alamein meeting")
  attends the meeting told before, as "present at the meeting" and "attended the Oval Office
  meeting" were read (``meeting_sides_en.were_present`` with ``meeting_place_named_en``); not
  "present at the Munich Security Conference", not "was not present".
"""

import pytest

from tests.extract_support import met_sorted as _met
from tests.extract_support import relation_pairs
from tests.extract_support import sorted_pair as _pair

AB = "ASSASSINATED_BY"
ISRAEL, US = "country:israel", "country:united-states"
HAMMAM, LABAD, KHALIL = "person:hammam-al-hayya", "person:jihad-labad", "person:khalil-al-hayya"
SAADI, ELAYAWI = "person:abu-baqir-al-saadi", "person:arkan-al-elayawi"
ABDULLAH, TRUMP, SAFADI, HUSSEIN = ("person:abdullah-ii", "person:donald-trump",
                                    "person:ayman-safadi", "person:hussein-bin-abdullah")
TAMIM, MBAR = "person:tamim-bin-hamad-al-thani", "person:mohammed-bin-abdulrahman-al-thani"
SISI, MBZ, RASHAD = ("person:abdel-fattah-el-sisi", "person:mohamed-bin-zayed",
                     "person:hassan-rashad")


def _ab(ex, text, lang="en"):
    return relation_pairs(ex, text, AB, lang)


# --- a counted group killed, its members after a colon ---------------------------------------

@pytest.mark.parametrize("text, lang, victims, agent", [
    ("Five members of the group were killed in the Israeli strike: Humam al-Hayya, Jihad Labad "
     "and three bodyguards.", "en", (HAMMAM, LABAD), ISRAEL),
    ("Hamas said five of its members were killed in the Israeli strike: Humam al-Hayya, the son "
     "of its Gaza chief Khalil al-Hayya; Jihad Labad, who ran his office; and three "
     "bodyguards.", "en", (HAMMAM, LABAD), ISRAEL),
    ("Two Kataib Hezbollah commanders were killed in a US strike in Baghdad on Wednesday: Abu "
     "Baqir al-Saadi and Arkan al-Elayawi.", "en", (SAADI, ELAYAWI), US),
    ("واستشهد في الغارة الأمريكية اثنان من قادة الكتائب: أبو باقر الساعدي وأركان العلياوي.", "ar",
     (SAADI, ELAYAWI), US),
    ("وقُتل في الغارة الإسرائيلية خمسة من أعضاء الحركة، هم: همام الحية وجهاد لبد وثلاثة من "
     "المرافقين.", "ar", (HAMMAM, LABAD), ISRAEL),
])
def test_a_counted_group_killed_then_its_members_after_a_colon(rules_only, text, lang, victims,
                                                               agent):
    ab = _ab(rules_only, text, lang)
    for v in victims:
        assert (v, agent) in ab


def test_a_person_inside_an_item_s_apposition_is_no_victim(shipped):
    text = ("Hamas said five of its members were killed in the Israeli strike: Humam al-Hayya, the "
            "son of its Gaza chief Khalil al-Hayya; Jihad Labad, who ran his office; and three "
            "bodyguards.")
    assert not any(v == KHALIL for v, _a in _ab(shipped, text))


@pytest.mark.parametrize("text", [
    "Two men were killed in the blast: Humam al-Hayya and Jihad Labad.",
    "Five people were killed in the strike, the ministry said: Humam al-Hayya and Jihad Labad.",
    "Five members were killed, Hamas said in a statement that named them: Humam al-Hayya and "
    "Jihad Labad.",
    "Israel denied that two of its commanders were killed in an Israeli strike: Humam al-Hayya "
    "and Jihad Labad.",
])
def test_a_colon_list_with_no_agent_said_or_denied_gives_no_killing(rules_only, text):
    assert not any(v in (HAMMAM, LABAD) for v, _a in _ab(rules_only, text))


# --- "present at the <Name> meeting" ---------------------------------------------------------

@pytest.mark.parametrize("text, pairs", [
    ("King Abdullah II met US President Donald Trump at the White House on Tuesday. Crown Prince "
     "Hussein and Foreign Minister Ayman Safadi were present at the Oval Office meeting.",
     [(SAFADI, TRUMP), (HUSSEIN, TRUMP)]),
    ("Emir Tamim received Donald Trump at Lusail Palace on Wednesday. Prime Minister Sheikh "
     "Mohammed bin Abdulrahman was present at the Lusail Palace talks.", [(MBAR, TRUMP)]),
    ("Abdel Fattah al-Sisi received Mohamed bin Zayed in New Alamein on Saturday. Egyptian "
     "intelligence chief Hassan Rashad was also present during the New Alamein meeting, the "
     "spokesman said.", [(RASHAD, MBZ)]),
])
def test_present_at_the_named_meeting_attends_it(rules_only, text, pairs):
    met = _met(rules_only, text)
    for a, b in pairs:
        assert _pair(a, b) in met


@pytest.mark.parametrize("text", [
    "King Abdullah II met US President Donald Trump at the White House on Tuesday. Foreign "
    "Minister Ayman Safadi was present at the Munich Security Conference.",
    "King Abdullah II met US President Donald Trump at the White House on Tuesday. Foreign "
    "Minister Ayman Safadi was not present at the Oval Office meeting.",
])
def test_present_elsewhere_or_not_present_attends_nothing(shipped, text):
    assert _pair(SAFADI, TRUMP) not in _met(shipped, text)


# --- "killed in the strike" far from the strike its headline and lede told ------------------

_FAR_STRIKE = [
    ("UAE President in Doha as Qatar condemns Israeli attack\nDOHA: The Amir received the UAE "
     "President yesterday, a day after an Israeli airstrike on a residential building in the "
     "capital.\nHe thanked his brother for the visit. Jordan's King Abdullah II is expected on "
     "Thursday.\nFive Hamas members were killed in the strike, among them Humam al-Hayya and "
     "Jihad Labad.", "en", (HAMMAM, LABAD), ISRAEL),
    ("Iraq condemns US strike in Baghdad\nA US drone struck a car in eastern Baghdad on "
     "Wednesday, Iraqi officials said.\nThe government called the attack a violation of "
     "sovereignty.\nTraffic on the highway was halted for hours.\nKataib Hezbollah said Abu "
     "Baqir al-Saadi was killed in the strike.", "en", (SAADI,), US),
    ("قطر تدين الهجوم الإسرائيلي على الدوحة\nاستقبل أمير قطر الشيخ تميم بن حمد آل ثاني رئيس "
     "دولة الإمارات الشيخ محمد بن زايد أمس، غداة غارة إسرائيلية على مبنى سكني في الدوحة.\nوشكر "
     "الأمير ضيفه على الزيارة.\nويُنتظر وصول العاهل الأردني الملك عبد الله الثاني الخميس.\n"
     "وقُتل في الغارة همام الحية وجهاد لبد.", "ar", (HAMMAM, LABAD), ISRAEL),
]


@pytest.mark.parametrize("text, lang, victims, agent", _FAR_STRIKE)
def test_the_strike_told_in_headline_and_lede_far_back(shipped, text, lang, victims, agent):
    ab = _ab(shipped, text, lang)
    for v in victims:
        assert (v, agent) in ab


def test_the_condemning_state_is_no_agent_of_the_strike(shipped):
    text, lang, _victims, _agent = _FAR_STRIKE[0]
    assert not any(a == "country:qatar" for _v, a in _ab(shipped, text, lang))


@pytest.mark.parametrize("claim", [
    "A military source described as baseless the claims of hostile media that the Chief of the "
    "General Staff, Maj. Gen. Mohammed al-Ghamari, had been killed in the raid.",
    "A military source denied the claims of hostile media that the Chief of the General Staff, "
    "Maj. Gen. Mohammed al-Ghamari, had been killed in the raid.",
    "A military source described as baseless the claims that Mohammed al-Ghamari had been killed "
    "in the raid.",
])
def test_a_denied_killing_with_an_abbreviated_rank_is_none(shipped, claim):
    text = ("Yemen mourns ministers killed in Israeli strike\nIsraeli jets struck a government "
            "workshop in Sanaa on Thursday, the Houthis said.\nPrime Minister Ahmed al-Rahawi was "
            "killed in the strike.\nThe president named his deputy acting premier.\n" + claim)
    ab = _ab(shipped, text)
    assert ("person:ahmed-al-rahawi", ISRAEL) in ab
    assert not any(v == "person:mohammed-al-ghamari" for v, _a in ab)
