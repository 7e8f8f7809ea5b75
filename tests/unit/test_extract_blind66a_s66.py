"""Session 66 (blind66a): fixes after the first contact of blind set OS-OT (Iraq 2003-2013, written
blind: Bremer and the Governing Council, Allawi, Jaafari and Maliki, Talabani, Sadr, the US and
Iranian envoys, Zarqawi and his successors, the Hakims, Barzani, Ahmadinejad's and Bush's visits),
each read in several paraphrases of other outlets, people and clitics.

- Meetings, Arabic: a time aside between commas after the two subjects of a held-talks verb,
  «عقد السفير الأميركي X والسفير الإيراني Y، أمس، جولة محادثات», «أجرى X وY، مساء الثلاثاء،
  مباحثات»: X met Y (``time_aside_ar.time_aside_start_ar``, read by ``meetings`` in the
  ``met_plural_noun_ar`` branch). Across the aside the subjects must follow the verb at once
  (``time_aside_ar.held_right_before_ar``: not the members of «أجرى وفد يضم A وB، الخميس،
  مباحثات»); a negated holding verb, «لم يعقد X وY جلسة مباحثات», is no meeting, with or
  without the aside.
- Lists, Arabic: "his two deputies" and "his aides" join a list as "his deputy" did, «التقى
  بوش الرئيس X ونائبيه A وB»: the subject met X, A and B (``chains._AR_COMPANIONS``: نائبيه،
  نائباه، مساعديه، معاونه، معاونيه).
- Meetings, Arabic: a document or an invitation handed in person is a meeting, as a message
  was, «سلّم X، صباح اليوم، وثيقة نقل السيادة إلى Y، بحضور A وB»: X met Y, and A and B attended
  (``meeting_message_handed``: وثيقة، دعوة; the recipient after the noun's own complement, and
  after an adjective of the message, «رسالة خطية من Z إلى Y»). Not sent («أرسل X رسالة إلى
  Y»), planned («سيسلّم»), negated, or in a televised speech.
- Meetings, Arabic: "at the head of those who received Y", «وكان X في مقدمة / طليعة مستقبلي Y
  لدى وصوله»: X received Y, as «وكان X في استقبال Y» (``meetings._in_reception_ar``); the host
  right after كان is read first, so a person named later («...، وعقد الرئيسان جلسة مباحثات
  بحضور Z») is an attendee, not the host. Not «من المقرر أن يكون X ...», «لم يكن X ...», nor
  the coffin of Y («مستقبلي جثمان Y»).
- Meetings, English: subjects set off by appositions before a journey coordinated with the
  meeting verb, "Condoleezza Rice, the US secretary of state, and the foreign secretary, Jack
  Straw, flew into Baghdad and met X": both met X, and each other
  (``meeting_joint_subjects_en._journey_before_and``); the visitor rule no longer takes the
  fellow subject for a host whose meetings it drops (``meeting_visitor._FELLOW_SUBJECT_RULES``).
  Not two clauses ("A, <app.>, arrived in Riyadh, and B, <app.>, met Z"), nor a journey to come.
- Meetings, English: a meeting "between X and (the) leaders of O" that "has been postponed",
  "was called off" or "cancelled" is none (``meeting_body_side``: the meeting noun is tested
  too, as for two people); one that "took place" or "were held" still is.
- Meetings, Arabic: a visit to someone's office where "the two sides" then did something,
  «ثم توجه X إلى مقر رئيس الوزراء Y، حيث وقّع الجانبان ...، بحضور A وB»: X met Y, and A and B
  attended (``meeting_office_visit_ar``, run by ``meetings_ar``; office, house or palace, a
  title word of the owner's between). Not planned («من المقرر أن يتوجه»), negated («لم
  يتوجه»), nor «حيث لم يعقد الجانبان».
- Meetings, Arabic: the host who opened a meeting told before met its participants, «عقد X وY
  جولة محادثات في مكتب Z. وافتتح Z الاجتماع بكلمة ...، وحضره W»: Z met X and Y, and W, who
  attended, met Z too (``meeting_opened_ar``, run by ``meetings_ar``). Not «افتتح X معرضاً»
  (an event, no meeting noun), nor with no meeting told.
- Names, Arabic: the first halves of the usual names in الدين are given names (weak: also
  ordinary words), «خلفاً لعز الدين سليم»، «محافظ كركوك نجم الدين كريم»
  (``given_names.yaml``: عز، نجم، فخر، زين، شرف، شمس; not بهاء, the second half of «صلاح الدين
  بهاء الدين»). "عز" alone stays a word («إن عز الدولة في وحدة أبنائها»).
"""

