"""Session 65 (seen65): constructions session 64 saw and did not fix, each read in several
paraphrases (other people, clitics, word orders).

- Meetings, Arabic: a tour told in one sentence after a reception with a pronoun object.
  «وكان X قد وصل إلى أديس أبابا في إطار جولة إقليمية، حيث استقبله H، بعد محطة في كمبالا التقى
  خلالها Y، ثم زار جيبوتي حيث التقى رئيسها Z»: X met H, Y and Z; H met neither Y nor Z. A visit
  noun that names no one of its own («في إطار جولة») gives the visit verb before it
  (``meeting_visitor._unowned_visit_noun_ar``), and the subject found before a later subjectless
  «ثم زار» that is the host of «حيث استقبله H» gives way to his guest
  (``meeting_visitor._visitor_ar``, ``meeting_tour_guest_ar.received_traveller_ar``).
- Meetings, Arabic: «بدأ X جولته من بغداد حيث استقبله H، قبل أن ينتقل إلى بيروت ويلتقي Y»: the
  subjunctive of moving on after «قبل أن» and the و-verb of meeting after it are the traveller's
  (``meeting_tour.moved_on_before_ar``, ``meeting_visitor._continued_ar``); the guest of a
  reception whose pronoun pair was not read is the person named before it
  (``received_traveller_ar``). Not «على أن ينتقل ... ويلتقي» (a plan), not «دون أن يلتقي».
- Meetings, Arabic: a meeting verb opening an «إذ» clause after a comma, its people a list of
  meetings in turn, has the subject of the clause before it, as after «، حيث»: «وشرع أخنوش في
  مشاوراته، إذ التقى، على التوالي، بمقر حزبه بالرباط، A، ثم B», «وواصل X مشاوراته، إذ التقى
  A، ثم B»: X met A and B, not A-B (``meeting_idh_clause_ar``, in ``meetings``' carried subject);
  the person after asides between commas is the verb's object (after «، حيث» too). Not «، إذ
  التقى X Y» (its own subject), a plan or a negation.
- Killings, English: "the head / leader of <an acronym no mention reads>" ("France says it has
  killed the head of IS in the Sahel", "the leader of AQIM") is that body's head: no office
  holder named before (Macron) and no person named next stands for it
  (``title_holder_checks.of_unknown_acronym_en``, in ``title_description``); "the head of
  Hezbollah" and "the head of ISIS" still resolve.
- Meetings, English: the delegation of a guest told past his apposition, "received X, Crown
  Prince of Abu Dhabi and Deputy Supreme Commander of ..., and the accompanying delegation,
  which included Y" / "received X, who arrived in Baghdad on Sunday, and the delegation
  accompanying him, which included Y": the host met Y (``delegation_apposed_guest_en``, read by
  ``meetings_en``'s delegation rule). Not a planned reception, not "did not include".
- Meetings, English: attendees each with a long title of their own, "The meeting / audiences
  were attended by A, Deputy Prime Minister for International Relations and Cooperation
  Affairs, and B, Advisor to His Majesty": B too ("for" / "to" inside a title:
  ``meeting_assessment_en.titled_list``; "audiences": ``protocol_forms``).
"""

import pytest

from tests.extract_support import met_sorted as _met
from tests.extract_support import sorted_pair as _pair

HEMEDTI, ABIY, MUSEVENI, GUELLEH = ("person:mohamed-hamdan-dagalo", "person:abiy-ahmed",
                                    "person:yoweri-museveni", "person:ismail-omar-guelleh")
ARAGHCHI, SUDANI, ABDULLAH, AOUN, SHARAA = (
    "person:abbas-araghchi", "person:mohammed-shia-al-sudani", "person:abdullah-ii",
    "person:joseph-aoun", "person:ahmed-al-sharaa")
ERDOGAN, TAMIM, MBZ = ("person:recep-tayyip-erdogan", "person:tamim-bin-hamad-al-thani",
                       "person:mohamed-bin-zayed")
