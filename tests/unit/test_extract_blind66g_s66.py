"""Session 66 (blind66g): fixes after the first contact of blind set PE-PF (Iraqi Kurdistan and its
neighbours 2005-2024, written blind: the Barzanis, the Talabanis and the PUK, the presidents of Iraq,
Turkish and Iranian strikes and envoys in Erbil and Baghdad), each read in several paraphrases of other
outlets, people and clitics.

- Meetings, both languages: condolences offered in person to a named person are a meeting
  (``meeting_condolences``): "X offered / extended / conveyed his condolences to Y (and Z)",
  «قدم X التعازي لـY»، «ووصل X إلى منزل الراحل، حيث قدم التعازي لعقيلته Y والنائب الأول Z»،
  «وقدّم تعازيه إلى Y»: X met each receiver. Not condolences phoned, cabled or sent in a message
  (a call in a "while" clause of its own does not count), not "to the family of X" / «لعائلة
  الراحل X» (X is the dead), not a negated offer.
"""

import pytest

from tests.extract_support import met_sorted as _met
from tests.extract_support import sorted_pair as _pair

MASOUD, HERO, KOSRAT = "person:masoud-barzani", "person:hero-ibrahim-ahmed", "person:kosrat-rasul"
ABADI, QUBAD, SALIH, BAFEL = ("person:haider-al-abadi", "person:qubad-talabani", "person:barham-salih",
                              "person:bafel-talabani")
JALAL, CAVUSOGLU, NECHIRVAN = "person:jalal-talabani", "person:mevlut-cavusoglu", "person:nechirvan-barzani"
ZARIF, TAMIM = "person:mohammad-javad-zarif", "person:tamim-bin-hamad-al-thani"


# --- condolences offered in person --------------------------------------------------------------

@pytest.mark.parametrize("text, visitor, receivers", [
    ("ووصل رئيس إقليم كوردستان مسعود بارزاني إلى منزل الراحل في منطقة دباشان، حيث قدم التعازي لعقيلته "
     "هيرو إبراهيم أحمد والنائب الأول للأمين العام كوسرت رسول علي.", MASOUD, [HERO, KOSRAT]),
    ("قدم رئيس إقليم كوردستان مسعود بارزاني التعازي لعقيلة الراحل هيرو إبراهيم أحمد في منزلها "
     "بالسليمانية.", MASOUD, [HERO]),
    ("وزار رئيس الوزراء حيدر العبادي منزل الراحل، وقدم التعازي لنجله قباد طالباني.", ABADI, [QUBAD]),
    ("زار رئيس الجمهورية برهم صالح مجلس العزاء في السليمانية، وقدّم تعازيه إلى بافل طالباني.",
     SALIH, [BAFEL]),
    ("ونقل وزير الخارجية الإيراني محمد جواد ظريف تعازي بلاده إلى نيجيرفان بارزاني في أربيل.",
     ZARIF, [NECHIRVAN]),
])
def test_condolences_offered_in_person_ar(shipped, text, visitor, receivers):
    met = _met(shipped, text, "ar")
    for r in receivers:
        assert _pair(visitor, r) in met


@pytest.mark.parametrize("text, visitor, receivers", [
    ("Masoud Barzani offered his condolences to Hero Ibrahim Ahmed and Kosrat Rasul at the family home "
     "in Sulaymaniyah.", MASOUD, [HERO, KOSRAT]),
    ("Qatar's Emir Sheikh Tamim bin Hamad Al Thani travelled to Erbil and offered his condolences to "
     "Nechirvan Barzani in person, while Iranian Foreign Minister Javad Zarif called him by telephone.",
     TAMIM, [NECHIRVAN]),
    ("Turkish Foreign Minister Mevlut Cavusoglu conveyed his condolences to Iraqi President Barham Salih "
     "at the presidential palace.", CAVUSOGLU, [SALIH]),
    ("Iraqi President Barham Salih extended his personal condolences to Bafel Talabani at the mourning "
     "ceremony in Sulaymaniyah on Friday.", SALIH, [BAFEL]),
])
def test_condolences_offered_in_person_en(shipped, text, visitor, receivers):
    met = _met(shipped, text, "en")
    for r in receivers:
        assert _pair(visitor, r) in met


@pytest.mark.parametrize("text, lang, a, b", [
    ("وقدم رئيس الجمهورية برهم صالح التعازي لعائلة الراحل جلال طالباني.", "ar", SALIH, JALAL),
    ("وأجرى رئيس الجمهورية برهم صالح اتصالاً هاتفياً قدم خلاله التعازي لبافل طالباني.", "ar", SALIH, BAFEL),
    ("وبعث رئيس الجمهورية برهم صالح برقية قدم فيها التعازي إلى بافل طالباني.", "ar", SALIH, BAFEL),
    ("Barham Salih extended his condolences to the family of Jalal Talabani.", "en", SALIH, JALAL),
    ("Barham Salih offered condolences to Bafel Talabani in a phone call on Friday.", "en", SALIH, BAFEL),
    ("Turkish Foreign Minister Mevlut Cavusoglu sent a message offering condolences to Bafel Talabani.",
     "en", CAVUSOGLU, BAFEL),
    ("Barham Salih did not offer his condolences to Bafel Talabani.", "en", SALIH, BAFEL),
])
def test_condolences_not_in_person_are_no_meeting(shipped, text, lang, a, b):
    assert _pair(a, b) not in _met(shipped, text, lang)


