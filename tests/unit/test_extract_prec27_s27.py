"""Session 27 (prec27): false core relations of the newest writers. A family name with its
article in a headline is the person named in full below it; a body before a singular title
noun ("Hamas representative"), or after one as a headline's subject ("رئيس هيئة الحشد
يستقبل"), is no meeting partner; a title is no person's name ("Special Envoy",
"International Cooperation"); a meeting someone rules out did not happen; a semicolon ends a
kill verb's clause; a killing nobody claimed takes no agent from elsewhere. Cases of our own, both languages where the construction exists in both,
and the relation that must stay."""

from __future__ import annotations

import pytest

from tests.extract_support import AB, MW, assert_relations

GRUNDBERG = "person:hans-grundberg"
HADRAMI = "person:ahmed-al-hadrami"
MASHAT = "person:mahdi-al-mashat"
HAMAS = "organization:hamas"
HANIYEH = "person:ismail-haniyeh"
PEZESHKIAN = "person:masoud-pezeshkian"
WITKOFF = "person:steve-witkoff"
MACRON = "person:emmanuel-macron"
QASSEM = "person:naim-qassem"
HOUTHI = "person:abdul-malik-al-houthi"
SHUKR = "person:fuad-shukr"
FUAD = "person:fuad-hussein"
ARAJI = "person:qassim-al-araji"
PMF = "organization:popular-mobilization-forces"
FAYYADH = "person:falih-al-fayyadh"
AL_E_SADEGH = "person:mohammad-kazem-al-e-sadegh"
BIN_MUBARAK = "person:ahmed-awad-bin-mubarak"
GERRARD = "person:stephen-gerrard"
BADHIB = "person:nasser-badhib"
KARAKI = "person:ali-karaki"
IDF = "organization:israel-defense-forces"
ISRAEL = "country:israel"
USA = "country:united-states"

# ---- a headline's "Al-X", then the full name: one person -----------------------------------
HEADLINE_FAMILY_NAME = [
    ("en", "Minister Al-Hadrami meets UN envoy Grundberg in Aden\nADEN (Saba) - Foreign Minister "
     "Ahmed Awad Al-Hadrami met today in Aden the UN Special Envoy for Yemen, Hans Grundberg.",
     [MW(HADRAMI, GRUNDBERG)], [MW("person:al-hadrami", GRUNDBERG)]),
    ("ar", "الوزير الحضرمي يلتقي المبعوث الأممي غروندبرغ في عدن\nعدن (سبأ) - التقى وزير الخارجية "
     "أحمد عوض الحضرمي اليوم في عدن المبعوث الأممي إلى اليمن هانس غروندبرغ.",
     [MW(HADRAMI, GRUNDBERG)], []),
]

# ---- "receives Hamas representative": an unnamed person, not the body ----------------------
BODY_BEFORE_TITLE = [
    ("en", "President Al-Mashat receives Hamas representative in Sanaa", [],
     [MW(HAMAS, "person:al-mashat"), MW(HAMAS, MASHAT)]),
    ("en", "Ismail Haniyeh meets UN envoy in Doha", [],
     [MW(HANIYEH, "organization:united-nations")]),
    # plural: the body's people; a name after the title: that person
    ("en", "Mahdi al-Mashat met Hamas officials in Sanaa on Monday.", [MW(MASHAT, HAMAS)], []),
    ("en", "Ismail Haniyeh met UN envoy Hans Grundberg in Doha.", [MW(HANIYEH, GRUNDBERG)], []),
]

# ---- a headline's subject "رئيس Y" (Y a body, nobody named): someone unnamed ----------------
UNNAMED_HOLDER_SUBJECT = [
    ("ar", "رئيس هيئة الحشد يستقبل السفير الإيراني محمد كاظم آل صادق", [],
     [MW(PMF, AL_E_SADEGH)]),
    ("ar", "رئيس هيئة الحشد فالح الفياض يستقبل السفير الإيراني محمد كاظم آل صادق في بغداد",
     [MW(FAYYADH, AL_E_SADEGH)], []),
    ("ar", "كما التقى الوزير فؤاد حسين وكيلَ وزارة الخارجية الإيرانية للشؤون السياسية في طهران.",
     [], [MW(FUAD, "organization:iranian-foreign-ministry")]),
]