TETTEH, MENFI, ABDELATTY, HAFTAR = ("person:hanna-tetteh", "person:mohamed-al-menfi",
                                    "person:badr-abdelatty", "person:khalifa-haftar")
BARRACK = "person:tom-barrack"


# --- a tour after "حيث استقبله H" -----------------------------------------------------------------

@pytest.mark.parametrize("text, traveller, host, others", [
    ("وكان حميدتي قد وصل إلى أديس أبابا الخميس الماضي في إطار جولة إقليمية، حيث استقبله رئيس "
     "الوزراء الإثيوبي آبي أحمد في مكتبه، بعد محطة في كمبالا التقى خلالها الرئيس الأوغندي يويري "
     "موسيفيني، ثم زار جيبوتي حيث التقى رئيسها إسماعيل عمر جيله.", HEMEDTI, ABIY,
     [MUSEVENI, GUELLEH]),
    ("وكان وزير الخارجية الإيراني عباس عراقجي قد وصل إلى بغداد مساء الأحد في إطار جولة إقليمية، "
     "حيث استقبله رئيس الوزراء العراقي محمد شياع السوداني، بعد محطة في عمان التقى خلالها العاهل "
     "الأردني الملك عبد الله الثاني، ثم زار بيروت حيث التقى رئيسها جوزيف عون.", ARAGHCHI, SUDANI,
     [ABDULLAH, AOUN]),
    ("وكانت المبعوثة الأممية هانا تيتيه قد وصلت إلى طرابلس ضمن جولة إقليمية، حيث استقبلها رئيس "
     "المجلس الرئاسي محمد المنفي، بعد محطة في القاهرة التقت خلالها وزير الخارجية المصري بدر عبد "
     "العاطي.", TETTEH, MENFI, [ABDELATTY]),
    ("ووصل الرئيس التركي رجب طيب أردوغان إلى الدوحة في جولة خليجية، حيث استقبله أمير قطر الشيخ "
     "تميم بن حمد آل ثاني، ثم زار أبوظبي حيث التقى رئيس الدولة الشيخ محمد بن زايد آل نهيان.",
     ERDOGAN, TAMIM, [MBZ]),
    ("وبدأ وزير الخارجية الإيراني عباس عراقجي جولته من بغداد حيث استقبله رئيس الوزراء محمد شياع "
     "السوداني، قبل أن ينتقل إلى بيروت ويلتقي الرئيس جوزيف عون، ثم إلى دمشق حيث اجتمع بالرئيس "
     "أحمد الشرع.", ARAGHCHI, SUDANI, [AOUN, SHARAA]),
    ("واستهل الرئيس التركي رجب طيب أردوغان جولته الخليجية من الدوحة حيث استقبله أمير قطر الشيخ "
     "تميم بن حمد آل ثاني، قبل أن يتوجه إلى أبوظبي ويجتمع برئيس الدولة الشيخ محمد بن زايد آل "
     "نهيان.", ERDOGAN, TAMIM, [MBZ]),
    ("وبدأت المبعوثة الأممية هانا تيتيه جولتها من طرابلس حيث استقبلها رئيس المجلس الرئاسي محمد "
     "المنفي، قبل أن تنتقل إلى بنغازي وتلتقي المشير خليفة حفتر.", TETTEH, MENFI, [HAFTAR]),
])
def test_the_traveller_received_with_a_pronoun_meets_the_later_stops(shipped, text, traveller,
                                                                     host, others):
    met = _met(shipped, text, "ar")
    assert _pair(traveller, host) in met
    for o in others:
        assert _pair(traveller, o) in met
        assert _pair(host, o) not in met


