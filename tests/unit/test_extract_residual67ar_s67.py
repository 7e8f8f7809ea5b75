"""Session 67, residual67ar: Arabic successions the first blind sets of the session still missed.

- A dismissal, then a charge to run the government's business, is a succession in the premier's
  post (``succession_same_post_ar``): «أعفى الأسد حجاب من منصبه، وكلف عمر غلاونجي تسيير أعمال
  الحكومة», «وكلّف X بتصريف أعمال الحكومة»; a removed premier named bare is known by his title
  at an earlier mention. The bare charge «تسيير / تصريف» ends a name (``name_stops_ar``: no
  "Omar Ghalawnaji Tasiyr Amal").
- An acting holder charged with the post named by its holder's title after the holder's death,
  «وكلّف مجلس الوزراء X بتولي مهام وزير الخارجية بالوكالة» (``succession_acting_dead_ar``), the
  word after the title (الخارجية) found in the dead holder's title too.
- A handover told as the noun «تسليم» governed by «أعلن X»: X gave the post even with a phrase
  between, «أعلن الشيخ حمد، في كلمة وجهها إلى الشعب أمس، تسليم مقاليد الحكم إلى الشيخ تميم»
  (``succession_announced_handover_ar``, called by ``succession_took_ar``); «عزمه / نيته
  تسليم» is a plan (none).
- Appointed after a resignation accepted, «عيّن الرئيس K X رئيساً للوزراء بعد قبول استقالة Y»,
  «بتعيين X رئيساً ...، وذلك بعد قبول سموه يوم الاثنين استقالة حكومة Y»
  (``succession_accepted_resignation_ar``, read by ``core_recall_succession.became_after_ar``,
  which now takes the object after an appointer named after the verb).
- A preposition carried by a nationality adjective right before the name, «خلفاً للألماني مارتن
  كوبلر، واجتمع ... بـZ» (``sentence_base.has_prep``): Kobler is a prepositional object, not the
  subject carried to «واجتمع» (Salame is).
"""

import pytest

from tests.extract_support import entity_ids, relation_pairs
from tests.extract_support import met_sorted as _met
from tests.extract_support import sorted_pair as _pair

HIJAB, GHALAWANJI = "person:riad-hijab", "person:omar-ghalawanji"  # (gazetteer, s72)
BIN_DAGHR, MAEEN = "person:ahmed-obeid-bin-daghr", "person:maeen-abdulmalik"
MECHICHI, BOUDEN = "person:hichem-mechichi", "person:najla-bouden"
RAJIHA = "person:dawoud-rajiha"
AMIR_ABDOLLAHIAN, BAGHERI = "person:hossein-amir-abdollahian", "person:ali-bagheri-kani"
ZEIDAN, THINNI = "person:ali-zeidan", "person:abdullah-al-thinni"


def _so(extractor, text):
    return relation_pairs(extractor, text, "SUCCESSOR_OF", "ar")


# --- a dismissal, then a charge to run the government's business -----------------------------

@pytest.mark.parametrize("text, new, old", [
    ("أعلن رئيس الوزراء السوري رياض حجاب أمس انشقاقه عن نظام الرئيس بشار الأسد. في المقابل، ذكر "
     "التلفزيون الرسمي السوري أن الأسد أعفى حجاب من منصبه، وكلف نائب رئيس مجلس الوزراء عمر "
     "غلاونجي تسيير أعمال الحكومة.", GHALAWANJI, HIJAB),
    ("وأعلن التلفزيون الرسمي أن الرئيس بشار الأسد أعفى رئيس الوزراء رياض حجاب من منصبه، وكلف نائبه "
     "عمر غلاونجي بتسيير أعمال الحكومة.", GHALAWANJI, HIJAB),
    ("أقال الرئيس اليمني عبد ربه منصور هادي رئيس الوزراء أحمد عبيد بن دغر من منصبه، وكلف معين عبد "
     "الملك بتسيير أعمال الحكومة.", MAEEN, BIN_DAGHR),
    ("أعفى الرئيس التونسي قيس سعيد رئيس الحكومة هشام المشيشي من مهامه، وكلّف نجلاء بودن بتصريف "
     "أعمال الحكومة.", BOUDEN, MECHICHI),
])
def test_a_charge_to_run_the_government_after_the_premiers_dismissal_succeeds_him(shipped, text,
                                                                                 new, old):
    assert (new, old) in _so(shipped, text)


