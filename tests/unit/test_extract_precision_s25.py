"""Session 25 (precision): false core relations of the newest writers, each construction with
sentences of our own (not taken from any dev set), a case not to read and a case that still
reads."""

from __future__ import annotations

import pytest

from tests.extract_support import AB, MW, SO, assert_relations

IDF = "organization:israel-defense-forces"
SAFIEDDINE = "person:hashem-safieddine"
NASRALLAH = "person:hassan-nasrallah"
BAGHERI = "person:mohammad-bagheri"
FIRUZABADI = "person:hassan-firuz-abadi"
MOUSAVI = "person:abdolrahim-mousavi"
SHUKR = "person:fuad-shukr"
HANIYEH = "person:ismail-haniyeh"
PEZESHKIAN = "person:masoud-pezeshkian"
# ---- "أعلن الجيش أنه قتله" after a relative clause: the head is the victim, not a name inside
# the clause; nobody past a comma is the agent of "قتله" ------------------------------------
CLAIM_AFTER_RELATIVE = [
    ("ar", "وكان القيادي هاشم صفي الدين، الذي عُدّ خليفة محتملاً لحسن نصرالله، قد قُتل في غارة، "
     "وأعلن الجيش الإسرائيلي لاحقاً أنه اغتاله.", [AB(SAFIEDDINE, IDF)], [AB(NASRALLAH, IDF)]),
    ("ar", "أما اللواء محمد باقري، الذي عُيّن بدلاً من حسن فيروز آبادي وأعلن الجيش الإسرائيلي في "
     "حزيران أنه قتله، فقد خلفه عبد الرحيم موسوي.", [AB(BAGHERI, IDF)],
     [AB(FIRUZABADI, IDF), AB(FIRUZABADI, MOUSAVI)]),
    # still read: the one person before the claim, the object of a meeting before it
    ("ar", "قُتل فؤاد شكر في بيروت، وأعلن الجيش الإسرائيلي أنه اغتاله.", [AB(SHUKR, IDF)], []),
    ("ar", "التقى مسعود بزشكيان إسماعيل هنية، وأعلن الجيش الإسرائيلي بعد أشهر أنه اغتاله.",
     [AB(HANIYEH, IDF), MW(HANIYEH, PEZESHKIAN)], []),
]


ERDOGAN = "person:recep-tayyip-erdogan"
RASHID = "person:abdul-latif-rashid"
SUDANI = "person:mohammed-shia-al-sudani"
FIDAN = "person:hakan-fidan"
ABDELATTY = "person:badr-abdelatty"
SISI = "person:abdel-fattah-el-sisi"
FUAD = "person:fuad-hussein"
# ---- a passive reception after "held talks with Y": "and (then) was received by Z", "before
# being received by Z" -- its subject is the talks' subject ("he" or a name), not Y -----------
PASSIVE_AFTER_TALKS = [
    ("en", "Turkish President Recep Tayyip Erdogan arrived in Baghdad on Monday. He held talks "
     "with Prime Minister Mohammed Shia al-Sudani and was then received by President Abdul "
     "Latif Rashid.", [MW(ERDOGAN, RASHID), MW(ERDOGAN, SUDANI)], [MW(RASHID, SUDANI)]),
    ("en", "Hakan Fidan toured the region. In Cairo he held talks with Foreign Minister Badr "
     "Abdelatty before being received by President Abdel Fattah el-Sisi.",
     [MW(FIDAN, SISI), MW(FIDAN, ABDELATTY)], [MW(SISI, ABDELATTY)]),
    ("en", "Hakan Fidan held talks with Foreign Minister Badr Abdelatty, before being received "
     "by President Abdel Fattah el-Sisi.", [MW(FIDAN, SISI)], [MW(SISI, ABDELATTY)]),
    ("en", "He held talks with Foreign Minister Badr Abdelatty and was later received by "
     "President Abdel Fattah el-Sisi.", [], [MW(SISI, ABDELATTY)]),
    # still read: a "who" clause of the object, the Arabic pronoun of the reception
    ("en", "Hakan Fidan met Fuad Hussein, who was later received by Mohammed Shia al-Sudani.",
     [MW(FIDAN, FUAD), MW(FUAD, SUDANI)], []),
    ("ar", "وعقد هاكان فيدان محادثات مع نظيره فؤاد حسين، ثم استقبله رئيس الوزراء محمد شياع "
     "السوداني.", [MW(FIDAN, SUDANI), MW(FIDAN, FUAD)], [MW(FUAD, SUDANI)]),
]


