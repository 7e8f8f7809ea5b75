"""Session 41, Arabic MET_WITH recall (topic meetar): sentence shapes the rules missed, with
sentences written for these tests (other people, places and word orders)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract_support import MW, assert_relations

# ---- "بحضور المتحدث باسم <body> [rank] Y": the spokesman's title is Y's, not a description of a
# spokesman named before (title_stacked_ar._spokesman_before) ----------------------------------
SPOKESMAN = [
    # another spokesman named in the previous sentence; the body and a rank before the name
    ("وصرح المتحدث باسم الحكومة باسم العوادي بأن الزيارة ناجحة. واستقبل رئيس الوزراء محمد "
     "شياع السوداني وزير الدفاع ثابت العباسي، بحضور الناطق باسم القائد العام للقوات المسلحة "
     "اللواء صباح النعمان.",
     [MW("person:mohammed-shia-al-sudani", "person:sabah-al-numan"),
      MW("person:thabet-al-abbasi", "person:sabah-al-numan")],
     [MW("person:mohammed-shia-al-sudani", "person:basim-al-awadi")]),
    # "المتحدث الرسمي باسم <ministry> Y", a minister named before
    ("قال عباس عراقجي إن المحادثات مستمرة. والتقى الرئيس السوري أحمد الشرع وزير الخارجية "
     "التركي هاكان فيدان، بحضور المتحدث الرسمي باسم الخارجية الإيرانية إسماعيل بقائي.",
     [MW("person:ahmed-al-sharaa", "person:esmaeil-baghaei")],
     [MW("person:ahmed-al-sharaa", "person:abbas-araghchi")]),
]

SPOKESMAN_NOT = [
    # no name after the body: the description stays the spokesman named before
    ("وصرح المتحدث باسم الحكومة باسم العوادي بأن الزيارة ناجحة. واستقبل رئيس الوزراء محمد "
     "شياع السوداني المتحدث باسم الحكومة، وقال إن اللواء صباح النعمان سيحضر.",
     [MW("person:basim-al-awadi", "person:mohammed-shia-al-sudani")],
     [MW("person:mohammed-shia-al-sudani", "person:sabah-al-numan")]),
    # the body inside the description, then the object's own title and name: two people
    ("وصرح المتحدث باسم الحكومة باسم العوادي بأن الزيارة ناجحة. والتقى المتحدث باسم "
     "الحكومة وزير الدفاع ثابت العباسي.",
     [MW("person:basim-al-awadi", "person:thabet-al-abbasi")], []),
]


@pytest.mark.parametrize(("text", "must", "must_not"), SPOKESMAN + SPOKESMAN_NOT)
def test_spokesman_title(ex: Any, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang="ar"), text[:50], must, must_not)


def test_spokesman_title_cut(ex: Any) -> None:
    """A text that ends right after "المتحدث باسم" or "الناطق الرسمي" gives no error."""
    ex.extract("قال باسم العوادي إن الزيارة ناجحة. وحضر اللقاء المتحدث باسم", lang="ar")
    ex.extract("قال باسم العوادي إن الزيارة ناجحة. وحضر اللقاء الناطق الرسمي", lang="ar")


# ---- "<office> <its complement> <rank> Y": one person, the office is Y's, not a description of
# someone named before (title_stacked_ar._rank_before) -------------------------------------
RANK = [
    # the same office named before for another holder
    ("وكان وزير الدفاع موريس سليم قد غادر منصبه. واستقبل الرئيس جوزاف عون في بعبدا وزير "
     "الدفاع الوطني اللواء ميشال منسى.",
     [MW("person:joseph-aoun", "person:michel-menassa")],
     [MW("person:joseph-aoun", "person:muris-salim")]),
    # a subject office with its body in a "التابعة لـ" phrase, then a rank
    ("وأحيا الحشد ذكرى قائد قوة القدس السابق قاسم سليماني. واستقبل قائد قوة القدس التابعة "
     "لحرس الثورة الإسلامية العميد إسماعيل قاآني في طهران رئيس هيئة الحشد الشعبي فالح الفياض.",
     [MW("person:esmail-qaani", "person:falih-al-fayyadh")],
     [MW("organization:irgc", "person:qasem-soleimani")]),
    # guard (passes on main too): a nationality description, then another office before the
    # rank: two people, the subject and the object
    ("وصل المبعوث الأميركي آموس هوكشتاين إلى بيروت. والتقى الموفد الأميركي قائد الجيش العماد "
     "رودولف هيكل في اليرزة.",
     [MW("person:amos-hochstein", "person:rodolphe-haykal")], []),
]

RANK_NOT = [
    # a comma and a clause between the office and the rank: no title of the named man
    ("وكان وزير الدفاع موريس سليم قد غادر منصبه. واستقبل الرئيس جوزاف عون الموفدة الأميركية، "
     "ثم وزير الدفاع الوطني، وقال إن اللواء ميشال منسى سيزور واشنطن.",
     [MW("person:joseph-aoun", "person:michel-menassa")]),
]


@pytest.mark.parametrize(("text", "must", "must_not"), RANK)
def test_rank_title(ex: Any, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang="ar"), text[:50], must, must_not)


@pytest.mark.parametrize(("text", "must_not"), RANK_NOT)
def test_rank_title_negative(ex: Any, text: str, must_not: list) -> None:
    assert_relations(ex.extract(text, lang="ar"), text[:50], [], must_not)


def test_rank_title_cut(ex: Any) -> None:
    """A text that ends right after the rank, or after the office's complement, gives no
    error."""
    ex.extract("قال موريس سليم إن الوضع مستقر. واستقبل عون وزير الدفاع الوطني اللواء", lang="ar")
    ex.extract("قال موريس سليم إن الوضع مستقر. واستقبل عون وزير الدفاع الوطني", lang="ar")


# ---- "النائب الأول لـ<office> Y": the first deputy is Y, not someone named before
# (title_stacked_ar._deputy_before) -------------------------------------------------------
DEPUTY = [
    # the president named in the previous sentence; a date aside before the object
    ("ترأس الرئيس الإيراني إبراهيم رئيسي اجتماعاً للحكومة. واستقبل النائب الأول للرئيس محمد "
     "مخبر، الأحد، وزير الخارجية العراقي فؤاد حسين.",
     [MW("person:mohammad-mokhber", "person:fuad-hussein")],
     [MW("person:ebrahim-raisi", "person:mohammad-mokhber")]),
]

DEPUTY_NOT = [
    # a comma after the office: the deputy is not named there, Mokhber speaks in a new clause
    ("ترأس الرئيس الإيراني إبراهيم رئيسي اجتماعاً للحكومة. واستقبل النائب الأول للرئيس، "
     "الأحد، وزير الخارجية العراقي فؤاد حسين، وقال محمد مخبر إن الزيارة مهمة.",
     [MW("person:mohammad-mokhber", "person:fuad-hussein")]),
    # an envoy's principal is named after the office, not the envoy: no pair with him
    ("وصل الرئيس الأمريكي دونالد ترامب إلى الرياض. والتقى وزير الخارجية عباس عراقجي في مسقط "
     "المبعوث الخاص للرئيس الأمريكي دونالد ترامب ستيف ويتكوف.",
     [MW("person:abbas-araghchi", "person:donald-trump")]),
]


@pytest.mark.parametrize(("text", "must", "must_not"), DEPUTY)
def test_deputy_title(ex: Any, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang="ar"), text[:50], must, must_not)


@pytest.mark.parametrize(("text", "must_not"), DEPUTY_NOT)
def test_deputy_title_negative(ex: Any, text: str, must_not: list) -> None:
    assert_relations(ex.extract(text, lang="ar"), text[:50], [], must_not)


def test_deputy_title_cut(ex: Any) -> None:
    """A text that ends right after "النائب الأول" or its office gives no error."""
    ex.extract("ترأس إبراهيم رئيسي اجتماعاً. واستقبل النائب الأول", lang="ar")
    ex.extract("ترأس إبراهيم رئيسي اجتماعاً. واستقبل النائب الأول للرئيس", lang="ar")
