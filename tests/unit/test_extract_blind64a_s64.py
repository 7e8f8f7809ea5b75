"""Session 64 (blind64a): fixes after the first contact of blind set NS-NT (the Maghreb 2019-2024,
written blind: Tebboune, Chengriha and Algeria's prime and foreign ministers, Kais Saied's heads of
government, Mohammed VI and Akhannouch, the UN envoy Staffan de Mistura, Libyan visits, the Sahel's
jihadist leaders killed by French forces), each read in several paraphrases of other outlets and
people.

- Meetings, English: "X met Polisario Front leader Y, before heading to P for talks with Z": a body
  named inside Y's title ("Polisario Front leader", "Islamic Jihad leader", "Syrian Democratic
  Forces commander") no longer hides the verb Y is the object of, so Y is no subject of the later
  meeting: X met Z, not Y (``subjects._object_marked`` skips up to three capitalised words).
- Names, Arabic: «زعيم تنظيم "الدولة الإسلامية في الصحراء الكبرى" X»: a body word opening a short
  known name («تنظيم "الدولة الإسلامية"») gives way to the longer known name one word later, read
  from the body word on (``body_word_longer_ar``, from ``known_names``): the Islamic State in the
  Greater Sahara and its leader X, not the Islamic State and al-Baghdadi; "قُتل X" with no agent
  stays without one.
- Successions, English: "head of state" and "head of government" are titles before a name
  ("taking over from interim head of state X", "succeeded outgoing head of state X",
  ``lexicon.EN_TITLES``).
- Meetings, Arabic: the agencies' list of attendees, each title told before a comma and an
  honorific, «بحضور الوزير الأول، السيد A، ووزير الشؤون الخارجية، السيد B»: A and B (before, a
  second such title stopped the list, and a title the tagger joined across the comma lost even
  A) met both principals (``meeting_attend_forms.title_then_name_ar``, ``_title_run_ar``); not in
  a planned reception.
- Successions, English: "K named X as acting chief of staff in his place" after the death or fall
  of the holder told before: the past of the appointing verbs too before "in his / her place"
  (``succession_in_place_en``; it read only the timelines' present and "in replacement of");
  not negated or modal, nor a duty without a post ("to attend the parade in his place").
- Successions, Arabic: «ويخلف X، رجل الأعمال ووزير الفلاحة، Y» / «وخلف X، الدبلوماسي المخضرم، Y»:
  the person after a nominal apposition set off by commas is the one succeeded
  (``succession_apposed_vso_ar``, from ``succession_rules_ar``); not under a negation, not a kin
  word's person inside the apposition.
"""

import pytest

from tests.extract_support import met_sorted as _met
from tests.extract_support import relation_pairs
from tests.extract_support import sorted_pair as _pair

DEMISTURA, GHALI, LAMAMRA = "person:staffan-de-mistura", "person:brahim-ghali", "person:ramtane-lamamra"
LAVROV, NAKHALAH, SHOUKRY = "person:sergei-lavrov", "person:ziyad-al-nakhalah", "person:sameh-shoukry"
BARRACK, ABDI, SHARAA = "person:tom-barrack", "person:mazloum-abdi", "person:ahmed-al-sharaa"
SAHRAWI, BAGHDADI = "person:adnan-abu-walid-al-sahrawi", "person:abu-bakr-al-baghdadi"
FAF, BARKHANE, ISGS = ("organization:french-armed-forces", "organization:operation-barkhane",
                       "organization:islamic-state-sahel-province")
TEBBOUNE, BENSALAH = "person:abdelmadjid-tebboune", "person:abdelkader-bensalah"
MADOURI, HACHANI = "person:kamel-maddouri", "person:ahmed-hachani"
GHAZOUANI, AZIZ = "person:mohamed-ould-ghazouani", "person:mohamed-ould-abdel-aziz"
GOITA, NDAW = "person:assimi-goita", "person:bah-ndaw"
AKHANNOUCH, OTHMANI = "person:aziz-akhannouch", "person:saadeddine-othmani"
ATTAF, QASSEM, NASRALLAH = "person:ahmed-attaf", "person:naim-qassem", "person:hassan-nasrallah"


