"""Session 23 (succkill): SUCCESSOR_OF and ASSASSINATED_BY when both people are found but the
relation was missed, reversed or given to the wrong agent; each construction with cases of our
own and a case not to read."""

from __future__ import annotations

import pytest

from tests.extract_support import AB, SO, assert_relations

MANQUSH = "person:najla-al-manqush"
DABIBA = "person:abdul-hamid-dbeibah"  # (s43: the regional gazetteer knows him)
BARHAN = "person:sami-barhan"
KHOURY = "person:stephanie-koury"  # (s43-gulfw: the gazetteer now knows her and the envoy below)
BATILI = "person:abdoulaye-bathily"
ROUHANI = "person:hassan-rouhani"

# ---- Arabic: a woman left / succeeded, and the one who left in the sentence before --------
LEFT_AR = [
    ("استقالت وزيرة الخارجية نجلاء المنقوش، وعيّن الرئيس محمد المنفي عبد الحميد الدبيبة "
     "خلفاً لها.", [SO(DABIBA, MANQUSH)], []),
    ("أقيلت وزيرة الخارجية نجلاء المنقوش، وعُيّن عبد الحميد الدبيبة خلفاً لها.",
     [SO(DABIBA, MANQUSH)], []),
    ("توفي الرئيس سامي برهان. وخلفته نائبته ستيفاني خوري.", [SO(KHOURY, BARHAN)], []),
    ("استقال المبعوث عبد الله باتيلي في أبريل. وخلفته نائبته الأميركية ستيفاني خوري على رأس "
     "البعثة بالإنابة.", [SO(KHOURY, BATILI)], []),
    # the leaving told in the sentence before
    ("استقال الوزير سامي برهان. وعيّن المجلس عبد الحميد الدبيبة خلفاً له.",
     [SO(DABIBA, BARHAN)], []),
    ("قُتل القائد سامي برهان في غارة. وعيّن المجلس عبد الحميد الدبيبة خلفاً له.",
     [SO(DABIBA, BARHAN)], []),
    ("استقالت وزيرة الخارجية نجلاء المنقوش في مايو. وعيّن المجلس عبد الحميد الدبيبة خلفاً لها.",
     [SO(DABIBA, MANQUSH)], []),
    # not: a meeting, a demand to resign, a possible resignation, two who resigned
    ("التقى الوزير سامي برهان بالرئيس حسن روحاني. وعيّن المجلس عبد الحميد الدبيبة خلفاً له.",
     [], [SO(DABIBA, BARHAN), SO(DABIBA, ROUHANI)]),
    ("طالب المحتجون باستقالة الوزير سامي برهان. وعيّن المجلس عبد الحميد الدبيبة خلفاً له.",
     [], [SO(DABIBA, BARHAN)]),
    ("قد يستقيل الوزير سامي برهان. وعيّن المجلس عبد الحميد الدبيبة خلفاً له.",
     [], [SO(DABIBA, BARHAN)]),
    ("استقال الوزير سامي برهان، كما استقال حسن روحاني. وعيّن المجلس عبد الحميد الدبيبة "
     "خلفاً له.", [], [SO(DABIBA, BARHAN), SO(DABIBA, ROUHANI)]),
    # "behind him" is no succession
    ("وقف خلفه نائبه الأميركي ستيفاني خوري في الصورة.", [], [SO(KHOURY, BARHAN)]),
]


PEZESHKIAN = "person:masoud-pezeshkian"
RAISI = "person:ebrahim-raisi"
ARAGHCHI = "person:abbas-araghchi"
ABDOLLAHIAN = "person:hossein-amir-abdollahian"
# ---- Arabic VSO after a comma: "خلفاً لـR، فيما / وخلف A B" -------------------------------
VSO_AR = [
    ("انتُخب مسعود بزشكيان خلفاً لإبراهيم رئيسي، وخلف عباس عراقجي حسين أمير عبد اللهيان في "
     "الخارجية.", [SO(ARAGHCHI, ABDOLLAHIAN), SO(PEZESHKIAN, RAISI)], [SO(RAISI, ARAGHCHI)]),
    ("انتُخب مسعود بزشكيان خلفاً لإبراهيم رئيسي، بينما خلف عباس عراقجي حسين أمير عبد اللهيان "
     "في الخارجية.", [SO(ARAGHCHI, ABDOLLAHIAN)], [SO(RAISI, ARAGHCHI)]),
    # one person after the verb: the subject stays the one before the comma
    ("عاد مسعود بزشكيان إلى طهران، وخلف إبراهيم رئيسي في الرئاسة.",
     [SO(PEZESHKIAN, RAISI)], [SO(RAISI, PEZESHKIAN)]),
]


