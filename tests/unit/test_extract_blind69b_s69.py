"""Session 69 (blind69b): fixes after the first contact of blind set RS-RT (Egypt 1981-2015, written
blind: Sadat's assassination and Mubarak's succession, Mubarak's summits, the SCAF, Morsi, Sisi
replacing Tantawi, Adly Mansour, Hisham Barakat), each read in paraphrases of other countries,
people and outlets.

- Successions, Arabic: the purpose verb "ليخلف (بذلك) Y" after an oath names the one who swore
  it, not the one before whom it is sworn nor an attendee: «أدى X اليمين أمام الرئيس Z، بحضور
  W، ليخلف بذلك Y»: X -> Y (``succession_rules_ar``, khalafa_ar, with
  ``succession_side_person_ar.side_role_ar``); an attendee is found past the words of a post its
  mention leaves out, «بحضور وزير العدل المستشار W».
- Successions, Arabic: the one whose death or removal is told in a time phrase before "خلفاً لـY"
  is not the new holder: «وكان X قد عُيّن، بعد أيام من عزل / اغتيال / مصرع Z، خلفاً لـY»: X -> Y
  (``succession_side_person_ar.side_role_ar``).
- Successions, Arabic: the appointer as the subject of "كان" in the relative clause, «X، الذي كان
  K قد عيّنه / اختاره ... خلفاً لـY»: X -> Y, not K (``succession_checks._kana_appointer_ar``), the
  head also past an apposition («X، وزير الدفاع، الذي كان K قد عيّنه»;
  ``apposed_head_comma_ar``).
- Meetings, Arabic: two or more sworn in together, «وأدى الفريق أول X والفريق Y اليمين أمام
  الرئيس Z، بحضور W»: each met Z, X met Y, and the attendee W met each
  (``meeting_oath_ar``, with ``meeting_comprised_ar.listed_ar``).
- Killings, Arabic: "، في عملية / غارة نفّذتها Y" closing a long passive killing clause (a date,
  the means and a place told first, past the fourteen words the agent search reaches): Y is the
  agent (``kill_far_operation_ar``); not past another person or a new clause ("، فيما قُتل Z").
- Names, Arabic: the followers a leader calls on, right after his name, are no name word: «دعا
  المرشد العام X Y أنصاره / أتباعه / مؤيديه / مناصريه إلى ...» names "X Y"
  (``arabic_name_words._AR_OBJECT_AFTER_NAME``).
- Meetings, English: the groups met, named after "including": "X met with opposition groups /
  armed factions, including (representatives of) Y": X met Y (``wire_meetings.group_members_met``,
  "groups / factions / parties / movements" now group heads, also after "opposition / rebel /
  political"); not "received messages from opposition groups, including Y".
- Titles, Arabic: "العاهل" / "عاهل" (the monarch) is a head of state's title
  (``lexicon.AR_TITLES``), so an apposed «X عاهل الأردن، وY» goes on to the next member of a list
  («قمة ضمت الملك X عاهل الأردن، والرئيس Y، وZ»: every two of them met).
"""

from itertools import combinations

import pytest

from tests.extract_support import met_sorted, relation_pairs, sorted_pair

SALAM, AOUN, MIKATI = "person:nawaf-salam", "person:joseph-aoun", "person:najib-mikati"
SUDANI, RASHID, KADHIMI, HALBOUSI = ("person:mohammed-shia-al-sudani", "person:abdul-latif-rashid",
                                     "person:mustafa-al-kadhimi", "person:mohammed-al-halbousi")
BINBREIK, ALIMI, BINMUBARAK, ZUBAIDI = ("person:salem-bin-breik", "person:rashad-al-alimi",
                                        "person:ahmed-awad-bin-mubarak", "person:aidarous-al-zubaidi")
PEZESHKIAN, EJEI, RAISI = ("person:masoud-pezeshkian", "person:gholam-hossein-mohseni-ejei",
                           "person:ebrahim-raisi")
