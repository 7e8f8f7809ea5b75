"""Session 66 (blind66c): fixes after the first contact of blind set OW-OX (the Maghreb 2011-2024,
written blind: TAP, APS, MAP, SPS-like agencies, Algerian dailies, wires and briefs on Saied's
prime ministers, Bouteflika's resignation and Tebboune, Morocco's normalisation, the Polisario and
the UN envoys), each read in several paraphrases of other outlets, people and clitics.

- Succession, Arabic: the oath told as a noun with its owner after لـ, «أشرف X على موكب أداء
  اليمين لـY رئيساً للحكومة، خلفاً لـZ» / «ترأس X مراسم أداء اليمين الدستورية للوزير الأول الجديد
  Y خلفاً لـZ»: Y succeeded Z, not the one presiding (``succession_oath.oath_owner_ar``).
- Meetings, Arabic: the airport named between "في استقباله" and the host, «وكان في استقباله بمطار
  هواري بومدين الدولي الرئيس X»: X is the host, the airport's name no person
  (``airport_name_ar``, read by ``meetings_ar._late_subject``); the Maghrebi "arrived", «حلّ X
  بتونس في زيارة دولة، حيث كان في استقباله Y»: X the visitor (``context_speakers``).
- Meetings, Arabic: an attendee told after two stacked titles, «بحضور نائب وزير الدفاع الوطني،
  رئيس أركان الجيش الوطني الشعبي، الفريق أحمد قايد صالح» (``meeting_attend_forms.
  title_then_name_ar``), and "نائب وزير الدفاع،" is the deputy, no description of the minister
  (``title_description``).
- Meetings, Arabic: the attendees named after "including" in the delegations present, «جلسة عمل
  بحضور وفدي البلدين، من بينهم X ونظيره Y» / «بحضور وفد رفيع، في مقدمته X»
  (``meeting_present_including_ar``), and «وعقد الرئيسان ... بحضور» names the meeting before
  (``meeting_present_more``); not the leaders present at a summit's signing.
- Succession, English: "K named X, <apposition naming another person>, as Y's successor": X, not
  the person inside the apposition ("a former foreign minister under Habib Bourguiba";
  ``succession_rules_en.appointee_past_apposition_en``).
- Succession, Arabic: a resignation accepted, then an appointment to the same post, «قبل الرئيس K
  استقالة الوزير الأول Y، وكلّف X بتولي مهام الوزير الأول بالنيابة» / «قبول استقالة Y، وتكليف X
  بتشكيل الحكومة»: X succeeded Y; not «قبل استقالة Y بأيام» (before it), nor a refused one
  (``succession_same_post_ar``).
- Succession, English: an acting holder past a comma before "hours after", "X was sworn in as
  interim President, hours after the death of President Y": X succeeded Y, when the post is the
  same (``succession_after_death``).
- Meetings, English: "X held talks in Nouakchott with A and in Algiers with B": X met B too, A
  did not meet B (``meeting_generic_en.and_in_place_with_en``).
- Names, English: the Maghrebi ministries' long portfolios, "the Minister of Foreign Affairs and
  the National Community Abroad, X", "... Migration and Tunisians Abroad, X": the run ending in
  "Abroad" / "Expatriates" is no person (``bodies``).
"""

import pytest

from tests.extract_support import met_sorted as _met
from tests.extract_support import relation_pairs
from tests.extract_support import sorted_pair as _pair

SAIED, MADOURI, HACHANI, BOUDEN = ("person:kais-saied", "person:kamel-maddouri", "person:ahmed-hachani",
                                   "person:najla-bouden")
TEBBOUNE, LARBAOUI, BENABDERRAHMANE = ("person:abdelmadjid-tebboune", "person:nadir-larbaoui",
                                       "person:aymen-benabderrahmane")
SISI, MADBOULY, SHARIF = "person:abdel-fattah-el-sisi", "person:mostafa-madbouly", "person:sherif-ismail"
GHAZOUANI, LAVROV, CHENGRIHA, GAIDSALAH, BOUTEFLIKA = (
    "person:mohamed-ould-ghazouani", "person:sergei-lavrov", "person:said-chengriha",
    "person:ahmed-gaid-salah", "person:abdelaziz-bouteflika")
LAMAMRA, JERANDI, ATTAF, ERDOGAN, MENFI, FIDAN = (
    "person:ramtane-lamamra", "person:othman-jerandi", "person:ahmed-attaf",
    "person:recep-tayyip-erdogan", "person:mohamed-al-menfi", "person:hakan-fidan")


