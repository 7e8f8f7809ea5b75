"""Session 29 (coref): wrong and missing coreference of meeting participants. An Arabic title
whose "في ..." qualifier runs on to a name ("رئيس الحركة في قطاع غزة (الدكتور) X", "وزير
الخارجية في حكومة تصريف الأعمال X") is that person's own title, not a description of someone
the article named before with the same title. "الموفد / الموفدة" (the Levant's envoy) is an
envoy's title and, alone, a description of the envoy named before. A head of state's
description ("the president", "الرئيس") is the person the article titled so, not the last
person named (a representative in attendance). Cases of our own, and the relations that must
stay."""

from __future__ import annotations

import pytest

from tests.extract_support import MW, assert_relations

HANIYEH = "person:ismail-haniyeh"
HAYYA = "person:khalil-al-hayya"
ABDELATTY = "person:badr-abdelatty"
SAFADI = "person:ayman-safadi"
BASHIR = "person:mohammed-al-bashir"
SHAIBANI = "person:asaad-al-shaibani"
SALAM = "person:nawaf-salam"
JABER = "person:yassine-jaber"
HOCHSTEIN = "person:amos-hochstein"
MIKATI = "person:najib-mikati"
AOUN = "person:joseph-aoun"
ORTAGUS = "person:morgan-ortagus"
HAYKAL = "person:rodolphe-haykal"
MENASSA = "person:michel-menassa"
PEZESHKIAN = "person:masoud-pezeshkian"
FUAD = "person:fuad-hussein"
MASROUR = "person:masrour-barzani"

# ---- a title with a "في ..." qualifier, then the name: the name's own title -----------------
QUALIFIED_TITLE_NAME = [
    ("ar", "عبد العاطي يستقبل وفد حماس\nاغتيل رئيس المكتب السياسي لحركة حماس إسماعيل هنية في "
     "طهران في تموز الماضي.\nواستقبل وزير الخارجية المصري بدر عبد العاطي، الأحد في القاهرة، "
     "رئيس الحركة في قطاع غزة الدكتور خليل الحية.",
     [MW(ABDELATTY, HAYYA)], [MW(ABDELATTY, HANIYEH)]),
    ("ar", "الشيباني في عمّان\nاجتمع وزير الخارجية الأردني أيمن الصفدي مع رئيس الحكومة السورية "
     "محمد البشير في عمّان.\nوحضر الاجتماع وزير الخارجية في حكومة تصريف الأعمال أسعد الشيباني.",
     [MW(SAFADI, BASHIR), MW(SHAIBANI, SAFADI), MW(SHAIBANI, BASHIR)], []),
    # an unknown name after the qualifier: no description of Mikati at the meeting
    ("ar", "هوكستين في بيروت\nالتقى الموفد الأميركي آموس هوكستين رئيس حكومة تصريف الأعمال نجيب "
     "ميقاتي في السراي.\nثم التقى هوكستين قائد الجيش العماد جوزاف عون في اليرزة، في حضور وزير "
     "الدفاع في حكومة تصريف الأعمال موريس سليم.",
     [MW(HOCHSTEIN, MIKATI), MW(HOCHSTEIN, AOUN)], [MW(AOUN, MIKATI)]),
    # the qualifier has a possessive ("في مكتبه"): the title stays a description of Salam
    ("ar", "سلام يستقبل جابر\nعاد رئيس الحكومة اللبنانية نواف سلام إلى بيروت أمس.\nواستقبل رئيس "
     "الحكومة في مكتبه وزير المال ياسين جابر.",
     [MW(SALAM, JABER)], []),
]


@pytest.mark.parametrize("lang,text,must,must_not", QUALIFIED_TITLE_NAME)
def test_qualified_title_name_ar(ex, lang: str, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang=lang), text[:40], must, must_not)


# ---- "الموفد / الموفدة": the envoy named before ---------------------------------------------
ENVOY_DESCRIPTION = [
    ("ar", "أورتاغوس في بيروت\nوصلت الموفدة الأميركية مورغان أورتاغوس إلى بيروت أمس، واستهلت "
     "جولتها من السراي.\nوبعد الظهر، التقت الموفدة الأميركية قائد الجيش العماد رودولف هيكل في "
     "اليرزة.", [MW(ORTAGUS, HAYKAL)], []),
    ("ar", "هوكستين في بيروت\nعاد الموفد الأميركي آموس هوكستين إلى بيروت أمس حاملاً ردّ إسرائيل."
     "\nوفي بعبدا، التقى رئيس الجمهورية جوزاف عون الموفد الأميركي، في حضور وزير الدفاع ميشال "
     "منسى.", [MW(HOCHSTEIN, AOUN), MW(AOUN, MENASSA)], []),
    # the English envoy, as before
    ("en", "Hochstein in Beirut\nUS envoy Amos Hochstein returned to Beirut on Monday. At Baabda, "
     "President Joseph Aoun received the envoy in the presence of Caretaker Prime Minister Najib "
     "Mikati.", [MW(HOCHSTEIN, AOUN)], []),
]


@pytest.mark.parametrize("lang,text,must,must_not", ENVOY_DESCRIPTION)
def test_envoy_description(ex, lang: str, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang=lang), text[:40], must, must_not)


# ---- "the president": the one the article titled so, not the attendee named last -----------
HEAD_OF_STATE_DESCRIPTION = [
    ("en", "Pezeshkian receives delegations\nTEHRAN - Iranian President Masoud Pezeshkian received "
     "Iraqi Foreign Minister Fuad Hussein on Monday, in the presence of the group's representative "
     "in Tehran, Karim Haddad.\nKurdistan Region Prime Minister Masrour Barzani was also received "
     "by the president later in the day.",
     [MW(PEZESHKIAN, FUAD), MW(PEZESHKIAN, MASROUR)], [MW(MASROUR, "person:karim-haddad")]),
    ("ar", "بزشكيان يستقبل وفوداً\nطهران - استقبل الرئيس الإيراني مسعود بزشكيان، الاثنين، وزير "
     "الخارجية العراقي فؤاد حسين، بحضور ممثل الحركة في طهران، كريم حداد.\nكما استقبل الرئيس في "
     "وقت لاحق رئيس حكومة إقليم كوردستان مسرور بارزاني.",
     [MW(PEZESHKIAN, FUAD), MW(PEZESHKIAN, MASROUR)], [MW(MASROUR, "person:karim-haddad")]),
]


@pytest.mark.parametrize("lang,text,must,must_not", HEAD_OF_STATE_DESCRIPTION)
def test_head_of_state_description(ex, lang: str, text: str, must: list,
                                   must_not: list) -> None:
    assert_relations(ex.extract(text, lang=lang), text[:40], must, must_not)
