"""Session 38, Arabic MET_WITH recall (topic meetar): sentence shapes the rules missed, with
sentences written for these tests (other people, places and word orders)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract_support import MW, assert_relations

# ---- "التقى X A، <purpose / aside / place>، ثم B": X met B too (meeting_then_far_ar) ---------
THEN_FAR = [
    # a purpose phrase between the first object and ثم
    ("والتقى وزير الخارجية العراقي فؤاد حسين رئيس البرلمان محمد الحلبوسي، لبحث ملف "
     "الموازنة العامة، ثم رئيس الإقليم نيجيرفان بارزاني.",
     [MW("person:fuad-hussein", "person:mohammed-al-halbousi"),
      MW("person:fuad-hussein", "person:nechirvan-barzani")],
     [MW("person:mohammed-al-halbousi", "person:nechirvan-barzani")]),
    # "ثم مع" and a long title naming a ministry
    ("وبحث وزير الخارجية الأردني أيمن الصفدي مع نظيره المصري بدر عبد العاطي، ثم مع وزير الدولة "
     "بوزارة الخارجية القطرية محمد الخليفي.",
     [MW("person:ayman-safadi", "person:mohammed-al-khulaifi")], []),
    # an aside on the subject pushes the first object far from the verb
    ("والتقى فؤاد حسين، وهو نائب رئيس الوزراء ووزير الخارجية في الحكومة العراقية، زعيمَ تيار "
     "الحكمة عمار الحكيم ثم رئيسَ البرلمان محمد الحلبوسي.",
     [MW("person:fuad-hussein", "person:ammar-al-hakim"),
      MW("person:fuad-hussein", "person:mohammed-al-halbousi")], []),
]

THEN_FAR_NOT = [
    # ثم opens a clause of its own with a verb: its subject is the one named after it
    ("والتقى وزير الخارجية العراقي فؤاد حسين رئيس البرلمان محمد الحلبوسي، لبحث ملف الموازنة، "
     "ثم غادر رئيس الإقليم نيجيرفان بارزاني إلى أربيل.",
     [MW("person:fuad-hussein", "person:nechirvan-barzani")]),
    # a negated meeting before ثم
    ("ولم يلتق وزير الخارجية العراقي فؤاد حسين رئيس البرلمان محمد الحلبوسي، لبحث ملف "
     "الموازنة، ثم رئيس الإقليم نيجيرفان بارزاني.",
     [MW("person:fuad-hussein", "person:nechirvan-barzani")]),
    # a sentence stop between the meeting and ثم
    ("والتقى وزير الخارجية العراقي فؤاد حسين رئيس البرلمان محمد الحلبوسي. ثم رئيس الإقليم "
     "نيجيرفان بارزاني تحدث إلى الصحفيين.",
     [MW("person:fuad-hussein", "person:nechirvan-barzani")]),
]


@pytest.mark.parametrize(("text", "must", "must_not"), THEN_FAR)
def test_then_far(ex: Any, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang="ar"), text[:50], must, must_not)


@pytest.mark.parametrize(("text", "must_not"), THEN_FAR_NOT)
def test_then_far_negative(ex: Any, text: str, must_not: list) -> None:
    assert_relations(ex.extract(text, lang="ar"), text[:50], [], must_not)


# ---- "... وفد برئاسة A ... B. وضم الوفد C": C met A and B (meeting_delegation_member_ar) ---
DELEGATION_MEMBER = [
    # the member named in the sentence after the delegation's meeting
    ("التقى وفد من حركة الجهاد الإسلامي برئاسة الأمين العام زياد النخالة، مساء الأحد في "
     "القاهرة، رئيس جهاز المخابرات العامة المصرية اللواء حسن رشاد.\nوضمّ الوفد نائب الأمين "
     "العام محمد الهندي.",
     [MW("person:hassan-rashad", "person:mohammed-al-hindi"),
      MW("person:mohammed-al-hindi", "person:ziyad-al-nakhalah")], []),
    # in the meeting's own sentence, after a comma
    ("واستقبل رئيس الوزراء العراقي محمد شياع السوداني وفداً كردياً برئاسة فاضل ميراني، وضم "
     "الوفد القيادي هوشيار زيباري.",
     [MW("person:hoshyar-zebari", "person:mohammed-shia-al-sudani"),
      MW("person:fazil-mirani", "person:hoshyar-zebari")], []),
]

DELEGATION_MEMBER_NOT = [
    # the delegation met nobody: the member met no one either
    ("وصل إلى القاهرة وفد من حركة الجهاد الإسلامي برئاسة الأمين العام زياد النخالة، ولم يلتق "
     "رئيس جهاز المخابرات العامة المصرية اللواء حسن رشاد.\nوضمّ الوفد نائب الأمين العام محمد "
     "الهندي.",
     [MW("person:hassan-rashad", "person:mohammed-al-hindi")]),
    # a delegation that will include him: no past "ضم"
    ("التقى وفد من حركة الجهاد الإسلامي برئاسة الأمين العام زياد النخالة، مساء الأحد في "
     "القاهرة، رئيس جهاز المخابرات العامة المصرية اللواء حسن رشاد.\nوسيضم الوفد المقبل نائب "
     "الأمين العام محمد الهندي.",
     [MW("person:hassan-rashad", "person:mohammed-al-hindi")]),
]


@pytest.mark.parametrize(("text", "must", "must_not"), DELEGATION_MEMBER)
def test_delegation_member(ex: Any, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang="ar"), text[:50], must, must_not)


@pytest.mark.parametrize(("text", "must_not"), DELEGATION_MEMBER_NOT)
def test_delegation_member_negative(ex: Any, text: str, must_not: list) -> None:
    assert_relations(ex.extract(text, lang="ar"), text[:50], [], must_not)


# ---- "أدى <long title> X اليمين أمام <title, rank, honorific> Y" (meeting_oath_ar) ---------
OATH_TITLED = [
    ("أدى محافظ البنك المركزي الجديد علي العلاق، أمس، اليمين القانونية أمام رئيس الجمهورية "
     "العماد ميشال عون في قصر بعبدا، بحضور رئيس الحكومة نجيب ميقاتي.",
     [MW("person:ali-mohsen-al-alaq", "person:michel-aoun"),
      MW("person:michel-aoun", "person:najib-mikati")], []),
    ("أدى الأستاذ أحمد عوض بن مبارك، اليوم، اليمين الدستورية رئيساً لمجلس الوزراء أمام فخامة "
     "الرئيس الدكتور رشاد محمد العليمي، رئيس مجلس القيادة الرئاسي.",
     [MW("person:ahmed-awad-bin-mubarak", "person:rashad-al-alimi")], []),
]

OATH_TITLED_NOT = [
    # an oath before a body, a person named later in a relative clause
    ("أدى محافظ البنك المركزي الجديد علي العلاق، أمس، اليمين القانونية أمام البرلمان الذي "
     "يرأسه محمد الحلبوسي.",
     [MW("person:ali-mohsen-al-alaq", "person:mohammed-al-halbousi")]),
    # a planned oath
    ("ومن المقرر أن يؤدي محافظ البنك المركزي الجديد علي العلاق اليمين القانونية أمام رئيس "
     "الجمهورية العماد ميشال عون.",
     [MW("person:ali-mohsen-al-alaq", "person:michel-aoun")]),
]


@pytest.mark.parametrize(("text", "must", "must_not"), OATH_TITLED)
def test_oath_titled(ex: Any, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang="ar"), text[:50], must, must_not)


@pytest.mark.parametrize(("text", "must_not"), OATH_TITLED_NOT)
def test_oath_titled_negative(ex: Any, text: str, must_not: list) -> None:
    assert_relations(ex.extract(text, lang="ar"), text[:50], [], must_not)


# ---- "استقبل S وزيري خارجية فرنسا A وألمانيا B": one party of two (meeting_dual_title_ar) ----
# (s43-gulfw: Tajani and Albares are in the gazetteer now; the Arabic reads as their ids)
DUAL_TITLE = [
    ("وكان الرئيس اللبناني جوزاف عون قد استقبل في قصر بعبدا وزيري خارجية إيطاليا أنطونيو "
     "تاياني وإسبانيا خوسيه مانويل ألباريس في زيارة مشتركة.",
     [MW("person:antonio-tajani", "person:joseph-aoun"),
      MW("person:joseph-aoun", "person:jose-manuel-albares"),
      MW("person:antonio-tajani", "person:jose-manuel-albares")], []),
    ("واستقبل الرئيس السوري أحمد الشرع، في قصر الشعب، وزيري الخارجية الإيطالي أنطونيو تاياني "
     "والإسباني خوسيه مانويل ألباريس.",
     [MW("person:antonio-tajani", "person:jose-manuel-albares")], []),
]

DUAL_TITLE_NOT = [
    # a planned visit of the two ministers
    ("ومن المقرر أن يستقبل الرئيس اللبناني جوزاف عون وزيري خارجية إيطاليا أنطونيو تاياني "
     "وإسبانيا خوسيه مانويل ألباريس الأسبوع المقبل.",
     [MW("person:antonio-tajani", "person:jose-manuel-albares"),
      MW("person:antonio-tajani", "person:joseph-aoun")]),
    # no meeting: the two ministers only issued a statement
    ("وأصدر وزيرا خارجية إيطاليا أنطونيو تاياني وإسبانيا خوسيه مانويل ألباريس بياناً مشتركاً "
     "بشأن لبنان.",
     [MW("person:antonio-tajani", "person:jose-manuel-albares")]),
]


@pytest.mark.parametrize(("text", "must", "must_not"), DUAL_TITLE)
def test_dual_title(ex: Any, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang="ar"), text[:50], must, must_not)


@pytest.mark.parametrize(("text", "must_not"), DUAL_TITLE_NOT)
def test_dual_title_negative(ex: Any, text: str, must_not: list) -> None:
    assert_relations(ex.extract(text, lang="ar"), text[:50], [], must_not)


def test_dual_title_accusative_singular(ex: Any) -> None:
    """"سفيرا لطهران" is one ambassador (the accusative), not two: no pair of the names after."""
    text = ("والتقى وزير الخارجية العراقي فؤاد حسين، الذي عيّن محمد كاظم آل صادق سفيرا لطهران "
            "في بغداد، رئيس البرلمان محمود المشهداني ورئيس الوزراء محمد شياع السوداني.")
    assert_relations(ex.extract(text, lang="ar"), text[:50], [],
                     [MW("person:mahmoud-al-mashhadani", "person:mohammed-shia-al-sudani")])