def _succ(extractor, text):
    return relation_pairs(extractor, text, "SUCCESSOR_OF", "ar")


# --- the oath's owner after لـ -----------------------------------------------------------------

@pytest.mark.parametrize("text, new, old, presiding", [
    ("أشرف رئيس الجمهورية قيس سعيّد، مساء الأربعاء بقصر قرطاج، على موكب أداء اليمين لكمال المدوري "
     "رئيسا للحكومة، خلفا لأحمد الحشاني.", MADOURI, HACHANI, SAIED),
    ("ترأس الرئيس عبد المجيد تبون مراسم أداء اليمين للوزير الأول الجديد نذير العرباوي، خلفاً لأيمن "
     "بن عبد الرحمان.", LARBAOUI, BENABDERRAHMANE, TEBBOUNE),
    ("حضر الرئيس قيس سعيّد موكب أداء اليمين لأحمد الحشاني رئيساً للحكومة خلفاً لنجلاء بودن.",
     HACHANI, BOUDEN, SAIED),
    ("شهد الرئيس عبد الفتاح السيسي أداء اليمين الدستورية لمصطفى مدبولي رئيسا للوزراء خلفا لشريف "
     "إسماعيل.", MADBOULY, SHARIF, SISI),
])
def test_the_oath_owner_after_lam_succeeds_not_the_one_presiding(shipped, text, new, old, presiding):
    pairs = _succ(shipped, text)
    assert (new, old) in pairs
    assert (presiding, old) not in pairs


@pytest.mark.parametrize("text, new, old", [
    ("أدى كمال المدوري اليمين أمام الرئيس قيس سعيّد خلفا لأحمد الحشاني.", MADOURI, HACHANI),
    ("استقبل الرئيس قيس سعيّد، بعد أداء اليمين الدستورية، كمال المدوري رئيس الحكومة الجديد الذي "
     "عُيّن خلفا لأحمد الحشاني.", MADOURI, HACHANI),
])
def test_an_oath_before_someone_or_before_a_reception_keeps_its_taker(shipped, text, new, old):
    pairs = _succ(shipped, text)
    assert (new, old) in pairs
    assert (SAIED, old) not in pairs


# --- the airport named in a welcome; "حلّ" ----------------------------------------------------------

@pytest.mark.parametrize("text, guest, host", [
    ("وصل الرئيس محمد ولد الغزواني إلى الجزائر، وكان في استقباله بمطار هواري بومدين الدولي الرئيس عبد "
     "المجيد تبون.", GHAZOUANI, TEBBOUNE),
    ("حلّ رئيس الجمهورية عبد المجيد تبون، أمس، بتونس في زيارة دولة تدوم يومين، حيث كان في استقباله "
     "بمطار تونس قرطاج الدولي الرئيس قيس سعيّد.", TEBBOUNE, SAIED),
    ("وصل الرئيس قيس سعيّد إلى الجزائر. وكان في استقباله بمطار هواري بومدين الدولي رئيس الوزراء نذير "
     "العرباوي.", SAIED, LARBAOUI),
    ("حلت رئيسة الحكومة نجلاء بودن بالجزائر في زيارة عمل، حيث كان في استقبالها بالمطار الوزير الأول "
     "أيمن بن عبد الرحمان.", BOUDEN, BENABDERRAHMANE),
])
def test_the_host_after_an_airport_name_welcomed_the_visitor(rules_only, text, guest, host):
    assert _pair(guest, host) in _met(rules_only, text, "ar")


def test_no_welcome_when_the_host_was_not_there(shipped):
    text = ("وصل الرئيس قيس سعيّد إلى الجزائر، ولم يكن في استقباله بمطار هواري بومدين الدولي الرئيس عبد "
            "المجيد تبون.")
    assert _pair(SAIED, TEBBOUNE) not in _met(shipped, text, "ar")


# --- two stacked titles before an attendee's name ------------------------------------------------

