"""Session 64 (blind64c): fixes after the first contact of blind set NW-NX (Turkey and the Gulf
2020-2024, written blind: Erdogan's Gulf visits, the Qatar-Turkey Supreme Strategic Committee,
Tahnoun bin Zayed in Ankara, Fidan after Cavusoglu and Kalin after Fidan, Turkish drone strikes,
the Khashoggi killing, the Kuwaiti and Omani successions), each read in several paraphrases of
other outlets, people and clitics.

- Meetings, English: a list of attendees goes on past a two-portfolio title, "A, Treasury and
  Finance Minister B and C attended the talks" (``chains.ChainHelpers.chain`` with
  ``title_phrase_en.portfolio_pair_en``, also when the first portfolio word is read as a body:
  "Treasury"); "attended the delegation-level talks" names the meeting as "the talks" does
  (``meeting_sides_en.names_the_meeting``, hyphenated modifiers); ", as did A and B" gives every
  member of the list the clause's meetings (``meeting_as_did_en``).
- Meetings, Arabic: co-chairs, "ترأس X وY اجتماع اللجنة", also with each one's title after his
  name set off by commas and the Gulf protocol's "وأخوه": "ترأس الشيخ X أمير البلاد المفدى،
  وأخوه فخامة الرئيس Y رئيس الجمهورية التركية، اجتماع الدورة التاسعة للجنة"
  (``meeting_gathered_ar.held_together_ar``); planned ones stay unread.
- Meetings, Arabic: a second title after a name that starts with a و of its own ("... ولي
  العهد نائب رئيس مجلس الوزراء وزير الدفاع") is the named man's, not a description of someone
  before, and the council in his title is no subject of the verb (``protocol_forms
  .second_title_ar``, ``title_holders``): "عقد الأمير X ولي العهد نائب رئيس مجلس الوزراء وزير
  الدفاع جلسة مباحثات مع فخامته" gives X and the guest.
- Meetings, Arabic: attendee lists go on past a title told after each name in "فيما حضره من
  الجانب التركي A وزير الخارجية، وB وزير الدفاع، وC" (``meeting_attended_ar.attendees_ar``) and
  after "ومن الجانب التركي" ("B، ومعالي رئيس جهاز الاستخبارات C، والمتحدث باسم الرئاسة D":
  ``meeting_by_side.other_side_ar``, ``meeting_attend_forms._title_run_ar`` with an honorific
  before the title).
- Coreference: "His Majesty" / "His Highness" (English) and «سموه» / «جلالته» (Arabic) are not a
  ruler named as lost ("the late Sultan X", "the death of Emir X", «المغفور له بإذن الله تعالى
  الشيخ X»، «X طيب الله ثراه») when a living bearer is named, also further back than three
  sentences (``honorific_refs._bearer``, ``desc_new_ruler.loss_at``); an English honorific's
  bearer is titled in the capitalised run right before his name, not "His Majesty received HE X"
  (``honorific_refs._titled``).
- Coreference, Arabic: a description of the dead («الأمير الراحل»، «الملك الراحل») with no
  killing told is the ruler named as lost before (``desc_new_ruler.late_person``, from
  ``title_holder_checks.deceased_description``): "..., الذي تولى مسند الإمارة ... بعد وفاة Z"
  gives that ruler's succession, not the new emir's.
- Coreference, Arabic: «سموه» after "مع" (or as «لسموه»، «بسموه») is not the subject of its own
  clause: "وعقد صاحب السمو الملكي الأمير X جلسة مباحثات رسمية مع سموه" is X with the prince
  named before (``honorific_refs._clause_subjects``).
- Killings, English: "since Saudi agents killed X": the national adjective of the killers'
  noun right before the verb is the agent, not a country named before in another clause
  (``kill_national_agents_en``).
- Meetings, Arabic: "وكان في استقباله بالمطار صاحب السمو الملكي الأمير X": the style of
  address before the host's title no longer hides him (``meetings_ar._late_subject``).
- Meetings, English: "The audiences were attended by A" reads the attendees of the audiences
  told before (``meeting_attended._EN_MEETING``).
"""

import pytest

from tests.extract_support import met_sorted as _met
from tests.extract_support import relation_pairs
from tests.extract_support import sorted_pair as _pair

