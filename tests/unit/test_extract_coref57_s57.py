"""Session 57 (coref57): light coreference in both languages -- titles and descriptions used in
place of a name in the second or third sentence of a short piece ("the general", "the premier",
"the envoy", "the visiting official", "the cleric", "the Hezbollah chief", "his host", "the
former president", "the king"; «الضيف الإيراني»، «المسؤولة الأممية»، «رئيس الحكومة المكلف»،
«الأخير»، «الجنرال الإيراني»، «زعيم التيار»، «المبعوث الأمريكي»، «خليفة سليماني») and pronouns
(he / his / her, -ه / -ها) as subject or object of meetings, killings and successions, with the
false pairs a wrong antecedent would make.

- "the general" after "CENTCOM chief General X": a rank after an office is the title the
  description repeats, so the article's subject is found, not the general named last
  (``coreference._resolve_description``).
- "His successor, Y," opening a sentence after "X was killed in a strike ordered by Z": X, the
  one who died, not Z; "Her successor, Y," names no predecessor who is not shown to be a woman
  (``succession_poss_ante_en``, ``pronoun_gender_en.gender_marks_of``).
- "The king also met Y" after "Jordan's King Abdullah II": the king, not the host named first
  (``meetings_en._titled``: a title the name holds).
- «وتولى خليفة سليماني إسماعيل قاآني القيادة. والتقى ...»: the dropped subject is Qaani, never
  the owner of «خليفة» (``successor_owner.owner_ar`` in ``subjects._prev_subject``).
- «والتقى الجنرال الإيراني Y» after Soleimani's killing: not the dead man, the living Iranian
  general (``desc_alive.living_candidates``).
- «التقى خليفة سليماني، إسماعيل قاآني، Y»: the successor named met Y
  (``successor_owner.named_successor`` in ``SentenceBase.add``).
- «واغتالت إسرائيل الأخير»: the last person named before, not the agent, is the victim
  (``kill_latter_ar.latter_object_ar`` in ``killing_rules``), and «وقُتل الأخير في غارة
  نفذتها إسرائيل» (``latter_passive_ar``); not negated, threatened or by accident.
- «والتقى نظيره الإيراني X» opening a sentence: the previous sentence's visitor or guest met X
  (``meeting_counterpart_ar``); not negated, planned or by phone.
- «وبحث X مع المبعوث الأمريكي رفع العقوبات»: a topic, no person "Rafa al-Aqubat"
  (``lexicon.AR_COMMON_NOUNS``).
- Guards that already read right: «الضيف الإيراني»، «المسؤولة الأممية»، «رئيس الحكومة
  المكلف»، «المبعوث الأمريكي»، «الأخير»، «زعيم التيار»، "the envoy", "the premier", "the
  visiting official", "the former president", "his guest", «التقى H بـG. ثم التقاه Z» (H),
  «ثم استقبله Z» after a visit, «فاستقبلها» of a thing, negated and planned meetings.
"""

import pytest

from tests.extract_support import entity_ids as _ids
from tests.extract_support import met_sorted as _met
from tests.extract_support import relation_pairs as _rels
from tests.extract_support import sorted_pair as _pair

P = "person:"
QAANI, SOLEIMANI, AMIRI = P + "esmail-qaani", P + "qasem-soleimani", P + "hadi-al-amiri"
SUDANI, KADHIMI, SADR = P + "mohammed-shia-al-sudani", P + "mustafa-al-kadhimi", P + "muqtada-al-sadr"
KURILLA, HALEVI, HERZOG = P + "michael-kurilla", P + "herzi-halevi", P + "isaac-herzog"
TRUMP, HANIYEH, SINWAR = P + "donald-trump", P + "ismail-haniyeh", P + "yahya-sinwar"
SISI, ABDULLAH, MADBOULY = P + "abdel-fattah-el-sisi", P + "abdullah-ii", P + "mostafa-madbouly"
PLASSCHAERT, SISTANI = P + "jeanine-hennis-plasschaert", P + "ali-al-sistani"
MIKATI, BERRI, AOUN_M = P + "najib-mikati", P + "nabih-berri", P + "michel-aoun"
HOCHSTEIN, BARRACK, SHARAA = P + "amos-hochstein", P + "tom-barrack", P + "ahmed-al-sharaa"
NASRALLAH, QASSEM, RAISI = P + "hassan-nasrallah", P + "naim-qassem", P + "ebrahim-raisi"
AHMADINEJAD, SULEIMAN = P + "mahmoud-ahmadinejad", P + "michel-suleiman"
KHAMENEI, PEZESHKIAN = P + "ali-khamenei", P + "masoud-pezeshkian"
RASHID, HALBOUSI, MALIKI = P + "abdul-latif-rashid", P + "mohammed-al-halbousi", P + "nouri-al-maliki"
JOSEPH_AOUN, SALAM = P + "joseph-aoun", P + "nawaf-salam"
TALABANI, MASUM = P + "jalal-talabani", P + "fuad-masum"
ABDUL_MAHDI = P + "adil-abdul-mahdi"
ARAGHCHI, ASSAD = P + "abbas-araghchi", P + "bashar-al-assad"
ERDOGAN, GALLANT = P + "recep-tayyip-erdogan", P + "yoav-gallant"


