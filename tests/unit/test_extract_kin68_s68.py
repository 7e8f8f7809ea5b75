"""Session 68 (kin68): an Arabic succession whose predecessor is named only by kinship.

``succession_kin_pred_ar`` («خلفاً لوالده», «خلف X شقيقه») now also reads:

- «خلفاً لابن عمه» / «خلفاً لابن خاله» (the kin noun after «لابن»);
- the dead holder of the post when the relative has another family name (a cousin, a
  half-brother: «هيثم بن طارق» / «قابوس بن سعيد»): the latest person named before with a ruler's
  title the taker bears too, or the sentence's accusative title («أميراً»), who died near his
  mention («برحيل السلطان قابوس بن سعيد ... وكان السلطان هيثم قد أدى اليمين خلفاً لابن عمه
  الراحل»);
- of several relatives of the family named before, the one who died near his mention when
  the kin noun is «الراحل» («خلفاً لأخيه الراحل» after «بوفاة ... الشيخ صباح الأحمد» and
  «الشيخ صباح الخالد»);
- the sentence's opening subject as the taker over a comma («وكان سمو الشيخ نواف قد أدى اليمين
  ... في 30 سبتمبر الماضي، خلفاً لأخيه الراحل»), and «وكان ... قد» no longer reads as a plan.

Not: a dead relative who held no ruler's post, «خلفاً لأخيه الراحل» with nobody named before, a
deputy (regent) of the dead ruler.
"""

import pytest

from tests.extract_support import relation_pairs

HAITHAM, QABOOS = "person:haitham-bin-tariq", "person:qaboos-bin-said"
NAWAF, SABAH = "person:nawaf-al-ahmad-al-sabah", "person:sabah-al-ahmad-al-jaber-al-sabah"
SALMAN, ABDULLAH = "person:salman-bin-abdulaziz", "person:abdullah-bin-abdulaziz"
ABDULLAH2, HUSSEIN = "person:abdullah-ii", "person:hussein-bin-talal"


def _so(extractor, text):
    return relation_pairs(extractor, text, "SUCCESSOR_OF", "ar")


@pytest.mark.parametrize("text, new, old", [
    # a cousin: another family name, the dead holder of the same title
    ("قدم الرئيس الإيراني تعازيه برحيل السلطان قابوس بن سعيد. وكان السلطان هيثم، وزير التراث "
     "السابق، قد أدى اليمين السبت خلفاً لابن عمه الراحل.", HAITHAM, QABOOS),
    ("نعى الديوان السلطاني السلطان قابوس بن سعيد. وأدى السلطان هيثم بن طارق اليمين أمام مجلس عمان "
     "خلفاً لابن عمه الراحل.", HAITHAM, QABOOS),
    ("توفي السلطان قابوس بن سعيد عن 79 عاماً. وكان السلطان هيثم بن طارق قد تولى الحكم في اليوم "
     "التالي، خلفاً لابن عمه.", HAITHAM, QABOOS),
    # a half-brother of the same family: the opening subject over a comma
    ("توفي أمير الكويت الشيخ صباح الأحمد الجابر الصباح. وكان سمو الشيخ نواف الأحمد الجابر الصباح "
     "قد أدى اليمين الدستورية أميراً للبلاد أمام مجلس الأمة في 30 سبتمبر الماضي، خلفاً لأخيه "
     "الراحل.", NAWAF, SABAH),
    ("أعلن الديوان الملكي وفاة الملك عبدالله بن عبدالعزيز. وكان الملك سلمان بن عبدالعزيز قد "
     "بويع ملكاً للبلاد فجر الجمعة، خلفاً لأخيه غير الشقيق.", SALMAN, ABDULLAH),
    # two men of the family named before: the late one (the other alive)
    ("قدم الرئيس التعازي بوفاة الشيخ صباح الأحمد الجابر الصباح. وحضر اللقاء الشيخ صباح الخالد "
     "الحمد الصباح. وكان سمو الشيخ نواف الأحمد الجابر الصباح قد أدى اليمين أمام مجلس الأمة، خلفاً "
     "لأخيه الراحل.", NAWAF, SABAH),
    # a son of another id form: the dead king named before
    ("توفي الملك الحسين بن طلال في عمان. وكان الملك عبدالله الثاني قد أدى اليمين الدستورية أمام "
     "مجلس الأمة، خلفاً لوالده الراحل.", ABDULLAH2, HUSSEIN),
])
def test_kin_predecessor_resolved(shipped, text, new, old):
    assert (new, old) in _so(shipped, text)


@pytest.mark.parametrize("text, new", [
    # nobody named before: no predecessor
    ("وكان السلطان هيثم بن طارق قد أدى اليمين السبت خلفاً لابن عمه الراحل.", HAITHAM),
    # the earlier dead man held no ruler's post
    ("توفي رجل الأعمال قابوس بن سعيد. وكان السلطان هيثم بن طارق قد أدى اليمين السبت خلفاً لابن "
     "عمه الراحل.", HAITHAM),
    # the dead man was the ruler's deputy, not the ruler
    ("توفي نائب السلطان قابوس بن سعيد. وكان السلطان هيثم بن طارق قد أدى اليمين السبت خلفاً لابن "
     "عمه الراحل.", HAITHAM),
    # the earlier ruler is alive (no death word near him)
    ("استقبل السلطان قابوس بن سعيد الوزير. وكان السلطان هيثم بن طارق قد أدى اليمين السبت خلفاً "
     "لابن عمه.", HAITHAM),
])
def test_kin_predecessor_not_invented(shipped, text, new):
    assert not any(s == new for s, _ in _so(shipped, text))
