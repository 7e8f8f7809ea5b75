"""Blind set NA: Libya, Sudan and Turkey 2025 (first folder of NA-NB): the killing of the Stability
Support Apparatus chief Abdul Ghani al-Kikli (Ghneiwa) at the 444 Brigade's camp and the Tripoli fighting
that followed (May 2025), Khalifa Haftar's appointment of his sons Saddam and Khaled as deputy
commander-in-chief and chief of staff (August 2025), Saddam Haftar's talks in Ankara (April 2025), Kamil
Idris sworn in as Sudan's prime minister (May 2025), al-Burhan's Zurich meeting with Massad Boulos
(August 2025) and Erdogan's reception of the DEM Party's Imrali delegation (April 2025), as an Italian
agency writes it in English (Agenzia Nova-like: "Rome, May 16 (Agenzia Nova) -"), as an LNA-aligned
Libyan TV site writes it in Arabic (Libya al-Hadath-like: "القائد العام", "الفريق أول"), as a Turkish
English-language news site writes it (Türkiye Today-like: "ANKARA —", Turkish diacritics), as Sudan's
state agency writes it in Arabic (SUNA-like: "بورتسودان 31-5-2025 (سونا) -", full ranks), as an exile
Sudanese radio site writes it (Dabanga-like: "Lt Gen Abdelfattah El Burhan", "diplomatic sources told
Radio Dabanga") and as an Arabic site on Turkish affairs writes it (Turk Press-like: "وفد إمرالي").
Pieces: al-Kikli shot dead by members of the 444 Brigade, Mahmoud Hamza leads the brigade, Tetteh meets
Dbeibah (English, NA1); Saddam deputy commander-in-chief, Khaled chief of staff in place of al-Nadhuri,
the oath before the marshal in Aguila Saleh's presence, Belgasem meets Tetteh (Arabic, NA2); Saddam
Haftar's talks with Güler with Gürak present, then received by Kalın (English, NA3); Kamil Idris sworn
in before al-Burhan with Agar and Kabbashi present, then a meeting with al-Burhan (the same pair); Idris after Dafallah
al-Haj Ali, who followed Osman Hussein (Arabic, NA4); al-Burhan meets Boulos in Zurich, Khamis Abakar
killed by RSF fighters (English, NA5); Erdogan receives Buldan and Önder with Efkan Ala and Kalın
present; the delegation had visited Ocalan and met Bahceli (Arabic, NA6).
Excluded on purpose (no relation): al-Kikli's meeting with Hamza that he "had gone to the camp for"
(not said to have been held), Tetteh's postponed meeting with al-Menfi, Meloni's phone call to Dbeibah
(NA1); the reported Rome meeting between Saddam Haftar and Dbeibah, denied (NA2); Erdoğan, whom the
programme did not include, Fidan's phone call with Dbeibah (NA3); the Burhan-Hemedti meeting in Manama,
denied (NA4); Boulos's phone call with Hemedti, the Quad meeting that is only expected (NA5);
Bakirhan, who did not take part (NA6).
Judgement calls: "was shot dead by members of the brigade" gives the victim -> the 444 Brigade (NA1);
a deputy commander-in-chief, a chief of staff and a land forces commander are MEMBER_OF the LNA, not its
leaders (NA2, NA3); an oath taken "before" a leader "in the presence of" others is a meeting of all of
them (NA2, NA4); "received by" is a meeting (NA3); the UN special envoy LEADS UNSMIL (NA1); a meeting of
two delegations pairs each member with each member of the other side, not with his own side (NA6: the
AKP's Ala and Kalın with Buldan and Önder, not with Erdogan); "after visiting Ocalan" pairs each
delegate with Ocalan (NA6); "who held the post for weeks after Osman Hussein was relieved" is a
succession (NA4).
Filled in for the exercise: the sources' account of the shooting, the postponed Menfi meeting, the
Meloni call (NA1); the Rome denial, Belgasem's meeting with Tetteh (NA2); the programme without
Erdoğan, Fidan's call (NA3); the Manama denial (NA4); Qatar's role, the Hemedti call (NA5); Bakirhan's
absence, the length of the meeting (NA6).
Spellings: "Abdelghani al-Kikli", "Ghnewa", "Abdul Hamid Dbeibah", "Radaa" (NA1); "صدام خليفة حفتر",
"خالد خليفة حفتر", "عبد الرازق الناظوري" (NA2); "Yaşar Güler", "İbrahim Kalın", "Abdulhamid Dbeibah"
(NA3); "كامل الطيب إدريس", "مالك عقار إير", "دفع الله الحاج علي" (NA4); "Abdelfattah El Burhan",
"Hemedti" (NA5); "إبراهيم قالن", "سري ثريا أوندر", "بروين بولدان", "دولت بهتشلي" (NA6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_nb import ALL  # noqa: E402

HERE = Path(__file__).parent

TURKEY, US = "country:turkey", "country:united-states"
ANKARA, ZURICH = "location:ankara", "location:zurich"
LNA, GNU, PC, HOR, SSA, B444, RADA, UNSMIL, FUND = (
    "organization:libyan-national-army", "organization:government-of-national-unity-libya",
    "organization:libyan-presidential-council", "organization:libyan-house-of-representatives",
    "organization:stability-support-apparatus", "organization:444-combat-brigade",
    "organization:rada-special-deterrence-force", "organization:unsmil",
    "organization:libya-development-and-reconstruction-fund")
SAF, RSF, SOV, SDNGOV = ("organization:sudanese-armed-forces", "organization:rapid-support-forces",
                         "organization:sudan-sovereignty-council", "organization:sudanese-government")
TRFM, TRDEF, MIT, TAF, AKP, MHP, DEM, PKK = (
    "organization:turkish-foreign-ministry", "organization:turkish-defence-ministry",
    "organization:turkish-national-intelligence-organization", "organization:turkish-armed-forces",
    "organization:akp", "organization:nationalist-movement-party", "organization:dem-party", "organization:pkk")
KHALIFA, SADDAM, KHALED, BELGASEM, NADHURI, DBEIBAH, KIKLI, HAMZA, KARA, TETTEH, MENFI, AGUILA = (
    "person:khalifa-haftar", "person:saddam-haftar", "person:khaled-haftar", "person:belgasem-haftar",
    "person:abdulrazek-al-nadhuri", "person:abdul-hamid-dbeibah", "person:abdul-ghani-al-kikli",
    "person:mahmoud-hamza", "person:abdel-raouf-kara", "person:hanna-tetteh", "person:mohamed-al-menfi",
    "person:aguila-saleh")
BURHAN, HEMEDTI, IDRIS, DAFALLAH, OSMAN, AGAR, KABBASHI, ABAKAR, BOULOS, TRUMP = (
    "person:abdel-fattah-al-burhan", "person:mohamed-hamdan-dagalo", "person:kamil-idris",
    "person:dafallah-al-haj-ali", "person:osman-hussein-osman", "person:malik-agar",
    "person:shams-al-din-kabbashi", "person:khamis-abakar", "person:massad-boulos", "person:donald-trump")
ERDOGAN, FIDAN, KALIN, GULER, GURAK, ALA, BAHCELI, BULDAN, ONDER, BAKIRHAN, OCALAN = (
    "person:recep-tayyip-erdogan", "person:hakan-fidan", "person:ibrahim-kalin", "person:yasar-guler",
    "person:metin-gurak", "person:efkan-ala", "person:devlet-bahceli", "person:pervin-buldan",
    "person:sirri-sureyya-onder", "person:tuncer-bakirhan", "person:abdullah-ocalan")

NOVA = "blind set (Italian news agency, English, Agenzia Nova-like)"
HADATH = "blind set (LNA-aligned Libyan TV site, Arabic, Libya al-Hadath-like)"
TTODAY = "blind set (Turkish English-language news site, English, Türkiye Today-like)"
SUNA = "blind set (Sudanese state news agency, Arabic, SUNA-like)"
DABANGA = "blind set (exile Sudanese radio site, English, Dabanga-like)"
TURKPRESS = "blind set (Arabic site on Turkish affairs, Arabic, Turk Press-like)"

_OATH_RAJMA = {SADDAM: "وأدى النائب الجديد اليمين القانونية", KHALIFA: "أمام المشير في مقر القيادة العامة",
               AGUILA: "بحضور رئيس مجلس النواب عقيلة صالح"}
_ANKARA_TALKS = {SADDAM: "held talks in Ankara on Friday", GULER: "with National Defense Minister Yaşar Güler",
                 GURAK: "also attended the meeting"}
_IDRIS_OATH = {IDRIS: "أدى الدكتور كامل الطيب إدريس", BURHAN: "أمام رئيس مجلس السيادة الانتقالي",
               AGAR: "بحضور نائب رئيس مجلس السيادة", KABBASHI: "وعضو المجلس نائب القائد العام"}


def _cross(side_a: dict, side_b: dict, date: str) -> list:
    """MET_WITH between each member of one side and each member of the other (not within a side)."""
    return [("MET_WITH", a, b, side_b[b], date) for a in side_a for b in side_b]


ARTICLES = [
    ("enNA1_kikli_killed_tripoli_clashes", "en",
     "Libya: Ghnewa's killing sets off Tripoli's fiercest fighting in years\n"
     "Rome, May 16 (Agenzia Nova) - Heavy gunfire and explosions shook the Libyan capital on Monday night "
     "after Abdelghani al-Kikli, the commander of the Stability Support Apparatus better known as \"Ghnewa\", "
     "was killed inside the Takbali camp, the headquarters of the 444 Combat Brigade in the Salah al-Din "
     "district. According to two security sources in Tripoli, al-Kikli had gone to the camp for a meeting "
     "with the brigade's commander, Mahmoud Hamza, and was shot dead by members of the brigade together with "
     "several of his bodyguards.\n"
     "Prime Minister Abdul Hamid Dbeibah, who also holds the defence portfolio, hailed the operation in a "
     "televised address and ordered the dissolution of the apparatus. On Wednesday the fighting spread to "
     "Souq al-Juma, pitting the 444 Brigade against the Radaa Special Deterrence Force led by Abdel Raouf "
     "Kara.\n"
     "The UN special envoy, Hanna Tetteh, met Dbeibah at the prime minister's office on Thursday to press "
     "for a lasting truce. A meeting she had planned with the head of the Presidential Council, Mohamed "
     "al-Menfi, was postponed. Dbeibah also received a phone call from Italian Prime Minister Giorgia Meloni, "
     "who urged restraint.",
     [("ASSASSINATED_BY", KIKLI, B444, "was shot dead by members of the brigade", "2025-05-12"),
      ("LEADS", KIKLI, SSA, "the commander of the Stability Support Apparatus"),
      ("LEADS", HAMZA, B444, "the brigade's commander, Mahmoud Hamza"),
      ("LEADS", DBEIBAH, GNU, "Prime Minister Abdul Hamid Dbeibah"),
      ("LEADS", KARA, RADA, "led by Abdel Raouf"),
      ("MET_WITH", TETTEH, DBEIBAH, "Hanna Tetteh, met Dbeibah", "2025-05-15"),
      ("LEADS", TETTEH, UNSMIL, "The UN special envoy, Hanna Tetteh"),
      ("LEADS", MENFI, PC, "the head of the Presidential Council, Mohamed"),
      ("LEADS", "person:giorgia-meloni", "country:italy", "Italian Prime Minister Giorgia Meloni"),
      ],
     {"source": NOVA, "published": "2025-05-16"}),

    ("arNA2_saddam_deputy_khaled_chief_of_staff", "ar",
     "القائد العام يعيّن الفريق أول صدام حفتر نائباً له وخالد حفتر رئيساً للأركان\n"
     "بنغازي - ليبيا الحدث\n"
     "أصدر القائد العام للقوات المسلحة العربية الليبية المشير خليفة حفتر، اليوم السبت، قراراً بتعيين الفريق "
     "أول صدام خليفة حفتر نائباً للقائد العام، وقراراً ثانياً بتكليف الفريق أول خالد خليفة حفتر برئاسة "
     "الأركان العامة خلفاً للفريق أول عبد الرازق الناظوري، الذي عُيّن مستشاراً للقائد العام لشؤون الأمن "
     "القومي.\n"
     "وأدى النائب الجديد اليمين القانونية أمام المشير في مقر القيادة العامة بالرجمة، بحضور رئيس مجلس النواب "
     "عقيلة صالح وعدد من كبار الضباط.\n"
     "وفي سياق منفصل، التقى المدير العام لصندوق التنمية وإعادة إعمار ليبيا بلقاسم حفتر، في مكتبه ببنغازي، "
     "الممثلة الخاصة للأمين العام للأمم المتحدة هانا تيتيه، وبحثا مشروعات إعادة الإعمار في درنة.\n"
     "ونفى مكتب إعلام القيادة العامة ما تداولته صفحات على مواقع التواصل عن لقاء جمع الفريق أول صدام حفتر "
     "برئيس حكومة الوحدة الوطنية عبد الحميد الدبيبة في روما، ووصفه بأنه «عارٍ عن الصحة».",
     [("LEADS", KHALIFA, LNA, "القائد العام للقوات المسلحة العربية الليبية"),
      ("MEMBER_OF", SADDAM, LNA, "نائباً للقائد العام"),
      ("MEMBER_OF", KHALED, LNA, "برئاسة الأركان العامة"),
      ("SUCCESSOR_OF", KHALED, NADHURI, "خلفاً للفريق أول عبد الرازق الناظوري", "2025-08-16"),
      ("LEADS", AGUILA, HOR, "رئيس مجلس النواب عقيلة صالح"),
      ("LEADS", BELGASEM, FUND, "المدير العام لصندوق التنمية"),
      ("MET_WITH", BELGASEM, TETTEH, "الممثلة الخاصة للأمين العام للأمم المتحدة هانا تيتيه", "2025-08-16"),
      ("LEADS", TETTEH, UNSMIL, "الممثلة الخاصة للأمين العام للأمم المتحدة"),
      ("LEADS", DBEIBAH, GNU, "برئيس حكومة الوحدة الوطنية عبد الحميد الدبيبة"),
      ] + met_group(_OATH_RAJMA, "2025-08-16"),
     {"source": HADATH, "published": "2025-08-16"}),

    ("enNA3_saddam_haftar_ankara_talks", "en",
     "Haftar's son holds talks in Ankara as Türkiye deepens outreach to eastern Libya\n"
     "ANKARA — Saddam Haftar, the commander of the Libyan National Army's land forces and a son of eastern "
     "strongman Khalifa Haftar, held talks in Ankara on Friday with National Defense Minister Yaşar Güler, "
     "the Turkish ministry said in a brief post on X. Chief of General Staff Gen. Metin Gürak also attended "
     "the meeting at the ministry's headquarters.\n"
     "The younger Haftar was later received by the head of the National Intelligence Organization (MIT), "
     "İbrahim Kalın, security sources said, without giving details. Ankara backed the Tripoli government "
     "against his father's 2019-2020 offensive on the capital.\n"
     "Turkish officials said a meeting with President Recep Tayyip Erdoğan was not on the programme. Foreign "
     "Minister Hakan Fidan, who was attending a NATO gathering abroad, spoke by phone with Libyan Prime "
     "Minister Abdulhamid Dbeibah later in the day.\n"
     "The visit came weeks after a Turkish navy training ship docked in Benghazi for the first time in "
     "years, a sign of the thaw between Ankara and the east.",
     [("VISITED", SADDAM, ANKARA, "held talks in Ankara on Friday", "2025-04-04"),
      ("MEMBER_OF", SADDAM, LNA, "the commander of the Libyan National Army's land forces"),
      ("LEADS", GULER, TRDEF, "with National Defense Minister Yaşar Güler"),
      ("LEADS", GURAK, TAF, "Chief of General Staff Gen. Metin Gürak"),
      ("MET_WITH", SADDAM, KALIN, "The younger Haftar was later received by", "2025-04-04"),
      ("LEADS", KALIN, MIT, "the head of the National Intelligence Organization (MIT)"),
      ("LEADS", ERDOGAN, TURKEY, "President Recep Tayyip Erdoğan"),
      ("LEADS", FIDAN, TRFM, "Foreign Minister Hakan Fidan"),
      ("LEADS", DBEIBAH, GNU, "Libyan Prime Minister Abdulhamid Dbeibah"),
      ] + met_group(_ANKARA_TALKS, "2025-04-04"),
     {"source": TTODAY, "published": "2025-04-04"}),

    ("arNA4_kamil_idris_sworn_in", "ar",
     "رئيس مجلس السيادة يشهد أداء رئيس الوزراء الجديد اليمين الدستورية\n"
     "بورتسودان 31-5-2025 (سونا) - أدى الدكتور كامل الطيب إدريس، اليوم السبت، اليمين الدستورية رئيساً "
     "لمجلس الوزراء أمام رئيس مجلس السيادة الانتقالي القائد العام للقوات المسلحة الفريق أول ركن عبد الفتاح "
     "البرهان، بالقصر الجمهوري ببورتسودان، بحضور نائب رئيس مجلس السيادة مالك عقار إير، وعضو المجلس نائب "
     "القائد العام الفريق أول شمس الدين كباشي، ورئيس القضاء.\n"
     "وعقب أداء القسم، عقد رئيس مجلس السيادة اجتماعاً مع رئيس الوزراء تناول أولويات المرحلة المقبلة وتشكيل "
     "حكومة مدنية من الكفاءات.\n"
     "وكان البرهان قد أصدر في التاسع عشر من مايو مرسوماً دستورياً بتعيين إدريس خلفاً لرئيس الوزراء المكلف "
     "دفع الله الحاج علي، الذي شغل المنصب لأسابيع بعد إعفاء عثمان حسين.\n"
     "وفي سياق آخر، نفى إعلام مجلس السيادة ما تردد عن لقاء جمع البرهان بقائد ميليشيا الدعم السريع "
     "المتمردة محمد حمدان دقلو في المنامة، مؤكداً أنه «لا تفاوض مع الميليشيا».",
     [("LEADS", BURHAN, SOV, "أمام رئيس مجلس السيادة الانتقالي"),
      ("LEADS", BURHAN, SAF, "القائد العام للقوات المسلحة الفريق أول ركن"),
      ("LEADS", IDRIS, SDNGOV, "رئيساً لمجلس الوزراء"),
      ("MEMBER_OF", AGAR, SOV, "بحضور نائب رئيس مجلس السيادة"),
      ("MEMBER_OF", KABBASHI, SOV, "وعضو المجلس نائب القائد العام"),
      ("MEMBER_OF", KABBASHI, SAF, "وعضو المجلس نائب القائد العام"),
      ("SUCCESSOR_OF", IDRIS, DAFALLAH, "خلفاً لرئيس الوزراء المكلف", "2025-05-19"),
      ("SUCCESSOR_OF", DAFALLAH, OSMAN, "بعد إعفاء عثمان حسين", "2025-04-30"),
      ("LEADS", HEMEDTI, RSF, "بقائد ميليشيا الدعم السريع"),
      ] + met_group(_IDRIS_OATH, "2025-05-31"),
     {"source": SUNA, "published": "2025-05-31"}),

    ("enNA5_burhan_boulos_zurich", "en",
     "Army chief met Trump's Africa adviser in Zurich, sources say\n"
     "Sudan's army commander, Lt Gen Abdelfattah El Burhan, held a secret meeting with Massad Boulos, the "
     "senior adviser to US President Donald Trump on African affairs, in the Swiss city of Zurich on "
     "Monday, diplomatic sources told Radio Dabanga. Qatari officials arranged the talks, which lasted about "
     "three hours and dealt with a humanitarian truce.\n"
     "The Sovereignty Council neither confirmed nor denied the meeting. Prime Minister Kamil Idris was not "
     "part of the delegation.\n"
     "Boulos also spoke by telephone last week with the commander of the Rapid Support Forces (RSF), "
     "Mohamed Hamdan Dagalo 'Hemedti', an RSF adviser said. Foreign ministers of the Quad - the USA, Saudi "
     "Arabia, the UAE and Egypt - are expected to meet in Washington next month.\n"
     "Mistrust of the RSF runs deep in Darfur. Khamis Abakar, the governor of West Darfur, was abducted and "
     "killed by RSF fighters in El Geneina in June 2023, hours after he accused the paramilitaries of "
     "genocide in a television interview.",
     [("LEADS", BURHAN, SAF, "Sudan's army commander, Lt Gen Abdelfattah El Burhan"),
      ("MET_WITH", BURHAN, BOULOS, "held a secret meeting with Massad Boulos", "2025-08-11"),
      ("VISITED", BURHAN, ZURICH, "in the Swiss city of Zurich", "2025-08-11"),
      ("LEADS", TRUMP, US, "US President Donald Trump"),
      ("LEADS", IDRIS, SDNGOV, "Prime Minister Kamil Idris"),
      ("LEADS", HEMEDTI, RSF, "the commander of the Rapid Support Forces (RSF)"),
      ("ASSASSINATED_BY", ABAKAR, RSF, "abducted and killed by RSF fighters", "2023-06-14"),
      ],
     {"source": DABANGA, "published": "2025-08-12"}),

    ("arNA6_erdogan_receives_imrali_delegation", "ar",
     "أردوغان يستقبل «وفد إمرالي» في المجمع الرئاسي لأول مرة\n"
     "ترك برس\n"
     "استقبل الرئيس التركي رجب طيب أردوغان، الخميس، وفد حزب المساواة وديمقراطية الشعوب المعروف بـ«وفد "
     "إمرالي»، المؤلف من النائبة بروين بولدان ونائب رئيس البرلمان سري ثريا أوندر، في المجمع الرئاسي بأنقرة، "
     "في لقاء استمر ساعة وعشر دقائق بحضور نائب رئيس حزب العدالة والتنمية أفكان آلا ورئيس جهاز الاستخبارات "
     "إبراهيم قالن.\n"
     "ويأتي اللقاء بعد نحو ستة أسابيع من الرسالة التي وجهها زعيم حزب العمال الكردستاني المسجون عبد الله "
     "أوجلان، ودعا فيها التنظيم إلى إلقاء السلاح وحل نفسه، وقرأها الوفد في مؤتمر صحفي بإسطنبول في 27 شباط/"
     "فبراير بعد زيارته أوجلان في سجن جزيرة إمرالي.\n"
     "وكان الوفد قد التقى أيضاً زعيم حزب الحركة القومية دولت بهتشلي، حليف أردوغان، في مقر الحزب بأنقرة.\n"
     "ولم يشارك الرئيس المشارك للحزب تونجر باكيرهان في اللقاء، الذي وصفه مصدر في الحزب بأنه «إيجابي».",
     [("LEADS", ERDOGAN, TURKEY, "استقبل الرئيس التركي رجب طيب أردوغان"),
      ("MEMBER_OF", BULDAN, DEM, "وفد حزب المساواة وديمقراطية الشعوب"),
      ("MEMBER_OF", ONDER, DEM, "وفد حزب المساواة وديمقراطية الشعوب"),
      ("MEMBER_OF", ALA, AKP, "نائب رئيس حزب العدالة والتنمية"),
      ("LEADS", KALIN, MIT, "ورئيس جهاز الاستخبارات"),
      ("LEADS", OCALAN, PKK, "زعيم حزب العمال الكردستاني المسجون"),
      ("MET_WITH", BULDAN, OCALAN, "بعد زيارته أوجلان", "2025-02-27"),
      ("MET_WITH", ONDER, OCALAN, "بعد زيارته أوجلان", "2025-02-27"),
      ("MET_WITH", BULDAN, BAHCELI, "زعيم حزب الحركة القومية دولت بهتشلي"),
      ("MET_WITH", ONDER, BAHCELI, "زعيم حزب الحركة القومية دولت بهتشلي"),
      ("LEADS", BAHCELI, MHP, "زعيم حزب الحركة القومية دولت بهتشلي"),
      ("LEADS", BAKIRHAN, DEM, "الرئيس المشارك للحزب تونجر باكيرهان"),
      ] + _cross({BULDAN: "بروين بولدان", ONDER: "سري ثريا أوندر"},
                 {ERDOGAN: "استقبل الرئيس التركي رجب طيب أردوغان", ALA: "أفكان آلا", KALIN: "إبراهيم قالن"},
                 "2025-04-10"),
     {"source": TURKPRESS, "published": "2025-04-10"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setNA")