# --- "the general": the article's subject, a rank after an office --------------------------

def test_the_general_is_the_articles_general_not_the_last_one(shipped):
    text = ("U.S. Central Command chief General Michael Kurilla visited Israel on Thursday. He "
            "met Defense Minister Yoav Gallant in Tel Aviv. Israeli chief of staff General Herzi "
            "Halevi joined them later. The general also held talks with President Isaac Herzog.")
    met = _met(shipped, text)
    assert _pair(KURILLA, HERZOG) in met
    assert _pair(HALEVI, HERZOG) not in met


def test_two_generals_in_one_sentence_the_general_stays_unread(rules_only):
    text = ("CENTCOM commander General Erik Kurilla arrived in Baghdad on Sunday and met Iraqi "
            "army chief of staff General Abdul Amir Yarallah. The general later held talks with "
            "Prime Minister Mohammed Shia al-Sudani.")
    met = _met(rules_only, text)
    assert _pair(KURILLA, SUDANI) not in met
    assert _pair(P + "abdul-amir-yarallah", SUDANI) not in met


# --- "His / Her successor, Y," opening a sentence ---------------------------------------------

@pytest.mark.parametrize("text, pair", [
    ("Iranian Revolutionary Guards commander Qassem Soleimani was killed in a U.S. drone strike "
     "ordered by President Donald Trump in January 2020. His successor, Esmail Qaani, vowed "
     "revenge.", (QAANI, SOLEIMANI)),
    ("President Donald Trump ordered the strike that killed Qassem Soleimani. His successor, "
     "Esmail Qaani, vowed revenge.", (QAANI, SOLEIMANI)),
    ("Hamas political chief Ismail Haniyeh was killed in Tehran on July 31. His successor, Yahya "
     "Sinwar, was named a week later.", (SINWAR, HANIYEH)),
    ("Former Iraqi President Jalal Talabani died in Berlin in 2017. His successor, Fuad Masum, "
     "led the mourning.", (MASUM, TALABANI)),
    ("Prime Minister Adel Abdul Mahdi resigned in 2019 after months of protests. His successor, "
     "Mustafa al-Kadhimi, took office in May 2020.", (KADHIMI, ABDUL_MAHDI)),
    ("UN envoy Jeanine Hennis-Plasschaert left Baghdad in May. She had served for six years. "
     "Her successor, Mohammed al-Hassan, arrived in September.",
     (P + "mohamed-al-hassan", PLASSCHAERT)),
])
def test_his_successor_after_a_death(shipped, text, pair):
    assert pair in _rels(shipped, text, "SUCCESSOR_OF", "en")


def test_his_successor_is_not_the_one_who_ordered_the_strike(shipped):
    text = ("Iranian Revolutionary Guards commander Qassem Soleimani was killed in a U.S. drone "
            "strike ordered by President Donald Trump in January 2020. His successor, Esmail "
            "Qaani, vowed revenge.")
    assert (QAANI, TRUMP) not in _rels(shipped, text, "SUCCESSOR_OF", "en")


def test_her_successor_after_a_mans_killing_names_no_predecessor(shipped):
    text = ("Hamas political chief Ismail Haniyeh was assassinated in Tehran on July 31. Israel "
            "later acknowledged it killed him. Her successor, Yahya Sinwar, was named a week "
            "later.")
    assert (SINWAR, HANIYEH) not in _rels(shipped, text, "SUCCESSOR_OF", "en")
    assert (HANIYEH, "country:israel") in _rels(shipped, text, "ASSASSINATED_BY", "en")


# --- English descriptions as meeting subjects -------------------------------------------------