# --- a body inside the object's title; the later meeting is the subject's -----------------------

@pytest.mark.parametrize("text, subj, first, later", [
    ("Staffan de Mistura met Polisario Front leader Brahim Ghali, before heading to Algiers for "
     "talks with Foreign Minister Ramtane Lamamra.", DEMISTURA, GHALI, LAMAMRA),
    ("Sergei Lavrov met Islamic Jihad leader Ziyad al-Nakhalah on Monday, then flew to Cairo for "
     "talks with Foreign Minister Sameh Shoukry.", LAVROV, NAKHALAH, SHOUKRY),
    ("The envoy, Tom Barrack, met Syrian Democratic Forces commander Mazloum Abdi, then flew to "
     "Damascus for talks with President Ahmed al-Sharaa.", BARRACK, ABDI, SHARAA),
])
def test_a_body_in_the_objects_title_leaves_the_later_talks_to_the_subject(rules_only, text,
                                                                          subj, first, later):
    met = _met(rules_only, text, "en")
    assert _pair(subj, first) in met
    assert _pair(subj, later) in met
    assert _pair(first, later) not in met


def test_the_object_who_then_flew_on_is_the_one_who_met_the_later_host(rules_only):
    met = _met(rules_only, "Staffan de Mistura met Polisario Front leader Brahim Ghali, who then "
               "flew to Algiers for talks with Foreign Minister Ramtane Lamamra.", "en")
    assert _pair(GHALI, LAMAMRA) in met
    assert _pair(DEMISTURA, LAMAMRA) not in met


# --- «زعيم تنظيم "الدولة الإسلامية في الصحراء الكبرى" X» -----------------------------------------

@pytest.mark.parametrize("text, agent", [
    ('قتلت القوات الفرنسية زعيم تنظيم "الدولة الإسلامية في الصحراء الكبرى" عدنان أبو وليد '
     'الصحراوي.', FAF),
    ("أعلن ماكرون أن القوات الفرنسية قتلت زعيم تنظيم «الدولة الإسلامية في الصحراء الكبرى» أبو "
     "وليد الصحراوي.", FAF),
    ('وكانت قوة برخان قد قتلت زعيم تنظيم "الدولة الإسلامية في الصحراء الكبرى" عدنان أبو وليد '
     'الصحراوي.', BARKHANE),
])
def test_a_quoted_longer_name_after_a_body_word_is_read_whole(shipped, text, agent):
    kills = relation_pairs(shipped, text, "ASSASSINATED_BY", "ar")
    assert (SAHRAWI, agent) in kills
    assert not any(v == BAGHDADI for v, _ in kills)


@pytest.mark.parametrize("text", [
    'قُتل زعيم تنظيم "الدولة الإسلامية في الصحراء الكبرى" عدنان أبو وليد الصحراوي في غارة.',
    "قُتل زعيم تنظيم الدولة الإسلامية في الصحراء الكبرى عدنان أبو وليد الصحراوي في غارة.",
])
def test_the_body_in_the_victims_title_is_no_agent(shipped, text):
    assert not relation_pairs(shipped, text, "ASSASSINATED_BY", "ar")


def test_the_body_word_and_the_longer_name_lead_to_the_leader(shipped):
    leads = relation_pairs(shipped, 'قتلت القوات الفرنسية زعيم تنظيم "الدولة الإسلامية في الصحراء '
                           'الكبرى" عدنان أبو وليد الصحراوي.', "LEADS", "ar")
    assert (SAHRAWI, ISGS) in leads


# --- "head of state" / "head of government" before a name ---------------------------------------

