"""Session 60 (blind60a): fixes after the first contact of blind set MM-MN (Iraq 2020-2025,
written blind: the Kadhimi and Sudani governments, the PMF and the factions, Qaani's visits,
appointments of commanders), each read in several paraphrases of other outlets and people.

- Meetings: a fronted place with no comma before the pronoun subject, "At the Kremlin he was
  received by Putin", "At the White House he was welcomed by Trump", "In Iran he was received
  by Rouhani", "At the Government Palace he was greeted by al-Sudani" (pool-report style):
  the pronoun is the guest. A pronoun subject is never the object of the place's preposition
  (``meeting_passive_agent.prep_object_en``), and the pronoun right before the verb is the
  subject after a place or body (``subjects.subject_before``: it needed two words between;
  "At the White House he met Trump" made the White House meet Trump).
- Meetings: a companion named after the meeting past a short phrase, "X met Y on Sunday,
  joined on the Iraqi side by A" (pool report), "joined at the table by A and B", "joined in
  the talks by A" (``meeting_trailing_companions_en._by_after``); not "joined by video link".
  After a plural reference, "A met B. The two men met for an hour, joined by C", "The two
  ministers then met again, accompanied by C" (``_told_before``); not "did not meet again".
- Successions (Arabic decrees): a dismissal and an appointment in one sentence where the post
  is named after the removed man and the appointee is charged with it by a pronoun or by its
  body named again: «إعفاء Y من رئاسة جهاز الأمن الوطني وتكليف X بإدارته / برئاسة الجهاز»,
  «أقال K قائد الحرس Y وكلّف X بقيادته», «وأعفى K رئيس الجهاز Y من منصبه، وكلّف X برئاسته»,
  and a later appointment after «فيما كُلّف» (``succession_same_post_ar``); not a demand or a
  negated decision, not another post («برئاسة اللجنة المالية», «بإدارة ملف النازحين»).
- Meetings: the host of the meeting told just before, "A met B in Doha. Qatar's minister of
  state H hosted the sessions", "H hosted the discussions / the negotiations" (``meeting_host``:
  more meeting nouns; "the gathering" stays unread: a summit's too); not "will host".
- Meetings (Arabic descriptions): "رئيس الوزراء" is the one the article titled "رئيس مجلس
  الوزراء X" (the long form of Iraqi, Lebanese and Gulf writers), not whoever was named last
  («... بحضور وزير الخارجية أحمد الصحاف. واستقبل المرشد علي خامنئي رئيس الوزراء»: al-Sudani,
  not the foreign minister) (``desc_head_title.same_title_words``); still not "رئيس مجلس
  القيادة".
- Successions (English): "removed Y (, <apposition>,) from the post of P and gave it to X",
  "stripped Y of the intelligence service and handed it to X", "relieved Y of his command and
  gave it to X", "fired Y as minister and handed the portfolio to X"
  (``succession_removed_gave_en``); not negated or demanded, not "gave a medal to X", not
  "gave it to X" with no post named.
"""

import pytest

from tests.extract_support import met_sorted as _met
from tests.extract_support import relation_pairs
from tests.extract_support import sorted_pair as _pair

SO = "SUCCESSOR_OF"
SISI, MACRON, PUTIN = ("person:abdel-fattah-el-sisi", "person:emmanuel-macron",
                       "person:vladimir-putin")
KADHIMI, TRUMP, ROUHANI, MBS = ("person:mustafa-al-kadhimi", "person:donald-trump",
                                "person:hassan-rouhani", "person:mohammed-bin-salman")
PEZESHKIAN, SUDANI, BLINKEN = ("person:masoud-pezeshkian", "person:mohammed-shia-al-sudani",
                               "person:antony-blinken")
FAYYADH, ASADI, ARAJI = ("person:falih-al-fayyadh", "person:abdul-ghani-al-asadi",
                         "person:qassim-al-araji")
JUHI, SHATRI = "person:raed-juhi", "person:hamid-al-shatri"
ARAGHCHI, FUAD = "person:abbas-araghchi", "person:fuad-hussein"
NECHIRVAN, MASROUR = "person:nechirvan-barzani", "person:masrour-barzani"
SAADI, SHAGHATI = "person:abdul-wahab-al-saadi", "person:talib-shaghati"
GHANMI, SHAMMARI = "person:othman-al-ghanmi", "person:abdul-amir-al-shammari"
KHAMENEI, SAHAF = "person:ali-khamenei", "person:ahmed-al-sahaf"
WITKOFF, ALBUSAIDI = "person:steve-witkoff", "person:badr-albusaidi"
ASIF, YAQOOB, KHULAIFI = ("person:khawaja-asif", "person:mohammad-yaqoob",
                          "person:mohammed-al-khulaifi")