IRGC = "organization:irgc"
DIZAYEE = "person:peshraw-dizayee"
SHUKR = "person:fuad-shukr"
# ---- the body that fired, not its country: "Iran's IRGC fired ..., killing X" ----------------
FIRED_BODY = [
    ("en", "Iraq recalled its envoy after Iran's Islamic Revolutionary Guard Corps fired "
     "ballistic missiles at Erbil, killing the businessman Peshraw Dizayee.",
     [AB(DIZAYEE, IRGC)], [AB(DIZAYEE, "country:iran")]),
    ("en", "Israel's army bombed the building, killing Fuad Shukr.",
     [AB(SHUKR, "organization:israel-defense-forces")], [AB(SHUKR, "country:israel")]),
    ("en", "Iran struck Erbil, killing Peshraw Dizayee.", [AB(DIZAYEE, "country:iran")], []),
    ("ar", "أطلق الحرس الثوري الإيراني صواريخ باليستية على مبنى في أربيل، ما أدى إلى مقتل رجل "
     "الأعمال بيشرو دزيي.", [AB(DIZAYEE, IRGC)], []),
    ("ar", "أطلق الحرس الثوري صواريخ على أربيل، ما أدى إلى مقتل القيادي فؤاد شكر.",
     [AB(SHUKR, IRGC)], []),
    # a release is no strike
    ("ar", "أطلقت إيران سراح المعتقلين، ما أدى إلى مقتل القيادي فؤاد شكر في اشتباكات.",
     [], [AB(SHUKR, "country:iran")]),
]


SAADI = "person:abu-baqir-al-saadi"
CENTCOM = "organization:us-central-command"
IDF = "organization:israel-defense-forces"
# ---- a claim after the strike's result: "وأسفرت عن مقتل X، وأعلنت Y مسؤوليتها عن الضربة" ------
CLAIM_AFTER_RESULT = [
    ("ar", "استهدفت غارة أميركية سيارة في بغداد، وأسفرت عن مقتل القيادي أبو باقر الساعدي، وأعلنت "
     "القيادة المركزية الأميركية (سنتكوم) مسؤوليتها عن الضربة.",
     [AB(SAADI, CENTCOM), AB(SAADI, "country:united-states")], []),
    ("ar", "شنت إسرائيل غارة على بيروت، ما أدى إلى مقتل القيادي فؤاد شكر، وأعلن الجيش الإسرائيلي "
     "مسؤوليته عنها.", [AB(SHUKR, IDF), AB(SHUKR, "country:israel")], []),
    # a time phrase keeps the strike's agent only; a denial is no claim
    ("ar", "بعد اغتيال القيادي فؤاد شكر بغارة إسرائيلية في بيروت، وأعلن الجيش الإسرائيلي "
     "مسؤوليته عنها.", [AB(SHUKR, "country:israel")], [AB(SHUKR, IDF)]),
    ("ar", "استهدفت غارة أميركية سيارة في بغداد، وأسفرت عن مقتل القيادي أبو باقر الساعدي، ونفت "
     "القيادة المركزية الأميركية مسؤوليتها عن الضربة.", [], [AB(SAADI, CENTCOM)]),
    # English: a group before the victim's title ("killing Kataib Hezbollah commander X")
    ("en", "A drone strike hit a car in Baghdad, killing Kataib Hezbollah commander Abu Baqir "
     "al-Saadi, and U.S. Central Command claimed responsibility for the strike.",
     [AB(SAADI, CENTCOM)], []),
    ("en", "A drone strike hit a car carrying Kataib Hezbollah commander Abu Baqir al-Saadi, and "
     "U.S. Central Command claimed responsibility for the strike.", [], [AB(SAADI, CENTCOM)]),
    ("en", "A drone strike hit a car in Baghdad, killing Kataib Hezbollah commander Abu Baqir "
     "al-Saadi, and U.S. Central Command denied responsibility for the strike.",
     [], [AB(SAADI, CENTCOM)]),
]