QASSEM, SAFIEDDINE, NASRALLAH = "person:naim-qassem", "person:hashem-safieddine", "person:hassan-nasrallah"
ARAGHCHI, ABDOLLAHIAN = "person:abbas-araghchi", "person:hossein-amir-abdollahian"
QAANI, KHAMENEI, SOLEIMANI = "person:esmail-qaani", "person:ali-khamenei", "person:qasem-soleimani"
SISI, MORSI = "person:abdel-fattah-el-sisi", "person:mohamed-morsi"


def _succ(ex, text):
    return relation_pairs(ex, text, "SUCCESSOR_OF", "ar")


# --- "ليخلف (بذلك) Y" after an oath: the one who swore it ---------------------------------------

@pytest.mark.parametrize("text, new, old, side", [
    ("أدى نواف سلام اليمين الدستورية رئيساً للحكومة أمام الرئيس جوزاف عون في قصر بعبدا، ليخلف "
     "بذلك نجيب ميقاتي.", SALAM, MIKATI, AOUN),
    ("أدى السيد محمد شياع السوداني اليمين أمام رئيس الجمهورية عبد اللطيف رشيد، بحضور رئيس مجلس "
     "النواب محمد الحلبوسي، ليخلف مصطفى الكاظمي.", SUDANI, KADHIMI, HALBOUSI),
    ("وأدى سالم بن بريك اليمين رئيساً للوزراء أمام رئيس مجلس القيادة الرئاسي الدكتور رشاد العليمي، "
     "بحضور نائب الرئيس عيدروس الزبيدي، ليخلف بذلك أحمد عوض بن مبارك.", BINBREIK, BINMUBARAK, ZUBAIDI),
    ("أدى الدكتور مسعود بزشكيان اليمين الدستورية أمام مجلس الشورى بحضور رئيس السلطة القضائية غلام "
     "حسين محسني إجئي، ليخلف بذلك إبراهيم رئيسي.", PEZESHKIAN, RAISI, EJEI),
    ("أدى محمد شياع السوداني اليمين أمام رئيس الجمهورية عبد اللطيف رشيد في بغداد، ليخلف مصطفى "
     "الكاظمي.", SUDANI, KADHIMI, RASHID),
    ("وأدى سالم بن بريك اليمين أمام الدكتور رشاد العليمي، ليخلف بذلك أحمد عوض بن مبارك.",
     BINBREIK, BINMUBARAK, ALIMI),
])
def test_li_yakhlufu_after_an_oath_names_the_one_who_swore_it(shipped, text, new, old, side):
    got = _succ(shipped, text)
    assert (new, old) in got
    assert (side, old) not in got


def test_an_attendee_past_the_words_of_his_post_is_not_the_successor(rules_only):
    text = ("أدى المستشار نبيل أحمد صادق اليمين القانونية نائباً عاماً جديداً أمام الرئيس عبد الفتاح "
            "السيسي، بحضور وزير العدل المستشار أحمد الزند، ليخلف بذلك المستشار هشام بركات.")
    got = _succ(rules_only, text)
    assert not any(s in (SISI,) or "zand" in s or "zend" in s for s, _ in got)
    assert any("sadegh" in s or "sadek" in s or "sadiq" in s for s, _ in got)


@pytest.mark.parametrize("text, new, old, side", [
    ("وقف الرئيس جوزاف عون أمام نواف سلام الذي تسلم رئاسة الحكومة خلفاً لنجيب ميقاتي.",
     SALAM, MIKATI, AOUN),
    ("جلس السوداني أمام عراقجي، وزير الخارجية الذي عُيّن خلفاً لحسين أمير عبد اللهيان.",
     ARAGHCHI, ABDOLLAHIAN, SUDANI),
])
def test_before_whom_with_no_oath_keeps_the_holder_named_after_it(shipped, text, new, old, side):
    got = _succ(shipped, text)
    assert (new, old) in got
    assert (side, old) not in got


def test_an_oath_before_the_president_with_no_successor_cue_is_no_succession(shipped):
    text = "أدى نواف سلام اليمين الدستورية أمام الرئيس جوزاف عون في قصر بعبدا."
    assert not _succ(shipped, text)


