"""Blind set MM: Iraq 2020-2025 (first folder of MM-MN): the PMF's choice of Abu Fadak after the US strike
that killed Abu Mahdi al-Muhandis and Qassem Soleimani (February 2020), Qaani's first visit to Baghdad as
Quds Force commander during the al-Zurfi nomination (March-April 2020), the arrest and release of the PMF
commander Qasim Muslih (May-June 2021), Pezeshkian's first foreign trip, to Baghdad (September 2024), the
US-Iraq Joint Security Cooperation Dialogue at the Pentagon (August 2023), and al-Sudani's first trip to
Tehran as prime minister (November 2022), as an American wire writes it (AP-like: "BAGHDAD (AP) —",
anonymous officials), as an Iraqi digital site writes it in Arabic (Ultra Iraq-like: "ألترا عراق – فريق
التحرير", "مصادر سياسية"), as a think-tank profile paragraph writes it (Militia Spotlight-like, no
dateline), as an Iraqi TV site writes it in Arabic (al-Sharqiya-like: "الشرقية نيوز / بغداد", "حطت طائرة"),
as a US military news service writes it (DOD News-like: "WASHINGTON —", full ranks and middle initials) and
as an Iraqi party TV site writes it in Arabic (al-Furat-like: "بغداد/ الفرات نيوز..").
Pieces: Abu Fadak after al-Muhandis, al-Muhandis, al-Jabri and Suleimani killed by the US strike, Ghaani
after Suleimani, al-Fayadh leads the PMF (English, MM1); Qaani in Baghdad after Soleimani, one meeting with
al-Amiri and al-Fayyadh, Barham Salih and the designations (Arabic, MM2); Qasim Muslih arrested, al-Araji
negotiates with al-Fayyadh and Abu Fadak, Muslih later meets al-Kazimi (English, MM3); Pezeshkian after
Raisi, received by al-Sudani with Araghchi in the talks, then meets Abdul Latif Rashid (Arabic, MM4);
Austin hosts al-Abbasi with Yarallah and Shoresh Ismail in the talks, Wallander's working session with
Yarallah (English, MM5); al-Sudani in Tehran with Raisi, the enlarged meeting with both foreign ministers,
Khamenei receives him (Arabic, MM6).
Excluded on purpose (no relation): the reports that Ghaani chaired the PMF meeting in person, denied
(MM1); al-Sadr, whom Qaani did not meet; the designations of al-Zurfi and al-Kadhimi by Barham Salih (a
designation, not a meeting; al-Zurfi did not hold the office, so no succession to Allawi) (MM2); the
killing of Ihab al-Wazni by unnamed gunmen, which Muslih denied (MM3); Pezeshkian's onward trip to Erbil
to meet Nechirvan Barzani ("يتوجه ... للقاء"), al-Sistani, whom the programme does not include, Raisi's
helicopter crash (no agent) (MM4); Milley, who did not attend, Austin's phone call with al-Sudani (MM5);
the postponed Riyadh visit, the phone call from Blinken (MM6).
Judgement calls: "killed ... in a U.S. drone strike ... ordered by President Donald Trump" gives the
victims -> country:united-states only, not Trump (MM1); a chief of staff is MEMBER_OF the PMF, not its
leader (MM1, MM3); "met ... at the latter's home" with two men named is one meeting of three (MM2);
"negotiated with X and with Y at the force's headquarters" is one meeting of three (MM3); a foreign
minister who attended the talks is paired with both sides (MM4, MM6: "بحضور وزيري خارجية البلدين"); those who
"sat in on the talks" are paired with everyone there (MM5); the army chief of staff LEADS the army (MM5).
Filled in for the exercise: the date and place of Qaani's meetings, al-Sadr's refusal (MM2); al-Araji's
negotiation, Muslih's later meeting with al-Kazimi (MM3); the Sistani office's remark (MM4); Milley's
absence, Wallander's session, the phone call (MM5); Blinken's call (MM6).
Spellings: "Abu Mahdi al-Mohandes", "Qassem Suleimani", "Esmail Ghaani", "Faleh al-Fayadh", "Abdul-Aziz
al-Muhammadawi" (MM1); "إسماعيل قاءاني" (MM2); "Mustafa al-Kazimi", "Qasim al-Araji", "Qasim Muslih"
(MM3); "مسعود پزشكيان" / "بزشكيان", "عباس عراقجي" (MM4); "Thabet Muhammad al-Abbasi", "Shorish Ismail",
"Mohammed Shia' al-Sudani" (MM5); "حسين أمير عبد اللهيان", "السيد علي الخامنئي" (MM6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_mn import ALL  # noqa: E402

HERE = Path(__file__).parent

US, IRAN = "country:united-states", "country:iran"
BAGHDAD, TEHRAN, WASHINGTON = "location:baghdad", "location:tehran", "location:washington"
PMF, KH, BADR, SADRIST, IRQGOV, IRQPRES, IRQFM, IRQDEF, ARMY, NSA, INIS, PESH, KRP, QUDS, IRFM, DOD = (
    "organization:popular-mobilization-forces", "organization:kataib-hezbollah", "organization:badr-organization",
    "organization:sadrist-movement", "organization:iraqi-government", "organization:iraqi-presidency",
    "organization:iraqi-foreign-ministry", "organization:iraqi-defense-ministry", "organization:iraqi-army",
    "organization:iraqi-national-security-adviser", "organization:iraqi-national-intelligence-service",
    "organization:peshmerga-ministry", "organization:kurdistan-region-presidency", "organization:quds-force",
    "organization:iranian-foreign-ministry", "organization:us-department-of-defense")
MUHANDIS, JABRI, FADAK, SOLEIMANI, QAANI, FAYYADH, MOHIE, TRUMP = (
    "person:abu-mahdi-al-muhandis", "person:mohammed-ridha-al-jabri", "person:abdul-aziz-al-muhammadawi",
    "person:qasem-soleimani", "person:esmail-qaani", "person:falih-al-fayyadh", "person:mohammed-mohie",
    "person:donald-trump")
AMIRI, SADR, SALIH, KADHIMI, ZURFI = (
    "person:hadi-al-amiri", "person:muqtada-al-sadr", "person:barham-salih", "person:mustafa-al-kadhimi",
    "person:adnan-al-zurfi")
MUSLIH, WAZNI, ARAJI = "person:qasem-muslih", "person:ihab-al-wazni", "person:qassim-al-araji"
PEZESHKIAN, RAISI, SUDANI, ARAGHCHI, RASHID, NECHIRVAN = (
    "person:masoud-pezeshkian", "person:ebrahim-raisi", "person:mohammed-shia-al-sudani", "person:abbas-araghchi",
    "person:abdul-latif-rashid", "person:nechirvan-barzani")
AUSTIN, ABBASI, YARALLAH, SHORESH, WALLANDER, MILLEY = (
    "person:lloyd-austin", "person:thabet-al-abbasi", "person:abdul-amir-yarallah", "person:shoresh-ismail",
    "person:celeste-wallander", "person:mark-milley")
KHAMENEI, FUAD, AMIRAB = "person:ali-khamenei", "person:fuad-hussein", "person:hossein-amir-abdollahian"

AP = "blind set (American wire, English, AP-like)"
ULTRA = "blind set (Iraqi digital news site, Arabic, Ultra Iraq-like)"
SPOT = "blind set (think-tank profile paragraph, English, Militia Spotlight-like)"
SHARQIYA = "blind set (Iraqi TV news site, Arabic, al-Sharqiya-like)"
DODNEWS = "blind set (US military news service, English, DOD News-like)"
FURAT = "blind set (Iraqi party TV site, Arabic, al-Furat-like)"

_QAANI_HOME = {QAANI: "اجتمع قاءاني بزعيم منظمة بدر", AMIRI: "بزعيم منظمة بدر هادي العامري",
               FAYYADH: "ورئيس هيئة الحشد الشعبي فالح الفياض في منزل الأخير"}
_ARAJI_TALKS = {ARAJI: "his national security adviser, Qasim al-Araji",
                FAYYADH: "with Hashd chairman Falih al-Fayyadh",
                FADAK: "and with Abu Fadak al-Muhammadawi"}
_PEZ_TALKS = {PEZESHKIAN: "وكان في استقباله رئيس مجلس الوزراء", SUDANI: "وكان في استقباله رئيس مجلس الوزراء",
              ARAGHCHI: "حضرها عن الجانب الإيراني وزير الخارجية عباس عراقجي"}
_JSCD = {AUSTIN: "hosted Iraqi Defense Minister Thabet", ABBASI: "hosted Iraqi Defense Minister Thabet",
         YARALLAH: "Both sat in on the talks", SHORESH: "Both sat in on the talks"}
_TEHRAN_ENLARGED = {SUDANI: "أعقبها اجتماع موسع", RAISI: "حيث كان الرئيس إبراهيم رئيسي في استقباله",
                    FUAD: "بحضور وزيري خارجية البلدين فؤاد حسين",
                    AMIRAB: "وحسين أمير عبد اللهيان"}

ARTICLES = [
    ("enMM1_abu_fadak_replaces_mohandes", "en",
     "Iraq's paramilitary umbrella names hard-liner to replace slain commander\n"
     "BAGHDAD (AP) — Iraq's state-sanctioned paramilitary forces on Thursday named a veteran commander of the "
     "Iran-backed Kataib Hezbollah militia as their new chief of staff, replacing Abu Mahdi al-Mohandes, who "
     "was killed alongside Iranian Gen. Qassem Suleimani in a U.S. drone strike at Baghdad's airport last "
     "month. The Jan. 3 strike, ordered by President Donald Trump, also killed Mohammed Ridha al-Jabri, the "
     "paramilitaries' protocol chief.\n"
     "Abdul-Aziz al-Muhammadawi, better known by his nom de guerre Abu Fadak, was picked at a meeting of "
     "faction leaders chaired by Faleh al-Fayadh, the head of the Popular Mobilization Forces, two Shiite "
     "militia officials said, speaking on condition of anonymity because they were not authorized to brief "
     "reporters.\n"
     "The choice angered four brigades linked to the Shiite shrines of Najaf and Karbala, which said they "
     "would not take orders from him.\n"
     "Suleimani's successor at the helm of the Revolutionary Guard's Quds Force, Esmail Ghaani, has kept a "
     "low profile. An Iraqi official denied reports that Ghaani had chaired the meeting in person.\n"
     "A spokesman for Kataib Hezbollah, Mohammed Mohie, said the group welcomed the decision.",
     [("SUCCESSOR_OF", FADAK, MUHANDIS, "replacing Abu Mahdi al-Mohandes", "2020-02-20"),
      ("MEMBER_OF", FADAK, KH, "a veteran commander of the Iran-backed Kataib Hezbollah"),
      ("MEMBER_OF", FADAK, PMF, "as their new chief of staff"),
      ("ASSASSINATED_BY", MUHANDIS, US, "in a U.S. drone strike at Baghdad's airport", "2020-01-03"),
      ("ASSASSINATED_BY", SOLEIMANI, US, "in a U.S. drone strike at Baghdad's airport", "2020-01-03"),
      ("ASSASSINATED_BY", JABRI, US, "also killed Mohammed Ridha al-Jabri", "2020-01-03"),
      ("MEMBER_OF", JABRI, PMF, "the paramilitaries' protocol chief"),
      ("LEADS", FAYYADH, PMF, "the head of the Popular Mobilization Forces"),
      ("SUCCESSOR_OF", QAANI, SOLEIMANI, "Suleimani's successor at the helm", "2020-01"),
      ("LEADS", QAANI, QUDS, "Suleimani's successor at the helm"),
      ("LEADS", TRUMP, US, "ordered by President Donald Trump"),
      ("MEMBER_OF", MOHIE, KH, "A spokesman for Kataib Hezbollah, Mohammed Mohie"),
      ],
     {"source": AP, "published": "2020-02-20"}),

    ("arMM2_qaani_first_baghdad_visit", "ar",
     "قاءاني في بغداد.. زيارة «بتأشيرة» لترتيب البيت الشيعي\n"
     "ألترا عراق – فريق التحرير\n"
     "وصل قائد فيلق القدس في الحرس الثوري الإيراني إسماعيل قاءاني إلى بغداد مساء الاثنين، في أول زيارة "
     "معلنة له منذ خلافته لقاسم سليماني، وقال مسؤول في المطار إن الجنرال الإيراني دخل البلاد بتأشيرة "
     "للمرة الأولى.\n"
     "وبحسب مصادر سياسية تحدثت لـ«ألترا عراق»، اجتمع قاءاني بزعيم منظمة بدر هادي العامري ورئيس هيئة الحشد "
     "الشعبي فالح الفياض في منزل الأخير بالجادرية، وناقش معهما موقف القوى الشيعية من تكليف عدنان الزرفي "
     "بتشكيل الحكومة.\n"
     "ولم يلتقِ الضيف الإيراني زعيم التيار الصدري مقتدى الصدر، الذي رفض استقباله بحسب المصادر نفسها.\n"
     "وكان رئيس الجمهورية برهم صالح قد كلّف الزرفي في السابع عشر من آذار، بعد اعتذار محمد توفيق علاوي عن "
     "المهمة.\n"
     "وفي التاسع من نيسان أعلن الزرفي انسحابه، وكلّف صالح في اليوم نفسه رئيس جهاز المخابرات مصطفى "
     "الكاظمي بتشكيل الحكومة الجديدة.",
     [("VISITED", QAANI, BAGHDAD, "إلى بغداد مساء الاثنين", "2020-03-30"),
      ("LEADS", QAANI, QUDS, "وصل قائد فيلق القدس في الحرس الثوري"),
      ("SUCCESSOR_OF", QAANI, SOLEIMANI, "منذ خلافته لقاسم سليماني", "2020-01"),
      ("LEADS", AMIRI, BADR, "بزعيم منظمة بدر هادي العامري"),
      ("LEADS", FAYYADH, PMF, "ورئيس هيئة الحشد الشعبي فالح الفياض في منزل الأخير"),
      ("LEADS", SADR, SADRIST, "زعيم التيار الصدري مقتدى الصدر"),
      ("LEADS", SALIH, IRQPRES, "رئيس الجمهورية برهم صالح"),
      ("LEADS", KADHIMI, INIS, "رئيس جهاز المخابرات مصطفى"),
      ] + met_group(_QAANI_HOME, "2020-03-30"),
     {"source": ULTRA, "published": "2020-04-10"}),

    ("enMM3_qasim_muslih_profile", "en",
     "Profile: Qasim Muslih\n"
     "Qasim Muslih, the Popular Mobilization Forces' operations commander for Anbar province, became the "
     "center of the sharpest standoff between the state and the Hashd on May 26, 2021, when Counter-Terrorism "
     "Service units detained him at his home in Baghdad. The warrant was reportedly linked to the killing of "
     "Ihab al-Wazni, the leading figure of the Karbala protest movement, who had been shot dead by gunmen on a "
     "motorcycle outside his house on May 9. Muslih denied any involvement, and no one has been convicted.\n"
     "Within hours, PMF fighters in pick-up trucks surrounded the gates of the Green Zone. Prime Minister "
     "Mustafa al-Kazimi, who had come to office promising to rein in the factions, dispatched his national "
     "security adviser, Qasim al-Araji, who negotiated that night with Hashd chairman Falih al-Fayyadh and with "
     "Abu Fadak al-Muhammadawi, the PMF chief of staff, at the force's headquarters.\n"
     "Muslih was handed over to the PMF's own security directorate and freed on June 9 after a judge ruled the "
     "evidence insufficient. Days later, according to his aides, the commander was received by al-Kazimi at "
     "the prime minister's office.",
     [("MEMBER_OF", MUSLIH, PMF, "the Popular Mobilization Forces' operations commander"),
      ("LEADS", KADHIMI, IRQGOV, "Prime Minister Mustafa al-Kazimi"),
      ("LEADS", ARAJI, NSA, "his national security adviser, Qasim al-Araji"),
      ("LEADS", FAYYADH, PMF, "with Hashd chairman Falih al-Fayyadh"),
      ("MEMBER_OF", FADAK, PMF, "the PMF chief of staff"),
      ("MET_WITH", MUSLIH, KADHIMI, "the commander was received by al-Kazimi", "2021-06"),
      ] + met_group(_ARAJI_TALKS, "2021-05-26"),
     {"source": SPOT, "published": "2021-07-01"}),

    ("arMM4_pezeshkian_baghdad_first_trip", "ar",
     "بزشكيان يحط في بغداد بأول جولة خارجية.. و14 مذكرة تفاهم على طاولة السوداني\n"
     "الشرقية نيوز / بغداد\n"
     "حطت طائرة الرئيس الإيراني مسعود پزشكيان، ظهر الأربعاء، في مطار بغداد الدولي، في أول زيارة خارجية له "
     "منذ تسلمه منصبه خلفاً للرئيس الراحل إبراهيم رئيسي.\n"
     "وكان في استقباله رئيس مجلس الوزراء محمد شياع السوداني، قبل أن يعقد الجانبان جلسة مباحثات موسعة في "
     "القصر الحكومي حضرها عن الجانب الإيراني وزير الخارجية عباس عراقجي، انتهت بتوقيع 14 مذكرة تفاهم.\n"
     "والتقى بزشكيان في وقت لاحق رئيس الجمهورية عبد اللطيف جمال رشيد في قصر بغداد.\n"
     "ويتوجه الرئيس الإيراني الخميس إلى أربيل للقاء رئيس الإقليم نيجيرفان بارزاني، على أن يزور البصرة "
     "والنجف وكربلاء، فيما قال مصدر مقرب من مكتب المرجعية إن برنامج الزيارة لا يتضمن لقاءً مع المرجع "
     "الأعلى السيد علي السيستاني.\n"
     "يذكر أن رئيسي لقي مصرعه في أيار الماضي بتحطم مروحية كانت تقله في محافظة أذربيجان الشرقية.",
     [("VISITED", PEZESHKIAN, BAGHDAD, "في مطار بغداد الدولي", "2024-09-11"),
      ("LEADS", PEZESHKIAN, IRAN, "حطت طائرة الرئيس الإيراني"),
      ("SUCCESSOR_OF", PEZESHKIAN, RAISI, "خلفاً للرئيس الراحل إبراهيم رئيسي", "2024-07"),
      ("LEADS", SUDANI, IRQGOV, "وكان في استقباله رئيس مجلس الوزراء"),
      ("LEADS", ARAGHCHI, IRFM, "حضرها عن الجانب الإيراني وزير الخارجية عباس عراقجي"),
      ("MET_WITH", PEZESHKIAN, RASHID, "والتقى بزشكيان في وقت لاحق", "2024-09-11"),
      ("LEADS", RASHID, IRQPRES, "رئيس الجمهورية عبد اللطيف جمال رشيد"),
      ("LEADS", NECHIRVAN, KRP, "رئيس الإقليم نيجيرفان بارزاني"),
      ] + met_group(_PEZ_TALKS, "2024-09-11"),
     {"source": SHARQIYA, "published": "2024-09-11"}),

    ("enMM5_austin_abbasi_jscd", "en",
     "Austin, Iraqi Counterpart Chart Next Phase of Defense Ties\n"
     "WASHINGTON — Secretary of Defense Lloyd J. Austin III hosted Iraqi Defense Minister Thabet Muhammad "
     "al-Abbasi at the Pentagon today as the two countries opened the first U.S.-Iraq Joint Security "
     "Cooperation Dialogue since 2020.\n"
     "The Iraqi delegation included Army Lt. Gen. Abdul Amir Rashid Yarallah, chief of staff of the Iraqi army, "
     "and Shorish Ismail, the Kurdistan Regional Government's minister for Peshmerga affairs. Both sat in on "
     "the talks.\n"
     "The two leaders reaffirmed that U.S. forces remain in Iraq at the invitation of the Iraqi government to "
     "advise, assist and enable Iraqi security forces in the enduring defeat of ISIS.\n"
     "Celeste Wallander, assistant secretary of defense for international security affairs, held a working "
     "session with the Iraqi chief of staff on Monday. Army Gen. Mark A. Milley, chairman of the Joint Chiefs "
     "of Staff, did not attend; he was traveling in Europe.\n"
     "Austin last spoke by phone with Iraqi Prime Minister Mohammed Shia' al-Sudani in the spring, a senior "
     "defense official said.",
     [("LEADS", AUSTIN, DOD, "Secretary of Defense Lloyd J. Austin III"),
      ("LEADS", ABBASI, IRQDEF, "hosted Iraqi Defense Minister Thabet"),
      ("VISITED", ABBASI, WASHINGTON, "al-Abbasi at the Pentagon today", "2023-08-08"),
      ("LEADS", YARALLAH, ARMY, "chief of staff of the Iraqi army"),
      ("LEADS", SHORESH, PESH, "minister for Peshmerga affairs"),
      ("MEMBER_OF", WALLANDER, DOD, "assistant secretary of defense for international"),
      ("MET_WITH", WALLANDER, YARALLAH, "held a working session with the Iraqi chief of staff", "2023-08-07"),
      ("LEADS", SUDANI, IRQGOV, "Iraqi Prime Minister Mohammed Shia' al-Sudani"),
      ] + met_group(_JSCD, "2023-08-08"),
     {"source": DODNEWS, "published": "2023-08-08"}),

    ("arMM6_sudani_tehran_first_visit", "ar",
     "السوداني في طهران: لن نسمح بأن يكون العراق منطلقاً للاعتداء على جيرانه\n"
     "بغداد/ الفرات نيوز.. وصل رئيس مجلس الوزراء محمد شياع السوداني، اليوم الثلاثاء، إلى العاصمة الإيرانية "
     "طهران على رأس وفد رفيع، في زيارة رسمية تلبية لدعوة من الرئيس الإيراني.\n"
     "وجرت للسوداني مراسم استقبال رسمية في قصر سعد آباد، حيث كان الرئيس إبراهيم رئيسي في استقباله، وعقد الجانبان "
     "مباحثات ثنائية أعقبها اجتماع موسع بحضور وزيري خارجية البلدين فؤاد حسين وحسين أمير عبد اللهيان.\n"
     "واستقبل قائد الثورة الإسلامية السيد علي الخامنئي، مساء اليوم، رئيس الوزراء والوفد المرافق له، وأكد "
     "أن أمن العراق من أمن إيران.\n"
     "وتأتي الزيارة بعد جولة شملت الأردن والكويت، فيما أُرجئت زيارة كانت مقررة إلى الرياض إلى موعد لم "
     "يحدد بعد.\n"
     "وأفاد المكتب الإعلامي بأن السوداني تلقى قبيل مغادرته بغداد اتصالاً هاتفياً من وزير الخارجية الأمريكي "
     "أنتوني بلينكن تناول العلاقات الثنائية.",
     [("VISITED", SUDANI, TEHRAN, "إلى العاصمة الإيرانية", "2022-11-29"),
      ("LEADS", SUDANI, IRQGOV, "وصل رئيس مجلس الوزراء محمد شياع السوداني"),
      ("MET_WITH", KHAMENEI, SUDANI, "واستقبل قائد الثورة الإسلامية", "2022-11-29"),
      ("LEADS", KHAMENEI, IRAN, "قائد الثورة الإسلامية السيد علي الخامنئي"),
      ("LEADS", RAISI, IRAN, "حيث كان الرئيس إبراهيم رئيسي"),
      ] + met_group(_TEHRAN_ENLARGED, "2022-11-29"),
     {"source": FURAT, "published": "2022-11-29"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setMM")
