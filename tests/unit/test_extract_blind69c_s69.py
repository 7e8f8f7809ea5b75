"""Session 69 (blind69c): fixes after the first contact of blind set RU-RV (Pakistan 2007-2013, written
blind: Bhutto, Zardari, Gilani, Kayani, the TTP's leaders, the US envoys, King Abdullah's audience, the
Islamabad trilateral summit), each read in paraphrases of other outlets, people and clitics.

- Meetings, Arabic: a meeting verb after "قبل أن / بعد أن" whose sentence opens with "ثم" / "كما"
  and a verb with its own subject ("ثم التقى X Y، قبل أن يجتمع بـZ", "كما التقى X Y ...، قبل أن
  يلتقي Z"): X met Z, not Y; when the opening verb has no subject of its own ("وصل X ... . ثم
  التقى Y وW، قبل أن يجتمع بـZ"), the previous sentence's subject X met Z
  (``meeting_chain._opening_subject_ar``).
- Meetings, Arabic: the Gulf style of address before a host's title, "وكان في استقباله لدى وصوله
  مطار قاعدة الرياض الجوية صاحب السمو الملكي الأمير X", no longer uses up the window in which the
  host is looked for after "في استقباله" (``meetings_ar._late_subject``).
- Meetings, Arabic: a list of people apposed between commas to the description of its members,
  before a plural or dual verb of talks, "وكان وزراء خارجية الدول الثلاث، A وB وC، قد عقدوا
  اجتماعاً", "وكان الوزيران، A وB، قد أجريا محادثات": the members met each other
  (``meeting_talk_verbs_ar``); not "X وY، عقدا" without the opening comma.
- Successions, English: "K chose X, a (young) lieutenant / close ally / the deputy of Y, to
  succeed him": "him" is Y, named in the appointee's apposition by "of", as with the possessive
  "X, Y's deputy," (``succession_apposed_of_en``, called by
  ``wire_succession_en._pronoun_predecessor``); not when K only nominated X, nor past a
  predecessor the sentence says was killed, nor a body ("a member of the Shura Council").
- Killings, Arabic: "قتلت قوة أميركية خاصة X ... في عملية أمر بها الرئيس Y" / "قتلت غارة أميركية X
  ... بأمر من Y": the subject's country (the strike's or unit's nationality) is an agent with the
  orderer Y, no longer lost to him (``kill_ordered_subject_ar``); not without a nationality, nor
  under negation.
"""

import pytest

from tests.extract_support import met_sorted as _met
from tests.extract_support import relation_pairs as _pairs
from tests.extract_support import sorted_pair as _pair

KERRY, ZARDARI, GILANI, KAYANI = ("person:john-kerry", "person:asif-ali-zardari", "person:yousaf-raza-gilani",
                                  "person:ashfaq-parvez-kayani")
ARAGHCHI, SALAM, BERRI, AOUN = ("person:abbas-araghchi", "person:nawaf-salam", "person:nabih-berri",
                                "person:joseph-aoun")
LEDRIAN, RAJJI, BARRACK = "person:jean-yves-le-drian", "person:youssef-rajji", "person:tom-barrack"
SUDANI, PEZESHKIAN, KHAMENEI = ("person:mohammed-shia-al-sudani", "person:masoud-pezeshkian",
                                "person:ali-khamenei")
SALMAN, ABDULLAH = "person:salman-bin-abdulaziz", "person:abdullah-bin-abdulaziz"
KHAR, SALEHI = "person:hina-rabbani-khar", "person:ali-akbar-salehi"
SISI, ABDULLAH2, ABBAS = "person:abdel-fattah-el-sisi", "person:abdullah-ii", "person:mahmoud-abbas"
FUAD = "person:fuad-hussein"


# --- "ثم / كما التقى X Y، قبل أن يجتمع بـZ" opening a sentence ------------------------------------

@pytest.mark.parametrize("text, subj, first, then", [
    ("بحث السناتور الأميركي جون كيري أمس مع الرئيس آصف علي زرداري الوضع في المناطق القبلية. ثم "
     "التقى كيري رئيس الوزراء يوسف رضا جيلاني، قبل أن يجتمع بقائد الجيش الجنرال أشفاق برويز كياني في "
     "راولبندي.", KERRY, GILANI, KAYANI),
    ("وصل وزير الخارجية الإيراني عباس عراقجي إلى بيروت أمس. كما التقى عراقجي رئيس الحكومة نواف سلام "
     "في السراي، قبل أن يجتمع برئيس مجلس النواب نبيه بري في عين التينة.", ARAGHCHI, SALAM, BERRI),
    ("زار رئيس الوزراء العراقي محمد شياع السوداني طهران أمس. ثم التقى السوداني الرئيس مسعود "
     "بزشكيان، قبل أن يجتمع بالمرشد علي خامنئي.", SUDANI, PEZESHKIAN, KHAMENEI),
    ("ثم التقى الموفد الأميركي توم براك، اليوم، الرئيس جوزاف عون، قبل أن يجتمع بالرئيس نبيه بري.",
     BARRACK, AOUN, BERRI),
])
def test_opening_then_verb_keeps_its_own_subject_for_the_next_meeting(shipped, text, subj, first,
                                                                        then):
    met = _met(shipped, text, "ar")
    assert _pair(subj, first) in met
    assert _pair(subj, then) in met
    assert _pair(first, then) not in met


