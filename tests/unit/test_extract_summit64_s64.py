"""Session 64 (summit64): meetings of several parties read in more forms (the blind sets NU-NV's
signings, summits and attendee lists), each in several paraphrases with negatives.

Dev convention counted first (dev gold, all eras): the signers of one agreement met each other,
and whoever the sentence says witnessed the signing met each signer (arHO6, arHP6, arHV4, arIO5,
arLS4, arGT6, enCL5, arNU2, enNV3); a three-way summit pairs all three (arFL4, arGE4, arGJ2,
arJX6, enLU2, enLY5, enND5, arNU6, arNV4).

- Signings, Arabic: the first signer told by a title the tagger reads as the person, his name
  after more titles («وقّع رئيس مجلس السيادة الانتقالي القائد العام ... عبد الفتاح البرهان،
  ورئيس مجلس الوزراء ... عبد الله حمدوك، ظهر اليوم ...، على الاتفاق»): the list goes on from the
  name (``meeting_signed_more.named_after_title``).
- Signings, Arabic: the second signer past the first one's nickname in guillemets and past a
  body named inside his own title («محمد حمدان دقلو «حميدتي» ورئيس الهيئة القيادية لتنسيقية
  ... «تقدم» الدكتور عبد الله حمدوك ... إعلاناً مشتركاً»; ``chain_paren_alias``,
  ``meeting_signed_more.second_cosigner_ar``); the partner after «مع» past such a title
  («مذكرة تفاهم مع رئيس إقليم «أرض الصومال» الانفصالي آنذاك موسى بيحي عبدي»;
  ``person_past_title_ar`` in ``meeting_signed_ar._partner``).
- Signings, English: "A, national security adviser to Ethiopian Prime Minister X, and B, ...,
  signed the agreement": A signed, not X named inside his apposition
  (``meeting_signed_more.apposition_owner_en``); "The signing took place in the presence of
  the AU panel - A, B and former deputy president C": the witnesses met the signers told
  before (``meeting_present_more._meeting_in_presence``, ``_people_past_group``; "deputy"
  and "vice" qualify a title inside a list, ``chains``).
- Summits, Arabic: the dual title before two names after «جمعته»: «في قمة ثلاثية بأسمرة جمعته
  بالرئيسين المصري A والإريتري B» (``meeting_comprised_ar._dual_title_before``).
- Summits, both languages: a counted plural with its list apposed, told as the meeting's
  people: «إثر اجتماع عقده الرؤساء الثلاثة، جوزاف عون ونبيه بري ونواف سلام، في قصر بعبدا»،
  «في قمة ضمت القادة الثلاثة، A وB وC»، "The three presidents, A, B and C, held talks"
  (``meeting_all_sides.counted_list_met``; not «اجتماع مرتقب يعقده ...»، "will meet").
- Delegations, English: "X met (on Friday) with the delegations of A and B", "received the
  delegations of A and B", "met the A and B delegations": X met each body and the two bodies
  met (dev enNV5; ``meeting_delegations_of_en``); not "will meet", "did not meet", "criticised".
- Hosts, English: "At talks hosted by H in P, A and B agreed ...": A met B and both met H
  (dev enNV3; ``meeting_fronted_hosted_en``); not talks "to be hosted", indirect talks, nor one
  subject telling of another ("A said B had agreed").
- Attendees, Arabic: a second attendee after a title told after the first one's name, the
  first title holding its own و: «بحضور X وزير الخارجية والهجرة ووزير الإعلام الإريتري Y»
  (``meeting_attend_forms._second_title_after_title``).
"""

import pytest

from tests.extract_support import met_sorted as _met
from tests.extract_support import sorted_pair as _pair

BURHAN, HAMDOK, HEMEDTI = ("person:abdel-fattah-al-burhan", "person:abdalla-hamdok",
                           "person:mohamed-hamdan-dagalo")
SUDANI, ERDOGAN, HILU, KIIR = ("person:mohammed-shia-al-sudani", "person:recep-tayyip-erdogan",
                               "person:abdelaziz-al-hilu", "person:salva-kiir")
SADR, AMIRI, BARZANI, HALBOUSI = ("person:muqtada-al-sadr", "person:hadi-al-amiri",
                                  "person:masoud-barzani", "person:mohammed-al-halbousi")
