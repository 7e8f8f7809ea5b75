"""Session 58 (seen58ar): Arabic constructions the session's first-round helpers saw and left.

- Successions: "became <office>" before a loss, «أصبح X أميراً لقطر عندما تنازل والده Y»,
  «صار X سلطاناً بعد وفاة Y», «X أصبح ولياً للعهد بعد إعفاء Y» (``succession_became_ar``, read
  by ``succession_rules_ar``); not «أصبح X غاضباً عندما زار والده Y» (no office), not «قد يصبح
  X ملكاً بعد وفاة والده» (a future), not «بعد أن التقى Y» (no loss).
- Successions: «تولى X الحكم بعد أن تنازل له والده Y» / «بعد أن توفي أخوه Y»: "بعد أن" + a
  loss verb reads like "عندما" + the verb (``succession_rules_ar``).
- Meetings: "his meeting with Y" in a sentence whose subject is dropped, the previous
  sentence's: «وصل X إلى بيروت. وأكد خلال لقائه مع Y ...», «وخلال لقائه مع Y، أكد ...»,
  «وتناول في لقاءاته مع Y وZ ...» (``meeting_his_meeting_dropped_ar``); not a future («وسيبحث
  خلال لقائه مع Y») or a wish («يتطلع إلى لقائه مع Y»).
- Killings: "neutralised" (حيّد): «أن قواته حيّدت القيادي في Z X» (``kill_groups_forces``),
  «حيّدت القوات الإسرائيلية القيادي في Z X» (``kill_neutralised_ar``), «أعلن الجيش الإسرائيلي
  تحييد القيادي في Z X» (``kill_claims``); not «حيّدت نفسها عن الصراع مع X», «حيّدت الخلافات
  مع X», «تحييد التهديد الذي شكله X».
- Names: ج for the g of "-oğlu" in one word only, «مولود جاويش أوجلو» (``gazetteer_fuzzy.
  _jim_as_g``); a Gulf chain with "العبد الله", «الشيخ عبد الله علي العبد الله الصباح» is
  one person with his family name (``arabic_name_span``); «أول مسؤول عربي يلتقي Y»: the
  adjective after an indefinite title is no lone name (Nabil Elaraby, Nadir Larbaoui), and
  the subject named before met Y (``title_holder_checks._no_lone_name``).
"""

import pytest

from tests.extract_support import entity_ids, relation_pairs
from tests.extract_support import met_sorted as _met
from tests.extract_support import sorted_pair as _pair

TAMIM, HAMAD = "person:tamim-bin-hamad-al-thani", "person:hamad-bin-khalifa-al-thani"
HAITHAM, QABOOS = "person:haitham-bin-tariq", "person:qaboos-bin-said"
ABDULLAH2, HUSSEIN = "person:abdullah-ii", "person:hussein-bin-talal"
MISHAL, NAWAF = "person:mishal-al-ahmad-al-jaber-al-sabah", "person:nawaf-al-ahmad-al-sabah"
MBS, MBN = "person:mohammed-bin-salman", "person:mohammed-bin-nayef"
MBZ, KHALIFA = "person:mohamed-bin-zayed", "person:khalifa-bin-zayed"
MIKATI, HARIRI = "person:najib-mikati", "person:saad-hariri"
FAISAL, AOUN = "person:faisal-bin-farhan", "person:joseph-aoun"
FIDAN, RASHID = "person:hakan-fidan", "person:abdul-latif-rashid"
SUDANI = "person:mohammed-shia-al-sudani"
DEIF, SHUKR = "person:mohammed-deif", "person:fuad-shukr"
KARAYILAN = "person:murat-karayilan"
IDF = "organization:israel-defense-forces"
CAVUSOGLU = "person:mevlut-cavusoglu"
SAFADI, SHARAA = "person:ayman-safadi", "person:ahmed-al-sharaa"


def _succ(ex, text):
    return relation_pairs(ex, text, "SUCCESSOR_OF", "ar")


def _killed(ex, text):
    return relation_pairs(ex, text, "ASSASSINATED_BY", "ar")


# --- "became <office> when / after the predecessor left" -------------------------------------

@pytest.mark.parametrize("text, pair", [
    ("أصبح الشيخ تميم بن حمد آل ثاني أميراً لقطر عندما تنازل والده الشيخ حمد بن خليفة آل "
     "ثاني عن الحكم عام 2013.", (TAMIM, HAMAD)),
    ("صار السلطان هيثم بن طارق سلطاناً لعُمان بعد وفاة السلطان قابوس بن سعيد.",
     (HAITHAM, QABOOS)),
    ("أصبح الملك عبد الله الثاني ملكاً للأردن عندما توفي والده الملك الحسين بن طلال عام 1999.",
     (ABDULLAH2, HUSSEIN)),
    ("أصبح الشيخ مشعل الأحمد الجابر الصباح أميراً للكويت بعد وفاة الشيخ نواف الأحمد الجابر "
     "الصباح.", (MISHAL, NAWAF)),
    ("الأمير محمد بن سلمان أصبح ولياً للعهد عام 2017 بعد إعفاء الأمير محمد بن نايف.",
     (MBS, MBN)),
])
def test_became_office_after_a_loss(shipped, text, pair):
    assert pair in _succ(shipped, text)


@pytest.mark.parametrize("text", [
    "أصبح الشيخ تميم غاضبا عندما زار والده الشيخ حمد بن خليفة الدوحة.",
    "قد يصبح محمد بن سلمان ملكاً بعد وفاة والده الملك سلمان.",
    "أصبح محمد بن زايد رئيساً للإمارات بعد أن التقى الشيخ خليفة بن زايد.",
    "أصبح نجيب ميقاتي رئيساً للوزراء بعد لقاء مع ميشال عون.",
])
def test_became_without_a_loss_is_no_succession(shipped, text):
    assert not _succ(shipped, text)