FAISAL_BANDAR = "person:faisal-bin-bandar"
ALIMI, MUBARAK, GRUNDBERG = ("person:rashad-al-alimi", "person:ahmed-awad-bin-mubarak",
                             "person:hans-grundberg")
WHITE_HOUSE = "organization:white-house"


# --- a fronted place before the pronoun subject ----------------------------------------------

@pytest.mark.parametrize("text, pair", [
    ("Egyptian President Abdel Fattah al-Sisi landed in Paris on Sunday. At the Elysee Palace he "
     "was received by President Emmanuel Macron.", (SISI, MACRON)),
    ("Egyptian President Abdel Fattah al-Sisi landed in Moscow on Sunday. At the Kremlin he was "
     "received by President Vladimir Putin.", (SISI, PUTIN)),
    ("Iraqi Prime Minister Mustafa al-Kadhimi arrived in Washington on Wednesday. At the White "
     "House he was welcomed by President Donald Trump on Thursday.", (KADHIMI, TRUMP)),
    ("Iraqi Prime Minister Mustafa al-Kadhimi flew to Tehran on Tuesday. In Iran he was received "
     "by President Hassan Rouhani.", (KADHIMI, ROUHANI)),
    ("Iraqi Prime Minister Mustafa al-Kadhimi arrived in Riyadh. At the Royal Court he was "
     "received by Crown Prince Mohammed bin Salman.", (KADHIMI, MBS)),
    ("Iranian President Masoud Pezeshkian arrived in Baghdad on Wednesday. At the Government "
     "Palace he was received by Prime Minister Mohammed Shia al-Sudani.", (PEZESHKIAN, SUDANI)),
    ("Secretary Antony Blinken landed in Baghdad on Sunday. At the Government Palace he was "
     "greeted by Prime Minister Mohammed Shia al-Sudani.", (BLINKEN, SUDANI)),
])
def test_a_fronted_place_before_he_was_received_by(rules_only, text, pair):
    assert _pair(*pair) in _met(rules_only, text)


def test_at_the_white_house_he_met_is_the_guest_not_the_building(shipped):
    text = ("Iraqi Prime Minister Mustafa al-Kadhimi arrived in Washington on Wednesday. At the "
            "White House he met President Donald Trump.")
    met = _met(shipped, text)
    assert _pair(KADHIMI, TRUMP) in met
    assert _pair(WHITE_HOUSE, TRUMP) not in met


@pytest.mark.parametrize("text", [
    "Iraqi Prime Minister Mustafa al-Kadhimi arrived in Washington on Wednesday. At the White "
    "House he was to be received by President Donald Trump, but the meeting was cancelled.",
    "Iraqi Prime Minister Mustafa al-Kadhimi arrived in Washington on Wednesday. At the White "
    "House he was not received by President Donald Trump.",
])
def test_a_fronted_place_before_a_meeting_not_held(shipped, text):
    assert _pair(KADHIMI, TRUMP) not in _met(shipped, text)


# --- a companion joined "on the Iraqi side" / "at the table" / "in the talks" -----------------

@pytest.mark.parametrize("text, principals, companions", [
    ("Abbas Araghchi met Fuad Hussein in Baghdad on Sunday, joined on the Iraqi side by Qassim "
     "al-Araji.", (ARAGHCHI, FUAD), (ARAJI,)),
    ("Masoud Pezeshkian held talks with Mohammed Shia al-Sudani at the Government Palace, joined "
     "at the table by Abbas Araghchi and Fuad Hussein.", (PEZESHKIAN, SUDANI), (ARAGHCHI, FUAD)),
    ("Masoud Pezeshkian met Nechirvan Barzani in Erbil on Thursday, joined in the talks by "
     "Masrour Barzani.", (PEZESHKIAN, NECHIRVAN), (MASROUR,)),
])
def test_joined_past_a_short_phrase_by(rules_only, text, principals, companions):
    met = _met(rules_only, text)
    for c in companions:
        for p in principals:
            assert _pair(c, p) in met


def test_joined_by_video_link_is_no_companion(shipped):
    text = ("Masoud Pezeshkian met Nechirvan Barzani in Erbil on Thursday, joined by video link by "
            "Masrour Barzani.")
    met = _met(shipped, text)
    assert _pair(MASROUR, NECHIRVAN) not in met and _pair(MASROUR, PEZESHKIAN) not in met


# --- a dismissal and an appointment to the same post, the post pointed back at ----------------

def _so(ex, text):
    return relation_pairs(ex, text, SO, "ar")


