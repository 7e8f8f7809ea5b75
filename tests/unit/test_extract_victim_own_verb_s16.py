"""A list item after a comma that has its own verb after its apposition ("Israel killed X,
the ..., and Y, the ..., died in Tehran" / "وY، ...، توفي في طهران") is no second victim of
the killing verb (session 16). Our own sentences; a plural verb ("were killed") keeps the list."""

import pytest

from tests.extract_support import AB, assert_relations

NASR, HANIYEH, ISR = "person:hassan-nasrallah", "person:ismail-haniyeh", "country:israel"


@pytest.mark.parametrize("text,lang", [
    ("Israel killed Hassan Nasrallah, the Hezbollah leader, and Ismail Haniyeh, the Hamas "
     "chief, died in Tehran weeks later.", "en"),
    ("In 2024 Israel said it had killed Hassan Nasrallah, the head of Hezbollah, and in July "
     "Ismail Haniyeh, the leader of Hamas, was killed in a blast in Tehran.", "en"),
    ("Israeli jets killed Hassan Nasrallah, Hezbollah's leader, while Ismail Haniyeh, the Hamas "
     "chief, survived an earlier attempt.", "en"),
    ("قتلت إسرائيل حسن نصر الله، الأمين العام لحزب الله، وإسماعيل هنية، رئيس المكتب السياسي "
     "لحماس، توفي في طهران.", "ar"),
])
def test_item_with_own_verb_is_no_victim(ex, text, lang):
    assert_relations(ex.extract(text, lang=lang), text, [AB(NASR, ISR)], [AB(HANIYEH, ISR)])


@pytest.mark.parametrize("text,lang", [
    ("Israel killed Hassan Nasrallah, the Hezbollah leader, and Ismail Haniyeh, the Hamas "
     "chief, in strikes weeks apart.", "en"),
    ("قتلت إسرائيل حسن نصر الله، الأمين العام لحزب الله، وإسماعيل هنية، رئيس المكتب السياسي "
     "لحماس، في غارتين.", "ar"),
])
def test_list_without_own_verb_keeps_both(ex, text, lang):
    assert_relations(ex.extract(text, lang=lang), text, [AB(NASR, ISR), AB(HANIYEH, ISR)], [])
