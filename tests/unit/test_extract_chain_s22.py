"""The visitor carried across the clauses of a visit narrative, session 22 (``chain``). Our own
sentences, not taken from any dev set.

- "التقى X Y، قبل أن يجتمع بـZ" / "X التقى Y، بعد أن اجتمع بـZ" / "... قبل أن يلتقي Z": the
  subject of the verb after "قبل أن / بعد أن" is the main meeting clause's subject X (also one
  carried after "حيث"), not Y (``meeting_chain.before_that_subject_ar``); not a call, not a
  new subject named after the verb, not after a reception.
- "وصل X إلى بيروت، واستهلها بلقاء Y" / "زار X دمشق، واختتمها باجتماع مع Y": the visit as a
  pronoun on the opening verb (``meeting_opened_with``); not a planned opening ("من المقرر أن
  يستهلها"), not a visit to a place.
- English "him" / "he" around a reception: "Y received him (there), and he met Z": he is the
  guest, not the host (``meeting_chain.guest_he_en`` in ``subjects._he_at``; "Y received him
  and he then met Z" no longer pairs Y with Z, ``meeting_courtesy.also_with_pronoun_en``);
  "X spent a day in B, where he held talks with W, before driving on to D, where Y received
  him": X, not W (``sentence_subject_en``); "The next stop was Doha: Y received him": the
  previous sentence's visitor (``lead_before_host_en``, ``prev_guest_en``). Not "Y received X
  ..., and Z met him" (X), not "Y received him, and he said ..." (no meeting).
- "X spent hours with Y", "X sat for more than two hours with Y", "spent the evening with Y
  and Z"; "he held talks with W and V and then sat for two hours with Y": he, not W or V
  (``meeting_spent_en``). Not "spent two years with the Foreign Ministry", "spent five years
  with Y at the UN", "did not spend a minute with Y", "is expected to spend a day with Y".
- "(وصل X إلى أبوظبي.) ثم توجه مساءً إلى الرياض، حيث عقد محادثات مع Y" / "... حيث التقى Y": a
  sentence naming no one before its meeting word, opened by a verb of motion and its
  destination, the meeting after "حيث": the previous sentence's visitor
  (``meeting_chain.moved_on_subject_ar``); not a planned meeting ("حيث من المقرر أن ...").
- The imperfect reception with an object pronoun ("يستقبله"، "يلتقيه": ``lexicon.AR_MEET``)
  after "قبل أن": "him" is the clause's subject before it, not the "مع" object of a signing or
  a meeting ("وعقد الضيف الإيراني اجتماعاً مع Z، قبل أن يستقبله Y": the guest, of the previous
  sentence when unnamed; ``before_that_guest_ar``), and the hosts listed with "ثم" received
  him too ("يستقبله Y ثم رئيس الجمهورية W", ``then_hosts_ar``); not planned, not negated.
- A reception during a visit that names no visitor: "التقى X Y ...، بعد جولة استقبله خلالها
  Z" / "X met Y, days after a trip to Doha during which Z received him": X, the sentence's
  meeting subject, not its object Y (``visit_during_guest_ar``, ``_where_visit_en``); a visit
  of Y named ("بعد زيارة Y إلى الدوحة التي استقبله خلالها Z") is Y's.
- A pronoun reception in a sentence naming no one before it: "وكانت بيروت من أولى محطاته؛ إذ
  استقبله Y" (``no_person_before_ar``), "The United Nations envoy, Y, met him" (the host's
  title opening the sentence, ``_opening_title``): the previous sentence's visitor or subject;
  in English only when the previous sentence names one person (not "X ... before calling on
  Z. The UN envoy, Y, met him").
- "اجتمع X بـZ، ثم توجه إلى B حيث أجرى مباحثات مع Y": the talks after "حيث" are X's, not
  those of Z, a prepositional object (``where_talks_subject_ar``); not planned talks, not a
  subject named after the verb ("حيث أجرى Z مباحثات مع Y").
- "X met Y in Damascus, and Z was received by him a week later": "him" is Y, the meeting's
  object named right before Z (``pronoun_agent_en`` in ``meetings.met_passive``); not in a
  reported clause ("X told Y that Z was received by him"), not a person only named in a
  relative clause.
"""

import pytest

from tests.extract_support import MW, assert_relations

