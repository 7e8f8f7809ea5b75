"""Blind set AO: ending the coalition mission and the Syrian angle: al-Abbasi at the Pentagon
(2024), the two-phase end of the coalition mission (Sept 2024), Leahy in Erbil (2025), al-Fayyadh
received by Assad (Oct 2024), al-Sudani and al-Sharaa in Doha (April 2025), the Baghdad
trilateral with Araghchi and al-Sabbagh (Dec 2024).
Written and annotated blind (extractor neither read nor run).
Run: python /work/team/blind/setAO/make_heldout.py
Now a dev set (tuned on), no longer blind. Run from the repo root:
    python tests/data/extract_heldout40/make_heldout.py
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_tables import entity_table  # noqa: E402

HERE = Path(__file__).parent
E = entity_table("KNOWN", "EXTRA", "MP", "QT", "UW", "XZ", "AC", "AF", "AI", "AL", "AO")

Q, S = "person:esmail-qaani", "person:qasem-soleimani"
M, US, T = "person:abu-mahdi-al-muhandis", "country:united-states", "person:donald-trump"
QF, IRGC = "organization:quds-force", "organization:irgc"
PMF, KH = "organization:popular-mobilization-forces", "organization:kataib-hezbollah"
AAH, BADR = "organization:asaib-ahl-al-haq", "organization:badr-organization"
FAY, AMIRI, KHAZ = "person:falih-al-fayyadh", "person:hadi-al-amiri", "person:qais-al-khazali"
SUD, PARL = "person:mohammed-shia-al-sudani", "organization:iraqi-parliament"
KSS, NUJ = "organization:kataib-sayyid-al-shuhada", "organization:harakat-al-nujaba"
KDP, PUK = "organization:kurdistan-democratic-party", "organization:patriotic-union-of-kurdistan"
MASH, MAND = "person:mahmoud-al-mashhadani", "person:mohsen-al-mandalawi"
HALB, FADAK = "person:mohammed-al-halbousi", "person:abdul-aziz-al-muhammadawi"

ARTICLES = [
    ("enAO1_abbasi_pentagon", "en",
     "WASHINGTON (AP) \u2014 Defense Secretary Lloyd Austin hosted Iraqi Defense Minister Thabet "
     "al-Abbasi at the Pentagon on Monday for the first Joint Security Cooperation Dialogue, amid "
     "talks on ending the U.S.-led coalition's mission. Celeste Wallander, the Pentagon's top official for international "
     "security affairs, also sat down with al-Abbasi and Iraq's army chief of staff, Lt. Gen. "
     "Abdul Amir Rashid Yarallah, U.S. officials said. About 2,500 U.S. troops remain in Iraq. "
     "A U.S. strike in Baghdad in February killed Abu "
     "Baqir al-Saadi, a Kataib Hezbollah commander whom Washington blamed for the drone attack "
     "that killed three American soldiers at Tower 22 in Jordan. Al-Abbasi, who took over the "
     "ministry from Juma Inad when Mohammed Shia al-Sudani replaced Mustafa Kadhimi as prime "
     "minister in 2022, told reporters Iraq \u201cdoes not need foreign combat troops.\u201d A "
     "meeting with Secretary of State Antony Blinken was expected but did not happen.",
     [("MET_WITH", "person:lloyd-austin", "person:thabet-al-abbasi", "hosted Iraqi Defense",
       "2024-07-22"),
      ("VISITED", "person:thabet-al-abbasi", US, "hosted Iraqi Defense", "2024-07-22"),
      ("MET_WITH", "person:celeste-wallander", "person:thabet-al-abbasi", "also sat down with",
       "2024-07-22"),
      ("MET_WITH", "person:celeste-wallander", "person:abdul-amir-yarallah", "also sat down with",
       "2024-07-22"),
      ("MEMBER_OF", "person:celeste-wallander", "organization:us-department-of-defense",
       "the Pentagon's top official"),
      ("LEADS", "person:abdul-amir-yarallah", "organization:iraqi-army", "army chief of staff"),
      ("LOCATED_IN", "organization:us-armed-forces", "country:iraq", "troops remain in Iraq"),
      ("ASSASSINATED_BY", "person:abu-baqir-al-saadi", US, "killed Abu", "2024-02-07"),
      ("MEMBER_OF", "person:abu-baqir-al-saadi", KH, "a Kataib Hezbollah commander"),
      ("LOCATED_IN", "location:tower-22", "country:jordan", "at Tower 22 in Jordan"),
      ("SUCCESSOR_OF", "person:thabet-al-abbasi", "person:juma-inad", "took over the", "2022-10"),
      ("SUCCESSOR_OF", SUD, "person:mustafa-al-kadhimi", "replaced Mustafa Kadhimi", "2022-10"),
      ],
     {"source": "blind set (AP-style)", "published": "2024-07-22"}),

    ("arAO2_coalition_two_phases", "ar",
     "بغداد- أعلنت الحكومة العراقية والولايات المتحدة، أمس الجمعة، في بيان مشترك، الاتفاق على "
     "إنهاء المهمة العسكرية للتحالف الدولي ضد تنظيم الدولة الإسلامية على مرحلتين، تنتهي الأولى في "
     "سبتمبر/أيلول 2025 في بغداد والقواعد الاتحادية، وتمتد الثانية حتى سبتمبر/أيلول 2026 في إقليم "
     "كردستان. وجاء الإعلان بعد أيام من استقبال رئيس الوزراء محمد شياع السوداني قائدَ قوات "
     "التحالف الفريق كيفن ليهي، الذي تسلّم قيادة التحالف خلفاً للجنرال جويل فاول. وكان وزير "
     "الخارجية فؤاد حسين قد التقى في واشنطن نظيره الأميركي أنتوني بلينكن لوضع اللمسات الأخيرة "
     "على الاتفاق. وقال المتحدث باسم القائد العام للقوات المسلحة يحيى رسول للجزيرة نت إن «العراق "
     "لم يعد بحاجة إلى قوات قتالية أجنبية». وتطالب الفصائل بخروج القوات الأجنبية منذ أن صوّت "
     "البرلمان في يناير/كانون الثاني 2020 على إنهاء وجودها، إثر اغتيال قاسم سليماني وأبي مهدي "
     "المهندس بغارة أميركية قرب مطار بغداد. وتستضيف قاعدة عين الأسد في الأنبار مئات الجنود "
     "الأميركيين.",
     [("MET_WITH", SUD, "person:kevin-leahy", "استقبال رئيس الوزراء", "2024-09"),
      ("LEADS", "person:kevin-leahy", "organization:international-coalition", "قائدَ قوات"),
      ("SUCCESSOR_OF", "person:kevin-leahy", "person:joel-vowell", "خلفاً للجنرال", "2024"),
      ("LEADS", "person:joel-vowell", "organization:international-coalition", "خلفاً للجنرال"),
      ("MET_WITH", "person:fuad-hussein", "person:antony-blinken", "قد التقى في واشنطن"),
      ("VISITED", "person:fuad-hussein", US, "قد التقى في واشنطن"),
      ("REPORTED_BY", "person:yahya-rasool", "outlet:al-jazeera", "للجزيرة نت"),
      ("ASSASSINATED_BY", S, US, "بغارة أميركية", "2020-01-03"),
      ("ASSASSINATED_BY", M, US, "بغارة أميركية", "2020-01-03"),
      ("LOCATED_IN", "location:ain-al-asad-air-base", "location:anbar", "عين الأسد في الأنبار"),
      ("LOCATED_IN", "organization:us-armed-forces", "location:ain-al-asad-air-base",
       "وتستضيف قاعدة"),
      ],
     {"source": "blind set (Al Jazeera Net-style)", "published": "2024-09-28"}),

    ("enAO3_leahy_erbil", "en",
     "ERBIL, Kurdistan Region (Kurdistan24) \u2013 Kurdistan Region Prime Minister Masrour "
     "Barzani received Lt. Gen. Kevin Leahy, commander of the US-led Global Coalition against "
     "ISIS, in Erbil on Monday to discuss the second phase of the coalition's drawdown, under "
     "which its forces will stay in the Kurdistan Region until September 2026, a KRG statement "
     "said. Leahy, who met Kurdistan Region President Nechirvan Barzani a day earlier, later "
     "held talks with the Peshmerga's Chief of Staff, Lt. Gen. Isa Uzer, on unifying Peshmerga "
     "brigades under the ministry. Erbil International Airport, which hosts coalition troops, "
     "has been targeted repeatedly by drones in attacks claimed by the Islamic Resistance in "
     "Iraq. In January 2024, the IRGC fired ballistic missiles at a house in Erbil, killing "
     "businessman Peshraw Dizayee and members of his family, in an attack the Guards claimed "
     "had hit an Israeli \u201cspy headquarters.\u201d",
     [("LEADS", "person:masrour-barzani", "organization:kurdistan-regional-government",
       "Kurdistan Region Prime Minister Masrour"),
      ("MET_WITH", "person:masrour-barzani", "person:kevin-leahy", "received Lt. Gen.", "2025-10"),
      ("LEADS", "person:kevin-leahy", "organization:international-coalition",
       "commander of the US-led"),
      ("VISITED", "person:kevin-leahy", "location:erbil", "in Erbil on Monday", "2025-10"),
      ("MET_WITH", "person:kevin-leahy", "person:nechirvan-barzani", "who met Kurdistan"),
      ("LEADS", "person:nechirvan-barzani", "location:kurdistan-region", "Kurdistan Region President"),
      ("MET_WITH", "person:kevin-leahy", "person:isa-uzer", "later held talks"),
      ("MEMBER_OF", "person:isa-uzer", "organization:peshmerga", "Chief of Staff, Lt. Gen. Isa"),
      ("LOCATED_IN", "organization:international-coalition", "location:erbil-airport",
       "which hosts coalition troops"),
      ("ATTACKED", "organization:islamic-resistance-in-iraq", "location:erbil-airport",
       "attacks claimed by the Islamic"),
      ("ATTACKED", IRGC, "location:erbil", "fired ballistic missiles", "2024-01-15"),
      ("ASSASSINATED_BY", "person:peshraw-dizayee", IRGC, "killing", "2024-01-15"),
      ],
     {"source": "blind set (Kurdistan24-style)", "published": "2025-10"}),

    ("arAO4_fayyadh_assad_damascus", "ar",
     "دمشق - الميادين\n"
     "استقبل الرئيس السوري بشار الأسد، اليوم الأحد، رئيسَ هيئة الحشد الشعبي العراقية فالح "
     "الفياض والوفد المرافق له، الذي نقل إليه رسالة من رئيس الوزراء العراقي محمد شياع السوداني "
     "تتعلّق بالتنسيق الأمني على الحدود المشتركة. وكان الفياض قد وصل إلى دمشق مساء السبت، "
     "والتقى رئيس مكتب الأمن الوطني اللواء كفاح ملحم، الذي تسلّم المنصب خلفاً للواء علي مملوك "
     "في تموز/يوليو الماضي. وتأتي الزيارة بعد أيام من إعلان حزب الله استشهاد رئيس مجلسه التنفيذي "
     "السيد هاشم صفي الدين في غارة إسرائيلية على الضاحية الجنوبية لبيروت. وكان من المقرر أن يلتقي "
     "الفياض وزير الخارجية بسام الصباغ، إلا أن اللقاء أُرجئ لارتباطات الأخير. وأكد الأسد خلال "
     "اللقاء أن «أمن العراق وسوريا واحد، والعدو واحد».",
     [("LEADS", "person:bashar-al-assad", "country:syria", "استقبل الرئيس السوري"),
      ("MET_WITH", "person:bashar-al-assad", FAY, "استقبل الرئيس السوري", "2024-10-27"),
      ("LEADS", FAY, PMF, "رئيسَ هيئة الحشد"),
      ("LEADS", SUD, "country:iraq", "رئيس الوزراء العراقي"),
      ("VISITED", FAY, "location:damascus", "قد وصل إلى دمشق", "2024-10-26"),
      ("MET_WITH", FAY, "person:kifah-moulhem", "والتقى رئيس مكتب", "2024-10-26"),
      ("LEADS", "person:kifah-moulhem", "organization:syrian-national-security-bureau",
       "والتقى رئيس مكتب"),
      ("SUCCESSOR_OF", "person:kifah-moulhem", "person:ali-mamlouk", "خلفاً للواء", "2024-07"),
      ("LEADS", "person:ali-mamlouk", "organization:syrian-national-security-bureau",
       "خلفاً للواء"),
      ("LEADS", "person:hashem-safieddine", "organization:hezbollah-executive-council",
       "رئيس مجلسه التنفيذي"),
      ("PART_OF", "organization:hezbollah-executive-council", "organization:hezbollah",
       "رئيس مجلسه التنفيذي"),
      ("ASSASSINATED_BY", "person:hashem-safieddine", "country:israel", "في غارة إسرائيلية"),
      ("ATTACKED", "country:israel", "location:dahiyeh", "في غارة إسرائيلية"),
      ("LOCATED_IN", "location:dahiyeh", "location:beirut", "الضاحية الجنوبية لبيروت"),
      ],
     {"source": "blind set (Al Mayadeen-style)", "published": "2024-10-27"}),

    ("enAO5_sudani_sharaa_doha", "en",
     "DOHA, April 17 (Reuters) - Iraqi Prime Minister Mohammed Shia al-Sudani met Syria's "
     "interim President Ahmed al-Sharaa in Doha on Thursday in talks hosted by Qatar's Emir "
     "Sheikh Tamim bin Hamad al-Thani, their first meeting since Sharaa's rebels toppled Bashar "
     "al-Assad in December, the Iraqi government said. Sudani was accompanied by Hamid "
     "al-Shatri, head of Iraq's National Intelligence Service, who had already met Sharaa in "
     "Damascus in late December. The meeting angered Iran-aligned factions in Baghdad. Qais "
     "al-Khaz'ali, leader of Asaib Ahl al-Haq, said Sharaa should not be invited to next month's "
     "Arab League summit in Baghdad, and some lawmakers cited an old arrest warrant over his "
     "time with al-Qaeda in Iraq. Sharaa, who led Hayat Tahrir al-Sham until the group dissolved "
     "itself in January, has not said whether he will attend. Sudani's office said the three "
     "leaders discussed border security and the fight against Islamic State.",
     [("LEADS", SUD, "country:iraq", "Iraqi Prime Minister Mohammed"),
      ("LEADS", "person:ahmed-al-sharaa", "country:syria", "interim President Ahmed"),
      ("LEADS", "person:tamim-bin-hamad-al-thani", "country:qatar", "Qatar's Emir"),
      ("MET_WITH", SUD, "person:ahmed-al-sharaa", "al-Sudani met Syria's", "2025-04-17"),
      ("MET_WITH", "person:tamim-bin-hamad-al-thani", SUD, "in talks hosted by", "2025-04-17"),
      ("MET_WITH", "person:tamim-bin-hamad-al-thani", "person:ahmed-al-sharaa",
       "in talks hosted by", "2025-04-17"),
      ("VISITED", SUD, "location:doha", "al-Sudani met Syria's", "2025-04-17"),
      ("VISITED", "person:ahmed-al-sharaa", "location:doha", "al-Sudani met Syria's",
       "2025-04-17"),
      ("VISITED", "person:hamid-al-shatri", "location:doha", "Sudani was accompanied by"),
      ("LEADS", "person:hamid-al-shatri", "organization:iraqi-national-intelligence-service",
       "head of Iraq's National"),
      ("MET_WITH", "person:hamid-al-shatri", "person:ahmed-al-sharaa", "who had already met",
       "2024-12"),
      ("VISITED", "person:hamid-al-shatri", "location:damascus", "who had already met", "2024-12"),
      ("LEADS", KHAZ, AAH, "leader of Asaib"),
      ("LEADS", "person:ahmed-al-sharaa", "organization:hayat-tahrir-al-sham", "who led Hayat"),
      ],
     {"source": "blind set (Reuters-style)", "published": "2025-04-17"}),

    ("arAO6_baghdad_trilateral", "ar",
     "بغداد: «الشرق الأوسط»\n"
     "استضاف وزير الخارجية العراقي فؤاد حسين، أمس (الجمعة)، في بغداد اجتماعاً ثلاثياً ضمّ نظيريه "
     "الإيراني عباس عراقجي والسوري بسام الصباغ، لبحث التطورات المتسارعة في سوريا بعد سيطرة "
     "الفصائل المسلحة على حلب وحماة. وكان الصبّاغ، الذي خلف فيصل المقداد على رأس الدبلوماسية "
     "السورية في سبتمبر (أيلول) الماضي، قد وصل إلى بغداد مساء الخميس، والتقى رئيس الوزراء محمد "
     "شياع السوداني، ونقل إليه رسالة من الرئيس السوري بشار الأسد. أما عراقجي فاجتمع بزعيم منظمة "
     "بدر هادي العامري قبل أن يغادر إلى الدوحة. وبحسب مصدر في «الإطار التنسيقي»، فإن قائد «قوة "
     "القدس» اسماعيل قآني كان في بغداد في اليوم نفسه، والتقى الأمين العام لكتائب حزب الله أحمد "
     "الحميداوي (أبو حسين)، وحثّه على عدم الزج بمقاتليه في المعارك السورية. ولم يُعلن عن أي لقاء "
     "بين قآني والسوداني خلال الزيارة.",
     [("MET_WITH", "person:fuad-hussein", "person:abbas-araghchi", "اجتماعاً ثلاثياً ضمّ",
       "2024-12-06"),
      ("MET_WITH", "person:fuad-hussein", "person:bassam-al-sabbagh", "اجتماعاً ثلاثياً ضمّ",
       "2024-12-06"),
      ("MET_WITH", "person:abbas-araghchi", "person:bassam-al-sabbagh", "اجتماعاً ثلاثياً ضمّ",
       "2024-12-06"),
      ("VISITED", "person:abbas-araghchi", "location:baghdad", "اجتماعاً ثلاثياً ضمّ",
       "2024-12-06"),
      ("SUCCESSOR_OF", "person:bassam-al-sabbagh", "person:faisal-mekdad", "الذي خلف فيصل",
       "2024-09"),
      ("VISITED", "person:bassam-al-sabbagh", "location:baghdad", "قد وصل إلى بغداد", "2024-12-05"),
      ("MET_WITH", "person:bassam-al-sabbagh", SUD, "والتقى رئيس الوزراء", "2024-12-05"),
      ("LEADS", "person:bashar-al-assad", "country:syria", "الرئيس السوري بشار"),
      ("MET_WITH", "person:abbas-araghchi", AMIRI, "فاجتمع بزعيم", "2024-12-06"),
      ("LEADS", AMIRI, BADR, "فاجتمع بزعيم"),
      ("VISITED", "person:abbas-araghchi", "location:doha", "قبل أن يغادر إلى الدوحة"),
      ("LEADS", Q, QF, "فإن قائد «قوة"),
      ("VISITED", Q, "location:baghdad", "كان في بغداد في اليوم نفسه", "2024-12-06"),
      ("MET_WITH", Q, "person:ahmad-al-hamidawi", "والتقى الأمين العام لكتائب", "2024-12-06"),
      ("LEADS", "person:ahmad-al-hamidawi", KH, "والتقى الأمين العام لكتائب"),
      ],
     {"source": "blind set (Asharq Al-Awsat-style)", "published": "2024-12-07"}),
]


if __name__ == "__main__":
    build(HERE, E, ARTICLES, set_name="setAO")
