"""Session 56 (miss56): core pairs the extractors missed in the newest dev writers (NEWDEV),
read by construction with fresh sentences.

- Meetings, Arabic: "استقبل X Y (، بحضور Z). وضمّ الوفد الزائر A، وB": a visiting delegation
  with no head named -- its members met everyone of that one meeting
  (``meeting_delegation_member_ar._visiting_members``; not after two meetings, not a future
  "وسيضم", not the visitor's "الوفد المرافق"). Also a gazetteer entry for the French envoy
  Jean-François Guillaume (جان فرانسوا جيّوم, was read as "jiwem").
- Meetings, English: the active "A briefed Y (at his office) on ..." -- A met Y, Y's title
  (with an apposition, "the Chairman of the Sovereignty Council, Gen. Y") right after the verb
  (``meeting_briefed_en.briefed_active_en``). Not by phone, not negated, not "briefed
  reporters" or a body ("the Security Council"), not the passive "Y was briefed on ..." with
  A only the source of a quote.
- Successions, English (guards only: the start code already reads these): "K named X to
  replace him" -- "him" is the person before the appointer K ("the strike that killed Y, K
  named X": Y, not K; "K dismissed Y ..., and named X": Y); not wanted, negated, hoped for.
"""

import pytest

from tests.extract_support import met_sorted as _met
from tests.extract_support import relation_pairs as _rels
from tests.extract_support import sorted_pair as _pair

HUSSEIN, SUDANI = "person:fuad-hussein", "person:mohammed-shia-al-sudani"
SAFADI, ABDULLAH = "person:ayman-safadi", "person:abdullah-ii"


@pytest.mark.parametrize("text", [
    "On his return from Tehran, Foreign Minister Fuad Hussein briefed Prime Minister Mohammed "
    "Shia al-Sudani on the results of the visit.",
    "Foreign Minister Fuad Hussein briefed the head of the Iraqi government, Prime Minister "
    "Mohammed Shia al-Sudani, at his office in Baghdad on the outcome of the talks.",
    "Foreign Minister Fuad Hussein later briefed Prime Minister Mohammed Shia al-Sudani on the "
    "water file, the ministry said.",
])
def test_the_active_briefed_is_a_meeting(shipped, text):
    assert _pair(HUSSEIN, SUDANI) in _met(shipped, text, "en")


def test_the_active_briefed_king(shipped):
    text = ("Jordanian Foreign Minister Ayman Safadi briefed King Abdullah II on Sunday on the "
            "outcome of his talks in Damascus, the Royal Court said.")
    assert _pair(SAFADI, ABDULLAH) in _met(shipped, text, "en")


@pytest.mark.parametrize("text", [
    "Foreign Minister Fuad Hussein briefed Prime Minister Mohammed Shia al-Sudani by phone on "
    "the results of his visit to Tehran.",
    "Foreign Minister Fuad Hussein did not brief Prime Minister Mohammed Shia al-Sudani on the "
    "talks.",
    "Prime Minister Mohammed Shia al-Sudani was briefed on Tuesday about the visit, Foreign "
    "Minister Fuad Hussein said.",
    "Foreign Minister Fuad Hussein briefed reporters in Baghdad on Prime Minister Mohammed Shia "
    "al-Sudani's plans.",
])
def test_no_meeting_from_briefed(shipped, text):
    assert _pair(HUSSEIN, SUDANI) not in _met(shipped, text, "en")


TAMIM, ARAGHCHI = "person:tamim-bin-hamad-al-thani", "person:abbas-araghchi"
RAVANCHI, GHARIB = "person:majid-takht-ravanchi", "person:kazem-gharibabadi"
SHARAA, BARROT = "person:ahmed-al-sharaa", "person:jean-noel-barrot"
GUILLAUME = "person:jean-francois-guillaume"
FIDAN, KALIN = "person:hakan-fidan", "person:ibrahim-kalin"