# --- "بعد (أيام من) عزل / اغتيال Z، خلفاً لـY": not Z ---------------------------------------------

@pytest.mark.parametrize("text, new, old, gone", [
    ("وكان الشيخ نعيم قاسم قد انتُخب، بعد أسابيع من اغتيال هاشم صفي الدين، خلفاً لحسن نصر الله.",
     QASSEM, NASRALLAH, SAFIEDDINE),
    ("وكان السيد عباس عراقجي قد عُيّن، بعد أشهر من مصرع الرئيس إبراهيم رئيسي، خلفاً للوزير حسين "
     "أمير عبد اللهيان.", ARAGHCHI, ABDOLLAHIAN, RAISI),
])
def test_the_one_whose_going_is_told_is_not_the_new_holder(shipped, text, new, old, gone):
    got = _succ(shipped, text)
    assert (new, old) in got
    assert (gone, old) not in got


def test_a_removal_before_the_cue_names_no_successor_of_its_own(shipped):
    text = ("اغتيل النائب العام هشام بركات في القاهرة. وكان بركات قد عُيّن في يوليو 2013، بعد أيام "
            "من عزل الرئيس محمد مرسي، خلفاً للمستشار طلعت عبد الله.")
    got = _succ(shipped, text)
    assert not any(s == MORSI for s, _ in got)
    assert any("barakat" in s or "barkat" in s for s, _ in got)


# --- "X، الذي كان K قد عيّنه ... خلفاً لـY": X, not K ---------------------------------------------

@pytest.mark.parametrize("text, new, old, appointer", [
    ("التقى المبعوث الأممي رئيس الوزراء سالم بن بريك، الذي كان رشاد العليمي قد عيّنه في مايو خلفاً "
     "لأحمد عوض بن مبارك.", BINBREIK, BINMUBARAK, ALIMI),
    ("وقال قائد فيلق القدس إسماعيل قاآني، الذي كان المرشد علي خامنئي قد عيّنه خلفاً لقاسم سليماني، "
     "إن المقاومة مستمرة.", QAANI, SOLEIMANI, KHAMENEI),
    ("وصل وزير الخارجية عباس عراقجي، الذي كان الرئيس مسعود بزشكيان قد اختاره خلفاً لحسين أمير "
     "عبد اللهيان، إلى بيروت.", ARAGHCHI, ABDOLLAHIAN, PEZESHKIAN),
    ("التقى العاهل الأردني الفريق أول عبد الفتاح السيسي، النائب الأول لرئيس الوزراء ووزير الدفاع "
     "والإنتاج الحربي، الذي كان الرئيس المعزول محمد مرسي قد عيّنه في أغسطس الماضي خلفاً للمشير "
     "حسين طنطاوي.", SISI, None, MORSI),
])
def test_the_appointer_under_kana_is_not_the_successor(shipped, text, new, old, appointer):
    got = _succ(shipped, text)
    if old is None:  # (a predecessor new to the gazetteer: any id)
        assert any(s == new for s, _ in got)
    else:
        assert (new, old) in got
    assert not any(s == appointer for s, _ in got)


# --- "عاهل": a monarch's title, an apposition inside a list -------------------------------------

HUSSEIN, ARAFAT, RABIN, MUBARAK = ("person:hussein-bin-talal", "person:yasser-arafat",
                                   "person:yitzhak-rabin", "person:hosni-mubarak")
ABDULLAH, ABBAS, HAMAD = "person:abdullah-ii", "person:mahmoud-abbas", "person:hamad-bin-isa-al-khalifa"