@pytest.mark.parametrize("text", [
    # another post removed: the defence minister is not the premier
    "أعفى الرئيس بشار الأسد وزير الدفاع داود راجحة من منصبه، وكلف عمر غلاونجي بتسيير أعمال "
    "الحكومة.",
    # negated
    "لم يعفِ الرئيس بشار الأسد رئيس الوزراء رياض حجاب من منصبه، ولم يكلف عمر غلاونجي بتسيير "
    "أعمال الحكومة.",
    # a bare name titled otherwise before
    "التقى وزير الدفاع داود راجحة الوفد. ثم أعفى الأسد راجحة من منصبه، وكلف عمر غلاونجي بتسيير "
    "أعمال الحكومة.",
])
def test_no_premiers_succession_without_the_premier_removed(shipped, text):
    assert not {p for p in _so(shipped, text) if p[0] == GHALAWANJI}


def test_a_bare_charge_ends_the_name(rules_only):
    ids = entity_ids(rules_only, "وكلف الأسد نائب رئيس مجلس الوزراء عمر غلاونجي تسيير أعمال "
                                 "الحكومة.", "ar")
    assert GHALAWANJI in ids
    ids = entity_ids(rules_only, "وكلف الرئيس معين عبد الملك تصريف الأعمال.", "ar")
    assert MAEEN in ids


# --- an acting holder of a dead minister's post named by the title -----------------------------

@pytest.mark.parametrize("text, new, old", [
    ("لقي الرئيس الإيراني إبراهيم رئيسي ووزير الخارجية حسين أمير عبداللهيان حتفهما في تحطم "
     "مروحية. وكلّف مجلس الوزراء المساعد السياسي لوزير الخارجية علي باقري كني بتولي مهام وزير "
     "الخارجية بالوكالة.", BAGHERI, AMIR_ABDOLLAHIAN),
    ("استشهد وزير الخارجية حسين أمير عبداللهيان في سقوط المروحية أمس. وكلفت الحكومة علي باقري كني "
     "بتولي مهام وزير الخارجية بالوكالة.", BAGHERI, AMIR_ABDOLLAHIAN),
    ("قتل رئيس الوزراء الليبي علي زيدان في هجوم أمس. وكلف المؤتمر الوطني عبد الله الثني بتولي "
     "مهام رئيس الوزراء بالوكالة.", THINNI, ZEIDAN),
])
def test_an_acting_holder_of_the_dead_holders_titled_post_succeeds_him(rules_only, text, new,
                                                                      old):
    assert (new, old) in _so(rules_only, text)


@pytest.mark.parametrize("text", [
    # another ministry
    "لقي الرئيس الإيراني إبراهيم رئيسي ووزير الخارجية حسين أمير عبداللهيان حتفهما في تحطم "
    "مروحية. وكلّف مجلس الوزراء علي باقري كني بتولي مهام وزير الداخلية بالوكالة.",
    # no death: a resignation is not read by this rule
    "استقال وزير الخارجية حسين أمير عبداللهيان أمس. وكلّف مجلس الوزراء علي باقري كني بتولي مهام "
    "وزير الخارجية بالوكالة.",
])
def test_no_acting_succession_in_another_post_or_without_a_death(rules_only, text):
    assert (BAGHERI, AMIR_ABDOLLAHIAN) not in _so(rules_only, text)


# --- a handover announced, the giver far before the noun ---------------------------------------

HAMAD, TAMIM = "person:hamad-bin-khalifa-al-thani", "person:tamim-bin-hamad-al-thani"
QABOOS, HAITHAM = "person:qaboos-bin-said", "person:haitham-bin-tariq"
SALEH, HADI = "person:ali-abdullah-saleh", "person:abdrabbuh-mansur-hadi"


@pytest.mark.parametrize("text, new, old", [
    ("أعلن الشيخ حمد بن خليفة آل ثاني، في كلمة وجهها إلى الشعب القطري أمس، تسليم مقاليد الحكم إلى "
     "الشيخ تميم بن حمد آل ثاني ولي العهد.", TAMIM, HAMAD),
    ("وأعلن السلطان قابوس بن سعيد في خطاب متلفز مساء أمس تسليم السلطة إلى هيثم بن طارق.", HAITHAM,
     QABOOS),
    ("أعلن الرئيس علي عبد الله صالح، خلال احتفال أقيم في صنعاء، تسليم السلطة إلى نائبه عبد ربه منصور "
     "هادي.", HADI, SALEH),
])
def test_the_one_who_announced_the_handover_gave_the_post(shipped, text, new, old):
    assert (new, old) in _so(shipped, text)


@pytest.mark.parametrize("text", [
    # a plan or a refusal announced
    "أعلن الشيخ حمد بن خليفة آل ثاني، في كلمة وجهها إلى الشعب القطري أمس، عزمه تسليم مقاليد الحكم "
    "إلى الشيخ تميم بن حمد آل ثاني.",
    "أعلن الشيخ حمد بن خليفة آل ثاني أمس نيته تسليم السلطة إلى الشيخ تميم بن حمد.",
    "أعلن الشيخ حمد بن خليفة آل ثاني، في كلمة أمس، رفض تسليم السلطة إلى الشيخ تميم بن حمد آل ثاني.",
])
def test_a_handover_planned_or_refused_is_none(shipped, text):
    assert (TAMIM, HAMAD) not in _so(shipped, text)


