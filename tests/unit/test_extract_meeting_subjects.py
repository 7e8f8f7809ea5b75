"""MET_WITH: who is the subject and who the partners when a relative clause, an apposition, a
nominal reception or a list of qualified names stands between them (session 7):

- Arabic "X، الذي ... Z، (كان) قد استقبل Y" and "وصل X، الذي خلف Z ...، إلى بغداد، والتقى Y":
  X, never Z named inside the relative clause;
- the reception noun with its host and guest: "بعد استقبال X (لـ)Y";
- "وعقد X وY جلسة مباحثات" (the two subjects met);
- "met Britain's X, France's Y and Germany's Z" (a country qualifying each list member);
- "X, head of Y, who had met Z" and "X, with whom he held talks" (the relative clause's head);
- "held talks with Iraqi Minister X and received Y": Y was received by the subject, not by X.

Our own sentences, in both languages, with negatives. Each case: (name, text, lang, MET_WITH
that must be found, MET_WITH that must NOT be found).
"""

import pytest

from tests.extract_support import MW, assert_relations

ARAGHCHI, FIDAN = "person:abbas-araghchi", "person:hakan-fidan"
SUD, ERDOGAN = "person:mohammed-shia-al-sudani", "person:recep-tayyip-erdogan"
FUAD, PEZ = "person:fuad-hussein", "person:masoud-pezeshkian"
BLINKEN, POMPEO = "person:antony-blinken", "person:mike-pompeo"
MASH, HALB = "person:mahmoud-al-mashhadani", "person:mohammed-al-halbousi"
ROMAN = "person:alina-romanowski"
LAMMY, BARROT = "person:david-lammy", "person:jean-noel-barrot"
WADEPHUL = "person:johann-wadephul"
KHAZALI, AMIRI = "person:qais-al-khazali", "person:hadi-al-amiri"
CAVUS = "person:mevlut-cavusoglu"