@pytest.mark.parametrize("text, pair", [
    ("أصدر الكاظمي أوامر شملت إعفاء فالح الفياض من رئاسة جهاز الأمن الوطني وتكليف عبد الغني "
     "الأسدي بإدارته.", (ASADI, FAYYADH)),
    ("أعفى الكاظمي فالح الفياض من رئاسة جهاز الأمن الوطني وكلّف عبد الغني الأسدي بإدارته.",
     (ASADI, FAYYADH)),
    ("أصدر الكاظمي أوامر شملت إعفاء فالح الفياض من رئاسة جهاز الأمن الوطني وتكليف عبد الغني "
     "الأسدي برئاسة الجهاز.", (ASADI, FAYYADH)),
    ("وأعفى السوداني رئيس جهاز المخابرات رائد جوحي من منصبه، وكلّف حميد الشطري برئاسته.",
     (SHATRI, JUHI)),
])
def test_dismissed_and_charged_with_the_same_post(rules_only, text, pair):
    assert pair in _so(rules_only, text)


def test_a_later_appointment_after_fima_kullifa(rules_only):
    text = ("أصدر رئيس الوزراء العراقي مصطفى الكاظمي، السبت، أمراً ديوانياً بإعفاء فالح الفيّاض من "
            "منصبي مستشار الأمن الوطني ورئيس جهاز الأمن الوطني، وتعيين النائب قاسم الأعرجي "
            "مستشاراً للأمن الوطني بدلاً منه، فيما كُلّف الفريق الركن عبد الغني الأسدي برئاسة "
            "الجهاز.")
    pairs = _so(rules_only, text)
    assert (ASADI, FAYYADH) in pairs
    assert (ARAJI, FAYYADH) in pairs


def test_a_commander_dismissed_and_his_command_given(rules_only):
    text = "أقال الرئيس قيس سعيد قائد الحرس الوطني محمد الغرسلي وكلّف العميد سامي الرزقي بقيادته."
    pairs = _so(rules_only, text)
    assert len(pairs) == 1
    (new, old), = pairs
    assert "razqi" in new and "gharsali" in old


@pytest.mark.parametrize("text", [
    "طالب النواب بإعفاء فالح الفياض من رئاسة جهاز الأمن الوطني وتكليف عبد الغني الأسدي بإدارته.",
    "لم يقرر الكاظمي إعفاء فالح الفياض من رئاسة جهاز الأمن الوطني وتكليف عبد الغني الأسدي "
    "بإدارته.",
    "أعفى الكاظمي فالح الفياض من رئاسة جهاز الأمن الوطني، وكلّف عبد الغني الأسدي بإدارة ملف "
    "النازحين.",
    "قرر البرلمان إعفاء فالح الفياض من رئاسة الهيئة وتكليف عبد الغني الأسدي برئاسة اللجنة المالية.",
])
def test_no_succession_demanded_negated_or_to_another_post(shipped, text):
    assert (ASADI, FAYYADH) not in _so(shipped, text)


# --- English: removed from the post and gave it to another ------------------------------------

@pytest.mark.parametrize("text, pair", [
    ("In early July the premier removed Falih al-Fayyadh, the chairman of the Popular "
     "Mobilization Commission, from the post of national security adviser and gave it to Qassim "
     "al-Araji, a Badr veteran.", (ARAJI, FAYYADH)),
    ("Prime Minister Mohammed Shia al-Sudani stripped Raed Juhi of the intelligence service and "
     "handed it to Hamid al-Shatri.", (SHATRI, JUHI)),
    ("The army chief relieved Gen. Abdul-Wahab al-Saadi of his command and gave it to Talib "
     "Shaghati.", (SHAGHATI, SAADI)),
    ("Mustafa al-Kadhimi fired Othman al-Ghanmi as interior minister and handed the portfolio to "
     "Abdul Amir al-Shammari.", (SHAMMARI, GHANMI)),
])
def test_removed_from_the_post_and_gave_it_to(rules_only, text, pair):
    assert pair in relation_pairs(rules_only, text, SO, "en")


@pytest.mark.parametrize("text", [
    "Mustafa al-Kadhimi did not remove Falih al-Fayyadh from the post of national security "
    "adviser and give it to Qassim al-Araji.",
    "Mustafa al-Kadhimi removed Falih al-Fayyadh and gave a medal to Qassim al-Araji.",
    "Protesters demanded that Kadhimi remove Falih al-Fayyadh from the post and give it to "
    "Qassim al-Araji.",
    "Mustafa al-Kadhimi removed Falih al-Fayyadh and gave it to Qassim al-Araji.",
])
def test_no_succession_without_a_removal_from_a_post(shipped, text):
    assert (ARAJI, FAYYADH) not in relation_pairs(shipped, text, SO, "en")


