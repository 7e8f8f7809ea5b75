"""Blind set MO: Yemen and the Red Sea 2022-2025 (first folder of MO-MP): the first US-British strikes
on the Houthis (January 2024), the Saudi ambassador's visit to Sanaa (April 2023), the Presidential
Leadership Council and its prime ministers (2022-2025), the Houthis' "Government of Change and
Construction" under al-Rahawi (August 2024), the Israeli strike that killed al-Rahawi (August 2025) and
the UN envoy's Muscat round after the Omani-brokered US-Houthi truce (May 2025), as a US military
newspaper writes it (Stars and Stripes-like: "WASHINGTON —", ranks and service names), as a Yemeni news
site writes it in Arabic (al-Masdar Online-like: "المصدر أونلاين - خاص", "ما يسمى"), as a think-tank's
monthly review writes a background paragraph (Sana'a Center Yemen Review-like, no dateline), as the
Houthi-run daily writes it (al-Thawra-like: "فخامة الأخ المشير الركن", "قائد الثورة"), as a pro-Israel
news agency writes it in English (JNS-like: "(August 30, 2025 / JNS)", "terrorist organization",
"eliminated") and as an Omani daily writes it (Oman daily-like: "معالي السيد", "سعادة", "العُمانية").
Pieces: US and British strikes, Blinken with Mohammed bin Salman in AlUla and with King Hamad in Bahrain
(English, MO1); Al Jaber in Sanaa with al-Mashat, Abdulsalam at their side, Al Jaber's earlier meeting
with al-Alimi (Arabic, MO2); al-Alimi's council takes over from Hadi, al-Ahmar dismissed, Mohammed bin
Salman receives al-Alimi, bin Mubarak after Abdulmalik, bin Breik after bin Mubarak, al-Zindani after bin
Mubarak at the foreign ministry (English, MO3); al-Rahawi's government after bin Habtoor's, Jamal Amer
after Hisham Sharaf, al-Mashat receives al-Rahawi, Mohammed Ali al-Houthi meets bin Habtoor (Arabic,
MO4); al-Rahawi killed by Israel, Miftah acting prime minister, Katz with Zamir (English, MO5);
Albusaidi receives Grundberg, Grundberg's Muscat meetings with Abdulsalam with al-Ajri present
(Arabic, MO6).
Excluded on purpose (no relation): Austin's phone calls from hospital with Biden and Shapps; the five
Houthi fighters killed (unnamed) (MO1); Abdul-Malik al-Houthi, whom the Saudi delegation "did not meet"
(MO2); al-Ahmar's dismissal (no successor named) (MO3); the oath the new ministers "will take" before
al-Mashat tomorrow (planned) (MO4); al-Ghamari's reported death, "not confirmed" (MO5); Albusaidi's
phone call with Witkoff and Grundberg's planned meeting with al-Alimi in Riyadh ("من المقرر") (MO6).
Judgement calls: the Houthi negotiator standing beside al-Mashat as he shakes the ambassador's hand is
paired with both (MO2); the chairman of the council Hadi "handed his powers" to succeeds Hadi (MO3); the
prime minister whose government is formed "خلفاً لحكومة ... التي رأسها" bin Habtoor succeeds bin Habtoor
(MO4); the first deputy named "to run the government in an acting capacity" succeeds the dead prime
minister (MO5); "an Israeli airstrike" gives country:israel (MO5); the deputy head of delegation "in
the presence of" the envoy's meetings with Abdulsalam is paired with both (MO6).
Filled in for the exercise: Austin's call with Shapps (MO1); Al Jaber's briefing of al-Alimi the week
before (MO2); Mohammed Ali al-Houthi's meeting with bin Habtoor (MO4); Katz's meeting with Zamir to
approve targets (MO5); al-Ajri's presence, Witkoff's call and the envoy's next stop (MO6).
Spellings: "Yahya Sarea", "Hussein al-Ezzi" (MO1); "محمد آل جابر", "مهدي المشّاط", "محمد عبد السلام"
(MO2); "Rashad al-Olaimi", "Abd Rabbu Mansour Hadi", "Salem Saleh bin Braik", "Shaya Mohsen al-Zindani"
(MO3); "أحمد غالب ناصر الرهوي", "عبدالعزيز صالح بن حبتور", "هشام شرف عبدالله" (MO4); "Ahmed Ghalib
al-Rahawi", "Mohammed Ahmed Miftah" (MO5); "هانس جروندبرج", "بدر بن حمد البوسعيدي", "محمد عبدالسلام" (MO6).
Entity table: tests/data/blind_entities_mp60.py (blind_entities_mp.py is an older, unrelated table).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_mp60 import ALL  # noqa: E402

HERE = Path(__file__).parent

US, UK, SAUDI, ISRAEL, BAHRAIN = ("country:united-states", "country:united-kingdom", "country:saudi-arabia",
                                  "country:israel", "country:bahrain")
SANAA, RIYADH, MUSCAT, ALULA, MANAMA = ("location:sanaa", "location:riyadh", "location:muscat", "location:alula",
                                      "location:manama")
HOUTHIS, SPC, HGOV, YGOV, YFM, PLC, STC, DOD, UKMOD, IDF, ILMOD, OMFM = (
    "organization:houthis", "organization:houthi-supreme-political-council", "organization:houthi-government",
    "organization:yemeni-government", "organization:yemeni-foreign-ministry",
    "organization:presidential-leadership-council", "organization:southern-transitional-council",
    "organization:us-department-of-defense", "organization:british-ministry-of-defence",
    "organization:israel-defense-forces", "organization:israeli-defense-ministry",
    "organization:omani-foreign-ministry")
BIDEN, SHAPPS, AUSTIN, RYDER, BLINKEN, MBS, HAMAD, SAREE, EZZI = (
    "person:joe-biden", "person:grant-shapps", "person:lloyd-austin", "person:pat-ryder", "person:antony-blinken",
    "person:mohammed-bin-salman", "person:hamad-bin-isa-al-khalifa", "person:yahya-saree", "person:hussein-al-ezzi")
JABER, MASHAT, ABDULSALAM, AMALIK, ALIMI = (
    "person:mohammed-al-jaber", "person:mahdi-al-mashat", "person:mohammed-abdulsalam",
    "person:abdul-malik-al-houthi", "person:rashad-al-alimi")
HADI, AHMAR, ZUBAIDI, TAREQ, ARADA, MUHARRAMI, MAEEN, BINMUBARAK, BINBREIK, ZINDANI = (
    "person:abdrabbuh-mansur-hadi", "person:ali-mohsen-al-ahmar", "person:aidarous-al-zubaidi", "person:tareq-saleh",
    "person:sultan-al-arada", "person:abdulrahman-al-muharrami", "person:maeen-abdulmalik",
    "person:ahmed-awad-bin-mubarak", "person:salem-bin-breik", "person:shaya-al-zindani")
RAHAWI, HABTOOR, MIFTAH, AMER, SHARAF, ATIFI, MAHOUTHI = (
    "person:ahmed-al-rahawi", "person:abdulaziz-bin-habtoor", "person:mohammed-miftah", "person:jamal-amer",
    "person:hisham-sharaf", "person:mohammed-nasser-al-atifi", "person:mohammed-ali-al-houthi")
KATZ, ZAMIR, GHAMARI = "person:israel-katz", "person:eyal-zamir", "person:mohammed-al-ghamari"
ALBUSAIDI, GRUNDBERG, AJRI, WITKOFF = ("person:badr-albusaidi", "person:hans-grundberg",
                                       "person:abdulmalik-al-ajri", "person:steve-witkoff")

STRIPES = "blind set (US military newspaper, English, Stars and Stripes-like)"
MASDAR = "blind set (Yemeni news site, Arabic, al-Masdar Online-like)"
SANAACTR = "blind set (think-tank monthly review, English, Sana'a Center Yemen Review-like)"
THAWRA = "blind set (Houthi-run daily, Arabic, al-Thawra-like)"
JNS = "blind set (pro-Israel news agency, English, JNS-like)"
OMANDAILY = "blind set (Omani daily, Arabic, Oman daily-like)"


_PALACE = {JABER: "وهو يصافح السفير السعودي في القصر الجمهوري",
           MASHAT: "مهدي المشّاط وهو يصافح",
           ABDULSALAM: "وإلى جانبه رئيس وفد الجماعة المفاوض"}
_MUSCAT = {GRUNDBERG: "وكان جروندبرج قد عقد خلال الأيام الماضية",
           ABDULSALAM: "مع رئيس وفد أنصار الله المفاوض محمد عبدالسلام",
           AJRI: "بحضور نائب رئيس الوفد عبدالملك العجري"}

ARTICLES = [
    ("enMO1_us_uk_strikes_houthis", "en",
     "U.S., British forces strike Houthi targets in Yemen after weeks of Red Sea attacks\n"
     "WASHINGTON — U.S. and British warplanes, ships and a submarine struck more than 60 targets at 16 "
     "Houthi-controlled sites in Yemen early Friday, the first retaliation for weeks of drone and missile "
     "attacks on commercial shipping in the Red Sea.\n"
     "President Joe Biden said in a statement that he had directed the strikes \"in response to "
     "unprecedented Houthi attacks against international maritime vessels\" and would not hesitate to "
     "order further measures.\n"
     "British Defence Secretary Grant Shapps said four Royal Air Force Typhoons had taken part.\n"
     "Defense Secretary Lloyd Austin, still recovering at Walter Reed National Military Medical Center, "
     "monitored the operation and spoke by phone with Biden and with Shapps before it began, Pentagon press "
     "secretary Air Force Maj. Gen. Pat Ryder said.\n"
     "Secretary of State Antony Blinken had warned of consequences on Monday in AlUla, where he met Saudi "
     "Crown Prince Mohammed bin Salman, and again on Wednesday in Manama, where he was received by "
     "Bahrain's King Hamad bin Isa Al Khalifa.\n"
     "The rebels' military spokesman, Brig. Gen. Yahya Sarea, said five fighters were killed in 73 strikes. "
     "Their deputy foreign minister, Hussein al-Ezzi, warned that America and Britain would \"pay a heavy "
     "price.\"",
     [("LEADS", BIDEN, US, "President Joe Biden said"),
      ("LEADS", SHAPPS, UKMOD, "British Defence Secretary Grant Shapps"),
      ("LEADS", AUSTIN, DOD, "Defense Secretary Lloyd Austin, still recovering"),
      ("MEMBER_OF", RYDER, DOD, "Pentagon press secretary Air Force Maj. Gen. Pat Ryder"),
      ("MET_WITH", BLINKEN, MBS, "where he met Saudi Crown Prince Mohammed bin Salman", "2024-01-08"),
      ("VISITED", BLINKEN, ALULA, "had warned of consequences on Monday in AlUla", "2024-01-08"),
      ("MET_WITH", BLINKEN, HAMAD, "where he was received by Bahrain's King Hamad", "2024-01-10"),
      ("VISITED", BLINKEN, MANAMA, "and again on Wednesday in Manama", "2024-01-10"),
      ("LEADS", HAMAD, BAHRAIN, "Bahrain's King Hamad bin Isa Al Khalifa"),
      ("MEMBER_OF", SAREE, HOUTHIS, "The rebels' military spokesman, Brig. Gen. Yahya Sarea"),
      ("MEMBER_OF", EZZI, HOUTHIS, "Their deputy foreign minister, Hussein al-Ezzi"),
      ],
     {"source": STRIPES, "published": "2024-01-12"}),

    ("arMO2_saudi_ambassador_in_sanaa", "ar",
     "السفير السعودي في صنعاء لأول مرة منذ الحرب.. ومصافحة مع المشاط بحضور الوفد العُماني\n"
     "المصدر أونلاين - خاص\n"
     "وصل السفير السعودي لدى اليمن محمد آل جابر، الأحد، إلى العاصمة صنعاء الخاضعة لسيطرة جماعة الحوثي، على "
     "رأس وفد سعودي يرافقه وفد عُماني، في أول زيارة علنية لمسؤول سعودي بهذا المستوى منذ اندلاع الحرب.\n"
     "وبثّت قناة المسيرة التابعة للجماعة مشاهد لرئيس ما يسمى المجلس السياسي الأعلى مهدي المشّاط وهو يصافح "
     "السفير السعودي في القصر الجمهوري، وإلى جانبه رئيس وفد الجماعة المفاوض محمد عبد السلام الذي وصل مع "
     "الوفد العُماني قادماً من مسقط.\n"
     "وقالت مصادر مطلعة لـ«المصدر أونلاين» إن المباحثات تناولت تمديد الهدنة وصرف رواتب الموظفين وفتح "
     "المطار والموانئ، تمهيداً لاتفاق أشمل برعاية أممية.\n"
     "ولم يلتقِ الوفد السعودي زعيم الجماعة عبدالملك الحوثي، بحسب المصادر ذاتها، خلافاً لما روّجته حسابات "
     "موالية للجماعة.\n"
     "وكان آل جابر قد التقى في الرياض الأسبوع الماضي رئيس مجلس القيادة الرئاسي الدكتور رشاد العليمي، "
     "وأطلعه على ترتيبات الزيارة.\n"
     "وفي السياق، أعلنت اللجنة الدولية للصليب الأحمر أن عملية تبادل نحو 900 أسير بين الحكومة والحوثيين "
     "ستبدأ الجمعة المقبل.",
     met_group(_PALACE, "2023-04-09") + [
      ("VISITED", JABER, SANAA, "إلى العاصمة صنعاء الخاضعة", "2023-04-09"),
      ("LEADS", MASHAT, SPC, "لرئيس ما يسمى المجلس السياسي الأعلى"),
      ("MEMBER_OF", ABDULSALAM, HOUTHIS, "وإلى جانبه رئيس وفد الجماعة المفاوض"),
      ("LEADS", AMALIK, HOUTHIS, "زعيم الجماعة عبدالملك الحوثي"),
      ("MET_WITH", JABER, ALIMI, "وكان آل جابر قد التقى في الرياض", "2023-04"),
      ("LEADS", ALIMI, PLC, "رئيس مجلس القيادة الرئاسي الدكتور رشاد العليمي"),
      ],
     {"source": MASDAR, "published": "2023-04-09"}),

    ("enMO3_plc_and_its_prime_ministers", "en",
     "Background: the Presidential Leadership Council and its prime ministers\n"
     "On April 7, 2022, at the close of the GCC-hosted consultations in Riyadh, President Abd Rabbu Mansour "
     "Hadi handed his powers to an eight-member Presidential Leadership Council chaired by Rashad al-Olaimi, "
     "a former interior minister, and in the same decree dismissed his vice president, Ali Mohsen al-Ahmar. "
     "The council's other members included Aidarous al-Zubaidi, president of the Southern Transitional "
     "Council, Tareq Saleh, Marib governor Sultan al-Arada and the Giants Brigades commander Abdulrahman Abu "
     "Zaraa al-Muharrami. Hours later Crown Prince Mohammed bin Salman received al-Olaimi at his palace.\n"
     "The council has since changed prime ministers twice. In February 2024 it replaced Maeen Abdulmalik, in "
     "office since 2018, with the foreign minister, Ahmed Awad bin Mubarak; the foreign ministry went a month "
     "later to Shaya Mohsen al-Zindani. Bin Mubarak lasted barely fifteen months. He resigned in May 2025 "
     "after a public dispute with the council over his powers, and the finance minister, Salem Saleh bin "
     "Braik, was appointed in his stead.",
     [("SUCCESSOR_OF", ALIMI, HADI, "handed his powers to an eight-member", "2022-04-07"),
      ("LEADS", ALIMI, PLC, "Presidential Leadership Council chaired by Rashad al-Olaimi"),
      ("MEMBER_OF", ZUBAIDI, PLC, "The council's other members included Aidarous al-Zubaidi"),
      ("LEADS", ZUBAIDI, STC, "president of the Southern Transitional"),
      ("MEMBER_OF", TAREQ, PLC, "Council, Tareq Saleh, Marib governor"),
      ("MEMBER_OF", ARADA, PLC, "Marib governor Sultan al-Arada"),
      ("MEMBER_OF", MUHARRAMI, PLC, "Giants Brigades commander Abdulrahman"),
      ("MET_WITH", MBS, ALIMI, "Hours later Crown Prince Mohammed bin Salman received al-Olaimi",
       "2022-04-07"),
      ("SUCCESSOR_OF", BINMUBARAK, MAEEN, "In February 2024 it replaced Maeen Abdulmalik", "2024-02"),
      ("LEADS", BINMUBARAK, YGOV, "with the foreign minister, Ahmed Awad bin Mubarak"),
      ("SUCCESSOR_OF", ZINDANI, BINMUBARAK, "the foreign ministry went a month later", "2024-03"),
      ("LEADS", ZINDANI, YFM, "the foreign ministry went a month later"),
      ("SUCCESSOR_OF", BINBREIK, BINMUBARAK, "was appointed in his stead", "2025-05"),
      ("LEADS", BINBREIK, YGOV, "was appointed in his stead"),
      ],
     {"source": SANAACTR, "published": "2025-06-10"}),

    ("arMO4_rahawi_government_formed", "ar",
     "الرئيس المشاط يصدر قراراً بتشكيل حكومة التغيير والبناء برئاسة الرهوي\n"
     "صنعاء - الثورة\n"
     "أصدر فخامة الأخ المشير الركن مهدي المشاط رئيس المجلس السياسي الأعلى، أمس، قراراً بتشكيل حكومة "
     "التغيير والبناء برئاسة الأستاذ أحمد غالب ناصر الرهوي، خلفاً لحكومة الإنقاذ الوطني التي رأسها الدكتور "
     "عبدالعزيز صالح بن حبتور.\n"
     "ونص القرار على تعيين العلامة محمد أحمد مفتاح نائباً أول لرئيس الوزراء، والأستاذ جمال عامر وزيراً "
     "للخارجية والمغتربين خلفاً للمهندس هشام شرف عبدالله، فيما احتفظ اللواء الركن محمد ناصر العاطفي بحقيبة "
     "الدفاع.\n"
     "وكان قائد الثورة السيد عبدالملك بدرالدين الحوثي قد أكد في خطاب متلفز الخميس الماضي أن مسار التغيير "
     "الجذري سيمضي بخطى ثابتة.\n"
     "واستقبل الرئيس المشاط، اليوم، رئيس الوزراء الرهوي، وأكد له أهمية أن تضع الحكومة الجديدة في مقدمة "
     "أولوياتها تخفيف معاناة المواطنين جراء العدوان والحصار.\n"
     "ويؤدي أعضاء الحكومة اليمين الدستورية أمام الرئيس المشاط يوم غد الثلاثاء.\n"
     "وفي لقاء منفصل، التقى عضو المجلس السياسي الأعلى محمد علي الحوثي رئيس الوزراء السابق بن حبتور، ونقل "
     "إليه تقدير القيادة لجهوده خلال السنوات الماضية.",
     [("LEADS", MASHAT, SPC, "فخامة الأخ المشير الركن مهدي المشاط"),
      ("LEADS", RAHAWI, HGOV, "برئاسة الأستاذ أحمد غالب ناصر الرهوي"),
      ("SUCCESSOR_OF", RAHAWI, HABTOOR, "خلفاً لحكومة الإنقاذ الوطني", "2024-08-11"),
      ("MEMBER_OF", MIFTAH, HGOV, "ونص القرار على تعيين العلامة محمد أحمد مفتاح"),
      ("MEMBER_OF", AMER, HGOV, "والأستاذ جمال عامر وزيراً"),
      ("SUCCESSOR_OF", AMER, SHARAF, "خلفاً للمهندس هشام شرف عبدالله", "2024-08-11"),
      ("MEMBER_OF", ATIFI, HGOV, "فيما احتفظ اللواء الركن محمد ناصر العاطفي"),
      ("LEADS", AMALIK, HOUTHIS, "وكان قائد الثورة السيد عبدالملك بدرالدين الحوثي"),
      ("MET_WITH", MASHAT, RAHAWI, "واستقبل الرئيس المشاط، اليوم، رئيس الوزراء الرهوي", "2024-08-12"),
      ("MEMBER_OF", MAHOUTHI, SPC, "التقى عضو المجلس السياسي الأعلى محمد علي الحوثي"),
      ("MET_WITH", MAHOUTHI, HABTOOR, "رئيس الوزراء السابق بن حبتور", "2024-08-12"),
      ],
     {"source": THAWRA, "published": "2024-08-12"}),

    ("enMO5_rahawi_killed_miftah_acting", "en",
     "Houthis confirm Israeli strike killed their prime minister\n"
     "(August 30, 2025 / JNS)\n"
     "Yemen's Houthi terrorist organization confirmed on Saturday that the prime minister of its "
     "Sanaa-based government, Ahmed Ghalib al-Rahawi, was eliminated in Thursday's Israeli airstrike on the "
     "capital, along with several of his ministers.\n"
     "\"We lost our brother Ahmed al-Rahawi and a number of his fellow ministers,\" said Mahdi al-Mashat, "
     "who heads the group's Supreme Political Council. He named Rahawi's first deputy, Mohammed Ahmed "
     "Miftah, to run the government in an acting capacity.\n"
     "The Israel Defense Forces said fighter jets had struck a Houthi military target in the Sanaa area "
     "while senior officials were gathered to watch a speech by the group's leader, Abdul-Malik al-Houthi. "
     "Defense Minister Israel Katz wrote on X that it was \"only the beginning.\"\n"
     "Saudi-owned media reported that the Houthi chief of staff, Mohammed al-Ghamari, had also been killed; "
     "the Houthis did not confirm it and Israeli officials said his fate was unclear.\n"
     "Katz had met on Tuesday with IDF Chief of Staff Lt. Gen. Eyal Zamir at the Kirya in Tel Aviv to "
     "approve the target bank, his office said.",
     [("ASSASSINATED_BY", RAHAWI, ISRAEL, "was eliminated in Thursday's Israeli airstrike", "2025-08-28"),
      ("LEADS", RAHAWI, HGOV, "the prime minister of its Sanaa-based government"),
      ("LEADS", MASHAT, SPC, "who heads the group's Supreme Political Council"),
      ("SUCCESSOR_OF", MIFTAH, RAHAWI, "to run the government in an acting capacity", "2025-08-30"),
      ("LEADS", AMALIK, HOUTHIS, "a speech by the group's leader, Abdul-Malik al-Houthi"),
      ("LEADS", KATZ, ILMOD, "Defense Minister Israel Katz wrote"),
      ("MEMBER_OF", GHAMARI, HOUTHIS, "the Houthi chief of staff, Mohammed al-Ghamari"),
      ("MET_WITH", KATZ, ZAMIR, "Katz had met on Tuesday with IDF Chief of Staff", "2025-08-26"),
      ("LEADS", ZAMIR, IDF, "IDF Chief of Staff Lt. Gen. Eyal Zamir"),
      ],
     {"source": JNS, "published": "2025-08-30"}),

    ("arMO6_albusaidi_receives_grundberg", "ar",
     "معالي السيد وزير الخارجية يستقبل المبعوث الأممي إلى اليمن\n"
     "مسقط - العُمانية\n"
     "استقبل معالي السيد بدر بن حمد البوسعيدي وزير الخارجية بديوان عام الوزارة اليوم، سعادة هانس "
     "جروندبرج المبعوث الخاص للأمين العام للأمم المتحدة إلى اليمن.\n"
     "وجرى خلال المقابلة استعراض مستجدات الجهود الرامية إلى دعم مسار السلام في اليمن، في ضوء الإعلان "
     "الثلاثاء الماضي عن التوصل بوساطة عُمانية إلى وقف لإطلاق النار بين الولايات المتحدة وأنصار الله.\n"
     "وكان جروندبرج قد عقد خلال الأيام الماضية في مسقط سلسلة لقاءات مع رئيس وفد أنصار الله المفاوض محمد "
     "عبدالسلام، بحضور نائب رئيس الوفد عبدالملك العجري، تناولت ملف الأسرى وخفض التصعيد.\n"
     "وفي سياق متصل، تلقى معالي السيد وزير الخارجية اتصالاً هاتفياً من المبعوث الأمريكي الخاص ستيف "
     "ويتكوف، جرى خلاله بحث تثبيت التهدئة في البحر الأحمر.\n"
     "ومن المقرر أن يتوجه المبعوث الأممي إلى الرياض للقاء رئيس مجلس القيادة الرئاسي الدكتور رشاد "
     "العليمي.",
     [("MET_WITH", ALBUSAIDI, GRUNDBERG, "استقبل معالي السيد بدر بن حمد البوسعيدي", "2025-05-12"),
      ("LEADS", ALBUSAIDI, OMFM, "بدر بن حمد البوسعيدي وزير الخارجية"),
      ("MEMBER_OF", ABDULSALAM, HOUTHIS, "مع رئيس وفد أنصار الله المفاوض محمد"),
      ("MEMBER_OF", AJRI, HOUTHIS, "بحضور نائب رئيس الوفد عبدالملك العجري"),
      ("VISITED", GRUNDBERG, MUSCAT, "وكان جروندبرج قد عقد خلال الأيام الماضية في مسقط", "2025-05"),
      ("LEADS", ALIMI, PLC, "للقاء رئيس مجلس القيادة الرئاسي"),
      ] + met_group(_MUSCAT, "2025-05"),
     {"source": OMANDAILY, "published": "2025-05-12"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setMO")
