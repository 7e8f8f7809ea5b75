"""Session 67 (blind67i): fixes after the first contact of blind set PY-PZ (Qasem Soleimani's
killing and its aftermath, 2020-2021), each read in several paraphrases of other victims,
outlets and word orders.

- ASSASSINATED_BY, English: the companion's apposition may hold a bracketed acronym, "X was
  killed along with Y, the deputy head of Iraq's Popular Mobilization Units (PMU), in a US drone
  strike": the agent is still read past ", <description> (ACRONYM),"
  (``kill_beside_en.past_apposition`` with ``_acronym_end``).
- ASSASSINATED_BY, Arabic: a companion named with مع after a bare time phrase, «قُتل X مساء
  الثلاثاء مع <long title> Y في غارة إسرائيلية»: Y shares the killing and the means is looked
  for after him (``kill_with_after_time_ar.with_past_time_ar`` in
  ``killing_nominal._with_victims``); and «وكان X قد استشهد فجر الجمعة مع ... Y وعدد من رفاقهما،
  في غارة نفذتها طائرات أميركية»: the means after the companion when none is found within
  reach of the verb (``killing_rules``, rule "killed_rel_passive_ar").
"""

import pytest

from tests.extract_support import relation_pairs

AB = "ASSASSINATED_BY"
SOLEIMANI, MUHANDIS, TRUMP = "person:qasem-soleimani", "person:abu-mahdi-al-muhandis", "person:donald-trump"
SHUKR, BIDI, AROURI, FANDI = "person:fuad-shukr", "person:milad-bidi", "person:saleh-al-arouri", "person:samir-fandi"
US, ISRAEL = "country:united-states", "country:israel"


@pytest.mark.parametrize("text, expected", [
    ("Qasem Soleimani was killed along with Abu Mahdi al-Muhandis, the deputy head of the Popular "
     "Mobilization Forces (PMF), in a US drone strike near Baghdad airport.",
     {(SOLEIMANI, US), (MUHANDIS, US)}),
    ("Fuad Shukr was killed along with Milad Bidi, an adviser of the Islamic Revolutionary Guard Corps "
     "(IRGC), in an Israeli strike on Beirut's southern suburbs.", {(SHUKR, ISRAEL), (BIDI, ISRAEL)}),
    ("Saleh al-Arouri was killed along with Samir Findi, a commander of the Izz al-Din al-Qassam "
     "Brigades (IQB), in an Israeli drone strike in Beirut.", {(AROURI, ISRAEL), (FANDI, ISRAEL)}),
    ("Lieutenant General Suleimani, the commander of the IRGC Quds Force, was assassinated along with "
     "Abu Mahdi al-Muhandis, the deputy head of Iraq's Popular Mobilization Units (PMU), in a US drone "
     "strike near Baghdad airport on January 3 on the order of President Donald Trump.",
     {(SOLEIMANI, US), (MUHANDIS, US), (SOLEIMANI, TRUMP), (MUHANDIS, TRUMP)}),
])
def test_the_agent_is_read_past_a_companions_bracketed_acronym(shipped, text, expected):
    assert expected <= relation_pairs(shipped, text, AB, "en")


@pytest.mark.parametrize("text", [
    "Qasem Soleimani was killed along with Abu Mahdi al-Muhandis, the deputy head of the Popular "
    "Mobilization Forces (PMF), in a drone strike near Baghdad airport.",
    "Fuad Shukr was killed along with Milad Bidi, an adviser of the Islamic Revolutionary Guard Corps "
    "(IRGC), in a blast that Hezbollah blamed on Israel.",
])
def test_no_agent_past_the_acronym_when_the_text_names_none(rules_only, text):
    assert relation_pairs(rules_only, text, AB, "en") == set()


