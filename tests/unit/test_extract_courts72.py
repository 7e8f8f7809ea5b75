"""Session 72 (courts72): royal courts, read from dev sets TO-TP, UC-UD, RO-RP and SM-SN.

- A bare "King Abdullah" beside a Saudi king who reigned before him (Fahd, Khalid) is the Saudi
  king only when the article tells that the earlier reign is over (a death, funeral or accession
  word); "King Abdullah met King Fahd in Jeddah" is Jordan's king visiting a living Fahd
  (``saudi_king_abdullah``).
- The attendees of a series of audiences («حضر المقابلتين A وB», "The audiences were attended by A
  and B") met each other too, as the attendees of one meeting do (``meeting_co_attendees``).
- «صدر أمر ملكي»: the indefinite "royal" is no misspelt al-Maliki (``arabic_names``); «ولاية
  العهد» is the crown princeship, no place "Al-Ahd" (``capitals_institutions``); "آل سعود" after
  a known prince's chain is his own dynasty, not a second mention of another "... آل سعود"
  (``bin_chain_after_ar``).
- A royal order that tells the appointment first and the dismissal after it, «باختيار X ولياً
  للعهد، وإعفاء Y من ولاية العهد», gives X successor of Y when the post is named after both; not
  another post, nor an order expected or denied (``succession_same_post_ar``).
- "the king" after a sentence naming the old king dead or buried ("a day after the funeral of his
  father King Y") is the living king named with the ruler's title beside him, not the dead one,
  unless its own sentence tells a death or a burial (``desc_new_ruler``; for the Saudi king read
  from a bare "King Abdullah", ``saudi_king_abdullah``).
- «أدى رئيس الوزراء X وأعضاء حكومته اليمين الدستورية أمام الملك Y»: the list of those sworn ends
  at the oath word, so X met Y (and those present met both; ``meeting_oath_ar``); a planned oath
  gives nothing.
- "the late King Abdullah" / «المغفور له الملك عبدالله» is the Saudi king (Jordan's reigns), and
  in "Y, a son of the late King Z, ... X was appointed as his successor" "his" is Y, not the
  genitive Z (``saudi_king_abdullah``, ``succession_kin_genitive_en``).
Our own sentences, not taken from any set.
"""

import pytest

from tests.extract_support import relation_pairs

ABDULLAH2, SAUDI_ABDULLAH = "person:abdullah-ii", "person:abdullah-bin-abdulaziz"
FAHD = "person:fahd-bin-abdulaziz"
MUSHARRAF = "person:pervez-musharraf"


def _succ(ex, text, lang):
    return relation_pairs(ex, text, "SUCCESSOR_OF", lang)


def _met(ex, text, lang):
    return {frozenset(p) for p in relation_pairs(ex, text, "MET_WITH", lang)}


def _ids(ex, text, lang):
    return {e["id"] for e in ex.extract(text, lang=lang)["entities"]}


LIVING_FAHD = [
    ("King Abdullah met King Fahd in Jeddah on Sunday to discuss the crisis in Iraq.", "en"),
    ("King Fahd received King Abdullah at his palace in Jeddah, officials said.", "en"),
    ("استقبل الملك فهد بن عبدالعزيز في جدة اليوم الملك عبدالله وبحثا الوضع في العراق.", "ar"),
    ("بحث الملك عبدالله مع الملك فهد بن عبدالعزيز في جدة مساء أمس الوضع في المنطقة.", "ar"),
]


@pytest.mark.parametrize("text,lang", LIVING_FAHD)
def test_king_abdullah_beside_living_fahd_stays_jordanian(shipped, text, lang):
    got = _met(shipped, text, lang)
    assert frozenset({ABDULLAH2, FAHD}) in got and SAUDI_ABDULLAH not in _ids(shipped, text, lang), got


GONE_FAHD = [
    ("King Abdullah received Pervez Musharraf in Riyadh on Tuesday, a week after King Fahd died.", "en",
     MUSHARRAF),
    ("Pervez Musharraf was received in Riyadh by King Abdullah, who took the throne after King Fahd.",
     "en", MUSHARRAF),
    ("استقبل الملك عبدالله في الرياض اليوم الرئيس الباكستاني برويز مشرف بعد أيام من وفاة الملك فهد بن عبدالعزيز.",
     "ar", MUSHARRAF),
]


@pytest.mark.parametrize("text,lang,guest", GONE_FAHD)
def test_king_abdullah_after_fahd_died_is_saudi(shipped, text, lang, guest):
    got = _met(shipped, text, lang)
    assert frozenset({SAUDI_ABDULLAH, guest}) in got and frozenset({ABDULLAH2, guest}) not in got, got


HAITHAM, BADR, SHIHAB = "person:haitham-bin-tariq", "person:badr-albusaidi", "person:shihab-bin-tarik"
ABDOLLAHIAN, CAVUSOGLU = "person:hossein-amir-abdollahian", "person:mevlut-cavusoglu"

