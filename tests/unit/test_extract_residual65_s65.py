"""Session 65 (residual65): MET_WITH misses and false pairs left on the five blind sets of the
session (OA-OJ) after their writers' fixes, read by construction in paraphrases of our own.

- Signings, English: the signers each in apposition to his title, "Washington's peace envoy,
  X, and the Taliban's top political leader, Y, signed the deal ... as Z looked on": X met Y
  (and Z both, ``meeting_looked_on_en``); ``meeting_signed_en.signed_together_en`` now falls
  back on ``meeting_apposed_subjects_en.apposed_subjects_en``. Not negated, planned, by video.
- Unchecked reports, Arabic: «ولم يتسنَّ (للأناضول) التأكد / التحقق من (صحة) أنباء عن لقاء بين X
  وY»: no pair (``rule_common.drop_unsure_ar``, the checking noun after the unsure verb).
  English: "Reuters could not (independently) confirm / verify (the) reports of a meeting
  between X and Y", "was unable to verify claims that X met Y" (``false_report_en``). A
  confirmed report, or an unchecked detail of a meeting told as held, keeps its pair.
- Meetings, Arabic: the object past a long aside of the sidelines right after the verb, "وكان X
  قد التقى، على هامش المؤتمر الدولي ... الذي استضافته دمشق في 11 تشرين الثاني، Y"
  (``meeting_idh_clause_ar.sideline_aside_object_ar``, up to 18 words, no person or body
  inside; read in ``meetings``' SVO branch). Not negated or hoped for.
- Attendance, Arabic: «وشارك في الاجتماع (الموسع) من الجانب التركي A، وB، وC، وD، فيما حضره من
  الجانب الروسي E وF»: E and F met the meeting's two after a list of any length
  (``meeting_attended_ar._opens_attending_meeting``); not a funeral.
- Delegations, English: "X met the Iranian and Turkish delegations, led by A and B" (the plural
  of two nationalities joined by "and", then ", led / headed by": ``meetings_en``).
- Chaired meetings, English: "X cut short his visit ... and, on 19 January, chaired a meeting of
  the NSC attended by the Chief of Army Staff, General A, and ..., B": the chair's subject past
  his other clause, and A, not the Army Staff (``core_recall_meetings.attended_meeting``).
- Subject lists, English: "X and the two PPP leaders, party chairman A and former president B,
  met": X met A and B too (``meeting_plural_apposed_en``, read by ``meetings``' met_plural).
- A dual reference as the subject of a reported clause, Arabic: «وقال بيسكوف إن الرئيسين عقدا
  محادثات ثنائية، تلاها عشاء عمل بحضور A وB»: the two people the sentence before names met,
  and the attendees met both (``plural_refs._members``: the speaker before «إن / أن» is none
  of "the two"; ``meeting_talk_verbs_ar._dual_ref_pairs``). Not negated.
"""

import pytest

from tests.extract_support import met_sorted as _met
from tests.extract_support import sorted_pair as _pair

KHALILZAD, BARADAR = "person:zalmay-khalilzad", "person:abdul-ghani-baradar"
POMPEO = "person:mike-pompeo"
ZARIF, CAVUSOGLU = "person:mohammad-javad-zarif", "person:mevlut-cavusoglu"
ABADI, BARZANI, MCGURK = "person:haider-al-abadi", "person:masoud-barzani", "person:brett-mcgurk"
ASSAD, ERDOGAN, PUTIN = ("person:bashar-al-assad", "person:recep-tayyip-erdogan",
                         "person:vladimir-putin")
QURESHI, AKHUNDZADA = "person:shah-mahmood-qureshi", "person:hibatullah-akhundzada"
FAISAL = "person:faisal-bin-farhan"
MEDVEDEV, LAVROV = "person:dmitry-medvedev", "person:sergei-lavrov"
ROUHANI = "person:hassan-rouhani"


