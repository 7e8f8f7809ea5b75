"""Session 67 (coref67): a side of a meeting named only in a sentence before.

- Descriptions, both languages: "the interim / acting / caretaker <title>" («الرئيس المؤقت»،
  «رئيس الدولة بالنيابة») is the one person the article told took that office in that capacity
  ("X was sworn in on Thursday as interim President", "X, who took over as caretaker prime
  minister", "Interim President X", «أدى X اليمين رئيساً مؤقتاً / رئيساً للدولة بالنيابة»،
  «الرئيس المؤقت X»), not the president named before with the same title word
  (``desc_acting_holder``, read in ``title_description._description_eid``).
- Delegation members, Arabic: a delegation named by its side in quotes, «وضم وفد «قسد» C»،
  'وضم وفد "حماس" C', is the delegation of the meeting told before (``meeting_delegation_owned_ar``,
  ``meeting_delegation_member_ar._past_quoted_side``): C met its head and whom he met.
- Descriptions, Arabic: a title subject before a place of the meeting, «استقبل الرئيس اليمني في
  مقر إقامته بجدة X»، «التقى رئيس الوزراء الجديد في قصر معاشيق بعدن X»: the place («في» and a
  place noun) is no qualifier of the title, X is the verb's object, not the holder of the title
  (``appositive_names.qualified_name_after_ar``, ``lexicon.AR_PLACE_NOUNS``).
- Descriptions, Arabic: a plain title after a replacement, «أدى X اليمين رئيساً لحكومة الإقليم
  خلفاً لـY ... استقبل رئيس الحكومة Z»، «انتخب X رئيساً للبرلمان خلفاً لـY ... رئيس البرلمان»: X, told
  to take that very title as a predicate (was: nobody, the replaced Y being unsure)
  (``coreference.resolve_description``, ``desc_acting_holder.took_title_ar``); not for another
  title («رئيس البرلمان» after «رئيساً لحكومة الإقليم») nor a deputy post («نائباً لرئيس الحكومة»).
"""

import pytest

from tests.extract_support import met_sorted as _met
from tests.extract_support import sorted_pair as _pair

ENNACEUR, ESSEBSI, CHAHED = "person:mohamed-ennaceur", "person:beji-caid-essebsi", "person:youssef-chahed"
BENSALAH, BOUTEFLIKA, BEDOUI = ("person:abdelkader-bensalah", "person:abdelaziz-bouteflika",
                                "person:noureddine-bedoui")
GAID_SALAH = "person:ahmed-gaid-salah"
MANSOUR, MORSI, ABZ = "person:adly-mansour", "person:mohamed-morsi", "person:abdullah-bin-zayed"
MIKATI, NASRALLAH = "person:najib-mikati", "person:hassan-nasrallah"
ABDI, SHAIBANI, ILHAM = "person:mazloum-abdi", "person:asaad-al-shaibani", "person:ilham-ahmed"
RASHAD, HAYYA, JABARIN = "person:hassan-rashad", "person:khalil-al-hayya", "person:zaher-jabarin"
FIDAN, AWADALLAH = "person:hakan-fidan", "person:nizar-awadallah"
HADI, MBN = "person:abdrabbuh-mansur-hadi", "person:mohammed-bin-nayef"
BIN_BREIK, AL_JABER = "person:salem-bin-breik", "person:mohammed-al-jaber"
SUDANI, ARAGHCHI = "person:mohammed-shia-al-sudani", "person:abbas-araghchi"
ABBAS, AOUN = "person:mahmoud-abbas", "person:joseph-aoun"
MASROUR, NECHIRVAN, TUELLER = ("person:masrour-barzani", "person:nechirvan-barzani",
                               "person:matthew-tueller")
MICHEL_AOUN, HOCHSTEIN = "person:michel-aoun", "person:amos-hochstein"
HALBOUSI, JABOURI, ABDUL_MAHDI = ("person:mohammed-al-halbousi", "person:salim-al-jabouri",
                                  "person:adil-abdul-mahdi")


