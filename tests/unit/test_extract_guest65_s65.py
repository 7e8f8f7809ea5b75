"""Session 65 (guest65): meetings around hosts, guests and designations that the blind writers of
sets OG-OH and OI-OJ saw lost, each read in several paraphrases.

- Meetings, Arabic: the designation formula "استدعى X Y إلى بعبدا، حيث التقاه / أبلغه
  بالتكليف"، "واستقبله"، "ثم اجتمع به"، "فالتقاه": X met Y, and the attendees of "بحضور /
  في حضور Z" after it met both (``meeting_summoned_ar``, read from ``meetings_ar``; the
  attendees by ``meeting_attended_ar.present_ar``). Not a body's summons ("استدعت الخارجية
  السفير")، a summons alone ("للتشاور")، a meeting clause with a subject of its own ("حيث
  استقبله Z") or a summons negated or planned.
- Meetings, Arabic: a title written with the accusative right after the subject of a meeting
  verb opens the guest, no second title of the subject: "واستقبل الرئيس الإيراني X رئيسَ مجلس
  الوزراء والوفد المرافق له، بحضور A ونظيره العراقي B" is X meeting the prime minister named
  earlier in the piece, and the attendees met both (``title_holders._left_to_apposition``,
  ``title_holder_checks.marked_object_after_subject_ar``). An unmarked title keeps reading as
  the subject's own ("استقبل الشيخ X نائب رئيس الدولة رئيس مجلس الوزراء حاكم دبي Y"), and the
  object's own marked title stays his ("استقبل X السفيرَ Y رئيسَ الحكومة المكلف").
- Meetings, Arabic: the next stop after a reception told with a pronoun, "ثم انتقل إلى عين
  التينة حيث استقبله H، قبل أن يزور السراي ويلتقي Y" / "واستقبله H في قصر بعبدا، قبل أن
  يزور عين التينة ويلتقي Y", is the guest's: the guest met Y, not H
  (``meeting_tour_guest_ar.before_next_stop_ar`` read in ``meetings``); "قبل أن يزور H B
  ويلتقي Y" names its own subject.
- Meetings, Arabic: "the president-elect" («الرئيس المنتخب»، «بفخامة الرئيس المنتخب») names the
  one the piece says was elected when the election verb is followed by "فيها / خلالها" («جلسة
  ... التي انتُخب فيها X»، «جلسة انتُخب خلالها X») or has a body as agent («انتخب البرلمان
  اللبناني X») (``desc_to_come._ar_object_of_verb``): "واجتمع سموه عقب الجلسة بفخامة الرئيس
  المنتخب، بحضور معالي A ودولة B" is the emir meeting X, A and B with both; nobody elected in
  the piece, nobody.
- Meetings, Arabic: the honorific pronoun «سموه»، «جلالته» after a headline whose subject is the
  honorific ("سمو الأمير يستقبل الرئيس العراقي X" / "جلالة الملك يلتقي الرئيس Y") and a lead
  «حضرة صاحب السمو الشيخ T ...» is T, not the guest the headline names: a verb ends a name's
  title words (``desc_honorific_ar._title_window``), and «حضرة» is an honorific, not «حضره»
  "attended it" (``honorific_refs._attendee``).
- Meetings, both languages: a host who gathered people around one table met each one listed,
  and they met each other ("ثم جمع الرئيس الفرنسي X إلى طاولة واحدة في قصر الصنوبر رؤساء الكتل،
  ومنهم A، وB، وC"، "وبينهم"، "ومن بينهم"; "X gathered the leaders of nine parties, including A,
  B and C, around one table", "around the same table ..., among them A and B")
  (``meeting_round_table``); not without the table, without a named list, or without a host.
- Meetings, English: "The two men met" after a sentence that names the heads of two sides and a
  third person ("The Saudi delegation was led by A, while the Iranian team was headed by B,
  acting on behalf of C") is the two heads (``plural_refs.led_by_en``, read by
  ``meetings_en.plural_anaphora_en`` and ``plural_refs._members``), not C and not a pair that
  met earlier in the piece; "The two men did not meet" stays unread.
- Meetings, English: "X, a 68-year-old who had served as Y's first vice president, received
  foreign delegations ... . Among them was Z": the host stands before the aside between commas
  (``meeting_among_them_next._before_aside_en``): X met Z; not when X did not receive them.
- Meetings, Arabic: "ويخلف X الرئيسَ Y الذي سقطت حكومته في ...، بينما كان يلتقي Z" is Y meeting
  Z, the head of the relative clause whose noun carries his pronoun
  (``meeting_chain.while_in_relative_head_ar``, read in ``meetings``); without the relative
  clause the main subject stays.
"""

