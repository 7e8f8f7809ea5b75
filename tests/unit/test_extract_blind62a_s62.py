"""Session 62 (blind62a): fixes after the first contact of blind set NC-ND (Syria after Assad's
fall, written blind: al-Sharaa's government and al-Shaibani, their meetings with Erdogan, Mohammed
bin Salman, Trump, Macron and the Gulf and European envoys, the Israeli strikes, the SDF talks),
each read in several paraphrases of other outlets and people.

- Successions: a trailing ", succeeding / replacing / taking over from Y" after a relative clause
  on a person is said of the relative's head, not of the sentence's subject: "HH the Amir was
  received ... by President X, who was named president on Wednesday, succeeding Y", "K welcomed
  X, who took office in October, replacing Y", "K received X, who was elected in October,
  succeeding Y", "K met X, who was appointed in December, taking over from Y"
  (``succession_participle_en.participle_holder_en``, also asked by
  ``wire_succession_en`` for "taking over from"). The Arabic «استقبل K X، الذي ...، خلفاً لـY»
  was read already; its case stays as the paraphrase in the other language.
- Successions: "X handed the intelligence service / the directorate / the department to Y" is a
  post handed over (``succession_handover._EN_HEADED_BODY``); "handed K a letter" is none.
- Meetings: "K hosted A and B for three-way talks" / "for a four-way meeting" is one table: A and B
  met too (``meeting_all_sides._sides_en``), as "trilateral talks" was; not "will host ... for
  three-way talks", not "before a planned three-way summit".
- Meetings: a sentence that only tells more of the meeting before it ("The encounter lasted half
  an hour", "The Oval Office meeting was closed to the press", «وتناول اللقاء ...») and names no
  person keeps that meeting the latest one, so the host or attendee of the sentence after
  ("Crown Prince Mohammed bin Salman hosted the talks", "Vance and Rubio joined", "X also
  attended the meeting", «وحضر اللقاء X») met it (``meeting_carried``); a phone call or a
  planned round told after it is still no meeting.
- Names: «وُلد» (was born) opening a clause before a known surname is no Mauritanian "Ould":
  «وُلد الشيباني عام 1987 في الحسكة» is al-Shaibani, so his later «أجرى ... مباحثات مع Y» in a
  profile is his (``person_names._first_names_before_surnames``); "محمد ولد الغزواني" stays
  one name.
- Successions, Arabic: the one appointed «خلفاً لـY» past the head of the body after «برئاسة»
  and past a relative clause closed before the cue: «عيّنت القيادة X وزيراً ... في حكومة تصريف
  الأعمال برئاسة B، (الذي خلف C،) (وذلك) خلفاً لـY» is X, not B nor C
  (``khalafan_appointee_ar``, from ``succession_rules_ar``).
- Meetings, Arabic: a delegation "headed by Z" that is the subject of «عقد ... اجتماعاً مع وفد
  ... ترأسه Y» across a day set off by commas («برئاسة Z، الأربعاء، اجتماعاً»): Z met Y
  (``meetings_ar._verb_subject``, ``_day_aside_before``).
- Meetings, Arabic: a dual description as the subject of a meeting verb, one person after it,
  stands for the pair named in a sentence before: «وصل A وB إلى دمشق. والتقى الوزيران / الرجلان
  X» (``plural_refs._pair_named_after``); a pair after the dual is still its apposition («نعت
  الحركة الشهيدين X وY»).
- Meetings, Arabic: "a meeting ... in which X took part", «أعقبه اجتماع موسع بين الوفدين شارك
  فيه X ونظيره Y», «في اجتماع شارك فيه X», read as «وحضره X» was
  (``meeting_attended_ar.attendees_ar``), as the English "an expanded meeting of the two
  delegations, attended by X and his counterpart Y" was; a ceremony or a press conference «شارك
  فيه X» is no meeting.
- Meetings, Arabic: talks held "with him" before the meeting noun, the holder named after the
  verb: «حيث عقد معه H جلسة مباحثات», «(وصل X ....) وعقد معه H / وعقد H معه جلسة مباحثات», «وأجرى
  H معه مباحثات»: H met X, the person named before, else the subject of the sentence before
  (``meeting_with_him_noun_ar``, from ``meetings``); not «وسيعقد معه H».
"""

