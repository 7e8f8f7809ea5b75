"""Blind set BY: killings in and around Iraq with and without a named side: the drone strike on a
Kataib Hezbollah commander at al-Qaim (Reuters, Aug 2019), the joint raid in Anbar's Wadi al-Ghadaf
(Al Jazeera Net, Sept 2024), Usama al-Muhajir killed in Syria (AP, July 2023), Maher al-Agal killed
near Jindires (Al-Araby Al-Jadeed, July 2022), al-Kazemi in Basra after the killings of activists
(AFP, Aug 2020), Abu Yusif killed in Deir ez-Zor (Asharq Al-Awsat, Dec 2024).
Written and annotated blind (extractor neither read nor run).
Run: python3 /work/team/blind/setBY/make_heldout.py
A TEST set: never tune the extractor on it (see tests/data/extract_test_README.md). Run from the repo root:
    python tests/data/extract_test_by/make_heldout.py
"""

# ruff: noqa: F405  (the entity ids come from blind_common_by)
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_common_by import *  # noqa: E402,F401,F403

HERE = Path(__file__).parent

CTS, ICO = "organization:counter-terrorism-service", "organization:international-coalition"
KUR, EID = "person:erik-kurilla", "person:asaad-al-eidani"

ARTICLES = [
    ("enBY1_qaim_drone_strike_dabi", "en",
     "BAGHDAD, Aug 26 (Reuters) - Two drones struck a convoy of Iraq's Popular Mobilization "
     "Forces near the western border town of al-Qaim on Sunday, killing a commander of the "
     "Iran-backed Kataib Hezbollah known as Abu Ali al-Dabi, the PMF said."
     " The PMF's deputy chief, Abu Mahdi al-Mohandes, said in a statement that Israel was "
     "responsible and blamed U.S. forces for letting Israeli drones into Iraqi airspace. Israel "
     "did not comment, although Israeli Prime Minister Benjamin Netanyahu has hinted it could be "
     "behind a series of blasts at PMF depots this summer. Kataib Hezbollah, one of the most "
     "powerful factions within the PMF, is close to Qasem Suleimani, the head of Iran's Quds "
     "Force. The PMF's chairman, Faleh al-Fayadh, "
     "distanced himself from the statement, saying the investigation was not finished. Prime "
     "Minister Adel Abdul Mahdi met Fayadh and Mohandes on Monday to discuss the blasts, his "
     "office said.",
     [("MEMBER_OF", "person:abu-ali-al-dabi", KH, "killing a commander of the"),
      ("SUPPORTS", IRAN, KH, "Iran-backed Kataib Hezbollah"),
      ("MEMBER_OF", M, PMF, "The PMF's deputy chief"),
      ("LEADS", "person:benjamin-netanyahu", "country:israel", "Israeli Prime Minister Benjamin"),
      ("LEADS", S, "organization:quds-force", "the head of Iran's Quds Force"),
      ("PART_OF", KH, PMF, "powerful factions within the PMF"),
      ("LEADS", FAY, PMF, "The PMF's chairman"),
      ("MET_WITH", AAM, FAY, "met Fayadh and Mohandes", "2019-08-26"),
      ("MET_WITH", AAM, M, "met Fayadh and Mohandes", "2019-08-26"),
      ],
     {"source": "blind set (Reuters-style)", "published": "2019-08-26"}),

    ("arBY2_wadi_ghadaf_raid", "ar",
     "بغداد ــ الجزيرة نت\n"
     "أعلن المتحدث باسم القائد العام للقوات المسلحة العراقية اللواء صباح النعمان أن عملية إنزال "
     "جوي مشتركة نفّذها جهاز مكافحة الإرهاب والقوات الأميركية في وادي الغدف بصحراء الأنبار "
     "الغربية أسفرت عن مقتل 15 عنصراً من تنظيم الدولة الإسلامية، بينهم القيادي في التنظيم أبو "
     "علي التونسي، الذي قال إنه «المسؤول عن التصنيع والتخطيط للعمليات الخارجية». وقالت القيادة "
     "المركزية الأميركية إن سبعة من عسكرييها أُصيبوا خلال الغارة. وقال النعمان للجزيرة نت إن "
     "«الوادي كان آخر ملاذات التنظيم في الصحراء». وبعد العملية، استقبل رئيس مجلس الوزراء محمد "
     "شياع السوداني قائدَ قوات التحالف الدولي اللواء كيفن ليهي، وبحثا جدول انسحاب قوات التحالف. "
     "ويأتي ذلك فيما تتمسك فصائل مسلحة بإنهاء الوجود الأجنبي منذ اغتيال قاسم سليماني وأبي "
     "مهدي المُهندِس بغارة أميركية مطلع 2020، بينما نفت كتائب حزب الله أي علاقة لها بهجمات "
     "استهدفت قاعدة عين الأسد الشهر الماضي.",
     [("ASSASSINATED_BY", "person:abu-ali-al-tunisi", CTS, "نفّذها جهاز مكافحة", "2024-08-29"),
      ("ASSASSINATED_BY", "person:abu-ali-al-tunisi", USAF, "نفّذها جهاز مكافحة", "2024-08-29"),
      ("LOCATED_IN", "location:wadi-al-ghadaf", "location:anbar", "في وادي الغدف بصحراء"),
      ("MEMBER_OF", "person:abu-ali-al-tunisi", IS, "القيادي في التنظيم"),
      ("REPORTED_BY", "person:sabah-al-numan", "outlet:al-jazeera", "النعمان للجزيرة نت"),
      ("MET_WITH", SUD, "person:kevin-leahy", "استقبل رئيس مجلس", "2024-09"),
      ("LEADS", "person:kevin-leahy", ICO, "قائدَ قوات التحالف"),
      ("ASSASSINATED_BY", S, US, "بغارة أميركية مطلع", "2020-01-03"),
      ("ASSASSINATED_BY", M, US, "بغارة أميركية مطلع", "2020-01-03"),
      ],
     {"source": "blind set (Al Jazeera Net-style)", "published": "2024-09-01"}),

    ("enBY3_usama_al_muhajir_strike", "en",
     "WASHINGTON (AP) \u2014 A U.S. drone strike in eastern Syria on Friday killed Usama "
     "al-Muhajir, a leader of the Islamic State group, U.S. Central Command said Sunday. The MQ-9 "
     "Reaper drones that carried out the strike had been harassed by Russian military aircraft "
     "for nearly two hours earlier that day, the command said. Col. Joe Buccino, a CENTCOM "
     "spokesman, told The Associated Press there was no indication that civilians had been "
     "killed. The strike came two months after Turkish President Recep Tayyip Erdogan said "
     "Turkey's intelligence agency had killed the group's leader, Abu al-Hussein al-Husseini "
     "al-Qurashi, in northern Syria. IS has yet to name his successor. Iraqi Prime "
     "Minister Mohammed Shia al-Sudani, who hosted U.S. Defense Secretary Lloyd Austin in Baghdad in March, "
     "has said Iraq still needs the coalition's help against IS cells hiding along the "
     "border. About 2,500 U.S. troops are deployed in Iraq.",
     [("ASSASSINATED_BY", "person:usama-al-muhajir", US, "A U.S. drone strike", "2023-07-07"),
      ("MEMBER_OF", "person:usama-al-muhajir", IS, "a leader of the Islamic State"),
      ("MEMBER_OF", "person:joe-buccino", CENT, "a CENTCOM"),
      ("REPORTED_BY", "person:joe-buccino", "outlet:ap", "told The Associated Press"),
      ("LEADS", "person:recep-tayyip-erdogan", "country:turkey", "Turkish President Recep"),
      ("ASSASSINATED_BY", "person:abu-al-hussein-al-husseini-al-qurashi",
       "organization:turkish-national-intelligence-organization", "intelligence agency had killed",
       "2023-04"),
      ("LEADS", "person:abu-al-hussein-al-husseini-al-qurashi", IS, "the group's leader"),
      ("LEADS", SUD, IRAQ, "IS has yet to name his successor. Iraqi"),
      ("MET_WITH", SUD, "person:lloyd-austin", "who hosted U.S. Defense", "2023-03-07"),
      ("VISITED", "person:lloyd-austin", "location:baghdad", "Lloyd Austin in Baghdad", "2023-03-07"),
      ("LOCATED_IN", USAF, IRAQ, "U.S. troops are deployed in Iraq"),
      ],
     {"source": "blind set (AP-style)", "published": "2023-07-09"}),

    ("arBY4_maher_al_agal_jindires", "ar",
     "بيروت ــ العربي الجديد\n"
     "أعلنت القيادة المركزية الأميركية أن غارة نفّذتها طائرة مسيّرة تابعة لها قرب بلدة جنديرس "
     "في ريف حلب الشمالي الغربي، صباح الثلاثاء، أسفرت عن مقتل ماهر العقال، الذي وصفته بأنه أحد "
     "أبرز خمسة قادة في تنظيم «داعش»، وإصابة قيادي آخر كان برفقته. وقال قائد القيادة الجنرال "
     "إريك كوريلا في بيان إن مقتله «يعطّل قدرة التنظيم على التخطيط لهجمات». وتخضع المنطقة "
     "لسيطرة فصائل «الجيش الوطني السوري» المدعوم من تركيا. وقال الناطق باسم قيادة العمليات "
     "المشتركة العراقية اللواء تحسين الخفاجي لـ«العربي الجديد» إن بغداد تبادلت معلومات مع "
     "التحالف «من دون أن تشارك في العملية». وتأتي الغارة بعد خمسة أشهر من مقتل زعيم التنظيم أبي "
     "إبراهيم الهاشمي القرشي في إنزال أميركي ببلدة أطمة في إدلب، أمر به الرئيس جو بايدن. وكان "
     "أبو إبراهيم قد خلف أبا بكر البغدادي، الذي قُتل عام 2019 في عملية مماثلة.",
     [("ASSASSINATED_BY", "person:maher-al-agal", CENT, "نفّذتها طائرة مسيّرة تابعة لها",
       "2022-07-12"),
      ("MEMBER_OF", "person:maher-al-agal", IS, "أبرز خمسة قادة"),
      ("LEADS", KUR, CENT, "وقال قائد القيادة"),
      ("SUPPORTS", "country:turkey", "organization:syrian-national-army", "المدعوم من تركيا"),
      ("MEMBER_OF", "person:tahsin-al-khafaji", "organization:joint-operations-command",
       "الناطق باسم قيادة العمليات"),
      ("REPORTED_BY", "person:tahsin-al-khafaji", "outlet:al-araby-al-jadeed",
       "الخفاجي لـ«العربي الجديد»"),
      ("LEADS", "person:abu-ibrahim-al-hashimi-al-qurashi", IS, "مقتل زعيم التنظيم"),
      ("ASSASSINATED_BY", "person:abu-ibrahim-al-hashimi-al-qurashi", US, "في إنزال أميركي",
       "2022-02-03"),
      ("ASSASSINATED_BY", "person:abu-ibrahim-al-hashimi-al-qurashi", "person:joe-biden",
       "أمر به الرئيس", "2022-02-03"),
      ("LOCATED_IN", "location:atmeh", "location:idlib-province", "ببلدة أطمة في إدلب"),
      ("SUCCESSOR_OF", "person:abu-ibrahim-al-hashimi-al-qurashi", "person:abu-bakr-al-baghdadi",
       "قد خلف أبا بكر", "2019-10"),
      ],
     {"source": "blind set (Al-Araby Al-Jadeed-style)", "published": "2022-07-13"}),

    ("enBY5_kazemi_basra_activists", "en",
     "BASRA, Iraq (AFP) - Iraqi Prime Minister Mustafa al-Kazemi flew to Basra on Monday after "
     "a wave of attacks on activists, sacking the city's police chief and vowing that \u201cthe "
     "killers will not escape justice\u201d. Tahseen Osama, who ran an internet cafe used by "
     "protesters, was shot dead in his office on Friday, a month after security analyst "
     "Hisham al-Hashimi was gunned down outside his Baghdad home. No group has claimed the "
     "killings. Kazemi, who came to office in May as the successor of Adel Abdel Mahdi, met "
     "Basra Governor Asaad al-Eidani and was accompanied by Interior Minister Othman al-Ghanimi. "
     "Major General Yahya Rasool, the premier's military spokesman, told AFP the new police "
     "chief had been given \u201cfull powers\u201d. Activists accuse Iran-aligned armed factions, "
     "which deny the charge. Kazemi is due in Washington this week to meet President Donald "
     "Trump, months after the US strike that killed Iranian general Qasem Soleimani in Baghdad.",
     [("LEADS", K, IRAQ, "Iraqi Prime Minister Mustafa"),
      ("VISITED", K, "location:basra", "flew to Basra on Monday", "2020-08-17"),
      ("SUCCESSOR_OF", K, AAM, "as the successor of Adel", "2020-05"),
      ("MET_WITH", K, EID, "Basra Governor Asaad", "2020-08-17"),
      ("LEADS", EID, "location:basra", "Basra Governor Asaad"),
      ("VISITED", "person:othman-al-ghanimi", "location:basra", "was accompanied by Interior",
       "2020-08-17"),
      ("REPORTED_BY", "person:yahya-rasool", "outlet:afp", "told AFP the new"),
      ("ASSASSINATED_BY", S, US, "the US strike that killed", "2020-01-03"),
      ],
     {"source": "blind set (AFP-style)", "published": "2020-08-17"}),

    ("arBY6_abu_yusif_deir_ez_zor", "ar",
     "واشنطن - بغداد: «الشرق الأوسط»\n"
     "أعلنت القيادة المركزية الأميركية (سنتكوم)، الجمعة، أن قواتها قتلت قيادياً في تنظيم "
     "«داعش» يُعرف بأبي يوسف، في غارة جوية بمحافظة دير الزور شرق سوريا، في منطقة كانت حتى أيام "
     "خاضعة لسيطرة قوات النظام السوري وحلفائه. وقال قائد «سنتكوم» الجنرال إريك كوريلا، الذي خلف "
     "الجنرال كينيث ماكنزي في قيادتها عام 2022، إن واشنطن «لن تسمح للتنظيم باستغلال الوضع الراهن "
     "في سوريا». وفي بغداد، استقبل مستشار الأمن القومي قاسم الأعرجي السفيرةَ الأميركية ألينا "
     "رومانوسكي، وبحث معها تأمين الحدود مع سوريا بعد سقوط بشار الأسد. وجاءت الغارة بعد أسبوع من "
     "زيارة وزير الخارجية الأميركي أنتوني بلينكن لبغداد، حيث التقى رئيسَ الوزراء محمد شياع "
     "السوداني. وكانت هيئة الحشد الشعبي، التي يرأسها فالح الفياض، قد دفعت بألوية إضافية إلى "
     "القائم، فيما أكد مسؤول عراقي أن «لا لقاءات مقررة» مع الإدارة السورية الجديدة.",
     [("ASSASSINATED_BY", "person:abu-yusif", CENT, "أن قواتها قتلت", "2024-12-20"),
      ("MEMBER_OF", "person:abu-yusif", IS, "أن قواتها قتلت"),
      ("LOCATED_IN", "location:deir-ez-zor", "country:syria", "بمحافظة دير الزور شرق سوريا"),
      ("LEADS", KUR, CENT, "وقال قائد «سنتكوم»"),
      ("SUCCESSOR_OF", KUR, "person:kenneth-mckenzie", "الذي خلف", "2022-04"),
      ("LEADS", "person:kenneth-mckenzie", CENT, "الذي خلف"),
      ("MET_WITH", "person:qassim-al-araji", "person:alina-romanowski", "استقبل مستشار الأمن",
       "2024-12"),
      ("VISITED", "person:antony-blinken", "location:baghdad", "زيارة وزير الخارجية", "2024-12-13"),
      ("MET_WITH", "person:antony-blinken", SUD, "حيث التقى رئيسَ", "2024-12-13"),
      ("LEADS", FAY, PMF, "التي يرأسها فالح"),
      ],
     {"source": "blind set (Asharq Al-Awsat-style)", "published": "2024-12-21"}),
]


if __name__ == "__main__":
    build(HERE, E, ARTICLES, set_name="setBY")