@pytest.mark.parametrize("text, members", [
    ("عقد الرئيس حسني مبارك أمس قمة رباعية ضمت الملك حسين عاهل الأردن، والرئيس ياسر عرفات رئيس "
     "السلطة الفلسطينية، وإسحق رابين رئيس وزراء إسرائيل.", (MUBARAK, HUSSEIN, ARAFAT, RABIN)),
    ("عقد الرئيس عبد الفتاح السيسي في العلمين قمة ثلاثية ضمت الملك عبد الله الثاني عاهل الأردن، "
     "والرئيس الفلسطيني محمود عباس.", (SISI, ABDULLAH, ABBAS)),
    ("واختتمت في المنامة قمة ضمت الملك حمد بن عيسى آل خليفة عاهل البحرين، والرئيس عبد الفتاح "
     "السيسي، والملك عبد الله الثاني عاهل الأردن.", (HAMAD, SISI, ABDULLAH)),
])
def test_a_monarch_apposed_in_a_summit_list_goes_on_to_the_next_member(shipped, text, members):
    met = met_sorted(shipped, text, "ar")
    for a, b in combinations(members, 2):
        assert sorted_pair(a, b) in met


# --- «أدى X وY اليمين أمام Z»: each sworn met Z, and each other -----------------------------------

NASIRZADEH, RAJJI = "person:aziz-nasirzadeh", "person:youssef-rajji"


@pytest.mark.parametrize("text, sworn, before", [
    ("وأدى وزير الخارجية عباس عراقجي ووزير الدفاع عزيز نصير زاده اليمين أمام الرئيس مسعود "
     "بزشكيان.", (ARAGHCHI, NASIRZADEH), PEZESHKIAN),
    ("أدى نواف سلام ويوسف رجي اليمين أمام الرئيس جوزاف عون.", (SALAM, RAJJI), AOUN),
    ("وأدى الفريق أول عبد الفتاح السيسي والفريق أول صدقي صبحي اليمين الدستورية أمام الرئيس محمد "
     "مرسي بقصر الاتحادية.", (SISI, None), MORSI),
])
def test_those_sworn_in_together_each_met_the_president(rules_only, text, sworn, before):
    met = met_sorted(rules_only, text, "ar")
    first, second = sworn
    assert sorted_pair(first, before) in met
    others = {p for pair in met for p in pair} - {first, before}
    second = second or next(iter(others), None)
    assert second is not None
    assert sorted_pair(second, before) in met
    assert sorted_pair(first, second) in met


def test_an_attendee_meets_each_of_those_sworn_in_together(shipped):
    text = ("وأدى وزير الخارجية عباس عراقجي ووزير الدفاع عزيز نصير زاده اليمين أمام الرئيس مسعود "
            "بزشكيان، بحضور رئيس السلطة القضائية غلام حسين محسني إجئي.")
    met = met_sorted(shipped, text, "ar")
    for one in (ARAGHCHI, NASIRZADEH, PEZESHKIAN):
        assert sorted_pair(EJEI, one) in met


@pytest.mark.parametrize("text", [
    "أدى نواف سلام اليمين أمام الرئيس جوزاف عون ووزير العدل.",
    "ولم يؤدِّ نواف سلام ويوسف رجي اليمين أمام الرئيس جوزاف عون بعد.",
    "أدى نواف سلام ويوسف رجي اليمين أمام مجلس النواب.",
])
def test_no_second_oath_taker_when_none_is_named_or_sworn(shipped, text):
    met = met_sorted(shipped, text, "ar")
    assert sorted_pair(SALAM, RAJJI) not in met
    assert sorted_pair(RAJJI, AOUN) not in met


# --- "، في عملية نفذتها Y" far after the victim ---------------------------------------------------

SHUKR, AQIL, IDF, MB = ("person:fuad-shukr", "person:ibrahim-aqil", "organization:israel-defense-forces",
                        "organization:muslim-brotherhood")


def _killed(ex, text):
    return relation_pairs(ex, text, "ASSASSINATED_BY", "ar")