@pytest.mark.parametrize("text, traveller, host, other", [
    ("وبدأ وزير الخارجية الإيراني عباس عراقجي جولته من بغداد حيث استقبله رئيس الوزراء محمد شياع "
     "السوداني، على أن ينتقل إلى بيروت ويلتقي الرئيس جوزيف عون.", ARAGHCHI, SUDANI, AOUN),
    ("وبدأ وزير الخارجية الإيراني عباس عراقجي جولته من بغداد حيث استقبله رئيس الوزراء محمد شياع "
     "السوداني، قبل أن ينتقل إلى بيروت دون أن يلتقي الرئيس جوزيف عون.", ARAGHCHI, SUDANI, AOUN),
    ("وصل المبعوث الأمريكي توم براك إلى بيروت في جولة إقليمية، حيث استقبله الرئيس جوزيف عون، ثم "
     "زار دمشق لكنه لم يلتق الرئيس أحمد الشرع.", BARRACK, AOUN, SHARAA),
])
def test_a_planned_or_missed_later_stop_is_no_meeting(rules_only, text, traveller, host, other):
    met = _met(rules_only, text, "ar")
    assert _pair(traveller, host) in met
    assert _pair(traveller, other) not in met
    assert _pair(host, other) not in met


def test_a_host_who_moves_on_himself_keeps_his_meeting(shipped):
    text = ("واستقبل رئيس الوزراء العراقي محمد شياع السوداني وزير الخارجية الإيراني عباس عراقجي، قبل "
            "أن ينتقل السوداني إلى أربيل ويلتقي رئيس الإقليم نيجيرفان بارزاني.")
    met = _met(shipped, text, "ar")
    assert _pair(SUDANI, "person:nechirvan-barzani") in met
    assert _pair(ARAGHCHI, "person:nechirvan-barzani") not in met


# --- the delegation of a guest past his apposition -----------------------------------------------

HAITHAM, MBZ_, TAHNOUN = ("person:haitham-bin-tariq", "person:mohamed-bin-zayed",
                          "person:tahnoun-bin-zayed")
GHARIBABADI = "person:kazem-gharibabadi"


@pytest.mark.parametrize("text, host, guest, member", [
    ("His Majesty Sultan Haitham bin Tarik received His Highness Sheikh Mohamed bin Zayed Al "
     "Nahyan, Crown Prince of Abu Dhabi and Deputy Supreme Commander of the UAE Armed Forces, and "
     "the accompanying delegation, which included Sheikh Tahnoun bin Zayed Al Nahyan, the UAE "
     "National Security Advisor.", HAITHAM, MBZ_, TAHNOUN),
    ("Prime Minister Mohammed Shia al-Sudani received Iranian Foreign Minister Abbas Araghchi, who "
     "arrived in Baghdad on Sunday, and the delegation accompanying him, which included Deputy "
     "Foreign Minister Kazem Gharibabadi.", SUDANI, ARAGHCHI, GHARIBABADI),
    ("Emir Sheikh Tamim bin Hamad Al Thani received Iranian Foreign Minister Abbas Araghchi, "
     "Minister of Foreign Affairs of the Islamic Republic of Iran, and his accompanying "
     "delegation, which included Kazem Gharibabadi, the Deputy Foreign Minister for Legal and "
     "International Affairs.", TAMIM, ARAGHCHI, GHARIBABADI),
    ("Sultan Haitham bin Tarik received Sheikh Mohamed bin Zayed and the accompanying delegation, "
     "which included Sheikh Tahnoun bin Zayed.", HAITHAM, MBZ_, TAHNOUN),
])
def test_the_delegation_of_a_guest_past_his_apposition(shipped, text, host, guest, member):
    met = _met(shipped, text, "en")
    assert _pair(host, guest) in met
    assert _pair(host, member) in met


@pytest.mark.parametrize("text", [
    "Sultan Haitham bin Tarik will receive Sheikh Mohamed bin Zayed, Crown Prince of Abu Dhabi, "
    "and the accompanying delegation, which will include Sheikh Tahnoun bin Zayed.",
    "Sultan Haitham bin Tarik received Sheikh Mohamed bin Zayed, Crown Prince of Abu Dhabi, and "
    "the accompanying delegation, which did not include Sheikh Tahnoun bin Zayed.",
])
def test_a_planned_reception_or_a_member_left_out_is_no_meeting(shipped, text):
    assert _pair(HAITHAM, TAHNOUN) not in _met(shipped, text, "en")


