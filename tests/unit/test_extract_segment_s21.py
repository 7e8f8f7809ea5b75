"""Sentence ends and tokens of real news copy (session 21, `segment`: ``sentence_ends.py``,
``tokens._chunk_ends``, ``tokens._plain_hyphens``). Our own sentences, not taken from any dev
set (the probe is ``bench/probe_segmentation.py``).

A relation is read within one sentence: a cut inside it ("$1.5 billion", "10.30", "د. علي",
a hard-wrapped line) loses it; two sentences glued ("... by the U.S. The next day ...") may
invent one. Negatives: a title abbreviation never ends a sentence, a blank line and a final
mark before a capitalised opener always do.
"""

import pytest

from loaders.extract.tokens import tokenize_sentences
from tests.extract_support import MW, assert_relations

ARAGHCHI, FAISAL = "person:abbas-araghchi", "person:faisal-bin-farhan"
SUDANI, BARZANI = "person:mohammed-shia-al-sudani", "person:masrour-barzani"
QAANI, SADR = "person:esmail-qaani", "person:muqtada-al-sadr"


def _sentences(text: str) -> list[str]:
    toks, sents = tokenize_sentences(text)
    return [text[s.start:s.end] for s in sents]


# (name, text, the sentences expected)
SPLITS = [
    ("decimal_time", "The plan is worth $1.5 billion. Talks began at 10.30 and ended at 4 p.m. "
     "local time.", ["The plan is worth $1.5 billion.",
                     "Talks began at 10.30 and ended at 4 p.m. local time."]),
    ("titles_initials", "Lt. Gen. Karl Obi met Dr. Lena Sorel and George W. Bush in St. Louis.",
     ["Lt. Gen. Karl Obi met Dr. Lena Sorel and George W. Bush in St. Louis."]),
    ("acronym_then_opener", "The strike was carried out by the U.S. The envoy left. "
     "U.S. President Tom Reed met U.N. envoys.",
     ["The strike was carried out by the U.S.", "The envoy left.",
      "U.S. President Tom Reed met U.N. envoys."]),
    ("abbreviation_then_opener", "He met them at 9 a.m. The minister left.",
     ["He met them at 9 a.m.", "The minister left."]),
    ("abbreviation_before_comma", "Rep. Adam Kline, D-Calif., met the envoy.",
     ["Rep. Adam Kline, D-Calif., met the envoy."]),
    ("quotes_close", '"Who ordered this?" asked one official. "It is over." He left.',
     ['"Who ordered this?" asked one official.', '"It is over."', "He left."]),
    ("ellipsis_lowercase", "We will not forget ... and we will not forgive. Then he left.",
     ["We will not forget ... and we will not forgive.", "Then he left."]),
    ("address", "It was posted on www.mofa.gov.iq and sent to press.office@un.org today.",
     ["It was posted on www.mofa.gov.iq and sent to press.office@un.org today."]),
    ("numbered_list", "Key points:\n1. The talks opened in Muscat.\n2. They resumed in Rome.",
     ["Key points:", "1. The talks opened in Muscat.", "2. They resumed in Rome."]),
    ("headline_stays", "Iran names new Quds Force chief\nTEHRAN (Reuters) - Iran named a new chief.",
     ["Iran names new Quds Force chief", "TEHRAN (Reuters) - Iran named a new chief."]),
    ("lowercase_line", "The minister met his counterpart\nin Baghdad on Monday.",
     ["The minister met his counterpart\nin Baghdad on Monday."]),
    ("blank_line_ends", "The minister met his counterpart\n\nin Baghdad on Monday.",
     ["The minister met his counterpart", "in Baghdad on Monday."]),
    ("arabic_titles", "التقى د. أحمد الساعدي وأ. د. سامي الحسن في بغداد. وغادر الوفد.",
     ["التقى د. أحمد الساعدي وأ. د. سامي الحسن في بغداد.", "وغادر الوفد."]),
    ("arabic_numbers_quotes", "وتبلغ قيمة الخطة 1.5 مليار دولار. وقال: «سنرد.» ولم يحدد موعداً.",
     ["وتبلغ قيمة الخطة 1.5 مليار دولار.", "وقال: «سنرد.»", "ولم يحدد موعداً."]),
    ("arabic_commas_do_not_end", "نعم، التقاه في أنقرة؛ وبحثا ملف المياه. هل عاد؟ نعم!",
     ["نعم، التقاه في أنقرة؛ وبحثا ملف المياه.", "هل عاد؟", "نعم!"]),
    ("latin_initial_in_arabic", "ونشر البيان على حسابه في X. وقالت الوزارة إنه التقى السفير.",
     ["ونشر البيان على حسابه في X.", "وقالت الوزارة إنه التقى السفير."]),
]


@pytest.mark.parametrize("name,text,expected", SPLITS, ids=[c[0] for c in SPLITS])
def test_sentence_ends(name, text, expected) -> None:
    assert _sentences(text) == expected, name