# --- "the interim President": the one sworn in as such --------------------------------------

@pytest.mark.parametrize(("text", "host", "guest", "other"), [
    ("Speaker of the Assembly Mohamed Ennaceur was sworn in on Thursday as interim President of "
     "the Republic, hours after the death of President Beji Caid Essebsi. In the afternoon, the "
     "interim President received Head of Government Youssef Chahed at Carthage Palace.",
     ENNACEUR, CHAHED, ESSEBSI),
    ("Abdelkader Bensalah was sworn in on Tuesday as interim president, a week after the "
     "resignation of President Abdelaziz Bouteflika. On Wednesday the interim president received "
     "Prime Minister Noureddine Bedoui.", BENSALAH, BEDOUI, BOUTEFLIKA),
    ("Egypt's top judge Adly Mansour was sworn in as interim president on Thursday, a day after "
     "the army removed President Mohamed Morsi. On Saturday, the interim president met UAE "
     "Foreign Minister Abdullah bin Zayed.", MANSOUR, ABZ, MORSI),
    ("Najib Mikati, who took over as caretaker prime minister after President Michel Aoun "
     "accepted the cabinet's resignation, chaired the session. Later the caretaker prime "
     "minister met Hezbollah leader Hassan Nasrallah.", MIKATI, NASRALLAH, "person:michel-aoun"),
    ("Interim President Abdelkader Bensalah chaired a security meeting on Monday. President "
     "Abdelaziz Bouteflika had resigned last week. The interim president later received army "
     "chief Ahmed Gaid Salah.", BENSALAH, GAID_SALAH, BOUTEFLIKA),
])
def test_interim_title_is_the_one_sworn_in_en(shipped, text, host, guest, other):
    got = _met(shipped, text)
    assert _pair(host, guest) in got
    assert _pair(other, guest) not in got


@pytest.mark.parametrize(("text", "host", "guest", "other"), [
    ("أدى عبد القادر بن صالح اليمين رئيساً للدولة بالنيابة بعد استقالة الرئيس عبد العزيز "
     "بوتفليقة. واستقبل رئيس الدولة بالنيابة الوزير الأول نور الدين بدوي.", BENSALAH, BEDOUI,
     BOUTEFLIKA),
    ("وكان عبد القادر بن صالح، الذي أدى اليمين رئيساً للدولة بالنيابة، قد تولى مهامه بعد "
     "استقالة الرئيس عبد العزيز بوتفليقة. واستقبل رئيس الدولة بالنيابة الوزير الأول نور الدين "
     "بدوي.", BENSALAH, BEDOUI, BOUTEFLIKA),
    ("أدى المستشار عدلي منصور اليمين الدستورية رئيساً مؤقتاً للبلاد، بعد يوم من عزل الرئيس محمد "
     "مرسي. واستقبل الرئيس المؤقت وزير الخارجية الإماراتي الشيخ عبد الله بن زايد.", MANSOUR, ABZ,
     MORSI),
    ("ترأس الرئيس المؤقت عبد القادر بن صالح اجتماعاً أمنياً. وكان الرئيس عبد العزيز بوتفليقة قد "
     "استقال الأسبوع الماضي. واستقبل الرئيس المؤقت رئيس الأركان أحمد قايد صالح.", BENSALAH,
     GAID_SALAH, BOUTEFLIKA),
])
def test_interim_title_is_the_one_sworn_in_ar(shipped, text, host, guest, other):
    got = _met(shipped, text, "ar")
    assert _pair(host, guest) in got
    assert _pair(other, guest) not in got