ERDOGAN, MBS, SALMAN, TAMIM, MBZ = (
    "person:recep-tayyip-erdogan", "person:mohammed-bin-salman", "person:salman-bin-abdulaziz",
    "person:tamim-bin-hamad-al-thani", "person:mohamed-bin-zayed")
FIDAN, SIMSEK, KALIN, GULER, CAVUSOGLU, AKAR = (
    "person:hakan-fidan", "person:mehmet-simsek", "person:ibrahim-kalin", "person:yasar-guler",
    "person:mevlut-cavusoglu", "person:hulusi-akar")
FBF, KBS, MBAR, ABZ, TAHNOUN = (
    "person:faisal-bin-farhan", "person:khalid-bin-salman", "person:mohammed-bin-abdulrahman-al-thani",
    "person:abdullah-bin-zayed", "person:tahnoun-bin-zayed")


def _all_met(met: set, attendees: list, principals: list) -> list:
    """The (attendee, principal) pairs missing from *met*."""
    return [(a, p) for a in attendees for p in principals if _pair(a, p) not in met]


# --- English attendee lists: two-portfolio titles, "the delegation-level talks", "as did A and B"

@pytest.mark.parametrize("text, principals, attendees", [
    ("Turkish President Recep Tayyip Erdogan met Saudi Crown Prince Mohammed bin Salman in Jeddah "
     "on Monday. Foreign Minister Hakan Fidan and Treasury and Finance Minister Mehmet Simsek "
     "attended the talks.", [ERDOGAN, MBS], [FIDAN, SIMSEK]),
    ("Qatar's Emir Sheikh Tamim bin Hamad Al Thani received Turkish President Recep Tayyip Erdogan "
     "at Lusail Palace on Tuesday. Defence Minister Yasar Guler, Treasury and Finance Minister "
     "Mehmet Simsek and intelligence chief Ibrahim Kalin also attended the meeting.",
     [TAMIM, ERDOGAN], [GULER, SIMSEK, KALIN]),
    ("UAE President Sheikh Mohamed bin Zayed received Turkish President Recep Tayyip Erdogan in Abu "
     "Dhabi. Foreign Minister Hakan Fidan, Culture and Tourism Minister Mehmet Nuri Ersoy and "
     "Defence Minister Yasar Guler attended the talks.", [MBZ, ERDOGAN], [FIDAN, GULER]),
])
def test_an_attendee_list_goes_on_past_a_two_portfolio_title(shipped, text, principals,
                                                              attendees):
    assert _all_met(_met(shipped, text), attendees, principals) == []


@pytest.mark.parametrize("text, principals, attendees", [
    ("Turkish President Recep Tayyip Erdogan met Saudi Crown Prince Mohammed bin Salman in Jeddah "
     "on Monday. Foreign Minister Hakan Fidan attended the delegation-level talks.",
     [ERDOGAN, MBS], [FIDAN]),
    ("Qatar's Emir Sheikh Tamim bin Hamad Al Thani received Turkish President Recep Tayyip Erdogan "
     "in Doha. Intelligence chief Ibrahim Kalin also attended the one-on-one meeting.",
     [TAMIM, ERDOGAN], [KALIN]),
    ("Saudi Foreign Minister Prince Faisal bin Farhan held talks with Turkish Foreign Minister "
     "Hakan Fidan in Ankara. Defence Minister Yasar Guler attended the closed-door session.",
     [FBF, FIDAN], [GULER]),
])
def test_a_hyphenated_modifier_before_the_meeting_noun_still_names_the_meeting(
        shipped, text, principals, attendees):
    assert _all_met(_met(shipped, text), attendees, principals) == []