ABIY, MUSE, MASROUR = "person:abiy-ahmed", "person:muse-bihi-abdi", "person:masrour-barzani"
REDWAN, GETACHEW, OBASANJO, KENYATTA, MLAMBO = (
    "person:redwan-hussein", "person:getachew-reda", "person:olusegun-obasanjo",
    "person:uhuru-kenyatta", "person:phumzile-mlambo-ngcuka")
ARAJI, SHAMKHANI, WANG = "person:qassim-al-araji", "person:ali-shamkhani", "person:wang-yi"
FIDAN, FAISAL = "person:hakan-fidan", "person:faisal-bin-farhan"
SISI, ISAIAS, HSM = ("person:abdel-fattah-el-sisi", "person:isaias-afwerki",
                     "person:hassan-sheikh-mohamud")
RAISI, PUTIN, KADHIMI, ABDULLAH = ("person:ebrahim-raisi", "person:vladimir-putin",
                                   "person:mustafa-al-kadhimi", "person:abdullah-ii")
ABDELATTY, YEMANE, ABBASI = ("person:badr-abdelatty", "person:yemane-gebremeskel",
                             "person:thabet-al-abbasi")
SHOUKRY, KAMEL = "person:sameh-shoukry", "person:abbas-kamel"


# --- Arabic: the first signer told by a title read as the person -----------------------------

@pytest.mark.parametrize("text, pairs", [
    ("وقّع رئيس مجلس السيادة الانتقالي القائد العام للقوات المسلحة الفريق أول ركن عبد الفتاح "
     "البرهان، ورئيس مجلس الوزراء الدكتور عبد الله حمدوك، ظهر اليوم بالقصر الجمهوري، على "
     "الاتفاق السياسي.", [(BURHAN, HAMDOK)]),
    ("وقّع رئيس مجلس السيادة الانتقالي القائد العام للقوات المسلحة الفريق أول عبد الفتاح "
     "البرهان، ورئيس الحركة الشعبية لتحرير السودان - شمال عبد العزيز الحلو، مساء الأحد في "
     "جوبا، على إعلان المبادئ، بحضور رئيس جنوب السودان سلفا كير ميارديت.",
     [(BURHAN, HILU), (BURHAN, KIIR), (HILU, KIIR)]),
    ("الخرطوم (سونا) - وقّع رئيس مجلس السيادة الانتقالي القائد العام للقوات المسلحة الفريق أول "
     "ركن عبد الفتاح البرهان، ورئيس مجلس الوزراء الدكتور عبد الله حمدوك، ظهر اليوم بالقصر "
     "الجمهوري، على الاتفاق السياسي، بحضور نائب رئيس مجلس السيادة الفريق أول محمد حمدان دقلو "
     "وأعضاء المجلس.", [(BURHAN, HAMDOK), (BURHAN, HEMEDTI), (HAMDOK, HEMEDTI)]),
])
def test_cosigners_after_a_title_read_as_the_first_signer(shipped, text, pairs):
    got = _met(shipped, text, "ar")
    for a, b in pairs:
        assert _pair(a, b) in got


@pytest.mark.parametrize("text", [
    "لم يوقّع رئيس مجلس السيادة الانتقالي الفريق أول عبد الفتاح البرهان، ورئيس مجلس الوزراء "
    "عبد الله حمدوك، على الاتفاق السياسي.",
    "ومن المقرر أن يوقّع رئيس مجلس السيادة الانتقالي الفريق أول عبد الفتاح البرهان، ورئيس مجلس "
    "الوزراء عبد الله حمدوك، غداً على الاتفاق السياسي.",
])
def test_a_signing_not_done_pairs_no_cosigners(shipped, text):
    assert _pair(BURHAN, HAMDOK) not in _met(shipped, text, "ar")


# --- Arabic: past a nickname in guillemets and a body inside the second signer's title ---------

@pytest.mark.parametrize("text, a, b", [
    ("وقّع قائد قوات الدعم السريع الفريق أول محمد حمدان دقلو «حميدتي» ورئيس الهيئة القيادية "
     "لتنسيقية القوى الديمقراطية المدنية «تقدم» الدكتور عبد الله حمدوك، مساء الثلاثاء في أديس "
     "أبابا، إعلاناً مشتركاً.", HEMEDTI, HAMDOK),
    ("ووقّع زعيم التيار الصدري مقتدى الصدر «السيد القائد» ورئيس تحالف «الفتح» هادي العامري، "
     "أمس في النجف، وثيقة تفاهم سياسي.", SADR, AMIRI),
    ("وقّع الزعيم الكردي مسعود بارزاني «كاك مسعود» ورئيس حزب «تقدم» محمد الحلبوسي، في أربيل، "
     "اتفاقاً سياسياً.", BARZANI, HALBOUSI),
])
def test_cosigners_past_a_nickname_and_a_body_in_the_title(shipped, text, a, b):
    assert _pair(a, b) in _met(shipped, text, "ar")


