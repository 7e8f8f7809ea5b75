"""Session 66 (blind66b): fixes after the first contact of blind set OU-OV (Yemen 2011-2014 and its
neighbours, written blind: Saleh and the GCC initiative, Hadi, Benomar, the Houthis and Islah, AQAP,
Saudi, Omani and US receptions), each read in several paraphrases of other outlets, people and
clitics.

- Names, Arabic: Gulf protocol's full chain with the grandfather before a known family name,
  «السيد بدر بن حمد بن حمود البوسعيدي»: the walk back from the family name went over "حمد" and
  stopped at "بن", so "حمد البوسعيدي" became a new person and "بدر بن" another. The walk now
  goes over each "بن / ابن" and the name before it, as it did in English ("X bin Y Al Thani"):
  ``bin_chain_before.bin_chain_start``, called by ``person_names._first_names_before_surnames``.
- Names, Arabic: a style of address joined by "و" after a title that names its body and a
  comma, «رئيس مجلس الوزراء، وصاحب السمو الشيخ Y», opens the next attendee of the list: it is
  no name of the title's holder (no person "Wasahb al-Samu"): ``title_extent_ar.joined_style_ar``,
  read by ``title_holders._name_start``.
- Meetings, English: "X (, <apposition>,) also attended." with nothing after the verb but a
  comma or the stop: "also" ties X to the meeting told before, and an attendee of no known side
  is paired with both principals, as "in a meeting also attended by X" was
  (``attendee_later_en.bare_also_attended_en``, read by ``meeting_attended._unknown_side_named``).
- Meetings, English: "Also present were GCC Secretary-General A and B": the hyphen of a title's
  word before the first name no longer hides the list (``meeting_present_more._title_hyphen``).
- Meetings, English: "X met A and the ambassadors of the Gulf states, including B": past the
  first object and the determiner, the group's named member B was met too
  (``meeting_generic_en.past_first_object``); "ambassadors", "heads", "chiefs" are group nouns
  of ``meeting_frames_en.generic_object_including_en``.
- Meetings, English: a sentence that tells more of the meeting before it and names only its
  participants ("The meeting took place at Barzani's office and lasted two hours") keeps that
  meeting for the attendee after it ("Iran's consul general, X, was also present"):
  ``meeting_carried._participant``.
- Names, English: a capitalised "Said" after the comma of an apposition and before a name is the
  given name, not the verb: "its deputy leader, Said Ali al-Shihri, had been killed" is Said
  al-Shihri, not "Ali al-Shihri" (``capitalised_run_tests_en.said_name``).
- Gazetteer: «عبدالملك بدر الدين الحوثي» (the glued given name and the father's spaced name, as
  Yemeni outlets write it) is Abdul-Malik al-Houthi, not Maeen Abdulmalik meeting Mustafa
  Badreddine; Mohammed Salem Basindawa (Yemen's prime minister 2011-2014), «محمد سالم باسندوة»,
  whose family name read as a preposition and a noun; Yemen's cities Aden, Taiz, Saada and
  Mukalla («الرئيس هادي بعدن» read a person "Hadi Badn").
"""

import pytest

from tests.extract_support import entity_ids as _ids
from tests.extract_support import met_sorted as _met
from tests.extract_support import sorted_pair as _pair

BADR, GRUNDBERG, QIRBI, BINALAWI = ("person:badr-albusaidi", "person:hans-grundberg",
                                    "person:abu-bakr-al-qirbi", "person:yusuf-bin-alawi")
ABDULLAH, SALEH, ZAYANI, BENOMAR = ("person:abdullah-bin-abdulaziz", "person:ali-abdullah-saleh",
                                    "person:abdullatif-al-zayani", "person:jamal-benomar")
HADI, OBAMA, KIIR, BURHAN = ("person:abdrabbuh-mansur-hadi", "person:barack-obama",
                             "person:salva-kiir", "person:abdel-fattah-al-burhan")
SAUD, SALMAN, MBS, KBS = ("person:saud-al-faisal", "person:salman-bin-abdulaziz",
                          "person:mohammed-bin-salman", "person:khalid-bin-salman")
MBR, MANSOUR = "person:mohammed-bin-rashid", "person:mansour-bin-zayed"
HOUTHI, BASINDAWA, FEIERSTEIN = ("person:abdul-malik-al-houthi", "person:mohammed-basindawa",
                                 "person:gerald-feierstein")
KADHIMI, BARZANI, HALBOUSI, KERRY = ("person:mustafa-al-kadhimi", "person:masoud-barzani",
                                     "person:mohammed-al-halbousi", "person:john-kerry")
ERDOGAN, FIDAN, SARRAJ = "person:recep-tayyip-erdogan", "person:hakan-fidan", "person:fayez-al-sarraj"


