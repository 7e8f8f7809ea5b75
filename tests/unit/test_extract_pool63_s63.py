"""Session 63 (pool63): the errors left on the blind sets LR-NJ (40 folders of sessions 58-62's
fresh writers), sorted by kind; fixes for the description kind, each read in several paraphrases
of other outlets, people and word orders.

- Meetings, Arabic: a title with a nationality right after a VSO meeting verb, then a known man
  of another country: «واستقبل رئيس الوزراء القطري الحيّة ووفد الحركة»، «والتقى الرئيس الفرنسي
  عراقجي»، «والتقى أمير قطر محمود عباس»، «واستقبل رئيس الوزراء العراقي عراقجي»: the title is
  the verb's subject (a description of the holder named before, even as an object), the man its
  object; it was read as the man's own title ("the Qatari prime minister al-Hayya") and the
  meeting went to the subject of the sentence before (``desc_vso_subject_ar``, asked by
  ``title_holders`` and ``title_before_name``). A title of the man's own country stays his
  («والتقى الرئيس الفرنسي إيمانويل ماكرون عراقجي»); and with no holder named before, "استقبل
  وزير الخارجية التشيلي بومبيو" is still a Chilean namesake.
- Meetings, both languages (invented pairs): a person named only as the one whose ally,
  government or camp is meant is no party of the sentence's meeting: "Fidan met Devlet Bahceli,
  an ally of President Erdogan", «دولت بهتشلي، حليف الرئيس أردوغان»، «وجدد دعمه لحكومة سالم بن
  بريك», "renewed his support for the government of Salem bin Breik"
  (``principal_named.side_of``, asked by the scorer's ``principal`` veto and by
  ``meetings.met_with`` for its objects).
"""

import pytest

from tests.extract_support import entity_ids
from tests.extract_support import met_sorted as _met
from tests.extract_support import sorted_pair as _pair

HAYYA, MBAR = "person:khalil-al-hayya", "person:mohammed-bin-abdulrahman-al-thani"
WITKOFF, TAMIM, ABBAS = ("person:steve-witkoff", "person:tamim-bin-hamad-al-thani",
                         "person:mahmoud-abbas")
MACRON, ARAGHCHI, LAMMY = "person:emmanuel-macron", "person:abbas-araghchi", "person:david-lammy"
SUDANI, GRUNDBERG = "person:mohammed-shia-al-sudani", "person:hans-grundberg"


# --- a national title after a meeting verb, then a man of another country ----------------------

@pytest.mark.parametrize("text, host, guest, wrong", [
    ("وصل رئيس حركة حماس في غزة خليل الحية إلى الدوحة. واجتمع ويتكوف في الدوحة برئيس الوزراء "
     "القطري الشيخ محمد بن عبد الرحمن آل ثاني. واستقبل رئيس الوزراء القطري الحيّة ووفد الحركة "
     "مساء السبت.", MBAR, HAYYA, WITKOFF),
    ("أجرى وزير الخارجية البريطاني ديفيد لامي اتصالاً مع الرئيس الفرنسي إيمانويل ماكرون. وزار "
     "وزير الخارجية الإيراني عباس عراقجي باريس أمس، والتقى الرئيس الفرنسي عراقجي في قصر الإليزيه "
     "لمدة ساعة.", MACRON, ARAGHCHI, LAMMY),
    ("اجتمع المبعوث الأمريكي ستيف ويتكوف بأمير قطر الشيخ تميم بن حمد آل ثاني في الدوحة. والتقى "
     "أمير قطر محمود عباس مساء اليوم نفسه.", TAMIM, ABBAS, WITKOFF),
    ("أشاد المبعوث الأممي هانس غروندبرغ بدور رئيس الوزراء العراقي محمد شياع السوداني. واستقبل "
     "رئيس الوزراء العراقي عراقجي في بغداد.", SUDANI, ARAGHCHI, GRUNDBERG),
])
def test_a_national_title_after_a_meeting_verb_is_its_subject(shipped, text, host, guest, wrong):
    met = _met(shipped, text, "ar")
    assert _pair(host, guest) in met
    assert _pair(guest, wrong) not in met


def test_a_title_of_the_mans_own_country_stays_his(shipped):
    text = ("أجرى وزير الخارجية البريطاني ديفيد لامي اتصالاً مع نظيره الإيراني عباس عراقجي. "
            "والتقى الرئيس الفرنسي إيمانويل ماكرون عراقجي في قصر الإليزيه.")
    met = _met(shipped, text, "ar")
    assert _pair(MACRON, ARAGHCHI) in met
    assert _pair(LAMMY, MACRON) not in met


# --- the one whose ally or government is meant ----------------------------------------------

FIDAN, BAHCELI, ERDOGAN = ("person:hakan-fidan", "person:devlet-bahceli",
                           "person:recep-tayyip-erdogan")
ALIMI, BIN_BREIK = "person:rashad-al-alimi", "person:salem-bin-breik"


@pytest.mark.parametrize("text, lang, pair, bystander", [
    ("Turkish Foreign Minister Hakan Fidan met Devlet Bahceli, an ally of President Recep "
     "Tayyip Erdogan, in Ankara.", "en", (FIDAN, BAHCELI), ERDOGAN),
    ("التقى وزير الخارجية التركي هاكان فيدان زعيم حزب الحركة القومية دولت بهتشلي، حليف "
     "الرئيس رجب طيب أردوغان، في أنقرة.", "ar", (FIDAN, BAHCELI), ERDOGAN),
    ("Alimi received the UN envoy Hans Grundberg and renewed his support for the government of "
     "Salem bin Breik.", "en", (ALIMI, GRUNDBERG), BIN_BREIK),
    ("استقبل رئيس مجلس القيادة الرئاسي رشاد العليمي المبعوث الأممي هانس غروندبرغ، وجدد دعمه "
     "لحكومة سالم بن بريك.", "ar", (ALIMI, GRUNDBERG), BIN_BREIK),
])
def test_the_one_whose_ally_or_government_is_meant_met_nobody(shipped, text, lang, pair,
                                                              bystander):
    met = _met(shipped, text, lang)
    assert _pair(*pair) in met
    assert not any(bystander in p for p in met)


def test_a_headline_support_for_a_government_is_no_meeting(shipped):
    met = _met(shipped, "العليمي يستقبل المبعوث الأممي ويجدد دعمه لحكومة بن بريك", "ar")
    assert _pair(ALIMI, BIN_BREIK) not in met


def test_a_namesake_of_another_nationality_is_still_another_person(shipped):
    ids = entity_ids(shipped, "استقبل وزير الخارجية التشيلي بومبيو نظيره البيروفي في ليما.", "ar")
    assert "person:mike-pompeo" not in ids
