"""Session 68 (seen68): names and constructions session 67's helpers saw misread and left.

- Names, Arabic: a person's one-word name written with the article is a common word when none
  of his names carries it (``article_form_name_ar``, read by ``known_names._gaz_walk`` and
  ``arabic_names._arabic_misspellings``), and «بشكل / بصورة» ("in a ... way") is followed by an
  adjective (``known_names._nisba_after_noun``): «المسؤول الرئيسي» is "the main official",
  «بشكل رئيسي» "mainly", no Ebrahim Raisi, «القطاع البري» the land sector, no Berri; the bare
  «رئيسي» after a verb or a title is still the man, «الكاظمي» (his name has the article) still
  al-Kadhimi.
- Meetings, Arabic: a name right after the verb and before «نظيره» is the verb's subject
  after «حيث / إذ» too: «وصل A وB إلى باكو، حيث التقى A نظيره Y» pairs A with Y, not A with B
  (``meeting_subject_counterpart_ar``, read by ``meetings``); «حيث التقى نظيره Y» still
  carries the visitor.
- Names, Arabic: a verbal noun that is also a given name before a known person's family name is
  his event (``event_noun_names_ar``, read by ``person_names``): «نجاة الكاظمي من محاولة
  اغتيال» is al-Kadhimi's escape, no "Najat al-Kadhimi" (nor «نجاح السوداني»، «عودة الحريري»);
  Najat Rochdi and Nasr al-Hariri stay people.
- Names, Arabic: «مساعد» / «معاون» before «القائد» is the commander's assistant, a second title
  (``lexicon.AR_TITLES``) and a rank noun before a title heads no name (``rank_noun_name_ar``,
  read by ``title_holders._named_holder``): «عضو مجلس السيادة مساعد القائد العام X» is X, no
  "Musaed"; Musaed Al-Aiban stays a person.
- Killings, English: a strike told with a light verb before ", killing X" has its subject as
  agent ("CENTCOM forces conducted a strike in northwest Syria on Friday, killing X", "Israel
  carried out an airstrike ..., killing X"; ``strike_light_killing_en``, read by
  ``wire_kill_rules.strike_agent_before``); not a passive "a strike was carried out".
- Killings, Arabic: a state named after «في / على / قرب» a strike noun is its place, not its
  nationality («شنت إسرائيل غارة في لبنان أسفرت عن مقتل X»: Israel, not Lebanon;
  ``core_recall_kill.strike_agent_back``, ``lexicon.AR_STRIKE_PLACE_PREPS``).
- Scorer gate "funeral": a meeting the buried man had held alive (past perfect, "before his
  death", «وكان X قد ...») stays (``funeral_flashback``, read by ``scored``).
- Killings: a state executes its own (judicial, no pair: Nimr al-Nimr, a prisoner); a state that
  "executes" another country's leader assassinates him («أعدمت إسرائيل إسماعيل هنية»;
  ``execution_judicial.judicial_execution`` with the victim's country, in the rules).
"""

import json

import pytest

from tests.extract_support import entity_ids as _ids
from tests.extract_support import met_sorted as _met
from tests.extract_support import relation_pairs
from tests.extract_support import sorted_pair as _pair

RAISI, BAGHERI = "person:ebrahim-raisi", "person:ali-bagheri-kani"
BERRI, HAYKAL = "person:nabih-berri", "person:rodolphe-haykal"
ALIYEV, ASSAD, ABDOLLAHIAN = ("person:ilham-aliyev", "person:bashar-al-assad",
                              "person:hossein-amir-abdollahian")
KALIN, ERDOGAN, KADHIMI = ("person:ibrahim-kalin", "person:recep-tayyip-erdogan",
                           "person:mustafa-al-kadhimi")
SALIH, SUDANI, HARIRI, AOUN = ("person:barham-salih", "person:mohammed-shia-al-sudani",
                               "person:saad-hariri", "person:michel-aoun")
ROMANOWSKI, ROCHDI, MIKATI = ("person:alina-romanowski", "person:najat-rochdi",
                              "person:najib-mikati")
