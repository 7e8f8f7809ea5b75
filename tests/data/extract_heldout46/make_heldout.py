"""Blind set BA: Iraqi Kurdistan, Iran and Turkey: Nechirvan Barzani in Tehran (Kurdistan24, 2025),
the Turkish drone strike on two border-guard officers in Sidakan (Asharq Al-Awsat, Aug 2020), the
PKK weapons-burning ceremony and Kalin (Reuters, July 2025), Bayraktar in Baghdad and Erbil on
oil exports (Kurdistan24 Arabic, 2025), Bafel Talabani received by Larijani (Rudaw English, 2025),
the Turkish strike on Zaki Shingali in Sinjar (Shafaq News, Aug 2018). Written and annotated blind (extractor
neither read nor run).
Run: python /work/team/blind/setBA/make_heldout.py
Now a dev set (tuned on), no longer blind. Run from the repo root:
    python tests/data/extract_heldout46/make_heldout.py
"""


import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_tables import entity_table  # noqa: E402

HERE = Path(__file__).parent
E = entity_table(
    "KNOWN", "EXTRA", "MP", "QT", "UW", "XZ", "AC", "AF", "AI", "AL", "AO", "AR", "AU", "BA"
)

RAISI, MOKH = "person:ebrahim-raisi", "person:mohammad-mokhber"
HAA, BK, ARQ = "person:hossein-amir-abdollahian", "person:ali-bagheri-kani", "person:abbas-araghchi"
PEZ, KHAM, IRAN = "person:masoud-pezeshkian", "person:ali-khamenei", "country:iran"
S, QF, US = "person:qasem-soleimani", "organization:quds-force", "country:united-states"
ISR, IRGC = "country:israel", "organization:irgc"
Q = "person:esmail-qaani"

SNSC, KRG = "organization:supreme-national-security-council", "organization:kurdistan-regional-government"
NB, KR = "person:nechirvan-barzani", "location:kurdistan-region"
MIT, TR = "organization:turkish-national-intelligence-organization", "country:turkey"

