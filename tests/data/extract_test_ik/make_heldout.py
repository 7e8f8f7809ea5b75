"""Blind set IK: Yemen, the Houthis and the Red Sea 2023-2025 as a Houthi-run outlet (al-Masirah-like)
reports it in Arabic and English: "العدوان الأمريكي السعودي", "the US-Saudi aggression", martyrs, the
"Yemeni Armed Forces" meaning the Houthi forces, titles such as "السيد القائد", "Leader of the
Revolution", "رئيس المجلس السياسي الأعلى", "Head of the National Delegation".
Pieces: al-Mashat receives the Hamas representative after the Galaxy Leader seizure, Nov 2023 (English);
al-Rahawi and ministers killed by the Israeli strike, Miftah charged with the government, Aug 2025
(Arabic); the US-British raids of 12 January 2024 and Abdul-Salam with Al-Busaidi in Muscat (English);
al-Ghamari mourned and al-Madani named, al-Mashat receives him, Oct 2025 (Arabic); Abdul-Salam and
al-Murtadha meet Grundberg in Muscat (English); al-Rahawi at Ras Isa after the US strike, April 2025
(Arabic).
Excluded on purpose: a denied meeting with a US envoy; a condolence phone call from Araghchi; unnamed
martyrs and a rejected Pentagon claim about Iranian experts; a death announced with no agent and a
condolence letter; a planned envoy visit to Sanaa that was postponed; a US accusation the ports
corporation denies.
Spellings: Abdulmalik Badruddin al-Houthi, Mahdi Al-Mashat, الرهوى, Yahya Sare'e, Al-Busaidi, الغمارى,
المدانى, Mohammed Abdul-Salam, Abdulqader al-Murtadha.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_ik import ALL  # noqa: E402

HERE = Path(__file__).parent

USA, UK, ISR, OMAN = "country:united-states", "country:united-kingdom", "country:israel", "country:oman"
HOUTHIS, HGOV, SPC, HGS, HAF = ("organization:houthis", "organization:houthi-government",
                                "organization:houthi-supreme-political-council", "organization:houthi-general-staff",
                                "organization:houthi-armed-forces")
DELEG, PRISON, HAMAS, UN, OMFM, IRFM = ("organization:houthi-negotiating-delegation",
                                        "organization:houthi-prisoners-committee", "organization:hamas",
                                        "organization:united-nations", "organization:omani-foreign-ministry",
                                        "organization:iranian-foreign-ministry")
SANAA, HODEIDAH, SAADA, MUSCAT, RASISA = ("location:sanaa", "location:hodeidah", "location:saada",
                                          "location:muscat", "location:ras-isa")
MASHAT, ABUSHAMALA, AMHOUTHI, BUKHAITI = ("person:mahdi-al-mashat", "person:moaz-abu-shamala",
                                          "person:abdul-malik-al-houthi", "person:mohammed-al-bukhaiti")
RAHAWI, AMER, SHARAF, MIFTAH, ARAGHCHI = ("person:ahmed-al-rahawi", "person:jamal-amer",
                                          "person:hashem-sharaf-al-din", "person:mohammed-miftah",
                                          "person:abbas-araghchi")
SAREE, ABDULSALAM, BUSAIDI, EZZI = ("person:yahya-saree", "person:mohammed-abdulsalam", "person:badr-albusaidi",
                                    "person:hussein-al-ezzi")
GHAMARI, MADANI, ATIFI = "person:mohammed-al-ghamari", "person:yousef-al-madani", "person:mohammed-al-atifi"
GRUND, MURTADA, QAHIM = "person:hans-grundberg", "person:abdulqader-al-murtada", "person:mohammed-ayyash-qahim"

ARTICLES = [
    ("enIK1_mashat_receives_hamas_representative", "en",
     "President Al-Mashat receives Hamas representative in Sana'a\n"
     "SANA'A, Nov. 21 (Al-Masirah) - President of the Supreme Political Council Mahdi Al-Mashat received on "
     "Tuesday in the capital Sana'a the representative of the Islamic Resistance Movement (Hamas) in Yemen, "
     "Moaz Abu Shamala.\n"
     "During the meeting, President Al-Mashat affirmed the firm support of Ansar Allah and the Yemeni people "
     "for Hamas and the Palestinian people in the face of the Zionist aggression on Gaza, which is carried "
     "out with American partnership.\n"
     "He stressed that the seizure of the Israeli ship \"Galaxy Leader\" in the Red Sea came in "
     "implementation of the directives of the Leader of the Revolution, Sayyed Abdulmalik Badruddin al-Houthi.\n"
     "The meeting was attended by member of the Political Bureau of Ansar Allah Mohammed al-Bukhaiti.\n"
     "For his part, Abu Shamala conveyed the greetings of the movement's leadership and its appreciation for "
     "the honourable stance of the Yemeni people and its leadership.\n"
     "Al-Mashat dismissed as \"lies of the media of the US-Saudi aggression\" reports that he had met an "
     "American envoy in Muscat last month.",
     [("LEADS", MASHAT, SPC, "President of the Supreme Political Council Mahdi"),
      ("MET_WITH", MASHAT, ABUSHAMALA, "received on Tuesday in the capital", "2023-11-21"),
      ("MEMBER_OF", ABUSHAMALA, HAMAS, "the representative of the Islamic Resistance Movement (Hamas)"),
      ("SUPPORTS", HOUTHIS, HAMAS, "the firm support of Ansar Allah"),
      ("LEADS", AMHOUTHI, HOUTHIS, "the Leader of the Revolution, Sayyed Abdulmalik"),
      ("MET_WITH", MASHAT, BUKHAITI, "The meeting was attended by member", "2023-11-21"),
      ("MET_WITH", ABUSHAMALA, BUKHAITI, "The meeting was attended by member", "2023-11-21"),
      ("MEMBER_OF", BUKHAITI, HOUTHIS, "member of the Political Bureau of Ansar Allah"),
      ],
     {"source": "blind set (Houthi-run outlet, English)", "published": "2023-11-21"}),

    ("arIK2_rahawi_martyred_miftah_charged", "ar",
     "استشهاد رئيس حكومة التغيير والبناء وعدد من الوزراء في عدوان صهيوني على صنعاء\n"
     "صنعاء - المسيرة نت: نعت رئاسة الجمهورية اليوم السبت إلى الشعب اليمني والأمة الإسلامية استشهاد "
     "المجاهد أحمد غالب ناصر الرهوى، رئيس حكومة التغيير والبناء، ورفيقيه وزير الخارجية والمغتربين جمال "
     "عامر ووزير الإعلام هاشم شرف الدين، وعدد من الوزراء، جراء استهداف العدو الصهيوني ورشة عمل اعتيادية "
     "للحكومة في العاصمة صنعاء يوم الخميس.\n"
     "وأصدر فخامة المشير الركن مهدي المشاط، رئيس المجلس السياسي الأعلى، قراراً بتكليف العلامة محمد أحمد "
     "مفتاح، النائب الأول لرئيس الوزراء، بتسيير أعمال الحكومة خلفاً للشهيد الرهوى.\n"
     "وأكد السيد القائد عبدالملك بدرالدين الحوثي في كلمته أن دماء الشهداء لن تزيد الشعب اليمني إلا ثباتاً "
     "في نصرة غزة، وأن العدوان الأمريكي الصهيوني لن يمر دون عقاب.\n"
     "وتلقى الرئيس المشاط اتصالاً هاتفياً من وزير الخارجية الإيراني عباس عراقجي، قدم فيه التعازي باستشهاد "
     "الرهوى ورفاقه.",
     [("LEADS", RAHAWI, HGOV, "رئيس حكومة التغيير والبناء، ورفيقيه"),
      ("ASSASSINATED_BY", RAHAWI, ISR, "جراء استهداف العدو الصهيوني", "2025-08-28"),
      ("ASSASSINATED_BY", AMER, ISR, "جراء استهداف العدو الصهيوني", "2025-08-28"),
      ("ASSASSINATED_BY", SHARAF, ISR, "جراء استهداف العدو الصهيوني", "2025-08-28"),
      ("ATTACKED", ISR, SANAA, "للحكومة في العاصمة صنعاء يوم الخميس", "2025-08-28"),
      ("MEMBER_OF", AMER, HGOV, "وزير الخارجية والمغتربين جمال"),
      ("MEMBER_OF", SHARAF, HGOV, "ووزير الإعلام هاشم"),
      ("LEADS", MASHAT, SPC, "رئيس المجلس السياسي الأعلى، قراراً"),
      ("SUCCESSOR_OF", MIFTAH, RAHAWI, "بتسيير أعمال الحكومة خلفاً للشهيد", "2025-08-30"),
      ("LEADS", MIFTAH, HGOV, "بتسيير أعمال الحكومة خلفاً للشهيد"),
      ("MEMBER_OF", MIFTAH, HGOV, "النائب الأول لرئيس الوزراء"),
      ("LEADS", AMHOUTHI, HOUTHIS, "السيد القائد عبدالملك"),
      ("LEADS", ARAGHCHI, IRFM, "وزير الخارجية الإيراني عباس"),
      ],
     {"source": "blind set (Houthi-run outlet, Arabic)", "published": "2025-08-30"}),

    ("enIK3_us_british_aggression_raids", "en",
     "US-British aggression launches 73 raids on Yemen; Armed Forces vow response\n"
     "SANA'A, Jan. 12 (Al-Masirah) - The American-British aggression launched 73 raids at dawn on Friday on "
     "the capital Sana'a and the governorates of Hodeidah and Saada, the spokesman of the Yemeni Armed "
     "Forces, Brigadier General Yahya Sare'e, said in a statement.\n"
     "Five martyrs were killed and six others wounded in the raids, the statement said, adding that the "
     "aggression \"will not go unanswered or unpunished\".\n"
     "Head of the National Delegation Mohammed Abdulsalam met in Muscat on Friday with the Omani Foreign "
     "Minister, Sayyid Badr bin Hamad Al-Busaidi, and briefed him on the aggression against the sovereignty "
     "of Yemen.\n"
     "Abdulsalam affirmed that the naval operations would continue to target Israeli ships or those heading "
     "to the ports of occupied Palestine until the aggression on Gaza stops.\n"
     "Deputy Foreign Minister Hussein al-Ezzi said Washington and London \"must prepare to pay a heavy "
     "price\", rejecting as baseless the Pentagon's claims that Iranian experts had directed the Yemeni "
     "operations.",
     [("ATTACKED", USA, SANAA, "launched 73 raids at dawn on Friday", "2024-01-12"),
      ("ATTACKED", UK, SANAA, "launched 73 raids at dawn on Friday", "2024-01-12"),
      ("ATTACKED", USA, HODEIDAH, "the governorates of Hodeidah and Saada", "2024-01-12"),
      ("ATTACKED", UK, HODEIDAH, "the governorates of Hodeidah and Saada", "2024-01-12"),
      ("ATTACKED", USA, SAADA, "the governorates of Hodeidah and Saada", "2024-01-12"),
      ("ATTACKED", UK, SAADA, "the governorates of Hodeidah and Saada", "2024-01-12"),
      ("MEMBER_OF", SAREE, HAF, "the spokesman of the Yemeni Armed"),
      ("LEADS", ABDULSALAM, DELEG, "Head of the National Delegation Mohammed"),
      ("MET_WITH", ABDULSALAM, BUSAIDI, "met in Muscat on Friday", "2024-01-12"),
      ("LEADS", BUSAIDI, OMFM, "the Omani Foreign Minister, Sayyid Badr"),
      ("MEMBER_OF", EZZI, HGOV, "Deputy Foreign Minister Hussein"),
      ],
     {"source": "blind set (Houthi-run outlet, English)", "published": "2024-01-12"}),

    ("arIK4_ghamari_mourned_madani_named", "ar",
     "القوات المسلحة تنعى رئيس هيئة الأركان العامة الغمارى وتعلن تعيين المدانى خلفاً له\n"
     "صنعاء - المسيرة نت: نعت القوات المسلحة اليمنية، اليوم الخميس، رئيس هيئة الأركان العامة اللواء الركن "
     "محمد عبدالكريم الغمارى، الذي ارتقى شهيداً أثناء أدائه واجبه الجهادي في معركة الفتح الموعود والجهاد "
     "المقدس.\n"
     "وأعلن البيان تعيين اللواء الركن يوسف حسن المدانى رئيساً لهيئة الأركان العامة خلفاً للشهيد القائد.\n"
     "وفي وقت لاحق استقبل فخامة الرئيس المشير الركن مهدي المشاط، رئيس المجلس السياسي الأعلى، رئيسَ هيئة "
     "الأركان الجديد، بحضور وزير الدفاع والإنتاج الحربي اللواء الركن محمد ناصر العاطفي، حيث هنأه بالثقة "
     "وأكد جاهزية القوات المسلحة لمواجهة أي تصعيد من العدو الأمريكي والصهيوني.\n"
     "من جهته بعث السيد القائد عبدالملك بدرالدين الحوثي برسالة تعزية إلى أسرة الشهيد، مؤكداً أن مسيرة "
     "الجهاد لا تتوقف برحيل القادة.\n"
     "ولم يحدد البيان تاريخ استشهاد الغمارى أو مكانه.",
     [("LEADS", GHAMARI, HGS, "اللواء الركن محمد عبدالكريم"),
      ("MEMBER_OF", GHAMARI, HAF, "نعت القوات المسلحة اليمنية، اليوم"),
      ("SUCCESSOR_OF", MADANI, GHAMARI, "خلفاً للشهيد القائد", "2025-10-16"),
      ("LEADS", MADANI, HGS, "تعيين اللواء الركن يوسف"),
      ("LEADS", MASHAT, SPC, "رئيس المجلس السياسي الأعلى، رئيسَ"),
      ("MET_WITH", MASHAT, MADANI, "وفي وقت لاحق استقبل", "2025-10-16"),
      ("MET_WITH", MASHAT, ATIFI, "بحضور وزير الدفاع والإنتاج الحربي", "2025-10-16"),
      ("MET_WITH", MADANI, ATIFI, "بحضور وزير الدفاع والإنتاج الحربي", "2025-10-16"),
      ("MEMBER_OF", ATIFI, HGOV, "وزير الدفاع والإنتاج الحربي اللواء"),
      ("LEADS", AMHOUTHI, HOUTHIS, "السيد القائد عبدالملك"),
      ],
     {"source": "blind set (Houthi-run outlet, Arabic)", "published": "2025-10-16"}),

    ("enIK5_abdulsalam_meets_grundberg_muscat", "en",
     "Head of National Delegation meets UN envoy in Muscat\n"
     "MUSCAT, June 3 (Al-Masirah) - Head of the National Delegation Mohammed Abdul-Salam met on Tuesday in "
     "the Omani capital with the UN Secretary-General's Special Envoy to Yemen, Hans Grundberg, in the "
     "presence of the head of the National Committee for Prisoners' Affairs, Abdulqader al-Murtadha.\n"
     "The meeting discussed the humanitarian file, foremost the release of all prisoners on the principle of "
     "all for all, the payment of salaries and the reopening of roads, as well as the repercussions of the "
     "US-Saudi aggression and siege on the Yemeni people.\n"
     "Abdul-Salam stressed that the United Nations must stop bowing to the pressures of Washington and "
     "Riyadh, which he held responsible for obstructing the roadmap.\n"
     "Al-Murtadha, for his part, said that the other side had backtracked on the understandings reached in "
     "Muscat last year.\n"
     "The envoy's planned visit to Sana'a, which had been set for next week, has been postponed at the "
     "request of the UN, according to informed sources.",
     [("LEADS", ABDULSALAM, DELEG, "Head of the National Delegation Mohammed"),
      ("MET_WITH", ABDULSALAM, GRUND, "met on Tuesday in the Omani capital", "2025-06-03"),
      ("VISITED", GRUND, MUSCAT, "met on Tuesday in the Omani capital", "2025-06-03"),
      ("MEMBER_OF", GRUND, UN, "the UN Secretary-General's Special Envoy"),
      ("MET_WITH", ABDULSALAM, MURTADA, "in the presence of the head", "2025-06-03"),
      ("MET_WITH", GRUND, MURTADA, "in the presence of the head", "2025-06-03"),
      ("LEADS", MURTADA, PRISON, "the head of the National Committee for Prisoners' Affairs"),
      ],
     {"source": "blind set (Houthi-run outlet, English)", "published": "2025-06-03"}),

    ("arIK6_rahawi_inspects_ras_isa", "ar",
     "رئيس الوزراء يتفقد ميناء رأس عيسى بعد جريمة العدوان الأمريكي\n"
     "الحديدة - المسيرة نت: تفقد رئيس حكومة التغيير والبناء أحمد غالب الرهوي، اليوم السبت، ميناء رأس عيسى "
     "بمحافظة الحديدة، الذي تعرض فجر الخميس لسلسلة غارات من العدوان الأمريكي أسفرت عن استشهاد وإصابة أكثر "
     "من 230 من العمال والمسعفين.\n"
     "واجتمع الرهوي في مدينة الحديدة بمحافظ المحافظة محمد عياش قحيم، واطلع منه على حجم الأضرار التي لحقت "
     "بمنشآت الميناء وخزانات الوقود.\n"
     "وأكد رئيس الوزراء أن هذه الجريمة لن تثني اليمن عن موقفه المساند لغزة، وأن القوات المسلحة ستواصل "
     "استهداف حاملات الطائرات الأمريكية في البحر الأحمر.\n"
     "وكان العدو الأمريكي قد زعم أن الميناء يُستخدم لتهريب الوقود لصالح أنصار الله، وهو ما نفته مؤسسة موانئ "
     "البحر الأحمر جملة وتفصيلاً.\n"
     "وفي السياق أدان المتحدث الرسمي لأنصار الله محمد عبدالسلام الجريمة، مؤكداً أن دماء الشهداء لن تذهب "
     "هدراً.",
     [("LEADS", RAHAWI, HGOV, "تفقد رئيس حكومة التغيير والبناء أحمد"),
      ("VISITED", RAHAWI, RASISA, "اليوم السبت، ميناء رأس عيسى", "2025-04-19"),
      ("LOCATED_IN", RASISA, HODEIDAH, "ميناء رأس عيسى بمحافظة الحديدة"),
      ("ATTACKED", USA, RASISA, "لسلسلة غارات من العدوان الأمريكي", "2025-04-17"),
      ("VISITED", RAHAWI, HODEIDAH, "واجتمع الرهوي في مدينة الحديدة", "2025-04-19"),
      ("MET_WITH", RAHAWI, QAHIM, "واجتمع الرهوي في مدينة الحديدة", "2025-04-19"),
      ("MEMBER_OF", ABDULSALAM, HOUTHIS, "المتحدث الرسمي لأنصار الله محمد"),
      ],
     {"source": "blind set (Houthi-run outlet, Arabic)", "published": "2025-04-19"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setIK")