AUDIENCES_TWO_ATTENDEES = [
    ("استقبل حضرة صاحب الجلالة السلطان هيثم بن طارق اليوم وزير الخارجية الإيراني حسين أمير عبداللهيان. "
     "كما استقبل جلالته وزير الخارجية التركي مولود جاويش أوغلو. حضر المقابلتين السيد بدر بن حمد "
     "البوسعيدي وزير الخارجية، والسيد شهاب بن طارق آل سعيد نائب رئيس الوزراء لشؤون الدفاع.", "ar"),
    ("Sultan Haitham bin Tariq received Iranian Foreign Minister Hossein Amir-Abdollahian on Monday. "
     "His Majesty also received Turkish Foreign Minister Mevlut Cavusoglu. The audiences were attended "
     "by Sayyid Badr Albusaidi, Minister of Foreign Affairs, and Sayyid Shihab bin Tariq, Deputy Prime "
     "Minister for Defence Affairs.", "en"),
]


@pytest.mark.parametrize("text,lang", AUDIENCES_TWO_ATTENDEES)
def test_attendees_of_the_audiences_met_each_other(shipped, text, lang):
    got = _met(shipped, text, lang)
    for pair in ({BADR, SHIHAB}, {BADR, HAITHAM}, {SHIHAB, CAVUSOGLU}, {BADR, ABDOLLAHIAN}):
        assert frozenset(pair) in got, (pair, got)


def test_lone_attendee_of_the_audiences_pairs_no_one_else(shipped):
    text = ("Sultan Haitham bin Tariq received Iranian Foreign Minister Hossein Amir-Abdollahian on Monday. "
            "His Majesty also received Turkish Foreign Minister Mevlut Cavusoglu. The audiences were "
            "attended by Sayyid Badr Albusaidi, Minister of Foreign Affairs.")
    got = _met(shipped, text, "en")
    assert frozenset({BADR, CAVUSOGLU}) in got and frozenset({ABDOLLAHIAN, CAVUSOGLU}) not in got, got


MBS, MBN, MUQRIN = "person:mohammed-bin-salman", "person:mohammed-bin-nayef", "person:muqrin-bin-abdulaziz"
KHALID_BS = "person:khalid-bin-salman"
MALIKI = "person:nouri-al-maliki"


@pytest.mark.parametrize("text", [
    "صدر أمر ملكي اليوم بتعيين الأمير خالد بن سلمان وزيراً للدفاع.",
    "وبموجب مرسوم ملكي صدر مساء أمس أعيد تشكيل مجلس الوزراء.",
])
def test_indefinite_royal_after_an_order_is_no_maliki(shipped, text):
    ids = _ids(shipped, text, "ar")
    assert MALIKI not in ids and not any("marsum" in i for i in ids), ids


def test_crown_princeship_is_no_place(shipped):
    ids = _ids(shipped, "أعفي الأمير مقرن بن عبدالعزيز من ولاية العهد بناء على طلبه.", "ar")
    assert not any(i.startswith("location:") for i in ids), ids


def test_dynasty_after_a_known_chain_is_his_name(shipped):
    text = ("صدر أمر ملكي بإعفاء الأمير مقرن بن عبدالعزيز آل سعود من ولاية العهد، واختيار الأمير "
            "محمد بن نايف بن عبدالعزيز آل سعود ولياً للعهد خلفاً له.")
    assert (MBN, MUQRIN) in _succ(shipped, text, "ar")


APPOINTED_THEN_DISMISSED = [
    ("أصدر الملك أمراً ملكياً باختيار الأمير محمد بن سلمان ولياً للعهد، وإعفاء الأمير محمد بن نايف "
     "من ولاية العهد ومن منصب وزير الداخلية.", MBS, MBN),
    ("وكان الملك قد أصدر أمراً ملكياً بتعيين الأمير خالد بن سلمان وزيراً للدفاع، وإعفاء الأمير محمد "
     "بن سلمان من منصب وزير الدفاع.", KHALID_BS, MBS),
]


@pytest.mark.parametrize("text,new,old", APPOINTED_THEN_DISMISSED)
def test_appointment_then_dismissal_from_the_same_post(shipped, text, new, old):
    got = _succ(shipped, text, "ar")
    assert (new, old) in got and (old, new) not in got, got


@pytest.mark.parametrize("text", [
    # another post
    "أصدر الملك أمراً ملكياً بتعيين الأمير محمد بن سلمان وزيراً للدفاع، وإعفاء الأمير محمد بن نايف "
    "من منصبه أميراً لمنطقة الرياض.",
    # expected, denied
    "يتوقع أن يصدر الملك أمراً ملكياً باختيار الأمير محمد بن سلمان ولياً للعهد، وإعفاء الأمير محمد "
    "بن نايف من ولاية العهد.",
    "لم يصدر الملك أمراً ملكياً باختيار الأمير محمد بن سلمان ولياً للعهد، وإعفاء الأمير محمد بن نايف "
    "من ولاية العهد.",
])
def test_appointment_then_dismissal_gives_nothing(shipped, text):
    got = _succ(shipped, text, "ar")
    assert not got, got


