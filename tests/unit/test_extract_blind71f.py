"""Session 71 (blind71f): constructions missed on the blind set TW-TX (the Maghreb's transitions
2011-2024), fixed in general and tested here on sentences of their own.

- Killings, claims: an aside set off by commas between the claim verb and the deed ("تبنّى Y، في
  شريط مصوّر، اغتيال X"، "تبنّت Y، في بيان، عملية اغتيال X"; "Y claimed, in a video, the killing
  of X"), a repeated deed noun ("اغتيال X واغتيال Z"; "the killing of X and the killing of Z")
  and the plural deed ("claimed the killings of X and Z") (``killing_nominal._claimer_ar``,
  ``kill_claims.claimed_the_killing_en``).
- Gazetteer: Boubaker el-Hakim (the Islamic State's Franco-Tunisian jihadist) and Tayeb Belaiz
  (Algeria's Constitutional Council).
- Meetings: "X met the heads of ..., among them Kataib Hezbollah militia commander Y": the listed
  member is Y, whose title the body opens, not the body (``wire_meetings.group_members_met``).
- Successions, Arabic: "ويخلف / وتخلف في هذا المنصب Y" joined to a clause whose subject X opens
  the sentence, and the feminine "وتخلف X في المنصب Y" (``succession_post_between_ar``).
"""

import pytest

from tests.extract_support import entity_ids, met_sorted, relation_pairs
from tests.extract_support import sorted_pair as _pair

AQ, BHUTTO, MASSOUD = "organization:al-qaeda", "person:benazir-bhutto", "person:ahmad-shah-massoud"
HAKIM, BELAIZ = "person:boubaker-el-hakim", "person:tayeb-belaiz"
SUDANI, KADHIMI = "person:mohammed-shia-al-sudani", "person:mustafa-al-kadhimi"
TRUSS, JOHNSON = "person:liz-truss", "person:boris-johnson"
KH, MUHANDIS = "organization:kataib-hezbollah", "person:abu-mahdi-al-muhandis"


def _kill(ex, text, lang="en"):
    return relation_pairs(ex, text, "ASSASSINATED_BY", lang)


def _succ(ex, text, lang="ar"):
    return relation_pairs(ex, text, "SUCCESSOR_OF", lang)


# --- a claim past an aside, a repeated or plural deed --------------------------------------

@pytest.mark.parametrize("text, lang, pairs", [
    ("وكان تنظيم القاعدة قد تبنّى، في بيان نُشر على موقع إلكتروني، اغتيال رئيسة الوزراء "
     "الباكستانية السابقة بينظير بوتو.", "ar", {(BHUTTO, AQ)}),
    ("وتبنّى تنظيم القاعدة، في تسجيل صوتي، عملية اغتيال أحمد شاه مسعود.", "ar", {(MASSOUD, AQ)}),
    ("وتبنّى تنظيم القاعدة، في شريط مصوّر، اغتيال أحمد شاه مسعود واغتيال رئيسة الوزراء بينظير "
     "بوتو.", "ar", {(MASSOUD, AQ), (BHUTTO, AQ)}),
    ("Al-Qaeda claimed, in a statement posted online, the assassination of Benazir Bhutto.", "en",
     {(BHUTTO, AQ)}),
    ("Al-Qaeda claimed the killings of Ahmad Shah Massoud and Benazir Bhutto.", "en",
     {(MASSOUD, AQ), (BHUTTO, AQ)}),
    ("Al-Qaeda claimed the killing of Ahmad Shah Massoud and the killing of Benazir Bhutto.", "en",
     {(MASSOUD, AQ), (BHUTTO, AQ)}),
])
def test_claim_past_an_aside_and_repeated_deeds(shipped, text, lang, pairs):
    assert pairs <= _kill(shipped, text, lang)