# --- the PKK as Turkish and Arab outlets write it in Arabic ----------------------------------------

PKK = "organization:pkk"


@pytest.mark.parametrize("text", [
    "أعلنت وزارة الدفاع التركية تحييد 5 من عناصر تنظيم \"بي كا كا\" الإرهابي شمالي العراق.",
    "وبحث فيدان مع السوداني مكافحة تنظيم «بي كا كا» الإرهابي واستئناف تصدير النفط.",
    "وقالت مصادر أمنية إن الاستخبارات التركية حيدت قيادياً في تنظيم بي كي كي في السليمانية.",
    "وتتهم أنقرة حزب العمال الكردستاني (بي كي كي) بشن هجمات من جبال قنديل.",
])
def test_pkk_spelt_out_in_arabic_letters(rules_only, text):
    ids = {e["id"] for e in rules_only.extract(text, lang="ar")["entities"]}
    assert PKK in ids
    assert not any(i.startswith("organization:bi-") for i in ids)


# --- a receiver's title after «و», read alone as someone else, is the named receiver's ------------

_FUNERAL = ("شُيّع اليوم في مدينة السليمانية جثمان الرئيس العراقي السابق والأمين العام للاتحاد الوطني "
            "الكوردستاني جلال طالباني. ")


@pytest.mark.parametrize("text, visitor, receivers", [
    (_FUNERAL + "ووصل رئيس إقليم كوردستان مسعود بارزاني إلى منزل الراحل، حيث قدم التعازي لعقيلته هيرو "
     "إبراهيم أحمد والنائب الأول للأمين العام كوسرت رسول علي.", MASOUD, [HERO, KOSRAT]),
    (_FUNERAL + "وقدم رئيس الوزراء حيدر العبادي التعازي لنجله قباد طالباني والنائب الأول للأمين العام "
     "كوسرت رسول علي في منزل العائلة.", ABADI, [QUBAD, KOSRAT]),
    (_FUNERAL + "وزار رئيس الجمهورية برهم صالح منزل الراحل، وقدم تعازيه إلى هيرو إبراهيم أحمد والنائب "
     "الأول للأمين العام كوسرت رسول علي.", SALIH, [HERO, KOSRAT]),
])
def test_condolence_receivers_after_a_title_ar(shipped, text, visitor, receivers):
    met = _met(shipped, text, "ar")
    for r in receivers:
        assert _pair(visitor, r) in met
    assert _pair(visitor, JALAL) not in met


# --- "<agent> said on Tuesday it had struck Y, killing X" -----------------------------------------

IDF, CENTCOM, TRDM, IRGC, HEZ = ("organization:israel-defense-forces", "organization:us-central-command",
                                 "organization:turkish-defence-ministry", "organization:irgc",
                                 "organization:hezbollah")
DIZAYEE, SAADI, ISRAEL = "person:peshraw-dizayee", "person:abu-baqir-al-saadi", "country:israel"


def _killed_by(ex, text):
    return {(r["source"], r["target"]) for r in ex.extract(text, lang="en")["relations"]
            if r["type"] == "ASSASSINATED_BY"}


@pytest.mark.parametrize("text, victim, agent", [
    ("Iran's Revolutionary Guards said on Tuesday they had struck an Israeli base in Erbil with missiles, "
     "killing businessman Peshraw Dizayee.", DIZAYEE, IRGC),
    ("CENTCOM said on Wednesday that it had struck a vehicle in eastern Baghdad, killing Kataib Hezbollah "
     "commander Abu Baqir al-Saadi.", SAADI, CENTCOM),
    ("The Israel Defense Forces said in a statement on Monday that it had targeted a car near Erbil, "
     "killing businessman Peshraw Dizayee.", DIZAYEE, IDF),
    ("Turkey's defence ministry said on Friday it had hit a hideout in Sinjar, killing businessman "
     "Peshraw Dizayee.", DIZAYEE, TRDM),
])
def test_said_it_had_struck_killing(rules_only, text, victim, agent):
    assert (victim, agent) in _killed_by(rules_only, text)


@pytest.mark.parametrize("text, victim, not_agent", [
    ("Hezbollah said on Sunday that Israel had struck a car near Tyre, killing businessman Peshraw "
     "Dizayee.", DIZAYEE, HEZ),
    ("The Israel Defense Forces denied on Sunday it had struck a car near Erbil, killing businessman "
     "Peshraw Dizayee.", DIZAYEE, IDF),
    ("Iran's Revolutionary Guards said on Tuesday they had not struck the house in Erbil, killing "
     "businessman Peshraw Dizayee, as Kurdish officials claimed.", DIZAYEE, IRGC),
])
def test_said_it_had_struck_killing_not_the_speakers(rules_only, text, victim, not_agent):
    assert (victim, not_agent) not in _killed_by(rules_only, text)