def test_the_king_is_the_king_not_his_host(shipped):
    text = ("Egyptian President Abdel Fattah al-Sisi welcomed Jordan's King Abdullah II in Cairo "
            "on Tuesday. The king also met Prime Minister Mostafa Madbouly.")
    met = _met(shipped, text)
    assert _pair(ABDULLAH, MADBOULY) in met
    assert _pair(SISI, MADBOULY) not in met


@pytest.mark.parametrize("text, pair, wrong", [
    ("Former Iranian president Mahmoud Ahmadinejad visited Beirut in 2010. Lebanese President "
     "Michel Suleiman hosted him at Baabda. The former president also met Hezbollah chief "
     "Hassan Nasrallah.", (AHMADINEJAD, NASRALLAH), (SULEIMAN, NASRALLAH)),
    ("UN special coordinator Jeanine Hennis-Plasschaert arrived in Najaf on Sunday. The envoy "
     "met Grand Ayatollah Ali al-Sistani. The cleric told her that the elections must be fair.",
     (PLASSCHAERT, SISTANI), None),
    ("U.S. envoy Amos Hochstein landed in Beirut on Tuesday. Speaker Nabih Berri received the "
     "envoy at Ain al-Tineh.", (HOCHSTEIN, BERRI), None),
    ("Turkish Foreign Minister Hakan Fidan arrived in Damascus on Wednesday. The visiting "
     "official met Syrian leader Ahmed al-Sharaa.", (P + "hakan-fidan", SHARAA), None),
    ("Iranian Supreme Leader Ali Khamenei received Iraqi Prime Minister Mohammed Shia al-Sudani "
     "in Tehran. His guest also met President Masoud Pezeshkian.", (SUDANI, PEZESHKIAN),
     (KHAMENEI, PEZESHKIAN)),
    ("Iraqi Prime Minister Mustafa al-Kadhimi travelled to Tehran on Sunday. The premier met "
     "President Hassan Rouhani and Supreme Leader Ali Khamenei.", (KADHIMI, KHAMENEI), None),
    ("Lebanese Prime Minister-designate Nawaf Salam met President Joseph Aoun at Baabda Palace "
     "on Monday. The premier-designate later visited Speaker Nabih Berri.", (SALAM, BERRI),
     (JOSEPH_AOUN, BERRI)),
    ("Iranian Foreign Minister Abbas Araghchi flew to Muscat on Saturday. Omani Foreign Minister "
     "Badr Albusaidi received his Iranian counterpart at the airport. The Iranian minister then "
     "met Sultan Haitham bin Tariq.", (ARAGHCHI, P + "haitham-bin-tariq"),
     (P + "badr-albusaidi", P + "haitham-bin-tariq")),
])
def test_english_description_carries_the_meeting(shipped, text, pair, wrong):
    met = _met(shipped, text)
    assert _pair(*pair) in met
    if wrong:
        assert _pair(*wrong) not in met


@pytest.mark.parametrize("text, absent", [
    ("Hezbollah leader Naim Qassem did not meet Iranian official Ali Larijani during his visit "
     "to Beirut. The Iranian official met Speaker Nabih Berri instead.",
     (QASSEM, P + "ali-larijani")),
    ("The U.S. envoy Amos Hochstein will meet Speaker Nabih Berri next week, officials said. "
     "The envoy met President Joseph Aoun on Friday.", (HOCHSTEIN, BERRI)),
])
def test_no_meeting_through_a_description_of_an_unreal_one(shipped, text, absent):
    assert _pair(*absent) not in _met(shipped, text)


# --- Arabic: the dropped subject after «خليفة X Y» and a dead man's description --------------

def test_dropped_subject_after_khalifa_is_the_successor(shipped):
    text = ("قُتل قائد فيلق القدس قاسم سليماني بغارة أمريكية في بغداد. وتولى خليفة سليماني "
            "إسماعيل قاآني قيادة الفيلق. والتقى الجنرال الإيراني هادي العامري في بغداد.")
    met = _met(shipped, text, "ar")
    assert _pair(QAANI, AMIRI) in met
    assert _pair(SOLEIMANI, AMIRI) not in met
    assert (QAANI, SOLEIMANI) in _rels(shipped, text, "SUCCESSOR_OF", "ar")


def test_the_iranian_general_is_not_the_dead_general(shipped):
    text = ("قُتل قائد فيلق القدس قاسم سليماني بغارة أمريكية في بغداد. وتولى خليفة سليماني "
            "إسماعيل قاآني قيادة الفيلق. والتقى الجنرال الإيراني زعيم منظمة بدر هادي العامري في "
            "بغداد.")
    met = _met(shipped, text, "ar")
    assert _pair(QAANI, AMIRI) in met
    assert _pair(SOLEIMANI, AMIRI) not in met


