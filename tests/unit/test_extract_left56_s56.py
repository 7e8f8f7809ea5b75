"""Session 56 (left56): failures session 55 saw and left, each written as a general
construction in several variants (both languages where it applies).

- A dead ruler's title given to another: "Sultan Y died ... X was sworn in as sultan", "The
  cabinet named X as emir" (one reading now: ``succession_after_death.new_in_dead_post_en``
  and its "as" path ``ruler_as_in_dead_post_en``; the former ``succession_dead_ruler_en``
  folded in). Not without the death, not for a plan, not for another title.
- A given name written with the article fused with ل / ب: «خلفاً للقاسم إنداتو»، «خلفا للحسن
  بن علي»، «خلفا للطيب البكوش» (``definite_given_ar.definite_given_key``; the name's
  transliteration in ``mentions``). Not a common word: «خصص للطيب من الأعمال».
- The killer named in a relative clause after a bombing: «اغتيل X بتفجير نفذه Y» (a person),
  «في تفجير نفذته الولايات المتحدة وإسرائيل» (both sides; ``killing_agents``; «نفذه» is no
  name word: ``verb_pronoun_ar``). Not a survivor: «نجا X من تفجير نفذه مجهولون».
- The owner of a successor noun is no side of a meeting: «التقى خليفة نصر الله بالرئيس بري»،
  "Nasrallah's successor met Speaker Berri" (``successor_owner``, from
  ``SentenceBase.add``; nor does ``meeting_fallback`` pair others instead: «انتقد الكاظمي، سلف
  السوداني الذي التقى بايدن، المالكي»); «خليفة Y» after the host of «استقبل X» is the guest, X is no successor
  (``succession_rules_ar``), and «بالرئيس X» after «خليفة Y» is the meeting's object.
- «استقبل H G. ثم التقاه / استقبله Z»: "him" is the guest G, not the host H
  (``received_guest_ar``, from ``meetings``); after an arrival, the visitor still.
"""

import pytest

from tests.extract_support import met_sorted as _met
from tests.extract_support import relation_pairs as _rels
from tests.extract_support import sorted_pair as _pair

HAITHAM, QABOOS = "person:haitham-bin-tariq", "person:qaboos-bin-said"
NAWAF, SABAH = "person:nawaf-al-ahmad-al-sabah", "person:sabah-al-ahmad-al-jaber-al-sabah"
MISHAL = "person:mishal-al-ahmad-al-jaber-al-sabah"
NASRALLAH, QASSEM, BERRI = "person:hassan-nasrallah", "person:naim-qassem", "person:nabih-berri"
SOLEIMANI, QAANI, SALIH = ("person:qasem-soleimani", "person:esmail-qaani",
                           "person:barham-salih")
MIKATI = "person:najib-mikati"
HARIRI, AYYASH = "person:rafik-hariri", "person:salim-ayyash"
MUGHNIYEH, ISRAEL, US = "person:imad-mughniyeh", "country:israel", "country:united-states"
QASIR, BADREDDINE = "person:samir-qasir", "person:mustafa-badreddine"


def _succ(ex, text, lang):
    return _rels(ex, text, "SUCCESSOR_OF", lang)


def _killed(ex, text, lang="ar"):
    return _rels(ex, text, "ASSASSINATED_BY", lang)


# --- a dead ruler's title given to another (one reading) ---------------------------------

@pytest.mark.parametrize("text, pair", [
    ("Oman's Sultan Qaboos bin Said died on Friday evening. Haitham bin Tariq was sworn in as "
     "sultan on Saturday.", (HAITHAM, QABOOS)),
    ("Kuwait's Emir Sheikh Sabah Al-Ahmad Al-Jaber Al-Sabah died on Tuesday aged 91. The "
     "cabinet named Crown Prince Sheikh Nawaf Al-Ahmad as emir.", (NAWAF, SABAH)),
    ("Kuwait's emir Sheikh Nawaf al-Ahmad al-Sabah died on Saturday. Crown Prince Sheikh "
     "Mishal al-Ahmad al-Sabah was sworn in as emir on Wednesday.", (MISHAL, NAWAF)),
])
def test_the_dead_rulers_title_given_as(shipped, text, pair):
    assert pair in _succ(shipped, text, "en")


