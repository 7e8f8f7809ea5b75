"""Session 67 (blind67m): fixes after the first contact of blind set QG-QH (Iraq between Iran and the
United States 2023-2025, written blind: Mohammed Shia al-Sudani's visitors, the US strikes in Baghdad, the
PMF's commanders), each read in several paraphrases of other outlets, people and clitics.

- Names, Arabic: a ceremony or a reception held for a title's holder, «وأقيمت للرئيس الإيراني مراسم
  استقبال رسمية»، «أقام ... للوزير مأدبة غداء»، «حفل تكريم»: the noun after the title is no name
  (``lexicon.AR_COMMON_NOUNS``: مراسم، مراسيم، مأدبة، حفل), so no invented person meets the host and
  the meeting's real people keep their pairs.
- Killings, Arabic: "X خلف Y في <المنصب>، بعد / عقب مقتله / اغتياله بضربة أمريكية": the pronoun is Y,
  the one whose post was taken, also when the post's words and a comma stand between and X was
  named before (``kill_nouns.succeeded_person_before``, read by ``killing_nominal``); no agent
  («بعد وفاته») gives nothing.
"""

import pytest

from tests.extract_support import entity_ids as _ids
from tests.extract_support import met_sorted as _met
from tests.extract_support import relation_pairs as _pairs
from tests.extract_support import sorted_pair as _pair

SUDANI, PEZESHKIAN, ARAGHCHI, FUAD = ("person:mohammed-shia-al-sudani", "person:masoud-pezeshkian",
                                      "person:abbas-araghchi", "person:fuad-hussein")
AOUN, SHARAA, RASHID = "person:joseph-aoun", "person:ahmed-al-sharaa", "person:abdul-latif-rashid"


def _invented(ids: set[str]) -> set[str]:
    """Person ids minted from a ceremony's words."""
    return {i for i in ids if i.startswith("person:") and any(
        w in i for w in ("marasm", "marasim", "maraseem", "madaba", "maadaba", "hafl", "haf"))}


# --- a ceremony after a title is no name --------------------------------------------------------

@pytest.mark.parametrize("text, host, guest", [
    ("وأقيمت للرئيس الإيراني مراسم استقبال رسمية في القصر الحكومي، حيث كان في استقباله رئيس الوزراء "
     "العراقي محمد شياع السوداني.", SUDANI, None),
    ("وأقيمت للرئيس السوري أحمد الشرع مراسم استقبال رسمية في قصر بعبدا، حيث كان في استقباله الرئيس "
     "جوزاف عون.", AOUN, SHARAA),
    ("وأقام الرئيس العراقي عبد اللطيف رشيد للرئيس الإيراني مأدبة غداء في قصر بغداد.", RASHID, None),
    ("وجرت للوزير الإيراني مراسيم استقبال رسمية في مطار بغداد الدولي.", None, None),
    ("وأقيم للرئيس الضيف حفل استقبال رسمي في قصر الشعب بدمشق.", None, None),
])
def test_a_ceremony_after_a_title_is_no_person(shipped, text, host, guest):
    ids = _ids(shipped, text, "ar")
    assert not _invented(ids)
    if host:
        assert host in ids
    if guest:
        assert _pair(host, guest) in _met(shipped, text, "ar")


def test_the_attendees_of_the_talks_after_the_ceremony_keep_their_pairs(shipped):
    text = ("وصل رئيس الجمهورية الإسلامية الإيرانية مسعود بزشكيان، صباح اليوم الأربعاء، إلى بغداد.\n"
            "وأقيمت للرئيس الإيراني مراسم استقبال رسمية في القصر الحكومي، حيث كان في استقباله رئيس الوزراء "
            "العراقي محمد شياع السوداني، وعقد الجانبان جلسة مباحثات موسعة بحضور وزير الخارجية الإيراني عباس "
            "عراقجي ووزير الخارجية العراقي فؤاد حسين.")
    met = _met(shipped, text, "ar")
    assert _pair(PEZESHKIAN, SUDANI) in met
    assert _pair(ARAGHCHI, SUDANI) in met
    assert _pair(FUAD, PEZESHKIAN) in met
    assert not _invented(_ids(shipped, text, "ar"))


# --- "X succeeded Y in the post, after his killing" -------------------------------------------

MUHANDIS, SOLEIMANI, HANIYEH, NASRALLAH = ("person:abu-mahdi-al-muhandis", "person:qasem-soleimani",
                                           "person:ismail-haniyeh", "person:hassan-nasrallah")
US, ISRAEL = "country:united-states", "country:israel"


@pytest.mark.parametrize("text, victim, agent", [
    ("وشارك في الحفل رئيس أركان الحشد عبد العزيز المحمداوي.\nوالمحمداوي خلف أبو مهدي المهندس في رئاسة "
     "أركان الحشد، بعد مقتله بضربة أمريكية قرب مطار بغداد مطلع عام 2020.", MUHANDIS, US),
    ("وحضر اللقاء قائد فيلق القدس إسماعيل قاآني.\nوكان قاآني قد خلف قاسم سليماني في قيادة فيلق القدس، "
     "عقب اغتياله بغارة أمريكية قرب مطار بغداد.", SOLEIMANI, US),
    ("وألقى رئيس المكتب السياسي لحماس يحيى السنوار كلمة.\nوكان السنوار قد خلف إسماعيل هنية على رأس "
     "المكتب السياسي للحركة، بعد اغتياله بضربة إسرائيلية في طهران.", HANIYEH, ISRAEL),
    ("وتولى نعيم قاسم الأمانة العامة للحزب.\nوقاسم خلف حسن نصر الله في الأمانة العامة لحزب الله، بعد "
     "اغتياله بغارة إسرائيلية على الضاحية الجنوبية.", NASRALLAH, ISRAEL),
])
def test_the_one_succeeded_is_the_victim_of_his_killing(shipped, text, victim, agent):
    assert (victim, agent) in _pairs(shipped, text, "ASSASSINATED_BY", "ar")


def test_a_death_with_no_agent_after_a_succession_is_no_killing(shipped):
    text = ("وتولى نعيم قاسم الأمانة العامة للحزب.\nوقاسم خلف حسن نصر الله في الأمانة العامة لحزب الله، "
            "بعد وفاته في بيروت.")
    assert not _pairs(shipped, text, "ASSASSINATED_BY", "ar")
