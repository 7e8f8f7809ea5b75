"""Session 58 (left58): what session 57's helpers saw and left, each construction probed in
other wordings of both languages than the one seen.

- Successions: "قاد X الحركة حتى مقتله / اغتياله، (ثم) وخلفه Y": the death noun with its
  pronoun tells X left the post, so "خلفه" is Y succeeding X
  (``succession_khalafahu.clause_subject_before``); "ووقف X وخلفه Y" (behind him) stays none.
- Successions: "X became emir / crown prince / president when his father Y abdicated / when
  Y died / was ousted" (``succession_rules_en._appointed_en``: "when" with a loss verb after
  the person; "became" with a ruler's title); "became angry when ...", "when Y visited" and
  "could become king when his father dies" stay none.
- Successions: "تولى X الحكم بعد تنازل والده Y" (abdication as a loss noun,
  ``succession_words._C7``) and "تولى X الحكم حين / عندما توفي ابن عمه Y" (a loss verb after
  "when", ``succession_rules_ar``); not when the "when" clause belongs to a relative about
  someone else ("خلفاً لـW، الذي كان قائداً حين قُتل Y").
- Meetings: "X gave / held / threw a banquet / luncheon / dinner in honour of Y / for Y"
  (``meeting_phrases.meal_with_en``) and "أقام X مأدبة عشاء تكريماً لـY / احتفاءً بـY"
  (``meetings_ar._banquet``); a banquet to come, one not attended, or one for a team stays
  none.
- Planned meetings: "وصل / يبدأ X ... زيارة يلتقي / يجتمع خلالها (مع) Y" is the visit's
  agenda (``visit_agenda_ar``, asked by the rules' modality and the scorer's veto); the past
  "زيارة التقى خلالها Y" is a meeting. "X is to be received by Y" / "is to hold talks with Y"
  / "was to meet Y" is no meeting with the scorer either (``scorer_hedged.to_be_done_en``).
- Killings: the army's statement with its verb in quotation marks: "قال الجيش في بيان إنه
  «صفّى» X" (``killing_rules``: the quote before the verb) and "أعلن الجيش أنه "قضى على" X"
  (``kill_phrasal.agent_verb_killed_ar``: the quote after the preposition); "نفى الجيش أنه
  «صفّى» X" and "إنه لم «يصفِّ» X" stay none.
- Killings with the scorer: "The IRGC said Israel was behind the killing of X" / «قال الحرس
  الثوري إن إسرائيل تقف وراء اغتيال X»: the body that tells of it is no agent
  (``scorer_speaker.body_speaker``); "the army said it killed X" still is.
- Names: an unknown name of two or three words after "برئاسة / يرأسه / بقيادة" without a
  title ("وفد من الكونغرس برئاسة دارين لحود") is a person, met by the host
  (``arabic_name_cues``); "برئاسة لجنة ..." / "برئاسة مساعد وزير الخارجية" name nobody.
- Coreference: a description with no antecedent ("received the Saudi foreign minister") is
  not the person named next as dead ("He praised the late Sheikh Nawaf", "الراحل X"):
  ``coref_after.resolve_cataphora``.
- Meetings: "X attended talks at the Royal Court / at Al-Husseiniya Palace with Y"
  (``meeting_fallback``: "attended" as "held"); not "did not / will attend".
- Names: "السيد" between a usual given name and another one is a family name word, not a
  courtesy title: "غسان السيد أحمد", "محمد السيد سليمان" (``arabic_name_span``); "ميشال عون
  السيد حسن نصر الله" stays two people.
- Successions: "X ..., filling the post Y vacated (when he was killed)" / "X fills the seat Y
  vacated" (``succession_handover.filled_vacancy_en``); not "could fill".
- Meetings with the scorer: the one named absent is no partner: «في غياب X», «غاب عن
  الاجتماع X», "in the absence of X", "X was absent" (``scorer_hedged.absent_named``).
"""

import pytest

from tests.extract_support import met_sorted as _met
from tests.extract_support import relation_pairs
from tests.extract_support import sorted_pair as _pair

SINWAR, M_SINWAR = "person:yahya-sinwar", "person:mohammed-sinwar"
HANIYEH, NASRALLAH = "person:ismail-haniyeh", "person:hassan-nasrallah"
MOUSAVI, SOLEIMANI, QAANI = ("person:abbas-mousavi", "person:qasem-soleimani",
                             "person:esmail-qaani")