@pytest.mark.parametrize("text, pair", [
    ("Oman's Sultan Qaboos bin Said died on Friday evening. Haitham bin Tariq will be sworn in "
     "as sultan on Saturday.", (HAITHAM, QABOOS)),
    ("Oman's Sultan Qaboos bin Said received the British foreign secretary on Friday. Haitham "
     "bin Tariq was sworn in as sultan in 2020.", (HAITHAM, QABOOS)),
    ("Kuwait's Emir Sheikh Sabah Al-Ahmad Al-Jaber Al-Sabah died on Tuesday. The emir had "
     "named Sheikh Nawaf Al-Ahmad as prime minister in 2019.", (NAWAF, SABAH)),
])
def test_no_dead_rulers_title_given(shipped, text, pair):
    assert pair not in _succ(shipped, text, "en")


# --- a given name with the article fused with a preposition ------------------------------

@pytest.mark.parametrize("text, pair", [
    ("عين المجلس العسكري محمد حمدان دقلو رئيسا خلفاً للقاسم إنداتو.",
     ("person:mohamed-hamdan-dagalo", "person:qasem-andatu")),
    ("انتخب البرلمان عبد الله الأحمد رئيسا للمجلس خلفاً للحسن بن علي.",
     ("person:abdullah-al-ahmed", "person:hassan-bin-ali")),
    ("وعين الرئيس التونسي الحبيب الصيد وزيرا للداخلية خلفا للطيب البكوش.",
     ("person:habib-essid", "person:tayyip-al-bakush")),
    ("عين مجلس السيادة عبد الفتاح البرهان قائدا للجيش خلفا للحسين محمد.",
     ("person:abdel-fattah-al-burhan", "person:hussein-mohammed")),
])
def test_successor_of_a_fused_definite_given_name(shipped, text, pair):
    assert pair in _succ(shipped, text, "ar")


def test_fused_definite_given_name_is_not_read_with_its_lam(shipped):
    text = "عين المجلس العسكري محمد حمدان دقلو رئيسا خلفاً للقاسم إنداتو."
    ids = {e["id"] for e in shipped.extract(text, lang="ar")["entities"]}
    assert "person:qasem-andatu" in ids and not any("laq" in i for i in ids)


def test_a_fused_common_word_is_no_name(shipped):
    text = "وقال المتحدث إن الاجتماع خصص للطيب من الأعمال."
    ids = {e["id"] for e in shipped.extract(text, lang="ar")["entities"]}
    assert not any(i.startswith("person:") for i in ids)


# --- the killer named in a relative clause after a bombing -------------------------------

@pytest.mark.parametrize("text, pair", [
    ("اغتيل رئيس الوزراء رفيق الحريري بتفجير نفذه سليم عياش عام 2005.", (HARIRI, AYYASH)),
    ("قتل الصحفي سمير قصير في تفجير نفذه مصطفى بدر الدين.", (QASIR, BADREDDINE)),
    ("اغتيل القائد العسكري عماد مغنية بتفجير نفذته إسرائيل في دمشق عام 2008.",
     (MUGHNIYEH, ISRAEL)),
    ("وقد اغتيل عماد مغنية عام 2008 في تفجير نفذته الولايات المتحدة وإسرائيل.",
     (MUGHNIYEH, US)),
    ("وقد اغتيل عماد مغنية عام 2008 في تفجير نفذته الولايات المتحدة وإسرائيل.",
     (MUGHNIYEH, ISRAEL)),
])
def test_killer_of_a_bombing_in_a_relative_clause(shipped, text, pair):
    assert pair in _killed(shipped, text)


def test_executed_it_is_no_name_word(shipped):
    text = "اغتيل رئيس الوزراء رفيق الحريري بتفجير نفذه سليم عياش عام 2005."
    ids = {e["id"] for e in shipped.extract(text, lang="ar")["entities"]}
    assert AYYASH in ids and not any("nafdh" in i or "nafth" in i for i in ids)


@pytest.mark.parametrize("text, absent", [
    ("قتل رفيق الحريري في تفجير وقال سليم عياش إنه بريء.", (HARIRI, AYYASH)),
    ("نجا الوزير مروان حمادة من تفجير نفذه سليم عياش.", ("person:marwan-hamadeh", AYYASH)),
])
def test_no_killer_of_the_bombing(shipped, text, absent):
    assert absent not in _killed(shipped, text)


# --- the owner of a successor noun is no side of a meeting -------------------------------