@pytest.mark.parametrize(("text", "lang"), [
    ("Abdelkader Bensalah was sworn in on Tuesday as interim president after the resignation of "
     "President Abdelaziz Bouteflika. The interim president did not meet Prime Minister "
     "Noureddine Bedoui, his office said.", "en"),
    ("Abdelkader Bensalah was sworn in on Tuesday as interim president after the resignation of "
     "President Abdelaziz Bouteflika. The interim president is expected to meet Prime Minister "
     "Noureddine Bedoui next week.", "en"),
    ("أدى عبد القادر بن صالح اليمين رئيساً للدولة بالنيابة بعد استقالة الرئيس عبد العزيز بوتفليقة. "
     "ولم يستقبل رئيس الدولة بالنيابة الوزير الأول نور الدين بدوي.", "ar"),
])
def test_interim_title_negated_or_planned_meets_nobody(shipped, text, lang):
    got = _met(shipped, text, lang)
    assert _pair(BENSALAH, BEDOUI) not in got
    assert _pair(BOUTEFLIKA, BEDOUI) not in got


def test_plain_title_is_not_the_interim_holder(rules_only):
    # "the president" with no acting word: not the one sworn in as interim president
    got = _met(rules_only, "Abdelkader Bensalah was sworn in on Tuesday as interim president after "
               "the resignation of President Abdelaziz Bouteflika. The president had met Prime "
               "Minister Noureddine Bedoui in 2018.")
    assert _pair(BENSALAH, BEDOUI) not in got


# --- «وضم وفد «قسد» C»: the side in quotes ----------------------------------------------------

@pytest.mark.parametrize(("text", "member", "met"), [
    ("عقد وفد من قوات سوريا الديمقراطية برئاسة مظلوم عبدي اجتماعاً في دمشق مع وفد من الحكومة "
     "السورية ترأسه وزير الخارجية أسعد الشيباني. وضم وفد «قسد» إلهام أحمد.", ILHAM, SHAIBANI),
    ("استقبل رئيس المخابرات المصرية حسن رشاد وفد حماس برئاسة خليل الحية. وضم وفد «حماس» زاهر جبارين.",
     JABARIN, RASHAD),
    ('والتقى وزير الخارجية التركي هاكان فيدان وفداً من حماس برئاسة خليل الحية في أنقرة. وضم وفد '
     '"حماس" نزار عوض الله.', AWADALLAH, FIDAN),
])
def test_quoted_side_delegation_member_met_the_host_ar(shipped, text, member, met):
    assert _pair(member, met) in _met(shipped, text, "ar")


@pytest.mark.parametrize("text", [
    # a delegation to come: "يضم" is no cue
    "استقبل رئيس المخابرات المصرية حسن رشاد وفد حماس برئاسة خليل الحية. ويضم وفد «حماس» في الجولة "
    "المقبلة زاهر جبارين.",
    # an arrival, nobody met
    "وصل وفد حماس برئاسة خليل الحية إلى القاهرة. وضم وفد «حماس» زاهر جبارين.",
])
def test_quoted_side_delegation_without_a_meeting_ar(shipped, text):
    got = _met(shipped, text, "ar")
    assert _pair(JABARIN, RASHAD) not in got
    assert not any(JABARIN in p for p in got)


# --- «استقبل الرئيس اليمني في مقر إقامته بجدة X»: a place, X the object ---------------------------

@pytest.mark.parametrize(("text", "host", "guest"), [
    ("استقبل الملك عبدالله بن عبدالعزيز في قصره بجدة اليوم الرئيس اليمني عبدربه منصور هادي. وفي وقت "
     "لاحق، استقبل فخامة الرئيس اليمني في مقر إقامته بجدة صاحب السمو الملكي الأمير محمد بن نايف "
     "وزير الداخلية.", HADI, MBN),
    ("عيّن الرئيس رشاد العليمي سالم بن بريك رئيساً للوزراء. وفي أول نشاط له، التقى رئيس الوزراء "
     "الجديد في قصر معاشيق بعدن السفير السعودي محمد آل جابر.", BIN_BREIK, AL_JABER),
    ("وصل رئيس الوزراء العراقي محمد شياع السوداني إلى طهران. واستقبل رئيس الوزراء العراقي في مقر "
     "إقامته بطهران وزير الخارجية الإيراني عباس عراقجي.", SUDANI, ARAGHCHI),
    ("وصل الرئيس الفلسطيني محمود عباس إلى القاهرة مساء الأحد. واستقبل الرئيس الفلسطيني في قصر "
     "الضيافة بالقاهرة رئيس المخابرات المصرية حسن رشاد.", ABBAS, RASHAD),
])
def test_title_subject_before_a_place_ar(shipped, text, host, guest):
    assert _pair(host, guest) in _met(shipped, text, "ar")


