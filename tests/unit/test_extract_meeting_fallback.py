"""The MET_WITH fallback (``loaders/extract/meeting_fallback.py``): a meeting sentence whose
parts come in an order no specific rule expects -- adverbials, dates and places between the
verb, the subject and the partner; a body or country inside the partner's title; the partner
named in an apposition after a description; a subject carried from an earlier clause -- and
the negatives that must stay without a relation (a preposition governing the name, someone's
envoy or son, a relative or reporting clause in between, negation, plans, phone calls,
passives, infinitives). Our own sentences, in both languages, not taken from any dev set.

Each case: (name, text, lang, MET_WITH that must be found, MET_WITH that must NOT be found).
"""

import pytest

from tests.extract_support import MW, assert_relations

ARAGHCHI, FIDAN = "person:abbas-araghchi", "person:hakan-fidan"
SUD, ERDOGAN = "person:mohammed-shia-al-sudani", "person:recep-tayyip-erdogan"
RASHID, BERRI = "person:abdul-latif-rashid", "person:nabih-berri"
MIKATI, SAFADI = "person:najib-mikati", "person:ayman-safadi"
HANIYEH, ALBU = "person:ismail-haniyeh", "person:badr-albusaidi"
LAVROV, PUTIN = "person:sergei-lavrov", "person:vladimir-putin"
NECH, MASROUR = "person:nechirvan-barzani", "person:masrour-barzani"
ASSAD, PEZ = "person:bashar-al-assad", "person:masoud-pezeshkian"
FUAD, KHAM = "person:fuad-hussein", "person:ali-khamenei"


