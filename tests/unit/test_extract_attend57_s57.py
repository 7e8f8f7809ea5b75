"""Session 57 (attend57): meetings with several participants, read on short pieces written for
the session in both languages (agency pieces with attendee sentences after the meeting
sentence, delegations, companions, joint statements, summits named by their place, a
meeting's second day, messages handed over at a dinner) and single sentences.

- A message or letter handed over in person is a meeting of courier and recipient, not of the
  sender: "نقل X إلى Y رسالة من Z", "نقل X رسالة من Z إلى Y خلال عشاء", "وسلّم X، في طهران
  أمس، Y رسالة", "X conveyed a message from Z to Y over dinner", "X handed Y a letter from Z"
  (``meeting_message_handed``); "sent a letter through X", "بعث رسالة عبر X" and a message
  passed on by phone give nothing, and so do a message in a televised speech, one conveyed
  "through mediators", a planned handing ("سيسلم") and a denied one.
- An attendee of a meeting named by its two sides in his own clause met both sides and those
  "together with" him: "Z sat in on / attended X's meeting (in P) with Y, together with A and
  B", "وحضر Z لقاء X مع Y", "وشارك Z في اجتماع X مع Y" (``meeting_attended_named``); "did not
  attend", "is expected to attend", "by video link", "ولم يحضر" give no attendee pair.
- ", as did Z" / ", as was Z" after a meeting clause: after an attendance ("A and B joined the
  meeting, as did Z") Z met everyone of the sentence's meeting pairs; after "X met Y" / "X was
  received by Y" Z met Y, not X (``meeting_as_did_en``); "died in the crash, as did Z": nothing.
- Arabic situation assessments held with a list: "وأجرى X (وY) تقييماً للوضع مع A، الذي ...، وB",
  "وعقد X جلسة تقييم مع A": holders and list met each other (``meeting_assessment_ar``); planned
  or by video link: nothing.
- Attendee sentences after the meeting that were read already and stay read ("Also present
  were", "The meeting was attended by", "in the presence of", "joined the meeting", "وحضر
  اللقاء"، "كما حضر"، "وشارك في الاجتماع"، "وجرى اللقاء بحضور"), a second day's meeting, and
  people only quoted, phoned or absent (no pair).
"""

import pytest

from tests.extract_support import met_sorted as _met
from tests.extract_support import sorted_pair as _pair

ALBUSAIDI, ARAGHCHI = "person:badr-albusaidi", "person:abbas-araghchi"
TRUMP, GARGASH = "person:donald-trump", "person:anwar-gargash"
BARRACK, AOUN = "person:tom-barrack", "person:joseph-aoun"
SHEIKH, MBAR = "person:hussein-al-sheikh", "person:mohammed-bin-abdulrahman-al-thani"
ABBAS, WITKOFF = "person:mahmoud-abbas", "person:steve-witkoff"
KHAMENEI = "person:ali-khamenei"
NETANYAHU, ZAMIR = "person:benjamin-netanyahu", "person:eyal-zamir"
SUDANI, ERDOGAN = "person:mohammed-shia-al-sudani", "person:recep-tayyip-erdogan"
FUAD = "person:fuad-hussein"
SADEQ = "person:mohammad-kazem-al-e-sadegh"
SISI, ABDULLAH = "person:abdel-fattah-el-sisi", "person:abdullah-ii"
ABDELATTY, SAFADI = "person:badr-abdelatty", "person:ayman-safadi"
JOHNSON, BERRI = "person:lisa-johnson", "person:nabih-berri"
BARZANI, RASHID = "person:nechirvan-barzani", "person:abdul-latif-rashid"
PEZESHKIAN, TAMIM = "person:masoud-pezeshkian", "person:tamim-bin-hamad-al-thani"
SHARAA, FIDAN = "person:ahmed-al-sharaa", "person:hakan-fidan"


# --- a message handed over in person ---------------------------------------------------------