def test_visiting_delegation_members_met_the_host(shipped):
    text = ("استقبل أمير قطر الشيخ تميم بن حمد آل ثاني في الدوحة وزير الخارجية الإيراني عباس "
            "عراقجي. وضم الوفد الزائر نائب وزير الخارجية مجيد تخت روانجي، ومساعد الوزير كاظم "
            "غريب آبادي.")
    met = _met(shipped, text, "ar")
    for member in (RAVANCHI, GHARIB):
        assert _pair(member, TAMIM) in met
        assert _pair(member, ARAGHCHI) in met


def test_visiting_delegation_after_a_meeting_with_an_attendee(shipped):
    text = ("التقى الرئيس السوري أحمد الشرع في قصر الشعب وزير الخارجية الفرنسي جان نويل بارو، "
            "بحضور وزير الخارجية أسعد الشيباني. وضمّ الوفد الزائر المبعوث الفرنسي الخاص إلى "
            "سوريا جان فرانسوا جيّوم.")
    met = _met(shipped, text, "ar")
    assert _pair(GUILLAUME, SHARAA) in met
    assert _pair(GUILLAUME, BARROT) in met


@pytest.mark.parametrize("text", [
    # two meetings before: whose delegation it was is not said
    "استقبل رئيس الوزراء العراقي محمد شياع السوداني في بغداد وزير الخارجية التركي هاكان فيدان، "
    "فيما التقى الرئيس عبد اللطيف رشيد وزير الطاقة ألب أرسلان بيرقدار. وضم الوفد الزائر رئيس "
    "جهاز الاستخبارات إبراهيم قالن.",
    # a delegation still to come
    "استقبل رئيس الوزراء العراقي محمد شياع السوداني في بغداد وزير الخارجية التركي هاكان فيدان. "
    "وسيضم الوفد الزائر في الجولة المقبلة رئيس جهاز الاستخبارات إبراهيم قالن.",
])
def test_no_visiting_member_without_one_meeting(shipped, text):
    assert _pair(KALIN, SUDANI) not in _met(shipped, text, "ar")


def test_accompanying_delegation_is_not_the_visitors_meetings(shipped):
    text = ("وصل رئيس الوزراء العراقي محمد شياع السوداني إلى أنقرة، والتقى الرئيس التركي رجب طيب "
            "أردوغان. وضمّ الوفد المرافق وزير الخارجية فؤاد حسين.")
    assert _pair(HUSSEIN, SUDANI) not in _met(shipped, text, "ar")


NAIM, NASRALLAH = "person:naim-qassem", "person:hassan-nasrallah"
QAANI, SOLEIMANI, KHAMENEI = "person:esmail-qaani", "person:qasem-soleimani", "person:ali-khamenei"
KATZ, GALLANT, NETANYAHU = "person:israel-katz", "person:yoav-gallant", "person:benjamin-netanyahu"


@pytest.mark.parametrize("text,pair", [
    ("After Hassan Nasrallah was killed in an Israeli strike, the group named Naim Qassem to "
     "replace him.", (NAIM, NASRALLAH)),
    ("Within hours of the drone strike that killed Qasem Soleimani, Iran's supreme leader, Ali "
     "Khamenei, named Esmail Qaani to replace him at the head of the Quds Force.",
     (QAANI, SOLEIMANI)),
    ("Prime Minister Benjamin Netanyahu sacked Defence Minister Yoav Gallant late on Tuesday, "
     "citing a breakdown of trust, and named Israel Katz to replace him.", (KATZ, GALLANT)),
])
def test_named_x_to_replace_him(shipped, text, pair):
    rels = _rels(shipped, text, "SUCCESSOR_OF", "en")
    assert pair in rels
    assert not any(a == pair[0] and b in (KHAMENEI, NETANYAHU) for a, b in rels)


@pytest.mark.parametrize("text", [
    "Hezbollah confirmed the death of its leader Hassan Nasrallah. The group wants to name Naim "
    "Qassem to replace him.",
    "Hezbollah confirmed the death of its leader Hassan Nasrallah. The group did not name Naim "
    "Qassem to replace him.",
    "Hezbollah confirmed the death of its leader Hassan Nasrallah. Naim Qassem hopes to replace "
    "him.",
])
def test_no_successor_named_to_replace_him(shipped, text):
    assert (NAIM, NASRALLAH) not in _rels(shipped, text, "SUCCESSOR_OF", "en")