import pytest

from tests.extract_support import entity_ids as _ids
from tests.extract_support import met_sorted as _met
from tests.extract_support import relation_pairs
from tests.extract_support import sorted_pair as _pair

CROCKER, QOMI = "person:ryan-crocker", "person:hassan-kazemi-qomi"
SALIH, KADHIMI = "person:barham-salih", "person:mustafa-al-kadhimi"
FUAD, AMIR = "person:fuad-hussein", "person:hossein-amir-abdollahian"
AOUN, SALAM = "person:joseph-aoun", "person:nawaf-salam"
FIDAN, GULER = "person:hakan-fidan", "person:yasar-guler"
BUSH, TALABANI, ABDULMAHDI, HASHIMI = ("person:george-w-bush", "person:jalal-talabani",
                                       "person:adil-abdul-mahdi", "person:tariq-al-hashimi")
ARAGHCHI, BURHAN, HEMEDTI, AGAR = ("person:abbas-araghchi", "person:abdel-fattah-al-burhan",
                                   "person:mohamed-hamdan-dagalo", "person:malik-agar")
BREMER, MAHMOUD, ALLAWI, SALIH = ("person:paul-bremer", "person:medhat-al-mahmoud",
                                  "person:ayad-allawi", "person:barham-salih")
BARRACK, TRUMP, BUSAIDI, PEZESHKIAN = (
    "person:tom-barrack", "person:donald-trump", "person:badr-albusaidi", "person:masoud-pezeshkian")
AFWERKI, SISI, ABDELATTY = "person:isaias-afwerki", "person:abdel-fattah-el-sisi", "person:badr-abdelatty"
SUDANI, MBS, TAMIM, ERDOGAN = ("person:mohammed-shia-al-sudani", "person:mohammed-bin-salman",
                               "person:tamim-bin-hamad-al-thani", "person:recep-tayyip-erdogan")
RICE, STRAW, JAAFARI = "person:condoleezza-rice", "person:jack-straw", "person:ibrahim-al-jaafari"
BLINKEN, SULLIVAN = "person:antony-blinken", "person:jake-sullivan"
MALIKI, ACCORD, HAMAS, RASHAD = ("person:nouri-al-maliki", "organization:accordance-front",
                                 "organization:hamas", "person:hassan-rashad")
BARZANI = "person:masoud-barzani"
WITKOFF = "person:steve-witkoff"
RUBAIE, RASHID = "person:mowaffak-al-rubaie", "person:abdul-latif-rashid"
GRUNDBERG, ALIMI, ZUBAIDI, ARADA = ("person:hans-grundberg", "person:rashad-al-alimi",
                                    "person:aidarous-al-zubaidi", "person:sultan-al-arada")


# --- a time aside after the two subjects of held talks ------------------------------------------

@pytest.mark.parametrize("text, a, b", [
    ("عقد السفير الأميركي لدى العراق رايان كروكر والسفير الإيراني حسن كاظمي قمي، أمس، جولة محادثات "
     "استمرت أربع ساعات في مكتب رئيس الوزراء العراقي نوري المالكي.", CROCKER, QOMI),
    ("عقد الرئيس العراقي برهم صالح ورئيس الوزراء مصطفى الكاظمي، اليوم الأحد، جلسة مباحثات في بغداد.",
     SALIH, KADHIMI),
    ("أجرى وزير الخارجية فؤاد حسين ونظيره الإيراني حسين أمير عبد اللهيان، مساء الثلاثاء، مباحثات في "
     "طهران.", FUAD, AMIR),
    ("وعقد الرئيس جوزاف عون ورئيس الحكومة نواف سلام، صباح اليوم، جلسة مباحثات في قصر بعبدا.",
     AOUN, SALAM),
])
def test_a_time_aside_after_the_two_subjects_of_held_talks(shipped, text, a, b):
    assert _pair(a, b) in _met(shipped, text, "ar")


