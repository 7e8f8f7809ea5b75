"""Session 69 (kin69): successions whose predecessor is named by kinship or description.

- English, "his (late) <kin>" with no name after it (``succession_kin_pred_en``): "X succeeded
  his late brother", "X, who succeeded his cousin, ...", ", succeeding his late brother",
  "took over from his late father" (past "late" and "half-" / "step-"). The relative is the
  one person named before of the taker's family name; else (a cousin, a half-brother of
  another family name) the dead holder of the taker's post: the latest person named before
  with a crown's title ("King", "Sultan", "Emir / Amir") or "President" as the taker's title
  or the sentence names it, no deputy or crown prince, with a death word near his mention.
  The two steps are ``succession_kin_resolve`` (kin68's resolution, public and shared by
  both languages now).
- English, "X was proclaimed Amir (by the Cabinet hours after the death of Y)" after "the
  passing of the late Amir Y" (``succession_after_death``: "Amir" is "emir", and "passing",
  "late", "funeral" before a name tell his death).
- Arabic, the kin after a loss noun with no name after it (``succession_kin_pred_ar.
  kin_after_loss_ar``, called by ``succession_rules_ar``): «وتولى X الحكم بعد وفاة أخيه غير
  الشقيق»، «إثر وفاة والده»، «بعد وفاة ابن عمه»، «بعد اغتيال والده».

Not: "his late brother" with nobody named before, a dead man of another family with no
ruler's title, the dead ruler of another crown (a king for a sultan), a dead relative who held
no such post when the taker's title names one ("President X succeeded his late father" after
the death of his brother), a dead deputy, a plan or a negation, a deputy's post taken after a
brother's death ("became crown prince after the death of his half-brother", «عُيّن ولياً
للعهد بعد وفاة أخيه»).
"""

import pytest

from tests.extract_support import relation_pairs

SALMAN, ABDULLAH = "person:salman-bin-abdulaziz", "person:abdullah-bin-abdulaziz"
HAITHAM, QABOOS = "person:haitham-bin-tariq", "person:qaboos-bin-said"
NAWAF, SABAH = "person:nawaf-al-ahmad-al-sabah", "person:sabah-al-ahmad-al-jaber-al-sabah"
MISHAL, JABER = "person:mishal-al-ahmad-al-jaber-al-sabah", "person:jaber-al-ahmad-al-sabah"
ABDULLAH2, HUSSEIN = "person:abdullah-ii", "person:hussein-bin-talal"
MBZ, KHALIFA = "person:mohamed-bin-zayed", "person:khalifa-bin-zayed"
BASHAR, HAFEZ = "person:bashar-al-assad", "person:hafez-al-assad"
SAAD, RAFIK = "person:saad-hariri", "person:rafik-hariri"
M6, HASSAN2 = "person:mohammed-vi", "person:hassan-ii"
HOUTHI_AM, HOUTHI_H = "person:abdul-malik-al-houthi", "person:hussein-badreddin-al-houthi"
BAFEL, JALAL = "person:bafel-talabani", "person:jalal-talabani"


def _so(extractor, text, lang):
    return relation_pairs(extractor, text, "SUCCESSOR_OF", lang)


@pytest.mark.parametrize("text, new, old", [
    # the relative of the same family
    ("Kuwait's Emir Sheikh Sabah Al-Ahmad Al-Jaber Al-Sabah died on Tuesday. Sheikh Nawaf "
     "Al-Ahmad Al-Jaber Al-Sabah was sworn in on Wednesday, succeeding his late brother.",
     NAWAF, SABAH),
    ("Kuwait's Emir Sheikh Sabah Al-Ahmad Al-Jaber Al-Sabah died on Tuesday. Sheikh Nawaf "
     "Al-Ahmad Al-Jaber Al-Sabah succeeded his late brother on Wednesday.", NAWAF, SABAH),
    ("Hafez al-Assad died in June 2000. Bashar al-Assad succeeded his late father as president "
     "a month later.", BASHAR, HAFEZ),
    ("Rafik Hariri was killed in a bombing in Beirut in 2005. His son Saad Hariri took over "
     "from his late father as leader of the Future Movement.", SAAD, RAFIK),
    ("Saudi Arabia's King Abdullah died on Friday. King Salman bin Abdulaziz, who succeeded his "
     "half-brother, received the Turkish president.", SALMAN, ABDULLAH),
    ("Hussein al-Houthi was killed by Yemeni forces in 2004. Abdul-Malik al-Houthi took over "
     "from his late brother as leader of the movement.", HOUTHI_AM, HOUTHI_H),
    ("Jalal Talabani died in Berlin in 2017. His son Bafel Talabani later took over from his late "
     "father at the head of the PUK.", BAFEL, JALAL),
    # another family name: the dead holder of the crown or the presidency
    ("Oman's Sultan Qaboos bin Said died on Friday. Sultan Haitham bin Tariq, who succeeded "
     "his cousin, received the British prime minister.", HAITHAM, QABOOS),
    ("King Hussein bin Talal died in February 1999. King Abdullah II succeeded his late father "
     "the same day.", ABDULLAH2, HUSSEIN),
    ("King Hassan II died in July 1999. King Mohammed VI succeeded his late father within "
     "hours.", M6, HASSAN2),
    ("UAE President Sheikh Khalifa bin Zayed Al Nahyan died on Friday. President Sheikh "
     "Mohamed bin Zayed, who succeeded his late half-brother, received Kamala Harris.",
     MBZ, KHALIFA),
])
def test_english_kin_predecessor_resolved(shipped, text, new, old):
    assert (new, old) in _so(shipped, text, "en")