BERRI, KHALIL = "person:nabih-berri", "person:ali-hassan-khalil"
TAMIM, HAMAD = "person:tamim-bin-hamad-al-thani", "person:hamad-bin-khalifa-al-thani"
MISHAL, NAWAF = "person:mishal-al-ahmad-al-jaber-al-sabah", "person:nawaf-al-ahmad-al-sabah"
MBZ, KHALIFA = "person:mohamed-bin-zayed", "person:khalifa-bin-zayed"
MBS, MBN = "person:mohammed-bin-salman", "person:mohammed-bin-nayef"
HAITHAM, QABOOS = "person:haitham-bin-tariq", "person:qaboos-bin-said"
SISI, ABDULLAH = "person:abdel-fattah-el-sisi", "person:abdullah-ii"
SUDANI, ERDOGAN = "person:mohammed-shia-al-sudani", "person:recep-tayyip-erdogan"
ARAGHCHI, SHAIBANI = "person:abbas-araghchi", "person:asaad-al-shaibani"
SALAM, MACRON = "person:nawaf-salam", "person:emmanuel-macron"


def _succ(ex, text, lang):
    return relation_pairs(ex, text, "SUCCESSOR_OF", lang)


# --- "حتى مقتله، وخلفه Y" ------------------------------------------------------------------

@pytest.mark.parametrize("text, pair", [
    ("ترأس يحيى السنوار حركة حماس حتى مقتله في رفح، وخلفه شقيقه محمد السنوار في قيادة غزة.",
     (M_SINWAR, SINWAR)),
    ("قاد إسماعيل هنية المكتب السياسي لحماس حتى مقتله في طهران، وخلفه يحيى السنوار.",
     (SINWAR, HANIYEH)),
    ("قاد عباس الموسوي حزب الله حتى اغتياله عام 1992، وخلفه حسن نصر الله.",
     (NASRALLAH, MOUSAVI)),
    ("وظل قاسم سليماني قائدا لفيلق القدس حتى مقتله عام 2020، ثم خلفه إسماعيل قاآني.",
     (QAANI, SOLEIMANI)),
])
def test_khalafahu_after_his_death_noun(shipped, text, pair):
    got = _succ(shipped, text, "ar")
    assert pair in got
    assert pair[::-1] not in got


def test_standing_behind_him_is_no_succession(rules_only):
    assert not _succ(rules_only, "ووقف نبيه بري وخلفه علي حسن خليل.", "ar")


# --- "became emir when his father Y abdicated" ----------------------------------------------

@pytest.mark.parametrize("text, pair", [
    ("Sheikh Tamim bin Hamad Al Thani became emir in 2013 when his father Sheikh Hamad bin "
     "Khalifa Al Thani abdicated.", (TAMIM, HAMAD)),
    ("Sheikh Mishal al-Ahmad al-Sabah became emir of Kuwait when Sheikh Nawaf al-Ahmad "
     "al-Sabah died in December 2023.", (MISHAL, NAWAF)),
    ("Mohammed bin Zayed became president of the UAE in May 2022 when his half-brother Sheikh "
     "Khalifa bin Zayed died.", (MBZ, KHALIFA)),
    ("Mohammed bin Salman became crown prince in 2017 when Mohammed bin Nayef was ousted.",
     (MBS, MBN)),
])
def test_became_ruler_when_the_predecessor_left(rules_only, text, pair):
    assert pair in _succ(rules_only, text, "en")


@pytest.mark.parametrize("text", [
    "Sheikh Tamim became angry when his father Sheikh Hamad bin Khalifa Al Thani abdicated.",
    "Mohammed bin Salman became crown prince in 2017 when Mohammed bin Nayef visited Riyadh.",
    "Mohammed bin Salman could become king when his father King Salman dies, analysts say.",
])
def test_became_when_without_a_loss_or_a_fact(shipped, text):
    assert not _succ(shipped, text, "en")


@pytest.mark.parametrize("text, pair", [
    ("تولى الشيخ تميم بن حمد آل ثاني الحكم عام 2013 بعد تنازل والده الشيخ حمد بن خليفة آل "
     "ثاني.", (TAMIM, HAMAD)),
    ("تولى السلطان هيثم بن طارق الحكم حين توفي ابن عمه السلطان قابوس بن سعيد.",
     (HAITHAM, QABOOS)),
])
def test_took_power_after_abdication_or_when_died_ar(rules_only, text, pair):
    assert pair in _succ(rules_only, text, "ar")