def test_opening_then_verb_without_subject_carries_the_previous_sentences(shipped):
    met = _met(shipped, "وصل الموفد الفرنسي جان إيف لودريان إلى بيروت أمس. ثم التقى رئيس الوزراء "
               "نواف سلام ووزير الخارجية يوسف رجي، قبل أن يجتمع برئيس مجلس النواب نبيه بري.", "ar")
    assert _pair(LEDRIAN, BERRI) in met
    assert _pair(SALAM, BERRI) not in met
    assert _pair(RAJJI, BERRI) not in met


@pytest.mark.parametrize("tail", ["قبل أن يتصل برئيس الحكومة نواف سلام.",
                                  "قبل أن يغادر إلى باريس من دون أن يلتقي رئيس الحكومة نواف سلام."])
def test_opening_then_verb_no_meeting_after_it(shipped, tail):
    met = _met(shipped, "وصل الموفد الفرنسي جان إيف لودريان إلى بيروت. ثم التقى لودريان الرئيس جوزاف "
               "عون في بعبدا، " + tail, "ar")
    assert _pair(LEDRIAN, AOUN) in met
    assert _pair(LEDRIAN, SALAM) not in met
    assert _pair(AOUN, SALAM) not in met


# --- "في استقباله لدى وصوله مطار ... صاحب السمو الملكي الأمير X" -----------------------------------

@pytest.mark.parametrize("text", [
    "وصل الرئيس آصف علي زرداري إلى الرياض اليوم، وكان في استقباله لدى وصوله مطار قاعدة الرياض "
    "الجوية صاحب السمو الملكي الأمير سلمان بن عبدالعزيز أمير منطقة الرياض.",
    "وصل الرئيس آصف علي زرداري إلى الرياض اليوم، وكان في استقباله لدى وصوله مطار الملك خالد الدولي "
    "صاحب السمو الملكي الأمير سلمان بن عبدالعزيز أمير منطقة الرياض.",
    "استقبل الملك عبدالله بن عبدالعزيز الرئيس آصف علي زرداري في الرياض اليوم. وكان الرئيس زرداري قد "
    "وصل إلى الرياض في وقت سابق اليوم، وكان في استقباله لدى وصوله مطار قاعدة الرياض الجوية صاحب "
    "السمو الملكي الأمير سلمان بن عبدالعزيز أمير منطقة الرياض.",
])
def test_style_of_address_does_not_hide_the_airport_host(shipped, text):
    assert _pair(ZARDARI, SALMAN) in _met(shipped, text, "ar")


def test_airport_host_not_read_past_a_call(shipped):
    met = _met(shipped, "وصل الرئيس آصف علي زرداري إلى الرياض اليوم، وأجرى لدى وصوله مطار قاعدة الرياض "
               "الجوية اتصالاً هاتفياً بصاحب السمو الملكي الأمير سلمان بن عبدالعزيز.", "ar")
    assert _pair(ZARDARI, SALMAN) not in met


# --- "وكان وزراء الخارجية، A وB وC، قد عقدوا اجتماعاً" -------------------------------------------

@pytest.mark.parametrize("text, members", [
    ("وكان وزراء خارجية الدول الثلاث، حنا رباني كهر وعباس عراقجي وعلي أكبر صالحي، قد عقدوا الخميس "
     "اجتماعاً تحضيرياً للقمة.", (KHAR, ARAGHCHI, SALEHI)),
    ("وكان القادة الثلاثة، عبد الفتاح السيسي والملك عبد الله الثاني ومحمود عباس، قد عقدوا قمة في "
     "العقبة.", (SISI, ABDULLAH2, ABBAS)),
    ("وكان الوزيران، فؤاد حسين وعباس عراقجي، قد أجريا محادثات في بغداد.", (FUAD, ARAGHCHI)),
    ("وكان الرئيسان، جوزاف عون ونبيه بري، عقدا لقاءً في بعبدا.", (AOUN, BERRI)),
])
def test_apposed_list_before_a_verb_of_talks_met(shipped, text, members):
    met = _met(shipped, text, "ar")
    for i, a in enumerate(members):
        for b in members[i + 1:]:
            assert _pair(a, b) in met


@pytest.mark.parametrize("text", [
    "وكان الوزيران، فؤاد حسين وعباس عراقجي، قد عقدا اتفاقاً للتعاون.",
    "وكان الوزيران، فؤاد حسين وعباس عراقجي، قد بحثا عن حل للأزمة.",
])
def test_apposed_list_no_talks(shipped, text):
    assert _pair(FUAD, ARAGHCHI) not in _met(shipped, text, "ar")


