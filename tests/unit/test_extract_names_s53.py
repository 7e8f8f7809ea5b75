"""Session 53, Arabic names: constructions found on short pieces written for the session.

- A Maghrebi family name opening with ب (برادة, Berrada) that the article uses alone as a
  speaker's name ("وقال برادة إن") is the name's last word where it is told in full ("محمد
  سعد برادة", read as "محمد سعد" and ب + a noun); manner words and pronoun endings after a
  verb of saying ("وأكد بدوره أن"، "وقال بصراحة إن") are no names.
- «(ب/ل)اللواء الركن X» is the rank and X, not a brigade named "الركن".
- «الشيخ» alone after «حسين الشيخ» is Hussein al-Sheikh (his family name), not the king
  named last; not when someone else was titled «الشيخ» (either of them).
- «بحث أردوغان مع الشرع»: a family name two known people share («الشرع») after «مع» and a
  verb of meeting whose subject is a head of state is the one bearer who is a head of state;
  not «مع الشرع الإسلامي» (the law), nor after a subject who is no head of state.
- A future verb after a name («الرئيس عباس سيلتقي») is no family name.
- An outlet in a dateline («الدوحة - «الراية» -») is no person (regression).
"""

import pytest

from tests.extract_support import met_sorted
from tests.extract_support import sorted_pair as _pair


def _met(extractor, text: str, lang: str = "ar") -> set[tuple[str, str]]:
    """The MET_WITH pairs read in *text*, each sorted (the relation has no direction)."""
    return met_sorted(extractor, text, lang)


def _surfaces(extractor, text: str, prefix: str = "person:") -> list[str]:
    """The surfaces of the mentions of the entities whose id starts with *prefix*."""
    doc = extractor.extract(text, lang="ar")
    return [text[a:b] for e in doc["entities"] if e["id"].startswith(prefix)
            for a, b in e.get("mentions", [])]


ERDOGAN, SHARAA = "person:recep-tayyip-erdogan", "person:ahmed-al-sharaa"
HSHEIKH, SAFADI = "person:hussein-al-sheikh", "person:ayman-safadi"
ABDULLAH, SISI = "person:abdullah-ii", "person:abdel-fattah-el-sisi"
QASRA, NAASAN = "person:murhaf-abu-qasra", "person:ali-noureddine-al-naasan"


# --- Maghrebi family names opening with ب -----------------------------------------------

@pytest.mark.parametrize("text, full", [
    ("استقبل وزير التربية الوطنية محمد سعد برادة السفير الفرنسي في الرباط. وقال برادة إن "
     "اللقاء تناول التعاون التربوي.", "محمد سعد برادة"),
    ("قال الوزير أحمد برادة إن الحكومة ستعمل على الإصلاح. وأضاف برادة أن الإصلاح ضروري.",
     "أحمد برادة"),
    ("التقى الوزير الأول نذير العرباوي الوزير كمال بنونة في الجزائر. وأوضح بنونة أن "
     "الاجتماع بحث ملف الطاقة.", "كمال بنونة"),
])
def test_b_family_name_used_alone_by_the_article(shipped, text, full):
    assert full in _surfaces(shipped, text)


def test_b_family_name_keeps_the_meeting(shipped):
    text = ("اجتمع وزير الداخلية عبد الوافي لفتيت مع وزير التربية محمد سعد برادة في الرباط. "
            "وقال برادة إن الاجتماع بحث الدخول المدرسي.")
    doc = shipped.extract(text, lang="ar")
    ids = {e["id"] for e in doc["entities"]
           if any(text[a:b] == "محمد سعد برادة" for a, b in e.get("mentions", []))}
    assert len(ids) == 1
    assert _pair("person:abdelouafi-laftit", ids.pop()) in _met(shipped, text)


@pytest.mark.parametrize("text, word", [
    ("رحب الوزير أحمد سعيد بدوره بالقرار الأممي. وأكد بدوره أن القرار مهم.", "بدوره"),
    ("تحدث الوزير أحمد سعيد بصراحة عن الأزمة. وقال بصراحة إن الوضع صعب.", "بصراحة"),
    ("قتل القيادي أحمد سعيد بضربة إسرائيلية في غزة. وذكر بيان أن الضربة استهدفت سيارته.",
     "بضربة"),
])
def test_manner_words_after_saying_are_no_family_names(shipped, text, word):
    assert not any(word in s for s in _surfaces(shipped, text))


# --- «اللواء الركن» after a preposition ---------------------------------------------------

def test_staff_major_general_after_bi_is_a_rank(shipped):
    text = "التقى وزير الدفاع مرهف أبو قصرة باللواء الركن علي النعسان في دمشق."
    assert _met(shipped, text) == {_pair(QASRA, NAASAN)}


@pytest.mark.parametrize("text", [
    "قدم الرئيس السوري أحمد الشرع التعزية للواء الركن محمد العبد الله في دمشق.",
    "وجه الرئيس السوداني عبد الفتاح البرهان رسالة للواء الركن ياسر العطا.",
])
def test_staff_major_general_after_li_is_no_brigade(shipped, text):
    assert not any("الركن" in s for s in _surfaces(shipped, text, "organization:"))