def test_cosigners_past_a_nickname_by_video_link_did_not_meet(shipped):
    text = ("وقّع قائد قوات الدعم السريع محمد حمدان دقلو «حميدتي» ورئيس الهيئة القيادية لتنسيقية "
            "«تقدم» عبد الله حمدوك إعلاناً مشتركاً عبر الاتصال المرئي.")
    assert _pair(HEMEDTI, HAMDOK) not in _met(shipped, text, "ar")


@pytest.mark.parametrize("text, a, b", [
    ("واندلعت الأزمة إثر توقيع آبي أحمد في أديس أبابا مطلع العام مذكرة تفاهم مع رئيس إقليم «أرض "
     "الصومال» الانفصالي آنذاك موسى بيحي عبدي، تمنح إثيوبيا منفذاً بحرياً.", ABIY, MUSE),
    ("ووقّع رئيس الوزراء الإثيوبي آبي أحمد في أديس أبابا مذكرة تفاهم مع رئيس إقليم «أرض الصومال» "
     "موسى بيحي عبدي.", ABIY, MUSE),
    ("ووقّع رئيس الوزراء العراقي محمد شياع السوداني اتفاقاً مع رئيس حكومة «إقليم كردستان» مسرور "
     "بارزاني في بغداد.", SUDANI, MASROUR),
])
def test_the_partner_after_ma_past_a_quoted_place_in_his_title(shipped, text, a, b):
    assert _pair(a, b) in _met(shipped, text, "ar")


def test_an_attendee_after_an_unnamed_partner_is_no_partner(shipped):
    text = ("ووقّع رئيس الوزراء العراقي محمد شياع السوداني اتفاقاً مع رئيس شركة «توتال» بحضور "
            "وزير النفط حيان عبد الغني.")
    assert not _met(shipped, text, "ar")


# --- English: the signer owning an apposition that names someone else ---------------------------

@pytest.mark.parametrize("text, a, b, inner", [
    ("In a Pretoria hotel, Redwan Hussien, national security adviser to Ethiopian Prime Minister "
     "Abiy Ahmed, and Getachew Reda, then spokesperson of the Tigray People's Liberation Front, "
     "signed the agreement that ended the war.", REDWAN, GETACHEW, ABIY),
    ("On Sunday, Qassim al-Araji, national security adviser to Iraqi Prime Minister Mohammed "
     "Shia al-Sudani, and Ali Shamkhani, secretary of Iran's Supreme National Security Council, "
     "signed a border security agreement in Baghdad.", ARAJI, SHAMKHANI, SUDANI),
    ("Hakan Fidan, chief adviser to the Turkish President Recep Tayyip Erdogan, and Faisal bin "
     "Farhan, the Saudi foreign minister, signed the memorandum in Riyadh.", FIDAN, FAISAL,
     ERDOGAN),
])
def test_the_apposition_owner_signed_not_the_man_it_names(shipped, text, a, b, inner):
    got = _met(shipped, text)
    assert _pair(a, b) in got
    assert _pair(inner, b) not in got


def test_an_apposed_signing_negated_pairs_nobody(shipped):
    text = ("Redwan Hussien, national security adviser to Ethiopian Prime Minister Abiy Ahmed, and "
            "Getachew Reda, the TPLF spokesman, did not sign the agreement.")
    assert not _met(shipped, text)


# --- English: "The signing took place in the presence of <group> - A, B and C" -----------------

