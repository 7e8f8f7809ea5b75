"""Session 24 (succkill): SUCCESSOR_OF and ASSASSINATED_BY when both people are found but the
relation was missed; each construction with cases of our own and a case not to read."""

from __future__ import annotations

import pytest

from tests.extract_support import AB, SO, assert_relations

US = "country:united-states"
ISRAEL = "country:israel"
NASRALLAH = "person:hassan-nasrallah"
NILFOROUSHAN = "person:abbas-nilforoushan"
HANIYEH = "person:ismail-haniyeh"
SHAABAN = "person:wasim-abu-shaaban"
SOLEIMANI = "person:qasem-soleimani"
MUHANDIS = "person:abu-mahdi-al-muhandis"

# ---- English: "X was killed (in January) alongside / beside Y, <apposition>, in a US strike" -
BESIDE_EN = [
    ("en", "Hassan Nasrallah was killed last week along with Abbas Nilforoushan, an Iranian "
     "general, in an Israeli airstrike on Beirut.",
     [AB(NASRALLAH, ISRAEL), AB(NILFOROUSHAN, ISRAEL)], []),
    ("en", "Ismail Haniyeh was assassinated on Wednesday alongside his bodyguard, Wasim Abu "
     "Shaaban, in an Israeli strike in Tehran.", [AB(HANIYEH, ISRAEL), AB(SHAABAN, ISRAEL)], []),
    ("en", "Qasem Soleimani was killed beside Abu Mahdi al-Muhandis, the deputy chief of the "
     "Popular Mobilisation Forces, in a US drone strike.",
     [AB(SOLEIMANI, US), AB(MUHANDIS, US)], []),
    ("en", "Abu Mahdi al-Muhandis was killed beside Qasem Soleimani in the American strike.",
     [AB(SOLEIMANI, US), AB(MUHANDIS, US)], []),
    # no agent after the apposition, a clause, no killing
    ("en", "Hassan Nasrallah was killed beside Abbas Nilforoushan, a close aide, in a car crash.",
     [], [AB(NASRALLAH, ISRAEL), AB(NILFOROUSHAN, ISRAEL)]),
    ("en", "Hassan Nasrallah was killed alongside Abbas Nilforoushan, his aide, and the Israeli "
     "army said nothing.", [], [AB(NILFOROUSHAN, ISRAEL)]),
    ("en", "Hassan Nasrallah was pictured beside Abbas Nilforoushan, an Iranian general, in an "
     "Israeli photo.", [], [AB(NASRALLAH, ISRAEL), AB(NILFOROUSHAN, ISRAEL)]),
]

IDF = "organization:israel-defense-forces"
HAJIZADEH = "person:amir-ali-hajizadeh"
# ---- English: "The IDF says X was killed when its jets hit ...": the speaker's side -----------
WHEN_ITS_EN = [
    ("en", "The IDF says Amir Ali Hajizadeh, commander of the IRGC Aerospace Force, was killed "
     "when its warplanes struck a bunker.", [AB(HAJIZADEH, IDF)], []),
    ("en", "The Israeli army said Hassan Nasrallah was killed when its jets hit a bunker in "
     "Beirut.", [AB(NASRALLAH, IDF)], []),
    # nobody says so, an unarmed noun
    ("en", "Hassan Nasrallah was killed when its jets hit a bunker in Beirut.", [],
     [AB(NASRALLAH, IDF)]),
    ("en", "Hamas said Ismail Haniyeh was killed when its guards fired at the car.", [],
     [AB(HANIYEH, "organization:hamas")]),
    ("en", "Hezbollah said Hassan Nasrallah was killed when its own rocket exploded.", [],
     [AB(NASRALLAH, "organization:hezbollah")]),
]

SALAMI = "person:hossein-salami"
BAGHERI = "person:mohammad-bagheri"
KARAKI = "person:ali-karaki"
QASSEM = "person:naim-qassem"
# ---- English: the last victim after "and the <description>, Y" or past "X, son of K," -------
LIST_MORE_EN = [
    ("en", "The Israeli army said it had killed Hossein Salami and the chief of the general staff, "
     "Mohammad Bagheri, in Tehran.", [AB(SALAMI, IDF), AB(BAGHERI, IDF)], []),
    ("en", "Israel killed Hassan Nasrallah and the head of its southern front, Ali Karaki.",
     [AB(NASRALLAH, ISRAEL), AB(KARAKI, ISRAEL)], []),
    ("en", "Israel killed Hassan Nasrallah, son of Abdul Karim Nasrallah, and Naim Qassem in "
     "Beirut.", [AB(NASRALLAH, ISRAEL), AB(QASSEM, ISRAEL)],
     [AB("person:abdul-karim-nasrallah", ISRAEL)]),
    # the last name opens a clause, is a possessor, or was wounded
    ("en", "Israel killed Hassan Nasrallah and the head of the group, Naim Qassem, said it "
     "would retaliate.", [AB(NASRALLAH, ISRAEL)], [AB(QASSEM, ISRAEL)]),
    ("en", "Israel killed Hassan Nasrallah, son of Abdul Karim Nasrallah, and Naim Qassem's "
     "wife said nothing.", [], [AB(QASSEM, ISRAEL)]),
    ("en", "Israel killed Hassan Nasrallah and wounded the head of its southern front, Ali "
     "Karaki, in Beirut.", [], [AB(KARAKI, ISRAEL)]),
]