# --- appointed after a resignation accepted ----------------------------------------------------

MIKATI, HARIRI = "person:najib-mikati", "person:saad-hariri"
KHASAWNEH, BAKHIT = "person:aoun-al-khasawneh", "person:marouf-al-bakhit"  # (a gazetteer id since s70)
JABER_MUBARAK = "person:jaber-al-mubarak-al-hamad-al-sabah"


@pytest.mark.parametrize("text, new, old", [
    ("عين الرئيس ميشال سليمان نجيب ميقاتي رئيساً للوزراء بعد قبول استقالة رئيس الوزراء سعد "
     "الحريري.", MIKATI, HARIRI),
    ("عين الملك عبد الله الثاني عون الخصاونة رئيساً للوزراء بعد قبول استقالة رئيس الوزراء معروف "
     "البخيت.", KHASAWNEH, BAKHIT),
    ("اختير عون الخصاونة رئيساً للوزراء بعد قبول استقالة رئيس الوزراء معروف البخيت.", KHASAWNEH,
     BAKHIT),
    ("أصدر أمير البلاد الشيخ صباح الأحمد الجابر الصباح اليوم أمراً أميرياً بتعيين الشيخ جابر المبارك "
     "الحمد الصباح رئيساً لمجلس الوزراء وتكليفه بترشيح أعضاء الوزارة الجديدة، وذلك بعد قبول سموه "
     "يوم الاثنين الماضي استقالة حكومة سمو الشيخ ناصر المحمد.", JABER_MUBARAK, None),
])
def test_appointed_after_a_resignation_accepted_succeeds_the_one_who_resigned(rules_only, text,
                                                                             new, old):
    pairs = _so(rules_only, text)
    if old is None:  # (the predecessor's id as the gazetteer gives it)
        assert any(a == new and b.startswith("person:nasser-al-moham") for a, b in pairs)
    else:
        assert (new, old) in pairs


@pytest.mark.parametrize("text", [
    # the resignation refused, or the appointment before its acceptance
    "عين الرئيس ميشال سليمان نجيب ميقاتي رئيساً للوزراء بعد رفض استقالة رئيس الوزراء سعد الحريري.",
    "عين الرئيس ميشال سليمان نجيب ميقاتي رئيساً للوزراء قبل قبول استقالة رئيس الوزراء سعد الحريري.",
])
def test_no_succession_for_a_refused_resignation(rules_only, text):
    assert (MIKATI, HARIRI) not in _so(rules_only, text)


def test_the_appointer_named_after_the_verb_does_not_succeed(rules_only):
    pairs = _so(rules_only, "عين الرئيس ميشال سليمان نجيب ميقاتي رئيساً للوزراء بعد قبول استقالة "
                            "رئيس الوزراء سعد الحريري.")
    assert ("person:michel-suleiman", HARIRI) not in pairs
    assert (MIKATI, HARIRI) in pairs


# --- a preposition carried by a nationality adjective before the name --------------------------

SALAME, KOBLER, SARRAJ = "person:ghassan-salame", "person:martin-kobler", "person:fayez-al-sarraj"
LEON, GRUNDBERG, GRIFFITHS = ("person:bernardino-leon", "person:hans-grundberg",
                              "person:martin-griffiths")


@pytest.mark.parametrize("text, subject, predecessor, met", [
    ("تسلّم غسان سلامة مهامه خلفاً للألماني مارتن كوبلر، واجتمع أمس في طرابلس برئيس المجلس الرئاسي "
     "فائز السراج.", SALAME, KOBLER, SARRAJ),
    ("وكان غسان سلامة قد تسلّم مهامه مطلع الشهر الجاري خلفاً للألماني مارتن كوبلر، واجتمع يوم "
     "الاثنين في العاصمة طرابلس برئيس المجلس الرئاسي لحكومة الوفاق فائز السراج.", SALAME, KOBLER,
     SARRAJ),
    ("وكان مارتن كوبلر قد تسلم مهامه خلفاً للإسباني برناردينو ليون، واجتمع في تونس برئيس المجلس "
     "الرئاسي فائز السراج.", KOBLER, LEON, SARRAJ),
    ("تولى هانس غروندبرغ مهامه خلفاً للبريطاني مارتن غريفيث، واجتمع أمس في عدن برئيس الوزراء معين "
     "عبد الملك.", GRUNDBERG, GRIFFITHS, MAEEN),
])
def test_the_predecessor_after_a_nationality_with_li_is_no_carried_subject(shipped, text, subject,
                                                                          predecessor, met):
    pairs = _met(shipped, text, "ar")
    assert _pair(subject, met) in pairs
    assert _pair(predecessor, met) not in pairs
