"""Blind set MY: Gaza, Hamas and the ceasefire talks, 2024-2025 (first folder of MY-MZ): Yahya Sinwar
killed in Rafah (October 2024), al-Qassam's announcement of Mohammed Deif's death (January 2025), the
Israeli strike on Hamas's negotiators in Doha (September 2025), Hamas's delegation with Egypt's
intelligence chief in Cairo (April 2025), the Sharm el-Sheikh talks that closed the first phase of the
Trump plan (October 2025) and Witkoff's Saturday meeting with Netanyahu before the January 2025 deal, as
a US Jewish news agency writes it in English (JNS-like: "(JNS)", "terror chief", "eliminated"), a Gaza
news agency in Arabic (Safa-like: "غزة - صفا", "تزف", "ارتقى", "الاحتلال"), a Qatari English daily
(Gulf Times-like: "HH the Amir", "HE the Prime Minister", "Dr"), an Egyptian independent site in Arabic
(Mada Masr-like: "مصدر مطلع تحدث لـ", long sourced sentences), a US wire in English (UPI-like:
"SHARM EL-SHEIKH, Egypt, Oct. 9 (UPI) --") and the Arabic service of Israel's public broadcaster
(Kan/Makan-like: "رئيس الحكومة", "الشاباك", "دافيد برنياع").
Pieces: Sinwar killed by Israeli troops in Tel al-Sultan, Sinwar after Haniyeh, Netanyahu's night
consultation with Halevi and Bar (English, MY1); Deif, Marwan Issa and Rafe Salameh killed by Israel,
Mohammed Sinwar after Deif at the head of the brigades (Arabic, MY2); Hammam al-Hayya, Jihad Labad and
Corporal Badr al-Dosari killed in the Israeli strike, the Prime Minister's Monday meeting with
al-Hayya, the Amir receives Mohammed bin Salman (English, MY3); Rashad receives al-Hayya's delegation
(al-Hayya, Jabarin, Awadallah), Rashad after Abbas Kamel, Rashad's earlier Cairo meeting with Dermer
(Arabic, MY4); Witkoff and Kushner hold talks with Rashad and the Qatari prime minister, Witkoff and
Kushner meet al-Hayya (English, MY5); Netanyahu meets Witkoff, Barnea meets the Qatari prime minister in
Doha (Arabic, MY6).
Excluded on purpose (no relation): Haniyeh killed "in a blast" with no agent stated, Mohammed Sinwar
only "seen as his likely heir", Biden's phone call to Netanyahu (MY1); Ghazi Abu Tamaa and Raed Thabet,
whose deaths are announced with no agent or place, Hamas's July denial (MY2); the call from a US
official, Trump's phone call to the Amir, the delegation members who survived (MY3); Rashad's phone
call with Barnea, the meeting with Fatah's delegation that was postponed (MY4); Dermer and the Hamas
delegation, who "never sat in the same room", Kalin, who "joined the mediators" (no one named), Trump's
phone call with Sisi, Trump's planned trip (MY5);
Dermer, who did not attend Saturday's meeting, Smotrich's threat, the hostages handed to the Red Cross
(MY6).
Judgement calls: "eliminated by Israeli troops" (the IDF and Shin Bet announcing) gives the Israel
Defense Forces (MY1); "a security consultation with" two officials is a meeting of the three (MY1);
"the occupation army announced it had assassinated" Deif, confirmed now by al-Qassam, gives the IDF;
Salameh "martyred with him in the same raid" is killed by the IDF too; "whom occupation aircraft
assassinated" gives Israel (MY2); those killed in "the Israeli attack" that Netanyahu claimed are killed
by Israel (MY3); a delegation member "ضم الوفد" is paired with the host, not with his own delegation
(MY4, MY5); "held talks with" two mediators on arrival is a meeting of the four (MY5); "اجتمع ... في
الدوحة" with the Qatari prime minister is a meeting and a visit (MY6).
Filled in for the exercise: Netanyahu's consultation at the Kirya (MY1); the order of names in
al-Qassam's statement (MY2); the Monday meeting at which the proposal was handed over and the date of
the crown prince's visit (MY3); the delegation's members, Dermer's earlier Cairo meeting, the postponed
Fatah meeting (MY4); the face-to-face meeting with al-Hayya "hours before" the signing (MY5);
Barnea's meeting on the Monday and Dermer's absence (MY6).
Spellings: "Yehya Sinwar", "Ismail Haniya" (MY1); "أبو خالد الضيف", "رافع سلامة" (MY2); "Sheikh
Mohammed bin Abdulrahman bin Jassim Al-Thani", "Dr Khalil Al Hayya", "Jihad Labad" (MY3); "خليل الحيّة",
"زاهر جبارين", "رون درمر" (MY4); "Khalil al-Hayyah", "Sheikh Mohammed bin Abdulrahman al-Thani" (MY5);
"ستيف فيتكوف", "دافيد برنياع", "بتسلئيل سموتريتش" (MY6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_mz import ALL  # noqa: E402

HERE = Path(__file__).parent

ISRAEL, QATAR, EGYPT, US, PALESTINE, SAUDI = ("country:israel", "country:qatar", "country:egypt",
                                              "country:united-states", "country:palestine",
                                              "country:saudi-arabia")
DOHA, CAIRO, RAFAH, SHARM, TEHRAN = ("location:doha", "location:cairo", "location:rafah",
                                     "location:sharm-el-sheikh", "location:tehran")
HAMAS, QASSAM, IDF, SHINBET, MOSSAD, EGI, QGOV, QFM = (
    "organization:hamas", "organization:al-qassam-brigades", "organization:israel-defense-forces",
    "organization:shin-bet", "organization:mossad", "organization:egyptian-general-intelligence",
    "organization:qatari-government", "organization:qatari-foreign-ministry")
YSINWAR, MSINWAR, HANIYEH, NETANYAHU, HALEVI, BAR, KATZ, BIDEN = (
    "person:yahya-sinwar", "person:mohammed-sinwar", "person:ismail-haniyeh", "person:benjamin-netanyahu",
    "person:herzi-halevi", "person:ronen-bar", "person:israel-katz", "person:joe-biden")
DEIF, ISSA, SALAMEH, ABUTAMAA, THABET, ABUOBEIDA = (
    "person:mohammed-deif", "person:marwan-issa", "person:rafa-salama", "person:ghazi-abu-tamaa",
    "person:raed-thabet", "person:abu-obeida")
TAMIM, MBAR, HAYYA, HAMMAM, LABAD, DOSARI, MBS, TRUMP, WITKOFF = (
    "person:tamim-bin-hamad-al-thani", "person:mohammed-bin-abdulrahman-al-thani", "person:khalil-al-hayya",
    "person:hammam-al-hayya", "person:jihad-labad", "person:badr-al-dosari", "person:mohammed-bin-salman",
    "person:donald-trump", "person:steve-witkoff")
RASHAD, KAMEL, JABARIN, AWADALLAH, DERMER, BARNEA = (
    "person:hassan-rashad", "person:abbas-kamel", "person:zaher-jabarin", "person:nizar-awadallah",
    "person:ron-dermer", "person:david-barnea")
KUSHNER, KALIN, SISI, SMOTRICH = ("person:jared-kushner", "person:ibrahim-kalin",
                                  "person:abdel-fattah-el-sisi", "person:bezalel-smotrich")

JNS = "blind set (US Jewish news agency, English, JNS-like)"
SAFA = "blind set (Gaza news agency, Arabic, Safa-like)"
GULFTIMES = "blind set (Qatari English daily, Gulf Times-like)"
MADAMASR = "blind set (Egyptian independent news site, Arabic, Mada Masr-like)"
UPI = "blind set (US news wire, English, UPI-like)"
MAKAN = "blind set (Israeli public broadcaster's Arabic service, Kan/Makan-like)"

ARTICLES = [
    ("enMY1_sinwar_eliminated_rafah", "en",
     "IDF confirms Hamas terror chief Yehya Sinwar eliminated in Rafah\n"
     "(Oct. 17, 2024 / JNS) Hamas terror chief Yehya Sinwar was eliminated by Israeli troops in the Tel "
     "al-Sultan neighborhood of Rafah on Wednesday, the Israel Defense Forces and the Shin Bet announced on "
     "Thursday after DNA tests on the body.\n"
     "Soldiers of a training brigade operating in the area spotted three terrorists moving between buildings "
     "and opened fire; a tank shell later hit the building where one of them, wounded, had taken cover. Only "
     "the next morning did troops realize that the dead man was the architect of the Oct. 7 massacre.\n"
     "Sinwar, 61, had been named head of the terror group's political bureau in August, replacing Ismail "
     "Haniya, who was killed in a blast at a Tehran guesthouse on July 31.\n"
     "Prime Minister Benjamin Netanyahu held a security consultation with IDF Chief of Staff Lt. Gen. Herzi "
     "Halevi and Shin Bet Director Ronen Bar at the Kirya in Tel Aviv on Thursday night, before addressing "
     "the nation. \"Today evil has been dealt a heavy blow, but our task is not yet complete,\" he said.\n"
     "Sinwar's younger brother Mohammed, a senior commander in Hamas's military wing, is widely seen as his "
     "likely heir in Gaza, Israeli officials said.\n"
     "U.S. President Joe Biden called Netanyahu to congratulate him, the White House said.",
     met_group({NETANYAHU: "Prime Minister Benjamin Netanyahu held a security consultation",
                HALEVI: "IDF Chief of Staff Lt. Gen. Herzi", BAR: "Shin Bet Director Ronen Bar"}, "2024-10-17") + [
      ("ASSASSINATED_BY", YSINWAR, IDF, "was eliminated by Israeli troops", "2024-10-16"),
      ("SUCCESSOR_OF", YSINWAR, HANIYEH, "replacing Ismail", "2024-08-06"),
      ("LEADS", YSINWAR, HAMAS, "head of the terror group's political bureau"),
      ("LEADS", NETANYAHU, ISRAEL, "Prime Minister Benjamin Netanyahu held"),
      ("LEADS", HALEVI, IDF, "IDF Chief of Staff"),
      ("LEADS", BAR, SHINBET, "Shin Bet Director"),
      ("MEMBER_OF", MSINWAR, QASSAM, "a senior commander in Hamas's military wing"),
      ("LEADS", BIDEN, US, "U.S. President Joe Biden"),
      ],
     {"source": JNS, "published": "2024-10-17"}),

    ("arMY2_qassam_announces_deif", "ar",
     "القسام تزف قائدها العام محمد الضيف وثلة من أعضاء المجلس العسكري\n"
     "غزة - صفا\n"
     "زفّت كتائب الشهيد عز الدين القسام، الجناح العسكري لحركة حماس، مساء الخميس، قائدها العام محمد الضيف "
     "\"أبو خالد\"، ونائبه مروان عيسى، وعدداً من أعضاء المجلس العسكري العام، بينهم غازي أبو طماعة ورائد ثابت "
     "ورافع سلامة.\n"
     "وقال الناطق العسكري باسم الكتائب \"أبو عبيدة\"، في كلمة مصورة، إن القادة ارتقوا \"مقبلين غير مدبرين\" "
     "خلال معركة طوفان الأقصى.\n"
     "وكان جيش الاحتلال قد أعلن في الأول من آب/أغسطس الماضي أنه اغتال أبو خالد الضيف في غارة جوية استهدفت "
     "منطقة المواصي غربي خان يونس في 13 تموز/يوليو، وهو ما نفته الحركة في حينه. وارتقى رافع سلامة، قائد لواء "
     "خان يونس، معه في الغارة ذاتها.\n"
     "أما عيسى، الملقب بـ\"رجل الظل\"، فقد اغتالته طائرات الاحتلال في مخيم النصيرات وسط القطاع في آذار/مارس "
     "2024.\n"
     "وبحسب مصادر عبرية، تولى محمد السنوار، شقيق رئيس المكتب السياسي الراحل يحيى السنوار، قيادة الكتائب في "
     "القطاع بعد الضيف، فيما لم تعلن الحركة رسمياً اسم القائد الجديد.",
     [("ASSASSINATED_BY", DEIF, IDF, "أنه اغتال أبو خالد الضيف", "2024-07-13"),
      ("ASSASSINATED_BY", SALAMEH, IDF, "معه في الغارة ذاتها", "2024-07-13"),
      ("ASSASSINATED_BY", ISSA, ISRAEL, "فقد اغتالته طائرات الاحتلال", "2024-03"),
      ("SUCCESSOR_OF", MSINWAR, DEIF, "قيادة الكتائب في القطاع بعد الضيف"),
      ("LEADS", DEIF, QASSAM, "مساء الخميس، قائدها العام"),
      ("MEMBER_OF", ISSA, QASSAM, "ونائبه مروان عيسى"),
      ("MEMBER_OF", ABUOBEIDA, QASSAM, "الناطق العسكري باسم الكتائب"),
      ("MEMBER_OF", SALAMEH, QASSAM, "قائد لواء خان يونس"),
      ("LEADS", MSINWAR, QASSAM, "تولى محمد السنوار"),
      ("LEADS", YSINWAR, HAMAS, "رئيس المكتب السياسي الراحل"),
      ],
     {"source": SAFA, "published": "2025-01-30"}),

    ("enMY3_doha_strike_gulf_times", "en",
     "Qatar condemns 'cowardly' Israeli attack on Hamas residential headquarters in Doha\n"
     "Doha: HE the Prime Minister and Minister of Foreign Affairs Sheikh Mohammed bin Abdulrahman bin Jassim "
     "Al-Thani said on Tuesday that the Israeli attack on residential headquarters housing members of the "
     "political bureau of Hamas in Doha amounted to \"state terrorism\".\n"
     "Speaking at a press conference, HE the Prime Minister said a call from a US official had come only ten "
     "minutes after the explosions were heard.\n"
     "The attack killed Corporal Badr Saad Mohammed Al Humaidi Al Dosari of the Internal Security Force "
     "(Lekhwiya) and five members of Hamas, among them Hammam, the son of the movement's Gaza chief Dr Khalil "
     "Al Hayya, and Jihad Labad, the director of his office. The members of the negotiating delegation "
     "survived, the movement said.\n"
     "Israeli Prime Minister Benjamin Netanyahu said Israel had \"initiated it, conducted it, and takes full "
     "responsibility\".\n"
     "HE the Prime Minister had met Dr Al Hayya on Monday evening to hand him a new US proposal for a "
     "ceasefire in Gaza.\n"
     "HH the Amir Sheikh Tamim bin Hamad Al-Thani received a phone call from US President Donald Trump, who "
     "said the attack did not serve American or Israeli interests.\n"
     "On Thursday, HH the Amir received at Lusail Palace HRH Prince Mohammed bin Salman bin Abdulaziz Al "
     "Saud, Crown Prince and Prime Minister of Saudi Arabia, who arrived in Doha on a brief visit to express "
     "the Kingdom's solidarity.",
     [("ASSASSINATED_BY", DOSARI, ISRAEL, "The attack killed Corporal Badr", "2025-09-09"),
      ("ASSASSINATED_BY", HAMMAM, ISRAEL, "among them Hammam", "2025-09-09"),
      ("ASSASSINATED_BY", LABAD, ISRAEL, "and Jihad Labad", "2025-09-09"),
      ("MET_WITH", MBAR, HAYYA, "had met Dr Al Hayya on Monday evening", "2025-09-08"),
      ("MET_WITH", TAMIM, MBS, "received at Lusail Palace HRH Prince", "2025-09-11"),
      ("VISITED", MBS, DOHA, "who arrived in Doha on a brief visit", "2025-09-11"),
      ("LEADS", MBAR, QGOV, "HE the Prime Minister and Minister"),
      ("LEADS", MBAR, QFM, "Minister of Foreign Affairs Sheikh"),
      ("MEMBER_OF", HAYYA, HAMAS, "the movement's Gaza chief"),
      ("LEADS", NETANYAHU, ISRAEL, "Israeli Prime Minister Benjamin"),
      ("LEADS", TAMIM, QATAR, "HH the Amir Sheikh Tamim"),
      ("LEADS", TRUMP, US, "US President Donald Trump"),
      ("LEADS", MBS, SAUDI, "Crown Prince and Prime Minister of Saudi Arabia"),
      ],
     {"source": GULFTIMES, "published": "2025-09-12"}),

    ("arMY4_rashad_hamas_delegation_cairo", "ar",
     "رشاد يستقبل وفد حماس في القاهرة.. ومقترح مصري جديد لهدنة أطول\n"
     "استقبل رئيس المخابرات العامة اللواء حسن رشاد، أمس السبت، وفداً من حركة حماس برئاسة رئيس الحركة في "
     "غزة خليل الحيّة، في مقر الجهاز بالقاهرة، بحسب ما قاله مصدر مطلع على المفاوضات تحدث لـ\"مدى مصر\" "
     "مشترطاً عدم ذكر اسمه.\n"
     "وضم الوفد كلاً من زاهر جبارين، المسؤول عن ملف الضفة الغربية، ونزار عوض الله، عضو المكتب السياسي.\n"
     "وأضاف المصدر أن رشاد، الذي خلف عباس كامل على رأس الجهاز في تشرين الأول/أكتوبر الماضي، عرض على الوفد "
     "مقترحاً مصرياً لهدنة تمتد بين خمس وسبع سنوات، يُفرج خلالها عن جميع المحتجزين الإسرائيليين.\n"
     "وكان رشاد قد التقى في القاهرة، قبل أسبوعين، وزير الشؤون الاستراتيجية الإسرائيلي رون درمر، فيما أجرى "
     "اتصالاً هاتفياً برئيس الموساد ديفيد برنياع مساء الجمعة.\n"
     "وكان من المقرر أن يلتقي وفد حماس وفداً من حركة فتح خلال الزيارة، لكن اللقاء أُرجئ إلى موعد لم يُحدد.",
     met_group({RASHAD: "استقبل رئيس المخابرات العامة اللواء", HAYYA: "رئيس الحركة في غزة خليل الحيّة"},
               "2025-04-12") + [
      ("MET_WITH", RASHAD, JABARIN, "زاهر جبارين، المسؤول", "2025-04-12"),
      ("MET_WITH", RASHAD, AWADALLAH, "ونزار عوض الله، عضو", "2025-04-12"),
      ("SUCCESSOR_OF", RASHAD, KAMEL, "الذي خلف عباس كامل", "2024-10"),
      ("MET_WITH", RASHAD, DERMER, "وكان رشاد قد التقى في القاهرة", "2025-03"),
      ("VISITED", DERMER, CAIRO, "قد التقى في القاهرة، قبل أسبوعين", "2025-03"),
      ("VISITED", HAYYA, CAIRO, "في مقر الجهاز بالقاهرة", "2025-04-12"),
      ("VISITED", JABARIN, CAIRO, "وضم الوفد كلاً من", "2025-04-12"),
      ("VISITED", AWADALLAH, CAIRO, "ونزار عوض الله", "2025-04-12"),
      ("LEADS", RASHAD, EGI, "رئيس المخابرات العامة"),
      ("MEMBER_OF", HAYYA, HAMAS, "وفداً من حركة حماس برئاسة"),
      ("MEMBER_OF", JABARIN, HAMAS, "المسؤول عن ملف الضفة الغربية"),
      ("MEMBER_OF", AWADALLAH, HAMAS, "عضو المكتب السياسي"),
      ("LEADS", BARNEA, MOSSAD, "برئيس الموساد"),
      ],
     {"source": MADAMASR, "published": "2025-04-13"}),

    ("enMY5_sharm_talks_upi", "en",
     "Israel, Hamas sign first phase of Gaza deal after three days of talks in Egypt\n"
     "SHARM EL-SHEIKH, Egypt, Oct. 9 (UPI) -- Israel and Hamas signed the first phase of a U.S.-brokered "
     "agreement to end the war in Gaza on Thursday, after three days of indirect negotiations in the Egyptian "
     "Red Sea resort of Sharm el-Sheikh.\n"
     "U.S. special envoy Steve Witkoff and President Donald Trump's son-in-law Jared Kushner arrived Wednesday "
     "and held talks with Egyptian intelligence chief Hassan Rashad and Qatari Prime Minister Sheikh Mohammed "
     "bin Abdulrahman al-Thani. Turkey's intelligence chief, Ibrahim Kalin, joined the mediators later in the "
     "day.\n"
     "Israel's negotiators, led by Strategic Affairs Minister Ron Dermer, and the Hamas delegation headed by "
     "Khalil al-Hayyah never sat in the same room; the mediators carried proposals between them.\n"
     "Witkoff and Kushner met al-Hayyah face to face hours before the signing, a U.S. official told "
     "reporters, and offered condolences for the son he lost in last month's Israeli strike in Doha.\n"
     "Trump, who discussed the deal by phone with Egyptian President Abdel Fattah el-Sisi, said he would "
     "travel to the region within days. Under the deal, Hamas is to free all 20 living hostages within 72 "
     "hours of the Israeli Cabinet's approval.",
     met_group({WITKOFF: "U.S. special envoy Steve Witkoff", KUSHNER: "son-in-law Jared Kushner arrived",
                RASHAD: "Egyptian intelligence chief Hassan Rashad",
                MBAR: "Qatari Prime Minister Sheikh Mohammed"}, "2025-10-08") + [
      ("MET_WITH", WITKOFF, HAYYA, "Witkoff and Kushner met al-Hayyah face to face", "2025-10-09"),
      ("MET_WITH", KUSHNER, HAYYA, "hours before the signing", "2025-10-09"),
      ("VISITED", WITKOFF, SHARM, "arrived Wednesday and held talks", "2025-10-08"),
      ("VISITED", KUSHNER, SHARM, "and President Donald Trump's son-in-law", "2025-10-08"),
      ("LEADS", RASHAD, EGI, "Egyptian intelligence chief"),
      ("LEADS", MBAR, QGOV, "Qatari Prime Minister"),
      ("LEADS", SISI, EGYPT, "Egyptian President Abdel Fattah"),
      ("LEADS", TRUMP, US, "President Donald Trump's"),
      ("MEMBER_OF", HAYYA, HAMAS, "the Hamas delegation headed by"),
      ],
     {"source": UPI, "published": "2025-10-09"}),

    ("arMY6_netanyahu_witkoff_saturday", "ar",
     "نتنياهو يلتقي فيتكوف يوم السبت ويوفد برنياع إلى الدوحة\n"
     "التقى رئيس الحكومة بنيامين نتنياهو، يوم السبت، في مكتبه بالقدس مبعوث الرئيس الأمريكي المنتخب دونالد "
     "ترامب إلى الشرق الأوسط، ستيف فيتكوف، الذي أصرّ على عقد اللقاء رغم حلول السبت، وفق ما أفاد مراسلنا "
     "السياسي.\n"
     "ولم يشارك الوزير رون ديرمر في لقاء السبت، إذ كان في واشنطن.\n"
     "وعلى إثر اللقاء، قرر نتنياهو إيفاد رئيس الموساد دافيد برنياع إلى قطر. واجتمع برنياع، الإثنين، في "
     "الدوحة برئيس الوزراء ووزير الخارجية القطري الشيخ محمد بن عبد الرحمن آل ثاني، بحضور فيتكوف.\n"
     "وهدد وزير المالية بتسلئيل سموتريتش بالانسحاب من الحكومة إذا لم تُستأنف الحرب بعد المرحلة الأولى.\n"
     "وبموجب الصفقة، تسلّم الصليب الأحمر في غزة، يوم الأحد، المحتجزات الثلاث رومي غونين وإميلي دماري ودورون "
     "شتاينبريشر، اللواتي نُقلن إلى إسرائيل.",
     met_group({BARNEA: "واجتمع برنياع، الإثنين", MBAR: "برئيس الوزراء ووزير الخارجية القطري",
                WITKOFF: "بحضور فيتكوف"}, "2025-01-13") + [
      ("MET_WITH", NETANYAHU, WITKOFF, "التقى رئيس الحكومة بنيامين نتنياهو", "2025-01-11"),
      ("VISITED", BARNEA, DOHA, "في الدوحة برئيس الوزراء", "2025-01-13"),
      ("LEADS", BARNEA, MOSSAD, "إيفاد رئيس الموساد"),
      ("LEADS", MBAR, QGOV, "ووزير الخارجية القطري الشيخ"),
      ("LEADS", MBAR, QFM, "الشيخ محمد بن عبد الرحمن آل ثاني"),
      ("LEADS", NETANYAHU, ISRAEL, "رئيس الحكومة بنيامين"),
      ],
     {"source": MAKAN, "published": "2025-01-19"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setMY")