# --- attendees with long titles of their own -------------------------------------------------------

OKTAY, ASAAD, SHIHAB = "person:fuat-oktay", "person:asaad-bin-tariq", "person:shihab-bin-tarik"
FIDAN, KALIN, PEZESHKIAN = "person:hakan-fidan", "person:ibrahim-kalin", "person:masoud-pezeshkian"
KHULAIFI, MBAR = "person:mohammed-al-khulaifi", "person:mohammed-bin-abdulrahman-al-thani"


@pytest.mark.parametrize("text, host, guest, second", [
    ("Sultan Haitham bin Tarik received Fuat Oktay, Vice-President of Turkey. The meeting was "
     "attended by HH Sayyid Asaad bin Tarik Al Said, Deputy Prime Minister for International "
     "Relations and Cooperation Affairs, and HH Sayyid Shihab bin Tarik Al Said, Advisor to His "
     "Majesty.", HAITHAM, OKTAY, SHIHAB),
    ("President Recep Tayyip Erdogan received Iranian President Masoud Pezeshkian. The meeting "
     "was attended by Hakan Fidan, Minister for Foreign Affairs, and Ibrahim Kalin, Head of the "
     "National Intelligence Organization.", ERDOGAN, PEZESHKIAN, KALIN),
    ("Emir Sheikh Tamim bin Hamad Al Thani received Iranian Foreign Minister Abbas Araghchi. The "
     "audiences were attended by Sheikh Mohammed bin Abdulrahman Al Thani, Prime Minister and "
     "Minister for Foreign Affairs, and Mohammed Al-Khulaifi, Minister of State at the Foreign "
     "Ministry.", TAMIM, ARAGHCHI, KHULAIFI),
])
def test_the_second_attendee_after_a_long_title(rules_only, text, host, guest, second):
    met = _met(rules_only, text, "en")
    assert _pair(host, guest) in met
    assert _pair(host, second) in met
    assert _pair(guest, second) in met


# --- «، إذ التقى A، ثم B» --------------------------------------------------------------------------

AKHANNOUCH, OUAHBI, BARAKA = ("person:aziz-akhannouch", "person:abdul-latif-wahbi",
                              "person:nizar-barka")
BERRI, SALAM = "person:nabih-berri", "person:nawaf-salam"
FIDAN_ = "person:hakan-fidan"
_APPOINTED = "عين الملك محمد السادس عزيز أخنوش رئيسا للحكومة. "
_PARTIES = ("الأمين العام لحزب الأصالة والمعاصرة عبد اللطيف وهبي، ثم الأمين العام لحزب الاستقلال "
            "نزار بركة.")


