"""Session 23, second round (rel2ar): the Arabic relation step when the people are found.

A clause with no subject of its own after "خلفاً لـZ" / "بدلاً من Z" / "بـZ" carries the
sentence's subject, not the prepositional object Z just before it."""

from __future__ import annotations

import pytest

from tests.extract_support import MW, assert_relations

SUDANI = "person:mohammed-shia-al-sudani"
KADHIMI = "person:mustafa-al-kadhimi"
AMIR = "person:hossein-amir-abdollahian"
FUAD = "person:fuad-hussein"
SISI = "person:abdel-fattah-el-sisi"
ABDULLAH = "person:abdullah-ii"

CARRIED = [
    ("يونيو 2018: محمد شياع السوداني يتسلم منصبه خلفاً لمصطفى الكاظمي، ويستقبل عبداللهيان في بغداد.",
     [MW(SUDANI, AMIR)], [MW(KADHIMI, AMIR)]),
    ("تسلّم رئيس الوزراء العراقي محمد شياع السوداني مهامه بدلاً من مصطفى الكاظمي، والتقى وزير "
     "الخارجية الإيراني حسين أمير عبداللهيان في بغداد.",
     [MW(SUDANI, AMIR)], [MW(KADHIMI, AMIR)]),
    ("ديسمبر 2022: السوداني يتولى المنصب خلفاً للكاظمي ويلتقي فؤاد حسين في مكتبه.",
     [MW(SUDANI, FUAD)], [MW(KADHIMI, FUAD)]),
    # the object with a preposition is still met when the verb has an object of its own
    ("رحّب الرئيس المصري عبد الفتاح السيسي بالعاهل الأردني الملك عبد الله الثاني، واستقبل رئيس "
     "الوزراء العراقي محمد شياع السوداني.",
     [MW(SISI, SUDANI)], [MW(ABDULLAH, SUDANI)]),
    # a subject of its own after the verb: no carrying
    ("تولى محمد شياع السوداني المنصب خلفاً لمصطفى الكاظمي، واستقبله فؤاد حسين في مكتبه.",
     [], [MW(KADHIMI, FUAD)]),
]


@pytest.mark.parametrize("text,must,must_not", CARRIED)
def test_subject_not_prepositional_object_ar(ex, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang="ar"), text[:40], must, must_not)


# ---- "استقبل X Y برفقة Z": Z came with the guest Y and met the host X -----------------------
COMPANY = [
    ("استقبل الرئيس المصري عبد الفتاح السيسي العاهل الأردني الملك عبد الله الثاني برفقة رئيس "
     "الوزراء العراقي محمد شياع السوداني.",
     [MW(SISI, ABDULLAH), MW(SISI, SUDANI)], []),
    ("التقى وزير الخارجية العراقي فؤاد حسين وزير الخارجية الإيراني حسين أمير عبداللهيان برفقة "
     "رئيس الوزراء محمد شياع السوداني في طهران.",
     [MW(FUAD, AMIR), MW(FUAD, SUDANI)], []),
    # no meeting verb: a visit to a place, a call
    ("زار الرئيس المصري عبد الفتاح السيسي بغداد برفقة رئيس الوزراء العراقي محمد شياع السوداني.",
     [], [MW(SISI, SUDANI)]),
    ("اتصل الرئيس المصري عبد الفتاح السيسي بالعاهل الأردني الملك عبد الله الثاني برفقة محمد "
     "شياع السوداني.", [], [MW(SISI, SUDANI), MW(ABDULLAH, SUDANI)]),
]


@pytest.mark.parametrize("text,must,must_not", COMPANY)
def test_in_company_of_guest_ar(ex, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang="ar"), text[:40], must, must_not)


# ---- "ولم يلتقِ X Y، واجتمع به (بدلاً منه) Z": the pronoun's meeter is Z, not X -------------
SISI_E = "person:abdel-fattah-el-sisi"
MADBOULY = "person:mostafa-madbouly"
NOT_MET = [
    ("ولم يستقبل الرئيس المصري عبد الفتاح السيسي العاهل الأردني الملك عبد الله الثاني، واجتمع به "
     "بدلاً منه رئيس الوزراء مصطفى مدبولي.",
     [MW(ABDULLAH, MADBOULY)], [MW(SISI_E, ABDULLAH)]),
    # not negated: the subject met him
    ("وهنأ الرئيس المصري عبد الفتاح السيسي العاهل الأردني الملك عبد الله الثاني بعيد ميلاده، ثم "
     "التقاه في القاهرة.", [MW(SISI_E, ABDULLAH)], []),
]


@pytest.mark.parametrize("text,must,must_not", NOT_MET)
def test_not_met_then_him_ar(ex, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang="ar"), text[:40], must, must_not)


