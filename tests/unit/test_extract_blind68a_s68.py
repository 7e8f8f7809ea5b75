"""Session 68 (blind68a): fixes after the first contact of blind set QM-QN (the jihadist leaders of
Iraq, Syria and al-Qaeda 2006-2022, written blind: Zarqawi, Abu Omar and Abu Bakr al-Baghdadi, bin
Laden, Zawahiri, the Qurashis, and the meetings of Iraqi, US and Kurdish officials), each read in
several paraphrases of other outlets, people and word orders.

- Killings, Arabic: the order given in so many words, in the sentence after the killing or later in
  its own sentence, «وقال أوباما إنه أعطى الأمر بتنفيذ العملية», «وقال مكتب رئيس الحكومة إن نتنياهو
  أصدر الأمر بتنفيذ العملية», «وكان ترامب قد أعطى الأوامر بالضربة», «وأصدر وزير الدفاع X الأمر بشن
  الغارة»: the giver is an agent of the killing (``kill_approved_strike.gave_order_ar``), as the
  green light was; not a negated or denied order, not one on the other side (an order for another
  attack by the victim's side).
- Meetings, English: "X accused Y of violating the deal by hosting Z", "X criticised Y for
  prolonging the war by hosting Z", "X accused Y of stalling the talks by meeting Z": the "by"
  participle is the means of the accused's deed, so X met nobody
  (``meeting_frames_en._means_of_another_deed`` in ``participle_clause_en``); "X ended his tour
  by hosting Z" is still X's meeting.
- Killings, Arabic: the executor told as a unit, a force or a team of a body, «قتل X في عملية
  نفذتها وحدة / قوة / فرقة من القوات الخاصة الأميركية», «بغارة نفذتها مجموعة من الطائرات
  الإسرائيلية»: the body (``killing_agents._members_body_ar``, now also after the strike noun's
  «نفذتها»); not an unnamed force («قوة مجهولة», «مجموعة من المسلحين المجهولين»).
- Gazetteer: the US armed forces are the United States' (``country:`` of
  ``organization:us-armed-forces``), so the president who ordered their strike is on its side
  (``kill_orderers.same_side``).
"""

import pytest

from tests.extract_support import met_sorted, relation_pairs, sorted_pair

SOLEIMANI, TRUMP, KHAMENEI = "person:qasem-soleimani", "person:donald-trump", "person:ali-khamenei"
AROURI, NETANYAHU, KATZ = "person:saleh-al-arouri", "person:benjamin-netanyahu", "person:israel-katz"
ZAWAHIRI, BIDEN = "person:ayman-al-zawahiri", "person:joe-biden"

_US_STRIKE = "قتلت القوات الأميركية قائد فيلق القدس قاسم سليماني بضربة جوية قرب مطار بغداد. "
_IDF_STRIKE = "قتل الجيش الإسرائيلي القيادي في حماس صالح العاروري بغارة على الضاحية الجنوبية لبيروت. "
_KABUL = ("أعلنت الولايات المتحدة مقتل زعيم تنظيم القاعدة أيمن الظواهري بغارة أميركية بطائرة مسيرة في "
          "كابل. ")


@pytest.mark.parametrize("text, victim, giver", [
    (_US_STRIKE + "وكان ترامب قد أعطى الأوامر بالضربة من منتجعه في فلوريدا.", SOLEIMANI, TRUMP),
    (_US_STRIKE + "وقال الرئيس دونالد ترامب إنه أعطى الأمر بتنفيذ الضربة لمنع هجمات وشيكة.", SOLEIMANI,
     TRUMP),
    (_IDF_STRIKE + "وقال مكتب رئيس الحكومة إن نتنياهو أصدر الأمر بتنفيذ العملية.", AROURI, NETANYAHU),
    (_IDF_STRIKE + "وأصدر وزير الدفاع يسرائيل كاتس الأمر بشن الغارة بعد مشاورات أمنية.", AROURI, KATZ),
    ("قتل الجيش الإسرائيلي القيادي في حماس صالح العاروري بغارة على الضاحية الجنوبية، وقال مكتب رئيس "
     "الحكومة إن نتنياهو أصدر الأمر بتنفيذ العملية.", AROURI, NETANYAHU),
    (_KABUL + "وقال الرئيس جو بايدن إنه أعطى الأمر بتنفيذ الضربة بعد أسابيع من المشاورات.", ZAWAHIRI, BIDEN),
])
def test_the_one_who_gave_the_order_for_the_strike_is_an_agent(shipped, text, victim, giver):
    assert (victim, giver) in relation_pairs(shipped, text, "ASSASSINATED_BY", "ar")


