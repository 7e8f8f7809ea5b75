"""Arabic "عقد الرئيسان (الجانبان) محادثات" after the two were named together in the sentence
(session 20, ``meeting_press._held_by_two_here``): "افتتح X مع الرئيس Y جسراً، ثم عقد الرئيسان
محادثات مغلقة": X met Y. "الرئيسان" / "الرئيسين" join the Arabic duals of ``plural_refs`` (the
plural is رؤساء). The English "the two presidents held talks" is not read yet (English meetings
are another topic). Our own sentences, not taken from any dev set.

Negatives: two people of one side travelling together who then hold talks with a third party
("وصل X مع نائبه Y، وعقد الجانبان اجتماعاً مع ...").
"""

import pytest

from tests.extract_support import MW, assert_relations

PEZESHKIAN, ALIYEV = "person:masoud-pezeshkian", "person:ilham-aliyev"
ARAGHCHI, RAVANCHI = "person:abbas-araghchi", "person:majid-takht-ravanchi"

# (name, lang, text, must, must_not)
CASES = [
 ("opened_with_then_held_talks", "ar", "زار الرئيس مسعود بزشكيان مدينة تبريز، حيث افتتح مع الرئيس "
  "إلهام علييف جسراً حدودياً، ثم عقد الرئيسان محادثات مغلقة.", [MW(PEZESHKIAN, ALIYEV)], []),
 ("one_side_with_third_party", "ar", "وصل وزير الخارجية عباس عراقجي إلى الرياض مع نائبه مجيد تخت "
  "روانجي، وعقد الجانبان اجتماعاً مع المسؤولين السعوديين.", [], [MW(ARAGHCHI, RAVANCHI)]),
]


@pytest.mark.parametrize("name,lang,text,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_dual_held_ar(ex, name, lang, text, must, must_not) -> None:
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