@pytest.mark.parametrize("text, host, guest, present", [
    ("استقبل الرئيس عبد المجيد تبون، اليوم، وزير الخارجية الروسي سيرغي لافروف، بحضور نائب وزير الدفاع "
     "الوطني، رئيس أركان الجيش الوطني الشعبي، الفريق أول السعيد شنقريحة.", TEBBOUNE, LAVROV, CHENGRIHA),
    ("استقبل الرئيس عبد العزيز بوتفليقة، اليوم، وزير الخارجية الروسي سيرغي لافروف، بحضور نائب وزير "
     "الدفاع الوطني، رئيس أركان الجيش الوطني الشعبي، الفريق أحمد قايد صالح.", BOUTEFLIKA, LAVROV,
     GAIDSALAH),
    ("التقى الرئيس عبد المجيد تبون رئيس الدولة عبد القادر بن صالح بمقر رئاسة الجمهورية بالمرادية، في "
     "حضور نائب وزير الدفاع الوطني، رئيس أركان الجيش الوطني الشعبي، الفريق أحمد قايد صالح.",
     TEBBOUNE, "person:abdelkader-bensalah", GAIDSALAH),
])
def test_an_attendee_after_two_stacked_titles_met_host_and_guest(shipped, text, host, guest,
                                                                  present):
    met = _met(shipped, text, "ar")
    assert _pair(present, host) in met
    assert _pair(present, guest) in met


def test_the_deputy_of_the_defence_minister_is_no_description_of_the_minister(shipped):
    text = ("وكان الرئيس عبد العزيز بوتفليقة قد استقال في أفريل الماضي. "
            "وتسلم الرئيس عبد المجيد تبون مهامه من رئيس الدولة عبد القادر بن صالح بمقر رئاسة الجمهورية، "
            "في حضور نائب وزير الدفاع الوطني، رئيس أركان الجيش الوطني الشعبي، الفريق أحمد قايد صالح.")
    met = _met(shipped, text, "ar")
    assert _pair(GAIDSALAH, TEBBOUNE) in met
    assert not any(BOUTEFLIKA in p for p in met)


# --- "بحضور وفدي البلدين، من بينهم X وY" -----------------------------------------------------------

@pytest.mark.parametrize("text, principals, present", [
    ("عقد الرئيس عبد المجيد تبون والرئيس قيس سعيّد لقاء على انفراد، توسع إلى جلسة عمل بحضور وفدي "
     "البلدين، من بينهم وزير الخارجية رمطان لعمامرة ونظيره التونسي عثمان الجرندي.",
     (TEBBOUNE, SAIED), (LAMAMRA, JERANDI)),
    ("أجرى الرئيس عبد المجيد تبون والرئيس قيس سعيّد محادثات موسعة بحضور أعضاء وفدي البلدين، ومن بينهم "
     "وزير الخارجية رمطان لعمامرة ونظيره التونسي عثمان الجرندي.", (TEBBOUNE, SAIED), (LAMAMRA, JERANDI)),
    ("حلّ رئيس الجمهورية عبد المجيد تبون، أمس، بتونس في زيارة دولة، حيث كان في استقباله بمطار تونس "
     "قرطاج الدولي الرئيس قيس سعيّد.\nوعقد الرئيسان بقصر قرطاج لقاءً على انفراد، توسع بعده إلى جلسة "
     "عمل بحضور وفدي البلدين، من بينهم وزير الخارجية رمطان لعمامرة ونظيره التونسي عثمان الجرندي.",
     (TEBBOUNE, SAIED), (LAMAMRA, JERANDI)),
    ("استقبل الرئيس رجب طيب أردوغان رئيس المجلس الرئاسي الليبي محمد المنفي، بحضور وفد رفيع المستوى، في "
     "مقدمته وزير الخارجية هاكان فيدان.", (ERDOGAN, MENFI), (FIDAN,)),
])
def test_delegates_named_after_including_met_both_principals(rules_only, text, principals, present):
    met = _met(rules_only, text, "ar")
    for p in present:
        for q in principals:
            assert _pair(p, q) in met
    if len(present) == 2:
        assert _pair(*present) in met  # both countries' delegations: one table


def test_leaders_present_at_a_signing_are_not_paired_through_including(shipped):
    text = ("ووقّع الرئيس عبد المجيد تبون والرئيس قيس سعيّد اتفاقية التعاون، بحضور قادة ورؤساء حكومات، من "
            "بينهم رئيس المجلس الرئاسي الليبي محمد المنفي والرئيس التركي رجب طيب أردوغان.")
    met = _met(shipped, text, "ar")
    assert _pair(MENFI, ERDOGAN) not in met
    assert _pair(MENFI, TEBBOUNE) not in met


def test_no_delegates_paired_at_a_reception_that_did_not_happen(shipped):
    text = ("لم يستقبل الرئيس عبد المجيد تبون الرئيس محمد ولد الغزواني بحضور وفدي البلدين، من بينهم وزير "
            "الخارجية أحمد عطاف.")
    met = _met(shipped, text, "ar")
    assert _pair(ATTAF, GHAZOUANI) not in met
    assert _pair(TEBBOUNE, GHAZOUANI) not in met