NASR_HARIRI, PEDERSEN = "person:nasr-al-hariri", "person:geir-pedersen"
ATTA, MINAWI, BURHAN = ("person:yasser-al-atta", "person:minni-minnawi",
                        "person:abdel-fattah-al-burhan")
AIBAN, RATNEY = "person:musaed-al-aiban", "person:michael-ratney"
CENTCOM, US_FORCES, IDF = ("organization:us-central-command", "organization:us-armed-forces",
                           "organization:israel-defense-forces")
ISRAEL, US, LEBANON, SYRIA, IRAQ = ("country:israel", "country:united-states", "country:lebanon",
                                    "country:syria", "country:iraq")
SHUKR, SOLEIMANI, SAADI = ("person:fuad-shukr", "person:qasem-soleimani",
                           "person:abu-baqir-al-saadi")
YAMANI, QURASHI = "person:abu-hamza-al-yamni", "person:abu-ibrahim-al-hashimi-al-qurashi"
HANIYEH, KHAMENEI, PEZESHKIAN = ("person:ismail-haniyeh", "person:ali-khamenei",
                                 "person:masoud-pezeshkian")
NASRALLAH, NIMR, SHARMAHD = ("person:hassan-nasrallah", "person:nimr-al-nimr",
                             "person:jamshid-sharmahd")
IRAN, SAUDI = "country:iran", "country:saudi-arabia"


def _lang(text: str) -> str:
    return "en" if text.isascii() else "ar"


def _mentions(extractor, text, eid):
    """The surface forms of the mentions of *eid* in *text*."""
    doc = extractor.extract(text, lang=_lang(text))
    return [text[a:b] for e in doc["entities"] if e["id"] == eid for a, b in e["mentions"]]


def _ab(extractor, text):
    return relation_pairs(extractor, text, "ASSASSINATED_BY", _lang(text))


# --- «الرئيسي»: the adjective with the article, never the man ------------------------------------

@pytest.mark.parametrize("text, named, other", [
    ("التقى الرئيس الإيراني إبراهيم رئيسي نظيره التركي رجب طيب أردوغان. والتقى المستشار الرئيسي "
     "للرئيس التركي إبراهيم كالن وزير الخارجية الإيراني حسين أمير عبد اللهيان.", RAISI, KALIN),
    ("التقى الرئيس الإيراني إبراهيم رئيسي نظيره التركي رجب طيب أردوغان. والتقى المستشار الرئيسي "
     "للرئيس التركي إبراهيم كالن وزير الخارجية الإيراني حسين أمير عبد اللهيان.", RAISI,
     ABDOLLAHIAN),
    ("استقبل الرئيس الإيراني إبراهيم رئيسي وزير الخارجية العماني. وقال المفاوض الرئيسي علي باقري "
     "كني إنه التقى المبعوث الأوروبي.", RAISI, BAGHERI),
    ("استقبل رئيس مجلس النواب نبيه بري السفير الأمريكي. والتقى قائد القطاع البري في الجيش "
     "اللبناني رودولف هيكل قائد قوات اليونيفيل.", BERRI, HAYKAL),
])
def test_the_article_form_of_a_bare_name_is_a_common_word(shipped, text, named, other):
    assert _pair(named, other) not in _met(shipped, text, "ar")


@pytest.mark.parametrize("text", [
    "وصل الرئيس الإيراني إبراهيم رئيسي إلى الرياض. واجتمع وزير الخارجية حسين أمير عبد اللهيان "
    "بشكل رئيسي مع نظيره السعودي فيصل بن فرحان.",
    "وصل الرئيس الإيراني إبراهيم رئيسي إلى الرياض. وركز بصورة رئيسية على غزة، والتقى وزير "
    "الخارجية حسين أمير عبد اللهيان بشكل رئيسي نظيره السعودي فيصل بن فرحان.",
    "وصل الرئيس الإيراني إبراهيم رئيسي إلى الرياض. والتقى وزير الخارجية حسين أمير عبد اللهيان "
    "وبشكل رئيسي نظيره السعودي فيصل بن فرحان.",
])
def test_mainly_is_no_raisi(shipped, text):
    met = _met(shipped, text, "ar")
    assert _pair(ABDOLLAHIAN, "person:faisal-bin-farhan") in met
    assert _pair(RAISI, ABDOLLAHIAN) not in met