@pytest.mark.parametrize("text", [
    "أصبح الشيخ تميم غاضبا عندما زار والده الشيخ حمد بن خليفة الدوحة.",
    "تسلم علي حسن خليل الوزارة عندما كان نبيه بري رئيسا للمجلس.",
])
def test_when_without_a_loss_ar(rules_only, text):
    assert not _succ(rules_only, text, "ar")


def test_when_clause_of_a_relative_about_another(rules_only):
    text = ("وكان الجنرال مايكل كوريلا قد تسلّم قيادة المنطقة الوسطى خلفاً للجنرال كينيث "
            "ماكنزي، الذي كان قائداً لها حين قُتل قاسم سليماني بغارة أميركية في بغداد.")
    assert not any(old == SOLEIMANI for _new, old in _succ(rules_only, text, "ar"))


# --- a banquet in someone's honour -----------------------------------------------------------

@pytest.mark.parametrize("text, lang, pair", [
    ("Jordan's King Abdullah II gave a banquet in honour of Iraqi Prime Minister Mohammed Shia "
     "al-Sudani at Al-Husseiniya Palace.", "en", (ABDULLAH, SUDANI)),
    ("Qatar's Emir Sheikh Tamim bin Hamad Al Thani held a luncheon in honour of Turkish "
     "President Recep Tayyip Erdogan.", "en", (TAMIM, ERDOGAN)),
    ("Egyptian President Abdel Fattah al-Sisi threw a dinner for visiting Emirati President "
     "Sheikh Mohamed bin Zayed on Sunday.", "en", (SISI, MBZ)),
    ("أقام ولي العهد السعودي الأمير محمد بن سلمان مأدبة عشاء تكريما للرئيس المصري عبد الفتاح "
     "السيسي في الرياض.", "ar", (MBS, SISI)),
    ("أقام أمير قطر الشيخ تميم بن حمد مأدبة غداء احتفاءً بالرئيس التركي رجب طيب أردوغان.",
     "ar", (TAMIM, ERDOGAN)),
])
def test_banquet_in_honour_of(shipped, text, lang, pair):
    assert _pair(*pair) in _met(shipped, text, lang)


@pytest.mark.parametrize("text, lang", [
    ("King Abdullah II will give a banquet in honour of Sudani on Wednesday.", "en"),
    ("Erdogan did not attend the dinner that Sisi gave in honour of the delegation.", "en"),
    ("ويقيم العاهل الأردني مأدبة عشاء تكريما لرئيس الوزراء العراقي محمد شياع السوداني مساء "
     "غد.", "ar"),
    ("أقام الرئيس المصري عبد الفتاح السيسي حفلا تكريما لأبطال المنتخب.", "ar"),
])
def test_banquet_planned_or_not_attended(shipped, text, lang):
    assert not _met(shipped, text, lang)


# --- a visit's agenda, "is to be received" ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "يبدأ الرئيس التركي رجب طيب أردوغان زيارة إلى الدوحة يجتمع خلالها مع أمير قطر الشيخ تميم "
    "بن حمد آل ثاني.",
    "وصل الرئيس التركي رجب طيب أردوغان إلى الدوحة في زيارة رسمية يلتقي خلالها أمير قطر الشيخ "
    "تميم بن حمد آل ثاني.",
    "وصل وزير الخارجية الإيراني عباس عراقجي إلى بيروت في جولة إقليمية يبحث فيها مع رئيس مجلس "
    "النواب نبيه بري التطورات.",
])
def test_visit_agenda_is_no_meeting(shipped, text):
    assert not _met(shipped, text, "ar")


def test_visit_during_which_he_met(shipped):
    text = ("وصل الرئيس التركي رجب طيب أردوغان إلى الدوحة في زيارة رسمية التقى خلالها أمير قطر "
            "الشيخ تميم بن حمد آل ثاني.")
    assert _pair(ERDOGAN, TAMIM) in _met(shipped, text, "ar")


@pytest.mark.parametrize("text", [
    "Araghchi is to be received in Damascus by a delegation headed by Foreign Minister Asaad "
    "al-Shaibani.",
    "Iraqi Prime Minister Mohammed Shia al-Sudani is to hold talks with Turkish President Recep "
    "Tayyip Erdogan in Ankara.",
    "Lebanese Prime Minister Nawaf Salam was to meet French President Emmanuel Macron, but the "
    "trip was cancelled.",
])
def test_is_to_meet_is_a_plan(shipped, text):
    assert not _met(shipped, text)


