"""Descriptions and pronouns in place of a name, session 25 second round (``desc``). Our own
sentences, not taken from any dev set.

- English "he" / "she" after a ", who ... ," clause of the sentence's opening subject is that
  subject (a name or a description), not the person named inside the clause ("The Iraqi
  premier, who replaced Y in 2022, began the visit at the Elysee, where he met Z";
  ``pronoun_relative_head_en.relative_head_en``). Not when someone is named between the
  clause's closing comma and the pronoun.
- English "he" / "she" is the subject of a second verb that "and" coordinates with the first,
  not the object named right before "and" ("X was killed hours after he attended the
  swearing-in of P and met with Y": X-Y, not P-Y; ``pronoun_coordinated_en``). Not when a
  person who is no object stands between the pronoun and that object.
- Arabic "الضيف" + nationality is never the sender of the message the guest carried ("...، الذي
  نقل إليه رسالة من الرئيس Z. والتقى الضيف الإيراني Y": the minister, not Z;
  ``desc_guest_sender``): the latest other person of that nationality, else nobody. Not for
  another description ("وكان الرئيس الإيراني قد التقى Y": Z).
- "الرئيس الإيراني" / "the Iranian president" (a head of state with a nationality and no office
  word) is no person of that nationality named last with another office ("وزير الخارجية
  الإيراني X"), as "the president" without a nationality already was (session 18): the president
  named before, else nobody (``coreference._resolve_description``).
- Arabic "التقى S O، كما / ثم استقبله Z": the pronoun is the visitor S of the first clause (named or
  described), not O nor a visitor of the sentences before; after "استقبل H G، كما التقاه Z" it is
  the guest G (``pron_clause_subject_ar``, asked by ``meetings_ar._pron_is_visitor``).
- "الأخير" / "the latter" as the subject of a later meeting verb of a visit sentence is the last
  person named before it ("وصل X ...، والتقى A، ثم التقى الأخير B" / "X arrived and met A; the
  latter then met B": A-B, not X-B; ``latter_subject``). Not without the latter word.
"""

import pytest

from tests.extract_support import MW, assert_relations

SUDANI, KADHIMI = "person:mohammed-shia-al-sudani", "person:mustafa-al-kadhimi"
MACRON, SCHOLZ = "person:emmanuel-macron", "person:olaf-scholz"
TETTEH, KOURY = "person:hanna-tetteh", "person:stephanie-koury"
DBEIBA = "person:abdul-hamid-dbeiba"
HANIYEH, KHAMENEI = "person:ismail-haniyeh", "person:ali-khamenei"
PEZESHKIAN, CHIRAC = "person:masoud-pezeshkian", "person:jacques-chirac"
MBS, ARAGHCHI = "person:mohammed-bin-salman", "person:abbas-araghchi"
FAISAL = "person:faisal-bin-farhan"
ABDOLLAHIAN, HUSSEIN = "person:hossein-amir-abdollahian", "person:fuad-hussein"
TAMIM = "person:tamim-bin-hamad-al-thani"
BLINKEN = "person:antony-blinken"
_SUDANI = "Iraqi Prime Minister Mohammed Shia al-Sudani flew to Paris on Monday. "
_TETTEH = "The UN Secretary-General named Hanna Tetteh envoy to Libya in January. "