@pytest.mark.parametrize("text, lang, absent", [
    ("التقى خليفة نصر الله بالرئيس نبيه بري في عين التينة أمس.", "ar", (NASRALLAH, BERRI)),
    ("واجتمع خليفة نصر الله مع رئيس الحكومة نجيب ميقاتي في السراي.", "ar",
     (NASRALLAH, MIKATI)),
    ("وقد تولى نعيم قاسم الأمانة العامة لحزب الله خلفاً لحسن نصر الله. والتقى خليفة نصر الله "
     "بالرئيس نبيه بري في عين التينة.", "ar", (NASRALLAH, BERRI)),
    ("Naim Qassem took over Hezbollah after Hassan Nasrallah was killed. Nasrallah's successor "
     "met Speaker Nabih Berri on Monday.", "en", (NASRALLAH, BERRI)),
    ("استقبل الرئيس العراقي برهم صالح خليفة سليماني في بغداد.", "ar", (SALIH, SOLEIMANI)),
    ("انتقد الكاظمي، سلف السوداني الذي التقى بايدن عام 2021، نوري المالكي.", "ar",
     ("person:joe-biden", "person:mohammed-shia-al-sudani")),
    ("انتقد الكاظمي، سلف السوداني الذي التقى بايدن عام 2021، نوري المالكي.", "ar",
     ("person:joe-biden", "person:nouri-al-maliki")),
])
def test_successor_nouns_owner_met_no_one(shipped, text, lang, absent):
    assert _pair(*absent) not in _met(shipped, text, lang)


@pytest.mark.parametrize("text, lang, pair", [
    ("Soleimani's successor, Esmail Qaani, met Iraqi Prime Minister Mohammed Shia al-Sudani in "
     "Baghdad.", "en", (QAANI, "person:mohammed-shia-al-sudani")),
    ("Naim Qassem, Nasrallah's successor, met Speaker Nabih Berri on Monday.", "en",
     (QASSEM, BERRI)),
    ("استقبل الرئيس نبيه بري خليفة نصر الله نعيم قاسم.", "ar", (BERRI, QASSEM)),
    ("التقى خليفة سليماني بالرئيس العراقي برهم صالح في بغداد.", "ar", (QAANI, SALIH)),
    ("التقى المشير خليفة حفتر بالرئيس المصري عبد الفتاح السيسي.", "ar",
     ("person:khalifa-haftar", "person:abdel-fattah-el-sisi")),
])
def test_the_successor_named_or_known_meets(shipped, text, lang, pair):
    assert _pair(*pair) in _met(shipped, text, lang)


@pytest.mark.parametrize("text, absent", [
    ("التقى خليفة نصر الله بالرئيس نبيه بري في عين التينة أمس.", (BERRI, NASRALLAH)),
    ("استقبل الرئيس نبيه بري خليفة نصر الله نعيم قاسم.", (BERRI, NASRALLAH)),
    ("استقبل الرئيس العراقي برهم صالح خليفة سليماني في بغداد.", (SALIH, SOLEIMANI)),
])
def test_meeting_side_is_no_successor(shipped, text, absent):
    assert absent not in _succ(shipped, text, "ar")


@pytest.mark.parametrize("text, pair", [
    ("استقبل الرئيس نبيه بري خليفة نصر الله نعيم قاسم.", (QASSEM, NASRALLAH)),
    ("خليفة سليماني إسماعيل قاآني يزور بغداد.", (QAANI, SOLEIMANI)),
])
def test_successor_apposed_after_the_noun(shipped, text, pair):
    assert pair in _succ(shipped, text, "ar")


# --- "him" after a reception told in the sentence before: the guest ----------------------

@pytest.mark.parametrize("text, pair, absent", [
    ("استقبل رئيس الوزراء نواف سلام وزير الخارجية الإيراني عباس عراقجي. ثم التقاه رئيس "
     "الجمهورية جوزاف عون في بعبدا.", ("person:abbas-araghchi", "person:joseph-aoun"),
     ("person:joseph-aoun", "person:nawaf-salam")),
    ("واستقبل رئيس مجلس النواب نبيه بري المبعوث الأمريكي توم باراك في عين التينة. ثم "
     "استقبله رئيس الحكومة نواف سلام في السراي.", ("person:nawaf-salam", "person:tom-barrack"),
     (BERRI, "person:nawaf-salam")),
])
def test_him_is_the_guest_of_the_reception_before(shipped, text, pair, absent):
    met = _met(shipped, text, "ar")
    assert _pair(*pair) in met and _pair(*absent) not in met


def test_him_after_an_arrival_stays_the_visitor(shipped):
    text = ("وصل وزير الخارجية الإيراني عباس عراقجي إلى بيروت. ثم التقاه رئيس الجمهورية جوزاف "
            "عون في قصر بعبدا.")
    assert _pair("person:abbas-araghchi", "person:joseph-aoun") in _met(shipped, text, "ar")