# ---- a title read as a name: "Y's Special Envoy", "Planning and International Cooperation" --
TITLE_NOT_NAME = [
    ("en", "Fuad Hussein met on Sunday in the Omani capital with the UN Secretary-General's "
     "Special Envoy to Yemen, Hans Grundberg, in the presence of Qassim al-Araji.",
     [MW(FUAD, GRUNDBERG), MW(FUAD, ARAJI), MW(GRUNDBERG, ARAJI)],
     [MW(FUAD, "person:special-envoy")]),
    ("en", "Aden (Saba) - Prime Minister Ahmed Awad bin Mubarak received today in Aden the World "
     "Bank's Country Director for Yemen, Mr. Stephen Gerrard.\nThe meeting, which was attended "
     "by the Minister of Planning and International Cooperation, Dr. Nasser Badhib, dealt with "
     "the budget.", [MW(BIN_MUBARAK, GERRARD), MW(BIN_MUBARAK, BADHIB), MW(GERRARD, BADHIB)],
     [MW(BIN_MUBARAK, "person:international-cooperation")]),
]

# ---- "ruled out any meeting with Y" / "استبعد أي لقاء مع Y" --------------------------------
RULED_OUT = [
    ("en", "Pezeshkian ruled out any meeting with US envoy Steve Witkoff in New York, accusing "
     "Washington of betrayal.\nMacron met Pezeshkian in New York on Tuesday.",
     [MW(MACRON, PEZESHKIAN)], [MW(PEZESHKIAN, WITKOFF)]),
    ("ar", "واستبعد الرئيس الإيراني مسعود بزشكيان أي لقاء مع المبعوث الأمريكي ستيف ويتكوف في "
     "نيويورك.\nوالتقى الرئيس الفرنسي إيمانويل ماكرون الرئيس الإيراني مسعود بزشكيان في نيويورك.",
     [MW(MACRON, PEZESHKIAN)], [MW(PEZESHKIAN, WITKOFF)]),
    # something else ruled out, the meeting stands
    ("en", "Pezeshkian ruled out new talks on missiles but met Steve Witkoff in New York on "
     "Tuesday.", [MW(PEZESHKIAN, WITKOFF)], []),
]

# ---- "X says it killed <someone unnamed>; Y names ...": Y is no victim ----------------------
SEMICOLON_ENDS_KILLING = [
    ("en", "Israel says it killed Hezbollah's military chief; Naim Qassem vows revenge within "
     "hours", [], [AB(QASSEM, ISRAEL)]),
    ("en", "US says it killed senior Houthi commander; Abdul-Malik al-Houthi names successor", [],
     [AB(HOUTHI, USA)]),
    ("en", "Israel says it killed Fuad Shukr; Hezbollah vows revenge", [AB(SHUKR, ISRAEL)], []),
]

# ---- "... دون أن تتبنى أي جهة العملية" / "no group claimed the attack": no agent from elsewhere
UNCLAIMED = [
    ("ar", "قتل الجيش الإسرائيلي القيادي في حزب الله فؤاد شكر في غارة على الضاحية. وفي اليوم "
     "نفسه قُتل القيادي علي كركي في هجوم مماثل دون أن تتبنى أي جهة العملية.",
     [AB(SHUKR, IDF)], [AB(KARAKI, IDF), AB(KARAKI, ISRAEL)]),
    ("en", "Israel killed Hezbollah commander Fuad Shukr in Beirut on Tuesday. The next day Ali "
     "Karaki was also killed in a drone strike; no group claimed the attack.",
     [AB(SHUKR, ISRAEL)], [AB(KARAKI, ISRAEL)]),
    # the agent named in the sentence stays
    ("ar", "قُتل القيادي علي كركي بغارة إسرائيلية، ولم تتبنَّ أي جهة أخرى العملية.",
     [AB(KARAKI, ISRAEL)], []),
]


@pytest.mark.parametrize("lang,text,must,must_not", HEADLINE_FAMILY_NAME + BODY_BEFORE_TITLE +
                         UNNAMED_HOLDER_SUBJECT + TITLE_NOT_NAME + RULED_OUT +
                         SEMICOLON_ENDS_KILLING + UNCLAIMED)
def test_prec27(ex, lang: str, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang=lang), text[:40], must, must_not)
