"""Session 27 (ent27): the ministry or government an office-holder's title names
(``title_ministries``), both scripts; deputies, aides and a region's premier lead none of them,
and the core relations of the sentence stay as they were."""

from __future__ import annotations

import pytest

from tests.extract_support import MW, assert_relations

ARAGHCHI = "person:abbas-araghchi"
SUDANI = "person:mohammed-shia-al-sudani"
MASROUR = "person:masrour-barzani"
KATZ = "person:israel-katz"
IR_FM = "organization:iranian-foreign-ministry"
IQ_GOV = "organization:iraqi-government"
IQ = "country:iraq"
KRG = "organization:kurdistan-regional-government"


def LEADS(a: str, b: str) -> tuple[str, str, str]:
    return ("LEADS", a, b)


CASES = [
    ("en", "Iranian Foreign Minister Abbas Araghchi met Prime Minister Mohammed Shia al-Sudani "
     "in Baghdad on Sunday.",
     [LEADS(ARAGHCHI, IR_FM), LEADS(SUDANI, IQ_GOV), MW(ARAGHCHI, SUDANI)], [LEADS(SUDANI, IQ)]),
    ("ar", "التقى وزير الخارجية الإيراني عباس عراقجي رئيس مجلس الوزراء العراقي محمد شياع "
     "السوداني في بغداد.",
     [LEADS(ARAGHCHI, IR_FM), LEADS(SUDANI, IQ_GOV), MW(ARAGHCHI, SUDANI)], [LEADS(SUDANI, IQ)]),
    # a country the gazetteer has no ministry for: a new body, named by the demonym
    ("en", "Pakistani Foreign Minister Ishaq Dar said on Monday that talks would resume.",
     [("LEADS", "person:ishaq-dar", "organization:pakistani-foreign-ministry")], []),
    ("ar", "وقال وزير الخارجية اليمني شائع الزنداني إن المحادثات ستستأنف.",
     [("LEADS", "person:shaya-al-zindani", "organization:yemeni-foreign-ministry")], []),
    # a deputy or an aide leads nothing
    ("en", "Deputy Foreign Minister Majid Takht-Ravanchi led the Iranian team.",
     [], [LEADS("person:majid-takht-ravanchi", IR_FM)]),
    ("ar", "ترأس المراسم مساعد وزير الخارجية الإيراني علي رضا بيكدلي.",
     [], [LEADS("person:alireza-bikdeli", IR_FM)]),
    # a region's prime minister, or one the gazetteer knows to lead another body
    ("en", "Blinken flew to Erbil to see Kurdistan Region Prime Minister Masrour Barzani.",
     [], [LEADS(MASROUR, IQ_GOV)]),
    ("en", "A meeting with Prime Minister Masrour Barzani followed in Erbil.",
     [], [LEADS(MASROUR, IQ_GOV)]),
    # "وزير المالية X": the kind word, not the nationality "Malian"
    ("ar", "وقال وزير المالية سالم بن بريك إن الرواتب ستصرف.",
     [], [("LEADS", "person:salem-bin-breik", "organization:malian-finance-ministry")]),
    # the person's own country when the title names none
    ("en", "Defence Minister Israel Katz said the strike had been approved.",
     [("LEADS", KATZ, "organization:israeli-defence-ministry")], []),
]


@pytest.mark.parametrize("lang,text,must,must_not", CASES)
def test_title_ministries(ex, lang: str, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang=lang), text[:40], must, must_not)


# ---- a capital visited is the city ("arrived in Moscow"), not the state it stands for -------
VISITS = [
    ("en", "Abbas Araghchi arrived in Moscow on Monday and met Vladimir Putin.",
     [("VISITED", ARAGHCHI, "location:moscow")],
     [("VISITED", ARAGHCHI, "country:russia")]),
    ("ar", "وصل وزير الخارجية الإيراني عباس عراقجي إلى موسكو والتقى الرئيس فلاديمير بوتين.",
     [("VISITED", ARAGHCHI, "location:moscow")],
     [("VISITED", ARAGHCHI, "country:russia")]),
    ("ar", "وزار عباس عراقجي الدوحة يوم الاثنين.",
     [("VISITED", ARAGHCHI, "location:doha")], [("VISITED", ARAGHCHI, "country:qatar")]),
    # the country named as such stays the country
    ("en", "Abbas Araghchi visited Russia on Monday.",
     [("VISITED", ARAGHCHI, "country:russia")], [("VISITED", ARAGHCHI, "location:moscow")]),
]


@pytest.mark.parametrize("lang,text,must,must_not", VISITS)
def test_capital_visited_is_the_city(ex, lang: str, text: str, must: list,
                                     must_not: list) -> None:
    assert_relations(ex.extract(text, lang=lang), text[:40], must, must_not)
