"""Session 64 (blind64b): fixes after the first contact of blind set NU-NV (Sudan and the Horn of
Africa 2019-2024, written blind: al-Burhan, Hemedti, Hamdok, Abiy Ahmed, Hassan Sheikh Mohamud,
Isaias Afwerki, the US envoys, the Jeddah, Pretoria and Ankara talks, the killings of TPLF and
al-Shabaab leaders), each read in several paraphrases of other people, outlets and word orders.

- Meetings, Arabic: the holding verb of a meeting noun is looked for six words back, a titled
  name counting as one word, so a dated aside between the holder and the noun no longer hides
  it: «عقد الرئيس عبد الفتاح السيسي، اليوم الخميس، قمة ثلاثية ... مع A وB»
  (``meeting_fallback._hold_before_ar``; the three sides then met, ``meeting_all_sides``).
- Meetings, Arabic: a meeting asked for, proposed or turned down is not held: «إن التنسيقية
  ستطلب لقاءً مع X»، «وطلب X عقد لقاء مع Y»، «واقترح X إجراء محادثات مع Y»
  (``meeting_held_clause_ar.asked_for_ar`` in ``meetings``; ``L.AR_MEETING_ASKED``, also a
  word of the scorer's ``unreal_meeting`` gate).
- Killings, English: a strike's reduced relative ("a U.S. airstrike carried out / conducted /
  launched at the request of / in support of B killed X") leaves the strike's adjective as the
  agent, not B (``killing_rules_en._EN_STRIKE_DONE``); the scorer adds no agent named only as
  the one a strike was carried out for (``scorer_requester``).
- Successions, English: "a decree relieving Y of his post ... and appointing X in his place",
  "K relieved Y of his duties and named X to replace him": X succeeds Y, the one relieved, not
  the appointer (``wire_succession_en._EN_REMOVED``).
- Meetings, Arabic: a place named between a meeting noun and its «جمعه / جمعته بـY» counts as
  one word: «في قمة ثلاثية بأسمرة جمعته بالرئيس A والرئيس B»، «خلال لقاء بالقاهرة جمعه بـY»
  (``meeting_comprised_ar._noun_before``).
- Meetings, English: "met with a delegation of the Rapid Support Forces" names the body met,
  its own name ending in a capitalised plural (``meeting_frames_en.generic_plural_body``); a
  generic "Palestinian factions" still is none, and with a head named ("headed by X") X alone
  is met (``meetings_en._delegation_np``).
"""

import pytest

from tests.extract_support import met_sorted as _met
from tests.extract_support import relation_pairs
from tests.extract_support import sorted_pair as _pair

SISI, ISAIAS, HSM, ERDOGAN, ABIY = ("person:abdel-fattah-el-sisi", "person:isaias-afwerki",
                                    "person:hassan-sheikh-mohamud", "person:recep-tayyip-erdogan",
                                    "person:abiy-ahmed")
RUTO, MUSEVENI, BURHAN, HEMEDTI, HAMDOK = ("person:william-ruto", "person:yoweri-museveni",
                                           "person:abdel-fattah-al-burhan",
                                           "person:mohamed-hamdan-dagalo", "person:abdalla-hamdok")
FIDAN, TAYE, ABDELATTY, HILU = ("person:hakan-fidan", "person:taye-atske-selassie",
                                "person:badr-abdelatty", "person:abdelaziz-al-hilu")
FAISAL, SHOUKRY, SUDANI, QAANI = ("person:faisal-bin-farhan", "person:sameh-shoukry",
                                  "person:mohammed-shia-al-sudani", "person:esmail-qaani")
USA, ISRAEL, TURKEY = "country:united-states", "country:israel", "country:turkey"
AGAR, YEMANE, OSMAN_SALEH = ("person:malik-agar", "person:yemane-gebremeskel",
                             "person:osman-saleh-mohammed")
RSF, SAF, SDF, PMF, HAMAS = ("organization:rapid-support-forces", "organization:sudanese-armed-forces",
                             "organization:syrian-democratic-forces",
                             "organization:popular-mobilization-forces", "organization:hamas")


