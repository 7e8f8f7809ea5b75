"""Session 67 (seen67): session 66's "seen, not fixed" names and constructions, each read in
several paraphrases of other outlets, people and word orders.

- Names: a kunya name whose last word is a nationality nisba ("Abu Ayyub al-Masri", «أبو أيوب
  المصري») gives that word alone no spelling-tolerant key in either script
  (``gazetteer_spelling.kunya_nationality``, read by ``gazetteer.Gazetteer._index``): the by-name
  of many men, so «الرئيس المصري», "وفد مصري" name none of them. With that guard the gazetteer
  knows Abu Ayyub al-Masri, al-Qaeda in Iraq's leader after Zarqawi, also under his alias Abu
  Hamza al-Muhajir («أبو حمزة المهاجر»); his lone nisbas are ambiguous (matched once he is named).
- Killings, English: the strike verb more than 14 tokens before ", killing X", past the place and
  time adjuncts of its clause ("An Israeli drone struck a car on the ... road near ... in southern
  Lebanon on Tuesday, killing X"): X by the strike's agent (``strike_far_en.far_strike_verb``,
  read by ``wire_kill_rules.strike_agent_before``); not over another clause ("and Hamas fired
  ...", "where X was meeting ...", "which was carrying ..."), nor a denied strike. (The Arabic
  «شنت ... غارة ...، ما أدى إلى مقتل X» was read already.)
- Names, English: the two-word Hijri months are dates, not people: "on 12 Rabi al-Awwal", "Rabi
  al-Thani 3", "Dhu al-Hijja 9", "Dhul-Hijjah", and the tail after a stop-word head ("Jumada
  Al-Akhirah": no "al-akhirah") (``hijri_months.hijri_month_en``, read by ``bodies``; words in
  lexicon ``EN_HIJRI_MONTH_HEADS`` / ``_TAILS``); a man named Rabie keeps his name. The Arabic
  «ربيع الأول / جمادى الآخرة / ذو الحجة» gave no person already (cases kept as guards).
- Names, English: a named residence or resort before its lower-case head is a place ("at the
  Bocharov Ruchei residence", "the Mar-a-Lago resort"), not a person met (``bodies``
  ``_EN_LOWER_PLACE_HEADS``).
- Meetings, English: "them" after a hosting verb ("received / hosted / welcomed them") stands for
  the pair named before, in the sentence or the one before ("Kiir and Machar ..., when Prime
  Minister Hailemariam Dessalegn received them"): the host met each (``plural_refs._EN_HOST_V``,
  as "the two men" is read), when a person is the verb's subject right before it; not a
  negated, refused or expected reception, nor "X said crowds had welcomed them".
- Meetings, English: "together / along with A" after the other side past a place adjunct ("X
  received them / Y at the National Palace along with A"): A met both sides
  (``meeting_together_after._past_place``); "along with a letter / message from A" names no
  companion (``meeting_together_after._NOT_TITLE``, also right after the side).
- Names: Abu Bakr al-Baghdadi's full nom de guerre "Abu Bakr al-Baghdadi al-Husseini al-Qurashi"
  («أبو بكر البغدادي الحسيني القرشي») is his alias: no new person "Hosseini al-Qurashi"; the last
  of a kunya name's two nisbas (a tribe's, "al-Qurashi") gives no lone key either
  (``kunya_nationality``): "Qureshi" alone is neither he nor Abu Ibrahim al-Hashimi al-Qurashi.
- Names, English: "Presidential", "Royal", "High" before a title only qualify it ("the US Special
  Presidential Envoy for the Global Coalition ..., Brett McGurk"): no person "Special
  Presidential", and the envoy named after the title is the one met (``bodies
  ._EN_TITLE_PREFIXES``).
"""

import pytest

from tests.extract_support import relation_pairs