@pytest.mark.parametrize("text, principals, attendees", [
    ("Turkish President Recep Tayyip Erdogan met Saudi Crown Prince Mohammed bin Salman in Jeddah "
     "on Monday. Foreign Minister Hakan Fidan attended the talks, as did Saudi Defense Minister "
     "Prince Khalid bin Salman and Foreign Minister Prince Faisal bin Farhan.",
     [ERDOGAN, MBS], [FIDAN, KBS, FBF]),
    ("Qatar's Emir Sheikh Tamim bin Hamad Al Thani received Turkish President Recep Tayyip Erdogan "
     "in Doha. Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani attended the meeting, as did "
     "Foreign Minister Hakan Fidan and Defence Minister Yasar Guler.",
     [TAMIM, ERDOGAN], [MBAR, FIDAN, GULER]),
    ("UAE President Sheikh Mohamed bin Zayed received Turkish President Recep Tayyip Erdogan in Abu "
     "Dhabi. National Security Adviser Sheikh Tahnoun bin Zayed attended the talks, as did Foreign "
     "Minister Mevlut Cavusoglu and Defence Minister Hulusi Akar.",
     [MBZ, ERDOGAN], [TAHNOUN, CAVUSOGLU, AKAR]),
])
def test_as_did_a_and_b_gives_each_of_the_list_the_meeting(shipped, text, principals,
                                                           attendees):
    assert _all_met(_met(shipped, text), attendees, principals) == []


def test_a_planned_attendance_with_a_two_portfolio_title_is_no_meeting(shipped):
    text = ("Turkish President Recep Tayyip Erdogan met Saudi Crown Prince Mohammed bin Salman in "
            "Jeddah on Monday. Foreign Minister Hakan Fidan and Treasury and Finance Minister "
            "Mehmet Simsek will attend the talks in Riyadh next month.")
    met = _met(shipped, text)
    assert _pair(ERDOGAN, MBS) in met
    assert _pair(SIMSEK, MBS) not in met and _pair(FIDAN, MBS) not in met


# --- Arabic co-chairs, each with his title after the name ------------------------------------

@pytest.mark.parametrize("text, a, b", [
    ("ترأس حضرة صاحب السمو الشيخ تميم بن حمد آل ثاني أمير البلاد المفدى، وأخوه فخامة الرئيس رجب "
     "طيب أردوغان رئيس الجمهورية التركية، اجتماع الدورة التاسعة للجنة الاستراتيجية العليا بين "
     "البلدين، الذي عقد بقصر لوسيل أمس.", TAMIM, ERDOGAN),
    ("وترأس الرئيس رجب طيب أردوغان رئيس الجمهورية التركية، وصاحب السمو الشيخ تميم بن حمد آل ثاني "
     "أمير دولة قطر، اجتماع الدورة السابعة للجنة الاستراتيجية العليا في أنقرة.", ERDOGAN, TAMIM),
    ("ترأس صاحب السمو الشيخ محمد بن زايد آل نهيان رئيس الدولة، وفخامة الرئيس رجب طيب أردوغان، "
     "اجتماع مجلس التعاون الاستراتيجي رفيع المستوى في أبوظبي.", MBZ, ERDOGAN),
])
def test_co_chairs_with_titles_after_their_names_met(shipped, text, a, b):
    assert _pair(a, b) in _met(shipped, text, "ar")


def test_a_planned_co_chaired_meeting_is_no_meeting(shipped):
    text = ("ومن المقرر أن يترأس الشيخ تميم بن حمد آل ثاني أمير البلاد، والرئيس رجب طيب أردوغان "
            "رئيس الجمهورية التركية، اجتماع اللجنة الاستراتيجية العليا الشهر المقبل.")
    assert _pair(TAMIM, ERDOGAN) not in _met(shipped, text, "ar")


# --- Arabic: a stacked title after a name ("... وزير الدفاع") ----------------------------------

_SALMAN_RECEIVES = ("استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود في قصر السلام "
                    "بجدة اليوم، فخامة الرئيس رجب طيب أردوغان رئيس الجمهورية التركية. ")


@pytest.mark.parametrize("text, host, guest", [
    (_SALMAN_RECEIVES + "إثر ذلك، عقد صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز آل سعود "
     "ولي العهد نائب رئيس مجلس الوزراء وزير الدفاع - حفظه الله - جلسة مباحثات رسمية مع فخامته.",
     MBS, ERDOGAN),
    (_SALMAN_RECEIVES + "ثم عقد الأمير محمد بن سلمان ولي العهد نائب رئيس مجلس الوزراء وزير الدفاع "
     "جلسة مباحثات مع الرئيس التركي في القصر ذاته.", MBS, ERDOGAN),
    ("وصل الشيخ تميم بن حمد آل ثاني أمير دولة قطر إلى جدة اليوم. وعقد صاحب السمو الملكي الأمير محمد "
     "بن سلمان ولي العهد نائب رئيس مجلس الوزراء وزير الدفاع جلسة مباحثات رسمية مع أمير قطر.",
     MBS, TAMIM),
])
def test_a_stacked_title_after_the_host_s_name_is_his_own(shipped, text, host, guest):
    met = _met(shipped, text, "ar")
    assert _pair(host, guest) in met
    assert not any("ministers-council" in p for pair in met for p in pair)