def test_title_subject_before_a_place_negated_ar(shipped):
    got = _met(shipped, "وصل الرئيس الفلسطيني محمود عباس إلى القاهرة مساء الأحد. ولم يستقبل الرئيس "
               "الفلسطيني في قصر الضيافة بالقاهرة رئيس المخابرات المصرية حسن رشاد.", "ar")
    assert _pair(ABBAS, RASHAD) not in got


def test_title_in_a_body_still_holds_the_name_ar(shipped):
    # «رئيس الحركة في غزة X»: «في» and a body's place, X's own title (no place noun)
    got = _met(shipped, "استقبل الرئيس اللبناني جوزاف عون في قصر بعبدا رئيس الحركة في غزة خليل "
               "الحية.", "ar")
    assert got == {_pair(AOUN, HAYYA)}


# --- «أدى X اليمين رئيساً لحكومة الإقليم خلفاً لـY ... استقبل رئيس الحكومة Z»: X ---------------------

@pytest.mark.parametrize(("text", "host", "guest", "old"), [
    ("أدى مسرور بارزاني اليمين الدستورية رئيساً لحكومة الإقليم خلفاً لنيجيرفان بارزاني. وبعد الجلسة، "
     "استقبل رئيس الحكومة في مكتبه السفير ماثيو تولر.", MASROUR, TUELLER, NECHIRVAN),
    ("منح البرلمان الثقة للحكومة الجديدة برئاسة مسرور بارزاني، الذي أدى اليمين الدستورية رئيساً "
     "لحكومة الإقليم خلفاً لنيجيرفان بارزاني. والتقى رئيس الحكومة في مكتبه السفير ماثيو تولر.",
     MASROUR, TUELLER, NECHIRVAN),
    ("أدى جوزاف عون اليمين الدستورية رئيساً للجمهورية خلفاً لميشال عون. واستقبل الرئيس في قصر بعبدا "
     "المبعوث الأميركي آموس هوكستين.", AOUN, HOCHSTEIN, MICHEL_AOUN),
    ("تسلم محمد الحلبوسي مهامه رئيساً للبرلمان خلفاً لسليم الجبوري. والتقى رئيس البرلمان في مكتبه "
     "رئيس الوزراء عادل عبد المهدي.", HALBOUSI, ABDUL_MAHDI, JABOURI),
])
def test_plain_title_after_replacement_is_the_incoming_ar(shipped, text, host, guest, old):
    got = _met(shipped, text, "ar")
    assert _pair(host, guest) in got
    assert _pair(old, guest) not in got


@pytest.mark.parametrize("text", [
    # another title: the speaker of parliament is not the new head of government
    "أدى مسرور بارزاني اليمين الدستورية رئيساً لحكومة الإقليم خلفاً لنيجيرفان بارزاني. وبعد الجلسة، "
    "استقبل رئيس البرلمان في مكتبه السفير ماثيو تولر.",
    # a deputy post taken: «رئيس الحكومة» is not him
    "عُيّن مسرور بارزاني نائباً لرئيس الحكومة خلفاً لنيجيرفان بارزاني. وبعد الجلسة، استقبل رئيس "
    "الحكومة في مكتبه السفير ماثيو تولر.",
])
def test_plain_title_after_replacement_other_office_ar(shipped, text):
    got = _met(shipped, text, "ar")
    assert _pair(MASROUR, TUELLER) not in got
    assert _pair(NECHIRVAN, TUELLER) not in got