@pytest.mark.parametrize("text, new, old", [
    ("Abdelmadjid Tebboune was sworn in on Thursday, taking over from interim head of state "
     "Abdelkader Bensalah.", TEBBOUNE, BENSALAH),
    ("Kamel Madouri took over from head of government Ahmed Hachani on Thursday.", MADOURI, HACHANI),
    ("Mohamed Ould Ghazouani succeeded outgoing head of state Mohamed Ould Abdel Aziz in 2019.",
     GHAZOUANI, AZIZ),
    ("The army named Assimi Goita to replace transitional head of state Bah Ndaw.", GOITA, NDAW),
])
def test_head_of_state_is_a_title_before_the_predecessor(rules_only, text, new, old):
    assert (new, old) in relation_pairs(rules_only, text, "SUCCESSOR_OF", "en")


def test_head_of_state_met_is_no_succession(rules_only):
    text = "Tebboune met interim head of state Abdelkader Bensalah on Thursday."
    assert not relation_pairs(rules_only, text, "SUCCESSOR_OF", "en")
    assert _pair(TEBBOUNE, BENSALAH) in _met(rules_only, text, "en")


# --- «ويخلف X، <apposition>، Y» ------------------------------------------------------------------

@pytest.mark.parametrize("text, new, old", [
    ("ويخلف عزيز أخنوش، رجل الأعمال ووزير الفلاحة منذ 2007، سعد الدين العثماني، الأمين العام لحزب "
     "العدالة والتنمية.", AKHANNOUCH, OTHMANI),
    ("وخلف أحمد عطاف، الدبلوماسي المخضرم، رمطان لعمامرة على رأس الخارجية.", ATTAF, LAMAMRA),
    ("ويخلف كمال المدوري، وزير الشؤون الاجتماعية، أحمد الحشاني.", MADOURI, HACHANI),
    ("وخلف نعيم قاسم، نائب الأمين العام منذ 1991، حسن نصرالله في قيادة الحزب.", QASSEM, NASRALLAH),
])
def test_the_one_succeeded_stands_past_the_subjects_apposition(rules_only, text, new, old):
    assert (new, old) in relation_pairs(rules_only, text, "SUCCESSOR_OF", "ar")


def test_a_negated_succession_past_an_apposition_is_none(rules_only):
    text = "ولم يخلف كمال المدوري، وزير الشؤون الاجتماعية، أحمد الحشاني."
    assert not relation_pairs(rules_only, text, "SUCCESSOR_OF", "ar")


def test_a_kin_apposition_keeps_its_person_out(rules_only):
    text = "وخلف أحمد عطاف، شقيق رمطان لعمامرة، أحمد الحشاني."
    assert (ATTAF, LAMAMRA) not in relation_pairs(rules_only, text, "SUCCESSOR_OF", "ar")


# --- «بحضور <title>، السيد A، و<title>، السيد B» -------------------------------------------------

TEBBOUNE_, DBEIBAH, DJERAD, BOUKADOUM = ("person:abdelmadjid-tebboune", "person:abdul-hamid-dbeibah",
                                         "person:abdelaziz-djerad", "person:sabri-boukadoum")
SAIED, MENFI, JERANDI = "person:kais-saied", "person:mohamed-al-menfi", "person:othman-jerandi"
KING, AKHANNOUCH_, BOURITA = "person:mohammed-vi", "person:aziz-akhannouch", "person:nasser-bourita"
LEDRIAN = "person:jean-yves-le-drian"