# --- Arabic: the holding verb past a dated aside ------------------------------------------------

@pytest.mark.parametrize("text, holder, partner", [
    ("عقد الرئيس التركي رجب طيب أردوغان، مساء الأربعاء، قمة ثنائية في أنقرة مع رئيس الوزراء "
     "الإثيوبي آبي أحمد.", ERDOGAN, ABIY),
    ("وعقد الرئيس الكيني وليام روتو، صباح اليوم، قمة في نيروبي مع الرئيس الأوغندي يويري "
     "موسيفيني.", RUTO, MUSEVENI),
    ("عقد الرئيس عبد الفتاح السيسي، اليوم الخميس، قمة بالعاصمة الإريترية أسمرة مع الرئيس الإريتري "
     "أسياس أفورقي.", SISI, ISAIAS),
    ("وعقد الرئيس الصومالي حسن شيخ محمود، مساء أمس، قمة في القاهرة مع الرئيس عبد الفتاح السيسي.",
     HSM, SISI),
])
def test_a_summit_held_past_a_dated_aside_is_the_holders(shipped, text, holder, partner):
    assert _pair(holder, partner) in _met(shipped, text, "ar")


def test_a_trilateral_summit_past_a_dated_aside_pairs_the_three(shipped):
    met = _met(shipped, "عقد الرئيس عبد الفتاح السيسي، اليوم الخميس، قمة ثلاثية بالعاصمة الإريترية "
               "أسمرة مع الرئيس الإريتري أسياس أفورقي والرئيس الصومالي حسن شيخ محمود، تناولت تعزيز "
               "التنسيق بين الدول الثلاث.", "ar")
    assert {_pair(SISI, ISAIAS), _pair(SISI, HSM), _pair(ISAIAS, HSM)} <= met


@pytest.mark.parametrize("text, a, b", [
    ("ولم يعقد الرئيس التركي رجب طيب أردوغان، أمس الأربعاء، أي قمة مع رئيس الوزراء الإثيوبي آبي "
     "أحمد.", ERDOGAN, ABIY),
    ("ومن المقرر أن يعقد الرئيس الكيني وليام روتو، الأسبوع المقبل، قمة في نيروبي مع الرئيس "
     "الأوغندي يويري موسيفيني.", RUTO, MUSEVENI),
])
def test_a_summit_not_held_past_an_aside_is_still_none(shipped, text, a, b):
    assert _pair(a, b) not in _met(shipped, text, "ar")


# --- Arabic: a meeting asked for, proposed or turned down ---------------------------------------

@pytest.mark.parametrize("text, a, b", [
    ("وقال رئيس الوزراء السابق عبد الله حمدوك إن التنسيقية ستطلب لقاءً مع رئيس مجلس السيادة عبد "
     "الفتاح البرهان.", HAMDOK, BURHAN),
    ("وطلب قائد قوات الدعم السريع محمد حمدان دقلو عقد لقاء مع رئيس الوزراء الإثيوبي آبي أحمد.",
     HEMEDTI, ABIY),
    ("واقترح وزير الخارجية التركي هاكان فيدان إجراء محادثات مع نظيره الإثيوبي تايي أصقي سيلاسي.",
     FIDAN, TAYE),
    ("وأعلن المتحدث باسم الحركة أن قائدها عبد العزيز الحلو سيطلب لقاءً مع الرئيس الكيني وليام "
     "روتو.", HILU, RUTO),
    ("وقال مسؤول في الخارجية إن الوزير بدر عبد العاطي طلب لقاءً مع نظيره الإثيوبي تايي أصقي سيلاسي "
     "على هامش القمة.", ABDELATTY, TAYE),
    ("ورفض الرئيس الصومالي حسن شيخ محمود لقاءً مع رئيس الوزراء الإثيوبي آبي أحمد.", HSM, ABIY),
])
def test_a_meeting_asked_for_or_turned_down_is_not_held(shipped, text, a, b):
    assert _pair(a, b) not in _met(shipped, text, "ar")