import pytest

from tests.extract_support import met_sorted as _met
from tests.extract_support import sorted_pair as _pair

AOUN, DIAB, BERRI = "person:michel-aoun", "person:hassan-diab", "person:nabih-berri"
SULEIMAN, MIKATI, SALAM = "person:michel-suleiman", "person:najib-mikati", "person:tammam-salam"
ADIB, HARIRI = "person:mustafa-adib", "person:saad-hariri"
RAISI, KADHIMI = "person:ebrahim-raisi", "person:mustafa-al-kadhimi"
ABDOLLAHIAN, FUAD = "person:hossein-amir-abdollahian", "person:fuad-hussein"
KHAMENEI, ROUHANI = "person:ali-khamenei", "person:hassan-rouhani"
SALMAN, HALBOUSI = "person:salman-bin-abdulaziz", "person:mohammed-al-halbousi"
TAMIM, MBR, MACRON = "person:tamim-bin-hamad-al-thani", "person:mohammed-bin-rashid", "person:emmanuel-macron"


# --- the designation formula «استدعى X Y إلى بعبدا، حيث التقاه» ------------------------------

@pytest.mark.parametrize("text, x, y, z", [
    ("واستدعى الرئيس اللبناني ميشال عون حسان دياب إلى قصر بعبدا، حيث التقاه بحضور رئيس البرلمان "
     "نبيه بري، وفق بيان للرئاسة اللبنانية.", AOUN, DIAB, BERRI),
    ("كلّف الرئيس اللبناني ميشال عون، الخميس، وزير التربية الأسبق حسان دياب بتشكيل حكومة جديدة. "
     "واستدعى عون دياب إلى قصر بعبدا، حيث التقاه بحضور رئيس البرلمان نبيه بري.", AOUN, DIAB, BERRI),
    ("استدعى الرئيس ميشال سليمان نجيب ميقاتي إلى بعبدا حيث أبلغه بالتكليف، بحضور رئيس مجلس النواب "
     "نبيه بري.", SULEIMAN, MIKATI, BERRI),
    ("واستدعى رئيس الجمهورية ميشال عون السفير مصطفى أديب إلى القصر الجمهوري صباح الاثنين، "
     "واستقبله بحضور رئيس مجلس النواب نبيه بري.", AOUN, ADIB, BERRI),
    ("استدعى الرئيس ميشال سليمان تمام سلام إلى قصر بعبدا، ثم اجتمع به في حضور الرئيس نبيه بري.",
     SULEIMAN, SALAM, BERRI),
    ("كلّف الرئيس ميشال عون سعد الحريري تشكيل الحكومة. واستدعى عون الحريري إلى القصر، فالتقاه في "
     "حضور نبيه بري.", AOUN, HARIRI, BERRI),
])
def test_the_summoned_designee_met_the_president_and_the_attendee(shipped, text, x, y, z):
    met = _met(shipped, text, "ar")
    assert {_pair(x, y), _pair(x, z), _pair(y, z)} <= met


@pytest.mark.parametrize("text, x, y", [
    # a meeting clause with a subject of its own: Berri's reception, not Aoun's
    ("استدعى الرئيس ميشال عون حسان دياب إلى قصر بعبدا، حيث استقبله رئيس البرلمان نبيه بري.",
     AOUN, DIAB),
    # negated, planned
    ("ولم يستدع الرئيس ميشال عون حسان دياب إلى قصر بعبدا بعد، ولم يلتقه.", AOUN, DIAB),
    ("ومن المقرر أن يستدعي الرئيس ميشال سليمان نجيب ميقاتي إلى بعبدا، حيث يبلغه بالتكليف.",
     SULEIMAN, MIKATI),
    # a summons alone, no meeting clause
    ("واستدعى الرئيس ميشال عون حسان دياب إلى قصر بعبدا صباح الخميس للاستشارات.", AOUN, DIAB),
])
def test_no_meeting_without_the_summoner_meeting_clause(rules_only, text, x, y):
    assert _pair(x, y) not in _met(rules_only, text, "ar")


