"""An indefinite nisba adjective right after an indefinite common noun ("وفد إيراني",
"وفد عسكري") describes the noun: it is no known person whose family name is that word
(Shahram Irani, Abu Ali al-Askari). The people themselves stay. Our own sentences.
"""

import pytest

IRANI, ASKARI = "person:shahram-irani", "person:abu-ali-al-askari"


def _people(ex, text: str) -> set[str]:
    return {e["id"] for e in ex.extract(text, lang="ar")["entities"] if e["type"] == "Person"}


@pytest.mark.parametrize("name,text,eid", [
    ("iranian_delegation", "ووصل إلى مسقط وفد إيراني رفيع لبحث الملف النووي.", IRANI),
    ("military_delegation", "واستقبل وزير الدفاع وفد عسكري قادم من أنقرة.", ASKARI),
    ("military_delegation_led", "وشارك في الاجتماع وفد عسكري يرأسه قائد القوات البرية.", ASKARI),
], ids=["iranian_delegation", "military_delegation", "military_delegation_led"])
def test_adjective_is_no_person(ex, name, text, eid):
    assert eid not in _people(ex, text), f"{name}: an adjective became {eid}"


@pytest.mark.parametrize("text,eid", [
    ("والتقى الوفد العسكري الأدميرال شهرام إيراني في طهران.", IRANI),
    ("وقال أبو علي العسكري في بيان إن الفصائل لن تتراجع.", ASKARI),
])
def test_the_person_stays(ex, text, eid):
    assert eid in _people(ex, text)