def test_was_received_by_a_delegation_head(shipped):
    text = ("Araghchi was received in Damascus by a delegation headed by Foreign Minister Asaad "
            "al-Shaibani.")
    assert _pair(ARAGHCHI, SHAIBANI) in _met(shipped, text)


# --- the army's quoted verb; the body that tells of a killing --------------------------------

KARAKI, ISSA, HAGARI_IDF = ("person:ali-karaki", "person:marwan-issa",
                            "organization:israel-defense-forces")
IRGC, ISRAEL = "organization:irgc", "country:israel"
SHUKR = "person:fuad-shukr"


def _ab(ex, text, lang):
    return relation_pairs(ex, text, "ASSASSINATED_BY", lang)


@pytest.mark.parametrize("text, pair", [
    ("وقال الجيش الإسرائيلي في بيان إنه «صفّى» القيادي في حزب الله علي كركي في غارة على "
     "الضاحية.", (KARAKI, HAGARI_IDF)),
    ('وأعلن جيش الاحتلال أنه "قضى على" القيادي في حماس مروان عيسى في غارة وسط غزة.',
     (ISSA, HAGARI_IDF)),
    ("وأعلن جيش الاحتلال أنه «قضى» على القيادي في حماس مروان عيسى في غارة وسط غزة.",
     (ISSA, HAGARI_IDF)),
])
def test_army_statement_with_a_quoted_verb(rules_only, text, pair):
    assert pair in _ab(rules_only, text, "ar")


@pytest.mark.parametrize("text", [
    "ونفى الجيش الإسرائيلي أنه «صفّى» القيادي في حزب الله علي كركي.",
    "وقال الجيش الإسرائيلي إنه لم «يصفِّ» القيادي في حزب الله علي كركي.",
])
def test_army_quoted_verb_denied(shipped, text):
    assert not _ab(shipped, text, "ar")


def test_the_body_telling_of_a_killing_is_no_agent(shipped):
    text = ("The Islamic Revolutionary Guard Corps said Israel was behind the killing of Ismail "
            "Haniyeh in Tehran.")
    assert (HANIYEH, IRGC) not in _ab(shipped, text, "en")


@pytest.mark.parametrize("text, lang, pair", [
    ("The Israeli army said it killed Hezbollah commander Fuad Shukr in Beirut.", "en",
     (SHUKR, HAGARI_IDF)),
    ("Hamas said in a statement that Israel had assassinated its political chief Ismail "
     "Haniyeh.", "en", (HANIYEH, ISRAEL)),
    ("وقال الجيش الإسرائيلي إنه اغتال القيادي في حزب الله فؤاد شكر.", "ar",
     (SHUKR, HAGARI_IDF)),
])
def test_the_agent_named_in_the_statement(shipped, text, lang, pair):
    assert pair in _ab(shipped, text, lang)


# --- an unknown name after "برئاسة" ----------------------------------------------------------

AOUN, SALAM_N = "person:joseph-aoun", "person:nawaf-salam"


def test_unknown_head_of_a_delegation_ar(shipped):
    text = "استقبل الرئيس اللبناني جوزاف عون وفداً من الكونغرس الأميركي برئاسة دارين لحود."
    met = _met(shipped, text, "ar")
    assert any(AOUN in p and any(x.startswith("person:darin") for x in p) for p in met)


def test_unknown_head_with_yarasuhu_ar(shipped):
    text = ("وصل إلى بيروت وفد من صندوق النقد الدولي يرأسه إرنستو راميريز ريغو والتقى رئيس "
            "الحكومة نواف سلام.")
    met = _met(shipped, text, "ar")
    assert any(SALAM_N in p and any(x.startswith("person:ernesto") for x in p) for p in met)


@pytest.mark.parametrize("text", [
    "استقبل رئيس الجمهورية وفدا برئاسة لجنة الشؤون الخارجية في البرلمان.",
    "استقبل الرئيس اللبناني جوزاف عون وفداً برئاسة مساعد وزير الخارجية.",
])
def test_headed_by_a_body_or_title_names_no_new_person(rules_only, text):
    ids = {e["id"] for e in rules_only.extract(text, lang="ar")["entities"]}
    assert not [i for i in ids if i.startswith("person:") and i != AOUN]


# --- "the late X" is no referent of a living description ------------------------------------