def test_the_general_after_a_killing_in_english(shipped):
    text = ("Quds Force commander General Qassem Soleimani was killed in a U.S. strike in "
            "Baghdad. General Esmail Qaani took over the force. The general met Hadi al-Amiri in "
            "Baghdad in March.")
    met = _met(shipped, text)
    assert _pair(QAANI, AMIRI) in met
    assert _pair(SOLEIMANI, AMIRI) not in met


def test_khalifa_apposed_successor_met(shipped):
    text = "التقى خليفة سليماني، إسماعيل قاآني، رئيس الوزراء العراقي مصطفى الكاظمي في بغداد."
    met = _met(shipped, text, "ar")
    assert _pair(QAANI, KADHIMI) in met
    assert _pair(SOLEIMANI, KADHIMI) not in met


def test_a_topic_after_a_description_is_no_person(shipped):
    text = ("استقبل الرئيس السوري أحمد الشرع المبعوث الأمريكي توم باراك في دمشق. وبحث الشرع مع "
            "المبعوث الأمريكي رفع العقوبات.")
    assert P + "rafa-al-aqubat" not in _ids(shipped, text, "ar")
    assert _met(shipped, text, "ar") == {_pair(SHARAA, BARRACK)}


# --- Arabic descriptions and pronouns that already read right (guards) -----------------------

@pytest.mark.parametrize("text, pair, wrong", [
    ("وصل قائد فيلق القدس إسماعيل قاآني إلى بغداد الاثنين. واستقبل رئيس الوزراء محمد شياع "
     "السوداني الضيف الإيراني في مكتبه.", (QAANI, SUDANI), None),
    ("وصلت المنسقة الخاصة للأمم المتحدة جينين هينيس بلاسخارت إلى النجف. والتقت المسؤولة "
     "الأممية المرجع الديني علي السيستاني.", (PLASSCHAERT, SISTANI), None),
    ("استقبل رئيس الجمهورية ميشال عون رئيس الحكومة المكلف نجيب ميقاتي في قصر بعبدا. وكان "
     "رئيس الحكومة المكلف قد التقى رئيس مجلس النواب نبيه بري.", (MIKATI, BERRI), (AOUN_M, BERRI)),
    ("كلف الرئيس العراقي برهم صالح مصطفى الكاظمي بتشكيل الحكومة. والتقى رئيس الحكومة المكلف "
     "زعيم التيار الصدري مقتدى الصدر.", (KADHIMI, SADR), (P + "barham-salih", SADR)),
    ("التقى رئيس الوزراء محمد شياع السوداني بزعيم تحالف الفتح هادي العامري في بغداد. ثم التقاه "
     "نوري المالكي.", (SUDANI, MALIKI), (AMIRI, MALIKI)),
    ("التقى الرئيس اللبناني جوزاف عون بالمبعوث الأمريكي توم باراك في بعبدا. ثم التقاه رئيس "
     "مجلس النواب نبيه بري.", (JOSEPH_AOUN, BERRI), (BARRACK, BERRI)),
    ("وصل المبعوث الأمريكي آموس هوكشتاين إلى بيروت. واستقبل رئيس مجلس النواب نبيه بري المبعوث "
     "الأمريكي في عين التينة.", (HOCHSTEIN, BERRI), None),
    ("زار رئيس الوزراء العراقي مصطفى الكاظمي الرياض، والتقى ولي العهد السعودي الأمير محمد بن "
     "سلمان. ثم استقبله الملك سلمان بن عبد العزيز.", (KADHIMI, P + "salman-bin-abdulaziz"),
     (P + "mohammed-bin-salman", P + "salman-bin-abdulaziz")),
    ("اغتالت إسرائيل نائب رئيس المكتب السياسي لحماس صالح العاروري في بيروت. وكان الأخير قد "
     "التقى الأمين العام لحزب الله حسن نصر الله.", (P + "saleh-al-arouri", NASRALLAH), None),
    ("وصل وزير الخارجية الإيراني عباس عراقجي إلى بيروت الجمعة. واستقبل رئيس الجمهورية جوزاف "
     "عون الضيف الإيراني في قصر بعبدا. ثم التقى الوزير الإيراني رئيس مجلس النواب نبيه بري.",
     (ARAGHCHI, BERRI), (JOSEPH_AOUN, BERRI)),
    ("زار الرئيس الإيراني السابق محمود أحمدي نجاد بيروت عام 2010. واستقبله الرئيس اللبناني "
     "ميشال سليمان. والتقى الرئيس السابق الأمين العام لحزب الله حسن نصر الله.",
     (AHMADINEJAD, NASRALLAH), (SULEIMAN, NASRALLAH)),
    ("استقبل رئيس الجمهورية عبد اللطيف رشيد المسؤولة الأممية جينين هينيس بلاسخارت. وبحثت "
     "المسؤولة الأممية مع رئيس الجمهورية الانتخابات، ثم التقت رئيس البرلمان محمد الحلبوسي.",
     (PLASSCHAERT, HALBOUSI), (RASHID, HALBOUSI)),
    ("استقبل المرشد الإيراني علي خامنئي رئيس الوزراء العراقي محمد شياع السوداني في طهران. "
     "والتقى الضيف العراقي الرئيس مسعود بزشكيان.", (SUDANI, PEZESHKIAN), (KHAMENEI, PEZESHKIAN)),
    ("استقبل الرئيس التركي رجب طيب أردوغان الرئيس السوري أحمد الشرع في أنقرة. واصطحب المضيف "
     "ضيفه إلى مأدبة عشاء.", (ERDOGAN, SHARAA), None),
])
def test_arabic_description_or_pronoun_carries_the_meeting(shipped, text, pair, wrong):
    met = _met(shipped, text, "ar")
    assert _pair(*pair) in met
    if wrong:
        assert _pair(*wrong) not in met