@pytest.mark.parametrize("text, a, b", [
    # negated, with or without the aside
    ("لم يعقد الرئيس العراقي برهم صالح ورئيس الوزراء مصطفى الكاظمي، أمس، جلسة مباحثات.", SALIH,
     KADHIMI),
    ("لم يعقد الرئيس العراقي برهم صالح ورئيس الوزراء مصطفى الكاظمي جلسة مباحثات.", SALIH, KADHIMI),
    # planned
    ("من المقرر أن يعقد الرئيس العراقي برهم صالح ورئيس الوزراء مصطفى الكاظمي، غداً، جولة محادثات.",
     SALIH, KADHIMI),
])
def test_no_held_talks_when_negated_or_planned(shipped, text, a, b):
    assert _pair(a, b) not in _met(shipped, text, "ar")


def test_no_held_talks_between_the_members_of_a_delegation_across_the_aside(rules_only):
    # they held talks with someone else (the scorer may still pair a delegation's members)
    text = ("أجرى وفد تركي رفيع يضم وزير الخارجية هاكان فيدان ووزير الدفاع يشار غولر، الخميس، "
            "مباحثات أمنية في بغداد.")
    assert _pair(FIDAN, GULER) not in _met(rules_only, text, "ar")


# --- "his two deputies" in a list ---------------------------------------------------------------

@pytest.mark.parametrize("text, subj, objs", [
    ("وصل الرئيس الأميركي جورج بوش، بعد ظهر الأحد، إلى بغداد في زيارة مفاجئة، واجتمع فور وصوله "
     "بالرئيس جلال الطالباني ونائبيه عادل عبد المهدي وطارق الهاشمي في قصر السلام.", BUSH,
     (TALABANI, ABDULMAHDI, HASHIMI)),
    ("التقى الرئيس الأميركي جورج بوش الرئيس جلال الطالباني ونائبيه عادل عبد المهدي وطارق الهاشمي.",
     BUSH, (TALABANI, ABDULMAHDI, HASHIMI)),
    ("استقبل وزير الخارجية الإيراني عباس عراقجي رئيس مجلس السيادة عبد الفتاح البرهان ونائبيه محمد "
     "حمدان دقلو ومالك عقار.", ARAGHCHI, (BURHAN, HEMEDTI, AGAR)),
    ("التقى المبعوث الأممي هانس غروندبرغ رئيس مجلس القيادة الرئاسي رشاد العليمي ونائبيه عيدروس "
     "الزبيدي وسلطان العرادة في الرياض.", GRUNDBERG, (ALIMI, ZUBAIDI, ARADA)),
])
def test_his_two_deputies_join_the_list_of_those_met(shipped, text, subj, objs):
    met = _met(shipped, text, "ar")
    for o in objs:
        assert _pair(subj, o) in met


def test_his_two_deputies_not_met_when_the_meeting_is_negated(shipped):
    text = "لم يلتقِ الرئيس الأميركي جورج بوش الرئيس جلال الطالباني ونائبيه عادل عبد المهدي وطارق الهاشمي."
    met = _met(shipped, text, "ar")
    assert _pair(BUSH, ABDULMAHDI) not in met
    assert _pair(BUSH, HASHIMI) not in met


# --- a document, an invitation or a message handed in person ----------------------------------

@pytest.mark.parametrize("text, courier, recipient", [
    ("سلّم رئيس سلطة الائتلاف المؤقتة بول بريمر، صباح اليوم الاثنين، وثيقة نقل السيادة إلى رئيس مجلس "
     "القضاء الأعلى القاضي مدحت المحمود في مراسم مقتضبة.", BREMER, MAHMOUD),
    ("سلّم المبعوث الأميركي توم براك رسالة خطية من الرئيس دونالد ترامب إلى الرئيس جوزاف عون.",
     BARRACK, AOUN),
    ("نقل وزير الخارجية العماني بدر البوسعيدي رسالة شفهية من السلطان هيثم بن طارق إلى الرئيس "
     "الإيراني مسعود بزشكيان.", BUSAIDI, PEZESHKIAN),
    ("سلّم وزير الخارجية عباس عراقجي وثيقة التفاهم إلى وزير الخارجية العراقي فؤاد حسين.", ARAGHCHI,
     FUAD),
])
def test_a_document_or_message_handed_in_person(shipped, text, courier, recipient):
    assert _pair(courier, recipient) in _met(shipped, text, "ar")


def test_the_attendees_of_a_handed_document(shipped):
    text = ("سلّم رئيس سلطة الائتلاف المؤقتة بول بريمر، صباح اليوم الاثنين، وثيقة نقل السيادة إلى رئيس "
            "مجلس القضاء الأعلى القاضي مدحت المحمود، بحضور رئيس الوزراء الدكتور إياد علاوي ونائب رئيس "
            "الوزراء برهم صالح، في مراسم مقتضبة جرت في المنطقة الخضراء.")
    met = _met(shipped, text, "ar")
    for a in (ALLAWI, SALIH):
        assert _pair(a, BREMER) in met
        assert _pair(a, MAHMOUD) in met