def test_the_main_official_is_no_dead_president(rules_only):
    # (rules+scorer still pairs the dead Raisi through its actor candidate: seen, not fixed)
    text = ("قتل الرئيس الإيراني إبراهيم رئيسي في تحطم مروحية. والتقى المسؤول الرئيسي عن الملف علي "
            "باقري كني بوزير الخارجية القطري.")
    assert _pair(RAISI, BAGHERI) not in _met(rules_only, text, "ar")
    assert [m for m in _mentions(rules_only, text, RAISI)] == ["إبراهيم رئيسي"]


@pytest.mark.parametrize("text, lang, a, b", [
    ("وصل الرئيس الإيراني إبراهيم رئيسي إلى باكو، حيث التقى رئيسي نظيره الأذربيجاني إلهام علييف "
     "في القصر الرئاسي.", "ar", RAISI, ALIYEV),
    ("زار الرئيس الإيراني إبراهيم رئيسي سوريا. والتقى رئيسي الأسد في دمشق.", "ar", RAISI, ASSAD),
    ("رئيسي يلتقي علييف في باكو\nالتقى الرئيس الإيراني إبراهيم رئيسي نظيره الأذربيجاني إلهام "
     "علييف في القصر الرئاسي.", "ar", RAISI, ALIYEV),
    ("وصل رئيس الوزراء العراقي مصطفى الكاظمي إلى أربيل. والتقى الكاظمي رئيس الجمهورية برهم صالح.",
     "ar", KADHIMI, SALIH),
    ("Iranian President Ebrahim Raisi arrived in Baku. Raisi met Azerbaijani President Ilham "
     "Aliyev at the presidential palace.", "en", RAISI, ALIYEV),
])
def test_the_bare_name_and_a_name_with_its_article_still_name_the_man(shipped, text, lang, a, b):
    assert _pair(a, b) in _met(shipped, text, lang)


# --- «حيث التقى رئيسي نظيره Y»: the name before «نظيره» is the subject ------------------------

FIDAN, BAYRAMOV, FUAD, SHOUKRY, FAISAL = ("person:hakan-fidan", "person:jeyhun-biramov",
                                          "person:fuad-hussein", "person:sameh-shoukry",
                                          "person:faisal-bin-farhan")


@pytest.mark.parametrize("text, subj, other, fellow", [
    ("وصل الرئيس إبراهيم رئيسي ووزير الخارجية حسين أمير عبداللهيان إلى الحدود، حيث التقى رئيسي "
     "نظيره الأذربيجاني إلهام علييف.", RAISI, ALIYEV, ABDOLLAHIAN),
    ("وصل الرئيس رجب طيب أردوغان ووزير الخارجية هاكان فيدان إلى باكو، حيث التقى أردوغان نظيره "
     "الأذربيجاني إلهام علييف.", ERDOGAN, ALIYEV, FIDAN),
    ("وصل رئيس الوزراء العراقي محمد شياع السوداني ووزير الخارجية فؤاد حسين إلى طهران، حيث التقى "
     "السوداني نظيره الإيراني مسعود بزشكيان.", SUDANI, PEZESHKIAN, FUAD),
    ("وصل الرئيس رجب طيب أردوغان ووزير الخارجية هاكان فيدان إلى باكو، حيث التقى أردوغان نظيره "
     "الأذربيجاني إلهام علييف، ثم التقى فيدان نظيره جيهون بيراموف.", ERDOGAN, ALIYEV, FIDAN),
])
def test_the_name_before_his_counterpart_is_the_subject(shipped, text, subj, other, fellow):
    assert _pair(subj, other) in _met(shipped, text, "ar")