# --- a title marked accusative after the subject is the guest «استقبل X رئيسَ مجلس الوزراء» ------

_ARRIVED_KADHIMI = "وصل رئيس مجلس الوزراء مصطفى الكاظمي، اليوم الأحد، إلى طهران في زيارة رسمية. "


def test_the_marked_title_guest_and_the_attendees(shipped):
    text = (_ARRIVED_KADHIMI + "واستقبل الرئيس الإيراني إبراهيم رئيسي رئيسَ مجلس الوزراء والوفد "
            "المرافق له في قصر سعد آباد، بحضور وزير الخارجية الإيراني حسين أمير عبد اللهيان ونظيره "
            "العراقي فؤاد حسين.")
    people = [RAISI, KADHIMI, ABDOLLAHIAN, FUAD]
    want = {_pair(a, b) for i, a in enumerate(people) for b in people[i + 1:]}
    assert want <= _met(shipped, text, "ar")


@pytest.mark.parametrize("text, host, guest", [
    (_ARRIVED_KADHIMI + "واستقبل المرشد الإيراني علي خامنئي رئيسَ مجلس الوزراء والوفد المرافق له.",
     KHAMENEI, KADHIMI),
    ("وصل رئيس مجلس النواب اللبناني نبيه بري إلى طهران. واستقبل الرئيس الإيراني حسن روحاني "
     "رئيسَ مجلس النواب اللبناني والوفد المرافق له.", ROUHANI, BERRI),
    ("وصل رئيس مجلس النواب محمد الحلبوسي إلى الدوحة. والتقى أمير قطر الشيخ تميم بن حمد آل ثاني "
     "رئيسَ مجلس النواب والوفد المرافق له.", TAMIM, HALBOUSI),
])
def test_a_marked_title_after_the_subject_is_the_guest(shipped, text, host, guest):
    assert _pair(host, guest) in _met(shipped, text, "ar")


def test_a_marked_title_guest_with_no_holder_in_the_piece_meets_nobody(rules_only):
    text = "واستقبل الرئيس الإيراني إبراهيم رئيسي رئيسَ مجلس الوزراء والوفد المرافق له في قصر سعد آباد."
    assert _met(rules_only, text, "ar") == set()


@pytest.mark.parametrize("text, a, b", [
    ("وصل رئيس مجلس النواب اللبناني نبيه بري إلى طهران. ولم يستقبل الرئيس الإيراني حسن روحاني "
     "رئيسَ مجلس النواب اللبناني، بحسب مصادر.", ROUHANI, BERRI),
    ("وصل رئيس مجلس النواب اللبناني نبيه بري إلى طهران. ومن المقرر أن يستقبل الرئيس الإيراني حسن "
     "روحاني رئيسَ مجلس النواب اللبناني غداً.", ROUHANI, BERRI),
])
def test_a_marked_title_guest_not_received(rules_only, text, a, b):
    assert _pair(a, b) not in _met(rules_only, text, "ar")


def test_an_unmarked_second_title_stays_the_subjects(shipped):
    text = ("استقبل صاحب السمو الشيخ محمد بن راشد آل مكتوم نائب رئيس الدولة رئيس مجلس الوزراء "
            "حاكم دبي الرئيس الفرنسي إيمانويل ماكرون.")
    assert _met(shipped, text, "ar") == {_pair(MBR, MACRON)}


def test_the_objects_own_marked_title_stays_his(shipped):
    text = "واستقبل الرئيس ميشال عون السفيرَ مصطفى أديب رئيسَ الحكومة المكلف في قصر بعبدا."
    assert _met(shipped, text, "ar") == {_pair(AOUN, ADIB)}


def test_a_marked_adviser_title_keeps_its_name_after(shipped):
    text = ("استقبل الرئيس السوري بشار الأسد وزير الخارجية الإيراني عباس عراقجي، الذي وصل إلى دمشق بعد "
            "اغتيال الأمين العام لحزب الله حسن نصر الله. كما التقى عراقجي المستشارةَ الخاصة للرئيس "
            "السوري بثينة شعبان.")
    met = _met(shipped, text, "ar")
    assert _pair("person:abbas-araghchi", "person:bouthaina-shaaban") in met
    assert _pair("person:abbas-araghchi", "person:hassan-nasrallah") not in met