import pytest

from tests.extract_support import entity_ids, relation_pairs
from tests.extract_support import met_sorted as _met
from tests.extract_support import sorted_pair as _pair

SO = "SUCCESSOR_OF"
SHARAA, ASSAD, TAMIM = "person:ahmed-al-sharaa", "person:bashar-al-assad", "person:tamim-bin-hamad-al-thani"
SUDANI, KADHIMI, ERDOGAN = ("person:mohammed-shia-al-sudani", "person:mustafa-al-kadhimi",
                            "person:recep-tayyip-erdogan")
QASSEM, NASRALLAH, PEZESHKIAN = "person:naim-qassem", "person:hassan-nasrallah", "person:masoud-pezeshkian"
SHAIBANI, SABBAGH, LAVROV = "person:asaad-al-shaibani", "person:bassam-al-sabbagh", "person:sergei-lavrov"
SALAM, MIKATI, MACRON = "person:nawaf-salam", "person:najib-mikati", "person:emmanuel-macron"
KHATTAB, SALAMEH = "person:anas-khattab", "person:hussein-al-salameh"
KAMEL, RASHAD = "person:abbas-kamel", "person:hassan-rashad"
RUBIO, FIDAN, VANCE, TRUMP, MBS = ("person:marco-rubio", "person:hakan-fidan", "person:jd-vance",
                                   "person:donald-trump", "person:mohammed-bin-salman")
SISI, ABDULLAH, ABBAS = "person:abdel-fattah-el-sisi", "person:abdullah-ii", "person:mahmoud-abbas"
ARAGHCHI, HUSSEIN = "person:abbas-araghchi", "person:fuad-hussein"
HAYYA, MBAR = "person:khalil-al-hayya", "person:mohammed-bin-abdulrahman-al-thani"
NETANYAHU = "person:benjamin-netanyahu"
BASHIR, JALALI, ABUQASRA, ALI_ABBAS = ("person:mohammed-al-bashir", "person:mohammad-ghazi-al-jalali",
                                       "person:murhaf-abu-qasra", "person:ali-mahmoud-abbas")
BARROT, BAERBOCK, SAFADI = "person:jean-noel-barrot", "person:annalena-baerbock", "person:ayman-safadi"
RASHID = "person:abdul-latif-rashid"
MBZ = "person:mohamed-bin-zayed"
DEIF, ISSA = "person:mohammed-deif", "person:marwan-issa"
ABDI, GHAZOUANI, SAIED = "person:mazloum-abdi", "person:mohamed-ould-ghazouani", "person:kais-saied"


def _so(ex, text, lang="en"):
    return relation_pairs(ex, text, SO, lang)


# --- a trailing participle after a relative clause on a person -------------------------------

@pytest.mark.parametrize("text, lang, new, old, subject", [
    ("HH the Amir was received at Mezzeh airport by HE President of the Syrian Arab Republic Ahmed "
     "Al Sharaa, who was named president for the transitional phase on Wednesday, succeeding Bashar "
     "Al Assad.", "en", SHARAA, ASSAD, TAMIM),
    ("Erdogan welcomed Iraqi Prime Minister Mohammed Shia al-Sudani, who took office in October "
     "2022, replacing Mustafa al-Kadhimi.", "en", SUDANI, KADHIMI, ERDOGAN),
    ("Pezeshkian received Hezbollah chief Naim Qassem, who was elected in October, succeeding "
     "Hassan Nasrallah.", "en", QASSEM, NASRALLAH, PEZESHKIAN),
    ("Lavrov met Syria's foreign minister Asaad al-Shaibani, who was appointed in December, "
     "taking over from Bassam al-Sabbagh.", "en", SHAIBANI, SABBAGH, LAVROV),
    ("Macron spoke with Lebanese Prime Minister Nawaf Salam, who was designated in January, "
     "replacing Najib Mikati.", "en", SALAM, MIKATI, MACRON),
    ("التقى أردوغان رئيس الوزراء العراقي محمد شياع السوداني، الذي تولى منصبه في تشرين الأول، خلفاً "
     "لمصطفى الكاظمي.", "ar", SUDANI, KADHIMI, ERDOGAN),
])
def test_a_participle_after_a_relative_clause_is_said_of_its_head(shipped, text, lang, new, old,
                                                                  subject):
    so = _so(shipped, text, lang)
    assert (new, old) in so
    assert (subject, old) not in so