# --- Arabic attendee lists with a title after each name ---------------------------------------

@pytest.mark.parametrize("text, principals, attendees", [
    ("استقبل الشيخ تميم بن حمد آل ثاني أمير البلاد الرئيس رجب طيب أردوغان. حضر الاجتماع الشيخ محمد "
     "بن عبدالرحمن آل ثاني رئيس مجلس الوزراء وزير الخارجية، فيما حضره من الجانب التركي هاكان فيدان "
     "وزير الخارجية، ويشار غولر وزير الدفاع الوطني، وإبراهيم قالن رئيس جهاز الاستخبارات.",
     [TAMIM, ERDOGAN], [FIDAN, GULER, KALIN]),
    ("عقد الأمير محمد بن سلمان جلسة مباحثات رسمية مع الرئيس رجب طيب أردوغان. حضر جلسة المباحثات "
     "الأمير فيصل بن فرحان وزير الخارجية، ومن الجانب التركي معالي وزير الخارجية مولود تشاووش "
     "أوغلو، ومعالي رئيس جهاز الاستخبارات الوطنية هاكان فيدان، والمتحدث باسم الرئاسة التركية "
     "إبراهيم قالن.", [MBS, ERDOGAN], [FBF, CAVUSOGLU, FIDAN, KALIN]),
    ("استقبل الشيخ محمد بن زايد آل نهيان الرئيس رجب طيب أردوغان في قصر الوطن. حضر اللقاء الشيخ "
     "عبدالله بن زايد وزير الخارجية، ومن الجانب التركي معالي وزير الخارجية مولود تشاووش أوغلو، "
     "ومعالي وزير الدفاع الوطني خلوصي أكار.", [MBZ, ERDOGAN], [ABZ, CAVUSOGLU, AKAR]),
])
def test_attendee_lists_go_on_past_titles_and_honorifics(shipped, text, principals, attendees):
    assert _all_met(_met(shipped, text, "ar"), attendees, principals) == []


# --- "His Majesty": not the late ruler ---------------------------------------------------------

HAITHAM, QABOOS, ARAGHCHI, WITKOFF = ("person:haitham-bin-tariq", "person:qaboos-bin-said",
                                      "person:abbas-araghchi", "person:steve-witkoff")
MISHAL, NAWAF, SABAH, YILMAZ, SISI = (
    "person:mishal-al-ahmad-al-jaber-al-sabah", "person:nawaf-al-ahmad-al-sabah",
    "person:sabah-al-ahmad-al-jaber-al-sabah", "person:cevdet-yilmaz", "person:abdel-fattah-el-sisi")


@pytest.mark.parametrize("text, host, guest, late", [
    ("His Majesty Sultan Haitham bin Tarik received at Al Alam Palace today Sheikh Tamim bin Hamad "
     "Al Thani, the Emir of Qatar, who offered condolences on the passing of the late Sultan Qaboos "
     "bin Said. His Majesty also received Sheikh Mohamed bin Zayed Al Nahyan, Crown Prince of Abu "
     "Dhabi.", HAITHAM, MBZ, QABOOS),
    ("Sultan Haitham bin Tariq received Iranian Foreign Minister Abbas Araghchi in Muscat on Sunday, "
     "the anniversary of the death of Sultan Qaboos bin Said. His Majesty also received US envoy "
     "Steve Witkoff.", HAITHAM, WITKOFF, QABOOS),
    ("Sheikh Mishal al-Ahmad al-Sabah received Egyptian President Abdel Fattah al-Sisi at Bayan "
     "Palace, weeks after the death of Sheikh Nawaf al-Ahmad al-Sabah. His Highness later received "
     "Turkish Vice President Cevdet Yilmaz.", MISHAL, YILMAZ, NAWAF),
])
def test_his_majesty_is_the_living_ruler_not_the_late_one(shipped, text, host, guest, late):
    met = _met(shipped, text)
    assert _pair(host, guest) in met
    assert _pair(late, guest) not in met


