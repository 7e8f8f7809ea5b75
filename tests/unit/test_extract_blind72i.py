"""Session 72 (blind72i): fixes after the first contact of blind set UX-UY (Kuwait's invasion and the
Gulf War's diplomacy, 1990-1991, written blind).

- ``elder_bush``: a bare "George Bush" / "President Bush" / «جورج بوش» is George H. W. Bush in an
  article naming a leader whose office ended before 2001 (Gorbachev, Perez de Cuellar, King Hussein,
  Hafez al-Assad, Shamir, Rabin, Thatcher, Mitterrand) and nothing of 2001-2009 (a later leader, a
  year from 1994 on, "George W.", «الابن»); a bare "Assad" of the headline is then Hafez.
- ``principal_named.principal``: «Y المبعوث الشخصي للرئيس السوفيتي X»: X, named in the title
  carrying the ل after the envoy's noun, the envoy Y named right before it, is the one Y acts for
  (no meeting of X from the scorer); «استقبل H المبعوثَ الشخصي للأمين العام ... السيد Y» still
  pairs H with Y, and «التقى X المستشارةَ الخاصة للرئيس Y» (X the subject, Y the adviser) X with Y.
- Gazetteer: Saadoun Hammadi (Iraq's prime minister in 1991), Aziz Salih al-Numan (governor of
  occupied Kuwait) and Dick Cheney's «ريتشارد تشيني».
"""

import pytest

from tests.extract_support import entity_ids as _ids
from tests.extract_support import met_sorted as _met
from tests.extract_support import sorted_pair as _pair

HW, W = "person:george-h-w-bush", "person:george-w-bush"
GORBACHEV, HUSSEIN, HAFEZ, BASHAR = ("person:mikhail-gorbachev", "person:hussein-bin-talal",
                                     "person:hafez-al-assad", "person:bashar-al-assad")
SHAMIR, CUELLAR, ABDULLAH2 = "person:yitzhak-shamir", "person:javier-perez-de-cuellar", "person:abdullah-ii"
MUBARAK, PRIMAKOV, SAUD = "person:hosni-mubarak", "person:yevgeny-primakov", "person:saud-al-faisal"
HAMMADI, NUMAN, CHENEY = "person:saadoun-hammadi", "person:aziz-salih-al-numan", "person:dick-cheney"
SHAABAN, VELAYATI = "person:bouthaina-shaaban", "person:ali-akbar-velayati"


# --- elder_bush ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, lang, other", [
    ("President Bush received King Hussein of Jordan at the White House on Thursday for talks on the "
     "embargo.", "en", HUSSEIN),
    ("Soviet President Mikhail Gorbachev met President George Bush in Helsinki on Sunday.", "en", GORBACHEV),
    ("U.N. Secretary-General Javier Perez de Cuellar held talks with President Bush in New York.", "en",
     CUELLAR),
    ("استقبل الرئيس الأمريكي جورج بوش في البيت الأبيض أمس رئيس الوزراء الإسرائيلي إسحق شامير.", "ar",
     SHAMIR),
])
def test_bare_bush_beside_a_leader_of_his_time_is_the_father(shipped, text, lang, other):
    met = _met(shipped, text, lang)
    assert _pair(HW, other) in met
    assert not any(W in p for p in met)


def test_bare_assad_of_the_headline_is_hafez_then(shipped):
    text = ("Bush sees Assad in Geneva\n"
            "GENEVA - President Bush met Syrian President Hafez Assad here on Friday for three hours.")
    met = _met(shipped, text, "en")
    assert _pair(HW, HAFEZ) in met
    assert not any(BASHAR in p or W in p for p in met)


@pytest.mark.parametrize("text, lang, other", [
    # a leader of the son's time: the son
    ("President Bush received King Abdullah II of Jordan at the White House on Thursday.", "en", ABDULLAH2),
    # the son named as such
    ("President George W. Bush met former Soviet leader Mikhail Gorbachev at the White House.", "en",
     GORBACHEV),
    # a year of the son's time
    ("In 2004 President Bush met former Soviet leader Mikhail Gorbachev in Washington.", "en", GORBACHEV),
    ("التقى الرئيس الأمريكي جورج بوش الابن الرئيس السوفيتي السابق ميخائيل غورباتشوف.", "ar", GORBACHEV),
])
def test_bush_stays_the_son_otherwise(shipped, text, lang, other):
    met = _met(shipped, text, lang)
    assert _pair(W, other) in met
    assert not any(HW in p for p in met)


# --- principal_named: «Y المبعوث الشخصي للرئيس X» -------------------------------------------------