CASES = [
 # ---- English: the partner after adverbials, in an apposition, with a body in the title
 ("en_adverbials_before_partner",
  "Iraqi President Abdul Latif Rashid received, at the Baghdad palace on Tuesday morning, "
  "Turkish Foreign Minister Hakan Fidan.", "en", [MW(RASHID, FIDAN)], []),
 ("en_counterpart_apposition",
  "Erdogan welcomed his Iraqi counterpart, Abdul Latif Rashid, at the presidential complex "
  "in Ankara on Thursday.", "en", [MW(ERDOGAN, RASHID)], []),
 ("en_description_then_name_list",
  "In Beirut, Araghchi met the parliament's veteran speaker, Nabih Berri, and caretaker "
  "Prime Minister Najib Mikati.", "en", [MW(ARAGHCHI, BERRI), MW(ARAGHCHI, MIKATI)],
  [MW(BERRI, MIKATI)]),
 ("en_hosted_visiting_minister",
  "On Wednesday, Sudani hosted the visiting Jordanian foreign minister, Ayman Safadi, in "
  "Baghdad.", "en", [MW(SUD, SAFADI)], []),
 ("en_relative_subject",
  "Fidan, who took over the foreign ministry from Mevlut Cavusoglu last year, also met his "
  "Iranian counterpart, Foreign Minister Abbas Araghchi.", "en", [MW(FIDAN, ARAGHCHI)], []),
 ("en_held_separate_meeting",
  "Lavrov later held a separate meeting with Omani Foreign Minister Badr Albusaidi.", "en",
  [MW(LAVROV, ALBU)], []),
 # ---- English negatives
 ("en_letter_from", "Araghchi received on Monday a letter from Russian Foreign Minister "
  "Sergei Lavrov.", "en", [], [MW(ARAGHCHI, LAVROV)]),
 ("en_envoy_of", "Sudani received in Baghdad the special envoy of Turkish President Recep "
  "Tayyip Erdogan.", "en", [], [MW(SUD, ERDOGAN)]),
 ("en_possessed_envoy", "Sudani met Erdogan's envoy in Baghdad on Sunday.", "en", [],
  [MW(SUD, ERDOGAN)]),
 ("en_subordinate_clause", "Fidan met reporters in Ankara on Monday after President Recep "
  "Tayyip Erdogan spoke.", "en", [], [MW(FIDAN, ERDOGAN)]),
 ("en_welcomed_decision_by", "Sudani welcomed the decision by Erdogan to reopen the "
  "pipeline.", "en", [], [MW(SUD, ERDOGAN)]),
 ("en_infinitive", "Araghchi flew to Ankara on Monday to meet, for the first time since the "
  "war, his Turkish counterpart Hakan Fidan.", "en", [], [MW(ARAGHCHI, FIDAN)]),
 ("en_negated", "Araghchi never met, during the two-day visit, Turkish Foreign Minister "
  "Hakan Fidan.", "en", [], [MW(ARAGHCHI, FIDAN)]),
 ("en_phone", "Araghchi on Monday greeted, in a telephone call, his Turkish counterpart, "
  "Hakan Fidan.", "en", [], [MW(ARAGHCHI, FIDAN)]),
 ("en_speaker_after", "Erdogan hosted a forum on energy in Istanbul on Friday, Fidan said.",
  "en", [], [MW(ERDOGAN, FIDAN)]),
 ("en_description_of", "Araghchi received the adviser of President Masoud Pezeshkian in "
  "Tehran.", "en", [], [MW(ARAGHCHI, PEZ)]),
 ("en_neither_nor", "Lavrov met, during the visit, neither Fidan nor Araghchi.", "en", [],
  [MW(LAVROV, FIDAN), MW(LAVROV, ARAGHCHI)]),
 ("en_speaker_after_list",
  "Lavrov held talks in Moscow on Monday with Gulf envoys, including Badr Albusaidi, Kremlin "
  "spokesman Dmitry Peskov told reporters.", "en", [MW(LAVROV, ALBU)],
  [MW(LAVROV, "person:dmitry-peskov")]),
 ("en_relative_object_not_subject",
  "Putin, who succeeded Boris Yeltsin, received in the Kremlin on Friday Iranian President "
  "Masoud Pezeshkian.", "en", [MW(PUTIN, PEZ)], [MW(PEZ, "person:boris-yeltsin")]),
 # ---- lists whose later member has a title phrase the list rule does not pass
 ("en_list_and_the_title_apposition",
  "Lavrov held talks in Ankara on Tuesday with Turkish President Recep Tayyip Erdogan and the "
  "country's top diplomat, Foreign Minister Hakan Fidan.", "en",
  [MW(LAVROV, ERDOGAN), MW(LAVROV, FIDAN)], [MW(ERDOGAN, FIDAN)]),
 ("en_list_region_title",
  "Fidan met Prime Minister Mohammed Shia al-Sudani and Kurdistan Region President Nechirvan "
  "Barzani during the visit.", "en", [MW(FIDAN, SUD), MW(FIDAN, NECH)], [MW(SUD, NECH)]),
 ("en_list_member_opens_clause",
  "Fidan met Prime Minister Mohammed Shia al-Sudani, and Kurdistan Region President Nechirvan "
  "Barzani later told reporters the talks went well.", "en", [MW(FIDAN, SUD)],
  [MW(FIDAN, NECH)]),
 ("en_subject_list_region_title",
  "Iraqi Foreign Minister Fuad Hussein and Kurdistan Region President Nechirvan Barzani held "
  "talks with Hakan Fidan on Thursday.", "en", [MW(FUAD, FIDAN), MW(NECH, FIDAN)], []),
 ("en_subject_list_long_titles",
  "Deputy Foreign Minister Ali Bagheri Kani and Khuzestan Governor Mohammad Reza Mavalizadeh "
  "met Basra Governor Asaad al-Eidani in Basra.", "en",
  [MW("person:ali-bagheri-kani", "person:asaad-al-eidani"),
   MW("person:mohammad-reza-mavalizadeh", "person:asaad-al-eidani")], []),
 ("en_list_member_after_clause_not_subject",
  "Fidan met Fuad Hussein, and Kurdistan Region President Nechirvan Barzani said the talks "
  "were useful.", "en", [MW(FIDAN, FUAD)], [MW(FIDAN, NECH), MW(FUAD, NECH)]),
 ("ar_list_waw_title",
  "التقى فيدان رئيسَ الوزراء محمد شياع السوداني ورئيسَ إقليم كوردستان نيجيرفان بارزاني.",
  "ar", [MW(FIDAN, SUD), MW(FIDAN, NECH)], [MW(SUD, NECH)]),
 ("ar_list_waw_title_with_body",
  "واجتمع عراقجي مع وزير الخارجية السوري فيصل المقداد ورئيسِ مجلس الشعب في سوريا حمودة صباغ.",
  "ar", [MW(ARAGHCHI, "person:faisal-mekdad")], []),
 ("ar_waw_verb_not_member",
  "التقى فيدان رئيسَ الوزراء محمد شياع السوداني، وقال رئيس إقليم كوردستان نيجيرفان بارزاني "
  "إن الزيارة مهمة.", "ar", [MW(FIDAN, SUD)], [MW(FIDAN, NECH)]),
 # ---- Arabic: VSO with adverbials and places between subject and partner
 ("ar_vso_adverbials",
  "استقبل الرئيس السوري بشار الأسد، صباح اليوم الأربعاء، في قصر الشعب بدمشق وزيرَ الخارجية "
  "الإيراني عباس عراقجي.", "ar", [MW(ASSAD, ARAGHCHI)], []),
 ("ar_vso_country_in_title",
  "استقبل رئيس الوزراء العراقي محمد شياع السوداني، مساء الاثنين، سفيرَ تركيا لدى العراق "
  "والمبعوث الخاص هاكان فيدان.", "ar", [MW(SUD, FIDAN)], []),
 ("ar_svo_time_place_bi",
  "وكان عراقجي قد اجتمع الأسبوع الماضي في مسقط بوزير الخارجية العُماني بدر البوسعيدي.",
  "ar", [MW(ARAGHCHI, ALBU)], []),
 ("ar_carried_subject",
  "وصل رئيس حكومة إقليم كوردستان مسرور بارزاني، ظهر الأحد، إلى أنقرة في زيارة رسمية، والتقى "
  "وزيرَ الخارجية التركي هاكان فيدان.", "ar", [MW(MASROUR, FIDAN)], []),
 ("ar_subject_not_in_relative_clause",
  "وكان وزير الخارجية السوري فيصل المقداد، الذي خلف وليد المعلم في المنصب عام 2020، قد التقى "
  "الشهر الماضي في مسقط وزيرَ الخارجية العماني بدر البوسعيدي.", "ar",
  [MW("person:faisal-mekdad", ALBU)], [MW("person:walid-al-moallem", ALBU)]),
 ("ar_discussed_with",
  "بحث وزير الخارجية العراقي فؤاد حسين، في أنقرة أمس، مع نظيره التركي هاكان فيدان ملف المياه.",
  "ar", [MW(FUAD, FIDAN)], []),
 ("ar_held_meeting_with",
  "عقد الرئيس التركي رجب طيب أردوغان، اليوم الاثنين، اجتماعاً مغلقاً مع رئيس إقليم كوردستان "
  "نيجيرفان بارزاني.", "ar", [MW(ERDOGAN, NECH)], []),
 # ---- Arabic negatives
 ("ar_letter_from", "استقبل عراقجي، اليوم، في طهران رسالةً من وزير الخارجية العماني بدر "
  "البوسعيدي.", "ar", [], [MW(ARAGHCHI, ALBU)]),
 ("ar_subordinate_clause", "التقى عراقجي، اليوم، في طهران الصحافيين بعد أن أعلن الرئيس مسعود "
  "بزشكيان موقف بلاده.", "ar", [], [MW(ARAGHCHI, PEZ)]),
 ("ar_according_to", "استقبل الأسد، صباح اليوم، في دمشق السفراء العرب، بحسب ما أعلن وزير "
  "الخارجية فيصل المقداد.", "ar", [], [MW(ASSAD, "person:faisal-mekdad")]),
 ("ar_phone", "بحث السوداني، في اتصال هاتفي، مع الرئيس التركي رجب طيب أردوغان ملف المياه.",
  "ar", [], [MW(SUD, ERDOGAN)]),
 ("ar_negated", "ولم يستقبل الأسد، خلال الزيارة، وزير الخارجية الإيراني عباس عراقجي.", "ar",
  [], [MW(ASSAD, ARAGHCHI)]),
 ("ar_planned", "ومن المقرر أن يستقبل الأسد، الأحد المقبل، في دمشق وزير الخارجية الإيراني "
  "عباس عراقجي.", "ar", [], [MW(ASSAD, ARAGHCHI)]),
 ("ar_place_not_partner", "واجتمع خامنئي، في مرقد الإمام الخميني، بأعضاء مجلس الخبراء.", "ar",
  [], [MW(KHAM, "person:ruhollah-khomeini")]),
]


@pytest.mark.parametrize("name, text, lang, must, must_not", CASES, ids=[c[0] for c in CASES])
def test_meeting_fallback(ex, name, text, lang, must, must_not):
    doc = ex.extract(text, lang=lang)
    assert_relations(doc, name, must, must_not)


def test_fallback_only_where_no_rule_found_a_meeting(ex):
    """A sentence a specific rule read keeps that rule's pairs: the fallback adds none."""
    doc = ex.extract("Erdogan met Sudani in Ankara on Monday.", lang="en")
    rules = {r["method"] for r in doc["relations"] if r["type"] == "MET_WITH"}
    assert rules and not any("fallback" in r for r in rules)


def test_every_case_cut_short_extracts_without_error(ex):
    """The fallback looks ahead of its cue word; a text cut right after it must not break."""
    for _name, text, lang, _must, _must_not in CASES:
        words = text.split(" ")
        for n in range(1, len(words)):
            ex.extract(" ".join(words[:n]), lang=lang)
