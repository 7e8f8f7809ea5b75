"""Speed steps of session 17 (docs/extraction.md, "Extraction speed (session 17)"), output
unchanged; these sentences (our own) guard the paths the steps changed:

- ``description_fit.fits_title`` / ``fits_body`` keep their gazetteer answer per person:
  the replaced-holder check (``coreference._was_replaced``) must still act on a cue
  sentences before the description, in both scripts;
- a trigger or a negation in a spelling the process has not seen must still count (the
  per-sentence trigger and cue look-ups, whose map/compress rewrite was measured and not
  kept).
"""

import pytest

from tests.extract_support import MW, named_surfaces, rels

HABTOOR = "person:abdulaziz-bin-habtoor"

REPLACED = [
    ("ar_cue_two_sentences_before",
     "أصدر مهدي المشاط قراراً بتعيين أحمد عوض بن مبارك رئيساً للحكومة بدلاً من عبد العزيز بن "
     "حبتور. وجاء القرار بعد أسابيع من المشاورات. وعيّن القرار محمد مفتاح نائباً أول لرئيس "
     "الوزراء.", "ar", "رئيس"),
    ("en_cue_two_sentences_before",
     "Mahdi al-Mashat named Ahmed Awad bin Mubarak to lead the government, succeeding "
     "Abdulaziz bin Habtoor. The move followed weeks of talks. The same decree made Mohammed "
     "Miftah a deputy to the prime minister.", "en", "prime"),
]


@pytest.mark.parametrize("name,text,lang,word", REPLACED, ids=[c[0] for c in REPLACED])
def test_replacement_cue_sentences_before_still_acts(ex, name, text, lang, word):
    got = [s.lower() for s in named_surfaces(text, ex.extract(text, lang=lang)).get(HABTOOR, [])]
    assert not any(word in s for s in got), f"{name}: {got}"


QAANI = "person:esmail-qaani"
FAYYADH = "person:falih-al-fayyadh"


@pytest.mark.parametrize("text,lang", [
    ("Esmail Qaani MET Falih al-Fayyadh in Baghdad on Tuesday.", "en"),
    ("Falih al-Fayyadh and Esmail Qaani Met in Baghdad on Tuesday.", "en"),
    ("والتقى إسماعيل قاآني فالح الفياض في بغداد يوم الثلاثاء.", "ar"),
])
def test_meeting_trigger_in_any_spelling(ex, text, lang):
    assert MW(QAANI, FAYYADH) in rels(ex.extract(text, lang=lang)) or \
        MW(FAYYADH, QAANI) in rels(ex.extract(text, lang=lang))


@pytest.mark.parametrize("text,lang", [
    ("Esmail Qaani did NOT meet Falih al-Fayyadh in Baghdad on Tuesday.", "en"),
    ("Esmail Qaani never MET Falih al-Fayyadh in Baghdad on Tuesday.", "en"),
    ("ولم يلتقِ إسماعيل قاآني فالح الفياض في بغداد يوم الثلاثاء.", "ar"),
])
def test_negation_in_any_spelling(ex, text, lang):
    got = rels(ex.extract(text, lang=lang))
    assert MW(QAANI, FAYYADH) not in got and MW(FAYYADH, QAANI) not in got
