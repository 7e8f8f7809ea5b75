"""Session 64 (seen64): constructions session 63 saw and did not read.

- Meetings, both languages: two meetings told in one sentence, "the first with A, the second with
  B, in the presence of C": «عقد X اجتماعين منفصلين، الأول مع A، والثاني مع B بحضور C وD»،
  «عقب لقاءين عقدهما X، الأول مع A، ثم مع B وE»، «جلستين، الأولى مع A والثانية مع B»، "X held
  two separate meetings, one with A and the other with B": X met A, B and C; the second
  meeting's people met each other; A met none of them (``meeting_two_separate``). Not a
  planned or negated pair of meetings.
- Meetings, Arabic: "his meeting" after "after" in a sentence whose subject is dropped, «وصل X
  إلى بيروت. وقال بعد / عقب / إثر / لدى لقائه Y إن ...»: X, the previous sentence's subject,
  met Y (``meeting_his_meeting_dropped_ar``, which read "خلال / في / أثناء" only); not when the
  sentence names its own subject, nor a wish («ويأمل بعد لقائه»).
- Meetings, both languages: a private or brief conversation, or a talk on the sidelines, is a
  meeting in person: "X held a private conversation / had a brief encounter with Y", "A and B
  held a private conversation", "X talked with Y on the sidelines of", "was seen speaking
  briefly with Y on the sidelines", «أجرى X حديثاً جانبياً / محادثة خاصة مع Y»، «تحدث X مع Y على
  هامش القمة»، «دار حديث قصير بين A وB» (``meeting_conversation``). Not a call, a denied,
  negated or planned one, nor a bare "spoke with Y".
- Meetings, English: an attendee list opening the sentence whose members are set off by commas,
  "T1, A, and T2, B, who arrived ..., were in the room", "A, who flew in from ..., and T2 B were
  also in the room": A too, not only the last member (``attendee_list_back_en``, read by
  ``meeting_present_more``); not "were not in the room" / "will be in the room".
- Succession, Arabic: "B الذي خلفه" ending its clause (past a post or time phrase) after A was
  named: «في عهد A، ثم في عهد B الذي خلفه.»، «ثم مع B الذي خلفه عام 2021»، «وكذلك B الذي خلفه
  لاحقاً»: B succeeded A (``khalafahu_post_ar.clause_ends_at``, in
  ``context_succession.khalafahu_ar``); "X، الذي خلفه Y" keeps Y -> X, and a word after the verb
  that is no post or time phrase reads nothing (a successor the names pass may have missed).
"""

import pytest

from tests.extract_support import SO, rels
from tests.extract_support import met_sorted as _met
from tests.extract_support import sorted_pair as _pair

MBAR, HAYYA, BARNEA = ("person:mohammed-bin-abdulrahman-al-thani", "person:khalil-al-hayya",
                       "person:david-barnea")
WITKOFF, MCGURK = "person:steve-witkoff", "person:brett-mcgurk"
BUSAIDI, ARAGHCHI = "person:badr-albusaidi", "person:abbas-araghchi"
SISI, MUSTAFA, BLINKEN = ("person:abdel-fattah-el-sisi", "person:mohammad-mustafa",
                          "person:antony-blinken")
RASHAD, BURNS = "person:hassan-rashad", "person:william-burns"
SUDANI, SHARAA, ABDELATTY = ("person:mohammed-shia-al-sudani", "person:ahmed-al-sharaa",
                             "person:badr-abdelatty")
PASHINYAN, PEZESHKIAN, ERDOGAN = ("person:nikol-pashinyan", "person:masoud-pezeshkian",
                                  "person:recep-tayyip-erdogan")
NETANYAHU, ABBAS, TRUMP = ("person:benjamin-netanyahu", "person:mahmoud-abbas",
                           "person:donald-trump")