MASRI, ZARQAWI = "person:abu-ayyub-al-masri", "person:abu-musab-al-zarqawi"
SISI = "person:abdel-fattah-el-sisi"
KARAKI, DIZAYEE = "person:ali-karaki", "person:peshraw-dizayee"
SOLEIMANI, NASRALLAH = "person:qasem-soleimani", "person:hassan-nasrallah"
ISRAEL, IRAN, USA = "country:israel", "country:iran", "country:united-states"


def _ids(extractor, text: str, lang: str) -> set[str]:
    return {e["id"] for e in extractor.extract(text, lang=lang)["entities"]}


# --- Abu Ayyub al-Masri under his names; a nationality nisba alone names no kunya man ----------
@pytest.mark.parametrize(("text", "lang"), [
    ("BAGHDAD (AFP) - Al-Qaeda in Iraq has named a little-known militant, Abu Hamza al-Muhajir, "
     "to succeed its Jordanian leader Abu Musab al-Zarqawi, who was killed in a US air strike.", "en"),
    ("Within days, the group posted a statement online naming an Egyptian, Abu Hamza al-Muhajir, "
     "as its new leader, succeeding Abu Musab al-Zarqawi.", "en"),
    ("June 2006: Abu Musab al-Zarqawi killed by a US airstrike near Baqubah; Abu Ayyub al-Masri "
     "succeeded him as head of al-Qaeda in Iraq.", "en"),
    ("أعلن مجلس شورى المجاهدين في بيان تعيين أبو حمزة المهاجر أميراً جديداً خلفاً لأبي مصعب "
     "الزرقاوي.", "ar"),
    ("وخلف أبو أيوب المصري أبا مصعب الزرقاوي في قيادة تنظيم القاعدة في بلاد الرافدين عام 2006.", "ar"),
])
def test_masri_succeeds_zarqawi(shipped, text, lang):
    assert (MASRI, ZARQAWI) in relation_pairs(shipped, text, "SUCCESSOR_OF", lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("التقى وزير الخارجية الإيراني عباس عراقجي بالرئيس المصري في القاهرة.", "ar"),
    ("استقبل الرئيس المصري عبد الفتاح السيسي، اليوم، رئيس الوزراء الإثيوبي آبي أحمد.", "ar"),
    ("وصل وفد مصري برئاسة وزير الخارجية إلى بغداد، والتقى المصري نظيره العراقي.", "ar"),
    ("قال أبو الحسن المهاجر، المتحدث باسم التنظيم، إن القتال سيستمر.", "ar"),
    ("Islamic State spokesman Abu al-Hassan al-Muhajir said the fight would go on.", "en"),
    ("The Egyptian president met the Jordanian king; al-Masri, an aide, took notes.", "en"),
])
def test_lone_nisba_is_not_the_kunya_man(shipped, text, lang):
    assert MASRI not in _ids(shipped, text, lang)


def test_named_masri_then_his_nisba(shipped):
    text = ("Abu Ayyub al-Masri, the Egyptian who led al-Qaeda in Iraq, was killed near Tikrit in "
            "April 2010 in a joint US-Iraqi operation. Al-Masri had succeeded Abu Musab al-Zarqawi.")
    assert MASRI in _ids(shipped, text, "en")


# --- a strike verb far before ", killing X" ------------------------------------------------------
@pytest.mark.parametrize(("text", "pair"), [
    ("An Israeli drone struck a car on the Tyre-Naqoura coastal road near the town of Mansouri in "
     "southern Lebanon on Tuesday, killing Hezbollah commander Ali Karaki.", (KARAKI, ISRAEL)),
    ("Iran struck a building in Erbil, the capital of Iraq's semi-autonomous Kurdistan region, with "
     "ballistic missiles, killing Kurdish businessman Peshraw Dizayee.", (DIZAYEE, IRAN)),
    ("The United States struck a convoy on the road leading out of Baghdad International Airport "
     "early on Friday morning, killing Iranian commander Qassem Soleimani.", (SOLEIMANI, USA)),
    ("Israeli warplanes bombed an apartment on the third floor of a residential building in the "
     "Dahiyeh suburb of Beirut late on Friday, killing Hassan Nasrallah.", (NASRALLAH, ISRAEL)),
])
def test_far_strike_verb_killing(shipped, text, pair):
    assert pair in relation_pairs(shipped, text, "ASSASSINATED_BY", "en")