# --- "رئيس الوزراء" after "رئيس مجلس الوزراء X" -----------------------------------------------

@pytest.mark.parametrize("text, other", [
    ("وصل رئيس مجلس الوزراء محمد شياع السوداني إلى طهران. وعقد اجتماع موسع بحضور وزير الخارجية "
     "أحمد الصحاف. واستقبل المرشد علي خامنئي، مساء اليوم، رئيس الوزراء والوفد المرافق له.", SAHAF),
    ("وصل رئيس مجلس الوزراء محمد شياع السوداني إلى طهران، يرافقه فؤاد حسين. واستقبل المرشد علي "
     "خامنئي رئيس الوزراء.", FUAD),
    ("وصل رئيس مجلس الوزراء محمد شياع السوداني إلى طهران. وعقد اجتماع موسع بحضور وزير الخارجية "
     "فؤاد حسين. واستقبل المرشد علي خامنئي، مساء اليوم، رئيس الوزراء والوفد المرافق له.", FUAD),
])
def test_the_prime_minister_is_the_one_titled_with_the_council(rules_only, text, other):
    met = _met(rules_only, text, "ar")
    assert _pair(KHAMENEI, SUDANI) in met
    assert _pair(KHAMENEI, other) not in met


def test_the_prime_minister_is_not_the_head_of_a_leadership_council(shipped):
    text = ("استقبل رئيس مجلس القيادة الرئاسي رشاد العليمي السفير السعودي محمد آل جابر. والتقى "
            "رئيس الوزراء أحمد عوض بن مبارك المبعوث الأممي هانس غروندبرغ.")
    met = _met(shipped, text, "ar")
    assert _pair(MUBARAK, GRUNDBERG) in met
    assert _pair(ALIMI, GRUNDBERG) not in met


# --- the host of the meeting told before: "hosted the sessions / discussions" ----------------

@pytest.mark.parametrize("text, host, guests", [
    ("Pakistan's Defence Minister Khawaja Asif met Afghan Defence Minister Mohammad Yaqoob in Doha "
     "on Saturday. Qatar's Minister of State Mohammed Al-Khulaifi hosted the sessions, diplomatic "
     "sources said.", KHULAIFI, (ASIF, YAQOOB)),
    ("Abbas Araghchi and Steve Witkoff held talks in Muscat on Saturday. Omani Foreign Minister "
     "Badr Albusaidi hosted the discussions.", ALBUSAIDI, (ARAGHCHI, WITKOFF)),
])
def test_the_host_of_the_sessions_met_their_sides(rules_only, text, host, guests):
    met = _met(rules_only, text)
    for g in guests:
        assert _pair(host, g) in met


@pytest.mark.parametrize("text, host, guest", [
    ("Abbas Araghchi and Steve Witkoff held talks in Muscat on Saturday. Omani Foreign Minister "
     "Badr Albusaidi will host the negotiations next week.", ALBUSAIDI, WITKOFF),
    ("Sudani was greeted on arrival by Riyadh Governor Prince Faisal bin Bandar and later held "
     "talks with Saudi Crown Prince Mohammed bin Salman, who hosted the gathering.", MBS,
     FAISAL_BANDAR),
])
def test_no_host_of_a_planned_meeting_or_a_summit(shipped, text, host, guest):
    assert _pair(host, guest) not in _met(shipped, text)


# --- "The two men met ..., joined by C" ---------------------------------------------------------

@pytest.mark.parametrize("text, principals, companion", [
    ("Antony Blinken met Mohammed Shia al-Sudani in Baghdad. The two men met for an hour, joined "
     "by Qassim al-Araji.", (BLINKEN, SUDANI), ARAJI),
    ("Abbas Araghchi and Fuad Hussein held talks in Baghdad on Sunday. The two ministers then met "
     "again in the evening, accompanied by Qassim al-Araji.", (ARAGHCHI, FUAD), ARAJI),
])
def test_a_companion_of_the_two_men(rules_only, text, principals, companion):
    met = _met(rules_only, text)
    for p in principals:
        assert _pair(companion, p) in met


def test_no_companion_of_a_meeting_not_held(shipped):
    text = ("Antony Blinken met Mohammed Shia al-Sudani in Baghdad. The two men did not meet again, "
            "joined by Qassim al-Araji.")
    met = _met(shipped, text)
    assert _pair(ARAJI, BLINKEN) not in met and _pair(ARAJI, SUDANI) not in met
