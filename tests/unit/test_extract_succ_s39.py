"""Session 39 (succ): SUCCESSOR_OF recall.

1. A feminine plural with a possessive pronoun ("صلاحياته"، "مهاراتها") has the long vowels of
   a foreign name but is none (``foreign_names_ar.vowel_dense``): "مُنع من ممارسة صلاحياته"
   made a person "ممارسة صلاحياته", the latest person a later description ("الدبلوماسي
   المخضرم") then stood for, so the successor named by "خلفاً لـY" was that non-person.
2. A definite description opening the sentence as the subject of "خلفاً لـY" ("وكان الطبيب
   المصري قد تولى ... خلفاً لـY", "ويرأس الشهيد المكتب ... خلفاً لـY") stands for the person
   of the previous sentence the article is about (``succession_described_subject_ar``); the
   base found no successor. Not a body ("وكان الحزب / وكانت الحكومة قد ...").
3. A gapped Arabic appointment: "انتخب K A <post> بدلاً من B، وC <post> بدلاً من D": C replaced
   D (``succession_gapped_ar``); the base gave the verb's first object A for both markers.
4. A trailing ", replacing / succeeding Y" belongs to the nearest clause giving a post: "...,
   a day after S was named prime minister ..., replacing Y" (S, not the sentence's subject)
   and "..., among them G as Foreign Minister, succeeding Y" (G) (``succession_participle_en``).
5. "عيّنه / انتخبه K <post> خلفاً لـY" opening its clause past a time phrase ("... . وفي أغسطس
   عيّنه K") or after a colon ("عاد X إلى الواجهة: ففي مطلع أغسطس عيّنه K"): the -ه is the
   person before (``succession_fronted_time_ar``); the base knew only "وعيّنه K".
6. "X، الذي عُيّن / تولى ... بدلاً من Y": the relative clause's head X replaced Y
   (``core_recall_succession.instead_of`` reads the head as for "خلفاً لـY"); the base
   looked for the appointee after the verb only.
7. The predecessor given only as the taker's kin: "X took over from his father", "X, who took
   over ... after his brother's death" -> the one person named before with X's family name
   (``succession_kin_pred_en``); the base read nothing. Also "His brother, X, took over" opening
   the sentence (``apposed_kin_en``).
"""

from __future__ import annotations

import pytest

from tests.extract_support import SO, assert_relations

BIN_MUBARAK = "person:ahmed-awad-bin-mubarak"
ABDULMALIK = "person:maeen-abdulmalik"
QASSEM = "person:naim-qassem"
NASRALLAH = "person:hassan-nasrallah"
SINWAR = "person:yahya-sinwar"
HANIYEH = "person:ismail-haniyeh"
MIKATI = "person:najib-mikati"
BASHIR = "person:mohammed-al-bashir"
ABDULRAHMAN = "person:mohammed-abdul-rahman"
SHAIBANI = "person:asaad-al-shaibani"
SABBAGH = "person:bassam-al-sabbagh"
HALBOUSI = "person:mohammed-al-halbousi"
JABOURI = "person:salim-al-jabouri"
KAABI = "person:hassan-al-kaabi"
HAMOUDI = "person:humam-hamoudi"
ERDOGAN = "person:recep-tayyip-erdogan"
SALAM = "person:nawaf-salam"
PEZESHKIAN = "person:masoud-pezeshkian"
ARAGHCHI = "person:abbas-araghchi"
BAGHERI = "person:ali-bagheri-kani"
LARIJANI = "person:ali-larijani"
AHMADIAN = "person:ali-akbar-ahmadian"
SHADMANI = "person:ali-shadmani"
RASHID = "person:gholam-ali-rashid"
SUDANI = "person:mohammed-shia-al-sudani"
ARAJI = "person:qassim-al-araji"
FAYYADH = "person:falih-al-fayyadh"
W_JUMBLATT = "person:walid-jumblatt"
T_JUMBLATT = "person:taymour-jumblatt"
ARSLAN = "person:talal-arslan"
Y_SINWAR = "person:yahya-sinwar"
M_SINWAR = "person:mohammed-sinwar"