# --- «حيث استقبله H، قبل أن يزور ... ويلتقي Y»: the guest moved on ---------------------------

LARIJANI, COLONNA, ZARIF = "person:ali-larijani", "person:catherine-colonna", "person:mohammad-javad-zarif"


@pytest.mark.parametrize("text, guest, host, y", [
    ("وصل رئيس مجلس الشورى الإيراني علي لاريجاني إلى بيروت. ثم انتقل إلى عين التينة حيث استقبله رئيس "
     "مجلس النواب نبيه بري، قبل أن يزور السراي الحكومي ويلتقي رئيس الحكومة الدكتور حسان دياب.",
     LARIJANI, BERRI, DIAB),
    ("وصلت وزيرة الخارجية الفرنسية كاترين كولونا إلى بيروت. ثم انتقلت إلى عين التينة حيث استقبلها "
     "رئيس مجلس النواب نبيه بري، قبل أن تزور السراي وتلتقي رئيس الحكومة نجيب ميقاتي.",
     COLONNA, BERRI, MIKATI),
    ("وصل وزير الخارجية الإيراني محمد جواد ظريف إلى بيروت. واستقبله الرئيس ميشال عون في قصر بعبدا، قبل "
     "أن يزور عين التينة ويلتقي رئيس مجلس النواب نبيه بري.", ZARIF, AOUN, BERRI),
])
def test_the_guest_moved_on_to_the_next_stop(shipped, text, guest, host, y):
    met = _met(shipped, text, "ar")
    assert {_pair(guest, host), _pair(guest, y)} <= met
    assert _pair(host, y) not in met


def test_the_next_stop_with_a_subject_of_its_own(shipped):
    text = ("وصل وزير الخارجية الإيراني محمد جواد ظريف إلى بيروت. واستقبله الرئيس ميشال عون في قصر "
            "بعبدا، قبل أن يزور عون عين التينة ويلتقي رئيس مجلس النواب نبيه بري.")
    met = _met(shipped, text, "ar")
    assert _pair(AOUN, BERRI) in met
    assert _pair(ZARIF, BERRI) not in met



# --- «الرئيس المنتخب»: the one elected in the piece ----------------------------------------

HBK, HBJ = "person:hamad-bin-khalifa-al-thani", "person:hamad-bin-jassim-al-thani"
JOSEPH_AOUN, LE_DRIAN = "person:joseph-aoun", "person:jean-yves-le-drian"


def test_the_president_elect_elected_in_the_session(shipped):
    text = ("شهد حضرة صاحب السمو الشيخ حمد بن خليفة آل ثاني أمير البلاد المفدى جلسة مجلس النواب "
            "التي انتُخب فيها قائد الجيش العماد ميشال سليمان رئيساً للجمهورية. واجتمع سموه عقب الجلسة "
            "بفخامة الرئيس المنتخب، بحضور معالي الشيخ حمد بن جاسم بن جبر آل ثاني رئيس مجلس الوزراء وزير "
            "الخارجية، ودولة الأستاذ نبيه بري رئيس مجلس النواب اللبناني.")
    people = [HBK, SULEIMAN, HBJ, BERRI]
    assert {_pair(a, b) for i, a in enumerate(people) for b in people[i + 1:]} <= \
        _met(shipped, text, "ar")


@pytest.mark.parametrize("text, a, b", [
    ("انتخب البرلمان اللبناني قائد الجيش العماد ميشال سليمان رئيساً للجمهورية. واجتمع أمير قطر الشيخ "
     "حمد بن خليفة آل ثاني عقب الجلسة بفخامة الرئيس المنتخب، بحضور رئيس مجلس النواب نبيه بري.",
     HBK, SULEIMAN),
    ("عقد البرلمان اللبناني جلسة انتُخب خلالها العماد جوزيف عون رئيساً للجمهورية. واستقبل الرئيس "
     "المنتخب في اليوم التالي الموفد الفرنسي جان إيف لودريان.", JOSEPH_AOUN, LE_DRIAN),
])
def test_the_president_elect_named_by_the_election(shipped, text, a, b):
    assert _pair(a, b) in _met(shipped, text, "ar")


