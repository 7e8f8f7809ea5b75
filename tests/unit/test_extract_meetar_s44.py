"""Session 44, Arabic MET_WITH recall (topic meetar): meeting participants listed after
"بمشاركة", with sentences written for these tests (other people, places and word orders)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract_support import MW, assert_relations

# ---- "برئاسة X، وبمشاركة A، و<title> B" / "الحوار الثلاثي ...، بمشاركة A وB، و<title> C": the
# participant list goes on past "، و" and a title (meeting_presided_ar with
# meeting_attend_forms.titled_list_ar; a bare "مساعد / معاون" before the title it serves) --
PARTICIPANTS = [
    # a chair, then two participants, the second after "، ومساعد وزير ..."
    ("استضافت القاهرة أمس الاجتماع الأول للجنة المشتركة، برئاسة وزير الخارجية المصري سامح "
     "شكري، وبمشاركة وزير الخارجية الأردني أيمن الصفدي، ومساعد وزير الخارجية الإيراني علي "
     "باقري كني.",
     [MW("person:ali-bagheri-kani", "person:sameh-shoukry"),
      MW("person:ali-bagheri-kani", "person:ayman-safadi")], []),
    # no chair, a four-sided dialogue; the third participant after "، ووزير خارجية حكومة ..."
    ("استضافت طهران أمس الجولة الأولى من الحوار الرباعي، بمشاركة وزير الخارجية الصيني وانغ "
     "يي ونائب رئيس الوزراء الباكستاني إسحاق دار، ووزير خارجية حكومة طالبان أمير خان متقي.",
     [MW("person:amir-khan-muttaqi", "person:ishaq-dar"),
      MW("person:amir-khan-muttaqi", "person:wang-yi")], []),
]

PARTICIPANTS_NOT = [
    # a delegation headed by X with A and B: members of one side, not a meeting among them
    ("وصل إلى الرياض وفد برئاسة وزير الخارجية المصري سامح شكري، وبمشاركة وزير الخارجية "
     "الأردني أيمن الصفدي، ومساعد وزير الخارجية الإيراني علي باقري كني.",
     [], [MW("person:ali-bagheri-kani", "person:sameh-shoukry"),
          MW("person:ali-bagheri-kani", "person:ayman-safadi")]),
    # a new clause after "، و": its subject is no participant
    ("استضافت القاهرة أمس الاجتماع الأول للجنة المشتركة، برئاسة وزير الخارجية المصري سامح "
     "شكري، وبمشاركة وزير الخارجية الأردني أيمن الصفدي، وقال المتحدث علي باقري كني إن "
     "إيران لم تدع.",
     [], [MW("person:ali-bagheri-kani", "person:sameh-shoukry")]),
]


@pytest.mark.parametrize(("text", "must", "must_not"), PARTICIPANTS + PARTICIPANTS_NOT)
def test_participants_titled_list(ex: Any, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang="ar"), text[:50], must, must_not)


def test_participants_titled_list_cut(ex: Any) -> None:
    """A text that ends right after "ومساعد" or "بمشاركة" gives no error."""
    head = "استضافت القاهرة الاجتماع، برئاسة وزير الخارجية المصري سامح شكري، وبمشاركة"
    ex.extract(head, lang="ar")
    ex.extract(head + " وزير الخارجية الأردني أيمن الصفدي، ومساعد", lang="ar")