def test_his_majesty_is_not_the_guest_he_received(rules_only):
    text = ("His Majesty Sultan Haitham bin Tarik received Sheikh Tamim bin Hamad Al Thani, who "
            "offered condolences on the passing of the late Sultan Qaboos bin Said. Later, His "
            "Majesty received HE Fuat Oktay, Vice-President of Turkey. The audiences were attended "
            "by HH Sayyid Asaad bin Tarik Al Said, Deputy Prime Minister. His Majesty then received "
            "Sheikh Mohamed bin Zayed.")
    met = _met(rules_only, text)
    assert _pair(HAITHAM, "person:fuat-oktay") in met
    assert _pair(HAITHAM, "person:asaad-bin-tariq") in met
    assert _pair(HAITHAM, MBZ) in met
    assert _pair("person:fuat-oktay", MBZ) not in met


# --- Arabic: the late ruler's own succession ---------------------------------------------------

@pytest.mark.parametrize("text, new, old, older", [
    ("الكويت - 30 - 9 (كونا) -- أدى حضرة صاحب السمو أمير البلاد الشيخ نواف الأحمد الجابر الصباح "
     "اليوم الأربعاء اليمين الدستورية أمام مجلس الأمة، خلفاً للمغفور له بإذن الله تعالى الشيخ صباح "
     "الأحمد الجابر الصباح طيب الله ثراه. وكان مجلس الوزراء قد نادى بسموه أميراً للبلاد عقب إعلان "
     "الديوان الأميري وفاة سمو الأمير الراحل، الذي تولى مسند الإمارة في يناير 2006 بعد وفاة الشيخ "
     "جابر الأحمد الجابر الصباح.", NAWAF, SABAH, "person:jaber-al-ahmad-al-sabah"),  # (a gazetteer id since s70)
    ("الكويت - 20 - 12 (كونا) -- أدى حضرة صاحب السمو أمير البلاد الشيخ مشعل الأحمد الجابر الصباح "
     "اليوم اليمين الدستورية، خلفاً للمغفور له بإذن الله تعالى الشيخ نواف الأحمد الجابر الصباح طيب "
     "الله ثراه. وكان مجلس الوزراء قد نادى بسموه أميراً للبلاد عقب إعلان وفاة سمو الأمير الراحل، "
     "الذي تولى مسند الإمارة في سبتمبر 2020 بعد وفاة الشيخ صباح الأحمد الجابر الصباح.",
     MISHAL, NAWAF, SABAH),
    ("الرياض (واس) -- بايعت الأسرة المالكة صاحب السمو الملكي الأمير سلمان بن عبدالعزيز آل سعود "
     "ملكاً للبلاد، خلفاً للمغفور له بإذن الله تعالى الملك عبدالله بن عبدالعزيز رحمه الله. وكانت "
     "هيئة البيعة قد اجتمعت عقب إعلان الديوان الملكي وفاة الملك الراحل، الذي تولى الحكم في أغسطس "
     "2005 بعد وفاة الملك فهد بن عبدالعزيز.", SALMAN, "person:abdullah-bin-abdulaziz",
     "person:fahd-bin-abdulaziz"),
])
def test_the_late_ruler_s_relative_clause_is_his_own_succession(shipped, text, new, old, older):
    pairs = relation_pairs(shipped, text, "SUCCESSOR_OF", "ar")
    assert (new, old) in pairs
    assert (old, older) in pairs
    assert (new, older) not in pairs


# --- "since Saudi agents killed X" -------------------------------------------------------------

KHASHOGGI, ZAM, MABHOUH = ("person:jamal-khashoggi", "person:ruhollah-zam",
                           "person:mahmoud-al-mabhouh")