@pytest.mark.parametrize("text, subj, a, b", [
    (_APPOINTED + "ومباشرة بعد تعيينه، شرع رئيس الحكومة المعين في مشاوراته، إذ التقى، على التوالي، "
     "بمقر حزبه بالرباط، " + _PARTIES, AKHANNOUCH, OUAHBI, BARAKA),
    (_APPOINTED + "وشرع أخنوش في مشاوراته، إذ التقى " + _PARTIES, AKHANNOUCH, OUAHBI, BARAKA),
    (_APPOINTED + "وشرع أخنوش في مشاوراته، إذ التقى، على التوالي، " + _PARTIES, AKHANNOUCH, OUAHBI,
     BARAKA),
    ("وواصل عراقجي مشاوراته، إذ التقى وزير الخارجية المصري بدر عبد العاطي، ثم وزير الخارجية "
     "التركي هاكان فيدان.", ARAGHCHI, ABDELATTY, FIDAN_),
    ("وواصلت المبعوثة الأممية هانا تيتيه مشاوراتها، إذ التقت رئيس المجلس الرئاسي محمد المنفي، ثم "
     "رئيس حكومة الوحدة الوطنية عبد الحميد الدبيبة.", TETTEH, MENFI, "person:abdul-hamid-dbeibah"),
    ("وبدأ الرئيس جوزيف عون مشاوراته، إذ استقبل، على التوالي، في قصر بعبدا، رئيس مجلس النواب نبيه "
     "بري، ثم رئيس الحكومة نواف سلام.", AOUN, BERRI, SALAM),
    ("وشارك وزير الخارجية الإيراني عباس عراقجي في المؤتمر، حيث التقى، على التوالي، بمقر السفارة، "
     "وزير الخارجية المصري بدر عبد العاطي، ثم وزير الخارجية التركي هاكان فيدان.", ARAGHCHI,
     ABDELATTY, FIDAN_),
])
def test_an_idh_clause_carries_the_subject_to_meetings_in_turn(rules_only, text, subj, a, b):
    met = _met(rules_only, text, "ar")
    assert _pair(subj, a) in met
    assert _pair(subj, b) in met
    assert _pair(a, b) not in met


def test_an_idh_clause_with_a_subject_of_its_own(shipped):
    text = ("استضافت بغداد جولة من المحادثات، إذ التقى رئيس الاستخبارات العامة السعودية خالد الحميدان "
            "نائبَ أمين المجلس الأعلى للأمن القومي الإيراني سعيد إيرواني.")
    assert _pair("person:khalid-al-humaidan", "person:saeed-iravani") in _met(shipped, text, "ar")


@pytest.mark.parametrize("verb", ["كان من المقرر أن يلتقي", "لم يلتق"])
def test_a_planned_or_negated_idh_clause_is_no_meeting(shipped, verb):
    text = (f"وواصل عراقجي مشاوراته، إذ {verb} وزير الخارجية المصري بدر عبد العاطي، ثم وزير "
            "الخارجية التركي هاكان فيدان.")
    met = _met(shipped, text, "ar")
    assert _pair(ARAGHCHI, ABDELATTY) not in met
    assert _pair(ARAGHCHI, FIDAN_) not in met


# --- "the head of IS" -------------------------------------------------------------------------------

MACRON, SAHRAWI = "person:emmanuel-macron", "person:adnan-abu-walid-al-sahrawi"
_NEUTRALISED = ("President Emmanuel Macron announced on Twitter that Adnan Abu Walid al-Sahrawi was "
                "neutralised by French forces.")


def _victims(extractor, text):
    return {r["source"] for r in extractor.extract(text, lang="en")["relations"]
            if r["type"] == "ASSASSINATED_BY"}


@pytest.mark.parametrize("text", [
    "France says it has killed the head of IS in the Sahel\n" + _NEUTRALISED,
    "France kills the leader of IS in the Greater Sahara\n" + _NEUTRALISED,
    "President Emmanuel Macron met the troops in Gao. France says it has killed the head of IS in "
    "the Sahel.",
    "President Emmanuel Macron visited Gao on Friday. The French army said it had killed the "
    "leader of AQIM in northern Mali.",
])
def test_the_head_of_an_unread_acronym_is_not_the_countrys_head(shipped, text):
    victims = _victims(shipped, text)
    assert MACRON not in victims
    if "neutralised" in text:
        assert SAHRAWI in victims


@pytest.mark.parametrize("text, victim", [
    ("Hezbollah leader Hassan Nasrallah spoke on Thursday. Israel says it has killed the head of "
     "Hezbollah in an air strike on Beirut.", "person:hassan-nasrallah"),
    ("US says it killed the head of ISIS in Syria\nPresident Joe Biden announced that Abu Bakr "
     "al-Baghdadi died during a raid by US special forces.", "person:abu-bakr-al-baghdadi"),
])
def test_the_head_of_a_known_body_still_resolves(rules_only, text, victim):
    assert victim in _victims(rules_only, text)