def test_the_subject_still_succeeds_when_no_relative_clause_stands_between(shipped):
    text = "Naim Qassem was elected secretary-general in October, succeeding Hassan Nasrallah."
    assert (QASSEM, NASRALLAH) in _so(shipped, text)


# --- a body handed over --------------------------------------------------------------------------

@pytest.mark.parametrize("text, new, old", [
    ("Days earlier, the council removed Interior Minister Anas Khattab from its list. Khattab "
     "handed the intelligence service to Hussein al-Salameh when he took over the interior "
     "ministry in March.", SALAMEH, KHATTAB),
    ("Abbas Kamel handed the General Intelligence directorate over to Hassan Rashad in October.",
     RASHAD, KAMEL),
    ("Anas Khattab handed the intelligence department to Hussein al-Salameh in March.",
     SALAMEH, KHATTAB),
])
def test_a_body_handed_to_someone_is_a_succession(rules_only, text, new, old):
    assert (new, old) in _so(rules_only, text)


def test_a_letter_handed_over_is_no_succession(shipped):
    text = "Emir Tamim bin Hamad handed Erdogan a letter from the Kuwaiti emir."
    assert not _so(shipped, text)


# --- three-way talks -------------------------------------------------------------------------------

@pytest.mark.parametrize("text, a, b", [
    ("Later in the day, Rubio hosted Turkish Foreign Minister Hakan Fidan and his Syrian "
     "counterpart Asaad al-Shaibani at the State Department for three-way talks.", FIDAN, SHAIBANI),
    ("Sisi received Jordan's King Abdullah II and Palestinian President Mahmoud Abbas in Cairo on "
     "Sunday for a three-way summit on Gaza.", ABDULLAH, ABBAS),
    ("Jordanian Foreign Minister Ayman Safadi hosted Iraqi Foreign Minister Fuad Hussein and "
     "Iranian Foreign Minister Abbas Araghchi in Amman for a three-way meeting.", HUSSEIN, ARAGHCHI),
])
def test_the_guests_of_three_way_talks_met_each_other(rules_only, text, a, b):
    assert _pair(a, b) in _met(rules_only, text)


@pytest.mark.parametrize("text", [
    "Araghchi will host Hakan Fidan and Sergei Lavrov next week for three-way talks.",
    "Araghchi met Hakan Fidan and Sergei Lavrov on Monday before a planned three-way summit.",
])
def test_planned_three_way_talks_pair_no_guests(shipped, text):
    assert _pair(FIDAN, LAVROV) not in _met(shipped, text)


# --- a sentence about the meeting between the meeting and its host or attendee -------------------

@pytest.mark.parametrize("text, lang, joiner, principals", [
    ("US President Donald Trump has met Syria's interim President Ahmed al-Sharaa in Riyadh. The "
     "encounter on Wednesday lasted just over half an hour, according to the White House. Saudi "
     "Crown Prince Mohammed bin Salman hosted the talks, while Turkish President Recep Tayyip "
     "Erdogan took part by telephone.", "en", MBS, (TRUMP, SHARAA)),
    ("President Donald Trump welcomed Syrian President Ahmed al-Sharaa to the White House on "
     "Monday. The Oval Office meeting was closed to the press. Vice President JD Vance and "
     "Secretary of State Marco Rubio joined, a White House official said.", "en", VANCE,
     (SHARAA,)),
    ("President Donald Trump welcomed Syrian President Ahmed al-Sharaa to the White House on "
     "Monday. The Oval Office meeting was closed to the press. Vice President JD Vance and "
     "Secretary of State Marco Rubio joined, a White House official said.", "en", RUBIO,
     (SHARAA,)),
    ("Emir Tamim received Hamas leader Khalil al-Hayya in Doha. The meeting was held at Lusail "
     "Palace. Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani was also present.", "en",
     MBAR, (HAYYA,)),
    ("التقى رئيس الوزراء العراقي محمد شياع السوداني وزير الخارجية الإيراني عباس عراقجي في بغداد "
     "الأحد. وتناول اللقاء أمن الحدود والعلاقات الثنائية. وحضر اللقاء وزير الخارجية العراقي فؤاد "
     "حسين.", "ar", HUSSEIN, (ARAGHCHI,)),
])
def test_the_meeting_told_two_sentences_back_is_the_one_joined(shipped, text, lang, joiner,
                                                               principals):
    met = _met(shipped, text, lang)
    for p in principals:
        assert _pair(joiner, p) in met


