"""Session 66, blind66h (blind set PG-PH, Sudan and South Sudan 1989-2018): what is read now.

- ``lexicon`` (AR_COMMON_NOUNS): «المستوى» / «مستوى» (the level) is no family name, so the
  feminine «رفيعة المستوى» after a body («الآلية الأفريقية رفيعة المستوى ثابو امبيكي»، «لجنة
  وزارية رفيعة المستوى») is no person "Rafia al-Mustawa" met by the host and his attendees.
- ``lexicon`` (EN_HIJRI_MONTH_WORDS in EN_STOP): the Hijri months of the Gulf agencies' English
  datelines ("Riyadh, Jumada II 5, 1436, March 25, 2015, SPA --", "Makkah, Dhul-Hijjah 9")
  are no people (no "Jumada Ii" met by the king and his guest).
- ``byline_ar`` (called by ``rules``): an Arabic reporter's byline line («كتب - محمد عبد
  الهادي»، «كتبت: سارة أحمد»، «بقلم ...») is no person of the news: the description of the next
  guest («الرئيس السوداني عمر البشير») was read as the reporter, who was paired with the host
  while the guest was lost.
- ``ambiguous_nisba_ar`` (nationality_before_name): «السوداني» right after «نظيره» / «بنظيره» /
  «نظيرتها» is the counterpart's nationality, named or not («التقى السيسي نظيره السوداني في
  القاهرة»: no Mohammed Shia al-Sudani); ``titles`` (with ``sudanese_after_title``): a title
  runs over «السوداني» to the name after it («الرئيس السوداني عمر البشير»، «وزير الخارجية
  السوداني إبراهيم غندور»): ended before it, «الرئيس» was a description of the last president
  named (the host), who then met himself while the guest was lost; after «لـ» + the article
  too («النائب الأول للرئيس السوداني علي عثمان محمد طه»).
"""

from __future__ import annotations

import pytest

from loaders.extract.byline_ar import byline_sentences
from loaders.extract.tokens import tokenize_sentences
from tests.extract_support import entity_ids as _ids
from tests.extract_support import met_sorted as _met
from tests.extract_support import sorted_pair as _pair

BASHIR, SISI, SHOUKRY = "person:omar-al-bashir", "person:abdel-fattah-el-sisi", "person:sameh-shoukry"
KARTI, TAHA, SALMAN = "person:ali-karti", "person:ali-osman-taha", "person:salman-bin-abdulaziz"
MBS, ABBAS = "person:mohammed-bin-salman", "person:mahmoud-abbas"


# ---- «رفيعة المستوى»: no person --------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "استقبل الرئيس عمر البشير اليوم رئيس الآلية الأفريقية رفيعة المستوى ثابو امبيكي، بحضور وزير "
    "الخارجية علي كرتي.",
    "التقى وزير الخارجية علي كرتي، أمس، بالخرطوم، رئيس اللجنة الوزارية رفيعة المستوى، وبحث معه "
    "ترتيبات الحوار.",
    "وصلت إلى الخرطوم بعثة أممية رفيعة المستوى والتقت النائب الأول علي عثمان طه.",
    "واستقبل الرئيس السيسي وفداً سودانياً على مستوى الوزراء برئاسة علي كرتي.",
])
def test_the_level_is_no_family_name(shipped, text):
    ids = _ids(shipped, text, "ar")
    assert not any("mustaw" in i or "mastu" in i or "mustwa" in i or "mastaw" in i for i in ids), ids


def test_the_high_level_panels_head_is_met_with_the_attendee(rules_only):
    text = ("استقبل الرئيس عمر البشير اليوم رئيس الآلية الأفريقية رفيعة المستوى ثابو امبيكي، بحضور "
            "النائب الأول لرئيس الجمهورية علي عثمان محمد طه ووزير الخارجية علي كرتي.")
    pairs = _met(rules_only, text, "ar")
    people = {p for pair in pairs for p in pair}
    assert people == {BASHIR, TAHA, KARTI} | {p for p in people if "mbeki" in p or "ambiki" in p}
    assert _pair(BASHIR, TAHA) in pairs and _pair(BASHIR, KARTI) in pairs
    assert len(people) == 4  # the host, the panel's head and the two attendees: nobody else


# ---- Hijri months in a Gulf agency's dateline ---------------------------------------------------

@pytest.mark.parametrize("text, host, guest", [
    ("Riyadh, Jumada II 5, 1436, March 25, 2015, SPA -- Custodian of the Two Holy Mosques King Salman "
     "bin Abdulaziz Al Saud received at Al-Yamamah Palace here today President Omar Hassan Ahmad "
     "Al-Basheer of the Republic of the Sudan.", SALMAN, BASHIR),
    ("Riyadh, Jumada I 5, 1436, February 24, 2015, SPA -- King Salman received President Omar "
     "al-Bashir.", SALMAN, BASHIR),
    ("Makkah, Dhul-Hijjah 9, 1444, June 27, 2023, SPA -- Crown Prince Mohammed bin Salman received "
     "here today President Mahmoud Abbas.", MBS, ABBAS),
])
def test_a_hijri_month_is_no_person(shipped, text, host, guest):
    assert _met(shipped, text, "en") == {_pair(host, guest)}
    assert not any("jumada" in i or "dhul" in i for i in _ids(shipped, text, "en"))