HUSSEIN, CLINTON, ASSAD = "person:hussein-bin-talal", "person:bill-clinton", "person:hafez-al-assad"
CHENEY, CHIRAC = "person:dick-cheney", "person:jacques-chirac"


@pytest.mark.parametrize("text,lang,king,guest,dead", [
    ("King Abdullah II received U.S. President Bill Clinton in Amman, a day after the funeral of his "
     "father King Hussein. Later the king received Syrian President Hafez al-Assad.", "en",
     ABDULLAH2, ASSAD, HUSSEIN),
    ("U.S. Vice President Dick Cheney was received by King Abdullah in Riyadh on Tuesday, hours after "
     "the funeral of his half-brother King Fahd. French President Jacques Chirac was received by the "
     "king in the morning.", "en", SAUDI_ABDULLAH, CHIRAC, FAHD),
])
def test_the_king_after_the_old_kings_funeral_is_the_living_one(shipped, text, lang, king, guest, dead):
    got = _met(shipped, text, lang)
    assert frozenset({king, guest}) in got and frozenset({dead, guest}) not in got, got


def test_the_king_buried_stays_the_dead_one(rules_only):
    text = ("King Abdullah II received U.S. President Bill Clinton in Amman, a day after the death of "
            "his father King Hussein. The king was buried in the royal cemetery on Monday.")
    out = rules_only.extract(text, lang="en")
    at = text.index("The king") + 4
    hussein = next(e for e in out["entities"] if e["id"] == HUSSEIN)
    assert any(a <= at < b for a, b in hussein["mentions"]), hussein["mentions"]


RIFAI, HUSSEIN_CP = "person:samir-al-rifai", "person:hussein-bin-abdullah"
AHMAD_NAWAF, NAWAF = "person:ahmad-nawaf-al-ahmad-al-sabah", "person:nawaf-al-ahmad-al-sabah"


@pytest.mark.parametrize("text,sworn,ruler,present", [
    ("أدى رئيس الوزراء سمير الرفاعي وأعضاء حكومته اليمين الدستورية أمس أمام الملك عبدالله الثاني، "
     "بحضور ولي العهد الأمير الحسين بن عبدالله الثاني.", RIFAI, ABDULLAH2, HUSSEIN_CP),
    ("أدى رئيس مجلس الوزراء الشيخ أحمد نواف الأحمد وأعضاء حكومته اليمين الدستورية أمام حضرة صاحب "
     "السمو الشيخ نواف الأحمد الجابر الصباح في قصر بيان.", AHMAD_NAWAF, NAWAF, None),
])
def test_premier_and_his_cabinet_sworn_before_the_ruler(shipped, text, sworn, ruler, present):
    got = _met(shipped, text, "ar")
    assert frozenset({sworn, ruler}) in got, got
    if present:
        assert frozenset({present, sworn}) in got and frozenset({present, ruler}) in got, got


def test_premier_and_his_cabinet_to_be_sworn_gives_nothing(shipped):
    text = ("يؤدي رئيس مجلس الوزراء الشيخ أحمد نواف الأحمد وأعضاء حكومته اليمين الدستورية غداً أمام "
            "الشيخ نواف الأحمد الجابر الصباح.")
    assert not _met(shipped, text, "ar")


TURKI_BA, FAISAL_BB = "person:turki-bin-abdullah", "person:faisal-bin-bandar"
RAZZAZ, KHASAWNEH, MUNIF = "person:omar-razzaz", "person:bisher-al-khasawneh", "person:munif-razzaz"


@pytest.mark.parametrize("text,lang", [
    ("A royal decree removed Prince Turki bin Abdullah, a son of the late King Abdullah, as governor of "
     "Riyadh.", "en"),
    ("استقبل الأمير تركي بن عبدالله نجل المغفور له الملك عبدالله في الرياض اليوم رئيس الوزراء "
     "الباكستاني نواز شريف.", "ar"),
])
def test_the_late_king_abdullah_is_the_saudi_king(shipped, text, lang):
    ids = _ids(shipped, text, lang)
    assert SAUDI_ABDULLAH in ids and ABDULLAH2 not in ids, ids


@pytest.mark.parametrize("text,new,old,genitive", [
    ("A royal decree removed Prince Turki bin Abdullah, a son of the late King Abdullah, as governor of "
     "Riyadh. Prince Faisal bin Bandar was appointed as his successor.", FAISAL_BB, TURKI_BA,
     SAUDI_ABDULLAH),
    ("Prime Minister Omar Razzaz, a son of the late Munif Razzaz, resigned on Thursday. Bisher "
     "al-Khasawneh was appointed as his successor.", KHASAWNEH, RAZZAZ, MUNIF),
])
def test_his_successor_is_not_the_kin_genitive(shipped, text, new, old, genitive):
    got = _succ(shipped, text, "en")
    assert (new, old) in got and (new, genitive) not in got, got