# ---- signers in apposition ------------------------------------------------------------------
@pytest.mark.parametrize("text, pairs", [
    ("Washington's peace envoy, Zalmay Khalilzad, and the Taliban's top political leader, Mullah "
     "Abdul Ghani Baradar, signed the deal in a ballroom of a Doha hotel as Secretary of State "
     "Mike Pompeo looked on.", [(KHALILZAD, BARADAR), (POMPEO, KHALILZAD), (POMPEO, BARADAR)]),
    ("Iran's foreign minister, Mohammad Javad Zarif, and his Turkish counterpart, Mevlut "
     "Cavusoglu, signed an agreement in Ankara on Tuesday.", [(ZARIF, CAVUSOGLU)]),
    ("Iraq's prime minister, Haider al-Abadi, and the Kurdish leader, Masoud Barzani, signed a "
     "memorandum in Baghdad as U.S. envoy Brett McGurk looked on.",
     [(ABADI, BARZANI), (MCGURK, ABADI), (MCGURK, BARZANI)]),
    ("The Syrian president, Bashar al-Assad, and his Turkish counterpart, Recep Tayyip Erdogan, "
     "later signed a border pact.", [(ASSAD, ERDOGAN)]),
])
def test_signers_each_in_apposition_met(shipped, text, pairs):
    got = _met(shipped, text, "en")
    for a, b in pairs:
        assert _pair(a, b) in got


@pytest.mark.parametrize("text", [
    "Iraq's prime minister, Haider al-Abadi, and the Kurdish leader, Masoud Barzani, did not "
    "sign the deal.",
    "Iraq's prime minister, Haider al-Abadi, and the Kurdish leader, Masoud Barzani, are "
    "expected to sign the deal next week.",
    "Iraq's prime minister, Haider al-Abadi, and the Kurdish leader, Masoud Barzani, signed the "
    "deal by video link.",
])
def test_signers_in_apposition_not_when_unsigned_or_remote(rules_only, text):
    assert _pair(ABADI, BARZANI) not in _met(rules_only, text, "en")


# ---- unchecked reports of a meeting ---------------------------------------------------------
@pytest.mark.parametrize("text, a, b, lang", [
    ("ولم يتسنَّ للأناضول التأكد من صحة أنباء عن لقاء منفصل بين وزير الخارجية الباكستاني شاه محمود "
     "قريشي والزعيم الأعلى لطالبان هبة الله آخوند زاده.", QURESHI, AKHUNDZADA, "ar"),
    ("ولم يتسن لرويترز التحقق من تقارير عن لقاء جمع وزير الخارجية الإيراني محمد جواد ظريف ووزير "
     "الخارجية السعودي فيصل بن فرحان في بغداد.", ZARIF, FAISAL, "ar"),
    ("ولم يتسنَّ التأكد من صحة أنباء عن اجتماع بين الرئيس السوري بشار الأسد والرئيس التركي رجب طيب "
     "أردوغان.", ASSAD, ERDOGAN, "ar"),
    ("Reuters could not confirm reports of a separate meeting between Pakistani Foreign Minister "
     "Shah Mahmood Qureshi and Taliban supreme leader Hibatullah Akhundzada.",
     QURESHI, AKHUNDZADA, "en"),
    ("Al Jazeera was unable to independently verify reports that Bashar al-Assad met Recep Tayyip "
     "Erdogan in Moscow.", ASSAD, ERDOGAN, "en"),
    ("The agency could not verify the claims of a secret meeting between Iranian Foreign Minister "
     "Mohammad Javad Zarif and Saudi Foreign Minister Faisal bin Farhan.", ZARIF, FAISAL, "en"),
])
def test_unchecked_report_of_a_meeting_is_no_pair(shipped, text, a, b, lang):
    assert _pair(a, b) not in _met(shipped, text, lang)


@pytest.mark.parametrize("text, a, b, lang", [
    ("ولم يتسنَّ للوكالة التأكد من ذلك. والتقى الرئيس السوري بشار الأسد الرئيس التركي رجب طيب أردوغان "
     "في موسكو.", ASSAD, ERDOGAN, "ar"),
    ("والتقى الرئيس السوري بشار الأسد الرئيس التركي رجب طيب أردوغان في موسكو، ولم يتسن للوكالة "
     "التأكد من مدة اللقاء.", ASSAD, ERDOGAN, "ar"),
    ("Reuters confirmed reports of a meeting between Bashar al-Assad and Recep Tayyip Erdogan in "
     "Moscow.", ASSAD, ERDOGAN, "en"),
    ("Reuters could not confirm the details, but reports of a meeting between Bashar al-Assad and "
     "Recep Tayyip Erdogan in Moscow were widespread.", ASSAD, ERDOGAN, "en"),
])
def test_checked_or_other_clause_keeps_the_pair(rules_only, text, a, b, lang):
    assert _pair(a, b) in _met(rules_only, text, lang)