@pytest.mark.parametrize("text, lang, pair", [
    ("نقل وزير الخارجية العماني بدر البوسعيدي رسالة من ترامب إلى عراقجي خلال مأدبة عشاء في "
     "مسقط.", "ar", (ALBUSAIDI, ARAGHCHI)),
    ("نقل وزير الخارجية العماني بدر البوسعيدي إلى نظيره الإيراني عباس عراقجي رسالة من الرئيس "
     "الأميركي دونالد ترامب.", "ar", (ALBUSAIDI, ARAGHCHI)),
    ("وسلّم المستشار الدبلوماسي لرئيس دولة الإمارات أنور قرقاش، في طهران أمس، وزير الخارجية "
     "الإيراني عباس عراقجي رسالة من الرئيس دونالد ترامب.", "ar", (GARGASH, ARAGHCHI)),
    ("ونقل نائب الرئيس الفلسطيني حسين الشيخ إلى رئيس الوزراء القطري الشيخ محمد بن عبد الرحمن "
     "آل ثاني رسالة من الرئيس محمود عباس.", "ar", (SHEIKH, MBAR)),
    ("وأوصل المبعوث الأميركي توم باراك إلى الرئيس اللبناني جوزاف عون رسالة من الرئيس دونالد "
     "ترامب خلال عشاء في بعبدا.", "ar", (BARRACK, AOUN)),
    ("Omani Foreign Minister Badr Albusaidi conveyed a message from U.S. President Donald Trump "
     "to Iranian Foreign Minister Abbas Araghchi over dinner in Muscat.", "en",
     (ALBUSAIDI, ARAGHCHI)),
    ("UAE presidential adviser Anwar Gargash handed Iranian Foreign Minister Abbas Araghchi a "
     "letter from President Donald Trump in Tehran.", "en", (GARGASH, ARAGHCHI)),
])
def test_message_handed_is_a_meeting(shipped, text, lang, pair):
    met = _met(shipped, text, lang)
    assert _pair(*pair) in met
    assert not any(TRUMP in p or ABBAS in p for p in met)  # the sender met nobody here


@pytest.mark.parametrize("text, lang", [
    ("Trump sent a letter to Khamenei through Gargash.", "en"),
    ("وكان ترامب قد بعث رسالة إلى خامنئي عبر قرقاش.", "ar"),
    ("ونقل البوسعيدي رسالة هاتفية من عراقجي إلى ويتكوف.", "ar"),
    ("Albusaidi conveyed Araghchi's message to Witkoff in a phone call.", "en"),
])
def test_message_sent_or_phoned_is_no_meeting(rules_only, text, lang):
    assert _met(rules_only, text, lang) == set()


# --- an attendee of "X's meeting with Y" ------------------------------------------------------

@pytest.mark.parametrize("text, lang, host, partner, attendee", [
    ("Israeli military chief Eyal Zamir attended Netanyahu's meeting with U.S. envoy Steve "
     "Witkoff on Thursday.", "en", NETANYAHU, WITKOFF, ZAMIR),
    ("Iraqi Foreign Minister Fuad Hussein attended al-Sudani's talks with Erdogan in Ankara.",
     "en", SUDANI, ERDOGAN, FUAD),
    ("Iraqi Foreign Minister Fuad Hussein sat in on al-Sudani's meeting in Ankara with Turkish "
     "President Recep Tayyip Erdogan.", "en", SUDANI, ERDOGAN, FUAD),
    ("حضر وزير الخارجية فؤاد حسين لقاء السوداني مع أردوغان في أنقرة.", "ar", SUDANI, ERDOGAN,
     FUAD),
    ("وحضر رئيس الأركان إيال زامير اجتماع نتنياهو مع المبعوث الأميركي ستيف ويتكوف.", "ar",
     NETANYAHU, WITKOFF, ZAMIR),
    ("وشارك وزير الخارجية فؤاد حسين في اجتماع السوداني مع أردوغان في أنقرة.", "ar", SUDANI,
     ERDOGAN, FUAD),
])
def test_attendee_of_named_meeting(shipped, text, lang, host, partner, attendee):
    met = _met(shipped, text, lang)
    assert {_pair(host, partner), _pair(attendee, host), _pair(attendee, partner)} <= met


