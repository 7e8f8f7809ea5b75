"""Blind set CV: Iraqi militia commanders killed by the U.S., Egyptian and Qatari mediation,
Hamas leaders killed abroad and in Gaza, Jordan and the new Syria, 2024-2025: the U.S. strikes
in Baghdad that killed Abu Baqir al-Saadi and Abu Taqwa after the Tower 22 attack (Reuters-style,
Feb 2024), Egypt's new intelligence chief Hassan Rashad (succeeding Abbas Kamel) receiving
al-Hayya and Ronen Bar, and Abdelatty replacing Shoukry (Egyptian agency-style, Oct 2024), the
Beirut strike that killed Saleh al-Arouri, blamed on Israel but not claimed (AP-style, Jan
2024), Safadi received by al-Sharaa in Damascus and Jordan's new prime minister (Jordanian
agency-style, Dec 2024), Israel's acknowledgement that it killed Haniyeh, Sinwar's succession
and death, Erdogan's and Fidan's earlier meetings with Haniyeh (Reuters-style, Dec 2024), the
Qassam chain Deif -> Mohammed Sinwar, Israel's claims, a candidate successor and Islamic Jihad
in Cairo (Palestinian agency-style, June 2025).
Style: en/ar alternating; claimed killings vs killings only blamed on an agent; indirect talks
(no face-to-face); planned visits; phone calls; a candidate successor; acting / replacement
holders. Spellings: Abu Mahdi al-Mohandes, Qassem Suleimani, Mushtaq Talib al-Saeedi, Haniya,
Hanieh, Tayyip Erdogan.
Written and annotated blind (extractor neither read nor run).
A DEV set since session 12 (measured once blind, then opened; see tests/data/extract_test_README.md). Run from the repo root:
    python tests/data/extract_test_cv/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_cw import ALL  # noqa: E402

HERE = Path(__file__).parent

ISR, US = "country:israel", "country:united-states"
HAM, QAS, PIJ = "organization:hamas", "organization:qassam-brigades", "organization:palestinian-islamic-jihad"
KH, NUJ = "organization:kataib-hezbollah", "organization:harakat-al-nujaba"
ABQ, ARK, ABT, KAA = ("person:abu-baqir-al-saadi", "person:arkan-al-elayawi", "person:mushtaq-taleb-al-saidi",
                      "person:akram-al-kaabi")
SUD, MUH, SOL = "person:mohammed-shia-al-sudani", "person:abu-mahdi-al-muhandis", "person:qasem-soleimani"
RAS, KAM, HAY, RBAR = ("person:hassan-rashad", "person:abbas-kamel", "person:khalil-al-hayya",
                       "person:ronen-bar")
SISI, BAT, SHO, MAD, MBAR = ("person:abdel-fattah-al-sisi", "person:badr-abdelatty", "person:sameh-shoukry",
                             "person:mostafa-madbouly", "person:mohammed-bin-abdulrahman-al-thani")
ARO, FAN, AQR, REG, NET = ("person:saleh-al-arouri", "person:samir-fandi", "person:azzam-al-aqraa",
                           "person:mark-regev", "person:benjamin-netanyahu")
HAN, NAS, MES, JAB, HQA = ("person:ismail-haniyeh", "person:hassan-nasrallah", "person:khaled-meshaal",
                           "person:zaher-jabarin", "person:hazem-qassem")
SAF, SHA, ASD, MOM, SHB = ("person:ayman-safadi", "person:ahmed-al-sharaa", "person:bashar-al-assad",
                           "person:mohammad-al-momani", "person:asaad-al-shaibani")
ABD2, JHA, KHA = "person:abdullah-ii", "person:jafar-hassan", "person:bisher-al-khasawneh"
JGOV = "organization:jordanian-government"
KATZ, YSIN, PEZ, ERD, FID = ("person:israel-katz", "person:yahya-sinwar", "person:masoud-pezeshkian",
                             "person:recep-tayyip-erdogan", "person:hakan-fidan")
MSIN, DEIF, ISSA, HAD, OBE = ("person:mohammed-sinwar", "person:mohammed-deif", "person:marwan-issa",
                              "person:izz-al-din-al-haddad", "person:abu-obeida")
NAK, MAR = "person:ziad-al-nakhalah", "person:mahmoud-mardawi"

ARTICLES = [
    ("enCV1_us_strikes_baghdad_commanders", "en",
     "BAGHDAD, Feb 8 (Reuters) - A U.S. drone strike on a car in eastern Baghdad killed a senior "
     "commander of an Iran-aligned Iraqi armed group on Wednesday, in retaliation for the deaths of "
     "three American soldiers in Jordan. U.S. Central Command said its forces had killed Abu Baqir "
     "al-Saadi, a Kataib Hezbollah commander it held responsible for planning attacks on U.S. "
     "troops. A second officer of the group, Arkan al-Elayawi, died in the same strike, Kataib "
     "Hezbollah said.\n"
     "It was the second such killing in the capital in five weeks. On Jan. 4 a strike on a "
     "Popular Mobilization Forces headquarters killed Mushtaq Talib al-Saeedi, known as Abu Taqwa, "
     "a commander of Harakat al-Nujaba; the Pentagon said U.S. forces had carried it out.\n"
     "The Islamic Resistance in Iraq, an umbrella of Iran-backed factions, claimed the Jan. 28 "
     "drone attack on Tower 22, a U.S. outpost in northeast Jordan.\n"
     "Yahya Rasool, military spokesman for Prime Minister Mohammed Shia al-Sudani, called the "
     "strike a violation of Iraqi sovereignty. Nujaba's leader Akram al-Kaabi vowed revenge.\n"
     "Kataib Hezbollah's founder, Abu Mahdi al-Mohandes, was killed along with Iranian general "
     "Qassem Suleimani in a U.S. strike at Baghdad airport in January 2020.",
     [("ASSASSINATED_BY", ABQ, US, "Central Command said its forces had killed", "2024-02-07"),
      ("MEMBER_OF", ABQ, KH, "a Kataib Hezbollah commander it held"),
      ("ASSASSINATED_BY", ARK, US, "died in the same strike", "2024-02-07"),
      ("MEMBER_OF", ARK, KH, "A second officer of the group"),
      ("ASSASSINATED_BY", ABT, US, "the Pentagon said U.S. forces had carried it out", "2024-01-04"),
      ("MEMBER_OF", ABT, NUJ, "a commander of Harakat al-Nujaba"),
      ("ATTACKED", "organization:islamic-resistance-in-iraq", "location:tower-22",
       "claimed the Jan. 28", "2024-01-28"),
      ("LOCATED_IN", "location:tower-22", "country:jordan", "a U.S. outpost in northeast Jordan"),
      ("LEADS", SUD, "organization:iraqi-government", "Prime Minister Mohammed Shia al-Sudani"),
      ("LEADS", KAA, NUJ, "Nujaba's leader Akram"),
      ("LEADS", MUH, KH, "Kataib Hezbollah's founder"),
      ("ASSASSINATED_BY", MUH, US, "in a U.S. strike at Baghdad airport", "2020-01-03"),
      ("ASSASSINATED_BY", SOL, US, "in a U.S. strike at Baghdad airport", "2020-01-03"),
      ],
     {"source": "blind set (Reuters-style)", "published": "2024-02-08"}),

    ("arCV2_egypt_new_intelligence_chief", "ar",
     "القاهرة - (أ ش أ) - استقبل رئيس المخابرات العامة المصرية اللواء حسن رشاد، الأحد، وفداً من "
     "حركة حماس برئاسة خليل الحية، رئيس الحركة في قطاع غزة، لبحث مقترح مصري بوقف إطلاق النار يومين "
     "وتبادل عدد محدود من الأسرى، بحسب مصادر مصرية. وكان رشاد قد التقى في القاهرة قبل أيام رئيس جهاز "
     "الأمن العام الإسرائيلي (الشاباك) رونين بار، فيما لم يجتمع الوفدان الإسرائيلي والفلسطيني وجهاً "
     "لوجه.\n"
     "وتولى رشاد رئاسة الجهاز منتصف تشرين الأول خلفاً للواء عباس كامل، الذي عيّنه الرئيس عبد الفتاح "
     "السيسي مستشاراً له ومبعوثاً خاصاً، بعد أن أمسك بملف الوساطة في غزة منذ 2018.\n"
     "وفي تعديل سابق في تموز، أدى بدر عبد العاطي اليمين وزيراً للخارجية خلفاً لسامح شكري، ضمن حكومة "
     "رئيس الوزراء مصطفى مدبولي الجديدة. وأجرى عبد العاطي، مساء الأحد، اتصالاً هاتفياً بنظيره "
     "القطري الشيخ محمد بن عبد الرحمن آل ثاني تناول جهود الوساطة المشتركة، ومن المقرر أن يزور "
     "الدوحة الأسبوع المقبل.",
     [("LEADS", RAS, "organization:egyptian-general-intelligence", "رئيس المخابرات العامة المصرية اللواء"),
      ("MET_WITH", RAS, HAY, "استقبل رئيس المخابرات", "2024-10-27"),
      ("LEADS", HAY, HAM, "رئيس الحركة في قطاع غزة"),
      ("VISITED", HAY, "location:cairo", "القاهرة - (أ ش أ)", "2024-10-27"),
      ("MET_WITH", RAS, RBAR, "وكان رشاد قد التقى في القاهرة", "2024-10"),
      ("VISITED", RBAR, "location:cairo", "وكان رشاد قد التقى في القاهرة", "2024-10"),
      ("LEADS", RBAR, "organization:shin-bet", "الأمن العام الإسرائيلي (الشاباك)"),
      ("SUCCESSOR_OF", RAS, KAM, "خلفاً للواء عباس كامل", "2024-10-16"),
      ("LEADS", SISI, "country:egypt", "الرئيس عبد الفتاح"),
      ("SUCCESSOR_OF", BAT, SHO, "خلفاً لسامح شكري", "2024-07-03"),
      ("LEADS", BAT, "organization:egyptian-foreign-ministry", "أدى بدر عبد العاطي اليمين"),
      ("LEADS", MAD, "country:egypt", "رئيس الوزراء مصطفى مدبولي"),
      ("LEADS", MBAR, "organization:qatari-foreign-ministry", "بنظيره القطري الشيخ"),
      ],
     {"source": "blind set (Egyptian agency-style)", "published": "2024-10-28"}),

    ("enCV3_arouri_killed_beirut", "en",
     "BEIRUT (AP) - An explosion at an apartment in Beirut's southern suburbs killed Saleh "
     "al-Arouri, the deputy head of Hamas' political bureau and a founder of its military wing, on "
     "Tuesday, along with six other members of the group, including Qassam Brigades commanders "
     "Samir Fandi and Azzam al-Aqraa. Hamas and Hezbollah blamed Israel. The Israeli military "
     "declined to comment and no Israeli official claimed responsibility, though Mark Regev, an "
     "adviser to Prime Minister Benjamin Netanyahu, told MSNBC that whoever did it had struck "
     "Hamas, not Lebanon.\n"
     "Hamas leader Ismail Haniya, speaking in Doha, called the killing a terrorist act. Earlier in "
     "the day Haniya had met Qatar's Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani to "
     "discuss a new hostage deal. Hezbollah chief Hassan Nasrallah said the attack would not go "
     "unpunished. Hamas spokesman Hazem Qassem told Al Jazeera the group's leaders abroad would not "
     "go into hiding.\n"
     "Arouri, who had lived in Turkey for years before moving to Lebanon, oversaw the group's "
     "operations in the West Bank. Israeli media said Zaher Jabarin was tipped to take over his "
     "portfolio. Haniya himself has led Hamas since 2017, when he succeeded Khaled Meshaal as head "
     "of the political bureau.",
     [("MEMBER_OF", ARO, HAM, "the deputy head of Hamas' political bureau"),
      ("MEMBER_OF", ARO, QAS, "a founder of its military wing"),
      ("MEMBER_OF", FAN, QAS, "Samir Fandi and Azzam"),
      ("MEMBER_OF", AQR, QAS, "Samir Fandi and Azzam"),
      ("LEADS", NET, ISR, "Prime Minister Benjamin Netanyahu"),
      ("REPORTED_BY", REG, "outlet:msnbc", "told MSNBC"),
      ("LEADS", HAN, HAM, "Hamas leader Ismail Haniya"),
      ("MET_WITH", HAN, MBAR, "Haniya had met Qatar's", "2024-01-02"),
      ("LEADS", MBAR, "country:qatar", "Qatar's Prime Minister Sheikh"),
      ("LEADS", NAS, "organization:hezbollah", "Hezbollah chief Hassan"),
      ("MEMBER_OF", HQA, HAM, "Hamas spokesman Hazem"),
      ("REPORTED_BY", HQA, "outlet:al-jazeera", "told Al Jazeera"),
      ("SUCCESSOR_OF", HAN, MES, "when he succeeded Khaled Meshaal", "2017-05-06"),
      ],
     {"source": "blind set (AP-style)", "published": "2024-01-03"}),

    ("arCV4_safadi_in_damascus", "ar",
     "عمّان - (بترا) - التقى نائب رئيس الوزراء وزير الخارجية وشؤون المغتربين أيمن الصفدي، الاثنين، "
     "في دمشق قائد الإدارة السورية الجديدة أحمد الشرع، في أول زيارة لوزير خارجية عربي إلى العاصمة "
     "السورية منذ سقوط نظام بشار الأسد في الثامن من كانون الأول. وبحث الجانبان أمن الحدود ومكافحة "
     "تهريب المخدرات والأسلحة وعودة اللاجئين، بحسب بيان للخارجية الأردنية.\n"
     "وقال الصفدي في مؤتمر صحافي مشترك مع الشرع إن الأردن «يقف إلى جانب الشعب السوري». وأوضح وزير "
     "الاتصال الحكومي الناطق الرسمي باسم الحكومة محمد المومني أن عمّان ستفتح معبر جابر أمام حركة "
     "الشحن تدريجياً.\n"
     "ومن المقرر أن يزور وزير الخارجية في الحكومة الانتقالية أسعد الشيباني عمّان مطلع العام المقبل "
     "للقاء العاهل الأردني الملك عبد الله الثاني.\n"
     "واحتفظ الصفدي بحقيبته في حكومة جعفر حسان، الذي كلّفه الملك في أيلول الماضي بتشكيل الحكومة "
     "خلفاً لبشر الخصاونة بعد الانتخابات النيابية.",
     [("LEADS", SAF, "organization:jordanian-foreign-ministry", "وزير الخارجية وشؤون المغتربين أيمن"),
      ("MET_WITH", SAF, SHA, "التقى نائب رئيس الوزراء", "2024-12-23"),
      ("VISITED", SAF, "location:damascus", "الاثنين، في دمشق", "2024-12-23"),
      ("LEADS", SHA, "country:syria", "قائد الإدارة السورية الجديدة"),
      ("LEADS", ASD, "country:syria", "سقوط نظام بشار"),
      ("MEMBER_OF", MOM, JGOV, "الناطق الرسمي باسم الحكومة محمد"),
      ("LEADS", SHB, "organization:syrian-foreign-ministry", "وزير الخارجية في الحكومة الانتقالية"),
      ("LEADS", ABD2, "country:jordan", "العاهل الأردني الملك"),
      ("MEMBER_OF", SAF, JGOV, "واحتفظ الصفدي بحقيبته"),
      ("LEADS", JHA, JGOV, "في حكومة جعفر حسان"),
      ("SUCCESSOR_OF", JHA, KHA, "خلفاً لبشر الخصاونة", "2024-09-15"),
      ],
     {"source": "blind set (Jordanian agency-style)", "published": "2024-12-23"}),

    ("enCV5_israel_admits_haniyeh_killing", "en",
     "JERUSALEM, Dec 24 (Reuters) - Israel publicly acknowledged for the first time on Monday that "
     "it killed Hamas political leader Ismail Hanieh in Tehran in July. Defence Minister Israel "
     "Katz said Israel would strike the Houthi leadership in Yemen as it had struck down Hanieh, "
     "Yahya Sinwar and Hassan Nasrallah.\n"
     "Hanieh was killed in a guesthouse on July 31, hours after attending the inauguration of "
     "President Masoud Pezeshkian, who had received him the previous day. Iran and Hamas blamed "
     "Israel at the time, but Israeli officials had declined to comment.\n"
     "Hamas named Yahya Sinwar, its Gaza chief and the architect of the Oct. 7 attack, to replace "
     "Hanieh in August. Sinwar was killed by Israeli troops in Rafah in October, and the group has "
     "since been run by a leadership council.\n"
     "In April, Turkish President Tayyip Erdogan received Hanieh in Istanbul for talks that lasted "
     "nearly three hours, and Foreign Minister Hakan Fidan met him in Doha days earlier. Erdogan "
     "declared a day of mourning after the killing.",
     [("ASSASSINATED_BY", HAN, ISR, "publicly acknowledged for the first time", "2024-07-31"),
      ("LEADS", HAN, HAM, "Hamas political leader Ismail"),
      ("LEADS", KATZ, "organization:israeli-defense-ministry", "Defence Minister Israel"),
      ("ASSASSINATED_BY", NAS, ISR, "Yahya Sinwar and Hassan Nasrallah", "2024-09-27"),
      ("VISITED", HAN, "location:tehran", "it killed Hamas political leader", "2024-07-30"),
      ("MET_WITH", PEZ, HAN, "who had received him the previous day", "2024-07-30"),
      ("LEADS", PEZ, "country:iran", "President Masoud Pezeshkian"),
      ("SUCCESSOR_OF", YSIN, HAN, "to replace", "2024-08-06"),
      ("LEADS", YSIN, HAM, "its Gaza chief"),
      ("ASSASSINATED_BY", YSIN, ISR, "Sinwar was killed by Israeli troops", "2024-10-16"),
      ("MET_WITH", ERD, HAN, "Erdogan received Hanieh in Istanbul", "2024-04-20"),
      ("VISITED", HAN, "location:istanbul", "Erdogan received Hanieh in Istanbul", "2024-04-20"),
      ("LEADS", ERD, "country:turkey", "Turkish President Tayyip"),
      ("MET_WITH", FID, HAN, "met him in Doha days earlier", "2024-04-17"),
      ("VISITED", FID, "location:doha", "met him in Doha days earlier", "2024-04-17"),
      ("LEADS", FID, "organization:turkish-foreign-ministry", "Foreign Minister Hakan Fidan"),
      ],
     {"source": "blind set (Reuters-style)", "published": "2024-12-24"}),

    ("arCV6_qassam_chain_deif_sinwar", "ar",
     "غزة - (وفا) - أعلن الجيش الإسرائيلي، الأحد، أنه تعرّف على جثة محمد السنوار، قائد كتائب "
     "القسام، الجناح العسكري لحركة حماس، في نفق أسفل المستشفى الأوروبي في خان يونس، بعد أسبوعين من "
     "قول رئيس الوزراء بنيامين نتنياهو إن إسرائيل قتلته في غارة جوية على المنطقة. ولم تؤكد حماس "
     "مقتله حتى الآن.\n"
     "وكان السنوار، شقيق رئيس الحركة الراحل يحيى السنوار، قد تولى قيادة الكتائب بعد محمد الضيف، "
     "الذي أعلنت إسرائيل أنها قتلته في غارة على المواصي في تموز 2024. وأكد الناطق باسم القسام أبو "
     "عبيدة في كانون الثاني مقتل الضيف ونائبه مروان عيسى، الذي قالت إسرائيل إنها قتلته في غارة على "
     "مخيم النصيرات في آذار 2024.\n"
     "ويُرجَّح أن يخلفه قائد لواء غزة في القسام عز الدين الحداد. وقال القيادي في حماس محمود مرداوي "
     "لقناة الجزيرة إن «الاغتيالات لن توقف المقاومة».\n"
     "وفي القاهرة، استقبل رئيس المخابرات العامة المصرية حسن رشاد وفداً من حركة الجهاد الإسلامي "
     "برئاسة أمينها العام زياد النخالة، لبحث مقترح جديد للتهدئة.",
     [("ASSASSINATED_BY", MSIN, ISR, "إن إسرائيل قتلته", "2025-05-13"),
      ("LEADS", MSIN, QAS, "قائد كتائب القسام"),
      ("PART_OF", QAS, HAM, "الجناح العسكري لحركة حماس"),
      ("LEADS", NET, ISR, "رئيس الوزراء بنيامين نتنياهو"),
      ("LEADS", YSIN, HAM, "شقيق رئيس الحركة الراحل"),
      ("SUCCESSOR_OF", MSIN, DEIF, "قد تولى قيادة الكتائب بعد", "2024"),
      ("LEADS", DEIF, QAS, "قد تولى قيادة الكتائب بعد"),
      ("ASSASSINATED_BY", DEIF, ISR, "الذي أعلنت إسرائيل أنها قتلته", "2024-07-13"),
      ("MEMBER_OF", OBE, QAS, "الناطق باسم القسام"),
      ("MEMBER_OF", ISSA, QAS, "ونائبه مروان عيسى"),
      ("ASSASSINATED_BY", ISSA, ISR, "الذي قالت إسرائيل إنها قتلته", "2024-03"),
      ("MEMBER_OF", HAD, QAS, "قائد لواء غزة في القسام"),
      ("MEMBER_OF", MAR, HAM, "القيادي في حماس محمود"),
      ("REPORTED_BY", MAR, "outlet:al-jazeera", "لقناة الجزيرة"),
      ("MET_WITH", RAS, NAK, "استقبل رئيس المخابرات", "2025-06"),
      ("LEADS", RAS, "organization:egyptian-general-intelligence", "رئيس المخابرات العامة المصرية حسن"),
      ("VISITED", NAK, "location:cairo", "وفي القاهرة، استقبل", "2025-06"),
      ("LEADS", NAK, PIJ, "برئاسة أمينها العام"),
      ],
     {"source": "blind set (Palestinian agency-style)", "published": "2025-06-08"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setCV")
