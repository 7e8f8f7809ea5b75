"""Whom the pronoun of "استقبله / التقاه" stands for (session 20, ``meeting_pronoun_ar``):

- "التقى S رئيسَ ... O، كما (ثم) استقبله C": the subject S of the sentence's earlier meeting, not its
  object O, the person nearest to the pronoun; English says it with a passive ("was then received
  by C"), read already;
- "زيارة X إلى واشنطن ...، حين استقبله C": the visitor X whose visit the sentence names, not a
  visitor of the sentences before;
- "11:40 - استقبله C" (a live report's time stamp): the sentence opens with the verb, so the
  pronoun is the visitor of the entries before, as after "واستقبله C" (English "receives him").

Our own sentences, not taken from any dev set. Negatives: a relative clause ("، الذي استقبله C":
the pronoun is the relative's head, not the earlier subject); an entry that does not open with
the verb ("11:40 - قال مصدر إن ... لن يستقبله C").
"""

import pytest

from tests.extract_support import MW, assert_relations

ARAGHCHI, FAISAL = "person:abbas-araghchi", "person:faisal-bin-farhan"
MBS, JUBEIR = "person:mohammed-bin-salman", "person:adel-al-jubeir"
GROSSI, ESLAMI = "person:rafael-grossi", "person:mohammad-eslami"
PEZESHKIAN = "person:masoud-pezeshkian"
MALIKI, BUSH = "person:nouri-al-maliki", "person:george-w-bush"
BUSAIDI = "person:badr-albusaidi"
LIVE = "تغطية مباشرة\n10:15 - وصل وزير الخارجية الإيراني عباس عراقجي إلى مسقط قادماً من طهران.\n"

# (name, lang, text, must, must_not)
CASES = [
 ("met_then_received", "ar", "وفي الرياض التقى عراقجي وزيرَ الخارجية السعودي فيصل بن فرحان ووزير "
  "الدولة عادل الجبير، ثم استقبله ولي العهد الأمير محمد بن سلمان في قصر اليمامة.",
  [MW(ARAGHCHI, MBS)], [MW(FAISAL, MBS), MW(JUBEIR, MBS)]),
 ("met_also_received", "ar", "التقى غروسي مساء الاثنين وزيرَ الخارجية عباس عراقجي ونائب الرئيس "
  "محمد إسلامي في طهران، كما استقبله الرئيس مسعود بزشكيان.", [MW(GROSSI, PEZESHKIAN)],
  [MW(ESLAMI, PEZESHKIAN), MW(ARAGHCHI, PEZESHKIAN)]),
 ("met_then_received_en", "en", "In Riyadh Araghchi met Saudi Foreign Minister Faisal bin Farhan, "
  "and was then received by Crown Prince Mohammed bin Salman.", [MW(ARAGHCHI, MBS)],
  [MW(FAISAL, MBS)]),
 ("relative_received", "ar", "وفي الرياض التقى عراقجي وزيرَ الخارجية السعودي فيصل بن فرحان، الذي "
  "استقبله ولي العهد الأمير محمد بن سلمان قبل يومين.", [], [MW(ARAGHCHI, MBS)]),
 ("visit_of_x_when", "ar", "وصل فيصل بن فرحان إلى بغداد. ويذكّر اللقاء بزيارة رئيس الوزراء نوري "
  "المالكي إلى واشنطن عام 2006، حين استقبله الرئيس الأميركي جورج بوش في البيت الأبيض.",
  [MW(MALIKI, BUSH)], [MW(FAISAL, BUSH)]),
 ("stamp_received", "ar", LIVE + "11:40 - استقبله وزير الخارجية العماني بدر البوسعيدي في مقر "
  "الوزارة.", [MW(ARAGHCHI, BUSAIDI)], []),
 ("stamp_said_not_received", "ar", LIVE + "11:40 - قال مصدر إن الوفد الأميركي لم يصل بعد، ولن "
  "يستقبله وزير الخارجية العماني بدر البوسعيدي اليوم.", [], [MW(ARAGHCHI, BUSAIDI)]),
 ("stamp_received_en", "en", "Live coverage\n10:15 - Iranian Foreign Minister Abbas Araghchi "
  "arrives in Muscat from Tehran.\n11:40 - Omani Foreign Minister Badr Albusaidi receives him at "
  "the ministry.", [MW(ARAGHCHI, BUSAIDI)], []),
]


@pytest.mark.parametrize("name,lang,text,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_pronoun_ar(ex, name, lang, text, must, must_not) -> None:
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