@pytest.mark.parametrize("text, victim, agent", [
    ("وقُتل القيادي فؤاد شكر مساء الثلاثاء في مبنى سكني بحي حارة حريك في الضاحية الجنوبية لبيروت "
     "أثناء وجوده في منزله، في غارة نفذها الجيش الإسرائيلي.", SHUKR, IDF),
    ("التقى الرئيس عبد الفتاح السيسي المستشار هشام بركات. واستشهد المستشار بركات في 29 يونيو 2015 "
     "إثر انفجار سيارة مفخخة استهدفت موكبه أثناء خروجه من منزله بحي مصر الجديدة، في عملية نفذتها "
     "عناصر من جماعة الإخوان الإرهابية.", None, MB),
    ("واغتيل القيادي إبراهيم عقيل بعد ظهر الجمعة خلال اجتماع في مبنى سكني بمنطقة الجاموس في الضاحية "
     "الجنوبية لبيروت، في غارة نفذتها طائرات الجيش الإسرائيلي.", AQIL, IDF),
])
def test_the_operation_closing_a_long_killing_clause_names_the_agent(rules_only, text, victim, agent):
    got = _killed(rules_only, text)
    assert any(a == agent and (victim is None or v == victim) for v, a in got)


@pytest.mark.parametrize("text", [
    ("وقُتل القيادي فؤاد شكر مساء الثلاثاء في مبنى سكني بحي حارة حريك في الضاحية الجنوبية لبيروت، "
     "فيما قُتل إبراهيم عقيل في غارة نفذها الجيش الإسرائيلي."),
    ("وقُتل القيادي فؤاد شكر مساء الثلاثاء في مبنى سكني بحي حارة حريك في الضاحية الجنوبية لبيروت "
     "أثناء لقائه بإبراهيم عقيل في منزله، في غارة نفذها الجيش الإسرائيلي."),
])
def test_no_far_agent_past_another_clause_or_person(rules_only, text):
    assert (SHUKR, IDF) not in _killed(rules_only, text)


# --- «دعا X Y أنصاره»: the followers are no name word --------------------------------------------

@pytest.mark.parametrize("text, word", [
    ("في المقابل، دعا المرشد العام لجماعة الإخوان المسلمين الدكتور محمد بديع أنصاره إلى مواصلة "
     "الاعتصام.", "ansar"),
    ("ودعا الدكتور محمد بديع أتباعه إلى الهدوء.", "atba"),
    ("وحث الشيخ حازم صلاح مؤيديه على التظاهر.", "muyd"),
    ("ودعا رئيس الحزب خالد داود مناصريه إلى التصويت.", "manasr"),
])
def test_the_followers_called_on_are_no_part_of_the_name(rules_only, text, word):
    people = {e["id"] for e in rules_only.extract(text, lang="ar")["entities"]
              if e["id"].startswith("person:")}
    assert people
    assert not any(word in p for p in people)


def test_the_leader_calling_on_his_followers_leads_his_group(shipped):
    text = ("في المقابل، دعا المرشد العام لجماعة الإخوان المسلمين الدكتور محمد بديع أنصاره إلى مواصلة "
            "الاعتصام.")
    leads = relation_pairs(shipped, text, "LEADS", "ar")
    assert any(t == MB and "ansar" not in s and "badi" in s for s, t in leads)


# --- "met with opposition groups, including (representatives of) Y" -------------------------------

KATAIB, QAANI_ = "organization:kataib-hezbollah", "person:esmail-qaani"
KERRY, COALITION = "person:john-kerry", "organization:syrian-national-coalition"


@pytest.mark.parametrize("text, subj, group", [
    ("Vice President Omar Suleiman met with opposition groups, including the Muslim Brotherhood, on "
     "Sunday.", None, MB),
    ("Esmail Qaani met with armed factions, including Kataib Hezbollah, at the airport.", QAANI_, KATAIB),
    ("Kerry met with Syrian opposition groups, including the Syrian National Coalition, in Istanbul.",
     KERRY, COALITION),
    ("Vice President Omar Suleiman met with opposition groups, including representatives of the Muslim "
     "Brotherhood, on Sunday.", None, MB),
])
def test_a_group_named_after_including_was_met(rules_only, text, subj, group):
    met = met_sorted(rules_only, text, "en")
    assert any(group in pair and (subj is None or subj in pair) for pair in met)


def test_messages_from_groups_are_no_meeting(shipped):
    text = "The minister received messages from opposition groups, including the Muslim Brotherhood."
    assert not met_sorted(shipped, text, "en")
