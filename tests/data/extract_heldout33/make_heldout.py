"""Blind set AH: Iran's security and military establishment (Mousavi and Hatami named after
Bagheri's killing, Larijani in Baghdad, the IRGC intelligence chief killed, the Syrian chief of
staff in Tehran, Khalid bin Salman in Tehran, Iraq's army chief of staff in Tehran).
Written and annotated blind (extractor neither read nor run).
Run: python /work/team/blind/setAH/make_heldout.py
Now a dev set (tuned on), no longer blind. Run from the repo root:
    python tests/data/extract_heldout33/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_tables import entity_table  # noqa: E402

HERE = Path(__file__).parent
E = entity_table("KNOWN", "EXTRA", "MP", "QT", "UW", "XZ", "AC", "AI")

Q, S, K = "person:esmail-qaani", "person:qasem-soleimani", "person:mustafa-al-kadhimi"
M = "person:abu-mahdi-al-muhandis"
QF, IRGC, US = "organization:quds-force", "organization:irgc", "country:united-states"
PMF, T = "organization:popular-mobilization-forces", "person:donald-trump"
USAF, BGD, IRAN, IRAQ = "organization:us-armed-forces", "location:baghdad", "country:iran", "country:iraq"
SUD, FAY = "person:mohammed-shia-al-sudani", "person:falih-al-fayyadh"
BAG, GS = "person:mohammad-bagheri", "organization:iranian-armed-forces-general-staff"
KRG, FUAD = "organization:kurdistan-regional-government", "person:fuad-hussein"
MOU, HAT = "person:abdolrahim-mousavi", "person:amir-hatami"
ARMY, ISR, IDF = "organization:iranian-army", "country:israel", "organization:israel-defense-forces"
LAR, SNSC = "person:ali-larijani", "organization:supreme-national-security-council"
KAZ, MOH, IO = "person:mohammad-kazemi", "person:hassan-mohaqiq", "organization:irgc-intelligence-organization"
SYR, KBS = "person:abdul-karim-mahmoud-ibrahim", "person:khalid-bin-salman"
HEY, GF, YAR = "person:kioumars-heydari", "organization:iranian-army-ground-forces", "person:abdul-amir-yarallah"

ARTICLES = [
    ("enAH1_mousavi_hatami_named", "en",
     "DUBAI, June 13 (Reuters) - Iran's Supreme Leader Ayatollah Ali Khamenei on Friday appointed "
     "Major General Abdolrahim Mousavi as chief of staff of the armed forces, replacing Mohammad "
     "Baqeri, who was killed in Israeli strikes on Tehran earlier in the day, state media reported. "
     "Khamenei also named Brigadier General Amir Hatami, a former defence minister, as "
     "commander-in-chief of the regular army, the post Mousavi had held since 2017. Israel's "
     "military said its jets had killed Baqeri along with several senior Revolutionary Guards "
     "commanders and nuclear scientists. Hatami served as defence minister under President Hassan "
     "Rouhani from 2017 to 2021. Armed forces general staff spokesman Brigadier General Abolfazl "
     "Shekarchi said Iran would respond \"with full force\", according to the semi-official Tasnim "
     "news agency.",
     [("LEADS", "person:ali-khamenei", IRAN, "Iran's Supreme Leader"),
      ("LEADS", MOU, GS, "as chief of staff of the armed forces", "2025-06-13"),
      ("SUCCESSOR_OF", MOU, BAG, "replacing Mohammad", "2025-06-13"),
      ("LEADS", BAG, GS, "Baqeri, who was killed"),
      ("ASSASSINATED_BY", BAG, ISR, "killed in Israeli strikes", "2025-06-13"),
      ("ATTACKED", ISR, IRAN, "Israeli strikes on Tehran", "2025-06-13"),
      ("LEADS", HAT, ARMY, "commander-in-chief of the regular army", "2025-06-13"),
      ("SUCCESSOR_OF", HAT, MOU, "the post Mousavi had held", "2025-06-13"),
      ("LEADS", MOU, ARMY, "Mousavi had held since 2017"),
      ("ASSASSINATED_BY", BAG, IDF, "its jets had killed Baqeri", "2025-06-13"),
      ("MEMBER_OF", "person:abolfazl-shekarchi", GS, "general staff spokesman"),
      ("REPORTED_BY", "person:abolfazl-shekarchi", "outlet:tasnim", "according to the semi-official Tasnim")],
     {"source": "Reuters", "published": "2025-06-13"}),

    ("arAH2_larijani_in_baghdad", "ar",
     "بغداد – إرنا: وصل أمين المجلس الأعلى للأمن القومي الإيراني علي لاريجاني إلى بغداد، يوم "
     "الاثنين، في أول زيارة خارجية له منذ تعيينه في المنصب خلفاً لعلي أكبر أحمديان. واستقبل رئيس "
     "مجلس الوزراء العراقي محمد شياع السوداني لاريجاني والوفد المرافق له، وبحث معه العلاقات "
     "الثنائية وأمن الحدود المشتركة. ووقّع لاريجاني مع مستشار الأمن القومي العراقي قاسم الأعرجي "
     "مذكرة تفاهم أمنية بين البلدين. كما التقى المسؤول الإيراني رئيسَ مجلس النواب محمود المشهداني، "
     "ورئيسَ الجمهورية عبد اللطيف جمال رشيد. وكان من المقرر أن يجتمع لاريجاني بقادة قوى الإطار "
     "التنسيقي مساء اليوم نفسه، غير أن الاجتماع أُلغي لأسباب لم تُعلن، بحسب مصدر سياسي. ويتوجه "
     "لاريجاني غداً إلى بيروت في المحطة الثانية من جولته الإقليمية.",
     [("MEMBER_OF", LAR, SNSC, "أمين المجلس الأعلى للأمن القومي"),
      ("VISITED", LAR, BGD, "علي لاريجاني إلى بغداد", "2025-08-11"),
      ("SUCCESSOR_OF", LAR, "person:ali-akbar-ahmadian", "خلفاً لعلي أكبر"),
      ("MEMBER_OF", "person:ali-akbar-ahmadian", SNSC, "تعيينه في المنصب خلفاً"),
      ("MET_WITH", SUD, LAR, "واستقبل رئيس", "2025-08-11"),
      ("LEADS", SUD, IRAQ, "مجلس الوزراء العراقي محمد"),
      ("MET_WITH", LAR, "person:mahmoud-al-mashhadani", "رئيسَ مجلس النواب", "2025-08-11"),
      ("LEADS", "person:mahmoud-al-mashhadani", "organization:iraqi-parliament", "مجلس النواب محمود"),
      ("MET_WITH", LAR, "person:abdul-latif-rashid", "ورئيسَ الجمهورية", "2025-08-11")],
     {"source": "IRNA (Arabic)", "published": "2025-08-11"}),

    ("enAH3_irgc_intelligence_chief_killed", "en",
     "TEHRAN, Iran (AP) — Israeli strikes killed the head of the intelligence arm of Iran's "
     "paramilitary Revolutionary Guard and his deputy, Iranian state media said Monday. Gen. "
     "Mohammad Kazemi, who had led the Guard's Intelligence Organization since 2022, died along "
     "with Gen. Hassan Mohaqiq, his deputy, in a strike in Tehran on Sunday, the Guard said in a "
     "statement carried by its Sepah News website. Israel's army said its air force had targeted "
     "the two men. Kazemi had taken over in June 2022 from Hossein Taeb, a powerful cleric removed "
     "after a string of security failures that included the killing of a Guard colonel outside his "
     "home. Days later, Iranian media reported that Gen. Majid Khademi, a veteran intelligence "
     "officer, had been named to replace Kazemi. It was not clear who was behind a separate blast "
     "that killed a Guard officer in the city of Qom.",
     [("ASSASSINATED_BY", KAZ, ISR, "Israeli strikes killed the head", "2025-06-15"),
      ("ASSASSINATED_BY", MOH, ISR, "and his deputy, Iranian", "2025-06-15"),
      ("LEADS", KAZ, IO, "who had led the Guard's Intelligence"),
      ("PART_OF", IO, IRGC, "the Guard's Intelligence Organization since"),
      ("MEMBER_OF", MOH, IO, "Hassan Mohaqiq, his deputy"),
      ("REPORTED_BY", IRGC, "outlet:sepah-news", "statement carried by its Sepah News"),
      ("ASSASSINATED_BY", KAZ, IDF, "had targeted", "2025-06-15"),
      ("ASSASSINATED_BY", MOH, IDF, "the two men.", "2025-06-15"),
      ("SUCCESSOR_OF", KAZ, "person:hossein-taeb", "had taken over in June 2022", "2022-06"),
      ("SUCCESSOR_OF", "person:majid-khademi", KAZ, "named to replace Kazemi", "2025-06")],
     {"source": "AP", "published": "2025-06-16"}),

    ("arAH4_syrian_chief_of_staff_tehran", "ar",
     "طهران – «العربي الجديد»: استقبل رئيس هيئة الأركان العامة للقوات المسلحة الإيرانية اللواء "
     "محمد باقري، يوم الأحد، في طهران رئيسَ هيئة الأركان العامة للجيش السوري العماد عبد الكريم "
     "محمود إبراهيم، الذي يزور إيران على رأس وفد عسكري رفيع، بحضور سفير سوريا لدى طهران شفيق "
     "ديوب. وبحث الجانبان، وفق ما ذكرته وكالة إرنا، تعزيز التعاون الدفاعي وتبادل الخبرات في "
     "مكافحة الإرهاب. وأفادت وسائل إعلام إيرانية بأن إبراهيم التقى أيضاً قائدَ فيلق القدس "
     "إسماعيل قاآني، الذي خلف قاسم سليماني بعد اغتياله بغارة أميركية في بغداد مطلع 2020. ولم "
     "يصدر عن الجانب السوري أي تعليق على ما إذا كان الوفد سيلتقي وزير الدفاع الإيراني، فيما "
     "قالت مصادر إن لقاءً مع الرئيس الإيراني أُرجئ.",
     [("LEADS", BAG, GS, "رئيس هيئة الأركان العامة للقوات المسلحة الإيرانية"),
      ("MET_WITH", BAG, SYR, "استقبل رئيس هيئة"),
      ("LEADS", SYR, "organization:syrian-army", "العامة للجيش السوري"),
      ("VISITED", SYR, IRAN, "الذي يزور إيران"),
      ("MET_WITH", SYR, Q, "إبراهيم التقى أيضاً"),
      ("LEADS", Q, QF, "قائدَ فيلق القدس"),
      ("SUCCESSOR_OF", Q, S, "الذي خلف قاسم"),
      ("ASSASSINATED_BY", S, US, "بعد اغتياله بغارة أميركية", "2020-01-03")],
     {"source": "Al-Araby Al-Jadeed", "published": "2023-05-14"}),

    ("enAH5_khalid_bin_salman_tehran", "en",
     "Saudi Arabia's Defence Minister Prince Khalid bin Salman met Iran's Supreme Leader Ayatollah "
     "Ali Khamenei in Tehran on Thursday, becoming the most senior Saudi royal to visit the Islamic "
     "Republic in decades. Prince Khalid handed over a letter from King Salman, Iranian state media "
     "reported. He later held talks with Maj Gen Mohammad Bagheri, chief of staff of Iran's armed "
     "forces, and with President Masoud Pezeshkian, according to the Saudi Press Agency. Iran's "
     "Foreign Minister Abbas Araghchi was present at the meeting with Mr Khamenei. The visit came "
     "as Iran and the US prepared for a second round of nuclear talks in Rome, and two years after "
     "China brokered the restoration of ties between Riyadh and Tehran. Prince Khalid, a former "
     "ambassador to Washington, is a son of King Salman and a younger brother of Crown Prince "
     "Mohammed bin Salman.",
     [("MET_WITH", KBS, "person:ali-khamenei", "met Iran's Supreme Leader", "2025-04-17"),
      ("LEADS", "person:ali-khamenei", IRAN, "Iran's Supreme Leader Ayatollah"),
      ("VISITED", KBS, IRAN, "in Tehran on Thursday", "2025-04-17"),
      ("MET_WITH", KBS, BAG, "held talks with Maj Gen", "2025-04-17"),
      ("LEADS", BAG, GS, "chief of staff of Iran's armed forces"),
      ("MET_WITH", KBS, "person:masoud-pezeshkian", "and with President Masoud", "2025-04-17")],
     {"source": "The National", "published": "2025-04-17"}),

    ("arAH6_yarallah_heydari_tehran", "ar",
     "طهران – مهر: استقبل قائد القوة البرية للجيش الإيراني العميد كيومرث حيدري، صباح اليوم "
     "الثلاثاء، رئيسَ أركان الجيش العراقي الفريق أول ركن عبد الأمير رشيد يار الله والوفد المرافق "
     "له، في مقر القوة بطهران. وبحث الجانبان سبل التعاون في تأمين الحدود المشتركة وتبادل "
     "المعلومات لمكافحة الإرهاب. وكان يار الله قد التقى أمس رئيسَ هيئة الأركان العامة للقوات "
     "المسلحة اللواء محمد باقري، الذي أشاد بدور القوات العراقية في هزيمة داعش. ويتولى حيدري "
     "قيادة القوات البرية منذ عام 2016، خلفاً للعميد أحمد رضا بوردستان الذي انتقل آنذاك "
     "إلى منصب استشاري. ومن المنتظر أن يزور الوفد العراقي مدينة مشهد قبل عودته إلى بغداد، "
     "على أن يلتقي في ختام زيارته وزيرَ الدفاع الإيراني.",
     [("LEADS", HEY, GF, "قائد القوة البرية للجيش الإيراني"),
      ("PART_OF", GF, ARMY, "القوة البرية للجيش الإيراني العميد"),
      ("MET_WITH", HEY, YAR, "استقبل قائد القوة"),
      ("LEADS", YAR, "organization:iraqi-army", "رئيسَ أركان الجيش العراقي"),
      ("VISITED", YAR, IRAN, "في مقر القوة بطهران"),
      ("MET_WITH", YAR, BAG, "قد التقى أمس"),
      ("LEADS", BAG, GS, "رئيسَ هيئة الأركان العامة للقوات"),
      ("SUCCESSOR_OF", HEY, "person:ahmad-reza-pourdastan", "خلفاً للعميد أحمد رضا"),
      ("LEADS", "person:ahmad-reza-pourdastan", GF, "قيادة القوات البرية منذ")],
     {"source": "Mehr (Arabic)", "published": "2023-11-21"}),
]


if __name__ == "__main__":
    build(HERE, E, ARTICLES, set_name="setAH")
