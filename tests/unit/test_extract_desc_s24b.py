"""Descriptions in place of a name, session 24 second round (``desc``). Our own sentences, not
taken from any dev set.

- English "he" / "she" of an opening subordinate clause is the main clause's subject, named or
  described after the clause's comma ("When he sat down with Y in P, the prime minister asked
  ...", "Shortly after she met Y, X left"; ``pronoun_cataphora_en.cataphoric_subject_en``);
  not the last person named before the sentence. Not when the person after the comma is a
  possessor ("X's colleagues"), an apposition of someone in the clause ("When he met Y, the
  Russian president, on Friday, ...") or the clause does not open the sentence.
- An office description ("the prime minister", "the president") is no person new to the
  gazetteer whom the article titled with another kind of post ("a border police captain, X",
  "Analyst X"; ``desc_article_titles.other_post_titled``), unless he is said to take that
  office ("X, a former judge, was sworn in as prime minister").
- An Arabic honorific before a title with no name ("سماحة القائد", "سماحة الأمين العام") is the one
  person the article introduced with that honorific and that title word, however far back
  (``desc_honorific_ar.honorific_holder_ar``); not when two were ("قائد الثورة سماحة ... وقائد
  الحرس سماحة ...").
- The rival beaten is no "new" holder ("فاز X ... على منافسه Y. ... واستقبل الرئيس الجديد Z": X;
  ``desc_rival.named_as_rival`` in ``coreference``).
"""

import pytest

from tests.extract_support import MW, assert_relations

SUDANI, MACRON = "person:mohammed-shia-al-sudani", "person:emmanuel-macron"
PEZESHKIAN, MODI = "person:masoud-pezeshkian", "person:narendra-modi"
ERDOGAN, PUTIN = "person:recep-tayyip-erdogan", "person:vladimir-putin"
MANSOUR, NASR = "person:renad-mansour", "person:scholar-vali-nasr"
HASSOUN = "person:karim-jabbar-hassoun"
JALILI = "person:saeed-jalili"
KHAMENEI, NASRALLAH = "person:ali-khamenei", "person:hassan-nasrallah"
ARAGHCHI, BERRI = "person:abbas-araghchi", "person:nabih-berri"
_LEADER_AR = " وفي المساء استقبل سماحة القائد رئيس الوزراء العراقي محمد شياع السوداني."

_SUDANI = ("Iraqi Prime Minister Mohammed Shia al-Sudani flew to Paris on Monday. Analyst Renad "
           "Mansour wrote that the visit was overdue. ")
_PEZ = ("Iranian President Masoud Pezeshkian landed in New Delhi. Scholar Vali Nasr called it a "
        "turning point. ")
_MACRON = " On Monday the prime minister met French President Emmanuel Macron in Paris."

CASES = [
 ("cataphora_desc_en", "en", _SUDANI + "When he sat down with French President Emmanuel Macron "
  "at the Elysee, the prime minister asked for arms.", [MW(SUDANI, MACRON)],
  [MW(MANSOUR, MACRON)]),
 ("cataphora_by_the_time_en", "en", _SUDANI + "By the time she sat down with French President "
  "Emmanuel Macron on Friday, Sudani had lost his majority.", [MW(SUDANI, MACRON)],
  [MW(MANSOUR, MACRON)]),
 ("cataphora_name_en", "en", _PEZ + "Shortly after he met Indian Prime Minister Narendra Modi "
  "on Tuesday, Pezeshkian left for Dhaka.", [MW(PEZESHKIAN, MODI)], [MW(NASR, MODI)]),
 ("cataphora_apposition_en", "en", "Turkish President Recep Tayyip Erdogan flew to Moscow. When "
  "he met Vladimir Putin, the Russian president, on Friday, Erdogan asked for a ceasefire.",
  [MW(ERDOGAN, PUTIN)], []),
 ("cataphora_possessor_en", "en", _PEZ + "As he met Indian Prime Minister Narendra Modi on "
  "Tuesday, Nasr's colleagues watched.", [], [MW(PEZESHKIAN, NASR)]),
 ("office_other_post_en", "en", "Iraqi Prime Minister Mohammed Shia al-Sudani ordered an "
  "inquiry. A court later convicted a border police captain, Karim Jabbar Hassoun, of the "
  "shooting." + _MACRON, [MW(SUDANI, MACRON)], [MW(HASSOUN, MACRON)]),
 ("office_analyst_en", "en", "Iraqi Prime Minister Mohammed Shia al-Sudani ordered an inquiry. "
  "Analyst Karim Jabbar Hassoun criticised it." + _MACRON, [MW(SUDANI, MACRON)],
  [MW(HASSOUN, MACRON)]),
 ("office_taken_en", "en", "Lawmakers elected a new premier on Sunday. Karim Jabbar Hassoun, a "
  "former judge, was sworn in as prime minister." + _MACRON, [MW(HASSOUN, MACRON)], []),
 ("honorific_leader_ar", "ar", "حضر المراسم قائد الثورة الإسلامية سماحة آية الله علي "
  "خامنئي. وتحدث رئيس السلطة القضائية غلام حسين محسني إيجئي. ثم ألقى الرئيس مسعود بزشكيان "
  "كلمة." + _LEADER_AR, [MW(KHAMENEI, SUDANI)], [MW(PEZESHKIAN, SUDANI)]),
 ("honorific_secretary_general_ar", "ar", "التقى الأمين العام لحزب الله سماحة السيد حسن نصر "
  "الله وفداً من حركة حماس. وفي اليوم التالي زار وزير الخارجية الإيراني عباس عراقجي بيروت، "
  "والتقى رئيس البرلمان نبيه بري. ثم استقبل سماحة الأمين العام الضيفَ الإيراني في لقاء مطوّل.",
  [MW(ARAGHCHI, NASRALLAH), MW(ARAGHCHI, BERRI)], []),
 ("honorific_two_holders_ar", "ar", "حضر المراسم قائد الثورة الإسلامية سماحة آية الله علي "
  "خامنئي وقائد الحرس سماحة الشيخ حسين سلامي." + _LEADER_AR, [], [MW(KHAMENEI, SUDANI)]),
 ("rival_not_new_ar", "ar", "فاز المرشح الإصلاحي مسعود بزشكيان في الانتخابات الرئاسية على "
  "منافسه سعيد جليلي. واستقبل الرئيس الجديد رئيس الوزراء العراقي محمد شياع السوداني في طهران.",
  [MW(PEZESHKIAN, SUDANI)], [MW(JALILI, SUDANI)]),
 ("rival_object_ar", "ar", "تغلّب مسعود بزشكيان في جولة الإعادة على خصمه سعيد جليلي. وفي "
  "اليوم التالي التقى الرئيس الجديد رئيس الوزراء العراقي محمد شياع السوداني.",
  [MW(PEZESHKIAN, SUDANI)], [MW(JALILI, SUDANI)]),
]


@pytest.mark.parametrize("name,lang,text,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_desc_s24b(ex, name, lang, text, must, must_not):
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