MIT = "organization:turkish-national-intelligence-organization"
DARWISH = "person:yasra-darwish"
# ---- Arabic: the agent's own claim that it "neutralised" X: 'أعلن Y أنه «حيّد» X' ----------
NEUTRALISED_AR = [
    ("ar", "وأعلن الجيش الإسرائيلي أنه «حيّد» حسن نصر الله في غارة على الضاحية.",
     [AB(NASRALLAH, IDF)], []),
    ("ar", "أعلنت الاستخبارات التركية أنها حيّدت القيادي يسرى درويش.", [AB(DARWISH, MIT)], []),
    ("ar", "قالت الاستخبارات التركية إنها حيّدت القيادي يسرى درويش ومرافقه حسن نصر الله.",
     [AB(DARWISH, MIT), AB(NASRALLAH, MIT)], []),
    # "alone", a denial, a dispute neutralised
    ("ar", "أعلن حسن نصر الله أنه وحيد في مواجهة الاستخبارات التركية.", [], [AB(NASRALLAH, MIT)]),
    ("ar", "نفت الاستخبارات التركية أنها حيّدت يسرى درويش.", [], [AB(DARWISH, MIT)]),
    ("ar", "أعلنت الاستخبارات التركية أنها حيّدت الخلافات مع حسن نصر الله.", [],
     [AB(NASRALLAH, MIT)]),
]

PENTAGON = "organization:us-department-of-defense"
TRUMP = "person:donald-trump"
# ---- Arabic: a saying clause after the strike noun: the claimer, not one who denies ---------
STRIKE_SAID_AR = [
    ("ar", "قُتل حسن نصر الله بغارة أعلنت وزارة الدفاع الأميركية أنها نُفذت بأمر من الرئيس "
     "دونالد ترامب.", [AB(NASRALLAH, PENTAGON), AB(NASRALLAH, TRUMP)], []),
    ("ar", "قُتل حسن نصر الله في غارة قالت إسرائيل إنها نفذتها.", [AB(NASRALLAH, ISRAEL)], []),
    ("ar", "قُتل إسماعيل هنية بضربة قال الجيش الإسرائيلي إنه شنها على طهران.",
     [AB(HANIYEH, IDF)], []),
    # a denial, an accusation, another deed said
    ("ar", "قُتل حسن نصر الله في غارة نفت إسرائيل أنها نفذتها على الضاحية.", [],
     [AB(NASRALLAH, ISRAEL)]),
    ("ar", "قُتل حسن نصر الله في غارة نفى الجيش الإسرائيلي أنه نفذها.", [],
     [AB(NASRALLAH, IDF)]),
    ("ar", "قُتل حسن نصر الله في غارة قالت إسرائيل إنها استهدفت مخزناً للسلاح.", [],
     [AB(NASRALLAH, ISRAEL)]),
    ("ar", "قُتل حسن نصر الله في غارة اتهمت إيران إسرائيل بتنفيذها.", [],
     [AB(NASRALLAH, ISRAEL), AB(NASRALLAH, "country:iran")]),
]

BOLTON = "person:john-bolton"
OBRIEN = "person:robert-obrien"
FAYYADH = "person:falih-al-fayyadh"
ARAJI = "person:qassim-al-araji"
KADHIMI = "person:mustafa-al-kadhimi"
# ---- English: "K replaced Y as <post> / at the head of <body> with X": X -> Y -------------------
REPLACED_POST_WITH_EN = [
    ("en", "Trump replaced John Bolton as national security adviser with Robert O'Brien.",
     [SO(OBRIEN, BOLTON)], [SO(TRUMP, BOLTON)]),
    ("en", "In July Mustafa al-Kadhimi replaced Falih al-Fayyadh at the head of the National "
     "Security Service with Qasim al-Araji.", [SO(ARAJI, FAYYADH)], [SO(KADHIMI, FAYYADH)]),
    # "with the support of X" is no successor; no "with"
    ("en", "Trump replaced John Bolton as national security adviser with the support of Robert "
     "O'Brien.", [], [SO(OBRIEN, BOLTON)]),
    ("en", "Robert O'Brien replaced John Bolton as national security adviser in September.",
     [SO(OBRIEN, BOLTON)], []),
]