@pytest.mark.parametrize("text, signers, witnesses", [
    ("Redwan Hussien and Getachew Reda signed the agreement in Pretoria. The signing took place "
     "in the presence of the AU panel - former Nigerian president Olusegun Obasanjo, former "
     "Kenyan president Uhuru Kenyatta and former deputy president Phumzile Mlambo-Ngcuka.",
     (REDWAN, GETACHEW), (OBASANJO, KENYATTA, MLAMBO)),
    ("Qassim al-Araji and Ali Shamkhani signed the border accord in Baghdad. The signing took "
     "place in the presence of the mediators: Iraqi Prime Minister Mohammed Shia al-Sudani and "
     "Chinese Foreign Minister Wang Yi.", (ARAJI, SHAMKHANI), (SUDANI, WANG)),
    ("Redwan Hussien and Getachew Reda signed the agreement in Pretoria. The signing took place "
     "in the presence of Olusegun Obasanjo.", (REDWAN, GETACHEW), (OBASANJO,)),
])
def test_the_witnesses_of_a_signing_told_next_met_the_signers(shipped, text, signers, witnesses):
    got = _met(shipped, text)
    for s in signers:
        for w in witnesses:
            assert _pair(s, w) in got


@pytest.mark.parametrize("text", [
    "Redwan Hussien and Getachew Reda are expected to sign the agreement in Pretoria. The signing "
    "will take place in the presence of the AU panel - former Nigerian president Olusegun "
    "Obasanjo and former Kenyan president Uhuru Kenyatta.",
    "Redwan Hussien and Getachew Reda signed the agreement by video link. The signing took place "
    "in the presence of the AU panel - former Nigerian president Olusegun Obasanjo and former "
    "Kenyan president Uhuru Kenyatta.",
])
def test_witnesses_of_a_signing_not_held_in_person_met_no_signer(shipped, text):
    got = _met(shipped, text)
    assert not any(_pair(s, w) in got for s in (REDWAN, GETACHEW) for w in (OBASANJO, KENYATTA))


# --- Arabic: a summit with the dual title before the two names ---------------------------------

@pytest.mark.parametrize("text, three", [
    ("وكان حسن شيخ محمود قد شارك في أكتوبر الماضي في قمة ثلاثية بأسمرة جمعته بالرئيسين المصري "
     "عبد الفتاح السيسي والإريتري أسياس أفورقي.", (HSM, SISI, ISAIAS)),
    ("وشارك الرئيس الإيراني إبراهيم رئيسي في قمة ثلاثية بطهران جمعته بالرئيسين الروسي فلاديمير "
     "بوتين والتركي رجب طيب أردوغان.", (RAISI, PUTIN, ERDOGAN)),
    ("وحضر رئيس الوزراء العراقي مصطفى الكاظمي اجتماعاً ثلاثياً في بغداد جمعه بالزعيمين المصري "
     "عبد الفتاح السيسي والأردني الملك عبد الله الثاني.", (KADHIMI, SISI, ABDULLAH)),
])
def test_a_trilateral_summit_with_a_dual_title_pairs_the_three(shipped, text, three):
    got = _met(shipped, text, "ar")
    a, b, c = three
    assert {_pair(a, b), _pair(a, c), _pair(b, c)} <= got


def test_a_planned_trilateral_summit_with_a_dual_title_is_none(shipped):
    text = ("ومن المقرر أن يشارك حسن شيخ محمود في قمة ثلاثية بأسمرة تجمعه بالرئيسين المصري عبد "
            "الفتاح السيسي والإريتري أسياس أفورقي.")
    assert not _met(shipped, text, "ar")


def test_a_trilateral_summit_not_attended_pairs_none_rules(rules_only):
    text = ("ولم يشارك حسن شيخ محمود في قمة ثلاثية بأسمرة جمعته بالرئيسين المصري عبد الفتاح السيسي "
            "والإريتري أسياس أفورقي.")
    assert not _met(rules_only, text, "ar")


# --- Arabic: a second attendee after a title told after the first one's name -------------------

@pytest.mark.parametrize("text, hosts, attendees", [
    ("استقبل الرئيس أسياس أفورقي الرئيس عبد الفتاح السيسي في مطار أسمرة، وعقد الرئيسان جلسة "
     "مباحثات ثنائية بحضور الدكتور بدر عبد العاطي وزير الخارجية والهجرة ووزير الإعلام الإريتري "
     "يماني قبرمسقل.", (ISAIAS, SISI), (ABDELATTY, YEMANE)),
    ("استقبل الرئيس التركي رجب طيب أردوغان رئيس الوزراء العراقي محمد شياع السوداني في أنقرة، "
     "بحضور هاكان فيدان وزير الخارجية والشؤون الدولية ووزير الدفاع العراقي ثابت العباسي.",
     (ERDOGAN, SUDANI), (FIDAN, ABBASI)),
    ("التقى الرئيس عبد الفتاح السيسي الرئيس الإريتري أسياس أفورقي، بحضور سامح شكري وزير الخارجية "
     "ورئيس المخابرات العامة عباس كامل.", (SISI, ISAIAS), (SHOUKRY, KAMEL)),
])
def test_a_second_attendee_after_a_title_told_after_a_name(shipped, text, hosts, attendees):
    got = _met(shipped, text, "ar")
    for h in hosts:
        for a in attendees:
            assert _pair(h, a) in got