# --- English: "named X, <apposition>, as Y's successor" ---------------------------------------

ESSEBSI, MGHANNOUCHI, BOURGUIBA = ("person:beji-caid-essebsi", "person:mohammed-ghannouchi",
                                   "person:habib-bourguiba")
MECHICHI, ESSID = "person:hichem-mechichi", "person:habib-essid"
QAANI, SOLEIMANI = "person:esmail-qaani", "person:qasem-soleimani"
QASSEM, NASRALLAH = "person:naim-qassem", "person:hassan-nasrallah"


@pytest.mark.parametrize("text, new, old, inside", [
    ("Hours later, interim President Fouad Mebazaa named Beji Caid Essebsi, an 84-year-old former "
     "foreign minister under Habib Bourguiba, as Mohamed Ghannouchi's successor.", ESSEBSI, MGHANNOUCHI,
     BOURGUIBA),
    ("President Kais Saied named Najla Bouden, a geology professor who served under Habib Essid, as "
     "Hichem Mechichi's successor.", BOUDEN, MECHICHI, ESSID),
    ("Supreme Leader Ali Khamenei appointed Esmail Qaani, a longtime deputy of Qassem Soleimani, as "
     "Soleimani's successor.", QAANI, SOLEIMANI, None),
    ("The Shura Council chose Naim Qassem, who had served as deputy to Hassan Nasrallah for three "
     "decades, as Nasrallah's successor.", QASSEM, NASRALLAH, None),
])
def test_the_appointee_past_an_apposition_succeeds_not_the_one_inside_it(shipped, text, new, old,
                                                                         inside):
    pairs = {(s, t) for s, t in relation_pairs(shipped, text, "SUCCESSOR_OF", "en")}
    assert any(s == new and t.replace("mohamed", "mohammed") == old.replace("mohamed", "mohammed")
               for s, t in pairs)
    if inside is not None:
        assert not any(s == inside for s, _ in pairs)


# --- English: "talks in P with A and in Q with B" ---------------------------------------------

DEMISTURA, OCA, BOURITA = ("person:staffan-de-mistura", "person:ismail-ould-cheikh-ahmed",
                           "person:nasser-bourita")
BLINKEN, SHOUKRY, SAFADI = "person:antony-blinken", "person:sameh-shoukry", "person:ayman-safadi"


@pytest.mark.parametrize("text, subj, a, b", [
    ("Staffan de Mistura held talks in Nouakchott with Mauritanian Foreign Minister Ismail Ould Cheikh "
     "Ahmed and in Algiers with Ramtane Lamamra.", DEMISTURA, OCA, LAMAMRA),
    ("Staffan de Mistura met in Rabat with Nasser Bourita and in Algiers with Ramtane Lamamra.",
     DEMISTURA, BOURITA, LAMAMRA),
    ("Antony Blinken met in Cairo with Sameh Shoukry and in Amman with Ayman Safadi.", BLINKEN,
     SHOUKRY, SAFADI),
])
def test_a_second_place_with_another_partner_is_a_second_meeting(shipped, text, subj, a, b):
    met = _met(shipped, text, "en")
    assert _pair(subj, a) in met
    assert _pair(subj, b) in met
    assert _pair(a, b) not in met


def test_a_planned_second_meeting_elsewhere_adds_nothing(shipped):
    text = ("Staffan de Mistura will hold talks in Nouakchott with Ismail Ould Cheikh Ahmed and in "
            "Algiers with Ramtane Lamamra next week.")
    met = _met(shipped, text, "en")
    assert _pair(DEMISTURA, LAMAMRA) not in met


# --- English: the Maghrebi ministries' long portfolios ----------------------------------------

AMMAR = "person:nabil-ammar"


@pytest.mark.parametrize("text, present, principals", [
    ("President Abdelmadjid Tebboune received on Tuesday Russian Foreign Minister Sergei Lavrov, in the "
     "presence of the Minister of Foreign Affairs and the National Community Abroad, Ramtane Lamamra.",
     LAMAMRA, (TEBBOUNE, LAVROV)),
    ("President Kais Saied received Algerian Foreign Minister Ahmed Attaf at Carthage Palace, in the "
     "presence of the Minister of Foreign Affairs, Migration and Tunisians Abroad, Nabil Ammar.",
     AMMAR, (SAIED, ATTAF)),
    ("The Minister of Foreign Affairs and the National Community Abroad, Ahmed Attaf, met his Tunisian "
     "counterpart Nabil Ammar in Algiers.", ATTAF, (AMMAR,)),
])
def test_a_long_portfolio_ending_abroad_is_no_one_met(shipped, text, present, principals):
    met = _met(shipped, text, "en")
    for p in principals:
        assert _pair(present, p) in met
    assert all(x.startswith(("person:", "country:")) and "abroad" not in x
               for pair in met for x in pair)