def _people(extractor, text, lang="ar"):
    return {i for i in _ids(extractor, text, lang) if i.startswith("person:")}


# --- an Arabic bin chain with the grandfather before a known family name ----------------------

@pytest.mark.parametrize("text", [
    "حضر المقابلة سعادة السيد بدر بن حمد بن حمود البوسعيدي الأمين العام لوزارة الخارجية.",
    "وحضر اللقاء بدر بن حمد بن سالم البوسعيدي.",
    "وقال السيد بدر بن حمد بن حمود البوسعيدي إن السلطنة تدعم الحوار بين الأطراف اليمنية.",
])
def test_a_grandfather_chain_before_a_known_family_name_is_the_known_man(shipped, text):
    assert _people(shipped, text) == {BADR}


@pytest.mark.parametrize("text, guest", [
    ("استقبل معالي السيد بدر بن حمد بن حمود البوسعيدي وزير الخارجية بديوان عام الوزارة اليوم "
     "سعادة هانس غروندبيرغ المبعوث الخاص للأمين العام للأمم المتحدة إلى اليمن.", GRUNDBERG),
    ("استقبل السيد بدر بن حمد بن حمود البوسعيدي وزير الخارجية اليوم في مسقط الدكتور أبوبكر "
     "القربي وزير الخارجية اليمني.", QIRBI),
])
def test_the_known_man_of_a_grandfather_chain_keeps_his_meeting(shipped, text, guest):
    met = _met(shipped, text, "ar")
    assert any(BADR in p for p in met)
    assert not any("hamad" in a or "hamad" in b for a, b in met)


def test_an_unknown_man_of_a_known_family_is_one_person_not_two(shipped):
    text = "وحضر اللقاء السيد خالد بن هلال بن سعود البوسعيدي وزير ديوان البلاط السلطاني."
    people = _people(shipped, text)
    assert len(people) == 1
    assert BADR not in people


# --- a joined style of address after a title and its body -------------------------------------

@pytest.mark.parametrize("text, other", [
    ("حضر اللقاء الأمير سلمان بن عبدالعزيز نائب رئيس مجلس الوزراء، وصاحب السمو الملكي الأمير "
     "سعود الفيصل وزير الخارجية.", SAUD),
    ("حضر الاجتماع الشيخ محمد بن راشد رئيس مجلس الوزراء، وصاحب السمو الشيخ منصور بن زايد.",
     MANSOUR),
    ("حضر اللقاء الأمير محمد بن سلمان رئيس مجلس الوزراء، وصاحب السمو الملكي الأمير خالد بن "
     "سلمان وزير الدفاع.", KBS),
])
def test_a_joined_style_of_address_opens_the_next_attendee(shipped, text, other):
    people = _people(shipped, text)
    assert other in people
    assert not any("wasahb" in p or "sahb" in p for p in people)


def test_the_attendee_after_a_joined_style_meets_host_and_guest(shipped):
    text = ("استقبل خادم الحرمين الشريفين الملك عبدالله بن عبدالعزيز في قصره بجدة اليوم الرئيس "
            "عبدربه منصور هادي رئيس الجمهورية اليمنية. حضر الاستقبال صاحب السمو الملكي الأمير "
            "سلمان بن عبدالعزيز ولي العهد نائب رئيس مجلس الوزراء، وصاحب السمو الملكي الأمير سعود "
            "الفيصل وزير الخارجية.")
    met = _met(shipped, text, "ar")
    assert _pair(ABDULLAH, HADI) in met
    assert _pair(SAUD, HADI) in met and _pair(SAUD, ABDULLAH) in met
    assert not any("sahb" in a or "sahb" in b for a, b in met)


# --- "X also attended." ---------------------------------------------------------------------

@pytest.mark.parametrize("text, host, guest, attendee", [
    ("Saudi King Abdullah received Yemeni President Ali Abdullah Saleh in Riyadh on Wednesday. "
     "U.N. envoy Jamal Benomar also attended.", ABDULLAH, SALEH, BENOMAR),
    ("South Sudan's President Salva Kiir received Sudan's army chief Abdel Fattah al-Burhan in "
     "Juba on Monday. Jamal Benomar, the U.N. envoy, who had mediated between the two capitals "
     "for months, also attended.", KIIR, BURHAN, BENOMAR),
    ("President Barack Obama received Yemen's President Abd Rabbuh Mansour Hadi at the White "
     "House on Thursday. Jamal Benomar also attended, the State Department said.", OBAMA, HADI,
     BENOMAR),
])
def test_a_bare_also_attended_pairs_the_attendee_with_both(shipped, text, host, guest, attendee):
    met = _met(shipped, text)
    assert _pair(host, guest) in met
    assert _pair(attendee, host) in met and _pair(attendee, guest) in met


