"""Session 59 (blind59d): the misses of the blind set MK-ML (Lebanon, Syria, Yemen and the Gulf,
2023-2025) that are general constructions, each read in several paraphrases.

- Gulf protocol's pious formula before a dead ruler's name, "خلفاً للمغفور له بإذن الله (تعالى)
  الشيخ Y" (and "X، طيب الله ثراه"): the formula's words are no name (no invented person
  "بإذن الله تعالى", ``arabic_name_words._AR_PIOUS``) and the predecessor is the name past it
  (``pious_formula_ar.past_pious_ar``, from ``succession_rules_ar``); condolences "في المغفور
  له Y" give no succession.
- A monarch's honorific before a bare title, "يُذكر أن جلالة السلطان تولى الحكم ... خلفاً لـY",
  "وكان سمو الأمير قد تولى ...": the one person introduced with that honorific (also written
  with the article, "صاحب الجلالة" / "صاحب السمو") and that title word
  (``desc_honorific_ar``), not the other ruler named last.
- "X was sworn in as Amir / became president after the death of (his half-brother,) the late
  (Amir) Y": "(the) late" before the predecessor's title no longer hides the "death of"
  (``succession_post_after_death_en._past_late``); "attended prayers after the death of the
  late Y" stays no succession.
- An acting holder after a death, the dead holder's title apposed after his name: "X, the
  prime minister of the Houthi government / the Houthi prime minister / Iran's president, was
  killed / died ... . K named Y to take over as acting prime minister / Y was named acting
  president" (``succession_after_death._apposed_after``); not "X, the president's adviser",
  not without the death, not another post.
- A meeting in a relative clause on its object with a progressive or present verb: "Lebanese
  President Joseph Aoun, whom Macron was hosting in Paris that day, ...", "whom Erdogan was
  receiving", "whom Biden is hosting at the White House today" (``meeting_phrases.whom_met_en``,
  which read only "whom Y (had) met / received"); not "was expected to host", "was due to
  meet", "was not hosting".
"""

import pytest

from tests.extract_support import entity_ids, met_sorted, relation_pairs, sorted_pair

SO = "SUCCESSOR_OF"
MISHAL, NAWAF = "person:mishal-al-ahmad-al-jaber-al-sabah", "person:nawaf-al-ahmad-al-sabah"
HAITHAM, QABOOS = "person:haitham-bin-tariq", "person:qaboos-bin-said"
MBZ, KHALIFA = "person:mohamed-bin-zayed", "person:khalifa-bin-zayed"
RAHAWI, MIFTAH = "person:ahmed-al-rahawi", "person:mohammed-miftah"
RAISI, MOKHBER = "person:ebrahim-raisi", "person:mohammad-mokhber"


def _so(ex, text, lang):
    return relation_pairs(ex, text, SO, lang)


# --- "خلفاً للمغفور له بإذن الله تعالى الشيخ Y" -------------------------------------------

@pytest.mark.parametrize("text, pair", [
    ("تولى الشيخ مشعل الأحمد الجابر الصباح مقاليد الحكم خلفاً للمغفور له بإذن الله تعالى الشيخ "
     "نواف الأحمد الجابر الصباح.", (MISHAL, NAWAF)),
    ("أدى الشيخ محمد بن زايد اليمين رئيساً للدولة خلفاً للمغفور له بإذن الله تعالى الشيخ خليفة "
     "بن زايد آل نهيان.", (MBZ, KHALIFA)),
    ("وكان جلالة السلطان هيثم بن طارق قد تولى الحكم في يناير 2020 خلفاً للمغفور له بإذن الله "
     "تعالى السلطان قابوس بن سعيد، طيب الله ثراه.", (HAITHAM, QABOOS)),
    ("استقبل حضرة صاحب السمو الشيخ مشعل الأحمد الجابر الصباح أمير دولة الكويت اليوم وزير الخارجية "
     "القطري. وهذه أول زيارة لسموه منذ توليه مقاليد الحكم خلفاً للمغفور له الشيخ نواف الأحمد "
     "الجابر الصباح.", (MISHAL, NAWAF)),
])
def test_successor_past_the_pious_formula(shipped, text, pair):
    assert pair in _so(shipped, text, "ar")


@pytest.mark.parametrize("text", [
    "أدى الشيخ محمد بن زايد اليمين رئيساً للدولة خلفاً للمغفور له بإذن الله تعالى الشيخ خليفة بن "
    "زايد آل نهيان.",
    "قدم الشيخ محمد بن زايد التعازي في المغفور له بإذن الله تعالى الشيخ نواف الأحمد الجابر الصباح.",
    "وشيّع جثمان المغفور له بإذن الله الشيخ نواف الأحمد الجابر الصباح، طيب الله ثراه، في مقبرة "
    "الصليبيخات.",
])
def test_the_pious_formula_is_nobody(shipped, text):
    people = {e for e in entity_ids(shipped, text, "ar") if e.startswith("person:")}
    assert people <= {MBZ, KHALIFA, NAWAF}


def test_condolences_for_the_late_ruler_are_no_succession(shipped):
    text = "قدم الشيخ محمد بن زايد التعازي في المغفور له بإذن الله تعالى الشيخ نواف الأحمد الجابر الصباح."
    assert not _so(shipped, text, "ar")


# --- "جلالة السلطان" / "سمو الأمير" before a bare title ----------------------------------------