# --- "K chose X, a lieutenant of Y, to succeed him" ----------------------------------------------

HAKIMULLAH, BAITULLAH = "person:hakimullah-mehsud", "person:baitullah-mehsud"
SINWAR, HANIYEH = "person:yahya-sinwar", "person:ismail-haniyeh"
QASSEM, NASRALLAH, SAFIEDDINE = "person:naim-qassem", "person:hassan-nasrallah", "person:hashem-safieddine"
ZAWAHIRI, BINLADEN = "person:ayman-al-zawahiri", "person:osama-bin-laden"


@pytest.mark.parametrize("text, new, old", [
    ("Pakistani Taliban commanders have chosen Hakimullah Mehsud, a young and ruthless lieutenant of "
     "Baitullah Mehsud, to succeed him as their leader, a Taliban spokesman said on Saturday.",
     HAKIMULLAH, BAITULLAH),
    ("Hamas chose Yahya Sinwar, a close ally of Ismail Haniyeh, to succeed him as the group's political "
     "leader.", SINWAR, HANIYEH),
    ("Hezbollah named Naim Qassem, the deputy of Hassan Nasrallah, to succeed him as secretary-general.",
     QASSEM, NASRALLAH),
    ("Al-Qaeda chose Ayman al-Zawahiri, the longtime deputy of Osama bin Laden, to replace him.",
     ZAWAHIRI, BINLADEN),
])
def test_predecessor_named_by_of_in_the_appointees_apposition(shipped, text, new, old):
    assert (new, old) in _pairs(shipped, text, "SUCCESSOR_OF", "en")


def test_apposed_of_not_a_nomination(shipped):
    text = "Hezbollah has nominated Naim Qassem, the deputy of Hassan Nasrallah, to succeed him."
    assert (QASSEM, NASRALLAH) not in _pairs(shipped, text, "SUCCESSOR_OF", "en")


def test_apposed_of_not_past_the_one_killed(shipped):
    text = ("After Hassan Nasrallah was killed in September, Hezbollah chose Naim Qassem, a rival of "
            "Hashem Safieddine, to succeed him.")
    pairs = _pairs(shipped, text, "SUCCESSOR_OF", "en")
    assert (QASSEM, NASRALLAH) in pairs
    assert (QASSEM, SAFIEDDINE) not in pairs


# --- "قتلت غارة أميركية X ... في عملية أمر بها Y": the United States and Y -------------------------

US, ISRAEL = "country:united-states", "country:israel"
OBAMA, TRUMP, NETANYAHU = "person:barack-obama", "person:donald-trump", "person:benjamin-netanyahu"
SOLEIMANI, MUHANDIS, AROURI = "person:qasem-soleimani", "person:abu-mahdi-al-muhandis", "person:saleh-al-arouri"


@pytest.mark.parametrize("text, victims, side, orderer", [
    ("قتلت قوة أميركية خاصة أسامة بن لادن في أبوت آباد في عملية أمر بها الرئيس باراك أوباما.",
     (BINLADEN,), US, OBAMA),
    ("قتلت قوة خاصة أميركية أسامة بن لادن في عملية أمر بها الرئيس باراك أوباما.", (BINLADEN,), US, OBAMA),
    ("قتلت غارة أميركية قاسم سليماني قرب مطار بغداد بأمر من الرئيس دونالد ترامب.", (SOLEIMANI,), US, TRUMP),
    ("قتلت غارة إسرائيلية صالح العاروري في الضاحية الجنوبية في عملية أمر بها رئيس الوزراء بنيامين "
     "نتنياهو.", (AROURI,), ISRAEL, NETANYAHU),
    ("قتلت غارة أميركية قاسم سليماني وأبو مهدي المهندس قرب مطار بغداد في عملية أمر بها الرئيس دونالد "
     "ترامب.", (SOLEIMANI, MUHANDIS), US, TRUMP),
])
def test_subject_strike_country_kept_beside_the_orderer(shipped, text, victims, side, orderer):
    pairs = _pairs(shipped, text, "ASSASSINATED_BY", "ar")
    for v in victims:
        assert (v, side) in pairs
        assert (v, orderer) in pairs


def test_no_country_without_a_nationality(shipped):
    pairs = _pairs(shipped, "قتلت غارة قاسم سليماني قرب مطار بغداد في عملية أمر بها الرئيس دونالد ترامب.",
                   "ASSASSINATED_BY", "ar")
    assert (SOLEIMANI, US) not in pairs


def test_no_country_under_negation(shipped):
    pairs = _pairs(shipped, "لم تقتل غارة أميركية قاسم سليماني في عملية أمر بها الرئيس دونالد ترامب، "
                   "بحسب المصدر.", "ASSASSINATED_BY", "ar")
    assert (SOLEIMANI, US) not in pairs
