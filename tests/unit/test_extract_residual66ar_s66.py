"""Session 66 (residual66ar): core errors left in the Arabic pieces of OS-PD, read as
constructions in several paraphrases of other people and outlets.

- Meetings, Arabic: the people who held a meeting told in a relative clause, «القمة الثلاثية
  التي عقدها في أسمرة أمس الأربعاء الرئيس الإريتري A ورئيس الوزراء الإثيوبي B والرئيس الصومالي
  C»، «نتائج الاجتماع الذي عقده X وY»، «المباحثات التي أجراها X مع Y»: every two of the holders
  met (``meeting_held_rel.holders_listed_rel_ar``, run by ``meetings_ar``); not a future or
  negated verb, not a single holder with a group, not a reported denial.
- Lists, Arabic: a style of address with و opens the next member of a list before his title,
  «استقبل X رئيس مجلس الأمة A وسمو رئيس مجلس الوزراء الشيخ B»، «ومعالي وزير الدفاع C»،
  «وفخامة الرئيس D»، «وسعادة السفير E»: the host met B, C, D, E too (``chains.chain``,
  ``_AR_AND_STYLE``); negated or planned receptions stay unread.
- Names, Arabic: «سيدي» opens the Maghrebi and Mauritanian compound given name where no title
  does, after a comma: «...، سيدي محمد عمر»، «المستشار الدبلوماسي، سيدي محمد ولد أحمد» (weak in
  ``given_names.yaml``: not the town «سيدي بوزيد» nor the vocative «يا سيدي الرئيس»).
"""

import pytest

from tests.extract_support import entity_ids
from tests.extract_support import met_sorted as _met
from tests.extract_support import sorted_pair as _pair

SISI, ABDULLAH = "person:abdel-fattah-el-sisi", "person:abdullah-ii"
ISAIAS, ABIY, FARMAAJO = ("person:isaias-afwerki", "person:abiy-ahmed",
                          "person:mohamed-abdullahi-farmaajo")
ERDOGAN, TAMIM = "person:recep-tayyip-erdogan", "person:tamim-bin-hamad-al-thani"
BLINKEN, MBS = "person:antony-blinken", "person:mohammed-bin-salman"
ABBAS = "person:mahmoud-abbas"
NAWAF, GHANIM, SKHALID = ("person:nawaf-al-ahmad-al-sabah", "person:marzouq-al-ghanim",
                          "person:sabah-al-khalid-al-hamad-al-sabah")
AUSTIN, TRUMP, RATNEY = "person:lloyd-austin", "person:donald-trump", "person:michael-ratney"
FAISAL = "person:faisal-bin-farhan"


@pytest.mark.parametrize("text, people", [
    ("أوضح الوزير الصومالي أن الزيارة تأتي تنفيذاً لمخرجات القمة الثلاثية التي عقدها في أسمرة أمس "
     "الأربعاء الرئيس الإريتري أسياس أفورقي ورئيس الوزراء الإثيوبي آبي أحمد والرئيس الصومالي محمد "
     "عبد الله فرماجو.", (ISAIAS, ABIY, FARMAAJO)),
    ("وأشار المتحدث إلى نتائج الاجتماع الذي عقده الرئيس المصري عبد الفتاح السيسي والملك الأردني عبد "
     "الله الثاني في القاهرة.", (SISI, ABDULLAH)),
    ("وأشاد البيان بالقمة التي عقدها أمس الرئيس المصري عبد الفتاح السيسي والملك الأردني عبد الله "
     "الثاني.", (SISI, ABDULLAH)),
    ("ورحبت الجامعة بنتائج القمة التي عقدها الرئيس المصري عبد الفتاح السيسي مع الملك الأردني عبد "
     "الله الثاني.", (SISI, ABDULLAH)),
    ("وتناول المجلس المباحثات التي أجراها الرئيس المصري عبد الفتاح السيسي والملك الأردني عبد الله "
     "الثاني.", (SISI, ABDULLAH)),
    ("وجاء ذلك بعد اللقاء الذي عقداه في الدوحة، أمس، الرئيس التركي رجب طيب أردوغان وأمير قطر الشيخ "
     "تميم بن حمد آل ثاني.", (ERDOGAN, TAMIM)),
    ("وبحث الجانبان نتائج الجولة التي أجراها وزير الخارجية الأميركي أنتوني بلينكن مع ولي العهد "
     "السعودي الأمير محمد بن سلمان في الرياض.", (BLINKEN, MBS)),
])
def test_the_holders_of_a_meeting_in_a_relative_clause_met(shipped, text, people):
    pairs = _met(shipped, text, "ar")
    for i, a in enumerate(people):
        for b in people[i + 1:]:
            assert _pair(a, b) in pairs