@pytest.mark.parametrize("text, lang", [
    ("Kuwait's Emir Sheikh Mishal al-Ahmad al-Sabah received the Saudi foreign minister on "
     "Monday. He praised the legacy of the late Sheikh Nawaf, who died in December.", "en"),
    ("استقبل أمير الكويت الشيخ مشعل الأحمد الجابر الصباح وزير الخارجية السعودي. وأشاد بمآثر "
     "الراحل الشيخ نواف الأحمد.", "ar"),
])
def test_the_late_is_no_guest(shipped, text, lang):
    assert not _met(shipped, text, lang)


def test_a_living_person_named_next_is_the_guest(shipped):
    text = ("Iranian President Masoud Pezeshkian received the Iraqi prime minister on Sunday. "
            "Mohammed Shia al-Sudani arrived in Tehran in the morning.")
    assert _pair("person:masoud-pezeshkian", SUDANI) in _met(shipped, text)


# --- "attended talks at <place> with Y" --------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Sudani attended talks at Al-Husseiniya Palace with King Abdullah II.",
    "Iraqi Prime Minister Mohammed Shia al-Sudani was greeted at the airport by Jordanian Prime "
    "Minister Jafar Hassan. Sudani then attended talks at the Royal Court with King Abdullah II.",
])
def test_attended_talks_at_a_place_with(shipped, text):
    assert _pair(SUDANI, ABDULLAH) in _met(shipped, text)


@pytest.mark.parametrize("text", [
    "Sudani did not attend talks at the palace with King Abdullah II.",
    "Sudani will attend talks at the palace with King Abdullah II on Monday.",
])
def test_attend_talks_not_held(shipped, text):
    assert not _met(shipped, text)


# --- "السيد" inside a name; "filling the post Y vacated"; the absent ------------------------

def test_sayyed_between_given_names_is_a_family_word(rules_only):
    ids = {e["id"] for e in rules_only.extract(
        "قال الأمين العام لحزب البعث غسان السيد أحمد إن الحزب سيعقد مؤتمره قريبا.",
        lang="ar")["entities"]}
    assert "person:ghassan" not in ids
    assert any(i.startswith("person:ghassan-") and i.endswith("ahmed") for i in ids)


def test_sayyed_name_met(shipped):
    text = ("التقى وزير الخارجية المصري بدر عبد العاطي نظيره السوري أسعد الشيباني بحضور السفير "
            "محمد السيد سليمان.")
    assert "person:mohammed" not in {x for p in _met(shipped, text, "ar") for x in p}


def test_sayyed_as_courtesy_title_before_a_known_name(shipped):
    text = "استقبل الرئيس اللبناني ميشال عون السيد حسن نصر الله في بعبدا."
    assert _pair("person:michel-aoun", NASRALLAH) in _met(shipped, text, "ar")


QASSEM = "person:naim-qassem"


@pytest.mark.parametrize("text, pair", [
    ("Naim Qassem was named Hezbollah secretary-general, filling the post Hassan Nasrallah "
     "vacated when he was killed in September.", (QASSEM, NASRALLAH)),
    ("Yahya Sinwar fills the seat Ismail Haniyeh vacated in July.", (SINWAR, HANIYEH)),
])
def test_filling_the_post_y_vacated(rules_only, text, pair):
    assert pair in _succ(rules_only, text, "en")


def test_could_fill_the_post_is_no_succession(shipped):
    text = "Naim Qassem could fill the post Hassan Nasrallah vacated, analysts said."
    assert not _succ(shipped, text, "en")


NETANYAHU, KATZ, BEN_GVIR = ("person:benjamin-netanyahu", "person:israel-katz",
                             "person:itamar-ben-gvir")
BARRACK, J_AOUN = "person:tom-barrack", "person:joseph-aoun"


@pytest.mark.parametrize("text, lang, absent", [
    ("التقى الرئيس اللبناني جوزاف عون المبعوث الأميركي توم براك، في غياب رئيس الحكومة نواف "
     "سلام.", "ar", SALAM_N),
    ("اجتمع نتنياهو مع وزير الدفاع يسرائيل كاتس، فيما غاب عن الاجتماع وزير الأمن القومي "
     "إيتمار بن غفير.", "ar", BEN_GVIR),
    ("Netanyahu met Defense Minister Israel Katz in the absence of National Security Minister "
     "Itamar Ben-Gvir.", "en", BEN_GVIR),
    ("Netanyahu met Defense Minister Israel Katz on Sunday. National Security Minister Itamar "
     "Ben-Gvir was absent.", "en", BEN_GVIR),
])
def test_the_absent_is_no_partner(shipped, text, lang, absent):
    met = _met(shipped, text, lang)
    assert met
    assert not any(absent in p for p in met)