@pytest.mark.parametrize("text, attendee", [
    ("Saudi King Abdullah received Yemeni President Ali Abdullah Saleh in Riyadh on Wednesday. "
     "Jamal Benomar also attended a conference on the transition in Geneva.", BENOMAR),
    ("Saudi King Abdullah spoke by phone with Yemeni President Ali Abdullah Saleh on Wednesday. "
     "Jamal Benomar also attended.", BENOMAR),
])
def test_no_attendee_of_another_event_or_of_a_call(shipped, text, attendee):
    met = _met(shipped, text)
    assert not any(attendee in p for p in met)


# --- "Also present were GCC Secretary-General A and B" ----------------------------------------

@pytest.mark.parametrize("text, host, guest, a, b", [
    ("Saudi King Abdullah received Yemeni President Ali Abdullah Saleh in Riyadh on Wednesday. "
     "Also present were GCC Secretary-General Abdullatif al-Zayani and UN envoy Jamal Benomar.",
     ABDULLAH, SALEH, ZAYANI, BENOMAR),
    ("Saudi King Abdullah received Yemeni President Ali Abdullah Saleh in Riyadh on Wednesday. "
     "Also present were the GCC secretary-general, Abdullatif al-Zayani, and U.N. envoy Jamal "
     "Benomar, who had shuttled for weeks between the two camps.", ABDULLAH, SALEH, ZAYANI,
     BENOMAR),
    ("Turkish President Recep Tayyip Erdogan received Libya's Prime Minister Fayez al-Sarraj in "
     "Ankara. Present at the talks were UN Secretary-General envoy Jamal Benomar and Foreign "
     "Minister Hakan Fidan.", ERDOGAN, SARRAJ, BENOMAR, FIDAN),
])
def test_present_were_after_a_hyphenated_title(shipped, text, host, guest, a, b):
    met = _met(shipped, text)
    assert _pair(host, guest) in met
    for x in (a, b):
        assert _pair(x, host) in met and _pair(x, guest) in met


# --- "X met A and the ambassadors ..., including B" --------------------------------------------

@pytest.mark.parametrize("text, subj, first, member", [
    ("President Abd Rabbuh Mansour Hadi met UN envoy Jamal Benomar and the ambassadors of the Gulf "
     "states, including US Ambassador Gerald Feierstein, at his residence.", HADI, BENOMAR,
     FEIERSTEIN),
    ("Iraqi Prime Minister Mustafa al-Kadhimi met Kurdish leader Masoud Barzani and the heads of "
     "the parliamentary blocs, including Speaker Mohammed al-Halbousi, in Baghdad on Sunday.",
     KADHIMI, BARZANI, HALBOUSI),
    ("Secretary of State John Kerry met Yemeni Foreign Minister Abu Bakr al-Qirbi and the leaders "
     "of the Gulf delegations, including GCC Secretary-General Abdullatif al-Zayani, in Riyadh.",
     KERRY, None, ZAYANI),
    ("Yemen's President Abd Rabbuh Mansour Hadi received Jamal Benomar and then the ambassadors "
     "of the Gulf states, including US Ambassador Gerald Feierstein.", HADI, BENOMAR, FEIERSTEIN),
])
def test_the_named_member_of_a_group_met_after_a_first_object(shipped, text, subj, first, member):
    met = _met(shipped, text)
    assert _pair(subj, member) in met
    if first is not None:
        assert _pair(subj, first) in met


def test_no_member_of_a_group_in_a_planned_meeting(shipped):
    text = ("President Abd Rabbuh Mansour Hadi will meet UN envoy Jamal Benomar and the ambassadors "
            "of the Gulf states, including US Ambassador Gerald Feierstein, next week.")
    assert not any(FEIERSTEIN in p for p in _met(shipped, text))


# --- gazetteer: the Houthi leader's full name; Basindawa ---------------------------------------

@pytest.mark.parametrize("text, other", [
    ("التقى السيد عبدالملك بدر الدين الحوثي، قائد الثورة، مساء السبت في صعدة، المبعوث الأممي إلى "
     "اليمن جمال بنعمر.", BENOMAR),
    ("واستقبل قائد الثورة السيد عبدالملك بدر الدين الحوثي في صعدة وزير الخارجية العماني بدر "
     "البوسعيدي.", BADR),
    ("وبحث عبدالملك بدر الدين الحوثي مع المبعوث الأممي جمال بنعمر في صعدة تطورات الأوضاع.",
     BENOMAR),
])
def test_the_houthi_leader_named_with_his_fathers_name(shipped, text, other):
    people = _people(shipped, text)
    assert HOUTHI in people and "person:mustafa-badreddine" not in people
    assert _pair(HOUTHI, other) in _met(shipped, text, "ar")