@pytest.mark.parametrize("text, a, b", [
    ("أرسل الرئيس الأميركي دونالد ترامب رسالة خطية إلى الرئيس جوزاف عون.", TRUMP, AOUN),
    ("سيسلّم المبعوث الأميركي توم براك رسالة خطية من الرئيس دونالد ترامب إلى الرئيس جوزاف عون.",
     BARRACK, AOUN),
    ("لم يسلّم وزير الخارجية عباس عراقجي وثيقة التفاهم إلى وزير الخارجية العراقي فؤاد حسين.",
     ARAGHCHI, FUAD),
    ("سلّم المبعوث الأميركي توم براك، في كلمة متلفزة، رسالة خطية إلى الرئيس جوزاف عون.", BARRACK, AOUN),
])
def test_no_meeting_for_a_message_sent_planned_negated_or_public(shipped, text, a, b):
    assert _pair(a, b) not in _met(shipped, text, "ar")


# --- "at the head of those who received Y" ---------------------------------------------------

@pytest.mark.parametrize("text, host, guest", [
    ("وكان الرئيس الإريتري أسياس أفورقي في مقدمة مستقبلي الرئيس عبد الفتاح السيسي لدى وصوله مطار "
     "أسمرة الدولي.", AFWERKI, SISI),
    ("وكان رئيس الوزراء محمد شياع السوداني في مقدمة مستقبلي الرئيس الإيراني مسعود بزشكيان لدى وصوله "
     "إلى مطار بغداد الدولي.", SUDANI, PEZESHKIAN),
    ("وكان ولي العهد السعودي الأمير محمد بن سلمان في مقدمة مستقبلي الرئيس الأميركي دونالد ترامب لدى "
     "وصوله إلى الرياض.", MBS, TRUMP),
    ("وكان أمير قطر الشيخ تميم بن حمد آل ثاني في طليعة مستقبلي الرئيس التركي رجب طيب أردوغان في مطار "
     "حمد الدولي.", TAMIM, ERDOGAN),
])
def test_at_the_head_of_those_who_received_him(shipped, text, host, guest):
    assert _pair(host, guest) in _met(shipped, text, "ar")


def test_the_host_after_kana_is_read_before_a_later_attendee(shipped):
    text = ("وكان الرئيس الإريتري أسياس أفورقي في مقدمة مستقبلي الرئيس عبد الفتاح السيسي لدى وصوله مطار "
            "أسمرة الدولي، وعقد الرئيسان جلسة مباحثات ثنائية بحضور وزير الخارجية بدر عبد العاطي.")
    met = _met(shipped, text, "ar")
    assert _pair(AFWERKI, SISI) in met
    assert _pair(ABDELATTY, AFWERKI) in met


@pytest.mark.parametrize("text", [
    "ومن المقرر أن يكون رئيس الوزراء محمد شياع السوداني في مقدمة مستقبلي الرئيس الإيراني مسعود بزشكيان.",
    "ولم يكن رئيس الوزراء محمد شياع السوداني في مقدمة مستقبلي الرئيس الإيراني مسعود بزشكيان.",
    "وكان رئيس الوزراء محمد شياع السوداني في مقدمة مستقبلي جثمان الرئيس الإيراني مسعود بزشكيان.",
])
def test_no_reception_planned_negated_or_of_a_coffin(shipped, text):
    assert _pair(SUDANI, PEZESHKIAN) not in _met(shipped, text, "ar")


# --- apposed subjects before "flew into X and met Y" ---------------------------------------

@pytest.mark.parametrize("text, a, b, partner", [
    ("Condoleezza Rice, the US secretary of state, and the foreign secretary, Jack Straw, flew into "
     "Baghdad earlier this month and met Ibrahim al-Jaafari, Jalal Talabani and Sunni leaders.",
     RICE, STRAW, JAAFARI),
    ("Condoleezza Rice, the US secretary of state, and Jack Straw, the foreign secretary, arrived in "
     "Baghdad on Sunday and met Ibrahim al-Jaafari.", RICE, STRAW, JAAFARI),
    ("Antony Blinken, the secretary of state, and Jake Sullivan, the national security adviser, flew "
     "to Riyadh and met Crown Prince Mohammed bin Salman.", BLINKEN, SULLIVAN, MBS),
])
def test_apposed_subjects_of_a_journey_and_a_meeting(shipped, text, a, b, partner):
    met = _met(shipped, text, "en")
    assert _pair(a, partner) in met
    assert _pair(b, partner) in met
    assert _pair(a, b) in met