@pytest.mark.parametrize("text, victim, agent, not_agent", [
    ("Turkish President Recep Tayyip Erdogan on Wednesday welcomed Saudi Crown Prince Mohammed bin "
     "Salman in Ankara, marking the de facto ruler's first visit to Turkey since Saudi agents killed "
     "journalist Jamal Khashoggi in Istanbul in October 2018.", KHASHOGGI, "country:saudi-arabia",
     "country:turkey"),
    ("It was his first visit to Turkey since Saudi operatives killed Jamal Khashoggi in Istanbul.",
     KHASHOGGI, "country:saudi-arabia", "country:turkey"),
    ("The crown prince had not visited Turkey since Israeli agents killed Hamas commander Mahmoud "
     "al-Mabhouh in Dubai.", MABHOUH, "country:israel", "country:turkey"),
    ("He flew to Iraq for the first time after Iranian agents killed dissident Ruhollah Zam.",
     ZAM, "country:iran", "country:iraq"),
])
def test_the_killers_national_adjective_is_the_agent(shipped, text, victim, agent, not_agent):
    pairs = relation_pairs(shipped, text, "ASSASSINATED_BY", "en")
    assert (victim, agent) in pairs
    assert (victim, not_agent) not in pairs


def test_an_accusation_against_agents_is_no_killing(shipped):
    text = ("Turkey accused Saudi agents of plotting to kill a dissident, Ankara said on Monday.")
    assert relation_pairs(shipped, text, "ASSASSINATED_BY", "en") == set()


# --- "وكان في استقباله بالمطار صاحب السمو الملكي الأمير X" ----------------------------------------

@pytest.mark.parametrize("text, guest, host", [
    ("وكان فخامة الرئيس التركي رجب طيب أردوغان قد وصل إلى جدة في وقت سابق اليوم، وكان في "
     "استقباله بمطار الملك عبدالعزيز الدولي صاحب السمو الملكي الأمير خالد الفيصل أمير منطقة مكة "
     "المكرمة.", ERDOGAN, "person:khaled-al-faisal"),
    ("وصل الرئيس رجب طيب أردوغان إلى الرياض مساء اليوم، وكان في استقباله بالمطار صاحب السمو "
     "الملكي الأمير فيصل بن فرحان وزير الخارجية.", ERDOGAN, FBF),
    ("وصل الشيخ تميم بن حمد آل ثاني أمير دولة قطر إلى أبوظبي اليوم، وكان في استقباله لدى وصوله "
     "مطار الرئاسة صاحب السمو الشيخ طحنون بن زايد آل نهيان مستشار الأمن الوطني.", TAMIM, TAHNOUN),
])
def test_the_host_at_the_airport_after_the_gulf_style_of_address(shipped, text, guest, host):
    assert _pair(guest, host) in _met(shipped, text, "ar")


def test_a_planned_airport_reception_is_no_meeting(shipped):
    text = ("ومن المقرر أن يصل الرئيس رجب طيب أردوغان إلى الرياض غداً، على أن يكون في استقباله "
            "بالمطار صاحب السمو الملكي الأمير فيصل بن فرحان وزير الخارجية.")
    assert _pair(ERDOGAN, FBF) not in _met(shipped, text, "ar")


# --- «مع سموه»: not the clause's own subject ----------------------------------------------------

@pytest.mark.parametrize("text, a, b", [
    ("وصل الشيخ تميم بن حمد آل ثاني أمير دولة قطر إلى جدة اليوم. وعقد صاحب السمو الملكي الأمير محمد "
     "بن سلمان ولي العهد جلسة مباحثات رسمية مع سموه.", MBS, TAMIM),
    ("وصل سمو الشيخ طحنون بن زايد آل نهيان إلى أنقرة. والتقى سمو الشيخ عبدالله بن زايد مع سموه في "
     "السفارة.", ABZ, TAHNOUN),
    ("وصل صاحب السمو الشيخ محمد بن زايد آل نهيان إلى الرياض مساء اليوم. وعقد صاحب السمو الملكي الأمير "
     "محمد بن سلمان اجتماعاً مغلقاً مع سموه في قصر اليمامة.", MBS, MBZ),
])
def test_with_his_highness_is_the_prince_named_before(shipped, text, a, b):
    assert _pair(a, b) in _met(shipped, text, "ar")


def test_a_call_with_his_highness_is_no_meeting(shipped):
    text = ("وصل سمو الشيخ طحنون بن زايد آل نهيان إلى أنقرة. وأجرى سمو الشيخ عبدالله بن زايد اتصالاً "
            "هاتفياً مع سموه.")
    assert _pair(ABZ, TAHNOUN) not in _met(shipped, text, "ar")
