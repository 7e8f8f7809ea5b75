"""Blind set NU: Sudan and the Horn of Africa 2019-2024 (first folder of NU-NV): Ibn Auf's one-day rule
and al-Burhan's succession after Bashir's fall (April 2019), the political agreement between al-Burhan and
Hamdok at the Republican Palace (November 2021), the US envoys for the Horn of Africa and for Sudan in
a think-tank brief (Feltman, Satterfield, Hammer, Perriello; August 2024), Hamza Abdi Barre's nomination
after Hassan Sheikh Mohamud's return to power (June 2022), the ENDF's killing of Seyoum Mesfin, Abay
Weldu and Asmelash Woldeselassie (January 2021), and Erdogan's Ankara meeting with Abiy Ahmed and Hassan
Sheikh Mohamud (December 2024), as an international wire writes it in English (Reuters-like: "KHARTOUM
(Reuters) -"), Sudan's state agency in Arabic (SUNA-like: "الخرطوم 21-11-2021 (سونا) -", stacked titles
"رئيس مجلس السيادة الانتقالي القائد العام للقوات المسلحة الفريق أول ركن"), a US think-tank's commentary
in English (Atlantic Council-like: "AfricaSource", "Our recommendation"), a pan-Arab daily in Arabic
(Asharq Al-Awsat-like: "مقديشو: «الشرق الأوسط»", "أمس (الأربعاء)"), Ethiopia's state agency in English
(ENA-like: "Addis Ababa, January 6, 2021 (ENA) -", "the TPLF clique") and a Turkish agency's Arabic service
(Anadolu-like: "أنقرة/ الأناضول").
Pieces: Ibn Auf steps down and names al-Burhan as his successor, al-Burhan meets the Forces of Freedom and
Change with Omar al-Digair (English, NU1); al-Burhan and Hamdok sign the political agreement in the
presence of Hemedti, Fadlallah Burma Nasir's mediation delegation met Hamdok (Arabic, NU2); Feltman's
joint meeting with al-Burhan and Hamdok, Satterfield replaces Feltman, Hammer takes over from Satterfield,
the army kills Ali Yaqoub Gibril (English, NU3); Hassan Sheikh Mohamud names Hamza Abdi Barre to replace
Roble, took over from Farmaajo, met Guelleh and Abiy separately (Arabic, NU4); the ENDF kills Seyoum Mesfin,
Abay Weldu and Asmelash Woldeselassie, Mulu Nega replaces Debretsion and is received by Abiy (English,
NU5); Erdogan hosts Abiy and Hassan Sheikh Mohamud with Fidan and Kalin present, Abiy signed the MoU with
Muse Bihi in Addis Ababa, the Asmara summit of Hassan Sheikh Mohamud, Sisi and Isaias (Arabic, NU6).
Excluded on purpose (no relation): Kamal Abdelmarouf, relieved of his post, Gosh's resignation, the
expected Saudi-Emirati delegation, al-Burhan is not Bashir's successor in the text (NU1); the called-off
meeting with the Forces of Freedom and Change, Perthes's phone call to Hamdok (NU2); the called-off
meeting of Perriello with al-Burhan, the army's absence from the Swiss talks, Lamamra named to a new post
and not to Perthes's (NU3); Erdogan's phone call, the planned visit to Mohamed bin Zayed in Abu Dhabi
(NU4); Sebhat Nega captured, Abiy's phone call with al-Burhan (NU5); the indirect talks of the two foreign
ministers and the postponed third round (NU6).
Judgement calls: "named ... as his successor" is a succession (NU1); a delegation of a body met: the
subject is paired with the body and with the named member who "took part in the meeting" (NU1); the joint
signing at the palace is a meeting, the attendee "بحضور" is paired with both signatories (NU2); "وفد
المبادرة برئاسته التقى" is the head's meeting (NU2); "sat down ... for a joint meeting" is a meeting of
the three (NU3); "the army's 6th Infantry Division said ... its forces had killed" gives the victim ->
the Sudanese Armed Forces, the army's own claim (NU3); "تسلّم السلطة من سلفه" is a succession and "تبادل
الرئيسان الحديث" a meeting (NU4); "لقاءين منفصلين مع" A and B: not A with B (NU4); "to replace Debretsion at
the head of the region" is a succession (NU5); the attendees of the separate meetings ("على حدة") are
paired with Erdogan and with each guest, not with each other; the MoU signed in Addis Ababa is a meeting;
"قمة ثلاثية ... جمعته بالرئيسين" is a meeting of the three (NU6); a prime minister LEADS the country (as
NK); a deputy chairman is a MEMBER_OF the council.
Filled in for the exercise: Digair's presence and words, the expected Saudi-Emirati delegation (NU1);
Burma Nasir's meeting on the eve, the called-off meeting, Perthes's call (NU2); the called-off meeting in
Port Sudan, the joint form of Feltman's meeting (NU3); the handover's wording, the two side meetings at
the inauguration, Erdogan's call (NU4); Tesfaye Ayalew's briefing wording, Abiy's meeting with Mulu Nega,
the phone call with al-Burhan (NU5); Fidan's and Kalin's presence at the side meetings (NU6).
Spellings: "Awad Ibn Auf", "Kamal Abdelmarouf" (NU1); "الفريق أول ركن عبد الفتاح البرهان", "اللواء (م)
فضل الله برمة ناصر" (NU2); "Abdalla Hamdok", "Ali Yaqoub Gibril" (NU3); "حمزة عبدي بري", "محمد عبد الله
فرماجو", "إسماعيل عمر جيله" (NU4); "Seyoum Mesfin", "Asmelash Woldeselassie", "Dr. Mulu Nega" (NU5);
"آبي أحمد", "إبراهيم قالن", "تايي أصقي سيلاسي", "موسى بيحي عبدي", "أسياس أفورقي" (NU6).
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

SUDAN, ETHIOPIA, SOMALIA, ERITREA, DJIBOUTI, EGYPT, TURKEY, UAE = (
    "country:sudan", "country:ethiopia", "country:somalia", "country:eritrea", "country:djibouti",
    "country:egypt", "country:turkey", "country:united-arab-emirates")
SOMALILAND = "location:somaliland"
SAF, RSF, SOVCOUNCIL, TMC, FFC, UMMA, SCP, GIS, UNITAMS = (
    "organization:sudanese-armed-forces", "organization:rapid-support-forces",
    "organization:sudan-sovereignty-council", "organization:sudan-transitional-military-council",
    "organization:forces-of-freedom-and-change", "organization:national-umma-party",
    "organization:sudanese-congress-party", "organization:sudan-general-intelligence-service",
    "organization:unitams")
TPLF, ENDF, STATE, TRFM, MIT, ETFM = (
    "organization:tplf", "organization:ethiopian-national-defense-force", "organization:us-state-department",
    "organization:turkish-foreign-ministry", "organization:turkish-national-intelligence-organization",
    "organization:ethiopian-foreign-ministry")
BASHIR, IBNAUF, BURHAN, HEMEDTI, GOSH, DIGAIR, HAMDOK, BURMA, ALIYAQOUB = (
    "person:omar-al-bashir", "person:ahmed-awad-ibn-auf", "person:abdel-fattah-al-burhan",
    "person:mohamed-hamdan-dagalo", "person:salah-gosh", "person:omar-al-digair", "person:abdalla-hamdok",
    "person:fadlallah-burma-nasir", "person:ali-yaqoub-gibril")
ABIY, DEBRETSION, MULU, SEYOUM, ABAY, ASMELASH, SEBHAT, TAYE = (
    "person:abiy-ahmed", "person:debretsion-gebremichael", "person:mulu-nega", "person:seyoum-mesfin",
    "person:abay-weldu", "person:asmelash-woldeselassie", "person:sebhat-nega", "person:taye-atske-selassie")
HSM, FARMAAJO, ROBLE, HAMZA, MUSEBIHI, GUELLEH, ISAIAS, SISI = (
    "person:hassan-sheikh-mohamud", "person:mohamed-abdullahi-farmaajo", "person:mohamed-hussein-roble",
    "person:hamza-abdi-barre", "person:muse-bihi-abdi", "person:ismail-omar-guelleh", "person:isaias-afwerki",
    "person:abdel-fattah-el-sisi")
ERDOGAN, FIDAN, KALIN, MBZ = ("person:recep-tayyip-erdogan", "person:hakan-fidan", "person:ibrahim-kalin",
                              "person:mohamed-bin-zayed")
FELTMAN, SATTERFIELD, HAMMER, PERRIELLO, BLINKEN, PERTHES = (
    "person:jeffrey-feltman", "person:david-satterfield", "person:mike-hammer", "person:tom-perriello",
    "person:antony-blinken", "person:volker-perthes")

REUTERS = "blind set (international news wire, English, Reuters-like)"
SUNA = "blind set (Sudan's state news agency, Arabic, SUNA-like)"
ATLANTIC = "blind set (US think-tank commentary, English, Atlantic Council AfricaSource-like)"
SHARQ = "blind set (pan-Arab daily, Arabic, Asharq Al-Awsat-like)"
ENA = "blind set (Ethiopian state news agency, English, ENA-like)"
ANADOLU = "blind set (Turkish news agency's Arabic service, Anadolu-like)"

ARTICLES = [
    ("enNU1_ibn_auf_quits_burhan_reuters", "en",
     "Sudan military council chief quits a day after Bashir's ouster\n"
     "KHARTOUM (Reuters) - The head of Sudan's Transitional Military Council, Defence Minister Awad Ibn Auf, "
     "stepped down on Friday, a day after leading the army's overthrow of President Omar al-Bashir, and named "
     "Lieutenant General Abdel Fattah al-Burhan as his successor.\n"
     "\"I, as head of the military council, announce that I am giving up this post,\" Ibn Auf said in a "
     "televised speech. Army chief of staff Kamal Abdelmarouf, who had been named his deputy, was also "
     "relieved of his post.\n"
     "Burhan, the army's inspector general and a little-known figure, was sworn in late on Friday, and "
     "protesters camped outside the Defence Ministry since April 6 cheered in the streets of the capital.\n"
     "On Saturday, intelligence chief Salah Gosh, whose service led the crackdown on the protests, resigned.\n"
     "Burhan later met a delegation of the Forces of Freedom and Change, the alliance leading the protests. "
     "Omar al-Digair, head of the Sudanese Congress Party, who took part in the meeting, told Reuters the "
     "council had promised to free detainees.\n"
     "The council named Mohamed Hamdan Dagalo, commander of the paramilitary Rapid Support Forces known as "
     "Hemedti, as Burhan's deputy.\n"
     "Bashir, who ruled Sudan for 30 years, is being held in a \"secure place\". Saudi Arabia and the United "
     "Arab Emirates voiced support for the council, and a joint Saudi-Emirati delegation is expected in "
     "Khartoum in the coming days.",
     [("LEADS", IBNAUF, TMC, "head of Sudan's Transitional Military Council, Defence Minister"),
      ("SUCCESSOR_OF", BURHAN, IBNAUF, "as his successor", "2019-04-12"),
      ("LEADS", GOSH, GIS, "intelligence chief Salah Gosh"),
      ("MET_WITH", BURHAN, FFC, "Burhan later met a delegation", "2019-04-13"),
      ("MET_WITH", DIGAIR, BURHAN, "who took part in the meeting", "2019-04-13"),
      ("LEADS", DIGAIR, SCP, "head of the Sudanese Congress Party"),
      ("LEADS", HEMEDTI, RSF, "commander of the paramilitary Rapid Support Forces"),
      ("MEMBER_OF", HEMEDTI, TMC, "as Burhan's deputy"),
      ("LEADS", BASHIR, SUDAN, "Bashir, who ruled Sudan for 30 years"),
      ],
     {"source": REUTERS, "published": "2019-04-13"}),

    ("arNU2_burhan_hamdok_agreement_suna", "ar",
     "البرهان وحمدوك يوقعان الاتفاق السياسي بالقصر الجمهوري\n"
     "الخرطوم 21-11-2021 (سونا) - وقّع رئيس مجلس السيادة الانتقالي القائد العام للقوات المسلحة الفريق أول "
     "ركن عبد الفتاح البرهان، ورئيس مجلس الوزراء الدكتور عبد الله حمدوك، ظهر اليوم بالقصر الجمهوري، على "
     "الاتفاق السياسي، بحضور نائب رئيس مجلس السيادة الفريق أول محمد حمدان دقلو وأعضاء المجلس ولفيف من "
     "القيادات السياسية والأهلية.\n"
     "وينص الاتفاق المكون من أربعة عشر بنداً على عودة حمدوك إلى منصبه وإطلاق سراح المعتقلين السياسيين "
     "وتشكيل حكومة كفاءات مستقلة.\n"
     "وأكد البرهان في كلمته عقب التوقيع أن الاتفاق يؤسس «لشراكة حقيقية»، فيما قال حمدوك إنه وقّعه «حقناً "
     "لدماء الشباب السوداني».\n"
     "من جهته، أوضح رئيس حزب الأمة القومي المكلف اللواء (م) فضل الله برمة ناصر، الذي قاد جهود الوساطة، أن "
     "وفد المبادرة برئاسته التقى رئيس الوزراء في مقر إقامته بحي كافوري مساء أمس، حيث وافق على الصيغة "
     "النهائية.\n"
     "وكان من المقرر أن يلتقي رئيس مجلس السيادة وفداً من المجلس المركزي لقوى الحرية والتغيير عقب التوقيع، "
     "غير أن القوى أعلنت رفضها للاتفاق وألغت اللقاء.\n"
     "وتلقى حمدوك مساء اليوم اتصالاً هاتفياً من رئيس بعثة يونيتامس فولكر بيرتس، رحّب فيه بالاتفاق.\n"
     "يُذكر أن البرهان كان قد أعلن في الخامس والعشرين من أكتوبر الماضي حل مجلسي السيادة والوزراء وفرض "
     "حالة الطوارئ.",
     [("MET_WITH", BURHAN, HAMDOK, "ورئيس مجلس الوزراء الدكتور", "2021-11-21"),
      ("MET_WITH", HEMEDTI, BURHAN, "بحضور نائب رئيس مجلس السيادة", "2021-11-21"),
      ("MET_WITH", HEMEDTI, HAMDOK, "الفريق أول محمد حمدان دقلو وأعضاء", "2021-11-21"),
      ("LEADS", BURHAN, SOVCOUNCIL, "وقّع رئيس مجلس السيادة الانتقالي"),
      ("LEADS", BURHAN, SAF, "القائد العام للقوات المسلحة الفريق"),
      ("LEADS", HAMDOK, SUDAN, "ورئيس مجلس الوزراء الدكتور عبد الله حمدوك"),
      ("MEMBER_OF", HEMEDTI, SOVCOUNCIL, "نائب رئيس مجلس السيادة الفريق أول محمد"),
      ("LEADS", BURMA, UMMA, "رئيس حزب الأمة القومي المكلف"),
      ("MET_WITH", BURMA, HAMDOK, "وفد المبادرة برئاسته التقى رئيس الوزراء", "2021-11-20"),
      ("LEADS", PERTHES, UNITAMS, "رئيس بعثة يونيتامس"),
      ],
     {"source": SUNA, "published": "2021-11-21"}),

    ("enNU3_horn_envoys_atlantic", "en",
     "Washington's revolving door of envoys has cost it leverage in Sudan\n"
     "AfricaSource | Atlantic Council\n"
     "On October 24, 2021, Jeffrey Feltman, the first US special envoy for the Horn of Africa, sat down in "
     "Khartoum with General Abdel Fattah al-Burhan and Prime Minister Abdalla Hamdok for a joint meeting he "
     "believed had rescued the transition. Hours after he left, the army arrested Hamdok.\n"
     "Feltman stepped down in January 2022 and was replaced by David Satterfield, then ambassador to Turkey. "
     "Satterfield lasted barely five months; Mike Hammer, a former ambassador to Chile, took over from him in "
     "June 2022 and spent most of his tenure on Ethiopia.\n"
     "Sudan got its own envoy only in February 2024, when Secretary of State Antony Blinken named former "
     "congressman Tom Perriello. His talks in Switzerland this month foundered when the Sudanese Armed Forces "
     "refused to send a delegation, and a planned meeting with Burhan in Port Sudan was called off.\n"
     "The UN has fared no better. Volker Perthes, head of the UN mission, resigned in September 2023 after "
     "Khartoum declared him persona non grata; Ramtane Lamamra was named to a new post of personal envoy "
     "rather than to Perthes's.\n"
     "Meanwhile the war grinds on around El Fasher, where the army's 6th Infantry Division said in June that "
     "its forces had killed Ali Yaqoub Gibril, the RSF's commander for Central Darfur.\n"
     "Our recommendation: one empowered envoy, kept in post.",
     met_group({FELTMAN: "sat down in Khartoum with", BURHAN: "General Abdel Fattah al-Burhan and Prime",
                HAMDOK: "Prime Minister Abdalla Hamdok for a joint meeting"}, "2021-10-24") + [
      ("LEADS", HAMDOK, SUDAN, "Prime Minister Abdalla Hamdok"),
      ("SUCCESSOR_OF", SATTERFIELD, FELTMAN, "was replaced by David Satterfield", "2022-01"),
      ("SUCCESSOR_OF", HAMMER, SATTERFIELD, "took over from him in June 2022", "2022-06"),
      ("LEADS", BLINKEN, STATE, "Secretary of State Antony Blinken"),
      ("LEADS", PERTHES, UNITAMS, "head of the UN mission"),
      ("ASSASSINATED_BY", ALIYAQOUB, SAF, "its forces had killed Ali Yaqoub Gibril", "2024-06-14"),
      ("MEMBER_OF", ALIYAQOUB, RSF, "the RSF's commander for Central Darfur"),
      ],
     {"source": ATLANTIC, "published": "2024-08-23"}),

    ("arNU4_hsm_names_hamza_barre_sharq", "ar",
     "حسن شيخ محمود يكلّف حمزة عبدي بري تشكيل الحكومة الصومالية\n"
     "مقديشو: «الشرق الأوسط»\n"
     "كلّف الرئيس الصومالي حسن شيخ محمود، أمس (الأربعاء)، النائب في البرلمان الفيدرالي حمزة عبدي بري "
     "بتشكيل الحكومة الجديدة، خلفاً لرئيس الوزراء محمد حسين روبلي، وذلك بعد أيام من تنصيبه رسمياً في "
     "التاسع من يونيو (حزيران) الجاري.\n"
     "وكان حسن شيخ محمود، الذي انتخبه البرلمان في 15 مايو (أيار) الماضي لولاية ثانية بعد رئاسته البلاد بين "
     "2012 و2017، قد تسلّم السلطة من سلفه محمد عبد الله فرماجو في مراسم بالقصر الرئاسي «فيلا صوماليا»، "
     "وتبادل الرئيسان الحديث لدقائق قبل أن يغادر فرماجو القصر.\n"
     "وشهد حفل التنصيب حضور عدد من القادة الأفارقة، وعقد الرئيس الصومالي على هامشه لقاءين منفصلين مع "
     "الرئيس الجيبوتي إسماعيل عمر جيله ورئيس الوزراء الإثيوبي آبي أحمد، بحث خلالهما التعاون الأمني ومواجهة "
     "«حركة الشباب».\n"
     "كما تلقى الرئيس اتصالاً هاتفياً من الرئيس التركي رجب طيب أردوغان، هنّأه فيه بتوليه المنصب ودعاه إلى "
     "زيارة أنقرة.\n"
     "ومن المنتظر أن يتوجه حسن شيخ محمود إلى أبوظبي في أول زيارة خارجية له، حيث يلتقي رئيس دولة الإمارات "
     "الشيخ محمد بن زايد آل نهيان.\n"
     "ويُنتظر أن يعرض بري تشكيلته على البرلمان خلال ثلاثين يوماً.",
     [("SUCCESSOR_OF", HAMZA, ROBLE, "خلفاً لرئيس الوزراء محمد حسين روبلي", "2022-06-15"),
      ("LEADS", ROBLE, SOMALIA, "لرئيس الوزراء محمد حسين"),
      ("LEADS", HSM, SOMALIA, "كلّف الرئيس الصومالي حسن شيخ محمود"),
      ("SUCCESSOR_OF", HSM, FARMAAJO, "قد تسلّم السلطة من سلفه", "2022-05-23"),
      ("MET_WITH", HSM, FARMAAJO, "وتبادل الرئيسان الحديث", "2022-05-23"),
      ("MET_WITH", HSM, GUELLEH, "لقاءين منفصلين مع", "2022-06-09"),
      ("MET_WITH", HSM, ABIY, "ورئيس الوزراء الإثيوبي آبي أحمد، بحث", "2022-06-09"),
      ("LEADS", GUELLEH, DJIBOUTI, "الرئيس الجيبوتي إسماعيل"),
      ("LEADS", ABIY, ETHIOPIA, "ورئيس الوزراء الإثيوبي آبي"),
      ("LEADS", ERDOGAN, TURKEY, "الرئيس التركي رجب طيب"),
      ("LEADS", MBZ, UAE, "رئيس دولة الإمارات الشيخ"),
      ],
     {"source": SHARQ, "published": "2022-06-16"}),

    ("enNU5_endf_kills_seyoum_mesfin_ena", "en",
     "ENDF kills Seyoum Mesfin, two other senior members of TPLF clique\n"
     "Addis Ababa, January 6, 2021 (ENA) - The Ethiopian National Defense Force has killed former Foreign "
     "Minister Seyoum Mesfin and two other senior leaders of the TPLF clique who refused to surrender, the "
     "Force announced today.\n"
     "Briefing journalists, Brigadier General Tesfaye Ayalew said the army's special force had also killed Abay "
     "Weldu, former president of the Tigray region, and Asmelash Woldeselassie, a former government whip in "
     "the House of Peoples' Representatives, in the Kola Tembien area.\n"
     "Sebhat Nega, one of the founders of the TPLF, and four other officials were captured, he added.\n"
     "Debretsion Gebremichael, the TPLF chairman who was ousted as regional president in November, remains at "
     "large. The House of Federation had appointed Dr. Mulu Nega as chief executive of the Transitional "
     "Government of Tigray to replace Debretsion at the head of the region.\n"
     "Prime Minister Abiy Ahmed received Dr. Mulu Nega at his office on Tuesday, where the two discussed the "
     "restoration of basic services in Mekelle and other towns, the Office of the Prime Minister said.\n"
     "Earlier in the week Abiy held a phone conversation with Sudan's Sovereign Council Chairman General Abdel "
     "Fattah al-Burhan on the situation along the border.",
     [("ASSASSINATED_BY", SEYOUM, ENDF, "has killed former Foreign Minister Seyoum Mesfin", "2021-01-06"),
      ("MEMBER_OF", SEYOUM, TPLF, "senior leaders of the TPLF clique who refused"),
      ("ASSASSINATED_BY", ABAY, ENDF, "had also killed Abay", "2021-01-06"),
      ("ASSASSINATED_BY", ASMELASH, ENDF, "and Asmelash Woldeselassie, a former government whip", "2021-01-06"),
      ("MEMBER_OF", SEBHAT, TPLF, "one of the founders of the TPLF"),
      ("LEADS", DEBRETSION, TPLF, "the TPLF chairman who was ousted"),
      ("SUCCESSOR_OF", MULU, DEBRETSION, "to replace Debretsion at the head of the region", "2020-11"),
      ("MET_WITH", ABIY, MULU, "received Dr. Mulu Nega at his office", "2021-01-05"),
      ("LEADS", ABIY, ETHIOPIA, "Prime Minister Abiy Ahmed received"),
      ("LEADS", BURHAN, SOVCOUNCIL, "Sovereign Council Chairman General Abdel"),
      ],
     {"source": ENA, "published": "2021-01-06"}),

    ("arNU6_erdogan_abiy_hsm_ankara_anadolu", "ar",
     "أردوغان يستضيف آبي أحمد وحسن شيخ محمود.. والبلدان يتفقان على «إعلان أنقرة»\n"
     "أنقرة/ الأناضول\n"
     "استضاف الرئيس التركي رجب طيب أردوغان، مساء الأربعاء، في المجمع الرئاسي بالعاصمة أنقرة، رئيس الوزراء "
     "الإثيوبي آبي أحمد والرئيس الصومالي حسن شيخ محمود، في اجتماع ثلاثي ضمن مسار الوساطة التركية بين "
     "البلدين.\n"
     "وقبيل الاجتماع الثلاثي، التقى أردوغان كلاً من ضيفيه على حدة، بحضور وزير الخارجية هاكان فيدان ورئيس "
     "جهاز الاستخبارات إبراهيم قالن.\n"
     "وعقب الاجتماع، أعلن أردوغان في مؤتمر صحفي مشترك مع الزعيمين التوصل إلى «إعلان أنقرة»، الذي يتيح "
     "لإثيوبيا الوصول إلى البحر «تحت السلطة السيادية» للصومال، على أن تبدأ المفاوضات الفنية مطلع العام "
     "المقبل.\n"
     "وكانت أنقرة قد استضافت في يوليو وأغسطس الماضيين جولتين من المحادثات غير المباشرة بين وزير الخارجية "
     "الإثيوبي تايي أصقي سيلاسي ونظيره الصومالي أحمد معلم فقي، فيما أُرجئت جولة ثالثة كانت مقررة في "
     "سبتمبر.\n"
     "واندلعت الأزمة إثر توقيع آبي أحمد في أديس أبابا مطلع العام مذكرة تفاهم مع رئيس إقليم «أرض الصومال» "
     "الانفصالي آنذاك موسى بيحي عبدي، تمنح إثيوبيا منفذاً بحرياً.\n"
     "وكان حسن شيخ محمود قد شارك في أكتوبر الماضي في قمة ثلاثية بأسمرة جمعته بالرئيسين المصري عبد الفتاح "
     "السيسي والإريتري أسياس أفورقي.",
     met_group({ERDOGAN: "استضاف الرئيس التركي رجب طيب أردوغان",
                ABIY: "الإثيوبي آبي أحمد والرئيس الصومالي",
                HSM: "والرئيس الصومالي حسن شيخ محمود، في اجتماع ثلاثي"}, "2024-12-11") + [
      ("MET_WITH", FIDAN, ERDOGAN, "بحضور وزير الخارجية هاكان فيدان", "2024-12-11"),
      ("MET_WITH", FIDAN, ABIY, "التقى أردوغان كلاً من ضيفيه على حدة", "2024-12-11"),
      ("MET_WITH", FIDAN, HSM, "وزير الخارجية هاكان فيدان ورئيس", "2024-12-11"),
      ("MET_WITH", KALIN, ERDOGAN, "جهاز الاستخبارات إبراهيم قالن", "2024-12-11"),
      ("MET_WITH", KALIN, ABIY, "ورئيس جهاز الاستخبارات إبراهيم", "2024-12-11"),
      ("MET_WITH", KALIN, HSM, "إبراهيم قالن.", "2024-12-11"),
      ("LEADS", ERDOGAN, TURKEY, "الرئيس التركي رجب طيب"),
      ("LEADS", ABIY, ETHIOPIA, "رئيس الوزراء الإثيوبي آبي أحمد"),
      ("LEADS", HSM, SOMALIA, "والرئيس الصومالي حسن شيخ"),
      ("LEADS", FIDAN, TRFM, "وزير الخارجية هاكان"),
      ("LEADS", KALIN, MIT, "رئيس جهاز الاستخبارات إبراهيم"),
      ("LEADS", TAYE, ETFM, "وزير الخارجية الإثيوبي تايي"),
      ("MET_WITH", ABIY, MUSEBIHI, "مذكرة تفاهم مع رئيس إقليم", "2024-01-01"),
      ("LEADS", MUSEBIHI, SOMALILAND, "رئيس إقليم «أرض الصومال»"),
      ] + met_group({HSM: "قد شارك في أكتوبر الماضي", SISI: "بالرئيسين المصري عبد الفتاح",
                     ISAIAS: "والإريتري أسياس أفورقي"}, "2024-10-10") + [
      ("LEADS", SISI, EGYPT, "المصري عبد الفتاح السيسي"),
      ("LEADS", ISAIAS, ERITREA, "والإريتري أسياس"),
      ],
     {"source": ANADOLU, "published": "2024-12-12"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setNU")
