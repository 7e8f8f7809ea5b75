"""MET_WITH constructions of ordinary wire copy (session 9):

- step 1: the partner is a person whose role phrase names a body before the name: Arabic
  "ممثلَ حركة X في <place> Y", "بمسؤول السياسة الخارجية في الاتحاد الأوروبي Y", "بمبعوث الأمم
  المتحدة الخاص إلى سوريا Y"; English "received the UN Special Envoy for Syria, Y" (capitalised
  title words after the body). The body alone as object ("met Hamas", "التقى ممثلي حركة حماس")
  stays the body, a delegation stays with the delegation rules.

Our own sentences, in both languages, with negatives (negated, planned, a phone call). Each case:
(name, text, lang, MET_WITH that must be found, MET_WITH that must NOT be found).
"""

import pytest

from loaders.extract.rules import RuleExtractor
from tests.extract_support import MW, assert_relations

RASHID, SEILER = "person:abdul-latif-rashid", "person:thomas-zaylar"
EU, UN, HAMAS = "organization:european-union", "organization:united-nations", "organization:hamas"
ASSAD, PEDERSEN = "person:bashar-al-assad", "person:geir-pedersen"
ARAGHCHI, HAYYA = "person:abbas-araghchi", "person:khalil-al-hayya"
FUAD, GROSSI, IAEA = "person:fuad-hussein", "person:rafael-grossi", "organization:iaea"
SUD = "person:mohammed-shia-al-sudani"


@pytest.fixture(scope="module")
def ex():
    return RuleExtractor()


CASES = [
 # ---- step 1: a body inside the partner's role phrase
 ("ar_representative_of_body_in_place",
  "استقبل رئيس الجمهورية عبد اللطيف رشيد، اليوم الأحد، ممثلَ الاتحاد الأوروبي في العراق توماس "
  "زايلر.", "ar", [MW(RASHID, SEILER)], [MW(RASHID, EU)]),
 ("ar_prep_object_envoy_special_to",
  "والتقى الرئيس السوري بشار الأسد بمبعوث الأمم المتحدة الخاص إلى سوريا غير بيدرسن في دمشق.",
  "ar", [MW(ASSAD, PEDERSEN)], [MW(ASSAD, UN)]),
 ("ar_official_for_file_in_body",
  "اجتمع وزير الخارجية الإيراني عباس عراقجي، الثلاثاء، بمسؤول العلاقات الخارجية في حركة حماس "
  "خليل الحية.", "ar", [MW(ARAGHCHI, HAYYA)], [MW(ARAGHCHI, HAMAS)]),
 ("ar_body_alone_stays_body",
  "التقى وزير الخارجية فؤاد حسين ممثلي حركة حماس في الدوحة.", "ar", [MW(FUAD, HAMAS)], []),
 ("ar_delegation_led_by_keeps_body",
  "استقبل رئيس الوزراء محمد شياع السوداني وفداً من حركة حماس في بغداد برئاسة خليل الحية.", "ar",
  [MW(SUD, HAYYA), MW(SUD, HAMAS)], []),
 ("ar_negated_meeting",
  "لم يلتقِ وزير الخارجية فؤاد حسين مسؤولَ الملف النووي في الوكالة الدولية للطاقة الذرية "
  "رافائيل غروسي.", "ar", [], [MW(FUAD, GROSSI), MW(FUAD, IAEA)]),
 ("en_body_then_capitalised_title_comma_name",
  "Syrian President Bashar al-Assad received the UN Special Envoy for Syria, Geir Pedersen, in "
  "Damascus on Sunday.", "en", [MW(ASSAD, PEDERSEN)], [MW(ASSAD, UN)]),
 ("en_body_met_speaker_after",  # "X said": the speaker is no partner
  "Iraqi Foreign Minister Fuad Hussein met Hamas in Doha, Khalil al-Hayya said.", "en",
  [MW(FUAD, HAMAS)], [MW(FUAD, HAYYA)]),
 ("en_expected_to_meet",
  "Iraqi Foreign Minister Fuad Hussein is expected to meet the IAEA Director General, Rafael "
  "Grossi, next week.", "en", [], [MW(FUAD, GROSSI), MW(FUAD, IAEA)]),
 ("en_phone_call",
  "Iraqi Foreign Minister Fuad Hussein spoke by phone with the UN Special Envoy for Syria, Geir "
  "Pedersen.", "en", [], [MW(FUAD, PEDERSEN), MW(FUAD, UN)]),
]


@pytest.mark.parametrize("name,text,lang,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_meeting_s9(ex, name, text, lang, must, must_not):
    doc = ex.extract(text, lang=lang)
    assert_relations(doc, name, must, must_not)
