"""Arabic "الأمير" / "الشيخ" / "الملك" alone in place of a name: the person the article
introduced with that title right before (or as the first word of) the name, whatever
office he holds ("ولي العهد الأمير X", "وزير الخارجية الإماراتي الشيخ X"). The English
side ("the prince", "the sheikh") was done in session 17 (session 17b)."""

from __future__ import annotations

import pytest

from tests.extract_support import MW, assert_relations

CASES = [
    ("crown_prince_as_object",
     "وصل ولي العهد السعودي الأمير محمد بن سلمان إلى أنقرة. واستقبل الرئيس التركي رجب طيب "
     "أردوغان الأمير في المجمع الرئاسي.",
     [MW("person:mohammed-bin-salman", "person:recep-tayyip-erdogan")], []),
    ("prince_minister_as_subject",
     "وصل وزير الخارجية السعودي الأمير فيصل بن فرحان إلى طهران. وبحث الأمير مع الوزير عباس "
     "عراقجي الملف النووي.",
     [MW("person:faisal-bin-farhan", "person:abbas-araghchi")], []),
    ("emir_still_resolved",
     "وصل أمير قطر الشيخ تميم بن حمد آل ثاني إلى أنقرة. واستقبل الرئيس التركي رجب طيب "
     "أردوغان الأمير في المجمع الرئاسي.",
     [MW("person:tamim-bin-hamad-al-thani", "person:recep-tayyip-erdogan")], []),
    ("king_as_object",
     "وصل الملك الأردني عبد الله الثاني إلى القاهرة. واستقبل الرئيس المصري عبد الفتاح "
     "السيسي الملك في قصر الاتحادية.",
     [MW("person:abdullah-ii", "person:abdel-fattah-el-sisi")], []),
    # negative: the prince is not the Turkish president named last
    ("prince_not_last_named",
     "وصل ولي العهد السعودي الأمير محمد بن سلمان إلى أنقرة حيث كان الرئيس التركي رجب طيب "
     "أردوغان. والتقى الأمير رئيس الوزراء العراقي محمد شياع السوداني.",
     [MW("person:mohammed-bin-salman", "person:mohammed-shia-al-sudani")],
     [MW("person:recep-tayyip-erdogan", "person:mohammed-shia-al-sudani")]),
]


@pytest.mark.parametrize(("name", "text", "must", "must_not"), CASES,
                         ids=[c[0] for c in CASES])
def test_royal_title_alone_ar(ex, name: str, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang="ar"), name, must, must_not)