ARAGHCHI, BERRI, SALAM = "person:abbas-araghchi", "person:nabih-berri", "person:nawaf-salam"
FIDAN, AOUN = "person:hakan-fidan", "person:joseph-aoun"
TAMIM, ASSAD = "person:tamim-bin-hamad-al-thani", "person:bashar-al-assad"
HARIRI = "person:rafik-hariri"
HANIYEH, MEKDAD = "person:ismail-haniyeh", "person:faisal-mekdad"
ERDOGAN = "person:recep-tayyip-erdogan"
NASRALLAH, MIKATI = "person:hassan-nasrallah", "person:najib-mikati"
PUTIN, MBS = "person:vladimir-putin", "person:mohammed-bin-salman"
LARIJANI2, SUDANI, RASHID = "person:ali-larijani", "person:mohammed-shia-al-sudani", \
    "person:abdul-latif-rashid"
ARAJI = "person:qassim-al-araji"
SHARAA, PEDERSEN = "person:ahmed-al-sharaa", "person:geir-pedersen"
KALIN = "person:ibrahim-kalin"
QAANI, MIRANI, TALABANI = "person:esmail-qaani", "person:fazil-mirani", "person:bafel-talabani"
_ARRIVED = "وصل الرئيس الروسي فلاديمير بوتين إلى أبوظبي صباحاً. "