# ---- a dual subject of a reported clause ----------------------------------------------------
_MOSCOW = ("أعلن الكرملين أن الرئيس السوري بشار الأسد وصل إلى موسكو، التقى خلالها الرئيس الروسي "
           "فلاديمير بوتين في الكرملين. ")
_TEHRAN = ("وصل الرئيس الروسي فلاديمير بوتين إلى طهران، حيث استقبله الرئيس الإيراني حسن روحاني في "
           "قصر سعد آباد. ")


@pytest.mark.parametrize("text, pair, attendees", [
    (_MOSCOW + "وقال المتحدث باسم الرئاسة الروسية دميتري بيسكوف إن الرئيسين عقدا محادثات ثنائية، "
     "تلاها عشاء عمل بحضور رئيس الوزراء دميتري مدفيديف ووزير الخارجية سيرغي لافروف.",
     (ASSAD, PUTIN), [MEDVEDEV, LAVROV]),
    (_MOSCOW + "وأوضح بيسكوف أن الرئيسين أجريا مباحثات مغلقة بحضور وزير الخارجية سيرغي لافروف.",
     (ASSAD, PUTIN), [LAVROV]),
    (_TEHRAN + "وذكر التلفزيون الرسمي أن الرئيسين عقدا اجتماعاً ثنائياً، تلاه اجتماع موسع بحضور وزير "
     "الخارجية الروسي سيرغي لافروف.", (PUTIN, ROUHANI), [LAVROV]),
])
def test_dual_subject_after_that_is_the_pair_before(shipped, text, pair, attendees):
    got = _met(shipped, text, "ar")
    assert _pair(*pair) in got
    for z in attendees:
        for p in pair:
            assert _pair(z, p) in got


@pytest.mark.parametrize("text", [
    _MOSCOW + "وقال بيسكوف إن الرئيسين لم يعقدا محادثات بحضور وزير الخارجية سيرغي لافروف.",
    _MOSCOW + "وقال بيسكوف إن الرئيسين سيعقدان محادثات غداً بحضور وزير الخارجية سيرغي لافروف.",
])
def test_dual_subject_after_that_not_when_unheld(rules_only, text):
    got = _met(rules_only, text, "ar")
    assert _pair(LAVROV, ASSAD) not in got


# ---- «فيما حضره من الجانب الروسي A وB» after a long list ---------------------------------------
_KREMLIN = ("اتفق الرئيس التركي رجب طيب أردوغان ونظيره الروسي فلاديمير بوتين، الخميس، على وقف إطلاق "
            "النار. جاء ذلك في مؤتمر صحفي مشترك عقب لقائهما في الكرملين، أعقبه اجتماع موسع بين وفدي "
            "البلدين. ")
AKAR, FIDAN, KALIN = "person:hulusi-akar", "person:hakan-fidan", "person:ibrahim-kalin"
SHOIGU = "person:sergei-shoigu"


@pytest.mark.parametrize("text, other_side", [
    (_KREMLIN + "وشارك في الاجتماع الموسع من الجانب التركي وزير الخارجية مولود جاويش أوغلو، ووزير "
     "الدفاع خلوصي أكار، ورئيس جهاز الاستخبارات هاكان فيدان، ومتحدث الرئاسة إبراهيم قالن، فيما حضره "
     "من الجانب الروسي وزير الخارجية سيرغي لافروف ووزير الدفاع سيرغي شويغو.", [LAVROV, SHOIGU]),
    (_KREMLIN + "وحضر الاجتماع من الجانب التركي وزير الخارجية مولود جاويش أوغلو، ووزير الدفاع خلوصي "
     "أكار، ورئيس جهاز الاستخبارات هاكان فيدان، ومتحدث الرئاسة إبراهيم قالن، بينما حضره من الجانب "
     "الروسي وزير الخارجية سيرغي لافروف.", [LAVROV]),
    (_KREMLIN + "وشارك في الاجتماع من الجانب التركي وزير الخارجية مولود جاويش أوغلو، ووزير الدفاع "
     "خلوصي أكار، ورئيس جهاز الاستخبارات هاكان فيدان، فيما حضره من الجانب الروسي وزير الدفاع سيرغي "
     "شويغو.", [SHOIGU]),
])
def test_other_side_attended_after_a_long_list(rules_only, text, other_side):
    got = _met(rules_only, text, "ar")
    for z in other_side:
        assert _pair(z, ERDOGAN) in got and _pair(z, PUTIN) in got
    assert _pair(CAVUSOGLU, PUTIN) in got