MACRON, BIDEN = "person:emmanuel-macron", "person:joe-biden"
ORTAGUS, RAJJI = "person:morgan-ortagus", "person:youssef-rajji"
FUAD, ARAJI = "person:fuad-hussein", "person:qassim-al-araji"
RAVANCHI = "person:majid-takht-ravanchi"
NASRALLAH, MUSAVI = "person:hassan-nasrallah", "person:abbas-mousavi"
RAISI, ROUHANI = "person:ebrahim-raisi", "person:hassan-rouhani"
ABDOLLAHIAN, MIKATI = "person:hossein-amir-abdollahian", "person:najib-mikati"
QAANI, SOLEIMANI = "person:esmail-qaani", "person:qasem-soleimani"
BAITULLAH, HAKIMULLAH = "person:baitullah-mehsud", "person:hakimullah-mehsud"
RASHID, BERRI = "person:abdul-latif-rashid", "person:nabih-berri"
AOUN, BARRACK, LEDRIAN, SALAM = ("person:joseph-aoun", "person:tom-barrack",
                                 "person:jean-yves-le-drian", "person:nawaf-salam")


# --- two meetings: the first with A, the second with B -----------------------------------------

@pytest.mark.parametrize("text, lang, subj, firsts, seconds", [
    ("عقد رئيس الوزراء القطري محمد بن عبد الرحمن آل ثاني اجتماعين منفصلين، الأول مع خليل الحية، "
     "والثاني مع دافيد برنياع بحضور ستيف ويتكوف وبريت ماكغورك.", "ar", MBAR, [HAYYA],
     [BARNEA, WITKOFF, MCGURK]),
    ("أعلن رئيس الوزراء وزير الخارجية القطري الشيخ محمد بن عبد الرحمن آل ثاني التوصل إلى اتفاق. "
     "وجاء الإعلان عقب اجتماعين منفصلين عقدهما المسؤول القطري، الأول مع وفد حماس برئاسة خليل "
     "الحية، والثاني مع الوفد الإسرائيلي برئاسة رئيس الموساد دافيد برنياع، بحضور المبعوث الأمريكي "
     "ستيف ويتكوف ومنسق البيت الأبيض بريت ماكغورك.", "ar", MBAR, [HAYYA],
     [BARNEA, WITKOFF, MCGURK]),
    ("عقد وزير الخارجية العُماني بدر البوسعيدي لقاءين منفصلين في مسقط، الأول مع وزير الخارجية "
     "الإيراني عباس عراقجي، والثاني مع المبعوث الأمريكي ستيف ويتكوف.", "ar", BUSAIDI, [ARAGHCHI],
     [WITKOFF]),
    ("وجاء الإعلان عقب اجتماعين منفصلين عقدهما الرئيس المصري عبد الفتاح السيسي، الأول مع رئيس "
     "الوزراء الفلسطيني محمد مصطفى، ثم مع وزير الخارجية الأمريكي أنتوني بلينكن ومدير المخابرات "
     "العامة حسن رشاد.", "ar", SISI, [MUSTAFA], [BLINKEN, RASHAD]),
    ("عقد الرئيس اللبناني جوزاف عون جلستين، الأولى مع المبعوث الأمريكي توم باراك، والثانية مع "
     "الموفد الفرنسي جان إيف لودريان.", "ar", AOUN, [BARRACK], [LEDRIAN]),
    ("Qatari Prime Minister Mohammed bin Abdulrahman Al Thani held two separate meetings, the "
     "first with Khalil al-Hayya and the second with David Barnea, in the presence of Steve "
     "Witkoff and Brett McGurk.", "en", MBAR, [HAYYA], [BARNEA, WITKOFF, MCGURK]),
    ("Omani Foreign Minister Badr Albusaidi held two separate meetings in Muscat, one with Iranian "
     "Foreign Minister Abbas Araghchi and the other with US envoy Steve Witkoff.", "en", BUSAIDI,
     [ARAGHCHI], [WITKOFF]),
    ("Egyptian President Abdel Fattah el-Sisi held two rounds of talks on Sunday, the first with "
     "Palestinian Prime Minister Mohammad Mustafa and the second with Secretary of State Antony "
     "Blinken and CIA Director William Burns.", "en", SISI, [MUSTAFA], [BLINKEN, BURNS]),
    ("Lebanese President Joseph Aoun held two meetings on Monday: the first with US envoy Tom "
     "Barrack, the second with French envoy Jean-Yves Le Drian, attended by Prime Minister Nawaf "
     "Salam.", "en", AOUN, [BARRACK], [LEDRIAN, SALAM]),
])
def test_two_meetings_the_first_with_a_the_second_with_b(shipped, text, lang, subj, firsts,
                                                         seconds):
    met = _met(shipped, text, lang)
    for a in firsts + seconds:
        assert _pair(subj, a) in met
    for i, b in enumerate(seconds):  # the second meeting's people met each other
        for c in seconds[i + 1:]:
            assert _pair(b, c) in met
    for a in firsts:  # the first meeting's partner met none of them
        for b in seconds:
            assert _pair(a, b) not in met