# (name, lang, text, must, must_not)
CASES = [
 ("before_that_prep_ar", "ar", "التقى عراقجي رئيس مجلس النواب نبيه بري، قبل أن يجتمع "
  "برئيس الوزراء نواف سلام في السراي الحكومي.", [MW(ARAGHCHI, BERRI), MW(ARAGHCHI, SALAM)],
  [MW(BERRI, SALAM)]),
 ("before_that_direct_ar", "ar", "والتقى وزير الخارجية التركي هاكان فيدان الرئيس جوزيف عون "
  "في بعبدا، قبل أن يلتقي رئيس الحكومة نواف سلام.", [MW(FIDAN, AOUN), MW(FIDAN, SALAM)],
  [MW(AOUN, SALAM)]),
 ("before_that_where_ar", "ar", "ثم انتقل عباس عراقجي إلى عين التينة حيث التقى نبيه بري، "
  "بعد أن اجتمع بنواف سلام في السراي.", [MW(ARAGHCHI, BERRI), MW(ARAGHCHI, SALAM)],
  [MW(BERRI, SALAM)]),
 ("before_that_reported_ar", "ar", "وقال المتحدث باسم الخارجية إسماعيل بقائي إن عراقجي "
  "التقى نبيه بري، قبل أن يجتمع بنواف سلام.", [MW(ARAGHCHI, SALAM)], [MW(BERRI, SALAM)]),
 ("before_that_call_ar", "ar", "التقى عراقجي نبيه بري، قبل أن يتصل هاتفياً بنواف سلام.",
  [], [MW(ARAGHCHI, SALAM), MW(BERRI, SALAM)]),
 ("before_that_own_subject_ar", "ar", "التقى عراقجي نبيه بري، قبل أن يجتمع بري بنواف سلام.",
  [MW(BERRI, SALAM)], [MW(ARAGHCHI, SALAM)]),
 ("opened_it_ar", "ar", "بدأ وزير الخارجية التركي هاكان فيدان جولة خليجية أمس، واستهلها "
  "بلقاء أمير قطر الشيخ تميم بن حمد آل ثاني في الدوحة.", [MW(FIDAN, TAMIM)], []),
 ("closed_it_ar", "ar", "زار عباس عراقجي دمشق، واختتمها باجتماع مع الرئيس بشار الأسد.",
  [MW(ARAGHCHI, ASSAD)], []),
 ("opened_it_planned_ar", "ar", "وصل عباس عراقجي إلى بيروت، ومن المقرر أن يستهلها بلقاء "
  "الرئيس جوزيف عون.", [], [MW(ARAGHCHI, AOUN)]),
 ("opened_it_place_ar", "ar", "وصل عباس عراقجي إلى بيروت، واستهلها بزيارة ضريح رفيق الحريري.",
  [], [MW(ARAGHCHI, HARIRI)]),
 ("received_him_and_he_en", "en", "Turkish Foreign Minister Hakan Fidan flew to Doha on "
  "Sunday. Emir Tamim bin Hamad Al Thani hosted him at the palace and he later met Hamas "
  "leader Ismail Haniyeh.", [MW(FIDAN, TAMIM), MW(FIDAN, HANIYEH)], [MW(TAMIM, HANIYEH)]),
 ("received_him_and_he_then_en", "en", "Hakan Fidan arrived in Damascus. Bashar al-Assad "
  "received him and he then met Foreign Minister Faisal Mekdad.",
  [MW(FIDAN, ASSAD), MW(FIDAN, MEKDAD)], [MW(ASSAD, MEKDAD)]),
 ("received_him_he_said_en", "en", "Hakan Fidan flew to Doha on Sunday. Emir Tamim bin Hamad "
  "Al Thani received him, and he said Qatar would keep mediating.", [MW(FIDAN, TAMIM)], []),
 ("where_received_him_en", "en", "Hakan Fidan spent a day in "
  "Beirut, where he held talks with Speaker Nabih Berri, before driving on to Damascus, where "
  "President Bashar al-Assad received him.", [MW(FIDAN, BERRI), MW(FIDAN, ASSAD)],
  [MW(BERRI, ASSAD)]),
 ("lead_colon_received_him_en", "en", "In May Hakan Fidan spent a day in Beirut, where "
  "President Joseph Aoun received him. The next stop was Doha: Emir Tamim bin Hamad Al Thani "
  "received him there.", [MW(FIDAN, AOUN), MW(FIDAN, TAMIM)], [MW(AOUN, TAMIM)]),
 ("received_x_then_met_him_en", "en", "In April, President Recep Tayyip Erdogan received "
  "Ismail Haniyeh in Istanbul, and Foreign Minister Hakan Fidan met him in Doha days earlier.",
  [MW(ERDOGAN, HANIYEH), MW(FIDAN, HANIYEH)], [MW(FIDAN, ERDOGAN)]),
 ("spent_hours_with_en", "en", "Abbas Araghchi spent two hours with Nabih Berri on Tuesday.",
  [MW(ARAGHCHI, BERRI)], []),
 ("sat_for_hours_with_en", "en", "Hakan Fidan sat for more than two hours with Hassan "
  "Nasrallah.", [MW(FIDAN, NASRALLAH)], []),
 ("spent_evening_list_en", "en", "In Beirut, Hakan Fidan spent the evening with Prime Minister "
  "Nawaf Salam and Speaker Nabih Berri.", [MW(FIDAN, SALAM), MW(FIDAN, BERRI)], []),
 ("sat_after_talks_en", "en", "Hakan Fidan arrived in Beirut. In May he held talks with Prime "
  "Minister Najib Mikati and Speaker Nabih Berri and then sat for two hours with Hassan "
  "Nasrallah.", [MW(FIDAN, NASRALLAH)], [MW(BERRI, NASRALLAH), MW(MIKATI, NASRALLAH)]),
 ("spent_years_en", "en", "Hakan Fidan spent five years with Nawaf Salam at the United Nations.",
  [], [MW(FIDAN, SALAM)]),
 ("spend_negated_en", "en", "Hakan Fidan did not spend a minute with Nawaf Salam.", [],
  [MW(FIDAN, SALAM)]),
 ("spend_expected_en", "en", "Hakan Fidan is expected to spend a day with Nawaf Salam.", [],
  [MW(FIDAN, SALAM)]),
 ("moved_on_talks_ar", "ar", _ARRIVED + "ثم توجه مساءً إلى الرياض، حيث عقد محادثات مع ولي "
  "العهد السعودي الأمير محمد بن سلمان.", [MW(PUTIN, MBS)], []),
 ("moved_on_met_ar", "ar", _ARRIVED + "ثم انتقل إلى الرياض حيث التقى ولي العهد الأمير محمد بن "
  "سلمان.", [MW(PUTIN, MBS)], []),
 ("moved_on_planned_ar", "ar", _ARRIVED + "ثم توجه إلى الرياض حيث من المقرر أن يعقد محادثات "
  "مع الأمير محمد بن سلمان.", [], [MW(PUTIN, MBS)]),
 ("before_receives_him_ar", "ar", "وصل علي لاريجاني إلى بغداد الاثنين. وعقد الضيف الإيراني "
  "اجتماعاً مع قاسم الأعرجي، قبل أن يستقبله رئيس الوزراء محمد شياع السوداني ثم رئيس "
  "الجمهورية عبد اللطيف رشيد.", [MW(LARIJANI2, SUDANI), MW(LARIJANI2, RASHID)],
  [MW(SUDANI, ARAJI), MW(RASHID, ARAJI)]),
 ("before_meets_him_ar", "ar", "زار هاكان فيدان بيروت، وعقد اجتماعاً مع نواف سلام قبل أن "
  "يلتقيه الرئيس جوزيف عون.", [MW(FIDAN, AOUN)], [MW(SALAM, AOUN)]),
 ("receives_him_planned_ar", "ar", "وصل علي لاريجاني إلى بغداد الاثنين. ومن المقرر أن "
  "يستقبله رئيس الوزراء محمد شياع السوداني غداً.", [], [MW(LARIJANI2, SUDANI)]),
 ("receives_him_negated_ar", "ar", "وصل هاكان فيدان إلى بيروت، ولم يستقبله الرئيس جوزيف عون.",
  [], [MW(FIDAN, AOUN)]),
 ("visit_during_ar", "ar", "التقى هاكان فيدان نظيره الإيراني عباس عراقجي في أنقرة، بعد "
  "جولة خليجية استقبله خلالها أمير قطر الشيخ تميم بن حمد آل ثاني.", [MW(FIDAN, TAMIM)],
  [MW(ARAGHCHI, TAMIM)]),
 ("visit_of_named_ar", "ar", "التقى هاكان فيدان عباس عراقجي في أنقرة، بعد زيارة عراقجي إلى "
  "الدوحة التي استقبله خلالها الشيخ تميم بن حمد آل ثاني.", [MW(ARAGHCHI, TAMIM)],
  [MW(FIDAN, TAMIM)]),
 ("trip_during_which_en", "en", "Hakan Fidan met Abbas Araghchi in Ankara, days after a trip "
  "to Doha during which Emir Tamim bin Hamad Al Thani received him.", [MW(FIDAN, TAMIM)],
  [MW(ARAGHCHI, TAMIM)]),
 ("no_one_before_received_ar", "ar", "زار علي لاريجاني عدة عواصم. وكانت بيروت من أولى "
  "محطاته؛ إذ استقبله الرئيس اللبناني جوزاف عون في قصر بعبدا.", [MW(LARIJANI2, AOUN)], []),
 ("opening_title_met_him_en", "en", "Ahmed al-Sharaa took power in December. The United "
  "Nations envoy, Geir Pedersen, met him on December 15th.", [MW(SHARAA, PEDERSEN)], []),
 ("opening_title_two_before_en", "en", "Ibrahim Kalin prayed at the Umayyad Mosque before "
  "calling on Ahmed al-Sharaa. The United Nations envoy, Geir Pedersen, met him on December "
  "15th.", [], [MW(KALIN, PEDERSEN)]),
 ("where_talks_after_prep_ar", "ar", "اجتمع إسماعيل قاآني بفاضل ميراني، ثم توجه إلى السليمانية "
  "حيث أجرى مباحثات مع بافل طالباني.", [MW(QAANI, MIRANI), MW(QAANI, TALABANI)],
  [MW(MIRANI, TALABANI)]),
 ("where_talks_met_with_ar", "ar", "التقى إسماعيل قاآني مع فاضل ميراني في أربيل، ثم انتقل إلى "
  "السليمانية حيث عقد اجتماعاً مع بافل طالباني.", [MW(QAANI, TALABANI)],
  [MW(MIRANI, TALABANI)]),
 ("where_talks_planned_ar", "ar", "اجتمع إسماعيل قاآني بفاضل ميراني، ثم توجه إلى السليمانية "
  "حيث من المقرر أن يجري مباحثات مع بافل طالباني.", [], [MW(QAANI, TALABANI)]),
 ("where_talks_own_subject_ar", "ar", "اجتمع إسماعيل قاآني بفاضل ميراني في أربيل، حيث أجرى "
  "ميراني مباحثات مع بافل طالباني.", [MW(MIRANI, TALABANI)], [MW(QAANI, TALABANI)]),
 ("received_by_him_en", "en", "Hakan Fidan met Ahmed al-Sharaa in Damascus, and Abbas "
  "Araghchi was received by him a week later.", [MW(FIDAN, SHARAA), MW(ARAGHCHI, SHARAA)],
  [MW(ARAGHCHI, FIDAN)]),
 ("received_by_him_told_en", "en", "Hakan Fidan told Ahmed al-Sharaa that Abbas Araghchi was "
  "received by him.", [], [MW(ARAGHCHI, SHARAA), MW(ARAGHCHI, FIDAN)]),
 ("received_by_him_relative_en", "en", "Ahmed al-Sharaa, whom Hakan Fidan had praised, was "
  "received by him in Ankara.", [], [MW(SHARAA, FIDAN)]),
]


@pytest.mark.parametrize("name,lang,text,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_chain(ex, name, lang, text, must, must_not):
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
