"""Session 71 (blind71i): fixes after the first contact of blind set UC-UD (Jordan 1999-2021,
written blind: the accession, the crown princes, prime ministers replacing one another, the
summits), each read here in other outlets' words, other people and both languages.

- A post entrusted «إلى X» before «خلفاً لـY»: «عهد / أوكل K إلى X بتشكيل الحكومة خلفاً لـY»
  is X's succession, not K's (``entrusted_to_ar``).
- "K accepted the resignation of Y and named X to succeed him": "him" is Y
  (``wire_succession_en._removed_person``).
- An honorific pronoun after a sentence where the bearer's title stands just before another
  name: «عهد جلالة الملك K إلى الدكتور X ... واستقبل جلالته X» is K, not X
  (``honorific_refs._titled``).
- A meeting whose verb joins one side to the other with بـ: «القمة الثلاثية التي جمعت K في
  عمّان بالرئيس A ورئيس الوزراء B» (all three when the summit is counted, else K with each),
  also with an honorific pronoun «جمعت جلالته بـA» (``meeting_comprised_ar``).
"""

import pytest

from tests.extract_support import met_sorted as _met
from tests.extract_support import relation_pairs
from tests.extract_support import sorted_pair as _pair

ABBAS, SHTAYYEH, HAMDALLAH = "person:mahmoud-abbas", "person:mohammad-shtayyeh", "person:rami-hamdallah"
M6, AKHANNOUCH, OTHMANI = ("person:mohammed-vi", "person:aziz-akhannouch", "person:saadeddine-othmani")
AOUN, HARIRI, DIAB = "person:michel-aoun", "person:saad-hariri", "person:hassan-diab"
ABDULLAH, KHASAWNEH = "person:abdullah-ii", "person:bisher-al-khasawneh"
SISI, KADHIMI, MBZ = "person:abdel-fattah-el-sisi", "person:mustafa-al-kadhimi", "person:mohamed-bin-zayed"


@pytest.mark.parametrize("text, new, old", [
    ("رام الله - عهد الرئيس محمود عباس إلى الدكتور محمد اشتية بتشكيل حكومة جديدة، خلفاً للدكتور "
     "رامي الحمد الله الذي قدم استقالته.", SHTAYYEH, HAMDALLAH),
    ("وأوكل العاهل المغربي الملك محمد السادس إلى عزيز أخنوش مهمة تشكيل الحكومة خلفاً لسعد الدين "
     "العثماني.", AKHANNOUCH, OTHMANI),
])
def test_a_post_entrusted_to_someone_is_his_succession(shipped, text, new, old):
    pairs = relation_pairs(shipped, text, "SUCCESSOR_OF", "ar")
    assert (new, old) in pairs
    assert not any(s in (ABBAS, M6) for s, _ in pairs)


@pytest.mark.parametrize("text, old", [
    ("BEIRUT - President Michel Aoun on Thursday accepted the resignation of Prime Minister Saad "
     "Hariri and named Hassan Diab, a former education minister, to succeed him.", HARIRI),
    ("After accepting the resignation of Saad Hariri, the president appointed Hassan Diab to "
     "replace him, the presidency said.", HARIRI),
])
def test_him_after_an_accepted_resignation_is_the_one_who_resigned(shipped, text, old):
    pairs = relation_pairs(shipped, text, "SUCCESSOR_OF", "en")
    assert (DIAB, old) in pairs
    assert (DIAB, AOUN) not in pairs


@pytest.mark.parametrize("text", [
    "عمان (بترا) - عهد جلالة الملك عبدالله الثاني إلى الدكتور بشر الخصاونة بتشكيل حكومة جديدة.\n"
    "واستقبل جلالته الخصاونة في قصر الحسينية.",
    "عمان - أشاد جلالة الملك عبدالله الثاني بالدكتور بشر الخصاونة وبأداء فريقه.\n"
    "ثم استقبل جلالته الخصاونة في قصر الحسينية وسلّمه كتاب التكليف.",
])
def test_majesty_is_not_the_name_after_the_kings_own_title(shipped, text):
    assert _pair(ABDULLAH, KHASAWNEH) in _met(shipped, text, "ar")


@pytest.mark.parametrize("text, pairs", [
    ("وتأتي الحكومة بعد القمة الثلاثية التي جمعت الملك عبدالله الثاني في عمّان بالرئيس المصري عبد "
     "الفتاح السيسي ورئيس الوزراء العراقي مصطفى الكاظمي في آب الماضي.",
     {_pair(ABDULLAH, SISI), _pair(ABDULLAH, KADHIMI), _pair(SISI, KADHIMI)}),
    ("التقى جلالة الملك عبدالله الثاني وفداً من رجال الأعمال.\nوكانت القمة الثلاثية التي جمعت جلالته "
     "بالرئيس المصري عبد الفتاح السيسي ورئيس الوزراء العراقي مصطفى الكاظمي قد بحثت الربط الكهربائي.",
     {_pair(ABDULLAH, SISI), _pair(ABDULLAH, KADHIMI), _pair(SISI, KADHIMI)}),
    ("استقبل الشيخ محمد بن زايد وفداً اقتصادياً.\nوكان اللقاء الذي جمع سموه بالرئيس المصري عبد الفتاح "
     "السيسي قد تناول العلاقات الثنائية.", {_pair(MBZ, SISI)}),
])
def test_a_meeting_that_brought_one_side_together_with_the_other(shipped, text, pairs):
    assert pairs <= _met(shipped, text, "ar")


def test_a_planned_summit_bringing_them_together_is_none(shipped):
    text = ("ومن المقرر أن تجمع القمة الثلاثية المرتقبة الملك عبدالله الثاني بالرئيس المصري عبد "
            "الفتاح السيسي الشهر المقبل.")
    assert _pair(ABDULLAH, SISI) not in _met(shipped, text, "ar")


AOUN_L, MACRON, TAMIM = "person:michel-aoun", "person:emmanuel-macron", "person:tamim-bin-hamad-al-thani"


@pytest.mark.parametrize("text", [
    "واستقبل الرئيس اللبناني ميشال عون الرئيس الفرنسي إيمانويل ماكرون، كما استقبل رئيس الوزراء "
    "العراقي مصطفى الكاظمي، فالرئيس المصري عبد الفتاح السيسي، ثم أمير قطر الشيخ تميم بن حمد.",
    "بعبدا - استقبل الرئيس ميشال عون اليوم الرئيس إيمانويل ماكرون، ثم استقبل الرئيس مصطفى "
    "الكاظمي، ثم الشيخ تميم بن حمد، فالرئيس عبد الفتاح السيسي.",
])
def test_guests_received_one_after_another_met_the_host_only(shipped, text):
    pairs = _met(shipped, text, "ar")
    assert {_pair(AOUN_L, KADHIMI), _pair(AOUN_L, SISI), _pair(AOUN_L, TAMIM)} <= pairs
    assert not {_pair(KADHIMI, SISI), _pair(KADHIMI, TAMIM), _pair(SISI, TAMIM)} & pairs


def test_a_second_verb_with_a_subject_of_its_own_keeps_it(shipped):
    text = ("واستقبل الرئيس اللبناني ميشال عون الرئيس الفرنسي إيمانويل ماكرون، كما استقبل رئيس الوزراء "
            "العراقي مصطفى الكاظمي أمير قطر الشيخ تميم بن حمد.")
    assert _pair(KADHIMI, TAMIM) in _met(shipped, text, "ar")