def test_a_brigade_name_stays(rules_only):
    text = "أعلن لواء الباقر مقتل قائده في حلب."
    assert any("لواء الباقر" in s for s in _surfaces(rules_only, text, "organization:"))


# --- «الشيخ» alone: the family name of «حسين الشيخ» ------------------------------------

@pytest.mark.parametrize("text, pair, wrong", [
    ("قال حسين الشيخ إن الرئيس عباس سيلتقي الملك عبد الله الثاني. والتقى الشيخ لاحقا "
     "بوزير الخارجية الأردني أيمن الصفدي.", _pair(HSHEIKH, SAFADI), _pair(ABDULLAH, SAFADI)),
    ("أجرى حسين الشيخ اتصالا مع وزير الخارجية المصري بدر عبد العاطي. ثم التقى الرئيس عبد "
     "الفتاح السيسي الشيخ في القاهرة.", _pair(HSHEIKH, SISI),
     _pair("person:badr-abdelatty", SISI)),
])
def test_lone_sheikh_is_hussein_al_sheikh(shipped, text, pair, wrong):
    got = _met(shipped, text)
    assert pair in got and wrong not in got


def test_lone_sheikh_with_a_titled_sheikh_is_the_family_name(shipped):
    # session 61 reversed session 53's "not forced": a Gulf royal titled «الشيخ» beside
    # «حسين الشيخ» leaves the bare «الشيخ» his (dev arMT6 and blind set MZ2, two writers;
    # dev +1 TP, 0 FP); the royal is not the one who met Safadi
    text = ("استقبل أمير قطر الشيخ تميم بن حمد آل ثاني نائب الرئيس الفلسطيني حسين الشيخ في "
            "الدوحة. وفي وقت لاحق التقى الشيخ بوزير الخارجية الأردني أيمن الصفدي.")
    met = _met(shipped, text)
    assert _pair(HSHEIKH, SAFADI) in met
    assert _pair("person:tamim-bin-hamad-al-thani", SAFADI) not in met


def test_lone_sheikh_negated_meeting(shipped):
    text = ("قال حسين الشيخ إن الرئيس عباس سيلتقي الملك عبد الله الثاني. ولم يلتق الشيخ "
            "بوزير الخارجية الأردني أيمن الصفدي.")
    assert _met(shipped, text) == set()


# --- an ambiguous family name met by a head of state ----------------------------------

@pytest.mark.parametrize("text", [
    "بحث الرئيس التركي رجب طيب أردوغان مع الشرع في أنقرة العلاقات الثنائية.",
    "أردوغان يبحث مع الشرع التعاون الثنائي في أنقرة",
    "التقى الرئيس أردوغان بالشرع في أنقرة على هامش المنتدى.",
])
def test_shared_family_name_met_by_a_head_of_state(shipped, text):
    assert _met(shipped, text) == {_pair(ERDOGAN, SHARAA)}


@pytest.mark.parametrize("text", [
    "بحث أردوغان مع الشرع الإسلامي قضايا الفتوى.",
    "بحث المفتي مع الشرع قضايا الفتوى.",
    "يجب أن يتوافق القانون مع الشرع الإسلامي.",
    "اتفق الرئيس أردوغان مع الشرع على تعزيز التعاون.",
    "التقى الرئيس أردوغان بالشرع الإسلامي.",
    "أكد المفتي التزامه بالشرع في كل الفتاوى.",
])
def test_shared_family_name_not_read_without_the_meeting(shipped, text):
    assert SHARAA not in {p for pair in _met(shipped, text) for p in pair}
    assert "الشرع" not in _surfaces(shipped, text)


# --- a future verb after a name -------------------------------------------------------

@pytest.mark.parametrize("text, verb", [
    ("قال المتحدث إن الرئيس عباس سيلتقي الملك عبد الله الثاني في عمان الأسبوع المقبل.",
     "سيلتقي"),
    ("أعلنت الرئاسة أن الرئيس عون سيزور الرياض الأسبوع المقبل.", "سيزور"),
    ("ذكرت الوكالة أن الوزير حسان سيتوجه إلى القاهرة غدا.", "سيتوجه"),
])
def test_future_verb_is_no_family_name(shipped, text, verb):
    assert not any(verb in s for s in _surfaces(shipped, text))


def test_given_name_opening_with_s_stays(shipped):
    text = "قال الوزير سامح سيف إن الحكومة ستعمل."
    assert "سامح سيف" in _surfaces(shipped, text)


# --- an outlet in the dateline (regression) -------------------------------------------

@pytest.mark.parametrize("text, outlet", [
    ("الدوحة - «الراية» - استقبل معالي الشيخ محمد بن عبدالرحمن آل ثاني رئيس مجلس الوزراء "
     "معالي السيد حسين أمير عبداللهيان وزير خارجية إيران.", "الراية"),
    ("بيروت - الأخبار: التقى الرئيس جوزاف عون رئيس الحكومة نواف سلام في قصر بعبدا.",
     "الأخبار"),
])
def test_dateline_outlet_is_no_person(shipped, text, outlet):
    assert not any(outlet in s for s in _surfaces(shipped, text))
