"""Blind set PR: the Yemen war 2015-2024 (second folder of PQ-PR): the Saudi and Omani delegations' talks with
the Houthis in Sanaa (9 April 2023), the Houthi delegation's visit to Riyadh and its meeting with Khalid bin
Salman (September 2023), the appointment of Ismail Ould Cheikh Ahmed to replace Jamal Benomar (April 2015),
the killing of Ali Abdullah Saleh by the Houthis seen from Riyadh (December 2017), Martin Griffiths received
by Mahdi al-Mashat in Sanaa (June 2018), and Oman's foreign minister receiving Hans Grundberg and Mohammed
Abdulsalam in Muscat (2023), as a US wire writes it in English (AP-like: "SANAA, Yemen (AP) -"), the Houthi TV
site in Arabic (Al-Masirah-like: "الوفد الوطني المفاوض", "الأستاذ محمد عبدالسلام"), a UN press release in
English (SG/A-like: "Secretary-General Appoints ..."), a Saudi-owned daily in Arabic (Asharq Al-Awsat-like:
"الرياض: «الشرق الأوسط»", "الميليشيات الحوثية"), the Houthi-run Saba's English service (saba.ye-like: "the
US-Saudi aggression", "President al-Mashat") and Oman's state agency in Arabic (ONA-like: "مسقط في ...
/العُمانية/", "معالي السيد").
Pieces: al-Mashat receives Al-Jaber with Abdul Salam present; al-Mashat took over from his predecessor
al-Sammad (English, PR1); Khalid bin Salman meets the Houthi delegation headed by Abdulsalam, with al-Ajri, in
the presence of Al Jaber (Arabic, PR2); Ould Cheikh Ahmed succeeds Benomar; Ban Ki-moon met him (English,
PR3); the Houthis kill Saleh; Hadi receives Ali Mohsen and bin Daghr (Arabic, PR4); al-Mashat receives
Griffiths with Hisham Sharaf attending; al-Sammad "assassinated" by the coalition, al-Mashat his successor
(English, PR5); Albusaidi receives Grundberg with al-Harthy attending, then Abdulsalam; Grundberg succeeded
Griffiths (Arabic, PR6).
Excluded on purpose (no relation): al-Sammad "killed in an airstrike" (no agent in this piece), Grundberg's
talks with unnamed Omani officials, the Saudi-Iranian agreement, the prisoner release (PR1); the unnamed
Omani delegation, Abdul-Malik al-Houthi's speech, the Saudi foreign ministry's welcome, no date for a next
round (PR2); the consultations planned with Hadi in Riyadh, Benomar's talks "with all parties" (unnamed)
(PR3); al-Zouka "also killed" (no agent), Ahmed Ali Saleh who "could" lead the party (PR4); the planned
meeting with Abdul-Malik al-Houthi, the accusation against Hadi's government (PR5); the phone call from
Faisal bin Farhan (PR6).
Judgement calls: "received ... according to ... Saba", "the two men shaking hands" is a meeting (PR1); "was
also present" is an attendee, paired with both principals (PR1, as PQ5); the members of a delegation
"headed by" Abdulsalam named as taking part are paired with the host; the attendee «بحضور» is paired with
both principals but not with the other member of the delegation (PR2); "Ould Cheikh Ahmed succeeds Jamal
Benomar" is a succession (PR3); "قتلت ميليشيات الحوثي" gives Saleh -> organization:houthis (PR4); "استقبل ...
نائبه ... ورئيس الوزراء" received together is a meeting of three (PR4); "the US-Saudi aggression which
assassinated ... al-Sammad" gives al-Sammad -> organization:saudi-led-coalition (the Houthi name of the
coalition, as PQ2) (PR5); "خلفاً لمارتن غريفيث" is a succession (PR6); a foreign minister LEADS his ministry
when it has an id (Oman's, Saudi Arabia's); the undersecretary is MEMBER_OF it.
Filled in for the exercise: the photos and the Saudi official's wording (PR1); al-Ajri's membership and Al
Jaber's presence, the five days (PR2); the Secretary-General's meeting with Ould Cheikh Ahmed (PR3); Hadi's
meeting with Ali Mohsen and bin Daghr, the Abu Dhabi detail (PR4); the date and Hisham Sharaf's presence, the
planned meeting (PR5); the date, al-Harthy's presence, Abdulsalam's meeting, the call (PR6).
Spellings: "Mohammed Al-Jaber", "Mohammed Abdul Salam", "al-Mashat" (PR1); «محمد عبدالسلام», «خالد بن سلمان»,
«محمد آل جابر» (PR2); "Ismail Ould Cheikh Ahmed", "Jamal Benomar", "Abd Rabbuh Mansour Hadi" (PR3); «علي عبد
الله صالح», «عبد ربه منصور هادي», «أحمد عبيد بن دغر» (PR4); "Mahdi al-Mashat", "martyr President Saleh Ali
al-Sammad", "Abdulmalik Badruldeen al-Houthi" (PR5); «هانس جروندبيرج», «بدر بن حمد البوسعيدي», «مارتن
جريفيث» (PR6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_pr import ALL  # noqa: E402

HERE = Path(__file__).parent

YEMEN = "country:yemen"
HOUTHIS, SPC, COALITION, GPC, UN, OMFM, SAUFM = (
    "organization:houthis", "organization:houthi-supreme-political-council", "organization:saudi-led-coalition",
    "organization:general-peoples-congress", "organization:united-nations", "organization:omani-foreign-ministry",
    "organization:saudi-foreign-ministry")
SALEH, ZOUKA, HADI, MOHSEN, BINDAGHR = (
    "person:ali-abdullah-saleh", "person:aref-al-zouka", "person:abdrabbuh-mansur-hadi",
    "person:ali-mohsen-al-ahmar", "person:ahmed-obeid-bin-daghr")
ABDULMALIK, SAMMAD, MASHAT, ABDULSALAM, AJRI, SHARAF = (
    "person:abdul-malik-al-houthi", "person:saleh-al-sammad", "person:mahdi-al-mashat",
    "person:mohammed-abdulsalam", "person:abdulmalik-al-ajri", "person:hisham-sharaf")
OCA, BENOMAR, BAN, GRIFFITHS, GRUNDBERG = (
    "person:ismail-ould-cheikh-ahmed", "person:jamal-benomar", "person:ban-ki-moon", "person:martin-griffiths",
    "person:hans-grundberg")
KBS, JABER, FAISAL, MALIKI, BUSAIDI, HARTHY = (
    "person:khalid-bin-salman", "person:mohammed-al-jaber", "person:faisal-bin-farhan", "person:turki-al-maliki",
    "person:badr-albusaidi", "person:khalifa-al-harthy")

AP = "blind set (US news wire, English, AP-like)"
MASIRAH = "blind set (Houthi TV news site, Arabic, Al-Masirah-like)"
UNPR = "blind set (UN press release, English, SG/A-like)"
AAWSAT = "blind set (Saudi-owned pan-Arab daily, Arabic, Asharq Al-Awsat-like)"
SABA_HOUTHI = "blind set (Houthi-run news agency, English service, saba.ye-like)"
ONA = "blind set (Oman News Agency, Arabic, ONA-like)"

ARTICLES = [
    ("enPR1_saudi_omani_sanaa_ap", "en",
     "Saudi, Omani envoys hold talks with Houthi rebels in Yemen's capital\n"
     "SANAA, Yemen (AP) - Saudi and Omani envoys met with Houthi rebel officials in Yemen's capital on Sunday, "
     "in the most public sign yet of easing tensions between the kingdom and the Iranian-backed rebels after "
     "eight years of war.\n"
     "Mahdi al-Mashat, head of the rebels' Supreme Political Council, received Mohammed Al-Jaber, the Saudi "
     "ambassador to Yemen, according to the Houthi-run Saba news agency. Photos released by the rebels showed "
     "the two men shaking hands at the Republican Palace.\n"
     "Mohammed Abdul Salam, the rebels' chief negotiator and spokesman, who had flown in with the Omani "
     "delegation from Muscat, was also present.\n"
     "Al-Mashat took over the council in 2018 after his predecessor, Saleh al-Sammad, was killed in an "
     "airstrike in the port city of Hodeidah.\n"
     "A Saudi official said the visit aimed to \"stabilize the truce\" that has largely held since April last "
     "year. The talks come weeks after Saudi Arabia and Iran agreed to restore diplomatic ties in a deal "
     "brokered by China.\n"
     "Hans Grundberg, the U.N. special envoy for Yemen, who was in Muscat last week for talks with Omani "
     "officials, welcomed the meetings.\n"
     "Separately, a Saudi prisoner was freed in exchange for 13 Houthi detainees, the rebels said.",
     [("LEADS", MASHAT, SPC, "head of the rebels' Supreme Political Council"),
      ("MET_WITH", MASHAT, JABER, "received Mohammed Al-Jaber, the Saudi", "2023-04-09"),
      ("MET_WITH", ABDULSALAM, MASHAT, "was also present", "2023-04-09"),
      ("MET_WITH", ABDULSALAM, JABER, "Mohammed Abdul Salam, the rebels' chief negotiator", "2023-04-09"),
      ("MEMBER_OF", ABDULSALAM, HOUTHIS, "the rebels' chief negotiator and spokesman"),
      ("SUCCESSOR_OF", MASHAT, SAMMAD, "after his predecessor, Saleh al-Sammad", "2018-04-23"),
      ],
     {"source": AP, "published": "2023-04-09"}),

    ("arPR2_houthi_delegation_riyadh_masirah", "ar",
     "الوفد الوطني يعود إلى صنعاء بعد زيارة الرياض برفقة الوفد العماني\n"
     "المسيرة نت | صنعاء\n"
     "عاد الوفد الوطني المفاوض برئاسة الأستاذ محمد عبدالسلام، مساء اليوم الثلاثاء، إلى العاصمة صنعاء قادماً "
     "من الرياض، بعد زيارة استمرت خمسة أيام برفقة الوفد العماني الوسيط.\n"
     "وكان وزير الدفاع السعودي خالد بن سلمان قد التقى، أمس الاثنين في الرياض، رئيس الوفد الوطني وعضو الوفد "
     "عبدالملك العجري، بحضور سفير المملكة لدى اليمن محمد آل جابر.\n"
     "وقال عبدالسلام في تصريح لقناة المسيرة إن الوفد بحث مع المسؤولين السعوديين \"خيارات وبدائل\" لتجاوز "
     "العقبات، وفي مقدمتها صرف المرتبات وفتح المطار والموانئ، مشيراً إلى أن النقاشات ستُستكمل.\n"
     "ورحبت وزارة الخارجية السعودية في بيان بـ\"النتائج الإيجابية\" للنقاشات، دون أن تحدد موعداً لجولة "
     "قادمة.\n"
     "وكان قائد الثورة السيد عبدالملك بدرالدين الحوثي قد أكد في خطاب الخميس الماضي أن \"صنعاء لن تقبل "
     "بمعادلة اللاحرب واللاسلم\".",
     [("MET_WITH", KBS, ABDULSALAM, "قد التقى، أمس الاثنين في الرياض، رئيس الوفد الوطني", "2023-09-18"),
      ("MET_WITH", KBS, AJRI, "وعضو الوفد عبدالملك العجري", "2023-09-18"),
      ("MET_WITH", JABER, KBS, "بحضور سفير المملكة لدى اليمن", "2023-09-18"),
      ("MET_WITH", JABER, ABDULSALAM, "لدى اليمن محمد آل جابر", "2023-09-18"),
      ],
     {"source": MASIRAH, "published": "2023-09-19"}),

    ("enPR3_ould_cheikh_ahmed_appointed_unpr", "en",
     "Secretary-General Appoints Ismail Ould Cheikh Ahmed of Mauritania Special Envoy for Yemen\n"
     "NEW YORK, 25 April 2015 - United Nations Secretary-General Ban Ki-moon today announced the appointment of "
     "Ismail Ould Cheikh Ahmed of Mauritania as his Special Envoy for Yemen.\n"
     "Mr. Ould Cheikh Ahmed succeeds Jamal Benomar of Morocco, to whom the Secretary-General is grateful for his "
     "tireless efforts over four years to help the parties reach a peaceful settlement, including his talks "
     "with all Yemeni parties in Sana'a until last month.\n"
     "Mr. Ould Cheikh Ahmed brings to the position more than 28 years of experience with the United Nations. "
     "He most recently served as Special Representative and Head of the UN Mission for Ebola Emergency "
     "Response, and earlier as Deputy Special Representative in Libya.\n"
     "The Secretary-General met with the new Special Envoy at Headquarters on Friday to discuss the "
     "deteriorating humanitarian situation and the urgent need for a return to negotiations.\n"
     "The Special Envoy is expected to travel to the region next week, where he will hold consultations with "
     "President Abd Rabbuh Mansour Hadi in Riyadh and with other Yemeni stakeholders.",
     [("LEADS", BAN, UN, "Secretary-General Ban Ki-moon today"),
      ("SUCCESSOR_OF", OCA, BENOMAR, "Mr. Ould Cheikh Ahmed succeeds Jamal Benomar", "2015-04-25"),
      ("MET_WITH", BAN, OCA, "The Secretary-General met with the new Special Envoy", "2015-04-24"),
      ("LEADS", HADI, YEMEN, "President Abd Rabbuh Mansour Hadi in Riyadh"),
      ],
     {"source": UNPR, "published": "2015-04-25"}),

    ("arPR4_saleh_killed_aawsat", "ar",
     "الحوثيون يقتلون صالح... وهادي يدعو اليمنيين إلى الانتفاض\n"
     "الرياض: «الشرق الأوسط»\n"
     "قتلت الميليشيات الحوثية، أمس، الرئيس اليمني السابق علي عبد الله صالح، بعد أيام من المواجهات في صنعاء إثر "
     "إعلانه فض الشراكة معها ودعوته إلى فتح صفحة جديدة مع دول الجوار.\n"
     "وأكدت مصادر في حزب المؤتمر الشعبي العام مقتل صالح، كما قُتل الأمين العام للحزب عارف الزوكا.\n"
     "وفي أول رد فعل، دعا الرئيس عبد ربه منصور هادي، في كلمة متلفزة من الرياض، أبناء الشعب اليمني إلى "
     "الانتفاض في وجه الميليشيات.\n"
     "واستقبل الرئيس هادي في مقر إقامته بالرياض نائبه الفريق علي محسن الأحمر ورئيس الوزراء الدكتور أحمد عبيد بن "
     "دغر، وبحث معهما تطورات الأوضاع في العاصمة.\n"
     "من جهته، قال المتحدث باسم تحالف دعم الشرعية العقيد الركن تركي المالكي إن قوات التحالف \"ستواصل دعم "
     "اليمنيين في صنعاء\".\n"
     "وأشارت مصادر في المؤتمر إلى أن نجل الرئيس الراحل، أحمد علي عبد الله صالح، المقيم في أبوظبي، قد يتولى "
     "قيادة الحزب خلال المرحلة المقبلة.",
     [("ASSASSINATED_BY", SALEH, HOUTHIS, "قتلت الميليشيات الحوثية، أمس", "2017-12-04"),
      ("MEMBER_OF", ZOUKA, GPC, "الأمين العام للحزب عارف الزوكا"),
      ("LEADS", HADI, YEMEN, "دعا الرئيس عبد ربه منصور هادي"),
      ] + met_group({HADI: "واستقبل الرئيس هادي في مقر", MOHSEN: "نائبه الفريق علي محسن الأحمر",
                     BINDAGHR: "ورئيس الوزراء الدكتور أحمد"}, "2017-12-04") + [
      ("MEMBER_OF", MALIKI, COALITION, "المتحدث باسم تحالف دعم الشرعية"),
      ],
     {"source": AAWSAT, "published": "2017-12-05"}),

    ("enPR5_mashat_griffiths_sabahouthi", "en",
     "President al-Mashat receives UN envoy\n"
     "SANAA, June 16 (Saba) - President of the Supreme Political Council Mahdi al-Mashat received on Saturday the "
     "UN Special Envoy to Yemen Martin Griffiths and his accompanying delegation.\n"
     "During the meeting, attended by Foreign Minister Hisham Sharaf, the President stressed that the "
     "aggression's escalation on the West Coast and the siege of Hodeidah port threaten any chance of peace.\n"
     "He pointed out that the US-Saudi aggression, which assassinated the martyr President Saleh Ali al-Sammad "
     "in Hodeidah, bears full responsibility for the humanitarian catastrophe.\n"
     "Al-Mashat, who succeeded the martyr al-Sammad in April, said Sanaa was ready to deal positively with any "
     "initiative that stops the aggression and lifts the siege.\n"
     "For his part, the UN envoy affirmed his keenness to reach a solution that spares Hodeidah and its port "
     "the consequences of the fighting.\n"
     "The envoy is scheduled to meet Leader of the Revolution Sayyed Abdulmalik Badruldeen al-Houthi before "
     "leaving Sanaa, a source said. The mercenaries' government in Riyadh has been accused of obstructing the "
     "envoy's efforts.",
     [("LEADS", MASHAT, SPC, "President of the Supreme Political Council Mahdi"),
      ("MET_WITH", MASHAT, GRIFFITHS, "received on Saturday the", "2018-06-16"),
      ("MET_WITH", SHARAF, MASHAT, "During the meeting, attended by", "2018-06-16"),
      ("MET_WITH", SHARAF, GRIFFITHS, "Foreign Minister Hisham Sharaf", "2018-06-16"),
      ("ASSASSINATED_BY", SAMMAD, COALITION, "the US-Saudi aggression, which assassinated", "2018-04-19"),
      ("SUCCESSOR_OF", MASHAT, SAMMAD, "who succeeded the martyr al-Sammad", "2018-04-23"),
      ],
     {"source": SABA_HOUTHI, "published": "2018-06-16"}),

    ("arPR6_busaidi_grundberg_ona", "ar",
     "وزير الخارجية يستقبل المبعوث الأممي الخاص إلى اليمن\n"
     "مسقط في 27 فبراير /العُمانية/ استقبل معالي السيد بدر بن حمد البوسعيدي وزير الخارجية اليوم المبعوث "
     "الخاص للأمين العام للأمم المتحدة إلى اليمن هانس جروندبيرج، الذي تسلم مهامه في أغسطس 2021 خلفاً لمارتن "
     "جريفيث.\n"
     "وجرى خلال المقابلة استعراض الجهود المبذولة لتثبيت الهدنة وتمديدها، والمساعي الرامية إلى التوصل إلى "
     "تسوية سياسية شاملة تحقق الأمن والاستقرار لليمن الشقيق.\n"
     "حضر المقابلة سعادة الشيخ خليفة بن علي الحارثي وكيل وزارة الخارجية للشؤون الدبلوماسية.\n"
     "كما استقبل معاليه في وقت لاحق اليوم محمد عبدالسلام رئيس وفد صنعاء المفاوض، وتم خلال اللقاء بحث "
     "مستجدات الأوضاع في اليمن وسبل دعم مسار السلام.\n"
     "وكان معاليه قد تلقى اتصالاً هاتفياً من صاحب السمو الأمير فيصل بن فرحان آل سعود وزير الخارجية بالمملكة "
     "العربية السعودية، جرى خلاله بحث العلاقات الثنائية والملف اليمني.",
     [("LEADS", BUSAIDI, OMFM, "البوسعيدي وزير الخارجية اليوم"),
      ("MET_WITH", BUSAIDI, GRUNDBERG, "استقبل معالي السيد بدر بن حمد", "2023-02-27"),
      ("SUCCESSOR_OF", GRUNDBERG, GRIFFITHS, "خلفاً لمارتن", "2021-08-06"),
      ("MET_WITH", HARTHY, BUSAIDI, "حضر المقابلة سعادة الشيخ", "2023-02-27"),
      ("MET_WITH", HARTHY, GRUNDBERG, "خليفة بن علي الحارثي", "2023-02-27"),
      ("MEMBER_OF", HARTHY, OMFM, "وكيل وزارة الخارجية للشؤون الدبلوماسية"),
      ("MET_WITH", BUSAIDI, ABDULSALAM, "كما استقبل معاليه في وقت لاحق", "2023-02-27"),
      ("LEADS", FAISAL, SAUFM, "وزير الخارجية بالمملكة"),
      ],
     {"source": ONA, "published": "2023-02-27"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setPR")