@pytest.mark.parametrize("text, lang, other", [
    ("التقى الرئيس عبدربه منصور هادي اليوم رئيس مجلس الوزراء محمد سالم باسندوة.", "ar", HADI),
    ("وبحث رئيس الوزراء محمد سالم باسندوة مع المبعوث الأممي جمال بنعمر في صنعاء مسار الحوار.", "ar",
     BENOMAR),
    ("Yemeni Prime Minister Mohammed Salem Basindwa held talks with Prince Saud al-Faisal in "
     "Riyadh.", "en", SAUD),
])
def test_basindawa_is_known(shipped, text, lang, other):
    assert _pair(BASINDAWA, other) in _met(shipped, text, lang)


@pytest.mark.parametrize("text, place", [
    ("استقبل الرئيس هادي بعدن اليوم المبعوث الأممي جمال بنعمر.", "location:aden"),
    ("التقى المبعوث الأممي في صعدة زعيم الحوثيين عبدالملك الحوثي.", "location:saada"),
    ("Fighting resumed in Taiz and Aden on Sunday, officials in Mukalla said.", "location:taiz"),
])
def test_yemens_cities_are_places_not_names(shipped, text, place):
    ids = _ids(shipped, text, "en" if text.isascii() else "ar")
    assert place in ids
    assert not any(i.startswith("person:") and ("badn" in i or "taiz" in i) for i in ids)


# --- the meeting carried past a sentence naming its own participants ---------------------------

QAANI, RASHNOUDI, TAMIM, HANIYEH, MBAR, MASROUR = (
    "person:esmail-qaani", "person:nasrollah-rashnoudi", "person:tamim-bin-hamad-al-thani",
    "person:ismail-haniyeh", "person:mohammed-bin-abdulrahman-al-thani", "person:masrour-barzani")


@pytest.mark.parametrize("text, a, b, attendee", [
    ("Qatar's Emir Sheikh Tamim bin Hamad Al Thani received Hamas leader Ismail Haniyeh in Doha on "
     "Monday. The meeting was held at Sheikh Tamim's office and lasted an hour. Qatari Prime "
     "Minister Mohammed bin Abdulrahman Al Thani was also present.", TAMIM, HANIYEH, MBAR),
    ("Iraqi Prime Minister Mustafa al-Kadhimi met Kurdish leader Masoud Barzani in Erbil. The "
     "talks, at Barzani's residence in Pirmam, lasted two hours. Kurdistan Region Prime Minister "
     "Masrour Barzani also attended.", KADHIMI, BARZANI, MASROUR),
    ("Quds Force commander Ismail Qaani met with KDP leader Masoud Barzani on Tuesday evening. The "
     "meeting took place at Barzani's office in Pirmam and lasted nearly two hours. Iran's consul "
     "general in Erbil, Nasrollah Rashnoudi, was also present, the source said.", QAANI, BARZANI,
     RASHNOUDI),
])
def test_the_meeting_is_carried_past_its_own_participants(shipped, text, a, b, attendee):
    met = _met(shipped, text)
    assert _pair(a, b) in met
    assert _pair(attendee, a) in met and _pair(attendee, b) in met


def test_no_carry_past_a_sentence_naming_someone_else(shipped):
    text = ("Quds Force commander Ismail Qaani met with KDP leader Masoud Barzani on Tuesday evening. "
            "The meeting took place at Barzani's office in Pirmam, and Hadi al-Amiri called Barzani "
            "afterwards. Iran's consul general in Erbil, Nasrollah Rashnoudi, was also present.")
    assert not any(RASHNOUDI in p for p in _met(shipped, text))


# --- "..., Said Ali al-Shihri, ..." ------------------------------------------------------------

@pytest.mark.parametrize("text, lang", [
    ("AQAP confirmed that its deputy leader, Said Ali al-Shihri, had been killed in a U.S. drone "
     "strike.", "en"),
    ("The group's deputy emir, Said Ali al-Shihri, appeared in a video released on Friday.", "en"),
    ("Yemeni officials said the man killed in Hadramawt, Said Ali al-Shihri, was a former "
     "Guantanamo detainee.", "en"),
])
def test_said_after_an_apposition_comma_is_a_given_name(shipped, text, lang):
    people = _people(shipped, text, lang)
    assert any("shihri" in p and ("said" in p or "saeed" in p) for p in people)
    assert "person:ali-al-shihri" not in people


def test_said_in_a_title_case_headline_is_no_name(shipped):
    people = _people(shipped, "Iran, Said to Be Ready for Talks, Sends Envoy to Riyadh", "en")
    assert not any("said" in p or "saeed" in p for p in people)