@pytest.mark.parametrize("text, victim, other", [
    (_US_STRIKE + "ونفى البيت الأبيض أن يكون ترامب قد أصدر الأمر بتنفيذ الضربة.", SOLEIMANI, TRUMP),
    (_US_STRIKE + "ولم يعطِ ترامب الأمر بتنفيذ الضربة، بحسب مسؤول في البنتاغون.", SOLEIMANI, TRUMP),
    (_US_STRIKE + "وقال المرشد علي خامنئي إنه أصدر الأمر بتنفيذ الهجوم على قاعدة عين الأسد.", SOLEIMANI,
     KHAMENEI),
    (_IDF_STRIKE + "وقال نتنياهو إنه سيصدر الأمر بتنفيذ عمليات أخرى إذا لزم الأمر.", AROURI, NETANYAHU),
])
def test_a_denied_negated_future_or_other_sides_order_is_no_agent(rules_only, text, victim, other):
    assert (victim, other) not in relation_pairs(rules_only, text, "ASSASSINATED_BY", "ar")


# --- "accused Y of <doing> by hosting Z": not the accuser's meeting -----------------------------

BLINKEN, POMPEO, BARRACK, ERDOGAN = ("person:antony-blinken", "person:mike-pompeo", "person:tom-barrack",
                                     "person:recep-tayyip-erdogan")
HANIYEH, ARAGHCHI, SUDANI = "person:ismail-haniyeh", "person:abbas-araghchi", "person:mohammed-shia-al-sudani"


@pytest.mark.parametrize("text, accuser, hosted", [
    ("Secretary of State Antony Blinken accused the Taliban of violating the Doha agreement by hosting "
     "Ayman al-Zawahiri.", BLINKEN, ZAWAHIRI),
    ("Secretary of State Mike Pompeo accused Turkey of undermining the peace effort by hosting Hamas leader "
     "Ismail Haniyeh in Istanbul.", POMPEO, HANIYEH),
    ("Israeli Prime Minister Benjamin Netanyahu criticised Qatar for prolonging the war by hosting Hamas "
     "chief Ismail Haniyeh.", NETANYAHU, HANIYEH),
    ("US envoy Tom Barrack accused Hezbollah of stalling the talks by meeting Iranian Foreign Minister "
     "Abbas Araghchi in Beirut.", BARRACK, ARAGHCHI),
])
def test_the_means_of_the_accused_deed_is_no_meeting_of_the_accuser(rules_only, text, accuser, hosted):
    assert sorted_pair(accuser, hosted) not in met_sorted(rules_only, text)


@pytest.mark.parametrize("text, host, guest", [
    ("President Erdogan ended his tour of the region on Sunday by hosting Iraqi Prime Minister Mohammed "
     "Shia al-Sudani in Ankara.", ERDOGAN, SUDANI),
    ("President Erdogan marked the anniversary by hosting Hamas leader Ismail Haniyeh in Istanbul.", ERDOGAN,
     HANIYEH),
])
def test_the_subjects_own_by_hosting_is_still_his_meeting(rules_only, text, host, guest):
    assert sorted_pair(host, guest) in met_sorted(rules_only, text)


# --- «في عملية نفذتها وحدة من القوات X»: the body -----------------------------------------------

BIN_LADEN, ABU_BAKR, US_FORCES = ("person:osama-bin-laden", "person:abu-bakr-al-baghdadi",
                                  "organization:us-armed-forces")
US_STATE = "country:united-states"  # special forces: the country (session 71, usforces71)


@pytest.mark.parametrize("text, victim, agent", [
    ("قتل أسامة بن لادن في عملية نفذتها وحدة من القوات الخاصة الأميركية في أبوت آباد.", BIN_LADEN, US_STATE),
    ("أعلن الرئيس الأمريكي باراك أوباما فجر أمس مقتل زعيم تنظيم القاعدة أسامة بن لادن في عملية نفذتها وحدة "
     "من القوات الخاصة الأمريكية على مجمع سكني في مدينة أبوت آباد.", BIN_LADEN, US_STATE),
    ("قتل أبو بكر البغدادي في عملية نفذتها قوة من الجيش الأميركي في إدلب.", ABU_BAKR, US_FORCES),
    ("قتل القيادي في حماس صالح العاروري بغارة نفذتها مجموعة من الطائرات الإسرائيلية على الضاحية.", AROURI,
     "country:israel"),
])
def test_a_unit_of_a_body_carried_out_the_strike(rules_only, text, victim, agent):
    assert (victim, agent) in relation_pairs(rules_only, text, "ASSASSINATED_BY", "ar")


@pytest.mark.parametrize("text, victim", [
    ("قتل أبو بكر البغدادي في عملية نفذتها قوة مجهولة في إدلب.", ABU_BAKR),
    ("قتل صالح العاروري في عملية نفذتها مجموعة من المسلحين المجهولين في بيروت.", AROURI),
])
def test_an_unnamed_force_is_no_agent(rules_only, text, victim):
    assert not {p for p in relation_pairs(rules_only, text, "ASSASSINATED_BY", "ar") if p[0] == victim}