@pytest.mark.parametrize(("text", "pair"), [
    ("Israel struck targets across the Gaza Strip on Monday and Hamas fired dozens of rockets at "
     "towns in southern Israel overnight, killing Ismail Haniyeh.",
     ("person:ismail-haniyeh", ISRAEL)),
    ("Israel struck a building in the Dahiyeh suburb of Beirut where Hezbollah official Naim Qassem "
     "was meeting aides late on Friday, killing Hassan Nasrallah.", (NASRALLAH, ISRAEL)),
    ("Israel denied that it struck a car on the Tyre-Naqoura coastal road near the town of "
     "Mansouri in southern Lebanon on Tuesday, killing Ali Karaki.", (KARAKI, ISRAEL)),
    ("Israel struck a car on the coastal road near Tyre, which was carrying commanders of the group "
     "in southern Lebanon on Tuesday, killing Ali Karaki.", (KARAKI, ISRAEL)),
])
def test_far_strike_verb_not_over_another_clause(shipped, text, pair):
    assert pair not in relation_pairs(shipped, text, "ASSASSINATED_BY", "en")


# --- Hijri months and residences are no people ----------------------------------------------------
RAISI, ASSAD = "person:ebrahim-raisi", "person:bashar-al-assad"
PUTIN, ERDOGAN = "person:vladimir-putin", "person:recep-tayyip-erdogan"


def _people(extractor, text: str, lang: str) -> set[str]:
    return {i for i in _ids(extractor, text, lang) if i.startswith("person:")}


@pytest.mark.parametrize(("text", "lang", "people"), [
    ("Raisi met Assad in Damascus on 12 Rabi al-Awwal.", "en", {RAISI, ASSAD}),
    ("Raisi met Assad in Damascus on Rabi al-Thani 3.", "en", {RAISI, ASSAD}),
    ("On Dhu al-Hijja 9, Raisi met Assad in Damascus.", "en", {RAISI, ASSAD}),
    ("Raisi met Assad on 9 Dhul-Hijjah 1444.", "en", {RAISI, ASSAD}),
    ("The talks took place on 5 Jumada Al-Akhirah, when Raisi met Assad.", "en", {RAISI, ASSAD}),
    ("Riyadh, Rabi Al-Awwal 14, 1445, SPA -- Crown Prince Mohammed bin Salman received Raisi.",
     "en", {"person:mohammed-bin-salman", RAISI}),
    ("الرياض 14 ربيع الأول 1445 هـ الموافق 29 سبتمبر 2023 م واس استقبل ولي العهد الأمير محمد بن سلمان "
     "الرئيس الإيراني إبراهيم رئيسي.", "ar", {"person:mohammed-bin-salman", RAISI}),
    ("جدة 5 جمادى الآخرة 1436 هـ الموافق 25 مارس 2015 م واس التقى الملك سلمان الرئيس عبد ربه منصور هادي.",
     "ar", {"person:salman-bin-abdulaziz", "person:abdrabbuh-mansur-hadi"}),
])
def test_hijri_month_is_no_person(shipped, text, lang, people):
    assert _people(shipped, text, lang) == people


def test_a_man_named_rabie_stays(shipped):
    text = "Yemeni minister Rabie al-Hakimi met Raisi in Tehran."
    assert any("rabie" in i for i in _people(shipped, text, "en"))


