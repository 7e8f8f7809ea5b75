"""Session 57 (seen57ar): Arabic failures the first-round helpers of the session saw and left.

- Killings: a dual or plural object pronoun of a killing verb opening its sentence ("وكان X وY
  في طريقهما ... . واغتالتهما الولايات المتحدة"، "وقد قتلتهم إسرائيل") stands for the previous
  sentence's subject and the persons joined to it by "و" (``pronoun_clause_ar
  .prev_subject_list_ar``); "وقد" / "ثم" / "في العام التالي" open such a clause as a time
  phrase does. A singular pronoun keeps only the subject.
- Meetings: "التقى خليفة نصر الله الشيخ نعيم قاسم وزير الخارجية Y" (the successor with a title
  of his own and no comma): the one met is Y, after the successor
  (``successor_owner.object_after_successor``); the owner is still never paired.
- Killings: "طالت يد إسرائيل X" / "امتدت (وصلت) يد Y إلى X": Y killed X (``kill_hand_ar``);
  "يد الاغتيال" names no agent, and "لم تطل يد Y X" gives nothing.
- Killings: «وقُتل الأخير في غارة إسرائيلية بعد أسابيع» / «واغتيل الأخير بغارة أمريكية», a
  sentence naming nobody: it is read now (``rules._REFER_BACK_KEYS`` holds «الأخير»), so the
  nationality adjective's country is the agent; with no strike named, nothing.
- Names: "القيادي يوسف محمود رباني قرب القامشلي": «قرب» (and the other words that end a
  name, ``arabic_name_words._AR_OBJECT_AFTER_NAME``) is no ordinary inner word before an al-
  family name (``arabic_name_span._inner_word``), so the name stops before it.
- Orders: "وافق X على (عملية / خطة) قتل Y" is read as "أمر X بقتل Y" and the English "X
  approved the killing of Y" are: the one who approved is an agent of the killing
  (``killing_nominal._ordered_kill_ar``); "وافق X على لقاء Y" and "لم يوافق" give nothing.
- Fact checks: a killing or meeting told after «زعم / ادعت / تداولت ... أن» whose next sentence
  corrects it («والصحيح أن X لم يُقتل»، «وهذا الادعاء غير صحيح»، «وهذا الخبر كاذب»، «الحكم:
  زائف») is no relation (``false_report_ar``, in ``modality.blocked`` and
  ``scorer_hedged.hedged``); «والصحيح أن» with no denial after it, or a claim confirmed after
  it, still reads.
- Names: «فان» written without hamza between a foreign given name and a family name ("السيناتور
  كريس فان هولين") is the Dutch van, not «فإن» (``arabic_name_span._van_joins``); «X فان
  الاجتماع» still ends the name. «كريس» (Chris) is a foreign given name
  (``foreign_given_names.yaml``), so "وفد من الكونغرس برئاسة كريس مورفي" names its head.
"""

import pytest

from tests.extract_support import met_sorted as _met
from tests.extract_support import relation_pairs as _rels
from tests.extract_support import sorted_pair as _pair

AB = "ASSASSINATED_BY"
SOLEIMANI, MUHANDIS = "person:qasem-soleimani", "person:abu-mahdi-al-muhandis"
HANIYEH, AROURI = "person:ismail-haniyeh", "person:saleh-al-arouri"
SINWAR, DEIF = "person:yahya-sinwar", "person:mohammed-deif"
US, ISRAEL = "country:united-states", "country:israel"
QASSEM, NASRALLAH = "person:naim-qassem", "person:hassan-nasrallah"
ARAGHCHI, BERRI = "person:abbas-araghchi", "person:nabih-berri"
MABHOUH, MOSSAD = "person:mahmoud-al-mabhouh", "organization:mossad"
SHUKR = "person:fuad-shukr"
ABBAS, SAFADI = "person:mahmoud-abbas", "person:ayman-safadi"
NETANYAHU, TRUMP = "person:benjamin-netanyahu", "person:donald-trump"


# --- a dual / plural object pronoun opening the sentence ---------------------------------