@pytest.mark.parametrize("text, host, guest, a, b", [
    ("استقبل رئيس الجمهورية، السيد عبد المجيد تبون، يوم الأحد بمقر رئاسة الجمهورية، رئيس حكومة "
     "الوحدة الوطنية الليبية، السيد عبد الحميد الدبيبة. وجرى اللقاء بحضور الوزير الأول، السيد عبد "
     "العزيز جراد، ووزير الشؤون الخارجية، السيد صبري بوقدوم.", TEBBOUNE_, DBEIBAH, DJERAD, BOUKADOUM),
    ("استقبل رئيس الجمهورية قيس سعيد، اليوم بقصر قرطاج، رئيس المجلس الرئاسي الليبي محمد المنفي. "
     "وجرى اللقاء بحضور وزير الشؤون الخارجية، السيد عثمان الجرندي، ومديرة الديوان الرئاسي، السيدة "
     "نادية عكاشة.", SAIED, MENFI, JERANDI, None),
    ("استقبل الملك محمد السادس المبعوث الأممي ستافان دي ميستورا، بحضور رئيس الحكومة، السيد عزيز "
     "أخنوش، ووزير الخارجية، السيد ناصر بوريطة.", KING, DEMISTURA, AKHANNOUCH_, BOURITA),
    ("استقبل الرئيس عبد المجيد تبون وزير الخارجية الفرنسي جان إيف لودريان، بحضور وزير الشؤون "
     "الخارجية، السيد رمطان لعمامرة، ومدير الديوان، السيد عبد العزيز خلاف.", TEBBOUNE_, LEDRIAN,
     LAMAMRA, None),
])
def test_each_attendee_titled_before_a_comma_met_both_principals(rules_only, text, host, guest,
                                                                 a, b):
    met = _met(rules_only, text, "ar")
    assert _pair(host, guest) in met
    listed = [a] + ([b] if b else [])
    for p in listed:
        assert _pair(p, host) in met
        assert _pair(p, guest) in met
    others = {x for pair in met for x in pair} - {host, guest, a}
    assert others, "the second attendee of the list is read too"
    for p in others:
        assert _pair(p, host) in met and _pair(p, guest) in met


def test_attendees_of_a_planned_reception_met_no_one(rules_only):
    text = ("ومن المقرر أن يستقبل الرئيس عبد المجيد تبون وزير الخارجية الفرنسي جان إيف لودريان، "
            "بحضور وزير الشؤون الخارجية، السيد رمطان لعمامرة، ومدير الديوان، السيد عبد العزيز خلاف.")
    assert not _met(rules_only, text, "ar")


# --- "K named X as P in his place" (the past) -----------------------------------------------------

GAID, CHENGRIHA = "person:ahmed-gaid-salah", "person:said-chengriha"
SOLEIMANI, QAANI = "person:qasem-soleimani", "person:esmail-qaani"
_GAID_DIED = ("The army chief of staff, Lieutenant General Ahmed Gaid Salah, died of a heart attack "
              "on Monday. ")


@pytest.mark.parametrize("text, new, old", [
    (_GAID_DIED + "Tebboune named Said Chengriha as acting chief of staff in his place.",
     CHENGRIHA, GAID),
    (_GAID_DIED + "Tebboune named Major General Said Chengriha acting chief of staff in his place.",
     CHENGRIHA, GAID),
    ("Qassem Soleimani was killed in a US strike on Friday. Khamenei appointed Esmail Qaani as "
     "commander of the Quds Force in his place.", QAANI, SOLEIMANI),
])
def test_named_in_his_place_in_the_past_is_a_succession(rules_only, text, new, old):
    assert (new, old) in relation_pairs(rules_only, text, "SUCCESSOR_OF", "en")


@pytest.mark.parametrize("text", [
    _GAID_DIED + "Tebboune did not name Said Chengriha as chief of staff in his place.",
    _GAID_DIED + "Tebboune may name Said Chengriha as chief of staff in his place.",
    "The army chief of staff, Lieutenant General Ahmed Gaid Salah, fell ill on Monday. Tebboune "
    "named Said Chengriha to attend the parade in his place.",
])
def test_no_succession_in_his_place_when_negated_modal_or_without_a_post(rules_only, text):
    assert not relation_pairs(rules_only, text, "SUCCESSOR_OF", "en")