AMIRI = "person:hadi-al-amiri"
QAANI = "person:esmail-qaani"
# ---- a later clause of the same sentence denies the meeting took place -----------------------
DENIED_LATER = [
    ("ar", "ويقول مصدر إن هادي العامري التقى إسماعيل قاآني في طهران الشهر الماضي، غير أن مكتب "
     "العامري نفى حصول اللقاء.", [], [MW(AMIRI, QAANI)]),
    ("ar", "التقى هادي العامري إسماعيل قاآني في بغداد، لكن مكتبه نفى ذلك لاحقاً.", [],
     [MW(AMIRI, QAANI)]),
    ("ar", "وأفادت تقارير بأن قاآني اجتمع بهادي العامري، فيما نفت منظمة بدر عقد أي لقاء.", [],
     [MW(AMIRI, QAANI)]),
    ("en", "A source said Hadi al-Amiri met Esmail Qaani in Tehran last month, but Amiri's office "
     "denied the meeting took place.", [], [MW(AMIRI, QAANI)]),
    ("en", "Hadi al-Amiri met Esmail Qaani in Tehran, a report said; his office later denied that "
     "any meeting had occurred.", [], [MW(AMIRI, QAANI)]),
    # still read: a denial of something else, of what the meeting was about
    ("ar", "التقى هادي العامري إسماعيل قاآني في بغداد، ونفى العامري وجود خلافات بين الطرفين.",
     [MW(AMIRI, QAANI)], []),
    ("en", "Hadi al-Amiri met Esmail Qaani in Baghdad, and denied reports of a rift.",
     [MW(AMIRI, QAANI)], []),
    ("en", "Hadi al-Amiri met Esmail Qaani in Baghdad, but his office denied that the meeting was "
     "about the elections.", [MW(AMIRI, QAANI)], []),
]


RAISI = "person:ebrahim-raisi"
MBS = "person:mohammed-bin-salman"
# ---- "التقى X Y، كما عقد (أول) لقاء مع Z": the subject of the second verb is X, not Y ------------
ALSO_HELD = [
    ("ar", "وعلى هامش القمة، التقى الرئيس الإيراني إبراهيم رئيسي وليَّ العهد الأمير محمد بن سلمان، "
     "كما عقد أول لقاء مع الرئيس المصري عبد الفتاح السيسي.",
     [MW(RAISI, MBS), MW(RAISI, SISI)], [MW(SISI, MBS)]),
    ("ar", "التقى هاكان فيدان وزير الخارجية فؤاد حسين، كما عقد لقاءً مع رئيس الوزراء محمد شياع "
     "السوداني.", [MW(FIDAN, SUDANI)], [MW(FUAD, SUDANI)]),
    ("en", "Hakan Fidan met Foreign Minister Fuad Hussein, and also held his first meeting with "
     "Prime Minister Mohammed Shia al-Sudani.", [MW(FIDAN, SUDANI)], [MW(FUAD, SUDANI)]),
    # still read: a relative clause of the object has the object as its subject
    ("ar", "التقى هاكان فيدان وزير الخارجية فؤاد حسين، الذي عقد أول لقاء مع رئيس الوزراء محمد "
     "شياع السوداني.", [MW(FUAD, SUDANI)], []),
]


ZAHEDI = "person:mohammad-reza-zahedi"
AROURI = "person:saleh-al-arouri"
IRAN = "country:iran"
ISRAEL = "country:israel"
# ---- "<target> was struck / flattened, killing Y": the passive's subject is the target (its
# nationality is the victim's side), not the agent -------------------------------------------
PASSIVE_TARGET = [
    ("en", "The consular annex of the Iranian embassy was flattened, killing Brigadier General "
     "Mohammad-Reza Zahedi.", [], [AB(ZAHEDI, IRAN)]),
    ("en", "An Iranian convoy was struck near the airport on Friday, killing Mohammad-Reza "
     "Zahedi.", [], [AB(ZAHEDI, IRAN)]),
    ("ar", "استُهدف مبنى القنصلية الإيرانية في دمشق، ما أسفر عن مقتل العميد محمد رضا زاهدي.",
     [], [AB(ZAHEDI, IRAN)]),
    # still read: the agent after "by", the subject of an active strike verb
    ("ar", "قصفت طائرات إسرائيلية مبنى القنصلية الإيرانية في دمشق، ما أدى إلى مقتل العميد محمد "
     "رضا زاهدي.", [AB(ZAHEDI, ISRAEL)], [AB(ZAHEDI, IRAN)]),
    ("en", "His car was hit by Israeli jets, killing Saleh al-Arouri.", [AB(AROURI, ISRAEL)], []),
    ("en", "An Israeli strike flattened the consular annex of the Iranian embassy in Damascus, "
     "killing Mohammad-Reza Zahedi.", [AB(ZAHEDI, ISRAEL)], [AB(ZAHEDI, IRAN)]),
]


