"""Session 22 (attend): third parties present at an in-person meeting
(``meeting_present_more``), both languages, each form with a case not to read."""

from __future__ import annotations

import pytest

from tests.extract_support import MW, assert_relations

MAHAMA = "person:john-mahama"
TINUBU = "person:bola-tinubu"
ABLAKWA = "person:samuel-ablakwa"
TUGGAR = "person:yusuf-tuggar"
MET_EN = "Ghanaian President John Mahama met Nigerian President Bola Tinubu in Abuja. "
BORIC = "person:gabriel-boric"
LULA = "person:luiz-inacio-lula-da-silva"
VAN_KLAVEREN = "person:alberto-van-klaveren"
VIEIRA = "person:mauro-vieira"

# ---- who only attended met the meeting's other side (and his own: session 24) -------------
ATTENDED_EN = [
    (MET_EN + "Also present were Ghanaian Foreign Minister Samuel Ablakwa and Nigerian Foreign "
     "Minister Yusuf Tuggar.",
     # session 27 (meet27): two attendees of one meeting met each other too (the brief's "A and
     # B attended"; meeting_co_attendees)
     [MW(ABLAKWA, TINUBU), MW(TUGGAR, MAHAMA), MW(ABLAKWA, MAHAMA), MW(TUGGAR, TINUBU),
      MW(ABLAKWA, TUGGAR)], []),
    (MET_EN + "Also present at the talks was Ghanaian Foreign Minister Samuel Ablakwa.",
     [MW(ABLAKWA, TINUBU), MW(ABLAKWA, MAHAMA)], []),
    (MET_EN + "Ghana's foreign minister, Samuel Ablakwa, sat in on the meeting.",
     [MW(ABLAKWA, TINUBU)], []),
    (MET_EN + "Ghanaian Foreign Minister Samuel Ablakwa took part in the talks.",
     [MW(ABLAKWA, TINUBU)], []),
    (MET_EN + "The meeting took place in the presence of Ghanaian Foreign Minister Samuel "
     "Ablakwa.", [MW(ABLAKWA, TINUBU)], []),
    (MET_EN + "Mahama was accompanied by Ghanaian Foreign Minister Samuel Ablakwa, who also "
     "attended the talks.", [MW(ABLAKWA, TINUBU)], []),
    # a ceremony, a call, a planned meeting, taking part by video: nobody met
    (MET_EN + "Ghanaian Foreign Minister Samuel Ablakwa took part in the talks by video link.",
     [], [MW(ABLAKWA, TINUBU)]),
    (MET_EN + "Later the ceremony took place in the presence of Ghanaian Foreign Minister "
     "Samuel Ablakwa.", [], [MW(ABLAKWA, TINUBU)]),
    ("Ghanaian President John Mahama spoke by phone with Nigerian President Bola Tinubu, in the "
     "presence of Ghanaian Foreign Minister Samuel Ablakwa.", [], [MW(ABLAKWA, TINUBU)]),
    ("Ghanaian President John Mahama will meet Nigerian President Bola Tinubu next week. Also "
     "present will be Ghanaian Foreign Minister Samuel Ablakwa.", [], [MW(ABLAKWA, TINUBU)]),
    ("Ghanaian President John Mahama attended a summit in Abuja. Also present were Ghanaian "
     "Foreign Minister Samuel Ablakwa and Nigerian Foreign Minister Yusuf Tuggar.",
     [], [MW(ABLAKWA, TUGGAR), MW(ABLAKWA, MAHAMA)]),
]

# ---- who joined the principals met them all ---------------------------------------------
JOINED_EN = [
    ("Chilean President Gabriel Boric met Brazilian President Luiz Inacio Lula da Silva in "
     "Brasilia. The two leaders, who were joined by their foreign ministers, Alberto van "
     "Klaveren and Mauro Vieira, discussed trade.",
     [MW(VAN_KLAVEREN, BORIC), MW(VAN_KLAVEREN, LULA), MW(VIEIRA, BORIC), MW(VIEIRA, LULA),
      MW(VAN_KLAVEREN, VIEIRA)], []),
    # joined at something else
    ("Chilean President Gabriel Boric met Brazilian President Luiz Inacio Lula da Silva in "
     "Brasilia. The two leaders, who were joined by their foreign ministers, Alberto van "
     "Klaveren and Mauro Vieira, toured the old city.",
     [], [MW(VAN_KLAVEREN, BORIC), MW(VIEIRA, LULA)]),
    ("Ghanaian President John Mahama, who was joined by Foreign Minister Samuel Ablakwa, held "
     "talks with Nigerian President Bola Tinubu in Abuja.",
     [MW(ABLAKWA, TINUBU), MW(ABLAKWA, MAHAMA), MW(MAHAMA, TINUBU)], []),
    (MET_EN + "Mahama, who was joined by his wife Lordina Mahama, later visited a hospital.",
     [], [MW("person:lordina-mahama", TINUBU)]),
    ("Ghanaian President John Mahama was received, along with his foreign minister Samuel "
     "Ablakwa, by Nigerian President Bola Tinubu in Abuja.",
     [MW(MAHAMA, TINUBU), MW(ABLAKWA, TINUBU), MW(ABLAKWA, MAHAMA)], []),
    ("Ghanaian President John Mahama, together with his foreign minister Samuel Ablakwa, met "
     "Nigerian President Bola Tinubu in Abuja.",
     [MW(ABLAKWA, TINUBU), MW(ABLAKWA, MAHAMA)], []),
    ("Ghanaian President John Mahama, together with his foreign minister Samuel Ablakwa, "
     "attended a ceremony in Abuja.", [], [MW(ABLAKWA, MAHAMA)]),
    ("Ghanaian Foreign Minister Samuel Ablakwa and Nigerian Foreign Minister Yusuf Tuggar "
     "joined Senegalese President Bassirou Diomaye Faye for talks in Dakar.",
     [MW(ABLAKWA, TUGGAR)], []),
    ("Ghanaian Foreign Minister Samuel Ablakwa and Nigerian Foreign Minister Yusuf Tuggar "
     "joined Senegalese President Bassirou Diomaye Faye for a summit in Dakar.",
     [], [MW(ABLAKWA, TUGGAR)]),
]