def test_attendees_together_with_meet_each_other(rules_only):
    text = ("Israeli Prime Minister Benjamin Netanyahu named Maj. Gen. Roman Gofman as the next "
            "director of the Mossad on Thursday. Earlier this month Gofman sat in on Netanyahu's "
            "meeting in Jerusalem with the head of U.S. Central Command, Adm. Brad Cooper, "
            "together with military chief Eyal Zamir and Shin Bet director David Zini, two "
            "officials said.")
    met = _met(rules_only, text)
    gofman, cooper, zini = ("person:roman-gofman", "person:brad-cooper", "person:david-zini")
    for a in (gofman, ZAMIR, zini):
        assert {_pair(a, NETANYAHU), _pair(a, cooper)} <= met
    assert {_pair(gofman, ZAMIR), _pair(ZAMIR, zini)} <= met


@pytest.mark.parametrize("text, lang", [
    ("Israeli military chief Eyal Zamir did not attend Netanyahu's meeting with U.S. envoy "
     "Steve Witkoff on Thursday.", "en"),
    ("Israeli military chief Eyal Zamir is expected to attend Netanyahu's meeting with U.S. "
     "envoy Steve Witkoff next week.", "en"),
    ("ولم يحضر رئيس الأركان إيال زامير اجتماع نتنياهو مع المبعوث الأميركي ستيف ويتكوف.", "ar"),
])
def test_absent_attendee_meets_nobody(rules_only, text, lang):
    assert not any(ZAMIR in p for p in _met(rules_only, text, lang))


def test_attendee_by_video_link_meets_nobody(rules_only):
    text = "Iraqi Foreign Minister Fuad Hussein joined al-Sudani's talks with Erdogan by video link."
    assert not any(FUAD in p for p in _met(rules_only, text))


# --- attendee sentences after the meeting (read already; kept) ---------------------------------

@pytest.mark.parametrize("text, lang, pairs", [
    ("Egyptian President Abdel Fattah al-Sisi met Jordan's King Abdullah II in Cairo on Sunday. "
     "Also present were Egyptian Foreign Minister Badr Abdelatty and Jordanian Foreign Minister "
     "Ayman Safadi.", "en", [(SISI, ABDULLAH), (ABDELATTY, ABDULLAH), (SAFADI, SISI)]),
    ("Lebanese President Joseph Aoun received U.S. envoy Tom Barrack at Baabda Palace on Monday. "
     "The meeting was attended by U.S. Ambassador Lisa Johnson. Barrack later met Parliament "
     "Speaker Nabih Berri in Ain al-Tineh.", "en",
     [(AOUN, BARRACK), (JOHNSON, AOUN), (BARRACK, BERRI)]),
    ("Iraqi Prime Minister Mohammed Shia al-Sudani met Iranian Foreign Minister Abbas Araghchi "
     "in Baghdad. Also attending were Iraqi Foreign Minister Fuad Hussein and Iranian Ambassador "
     "Mohammad Kazem Al-e Sadeq.", "en", [(SUDANI, ARAGHCHI), (FUAD, ARAGHCHI), (SADEQ, SUDANI)]),
    ("Kurdistan Region President Nechirvan Barzani met Iraqi President Abdul Latif Rashid in "
     "Baghdad. On the second day of his visit, Barzani met Prime Minister Mohammed Shia "
     "al-Sudani.", "en", [(BARZANI, RASHID), (BARZANI, SUDANI)]),
    ("استقبل رئيس الجمهورية اللبنانية العماد جوزاف عون المبعوث الأميركي توم باراك في قصر بعبدا. "
     "وحضر اللقاء السفيرة الأميركية ليزا جونسون. ثم انتقل باراك إلى عين التينة حيث التقى رئيس "
     "مجلس النواب نبيه بري.", "ar", [(AOUN, BARRACK), (JOHNSON, AOUN), (BARRACK, BERRI)]),
    ("عقد الرئيس السوري أحمد الشرع والرئيس التركي رجب طيب أردوغان محادثات في أنقرة. وحضر "
     "المحادثات وزيرا خارجية البلدين هاكان فيدان وأسعد الشيباني. وأصدر الرئيسان بياناً مشتركاً "
     "في ختام اللقاء.", "ar", [(SHARAA, ERDOGAN), (FIDAN, SHARAA)]),
    ("التقى رئيس الوزراء العراقي محمد شياع السوداني وزير الخارجية الإيراني عباس عراقجي في بغداد. "
     "وقد حضر اللقاء كل من وزير الخارجية العراقي فؤاد حسين والسفير الإيراني محمد كاظم آل صادق.",
     "ar", [(SUDANI, ARAGHCHI), (FUAD, ARAGHCHI), (SADEQ, SUDANI)]),
    ("التقى رئيس إقليم كردستان نيجيرفان بارزاني الرئيس العراقي عبد اللطيف رشيد في بغداد. وفي "
     "اليوم الثاني من زيارته، التقى بارزاني رئيس الوزراء محمد شياع السوداني.", "ar",
     [(BARZANI, RASHID), (BARZANI, SUDANI)]),
])
def test_attendee_sentences_after_meeting(shipped, text, lang, pairs):
    assert {_pair(*p) for p in pairs} <= _met(shipped, text, lang)