@pytest.mark.parametrize("text, lang", [
    ("ومن المقرر أن يعقد البوسعيدي اجتماعين منفصلين، الأول مع عراقجي، والثاني مع ويتكوف.", "ar"),
    ("ولم يعقد وزير الخارجية العماني بدر البوسعيدي اجتماعين منفصلين، الأول مع عباس عراقجي، "
     "والثاني مع ستيف ويتكوف.", "ar"),
    ("Omani Foreign Minister Badr Albusaidi will hold two separate meetings, the first with Abbas "
     "Araghchi and the second with Steve Witkoff.", "en"),
])
def test_planned_or_negated_two_meetings_are_not_read(shipped, text, lang):
    met = _met(shipped, text, lang)
    assert _pair(BUSAIDI, ARAGHCHI) not in met
    assert _pair(BUSAIDI, WITKOFF) not in met
    assert _pair(ARAGHCHI, WITKOFF) not in met


# --- "وقال بعد لقائه Y": the previous sentence's subject -----------------------------------------

@pytest.mark.parametrize("text, a, b", [
    ("وصل المبعوث الأمريكي توم باراك إلى بيروت أمس. وقال بعد لقائه رئيس مجلس النواب نبيه بري إن "
     "الاجتماع كان مثمراً.", BARRACK, BERRI),
    ("وصل وزير الخارجية الإيراني عباس عراقجي إلى بغداد صباح اليوم. وأكد عقب لقائه رئيس الوزراء "
     "محمد شياع السوداني أن العلاقات بين البلدين متينة.", ARAGHCHI, SUDANI),
    ("زار وزير الخارجية المصري بدر عبد العاطي دمشق أمس. وصرّح إثر اجتماعه بالرئيس أحمد الشرع بأن "
     "مصر تدعم وحدة سوريا.", ABDELATTY, SHARAA),
    ("وصل الموفد الفرنسي جان إيف لودريان إلى بيروت. وقال لدى لقائه الرئيس جوزاف عون إن فرنسا تقف "
     "إلى جانب لبنان.", LEDRIAN, AOUN),
])
def test_after_his_meeting_in_a_subjectless_sentence_is_the_previous_subjects(shipped, text, a,
                                                                               b):
    assert _pair(a, b) in _met(shipped, text, "ar")


def test_after_his_meeting_with_a_subject_of_its_own_is_that_subjects(shipped):
    met = _met(shipped, "وصل وزير الخارجية الإيراني عباس عراقجي إلى بغداد. وقال رئيس الوزراء محمد "
               "شياع السوداني بعد لقائه الرئيس عبد اللطيف رشيد إن العراق يرفض التصعيد.", "ar")
    assert _pair(SUDANI, RASHID) in met
    assert _pair(ARAGHCHI, RASHID) not in met


def test_a_wish_after_his_meeting_tells_of_no_meeting(shipped):
    met = _met(shipped, "وصل وزير الخارجية الإيراني عباس عراقجي إلى بغداد. ويأمل بعد لقائه رئيس "
               "الوزراء محمد شياع السوداني أن يتفق البلدان على آلية.", "ar")
    assert _pair(ARAGHCHI, SUDANI) not in met


# --- a private or brief conversation, a talk on the sidelines -------------------------------------

