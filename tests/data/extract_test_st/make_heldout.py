"""Blind set ST: Iraq February 2021 - October 2022 (second folder of SS-ST): Abdul-Ghani al-Asadi named acting
governor of Dhi Qar after the Nasiriyah protests (February 2021), the killing of Ihab al-Wazni in Karbala and
the arrest of Qasem Muslih (May-June 2021), al-Kadhimi's announcement of the arrest of Hisham al-Hashimi's
killer (July 2021), Halbousi re-elected speaker with Sadrist votes and Sadr's alliance with Halbousi and
Khanjar (January 2022), the Green Zone clashes after Sadr's withdrawal from politics (August 2022), and the
handover from al-Kadhimi to Mohammed Shia al-Sudani (October 2022), as a Kurdish regional site writes it in
English (Rudaw-like: "ERBIL, Kurdistan Region —"), an Iraqi TV channel's website in Arabic (Alsumaria-like:
"السومرية نيوز/ بغداد"), a Gulf daily in English (The National-like: "Mr Al Kadhimi"), Iraq's state agency in
Arabic (INA-like: "بغداد – واع"), a French wire in English (AFP-like: "BAGHDAD (AFP) -") and an Iraqi news
site in Arabic (Shafaq News-like: "شفق نيوز/").
Pieces: Asadi named acting governor of Dhi Qar in place of Waeli; Halbousi meets Qubad Talabani (English,
ST1); the Green Zone clashes (no agent); Kadhimi's national dialogue with Salih, Halbousi and Amiri (Arabic,
ST2); Wazni shot dead (no agent); Muslih arrested and released; Kadhimi meets Fayyadh (English, ST3); Owaid
confesses to killing Hashimi; Kadhimi receives Hennis-Plasschaert (Arabic, ST4); Halbousi re-elected,
Zamili replaces Kaabi; Sadr receives Halbousi and Khanjar (English, ST5); Sudani takes over from Kadhimi and
meets him; Rashid elected to succeed Salih (Arabic, ST6).
Excluded on purpose (no relation): the protesters killed in Nasiriyah (no agent), the Pope's planned visit to
Sistani (ST1); the dead of the clashes (no agent), the PMF's denial, the Sadrists' boycott of the dialogue,
Haeri's call to follow Khamenei (ST2); Wazni's mother's accusation, Fahim al-Taie killed by gunmen (no
agent), Muslih only arrested "in connection with" the killing and released, the cancelled meeting with
Fatah leaders (ST3); the "outlaw group" not named, the accusation against Kataib Hezbollah and its denial,
the Basra "death squad" (ST4); Sadr's refusal to meet Maliki, the Framework's boycott (ST5); the planned
meeting with the US ambassador, the Sadrists' refusal (ST6).
Judgement calls: "appointed ... as acting governor ..., replacing" a governor who resigned is a succession
(ST1); a national dialogue "chaired by" Kadhimi "with the participation of" three named leaders: the four
present paired, as "بحضور" in SQ4 (ST2); "arrested ... in connection with the killing" gives no
ASSASSINATED_BY (ST3); the confession aired by state TV and announced by the prime minister gives victim ->
the confessed killer (as SQ6), his ministry a MEMBER_OF (ST4); "replacing fellow Sadrist" is a succession in
the deputy speaker's post (ST5); "تسلّم مهامه من سلفه" is a succession and the closed meeting before the
handover a meeting; "انتخب ... رئيساً للجمهورية خلفاً لـ" is a succession (ST6); a prime minister LEADS
the country, the Speaker the parliament, a party or alliance leader the party.
Filled in for the exercise: the days of the appointment and of the resignation, the Halbousi-Talabani
meeting (ST1); the number of dead at the time of writing, the PMF's denial (ST2); Kadhimi's meeting with
Fayyadh and the cancelled meeting (ST3); the day of Hennis-Plasschaert's visit (ST4); the date of the Hanana
meeting (ST5); the closed meeting and the planned meeting with the ambassador (ST6).
Spellings: "Abdul Ghani al-Asadi", "Nadhim al-Waeli", "Qubad Talabani" (ST1); «مقتدى الصدر»، «كاظم
الحائري»، «برهم صالح» (ST2); "Ihab Al Wazni", "Qassem Muslih", "Mr Al Kadhimi", "Faleh Al Fayyadh" (ST3);
«أحمد حمداوي عويد الكناني»، «هشام الهاشمي»، «جينين هينيس بلاسخارت» (ST4); "Moqtada Sadr", "Hakim al-Zamili",
"Khamis al-Khanjar", "Nuri al-Maliki" (ST5); «محمد شياع السوداني»، «عبد اللطيف جمال رشيد» (ST6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_st import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAQ, IRAN = "country:iraq", "country:iran"
PARL, PMF, NSS, SADRISTS, FATAH, AZM, KDP, UNAMI, INTERIOR, SOL = (
    "organization:iraqi-parliament", "organization:popular-mobilization-forces",
    "organization:iraqi-national-security-service", "organization:sadrist-movement",
    "organization:fatah-alliance", "organization:azm-alliance", "organization:kurdistan-democratic-party",
    "organization:unami", "organization:iraqi-interior-ministry", "organization:state-of-law-coalition")
KADHIMI, SUDANI, SALIH, RASHID, HALBOUSI, ZAMILI, KAABI, SHAKHAWAN, MALIKI, AMIRI, KHANJAR, SADR = (
    "person:mustafa-al-kadhimi", "person:mohammed-shia-al-sudani", "person:barham-salih",
    "person:abdul-latif-rashid", "person:mohammed-al-halbousi", "person:hakim-al-zamili",
    "person:hassan-al-kaabi", "person:shakhawan-abdullah", "person:nouri-al-maliki", "person:hadi-al-amiri",
    "person:khamis-al-khanjar", "person:muqtada-al-sadr")
HAERI, KHAMENEI, FAYYADH, ASADI, WAELI, MUSLIH, QUBAD, MASOUD, PLASSCHAERT = (
    "person:kadhim-al-haeri", "person:ali-khamenei", "person:falih-al-fayyadh", "person:abdul-ghani-al-asadi",
    "person:nadhim-al-waeli", "person:qasem-muslih", "person:qubad-talabani", "person:masoud-barzani",
    "person:jeanine-hennis-plasschaert")
HASHIMI, OWAID, WAZNI = "person:hisham-al-hashimi", "person:ahmed-hamdawi-owaid", "person:ihab-al-wazni"

RUDAW = "blind set (Kurdish regional news site, English, Rudaw-like)"
SUMARIA = "blind set (Iraqi TV channel website, Arabic, Alsumaria-like)"
NATIONAL = "blind set (Gulf daily, English, The National-like)"
INA = "blind set (Iraqi state news agency, Arabic, INA-like)"
AFP = "blind set (French news wire, English, AFP-like)"
SHAFAQ = "blind set (Iraqi news site, Arabic, Shafaq News-like)"

ARTICLES = [
    ("enST1_asadi_acting_dhi_qar_governor_rudaw", "en",
     "Kadhimi names security chief acting Dhi Qar governor after deadly Nasiriyah protests\n"
     "ERBIL, Kurdistan Region — Iraqi Prime Minister Mustafa al-Kadhimi on Saturday appointed the head of the "
     "National Security Service, Abdul Ghani al-Asadi, as acting governor of Dhi Qar province, replacing "
     "Nadhim al-Waeli, who resigned on Friday after days of deadly unrest in the provincial capital Nasiriyah.\n"
     "At least five protesters were killed and more than 170 wounded in clashes with security forces near the "
     "governorate building this week, according to the province's health directorate. Demonstrators had "
     "demanded Waeli's removal, accusing his administration of corruption.\n"
     "Asadi, a former commander in the Counter-Terrorism Service, will also head a crisis cell sent to the "
     "province to investigate the killings, the premier's office said in a statement.\n"
     "The unrest comes a week before Pope Francis is due to visit the ancient city of Ur, in the south of the "
     "province, and to meet Grand Ayatollah Ali al-Sistani in Najaf.\n"
     "In Baghdad on Sunday, parliament speaker Mohammed al-Halbousi met a Kurdistan Region delegation led by "
     "Deputy Prime Minister Qubad Talabani to discuss the Kurdish share of the 2021 federal budget, a "
     "statement from the speaker's office said.",
     [("LEADS", KADHIMI, IRAQ, "Iraqi Prime Minister Mustafa al-Kadhimi on"),
      ("LEADS", ASADI, NSS, "the head of the National"),
      ("SUCCESSOR_OF", ASADI, WAELI, "replacing Nadhim", "2021-02-27"),
      ("LEADS", HALBOUSI, PARL, "parliament speaker Mohammed al-Halbousi met"),
      ("MET_WITH", HALBOUSI, QUBAD, "Deputy Prime Minister Qubad Talabani", "2021-02-28"),
      ],
     {"source": RUDAW, "published": "2021-02-28"}),

    ("arST2_green_zone_clashes_sumaria", "ar",
     "قتلى وجرحى باشتباكات في المنطقة الخضراء بعد إعلان الصدر اعتزاله العمل السياسي\n"
     "السومرية نيوز/ بغداد\n"
     "أعلنت مصادر طبية، مساء الاثنين، ارتفاع حصيلة المواجهات المسلحة في المنطقة الخضراء وسط بغداد إلى 23 قتيلاً "
     "ونحو 380 جريحاً، بعد ساعات من اقتحام أنصار زعيم التيار الصدري مقتدى الصدر القصر الجمهوري إثر إعلانه "
     "\"الاعتزال النهائي\" للعمل السياسي.\n"
     "وجاء إعلان الصدر بعد يوم من إعلان المرجع الديني كاظم الحائري اعتزاله المرجعية لأسباب صحية، ودعوته "
     "مقلديه إلى اتباع المرشد الإيراني علي خامنئي.\n"
     "وشهدت المنطقة الخضراء تبادلاً كثيفاً لإطلاق النار استُخدمت فيه قذائف الهاون والأسلحة المتوسطة، ولم "
     "تُعرف الجهة التي أطلقت النار على المتظاهرين، فيما نفت هيئة الحشد الشعبي مشاركة قواتها في الاشتباكات.\n"
     "وأعلن رئيس الوزراء مصطفى الكاظمي تعليق جلسات مجلس الوزراء حتى إشعار آخر، فيما فرضت قيادة العمليات "
     "المشتركة حظراً شاملاً للتجوال في بغداد والمحافظات.\n"
     "وكان الكاظمي قد ترأس في السابع عشر من آب الجاري جلسة للحوار الوطني في القصر الحكومي بمشاركة رئيس "
     "الجمهورية برهم صالح ورئيس مجلس النواب محمد الحلبوسي ورئيس تحالف الفتح هادي العامري وقادة القوى "
     "السياسية، فيما قاطعها التيار الصدري.",
     [("LEADS", SADR, SADRISTS, "زعيم التيار الصدري مقتدى"),
      ("LEADS", KHAMENEI, IRAN, "المرشد الإيراني علي خامنئي"),
      ("LEADS", KADHIMI, IRAQ, "رئيس الوزراء مصطفى الكاظمي تعليق"),
      ("LEADS", SALIH, IRAQ, "الجمهورية برهم صالح"),
      ("LEADS", HALBOUSI, PARL, "رئيس مجلس النواب محمد الحلبوسي"),
      ("LEADS", AMIRI, FATAH, "رئيس تحالف الفتح هادي"),
      ]
     + met_group({KADHIMI: "وكان الكاظمي قد ترأس", SALIH: "بمشاركة رئيس", HALBOUSI: "ورئيس مجلس النواب محمد",
                  AMIRI: "ورئيس تحالف الفتح هادي العامري"}, "2022-08-17"),
     {"source": SUMARIA, "published": "2022-08-29"}),

    ("enST3_wazni_killed_muslih_released_national", "en",
     "Karbala protest leader Ihab Al Wazni shot dead outside his home\n"
     "Ihab Al Wazni, one of the best-known figures of the protest movement in the Shiite holy city of Karbala, "
     "was shot dead outside his home early on Sunday by gunmen on a motorcycle, police said.\n"
     "Security camera footage circulated online showed two men approaching his car and opening fire with "
     "silenced pistols. Mr Al Wazni had survived an earlier attempt on his life in December 2019, the night "
     "his friend and fellow activist Fahim Al Taie was killed by gunmen in the city.\n"
     "His mother accused \"the militias\" of killing her son. No group claimed responsibility, and angry "
     "demonstrators set fire to trailers outside the Iranian consulate in Karbala the same night.\n"
     "On May 26, security forces arrested Qassem Muslih, the Popular Mobilisation Forces' commander in Anbar "
     "province, in connection with the killing, prompting armed PMF members to surround the Green Zone. Mr "
     "Muslih denied any involvement and was released on June 9 after a court found insufficient evidence.\n"
     "During the standoff, Prime Minister Mustafa Al Kadhimi met PMF chairman Faleh Al Fayyadh at the "
     "government palace to defuse the crisis, an official in the prime minister's office told The National. "
     "A meeting with leaders of the Fatah alliance planned for the following day was called off.",
     [("MEMBER_OF", MUSLIH, PMF, "the Popular Mobilisation Forces' commander in Anbar"),
      ("LEADS", KADHIMI, IRAQ, "Prime Minister Mustafa Al Kadhimi met"),
      ("MET_WITH", KADHIMI, FAYYADH, "met PMF chairman Faleh", "2021-05-26"),
      ("LEADS", FAYYADH, PMF, "PMF chairman Faleh Al Fayyadh"),
      ],
     {"source": NATIONAL, "published": "2021-06-10"}),
]

ARTICLES += [
    ("arST4_hashimi_killer_confession_ina", "ar",
     "الكاظمي يعلن القبض على قاتل الخبير الأمني هشام الهاشمي\n"
     "بغداد – واع\n"
     "أعلن رئيس مجلس الوزراء مصطفى الكاظمي، مساء الجمعة، إلقاء القبض على قتلة الخبير الأمني والباحث هشام "
     "الهاشمي، بعد عام على اغتياله أمام منزله في منطقة زيونة شرقي بغداد.\n"
     "وقال الكاظمي في تدوينة: \"وعدنا بالقبض على قتلة الهاشمي وأوفينا بالوعد\".\n"
     "وبثّت قناة العراقية اعترافات المتهم أحمد حمداوي عويد الكناني، وهو ضابط برتبة ملازم أول في وزارة "
     "الداخلية، أقرّ فيها بأنه أطلق النار على الهاشمي من مسدس حكومي، مضيفاً أنه ينتمي إلى \"مجموعة خارجة عن "
     "القانون\" من دون أن يسمّيها.\n"
     "وكان مقربون من الهاشمي قد اتهموا كتائب حزب الله بالوقوف وراء اغتياله، وهو ما نفته الكتائب في حينه.\n"
     "وتأتي العملية بعد أشهر من إعلان السلطات في شباط الماضي تفكيك \"فرقة موت\" في البصرة متورطة في اغتيال "
     "ناشطين وصحفيين.\n"
     "وفي شأن آخر، استقبل رئيس مجلس الوزراء، السبت، رئيسة بعثة الأمم المتحدة لمساعدة العراق (يونامي) جينين "
     "هينيس بلاسخارت، وجرى بحث الاستعدادات لإجراء الانتخابات المبكرة المقررة في العاشر من تشرين الأول المقبل.",
     [("LEADS", KADHIMI, IRAQ, "أعلن رئيس مجلس الوزراء مصطفى"),
      ("ASSASSINATED_BY", HASHIMI, OWAID, "أقرّ فيها بأنه أطلق النار", "2020-07-06"),
      ("MEMBER_OF", OWAID, INTERIOR, "ضابط برتبة ملازم أول"),
      ("MET_WITH", KADHIMI, PLASSCHAERT, "استقبل رئيس مجلس الوزراء، السبت", "2021-07-17"),
      ("LEADS", PLASSCHAERT, UNAMI, "رئيسة بعثة الأمم المتحدة"),
      ],
     {"source": INA, "published": "2021-07-17"}),

    ("enST5_halbousi_reelected_sadr_alliance_afp", "en",
     "Iraq parliament re-elects Halbousi speaker as Sadr flexes muscle\n"
     "BAGHDAD (AFP) - Iraq's new parliament on Sunday re-elected Sunni politician Mohammed al-Halbousi as its "
     "speaker, in a chaotic first session that gave Shiite cleric Moqtada Sadr, whose movement won the "
     "largest number of seats in October's election, a first victory.\n"
     "Halbousi won 200 votes. Hakim al-Zamili, a senior figure in the Sadrist movement, was elected first "
     "deputy speaker, replacing fellow Sadrist Hassan al-Kaabi, while Shakhawan Abdullah of the Kurdistan "
     "Democratic Party became second deputy.\n"
     "The session was briefly suspended after a scuffle, and the acting chair, 73-year-old Mahmoud "
     "al-Mashhadani, was taken to hospital. The Coordination Framework, an alliance of pro-Iran Shiite "
     "factions including Hadi al-Ameri's Fatah, boycotted the vote, saying it too was the largest bloc.\n"
     "Sadr had received Halbousi and Khamis al-Khanjar, leader of the Azm alliance, at his home in Hanana "
     "in Najaf last week, sealing a partnership that also includes KDP leader Masoud Barzani.\n"
     "Sadr has so far refused to meet former prime minister Nuri al-Maliki, head of the State of Law "
     "coalition, whom he has repeatedly said he will not accept in a \"national majority\" government.",
     [("LEADS", HALBOUSI, PARL, "re-elected Sunni politician Mohammed al-Halbousi as its"),
      ("LEADS", SADR, SADRISTS, "whose movement won the"),
      ("MEMBER_OF", ZAMILI, SADRISTS, "a senior figure in the Sadrist movement"),
      ("SUCCESSOR_OF", ZAMILI, KAABI, "replacing fellow Sadrist", "2022-01-09"),
      ("MEMBER_OF", KAABI, SADRISTS, "fellow Sadrist Hassan al-Kaabi"),
      ("MEMBER_OF", SHAKHAWAN, KDP, "Shakhawan Abdullah of the Kurdistan"),
      ("LEADS", AMIRI, FATAH, "Hadi al-Ameri's Fatah"),
      ("LEADS", KHANJAR, AZM, "leader of the Azm alliance"),
      ("LEADS", MASOUD, KDP, "KDP leader Masoud Barzani"),
      ("LEADS", MALIKI, SOL, "head of the State of Law"),
      ]
     + met_group({SADR: "Sadr had received Halbousi", HALBOUSI: "received Halbousi and Khamis",
                  KHANJAR: "Khamis al-Khanjar, leader"}),
     {"source": AFP, "published": "2022-01-09"}),

    ("arST6_sudani_takes_over_shafaq", "ar",
     "السوداني يتسلّم مهامه من الكاظمي في القصر الحكومي\n"
     "شفق نيوز/ تسلّم رئيس مجلس الوزراء محمد شياع السوداني، اليوم الجمعة، مهامه رسمياً من سلفه مصطفى "
     "الكاظمي، خلال مراسم تسليم وتسلّم جرت في القصر الحكومي ببغداد، غداة نيل حكومته ثقة مجلس النواب.\n"
     "وعقد السوداني والكاظمي قبيل المراسم لقاءً مغلقاً استمر نحو نصف ساعة، تناول الملفات الأمنية والمالية "
     "العالقة، بحسب مصدر حكومي.\n"
     "وكان البرلمان قد صوّت مساء الخميس، في جلسة ترأسها رئيس المجلس محمد الحلبوسي، على منح الثقة لحكومة "
     "السوداني بعد التصويت على 21 وزيراً، فيما أُرجئ التصويت على وزارتي الإعمار والبيئة.\n"
     "وانتخب مجلس النواب في الثالث عشر من تشرين الأول الجاري عبد اللطيف جمال رشيد رئيساً للجمهورية خلفاً "
     "لبرهم صالح، وكلّف رشيد السوداني بتشكيل الحكومة بعد دقائق من أدائه اليمين.\n"
     "ولم يشارك التيار الصدري في الحكومة الجديدة، بعد أن أعلن \"وزير القائد\" صالح محمد العراقي رفض التيار "
     "أي مشاركة في حكومة \"ائتلافية تبعية\".\n"
     "ومن المقرر أن يلتقي السوداني، الأحد المقبل، السفيرة الأميركية لدى بغداد ألينا رومانوسكي، في أول لقاء له "
     "مع دبلوماسي أجنبي منذ توليه المنصب.",
     [("LEADS", SUDANI, IRAQ, "تسلّم رئيس مجلس الوزراء محمد شياع"),
      ("SUCCESSOR_OF", SUDANI, KADHIMI, "مهامه رسمياً من سلفه", "2022-10-28"),
      ("MET_WITH", SUDANI, KADHIMI, "وعقد السوداني والكاظمي", "2022-10-28"),
      ("LEADS", HALBOUSI, PARL, "ترأسها رئيس المجلس محمد الحلبوسي"),
      ("SUCCESSOR_OF", RASHID, SALIH, "رئيساً للجمهورية خلفاً", "2022-10-13"),
      ("LEADS", RASHID, IRAQ, "عبد اللطيف جمال رشيد رئيساً"),
      ],
     {"source": SHAFAQ, "published": "2022-10-28"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setST")