@pytest.mark.parametrize("text, victims, agent", [
    ("وكان قاسم سليماني وأبو مهدي المهندس في طريقهما من المطار. واغتالتهما الولايات المتحدة "
     "بغارة جوية قرب مطار بغداد.", (SOLEIMANI, MUHANDIS), US),
    ("وصل إسماعيل هنية وصالح العاروري إلى بيروت. وقد اغتالتهما إسرائيل لاحقاً.",
     (HANIYEH, AROURI), ISRAEL),
    ("قاد يحيى السنوار ومحمد الضيف هجوم السابع من أكتوبر. وفي العام التالي قتلتهما إسرائيل.",
     (SINWAR, DEIF), ISRAEL),
    ("كان يحيى السنوار ومحمد الضيف وإسماعيل هنية قادة حماس. وقد قتلتهم إسرائيل خلال الحرب.",
     (SINWAR, DEIF, HANIYEH), ISRAEL),
])
def test_dual_pronoun_stands_for_the_pair_before(shipped, text, victims, agent):
    got = _rels(shipped, text, AB, "ar")
    for v in victims:
        assert (v, agent) in got


def test_singular_pronoun_keeps_the_subject_only(shipped):
    got = _rels(shipped, "التقى يحيى السنوار مع محمد الضيف في غزة. واغتالته إسرائيل لاحقاً.",
                AB, "ar")
    assert (SINWAR, ISRAEL) in got
    assert (DEIF, ISRAEL) not in got


# --- the successor with his own title, no comma ------------------------------------------

@pytest.mark.parametrize("text, other", [
    ("التقى خليفة نصر الله الشيخ نعيم قاسم وزير الخارجية الإيراني عباس عراقجي في بيروت.",
     ARAGHCHI),
    ("التقى خليفة نصر الله نعيم قاسم وزير الخارجية الإيراني عباس عراقجي في بيروت.", ARAGHCHI),
    ("التقى خليفة حسن نصر الله الشيخ نعيم قاسم رئيس البرلمان نبيه بري في عين التينة.", BERRI),
    ("استقبل خليفة نصر الله الشيخ نعيم قاسم رئيس البرلمان نبيه بري في عين التينة.", BERRI),
])
def test_successor_with_title_meets_the_next(shipped, text, other):
    got = _met(shipped, text, "ar")
    assert _pair(QASSEM, other) in got
    assert _pair(NASRALLAH, other) not in got
    assert _pair(NASRALLAH, QASSEM) not in got


# --- "the hand of Y reached X" ------------------------------------------------------------

@pytest.mark.parametrize("text, victims, agent", [
    ("طالت يد إسرائيل القيادي في حماس صالح العاروري في بيروت.", (AROURI,), ISRAEL),
    ("امتدت يد إسرائيل إلى القيادي في حماس صالح العاروري في بيروت.", (AROURI,), ISRAEL),
    ("وطالت يد الموساد القيادي محمود المبحوح في دبي عام 2010.", (MABHOUH,), MOSSAD),
    ("وصلت يد الولايات المتحدة إلى قاسم سليماني وأبو مهدي المهندس في بغداد.",
     (SOLEIMANI, MUHANDIS), US),
    ("امتدت يد الاحتلال الإسرائيلي إلى القيادي فؤاد شكر.", (SHUKR,), ISRAEL),
])
def test_the_hand_of_y_reached_x(shipped, text, victims, agent):
    got = _rels(shipped, text, AB, "ar")
    for v in victims:
        assert (v, agent) in got


@pytest.mark.parametrize("text", [
    "امتدت يد الاغتيال إلى القيادي في حماس صالح العاروري في بيروت.",
    "ولم تطل يد إسرائيل يحيى السنوار طوال أشهر.",
])
def test_no_hand_named_no_killer(shipped, text):
    assert not _rels(shipped, text, AB, "ar")


# --- an Arabic fact check: the claim corrected in the next sentence ----------------------

@pytest.mark.parametrize("text", [
    "زعم حساب على منصة إكس أن الجيش التركي قتل مظلوم عبدي. والصحيح أن مظلوم عبدي لم يُقتل.",
    "تداولت صفحات على مواقع التواصل أن إسرائيل اغتالت إسماعيل قاآني في بيروت. وهذا الادعاء غير "
    "صحيح.",
    "زعمت صفحة أن الولايات المتحدة قتلت أبو محمد الجولاني. الحكم: زائف.",
])
def test_a_corrected_claim_kills_nobody(shipped, text):
    assert not _rels(shipped, text, AB, "ar")