def test_no_one_elected_no_president_elect(rules_only):
    text = ("وصل أمير قطر الشيخ حمد بن خليفة آل ثاني إلى بيروت. واجتمع سموه بالرئيس المنتخب، بحضور "
            "رئيس مجلس النواب نبيه بري.")
    assert _pair(HBK, SULEIMAN) not in _met(rules_only, text, "ar")
    assert not any(SULEIMAN in p or JOSEPH_AOUN in p for p in _met(rules_only, text, "ar"))



# --- the honorific pronoun after a headline and «حضرة صاحب السمو» -------------------------

TAMIM_, SALIH = "person:tamim-bin-hamad-al-thani", "person:barham-salih"
HAMAD_ISA, JOHNSON = "person:hamad-bin-isa-al-khalifa", "person:boris-johnson"


@pytest.mark.parametrize("text, sovereign, guest, other", [
    ("سمو الأمير يهنئ الرئيس ميشال عون\nالدوحة /قنا/ هنأ حضرة صاحب السمو الشيخ تميم بن حمد آل ثاني "
     "أمير البلاد المفدى، اليوم، الرئيس ميشال عون بانتخابه رئيساً للجمهورية اللبنانية. واجتمع سموه "
     "بعد ذلك برئيس مجلس النواب نبيه بري.", TAMIM_, AOUN, BERRI),
    ("سمو الأمير يستقبل الرئيس العراقي برهم صالح\nاستقبل حضرة صاحب السمو الشيخ تميم بن حمد آل ثاني "
     "أمير البلاد المفدى، اليوم، الرئيس العراقي برهم صالح. وكان سموه قد التقى أمس رئيس الوزراء "
     "مصطفى الكاظمي.", TAMIM_, SALIH, KADHIMI),
    ("جلالة الملك يلتقي الرئيس الفرنسي إيمانويل ماكرون\nالتقى حضرة صاحب الجلالة الملك حمد بن عيسى آل "
     "خليفة ملك البلاد المعظم، اليوم، الرئيس الفرنسي إيمانويل ماكرون. وكان جلالته قد استقبل أمس رئيس "
     "الوزراء البريطاني بوريس جونسون.", HAMAD_ISA, MACRON, JOHNSON),
])
def test_the_honorific_pronoun_is_the_sovereign_not_the_headline_guest(shipped, text, sovereign,
                                                                       guest, other):
    met = _met(shipped, text, "ar")
    assert _pair(sovereign, other) in met
    assert _pair(guest, other) not in met


def test_the_emir_met_the_president_elect_after_a_headline(shipped):
    text = ("سمو الأمير يشهد انتخاب العماد ميشال سليمان رئيساً للجمهورية اللبنانية\n"
            "بيروت في 25 مايو /قنا/ شهد حضرة صاحب السمو الشيخ حمد بن خليفة آل ثاني أمير البلاد المفدى، "
            "اليوم، جلسة مجلس النواب اللبناني التي انتُخب فيها قائد الجيش العماد ميشال سليمان رئيساً "
            "للجمهورية اللبنانية.\nوكان سمو الأمير قد وصل إلى بيروت صباح اليوم في زيارة قصيرة.\n"
            "واجتمع سموه عقب الجلسة بفخامة الرئيس المنتخب، بحضور معالي الشيخ حمد بن جاسم بن جبر آل ثاني "
            "رئيس مجلس الوزراء وزير الخارجية، ودولة الأستاذ نبيه بري رئيس مجلس النواب اللبناني.")
    people = [HBK, SULEIMAN, HBJ, BERRI]
    assert {_pair(a, b) for i, a in enumerate(people) for b in people[i + 1:]} <= \
        _met(shipped, text, "ar")



# --- a round table: «جمع X إلى طاولة واحدة ...، ومنهم A وB» ---------------------------------

RAAD, BASSIL, GEAGEA = "person:mohammad-raad", "person:gebran-bassil", "person:samir-geagea"


def _all_pairs(people):
    return {_pair(a, b) for i, a in enumerate(people) for b in people[i + 1:]}