CASES = [
 # ---- Arabic: the head of a relative clause is the subject after it
 ("ar_relative_then_qad",
  "وكان رئيس البرلمان محمود المشهداني، الذي انتخب خلفاً لمحمد الحلبوسي، قد استقبل السفيرة "
  "الأميركية ألينا رومانوسكي الأسبوع الماضي.", "ar", [MW(MASH, ROMAN)], [MW(HALB, ROMAN)]),
 ("ar_relative_then_kana_qad",
  "وكان وزير الخارجية فؤاد حسين، الذي رافق السوداني إلى أنقرة، كان قد التقى نظيره التركي "
  "هاكان فيدان.", "ar", [MW(FUAD, FIDAN)], [MW(SUD, FIDAN)]),
 ("ar_arrival_relative_then_met",
  "وصل وزير الخارجية الأميركي أنتوني بلينكن، الذي خلف مايك بومبيو على رأس الدبلوماسية "
  "الأميركية، إلى بغداد الأحد في زيارة مفاجئة، والتقى رئيس الحكومة محمد شياع السوداني.", "ar",
  [MW(BLINKEN, SUD)], [MW(POMPEO, SUD)]),
 ("ar_relative_subject_meets_inside",  # the meeting is inside the relative clause
  "وكان فيدان، الذي التقى السوداني، قد غادر بغداد مساء الاثنين.", "ar", [MW(FIDAN, SUD)], []),
 # ---- Arabic: the reception noun
 ("ar_reception_noun_object",
  "وجاء ذلك بعد أيام من استقبال رئيس الوزراء محمد شياع السوداني وزير الخارجية التركي هاكان "
  "فيدان.", "ar", [MW(SUD, FIDAN)], []),
 ("ar_reception_noun_li",
  "وبعد استقبال أردوغان للسوداني في أنقرة، أعلن الطرفان اتفاقاً للمياه.", "ar",
  [MW(ERDOGAN, SUD)], []),
 ("ar_reception_noun_adverbial",
  "وخلال استقبال الرئيس الإيراني مسعود بزشكيان، مساء الاثنين، رئيسَ الوزراء العراقي محمد شياع "
  "السوداني، أكد الجانبان أهمية التعاون.", "ar", [MW(PEZ, SUD)], []),
 ("ar_reception_refused",
  "ورفض السوداني استقبال وزير الخارجية التركي هاكان فيدان.", "ar", [], [MW(SUD, FIDAN)]),
 ("ar_reception_planned",
  "ومن المقرر استقبال الرئيس التركي رجب طيب أردوغان للسوداني الأسبوع المقبل.", "ar", [],
  [MW(ERDOGAN, SUD)]),
 ("ar_reception_purpose",
  "وتوجه فيدان إلى المطار لاستقبال الرئيس عبد اللطيف رشيد.", "ar", [], []),
 # ---- Arabic: two subjects held a session of talks
 ("ar_two_subjects_session",
  "وعقد الرئيس التركي رجب طيب أردوغان والسوداني جلسة مباحثات في أنقرة.", "ar",
  [MW(ERDOGAN, SUD)], []),
 ("ar_two_subjects_round",
  "وأجرى الرئيس التركي رجب طيب أردوغان ورئيس الوزراء العراقي محمد شياع السوداني جولة محادثات "
  "في أنقرة.", "ar", [MW(ERDOGAN, SUD)], []),
 ("ar_session_planned",
  "ومن المقرر أن يعقد أردوغان والسوداني جلسة مباحثات في أنقرة.", "ar", [], [MW(ERDOGAN, SUD)]),
 # ---- English: a country qualifying each list member
 ("en_possessive_country_list",
  "Araghchi met Britain's David Lammy, France's Jean-Noel Barrot and Germany's Johann "
  "Wadephul in Geneva.", "en", [MW(ARAGHCHI, LAMMY), MW(ARAGHCHI, BARROT),
                                 MW(ARAGHCHI, WADEPHUL)], [MW(LAMMY, BARROT)]),
 ("en_possessive_country_pair",
  "Araghchi met Turkey's Hakan Fidan and Iraq's Fuad Hussein in Baghdad.", "en",
  [MW(ARAGHCHI, FIDAN), MW(ARAGHCHI, FUAD)], [MW(FIDAN, FUAD)]),
 # ---- English: the head of a relative clause after an apposition
 ("en_who_after_apposition",
  "Sudani was accompanied by Fuad Hussein, the foreign minister, who had already met "
  "Araghchi in Tehran.", "en", [MW(FUAD, ARAGHCHI)], [MW(SUD, ARAGHCHI)]),
 ("en_with_whom_pronoun",
  "Sudani thanked Fidan, with whom he had held talks in Ankara a week earlier.", "en",
  [MW(SUD, FIDAN)], []),
 ("en_with_whom_named",
  "Fidan, with whom Sudani held talks last week, said the water deal was ready.", "en",
  [MW(SUD, FIDAN)], []),
 ("en_with_whom_phone",
  "Sudani praised Fidan, with whom he spoke by phone on Sunday.", "en", [], [MW(SUD, FIDAN)]),
 ("en_with_whom_hoped",
  "Sudani thanked Fidan, with whom he had hoped to meet in Ankara.", "en", [],
  [MW(SUD, FIDAN)]),
 ("en_with_whom_other_verb",
  "Sudani thanked Fidan, with whom he signed the water deal.", "en", [], [MW(SUD, FIDAN)]),
 # ---- English: a second meeting verb after an object with a nationality and a title
 ("en_second_verb_subject",
  "On Monday Sudani held talks in Baghdad with Turkish Foreign Minister Hakan Fidan and "
  "received Qais al-Khazali, the leader of Asaib Ahl al-Haq.", "en",
  [MW(SUD, FIDAN), MW(SUD, KHAZALI)], [MW(FIDAN, KHAZALI)]),
 ("en_second_verb_unknown_nationality",
  "Sudani held talks with Armenian Prime Minister Nikol Pashinyan and received Hadi al-Amiri.",
  "en", [MW(SUD, AMIRI)], [MW("person:nikol-pashinyan", AMIRI)]),
]


@pytest.mark.parametrize("name,text,lang,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_meeting_subjects(ex, name, text, lang, must, must_not):
    doc = ex.extract(text, lang=lang)
    assert_relations(doc, name, must, must_not)