# --- Arabic: a resignation accepted, then the appointment -------------------------------------

BEDOUI, BOUKADOUM = "person:noureddine-bedoui", "person:sabri-boukadoum"
FAKHFAKH, CHAHED = "person:elyes-fakhfakh", "person:youssef-chahed"
KHASAWNEH, JAFAR = "person:bisher-al-khasawneh", "person:jafar-hassan"


@pytest.mark.parametrize("text, new, old", [
    ("من جهة أخرى، قبل رئيس الجمهورية عبد المجيد تبون استقالة الوزير الأول السيد نور الدين بدوي، وكلف "
     "وزير الشؤون الخارجية السيد صبري بوقدوم بتولي مهام الوزير الأول بالنيابة.", BOUKADOUM, BEDOUI),
    ("قبل الرئيس قيس سعيّد استقالة رئيس الحكومة إلياس الفخفاخ، وكلف وزير الداخلية هشام المشيشي بتشكيل "
     "الحكومة.", MECHICHI, FAKHFAKH),
    ("أعلنت الرئاسة قبول استقالة رئيس الحكومة يوسف الشاهد، وتكليف إلياس الفخفاخ بتشكيل الحكومة.",
     FAKHFAKH, CHAHED),
    ("قبل الملك عبد الله الثاني استقالة رئيس الوزراء بشر الخصاونة، وكلف جعفر حسان بتشكيل الحكومة.",
     JAFAR, KHASAWNEH),
    ("أدى الرئيس عبد المجيد تبون اليمين الدستورية اليوم.\nمن جهة أخرى، قبل رئيس الجمهورية استقالة الوزير "
     "الأول السيد نور الدين بدوي، وكلف وزير الشؤون الخارجية السيد صبري بوقدوم بتولي مهام الوزير الأول "
     "بالنيابة، حسب ما أفاد به بيان لرئاسة الجمهورية.", BOUKADOUM, BEDOUI),
    ("وقبل الملك استقالة رئيس الوزراء بشر الخصاونة، وكلف جعفر حسان بتشكيل الحكومة.", JAFAR, KHASAWNEH),
])
def test_the_one_charged_after_a_resignation_accepted_succeeds(shipped, text, new, old):
    assert (new, old) in _succ(shipped, text)


@pytest.mark.parametrize("text", [
    "قبل استقالة رئيس الحكومة إلياس الفخفاخ بأيام، كلف الرئيس قيس سعيّد هشام المشيشي بتشكيل الحكومة.",
    "رفض الرئيس قيس سعيّد استقالة رئيس الحكومة إلياس الفخفاخ، وكلف هشام المشيشي بتشكيل الحكومة.",
])
def test_no_succession_before_a_resignation_or_when_it_is_refused(shipped, text):
    assert (MECHICHI, FAKHFAKH) not in _succ(shipped, text)


# --- English: an acting holder past a comma before "hours after" ------------------------------

ENNACEUR, MOKHBER, RAISI = ("person:mohamed-ennaceur", "person:mohammad-mokhber",
                            "person:ebrahim-raisi")
BASHIR, ASSAD = "person:mohammed-al-bashir", "person:bashar-al-assad"


@pytest.mark.parametrize("text, new, old", [
    ("Speaker Mohamed Ennaceur was sworn in on Thursday as interim President of the Republic, hours "
     "after the death of President Beji Caid Essebsi.", ENNACEUR, ESSEBSI),
    ("Mohamed Ennaceur was sworn in as interim president, hours after the death of President Beji Caid "
     "Essebsi.", ENNACEUR, ESSEBSI),
    ("Mohammad Mokhber was named acting president, hours after President Ebrahim Raisi was killed in a "
     "helicopter crash.", MOKHBER, RAISI),
])
def test_an_acting_holder_past_a_comma_before_hours_after(shipped, text, new, old):
    assert (new, old) in relation_pairs(shipped, text, "SUCCESSOR_OF", "en")


def test_no_acting_succession_past_the_comma_to_another_post(shipped):
    text = ("Syria's new rulers named Mohammed al-Bashir as caretaker prime minister on Tuesday, two days "
            "after a lightning offensive toppled President Bashar al-Assad.")
    assert (BASHIR, ASSAD) not in relation_pairs(shipped, text, "SUCCESSOR_OF", "en")