@pytest.mark.parametrize("text, lang, people", [
    ('ثم جمع الرئيس الفرنسي إيمانويل ماكرون إلى طاولة واحدة في قصر الصنوبر رؤساء الكتل النيابية، '
     'ومنهم رئيس كتلة "الوفاء للمقاومة" النائب محمد رعد، ورئيس "تيار المستقبل" سعد الحريري، ورئيس '
     '"التيار الوطني الحر" النائب جبران باسيل، وطالبهم بـ"تغيير عميق".', "ar",
     [MACRON, RAAD, HARIRI, BASSIL]),
    ("وجمع الرئيس الفرنسي إيمانويل ماكرون رؤساء الكتل النيابية إلى طاولة واحدة في قصر الصنوبر، ومن "
     "بينهم محمد رعد وسعد الحريري وجبران باسيل.", "ar", [MACRON, RAAD, HARIRI, BASSIL]),
    ("جمع الرئيس ميشال عون قادة الأحزاب إلى طاولة الحوار في بعبدا، وبينهم سعد الحريري وسمير جعجع.",
     "ar", [AOUN, HARIRI, GEAGEA]),
    ("French President Emmanuel Macron gathered the leaders of nine parties, including Mohammad Raad, "
     "Saad Hariri and Gebran Bassil, around one table at the Pine Residence.", "en",
     [MACRON, RAAD, HARIRI, BASSIL]),
    ("President Michel Aoun gathered party leaders around the same table in Baabda, among them Saad "
     "Hariri and Samir Geagea.", "en", [AOUN, HARIRI, GEAGEA]),
    ("French President Emmanuel Macron met Mustafa Adib at Baabda Palace. He then gathered the leaders "
     "of nine parties, including Hezbollah's Mohammad Raad, around one table at the Pine Residence.",
     "en", [MACRON, RAAD]),
])
def test_the_round_table_host_and_guests_met(shipped, text, lang, people):
    assert _all_pairs(people) <= _met(shipped, text, lang)


@pytest.mark.parametrize("text, lang", [
    ("Crowds gathered around a table of candles, including Saad Hariri and Samir Geagea.", "en"),
    ("President Michel Aoun gathered party leaders in Baabda, including Saad Hariri and Samir Geagea, "
     "for a photograph.", "en"),
    ("وجمع الرئيس ميشال عون التبرعات لضحايا الانفجار، ومنهم سعد الحريري وسمير جعجع.", "ar"),
])
def test_no_round_table_without_its_table_or_host(rules_only, text, lang):
    assert _pair(HARIRI, GEAGEA) not in _met(rules_only, text, lang)



# --- "The two men met" after two sides' heads and a third person ------------------------------

HUMAIDAN, IRAVANI, SHAMKHANI = "person:khalid-al-humaidan", "person:saeed-iravani", "person:ali-shamkhani"
BARNEA, MBAR = "person:david-barnea", "person:mohammed-bin-abdulrahman-al-thani"
KAMEL, HAYYA = "person:abbas-kamel", "person:khalil-al-hayya"
MBS = "person:mohammed-bin-salman"


@pytest.mark.parametrize("text, a, b, third", [
    ("The Saudi delegation was led by Khalid al-Humaidan, while the Iranian team was headed by Saeed "
     "Iravani, acting on behalf of Ali Shamkhani. The two men met at a government guest house.",
     HUMAIDAN, IRAVANI, SHAMKHANI),
    ("Iraqi Prime Minister Mustafa al-Kadhimi visited Riyadh in March, where he held talks with Crown "
     "Prince Mohammed bin Salman. The Saudi delegation was led by Khalid al-Humaidan, while the "
     "Iranian team was headed by Saeed Iravani, acting on behalf of Ali Shamkhani. The two men met at "
     "a government guest house in Baghdad.", HUMAIDAN, IRAVANI, MBS),
    ("The Israeli team was headed by David Barnea, on behalf of Prime Minister Benjamin Netanyahu, "
     "while the Qatari side was led by Prime Minister Mohammed bin Abdulrahman Al Thani. The two men "
     "met at the Amiri Diwan on Sunday.", BARNEA, MBAR, "person:benjamin-netanyahu"),
    ("The Egyptian delegation was led by Abbas Kamel, and the Hamas team was headed by Khalil "
     "al-Hayya, who spoke for Yahya Sinwar. The two officials held talks in Cairo.", KAMEL, HAYYA,
     "person:yahya-sinwar"),
])
def test_the_two_men_are_the_two_heads(shipped, text, a, b, third):
    met = _met(shipped, text, "en")
    assert _pair(a, b) in met
    assert _pair(a, third) not in met and _pair(b, third) not in met