def test_who_took_part_by_telephone_met_no_one(shipped):
    text = ("US President Donald Trump has met Syria's interim President Ahmed al-Sharaa in Riyadh. "
            "The encounter on Wednesday lasted just over half an hour, according to the White House. "
            "Saudi Crown Prince Mohammed bin Salman hosted the talks, while Turkish President Recep "
            "Tayyip Erdogan took part by telephone.")
    met = _met(shipped, text)
    assert _pair(ERDOGAN, TRUMP) not in met
    assert _pair(ERDOGAN, SHARAA) not in met


@pytest.mark.parametrize("text", [
    "Trump met al-Sharaa in Riyadh. The meeting lasted half an hour. Netanyahu will host the next "
    "round of talks in Jerusalem.",
    "Trump met al-Sharaa in Riyadh. The meeting lasted half an hour. Netanyahu later said he had "
    "discussed it with Trump by phone.",
])
def test_a_later_planned_host_or_caller_met_no_one(shipped, text):
    met = _met(shipped, text)
    assert _pair(NETANYAHU, TRUMP) not in met
    assert _pair(NETANYAHU, SHARAA) not in met


# --- «وُلد» before a known surname ------------------------------------------------------------------

@pytest.mark.parametrize("text, person", [
    ("وُلد الشيباني عام 1987 في الحسكة، ودرس الأدب الإنجليزي في جامعة دمشق.", SHAIBANI),
    ("عيّن الرئيس أحمد الشرع أسعد الشيباني وزيراً للخارجية. وُلد الشيباني عام 1987 في الحسكة.",
     SHAIBANI),
    ("التقى نعيم قاسم السفير الإيراني أمس. ولد قاسم عام 1953 في بيروت.", QASSEM),
])
def test_was_born_before_a_known_surname_is_no_name_word(shipped, text, person):
    ids = entity_ids(shipped, text, "ar")
    assert person in ids
    assert not any(i.startswith("person:ould") or i.startswith("person:walad") for i in ids)


def test_a_born_profile_subject_holds_talks_later(shipped):
    text = ("عيّن الرئيس أحمد الشرع أسعد الشيباني وزيراً للخارجية في كانون الأول. وُلد الشيباني عام "
            "1987 في الحسكة، وفي 31 تموز، أجرى في موسكو مباحثات مع وزير الخارجية الروسي سيرغي لافروف.")
    assert _pair(SHAIBANI, LAVROV) in _met(shipped, text, "ar")


def test_a_mauritanian_ould_stays_one_name(shipped):
    text = "استقبل الرئيس قيس سعيد، اليوم، محمد ولد الغزواني في قصر قرطاج."
    assert _pair(SAIED, GHAZOUANI) in _met(shipped, text, "ar")


# --- «خلفاً لـY» past «برئاسة B» and a closed relative clause --------------------------------------

@pytest.mark.parametrize("text, new, old, not_new", [
    ("عيّنت القيادة العامة أسعد حسن الشيباني وزيراً للخارجية في حكومة تصريف الأعمال برئاسة محمد "
     "البشير، الذي خلف محمد غازي الجلالي، وذلك خلفاً لبسام الصباغ.", SHAIBANI, SABBAGH, JALALI),
    ("عيّنت القيادة العامة أسعد حسن الشيباني وزيراً للخارجية في حكومة تصريف الأعمال برئاسة محمد "
     "البشير، خلفاً لبسام الصباغ.", SHAIBANI, SABBAGH, BASHIR),
    ("وعُيّن مرهف أبو قصرة وزيراً للدفاع في الحكومة الانتقالية برئاسة محمد البشير خلفاً لعلي محمود "
     "عباس.", ABUQASRA, ALI_ABBAS, BASHIR),
])
def test_the_appointee_succeeds_not_the_head_of_the_body(shipped, text, new, old, not_new):
    so = _so(shipped, text, "ar")
    assert (new, old) in so
    assert (not_new, old) not in so