@pytest.mark.parametrize("text, lang, outsider", [
    ("Iranian President Masoud Pezeshkian met Qatari Emir Sheikh Tamim bin Hamad Al Thani in "
     "Doha. Iranian Foreign Minister Abbas Araghchi, quoted by IRNA, said the talks were "
     "constructive.", "en", ARAGHCHI),
    ("التقى الرئيس الإيراني مسعود بزشكيان أمير قطر الشيخ تميم بن حمد آل ثاني في الدوحة. وقال "
     "وزير الخارجية الإيراني عباس عراقجي لوكالة إرنا إن المحادثات كانت بناءة.", "ar", ARAGHCHI),
    ("التقى الشرع وفيدان في دمشق. وكان الشرع قد تلقى اتصالاً هاتفياً من الرئيس التركي رجب طيب "
     "أردوغان قبيل اللقاء.", "ar", ERDOGAN),
    ("Iraqi Prime Minister Mohammed Shia al-Sudani met Iranian Foreign Minister Abbas Araghchi in "
     "Baghdad. Iraqi Foreign Minister Fuad Hussein did not attend the meeting.", "en", FUAD),
    ("التقى رئيس الوزراء العراقي محمد شياع السوداني وزير الخارجية الإيراني عباس عراقجي في بغداد. "
     "ولم يحضر اللقاء وزير الخارجية العراقي فؤاد حسين.", "ar", FUAD),
])
def test_quoted_phoned_or_absent_is_no_attendee(rules_only, text, lang, outsider):
    assert not any(outsider in p for p in _met(rules_only, text, lang))


# --- ", as did Z" after a meeting clause --------------------------------------------------------

def test_as_did_joins_the_attendees(shipped):
    text = ("President Donald Trump hosted Israeli Prime Minister Benjamin Netanyahu at the White "
            "House on Tuesday. Secretary of State Marco Rubio, national security adviser Mike "
            "Waltz and special envoy Steve Witkoff joined the Oval Office meeting, as did "
            "Israel's Strategic Affairs Minister Ron Dermer, a person familiar with the talks "
            "said.")
    met = _met(shipped, text)
    dermer = "person:ron-dermer"
    for p in (TRUMP, NETANYAHU, "person:marco-rubio", "person:mike-waltz", WITKOFF):
        assert _pair(dermer, p) in met