# ---- "والتقى في المطار A وB": a definite place takes no complement, A is met there ----------
AT_PLACE = [
    ("وصل وزير الخارجية الإيراني حسين أمير عبداللهيان إلى بغداد، والتقى في المطار رئيس الوزراء "
     "محمد شياع السوداني ووزير الخارجية فؤاد حسين.",
     [MW(AMIR, SUDANI), MW(AMIR, FUAD)], [MW(SUDANI, FUAD)]),
    ("وصل وزير الخارجية الإيراني حسين أمير عبداللهيان إلى بغداد، والتقى في القصر رئيس الوزراء "
     "محمد شياع السوداني.", [MW(AMIR, SUDANI)], []),
    # a place with a complement: "في مقر رئيس الوزراء X" says where, X is not met
    ("والتقى وزير الخارجية الإيراني حسين أمير عبداللهيان في مقر رئيس الوزراء محمد شياع السوداني "
     "وزير الخارجية فؤاد حسين.", [], [MW(AMIR, SUDANI)]),
]


@pytest.mark.parametrize("text,must,must_not", AT_PLACE)
def test_definite_place_then_object_ar(ex, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang="ar"), text[:40], must, must_not)


# ---- list members after "(Country)" and after "والبوركيني النقيب" -----------------------------
PUTIN = "person:vladimir-putin"
ERDOGAN = "person:recep-tayyip-erdogan"
RAISI = "person:ebrahim-raisi"
ASSAD = "person:bashar-al-assad"
RASHID = "person:abdul-latif-rashid"
MEMBERS = [
    ("استقبل الرئيس الروسي فلاديمير بوتين في موسكو الرئيسين رجب طيب أردوغان (تركيا) وإبراهيم "
     "رئيسي (إيران)، في قمة ثلاثية.", [MW(PUTIN, ERDOGAN), MW(PUTIN, RAISI)], []),
    ("استقبل الرئيس الإيراني إبراهيم رئيسي نظيريه السوري العقيد بشار الأسد والعراقي النقيب "
     "عبد اللطيف رشيد في طهران.", [MW(RAISI, ASSAD), MW(RAISI, RASHID)], []),
    # a bracket that is no country list: "X (الذي ...)" then a new clause
    ("التقى الرئيس التركي رجب طيب أردوغان (في أنقرة) وبعدها اتصل بالرئيس الروسي فلاديمير بوتين.",
     [], [MW(ERDOGAN, PUTIN)]),
]


@pytest.mark.parametrize("text,must,must_not", MEMBERS)
def test_list_members_ar(ex, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang="ar"), text[:40], must, must_not)


# ---- "، الذي سبق أن التقاه / الذي كان قد اجتمع به": auxiliaries before the relative's verb ----
REL_AUX = [
    ("أشاد الرئيس المصري عبد الفتاح السيسي بالعاهل الأردني الملك عبد الله الثاني، الذي سبق أن "
     "التقاه في القاهرة.", [MW(SISI_E, ABDULLAH)], []),
    ("أشاد الرئيس المصري عبد الفتاح السيسي بالعاهل الأردني الملك عبد الله الثاني، الذي سبق أن "
     "اجتمع به في القاهرة.", [MW(SISI_E, ABDULLAH)], []),
    ("اتصل الرئيس المصري عبد الفتاح السيسي بالعاهل الأردني الملك عبد الله الثاني، الذي كان قد "
     "التقاه في القاهرة.", [MW(SISI_E, ABDULLAH)], []),
    # a call or a meeting to come in the relative: none
    ("أشاد الرئيس المصري عبد الفتاح السيسي بالعاهل الأردني الملك عبد الله الثاني، الذي سبق أن "
     "اتصل به هاتفياً.", [], [MW(SISI_E, ABDULLAH)]),
    ("أشاد الرئيس المصري عبد الفتاح السيسي بالعاهل الأردني الملك عبد الله الثاني، الذي سيلتقيه "
     "الشهر المقبل.", [], [MW(SISI_E, ABDULLAH)]),
]


@pytest.mark.parametrize("text,must,must_not", REL_AUX)
def test_relative_auxiliaries_ar(ex, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang="ar"), text[:40], must, must_not)


# ---- "استقالت X، وعيّن K Y خلفاً لها": the feminine and و forms of leaving ----------------------
SO_ = ("SUCCESSOR_OF",)
BAERBOCK = "person:annalena-baerbock"
WADEPHUL = "person:johann-wadephul"
SHAMMARI = "person:abdul-amir-al-shammari"
GHANIMI = "person:othman-al-ghanimi"
LEFT = [
    ("استقالت وزيرة الخارجية الألمانية أنالينا بيربوك، وعيّن المستشار أولاف شولتس الوزير يوهان "
     "فاديفول خلفاً لها.", [SO_ + (WADEPHUL, BAERBOCK)], []),
    ("وبعد استقالة وزير الداخلية العراقي عثمان الغانمي، عيّن رئيس الوزراء محمد شياع السوداني عبد "
     "الأمير الشمري خلفاً له.", [SO_ + (SHAMMARI, GHANIMI)], []),
    # no one left: "خلفاً لها" has no antecedent here
    ("التقى وزير الخارجية الألماني يوهان فاديفول أنالينا بيربوك، وعيّن المستشار أولاف شولتس "
     "الوزير محمد شياع السوداني خلفاً لها.", [], [SO_ + (SUDANI, BAERBOCK)]),
]


@pytest.mark.parametrize("text,must,must_not", LEFT)
def test_left_feminine_ar(ex, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang="ar"), text[:40], must, must_not)