# ---- a reporter's byline -----------------------------------------------------------------------

@pytest.mark.parametrize("byline", [
    "كتب - محمد عبد الهادي", "كتبت: سارة أحمد", "كتب أحمد جمعة", "بقلم أحمد سعيد",
])
def test_the_reporter_of_a_byline_is_not_the_guest(shipped, byline):
    text = ("قمة مصرية سودانية في القاهرة\n" + byline + "\n"
            "استقبل الرئيس عبد الفتاح السيسي، أمس، بقصر الاتحادية، الرئيس السوداني عمر البشير، "
            "بحضور سامح شكري وزير الخارجية.")
    assert _met(shipped, text, "ar") == {_pair(SISI, BASHIR), _pair(SISI, SHOUKRY),
                                         _pair(BASHIR, SHOUKRY)}


def test_the_reporter_of_a_byline_is_not_the_palestinian_president(shipped):
    text = ("كتب - محمد عبد الهادي\n"
            "استقبل الرئيس عبد الفتاح السيسي، اليوم، بقصر الاتحادية، الرئيس الفلسطيني محمود عباس.")
    assert _met(shipped, text, "ar") == {_pair(SISI, ABBAS)}


@pytest.mark.parametrize("text, expected", [
    ("كتب - محمد عبد الهادي\nاستقبل الرئيس السيسي ضيفه.", {0}),
    ("عنوان الخبر\nكتبت: سارة أحمد\nاستقبل الرئيس السيسي ضيفه.", {1}),
    # a sentence that goes on, or ends with a full stop, is news, not a byline
    ("كتب الرئيس عبد الفتاح السيسي رسالة إلى الرئيس السوداني عمر البشير.", set()),
    ("كتب أحمد سعيد.", set()),
    ("القاهرة - الأهرام\nاستقبل الرئيس السيسي ضيفه.", set()),
])
def test_which_lines_are_bylines(text, expected):
    toks, sents = tokenize_sentences(text)
    assert set(byline_sentences(toks, sents)) == expected


# ---- "his Sudanese counterpart" with no name ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "التقى الرئيس عبد الفتاح السيسي نظيره السوداني في القاهرة.",
    "وأجرى وزير الخارجية سامح شكري اتصالاً هاتفياً بنظيره السوداني، وبحث معه التطورات.",
    "التقت وزيرة الخارجية الجنوب أفريقية نظيرتها السودانية في الخرطوم.",
    "وبحث وزير الدفاع مع نظيره السوداني سبل التعاون العسكري.",
])
def test_an_unnamed_sudanese_counterpart_is_not_al_sudani(shipped, text):
    assert "person:mohammed-shia-al-sudani" not in _ids(shipped, text, "ar")


@pytest.mark.parametrize("text, pair", [
    ("استقبل الرئيس عبد الفتاح السيسي نظيره السوداني عمر البشير.", (SISI, BASHIR)),
    ("استقبل الرئيس الإيراني مسعود بزشكيان رئيس الوزراء العراقي محمد شياع السوداني.",
     ("person:masoud-pezeshkian", "person:mohammed-shia-al-sudani")),
])
def test_a_named_counterpart_and_the_iraqi_premier_are_still_read(shipped, text, pair):
    assert _pair(*pair) in _met(shipped, text, "ar")


# ---- "الرئيس السوداني X" after an earlier mention of the host ---------------------------------------

@pytest.mark.parametrize("headline", [
    "السيسي والبشير يترأسان اللجنة الرئاسية العليا",
    "السيسي يبحث مع ضيفه العلاقات الثنائية",
    "الرئيس السيسي يؤكد دعم مصر لاستقرار السودان",
])
@pytest.mark.parametrize("guest, gid", [
    ("الرئيس السوداني عمر البشير", BASHIR),
    ("وزير الخارجية السوداني إبراهيم غندور", "person:ibrahim-ghandour"),
    ("وزير الخارجية السوداني علي كرتي", KARTI),
])
def test_the_sudanese_title_goes_with_the_name_after_it(shipped, headline, guest, gid):
    text = headline + "\nاستقبل الرئيس عبد الفتاح السيسي، أمس، بقصر الاتحادية، " + guest + "."
    assert _pair(SISI, gid) in _met(shipped, text, "ar")


@pytest.mark.parametrize("text, pair", [
    ("وقع النائب الأول للرئيس السوداني علي عثمان محمد طه وجون قرنق أمس في نيروبي اتفاق السلام الشامل.",
     (TAHA, "person:john-garang")),
    ("استقبل الرئيس عبد الفتاح السيسي، أمس، النائب الأول للرئيس السوداني علي عثمان طه.", (SISI, TAHA)),
    ("التقى وزير الخارجية سامح شكري، اليوم، المبعوث الخاص للرئيس السوداني علي كرتي.",
     (SHOUKRY, KARTI)),
])
def test_the_sudanese_presidents_officer_after_lil(shipped, text, pair):
    pairs = _met(shipped, text, "ar")
    assert _pair(*pair) in pairs
    assert not any("al-sudani" in p for pr in pairs for p in pr)