@pytest.mark.parametrize("text, lang, a, b", [
    ("Prime Minister of Armenia Nikol Pashinyan and President of the Islamic Republic of Iran "
     "Masoud Pezeshkian held a private conversation at the Government of Armenia, followed by an "
     "expanded-format meeting.", "en", PASHINYAN, PEZESHKIAN),
    ("Turkish President Recep Tayyip Erdogan held a private conversation with Syrian President "
     "Ahmed al-Sharaa on the sidelines of the forum.", "en", ERDOGAN, SHARAA),
    ("Egyptian President Abdel Fattah el-Sisi had a brief encounter with Israeli Prime Minister "
     "Benjamin Netanyahu in New York.", "en", SISI, NETANYAHU),
    ("Palestinian President Mahmoud Abbas was seen speaking briefly with Donald Trump on the "
     "sidelines of the summit.", "en", ABBAS, TRUMP),
    ("Emmanuel Macron talked with Joe Biden on the sidelines of the G7 summit.", "en", MACRON,
     BIDEN),
    ("وأجرى رئيس الوزراء الأرميني نيكول باشينيان والرئيس الإيراني مسعود بزشكيان محادثة خاصة في مقر "
     "الحكومة.", "ar", PASHINYAN, PEZESHKIAN),
    ("وأجرى الرئيس التركي رجب طيب أردوغان حديثاً جانبياً مع الرئيس السوري أحمد الشرع على هامش "
     "المنتدى.", "ar", ERDOGAN, SHARAA),
    ("وتحدث الرئيس الفرنسي إيمانويل ماكرون مع الرئيس الأمريكي جو بايدن على هامش القمة.", "ar",
     MACRON, BIDEN),
    ("ودار حديث قصير بين الرئيس الفرنسي إيمانويل ماكرون والرئيس الأمريكي دونالد ترامب على هامش "
     "القمة.", "ar", MACRON, TRUMP),
])
def test_a_private_or_brief_conversation_is_a_meeting(shipped, text, lang, a, b):
    assert _pair(a, b) in _met(shipped, text, lang)


@pytest.mark.parametrize("text, lang, a, b", [
    ("Turkish President Recep Tayyip Erdogan denied holding a private conversation with Syrian "
     "President Ahmed al-Sharaa.", "en", ERDOGAN, SHARAA),
    ("Emmanuel Macron did not talk with Joe Biden on the sidelines of the G7 summit.", "en", MACRON,
     BIDEN),
    ("Emmanuel Macron and Joe Biden are expected to hold a private conversation on the sidelines of "
     "the summit.", "en", MACRON, BIDEN),
    ("Iranian Foreign Minister Abbas Araghchi said he had a brief encounter with Saudi Foreign "
     "Minister Faisal bin Farhan, but Saudi officials said no meeting took place.", "en", ARAGHCHI,
     "person:faisal-bin-farhan"),
    ("Emmanuel Macron spoke with Joe Biden on Monday about Ukraine.", "en", MACRON, BIDEN),
    ("Emmanuel Macron had a private conversation by telephone with Joe Biden.", "en", MACRON,
     BIDEN),
    ("Emmanuel Macron spoke with reporters alongside Joe Biden on the sidelines of the summit.",
     "en", MACRON, BIDEN),
    ("ونفى الرئيس التركي رجب طيب أردوغان أنه أجرى حديثاً جانبياً مع الرئيس السوري أحمد الشرع.",
     "ar", ERDOGAN, SHARAA),
    ("ومن المقرر أن يجري الرئيس الفرنسي إيمانويل ماكرون محادثة خاصة مع الرئيس الأمريكي جو بايدن "
     "على هامش القمة.", "ar", MACRON, BIDEN),
    ("وأجرى الرئيس الفرنسي إيمانويل ماكرون محادثة هاتفية خاصة مع الرئيس الأمريكي جو بايدن.", "ar",
     MACRON, BIDEN),
])
def test_a_call_or_a_denied_or_planned_conversation_is_no_meeting(shipped, text, lang, a, b):
    assert _pair(a, b) not in _met(shipped, text, lang)


# --- "T1, A, and T2, B, who ..., were in the room" ------------------------------------------------