@pytest.mark.parametrize("text, host, guest, principal", [
    ("استقبل الرئيس حسني مبارك اليوم السيد يفغيني بريماكوف المبعوث الشخصي للرئيس السوفيتي ميخائيل "
     "غورباتشوف، بحضور وزير الخارجية عصمت عبد المجيد.", MUBARAK, PRIMAKOV, GORBACHEV),
    ("التقى وزير الخارجية السعودي الأمير سعود الفيصل في جدة يفغيني بريماكوف، المبعوث الخاص للرئيس "
     "ميخائيل غورباتشوف، وبحث معه الأزمة.", SAUD, PRIMAKOV, GORBACHEV),
])
def test_the_one_the_envoy_acts_for_meets_no_one(shipped, text, host, guest, principal):
    met = _met(shipped, text, "ar")
    assert _pair(host, guest) in met
    assert not any(principal in p for p in met)


@pytest.mark.parametrize("text, a, b", [
    ("استقبل الرئيس حسني مبارك بمكتبه اليوم المبعوث الشخصي للأمين العام للأمم المتحدة السيد "
     "يفغيني بريماكوف، وذلك بحضور وزير الخارجية عصمت عبد المجيد.", MUBARAK, PRIMAKOV),
    ("وفي دمشق، التقى علي أكبر ولايتي المستشارةَ الخاصة للرئيس السوري بثينة شعبان.", VELAYATI, SHAABAN),
    ("التقى وزير الخارجية الإيراني علي أكبر ولايتي في جنيف الرئيس حسني مبارك، بحضور وزير الخارجية عصمت "
     "عبد المجيد والمستشارة الخاصة للرئيس السوري بثينة شعبان.", MUBARAK, SHAABAN),
])
def test_an_envoy_or_adviser_titled_for_another_is_still_met(shipped, text, a, b):
    assert _pair(a, b) in _met(shipped, text, "ar")


# --- gazetteer -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, lang, eid", [
    ("Iraqi Prime Minister Sadoun Hammadi arrived in Amman on Tuesday.", "en", HAMMADI),
    ("Sa'dun Hammadi, the deputy prime minister, told reporters that Iraq would not yield.", "en", HAMMADI),
    ("وصل نائب رئيس الوزراء العراقي سعدون حمادي إلى عمّان أمس.", "ar", HAMMADI),
    ("Baghdad named Aziz Saleh al-Numan governor of the province on Monday.", "en", NUMAN),
    ("وصل وزير الدفاع الأمريكي ريتشارد تشيني إلى الرياض أمس.", "ar", CHENEY),
    ("Defense Secretary Richard B. Cheney arrived in Riyadh on Monday.", "en", CHENEY),
])
def test_period_people_are_known(shipped, text, lang, eid):
    assert eid in _ids(shipped, text, lang)


# --- meeting_phrases.held_before_en: "held six and a half hours of talks" ------------------------

BAKER, AZIZ = "person:james-baker", "person:tariq-aziz"


@pytest.mark.parametrize("text", [
    "Secretary of State James Baker and Foreign Minister Tariq Aziz held six and a half hours of talks "
    "in Geneva on Wednesday.",
    "James Baker held nearly seven hours of talks with Tariq Aziz at the Intercontinental hotel.",
    "Tariq Aziz and James Baker held about nine hours of talks, an aide said.",
])
def test_held_many_hours_of_talks(shipped, text):
    assert _pair(BAKER, AZIZ) in _met(shipped, text, "en")


@pytest.mark.parametrize("text", [
    "James Baker and Tariq Aziz will hold six hours of talks in Geneva on Wednesday.",
    "James Baker and Tariq Aziz were due to hold seven hours of talks, but the meeting was called off.",
])
def test_planned_hours_of_talks_are_no_meeting(rules_only, text):
    assert _pair(BAKER, AZIZ) not in _met(rules_only, text, "en")


# --- a bare weekday after the meeting noun; "the Hotel X" is a place ------------------------------

@pytest.mark.parametrize("text", [
    "Secretary of State James Baker and Foreign Minister Tariq Aziz held talks Wednesday in Geneva.",
    "James Baker and Tariq Aziz met Sunday at the foreign ministry.",
    "Tariq Aziz and James Baker held talks at the Hotel Intercontinental, an aide said.",
])
def test_talks_on_a_bare_weekday_and_at_a_hotel(shipped, text):
    met = _met(shipped, text, "en")
    assert _pair(BAKER, AZIZ) in met
    assert not any("hotel" in a or "hotel" in b for a, b in met)


@pytest.mark.parametrize("text", [
    "President Bush met King Fahd at the Hotel Intercontinental in Geneva.",
    "James Baker held talks with Tariq Aziz at the Hotel Ritz.",
])
def test_hotel_named_after_its_noun_is_no_person(shipped, text):
    assert not any(i.startswith("person:hotel") for i in _ids(shipped, text, "en"))
