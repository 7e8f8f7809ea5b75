"""Session 24, second round (conv): the people listed after "including" / "among them" in a
meeting's group object met each other (meeting_including_members.py)."""

from __future__ import annotations

import pytest

from tests.extract_support import MW, assert_relations

CASES = [
    ("en", "Iraqi Prime Minister Haidar al-Abadi met Kurdish leaders on Sunday, including Masoud "
           "Barzani and Jalal Talabani, to discuss the budget.",
     [MW("person:masoud-barzani", "person:jalal-talabani"),
      MW("person:haider-al-abadi", "person:masoud-barzani")], []),
    ("en", "Lebanese President Michel Aoun received a delegation of party leaders among them "
           "Nabih Berri and Saad Hariri at Baabda.",
     [MW("person:nabih-berri", "person:saad-hariri")], []),
    ("ar", "واجتمع رئيس الوزراء حيدر العبادي بقادة الأحزاب الكردية، ومنهم مسعود بارزاني وجلال "
           "طالباني، في بغداد.",
     [MW("person:masoud-barzani", "person:jalal-talabani")], []),
    ("ar", "التقى الرئيس ميشال عون وفداً من النواب، بينهم نبيه بري وسعد الحريري، في بعبدا.",
     [MW("person:nabih-berri", "person:saad-hariri")], []),
    # negatives: a bare list, no meeting word, a planned meeting, a speaker after the member
    ("en", "Iraqi Prime Minister Haidar al-Abadi met Masoud Barzani and Jalal Talabani on Sunday.",
     [], [MW("person:masoud-barzani", "person:jalal-talabani")]),
    ("en", "The council has seven members, including Masoud Barzani and Jalal Talabani.",
     [], [MW("person:masoud-barzani", "person:jalal-talabani")]),
    ("en", "Haidar al-Abadi is expected to meet Kurdish leaders next week, including Masoud "
           "Barzani and Jalal Talabani.",
     [], [MW("person:masoud-barzani", "person:jalal-talabani")]),
    ("en", "Haidar al-Abadi met Kurdish leaders, including Masoud Barzani, Hezbollah leader "
           "Hassan Nasrallah said.",
     [], [MW("person:masoud-barzani", "person:hassan-nasrallah")]),
    ("ar", "ويضم المجلس سبعة أعضاء، بينهم مسعود بارزاني وجلال طالباني.",
     [], [MW("person:masoud-barzani", "person:jalal-talabani")]),
    ("ar", "ولم يلتق العبادي قادة الأحزاب الكردية، ومنهم مسعود بارزاني وجلال طالباني.",
     [], [MW("person:masoud-barzani", "person:jalal-talabani")]),
]


@pytest.mark.parametrize("lang,text,must,must_not", CASES)
def test_conv_s24b(ex, lang: str, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang=lang), text[:40], must, must_not)
