"""Someone present at talks, Arabic "بحضور Z" (session 19). Our own sentences, not taken from any
dev set.

- "استقبل X الضيفَ Y، بحضور وزير الخارجية Z (ومستشار W)": Z (and W) met the participant of the
  other country, as English "in the presence of Z" already read;
- "بمشاركة Z" after the talks of the sentence reads the same; "بحضور وزيري خارجية البلدين Z
  وW": the two, of two countries, met each other too (two ministers merely listed: not, until
  session 27's ``meeting_co_attendees``: attendees of one meeting met each other);
- Negatives: Z's own side (not said); an envoy of the guest's country at the reception
  ("بحضور السفير العراقي Z"); "بحضور" after no meeting; a place between the topic and "بحضور"
  is no place of visit ("بحث X مع Y التصعيد في لبنان، بحضور Z": nobody visited Lebanon).
"""

import pytest

from tests.extract_support import MW, assert_relations

ERDOGAN, SUDANI = "person:recep-tayyip-erdogan", "person:mohammed-shia-al-sudani"
FUAD, ARAJI, FIDAN = "person:fuad-hussein", "person:qassim-al-araji", "person:hakan-fidan"
PEZ, ARAGHCHI = "person:masoud-pezeshkian", "person:abbas-araghchi"
TEHRAN = ("عقد الرئيس الإيراني مسعود بزشكيان ورئيس الوزراء العراقي محمد شياع السوداني محادثات في "
          "طهران بحضور ")
RECEIVED = "استقبل الرئيس التركي رجب طيب أردوغان في أنقرة رئيس الوزراء العراقي محمد شياع السوداني، "

# (name, lang, text, must, must_not)
CASES = [
 ("ar_present", "ar", RECEIVED + "بحضور وزير الخارجية التركي هاكان فيدان ومستشار الأمن القومي "
  "العراقي قاسم الأعرجي.", [MW(FIDAN, SUDANI), MW(ARAJI, ERDOGAN), MW(FIDAN, ERDOGAN), MW(ARAJI, SUDANI)],
  []),
 ("en_present", "en", "Turkish President Recep Tayyip Erdogan received Iraqi Prime Minister "
  "Mohammed Shia al-Sudani in Ankara, in the presence of Turkish Foreign Minister Hakan Fidan.",
  [MW(FIDAN, SUDANI)], []),
 ("ar_envoy", "ar", RECEIVED + "بحضور السفير العراقي لدى تركيا ماجد اللجماوي.", [MW(SUDANI, ERDOGAN),
  MW("person:majed-al-lajmawi", ERDOGAN)], []),
 ("ar_participation", "ar", "أجرى رئيس الوزراء العراقي محمد شياع السوداني مباحثات مع الرئيس "
  "الإيراني مسعود بزشكيان في طهران، بمشاركة وزير الخارجية العراقي فؤاد حسين.", [MW(FUAD, PEZ), MW(FUAD, SUDANI)],
  []),
 ("ar_both_countries", "ar", TEHRAN + "وزيري خارجية البلدين عباس عراقجي وفؤاد حسين.",
  [MW(ARAGHCHI, FUAD), MW(ARAGHCHI, SUDANI), MW(FUAD, PEZ)], []),
 # session 27 (meet27): two attendees of one meeting met each other (meeting_co_attendees)
 ("ar_two_listed", "ar", TEHRAN + "وزير الخارجية الإيراني عباس عراقجي ووزير الخارجية العراقي فؤاد "
  "حسين.", [MW(ARAGHCHI, SUDANI), MW(ARAGHCHI, FUAD)], []),
 ("ar_participation_no_talks", "ar", "نظمت وزارة الثقافة مهرجاناً في بغداد بمشاركة وزير الخارجية "
  "العراقي فؤاد حسين والرئيس الإيراني مسعود بزشكيان.", [], [MW(FUAD, PEZ)]),
 ("ar_no_meeting", "ar", "افتتح الرئيس التركي رجب طيب أردوغان معرضاً للكتاب في أنقرة، بحضور وزير "
  "الخارجية العراقي فؤاد حسين.", [], [MW(FUAD, ERDOGAN)]),
]


@pytest.mark.parametrize("name,lang,text,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_present_ar(ex, name, lang, text, must, must_not) -> None:
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)


def test_topic_place_is_no_visit(ex) -> None:
    doc = ex.extract("بحث الرئيس التركي رجب طيب أردوغان مع رئيس الوزراء العراقي محمد شياع السوداني "
                     "الأوضاع في لبنان، بحضور وزير الخارجية التركي هاكان فيدان.", lang="ar")
    assert_relations(doc, "topic_place", [MW(FIDAN, SUDANI)],
                     [("VISITED", p, "country:lebanon") for p in (ERDOGAN, SUDANI, FIDAN)])