def test_a_person_of_another_clause_is_no_attendee(shipped):
    text = ("التقى الرئيس عبد الفتاح السيسي الرئيس الإريتري أسياس أفورقي، بحضور سامح شكري وزير "
            "الخارجية، فيما أجرى وزير الإعلام الإريتري يماني قبرمسقل اتصالاً.")
    got = _met(shipped, text, "ar")
    assert _pair(SISI, SHOUKRY) in got
    assert not any(_pair(YEMANE, x) in got for x in (SISI, ISAIAS, SHOUKRY))


# --- "the three presidents, A, B and C" told as a meeting's people ------------------------------

AOUN, BERRI, SALAM = "person:joseph-aoun", "person:nabih-berri", "person:nawaf-salam"


@pytest.mark.parametrize("text, lang, three", [
    ("وذلك إثر اجتماع عقده الرؤساء الثلاثة، جوزاف عون ونبيه بري ونواف سلام، في قصر بعبدا، وُقّع "
     "في نهايته مرسوم التشكيل.", "ar", (AOUN, BERRI, SALAM)),
    ("واجتمع القادة الثلاثة، عبد الفتاح السيسي وأسياس أفورقي وحسن شيخ محمود، في أسمرة.", "ar",
     (SISI, ISAIAS, HSM)),
    ("وأعلن ذلك عقب اجتماع عقده القادة الثلاثة، عبد الفتاح السيسي وأسياس أفورقي وحسن شيخ محمود، "
     "في أسمرة.", "ar", (SISI, ISAIAS, HSM)),
    ("وجاء ذلك في قمة ضمت القادة الثلاثة، رجب طيب أردوغان وفلاديمير بوتين وإبراهيم رئيسي، في "
     "طهران.", "ar", (ERDOGAN, PUTIN, RAISI)),
    ("The three leaders, Abdel Fattah el-Sisi, Isaias Afwerki and Hassan Sheikh Mohamud, met in "
     "Asmara on Thursday.", "en", (SISI, ISAIAS, HSM)),
    ("The three presidents, Joseph Aoun, Nabih Berri and Nawaf Salam, held talks at Baabda "
     "Palace.", "en", (AOUN, BERRI, SALAM)),
])
def test_a_counted_plural_with_its_list_met(shipped, text, lang, three):
    got = _met(shipped, text, lang)
    a, b, c = three
    assert {_pair(a, b), _pair(a, c), _pair(b, c)} <= got


@pytest.mark.parametrize("text, lang", [
    ("وسيجتمع القادة الثلاثة، عبد الفتاح السيسي وأسياس أفورقي وحسن شيخ محمود، في أسمرة الشهر "
     "المقبل.", "ar"),
    ("وجاء ذلك قبل اجتماع مرتقب يعقده الرؤساء الثلاثة، جوزاف عون ونبيه بري ونواف سلام، في قصر "
     "بعبدا.", "ar"),
    ("ولم يجتمع القادة الثلاثة، عبد الفتاح السيسي وأسياس أفورقي وحسن شيخ محمود، منذ عام.", "ar"),
    ("وأكد القادة الثلاثة، عبد الفتاح السيسي وأسياس أفورقي وحسن شيخ محمود، احترام سيادة الصومال.",
     "ar"),
    ("The three leaders, Abdel Fattah el-Sisi, Isaias Afwerki and Hassan Sheikh Mohamud, will meet "
     "in Asmara next month.", "en"),
    ("The three leaders, Abdel Fattah el-Sisi, Isaias Afwerki and Hassan Sheikh Mohamud, issued a "
     "joint statement.", "en"),
])
def test_a_counted_list_not_met_pairs_none(shipped, text, lang):
    assert not _met(shipped, text, lang)


# --- English: a host met the delegations of two bodies -----------------------------------------

SAF, RSF = "organization:sudanese-armed-forces", "organization:rapid-support-forces"
HAMAS, PIJ = "organization:hamas", "organization:palestinian-islamic-jihad"
KDP, PUK = "organization:kurdistan-democratic-party", "organization:patriotic-union-of-kurdistan"