def test_the_relative_clause_keeps_its_own_succession(shipped):
    text = ("عيّنت القيادة العامة أسعد حسن الشيباني وزيراً للخارجية في حكومة تصريف الأعمال برئاسة "
            "محمد البشير، الذي خلف محمد غازي الجلالي، وذلك خلفاً لبسام الصباغ.")
    assert (BASHIR, JALALI) in _so(shipped, text, "ar")


# --- a delegation subject across a day set off by commas -----------------------------------------

@pytest.mark.parametrize("text, a, b", [
    ("عقد وفد من قوات سوريا الديمقراطية (قسد) والإدارة الذاتية برئاسة القائد العام مظلوم عبدي، "
     "الأربعاء، اجتماعاً في دمشق مع وفد من الحكومة السورية ترأسه وزير الخارجية أسعد الشيباني، "
     "لبحث تنفيذ الاتفاق.", ABDI, SHAIBANI),
    ("عقد وفد من قسد برئاسة مظلوم عبدي، الأربعاء، اجتماعاً في دمشق مع وفد من الحكومة السورية ترأسه "
     "أسعد الشيباني.", ABDI, SHAIBANI),
    ("عقد وفد من حركة حماس برئاسة رئيس الحركة في غزة خليل الحية، اليوم الأحد، اجتماعاً في القاهرة "
     "مع وفد من جهاز المخابرات العامة المصرية برئاسة اللواء حسن رشاد.", HAYYA, RASHAD),
])
def test_a_delegation_head_meets_across_a_day_aside(rules_only, text, a, b):
    assert _pair(a, b) in _met(rules_only, text, "ar")


# --- an Arabic dual subject for the pair of a sentence before ------------------------------------

@pytest.mark.parametrize("text, pair, partner", [
    ("وصل جان نويل بارو وأنالينا بيربوك إلى دمشق. والتقى الرجلان أحمد الشرع في قصر الشعب.",
     (BARROT, BAERBOCK), SHARAA),
    ("وصل وزير الخارجية التركي هاكان فيدان ونظيره الأردني أيمن الصفدي إلى دمشق. والتقى الوزيران أحمد "
     "الشرع.", (FIDAN, SAFADI), SHARAA),
    ("وصل وزير الخارجية الفرنسي جان نويل بارو ونظيرته الألمانية أنالينا بيربوك إلى دمشق. والتقى "
     "الوزيران أحمد الشرع في قصر الشعب.", (BARROT, BAERBOCK), SHARAA),
])
def test_a_dual_subject_stands_for_the_pair_before(rules_only, text, pair, partner):
    met = _met(rules_only, text, "ar")
    for p in pair:
        assert _pair(p, partner) in met


def test_a_pair_after_the_dual_is_its_apposition(shipped):
    text = "نعت حركة حماس الشهيدين محمد الضيف ومروان عيسى."
    assert _pair(DEIF, ISSA) not in _met(shipped, text, "ar")


def test_a_dual_after_its_own_sentence_list_keeps_its_reading(rules_only):
    text = "وصل هاكان فيدان وأيمن الصفدي إلى دمشق، حيث التقى الوزيران أحمد الشرع في قصر الشعب."
    met = _met(rules_only, text, "ar")
    assert _pair(FIDAN, SHARAA) in met
    assert _pair(SAFADI, SHARAA) in met


# --- «اجتماع ... شارك فيه X» ------------------------------------------------------------------------