@pytest.mark.parametrize("text, pair", [
    ("اغتالت إسرائيل رئيس المكتب السياسي لحماس إسماعيل هنية في طهران. وخلفه يحيى السنوار.",
     (SINWAR, HANIYEH)),
    ("قتلت إسرائيل الأمين العام لحزب الله حسن نصر الله في غارة على الضاحية. وخلفه نائبه نعيم "
     "قاسم.", (QASSEM, NASRALLAH)),
    ("قُتل قائد فيلق القدس قاسم سليماني بغارة أمريكية أمر بها الرئيس دونالد ترامب. وخلفه نائبه "
     "إسماعيل قاآني.", (QAANI, SOLEIMANI)),
])
def test_arabic_pronoun_successor(shipped, text, pair):
    rels = _rels(shipped, text, "SUCCESSOR_OF", "ar")
    assert pair in rels
    assert not any(new == pair[0] and old == TRUMP for new, old in rels)


@pytest.mark.parametrize("text, absent", [
    ("استقبل زعيم التيار الصدري مقتدى الصدر رئيس الوزراء المكلف محمد شياع السوداني. ولم يلتق "
     "زعيم التيار برئيس تحالف الفتح هادي العامري.", (SADR, AMIRI)),
    ("أعلن رئيس الوزراء العراقي محمد شياع السوداني أنه سيلتقي المبعوث الأمريكي توم باراك "
     "الأسبوع المقبل. وكان المبعوث الأمريكي قد التقى رئيس الجمهورية عبد اللطيف رشيد.",
     (SUDANI, BARRACK)),
    ("وصل المبعوث الأمريكي توم باراك إلى بيروت. وكانت الشحنة قد وصلت أمس، فاستقبلها وزير "
     "الاقتصاد.", None),
])
def test_arabic_no_meeting_through_a_description(shipped, text, absent):
    met = _met(shipped, text, "ar")
    if absent:
        assert _pair(*absent) not in met
    else:
        assert not met


def test_the_latter_after_a_meeting_adds_no_pair(shipped):
    text = ("التقى الرئيس الإيراني إبراهيم رئيسي الأمين العام لحزب الله حسن نصر الله. وأشاد "
            "الأخير بدعم طهران.")
    assert _met(shipped, text, "ar") == {_pair(RAISI, NASRALLAH)}


# --- «الأخير» as the object of an active killing verb ----------------------------------------

@pytest.mark.parametrize("text, victim", [
    ("التقى الرئيس الإيراني إبراهيم رئيسي رئيس المكتب السياسي لحماس إسماعيل هنية في طهران. "
     "واغتالت إسرائيل الأخير في تموز.", HANIYEH),
    ("استقبل الأمين العام لحزب الله حسن نصر الله القيادي في حماس صالح العاروري. واغتالت "
     "إسرائيل الأخير في بيروت.", P + "saleh-al-arouri"),
])
def test_the_latter_killed_by_a_named_agent(shipped, text, victim):
    kills = _rels(shipped, text, "ASSASSINATED_BY", "ar")
    assert (victim, "country:israel") in kills
    assert all(v == victim for v, _a in kills)