@pytest.mark.parametrize("text", [
    "Putin met Erdogan at the Bocharov Ruchei residence in Sochi on Monday.",
    "Putin received Erdogan at his Bocharov Ruchei residence in Sochi.",
    "Erdogan and Putin met at the Bocharov Ruchei resort on the Black Sea coast.",
])
def test_residence_name_is_no_person(shipped, text):
    assert relation_pairs(shipped, text, "MET_WITH", "en") | {
        (b, a) for a, b in relation_pairs(shipped, text, "MET_WITH", "en")} == {
        (PUTIN, ERDOGAN), (ERDOGAN, PUTIN)}


# --- "X received them": the pair named before ----------------------------------------------------
HAILEMARIAM, KIIR, MACHAR = ("person:hailemariam-desalegn", "person:salva-kiir",
                             "person:riek-machar")
AOUN, ARAGHCHI, GHALIBAF = ("person:joseph-aoun", "person:abbas-araghchi",
                            "person:mohammad-bagher-ghalibaf")
RASHAD, HAYYA, JABARIN = "person:hassan-rashad", "person:khalil-al-hayya", "person:zaher-jabarin"


def _met(extractor, text: str) -> set[frozenset[str]]:
    return {frozenset(p) for p in relation_pairs(extractor, text, "MET_WITH", "en")}


@pytest.mark.parametrize(("text", "host", "guests"), [
    ("Kiir and Machar had last signed an agreement in Addis Ababa in May 2014, when then Prime "
     "Minister Hailemariam Dessalegn received them at the National Palace.",
     HAILEMARIAM, (KIIR, MACHAR)),
    ("Salva Kiir and Riek Machar arrived in Addis Ababa on Monday. Prime Minister Hailemariam "
     "Dessalegn received them at the National Palace.", HAILEMARIAM, (KIIR, MACHAR)),
    ("Abbas Araghchi and Mohammad Bagher Ghalibaf flew to Beirut, where President Joseph Aoun "
     "welcomed them at Baabda Palace.", AOUN, (ARAGHCHI, GHALIBAF)),
    ("Hamas leaders Khalil al-Hayya and Zaher Jabarin arrived in Cairo, and intelligence chief "
     "Hassan Rashad hosted them on Sunday.", RASHAD, (HAYYA, JABARIN)),
])
def test_host_received_them(shipped, text, host, guests):
    met = _met(shipped, text)
    assert {frozenset((host, g)) for g in guests} <= met


@pytest.mark.parametrize("text", [
    "Salva Kiir and Riek Machar arrived in Addis Ababa on Monday. Prime Minister Hailemariam "
    "Dessalegn did not receive them.",
    "Salva Kiir and Riek Machar arrived in Addis Ababa on Monday. Prime Minister Hailemariam "
    "Dessalegn is expected to receive them on Tuesday.",
    "Salva Kiir and Riek Machar arrived in Addis Ababa on Monday. Prime Minister Hailemariam "
    "Dessalegn said crowds had welcomed them at the airport.",
    "Salva Kiir and Riek Machar arrived in Addis Ababa on Monday. Prime Minister Hailemariam "
    "Dessalegn refused to receive them.",
])
def test_host_received_them_not(shipped, text):
    assert frozenset((HAILEMARIAM, MACHAR)) not in _met(shipped, text)


# --- "received Y at <place> along with A" ---------------------------------------------------------
BERRI, SUDANI, FUAD = "person:nabih-berri", "person:mohammed-shia-al-sudani", "person:fuad-hussein"
SEYOUM = "person:seyoum-mesfin"


@pytest.mark.parametrize(("text", "trio"), [
    ("Kiir and Machar had last signed an agreement in Addis Ababa in May 2014, when then Prime "
     "Minister Hailemariam Dessalegn received them at the National Palace along with IGAD's chief "
     "mediator Seyoum Mesfin.", (HAILEMARIAM, KIIR, SEYOUM)),
    ("President Joseph Aoun received Abbas Araghchi at Baabda Palace along with Speaker Nabih "
     "Berri.", (AOUN, ARAGHCHI, BERRI)),
    ("Sudani met Araghchi in Baghdad together with Fuad Hussein.", (SUDANI, ARAGHCHI, FUAD)),
])
def test_along_with_past_place(shipped, text, trio):
    a, b, c = trio
    assert {frozenset((a, b)), frozenset((a, c)), frozenset((b, c))} <= _met(shipped, text)


