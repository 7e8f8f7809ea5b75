"""Arabic receptions, session 19 (arm2). Our own sentences, not taken from any dev set.

- A title whose appointment is not yet in force ("رئيس الوزراء المكلف X", "الوزير بالوكالة X")
  is X's title, not a reference to the last prime minister named: the host met X. (English
  "Prime Minister-designate X" already reads so.)
- Negative: the qualifier does not join a title to a name after a comma.
- "استقبل A B، بحضور C" (``meeting_attended_ar.present_ar``, as English "in the presence of
  C"): C met the participant of the other country. An ambassador present ("بحضور السفير
  الإيراني C", "السفيرة الأميركية لدى العراق C") is paired with nobody: the older writers do not
  annotate the envoy at his guest's reception (a merge of session 19 kept that convention over
  this branch's pairing by the title's country). Negatives: not C's own side; nobody when the
  countries tell nothing (all of one country).
- A woman's posted title "السفيرة الأميركية لدى العراق X" is X's title (as the man's "السفير
  ... لدى العراق X"), not a reference to the last American named. Negative: the title with no
  name after it makes nobody present.
- "وكان X قد وصل إلى <city>، واستُقبل في القصر من قبل Y، ثم عقد جلسة مباحثات مع Z": the
  passive's subject is unnamed, X of the clause before held the talks, not the agent Y
  (``meeting_asides_ar.passive_subject_ar``; English "X arrived, was received by Y, and held
  talks with Z" already reads so). Negative: not a person after a preposition ("رسالة إلى X").
- A known person named by three words whose last word the gazetteer lists alone for nobody
  ("تيدروس أدهانوم غيبريسوس"): a later bare "غيبريسوس" is him (``known_names``; English
  "Ghebreyesus" already was). Negative: the bare word with no full name before it.
- A sentence opening "كما اجتمع بـX" / "كما اجتمع مع X" (nobody named before the verb): the
  previous sentence's subject met X (``meeting_moved_on.dropped_with_subject_ar``; English "He
  also met with X" already reads so). Negative: a subject of its own after the verb ("كما اجتمع
  الوفد المرافق بـX").
- A reported meeting whose clause closes with a denial ("...، وهو ما نفته الحركة" / "..., which
  the movement denied" / "a claim Z denied") is dropped (``meeting_denied``). Negative: a denial
  of a later clause ("التقى X Y، ونفى الأخير ...، وهو ما نفته واشنطن") keeps the meeting.
- "وقال X في مؤتمر صحفي مشترك مع وزير خارجية إيران Y": the partner past a construct title the
  title reader leaves off the name (``meeting_press.joint_press_conference``). Negative: a
  comma between "مع" and the name.
- "عقب سلسلة لقاءات عقدها X في <city> مع Y، ولقاء مماثل في <city> مع Z": X met Y and Z
  (``meeting_held_rel``). Negatives: "مع" only after a comma ("لقاءات عقدها X، مع ...") or in
  a clause of its own ("فيما ... مع").
- "وبحث اللقاء، الذي حضره X وY، ...": X and Y are the meeting's attendees, not two subjects
  who discussed (``core_recall_meetings.discussed_pair``); "بحث X وY التطورات" still pairs them.
"""

import pytest

from tests.extract_support import MW, assert_relations

AOUN, SALAM, BERRI = "person:joseph-aoun", "person:nawaf-salam", "person:nabih-berri"
MIKATI = "person:najib-mikati"
M_AOUN, BOU_HABIB = "person:michel-aoun", "person:abdallah-bou-habib"
SUDANI, FUAD, ARAJI = ("person:mohammed-shia-al-sudani", "person:fuad-hussein",
                       "person:qassim-al-araji")