ARAJI = "person:qassim-al-araji"
FAYYADH = "person:falih-al-fayyadh"
ASADI = "person:abdul-ghani-al-asadi"
BAGHERI_KANI = "person:ali-bagheri-kani"
# ---- two posts of one leaver filled in the same act: the second pronoun is the leaver ------
SAME_ACT = [
    ("ar", "أصدر رئيس الوزراء مصطفى الكاظمي أمراً بتعيين قاسم الأعرجي مستشاراً للأمن القومي خلفاً "
     "لفالح الفياض، وتكليف الفريق عبد الغني الأسدي برئاسة جهاز الأمن الوطني بدلاً عنه.",
     [SO(ASADI, FAYYADH), SO(ARAJI, FAYYADH)], [SO(ASADI, ARAJI)]),
    ("ar", "قرر المجلس تعيين عباس عراقجي وزيراً للخارجية خلفاً لحسين أمير عبد اللهيان، وتسمية علي "
     "باقري نائباً أول مكانه.", [SO(BAGHERI_KANI, ABDOLLAHIAN)], [SO(BAGHERI_KANI, ARAGHCHI)]),
    ("en", "Qassim al-Araji was named national security adviser in Falih al-Fayyadh's place, while "
     "Abdul Ghani al-Asadi succeeds him at the security service.",
     [SO(ASADI, FAYYADH), SO(ARAJI, FAYYADH)], [SO(ASADI, ARAJI)]),
    ("en", "Qassim al-Araji was named national security adviser in place of Falih al-Fayyadh, "
     "whereas Abdul Ghani al-Asadi replaces him at the security service.",
     [SO(ASADI, FAYYADH)], [SO(ASADI, ARAJI)]),
    # a chain told in time, no predecessor in the first clause: "him" is the first one named
    ("en", "Qassim al-Araji was named adviser in Falih al-Fayyadh's place, and Abdul Ghani "
     "al-Asadi later succeeded him.", [SO(ASADI, ARAJI)], [SO(ASADI, FAYYADH)]),
    ("en", "Qassim al-Araji was named adviser, while Abdul Ghani al-Asadi succeeds him at the "
     "service.", [SO(ASADI, ARAJI)], []),
]


KOURY_EN = "person:stephanie-koury"
BATHILY = "person:abdoulaye-bathily"
BOISVERT = "person:michel-patrick-boisvert"
HENRY = "person:ariel-henry"
MOKHBER = "person:mohammad-mokhber"
# ---- an acting holder after a leaving: "stood in for him since he resigned", "بالإنابة منذ استقالته"
ACTING = [
    ("en", "Stephanie Koury, deputy to former envoy Abdoulaye Bathily, had stood in for him since "
     "he resigned in April 2024.", [SO(KOURY_EN, BATHILY)], []),
    ("en", "Garry Conille replaced interim prime minister Michel Patrick Boisvert, who had stood in "
     "after Ariel Henry resigned in April.", [SO(BOISVERT, HENRY)], []),
    ("en", "Michel Patrick Boisvert stepped in as interim prime minister after Ariel Henry's "
     "resignation.", [SO(BOISVERT, HENRY)], []),
    ("en", "The deputy, Stephanie Koury, stood in for Abdoulaye Bathily after he resigned.",
     [SO(KOURY_EN, BATHILY)], []),
    # a representation, a plan, an unrelated "after"
    ("en", "Abbas Araghchi, who came from Rio, where he stood in for President Masoud Pezeshkian "
     "at a BRICS summit, did not meet Steve Witkoff.", [], [SO(ARAGHCHI, PEZESHKIAN)]),
    ("en", "Stephanie Koury stood in for Abdoulaye Bathily at the meeting after Joe Biden arrived.",
     [], [SO(KOURY_EN, BATHILY), SO(KOURY_EN, "person:joe-biden")]),
    ("ar", "وكانت ستيفاني خوري، نائبة المبعوث السابق عبد الله باتيلي، قد تولت المهمة بالإنابة منذ "
     "استقالته في أبريل.", [SO(KHOURY, BATILI)], [SO(BATILI, KHOURY)]),
    ("ar", "وكان محمد مخبر، نائب الرئيس إبراهيم رئيسي، قد تولى الرئاسة بالإنابة منذ وفاته.",
     [SO(MOKHBER, RAISI)], [SO(RAISI, MOKHBER)]),
    ("ar", "تولت ستيفاني خوري رئاسة البعثة بالإنابة بعد استقالة عبد الله باتيلي.",
     [SO(KHOURY, BATILI)], []),
    ("ar", "التقى محمد مخبر بالرئيس إبراهيم رئيسي، وتولى الرئاسة بالإنابة منذ انتخابه.",
     [], [SO(MOKHBER, RAISI)]),
]


