"""MET_WITH (Arabic): a sentence that opens with a verb of motion and its destination and
names no one ("ثم توجه إلى بيروت، والتقى A وB") continues the previous sentence's subject:
the visitor met A and B, A did not meet B. A second person with no و (VSO: "والتقى A B")
or a name before the verb keeps the sentence's own reading. Our own sentences, not taken
from any dev set.
"""

import pytest

from tests.extract_support import MW, assert_relations

ARAGHCHI, AOUN, SALAM = "person:abbas-araghchi", "person:joseph-aoun", "person:nawaf-salam"
ERDOGAN, MBS, FAISAL = ("person:recep-tayyip-erdogan", "person:mohammed-bin-salman",
                        "person:faisal-bin-farhan")
QAANI, NECHIRVAN, MASROUR = ("person:esmail-qaani", "person:nechirvan-barzani",
                             "person:masrour-barzani")


# (name, text, must, must_not)
CASES = [
 ("then_went_to",
  "وصل وزير الخارجية الإيراني عباس عراقجي إلى دمشق. ثم توجه إلى بيروت، والتقى الرئيس اللبناني "
  "جوزاف عون ورئيس الحكومة نواف سلام.", [MW(ARAGHCHI, AOUN), MW(ARAGHCHI, SALAM)],
  [MW(AOUN, SALAM)]),
 ("after_that_moved_to",
  "زار الرئيس التركي رجب طيب أردوغان القاهرة أمس. وبعد ذلك انتقل إلى الرياض، والتقى ولي العهد "
  "الأمير محمد بن سلمان ووزير الخارجية فيصل بن فرحان.", [MW(ERDOGAN, MBS), MW(ERDOGAN, FAISAL)],
  [MW(MBS, FAISAL)]),
 ("moved_later_to",
  "وصل قائد فيلق القدس إسماعيل قاآني إلى بغداد. وانتقل لاحقاً إلى أربيل، والتقى نيجيرفان بارزاني "
  "ومسرور بارزاني.", [MW(QAANI, NECHIRVAN), MW(QAANI, MASROUR)], [MW(NECHIRVAN, MASROUR)]),
 # negatives: VSO without و, a subject named before the verb
 ("vso_no_list",
  "وصل وزير الخارجية الإيراني عباس عراقجي إلى دمشق. ثم توجه إلى بيروت، والتقى الرئيس اللبناني "
  "جوزاف عون رئيس الحكومة نواف سلام.", [MW(AOUN, SALAM)], [MW(ARAGHCHI, SALAM)]),
 ("own_subject",
  "وصل وزير الخارجية الإيراني عباس عراقجي إلى دمشق. ثم توجه رئيس الحكومة نواف سلام إلى بعبدا، "
  "والتقى الرئيس جوزاف عون.", [MW(SALAM, AOUN)], [MW(ARAGHCHI, AOUN)]),
 ("not_met",
  "وصل وزير الخارجية الإيراني عباس عراقجي إلى دمشق. ثم توجه إلى بيروت، ولم يلتق الرئيس اللبناني "
  "جوزاف عون ورئيس الحكومة نواف سلام.", [], [MW(ARAGHCHI, AOUN), MW(AOUN, SALAM)]),
]


@pytest.mark.parametrize("name,text,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_motion_clause_then_met_list(ex, name, text, must, must_not):
    assert_relations(ex.extract(text, lang="ar"), name, must, must_not)


EN_CASES = [
 ("en_then_travelled",
  "Iranian Foreign Minister Abbas Araghchi arrived in Damascus. He then travelled to Beirut, "
  "where he met President Joseph Aoun and Prime Minister Nawaf Salam.",
  [MW(ARAGHCHI, AOUN), MW(ARAGHCHI, SALAM)], [MW(AOUN, SALAM)]),
 ("en_moved_on",
  "Turkish President Recep Tayyip Erdogan visited Cairo. Later he moved on to Riyadh and met "
  "Crown Prince Mohammed bin Salman and Foreign Minister Faisal bin Farhan.",
  [MW(ERDOGAN, MBS), MW(ERDOGAN, FAISAL)], [MW(MBS, FAISAL)]),
]


@pytest.mark.parametrize("name,text,must,must_not", EN_CASES, ids=[c[0] for c in EN_CASES])
def test_motion_clause_then_met_list_en(ex, name, text, must, must_not):
    assert_relations(ex.extract(text, lang="en"), name, must, must_not)