def test_a_meeting_held_before_a_request_stays(shipped):
    met = _met(shipped, "وعقد الرئيس الصومالي حسن شيخ محمود لقاءً مع رئيس الوزراء الإثيوبي آبي أحمد، "
               "وطلب منه دعم الجيش الصومالي.", "ar")
    assert _pair(HSM, ABIY) in met


# --- English: a strike carried out at someone's request -----------------------------------------

@pytest.mark.parametrize("text, victim, agent, requester", [
    ("A U.S. airstrike carried out at the request of the Federal Government of Somalia killed "
     "Abdullahi Nadir, a senior al-Shabaab leader, near Haramka on Saturday, U.S. Africa Command "
     "said.", "person:abdul-lahi-nadir", USA, "organization:federal-government-of-somalia"),
    ("An Israeli strike carried out at the request of the Lebanese army killed Hezbollah commander "
     "Ali Karaki on Monday.", "person:ali-karaki", ISRAEL, "organization:lebanese-army"),
    ("A Turkish drone strike conducted in support of the Iraqi army killed PKK commander Hasan "
     "Yilmaz near Sinjar, the Turkish defense ministry said.", "person:hassan-yilmaz", TURKEY,
     "organization:iraqi-army"),
    ("A US drone strike launched in coordination with the Somali National Army killed al-Shabaab "
     "commander Maalim Ayman on Tuesday.", "person:muallem-ayman", USA,
     "organization:somali-national-army"),
])
def test_a_strike_done_at_a_request_is_the_strikes_own_countrys(shipped, text, victim, agent,
                                                                 requester):
    got = relation_pairs(shipped, text, "ASSASSINATED_BY", "en")
    assert (victim, agent) in got
    assert (victim, requester) not in got


def test_an_unowned_strike_at_a_request_gives_no_agent(shipped):
    got = relation_pairs(shipped, "An airstrike carried out at the request of the Somali government "
                         "killed al-Shabaab commander Moalim Osman near Jilib.", "ASSASSINATED_BY", "en")
    assert not got


def test_a_government_that_says_its_forces_killed_stays_the_agent(shipped):
    got = relation_pairs(shipped, "The Somali government said its forces killed al-Shabaab commander "
                         "Moalim Osman in an operation carried out at the request of regional "
                         "authorities.", "ASSASSINATED_BY", "en")
    assert ("person:muallem-osman", "country:somalia") in got


# --- English: relieved of his post, X appointed in his place ------------------------------------

@pytest.mark.parametrize("text, new, old, appointer", [
    ("On Friday, Al-Burhan issued a decree relieving RSF commander Mohamed Hamdan Dagalo, known as "
     "Hemedti, of his post as deputy chairman of the council and appointing Malik Agar, leader of an "
     "armed group, in his place.", AGAR, HEMEDTI, "person:al-burhan"),
    ("On Friday, Burhan issued a decree relieving Hemedti of his post as deputy chairman of the "
     "council and appointing Malik Agar in his place.", AGAR, HEMEDTI, BURHAN),
    ("President Isaias Afwerki relieved Information Minister Yemane Gebremeskel of his duties on "
     "Monday and named Osman Saleh Mohammed to replace him.", OSMAN_SALEH, YEMANE, ISAIAS),
    ("Somali President Hassan Sheikh Mohamud on Tuesday issued a decree relieving army chief Odowaa "
     "Yusuf Rageh of his command and appointing Ibrahim Sheikh Muhyadin in his place.",
     "person:ebrahim-sheikh-muhyadin", "person:odowaa-yusuf-rageh", HSM),
    ("Prime Minister Abiy Ahmed, in a reshuffle announced by his office on Thursday, relieved "
     "Defence Minister Abraham Belay of his post and appointed Aisha Mohammed in his place.",
     "person:aisha-mohammed-musa", "person:abraham-belay", ABIY),
])
def test_the_one_relieved_is_succeeded_not_the_appointer(shipped, text, new, old, appointer):
    got = relation_pairs(shipped, text, "SUCCESSOR_OF", "en")
    assert (new, old) in got
    assert (new, appointer) not in got