# ---- Arabic: "بحضور Z" after the dual or the meeting noun of the meeting told before -------
TINUBU_AR = "person:bola-tinubo"
ABLAKWA_AR = "person:samuyl-ablakua"
MET_AR = "استقبل الرئيس النيجيري بولا تينوبو الرئيس الغاني جون ماهاما في أبوجا. "
PRESENT_AR = [
    ("التقى الرئيس الغاني جون ماهاما الرئيس النيجيري بولا تينوبو في أبوجا. وبحث الجانبان "
     "التجارة والأمن، بحضور وزير الخارجية الغاني صامويل أبلاكوا.", [MW(ABLAKWA_AR, TINUBU_AR)], []),
    (MET_AR + "وجرى اللقاء بحضور وزير الخارجية والتكامل الإقليمي الغاني صامويل أبلاكوا.",
     [MW(ABLAKWA_AR, TINUBU_AR)], []),
    (MET_AR + "وعُقد الاجتماع بحضور وزير الخارجية الغاني صامويل أبلاكوا.",
     [MW(ABLAKWA_AR, TINUBU_AR)], []),
    # a ceremony, a call, a planned or a second meeting, a meeting that did not take place
    (MET_AR + "وأقيمت مراسم الاستقبال بحضور وزير الخارجية الغاني صامويل أبلاكوا.",
     [], [MW(ABLAKWA_AR, TINUBU_AR)]),
    ("أجرى الرئيس النيجيري بولا تينوبو اتصالاً هاتفياً بالرئيس الغاني جون ماهاما. وجرى الاتصال "
     "بحضور وزير الخارجية الغاني صامويل أبلاكوا.", [], [MW(ABLAKWA_AR, TINUBU_AR)]),
    ("من المقرر أن يستقبل الرئيس النيجيري بولا تينوبو الرئيس الغاني جون ماهاما الأسبوع المقبل. "
     "وسيجري اللقاء بحضور وزير الخارجية الغاني صامويل أبلاكوا.", [], [MW(ABLAKWA_AR, TINUBU_AR)]),
    (MET_AR + "وسيُعقد لقاء ثانٍ الأسبوع المقبل بحضور وزير الخارجية الغاني صامويل أبلاكوا.",
     [], [MW(ABLAKWA_AR, TINUBU_AR)]),
    (MET_AR + "ولم يُعقد الاجتماع الموسع بحضور وزير الخارجية الغاني صامويل أبلاكوا.",
     [], [MW(ABLAKWA_AR, TINUBU_AR)]),
]



# ---- Arabic: the participants of a three- or four-sided meeting with no chair --------------
TUGGAR_AR = "person:yousef-tughar"
FALL_AR = "person:yassin-fal"
TRILATERAL_AR = [
    ("استضافت أبوجا الجولة الثالثة من الحوار الثلاثي بين نيجيريا وغانا والسنغال، بمشاركة وزير "
     "الخارجية النيجيري يوسف توغار ووزير الخارجية الغاني صامويل أبلاكوا ووزيرة الخارجية السنغالية "
     "ياسين فال.", [MW(TUGGAR_AR, ABLAKWA_AR), MW(TUGGAR_AR, FALL_AR), MW(ABLAKWA_AR, FALL_AR)], []),
    ("عُقد في أبوجا اجتماع ثلاثي بمشاركة وزير الخارجية النيجيري يوسف توغار ووزير الخارجية الغاني "
     "صامويل أبلاكوا.", [MW(TUGGAR_AR, ABLAKWA_AR)], []),
    # a conference, indirect talks, a planned meeting
    ("افتتح في أبوجا مؤتمر الاستثمار الأفريقي بمشاركة وزير الخارجية النيجيري يوسف توغار ووزير "
     "الخارجية الغاني صامويل أبلاكوا.", [], [MW(TUGGAR_AR, ABLAKWA_AR)]),
    ("اختتمت في أبوجا الجولة الأولى من المحادثات الثلاثية غير المباشرة بمشاركة وزير الخارجية "
     "النيجيري يوسف توغار ووزير الخارجية الغاني صامويل أبلاكوا.", [], [MW(TUGGAR_AR, ABLAKWA_AR)]),
    ("من المقرر أن تستضيف أبوجا الأسبوع المقبل اجتماعاً ثلاثياً بمشاركة وزير الخارجية النيجيري "
     "يوسف توغار ووزير الخارجية الغاني صامويل أبلاكوا.", [], [MW(TUGGAR_AR, ABLAKWA_AR)]),
    ("ستستضيف أبوجا الأسبوع المقبل اجتماعاً ثلاثياً بمشاركة وزير الخارجية النيجيري يوسف توغار "
     "ووزير الخارجية الغاني صامويل أبلاكوا.", [], [MW(TUGGAR_AR, ABLAKWA_AR)]),
]


CASES = [(text, "en", must, not_) for text, must, not_ in ATTENDED_EN + JOINED_EN] + \
    [(text, "ar", must, not_) for text, must, not_ in PRESENT_AR + TRILATERAL_AR]


@pytest.mark.parametrize(("text", "lang", "must", "must_not"), CASES)
def test_attend(ex, text, lang, must, must_not) -> None:
    assert_relations(ex.extract(text, lang=lang), text[:60], must, must_not)
