"""Blind set OL: Yemen 2015-2024 (second folder of OK-OL): the close of the Stockholm consultations
(December 2018), the Houthi delegation's visit to Riyadh (September 2023), the attack on Ismail Ould
Cheikh Ahmed's convoy in Sanaa (May 2017), Rashad al-Alimi's reception of Hans Grundberg (November 2022),
the Iranian ambassador Hassan Irloo's credentials in Sanaa (October 2020) and the swearing-in of Maeen
Abdulmalik's government in Riyadh (December 2020), as the UN's news site writes it in English (UN News-like:
"13 December 2018 — ", "the Secretary-General"), a Houthi TV site in Arabic (Al-Masirah-like: "الوفد الوطني",
"العدوان السعودي الأمريكي", "الرئيس الشهيد"), an Emirati daily in English (Gulf News-like: "Sanaa/Dubai:",
"Al Houthi militants", "the legitimate government"), the recognised government's state agency in Arabic
(Saba Aden-like: "فخامة الرئيس الدكتور", "المليشيات الحوثية"), an Iranian TV site in English (Press TV-like:
"Yemen's National Salvation Government", "Sayyed Abdul-Malik al-Houthi") and a Turkish agency in Arabic
(Anadolu-like: "الرياض/ الأناضول", "خلفا لـ").
Pieces: Guterres meets Abdulsalam and al-Yamani together with Wallstrom and Griffiths attending, Griffiths had
succeeded Ould Cheikh Ahmed (English, OL1); the delegation headed by Abdulsalam, with al-Ajri, meets Khalid
bin Salman in Riyadh, Sammad killed by the coalition's aircraft (Arabic, OL2); Ould Cheikh Ahmed had met
Hadi and bin Dagher together in Riyadh, his convoy attacked (English, OL3); Alimi receives Grundberg with
bin Mubarak present (Arabic, OL4); Mashat receives Irloo with Sharaf present, Mashat succeeded Sammad,
whom the coalition killed (English, OL5); Hadi meets Maeen Abdulmalik, then the Saudi ambassador; Maeen
succeeded bin Dagher (Arabic, OL6).
Excluded on purpose (no relation): the closing session, the second round planned for January (OL1); the
unnamed Omani delegation, the planned Saudi visit to Sanaa (OL2); the attack on the envoy's convoy (a failed
attempt, the government's accusation), the refused and called-off meetings in Sanaa, the Houthis' refusal to
deal with him (OL3); Grundberg's "meetings with Omani officials" (unnamed), Alimi's phone call to al-Zubaidi,
the Houthi attacks on the oil terminal (OL4); the US sanctions on Irloo (OL5); Griffiths's congratulation
call, the planned return to Aden (OL6).
Judgement calls: "met the two men together" is a meeting of the three (OL1); attendees ("also attended the
meeting", «بحضور», "in the presence of") are paired with each principal of the meeting; attendees are not
paired with each other (OL1); a delegation member «ضم الوفد» is paired with the host (OL2); "بغارة لطيران
العدوان السعودي الأمريكي" gives Sammad -> the Saudi-led coalition (OL2); "met ... Hadi and Prime Minister ...
together" is a meeting of the three (OL3); "after his predecessor, Saleh al-Sammad, was assassinated" is a
succession (OL5); "التقى هادي رئيس الحكومة والسفير السعودي" (a list with no "together") pairs Hadi with each
only (OL6); "خلفا لـ" is a succession (OL6); a government "برئاسة" X: X LEADS the government (OL6); an envoy
is MEMBER_OF the UN.
Filled in for the exercise: the wording of the quotes, Wallstrom's and Griffiths's presence at Guterres's
meeting (OL1); al-Ajri's membership of the delegation and the length of the visit (OL2); the wounded guard,
the refused and called-off meetings, the date of the Riyadh meeting (OL3); the date (8 November 2022), bin
Mubarak's presence, the call to al-Zubaidi (OL4); Sharaf's presence, the wording (OL5); Al Jaber's meeting
after the ceremony, Griffiths's call (OL6).
Spellings: "António Guterres", "Margot Wallström" (OL1); "محمد عبدالسلام", "الأمير خالد بن سلمان" (OL2);
"Ismail Ould Shaikh Ahmad", "Abd Rabbo Mansour Hadi", "Ahmad Obaid Bin Daghr", "Mohammad Abdul Salam" (OL3);
"رشاد محمد العليمي", "هانس غروندبرغ" (OL4); "Hassan Irloo", "Hisham Sharaf Abdullah", "Hudaydah" (OL5); "معين
عبدالملك", "عبد ربه منصور هادي", "أحمد عبيد بن دغر" (OL6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_ol import ALL  # noqa: E402

HERE = Path(__file__).parent

YEMEN = "country:yemen"
HOUTHIS, COALITION, SPC, YGOV, PLC, UN = (
    "organization:houthis", "organization:saudi-led-coalition", "organization:houthi-supreme-political-council",
    "organization:yemeni-government", "organization:presidential-leadership-council", "organization:united-nations")
ABDULMALIK, SAMMAD, MASHAT, ABDULSALAM, AJRI, SHARAF = (
    "person:abdul-malik-al-houthi", "person:saleh-al-sammad", "person:mahdi-al-mashat", "person:mohammed-abdulsalam",
    "person:abdulmalik-al-ajri", "person:hisham-sharaf")
HADI, ALIMI, BINDAGHER, MAEEN, BINMUBARAK, YAMANI = (
    "person:abdrabbuh-mansur-hadi", "person:rashad-al-alimi", "person:ahmed-obeid-bin-dagher",
    "person:maeen-abdulmalik", "person:ahmed-awad-bin-mubarak", "person:khaled-al-yamani")
KBS, ALJABER, IRLOO = "person:khalid-bin-salman", "person:mohammed-al-jaber", "person:hassan-irloo"
OCA, GRIFFITHS, GRUNDBERG, GUTERRES, WALLSTROM = (
    "person:ismail-ould-cheikh-ahmed", "person:martin-griffiths", "person:hans-grundberg", "person:antonio-guterres",
    "person:margot-wallstrom")

UNNEWS = "blind set (UN news site, English, UN News-like)"
MASIRAH = "blind set (Houthi TV news site, Arabic, Al-Masirah-like)"
GULFNEWS = "blind set (Emirati daily, English, Gulf News-like)"
SABA_ADEN = "blind set (recognised government's state agency, Arabic, Saba Aden-like)"
PRESSTV = "blind set (Iranian state TV site, English, Press TV-like)"
ANADOLU = "blind set (Turkish state news agency, Arabic service, Anadolu-like)"

ARTICLES = [
    ("enOL1_stockholm_close_unnews", "en",
     "Yemen: Guterres hails 'real progress' as Stockholm talks close with Hudaydah deal\n"
     "13 December 2018 — Secretary-General António Guterres announced on Thursday that Yemen's warring parties "
     "had agreed to a ceasefire in the port city of Hudaydah, at the close of a week of UN-sponsored "
     "consultations at Johannesberg Castle in Rimbo, north of Stockholm.\n"
     "The Secretary-General, who met the two men together before the closing session, stood between the heads "
     "of the two delegations, Mohammed Abdulsalam of Ansar Allah and Foreign Minister Khaled al-Yamani of the "
     "Government of Yemen, as they shook hands.\n"
     "Swedish Foreign Minister Margot Wallström, who hosted the talks, and the Special Envoy, Martin Griffiths, "
     "also attended the meeting.\n"
     "Mr. Griffiths, a British mediator who took up his post in March after succeeding Ismail Ould Cheikh Ahmed "
     "of Mauritania, said the agreement was \"not yet peace\" but a \"real step\".\n"
     "The parties also agreed on a prisoner exchange to be implemented with the International Committee of the "
     "Red Cross, and on a statement of understanding on Taiz. A second round of consultations was planned for "
     "the end of January.",
     [("LEADS", GUTERRES, UN, "Secretary-General António Guterres announced"),
      ("MEMBER_OF", ABDULSALAM, HOUTHIS, "Mohammed Abdulsalam of Ansar Allah"),
      ("MEMBER_OF", YAMANI, YGOV, "al-Yamani of the Government of Yemen"),
      ] + met_group({GUTERRES: "who met the two men together", ABDULSALAM: "Mohammed Abdulsalam of",
                     YAMANI: "Foreign Minister Khaled al-Yamani"}, "2018-12-13") + [
      ("MET_WITH", WALLSTROM, GUTERRES, "Swedish Foreign Minister Margot", "2018-12-13"),
      ("MET_WITH", WALLSTROM, ABDULSALAM, "who hosted the talks", "2018-12-13"),
      ("MET_WITH", WALLSTROM, YAMANI, "also attended the meeting", "2018-12-13"),
      ("MET_WITH", GRIFFITHS, GUTERRES, "the Special Envoy, Martin Griffiths", "2018-12-13"),
      ("MET_WITH", GRIFFITHS, ABDULSALAM, "Envoy, Martin Griffiths, also", "2018-12-13"),
      ("MET_WITH", GRIFFITHS, YAMANI, "Griffiths, also attended", "2018-12-13"),
      ("SUCCESSOR_OF", GRIFFITHS, OCA, "after succeeding Ismail Ould Cheikh Ahmed", "2018-03-11"),
      ],
     {"source": UNNEWS, "published": "2018-12-13"}),

    ("arOL2_delegation_riyadh_masirah", "ar",
     "الوفد الوطني يعود إلى صنعاء بعد زيارة إلى الرياض\n"
     "المسيرة نت | صنعاء\n"
     "عاد الوفد الوطني برئاسة الأستاذ محمد عبدالسلام، مساء اليوم الثلاثاء، إلى العاصمة صنعاء بعد زيارة إلى "
     "الرياض استمرت خمسة أيام، رافقه فيها الوفد العُماني.\n"
     "والتقى الوفد خلال الزيارة وزير الدفاع السعودي الأمير خالد بن سلمان، وضم الوفد عضو المكتب السياسي لأنصار "
     "الله عبدالملك العجري وعدداً من أعضاء الوفد.\n"
     "وأوضح رئيس الوفد الوطني في تصريح للمسيرة أن النقاشات تركزت على الملف الإنساني وصرف المرتبات وفتح المطارات "
     "والموانئ والإفراج عن كافة الأسرى، مشيراً إلى أن هناك \"خيارات ستُدرس\".\n"
     "ومن المقرر أن يزور وفد سعودي صنعاء في وقت لاحق لاستكمال النقاشات.\n"
     "وتأتي الزيارة بعد خمس سنوات على استشهاد الرئيس صالح الصماد، رئيس المجلس السياسي الأعلى السابق، الذي "
     "ارتقى بغارة لطيران العدوان السعودي الأمريكي في محافظة الحديدة في أبريل 2018.",
     [("MET_WITH", ABDULSALAM, KBS, "والتقى الوفد خلال الزيارة وزير الدفاع", "2023-09-19"),
      ("MET_WITH", AJRI, KBS, "وضم الوفد عضو المكتب السياسي", "2023-09-19"),
      ("MEMBER_OF", AJRI, HOUTHIS, "عضو المكتب السياسي لأنصار"),
      ("LEADS", SAMMAD, SPC, "رئيس المجلس السياسي الأعلى السابق"),
      ("ASSASSINATED_BY", SAMMAD, COALITION, "ارتقى بغارة لطيران العدوان", "2018-04-19"),
      ],
     {"source": MASIRAH, "published": "2023-09-19"}),

    ("enOL3_envoy_convoy_gulfnews", "en",
     "UN envoy's convoy attacked in Sanaa as Al Houthis snub talks\n"
     "Sanaa/Dubai: The convoy of the United Nations special envoy to Yemen, Ismail Ould Shaikh Ahmad, came under "
     "fire on Monday as it left Sanaa airport, in what the legitimate government described as an attempt on "
     "his life by Iran-backed Al Houthi militants.\n"
     "The envoy was unharmed, but one of his guards was slightly wounded, UN sources told Gulf News.\n"
     "Ould Shaikh Ahmad had arrived in the capital to discuss a proposal to hand Hodeidah port to a neutral "
     "party. The militia's leaders refused to receive him on Tuesday, and a planned meeting with Saleh Al Sammad "
     "was called off.\n"
     "Earlier this month, the Mauritanian diplomat met President Abd Rabbo Mansour Hadi and Prime Minister "
     "Ahmad Obaid Bin Daghr together in Riyadh, where both backed his Hodeidah proposal.\n"
     "The Saudi-led Arab Coalition, which supports the legitimate government, condemned the attack. Abdul Malik "
     "Al Houthi, the militia leader, had accused the envoy of bias in a televised speech last week, and Houthi "
     "spokesman Mohammad Abdul Salam said the group would no longer deal with him.",
     [("MEMBER_OF", OCA, UN, "The convoy of the United Nations special envoy"),
      ] + met_group({OCA: "the Mauritanian diplomat met", HADI: "President Abd Rabbo Mansour Hadi",
                     BINDAGHER: "Ahmad Obaid Bin Daghr together"}, "2017-05") + [
      ("LEADS", HADI, YEMEN, "President Abd Rabbo Mansour Hadi and"),
      ("LEADS", BINDAGHER, YEMEN, "Prime Minister Ahmad Obaid"),
      ("LEADS", ABDULMALIK, HOUTHIS, "the militia leader, had accused"),
      ("MEMBER_OF", ABDULSALAM, HOUTHIS, "Houthi spokesman Mohammad Abdul Salam"),
      ],
     {"source": GULFNEWS, "published": "2017-05-23"}),

    ("arOL4_alimi_grundberg_saba_aden", "ar",
     "رئيس مجلس القيادة الرئاسي يستقبل المبعوث الأممي\n"
     "الرياض - سبأنت\n"
     "استقبل فخامة الرئيس الدكتور رشاد محمد العليمي، رئيس مجلس القيادة الرئاسي، اليوم، المبعوث الخاص للأمين "
     "العام للأمم المتحدة إلى اليمن هانس غروندبرغ، بحضور وزير الخارجية وشؤون المغتربين الدكتور أحمد عوض بن "
     "مبارك.\n"
     "وجرى خلال اللقاء بحث المستجدات على الساحة الوطنية، ومساعي إحياء الهدنة الأممية التي رفضت المليشيات "
     "الحوثية تمديدها مطلع أكتوبر الماضي.\n"
     "وأكد فخامة الرئيس أن الهجمات الإرهابية الحوثية على موانئ تصدير النفط في حضرموت وشبوة تمثل تهديداً "
     "لإمدادات الطاقة العالمية.\n"
     "من جانبه، أطلع المبعوث الأممي رئيس مجلس القيادة الرئاسي على نتائج زيارته الأخيرة إلى مسقط ولقاءاته مع "
     "المسؤولين العمانيين.\n"
     "وكان فخامة الرئيس قد أجرى في وقت سابق اتصالاً هاتفياً بنائبه اللواء عيدروس الزبيدي، اطلع خلاله على "
     "الأوضاع في العاصمة المؤقتة عدن.",
     [("MET_WITH", ALIMI, GRUNDBERG, "استقبل فخامة الرئيس الدكتور", "2022-11-08"),
      ("LEADS", ALIMI, PLC, "رئيس مجلس القيادة الرئاسي، اليوم"),
      ("MEMBER_OF", GRUNDBERG, UN, "العام للأمم المتحدة إلى اليمن هانس"),
      ("MET_WITH", BINMUBARAK, ALIMI, "بحضور وزير الخارجية وشؤون المغتربين", "2022-11-08"),
      ("MET_WITH", BINMUBARAK, GRUNDBERG, "الدكتور أحمد عوض بن", "2022-11-08"),
      ],
     {"source": SABA_ADEN, "published": "2022-11-08"}),

    ("enOL5_irloo_credentials_presstv", "en",
     "Iran's new envoy presents credentials to Yemen's Mashat in Sanaa\n"
     "Press TV, Sanaa - Sunday, 18 October 2020\n"
     "Iran's new ambassador to Yemen, Hassan Irloo, has presented his credentials to Mahdi al-Mashat, the "
     "president of Yemen's Supreme Political Council, in the capital Sanaa.\n"
     "Mashat received Irloo at the Republican Palace in the presence of Foreign Minister Hisham Sharaf Abdullah, "
     "and said the arrival of an Iranian ambassador was a \"slap\" to the Saudi-led aggression.\n"
     "The Iranian diplomat conveyed the greetings of the Islamic Republic's officials to Ansarullah leader Sayyed "
     "Abdul-Malik al-Houthi and the Yemeni nation.\n"
     "Mashat took office in April 2018 after his predecessor, Saleh al-Sammad, was assassinated in an airstrike "
     "by the Saudi-led coalition in the western province of Hudaydah.\n"
     "Washington, which has imposed sanctions on Irloo, describes him as an official of the IRGC's Quds Force.\n"
     "The ambassador's arrival came days after the largest prisoner swap of the war, in which Yemen's National "
     "Salvation Government and the Saudi-backed side exchanged more than 1,000 prisoners under the supervision "
     "of the International Committee of the Red Cross.",
     [("LEADS", MASHAT, SPC, "the president of Yemen's Supreme Political Council"),
      ("MET_WITH", MASHAT, IRLOO, "Mashat received Irloo", "2020-10-18"),
      ("MET_WITH", SHARAF, MASHAT, "in the presence of Foreign Minister Hisham", "2020-10-18"),
      ("MET_WITH", SHARAF, IRLOO, "Hisham Sharaf Abdullah", "2020-10-18"),
      ("LEADS", ABDULMALIK, HOUTHIS, "Ansarullah leader Sayyed"),
      ("SUCCESSOR_OF", MASHAT, SAMMAD, "after his predecessor, Saleh al-Sammad", "2018-04-25"),
      ("ASSASSINATED_BY", SAMMAD, COALITION, "was assassinated in an airstrike by the Saudi-led", "2018-04-19"),
      ],
     {"source": PRESSTV, "published": "2020-10-18"}),

    ("arOL6_maeen_government_anadolu", "ar",
     "اليمن.. حكومة معين عبدالملك تؤدي اليمين الدستورية في الرياض\n"
     "الرياض/ الأناضول\n"
     "أدت الحكومة اليمنية الجديدة برئاسة معين عبدالملك، السبت، اليمين الدستورية أمام الرئيس عبد ربه منصور هادي "
     "في العاصمة السعودية الرياض، بموجب اتفاق الرياض الموقع مع المجلس الانتقالي الجنوبي.\n"
     "وعقب المراسم، التقى هادي رئيس الحكومة والسفير السعودي لدى اليمن محمد آل جابر، بحسب وكالة الأنباء "
     "اليمنية الرسمية (سبأ).\n"
     "وتضم الحكومة 24 وزيراً مناصفة بين الشمال والجنوب، ويرأس عبدالملك الحكومة منذ أكتوبر/ تشرين الأول 2018، "
     "خلفاً لأحمد عبيد بن دغر.\n"
     "وتلقى عبدالملك اتصالاً هاتفياً من المبعوث الأممي مارتن غريفيث هنأه فيه بتشكيل الحكومة.\n"
     "ومن المقرر أن تعود الحكومة إلى العاصمة المؤقتة عدن الأسبوع المقبل لمباشرة مهامها.\n"
     "وفي أكتوبر الماضي، أشرفت اللجنة الدولية للصليب الأحمر على أكبر عملية تبادل للأسرى بين الحكومة "
     "والحوثيين منذ بدء الحرب، شملت أكثر من ألف أسير.",
     [("LEADS", MAEEN, YGOV, "الحكومة اليمنية الجديدة برئاسة معين"),
      ("LEADS", HADI, YEMEN, "أمام الرئيس عبد ربه"),
      ("MET_WITH", HADI, MAEEN, "التقى هادي رئيس الحكومة", "2020-12-26"),
      ("MET_WITH", HADI, ALJABER, "والسفير السعودي لدى اليمن", "2020-12-26"),
      ("SUCCESSOR_OF", MAEEN, BINDAGHER, "خلفاً لأحمد عبيد بن دغر", "2018-10-15"),
      ],
     {"source": ANADOLU, "published": "2020-12-26"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setOL")