WICK_AR = "person:ranil-wikrimisinge"
GUNA_AR = "person:dinish-gunawardina"
WICK = "person:ranil-wickremesinghe"
GUNA = "person:denys-gunawardena"
# ---- a newly elevated holder names his own successor: "انتُخب W رئيساً، فعيّن بدوره X خلفاً له"
OWN_POST = [
    ("ar", "انتخب البرلمان رانيل ويكريميسينغه رئيساً، فعيّن بدوره دينيش غوناواردينا خلفاً له في "
     "رئاسة الحكومة.", [SO(GUNA_AR, WICK_AR)], []),
    ("ar", "انتُخب رانيل ويكريميسينغه رئيساً للبلاد، وعيّن دينيش غوناواردينا خلفاً له في رئاسة "
     "الحكومة.", [SO(GUNA_AR, WICK_AR)], []),
    # the verb has a subject of its own: not the one elected
    ("ar", "انتُخب رانيل ويكريميسينغه رئيساً للبلاد، وعيّن الرئيس محمد المنفي دينيش غوناواردينا "
     "خلفاً له.", [], [SO(GUNA_AR, WICK_AR)]),
    ("en", "Ranil Wickremesinghe was elected president and named Dinesh Gunawardena to replace "
     "him as prime minister.", [SO(GUNA, WICK)], []),
    ("en", "Parliament elected Ranil Wickremesinghe president, and he appointed Dinesh "
     "Gunawardena to succeed him as prime minister.", [SO(GUNA, WICK)], []),
]


MASJEDI = "person:iraj-masjedi"
SADEGH = "person:mohammad-kazem-al-e-sadegh"
# ---- a body run by one head handed over like a post, to "his deputy, X" ---------------------
HANDED_BODY = [
    ("en", "Iraj Masjedi served in Baghdad from 2017. In April 2022 he handed the embassy to his "
     "deputy, Mohammad Kazem Al-e Sadegh.", [SO(SADEGH, MASJEDI)], []),
    ("en", "Iraj Masjedi handed the post to his deputy, Mohammad Kazem Al-e Sadegh.",
     [SO(SADEGH, MASJEDI)], []),
    ("ar", "سلّم إيرج مسجدي السفارة إلى نائبه محمد كاظم آل صادق في أبريل 2022.",
     [SO(SADEGH, MASJEDI)], []),
    # a thing handed over is no post
    ("en", "Iraj Masjedi handed the embassy's report to his deputy, Mohammad Kazem Al-e Sadegh.",
     [], [SO(SADEGH, MASJEDI)]),
    ("en", "Iraj Masjedi handed a letter to his deputy, Mohammad Kazem Al-e Sadegh.",
     [], [SO(SADEGH, MASJEDI)]),
    ("ar", "تسلّم محمد كاظم آل صادق رسالة من السفارة إلى إيرج مسجدي.", [],
     [SO(SADEGH, MASJEDI), SO(MASJEDI, SADEGH)]),
]


ROUHANI_ = "person:hassan-rouhani"
# ---- "his taking the post" inside a relative clause on a place of the other gender ----------
RELATIVE_GENDER_AR = [
    ("وصل الرئيس الإيراني مسعود بزشكيان، الخميس، إلى أربيل قادماً من بغداد التي استهلّ منها أول "
     "جولة خارجية له منذ انتخابه في تموز خلفاً للرئيس الراحل إبراهيم رئيسي.",
     [SO(PEZESHKIAN, RAISI)], []),
    # the head of the relative clause is the person (same gender): unchanged
    ("استقبل الرئيس حسن روحاني عباس عراقجي، الذي يزور طهران منذ تعيينه خلفاً لحسين أمير عبد "
     "اللهيان.", [SO(ARAGHCHI, ABDOLLAHIAN)], [SO(ROUHANI_, ABDOLLAHIAN)]),
    ("استقبل الرئيس حسن روحاني الوزيرة نجلاء المنقوش التي تزور طهران منذ تعيينها خلفاً لعبد الله "
     "باتيلي.", [SO(MANQUSH, BATILI)], [SO(ROUHANI_, BATILI)]),
    # a place of the same gender as the pronoun: left unread (the city may be the head)
    ("وصلت ستيفاني خوري إلى طرابلس قادمة من تونس التي زارتها منذ تعيينها خلفاً لعبد الله باتيلي.",
     [], [SO(BATILI, KHOURY)]),
]