@pytest.mark.parametrize("text, lang", [
    ("ونفى تنظيم القاعدة، في بيان، اغتيال بينظير بوتو.", "ar"),
    ("ولم يتبنَّ تنظيم القاعدة، في بيانه، اغتيال بينظير بوتو.", "ar"),
    ("Al-Qaeda denied, in a statement, the killing of Benazir Bhutto.", "en"),
    ("Al-Qaeda claimed, in a statement, that the killing of Benazir Bhutto was a plot.", "en"),
    ("Al-Qaeda claimed the killings of Ahmad Shah Massoud and Benazir Bhutto were a plot.", "en"),
])
def test_no_claim_read_in_denials_and_assertions(shipped, text, lang):
    assert not _kill(shipped, text, lang)


# --- real people the gazetteer lacked --------------------------------------------------------

@pytest.mark.parametrize("text, lang, eid", [
    ("The video showed Boubaker al-Hakim, a French-born jihadist, speaking in Raqqa.", "en", HAKIM),
    ("وظهر أبو مقاتل التونسي في الشريط متحدثاً من الرقة.", "ar", HAKIM),
    ("Tayeb Belaiz stepped down from the Constitutional Council.", "en", BELAIZ),
    ("وقدّم الطيب بلعيز استقالته من رئاسة المجلس الدستوري.", "ar", BELAIZ),
])
def test_gazetteer_people(shipped, text, lang, eid):
    assert eid in entity_ids(shipped, text, lang)


def test_hakim_claims_in_english(shipped):
    text = "Boubaker el-Hakim claimed, in a video, the killing of Benazir Bhutto."
    assert (BHUTTO, HAKIM) in _kill(shipped, text)


# --- a joined succession verb whose subject opens the sentence ----------------------------

@pytest.mark.parametrize("text, new, old", [
    ("ويعد محمد شياع السوداني، القيادي السابق في حزب الدعوة، أول رئيس وزراء من جيله، ويخلف في "
     "هذا المنصب مصطفى الكاظمي.", SUDANI, KADHIMI),
    ("وتعد ليز تراس ثالث امرأة تتولى رئاسة الحكومة البريطانية، وتخلف في هذا المنصب بوريس "
     "جونسون.", TRUSS, JOHNSON),
    ("وتخلف ليز تراس في رئاسة الحكومة بوريس جونسون.", TRUSS, JOHNSON),
])
def test_joined_and_feminine_succession_verbs(shipped, text, new, old):
    assert (new, old) in _succ(shipped, text)


@pytest.mark.parametrize("text", [
    "وتخلف ليز تراس عن حضور جلسة بوريس جونسون.",
    "ولم تحضر ليز تراس، وتخلف في ذلك اليوم بوريس جونسون عن الجلسة.",
    "والتقى محمد شياع السوداني بمصطفى الكاظمي، ويخلف في ذلك اليوم عن الجلسة.",
])
def test_staying_away_is_no_succession(shipped, text):
    assert not _succ(shipped, text)


# --- a listed member whose title a body opens ------------------------------------------------

@pytest.mark.parametrize("text, host, guest, body", [
    ("Prime Minister Mustafa al-Kadhimi met on Sunday with the heads of the armed groups, among "
     "them Kataib Hezbollah militia commander Abu Mahdi al-Muhandis.", KADHIMI, MUHANDIS, KH),
    ("Prime Minister Mohammed Shia al-Sudani met with leaders of the armed factions, among them "
     "Kataib Hezbollah paramilitary chief Abu Mahdi al-Muhandis.", SUDANI, MUHANDIS, KH),
])
def test_member_titled_by_a_body(shipped, text, host, guest, body):
    met = met_sorted(shipped, text)
    assert _pair(host, guest) in met
    assert _pair(host, body) not in met


def test_listed_bodies_still_met(shipped):
    text = "Mustafa al-Kadhimi met the leaders of the parties, among them Kataib Hezbollah and Hamas."
    assert _pair(KADHIMI, KH) in met_sorted(shipped, text)