@pytest.mark.parametrize("text, attendee, principal", [
    ("استقبل الرئيس التركي رجب طيب أردوغان، الثلاثاء، الرئيس السوري أحمد الشرع في أنقرة. وعقد "
     "الزعيمان لقاءً ثنائياً مغلقاً، أعقبه اجتماع موسع بين الوفدين شارك فيه وزير الخارجية السوري "
     "أسعد حسن الشيباني ونظيره التركي هاكان فيدان.", SHAIBANI, ERDOGAN),
    ("استقبل الرئيس التركي رجب طيب أردوغان، الثلاثاء، الرئيس السوري أحمد الشرع في أنقرة. وعقد "
     "الزعيمان لقاءً ثنائياً مغلقاً، أعقبه اجتماع موسع بين الوفدين شارك فيه وزير الخارجية السوري "
     "أسعد حسن الشيباني ونظيره التركي هاكان فيدان.", FIDAN, SHARAA),
    ("استقبل الرئيس العراقي عبد اللطيف رشيد الرئيس الإيراني مسعود بزشكيان في بغداد. وأعقب اللقاء "
     "اجتماع موسع بين الوفدين شارك فيه وزير الخارجية العراقي فؤاد حسين ونظيره الإيراني عباس "
     "عراقجي.", ARAGHCHI, RASHID),
    ("التقى أمير قطر الشيخ تميم بن حمد آل ثاني الرئيس أحمد الشرع في الدوحة، في اجتماع شارك فيه رئيس "
     "مجلس الوزراء الشيخ محمد بن عبد الرحمن آل ثاني.", MBAR, SHARAA),
])
def test_who_took_part_in_the_meeting_named_before_met_it(rules_only, text, attendee, principal):
    assert _pair(attendee, principal) in _met(rules_only, text, "ar")


@pytest.mark.parametrize("text, a, b", [
    ("أقيم في دمشق حفل شارك فيه الرئيس أحمد الشرع ووزير الخارجية أسعد الشيباني.", SHARAA, SHAIBANI),
    ("استقبل الرئيس أحمد الشرع وزير الخارجية التركي هاكان فيدان. وفي مؤتمر صحفي شارك فيه الشيباني، "
     "قال فيدان إن بلاده تدعم سوريا.", SHAIBANI, FIDAN),
])
def test_a_ceremony_or_press_conference_taken_part_in_is_no_meeting(shipped, text, a, b):
    assert _pair(a, b) not in _met(shipped, text, "ar")


# --- «عقد معه H جلسة مباحثات» -----------------------------------------------------------------------

@pytest.mark.parametrize("text, holder, partner", [
    ("وصل الرئيس أحمد الشرع إلى أبوظبي، حيث عقد معه الشيخ محمد بن زايد آل نهيان جلسة مباحثات.",
     MBZ, SHARAA),
    ("وصل الرئيس أحمد الشرع إلى أبوظبي. وعقد معه الشيخ محمد بن زايد آل نهيان جلسة مباحثات في قصر "
     "الشاطئ.", MBZ, SHARAA),
    ("وصل الرئيس أحمد الشرع إلى أبوظبي. وعقد الشيخ محمد بن زايد آل نهيان معه جلسة مباحثات في قصر "
     "الشاطئ.", MBZ, SHARAA),
    ("وصل الرئيس أحمد الشرع إلى أبوظبي. وأجرى الشيخ محمد بن زايد آل نهيان معه مباحثات في قصر "
     "الشاطئ.", MBZ, SHARAA),
    ("وصل وزير الخارجية عباس عراقجي إلى بغداد، حيث أجرى معه فؤاد حسين مباحثات موسعة.", HUSSEIN,
     ARAGHCHI),
])
def test_talks_held_with_him_pair_the_holder_and_the_one_before(rules_only, text, holder, partner):
    assert _pair(holder, partner) in _met(rules_only, text, "ar")


def test_talks_to_be_held_with_him_are_no_meeting(shipped):
    text = ("وصل الرئيس أحمد الشرع إلى أبوظبي. وسيعقد معه الشيخ محمد بن زايد آل نهيان جلسة مباحثات "
            "غداً.")
    assert _pair(MBZ, SHARAA) not in _met(shipped, text, "ar")


def test_the_host_carried_to_talks_with_him_stays(shipped):
    text = "استقبل الشيخ محمد بن زايد آل نهيان الرئيس أحمد الشرع في أبوظبي، وعقد معه جلسة مباحثات."
    assert _pair(MBZ, SHARAA) in _met(shipped, text, "ar")