CASES = [
 ("relative_head_desc_en", "en", _SUDANI + "The Iraqi premier, who replaced Mustafa al-Kadhimi "
  "in 2022, began the visit at the Elysee, where he met French President Emmanuel Macron.",
  [MW(SUDANI, MACRON)], [MW(KADHIMI, MACRON)]),
 ("relative_head_diplomat_en", "en", _TETTEH + "The Ghanaian diplomat, who took over the post "
  "from acting envoy Stephanie Koury, opened her visit in Tripoli, where she met Prime "
  "Minister Abdulhamid Dbeiba.", [MW(TETTEH, DBEIBA)], [MW(KOURY, DBEIBA)]),
 ("relative_head_name_en", "en", _SUDANI + "Sudani, who succeeded Mustafa al-Kadhimi, went on "
  "to Berlin, where he held talks with German Chancellor Olaf Scholz.", [MW(SUDANI, SCHOLZ)],
  [MW(KADHIMI, SCHOLZ)]),
 ("relative_head_named_after_en", "en", _SUDANI + "The premier, who replaced Mustafa "
  "al-Kadhimi in 2022, said Kadhimi had told him that he met French President Emmanuel Macron "
  "in 2021.", [], [MW(SUDANI, MACRON)]),
 ("coordinated_he_en", "en", "Hamas leader Ismail Haniyeh was killed in Tehran on Wednesday, "
  "hours after he attended the swearing-in of President Masoud Pezeshkian and met with Supreme "
  "Leader Ali Khamenei.", [MW(HANIYEH, KHAMENEI)], [MW(PEZESHKIAN, KHAMENEI)]),
 ("coordinated_held_talks_en", "en", _SUDANI + "In Paris he had laid a wreath at the tomb of "
  "former president Jacques Chirac and then held talks with German Chancellor Olaf Scholz.",
  [MW(SUDANI, SCHOLZ)], [MW(CHIRAC, SCHOLZ)]),
 ("coordinated_other_subject_en", "en", _SUDANI + "He said Olaf Scholz, the German chancellor, "
  "had praised the mediation of Jacques Chirac and met Emmanuel Macron.", [],
  [MW(CHIRAC, MACRON), MW(SUDANI, MACRON)]),
 ("guest_not_sender_ar", "ar", "استقبل ولي العهد السعودي الأمير محمد بن سلمان وزير الخارجية "
  "الإيراني عباس عراقجي، الذي نقل إليه رسالة من الرئيس الإيراني مسعود بزشكيان. والتقى الضيف "
  "الإيراني لاحقاً وزير الخارجية السعودي الأمير فيصل بن فرحان.", [MW(ARAGHCHI, FAISAL)],
  [MW(PEZESHKIAN, FAISAL)]),
 ("guest_written_letter_ar", "ar", "استقبل ولي العهد السعودي الأمير محمد بن سلمان وزير الخارجية "
  "الإيراني عباس عراقجي، وتسلّم منه رسالة خطية من الرئيس الإيراني مسعود بزشكيان. وكان الضيف "
  "الإيراني قد وصل صباحاً، والتقى وزير الخارجية السعودي الأمير فيصل بن فرحان.",
  [MW(ARAGHCHI, FAISAL)], [MW(PEZESHKIAN, FAISAL)]),
 ("president_not_minister_ar", "ar", "استقبل ولي العهد السعودي الأمير محمد بن سلمان وزير "
  "الخارجية الإيراني عباس عراقجي، الذي نقل إليه رسالة من الرئيس الإيراني مسعود بزشكيان. وكان "
  "الرئيس الإيراني قد التقى رئيس الوزراء العراقي محمد شياع السوداني في طهران الشهر الماضي.",
  [MW(PEZESHKIAN, SUDANI)], [MW(ARAGHCHI, SUDANI)]),
 ("president_not_minister_en", "en", "Iranian President Masoud Pezeshkian spoke to reporters. "
  "Iranian Foreign Minister Abbas Araghchi said talks would resume. The Iranian president later "
  "met Iraqi Prime Minister Mohammed Shia al-Sudani.", [MW(PEZESHKIAN, SUDANI)],
  [MW(ARAGHCHI, SUDANI)]),
 ("president_none_named_ar", "ar", "أكد وزير الخارجية الإيراني عباس عراقجي أن المحادثات "
  "ستستأنف. والتقى الرئيس الإيراني لاحقاً رئيس الوزراء العراقي محمد شياع السوداني.", [],
  [MW(ARAGHCHI, SUDANI)]),
 ("clause_subject_desc_ar", "ar", "اختتم وزير الخارجية الإيراني حسين أمير عبد اللهيان جولة. "
  "ففي بغداد عقد مباحثات مع نظيره فؤاد حسين. وفي الدوحة، التقى الوزير الإيراني رئيس المكتب "
  "السياسي لحركة حماس إسماعيل هنيّة، كما استقبله أمير قطر الشيخ تميم بن حمد آل ثاني.",
  [MW(ABDOLLAHIAN, TAMIM)], [MW(HUSSEIN, TAMIM), MW(HANIYEH, TAMIM)]),
 ("clause_guest_ar", "ar", "وصل رئيس الوزراء العراقي محمد شياع السوداني إلى الرياض. واستقبل ولي "
  "العهد الأمير محمد بن سلمان وزير الخارجية الإيراني عباس عراقجي، كما التقاه وزير الخارجية "
  "فيصل بن فرحان.", [MW(ARAGHCHI, FAISAL)], [MW(SUDANI, FAISAL), MW(MBS, FAISAL)]),
 ("latter_then_met_ar", "ar", "وصل وزير الخارجية الإيراني عباس عراقجي إلى بغداد، والتقى رئيس "
  "الوزراء محمد شياع السوداني، ثم التقى الأخير وزير الخارجية الأمريكي أنتوني بلينكن.",
  [MW(ARAGHCHI, SUDANI), MW(SUDANI, BLINKEN)], [MW(ARAGHCHI, BLINKEN)]),
 ("latter_then_met_en", "en", "Iranian Foreign Minister Abbas Araghchi arrived in Baghdad and "
  "met Prime Minister Mohammed Shia al-Sudani; the latter then received US Secretary of State "
  "Antony Blinken.", [MW(ARAGHCHI, SUDANI), MW(SUDANI, BLINKEN)], [MW(ARAGHCHI, BLINKEN)]),
 ("no_latter_then_met_ar", "ar", "وصل وزير الخارجية الإيراني عباس عراقجي إلى بغداد، والتقى رئيس "
  "الوزراء محمد شياع السوداني، ثم التقى وزير الخارجية فؤاد حسين.", [MW(ARAGHCHI, HUSSEIN)],
  [MW(SUDANI, HUSSEIN)]),
]


@pytest.mark.parametrize("name,lang,text,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_desc_s25b(ex, name, lang, text, must, must_not):
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
