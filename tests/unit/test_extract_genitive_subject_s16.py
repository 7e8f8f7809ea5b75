"""A person completing a noun before him ("بعد سقوط نظام X"، "في عهد حكومة X"، "مقتل X") is
no subject of the meeting verb after him; the subject carried from the clause before is
(session 16). Our own sentences."""

import pytest

from tests.extract_support import MW, assert_relations

ARAGHCHI, SUDANI, FUAD = "person:abbas-araghchi", "person:mohammed-shia-al-sudani", \
    "person:fuad-hussein"
MAHDI, SADDAM = "person:adil-abdul-mahdi", "person:saddam-hussein"


@pytest.mark.parametrize("text,must,must_not", [
    ("وصل عراقجي إلى بغداد بعد سقوط حكومة عادل عبد المهدي والتقى السوداني.",
     [MW(ARAGHCHI, SUDANI)], [MW(MAHDI, SUDANI)]),
    ("وكان عراقجي أول مسؤول إيراني يزور بغداد بعد سقوط نظام صدام حسين، إذ التقى السوداني في "
     "كانون الأول.", [MW(ARAGHCHI, SUDANI)], [MW(SADDAM, SUDANI)]),
    ("زار وزير الخارجية الإيراني عباس عراقجي بغداد في عهد حكومة عادل عبد المهدي، والتقى فؤاد "
     "حسين.", [MW(ARAGHCHI, FUAD)], [MW(MAHDI, FUAD)]),
])
def test_genitive_is_no_subject(ex, text, must, must_not):
    assert_relations(ex.extract(text, lang="ar"), text, must, must_not)


def test_title_with_government_keeps_its_holder(ex):
    text = "استقبل رئيس حكومة إقليم كردستان مسرور بارزاني وزير الخارجية فؤاد حسين في أربيل."
    assert_relations(ex.extract(text, lang="ar"), text,
                     [MW("person:masrour-barzani", FUAD)], [])