FIDAN = "person:hakan-fidan"
CAVUSOGLU = "person:mevlut-cavusoglu"
KALIN = "person:ibrahim-kalin"
KHATTAB = "person:anas-khattab"
ABDULRAHMAN = "person:mohammed-abdul-rahman"
SALAMEH = "person:hussein-al-salameh"
# ---- "A took over from B ..., while X replaced him": him is A, who moved on ------------------
WHILE_REPLACED_HIM = [
    ("en", "Hakan Fidan succeeded Mevlut Cavusoglu as foreign minister, and Ibrahim Kalin "
     "replaced him at the intelligence agency.", [SO(FIDAN, CAVUSOGLU), SO(KALIN, FIDAN)],
     [SO(KALIN, CAVUSOGLU)]),
    ("en", "Hakan Fidan took over the foreign ministry from Mevlut Cavusoglu in June, while "
     "Ibrahim Kalin replaced him as spy chief.", [SO(KALIN, FIDAN)], [SO(KALIN, CAVUSOGLU)]),
    ("ar", "تولى أنس خطاب وزارة الداخلية خلفاً لمحمد عبد الرحمن، فيما خلفه في رئاسة جهاز "
     "الاستخبارات حسين السلامة.", [SO(KHATTAB, ABDULRAHMAN), SO(SALAMEH, KHATTAB)],
     [SO(SALAMEH, ABDULRAHMAN)]),
    ("ar", "تولى أنس خطاب وزارة الداخلية، بينما خلفه في رئاسة الجهاز حسين السلامة.",
     [SO(SALAMEH, KHATTAB)], []),
    # no succession told before: the nearest person, as before; one who resigned
    ("en", "Hakan Fidan met Mevlut Cavusoglu in June, and Ibrahim Kalin replaced him.", [],
     [SO(KALIN, FIDAN)]),
    ("en", "Mevlut Cavusoglu resigned and Hakan Fidan replaced him.", [SO(FIDAN, CAVUSOGLU)], []),
]

SUDANI = "person:mohammed-shia-al-sudani"
# ---- a choosing or confirming verb before "in place of" / "بدلاً من" -----------------------
CHOSE_INSTEAD = [
    ("en", "Parliament confirmed Mohammed Shia al-Sudani as prime minister in place of Mustafa "
     "al-Kadhimi.", [SO(SUDANI, KADHIMI)], []),
    ("en", "Mohammed Shia al-Sudani was confirmed as prime minister in place of Mustafa "
     "al-Kadhimi.", [SO(SUDANI, KADHIMI)], []),
    ("ar", "اختار الإطار التنسيقي محمد شياع السوداني رئيساً للوزراء بدلاً من مصطفى الكاظمي.",
     [SO(SUDANI, KADHIMI)], []),
    ("ar", "واختير محمد شياع السوداني رئيساً للحكومة بدلاً من مصطفى الكاظمي.",
     [SO(SUDANI, KADHIMI)], []),
    # no post: a stand-in at an event, a choice of another thing
    ("en", "The ministry confirmed that Mohammed Shia al-Sudani would attend the summit in place "
     "of Mustafa al-Kadhimi.", [], [SO(SUDANI, KADHIMI)]),
    ("ar", "اختار محمد شياع السوداني السفر إلى روما بدلاً من لقاء مصطفى الكاظمي.", [],
     [SO(SUDANI, KADHIMI)]),
]

BASHIR = "person:mohammed-al-bashir"
JALALI = "person:mohammad-ghazi-al-jalali"
ASSAD = "person:bashar-al-assad"
# ---- "took over from Y's (last) prime minister, Z": Z, not the possessor Y --------------------
FROM_POSSESSED_EN = [
    ("en", "The caretaker cabinet is led by Mohammed al-Bashir, who took over from Assad's last "
     "prime minister, Mohammed Ghazi al-Jalali, in December.", [SO(BASHIR, JALALI)],
     [SO(BASHIR, ASSAD)]),
    ("en", "Mohammed al-Bashir was appointed in December, replacing Assad's prime minister "
     "Mohammed Ghazi al-Jalali.", [SO(BASHIR, JALALI)], [SO(BASHIR, ASSAD)]),
    # no holder named: nobody; the person himself
    ("en", "Mohammed al-Bashir took over from Bashar al-Assad's last prime minister in December.",
     [], [SO(BASHIR, ASSAD)]),
    ("en", "Mohammed al-Bashir took over from Bashar al-Assad in December.",
     [SO(BASHIR, ASSAD)], []),
]

CASES = (BESIDE_EN + WHEN_ITS_EN + LIST_MORE_EN + NEUTRALISED_AR + STRIKE_SAID_AR +
         REPLACED_POST_WITH_EN + WHILE_REPLACED_HIM + CHOSE_INSTEAD + FROM_POSSESSED_EN)


@pytest.mark.parametrize("lang,text,must,must_not", CASES)
def test_succkill_s24(ex, lang, text, must, must_not):
    assert_relations(ex.extract(text, lang=lang), text[:40], must, must_not)


_ = SO  # (SUCCESSOR_OF cases below)