@pytest.mark.parametrize("text, subj, fellow", [
    ("وصل الرئيس إبراهيم رئيسي ووزير الخارجية حسين أمير عبداللهيان إلى الحدود، حيث التقى رئيسي "
     "نظيره الأذربيجاني إلهام علييف.", RAISI, ABDOLLAHIAN),
    ("وصل الرئيس رجب طيب أردوغان ووزير الخارجية هاكان فيدان إلى باكو، حيث التقى أردوغان نظيره "
     "الأذربيجاني إلهام علييف.", ERDOGAN, FIDAN),
    ("وصل رئيس الوزراء العراقي محمد شياع السوداني ووزير الخارجية فؤاد حسين إلى طهران، حيث التقى "
     "السوداني نظيره الإيراني مسعود بزشكيان.", SUDANI, FUAD),
])
def test_the_name_before_his_counterpart_is_no_object_of_his_fellow(rules_only, text, subj,
                                                                     fellow):
    # (the scorer pairs the two travellers of «وصل A وB», a convention split left alone)
    assert _pair(subj, fellow) not in _met(rules_only, text, "ar")


@pytest.mark.parametrize("text, a, b", [
    ("وصل وزير الخارجية المصري سامح شكري إلى الرياض، حيث التقى نظيره السعودي فيصل بن فرحان.",
     SHOUKRY, FAISAL),
    ("وصل وزير الخارجية هاكان فيدان إلى باكو، حيث التقى نظيره الأذربيجاني جيهون بيراموف.", FIDAN,
     BAYRAMOV),
])
def test_a_bare_counterpart_after_where_still_takes_the_visitor(shipped, text, a, b):
    assert _pair(a, b) in _met(shipped, text, "ar")


# --- a verbal noun that is also a given name, before a known family name ------------------------

@pytest.mark.parametrize("text", [
    "نجاة الكاظمي من محاولة اغتيال في بغداد\nنجا رئيس الوزراء العراقي مصطفى الكاظمي من محاولة "
    "اغتيال بطائرة مسيرة. واستقبل رئيس الجمهورية برهم صالح الكاظمي بعد الهجوم.",
    "نجاة الكاظمي من محاولة اغتيال\nأجرى رئيس الجمهورية برهم صالح اتصالا بالكاظمي. والتقى صالح "
    "رئيس الوزراء مصطفى الكاظمي في بغداد.",
    "بعد نجاة الكاظمي من الهجوم، التقى رئيس الجمهورية برهم صالح رئيس الوزراء مصطفى الكاظمي في "
    "بغداد.",
])
def test_his_escape_is_no_given_name(shipped, text):
    assert _pair(SALIH, KADHIMI) in _met(shipped, text, "ar")
    assert not any("najat" in e for e in _ids(shipped, text, "ar"))


@pytest.mark.parametrize("text, known, noun", [
    ("نجاح السوداني في تشكيل الحكومة\nالتقى رئيس الوزراء محمد شياع السوداني السفيرة الأمريكية "
     "ألينا رومانوسكي.", SUDANI, "najah"),
    ("بعد عودة الحريري إلى بيروت، التقى رئيس الحكومة سعد الحريري الرئيس ميشال عون.", HARIRI,
     "awda"),
    ("سلامة الكاظمي أولوية\nالتقى رئيس الوزراء مصطفى الكاظمي رئيس الجمهورية برهم صالح.", KADHIMI,
     "salam"),
])
def test_an_event_noun_before_a_known_family_name_makes_no_new_person(shipped, text, known, noun):
    ids = _ids(shipped, text, "ar")
    assert known in ids
    assert not any(e.startswith("person:" + noun) for e in ids)


@pytest.mark.parametrize("text, a, b", [
    ("التقت المنسقة المقيمة للأمم المتحدة نجاة رشدي رئيس الوزراء اللبناني نجيب ميقاتي.", ROCHDI,
     MIKATI),
    ("التقى رئيس الائتلاف السوري المعارض نصر الحريري المبعوث الأممي غير بيدرسون.", NASR_HARIRI,
     PEDERSEN),
])
def test_a_given_name_that_names_someone_stays_a_name(shipped, text, a, b):
    assert _pair(a, b) in _met(shipped, text, "ar")


# --- «مساعد القائد العام»: a second title, no Musaed ------------------------------------------