def test_other_side_not_when_a_funeral_is_attended(rules_only):
    text = ("وشارك في تشييع الجنازة وزير الخارجية مولود جاويش أوغلو، ووزير الدفاع خلوصي أكار، ورئيس "
            "جهاز الاستخبارات هاكان فيدان، ومتحدث الرئاسة إبراهيم قالن، فيما حضره من الجانب الروسي "
            "وزير الخارجية سيرغي لافروف.")
    assert _pair(LAVROV, CAVUSOGLU) not in _met(rules_only, text, "ar")


# ---- "met the Iranian and Turkish delegations, led by A and B" ------------------------------
LAVRENTIEV, JABERI, ONAL = ("person:alexander-lavrentiev", "person:hossein-jaberi-ansari",
                            "person:sedat-onal")
JUBEIR, KADHIMI = "person:adel-al-jubeir", "person:mustafa-al-kadhimi"
HUMAIDAN, IRAVANI = "person:khalid-al-humaidan", "person:saeed-iravani"


@pytest.mark.parametrize("text, host, heads", [
    ("The Russian delegation, headed by President Vladimir Putin's envoy Alexander Lavrentiev, met "
     "the Iranian and Turkish delegations, led by Deputy Foreign Minister Hossein Jaberi Ansari "
     "and senior diplomat Sedat Onal, at a trilateral meeting on the eve of the talks.",
     LAVRENTIEV, [JABERI, ONAL]),
    ("Foreign Minister Sergei Lavrov met the Saudi and Iranian delegations, headed by Adel "
     "al-Jubeir and Mohammad Javad Zarif, in Vienna on Friday.", LAVROV, [JUBEIR, ZARIF]),
    ("Prime Minister Mustafa al-Kadhimi received the Saudi and Iranian delegations, led by Khalid "
     "al-Humaidan and Saeed Iravani, at his office.", KADHIMI, [HUMAIDAN, IRAVANI]),
])
def test_host_met_the_heads_of_two_delegations(rules_only, text, host, heads):
    got = _met(rules_only, text, "en")
    for h in heads:
        assert _pair(host, h) in got


@pytest.mark.parametrize("text", [
    "Foreign Minister Sergei Lavrov will meet the Saudi and Iranian delegations, headed by Adel "
    "al-Jubeir and Mohammad Javad Zarif, in Vienna on Friday.",
    "Foreign Minister Sergei Lavrov did not meet the Saudi and Iranian delegations, headed by "
    "Adel al-Jubeir and Mohammad Javad Zarif, in Vienna.",
])
def test_two_delegations_not_when_unmet(rules_only, text):
    assert _pair(LAVROV, JUBEIR) not in _met(rules_only, text, "en")


# ---- "X chaired a meeting attended by the Chief of Army Staff, General A, and ..." -----------
KAKAR, MUNIR, JILANI = ("person:anwaar-ul-haq-kakar", "person:asim-munir",
                        "person:jalil-abbas-jilani")
SHEHBAZ, DAR = "person:shehbaz-sharif", "person:ishaq-dar"


@pytest.mark.parametrize("text, host, attendees", [
    ("Caretaker Prime Minister Anwaar-ul-Haq Kakar cut short his visit to the World Economic Forum "
     "in Davos and, on 19 January, chaired a meeting of the National Security Committee attended "
     "by the Chief of Army Staff, General Asim Munir, and the caretaker foreign minister, Jalil "
     "Abbas Jilani.", KAKAR, [MUNIR, JILANI]),
    ("Prime Minister Shehbaz Sharif returned from London on Monday and, hours later, chaired a "
     "meeting of the federal cabinet attended by Finance Minister Ishaq Dar and the Chief of Army "
     "Staff, General Asim Munir.", SHEHBAZ, [DAR, MUNIR]),
    ("Prime Minister Anwaar-ul-Haq Kakar chaired a meeting of the National Security Committee "
     "attended by the Chief of Army Staff, General Asim Munir.", KAKAR, [MUNIR]),
])
def test_chair_met_the_attendees_past_his_other_clause(rules_only, text, host, attendees):
    got = _met(rules_only, text, "en")
    for a in attendees:
        assert _pair(host, a) in got
    assert not any("army-staff" in p for pair in got for p in pair)