@pytest.mark.parametrize("text, new, old", [
    ("His Highness the Amir Sheikh Mishal Al-Ahmad Al-Jaber Al-Sabah received condolences on "
     "the passing of the late Amir Sheikh Nawaf Al-Ahmad. Sheikh Mishal, 83, was proclaimed "
     "Amir by the Cabinet hours after the death of Sheikh Nawaf, who had ruled since 2020.",
     MISHAL, NAWAF),
    ("The Amir Sheikh Nawaf Al-Ahmad Al-Jaber Al-Sabah died on Saturday. Sheikh Mishal "
     "Al-Ahmad Al-Jaber Al-Sabah was proclaimed Amir on Saturday.", MISHAL, NAWAF),
    ("The Amir Sheikh Jaber Al-Ahmad Al-Sabah died on Sunday. Sheikh Sabah Al-Ahmad Al-Jaber "
     "Al-Sabah was proclaimed Amir nine days later.", SABAH, JABER),
    ("Mourners gathered for the funeral of the Amir Sheikh Nawaf Al-Ahmad Al-Jaber Al-Sabah. "
     "Sheikh Mishal Al-Ahmad Al-Jaber Al-Sabah was sworn in as Amir on Wednesday.",
     MISHAL, NAWAF),
])
def test_proclaimed_amir_after_the_late_amir(shipped, text, new, old):
    assert (new, old) in _so(shipped, text, "en")


@pytest.mark.parametrize("text", [
    # nobody named before
    "Sheikh Nawaf Al-Ahmad Al-Jaber Al-Sabah succeeded his late brother in 2020.",
    # a dead man of another family with no ruler's title
    "Oman's former foreign minister Yusuf bin Alawi died on Friday. Sultan Haitham bin Tariq, "
    "who succeeded his cousin, received the British prime minister.",
    # a dead ruler of another crown
    "Emir Tamim received condolences on the death of King Abdullah. Sultan Haitham bin Tariq, "
    "who succeeded his cousin, met him later.",
    # a dead brother who held no presidency
    "Basil al-Assad died in a car crash in 1994. President Bashar al-Assad succeeded his late "
    "father in 2000.",
    # a dead deputy
    "Oman's Deputy Sultan Fahd bin Mahmoud died on Friday. Sultan Haitham bin Tariq, who "
    "succeeded his cousin, received the British prime minister.",
    # a plan, a negation
    "Kuwait's Emir Sheikh Sabah Al-Ahmad Al-Jaber Al-Sabah died on Tuesday. Sheikh Nawaf "
    "Al-Ahmad Al-Jaber Al-Sabah will succeed his late brother.",
    "Kuwait's Emir Sheikh Sabah Al-Ahmad Al-Jaber Al-Sabah died on Tuesday. Sheikh Nawaf "
    "Al-Ahmad Al-Jaber Al-Sabah did not succeed his late brother.",
    # another post: the crown prince after the king's death
    "King Abdullah bin Abdulaziz died on Friday. Prince Muqrin bin Abdulaziz became crown "
    "prince after the death of his half-brother.",
])
def test_english_kin_predecessor_not_read(shipped, text):
    assert not _so(shipped, text, "en")


@pytest.mark.parametrize("text, new, old", [
    ("أعلن الديوان الملكي وفاة الملك عبدالله بن عبدالعزيز. وتولى الملك سلمان بن عبدالعزيز الحكم "
     "بعد وفاة أخيه غير الشقيق.", SALMAN, ABDULLAH),
    ("توفي الملك الحسين بن طلال عام 1999. وتولى الملك عبدالله الثاني العرش إثر وفاة والده.",
     ABDULLAH2, HUSSEIN),
    ("توفي السلطان قابوس بن سعيد يوم الجمعة. وتولى السلطان هيثم بن طارق الحكم بعد وفاة ابن "
     "عمه.", HAITHAM, QABOOS),
    ("توفي الرئيس حافظ الأسد عام 2000. وتولى بشار الأسد الرئاسة إثر وفاة والده.", BASHAR, HAFEZ),
    ("اغتيل رفيق الحريري في بيروت عام 2005. وتسلم سعد الحريري زعامة تيار المستقبل بعد اغتيال "
     "والده.", SAAD, RAFIK),
    ("توفي أمير الكويت الشيخ صباح الأحمد الجابر الصباح. وتولى الشيخ نواف الأحمد الجابر الصباح "
     "مقاليد الحكم بعد وفاة أخيه الراحل.", NAWAF, SABAH),
    ("توفي رئيس الدولة الشيخ خليفة بن زايد آل نهيان. وتولى الشيخ محمد بن زايد رئاسة الدولة إثر "
     "وفاة أخيه غير الشقيق.", MBZ, KHALIFA),
])
def test_arabic_kin_after_loss_resolved(shipped, text, new, old):
    assert (new, old) in _so(shipped, text, "ar")


@pytest.mark.parametrize("text", [
    # nobody named before
    "وتولى السلطان هيثم بن طارق الحكم بعد وفاة ابن عمه.",
    # a dead minister of another family
    "توفي وزير الخارجية يوسف بن علوي. وتولى السلطان هيثم بن طارق الحكم بعد وفاة ابن عمه.",
    # a deputy's post: whose, the words do not say
    "توفي الملك عبدالله بن عبدالعزيز. وعُين الأمير مقرن بن عبدالعزيز ولياً للعهد بعد وفاة أخيه غير "
    "الشقيق.",
    # a plan
    "توفي الملك عبدالله بن عبدالعزيز. ومن المتوقع أن يتولى الملك سلمان بن عبدالعزيز الحكم بعد "
    "وفاة أخيه غير الشقيق.",
])
def test_arabic_kin_after_loss_not_read(shipped, text):
    assert not _so(shipped, text, "ar")
