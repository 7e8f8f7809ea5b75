"""Blind set OK: Yemen 2015-2024 (first folder of OK-OL): the Saudi-led coalition's air strike that killed
Saleh al-Sammad and the naming of Mahdi al-Mashat (April 2018), the Saudi and Omani delegations in Sanaa
(April 2023), the Houthis' killing of Ali Abdullah Saleh (December 2017), Hadi's transfer of power to the
Presidential Leadership Council of Rashad al-Alimi (April 2022), the succession of prime ministers from
Bahah to Ahmed bin Mubarak (2016-2024) and Omani mediation with the UN envoy Hans Grundberg (2023), as a
news wire writes it in English (Reuters-like: "DUBAI, April 23 (Reuters) -"), the Houthi-run state agency in
Arabic (Saba Sanaa-like: "فخامة الأخ المشير الركن", "العدوان"), a Qatari TV site in English (Al Jazeera-
like: standfirst, "officials from both sides said"), a Saudi daily in Arabic (Asharq Al-Awsat-like:
"الرياض: «الشرق الأوسط»"), a Yemen think-tank brief in English (Sanaa Center-like: "The Yemen Review") and
Oman's state agency in Arabic (ONA-like: "مسقط في ... /العُمانية/", "معالي السيد", "حضر المقابلة").
Pieces: the coalition kills Sammad, Mashat named to replace him, Sammad had met Griffiths (English, OK1);
Mashat receives the Saudi delegation headed by Al Jaber and the Omani delegation with Abdulsalam present
(Arabic, OK2); the Houthis kill Saleh, who had handed power to Hadi (English, OK3); Hadi hands his powers to
the council chaired by Alimi, Mohammed bin Salman receives Alimi with Khalid bin Salman present (Arabic, OK4);
bin Mubarak replaces Maeen Abdulmalik, who had replaced bin Dagher, who had taken over from Bahah; Ali
Mohsen named deputy in Bahah's place (English, OK5); Albusaidi receives Grundberg with al-Harthi present,
Grundberg had met Abdulsalam in Muscat (Arabic, OK6).
Excluded on purpose (no relation): Abdulmalik al-Houthi's accusation against the US and Saudi Arabia,
Griffiths's expected return (OK1); the unnamed Omani delegation (no person, no body id), the planned
prisoner swap, the delegation's planned further meetings (OK2); al-Zouka, who "also died in the fighting"
(no agent), Hadi's contact with Ahmed Ali Saleh (OK3); the unnamed "members of the council" received with
Alimi, Ali Mohsen's dismissal (no successor in the post), Grundberg's welcome (OK4); the postponed meeting
of Abdulmalik with Al Jaber, bin Mubarak's abduction by the Houthis in 2015 (not a killing) (OK5); bin
Mubarak's phone call to Albusaidi (OK6).
Judgement calls: "killed in an air strike by the Saudi-led coalition" gives Sammad -> the coalition (OK1);
"named ... to replace Sammad at the head of the council" is a succession (OK1); the attendee «بحضور» is
paired with the host and with the head of the guest delegation (OK2, OK4, OK6), the guest delegation's
unnamed members are not; "handing power to his deputy" is Hadi's succession of Saleh (OK3); "نقل كامل
صلاحياته إلى مجلس قيادة رئاسي يرأسه" is Alimi's succession of Hadi (OK4); "brought in by ... Hadi, who
dismissed ... bin Dagher" is Abdulmalik's succession of bin Dagher (OK5); "removed Bahah as both vice
president and prime minister and named Ali Mohsen al-Ahmar as his deputy" is Ali Mohsen's succession of
Bahah as vice president (OK5); a prime minister LEADS the country (as NK); an envoy of the UN
Secretary-General is MEMBER_OF the UN; a council member is MEMBER_OF the council.
Filled in for the exercise: Sammad's meeting with Griffiths in March 2018 and the expected return, the
number of companions killed, Abdulmalik al-Houthi naming Mashat (OK1); Abdulsalam's presence, the wording
of the statement, the planned meetings (OK2); the GPC source, the contact with Ahmed Ali (OK3); Khalid bin
Salman's presence at the Yamama Palace meeting (OK4); the postponed Al Jaber meeting and the "failure"
quote (OK5); the date (28 May 2023), al-Harthi's presence, Grundberg's Muscat meeting with Abdulsalam the day
before, bin Mubarak's call (OK6).
Spellings: "Abd-Rabbu Mansour Hadi", "Abdul-Malik al-Houthi" (OK1); "المشير الركن مهدي المشاط", "محمد
عبدالسلام", "آل جابر" (OK2); "Abd-Rabbu Mansour Hadi", "Aref al-Zouka" (OK3); "عبد ربه منصور هادي", "الدكتور
رشاد العليمي", "العميد طارق صالح" (OK4); "Abd Rabbuh Mansour Hadi", "bin Dagher", "Abdulmalik" (OK5); "السيد بدر
بن حمد البوسعيدي", "هانس جروندبرج" (OK6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_ol import ALL  # noqa: E402

HERE = Path(__file__).parent

YEMEN = "country:yemen"
HOUTHIS, COALITION, SPC, YGOV, PLC, GPC, UN, OMFM = (
    "organization:houthis", "organization:saudi-led-coalition", "organization:houthi-supreme-political-council",
    "organization:yemeni-government", "organization:presidential-leadership-council",
    "organization:general-peoples-congress", "organization:united-nations", "organization:omani-foreign-ministry")
ABDULMALIK, SAMMAD, MASHAT, ABDULSALAM = (
    "person:abdul-malik-al-houthi", "person:saleh-al-sammad", "person:mahdi-al-mashat", "person:mohammed-abdulsalam")
SALEH, ZOUKA, TAREQ = "person:ali-abdullah-saleh", "person:aref-al-zouka", "person:tareq-saleh"
HADI, ALIMI, ALIMOHSEN, ZUBAIDI = (
    "person:abdrabbuh-mansur-hadi", "person:rashad-al-alimi", "person:ali-mohsen-al-ahmar",
    "person:aidarous-al-zubaidi")
BAHAH, BINDAGHER, MAEEN, BINMUBARAK = (
    "person:khaled-bahah", "person:ahmed-obeid-bin-dagher", "person:maeen-abdulmalik", "person:ahmed-awad-bin-mubarak")
MBS, KBS, ALJABER, BUSAIDI, HARTHI = (
    "person:mohammed-bin-salman", "person:khalid-bin-salman", "person:mohammed-al-jaber", "person:badr-albusaidi",
    "person:khalifa-al-harthi")
GRIFFITHS, GRUNDBERG = "person:martin-griffiths", "person:hans-grundberg"

REUTERS = "blind set (international news wire, English, Reuters-like)"
SABA_SANAA = "blind set (Houthi-run Yemeni state agency, Arabic, Saba Sanaa-like)"
ALJAZEERA = "blind set (Qatari TV news site, English, Al Jazeera-like)"
ASHARQ = "blind set (Saudi pan-Arab daily, Arabic, Asharq Al-Awsat-like)"
SANAA_CENTER = "blind set (Yemen think-tank brief, English, Sanaa Center-like)"
ONA = "blind set (Omani state news agency, Arabic, ONA-like)"

ARTICLES = [
    ("enOK1_sammad_killed_reuters", "en",
     "Houthi political chief killed in coalition air strike, successor named\n"
     "DUBAI, April 23 (Reuters) - Saleh al-Sammad, the president of the Houthis' Supreme Political Council and "
     "the group's most senior official after its leader, was killed in an air strike by the Saudi-led coalition "
     "in Hodeidah province last week, the Iran-aligned movement said on Monday.\n"
     "The strike on Thursday hit Sammad's car and also killed six of his companions, the Houthi-run Al-Masirah "
     "television said. The coalition, which has been fighting the Houthis since March 2015 to restore the "
     "government of President Abd-Rabbu Mansour Hadi, had said it targeted \"a senior Houthi leader\".\n"
     "Abdul-Malik al-Houthi, the group's leader, said in a televised speech that the United States and Saudi "
     "Arabia bore responsibility for the \"crime\" and named Mahdi al-Mashat, a close aide, to replace Sammad at "
     "the head of the council.\n"
     "Sammad had met the United Nations special envoy, Martin Griffiths, in Sanaa last month during the British "
     "diplomat's first visit to the Houthi-held capital, and Griffiths had been expected to return for further "
     "talks in May.\n"
     "Officials of Hadi's government in Riyadh said the killing would not derail the envoy's efforts.",
     [("ASSASSINATED_BY", SAMMAD, COALITION, "was killed in an air strike by the Saudi-led coalition", "2018-04-19"),
      ("LEADS", SAMMAD, SPC, "the president of the Houthis' Supreme Political Council"),
      ("LEADS", HADI, YEMEN, "government of President Abd-Rabbu Mansour Hadi"),
      ("LEADS", ABDULMALIK, HOUTHIS, "the group's leader, said in a televised speech"),
      ("SUCCESSOR_OF", MASHAT, SAMMAD, "to replace Sammad at", "2018-04-23"),
      ("MET_WITH", SAMMAD, GRIFFITHS, "Sammad had met the United Nations special envoy", "2018-03"),
      ("MEMBER_OF", GRIFFITHS, UN, "the United Nations special envoy, Martin Griffiths"),
      ],
     {"source": REUTERS, "published": "2018-04-23"}),

    ("arOK2_mashat_saudi_delegation_saba", "ar",
     "الرئيس المشاط يستقبل الوفدين السعودي والعماني\n"
     "صنعاء - سبأ\n"
     "استقبل فخامة الأخ المشير الركن مهدي المشاط رئيس المجلس السياسي الأعلى، اليوم الأحد بالعاصمة صنعاء، "
     "الوفد السعودي برئاسة السفير محمد آل جابر، والوفد العماني الذي يزور صنعاء في إطار جهود الوساطة، وذلك "
     "بحضور رئيس الوفد الوطني المفاوض محمد عبدالسلام.\n"
     "وخلال اللقاء أكد الرئيس المشاط موقف صنعاء الثابت في انتزاع الحقوق المشروعة للشعب اليمني، وفي مقدمتها "
     "صرف مرتبات موظفي الدولة ورفع الحصار ووقف العدوان وخروج القوات الأجنبية من كافة الأراضي اليمنية.\n"
     "من جانبه، أبدى الوفدان حرصهما على الوصول إلى سلام شامل ومشرف يلبي تطلعات اليمنيين.\n"
     "وكان الوفدان قد وصلا مساء أمس إلى مطار صنعاء الدولي على متن طائرة عمانية.\n"
     "وفي سياق متصل، أعلنت اللجنة الدولية للصليب الأحمر أن عملية تبادل الأسرى المتفق عليها بين الطرفين "
     "ستنطلق الخميس المقبل وتشمل قرابة 900 أسير.\n"
     "ومن المقرر أن يلتقي الوفد السعودي خلال الأيام المقبلة عدداً من المسؤولين في صنعاء لاستكمال النقاشات.",
     [("LEADS", MASHAT, SPC, "رئيس المجلس السياسي الأعلى، اليوم"),
      ("MET_WITH", MASHAT, ALJABER, "الوفد السعودي برئاسة السفير", "2023-04-09"),
      ("MET_WITH", ABDULSALAM, MASHAT, "بحضور رئيس الوفد الوطني المفاوض", "2023-04-09"),
      ("MET_WITH", ABDULSALAM, ALJABER, "الوطني المفاوض محمد عبدالسلام", "2023-04-09"),
      ],
     {"source": SABA_SANAA, "published": "2023-04-09"}),

    ("enOK3_saleh_killed_aljazeera", "en",
     "Yemen's former president Ali Abdullah Saleh killed\n"
     "Houthi fighters kill Saleh days after he broke with the rebel group and offered to talk to the Saudi-led "
     "coalition.\n"
     "Yemen's former President Ali Abdullah Saleh has been killed by Houthi fighters, days after he switched "
     "sides in the country's civil war, officials from both sides said.\n"
     "The Houthi-run interior ministry announced \"the end of the crisis of the treason militia\", while a senior "
     "official of Saleh's General People's Congress (GPC) party confirmed his death to Al Jazeera.\n"
     "Video footage circulating on social media appeared to show Saleh's body being carried in a blanket on the "
     "back of a pick-up truck south of the capital, Sanaa.\n"
     "Saleh, who ruled Yemen for more than three decades before being forced out in 2012 and handing power to "
     "his deputy, Abd-Rabbu Mansour Hadi, had on Saturday said he was ready to \"turn a new page\" with the "
     "coalition if it stopped its attacks.\n"
     "Aref al-Zouka, the GPC's secretary-general, also died in the fighting, party sources said.\n"
     "In a televised speech, Houthi leader Abdul-Malik al-Houthi hailed \"the fall of the conspiracy\". President "
     "Hadi, speaking from Riyadh, called on Yemenis to rise up against the Houthis; his office said it had been "
     "in contact with Saleh's son Ahmed Ali, who lives in the United Arab Emirates.",
     [("ASSASSINATED_BY", SALEH, HOUTHIS, "has been killed by Houthi fighters", "2017-12-04"),
      ("LEADS", SALEH, GPC, "Saleh's General People's Congress (GPC) party"),
      ("SUCCESSOR_OF", HADI, SALEH, "handing power to his deputy", "2012-02-25"),
      ("MEMBER_OF", ZOUKA, GPC, "the GPC's secretary-general"),
      ("LEADS", ABDULMALIK, HOUTHIS, "Houthi leader Abdul-Malik al-Houthi"),
      ],
     {"source": ALJAZEERA, "published": "2017-12-04"}),

    ("arOK4_hadi_hands_power_asharq", "ar",
     "هادي ينقل صلاحياته إلى مجلس قيادة رئاسي برئاسة العليمي\n"
     "الرياض: «الشرق الأوسط»\n"
     "أعلن الرئيس اليمني عبد ربه منصور هادي، فجر الخميس، نقل كامل صلاحياته إلى مجلس قيادة رئاسي يرأسه "
     "الدكتور رشاد العليمي، مستشار الرئيس ووزير الداخلية الأسبق، ويضم سبعة أعضاء بينهم رئيس المجلس الانتقالي "
     "الجنوبي عيدروس الزبيدي وقائد المقاومة الوطنية العميد طارق صالح.\n"
     "وقضى الإعلان الرئاسي بإعفاء نائب الرئيس الفريق علي محسن الأحمر من منصبه، وتكليف المجلس إدارة الدولة "
     "سياسياً وعسكرياً وأمنياً طوال المرحلة الانتقالية والتفاوض مع الحوثيين لوقف إطلاق النار.\n"
     "وفي وقت لاحق، استقبل ولي العهد السعودي الأمير محمد بن سلمان، في قصر اليمامة بالرياض، رئيس مجلس القيادة "
     "الرئاسي وأعضاء المجلس، بحضور الأمير خالد بن سلمان نائب وزير الدفاع، وأكد دعم المملكة للمجلس.\n"
     "من جهته، رحّب المبعوث الأممي هانس غروندبرغ بالإعلان، معرباً عن أمله في أن يسهم في تثبيت الهدنة.\n"
     "وأعلنت المملكة والإمارات دعماً اقتصادياً بثلاثة مليارات دولار.",
     [("LEADS", HADI, YEMEN, "أعلن الرئيس اليمني عبد ربه"),
      ("SUCCESSOR_OF", ALIMI, HADI, "نقل كامل صلاحياته إلى مجلس قيادة رئاسي يرأسه", "2022-04-07"),
      ("LEADS", ALIMI, PLC, "يرأسه الدكتور رشاد العليمي"),
      ("MEMBER_OF", ZUBAIDI, PLC, "بينهم رئيس المجلس الانتقالي"),
      ("MEMBER_OF", TAREQ, PLC, "وقائد المقاومة الوطنية العميد"),
      ("MET_WITH", MBS, ALIMI, "استقبل ولي العهد السعودي", "2022-04-07"),
      ("MET_WITH", KBS, MBS, "بحضور الأمير خالد بن سلمان", "2022-04-07"),
      ("MET_WITH", KBS, ALIMI, "خالد بن سلمان نائب وزير الدفاع", "2022-04-07"),
      ],
     {"source": ASHARQ, "published": "2022-04-08"}),

    ("enOK5_premiers_sanaa_center", "en",
     "Yemen's revolving premiership: from Bahah to bin Mubarak\n"
     "The Yemen Review | Analysis, February 2024\n"
     "On February 5, the Presidential Leadership Council named Foreign Minister Ahmed Awad bin Mubarak as prime "
     "minister, replacing Maeen Abdulmalik, who had headed the government since October 2018 and was appointed "
     "an adviser to the council's chairman, Rashad al-Alimi.\n"
     "Abdulmalik himself had been brought in by then-President Abd Rabbuh Mansour Hadi, who dismissed Ahmed "
     "Obeid bin Dagher in October 2018 over what the presidency called the government's \"failure\" to halt the "
     "collapse of the rial. Bin Dagher had taken over from Khaled Bahah in April 2016, when Hadi removed Bahah as "
     "both vice president and prime minister and named Ali Mohsen al-Ahmar as his deputy.\n"
     "Bin Mubarak, a former ambassador to Washington who was abducted by the Houthis in January 2015 while "
     "serving as Hadi's chief of staff, inherits a government without revenue from oil exports. Abdulmalik had "
     "been due to meet Saudi Ambassador Mohammed Al Jaber in Riyadh before the handover, but the meeting was "
     "postponed.",
     [("SUCCESSOR_OF", BINMUBARAK, MAEEN, "replacing Maeen Abdulmalik", "2024-02-05"),
      ("LEADS", ALIMI, PLC, "the council's chairman, Rashad al-Alimi"),
      ("SUCCESSOR_OF", MAEEN, BINDAGHER, "who dismissed Ahmed Obeid bin Dagher", "2018-10-15"),
      ("LEADS", HADI, YEMEN, "then-President Abd Rabbuh Mansour Hadi"),
      ("SUCCESSOR_OF", BINDAGHER, BAHAH, "Bin Dagher had taken over from Khaled Bahah", "2016-04-03"),
      ("SUCCESSOR_OF", ALIMOHSEN, BAHAH, "named Ali Mohsen al-Ahmar as his deputy", "2016-04-03"),
      ],
     {"source": SANAA_CENTER, "published": "2024-02-12"}),

    ("arOK6_busaidi_grundberg_ona", "ar",
     "وزير الخارجية يستقبل المبعوث الأممي الخاص إلى اليمن\n"
     "مسقط في 28 مايو /العُمانية/ استقبل معالي السيد بدر بن حمد البوسعيدي وزير الخارجية اليوم المبعوث الخاص "
     "للأمين العام للأمم المتحدة إلى اليمن هانس جروندبرج والوفد المرافق له.\n"
     "وجرى خلال المقابلة استعراض مستجدات الأوضاع في الجمهورية اليمنية والجهود المبذولة لتمديد الهدنة وإطلاق "
     "عملية سياسية شاملة، إلى جانب الملف الإنساني وتبادل الأسرى.\n"
     "وأكد معاليه دعم سلطنة عُمان لجهود الأمم المتحدة الرامية إلى تحقيق السلام في اليمن.\n"
     "حضر المقابلة سعادة الشيخ خليفة بن علي الحارثي وكيل وزارة الخارجية للشؤون الدبلوماسية.\n"
     "وكان المبعوث الأممي قد التقى في مسقط أمس رئيس وفد أنصار الله محمد عبدالسلام، بحسب بيان صادر عن مكتبه.\n"
     "وفي سياق آخر، تلقى معالي السيد وزير الخارجية اتصالاً هاتفياً من معالي الدكتور أحمد عوض بن مبارك وزير "
     "الخارجية وشؤون المغتربين في الجمهورية اليمنية، جرى خلاله بحث العلاقات الثنائية.",
     [("LEADS", BUSAIDI, OMFM, "البوسعيدي وزير الخارجية اليوم"),
      ("MET_WITH", BUSAIDI, GRUNDBERG, "استقبل معالي السيد بدر", "2023-05-28"),
      ("MEMBER_OF", GRUNDBERG, UN, "للأمين العام للأمم المتحدة إلى اليمن هانس"),
      ("MET_WITH", HARTHI, BUSAIDI, "حضر المقابلة سعادة الشيخ", "2023-05-28"),
      ("MET_WITH", HARTHI, GRUNDBERG, "خليفة بن علي الحارثي وكيل", "2023-05-28"),
      ("MEMBER_OF", HARTHI, OMFM, "الحارثي وكيل وزارة الخارجية"),
      ("MET_WITH", GRUNDBERG, ABDULSALAM, "قد التقى في مسقط أمس", "2023-05-27"),
      ("MEMBER_OF", ABDULSALAM, HOUTHIS, "رئيس وفد أنصار الله"),
      ],
     {"source": ONA, "published": "2023-05-28"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setOK")