FAYYADH = "person:falih-al-fayyadh"
SO_AMIRI = SO(AMIRI, FAYYADH)
# ---- a succession asked, not stated: "من يخلف Y؟", "هل يخلف X Y؟" ----------------------------
ASKED_SUCCESSION = [
    ("ar", "الحشد بعد خمس سنوات على غياب هادي العامري: من يخلف فالح الفياض؟", [], [SO_AMIRI]),
    ("ar", "هل يخلف هادي العامري فالح الفياض في رئاسة الهيئة؟", [], [SO_AMIRI]),
    ("en", "Could Hadi al-Amiri succeed Falih al-Fayyadh at the head of the PMF?", [], [SO_AMIRI]),
    # still read: a relative clause inside a question, a plain statement
    ("ar", "من هو هادي العامري الذي خلف فالح الفياض؟", [SO_AMIRI], []),
    ("ar", "وخلف هادي العامري فالح الفياض في رئاسة الهيئة.", [SO_AMIRI], []),
]


NETANYAHU = "person:benjamin-netanyahu"
KATZ = "person:israel-katz"
GHAMARI = "person:mohammed-al-ghamari"
MADANI = "person:yousef-al-madani"
# ---- "X said Y had killed him": "him" is not the speaker X, alive to report it ----------------
HIM_NOT_SPEAKER = [
    ("en", "Hezbollah mourned Fuad Shukr, and Benjamin Netanyahu later said Israel had killed him.",
     [AB(SHUKR, ISRAEL)], [AB(NETANYAHU, ISRAEL)]),
    ("en", "The group said its chief of staff, Mohammed al-Ghamari, had died; Defence Minister "
     "Israel Katz said the Israel Defense Forces had killed him. Yousef al-Madani was appointed "
     "chief of staff to succeed him.", [AB(GHAMARI, IDF), SO(MADANI, GHAMARI)],
     [AB(KATZ, IDF), SO(MADANI, KATZ)]),
    ("en", "Benjamin Netanyahu said Israel had killed him.", [], [AB(NETANYAHU, ISRAEL)]),
    # still read: a named victim after the speaker, a "him" that is not the speaker
    ("en", "Benjamin Netanyahu said Israel had killed Fuad Shukr.", [AB(SHUKR, ISRAEL)], []),
    ("en", "Fuad Shukr was in Beirut. Israel killed him on Tuesday, Benjamin Netanyahu said.",
     [AB(SHUKR, ISRAEL)], [AB(NETANYAHU, ISRAEL)]),
]


MASJEDI = "person:iraj-masjedi"
# ---- "His successor ..., but he met Y": "he" is the unnamed successor, not the person of "his" --
ROLE_SUBJECT = [
    ("en", "Iraj Masjedi served as ambassador until 2022. His successor has kept a lower profile, "
     "but he met Mohammed Shia al-Sudani within days.", [], [MW(MASJEDI, SUDANI)]),
    ("en", "Hadi al-Amiri led the group for years. But his deputy was the one who mattered: he "
     "met Esmail Qaani every month.", [], [MW(AMIRI, QAANI)]),
    # still read: the role named before the pronoun, the person himself as subject
    ("en", "Iraj Masjedi left in 2022. His successor, Hadi al-Amiri, said he met Esmail Qaani.",
     [MW(AMIRI, QAANI)], [MW(MASJEDI, QAANI)]),
    ("en", "Iraj Masjedi served as ambassador until 2022. He met Mohammed Shia al-Sudani within "
     "days of his arrival.", [MW(MASJEDI, SUDANI)], []),
]


@pytest.mark.parametrize("lang,text,must,must_not", CLAIM_AFTER_RELATIVE +
                         PASSIVE_AFTER_TALKS + DENIED_LATER + ALSO_HELD +
                         PASSIVE_TARGET + ASKED_SUCCESSION +
                         HIM_NOT_SPEAKER + ROLE_SUBJECT)
def test_precision_s25(ex, lang, text, must, must_not):
    assert_relations(ex.extract(text, lang=lang), text[:40], must, must_not)