@pytest.mark.parametrize("text", [
    "President Joseph Aoun received Abbas Araghchi at Baabda Palace along with a letter from "
    "Speaker Nabih Berri.",
    "President Joseph Aoun received Abbas Araghchi along with a message from Speaker Nabih Berri.",
    "President Joseph Aoun did not receive Abbas Araghchi at Baabda Palace along with Speaker "
    "Nabih Berri.",
])
def test_along_with_not_a_companion(shipped, text):
    assert frozenset((AOUN, BERRI)) not in _met(shipped, text)


# --- Abu Bakr al-Baghdadi under his full nom de guerre ------------------------------------------
ABU_BAKR, ABU_OMAR = "person:abu-bakr-al-baghdadi", "person:abu-omar-al-baghdadi"


@pytest.mark.parametrize(("text", "lang"), [
    ("The Islamic State of Iraq has named Abu Bakr al Baghdadi al Husseini al Qurashi as its new "
     "emir, replacing Abu Omar al Baghdadi.", "en"),
    ("The group named Abu Bakr al-Baghdadi al-Husseini al-Qurashi as its new leader, succeeding "
     "Abu Omar al-Baghdadi.", "en"),
    ("أعلنت دولة العراق الإسلامية تعيين أبو بكر البغدادي الحسيني القرشي أميراً جديداً لها خلفاً "
     "لأبي عمر البغدادي.", "ar"),
])
def test_abu_bakr_full_kunya_name(shipped, text, lang):
    pairs = relation_pairs(shipped, text, "SUCCESSOR_OF", lang)
    assert (ABU_BAKR, ABU_OMAR) in pairs and all("qurashi" not in a for a, _ in pairs)


@pytest.mark.parametrize(("text", "lang"), [
    ("Pakistani Foreign Minister Qureshi met Taliban leaders in Kabul on Tuesday.", "en"),
    ("Qureshi, who flew in with ISI chief Faiz Hameed, met Mullah Baradar.", "en"),
    ("التقى وزير الخارجية الباكستاني القرشي قادة طالبان في كابل.", "ar"),
])
def test_lone_tribal_nisba_is_no_kunya_man(shipped, text, lang):
    ids = _ids(shipped, text, lang)
    assert ABU_BAKR not in ids and "person:abu-ibrahim-al-hashimi-al-qurashi" not in ids


# --- "Special Presidential Envoy": words of the title -------------------------------------------
MCGURK, KADHIMI = "person:brett-mcgurk", "person:mustafa-al-kadhimi"


@pytest.mark.parametrize(("text", "pair"), [
    ("Sudani met the US Special Presidential Envoy for the Global Coalition to Defeat ISIS, Brett "
     "McGurk, in Baghdad.", (SUDANI, MCGURK)),
    ("Kadhimi met the Special Presidential Envoy for the Global Coalition, Brett McGurk.",
     (KADHIMI, MCGURK)),
    ("Masoud Barzani received the Special Presidential Envoy Brett McGurk in Erbil on Thursday.",
     ("person:masoud-barzani", MCGURK)),
])
def test_special_presidential_envoy(shipped, text, pair):
    assert frozenset(pair) in _met(shipped, text)
    assert not any("presidential" in i for i in _people(shipped, text, "en"))


def test_special_presidential_envoy_not_met(shipped):
    text = ("Sudani did not meet the US Special Presidential Envoy for the Global Coalition, Brett "
            "McGurk, during the visit.")
    assert frozenset((SUDANI, MCGURK)) not in _met(shipped, text)
    assert not any("presidential" in i for i in _people(shipped, text, "en"))