ARAGHCHI, SADEGH = "person:abbas-araghchi", "person:mohammad-kazem-al-e-sadegh"
QAANI, AMIRI = "person:esmail-qaani", "person:hadi-al-amiri"
TAMIM, MBAR = ("person:tamim-bin-hamad-al-thani",
             "person:mohammed-bin-abdulrahman-al-thani")
TEDROS, AMER = "person:tedros-adhanom-ghebreyesus", "person:jamal-amer"
MASHHADANI, MASOUD, NECHIRVAN = ("person:mahmoud-al-mashhadani", "person:masoud-barzani",
                                 "person:nechirvan-barzani")
KAABI = "person:akram-al-kaabi"
GRUNDBERG, ALIMI, ABDULSALAM = ("person:hans-grundberg", "person:rashad-al-alimi",
                                "person:mohammed-abdulsalam")
ABBASI, YARALLAH = "person:thabet-al-abbasi", "person:abdul-amir-yarallah"
KADHIMI = "person:mustafa-al-kadhimi"
KURILLA, ROMANOWSKI = "person:michael-kurilla", "person:alina-romanowski"

# (name, lang, text, must, must_not)
CASES = [
 ("ar_designate", "ar", "أصدر رئيس الجمهورية ميشال عون، اليوم، مرسوماً بتشكيل الحكومة برئاسة "
  "نجيب ميقاتي.\nونص المرسوم على تعيين يوسف خليل وزيراً للمال، وعبدالله بو حبيب وزيراً "
  "للخارجية.\nوكان الرئيس عون قد استقبل رئيس الوزراء المكلف ميقاتي، واطّلع منه على نتائج "
  "المشاورات.", [MW(M_AOUN, MIKATI)], [MW(M_AOUN, BOU_HABIB)]),
 ("ar_acting", "ar", "استقبل رئيس مجلس النواب نبيه بري في عين التينة رئيس الحكومة بالوكالة "
  "نجيب ميقاتي.", [MW(BERRI, MIKATI)], []),
 ("en_designate", "en", "President Joseph Aoun received Prime Minister-designate Nawaf Salam in "
  "Baabda on Monday.", [MW(AOUN, SALAM)], []),
 ("ar_designate_no_name", "ar", "استقبل الرئيس جوزاف عون رئيس الحكومة المكلف، ثم التقى نبيه "
  "بري.", [MW(AOUN, BERRI)], [MW(AOUN, SALAM)]),
 ("ar_presence_guest_side", "ar", "استقبل رئيس الوزراء محمد شياع السوداني في بغداد وزير "
  "الخارجية الإيراني عباس عراقجي، بحضور السفير الإيراني لدى العراق محمد كاظم آل صادق.",
  [MW(SUDANI, ARAGHCHI), MW(SADEGH, ARAGHCHI), MW(SADEGH, SUDANI)], []),
 ("ar_presence_host_side", "ar", "استقبل رئيس الوزراء محمد شياع السوداني قائد فيلق القدس "
  "إسماعيل قاآني، بحضور مستشار الأمن القومي قاسم الأعرجي.",
  [MW(SUDANI, QAANI), MW(ARAJI, QAANI), MW(ARAJI, SUDANI)], []),
 ("ar_presence_talks", "ar", "وعقد عراقجي جلسة مباحثات مع نظيره العراقي فؤاد حسين، بحضور "
  "السفير الإيراني محمد كاظم آل صادق.", [MW(ARAGHCHI, FUAD), MW(SADEGH, ARAGHCHI), MW(SADEGH, FUAD)],
  []),
 ("ar_presence_one_country", "ar", "استقبل رئيس الوزراء محمد شياع السوداني رئيس تحالف الفتح "
  "هادي العامري، بحضور مستشار الأمن القومي قاسم الأعرجي.", [MW(SUDANI, AMIRI), MW(ARAJI, AMIRI), MW(ARAJI, SUDANI)],
  []),
 ("ar_posted_woman", "ar", "استقبل رئيس الوزراء محمد شياع السوداني قائد القيادة المركزية "
  "الأميركية الجنرال مايكل إريك كوريلا، بحضور السفيرة الأميركية لدى العراق ألينا رومانوسكي.",
  [MW(SUDANI, KURILLA), MW(ROMANOWSKI, KURILLA), MW(ROMANOWSKI, SUDANI)], []),
 ("ar_posted_woman_no_name", "ar", "استقبل رئيس الوزراء محمد شياع السوداني الجنرال مايكل إريك "
  "كوريلا، بحضور السفيرة الأميركية لدى العراق.", [MW(SUDANI, KURILLA)], [MW(ROMANOWSKI, SUDANI)]),
 ("ar_passive_then_talks", "ar", "وكان الوزير عباس عراقجي قد وصل إلى الدوحة مساء الأحد، "
  "واستُقبل في الديوان الأميري من قبل الأمير تميم بن حمد آل ثاني، ثم عقد جلسة مباحثات مع رئيس "
  "الوزراء محمد بن عبد الرحمن آل ثاني.", [MW(ARAGHCHI, TAMIM), MW(ARAGHCHI, MBAR)],
  [MW(TAMIM, MBAR)]),
 ("en_passive_then_talks", "en", "Abbas Araghchi arrived in Doha on Sunday, was received at the "
  "Amiri Diwan by Emir Tamim bin Hamad Al Thani, and then held talks with Prime Minister "
  "Mohammed bin Abdulrahman Al Thani.", [MW(ARAGHCHI, TAMIM), MW(ARAGHCHI, MBAR)],
  [MW(TAMIM, MBAR)]),
 ("ar_passive_governed_not_subject", "ar", "بعث الرئيس جوزاف عون رسالة إلى نبيه بري، واستُقبل "
  "الموفد في القصر من قبل الرئيس نواف سلام، ثم عقد جلسة مباحثات مع نجيب ميقاتي.", [],
  [MW(BERRI, MIKATI)]),
 ("ar_last_of_three_later", "ar", "قال المدير العام لمنظمة الصحة العالمية تيدروس أدهانوم "
  "غيبريسوس إن الوضع الصحي في اليمن خطير.\nوكان غيبريسوس قد وصل إلى صنعاء قبل يومين، والتقى "
  "خلال زيارته وزير الخارجية جمال عامر.", [MW(TEDROS, AMER)], []),
 ("en_last_of_three_later", "en", "WHO Director-General Tedros Adhanom Ghebreyesus said the "
  "health situation in Yemen was dire. Ghebreyesus had arrived in Sanaa two days earlier and "
  "met Foreign Minister Jamal Amer.", [MW(TEDROS, AMER)], []),
 ("ar_last_word_not_named_before", "ar", "قال مسؤول في منظمة الصحة العالمية إن الوضع خطير."
  "\nوكان غيبريسوس قد وصل إلى صنعاء قبل يومين، والتقى خلال زيارته وزير الخارجية جمال عامر.",
  [], [MW(TEDROS, AMER)]),
 ("ar_also_met_with_opening", "ar", "والتقى المشهداني مسعود بارزاني في مصيف بيرمام.\nكما "
  "اجتمع برئيس الإقليم نيجيرفان بارزاني، الذي أكد دعمه.", [MW(MASHHADANI, NECHIRVAN)],
  [MW(MASOUD, NECHIRVAN)]),
 ("ar_also_met_mae_opening", "ar", "والتقى المشهداني مسعود بارزاني في مصيف بيرمام.\nكما اجتمع "
  "أيضاً مع نيجيرفان بارزاني.", [MW(MASHHADANI, NECHIRVAN)], [MW(MASOUD, NECHIRVAN)]),
 ("en_also_met_opening", "en", "Mahmoud al-Mashhadani met Masoud Barzani in Pirmam. He also met "
  "with Kurdistan Region President Nechirvan Barzani.", [MW(MASHHADANI, NECHIRVAN)], []),
 ("ar_own_subject_after_verb", "ar", "والتقى المشهداني مسعود بارزاني في مصيف بيرمام.\nكما "
  "اجتمع الوفد المرافق برئيس الإقليم نيجيرفان بارزاني.", [], [MW(MASHHADANI, NECHIRVAN)]),
 ("ar_denied_meeting", "ar", "وأفادت مصادر مطلعة بأن قائد فيلق القدس إسماعيل قآني التقى في "
  "بغداد الأمين العام لحركة النجباء أكرم الكعبي، وهو ما نفته الحركة.", [], [MW(QAANI, KAABI)]),
 ("ar_denied_meeting_amr", "ar", "وذكرت تقارير أن إسماعيل قآني اجتمع بأكرم الكعبي في بغداد، "
  "الأمر الذي نفاه مكتب الحركة.", [], [MW(QAANI, KAABI)]),
 ("en_denied_meeting", "en", "Informed sources said Quds Force commander Esmail Qaani met "
  "Nujaba leader Akram al-Kaabi in Baghdad, a claim the movement denied.", [],
  [MW(QAANI, KAABI)]),
 ("ar_denial_of_later_clause", "ar", "التقى قائد فيلق القدس إسماعيل قآني في بغداد أكرم "
  "الكعبي، ونفى الأخير أي دور في الهجمات، وهو ما نفته واشنطن.", [MW(QAANI, KAABI)], []),
 ("en_denial_of_later_clause", "en", "Esmail Qaani met Akram al-Kaabi in Baghdad, and later "
  "denied any role in the attacks.", [MW(QAANI, KAABI)], []),
 ("ar_joint_press_construct_title", "ar", "وقال مستشار الأمن القومي قاسم الأعرجي في مؤتمر "
  "صحفي مشترك مع وزير خارجية إيران عباس عراقجي إن الحدود آمنة.", [MW(ARAJI, ARAGHCHI)], []),
 ("en_joint_press_construct_title", "en", "National Security Adviser Qassim al-Araji told a "
  "joint news conference with Iran's Foreign Minister Abbas Araghchi that the border was safe.",
  [MW(ARAJI, ARAGHCHI)], []),
 ("ar_joint_press_comma", "ar", "وقال قاسم الأعرجي في مؤتمر صحفي مشترك مع الوفد، إن عباس "
  "عراقجي سيزور بغداد.", [], [MW(ARAJI, ARAGHCHI)]),
 ("ar_meetings_held_rel", "ar", "وجاء البيان بعد سلسلة لقاءات عقدها المبعوث الأممي هانس "
  "غروندبرغ في الرياض مع الرئيس رشاد العليمي، ولقاء مماثل في مسقط مع محمد عبدالسلام.",
  [MW(GRUNDBERG, ALIMI), MW(GRUNDBERG, ABDULSALAM)], [MW(ALIMI, ABDULSALAM)]),
 ("ar_meetings_held_rel_while", "ar", "وجاء البيان بعد لقاءات عقدها هانس غروندبرغ في الرياض، "
  "فيما تواصل الاتصالات مع رشاد العليمي.", [], [MW(GRUNDBERG, ALIMI)]),
 ("ar_discussed_relative_attendees", "ar", "وبحث اللقاء، الذي حضره وزير الدفاع ثابت العباسي "
  "ورئيس أركان الجيش عبد الأمير يار الله، انسحاب قوات التحالف.", [], [MW(ABBASI, YARALLAH)]),
 ("ar_discussed_pair_kept", "ar", "وبحث رئيس الوزراء مصطفى الكاظمي وقائد فيلق القدس إسماعيل "
  "قاآني التطورات الأمنية.", [MW(KADHIMI, QAANI)], []),
]


@pytest.mark.parametrize("name,lang,text,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_ar_meeting_sides(ex, name, lang, text, must, must_not) -> None:
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
