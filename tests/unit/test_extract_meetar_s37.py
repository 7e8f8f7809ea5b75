"""Session 37, Arabic MET_WITH recall (topic meetar): sentence shapes the rules missed, with
sentences written for these tests (other people, places and word orders)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract_support import MW, assert_relations

# ---- "وكان في استقبال G لدى وصوله A، وB": the hosts at the welcome met each other too ------
CO_RECEIVERS = [
    ("وكان في استقبال الرئيس السوري أحمد الشرع لدى وصوله إلى مطار الرياض الأمير فيصل بن فرحان "
     "وزير الخارجية، ووزير الدولة عادل الجبير.",
     [MW("person:adel-al-jubeir", "person:faisal-bin-farhan"),
      MW("person:adel-al-jubeir", "person:ahmed-al-sharaa"),
      MW("person:ahmed-al-sharaa", "person:faisal-bin-farhan")], []),
    ("وكان في استقبال وزير الدفاع التركي يشار غولر في بغداد رئيس أركان الجيش عبد الأمير يار الله "
     "ورئيس هيئة الحشد فالح الفياض.",
     [MW("person:abdul-amir-yarallah", "person:falih-al-fayyadh"),
      MW("person:falih-al-fayyadh", "person:yasar-guler")], []),
]

CO_RECEIVERS_NOT = [
    # the second man stayed away: a clause of its own, no list
    ("وكان في استقبال الرئيس السوري أحمد الشرع لدى وصوله إلى مطار الرياض الأمير فيصل بن فرحان "
     "وزير الخارجية، فيما غاب عن الاستقبال وزير الدولة عادل الجبير.",
     [MW("person:adel-al-jubeir", "person:faisal-bin-farhan"),
      MW("person:adel-al-jubeir", "person:ahmed-al-sharaa")]),
    # negated welcome
    ("ولم يكن في استقبال وزير الدفاع التركي يشار غولر في بغداد رئيس أركان الجيش عبد الأمير يار "
     "الله ورئيس هيئة الحشد فالح الفياض.",
     [MW("person:abdul-amir-yarallah", "person:falih-al-fayyadh")]),
]


@pytest.mark.parametrize(("text", "must", "must_not"), CO_RECEIVERS)
def test_co_receivers(ex: Any, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang="ar"), text[:50], must, must_not)


@pytest.mark.parametrize(("text", "must_not"), CO_RECEIVERS_NOT)
def test_co_receivers_negative(ex: Any, text: str, must_not: list) -> None:
    assert_relations(ex.extract(text, lang="ar"), text[:50], [], must_not)


# ---- "استقبل H A وB. وحضر اللقاء Z" (Z of H's side): the aide met both guests too -----------
HOST_AIDE = [
    ("استقبل الرئيس السوري أحمد الشرع في قصر الشعب وزير الخارجية التركي هاكان فيدان ووزير "
     "الخارجية الأردني أيمن الصفدي.\nوحضر اللقاء وزير الخارجية السوري أسعد الشيباني.",
     [MW("person:asaad-al-shaibani", "person:hakan-fidan"),
      MW("person:asaad-al-shaibani", "person:ayman-safadi"),
      MW("person:ahmed-al-sharaa", "person:asaad-al-shaibani")], []),
]

HOST_AIDE_NOT = [
    # the guests received one by one: the aide attended the host's meeting only
    ("استقبل الرئيس السوري أحمد الشرع في قصر الشعب وزير الخارجية التركي هاكان فيدان، ثم استقبل "
     "في المساء وزير الخارجية الأردني أيمن الصفدي.\nوحضر اللقاء وزير الخارجية السوري أسعد "
     "الشيباني.",
     [MW("person:asaad-al-shaibani", "person:hakan-fidan")]),
    # three guests: a delegation, not paired with the host's aide
    ("استقبل الرئيس السوري أحمد الشرع في قصر الشعب وزير الخارجية التركي هاكان فيدان ووزير "
     "الخارجية الأردني أيمن الصفدي ووزير الخارجية اللبناني يوسف رجي.\nوحضر اللقاء وزير الخارجية "
     "السوري أسعد الشيباني.",
     [MW("person:asaad-al-shaibani", "person:hakan-fidan"),
      MW("person:asaad-al-shaibani", "person:ayman-safadi")]),
]


@pytest.mark.parametrize(("text", "must", "must_not"), HOST_AIDE)
def test_host_aide(ex: Any, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang="ar"), text[:50], must, must_not)


@pytest.mark.parametrize(("text", "must_not"), HOST_AIDE_NOT)
def test_host_aide_negative(ex: Any, text: str, must_not: list) -> None:
    assert_relations(ex.extract(text, lang="ar"), text[:50], [], must_not)