NASRALLAH = "person:hassan-nasrallah"
NILFOROUSHAN = "person:abbas-nilforoushan"
ISRAEL = "country:israel"
# ---- "claimed X" without بحياة, and "the same strike" of an earlier sentence ----------------
CLAIMED_BY_SAME = [
    ("ar", "قتلت غارة إسرائيلية حسن نصر الله في الضاحية. وكانت الغارة نفسها قد أودت بنائب قائد "
     "العمليات في الحرس الثوري العميد عباس نيلفروشان.", [AB(NILFOROUSHAN, ISRAEL)], []),
    ("ar", "قتلت غارة إسرائيلية حسن نصر الله في الضاحية. وكانت الغارة نفسها قد أودت بحياة القيادي "
     "عباس نيلفروشان.", [AB(NILFOROUSHAN, ISRAEL)], []),
    ("ar", "أودت غارة إسرائيلية بالقيادي فؤاد شكر في بيروت.", [AB(SHUKR, ISRAEL)], []),
    ("en", "An Israeli strike killed Hassan Nasrallah in Beirut. The same strike also claimed the "
     "life of Abbas Nilforoushan.", [AB(NILFOROUSHAN, ISRAEL)], []),
    # no agent told before, another strike, an illness
    ("ar", "قتل حسن نصر الله في الضاحية. وكانت الغارة نفسها قد أودت بحياة القيادي عباس نيلفروشان.",
     [], [AB(NILFOROUSHAN, ISRAEL)]),
    ("ar", "قتلت غارة إسرائيلية حسن نصر الله في الضاحية. وكانت غارة أخرى قد أودت بحياة القيادي عباس "
     "نيلفروشان.", [], [AB(NILFOROUSHAN, ISRAEL)]),
    ("ar", "أودى المرض بالرئيس حسن نصر الله.", [], [AB(NASRALLAH, ISRAEL)]),
    ("en", "Hassan Nasrallah died in Beirut. The same strike also claimed the life of Abbas "
     "Nilforoushan.", [], [AB(NILFOROUSHAN, ISRAEL)]),
]


MOUSAVI = "person:abdolrahim-mousavi"
HATAMI = "person:amir-hatami"
# ---- "Y's (previous) job ... went to X" ------------------------------------------------------
POST_WENT = [
    ("en", "Abdolrahim Mousavi's previous job as commander-in-chief of the regular army went to "
     "Maj Gen Amir Hatami, a former defence minister.", [SO(HATAMI, MOUSAVI)], []),
    ("en", "Abdolrahim Mousavi's old post went to Amir Hatami.", [SO(HATAMI, MOUSAVI)], []),
    ("en", "Abdolrahim Mousavi's seat passed to Amir Hatami in 2020.", [SO(HATAMI, MOUSAVI)], []),
    # no post, a plan
    ("en", "Abdolrahim Mousavi's letter went to Amir Hatami.", [], [SO(HATAMI, MOUSAVI)]),
    ("en", "Abdolrahim Mousavi's post will go to Amir Hatami.", [], [SO(HATAMI, MOUSAVI)]),
]

CASES = ([("ar", *c) for c in LEFT_AR + VSO_AR + RELATIVE_GENDER_AR] + FIRED_BODY +
         CLAIM_AFTER_RESULT + SAME_ACT + ACTING + OWN_POST + HANDED_BODY + CLAIMED_BY_SAME +
         POST_WENT)


@pytest.mark.parametrize("lang,text,must,must_not", CASES)
def test_succkill(ex, lang, text, must, must_not):
    assert_relations(ex.extract(text, lang=lang), text[:40], must, must_not)