@pytest.mark.parametrize("text, expected", [
    ("قُتل القيادي في حزب الله فؤاد شكر مساء الثلاثاء مع المستشار العسكري الأول لقوة القدس في الحرس "
     "الثوري الإيراني في لبنان ميلاد بيدي في غارة إسرائيلية على الضاحية الجنوبية لبيروت.",
     {(SHUKR, ISRAEL), (BIDI, ISRAEL)}),
    ("قُتل القيادي في حزب الله فؤاد شكر أمس مع المستشار العسكري الأول لقوة القدس في الحرس الثوري "
     "الإيراني في لبنان ميلاد بيدي بضربة إسرائيلية على حارة حريك.", {(SHUKR, ISRAEL), (BIDI, ISRAEL)}),
    ("اغتيل الفريق قاسم سليماني فجر يوم الجمعة مع نائب رئيس هيئة الحشد الشعبي العراقية أبو مهدي "
     "المهندس في ضربة أميركية قرب مطار بغداد.", {(SOLEIMANI, US), (MUHANDIS, US)}),
    ("وكان الفريق سليماني قد استشهد فجر الجمعة مع نائب رئيس هيئة الحشد الشعبي العراقية أبو مهدي "
     "المهندس وعدد من رفاقهما، في غارة نفذتها طائرات أميركية قرب مطار بغداد الدولي.",
     {(SOLEIMANI, US), (MUHANDIS, US)}),
    ("وكان القيادي فؤاد شكر قد قُتل مساء الثلاثاء مع المستشار العسكري الأول لقوة القدس في الحرس الثوري "
     "الإيراني في لبنان ميلاد بيدي وعدد من المدنيين، في غارة نفذتها طائرات إسرائيلية على الضاحية.",
     {(SHUKR, ISRAEL), (BIDI, ISRAEL)}),
])
def test_a_companion_after_a_time_phrase_shares_the_killing_ar(rules_only, text, expected):
    assert expected <= relation_pairs(rules_only, text, AB, "ar")


@pytest.mark.parametrize("text", [
    "قُتل القيادي في حزب الله فؤاد شكر مساء الثلاثاء مع المستشار العسكري في الحرس الثوري الإيراني "
    "ميلاد بيدي في انفجار غامض.",
    "قُتل الفريق قاسم سليماني فجر يوم الجمعة مع نائب رئيس هيئة الحشد الشعبي العراقية أبو مهدي المهندس "
    "في انفجار غامض قرب مطار بغداد.",
    "لم يُقتل القيادي في حزب الله فؤاد شكر مساء الثلاثاء مع المستشار العسكري الإيراني ميلاد بيدي في "
    "الغارة الإسرائيلية، بحسب الحزب.",
])
def test_no_agent_for_a_companion_when_none_is_told_ar(rules_only, text):
    assert relation_pairs(rules_only, text, AB, "ar") == set()


# --- two guests of one reception addressed together («، وبحث معهما»): they met each other ----------

FAYYADH, MUHANDIS_ID, ABDULMAHDI = "person:falih-al-fayyadh", MUHANDIS, "person:adil-abdul-mahdi"
SALIH, HALBOUSI = "person:barham-salih", "person:mohammed-al-halbousi"
SUDANI, ABUFADAK = "person:mohammed-shia-al-sudani", "person:abdul-aziz-al-muhammadawi"
AOUN, BERRI, SALAM = "person:joseph-aoun", "person:nabih-berri", "person:nawaf-salam"