@pytest.mark.parametrize("text, pair", [
    ("تولى الشيخ تميم بن حمد الحكم بعد أن تنازل له والده الشيخ حمد بن خليفة آل ثاني عام 2013.",
     (TAMIM, HAMAD)),
    ("أصبح محمد بن زايد رئيساً للإمارات عام 2022 بعد أن توفي أخوه الشيخ خليفة بن زايد.",
     (MBZ, KHALIFA)),
    ("تولى نجيب ميقاتي رئاسة الحكومة بعد أن استقال سعد الحريري.", (MIKATI, HARIRI)),
])
def test_after_that_a_loss_verb(shipped, text, pair):
    assert pair in _succ(shipped, text)


# --- "his meeting with Y", the subject dropped ---------------------------------------------

@pytest.mark.parametrize("text, pair", [
    ("وصل وزير الخارجية السعودي فيصل بن فرحان إلى بيروت أمس. وأكد خلال لقائه مع الرئيس "
     "اللبناني جوزاف عون دعم المملكة.", (FAISAL, AOUN)),
    ("وصل وزير الخارجية السعودي فيصل بن فرحان إلى بيروت أمس. وخلال لقائه مع الرئيس اللبناني "
     "جوزاف عون، أكد دعم المملكة.", (FAISAL, AOUN)),
    ("وصل وزير الخارجية التركي هاكان فيدان إلى بغداد. وتناول في لقاءاته مع الرئيس عبد اللطيف "
     "رشيد ورئيس الوزراء محمد شياع السوداني ملف المياه.", (FIDAN, SUDANI)),
    ("وصل وزير الخارجية التركي هاكان فيدان إلى بغداد. وتناولت لقاءاته مع الرئيس عبد اللطيف "
     "رشيد ملف المياه.", (FIDAN, RASHID)),
])
def test_his_meeting_with_the_previous_subject(shipped, text, pair):
    assert _pair(*pair) in _met(shipped, text, "ar")


@pytest.mark.parametrize("text", [
    "وصل وزير الخارجية التركي هاكان فيدان إلى بغداد. وسيبحث خلال لقائه مع رئيس الوزراء محمد "
    "شياع السوداني ملف المياه.",
    "وصل وزير الخارجية التركي هاكان فيدان إلى بغداد. وقال إنه يتطلع إلى لقائه مع رئيس الوزراء "
    "محمد شياع السوداني.",
])
def test_his_meeting_not_held(shipped, text):
    assert _pair(FIDAN, SUDANI) not in _met(shipped, text, "ar")


# --- "neutralised" ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, pair", [
    ("قال الجيش الإسرائيلي إن قواته حيّدت القيادي في حماس محمد الضيف.", (DEIF, IDF)),
    ("حيّدت القوات الإسرائيلية القيادي في حماس محمد الضيف.", (DEIF, IDF)),
    ("أعلن الجيش الإسرائيلي تحييد القيادي في حزب الله فؤاد شكر.", (SHUKR, IDF)),
])
def test_neutralised_is_killed(shipped, text, pair):
    assert pair in _killed(shipped, text)


def test_neutralised_by_the_turkish_army(shipped):
    text = ("وحيّد الجيش التركي القيادي في حزب العمال الكردستاني مراد قريلان في غارة شمال "
            "العراق.")
    assert any(v == KARAYILAN for v, _a in _killed(shipped, text))


@pytest.mark.parametrize("text", [
    "أعلن الجيش الإسرائيلي أن قواته حيّدت الخلافات مع حزب الله.",
    "قالت الحكومة السورية إن قواتها حيّدت نفسها عن الخلاف مع الرئيس أحمد الشرع.",
    "حيّدت مصر نفسها عن الصراع بين الرئيس عبد الفتاح السيسي ونتنياهو.",
    "حيّدت القوات الإسرائيلية الخلافات مع القيادي في حماس محمد الضيف.",
    "أعلن الجيش الإسرائيلي تحييد التهديد الذي شكله القيادي في حماس محمد الضيف.",
])
def test_kept_neutral_is_no_killing(shipped, text):
    assert not _killed(shipped, text)


# --- names -----------------------------------------------------------------------------------

def test_oglu_with_jim_in_one_word(shipped):
    text = "قال وزير الخارجية التركي مولود جاويش أوجلو إن بلاده تدعم الحوار."
    assert CAVUSOGLU in entity_ids(shipped, text, "ar")


def test_gulf_chain_with_al_abdullah(shipped):
    ids = entity_ids(shipped, "استقبل سمو الشيخ عبد الله علي العبد الله الصباح السفير الأمريكي.",
                     "ar")
    assert "person:abdullah-abdullah" not in ids
    assert any(i.startswith("person:abdullah-ali-") and i.endswith("-al-sabah") for i in ids)


@pytest.mark.parametrize("text", [
    "وصل وزير الخارجية الأردني أيمن الصفدي إلى دمشق، ليصبح أول مسؤول عربي يلتقي أحمد الشرع.",
    "زار وزير الخارجية الأردني أيمن الصفدي دمشق، وهو أول مسؤول عربي يلتقي أحمد الشرع.",
])
def test_an_arab_official_is_no_person(shipped, text):
    assert _met(shipped, text, "ar") == {_pair(SAFADI, SHARAA)}


def test_an_arab_official_with_a_wish_is_no_meeting(rules_only):
    text = ("قال وزير الخارجية الأردني أيمن الصفدي إنه يأمل أن يكون أول مسؤول عربي يلتقي أحمد "
            "الشرع.")
    assert not _met(rules_only, text, "ar")