def test_a_corrected_meeting_claim(shipped):
    text = "ادعت حسابات أن الرئيس بشار الأسد التقى بنيامين نتنياهو في باكو. وهذا الخبر كاذب."
    assert not _met(shipped, text, "ar")


@pytest.mark.parametrize("text", [
    "قالت إسرائيل إنها قتلت محمد الضيف في غارة على خان يونس. وأكدت حماس لاحقاً مقتله.",
    "زعم الجيش الإسرائيلي أنه قتل محمد الضيف. والصحيح أن حماس أكدت ذلك لاحقاً.",
])
def test_a_claim_not_corrected_still_reads(shipped, text):
    assert any(v == DEIF for v, _a in _rels(shipped, text, AB, "ar"))


# --- «فان» inside a foreign name ------------------------------------------------------

@pytest.mark.parametrize("text, other", [
    ("التقى السيناتور كريس فان هولين الرئيس الفلسطيني محمود عباس في رام الله.", ABBAS),
    ("التقى الرئيس محمود عباس السيناتور كريس فان هولين في رام الله.", ABBAS),
    ("والتقى النائب جيمس فان دايك وزير الخارجية الأردني أيمن الصفدي في عمان.", SAFADI),
])
def test_van_inside_a_foreign_name(shipped, text, other):
    met = _met(shipped, text, "ar")
    assert any(other in p and any("fan" in x for x in p) for p in met)


def test_fa_inna_after_a_name_ends_it(shipped):
    doc = shipped.extract("وقال المتحدث جون كيربي فان الاجتماع كان مثمراً.", lang="ar")
    assert not any("fan" in e["id"] for e in doc["entities"])


# --- "the latter" in a sentence that names nobody ----------------------------------------

@pytest.mark.parametrize("tail, agent", [
    ("وقُتل الأخير في غارة إسرائيلية بعد أسابيع.", ISRAEL),
    ("واغتيل الأخير بغارة أمريكية.", US),
])
def test_the_latter_killed_by_an_adjective(shipped, tail, agent):
    text = "التقى إسماعيل هنية بالقيادي صالح العاروري في بيروت. " + tail
    got = _rels(shipped, text, AB, "ar")
    assert (AROURI, agent) in got
    assert (HANIYEH, agent) not in got


def test_the_latter_killed_with_no_agent(shipped):
    text = "التقى إسماعيل هنية بالقيادي صالح العاروري في بيروت. وقُتل الأخير بعد أسابيع."
    assert not _rels(shipped, text, AB, "ar")


# --- a place adverb after a three-word name ----------------------------------------------

@pytest.mark.parametrize("text", [
    "قُتل القيادي في وحدات حماية الشعب يوسف محمود رباني قرب القامشلي بغارة تركية.",
    "استهدفت مسيرة تركية القيادي يوسف محمود رباني قرب القامشلي، ما أدى إلى مقتله.",
])
def test_qurb_ends_the_name(shipped, text):
    doc = shipped.extract(text, lang="ar")
    ids = {e["id"] for e in doc["entities"]}
    assert "person:yousef-mahmoud-rabbani" in ids
    assert not any("qarb" in i for i in ids)


# --- an approval of a killing, read as an order -------------------------------------------

@pytest.mark.parametrize("text, pair", [
    ("وافق بنيامين نتنياهو على عملية قتل حسن نصر الله.", (NASRALLAH, NETANYAHU)),
    ("ووافق الرئيس دونالد ترامب على خطة اغتيال قاسم سليماني.", (SOLEIMANI, TRUMP)),
])
def test_approved_the_killing(shipped, text, pair):
    assert pair in _rels(shipped, text, AB, "ar")


@pytest.mark.parametrize("text", [
    "لم يوافق بنيامين نتنياهو على اغتيال يحيى السنوار.",
    "وافق بنيامين نتنياهو على لقاء محمود عباس.",
])
def test_no_approval_of_a_killing(shipped, text):
    assert not _rels(shipped, text, AB, "ar")


def test_chris_heads_a_delegation(shipped):
    text = "وصل وفد من الكونغرس برئاسة كريس مورفي والتقى الرئيس محمود عباس."
    assert any(ABBAS in p and any(x.startswith("person:chris-") for x in p)
               for p in _met(shipped, text, "ar"))
