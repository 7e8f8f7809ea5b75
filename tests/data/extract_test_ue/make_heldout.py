"""Blind set UE: Bahrain and Yemen 2011 (first folder of UE-UF): the Peninsula Shield force's entry into
Bahrain and Jeffrey Feltman's talks in Manama (March 2011), the Bassiouni commission's report received by King
Hamad (November 2011), the bombing of the mosque of the presidential compound in Sanaa (June 2011), Jamal
Benomar's talks with Vice President Hadi, John Brennan's visit to Ali Abdullah Saleh in Riyadh (July 2011),
and the change at the head of Bahrain's National Security Agency, as a British wire writes it in English
(Reuters-like: "MANAMA, March 15 (Reuters) -"), Bahrain's state agency in Arabic (BNA-like: "المنامة في ...
/بنا/"), a Qatari TV channel's website in English (Al Jazeera English-like), Yemen's state agency in Arabic
(Saba-like: "صنعاء - سبأ"), a US wire in English (AP-like: "RIYADH, Saudi Arabia (AP) -") and a Manama
daily in Arabic (Al-Wasat-like: "الوسط - محرر الشئون المحلية").
Pieces: Peninsula Shield troops enter Bahrain; Feltman met the crown prince, then Ali Salman (English, UE1);
the king receives Bassiouni with the prime minister and the crown prince present (Arabic, UE2); Saleh wounded
in the mosque bombing, Abdulghani among the wounded (no agent); Feierstein met Hadi (English, UE3); Hadi
receives Benomar with al-Qirbi present (Arabic, UE4); Brennan met Saleh at the hospital in Riyadh (English,
UE5); Fadhel named to head the National Security Agency in place of Sheikh Khalifa bin Abdullah; Ali Salman
met Bassiouni (Arabic, UE6).
Excluded on purpose (no relation): Obama's phone calls to King Hamad and King Abdullah, Al-Wefaq's refusal of
talks under troops (UE1); Al-Wefaq which did not attend the ceremony (UE2); the government's accusation of
the Ahmar family, Sadiq al-Ahmar's denial (UE3); Saleh's phone call to Hadi, the planned visit of Benomar to
Riyadh (UE4); Saleh's planned return, Brennan's "hoped" further talks (UE5); the planned meeting between Al-Wefaq
and the crown prince that did not take place (UE6).
Judgement calls: "held talks with Al-Wefaq's leader" in person is a meeting (UE1); "بحضور" two attendees:
paired with both principals and with each other (UE2); "was named ... replacing" is a succession (UE6); a
prime minister LEADS the country; a king LEADS the country; a secretary-general LEADS his society; Bassiouni
"رئيس اللجنة" LEADS the commission.
Filled in for the exercise: the exact days and hours of Feltman's meetings (UE1); the wording of the BNA
formula and the attendees (UE2); the wording of the accusation and of the denial, the day of Feierstein's
meeting (UE3); the date of Benomar's talks, al-Qirbi's presence (UE4); the length of Brennan's meeting (UE5);
the date of Ali Salman's meeting with Bassiouni, the planned meeting (UE6).
Spellings: "Sheikh Salman bin Hamad al-Khalifa", "Sheikh Ali Salman", "Jeffrey Feltman" (UE1); «جلالة الملك
حمد بن عيسى آل خليفة»، «البروفيسور محمود شريف بسيوني» (UE2); "Ali Abdullah Saleh", "Abd-Rabbu Mansour Hadi",
"Abdul-Aziz Abdul-Ghani" (UE3); «عبدربه منصور هادي»، «جمال بن عمر» (UE4); "John O. Brennan" (UE5); «الشيخ علي
سلمان»، «عادل بن خليفة الفاضل» (UE6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_uf import ALL  # noqa: E402

HERE = Path(__file__).parent

BAHRAIN, YEMEN, SAUDI, US = "country:bahrain", "country:yemen", "country:saudi-arabia", "country:united-states"
WEFAQ, SHIELD, NSA, BICI = (
    "organization:al-wefaq", "organization:peninsula-shield-force", "organization:bahrain-national-security-agency",
    "organization:bahrain-independent-commission-of-inquiry")
HAMAD, CPRINCE, KHALIFA_PM, ALI_SALMAN, KHALIFA_NSA, FADHEL, BASSIOUNI = (
    "person:hamad-bin-isa-al-khalifa", "person:salman-bin-hamad-al-khalifa", "person:khalifa-bin-salman-al-khalifa",
    "person:ali-salman", "person:khalifa-bin-abdullah-al-khalifa", "person:adel-fadhel", "person:cherif-bassiouni")
SALEH, HADI, MUJAWAR, ABDULGHANI, SADIQ, QIRBI = (
    "person:ali-abdullah-saleh", "person:abdrabbuh-mansur-hadi", "person:ali-mohammed-mujawar",
    "person:abdulaziz-abdulghani", "person:sadiq-al-ahmar", "person:abu-bakr-al-qirbi")
BENOMAR, FELTMAN, BRENNAN, FEIERSTEIN, OBAMA, ABDULLAH = (
    "person:jamal-benomar", "person:jeffrey-feltman", "person:john-brennan", "person:gerald-feierstein",
    "person:barack-obama", "person:abdullah-bin-abdulaziz")

REUTERS = "blind set (British news wire, English, Reuters-like)"
BNA = "blind set (Bahrain state news agency, Arabic, BNA-like)"
AJE = "blind set (Qatari TV channel's website, English, Al Jazeera English-like)"
SABA = "blind set (Yemeni state news agency, Arabic, Saba-like)"
AP = "blind set (US news wire, English, AP-like)"
WASAT = "blind set (Manama daily, Arabic, Al-Wasat-like)"

ARTICLES = [
    ("enUE1_peninsula_shield_feltman_reuters", "en",
     "Gulf troops roll into Bahrain as U.S. envoy holds talks\n"
     "MANAMA, March 15 (Reuters) - A column of Saudi armoured vehicles crossed the causeway into Bahrain on "
     "Monday as part of the Gulf Cooperation Council's Peninsula Shield force, sent at the request of the "
     "Sunni-led government to guard vital installations after weeks of Shi'ite-led protests.\n"
     "U.S. Assistant Secretary of State Jeffrey Feltman, in Manama since the weekend, met Crown Prince Sheikh "
     "Salman bin Hamad al-Khalifa on Monday evening to discuss the dialogue the prince has offered the "
     "opposition, a U.S. embassy official said.\n"
     "Feltman also held talks with Sheikh Ali Salman, the secretary-general of the main Shi'ite opposition "
     "group Wefaq, at the group's offices on Tuesday morning.\n"
     "Wefaq said it would not sit down with the government while foreign troops were on Bahraini soil, calling "
     "the deployment \"an occupation\".\n"
     "President Barack Obama telephoned King Hamad and Saudi King Abdullah on Tuesday to urge \"maximum "
     "restraint\", the White House said. Iran condemned the deployment.",
     [("MET_WITH", FELTMAN, CPRINCE, "met Crown Prince Sheikh", "2011-03-14"),
      ("MET_WITH", FELTMAN, ALI_SALMAN, "Feltman also held talks with Sheikh Ali Salman", "2011-03-15"),
      ("LEADS", ALI_SALMAN, WEFAQ, "the secretary-general of the main"),
      ("LEADS", OBAMA, US, "President Barack Obama telephoned"),
      ("LEADS", HAMAD, BAHRAIN, "King Hamad and Saudi King"),
      ("LEADS", ABDULLAH, SAUDI, "Saudi King Abdullah on Tuesday"),
      ],
     {"source": REUTERS, "published": "2011-03-15"}),

    ("arUE2_king_receives_bassiouni_bna", "ar",
     "جلالة الملك يتسلم تقرير اللجنة البحرينية المستقلة لتقصي الحقائق\n"
     "الصخير في 23 نوفمبر /بنا/ استقبل حضرة صاحب الجلالة الملك حمد بن عيسى آل خليفة عاهل البلاد المفدى "
     "حفظه الله ورعاه بقصر الصخير اليوم البروفيسور محمود شريف بسيوني رئيس اللجنة البحرينية المستقلة لتقصي "
     "الحقائق وأعضاء اللجنة، وذلك بحضور صاحب السمو الملكي الأمير خليفة بن سلمان آل خليفة رئيس الوزراء "
     "الموقر، وصاحب السمو الملكي الأمير سلمان بن حمد آل خليفة ولي العهد نائب القائد الأعلى.\n"
     "وقد تسلم جلالته من رئيس اللجنة التقرير النهائي لأعمالها، حيث ألقى البروفيسور بسيوني كلمة استعرض "
     "فيها منهجية عمل اللجنة ونتائجها.\n"
     "وأكد جلالة الملك في كلمته أن الحكومة ستتعامل مع التوصيات بجدية، وأنه سيتم تشكيل لجنة وطنية لمتابعة "
     "تنفيذها، مشيداً بما بذله أعضاء اللجنة من جهود.\n"
     "وكانت جمعية الوفاق قد أعلنت أنها لن تحضر مراسم تسليم التقرير، فيما حضرها عدد من الوزراء وكبار "
     "المسؤولين والسفراء المعتمدين لدى المملكة.",
     met_group({HAMAD: "الملك حمد بن عيسى آل خليفة عاهل", BASSIOUNI: "البروفيسور محمود شريف بسيوني رئيس",
                KHALIFA_PM: "الأمير خليفة بن سلمان آل خليفة رئيس الوزراء",
                CPRINCE: "الأمير سلمان بن حمد آل خليفة ولي العهد"}, "2011-11-23")
     + [("LEADS", HAMAD, BAHRAIN, "عاهل البلاد المفدى"),
        ("LEADS", KHALIFA_PM, BAHRAIN, "رئيس الوزراء الموقر"),
        ("LEADS", BASSIOUNI, BICI, "بسيوني رئيس اللجنة البحرينية"),
        ],
     {"source": BNA, "published": "2011-11-23"}),

    ("enUE3_sanaa_mosque_bombing_aje", "en",
     "Yemen's Saleh wounded in attack on palace mosque\n"
     "Yemeni President Ali Abdullah Saleh has been wounded in an attack on the mosque of his presidential "
     "compound in Sanaa during Friday prayers, officials said, as fighting raged in the capital between his "
     "forces and fighters loyal to the tribal leader Sadiq al-Ahmar.\n"
     "Prime Minister Ali Mohammed Mujawar, the parliament speaker and Abdul-Aziz Abdul-Ghani, the head of the "
     "Shura council, were also among those hurt in the blast, which killed several guards. Initial reports "
     "spoke of shells; officials later said explosives had been planted inside the mosque.\n"
     "The government accused the Ahmar family of being behind the attack. Sheikh Sadiq al-Ahmar denied any "
     "role and blamed Saleh for the shelling of his home. No one has claimed responsibility.\n"
     "Saleh, who has ruled Yemen for 33 years, addressed the nation in a brief audio message on state "
     "television hours later.\n"
     "On Sunday, the US ambassador, Gerald Feierstein, met Vice President Abd-Rabbu Mansour Hadi in Sanaa, "
     "a day after Saleh was flown to Saudi Arabia for treatment.",
     [("LEADS", SALEH, YEMEN, "Yemeni President Ali Abdullah Saleh has"),
      ("LEADS", MUJAWAR, YEMEN, "Prime Minister Ali Mohammed Mujawar"),
      ("MET_WITH", FEIERSTEIN, HADI, "met Vice President Abd-Rabbu", "2011-06-05"),
      ],
     {"source": AJE, "published": "2011-06-05"}),
]

ARTICLES += [
    ("arUE4_hadi_receives_benomar_saba", "ar",
     "نائب رئيس الجمهورية يستقبل مبعوث الأمين العام للأمم المتحدة\n"
     "صنعاء - سبأ: استقبل نائب رئيس الجمهورية الفريق عبدربه منصور هادي اليوم المستشار الخاص للأمين العام "
     "للأمم المتحدة جمال بن عمر والوفد المرافق له، بحضور وزير الخارجية الدكتور أبو بكر القربي.\n"
     "وجرى خلال اللقاء استعراض تطورات الأوضاع في الساحة الوطنية والجهود المبذولة لتنفيذ المبادرة الخليجية "
     "وآليتها التنفيذية، وأكد نائب الرئيس حرص القيادة السياسية على الحوار وحل الأزمة بالطرق السلمية.\n"
     "ونقل بن عمر تحيات الأمين العام للأمم المتحدة إلى فخامة الأخ الرئيس علي عبدالله صالح، متمنياً له "
     "الشفاء العاجل.\n"
     "وكان الأخ الرئيس قد أجرى اتصالاً هاتفياً بنائب الرئيس اطمأن فيه على سير الأوضاع، فيما يُنتظر أن يتوجه "
     "المبعوث الأممي إلى الرياض خلال الأيام المقبلة.",
     met_group({HADI: "الفريق عبدربه منصور هادي", BENOMAR: "للأمم المتحدة جمال بن عمر والوفد",
                QIRBI: "الدكتور أبو بكر القربي"}, "2011-09-26")
     + [("LEADS", SALEH, YEMEN, "فخامة الأخ الرئيس علي عبدالله صالح"),
        ],
     {"source": SABA, "published": "2011-09-26"}),

    ("enUE5_brennan_meets_saleh_riyadh_ap", "en",
     "Obama adviser meets Yemen's wounded leader in Saudi hospital\n"
     "RIYADH, Saudi Arabia (AP) - President Barack Obama's counterterrorism adviser, John O. Brennan, met "
     "Yemen's Ali Abdullah Saleh on Sunday at the military hospital in the Saudi capital where the Yemeni "
     "leader has been treated for burns since early June, the White House said.\n"
     "Brennan urged Saleh to sign the Gulf-brokered deal under which he would hand power to his deputy, and "
     "pressed for a peaceful transition, according to a statement. The meeting lasted about an hour.\n"
     "Saleh, whose face and hands were badly burned in the June 3 blast, has vowed to return to Sanaa, but "
     "Saudi officials say no date has been set. Brennan said he hoped to hold further talks with Yemeni "
     "officials in the coming weeks.\n"
     "The visit followed Saleh's first appearance on television last week, in which he appeared heavily "
     "bandaged and said he would soon be back in Yemen.",
     [("LEADS", OBAMA, US, "President Barack Obama's counterterrorism adviser"),
      ("MET_WITH", BRENNAN, SALEH, "John O. Brennan, met", "2011-07-10"),
      ("LEADS", SALEH, YEMEN, "the Yemeni leader has been treated"),
      ],
     {"source": AP, "published": "2011-07-10"}),

    ("arUE6_national_security_agency_wasat", "ar",
     "تعيين الفاضل رئيساً لجهاز الأمن الوطني... و«الوفاق» تنتظر الأفعال\n"
     "الوسط - محرر الشئون المحلية\n"
     "صدر أمس مرسوم ملكي بتعيين عادل بن خليفة الفاضل رئيساً لجهاز الأمن الوطني خلفاً للشيخ خليفة بن عبدالله "
     "آل خليفة، الذي عُيّن أميناً عاماً للمجلس الأعلى للدفاع، وذلك بعد أيام من صدور تقرير لجنة تقصي الحقائق "
     "الذي أوصى بسحب صلاحيات الضبط القضائي من الجهاز.\n"
     "وفي أول تعليق له، قال الأمين العام لجمعية الوفاق الوطني الإسلامية الشيخ علي سلمان إن «تغيير الأسماء "
     "لا يكفي»، مطالباً بمحاسبة المسؤولين عن الانتهاكات.\n"
     "وكان سلمان قد التقى رئيس اللجنة البروفيسور بسيوني في مقر اللجنة بالمنامة الشهر الماضي، وسلّمه ملفات "
     "موثقة عن حالات الاعتقال والفصل من العمل.\n"
     "إلى ذلك، علمت «الوسط» أن لقاءً كان مقرراً بين وفد من الوفاق وولي العهد الأسبوع الماضي لم يُعقد، من دون "
     "أن تُعرف أسباب تأجيله.",
     [("SUCCESSOR_OF", FADHEL, KHALIFA_NSA, "خلفاً للشيخ خليفة بن عبدالله", "2011-11-28"),
      ("LEADS", FADHEL, NSA, "عادل بن خليفة الفاضل رئيساً"),
      ("LEADS", ALI_SALMAN, WEFAQ, "الأمين العام لجمعية الوفاق الوطني"),
      ("MET_WITH", ALI_SALMAN, BASSIOUNI, "وكان سلمان قد التقى رئيس اللجنة"),
      ("LEADS", BASSIOUNI, BICI, "رئيس اللجنة البروفيسور بسيوني"),
      ],
     {"source": WASAT, "published": "2011-11-29"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setUE")