def _pair(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a <= b else (b, a)


def _met_ar(extractor, text: str) -> set[tuple[str, str]]:
    return {_pair(*p) for p in relation_pairs(extractor, text, "MET_WITH", "ar")}


@pytest.mark.parametrize("text, a, b", [
    ("وكان رئيس مجلس الوزراء عادل عبد المهدي قد استقبل الخميس الفياض والمهندس، وبحث معهما نتائج "
     "التحقيق في انفجار معسكر الصقر.", FAYYADH, MUHANDIS_ID),
    ("استقبل رئيس الجمهورية برهم صالح، مساء أمس السبت، رئيس الوزراء المستقيل عادل عبد المهدي ورئيس "
     "مجلس النواب محمد الحلبوسي، وبحث المجتمعون تداعيات الغارة الأميركية.", ABDULMAHDI, HALBOUSI),
    ("واستقبل رئيس مجلس الوزراء محمد شياع السوداني في مكتبه رئيس هيئة الحشد الشعبي فالح الفياض ورئيس "
     "أركان الهيئة عبد العزيز المحمداوي، وناقش معهما تداعيات الضربات الأخيرة.", FAYYADH, ABUFADAK),
    ("استقبل الرئيس جوزاف عون في قصر بعبدا رئيس مجلس النواب نبيه بري ورئيس الحكومة نواف سلام، وبحث "
     "معهم الأوضاع في الجنوب.", BERRI, SALAM),
])
def test_two_guests_addressed_together_met_each_other_ar(shipped, text, a, b):
    assert _pair(a, b) in _met_ar(shipped, text)


@pytest.mark.parametrize("text, a, b", [
    # no cue of one table
    ("استقبل رئيس الجمهورية برهم صالح رئيس الوزراء عادل عبد المهدي ورئيس مجلس النواب محمد الحلبوسي.",
     ABDULMAHDI, HALBOUSI),
    # received one after the other
    ("استقبل رئيس الجمهورية برهم صالح رئيس الوزراء عادل عبد المهدي، ثم رئيس مجلس النواب محمد الحلبوسي، "
     "وبحث معهما تداعيات الغارة.", ABDULMAHDI, HALBOUSI),
    ("استقبل رئيس الجمهورية برهم صالح، كلاً على حدة، رئيس الوزراء عادل عبد المهدي ورئيس مجلس النواب "
     "محمد الحلبوسي، وبحث معهما تداعيات الغارة.", ABDULMAHDI, HALBOUSI),
    # a meeting verb, not a reception (the annotators leave the two apart)
    ("والتقى الرئيس جوزاف عون رئيس مجلس النواب نبيه بري ورئيس الحكومة نواف سلام، وبحث معهما الأوضاع في "
     "الجنوب.", BERRI, SALAM),
    # a clause about the first guest between the two
    ("استقبل الرئيس جوزاف عون رئيس مجلس النواب نبيه بري، الذي عاد من الجنوب صباحاً، ورئيس الحكومة نواف "
     "سلام، وبحث معهما الأوضاع في الجنوب.", BERRI, SALAM),
])
def test_guests_not_told_at_one_table_stay_apart_ar(rules_only, text, a, b):
    assert _pair(a, b) not in _met_ar(rules_only, text)


# --- the body whose headquarters is the venue («في مقر X»، «بمقر X») met nobody ---------------------

PMF, IQFM, ARAB_LEAGUE, UNIFIL = ("organization:popular-mobilization-forces",
                                  "organization:iraqi-foreign-ministry", "organization:arab-league",
                                  "organization:unifil")


@pytest.mark.parametrize("text, body", [
    ("وكان رئيس هيئة الحشد الشعبي فالح الفياض قد استقبل، الأسبوع الماضي في مقر الهيئة، وفداً من قادة "
     "الفصائل برئاسة الأمين العام لمنظمة بدر هادي العامري.", PMF),
    ("عقد وزير الخارجية الإيراني محمد جواد ظريف، اليوم الأحد بمقر وزارة الخارجية العراقية في بغداد، "
     "جلسة مباحثات مع نظيره العراقي فؤاد حسين.", IQFM),
    ("عقد الأمين العام لجامعة الدول العربية أحمد أبو الغيط، أمس بمقر الجامعة العربية في القاهرة، جلسة "
     "مباحثات مع وزير الخارجية العراقي فؤاد حسين.", ARAB_LEAGUE),
    ("منذ أن تسلّم الجنرال الأميركي مايكل ليني رئاسة لجنة الإشراف على وقف إطلاق النار خلفاً للجنرال "
     "جاسبر جيفرز، تبدّل إيقاع اجتماعاتها في مقر اليونيفيل جنوباً.", UNIFIL),
])
def test_the_venues_owner_met_nobody_ar(rules_only, text, body):
    assert not any(body in p for p in _met_ar(rules_only, text))


@pytest.mark.parametrize("text, a, b", [
    ("وكان رئيس هيئة الحشد الشعبي فالح الفياض قد استقبل، الأسبوع الماضي في مقر الهيئة، وفداً من قادة "
     "الفصائل برئاسة الأمين العام لمنظمة بدر هادي العامري.", FAYYADH, "person:hadi-al-amiri"),
    ("وكان وزير الخارجية فؤاد حسين قد استقبل، الأسبوع الماضي في مقر الوزارة، وفداً إيرانياً برئاسة "
     "السفير إيرج مسجدي.", "person:fuad-hussein", "person:iraj-masjedi"),
])
def test_the_people_met_at_the_venue_keep_their_pair_ar(shipped, text, a, b):
    assert _pair(a, b) in _met_ar(shipped, text)