@pytest.mark.parametrize("text, host, a, b", [
    ("JEDDAH: Saudi Foreign Minister Prince Faisal bin Farhan met on Friday with the delegations "
     "of the Sudanese Armed Forces and the Rapid Support Forces taking part in the Jeddah talks.",
     FAISAL, SAF, RSF),
    ("Egyptian intelligence chief Abbas Kamel received the delegations of Hamas and the "
     "Palestinian Islamic Jihad in Cairo on Sunday.", KAMEL, HAMAS, PIJ),
    ("Iraqi Prime Minister Mohammed Shia al-Sudani met the delegations of the Kurdistan "
     "Democratic Party and the Patriotic Union of Kurdistan in Baghdad.", SUDANI, KDP, PUK),
    ("Iraqi Prime Minister Mohammed Shia al-Sudani met the Kurdistan Democratic Party and "
     "Patriotic Union of Kurdistan delegations in Baghdad.", SUDANI, KDP, PUK),
])
def test_a_host_met_the_delegations_of_two_bodies(shipped, text, host, a, b):
    assert {_pair(host, a), _pair(host, b), _pair(a, b)} <= _met(shipped, text)


@pytest.mark.parametrize("text", [
    "Saudi Foreign Minister Prince Faisal bin Farhan will meet with the delegations of the "
    "Sudanese Armed Forces and the Rapid Support Forces next week.",
    "Saudi Foreign Minister Prince Faisal bin Farhan did not meet the delegations of the Sudanese "
    "Armed Forces and the Rapid Support Forces.",
    "Saudi Foreign Minister Prince Faisal bin Farhan criticised the delegations of the Sudanese "
    "Armed Forces and the Rapid Support Forces.",
    "Iraqi Prime Minister Mohammed Shia al-Sudani is expected to meet the delegations of the "
    "Kurdistan Democratic Party and the Patriotic Union of Kurdistan in Baghdad.",
])
def test_delegations_not_met_pair_nobody(shipped, text):
    assert not _met(shipped, text)


# --- English: "At talks hosted by H (in P), A and B agreed ..." ---------------------------------

JULA, WEREDE = "person:birhanu-jula", "person:tadesse-werede"
HANIYEH, RAJOUB = "person:ismail-haniyeh", "person:jibril-rajoub"
TAIF = "person:taif-sami"


@pytest.mark.parametrize("text, host, a, b", [
    ("At talks hosted by Uhuru Kenyatta in Nairobi, Birhanu Jula and Tadesse Werede agreed on how "
     "the fighters would disarm.", KENYATTA, JULA, WEREDE),
    ("During talks hosted by Egyptian intelligence chief Abbas Kamel in Cairo, Hamas leader Ismail "
     "Haniyeh and Fatah official Jibril Rajoub agreed on a unity government.", KAMEL, HANIYEH,
     RAJOUB),
    ("At a meeting chaired by Iraqi Prime Minister Mohammed Shia al-Sudani, Kurdistan Region Prime "
     "Minister Masrour Barzani and Finance Minister Taif Sami reached a deal on salaries.", SUDANI,
     MASROUR, TAIF),
])
def test_talks_named_with_their_host_before_the_subjects(shipped, text, host, a, b):
    assert {_pair(host, a), _pair(host, b), _pair(a, b)} <= _met(shipped, text)


@pytest.mark.parametrize("text", [
    "At talks to be hosted by Uhuru Kenyatta in Nairobi, Birhanu Jula and Tadesse Werede will "
    "discuss disarmament.",
    "At talks hosted by Uhuru Kenyatta in Nairobi, Birhanu Jula said Tadesse Werede had agreed to "
    "disarm.",
])
def test_fronted_hosted_talks_not_held_or_one_subject_pair_none(shipped, text):
    got = _met(shipped, text)
    assert _pair(JULA, WEREDE) not in got and _pair(KENYATTA, WEREDE) not in got


def test_indirect_talks_fronted_with_their_mediator_pair_no_sides(rules_only):
    text = ("At indirect talks mediated by Oman's Foreign Minister Badr Albusaidi, Abbas Araghchi "
            "and Steve Witkoff exchanged messages.")
    assert _pair("person:abbas-araghchi", "person:steve-witkoff") not in _met(rules_only, text)
