"""Blind set UX: Kuwait's invasion and the Gulf crisis' diplomacy, 1990-1991 (first folder of UX-UY): the
Jeddah meeting of Izzat Ibrahim and Sheikh Saad al-Abdullah (31 July 1990), the Emir Jaber al-Ahmad in exile
in Taif receiving James Baker (September 1990), the Iraqi-installed "Provisional Free Government" of Alaa
Hussein Ali and the governors of occupied Kuwait, King Fahd receiving Dick Cheney (August 1990), Baker's
meeting with Tariq Aziz in Geneva (9 January 1991) and Javier Perez de Cuellar in Baghdad (January 1991), as a
British wire writes it in English (Reuters-like: "JEDDAH, Aug 1 (Reuter) -"), Kuwait's state agency in exile in
Arabic (KUNA-like: "الطائف - كونا -"), Iraq's state agency in English (INA-like: "BAGHDAD, Nov 19 (INA) -"),
Saudi Arabia's state agency in Arabic (SPA-like: "جدة - واس -"), a US wire in English (AP-like: "GENEVA (AP) _")
and a Cairo daily in Arabic (Al-Ahram-like: "رسالة بغداد").
Pieces: Izzat Ibrahim and Saad al-Abdullah meet in Jeddah, the talks opened by Crown Prince Abdullah (English,
UX1); the Emir receives Baker with Saad and Sabah al-Ahmad present (Arabic, UX2); Numan replaces al-Majid as
governor, Saddam had received Alaa Hussein Ali (English, UX3); King Fahd receives Cheney with Sultan and
Bandar present, Cheney had met Saud al-Faisal (Arabic, UX4); Baker meets Aziz in Geneva (English, UX5); Perez
de Cuellar meets Saddam with Aziz present, had met King Hussein in Amman (Arabic, UX6).
Excluded on purpose (no relation): the second round planned for Baghdad, Mubarak's phone calls (UX1); Bush's
phone call to the Emir, the "martyrs" with no agent (UX2); the Kuwaiti government that "fled", the unnamed
officers (UX3); Bush's phone call to King Fahd (UX4); Bush's letter Aziz refused, Baker's visit to Baghdad
that will not happen, Saddam whom Baker did not see (UX5); Mubarak's message, the planned meeting with Bush
(UX6).
Judgement calls: "the talks ... opened in the presence of Crown Prince Abdullah" pairs him with both heads of
delegation (UX1, as SQ's "في حضور"); "بحضور" two attendees: paired with both principals and with each other
(UX2, UX4); "was named governor ... replacing" is a succession (UX3); "received at the Republican Palace" in a
past-perfect clause is a meeting (UX3); "six and a half hours of talks" of two named men is a meeting (UX5);
"كان قد التقى" is a meeting (UX4, UX6); a crown prince and prime minister LEADS Kuwait, the Emir LEADS Kuwait,
a king LEADS his country, Saddam "President" LEADS Iraq, the Secretary-General LEADS the UN.
Filled in for the exercise: the hour and place of the opening session, the wording of the statement (UX1); the
attendees and wording of the audience, the date of Bush's call (UX2); the date of Alaa Hussein Ali's
audience, the wording of the decree (UX3); the attendees of the audience, the meeting with Saud al-Faisal
(UX4); the wording of the officials' remarks (UX5); the attendees in Baghdad and Amman, Mubarak's message
(UX6).
Spellings: "Izzat Ibrahim", "Sheikh Saad al-Abdullah al-Sabah", "Crown Prince Abdullah" (UX1); «الشيخ جابر
الأحمد الجابر الصباح»، «جيمس بيكر»، «الشيخ سعد العبدالله السالم الصباح» (UX2); "Alaa Hussein Ali", "Aziz
Saleh al-Noman", "Ali Hasan al-Majeed" (UX3); «خادم الحرمين الشريفين»، «ريتشارد تشيني»، «الأمير بندر بن
سلطان» (UX4); "Tarik Aziz", "James A. Baker 3d" (UX5); «خافيير بيريز دي كويلار»، «الملك حسين» (UX6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_uy import ALL  # noqa: E402

HERE = Path(__file__).parent

KUWAIT, IRAQ, SAUDI, US = "country:kuwait", "country:iraq", "country:saudi-arabia", "country:united-states"
UN, PFG = "organization:united-nations", "organization:provisional-free-kuwait-government"
JABER, SAAD, SABAH, ALAA = (
    "person:jaber-al-ahmad-al-sabah", "person:saad-al-abdullah-al-sabah", "person:sabah-al-ahmad-al-jaber-al-sabah",
    "person:alaa-hussein-ali")
SADDAM, IZZAT, AZIZ, MAJID, NUMAN = (
    "person:saddam-hussein", "person:izzat-ibrahim-al-douri", "person:tariq-aziz", "person:ali-hassan-al-majid",
    "person:aziz-salih-al-numan")
FAHD, ABDULLAH, SULTAN, SAUD, BANDAR = (
    "person:fahd-bin-abdulaziz", "person:abdullah-bin-abdulaziz", "person:sultan-bin-abdulaziz",
    "person:saud-al-faisal", "person:bandar-bin-sultan")
BUSH, BAKER, CHENEY, CUELLAR, MUBARAK, HUSSEIN = (
    "person:george-h-w-bush", "person:james-baker", "person:dick-cheney", "person:javier-perez-de-cuellar",
    "person:hosni-mubarak", "person:hussein-bin-talal")

REUTERS = "blind set (British news wire, English, Reuters-like)"
KUNA = "blind set (Kuwait's state news agency in exile, Arabic, KUNA-like)"
INA = "blind set (Iraqi state news agency, English service, INA-like)"
SPA = "blind set (Saudi state news agency, Arabic, SPA-like)"
AP = "blind set (US news wire, English, AP-like)"
AHRAM = "blind set (Cairo daily, Arabic, Al-Ahram-like)"

ARTICLES = [
    ("enUX1_jeddah_talks_reuters", "en",
     "Iraq-Kuwait talks in Jeddah end without agreement\n"
     "JEDDAH, Aug 1 (Reuter) - Talks between Iraq and Kuwait on their border and oil dispute broke up in the "
     "Saudi Red Sea port of Jeddah early on Wednesday without any agreement, diplomats said.\n"
     "Iraq's delegation was led by Izzat Ibrahim, vice-chairman of the ruling Revolutionary Command Council, "
     "and Kuwait's by Crown Prince and Prime Minister Sheikh Saad al-Abdullah al-Sabah. The two men met for "
     "about two hours on Tuesday evening after a dinner, and a short closing session was held after midnight.\n"
     "The talks were opened in the presence of Saudi Crown Prince Abdullah, who then left the two delegations "
     "alone, a Saudi official said.\n"
     "Baghdad accuses Kuwait of stealing oil from the Rumaila field and of flooding the market to drive prices "
     "down. Kuwait denies the charges.\n"
     "A Kuwaiti source said a second round had been expected in Baghdad in the coming days, but no date was "
     "set. Egyptian President Hosni Mubarak, who helped arrange the meeting, telephoned both leaders on "
     "Tuesday, Cairo radio said.\n"
     "Some 100,000 Iraqi troops are reported massed on the border.",
     [("MET_WITH", IZZAT, SAAD, "The two men met for about two hours", "1990-07-31"),
      ("LEADS", SAAD, KUWAIT, "Crown Prince and Prime Minister Sheikh Saad"),
      ("MET_WITH", ABDULLAH, IZZAT, "in the presence of Saudi Crown Prince Abdullah", "1990-07-31"),
      ("MET_WITH", ABDULLAH, SAAD, "who then left the two delegations", "1990-07-31"),
      ("LEADS", MUBARAK, "country:egypt", "Egyptian President Hosni Mubarak"),
      ],
     {"source": REUTERS, "published": "1990-08-01"}),

    ("arUX2_emir_receives_baker_kuna", "ar",
     "سمو الأمير يستقبل وزير الخارجية الأمريكي في الطائف\n"
     "الطائف - كونا - استقبل حضرة صاحب السمو أمير البلاد الشيخ جابر الأحمد الجابر الصباح حفظه الله ورعاه "
     "في مقر إقامته بمدينة الطائف اليوم وزير الخارجية الأمريكي جيمس بيكر والوفد المرافق له، بحضور سمو ولي "
     "العهد رئيس مجلس الوزراء الشيخ سعد العبدالله السالم الصباح ونائب رئيس مجلس الوزراء وزير الخارجية الشيخ "
     "صباح الأحمد الجابر الصباح.\n"
     "وتم خلال المقابلة بحث تطورات الاحتلال العراقي الغاشم لدولة الكويت والجهود الدولية لتطبيق قرارات مجلس "
     "الأمن، وعبّر سموه عن تقدير الشعب الكويتي لموقف الولايات المتحدة.\n"
     "وأعلن بيكر بعد اللقاء أن الكويت ستسهم بمبلغ خمسة مليارات دولار في تكاليف حشد القوات.\n"
     "وكان سمو الأمير قد تلقى الأسبوع الماضي اتصالاً هاتفياً من الرئيس الأمريكي جورج بوش أكد فيه تصميم بلاده "
     "على عودة الشرعية.\n"
     "من جهة أخرى، نعت الحكومة الكويتية عدداً من أبناء الكويت الذين سقطوا شهداء في الأيام الماضية دفاعاً عن "
     "الوطن.",
     met_group({JABER: "الشيخ جابر الأحمد الجابر الصباح حفظه", BAKER: "وزير الخارجية الأمريكي جيمس بيكر",
                SAAD: "الشيخ سعد العبدالله السالم", SABAH: "الشيخ صباح الأحمد الجابر الصباح."}, "1990-09-07")
     + [("LEADS", JABER, KUWAIT, "أمير البلاد الشيخ"),
        ("LEADS", SAAD, KUWAIT, "العهد رئيس مجلس الوزراء الشيخ سعد"),
        ("LEADS", BUSH, US, "الرئيس الأمريكي جورج بوش"),
        ],
     {"source": KUNA, "published": "1990-09-07"}),

    ("enUX3_kuwait_governor_ina", "en",
     "Aziz Saleh al-Noman appointed governor of Kuwait province\n"
     "BAGHDAD, Nov 19 (INA) - President Saddam Hussein issued a Republican decree today appointing Aziz Saleh "
     "al-Noman, member of the Regional Command of the Arab Baath Socialist Party, governor of Kuwait province, "
     "the 19th governorate of Iraq.\n"
     "Al-Noman was named governor replacing Ali Hasan al-Majeed, who was assigned other duties, the decree said.\n"
     "Kuwait was declared part of Iraq in August after the short-lived Provisional Free Government, headed by "
     "Colonel Alaa Hussein Ali, asked to join the motherland. President Saddam Hussein had received Alaa "
     "Hussein Ali at the Republican Palace on August 7, and the Colonel was later named a deputy prime "
     "minister.\n"
     "The Kuwaiti government of the al-Sabah family, which fled to Saudi Arabia on August 2, has no authority, "
     "an official spokesman said. Several officers of the former Kuwaiti army had joined the new "
     "administration, he added.",
     [("LEADS", SADDAM, IRAQ, "President Saddam Hussein issued"),
      ("SUCCESSOR_OF", NUMAN, MAJID, "named governor replacing Ali Hasan al-Majeed", "1990-11-19"),
      ("LEADS", ALAA, PFG, "headed by Colonel Alaa Hussein Ali"),
      ("MET_WITH", SADDAM, ALAA, "President Saddam Hussein had received Alaa", "1990-08-07"),
      ("MEMBER_OF", NUMAN, "organization:baath-party", "member of the Regional Command"),
      ],
     {"source": INA, "published": "1990-11-19"}),

    ("arUX4_fahd_receives_cheney_spa", "ar",
     "خادم الحرمين الشريفين يستقبل وزير الدفاع الأمريكي\n"
     "جدة - واس - استقبل خادم الحرمين الشريفين الملك فهد بن عبد العزيز في قصره بجدة مساء اليوم وزير الدفاع "
     "الأمريكي ريتشارد تشيني والوفد المرافق له، بحضور صاحب السمو الملكي الأمير سلطان بن عبد العزيز النائب "
     "الثاني لرئيس مجلس الوزراء وزير الدفاع والطيران والمفتش العام، وصاحب السمو الملكي الأمير بندر بن سلطان "
     "سفير خادم الحرمين الشريفين لدى الولايات المتحدة.\n"
     "وجرى خلال الاستقبال استعراض الأوضاع الخطيرة في المنطقة إثر الاجتياح العراقي للكويت والحشود العراقية "
     "على حدود المملكة، والإجراءات اللازمة لحماية أراضيها.\n"
     "وكان الوزير الأمريكي قد التقى فور وصوله إلى جدة صاحب السمو الملكي الأمير سعود الفيصل وزير الخارجية.\n"
     "وكان الملك فهد قد تلقى اتصالاً هاتفياً من الرئيس الأمريكي جورج بوش تناول تطورات الأزمة.",
     met_group({FAHD: "الملك فهد بن عبد العزيز في قصره", CHENEY: "الأمريكي ريتشارد تشيني",
                SULTAN: "الأمير سلطان بن عبد العزيز", BANDAR: "الأمير بندر بن سلطان"}, "1990-08-06")
     + [("LEADS", FAHD, SAUDI, "خادم الحرمين الشريفين الملك فهد"),
        ("MET_WITH", CHENEY, SAUD, "قد التقى فور وصوله", "1990-08-06"),
        ("LEADS", BUSH, US, "من الرئيس الأمريكي جورج بوش"),
        ],
     {"source": SPA, "published": "1990-08-06"}),

    ("enUX5_baker_aziz_geneva_ap", "en",
     "Baker, Aziz talk for six hours; no sign of Iraqi pullout\n"
     "GENEVA (AP) _ Secretary of State James A. Baker 3d and Iraqi Foreign Minister Tarik Aziz held six and a "
     "half hours of talks Wednesday at the Hotel Intercontinental, but Baker said afterward he had heard "
     "\"nothing that suggested to me any Iraqi flexibility whatsoever.\"\n"
     "Aziz refused to accept a letter from President Bush to Saddam Hussein, saying its language was "
     "incompatible with communication between heads of state. He read it in the room and left it on the "
     "table.\n"
     "Baker said there were no plans for him to travel to Baghdad, and that he would not be meeting the Iraqi "
     "president before the United Nations deadline of Jan. 15.\n"
     "Aziz, for his part, told reporters that Iraq would attack Israel if it was attacked, and accused "
     "Washington of refusing a real dialogue.\n"
     "U.N. Secretary-General Javier Perez de Cuellar is expected to go to Baghdad in a last effort, diplomats "
     "said.",
     [("MET_WITH", BAKER, AZIZ, "held six and a half hours of talks", "1991-01-09"),
      ("LEADS", CUELLAR, UN, "U.N. Secretary-General Javier Perez de Cuellar"),
      ],
     {"source": AP, "published": "1991-01-09"}),

    ("arUX6_cuellar_in_baghdad_ahram", "ar",
     "بيريز دي كويلار يلتقي صدام حسين في بغداد ولا يحقق اختراقاً\n"
     "رسالة بغداد - من مندوب «الأهرام»:\n"
     "التقى السكرتير العام للأمم المتحدة خافيير بيريز دي كويلار أمس في بغداد الرئيس العراقي صدام حسين، بحضور "
     "وزير الخارجية طارق عزيز، في محاولة أخيرة لإقناع العراق بالانسحاب من الكويت قبل انتهاء المهلة التي حددها "
     "مجلس الأمن في 15 يناير.\n"
     "واستمر اللقاء قرابة ثلاث ساعات، وقال السكرتير العام لدى عودته إلى جنيف إنه لم يلمس أي تغيير في موقف "
     "بغداد، وغادر العاصمة العراقية مساء اليوم نفسه.\n"
     "وكان بيريز دي كويلار قد التقى الملك حسين في عمّان في طريقه إلى العاصمة العراقية، واستمع إلى تقييمه "
     "للموقف.\n"
     "وعلم مندوب «الأهرام» أن الرئيس حسني مبارك بعث برسالة إلى السكرتير العام قبل سفره، وأنه كان مقرراً أن "
     "يلتقي الرئيس الأمريكي جورج بوش فور عودته، ثم أُرجئ الموعد.",
     met_group({CUELLAR: "التقى السكرتير العام للأمم المتحدة", SADDAM: "الرئيس العراقي صدام حسين، بحضور",
                AZIZ: "وزير الخارجية طارق عزيز"}, "1991-01-13")
     + [("LEADS", CUELLAR, UN, "السكرتير العام للأمم المتحدة خافيير"),
        ("LEADS", SADDAM, IRAQ, "الرئيس العراقي صدام"),
        ("MET_WITH", CUELLAR, HUSSEIN, "قد التقى الملك حسين في عمّان", "1991-01-12"),
        ],
     {"source": AHRAM, "published": "1991-01-14"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setUX")