def test_no_apposed_subject_of_a_journey_to_come(shipped):
    text = ("Antony Blinken, the secretary of state, and Jake Sullivan, the national security adviser, "
            "will fly to Riyadh next week and meet Crown Prince Mohammed bin Salman.")
    met = _met(shipped, text, "en")
    assert _pair(BLINKEN, MBS) not in met
    assert _pair(BLINKEN, SULLIVAN) not in met


def test_no_apposed_subject_of_another_clause(rules_only):
    # (the scorer may pair them: the two were in Riyadh together)
    text = ("Antony Blinken, the secretary of state, arrived in Riyadh, and Jake Sullivan, the national "
            "security adviser, met Crown Prince Mohammed bin Salman.")
    met = _met(rules_only, text, "en")
    assert _pair(BLINKEN, MBS) not in met
    assert _pair(BLINKEN, SULLIVAN) not in met


# --- a meeting with a body's leaders postponed or called off --------------------------------

@pytest.mark.parametrize("text, a, b", [
    ("A meeting between Nouri al-Maliki and leaders of the Accordance Front has been postponed until "
     "Tuesday.", MALIKI, ACCORD),
    ("A meeting between Nouri al-Maliki and the leaders of Hamas was postponed.", MALIKI, HAMAS),
    ("Talks between Nouri al-Maliki and leaders of the Accordance Front were called off.", MALIKI,
     ACCORD),
    ("A meeting between the leaders of Hamas and Egyptian intelligence chief Hassan Rashad was "
     "cancelled.", RASHAD, HAMAS),
])
def test_no_meeting_with_a_bodys_leaders_postponed_or_called_off(shipped, text, a, b):
    assert _pair(a, b) not in _met(shipped, text, "en")


@pytest.mark.parametrize("text, a, b", [
    ("A meeting between Nouri al-Maliki and leaders of the Accordance Front took place on Tuesday.",
     MALIKI, ACCORD),
    ("Talks between the leaders of Hamas and Egyptian intelligence chief Hassan Rashad were held in "
     "Cairo.", RASHAD, HAMAS),
])
def test_a_meeting_with_a_bodys_leaders_held(shipped, text, a, b):
    assert _pair(a, b) in _met(shipped, text, "en")


# --- a visit to someone's office where "the two sides" then did something -------------------

@pytest.mark.parametrize("text, visitor, owner", [
    ("ثم توجه الرئيس الأميركي جورج بوش إلى مقر رئيس الوزراء نوري المالكي، حيث وقّع الجانبان على "
     "الصيغة الرسمية للاتفاقية الأمنية.", BUSH, MALIKI),
    ("وانتقل وزير الخارجية الإيراني عباس عراقجي إلى مكتب رئيس الوزراء محمد شياع السوداني، حيث بحث "
     "الجانبان العلاقات الثنائية.", ARAGHCHI, SUDANI),
    ("ووصل الرئيس التركي رجب طيب أردوغان إلى قصر الرئيس عبد الفتاح السيسي، حيث بحث الرئيسان "
     "العلاقات.", ERDOGAN, SISI),
    ("وتوجه رئيس الوزراء محمد شياع السوداني بعد ذلك إلى مقر الرئيس مسعود بارزاني، حيث عقد الجانبان "
     "اجتماعاً.", SUDANI, BARZANI),
])
def test_a_visit_to_an_office_where_the_two_sides_met(shipped, text, visitor, owner):
    assert _pair(visitor, owner) in _met(shipped, text, "ar")


def test_the_attendees_after_an_office_visit(shipped):
    text = ("ثم توجه الرئيس الأميركي جورج بوش إلى مقر رئيس الوزراء نوري المالكي، حيث وقّع الجانبان، "
            "بحضور السفير الأميركي ريان كروكر، على الصيغة الرسمية للاتفاقية الأمنية.")
    met = _met(shipped, text, "ar")
    assert _pair(CROCKER, BUSH) in met
    assert _pair(CROCKER, MALIKI) in met


