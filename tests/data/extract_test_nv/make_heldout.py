"""Blind set NV: Sudan and the Horn of Africa 2019-2024 (second folder of NU-NV): the US airstrike that
killed al-Shabaab's co-founder Abdullahi Nadir (October 2022), Molly Phee's and David Satterfield's visit
to Khartoum after Hamdok's resignation (January 2022), the Pretoria and Nairobi agreements on Tigray and
Getachew Reda's succession to Debretsion two years on (November 2024), the Asmara summit of Sisi, Isaias
Afwerki and Hassan Sheikh Mohamud (October 2024), Faisal bin Farhan's meeting with the army and RSF
delegations at the Jeddah talks and Malik Agar's appointment in Hemedti's place (May 2023), and the Addis
Ababa declaration of Hemedti and Hamdok after Hemedti's regional tour (January 2024), as a Somali news
site writes it in English (Garowe Online-like: "GAROWE, Somalia (Garowe Online) -"), a Qatari news site in
Arabic (Al Jazeera Net-like: "الخرطوم- الجزيرة نت", "يناير/كانون الثاني"), a South African news site in
English (News24-like: "Two years ago today"), Egypt's state daily in Arabic (Al-Ahram-like: "وصرح السفير
... المتحدث الرسمي باسم رئاسة الجمهورية"), a Saudi daily in English (Arab News-like: "JEDDAH:", "Prince
Faisal", "the Kingdom") and a Sudanese exile radio's site in Arabic (Radio Dabanga-like: "أديس أبابا: راديو
دبنقا", "قال لـ«دبنقا»").
Pieces: a US airstrike kills Abdullahi Nadir, seen as a likely successor to Ahmed Diriye, Hassan Sheikh
Mohamud meets Larry Andre (English, NV1); al-Burhan meets Phee and Satterfield, who had met Hemedti and
Perthes (Arabic, NV2); Redwan Hussien and Getachew Reda sign in the presence of Obasanjo, Kenyatta and
Mlambo-Ngcuka, Kenyatta hosts Birhanu Jula and Tadesse Werede, Getachew replaces Debretsion (English,
NV3); Sisi, Isaias and Hassan Sheikh Mohamud meet in Asmara, Sisi and Isaias with Abdelatty and Yemane
present, Sisi had received al-Burhan in El Alamein (Arabic, NV4); Faisal bin Farhan meets the two
delegations with Molly Phee present and had received Dafallah al-Haj Ali, Malik Agar appointed in
Hemedti's place (English, NV5); Hemedti and Hamdok sign with Khalid Omer Yousif in the Tagaddum
delegation, Hemedti received by Abiy, met Museveni and Guelleh (Arabic, NV6).
Excluded on purpose (no relation): the Beledweyne bombings' unnamed dead, Nadir as a "likely successor"
of Diriye (NV1); the resistance committees' refusal to meet, Ibrahim Elbadawi touted as Hamdok's possible
successor, Blinken's phone call, the agreement "with al-Burhan" (NV2); Amanuel Assefa touted as a possible
replacement, the postponed Getachew-Debretsion meeting (NV3); al-Burhan's phone call to Sisi, Ethiopia not
invited (NV4); the letter for Mohammed bin Salman, the proposed al-Burhan-Hemedti meeting that has not
taken place, Blinken's phone call (NV5); the requested meeting with al-Burhan, the postponed IGAD meeting,
the expected meeting with Ruto, Khamis Abakar's killing, of which the army only accuses the RSF (NV6).
Judgement calls: "A U.S. airstrike ... killed" gives the victim -> country:united-states, AFRICOM only
reporting it (NV1, as NK's "killed by Israeli bombs"); "التقى ... A، وB" received together is a meeting of
the three; "الوفد الأميركي قد اجتمع" is each member's meeting (NV2); "signed the agreement" in one hotel is
a meeting; the panel "in the presence of" is paired with both signatories, the panel members not with
each other; "talks hosted by Kenyatta" is a meeting of the three (NV3); the attendees "بحضور" of the
bilateral session are paired with both presidents, not with each other (NV4); "met with the delegations
of" A and B: the minister with each body and the two bodies with each other, the assistant secretary "in
the presence of" with the three; "appointing Malik Agar ... in his place" is a succession (NV5); the
joint declaration after two days of meetings is a meeting; a named member of the delegation "ضم وفد ...
إلى الاجتماعات" is paired with both principals (NV6); "بصفته رئيساً للدورة الحالية لمنظمة «إيغاد»" is
LEADS (NV6).
Filled in for the exercise: the meeting with Larry Andre, Nur's statement, the bombing toll's wording
(NV1); the day of the meeting, the order of the meetings, Elbadawi's name, Blinken's call (NV2); the
hotel, the postponed meeting, Amanuel Assefa's candidacy (NV3); Fahmy's wording, the two ministers'
presence, al-Burhan's call (NV4); the day of the meeting and Phee's presence, the date of Dafallah's
visit, Blinken's call (NV5); Khalid Omer Yousif's words, the order of the tour, al-Atta's wording (NV6).
Spellings: "Abdullahi Yare", "Abu Ubaidah", "Larry Andre" (NV1); "مولي في", "ديفيد ساترفيلد", "فولكر
بيرتس" (NV2); "Redwan Hussien", "Birhanu Jula", "Phumzile Mlambo-Ngcuka" (NV3); "أسياس أفورقي", "يماني
قبرمسقل", "الدكتور بدر عبد العاطي" (NV4); "Dafallah Elhag Ali", "Gen. Abdel Fattah Al-Burhan" (NV5); "حميدتي",
"يويري موسيفيني", "خميس أبكر" (NV6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_nv import ALL  # noqa: E402

HERE = Path(__file__).parent

SUDAN, ETHIOPIA, SOMALIA, ERITREA, EGYPT, USA, UGANDA, KENYA = (
    "country:sudan", "country:ethiopia", "country:somalia", "country:eritrea", "country:egypt",
    "country:united-states", "country:uganda", "country:kenya")
SAF, RSF, SOVCOUNCIL, TAGADDUM, SCP, UNITAMS, IGAD = (
    "organization:sudanese-armed-forces", "organization:rapid-support-forces",
    "organization:sudan-sovereignty-council", "organization:tagaddum", "organization:sudanese-congress-party",
    "organization:unitams", "organization:igad")
TPLF, ENDF, TIA, SHABAAB, STATE, SAUFM, EGFM, EGPRES = (
    "organization:tplf", "organization:ethiopian-national-defense-force",
    "organization:tigray-interim-administration", "organization:al-shabaab", "organization:us-state-department",
    "organization:saudi-foreign-ministry", "organization:egyptian-foreign-ministry",
    "organization:egyptian-presidency")
BURHAN, HEMEDTI, HAMDOK, AGAR, DAFALLAH, KHALID, ATTA, KHAMIS, ELBADAWI = (
    "person:abdel-fattah-al-burhan", "person:mohamed-hamdan-dagalo", "person:abdalla-hamdok",
    "person:malik-agar", "person:dafallah-al-haj-ali", "person:khalid-omer-yousif", "person:yasser-al-atta",
    "person:khamis-abakar", "person:ibrahim-elbadawi")
ABIY, REDWAN, BIRHANU, DEBRETSION, GETACHEW, TADESSE, AMANUEL = (
    "person:abiy-ahmed", "person:redwan-hussein", "person:birhanu-jula", "person:debretsion-gebremichael",
    "person:getachew-reda", "person:tadesse-werede", "person:amanuel-assefa")
ISAIAS, YEMANE, HSM, DIRIYE, NADIR, ANDRE, NUR, GUELLEH = (
    "person:isaias-afwerki", "person:yemane-gebremeskel", "person:hassan-sheikh-mohamud", "person:ahmed-diriye",
    "person:abdullahi-nadir", "person:larry-andre", "person:abdulkadir-mohamed-nur", "person:ismail-omar-guelleh")
KENYATTA, RUTO, MUSEVENI, OBASANJO, MLAMBO = (
    "person:uhuru-kenyatta", "person:william-ruto", "person:yoweri-museveni", "person:olusegun-obasanjo",
    "person:phumzile-mlambo-ngcuka")
SISI, ABDELATTY, FAHMY, FAISAL, MBS = ("person:abdel-fattah-el-sisi", "person:badr-abdelatty",
                                      "person:ahmed-fahmy", "person:faisal-bin-farhan",
                                      "person:mohammed-bin-salman")
SATTERFIELD, PHEE, BLINKEN, PERTHES = ("person:david-satterfield", "person:molly-phee", "person:antony-blinken",
                                       "person:volker-perthes")

GAROWE = "blind set (Somali news site, English, Garowe Online-like)"
JAZEERA = "blind set (Qatari news site, Arabic, Al Jazeera Net-like)"
NEWS24 = "blind set (South African news site, English, News24-like)"
AHRAM = "blind set (Egyptian state daily, Arabic, Al-Ahram-like)"
ARABNEWS = "blind set (Saudi daily, English, Arab News-like)"
DABANGA = "blind set (Sudanese exile radio's news site, Arabic, Radio Dabanga-like)"

ARTICLES = [
    ("enNV1_us_strike_kills_abdullahi_nadir_garowe", "en",
     "Senior al-Shabaab leader Abdullahi Nadir killed in US airstrike near Haramka\n"
     "GAROWE, Somalia (Garowe Online) - A U.S. airstrike carried out at the request of the Federal Government "
     "of Somalia killed Abdullahi Nadir, a senior al-Shabaab leader and one of the group's founders, near "
     "Haramka in the Middle Jubba region on Saturday, U.S. Africa Command said.\n"
     "Nadir, also known as Abdullahi Yare, served as the group's head of religious affairs and its chief "
     "fundraiser. He was widely seen as a likely successor to the ailing emir, Ahmed Diriye, alias Abu "
     "Ubaidah.\n"
     "\"His removal will make it harder for al-Shabaab to plan and carry out attacks,\" AFRICOM said in a "
     "statement, adding that no civilians were hurt. Washington had offered a reward of up to $3 million for "
     "information on him.\n"
     "Somalia's Information Ministry, which first announced the death, called it a \"major blow\" to the "
     "militants, and Defence Minister Abdulkadir Mohamed Nur said the offensive in Hiiraan would go on.\n"
     "On Sunday, President Hassan Sheikh Mohamud met U.S. Ambassador Larry Andre at Villa Somalia, where the "
     "two discussed the campaign against the group, the presidency said.\n"
     "On Monday, twin car bombs in Beledweyne killed at least 20 people, among them a deputy regional "
     "governor. Al-Shabaab claimed the attack.",
     [("ASSASSINATED_BY", NADIR, USA, "killed Abdullahi Nadir, a senior al-Shabaab leader", "2022-10-01"),
      ("MEMBER_OF", NADIR, SHABAAB, "a senior al-Shabaab leader and one of the group's founders"),
      ("LEADS", DIRIYE, SHABAAB, "the ailing emir, Ahmed Diriye"),
      ("MET_WITH", HSM, ANDRE, "met U.S. Ambassador Larry Andre", "2022-10-02"),
      ("LEADS", HSM, SOMALIA, "President Hassan Sheikh Mohamud met"),
      ],
     {"source": GAROWE, "published": "2022-10-04"}),

    ("arNV2_phee_satterfield_burhan_jazeera", "ar",
     "مساعدة بلينكن والمبعوث الأميركي في الخرطوم بعد أسبوعين من استقالة حمدوك\n"
     "الخرطوم- الجزيرة نت\n"
     "التقى رئيس مجلس السيادة السوداني الفريق أول عبد الفتاح البرهان، اليوم الخميس، مساعدة وزير الخارجية "
     "الأميركي للشؤون الأفريقية مولي في، والمبعوث الأميركي الخاص للقرن الأفريقي ديفيد ساترفيلد، في أول زيارة "
     "لمسؤولين أميركيين رفيعين إلى الخرطوم منذ استقالة رئيس الوزراء عبد الله حمدوك في الثاني من يناير/كانون "
     "الثاني الجاري.\n"
     "وبحث البرهان مع الضيفين سبل الخروج من الأزمة السياسية، وأكد التزامه بالحوار الذي أطلقته الأمم المتحدة.\n"
     "وكان الوفد الأميركي قد اجتمع صباحاً بنائب رئيس المجلس الفريق أول محمد حمدان دقلو «حميدتي»، كما التقى "
     "رئيس بعثة يونيتامس فولكر بيرتس.\n"
     "في المقابل، رفضت لجان المقاومة في الخرطوم دعوة للقاء المسؤولين الأميركيين، مؤكدة تمسكها بشعار «لا "
     "تفاوض ولا شراكة ولا شرعية».\n"
     "ولم يُسمَّ خلف لحمدوك حتى الآن، وتتداول الأوساط السياسية اسم وزير المالية الأسبق إبراهيم البدوي مرشحاً "
     "محتملاً لخلافته.\n"
     "وكان حمدوك قد أعلن استقالته في خطاب متلفز، بعد ستة أسابيع من عودته إلى منصبه بموجب اتفاق مع البرهان، "
     "وسط احتجاجات قُتل فيها أكثر من ستين شخصاً برصاص قوات الأمن منذ انقلاب 25 أكتوبر/تشرين الأول.\n"
     "وتلقى البرهان الأسبوع الماضي اتصالاً هاتفياً من وزير الخارجية الأميركي أنتوني بلينكن، دعاه فيه إلى وقف "
     "العنف ضد المتظاهرين.",
     met_group({BURHAN: "التقى رئيس مجلس السيادة السوداني",
                PHEE: "مساعدة وزير الخارجية الأميركي للشؤون الأفريقية",
                SATTERFIELD: "والمبعوث الأميركي الخاص للقرن الأفريقي"}, "2022-01-20") + [
      ("MET_WITH", PHEE, HEMEDTI, "قد اجتمع صباحاً بنائب رئيس المجلس", "2022-01-20"),
      ("MET_WITH", SATTERFIELD, HEMEDTI, "الفريق أول محمد حمدان دقلو «حميدتي»", "2022-01-20"),
      ("MET_WITH", PHEE, PERTHES, "كما التقى رئيس بعثة يونيتامس", "2022-01-20"),
      ("MET_WITH", SATTERFIELD, PERTHES, "بعثة يونيتامس فولكر بيرتس", "2022-01-20"),
      ("LEADS", BURHAN, SOVCOUNCIL, "رئيس مجلس السيادة السوداني الفريق"),
      ("MEMBER_OF", HEMEDTI, SOVCOUNCIL, "بنائب رئيس المجلس"),
      ("LEADS", PERTHES, UNITAMS, "رئيس بعثة يونيتامس فولكر"),
      ("LEADS", HAMDOK, SUDAN, "استقالة رئيس الوزراء عبد الله حمدوك"),
      ("MEMBER_OF", PHEE, STATE, "مساعدة وزير الخارجية الأميركي"),
      ("LEADS", BLINKEN, STATE, "وزير الخارجية الأميركي أنتوني بلينكن"),
      ],
     {"source": JAZEERA, "published": "2022-01-20"}),

    ("enNV3_pretoria_two_years_on_news24", "en",
     "Two years after Pretoria, Tigray's peace is fraying\n"
     "News24 | Africa\n"
     "Two years ago today, in a Pretoria hotel, Redwan Hussien, national security adviser to Ethiopian Prime "
     "Minister Abiy Ahmed, and Getachew Reda, then spokesperson of the Tigray People's Liberation Front, signed "
     "the agreement that ended a war thought to have killed hundreds of thousands.\n"
     "The signing took place in the presence of the AU panel - former Nigerian president Olusegun Obasanjo, "
     "former Kenyan president Uhuru Kenyatta and former deputy president Phumzile Mlambo-Ngcuka.\n"
     "Ten days later, at talks hosted by Kenyatta in Nairobi, Ethiopia's army chief, Field Marshal Birhanu "
     "Jula, and the Tigrayan forces' commander, General Tadesse Werede, agreed on how the fighters would "
     "disarm.\n"
     "In March 2023 Abiy appointed Getachew president of the Tigray Interim Regional Administration, replacing "
     "TPLF chairman Debretsion Gebremichael, who had governed the region since 2018.\n"
     "The two men have since fallen out. In August, Debretsion's faction held a party congress that Getachew's "
     "camp boycotted. Debretsion's allies now want Abiy to name a new interim president, and the party's "
     "deputy chairman, Amanuel Assefa, is touted as a possible replacement. A meeting between the two rivals "
     "brokered by the AU last month was postponed indefinitely.",
     [("MET_WITH", REDWAN, GETACHEW, "signed the agreement that ended a war", "2022-11-02"),
      ("MET_WITH", OBASANJO, REDWAN, "in the presence of the AU panel", "2022-11-02"),
      ("MET_WITH", OBASANJO, GETACHEW, "former Nigerian president Olusegun Obasanjo", "2022-11-02"),
      ("MET_WITH", KENYATTA, REDWAN, "former Kenyan president Uhuru Kenyatta and", "2022-11-02"),
      ("MET_WITH", KENYATTA, GETACHEW, "Kenyan president Uhuru Kenyatta", "2022-11-02"),
      ("MET_WITH", MLAMBO, REDWAN, "former deputy president Phumzile", "2022-11-02"),
      ("MET_WITH", MLAMBO, GETACHEW, "Phumzile Mlambo-Ngcuka.", "2022-11-02"),
      ("LEADS", ABIY, ETHIOPIA, "Ethiopian Prime Minister Abiy Ahmed"),
      ("MEMBER_OF", GETACHEW, TPLF, "then spokesperson of the Tigray People's Liberation Front"),
      ] + met_group({KENYATTA: "at talks hosted by Kenyatta in Nairobi", BIRHANU: "Field Marshal Birhanu",
                     TADESSE: "General Tadesse Werede, agreed"}, "2022-11-12") + [
      ("LEADS", BIRHANU, ENDF, "Ethiopia's army chief, Field Marshal"),
      ("SUCCESSOR_OF", GETACHEW, DEBRETSION, "replacing TPLF chairman Debretsion", "2023-03"),
      ("LEADS", GETACHEW, TIA, "appointed Getachew president of the Tigray Interim Regional Administration"),
      ("LEADS", DEBRETSION, TPLF, "TPLF chairman Debretsion Gebremichael"),
      ],
     {"source": NEWS24, "published": "2024-11-02"}),

    ("arNV4_asmara_tripartite_summit_ahram", "ar",
     "السيسي وأفورقي وحسن شيخ محمود يعقدون قمة ثلاثية في أسمرة\n"
     "أسمرة - الأهرام\n"
     "عقد الرئيس عبد الفتاح السيسي، اليوم الخميس، قمة ثلاثية بالعاصمة الإريترية أسمرة مع الرئيس الإريتري "
     "أسياس أفورقي والرئيس الصومالي حسن شيخ محمود، تناولت تعزيز التنسيق بين الدول الثلاث ودعم مؤسسات الدولة "
     "الصومالية.\n"
     "وصرح السفير أحمد فهمي، المتحدث الرسمي باسم رئاسة الجمهورية، بأن القادة الثلاثة أكدوا احترام سيادة "
     "الصومال ووحدة أراضيه، ورفض التدخل في شؤون دول المنطقة.\n"
     "وكان الرئيس أفورقي في مقدمة مستقبلي الرئيس السيسي لدى وصوله مطار أسمرة الدولي، وعقد الرئيسان جلسة "
     "مباحثات ثنائية بحضور الدكتور بدر عبد العاطي وزير الخارجية والهجرة ووزير الإعلام الإريتري يماني "
     "قبرمسقل.\n"
     "وعلى صعيد متصل، تلقى الرئيس السيسي قبيل مغادرته اتصالاً هاتفياً من رئيس مجلس السيادة السوداني الفريق "
     "أول عبد الفتاح البرهان، تناول تطورات الأوضاع في السودان.\n"
     "يُذكر أن الرئيس السيسي كان قد استقبل البرهان في مدينة العلمين الجديدة في أغسطس من العام الماضي، في أول "
     "زيارة خارجية لرئيس مجلس السيادة منذ اندلاع الحرب مع قوات الدعم السريع.\n"
     "ولم توجَّه الدعوة إلى إثيوبيا لحضور القمة، التي تأتي بعد أشهر من توقيع أديس أبابا مذكرة تفاهم مع إقليم "
     "أرض الصومال.",
     met_group({SISI: "عقد الرئيس عبد الفتاح السيسي", ISAIAS: "مع الرئيس الإريتري",
                HSM: "والرئيس الصومالي حسن شيخ محمود، تناولت"}, "2024-10-10") + [
      ("MET_WITH", ABDELATTY, SISI, "بحضور الدكتور بدر عبد العاطي", "2024-10-10"),
      ("MET_WITH", ABDELATTY, ISAIAS, "بدر عبد العاطي وزير الخارجية", "2024-10-10"),
      ("MET_WITH", YEMANE, SISI, "ووزير الإعلام الإريتري يماني", "2024-10-10"),
      ("MET_WITH", YEMANE, ISAIAS, "الإعلام الإريتري يماني قبرمسقل", "2024-10-10"),
      ("LEADS", ISAIAS, ERITREA, "الرئيس الإريتري أسياس"),
      ("LEADS", HSM, SOMALIA, "والرئيس الصومالي حسن"),
      ("MEMBER_OF", FAHMY, EGPRES, "المتحدث الرسمي باسم رئاسة الجمهورية"),
      ("LEADS", ABDELATTY, EGFM, "عبد العاطي وزير الخارجية والهجرة"),
      ("LEADS", BURHAN, SOVCOUNCIL, "رئيس مجلس السيادة السوداني الفريق"),
      ("MET_WITH", SISI, BURHAN, "كان قد استقبل البرهان في مدينة العلمين", "2023-08-29"),
      ],
     {"source": AHRAM, "published": "2024-10-10"}),

    ("enNV5_faisal_jeddah_talks_arabnews", "en",
     "Saudi FM meets Sudanese army, RSF negotiators as Jeddah talks enter third week\n"
     "JEDDAH: Saudi Foreign Minister Prince Faisal bin Farhan met on Friday with the delegations of the "
     "Sudanese Armed Forces and the Rapid Support Forces taking part in the Jeddah talks, in the presence of US "
     "Assistant Secretary of State for African Affairs Molly Phee, the Saudi Press Agency reported.\n"
     "Prince Faisal urged the two sides to build on the Jeddah Declaration, signed on May 11, and to agree on a "
     "short-term ceasefire.\n"
     "Earlier in the week, the minister received Dafallah Elhag Ali, the special envoy of the chairman of "
     "Sudan's Sovereignty Council, who handed him a letter from Gen. Abdel Fattah Al-Burhan to Crown Prince "
     "Mohammed bin Salman.\n"
     "On Friday, Al-Burhan issued a decree relieving RSF commander Mohamed Hamdan Dagalo, known as Hemedti, of "
     "his post as deputy chairman of the council and appointing Malik Agar, leader of an armed group that "
     "signed the 2020 Juba peace agreement, in his place.\n"
     "Hemedti, whose whereabouts are unknown, did not comment. A meeting between Al-Burhan and Hemedti "
     "proposed by Kenya's President William Ruto on behalf of IGAD has not taken place.\n"
     "Secretary of State Antony Blinken discussed the talks with Prince Faisal in a phone call on Thursday, "
     "the State Department said.",
     [("MET_WITH", FAISAL, SAF, "met on Friday with the delegations of the", "2023-05-19"),
      ("MET_WITH", FAISAL, RSF, "the Rapid Support Forces taking part", "2023-05-19"),
      ("MET_WITH", SAF, RSF, "taking part in the Jeddah talks", "2023-05-19"),
      ("MET_WITH", PHEE, FAISAL, "in the presence of US", "2023-05-19"),
      ("MET_WITH", PHEE, SAF, "Assistant Secretary of State for African Affairs Molly Phee", "2023-05-19"),
      ("MET_WITH", PHEE, RSF, "Molly Phee, the Saudi Press Agency", "2023-05-19"),
      ("LEADS", FAISAL, SAUFM, "Saudi Foreign Minister Prince Faisal"),
      ("MEMBER_OF", PHEE, STATE, "Assistant Secretary of State for African Affairs"),
      ("MET_WITH", FAISAL, DAFALLAH, "the minister received Dafallah Elhag Ali", "2023-05"),
      ("LEADS", BURHAN, SOVCOUNCIL, "the chairman of Sudan's Sovereignty Council"),
      ("LEADS", HEMEDTI, RSF, "RSF commander Mohamed Hamdan Dagalo"),
      ("SUCCESSOR_OF", AGAR, HEMEDTI, "in his place", "2023-05-19"),
      ("MEMBER_OF", AGAR, SOVCOUNCIL, "appointing Malik Agar"),
      ("LEADS", RUTO, KENYA, "Kenya's President William Ruto"),
      ("LEADS", BLINKEN, STATE, "Secretary of State Antony Blinken discussed"),
      ],
     {"source": ARABNEWS, "published": "2023-05-20"}),

    ("arNV6_hemedti_hamdok_addis_declaration_dabanga", "ar",
     "حميدتي وحمدوك يوقعان «إعلان أديس أبابا» لوقف الحرب\n"
     "أديس أبابا: راديو دبنقا\n"
     "وقّع قائد قوات الدعم السريع الفريق أول محمد حمدان دقلو «حميدتي» ورئيس الهيئة القيادية لتنسيقية القوى "
     "الديمقراطية المدنية «تقدم» الدكتور عبد الله حمدوك، مساء الثلاثاء في العاصمة الإثيوبية أديس أبابا، إعلاناً "
     "مشتركاً يتضمن التزام الدعم السريع بوقف فوري وغير مشروط للعدائيات، عقب اجتماعات استمرت يومين بين "
     "الطرفين.\n"
     "وضم وفد «تقدم» إلى الاجتماعات القيادي بحزب المؤتمر السوداني خالد عمر يوسف، الذي قال لـ«دبنقا» إن "
     "التنسيقية ستطلب لقاءً مماثلاً مع قائد الجيش الفريق أول عبد الفتاح البرهان.\n"
     "وكان حميدتي قد وصل إلى أديس أبابا الخميس الماضي في إطار جولة إقليمية، حيث استقبله رئيس الوزراء "
     "الإثيوبي آبي أحمد في مكتبه، بعد محطة في كمبالا التقى خلالها الرئيس الأوغندي يويري موسيفيني، ثم زار "
     "جيبوتي حيث التقى رئيسها إسماعيل عمر جيله، بصفته رئيساً للدورة الحالية لمنظمة «إيغاد».\n"
     "وكانت «إيغاد» قد أعلنت عقب قمتها في جيبوتي في التاسع من ديسمبر موافقة البرهان وحميدتي على لقاء مباشر، "
     "قبل أن تعلن جيبوتي تأجيله «لأسباب فنية».\n"
     "ومن المنتظر أن يلتقي حميدتي الرئيس الكيني وليام روتو في نيروبي خلال الأيام المقبلة.\n"
     "في المقابل، قال عضو مجلس السيادة الفريق أول ياسر العطا إن الإعلان «لا يعني الجيش»، فيما يتهم الجيش "
     "قوات الدعم السريع باغتيال والي غرب دارفور خميس أبكر في يونيو الماضي، وهو ما تنفيه.",
     [("MET_WITH", HEMEDTI, HAMDOK, "ورئيس الهيئة القيادية لتنسيقية", "2024-01-02"),
      ("LEADS", HEMEDTI, RSF, "قائد قوات الدعم السريع الفريق أول"),
      ("LEADS", HAMDOK, TAGADDUM, "رئيس الهيئة القيادية لتنسيقية القوى"),
      ("MET_WITH", KHALID, HEMEDTI, "وضم وفد «تقدم» إلى الاجتماعات", "2024-01-02"),
      ("MET_WITH", KHALID, HAMDOK, "القيادي بحزب المؤتمر السوداني خالد", "2024-01-02"),
      ("MEMBER_OF", KHALID, SCP, "القيادي بحزب المؤتمر السوداني"),
      ("MET_WITH", ABIY, HEMEDTI, "حيث استقبله رئيس الوزراء", "2023-12-28"),
      ("LEADS", ABIY, ETHIOPIA, "الإثيوبي آبي أحمد في مكتبه"),
      ("MET_WITH", HEMEDTI, MUSEVENI, "التقى خلالها الرئيس الأوغندي", "2023-12-27"),
      ("LEADS", MUSEVENI, UGANDA, "الرئيس الأوغندي يويري"),
      ("MET_WITH", HEMEDTI, GUELLEH, "حيث التقى رئيسها إسماعيل", "2023-12-29"),
      ("LEADS", GUELLEH, IGAD, "بصفته رئيساً للدورة الحالية"),
      ("LEADS", RUTO, KENYA, "الرئيس الكيني وليام"),
      ("MEMBER_OF", ATTA, SOVCOUNCIL, "عضو مجلس السيادة الفريق أول ياسر"),
      ("LEADS", BURHAN, SAF, "قائد الجيش الفريق أول عبد الفتاح"),
      ],
     {"source": DABANGA, "published": "2024-01-03"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setNV")