def test_the_two_heads_did_not_meet(rules_only):
    text = ("The Israeli team was headed by David Barnea, on behalf of Prime Minister Benjamin "
            "Netanyahu, while the Qatari side was led by Prime Minister Mohammed bin Abdulrahman Al "
            "Thani. The two men did not meet, a diplomat said.")
    assert _pair(BARNEA, MBAR) not in _met(rules_only, text, "en")



# --- "received foreign delegations ... Among them was Z" past an aside --------------------------

MOKHBER, MANSOUR = "person:mohammad-mokhber", "person:mansour-bin-mutaib"
SISI, ARAGHCHI = "person:abdel-fattah-el-sisi", "person:abbas-araghchi"


@pytest.mark.parametrize("text, host, guest", [
    ("Later in the day, Acting President Mohammad Mokhber, a 68-year-old who had served as Raisi's "
     "first vice president, received foreign delegations at a state ceremony. Among them was Saudi "
     "Prince Mansour bin Mutaib, a minister of state.", MOKHBER, MANSOUR),
    ("Acting President Mohammad Mokhber, who had served as Raisi's first vice president, received "
     "foreign delegations at a state ceremony. Among them was Saudi Prince Mansour bin Mutaib.",
     MOKHBER, MANSOUR),
    ("Egyptian President Abdel Fattah el-Sisi, who returned from Riyadh on Saturday, received several "
     "foreign ministers on Sunday. Among them was Iranian Foreign Minister Abbas Araghchi.",
     SISI, ARAGHCHI),
])
def test_the_host_before_an_aside_met_the_one_among_them(shipped, text, host, guest):
    assert _pair(host, guest) in _met(shipped, text, "en")


def test_no_host_who_did_not_receive_them(rules_only):
    text = ("Mohammad Mokhber, the acting president, did not receive foreign delegations at the "
            "ceremony. Among them was Saudi Prince Mansour bin Mutaib.")
    assert _pair(MOKHBER, MANSOUR) not in _met(rules_only, text, "en")



# --- «Y الذي سقطت حكومته ...، بينما كان يلتقي Z»: the relative clause's head ----------------

OBAMA, ABADI, TRUMP = "person:barack-obama", "person:haider-al-abadi", "person:donald-trump"
ABDUL_MAHDI, NAWAF = "person:adil-abdul-mahdi", "person:nawaf-salam"


@pytest.mark.parametrize("text, head, other, subject", [
    ("ويخلف ميقاتي الرئيس سعد الحريري الذي سقطت حكومته في الثاني عشر من كانون الثاني باستقالة أحد "
     "عشر وزيراً، بينما كان يلتقي الرئيس الأميركي باراك أوباما في البيت الأبيض.", HARIRI, OBAMA,
     MIKATI),
    ("وخلف عادل عبد المهدي حيدر العبادي الذي انتهت ولايته في أيلول، بينما كان يلتقي الرئيس الأميركي "
     "دونالد ترامب في واشنطن.", ABADI, TRUMP, ABDUL_MAHDI),
    ("ويخلف نواف سلام نجيب ميقاتي الذي استقالت حكومته بعد الانتخابات، بينما كان يلتقي الرئيس الفرنسي "
     "إيمانويل ماكرون في باريس.", MIKATI, MACRON, NAWAF),
])
def test_the_while_clause_of_a_relative_is_its_heads(shipped, text, head, other, subject):
    met = _met(shipped, text, "ar")
    assert _pair(head, other) in met
    assert _pair(subject, other) not in met


def test_the_while_clause_without_a_relative_keeps_the_subject(rules_only):
    text = "ويخلف ميقاتي الرئيس سعد الحريري، بينما كان يلتقي الرئيس الأميركي باراك أوباما في البيت الأبيض."
    assert _pair(MIKATI, OBAMA) in _met(rules_only, text, "ar")
