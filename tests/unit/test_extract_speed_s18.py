"""Speed step of session 18 (docs/extraction.md, "Extraction speed (session 18)"): rule loops
read ``toks[x].key`` instead of calling ``sr.key(x)``, output unchanged; and the review of
``meeting_clauses`` (one helper, now ``meeting_asides_ar._place_or_day_ar``, for the place/day skip). These
sentences (our own) guard the paths the step changed, each with a case that must not be read.
"""

import pytest

from tests.extract_support import AB, MW, norm, rels

AMIRI = "person:hadi-al-amiri"
FAYYADH = "person:falih-al-fayyadh"
QAANI = "person:esmail-qaani"
SOLEIMANI = "person:qasem-soleimani"
MUHANDIS = "person:abu-mahdi-al-muhandis"
US = "country:united-states"

READ = [
    # kill_targeted.said_it_targeted_en: the scan for "said" over the sentence
    ("said_it_targeted",
     "Fuad Shukr died in a strike on a building in Beirut; Israel said it had targeted a "
     "commander there.", "en", AB("person:fuad-shukr", "country:israel")),
    # meeting_clauses_en.passive_subject_en: the look-back for "by"
    ("passive_subject",
     "Fuad Hussein was received by Masoud Barzani at his office in Erbil and later held talks "
     "with Qubad Talabani.", "en", MW("person:fuad-hussein", "person:qubad-talabani")),
    # meeting_unnamed_subject._earlier_meeting: "and then" after the first verb's objects
    ("earlier_meeting",
     "Mohammed Shia al-Sudani met Fuad Hussein and Falih al-Fayyadh in Baghdad, and then held "
     "talks with Hadi al-Amiri.", "en", MW("person:mohammed-shia-al-sudani", AMIRI)),
    # meeting_pronoun_co.opens_with_pronoun_and
    ("pronoun_and",
     "Hadi al-Amiri arrived in Tehran on Monday. He and Falih al-Fayyadh then met Esmail "
     "Qaani.", "en", MW(AMIRI, QAANI)),
    # context_killings.killed_with_him: the same strike as the killing before
    ("killed_with_him",
     "Qasem Soleimani was killed in a U.S. strike near Baghdad airport. Also killed were Abu "
     "Mahdi al-Muhandis and Mohammed Ridha al-Jabri.", "en", AB(MUHANDIS, US)),
    # context_tails.apposition_tail: the list goes on past "head of ..."
    ("apposition_tail",
     "A U.S. strike killed Qasem Soleimani, head of the Quds Force, and Abu Mahdi "
     "al-Muhandis.", "en", AB(MUHANDIS, US)),
    # wire_kill_rules.inverted_killed_en
    ("inverted_killed",
     "Also killed in the strike, which was carried out at the direction of Donald Trump, was "
     "Abu Mahdi al-Muhandis.", "en", AB(MUHANDIS, "person:donald-trump")),
    # meeting_asides_ar.with_after_place_ar: past a place and a day
    ("with_after_place_ar",
     "أجرى فؤاد حسين محادثات في القاهرة السبت مع سامح شكري.", "ar",
     MW("person:fuad-hussein", "person:sameh-shoukry")),
    # meeting_asides_ar.object_past_when_ar: coordinated subjects, a day and a place, the object
    ("object_past_when_ar",
     "والتقى فالح الفياض وهادي العامري أمس في بغداد إسماعيل قاآني.", "ar", MW(AMIRI, QAANI)),
]


@pytest.mark.parametrize("name,text,lang,rel", READ, ids=[c[0] for c in READ])
def test_still_read(ex, name, text, lang, rel):
    assert norm(rel) in rels(ex.extract(text, lang=lang)), name


NOT_READ = [
    ("denied_targeting",
     "Fuad Shukr died in a strike on a building in Beirut; Israel denied it had targeted him.",
     "en", AB("person:fuad-shukr", "country:israel")),
    ("passive_agent_is_no_subject",
     "Fuad Hussein was received by Masoud Barzani at his office in Erbil and later held talks "
     "with Qubad Talabani.", "en", MW("person:masoud-barzani", "person:qubad-talabani")),
    ("earlier_object_is_no_subject",
     "Mohammed Shia al-Sudani met Fuad Hussein and Falih al-Fayyadh in Baghdad, and then held "
     "talks with Hadi al-Amiri.", "en", MW(FAYYADH, AMIRI)),
    ("pronoun_not_first",
     "Hadi al-Amiri arrived in Tehran on Monday. Then he and Falih al-Fayyadh met Esmail "
     "Qaani.", "en", MW(AMIRI, QAANI)),
    ("no_agent_before",
     "Qasem Soleimani died near Baghdad airport. Also killed were Abu Mahdi al-Muhandis and "
     "Mohammed Ridha al-Jabri.", "en", AB(MUHANDIS, US)),
    ("relative_saying_ends_list",
     "A U.S. strike killed Qasem Soleimani, who said he was ready, and Abu Mahdi al-Muhandis.",
     "en", AB(MUHANDIS, US)),
    ("not_place_or_day_ar",
     "أجرى فؤاد حسين محادثات في القاهرة السبت بعد أن رفض لقاء سامح شكري.", "ar",
     MW("person:fuad-hussein", "person:sameh-shoukry")),
    ("new_clause_after_place_ar",
     "والتقى فالح الفياض وهادي العامري أمس في بغداد قبل أن يزور إسماعيل قاآني طهران.", "ar",
     MW(AMIRI, QAANI)),
]


@pytest.mark.parametrize("name,text,lang,rel", NOT_READ, ids=[c[0] for c in NOT_READ])
def test_not_read(ex, name, text, lang, rel):
    assert norm(rel) not in rels(ex.extract(text, lang=lang)), name