@pytest.mark.parametrize("text, pair, other", [
    ("استقبل حضرة صاحب الجلالة السلطان هيثم بن طارق اليوم أخاه صاحب السمو الشيخ مشعل الأحمد أمير "
     "دولة الكويت. يُذكر أن جلالة السلطان تولى الحكم في يناير 2020 خلفاً للسلطان قابوس بن سعيد.",
     (HAITHAM, QABOOS), (MISHAL, QABOOS)),
    ("استقبل جلالة السلطان هيثم بن طارق اليوم أخاه صاحب السمو الشيخ مشعل الأحمد أمير دولة الكويت. "
     "وكان جلالة السلطان قد تولى الحكم خلفاً للسلطان قابوس بن سعيد.",
     (HAITHAM, QABOOS), (MISHAL, QABOOS)),
    ("استقبل صاحب السمو الشيخ مشعل الأحمد الجابر الصباح أمير دولة الكويت اليوم الشيخ محمد بن "
     "عبدالرحمن آل ثاني. وكان سمو الأمير قد تولى الحكم خلفاً للشيخ نواف الأحمد الجابر الصباح.",
     (MISHAL, NAWAF), ("person:mohammed-bin-abdulrahman-al-thani", NAWAF)),
])
def test_majesty_and_title_is_the_ruler_introduced_so(shipped, text, pair, other):
    got = _so(shipped, text, "ar")
    assert pair in got
    assert other not in got


# --- "after the death of (his half-brother,) the late (Amir) Y" -----------------------------

@pytest.mark.parametrize("text, pair", [
    ("A year ago, Sheikh Meshal Al-Ahmad was sworn in as the Amir of Kuwait after the death of his "
     "half-brother, the late Amir Sheikh Nawaf Al-Ahmad, on December 16, 2023.", (MISHAL, NAWAF)),
    ("Sheikh Meshal Al-Ahmad was sworn in as the Amir of Kuwait after the death of the late Amir "
     "Sheikh Nawaf Al-Ahmad.", (MISHAL, NAWAF)),
    ("Mohammed bin Zayed became president after the death of the late Sheikh Khalifa bin Zayed.",
     (MBZ, KHALIFA)),
    ("Haitham bin Tariq became sultan in January 2020 following the death of his cousin, the late "
     "Sultan Qaboos bin Said.", (HAITHAM, QABOOS)),
])
def test_post_taken_after_the_death_of_the_late_ruler(shipped, text, pair):
    assert pair in _so(shipped, text, "en")


def test_no_post_taken_after_the_death_of_the_late_ruler(shipped):
    text = "Sheikh Meshal attended prayers after the death of the late Amir Sheikh Nawaf Al-Ahmad."
    assert not _so(shipped, text, "en")


# --- the dead holder's title apposed after his name ----------------------------------------

@pytest.mark.parametrize("text, pair", [
    ("The Houthis confirmed that Ahmed al-Rahawi, the prime minister of their government in Sanaa, "
     "was killed in an Israeli strike. The council named Mohammed Miftah to take over as acting "
     "prime minister.", (MIFTAH, RAHAWI)),
    ("Ahmed al-Rahawi, the Houthi prime minister, was killed in an Israeli strike on Thursday. "
     "Mohammed Miftah was named acting prime minister.", (MIFTAH, RAHAWI)),
    ("Ebrahim Raisi, Iran's president, died in a helicopter crash on Sunday. Mohammad Mokhber was "
     "named acting president.", (MOKHBER, RAISI)),
])
def test_acting_holder_after_a_death_apposed_title(shipped, text, pair):
    assert pair in _so(shipped, text, "en")


@pytest.mark.parametrize("text", [
    "Ali Shamkhani, the president's adviser, was killed in an Israeli strike on Friday. Mohammad "
    "Mokhber was named acting president.",
    "Ahmed al-Rahawi, the Houthi prime minister, met Hans Grundberg in Sanaa on Thursday. Mohammed "
    "Miftah was named acting prime minister.",
    "Ahmed al-Rahawi, the Houthi prime minister, was killed in an Israeli strike on Thursday. "
    "Mohammed Miftah was named acting defence minister.",
])
def test_no_acting_succession_without_the_dead_holder_of_that_post(rules_only, text):
    assert not _so(rules_only, text, "en")


# --- "Y, whom X was hosting / is receiving ..." ---------------------------------------------

@pytest.mark.parametrize("text, a, b", [
    ("Lebanese President Joseph Aoun, whom Macron was hosting in Paris that day, took part from the "
     "Elysee.", "person:emmanuel-macron", "person:joseph-aoun"),
    ("Lebanese President Joseph Aoun, whom Emmanuel Macron received at the Elysee on Friday, said "
     "Lebanon wanted French help.", "person:emmanuel-macron", "person:joseph-aoun"),
    ("Syria's Ahmed al-Sharaa, whom Recep Tayyip Erdogan was receiving for the second time in a "
     "month, thanked Turkey.", "person:recep-tayyip-erdogan", "person:ahmed-al-sharaa"),
    ("Iraqi Prime Minister Mohammed Shia al-Sudani, whom Joe Biden is hosting at the White House "
     "today, will raise the issue of U.S. troops.", "person:joe-biden",
     "person:mohammed-shia-al-sudani"),
])
def test_whom_with_a_progressive_or_present_meeting_verb(shipped, text, a, b):
    assert sorted_pair(a, b) in met_sorted(shipped, text)


@pytest.mark.parametrize("text", [
    "Lebanese President Joseph Aoun, whom Macron was expected to host in Paris, cancelled the trip.",
    "Lebanese President Joseph Aoun, whom Macron was due to meet in Paris, cancelled the trip.",
    "Lebanese President Joseph Aoun, whom Macron was not hosting in Paris that day, spoke by video.",
])
def test_whom_planned_or_negated_is_no_meeting(shipped, text):
    assert not met_sorted(shipped, text)