CASES = [
    # 1. fails on the base: the description stands for the man who resigned
    ("ar", "استقال أحمد عوض بن مبارك من رئاسة الحكومة أمس، وقال إنه حُرم من ممارسة صلاحياته "
     "كاملة. وكان الدبلوماسي المخضرم قد تولى المنصب مطلع العام الماضي خلفاً لمعين عبد الملك.",
     [SO(BIN_MUBARAK, ABDULMALIK)], []),
    ("ar", "أعلن أحمد عوض بن مبارك أنه لن يبقى في منصبه ما دام ممنوعاً من ممارسة صلاحياته. "
     "وكان الدبلوماسي قد عُيّن رئيساً للحكومة خلفاً لمعين عبد الملك.",
     [SO(BIN_MUBARAK, ABDULMALIK)], []),
    # negatives: both named, no succession; the predecessor complains of his powers
    ("ar", "قال معين عبد الملك إن أحمد عوض بن مبارك مُنع من ممارسة صلاحياته الدستورية.",
     [], [SO(BIN_MUBARAK, ABDULMALIK), SO(ABDULMALIK, BIN_MUBARAK)]),
    ("ar", "اشتكى معين عبد الملك من تقييد صلاحياته. ولم يُعلن بعد من سيخلفه، فيما يلتقي أحمد "
     "عوض بن مبارك الرئيس غداً.",
     [], [SO(BIN_MUBARAK, ABDULMALIK)]),
    # 2. fail on the base: the description opening the sentence is the article's man
    ("ar", "ألقى نعيم قاسم كلمة متلفزة مساء الأحد عن الحرب والحدود. وكان الأكاديمي السابق قد "
     "انتُخب أميناً عاماً للحزب في تشرين الأول خلفاً لحسن نصر الله.",
     [SO(QASSEM, NASRALLAH)], []),
    ("ar", "شيّع آلاف الفلسطينيين يحيى السنوار في خان يونس أمس. ويقود الشهيد الحركة منذ آب "
     "الماضي خلفاً لإسماعيل هنية.",
     [SO(SINWAR, HANIYEH)], []),
    # negatives: a body opens the sentence, not a person's description
    ("ar", "تحدث نعيم قاسم طويلاً عن حسن نصر الله. وكان الحزب قد اختار قائداً جديداً خلفاً "
     "لنصر الله بعد أيام.",
     [], [SO(QASSEM, NASRALLAH)]),
    ("ar", "ألقى نعيم قاسم كلمة عن حسن نصر الله. وكانت الحكومة اللبنانية قد تولت السلطة "
     "خلفاً لحكومة نجيب ميقاتي.",
     [], [SO(QASSEM, MIKATI), SO(QASSEM, NASRALLAH)]),
    # 3. fail on the base: the second conjunct's own appointee
    ("ar", "وعيّن الرئيس محمد البشير وزيراً للداخلية بدلاً من محمد عبد الرحمن، وأسعد الشيباني "
     "وزيراً للخارجية بدلاً من بسام صباغ.",
     [SO(SHAIBANI, SABBAGH), SO(BASHIR, ABDULRAHMAN)], [SO(BASHIR, SABBAGH)]),
    ("ar", "انتخب البرلمان محمد الحلبوسي رئيساً للمجلس بدلاً من سليم الجبوري، والسيد حسن الكعبي "
     "نائباً أول بدلاً من همام حمودي.",
     [SO(KAABI, HAMOUDI), SO(HALBOUSI, JABOURI)], [SO(HALBOUSI, HAMOUDI)]),
    # negative: the و-conjunct names people but appoints no one
    ("ar", "عيّن الرئيس محمد البشير وزيراً للداخلية بدلاً من محمد عبد الرحمن، وأسعد الشيباني "
     "حاضر في القاعة مع بسام صباغ.",
     [SO(BASHIR, ABDULRAHMAN)], [SO(SHAIBANI, ABDULRAHMAN), SO(SHAIBANI, SABBAGH),
                                  SO(BASHIR, SABBAGH)]),
    # 4. fail on the base (it gave the sentence's subject)
    ("en", "Turkey's president, Recep Tayyip Erdogan, held talks with him in Ankara on 3 February, "
     "a day after Nawaf Salam was named prime minister for the new government, replacing Najib "
     "Mikati, who had led a caretaker cabinet.",
     [SO(SALAM, MIKATI)], [SO(ERDOGAN, MIKATI)]),
    ("en", "Masoud Pezeshkian, a heart surgeon since 1985, was sworn in along with 19 ministers, "
     "among them Abbas Araghchi as Foreign Minister, succeeding Ali Bagheri Kani.",
     [SO(ARAGHCHI, BAGHERI)], [SO(PEZESHKIAN, BAGHERI)]),
    # negatives: the participle is no replacement; someone is met "as well as" another
    ("en", "Turkey's president, Recep Tayyip Erdogan, held talks with him in Ankara, a day after "
     "Nawaf Salam was named prime minister, praising Najib Mikati.",
     [], [SO(SALAM, MIKATI), SO(ERDOGAN, MIKATI)]),
    ("en", "Masoud Pezeshkian met Abbas Araghchi as well as Ali Bagheri Kani on Wednesday, "
     "thanking them.",
     [], [SO(ARAGHCHI, BAGHERI), SO(PEZESHKIAN, BAGHERI)]),
    # 5. fail on the base: a time phrase before the verb; a colon
    ("ar", "عاد علي لاريجاني إلى الواجهة بعد سنوات من الغياب. وفي أغسطس الماضي عيّنه الرئيس مسعود "
     "بزشكيان أميناً للمجلس الأعلى خلفاً لعلي أكبر أحمديان.",
     [SO(LARIJANI, AHMADIAN)], [SO(PEZESHKIAN, AHMADIAN)]),
    ("ar", "رجع علي لاريجاني إلى قلب القرار: ففي مطلع آب 2025 اختاره الرئيس مسعود بزشكيان أميناً "
     "للمجلس خلفاً لعلي أكبر أحمديان.",
     [SO(LARIJANI, AHMADIAN)], [SO(PEZESHKIAN, AHMADIAN)]),
    # negatives: the appointee is named, no pronoun; no succession in the later sentence
    ("ar", "عاد علي لاريجاني إلى الواجهة. وفي أغسطس عيّن الرئيس مسعود بزشكيان علي أكبر أحمديان "
     "مستشاراً له.",
     [], [SO(LARIJANI, AHMADIAN)]),
    ("ar", "قال علي لاريجاني إن علي أكبر أحمديان غادر منصبه. وفي أغسطس عيّن الرئيس مسعود بزشكيان "
     "مستشاراً جديداً للشؤون الثقافية.",
     [], [SO(LARIJANI, AHMADIAN)]),
    # 6. fail on the base: the head of the relative clause
    ("ar", "التقى قادة الجيش علي شادماني، الذي تولى القيادة بدلاً من غلام علي رشيد.",
     [SO(SHADMANI, RASHID)], []),
    ("ar", "استقبل محمد شياع السوداني قاسم الأعرجي، الذي عُيّن مستشاراً للأمن الوطني بدلاً من "
     "فالح الفياض.",
     [SO(ARAJI, FAYYADH)], [SO(SUDANI, FAYYADH)]),
    # negatives: no post taken in the relative clause
    ("ar", "التقى علي شادماني، الذي وصل إلى طهران بدلاً من غلام علي رشيد، قادة الجيش.",
     [], [SO(SHADMANI, RASHID)]),
    ("ar", "استقبل محمد شياع السوداني قاسم الأعرجي، الذي فضّل البقاء في بغداد بدلاً من مرافقة "
     "فالح الفياض.",
     [], [SO(ARAJI, FAYYADH), SO(SUDANI, FAYYADH)]),
    # 7. fail on the base: the kin's name is the taker's family name
    ("en", "Walid Jumblatt led the party for decades. Taymour Jumblatt took over from his "
     "father as party chief in 2023.",
     [SO(T_JUMBLATT, W_JUMBLATT)], []),
    ("en", "Yahya Sinwar was killed in October. Israel's army said the raid killed Mohammed "
     "Sinwar, who took over the Gaza leadership after his brother's death.",
     [SO(M_SINWAR, Y_SINWAR)], []),
    # negatives: another family; no loss after the kin noun
    ("en", "Walid Jumblatt led the party for decades. Talal Arslan took over from his father as "
     "party chief in 2023.",
     [], [SO(ARSLAN, W_JUMBLATT)]),
    ("en", "Yahya Sinwar was killed in October. Israel's army said the raid killed Mohammed "
     "Sinwar, who took over the Gaza leadership after his brother's wedding.",
     [], [SO(M_SINWAR, Y_SINWAR)]),
    # 7b. fails on the base: the kin in apposition before the taker
    ("en", "Yahya Sinwar was killed in Rafah in October. His brother, Mohammed Sinwar, took over "
     "the Gaza command.",
     [SO(M_SINWAR, Y_SINWAR)], []),
    # negatives: a kin of another family; the kin takes over nothing
    ("en", "Walid Jumblatt led the party for decades. His cousin, Talal Arslan, took over the "
     "rival party.",
     [], [SO(ARSLAN, W_JUMBLATT)]),
    ("en", "Yahya Sinwar was killed in Rafah in October. His brother, Mohammed Sinwar, spoke at "
     "the funeral.",
     [], [SO(M_SINWAR, Y_SINWAR)]),
]


@pytest.mark.parametrize("lang,text,must,must_not", CASES)
def test_succ_s39(ex, lang: str, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang=lang), text[:40], must, must_not)