@pytest.mark.parametrize("text, pair, not_pair", [
    ("Iranian Foreign Minister Mohammad Javad Zarif flew to Erbil for the ceremony and met "
     "Kurdistan Region President Nechirvan Barzani afterwards, as did Iraqi Prime Minister Adel "
     "Abdul Mahdi.", ("person:adil-abdul-mahdi", BARZANI),
     ("person:adil-abdul-mahdi", "person:mohammad-javad-zarif")),
    ("Turkish Foreign Minister Hakan Fidan was received by Syrian leader Ahmed al-Sharaa on "
     "December 22, as was Lebanese Druze leader Walid Jumblatt.",
     ("person:walid-jumblatt", SHARAA), ("person:walid-jumblatt", FIDAN)),
    ("Qatari Prime Minister Mohammed bin Abdulrahman Al Thani met Hamas leader Khalil al-Hayya "
     "in Doha, as did Egyptian intelligence chief Hassan Rashad a day later.",
     ("person:hassan-rashad", "person:khalil-al-hayya"), ("person:hassan-rashad", MBAR)),
])
def test_as_did_met_the_same_partner(rules_only, text, pair, not_pair):
    met = _met(rules_only, text)
    assert _pair(*pair) in met
    assert _pair(*not_pair) not in met


def test_as_did_after_a_death_is_no_meeting(rules_only):
    text = ("Iranian Foreign Minister Abbas Araghchi died in the crash, as did his aide Mehdi "
            "Mousavi.")
    assert _met(rules_only, text) == set()


# --- an Arabic situation assessment held with a list ---------------------------------------------

KATZ, BAR, MILO = "person:israel-katz", "person:tomer-bar", "person:rafi-mello"


@pytest.mark.parametrize("text, pairs", [
    ("وأجرى وزير الدفاع يسرائيل كاتس ورئيس الأركان الفريق إيال زامير تقييماً للوضع مع قائد "
     "المنطقة الشمالية اللواء رافي ميلو، الذي تسلم قيادة المنطقة من اللواء أوري غوردين، وقائد "
     "سلاح الجو اللواء تومر بار.",
     [(KATZ, ZAMIR), (KATZ, MILO), (ZAMIR, BAR), (MILO, BAR), (KATZ, BAR)]),
    ("وأجرى وزير الدفاع يسرائيل كاتس تقييماً للوضع مع رئيس الأركان الفريق إيال زامير وقائد سلاح "
     "الجو اللواء تومر بار.", [(KATZ, ZAMIR), (KATZ, BAR), (ZAMIR, BAR)]),
    ("وعقد وزير الدفاع يسرائيل كاتس جلسة تقييم مع رئيس الأركان إيال زامير.", [(KATZ, ZAMIR)]),
])
def test_assessment_with_list_ar(rules_only, text, pairs):
    met = _met(rules_only, text, "ar")
    assert {_pair(*p) for p in pairs} <= met
    assert not any("person:ori-gordin" in p for p in met)  # named inside the relative clause


@pytest.mark.parametrize("text", [
    "ومن المقرر أن يجري وزير الدفاع يسرائيل كاتس تقييماً للوضع مع رئيس الأركان إيال زامير غداً.",
    "وأجرى وزير الدفاع يسرائيل كاتس تقييماً للوضع عبر الاتصال المرئي مع رئيس الأركان إيال زامير.",
])
def test_planned_or_remote_assessment_ar(rules_only, text):
    assert _met(rules_only, text, "ar") == set()


@pytest.mark.parametrize("text, lang", [
    ("Hezbollah leader Naim Qassem delivered a message to Israeli Prime Minister Benjamin "
     "Netanyahu in a televised speech.", "en"),
    ("The Iranian Foreign Ministry said Araghchi had conveyed a message to Witkoff through Omani "
     "mediators.", "en"),
    ("ونقلت وكالة رويترز عن مصدر أن البوسعيدي سيسلم عراقجي رسالة من ترامب الأسبوع المقبل.", "ar"),
    ("وجّه الأمين العام لحزب الله نعيم قاسم رسالة إلى رئيس الوزراء الإسرائيلي بنيامين نتنياهو في "
     "كلمة متلفزة.", "ar"),
    ("ونفى مكتب البوسعيدي أن يكون قد نقل إلى عراقجي رسالة من ترامب.", "ar"),
])
def test_public_planned_or_denied_message_is_no_meeting(rules_only, text, lang):
    assert _met(rules_only, text, lang) == set()