def test_hard_wrapped_lines_join_but_not_a_short_headline() -> None:
    text = ("Iraq and Jordan agree on water\n"
            "Iraqi Prime Minister Karim Haddad met the visiting Jordanian foreign\n"
            "minister in Baghdad on Monday, the prime minister's office said in\n"
            "a statement. The two sides discussed the water crisis and the\n"
            "reopening of the border crossing between the two countries.")
    got = _sentences(text)
    assert len(got) == 3 and got[0] == "Iraq and Jordan agree on water", got
    assert got[1].startswith("Iraqi Prime") and got[1].endswith("a statement.")
    ar = ("التقى رئيس الوزراء العراقي كريم حداد وزير الخارجية الأردني في\n"
          "بغداد أمس، وبحث الجانبان أزمة المياه وإعادة فتح المعبر الحدودي\n"
          "بين البلدين، بحسب بيان لمكتب رئيس الوزراء. وأكد الجانبان على\n"
          "أهمية التنسيق المشترك في الملفات الإقليمية والاقتصادية.")
    assert len(_sentences(ar)) == 2


def test_other_hyphens_apostrophes_and_invisible_marks_are_read_in_words() -> None:
    toks, _ = tokenize_sentences("al\u2011Sadr al\u2013Kadhimi 2019\u20132020 Qa\u2018ani "
                                 "Nas\u00adrallah \u2018quoted\u2019")
    assert [t.text for t in toks][:6] == ["al", "-", "Sadr", "al", "-", "Kadhimi"]
    assert "\u2013" in [t.text for t in toks]  # a range keeps its dash
    keys = [t.key for t in toks]
    assert "qaani" in keys and "nasrallah" in keys and "quoted" in keys


# (name, lang, text, must, must_not)
CASES = [
    ("decimal_between_names_en", "en", "Mohammed Shia al-Sudani and Masrour Barzani, whose region "
     "exports 0.4 million barrels a day, met in Baghdad on Monday.", [MW(SUDANI, BARZANI)], []),
    ("time_between_names_en", "en", "Iranian Foreign Minister Abbas Araghchi, who landed at 10.30 "
     "on Thursday, met his Saudi counterpart Faisal bin Farhan in Riyadh.",
     [MW(ARAGHCHI, FAISAL)], []),
    ("hard_wrapped_en", "en", "Iranian Foreign Minister Abbas Araghchi met his Saudi counterpart\n"
     "Faisal bin Farhan in Beijing on Thursday, the two ministries said in a\n"
     "joint statement issued after the talks, which lasted three hours and\n"
     "covered the reopening of embassies.", [MW(ARAGHCHI, FAISAL)], []),
    ("glued_acronym_en", "en", "Abbas Araghchi said the sanctions had been imposed by the U.S. "
     "The next day Faisal bin Farhan flew to Washington and met officials there.",
     [], [MW(ARAGHCHI, FAISAL)]),
    ("nb_hyphen_en", "en", "Quds Force commander Esmail Qaani met Muqtada al\u2011Sadr in Najaf "
     "on Sunday.", [MW(QAANI, SADR)], []),
    ("decimal_ar", "ar", "استقبل رئيس الوزراء محمد شياع السوداني، الذي أعلن خطة إسكان بقيمة 1.5 "
     "مليار دولار، رئيس حكومة إقليم كردستان مسرور بارزاني في بغداد أمس.", [MW(SUDANI, BARZANI)], []),
    ("doctor_ar", "ar", "والتقى وزير الخارجية الإيراني عباس عراقجي، بحضور د. علي رضائي، نظيره "
     "السعودي فيصل بن فرحان في الرياض.", [MW(ARAGHCHI, FAISAL)], []),
    ("hard_wrapped_ar", "ar", "والتقى وزير الخارجية الإيراني عباس عراقجي أمس في العاصمة الصينية\n"
     "بكين نظيره السعودي فيصل بن فرحان، بحسب بيان مشترك صدر عن وزارتي\n"
     "خارجية البلدين بعد المحادثات التي استمرت ثلاث ساعات وتناولت إعادة\n"
     "فتح السفارتين.", [MW(ARAGHCHI, FAISAL)], []),
    ("zwnj_ar", "ar", "التقى قائد فيلق القدس إسماعيل قا\u200cآني زعيم التيار الصدري مقتدى الصدر في "
     "النجف.", [MW(QAANI, SADR)], []),
    ("two_paragraphs_ar", "ar", "وصل وزير الخارجية الإيراني عباس عراقجي إلى الرياض\n\n"
     "والتقى وزير الخارجية الأردني نظيره في عمّان.", [], [MW(ARAGHCHI, FAISAL)]),
]


@pytest.mark.parametrize("name,lang,text,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_segmentation_relations(ex, name, lang, text, must, must_not) -> None:
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