@pytest.mark.parametrize("text, a, b", [
    ("وفي بورتسودان، التقى عضو مجلس السيادة الانتقالي مساعد القائد العام الفريق أول ركن ياسر "
     "العطا حاكم إقليم دارفور مني أركو مناوي.", ATTA, MINAWI),
    ("استقبل عضو مجلس السيادة مساعد القائد العام للقوات المسلحة الفريق أول ركن ياسر العطا حاكم "
     "إقليم دارفور مني أركو مناوي في بورتسودان.", ATTA, MINAWI),
    ("التقى قائد الجيش الفريق أول ركن عبد الفتاح البرهان مساعد القائد العام الفريق أول ركن ياسر "
     "العطا.", BURHAN, ATTA),
])
def test_the_commanders_assistant_is_a_title(shipped, text, a, b):
    assert _pair(a, b) in _met(shipped, text, "ar")
    assert not any("musaed" in e for e in _ids(shipped, text, "ar"))


def test_musaed_before_a_family_name_is_still_a_name(shipped):
    text = "استقبل وزير الدولة مساعد العيبان السفير الأمريكي مايكل راتني."
    assert _pair(AIBAN, RATNEY) in _met(shipped, text, "ar")


# --- ", killing X" after a strike told with a light verb --------------------------------------

@pytest.mark.parametrize("text, victim, agent", [
    ("CENTCOM forces conducted a strike in northwest Syria on Friday, killing Abu Ibrahim "
     "al-Hashimi al-Qurashi, the leader of ISIS.", QURASHI, CENTCOM),
    ("U.S. Central Command forces conducted a precision strike in eastern Syria on Tuesday, "
     "killing Abu Ibrahim al-Hashimi al-Qurashi.", QURASHI, CENTCOM),
    ("US forces launched an airstrike near Baghdad airport early Friday, killing Qassem "
     "Soleimani.", SOLEIMANI, "country:united-states"),
    ("Israel carried out a strike in Beirut on Tuesday, killing Fuad Shukr.", SHUKR, ISRAEL),
    ("Israel has carried out an air strike in Beirut's southern suburbs, killing Fuad Shukr.",
     SHUKR, ISRAEL),
    ("The Israeli army launched a strike on a building in Beirut on Tuesday, killing Fuad Shukr.",
     SHUKR, IDF),
    ("U.S. forces carried out a raid in Atimah on Thursday, killing Abu Ibrahim al-Hashimi "
     "al-Qurashi.", QURASHI, "country:united-states"),
])
def test_the_subject_of_a_light_verb_strike_is_the_killer(shipped, text, victim, agent):
    assert (victim, agent) in _ab(shipped, text)


@pytest.mark.parametrize("text, victim", [
    ("A strike was carried out in Beirut on Tuesday, killing Fuad Shukr.", SHUKR),
    ("Lebanon said a strike was conducted in Beirut on Tuesday, killing Fuad Shukr.", SHUKR),
])
def test_a_passive_strike_names_no_killer(rules_only, text, victim):
    assert not {a for v, a in _ab(rules_only, text) if v == victim}


# --- «غارة في لبنان»: the place, not the strike's nationality ---------------------------------

@pytest.mark.parametrize("text, victim, agent, place", [
    ("شنت القيادة المركزية الأمريكية غارة في سوريا أسفرت عن مقتل القيادي في تنظيم حراس الدين أبو "
     "حمزة اليمني.", YAMANI, CENTCOM, SYRIA),
    ("نفذت القيادة المركزية الأمريكية ضربة في سوريا أسفرت عن مقتل القيادي أبو حمزة اليمني.",
     YAMANI, CENTCOM, SYRIA),
    ("شنت إسرائيل غارة في لبنان أسفرت عن مقتل القيادي في حزب الله فؤاد شكر.", SHUKR, ISRAEL,
     LEBANON),
    ("نفذت طائرة أمريكية غارة في العراق أسفرت عن مقتل القيادي أبو باقر الساعدي.", SAADI, US,
     IRAQ),
])
def test_a_state_after_in_is_the_strikes_place(shipped, text, victim, agent, place):
    found = _ab(shipped, text)
    assert (victim, agent) in found
    assert (victim, place) not in found


def test_the_strikes_own_nationality_is_still_its_agent(shipped):
    text = "أسفرت غارة أمريكية في العراق عن مقتل القيادي أبو باقر الساعدي."
    assert (SAADI, US) in _ab(shipped, text)