@pytest.mark.parametrize("text, attendee, principals", [
    ("Egyptian President Abdel Fattah el-Sisi met Palestinian President Mahmoud Abbas in Cairo. "
     "Intelligence chief, Hassan Rashad, and Foreign Minister, Badr Abdelatty, who arrived with "
     "Abbas, were in the room.", RASHAD, [SISI, ABBAS]),
    ("Lebanese President Joseph Aoun received US envoy Tom Barrack at Baabda Palace on Monday. "
     "Deputy envoy Morgan Ortagus, who flew in from Tel Aviv, and Foreign Minister Youssef Rajji "
     "were also in the room.", ORTAGUS, [AOUN, BARRACK]),
    ("Iraqi Prime Minister Mohammed Shia al-Sudani received Iranian Foreign Minister Abbas "
     "Araghchi in Baghdad. Foreign Minister, Fuad Hussein, and National Security Adviser, Qasim "
     "al-Araji, who returned from Tehran on Sunday, were in the room.", FUAD, [SUDANI, ARAGHCHI]),
    ("Omani Foreign Minister Badr Albusaidi hosted Abbas Araghchi and Steve Witkoff in Muscat. "
     "Deputy foreign minister Majid Takht-Ravanchi, who leads Iran's technical team, and Michael "
     "Anton were also in the room.", RAVANCHI, [BUSAIDI]),
])
def test_a_list_set_off_by_commas_before_in_the_room_is_read_whole(shipped, text, attendee,
                                                                   principals):
    met = _met(shipped, text, "en")
    for p in principals:
        assert _pair(attendee, p) in met


@pytest.mark.parametrize("verb", ["were not", "will be"])
def test_a_list_not_in_the_room_meets_no_one(shipped, verb):
    met = _met(shipped, "Iraqi Prime Minister Mohammed Shia al-Sudani received Iranian Foreign "
               "Minister Abbas Araghchi in Baghdad. Foreign Minister, Fuad Hussein, and National "
               f"Security Adviser, Qasim al-Araji, who returned from Tehran on Sunday, {verb} in "
               "the room.", "en")
    assert _pair(FUAD, ARAGHCHI) not in met
    assert _pair(ARAJI, ARAGHCHI) not in met


# --- "B الذي خلفه." : B succeeded the person named before him ------------------------------------

@pytest.mark.parametrize("text, new, old", [
    ("وشغل قاسم منصب نائب الأمين العام في عهد الأمين العام عباس الموسوي، ثم في عهد حسن نصرالله الذي "
     "خلفه.", NASRALLAH, MUSAVI),
    ("عمل شمخاني مع الرئيس حسن روحاني، ثم مع إبراهيم رئيسي الذي خلفه عام 2021.", RAISI, ROUHANI),
    ("ورافق الرئيس الإيراني إبراهيم رئيسي في جولته وزير الخارجية حسين أمير عبد اللهيان، وكذلك عباس "
     "عراقجي الذي خلفه لاحقاً.", ARAGHCHI, ABDOLLAHIAN),
    ("وجلس قاسم سليماني في الصف الأول، وإسماعيل قاآني الذي خلفه.", QAANI, SOLEIMANI),
    ("وترأس الحكومة نجيب ميقاتي حتى مطلع 2025، ثم نواف سلام الذي خلفه مطلع 2025.", SALAM, MIKATI),
])
def test_a_relative_khalafahu_ending_its_clause_is_the_heads_succession(shipped, text, new, old):
    found = rels(shipped.extract(text, lang="ar"))
    assert SO(new, old) in found
    assert SO(old, new) not in found


def test_a_relative_khalafahu_with_its_subject_after_it_keeps_its_direction(shipped):
    found = rels(shipped.extract("أما مؤسس الحركة بيت الله محسود، الذي خلفه حكيم الله محسود، فقد "
                                 "قُتل عام 2009.", lang="ar"))
    assert SO(HAKIMULLAH, BAITULLAH) in found
    assert not any(t == "SUCCESSOR_OF" and s == BAITULLAH for t, s, _ in found)


def test_a_relative_khalafahu_followed_by_an_unread_word_reads_nothing_backwards(shipped):
    found = rels(shipped.extract("التقى الوفد قادة الحركة، ومنهم نور ولي محسود الذي خلفه قاري "
                                 "مجهول في القيادة.", lang="ar"))
    assert not any(t == "SUCCESSOR_OF" and s == "person:noor-wali-mehsud" for t, s, _ in found)