def test_chair_not_when_the_meeting_is_planned(rules_only):
    text = ("Prime Minister Shehbaz Sharif returned from London on Monday and will chair a meeting "
            "of the federal cabinet attended by Finance Minister Ishaq Dar.")
    assert _pair(SHEHBAZ, DAR) not in _met(rules_only, text, "en")


# ---- "X and the two PPP leaders, A and B, met" ----------------------------------------------
BILAWAL, ZARDARI = "person:bilawal-bhutto-zardari", "person:asif-ali-zardari"
MALIKI, TALABANI = "person:nouri-al-maliki", "person:jalal-talabani"
SADR, AMIRI = "person:muqtada-al-sadr", "person:hadi-al-amiri"


@pytest.mark.parametrize("text, lead, pair", [
    ("Earlier in the day, Shehbaz Sharif and the two PPP leaders, party chairman Bilawal "
     "Bhutto-Zardari and former president Asif Ali Zardari, met at Parliament House to give final "
     "shape to the cabinet.", SHEHBAZ, (BILAWAL, ZARDARI)),
    ("Nouri al-Maliki and the two Kurdish leaders, Masoud Barzani and Jalal Talabani, met in "
     "Erbil on Sunday.", MALIKI, (BARZANI, TALABANI)),
    ("Haider al-Abadi and two Shiite leaders, Moqtada al-Sadr and Hadi al-Amiri, held talks in "
     "Baghdad.", ABADI, (SADR, AMIRI)),
])
def test_subject_joined_to_a_plural_with_its_people_in_apposition(rules_only, text, lead, pair):
    got = _met(rules_only, text, "en")
    assert _pair(*pair) in got
    assert _pair(lead, pair[0]) in got and _pair(lead, pair[1]) in got


@pytest.mark.parametrize("text", [
    "Nouri al-Maliki and the two Kurdish leaders, Masoud Barzani and Jalal Talabani, did not meet "
    "in Erbil.",
    "Nouri al-Maliki criticised the two Kurdish leaders, Masoud Barzani and Jalal Talabani, who "
    "met in Erbil on Sunday.",
])
def test_subject_joined_to_a_plural_not_when_unmet_or_object(rules_only, text):
    assert _pair(MALIKI, BARZANI) not in _met(rules_only, text, "en")


# ---- "وكان X قد التقى، على هامش <a long event>، Y" -------------------------------------------
MUALLEM = "person:walid-muallem"


@pytest.mark.parametrize("text, a, b", [
    ("وكان وزير الخارجية السوري وليد المعلم قد التقى، على هامش المؤتمر الدولي حول عودة اللاجئين الذي "
     "استضافته دمشق في 11 تشرين الثاني، رئيس الوفد الروسي المبعوث الرئاسي ألكسندر لافرينتييف.",
     MUALLEM, LAVRENTIEV),
    ("وكان الرئيس التركي رجب طيب أردوغان قد التقى، على هامش القمة التي عقدت في العاصمة الكازاخية "
     "الأسبوع الماضي، الرئيس الروسي فلاديمير بوتين.", ERDOGAN, PUTIN),
    ("وكان الرئيس السوري بشار الأسد قد التقى، على هامش القمة العربية التي انعقدت في جدة في أيار "
     "الماضي، الرئيس التركي رجب طيب أردوغان.", ASSAD, ERDOGAN),
])
def test_object_past_a_long_sideline_aside(rules_only, text, a, b):
    assert _pair(a, b) in _met(rules_only, text, "ar")


@pytest.mark.parametrize("text", [
    "وكان الرئيس التركي رجب طيب أردوغان يأمل أن يلتقي، على هامش القمة التي عقدت في العاصمة الكازاخية "
    "الأسبوع الماضي، الرئيس الروسي فلاديمير بوتين.",
    "وكان الرئيس التركي رجب طيب أردوغان لم يلتق، على هامش القمة التي عقدت في العاصمة الكازاخية "
    "الأسبوع الماضي، الرئيس الروسي فلاديمير بوتين.",
])
def test_long_sideline_aside_not_when_unmet(rules_only, text):
    assert _pair(ERDOGAN, PUTIN) not in _met(rules_only, text, "ar")
