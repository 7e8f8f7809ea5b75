""""with the foreign ministers of Germany, X, France, Y, and Britain, Z" (session 17b). Our own
sentences, not taken from any dev set.

- A plural title whose list pairs each holder with a country ("وزراء خارجية ألمانيا X وفرنسا Y
  وبريطانيا Z", "وزيري دفاع ...", "the foreign ministers of France, Y, and Britain, Z"): one
  partner per minister, the list runs past each country.
- The same list after a meeting noun ("عقد X اجتماعاً ... مع وزراء خارجية ألمانيا Y وفرنسا Z"),
  also past how long the meeting lasted ("اجتماعاً استمر أكثر من ثلاث ساعات في جنيف مع Y").
- Not when the first person is not after a country, nor when a country is not followed by a
  person ("وفرنسا ستستضيف ...").
"""

import pytest

from tests.extract_support import MW, assert_relations

ARAGHCHI, WADEPHUL, BARROT, LAMMY = ("person:abbas-araghchi", "person:johann-wadephul",
                                     "person:jean-noel-barrot", "person:david-lammy")
FIDAN, BUSAIDI = "person:hakan-fidan", "person:badr-albusaidi"

# (name, text, lang, must, must_not)
CASES = [
 ("ar_three_ministers", "والتقى عراقجي في جنيف مع وزراء خارجية ألمانيا يوهان فاديفول وفرنسا جان "
  "نويل بارو وبريطانيا ديفيد لامي.", "ar",
  [MW(ARAGHCHI, WADEPHUL), MW(ARAGHCHI, BARROT), MW(ARAGHCHI, LAMMY)], []),
 ("ar_dual_ministers", "واجتمع عراقجي مع وزيري خارجية فرنسا جان نويل بارو وبريطانيا ديفيد لامي.",
  "ar", [MW(ARAGHCHI, BARROT), MW(ARAGHCHI, LAMMY)], []),
 ("en_three_ministers", "Abbas Araghchi met in Geneva with the foreign ministers of Germany, "
  "Johann Wadephul, France, Jean-Noel Barrot, and Britain, David Lammy.", "en",
  [MW(ARAGHCHI, WADEPHUL), MW(ARAGHCHI, BARROT), MW(ARAGHCHI, LAMMY)], []),
 ("en_two_ministers", "Abbas Araghchi met the foreign ministers of France, Jean-Noel Barrot, and "
  "Britain, David Lammy, in Geneva.", "en", [MW(ARAGHCHI, BARROT), MW(ARAGHCHI, LAMMY)], []),
 ("ar_noun_lasted_list", "عقد وزير الخارجية الإيراني عباس عراقجي، اليوم الجمعة، اجتماعاً "
  "استمر أكثر من ثلاث ساعات في جنيف مع وزراء خارجية ألمانيا يوهان فاديفول وفرنسا جان نويل بارو "
  "وبريطانيا ديفيد لامي.", "ar",
  [MW(ARAGHCHI, WADEPHUL), MW(ARAGHCHI, BARROT), MW(ARAGHCHI, LAMMY)], []),
 ("ar_noun_lasted_one", "عقد عباس عراقجي، مساء السبت، اجتماعاً استمر ساعتين في مسقط مع وزير "
  "الخارجية العماني بدر البوسعيدي.", "ar", [MW(ARAGHCHI, BUSAIDI)], []),
 ("ar_noun_planned", "ومن المقرر أن يعقد عباس عراقجي اجتماعاً يستمر ساعتين في مسقط مع بدر "
  "البوسعيدي.", "ar", [], [MW(ARAGHCHI, BUSAIDI)]),
 ("ar_country_then_verb", "والتقى عراقجي وزير الخارجية التركي هاكان فيدان وفرنسا تستضيف الجولة "
  "المقبلة مع جان نويل بارو.", "ar", [MW(ARAGHCHI, FIDAN)], [MW(ARAGHCHI, BARROT)]),
]


@pytest.mark.parametrize("name,text,lang,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_paired_countries(ex, name, text, lang, must, must_not) -> None:
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