@pytest.mark.parametrize("text", [
    "ومن المقرر أن يتوجه وزير الخارجية الإيراني عباس عراقجي إلى مكتب رئيس الوزراء محمد شياع السوداني، "
    "حيث سيبحث الجانبان العلاقات.",
    "ولم يتوجه وزير الخارجية الإيراني عباس عراقجي إلى مكتب رئيس الوزراء محمد شياع السوداني، حيث بحث "
    "الجانبان العلاقات.",
    "وتوجه وزير الخارجية الإيراني عباس عراقجي إلى مكتب رئيس الوزراء محمد شياع السوداني، حيث لم يعقد "
    "الجانبان أي اجتماع.",
])
def test_no_office_visit_meeting_planned_or_negated(shipped, text):
    assert _pair(ARAGHCHI, SUDANI) not in _met(shipped, text, "ar")


# --- the host who opened a meeting told before ------------------------------------------------

@pytest.mark.parametrize("text, opener, a, b", [
    ("عقد السفير الأميركي رايان كروكر والسفير الإيراني حسن كاظمي قمي جولة محادثات في مكتب رئيس الوزراء "
     "نوري المالكي. وافتتح المالكي الاجتماع بكلمة دعا فيها الجانبين إلى التهدئة.", MALIKI, CROCKER,
     QOMI),
    ("عقد وزيرا خارجية مصر بدر عبد العاطي وتركيا هاكان فيدان جولة مباحثات في القاهرة. وافتتح الرئيس "
     "عبد الفتاح السيسي اللقاء.", SISI, ABDELATTY, FIDAN),
    ("عقد المبعوث الأميركي ستيف ويتكوف ووزير الخارجية الإيراني عباس عراقجي جولة محادثات في مسقط. "
     "وافتتح وزير الخارجية العماني بدر البوسعيدي الجولة.", BUSAIDI, WITKOFF, ARAGHCHI),
])
def test_the_opener_met_the_participants(shipped, text, opener, a, b):
    met = _met(shipped, text, "ar")
    assert _pair(opener, a) in met
    assert _pair(opener, b) in met


def test_who_attended_the_opened_meeting_met_the_opener(shipped):
    text = ("عقد السفير الأميركي رايان كروكر والسفير الإيراني حسن كاظمي قمي جولة محادثات في مكتب رئيس "
            "الوزراء نوري المالكي. وافتتح المالكي الاجتماع بكلمة دعا فيها الجانبين إلى التهدئة، وحضره عن "
            "الجانب العراقي مستشار الأمن الوطني موفق الربيعي.")
    assert _pair(RUBAIE, MALIKI) in _met(shipped, text, "ar")


def test_no_opener_of_an_exhibition(shipped):
    text = ("عقد وزير الخارجية فؤاد حسين ونظيره الإيراني عباس عراقجي جولة محادثات. وافتتح الرئيس عبد "
            "اللطيف رشيد معرض بغداد الدولي.")
    met = _met(shipped, text, "ar")
    assert _pair(RASHID, FUAD) not in met
    assert _pair(RASHID, ARAGHCHI) not in met


# --- the given names in الدين -------------------------------------------------------------------

@pytest.mark.parametrize("text, new, old", [
    ("وتولى غازي الياور رئاسة المجلس خلفاً لعز الدين سليم، الذي اغتيل بتفجير سيارة مفخخة.",
     "person:ghazi-al-yawar", "person:ezzedine-salim"),  # (the gazetteer's id since session 72)
    ("وتولى محافظ كركوك نجم الدين كريم منصبه خلفاً لعبد الرحمن مصطفى.", "person:najm-al-din-karim",
     "person:abdul-rahman-mustafa"),
])
def test_a_name_in_al_din_after_a_clitic_or_a_title(rules_only, text, new, old):
    assert (new, old) in relation_pairs(rules_only, text, "SUCCESSOR_OF", "ar")


def test_a_name_in_al_din_met(shipped):
    text = "استقبل رئيس الجمهورية جلال طالباني محافظ كركوك نجم الدين كريم في السليمانية."
    assert _pair(TALABANI, "person:najm-al-din-karim") in _met(shipped, text, "ar")


@pytest.mark.parametrize("text", [
    "وقال رئيس الوزراء إن عز الدولة في وحدة أبنائها.",
    "التقى الوفد الأمين العام للاتحاد الإسلامي الكوردستاني صلاح الدين بهاء الدين في أربيل.",
])
def test_no_name_of_a_word_or_of_the_second_half(rules_only, text):
    assert not any(i.startswith(("person:izz", "person:baha")) for i in _ids(rules_only, text, "ar"))