@pytest.mark.parametrize("text, pair", [
    ("وأشار إلى القمة التي سيعقدها الرئيس المصري عبد الفتاح السيسي والملك الأردني عبد الله الثاني.",
     (SISI, ABDULLAH)),
    ("وأشار إلى نتائج القمة التي لم يعقدها الرئيس المصري عبد الفتاح السيسي والملك الأردني عبد الله "
     "الثاني.", (SISI, ABDULLAH)),
    ("ونفت الرئاسة التقارير عن القمة التي عقدها الرئيس المصري عبد الفتاح السيسي والملك الأردني عبد "
     "الله الثاني سراً.", (SISI, ABDULLAH)),
    ("وأشار إلى القمة التي كان مقرراً أن يعقدها الرئيس التركي رجب طيب أردوغان وأمير قطر الشيخ تميم "
     "بن حمد آل ثاني.", (ERDOGAN, TAMIM)),
])
def test_no_meeting_held_in_a_relative_clause(shipped, text, pair):
    assert _pair(*pair) not in _met(shipped, text, "ar")


def test_a_single_holder_with_a_group_meets_no_one(shipped):
    text = ("وأشار إلى الاجتماع الذي عقده الرئيس الفلسطيني محمود عباس مع قادة الفصائل في القاهرة.")
    assert not {p for p in _met(shipped, text, "ar") if ABBAS in p}


@pytest.mark.parametrize("text, host, guests", [
    ("وكان سمو أمير البلاد الشيخ نواف الأحمد قد استقبل في قصر السيف صباح الأربعاء رئيس مجلس الأمة "
     "مرزوق الغانم وسمو رئيس مجلس الوزراء الشيخ صباح الخالد، وأبلغهما بقرار التزكية.",
     NAWAF, (GHANIM, SKHALID)),
    ("استقبل الرئيس المصري عبد الفتاح السيسي وزير الخارجية الأميركي أنتوني بلينكن ومعالي وزير الدفاع "
     "الأميركي لويد أوستن.", SISI, (BLINKEN, AUSTIN)),
    ("استقبل الملك عبدالله الثاني وزير الخارجية الأميركي أنتوني بلينكن وفخامة الرئيس الفلسطيني محمود "
     "عباس في عمان.", ABDULLAH, (BLINKEN, ABBAS)),
    ("استقبل ولي العهد السعودي الأمير محمد بن سلمان الرئيس الأميركي دونالد ترامب وسعادة السفير "
     "الأميركي مايكل راتني.", MBS, (TRUMP, RATNEY)),
    ("التقى وزير الخارجية الأميركي أنتوني بلينكن في الرياض ولي العهد السعودي الأمير محمد بن سلمان "
     "وسمو وزير الخارجية الأمير فيصل بن فرحان.", BLINKEN, (MBS, FAISAL)),
])
def test_a_style_of_address_with_waw_opens_the_next_guest(shipped, text, host, guests):
    pairs = _met(shipped, text, "ar")
    for g in guests:
        assert _pair(host, g) in pairs


@pytest.mark.parametrize("text", [
    "لم يستقبل الرئيس المصري عبد الفتاح السيسي وزير الخارجية الأميركي أنتوني بلينكن ومعالي وزير الدفاع "
    "الأميركي لويد أوستن.",
    "من المقرر أن يستقبل الرئيس المصري عبد الفتاح السيسي غداً وزير الخارجية الأميركي أنتوني بلينكن "
    "ومعالي وزير الدفاع الأميركي لويد أوستن.",
])
def test_no_guest_after_a_style_of_address_when_unreal(shipped, text):
    assert _pair(SISI, AUSTIN) not in _met(shipped, text, "ar")


@pytest.mark.parametrize("text, person, not_person", [
    ("وجرى اللقاء بحضور الوزير الأول بشرايا حمودي بيون، وممثل جبهة البوليساريو بالأمم المتحدة والمنسق "
     "مع بعثة المينورسو، سيدي محمد عمر.", "person:sidi-mohammed-omar", "person:mohammed-omar"),
    ("التقى وزير الخارجية الجزائري أحمد عطاف، سيدي محمد عمر، ممثل جبهة البوليساريو.",
     "person:sidi-mohammed-omar", "person:mohammed-omar"),
    ("وحضر اللقاء المستشار الدبلوماسي، سيدي محمد ولد أحمد.", "person:sidi-mohammed-ould-ahmed",
     "person:mohammed-ould-ahmed"),
])
def test_sidi_opens_a_compound_given_name(rules_only, text, person, not_person):
    ids = entity_ids(rules_only, text, "ar")
    assert person in ids and not_person not in ids


@pytest.mark.parametrize("text", [
    "اندلعت الاحتجاجات في مدينة سيدي بوزيد وسط تونس.",
    "وقال: يا سيدي الرئيس، نحن معك.",
])
def test_sidi_alone_is_no_person(rules_only, text):
    assert not {i for i in entity_ids(rules_only, text, "ar") if i.startswith("person:")}
