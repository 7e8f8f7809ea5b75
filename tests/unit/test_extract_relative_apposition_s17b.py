"""The head of an Arabic relative clause past an apposition, session 17 second round:
"X، قائد المقر، الذي لم يمضِ على تعيينه ... خلفاً لـY" -> X succeeded Y."""

from __future__ import annotations

import pytest

from tests.extract_support import SO, assert_relations

CASES = [
    ("وقال الجيش الإسرائيلي إنه قتل علي شادماني، قائد مقر خاتم الأنبياء المركزي، الذي لم يمضِ "
     "على تعيينه سوى أربعة أيام خلفاً للواء غلام علي رشيد.", "ar",
     [SO("person:ali-shadmani", "person:gholam-ali-rashid")], []),
    ("وصل عباس عراقجي، وزير الخارجية الإيراني، الذي لم يمضِ على تعيينه شهر خلفاً لعلي باقري "
     "كني، إلى بغداد.", "ar", [SO("person:abbas-araghchi", "person:ali-bagheri-kani")], []),
    ("استقبل السوداني الوفد، ومعه مبعوث الرئيس مسعود بزشكيان، الذي لم يمضِ على تعيينه شهر "
     "خلفاً لعلي باقري كني.", "ar", [],
     [SO("person:mohammed-shia-al-sudani", "person:ali-bagheri-kani")]),
]


@pytest.mark.parametrize("text,lang,must,never", CASES)
def test_relative_head_past_apposition(ex, text: str, lang: str, must: list,
                                       never: list) -> None:
    assert_relations(ex.extract(text, lang=lang), text[:40], must, never)