@pytest.mark.parametrize("text", [
    "التقى الرئيس الإيراني إبراهيم رئيسي رئيس المكتب السياسي لحماس إسماعيل هنية. ولم تغتل "
    "إسرائيل الأخير في طهران.",
    "التقى الرئيس الإيراني إبراهيم رئيسي رئيس المكتب السياسي لحماس إسماعيل هنية. وهددت إسرائيل "
    "بأن تغتال الأخير.",
])
def test_no_killing_of_the_latter_when_negated_or_threatened(shipped, text):
    assert not _rels(shipped, text, "ASSASSINATED_BY", "ar")


# --- «والتقى نظيره X» opening a sentence: the previous visitor or guest met X ----------------

FUAD_HUSSEIN, ARAJI, AHMADIAN = P + "fuad-hussein", P + "qassim-al-araji", P + "ali-akbar-ahmadian"


@pytest.mark.parametrize("text, pair, wrong", [
    ("وصل مستشار الأمن القومي العراقي قاسم الأعرجي إلى طهران. والتقى نظيره الإيراني علي أكبر "
     "أحمديان.", (ARAJI, AHMADIAN), None),
    ("وصل وزير الخارجية العراقي فؤاد حسين إلى طهران. والتقى نظيره الإيراني عباس عراقجي.",
     (FUAD_HUSSEIN, ARAGHCHI), None),
    ("وصل وزير الخارجية العراقي فؤاد حسين إلى طهران. ثم اجتمع بنظيره الإيراني عباس عراقجي.",
     (FUAD_HUSSEIN, ARAGHCHI), None),
    ("استقبل الرئيس اللبناني جوزاف عون وزير الخارجية الإيراني عباس عراقجي. والتقى نظيره "
     "اللبناني يوسف رجي.", (ARAGHCHI, P + "youssef-rajji"), (JOSEPH_AOUN, P + "youssef-rajji")),
])
def test_counterpart_opening_a_sentence(shipped, text, pair, wrong):
    met = _met(shipped, text, "ar")
    assert _pair(*pair) in met
    if wrong:
        assert _pair(*wrong) not in met


@pytest.mark.parametrize("text", [
    "وصل وزير الخارجية العراقي فؤاد حسين إلى طهران. ولم يلتق نظيره الإيراني عباس عراقجي.",
    "وصل وزير الخارجية العراقي فؤاد حسين إلى طهران. وسيلتقي نظيره الإيراني عباس عراقجي غداً.",
    "وصل وزير الخارجية العراقي فؤاد حسين إلى طهران. وأجرى اتصالاً هاتفياً مع نظيره الإيراني عباس "
    "عراقجي.",
])
def test_no_counterpart_meeting_when_negated_planned_or_called(shipped, text):
    assert _pair(FUAD_HUSSEIN, ARAGHCHI) not in _met(shipped, text, "ar")


# --- «وقُتل الأخير» after a passive killing verb, its agent named -------------------------

@pytest.mark.parametrize("text, victim", [
    ("استقبل المرشد الإيراني علي خامنئي رئيس المكتب السياسي لحماس إسماعيل هنية. وقُتل الأخير "
     "بعد ساعات في غارة نفذتها إسرائيل.", HANIYEH),
    ("التقى الأمين العام لحزب الله حسن نصر الله القيادي في حماس صالح العاروري. واغتيل الأخير "
     "بغارة شنتها إسرائيل في الضاحية.", P + "saleh-al-arouri"),
])
def test_the_latter_killed_in_the_passive(shipped, text, victim):
    kills = _rels(shipped, text, "ASSASSINATED_BY", "ar")
    assert (victim, "country:israel") in kills
    assert all(v == victim for v, _a in kills)


@pytest.mark.parametrize("text", [
    "التقى الأمين العام لحزب الله حسن نصر الله القيادي في حماس صالح العاروري. ولم يُقتل الأخير "
    "في الغارة التي نفذتها إسرائيل.",
    "التقى الأمين العام لحزب الله حسن نصر الله القيادي في حماس صالح العاروري. وقُتل الأخير في "
    "حادث سير في لبنان.",
])
def test_no_killing_of_the_latter_negated_or_by_accident(shipped, text):
    assert not _rels(shipped, text, "ASSASSINATED_BY", "ar")