ARTICLES = [
    ("enBA1_nechirvan_barzani_tehran", "en",
     "ERBIL (Kurdistan24) \u2013 Kurdistan Region President Nechirvan Barzani held talks in Tehran "
     "on Monday with Iranian President Masoud Pezeshkian, who praised the Region's "
     "\u201chospitality towards Iranian pilgrims\u201d and said border security remained a "
     "priority for both sides. Barzani, who arrived in the Iranian capital on Sunday, also met "
     "Foreign Minister Abbas Araghchi and Ali Akbar Ahmadian, the secretary of Iran's Supreme "
     "National Security Council, according to a statement from his office. Ahmadian replaced Ali "
     "Shamkhani in the post in 2023. The delegation included Falah Mustafa, a senior adviser to "
     "the president, and was joined by Nazim Dabbagh, the Kurdistan Regional Government's "
     "representative in Tehran. The 2023 security agreement on Iranian Kurdish opposition groups "
     "was on the agenda. A meeting with Supreme Leader Ali Khamenei, reported by some Iranian "
     "media, was not confirmed by either side.",
     [("LEADS", NB, KR, "Kurdistan Region President Nechirvan"),
      ("MET_WITH", NB, PEZ, "held talks in Tehran", "2025-02"),
      ("LEADS", PEZ, IRAN, "Iranian President Masoud"),
      ("VISITED", NB, IRAN, "who arrived in the Iranian capital", "2025-02"),
      ("MET_WITH", NB, ARQ, "also met", "2025-02"),
      ("MET_WITH", NB, "person:ali-akbar-ahmadian", "also met", "2025-02"),
      ("MEMBER_OF", "person:ali-akbar-ahmadian", SNSC, "the secretary of Iran's Supreme"),
      ("SUCCESSOR_OF", "person:ali-akbar-ahmadian", "person:ali-shamkhani", "Ahmadian replaced Ali",
       "2023-05"),
      ("MEMBER_OF", "person:ali-shamkhani", SNSC, "Ahmadian replaced Ali"),
      ("VISITED", "person:falah-mustafa", IRAN, "The delegation included Falah", "2025-02"),
      ("MEMBER_OF", "person:nazim-dabbagh", KRG, "the Kurdistan Regional Government's representative"),
      ],
     {"source": "blind set (Kurdistan24-style)", "published": "2025-02"}),

    ("arBA2_sidakan_border_guard_officers", "ar",
     "بغداد: «الشرق الأوسط»\n"
     "قُتل آمر اللواء الثاني في قوات حرس الحدود العراقية العميد محمد رشدي وآمر الفوج الثالث العقيد "
     "زبير حلبي، أمس، بضربة نفّذتها طائرة مسيّرة تركية استهدفت سيارتهما في ناحية سيدكان التابعة "
     "لمحافظة أربيل، في تصعيد غير مسبوق. وقال المتحدث باسم قيادة العمليات المشتركة اللواء تحسين "
     "الخفاجي لـ«الشرق الأوسط» إن الضابطين «كانا يتفقدان المخافر الحدودية». وقررت الخارجية العراقية "
     "إلغاء زيارة كانت مقررة لوزير الدفاع التركي خلوصي أكار إلى بغداد، واستدعاء السفير التركي فاتح "
     "يلدز لتسليمه مذكرة احتجاج. وفي أربيل، استقبل رئيس حكومة الإقليم مسرور بارزاني وزيرَ الداخلية "
     "الاتحادي عثمان الغانمي، الذي وصل على رأس وفد أمني لبحث تداعيات الضربة، كما التقى الغانمي "
     "برئيسِ الإقليم نيجيرفان بارزاني. ولم تعلّق أنقرة على الحادثة.",
     [("ASSASSINATED_BY", "person:mohammed-rushdi", TR, "بضربة نفّذتها طائرة مسيّرة تركية",
       "2020-08-11"),
      ("ASSASSINATED_BY", "person:zubair-halabi", TR, "بضربة نفّذتها طائرة مسيّرة تركية",
       "2020-08-11"),
      ("MEMBER_OF", "person:mohammed-rushdi", "organization:iraqi-border-guard",
       "آمر اللواء الثاني في قوات"),
      ("MEMBER_OF", "person:zubair-halabi", "organization:iraqi-border-guard", "وآمر الفوج الثالث"),
      ("ATTACKED", TR, "location:sidakan", "استهدفت سيارتهما في ناحية سيدكان", "2020-08-11"),
      ("MEMBER_OF", "person:tahsin-al-khafaji", "organization:joint-operations-command",
       "وقال المتحدث باسم قيادة"),
      ("REPORTED_BY", "person:tahsin-al-khafaji", "outlet:asharq-al-awsat", "لـ«الشرق الأوسط»"),
      ("MET_WITH", "person:masrour-barzani", "person:osman-al-ghanmi", "استقبل رئيس حكومة الإقليم",
       "2020-08-12"),
      ("LEADS", "person:masrour-barzani", KRG, "استقبل رئيس حكومة الإقليم"),
      ("VISITED", "person:osman-al-ghanmi", "location:erbil", "وفي أربيل، استقبل", "2020-08-12"),
      ("MET_WITH", NB, "person:osman-al-ghanmi", "كما التقى الغانمي", "2020-08-12"),
      ("LEADS", NB, KR, "برئيسِ الإقليم"),
      ],
     {"source": "blind set (Asharq Al-Awsat-style)", "published": "2020-08-12"}),

    ("enBA3_pkk_disarmament_kalin", "en",
     "SULAIMANIYAH, Iraq, July 11 (Reuters) - About 30 Kurdistan Workers Party (PKK) militants "
     "burned their weapons at a ceremony near Sulaimaniyah on Friday, a symbolic first step in "
     "the group's move to end its four-decade insurgency against Turkey. The fighters were led by "
     "Bese Hozat, a senior PKK commander, who read a statement in Turkish. On Thursday Qubad "
     "Talabani, the Kurdistan Regional Government's deputy prime minister, received a delegation "
     "of Turkey's pro-Kurdish DEM Party led by lawmaker Pervin Buldan in the city. Turkish "
     "intelligence chief Ibrahim Kalin, who took over the MIT from Hakan Fidan in 2023, had met "
     "Kurdistan Region President Nechirvan Barzani in Erbil a week earlier, two Kurdish officials "
     "said. Turkish drones have killed dozens of PKK members in northern Iraq in recent years; "
     "Ankara did not say whether the strikes would stop.",
     [("MEMBER_OF", "person:bese-hozat", "organization:pkk", "a senior PKK commander"),
      ("MEMBER_OF", "person:qubad-talabani", KRG, "the Kurdistan Regional Government's deputy"),
      ("MET_WITH", "person:pervin-buldan", "person:qubad-talabani", "received a delegation",
       "2025-07-10"),
      ("MEMBER_OF", "person:pervin-buldan", "organization:dem-party", "received a delegation"),
      ("VISITED", "person:pervin-buldan", "location:sulaymaniyah", "received a delegation",
       "2025-07-10"),
      ("LEADS", "person:ibrahim-kalin", MIT, "Turkish intelligence chief Ibrahim"),
      ("SUCCESSOR_OF", "person:ibrahim-kalin", "person:hakan-fidan", "who took over the MIT",
       "2023-06"),
      ("LEADS", "person:hakan-fidan", MIT, "who took over the MIT"),
      ("MET_WITH", "person:ibrahim-kalin", NB, "had met", "2025-07"),
      ("LEADS", NB, KR, "Kurdistan Region President Nechirvan"),
      ("VISITED", "person:ibrahim-kalin", "location:erbil", "had met", "2025-07"),
      ],
     {"source": "blind set (Reuters-style)", "published": "2025-07-11"}),

    ("arBA4_bayraktar_baghdad_erbil", "ar",
     "أربيل – كوردستان24: استقبل رئيس حكومة إقليم كوردستان مسرور بارزاني، اليوم الثلاثاء، وزيرَ "
     "الطاقة والموارد الطبيعية التركي ألب أرسلان بيرقدار والوفد المرافق له، وبحث معه استئناف تصدير "
     "نفط الإقليم عبر ميناء جيهان المتوقف منذ آذار 2023. وكان بيرقدار قد وصل إلى أربيل قادماً من "
     "بغداد، حيث التقى رئيسَ مجلس الوزراء محمد شياع السوداني ووزيرَ النفط حيان عبد الغني، بحضور "
     "السفير التركي أنيل بورا إينان، والتقى أيضاً المديرَ العام لشركة تسويق النفط (سومو) علي نزار "
     "الشطري. وفي وقت لاحق، اجتمع الوزير التركي برئيس الإقليم نيجيرفان بارزاني. وقال وزير الثروات "
     "الطبيعية بالوكالة في حكومة الإقليم كمال محمد صالح لكوردستان24 إن «الاتفاق بات قريباً». ومن "
     "المقرر أن يلتقي بيرقدار الرئيسَ مسعود بارزاني، زعيمَ الحزب الديمقراطي الكوردستاني، صباح "
     "الأربعاء.",
     [("MET_WITH", "person:masrour-barzani", "person:alparslan-bayraktar", "استقبل رئيس حكومة",
       "2025-09"),
      ("LEADS", "person:masrour-barzani", KRG, "استقبل رئيس حكومة"),
      ("VISITED", "person:alparslan-bayraktar", "location:erbil", "قد وصل إلى أربيل", "2025-09"),
      ("VISITED", "person:alparslan-bayraktar", "location:baghdad", "حيث التقى", "2025-09"),
      ("MET_WITH", "person:alparslan-bayraktar", "person:mohammed-shia-al-sudani", "حيث التقى",
       "2025-09"),
      ("MET_WITH", "person:alparslan-bayraktar", "person:hayan-abdul-ghani", "حيث التقى",
       "2025-09"),
      ("MET_WITH", "person:alparslan-bayraktar", "person:ali-nizar-al-shatri", "والتقى أيضاً",
       "2025-09"),
      ("LEADS", "person:ali-nizar-al-shatri", "organization:somo", "المديرَ العام لشركة"),
      ("MET_WITH", "person:alparslan-bayraktar", NB, "اجتمع الوزير التركي", "2025-09"),
      ("LEADS", NB, KR, "برئيس الإقليم"),
      ("MEMBER_OF", "person:kamal-mohammed-salih", KRG, "بالوكالة في حكومة الإقليم"),
      ("REPORTED_BY", "person:kamal-mohammed-salih", "outlet:kurdistan24", "لكوردستان24"),
      ("LEADS", "person:masoud-barzani", "organization:kurdistan-democratic-party",
       "زعيمَ الحزب الديمقراطي"),
      ],
     {"source": "blind set (Kurdistan24 Arabic-style)", "published": "2025-09"}),

    ("enBA5_bafel_talabani_larijani", "en",
     "SULAIMANI, Kurdistan Region - Patriotic Union of Kurdistan (PUK) leader Bafel Talabani held "
     "talks in Tehran on Sunday with Ali Larijani, the newly appointed secretary of Iran's Supreme "
     "National Security Council, the party's media office said. Larijani, who replaced Ali Akbar "
     "Ahmadian in August, told his guest that Iran wanted \u201ca stable Kurdistan Region and a "
     "strong Iraq.\u201d Talabani, accompanied by his brother Qubad, the Kurdistan Regional "
     "Government's deputy prime minister, was later received by Foreign Minister Abbas Araghchi. "
     "The PUK chief had been due to see Quds Force commander Ismael Qaani, but no meeting was "
     "announced. The visit came days after the Revolutionary Guards said they had struck "
     "\u201cterrorist\u201d positions of the Komala party near Sulaimani. Komala's secretary "
     "general, Abdullah Mohtadi, told Rudaw two members had been killed.",
     [("LEADS", "person:bafel-talabani", "organization:patriotic-union-of-kurdistan",
       "(PUK) leader Bafel"),
      ("MET_WITH", "person:bafel-talabani", "person:ali-larijani", "held talks in Tehran",
       "2025-09"),
      ("VISITED", "person:bafel-talabani", IRAN, "held talks in Tehran", "2025-09"),
      ("MEMBER_OF", "person:ali-larijani", SNSC, "the newly appointed secretary"),
      ("SUCCESSOR_OF", "person:ali-larijani", "person:ali-akbar-ahmadian", "who replaced Ali Akbar",
       "2025-08"),
      ("VISITED", "person:qubad-talabani", IRAN, "accompanied by his brother Qubad", "2025-09"),
      ("MEMBER_OF", "person:qubad-talabani", KRG, "accompanied by his brother Qubad"),
      ("MET_WITH", "person:bafel-talabani", ARQ, "was later received by", "2025-09"),
      ("LEADS", Q, QF, "Quds Force commander Ismael"),
      ("ATTACKED", IRGC, "organization:komala", "said they had struck"),
      ("LEADS", "person:abdullah-mohtadi", "organization:komala", "secretary general, Abdullah"),
      ("REPORTED_BY", "person:abdullah-mohtadi", "outlet:rudaw", "told Rudaw"),
      ],
     {"source": "blind set (Rudaw English-style)", "published": "2025-09"}),

    ("arBA6_zaki_shingali_sinjar", "ar",
     "شفق نيوز/ أعلن الجيش التركي، اليوم الخميس، أن مقاتلاته قتلت القيادي البارز في حزب العمال "
     "الكردستاني إسماعيل أوزدن، المعروف بـ«زكي شنكالي»، في غارة على قضاء سنجار غربي نينوى، بعد "
     "ساعات من مشاركته في مراسم إحياء ذكرى الإبادة الإيزيدية في قرية كوجو. وقال الرئيس التركي رجب "
     "طيب أردوغان في كلمة متلفزة إن «العملية ستستمر حتى تطهير المنطقة». وفي بغداد، استقبل رئيس "
     "الوزراء حيدر العبادي السفيرَ التركي فاتح يلدز، وأبلغه «رفض العراق أي عمل عسكري أحادي»، فيما "
     "كان وزير الخارجية إبراهيم الجعفري قد بحث مع يلدز الملف ذاته صباحاً. وقالت النائبة الإيزيدية "
     "في البرلمان العراقي فيان دخيل لشفق نيوز إن الغارة «أرعبت العائلات العائدة». وقُتل في غارة "
     "أخرى قرب سنوني مقاتلان لم تُعرف الجهة التي استهدفتهما.",
     [("ASSASSINATED_BY", "person:zaki-shingali", "organization:turkish-armed-forces",
       "أن مقاتلاته قتلت", "2018-08-15"),
      ("MEMBER_OF", "person:zaki-shingali", "organization:pkk", "القيادي البارز في حزب"),
      ("ATTACKED", "organization:turkish-armed-forces", "location:sinjar", "في غارة على قضاء سنجار",
       "2018-08-15"),
      ("LEADS", "person:recep-tayyip-erdogan", TR, "وقال الرئيس التركي"),
      ("MET_WITH", "person:haider-al-abadi", "person:fatih-yildiz", "استقبل رئيس الوزراء حيدر",
       "2018-08-16"),
      ("MET_WITH", "person:ibrahim-al-jaafari", "person:fatih-yildiz", "قد بحث مع يلدز",
       "2018-08-16"),
      ("MEMBER_OF", "person:vian-dakhil", "organization:iraqi-parliament", "في البرلمان العراقي فيان"),
      ("REPORTED_BY", "person:vian-dakhil", "outlet:shafaq-news", "لشفق نيوز"),
      ],
     {"source": "blind set (Shafaq News-style)", "published": "2018-08-16"}),
]

if __name__ == "__main__":
    build(HERE, E, ARTICLES, set_name="setBA")