# --- the funeral gate keeps a meeting the dead man had held alive ------------------------------

@pytest.fixture(scope="module")
def eager():
    """`rules+scorer` whose scorer gives MET_WITH to every candidate pair (as in call67's
    cases): what the gates let through."""
    from loaders.extract.relation_scorer import WEIGHTS_FILE, RelationScorer
    from loaders.extract.scored import ScoredExtractor

    data = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))
    data["thresholds"] = {"MET_WITH": 0.0, "SUCCESSOR_OF": 2.0, "ASSASSINATED_BY": 2.0}
    return ScoredExtractor(scorer=RelationScorer(data))


_FUNERAL_EN = "Thousands attended the funeral of Hamas leader Ismail Haniyeh in Doha on Friday. "
_FUNERAL_AR = "شارك الآلاف في تشييع جثمان رئيس المكتب السياسي لحركة حماس إسماعيل هنية في الدوحة. "


@pytest.mark.parametrize("text, other", [
    (_FUNERAL_EN + "Haniyeh had talked with Iranian President Masoud Pezeshkian in Tehran on "
     "Tuesday.", PEZESHKIAN),
    (_FUNERAL_EN + "Haniyeh talked with Iranian President Masoud Pezeshkian in Tehran hours "
     "before his death.", PEZESHKIAN),
    (_FUNERAL_EN + "Haniyeh had held talks with Supreme Leader Ali Khamenei in Tehran, hours "
     "before he was killed.", KHAMENEI),
    (_FUNERAL_AR + "وكان هنية قد عقد محادثات مع الرئيس الإيراني مسعود بزشكيان في طهران.",
     PEZESHKIAN),
    (_FUNERAL_AR + "وكان هنية قد التقى المرشد الإيراني علي خامنئي في طهران قبل ساعات من اغتياله.",
     KHAMENEI),
])
def test_a_meeting_the_buried_man_had_held_stays(eager, text, other):
    assert _pair(HANIYEH, other) in _met(eager, text, _lang(text))


def test_a_meeting_after_the_funeral_is_still_no_meeting_of_the_dead(eager):
    text = _FUNERAL_EN + "Haniyeh talked with Iranian President Masoud Pezeshkian in Tehran."
    assert _pair(HANIYEH, PEZESHKIAN) not in _met(eager, text, "en")


# --- a state's execution: its own prisoner, or another country's leader ------------------------

@pytest.mark.parametrize("text, victim, agent", [
    ("أعدمت إسرائيل إسماعيل هنية في طهران.", HANIYEH, ISRAEL),
    ("أعدمت إسرائيل رئيس المكتب السياسي لحركة حماس إسماعيل هنية في طهران.", HANIYEH, ISRAEL),
    ("Israel executed Hamas leader Ismail Haniyeh in Tehran.", HANIYEH, ISRAEL),
    ("Israel executed Hezbollah leader Hassan Nasrallah in Beirut.", NASRALLAH, ISRAEL),
    ("أعدمت الولايات المتحدة قائد فيلق القدس قاسم سليماني في بغداد.", SOLEIMANI, US),
])
def test_a_state_executing_another_countrys_leader_assassinates_him(shipped, text, victim,
                                                                     agent):
    assert (victim, agent) in _ab(shipped, text)


@pytest.mark.parametrize("text, victim, agent", [
    ("Saudi Arabia executed the Shia cleric Nimr al-Nimr in January 2016.", NIMR, SAUDI),
    ("أعدمت السعودية الشيخ نمر النمر في يناير 2016.", NIMR, SAUDI),
    ("Iran executed the prisoner Jamshid Sharmahd.", SHARMAHD, IRAN),
    ("أعدمت إيران السجين جمشيد شارمهد.", SHARMAHD, IRAN),
    ("Israel executed the prisoner Ismail Haniyeh after a trial.", HANIYEH, ISRAEL),
])
def test_a_state_executing_its_own_or_a_prisoner_is_judicial(shipped, text, victim, agent):
    assert (victim, agent) not in _ab(shipped, text)