def test_relieved_without_an_appointment_is_no_succession(shipped):
    got = relation_pairs(shipped, "On Friday, Burhan issued a decree relieving Hemedti of his post as "
                         "deputy chairman of the council.", "SUCCESSOR_OF", "en")
    assert not got


# --- English: a delegation of a body named with a plural ----------------------------------------

@pytest.mark.parametrize("text, host, body", [
    ("Saudi Foreign Minister Faisal bin Farhan met with a delegation of the Rapid Support Forces in "
     "Jeddah.", FAISAL, RSF),
    ("Egyptian Foreign Minister Sameh Shoukry met with a delegation of the Syrian Democratic Forces "
     "in Cairo.", SHOUKRY, SDF),
    ("Iraqi Prime Minister Mohammed Shia al-Sudani received a delegation from the Popular "
     "Mobilization Forces on Sunday.", SUDANI, PMF),
    ("Kenyan President William Ruto hosted a high-level delegation of the Sudanese Armed Forces in "
     "Nairobi.", RUTO, SAF),
])
def test_a_delegation_of_a_body_named_with_a_plural_meets_the_host(shipped, text, host, body):
    assert _pair(host, body) in _met(shipped, text)


def test_a_delegation_of_generic_factions_is_no_body(shipped):
    met = _met(shipped, "Egyptian Foreign Minister Sameh Shoukry met with a delegation of Palestinian "
               "factions in Cairo.")
    assert not any(SHOUKRY in p for p in met)


def test_a_headed_delegation_of_such_a_body_is_its_heads(shipped):
    met = _met(shipped, "Earlier on Tuesday, General Qa'ani received a delegation of Iraq's Popular "
               "Mobilization Forces headed by its Chief of Staff, Abu Fadak al-Mohammadawi, who "
               "offered condolences.")
    assert _pair(QAANI, "person:abdul-aziz-al-muhammadawi") in met
    assert _pair(QAANI, PMF) not in met


# --- Arabic: «قمة بأسمرة جمعته بـY», the place between the noun and its verb ---------------------

@pytest.mark.parametrize("text, a, b", [
    ("وشارك الرئيس الصومالي حسن شيخ محمود في قمة بأسمرة جمعته بالرئيس الإريتري أسياس أفورقي.",
     HSM, ISAIAS),
    ("وقال رئيس الوزراء الإثيوبي آبي أحمد، خلال لقاء بالقاهرة جمعه بالرئيس عبد الفتاح السيسي، إن "
     "السد لن يضر مصر.", ABIY, SISI),
    ("وكان قائد قوات الدعم السريع محمد حمدان دقلو قد أكد، في اجتماع بكمبالا جمعه بالرئيس الأوغندي "
     "يويري موسيفيني، التزامه بوقف إطلاق النار.", HEMEDTI, MUSEVENI),
])
def test_a_meeting_with_its_place_before_jamaahu_is_the_subjects(shipped, text, a, b):
    assert _pair(a, b) in _met(shipped, text, "ar")


def test_a_trilateral_summit_with_its_place_before_jamaathu_pairs_the_three(shipped):
    met = _met(shipped, "وكان حسن شيخ محمود قد شارك في قمة ثلاثية بأسمرة جمعته بالرئيس المصري عبد "
               "الفتاح السيسي والرئيس الإريتري أسياس أفورقي.", "ar")
    assert {_pair(HSM, SISI), _pair(HSM, ISAIAS), _pair(SISI, ISAIAS)} <= met


def test_a_planned_summit_with_its_place_is_still_none(shipped):
    met = _met(shipped, "ومن المقرر أن يشارك حسن شيخ محمود في قمة بأسمرة تجمعه بالرئيس الإريتري "
               "أسياس أفورقي.", "ar")
    assert _pair(HSM, ISAIAS) not in met
