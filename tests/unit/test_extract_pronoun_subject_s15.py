""""he"/"she" between a named person and a meeting word is the subject of that meeting: "he
was received by X at the palace; two days later he was in Ankara for talks with Y" (the
guest met Y, not X). English only: Arabic carries the subject in the verb. Our own
sentences, not taken from any dev set.
"""

import pytest

from tests.extract_support import met_pairs

SHARAA, MBS, ERDOGAN = ("person:ahmed-al-sharaa", "person:mohammed-bin-salman",
                        "person:recep-tayyip-erdogan")
ARAGHCHI, BERRI, FIDAN = "person:abbas-araghchi", "person:nabih-berri", "person:hakan-fidan"


@pytest.mark.parametrize("text,right,wrong", [
    ("Ahmed al-Sharaa flew to Riyadh. On Sunday he was received by Crown Prince Mohammed bin "
     "Salman at the palace; two days later he was in Ankara for talks with Recep Tayyip "
     "Erdogan.", (SHARAA, ERDOGAN), (MBS, ERDOGAN)),
    ("Abbas Araghchi toured the region. He was welcomed by Nabih Berri in Beirut, and on "
     "Monday he held talks with Hakan Fidan in Ankara.", (ARAGHCHI, FIDAN), (BERRI, FIDAN)),
    ("Abbas Araghchi arrived in Beirut on Friday. After a lunch hosted by Nabih Berri, he met "
     "Hakan Fidan at the airport.", (ARAGHCHI, FIDAN), (BERRI, FIDAN)),
])
def test_pronoun_is_the_subject(ex, text, right, wrong):
    met = met_pairs(ex.extract(text, lang="en"))
    assert frozenset(right) in met
    assert frozenset(wrong) not in met


@pytest.mark.parametrize("text,pair", [
    # a name between the pronoun and the verb is the subject
    ("Abbas Araghchi arrived in Beirut, where he watched as Nabih Berri met Hakan Fidan.",
     (BERRI, FIDAN)),
    ("In Beirut he saw Nabih Berri meet Hakan Fidan.", (BERRI, FIDAN)),
    # no pronoun: the named subject stays
    ("Nabih Berri received Abbas Araghchi in Beirut and later met Hakan Fidan.",
     (BERRI, FIDAN)),
])
def test_named_subject_stays(ex, text, pair):
    assert frozenset(pair) in met_pairs(ex.extract(text, lang="en"))
