"""Blind set JA: Syria, December 2024 - January 2025, the first weeks after the fall of Bashar
al-Assad, as three outlets write it: the Syrian state news agency's Arabic service under the new
authorities (SANA-like: "دمشق-سانا", "استقبل ... والوفد المرافق له", "وجرى خلال اللقاء", "حضر
اللقاء", decisions of "القيادة العامة", "النظام البائد"), an independent Syrian outlet of the
opposition years (Enab Baladi-like, Arabic and English: "عنب بلدي – دمشق", dates written "الثلاثاء 24
من كانون الأول", sources "told Enab Baladi", the new administration's "official channels"), and an
international wire's English Damascus dispatches ("DAMASCUS, Jan 3 (Wire) -", "de facto leader",
background paragraphs, quotes to reporters).
Pieces: al-Sharaa receives Hakan Fidan, with al-Shaibani and Turkey's deputy foreign minister
attending, and Kalin's earlier visit (SANA, Arabic); Maysaa Sabrine at the central bank in place of
Hazime, al-Naasan as chief of staff in place of Abdul Karim Ibrahim, Abu Qasra in place of Ali
Mahmoud Abbas, and al-Bashir's meeting with the governor and the finance minister (SANA, Arabic);
al-Sharaa's meeting with faction commanders on dissolving the factions, al-Awda's absence and the
killing of Shujaa al-Ali (Enab Baladi, Arabic); Baerbock and Barrot with al-Sharaa (wire, English);
Barbara Leaf, Carstens and Rubinstein with al-Sharaa (wire, English); the Qatari and Jordanian
delegations of 23 December and al-Shaibani in place of al-Sabbagh (Enab Baladi, English).
Excluded on purpose (no relation): Fidan's invitation to Ankara with no date; a central bank meeting
still to come; al-Awda "not invited" to and absent from the faction meeting, and the SDF not
represented; a former colonel shot dead in Homs by unknown gunmen (no agent); the handshake al-Sharaa
withheld from Baerbock, Barrot urging a settlement with the SDF, and an EU ministers' meeting still to
come; Leaf's news conference called off and the question of Austin Tice; a Saudi delegation only
"expected"; al-Shaibani "yet to travel abroad". The Military Operations Command's announcement that
its forces killed Shujaa al-Ali counts as the agent's own claim. The toppling of Assad is not a
killing or a succession and is not annotated.
Spellings: أحمد الشرع (أبو محمد الجولاني), أسعد حسن الشيباني, Abu Mohammad al-Golani, Ahmed al-Shara
(wire, in place of al-Sharaa), Mohammed Al-Khulaifi.
Events follow the public record as far as the writer knew it; some minor details (who attended a
meeting, an aide's quote) are filled in for the exercise.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_jc import ALL  # noqa: E402

HERE = Path(__file__).parent

SYRIA, TURKEY, QATAR, JORDAN, USA = ("country:syria", "country:turkey", "country:qatar", "country:jordan",
                                     "country:united-states")
HTS, MOC, SYRGOV, SYRFM, SYRDEF, SYRFIN, CBS, SYRSTAFF = (
    "organization:hayat-tahrir-al-sham", "organization:military-operations-command",
    "organization:syrian-government", "organization:syrian-foreign-ministry", "organization:syrian-defence-ministry",
    "organization:syrian-finance-ministry", "organization:central-bank-of-syria",
    "organization:syrian-army-general-staff")
TURKFM, MIT, QFM, JORDFM, GERFM, FRFM, STATE = (
    "organization:turkish-foreign-ministry", "organization:turkish-national-intelligence-organization",
    "organization:qatari-foreign-ministry", "organization:jordanian-foreign-ministry",
    "organization:german-foreign-ministry", "organization:french-foreign-ministry", "organization:us-state-department")
DAMASCUS, PALACE, UMAYYAD, SAYDNAYA = ("location:damascus", "location:peoples-palace", "location:umayyad-mosque",
                                       "location:saydnaya-prison")
SHARAA, SHAIBANI, BASHIR, ABUQASRA, SABRINE, HAZIME, AKIBRAHIM, ALIABBAS, SABBAGH = (
    "person:ahmed-al-sharaa", "person:asaad-al-shaibani", "person:mohammed-al-bashir", "person:murhaf-abu-qasra",
    "person:maysaa-sabrine", "person:mohammad-issam-hazime", "person:abdul-karim-mahmoud-ibrahim",
    "person:ali-mahmoud-abbas", "person:bassam-al-sabbagh")
FIDAN, KALIN, KHULAIFI, SAFADI, BAERBOCK, BARROT, LEAF, CARSTENS, RUBINSTEIN = (
    "person:hakan-fidan", "person:ibrahim-kalin", "person:mohammed-al-khulaifi", "person:ayman-safadi",
    "person:annalena-baerbock", "person:jean-noel-barrot", "person:barbara-leaf", "person:roger-carstens",
    "person:daniel-rubinstein")
# new to the tables
SSD, HAMZADIV, EIGHTH = ("organization:sultan-suleiman-shah-division", "organization:hamza-division",
                         "organization:eighth-brigade")
YILMAZ, NAASAN, ABAZEID, JASSEM, BOULAD, AWDA, SHUJAA, GUILLAUME, ARNAOUT, QSHARIF = (
    "person:nuh-yilmaz", "person:ali-noureddine-al-naasan", "person:mohammed-abazeid", "person:mohammed-al-jassem",
    "person:saif-boulad", "person:ahmad-al-awda", "person:shujaa-al-ali", "person:jean-francois-guillaume",
    "person:obaida-arnaout", "person:khalifa-al-sharif")

ARTICLES = [
    ("arJA1_sharaa_receives_fidan", "ar",
     "القائد العام للإدارة السورية الجديدة يستقبل وزير الخارجية التركي والوفد المرافق له\n"
     "دمشق-سانا\n"
     "استقبل القائد العام للإدارة السورية الجديدة السيد أحمد الشرع اليوم في قصر الشعب بدمشق وزير الخارجية "
     "التركي هاكان فيدان والوفد المرافق له.\n"
     "وجرى خلال اللقاء بحث العلاقات الثنائية بين البلدين الجارين، وسبل دعم الشعب السوري في المرحلة "
     "المقبلة، وملفات إعادة الإعمار وعودة اللاجئين السوريين إلى وطنهم.\n"
     "حضر اللقاء وزير الخارجية في حكومة تصريف الأعمال السيد أسعد حسن الشيباني، ونائب وزير الخارجية التركي "
     "نوح يلماز.\n"
     "وأكد الوزير فيدان خلال مؤتمر صحفي مشترك مع السيد الشرع عقب اللقاء وقوف بلاده إلى جانب سوريا ووحدة "
     "أراضيها، فيما شدد الشرع على أن سوريا الجديدة «لن تكون منصة لتهديد أي من جيرانها».\n"
     "ونقل فيدان دعوة رسمية لزيارة أنقرة، من دون الإعلان عن موعد لها.\n"
     "وكان رئيس جهاز الاستخبارات التركي إبراهيم قالن قد زار دمشق في الثاني عشر من الشهر الجاري، وأدى "
     "الصلاة في الجامع الأموي.",
     [("MET_WITH", SHARAA, FIDAN, "استقبل القائد العام للإدارة السورية الجديدة السيد", "2024-12-22"),
      ("VISITED", FIDAN, DAMASCUS, "في قصر الشعب بدمشق", "2024-12-22"),
      ("LEADS", FIDAN, TURKFM, "بدمشق وزير الخارجية التركي هاكان"),
      ("MET_WITH", SHAIBANI, SHARAA, "حضر اللقاء وزير الخارجية في حكومة تصريف الأعمال", "2024-12-22"),
      ("MET_WITH", SHAIBANI, FIDAN, "حضر اللقاء وزير الخارجية في حكومة تصريف الأعمال", "2024-12-22"),
      ("MET_WITH", YILMAZ, SHARAA, "ونائب وزير الخارجية التركي", "2024-12-22"),
      ("MET_WITH", YILMAZ, FIDAN, "ونائب وزير الخارجية التركي", "2024-12-22"),
      ("MET_WITH", YILMAZ, SHAIBANI, "ونائب وزير الخارجية التركي", "2024-12-22"),
      ("LEADS", SHAIBANI, SYRFM, "وزير الخارجية في حكومة تصريف الأعمال السيد أسعد"),
      ("MEMBER_OF", YILMAZ, TURKFM, "ونائب وزير الخارجية التركي"),
      ("LEADS", KALIN, MIT, "رئيس جهاز الاستخبارات التركي إبراهيم"),
      ("VISITED", KALIN, DAMASCUS, "قد زار دمشق في الثاني عشر", "2024-12-12"),
      ("VISITED", KALIN, UMAYYAD, "الصلاة في الجامع الأموي", "2024-12-12"),
      ],
     {"source": "blind set (Syrian state news agency, Arabic)", "published": "2024-12-22"}),

    ("arJA2_sabrine_naasan_appointed", "ar",
     "القيادة العامة تكلّف ميساء صابرين بتسيير أعمال حاكم مصرف سوريا المركزي\n"
     "دمشق-سانا\n"
     "أصدرت القيادة العامة قراراً يقضي بتكليف السيدة ميساء صابرين بتسيير أعمال حاكم مصرف سوريا المركزي، "
     "خلفاً للدكتور محمد عصام هزيمة، لتكون بذلك أول امرأة تتولى هذا المنصب منذ تأسيس المصرف.\n"
     "كما أصدرت القيادة العامة قراراً بتعيين علي نور الدين النعسان رئيساً لهيئة الأركان العامة للجيش "
     "والقوات المسلحة، ليحل محل العماد عبد الكريم محمود إبراهيم، آخر رئيس للأركان في عهد النظام البائد.\n"
     "ويأتي القراران بعد أيام من تكليف اللواء مرهف أبو قصرة بحقيبة الدفاع في حكومة تصريف الأعمال خلفاً "
     "للعماد علي محمود عباس.\n"
     "وفي سياق متصل، ترأس رئيس حكومة تصريف الأعمال السيد محمد البشير اليوم اجتماعاً ضم حاكمة مصرف سوريا "
     "المركزي ووزير المالية السيد محمد أبازيد، جرى خلاله بحث سبل تحقيق استقرار سعر صرف الليرة السورية "
     "وتأمين رواتب العاملين في الدولة.\n"
     "وأكد البشير خلال الاجتماع أن الحكومة تعمل على إعادة هيكلة الرواتب ومكافحة الفساد في مؤسسات الدولة.\n"
     "ومن المقرر أن يعقد المصرف المركزي اجتماعاً موسعاً مع إدارات المصارف العامة والخاصة الأسبوع المقبل.",
     [("SUCCESSOR_OF", SABRINE, HAZIME, "خلفاً للدكتور محمد عصام هزيمة", "2024-12-30"),
      ("LEADS", SABRINE, CBS, "السيدة ميساء صابرين بتسيير"),
      ("SUCCESSOR_OF", NAASAN, AKIBRAHIM, "ليحل محل العماد عبد الكريم", "2024-12"),
      ("LEADS", NAASAN, SYRSTAFF, "رئيساً لهيئة الأركان العامة للجيش"),
      ("LEADS", AKIBRAHIM, SYRSTAFF, "آخر رئيس للأركان في عهد النظام البائد"),
      ("SUCCESSOR_OF", ABUQASRA, ALIABBAS, "خلفاً للعماد علي محمود عباس", "2024-12"),
      ("LEADS", ABUQASRA, SYRDEF, "مرهف أبو قصرة بحقيبة الدفاع"),
      ("LEADS", BASHIR, SYRGOV, "ترأس رئيس حكومة تصريف الأعمال السيد محمد"),
      ("MET_WITH", BASHIR, SABRINE, "اجتماعاً ضم حاكمة مصرف", "2024-12-31"),
      ("MET_WITH", BASHIR, ABAZEID, "اجتماعاً ضم حاكمة مصرف", "2024-12-31"),
      ("MET_WITH", SABRINE, ABAZEID, "اجتماعاً ضم حاكمة مصرف", "2024-12-31"),
      ("LEADS", ABAZEID, SYRFIN, "ووزير المالية السيد محمد أبازيد"),
      ],
     {"source": "blind set (Syrian state news agency, Arabic)", "published": "2024-12-31"}),

    ("arJA3_factions_meeting_shujaa", "ar",
     "الشرع يجتمع بقادة الفصائل في دمشق.. اتفاق على الحل والاندماج في وزارة الدفاع\n"
     "عنب بلدي – دمشق\n"
     "اجتمع قائد «إدارة العمليات العسكرية»، أحمد الشرع (أبو محمد الجولاني)، مع قادة فصائل عسكرية في "
     "دمشق، وانتهى الاجتماع بالاتفاق على حل الفصائل كافة ودمجها تحت مظلة وزارة الدفاع، بحسب ما نشرته "
     "«القيادة العامة» عبر معرفاتها الرسمية، الثلاثاء 24 من كانون الأول.\n"
     "وحضر الاجتماع، بحسب الصور المنشورة، وزير الدفاع في حكومة تصريف الأعمال مرهف أبو قصرة، وقائد فرقة "
     "«السلطان سليمان شاه» محمد الجاسم (أبو عمشة)، وقائد فرقة «الحمزة» سيف بولاد (أبو بكر).\n"
     "وغاب عن الاجتماع قائد «اللواء الثامن» في درعا، أحمد العودة، وقال مصدر مقرب منه لعنب بلدي إنه لم "
     "يُدعَ إليه، وإن اللواء «لن يسلّم سلاحه قبل تشكيل جيش وطني».\n"
     "ولم تحدد «القيادة العامة» جدولًا زمنيًا لعملية الدمج، كما لم تكن «قوات سوريا الديمقراطية» (قسد) "
     "ممثلة في الاجتماع.\n"
     "وفي حمص، قُتل ضابط سابق برتبة عقيد في قوات النظام المخلوع برصاص مجهولين في حي الزهراء، بينما أعلنت "
     "«إدارة العمليات العسكرية» أن قواتها قتلت شجاع العلي، المتهم بعمليات خطف وقتل في ريف حمص الغربي، "
     "خلال مداهمة في المنطقة.",
     [("LEADS", SHARAA, MOC, "اجتمع قائد «إدارة العمليات العسكرية»، أحمد"),
      ("MET_WITH", SHARAA, ABUQASRA, "وحضر الاجتماع، بحسب الصور المنشورة", "2024-12-24"),
      ("MET_WITH", SHARAA, JASSEM, "وحضر الاجتماع، بحسب الصور المنشورة", "2024-12-24"),
      ("MET_WITH", SHARAA, BOULAD, "وحضر الاجتماع، بحسب الصور المنشورة", "2024-12-24"),
      ("MET_WITH", ABUQASRA, JASSEM, "وحضر الاجتماع، بحسب الصور المنشورة", "2024-12-24"),
      ("MET_WITH", ABUQASRA, BOULAD, "وحضر الاجتماع، بحسب الصور المنشورة", "2024-12-24"),
      ("MET_WITH", JASSEM, BOULAD, "وحضر الاجتماع، بحسب الصور المنشورة", "2024-12-24"),
      ("LEADS", ABUQASRA, SYRDEF, "وزير الدفاع في حكومة تصريف الأعمال مرهف"),
      ("LEADS", JASSEM, SSD, "«السلطان سليمان شاه» محمد الجاسم"),
      ("LEADS", BOULAD, HAMZADIV, "وقائد فرقة «الحمزة» سيف"),
      ("LEADS", AWDA, EIGHTH, "قائد «اللواء الثامن» في درعا، أحمد"),
      ("ASSASSINATED_BY", SHUJAA, MOC, "أن قواتها قتلت شجاع العلي", "2024-12"),
      ],
     {"source": "blind set (independent Syrian outlet, Arabic)", "published": "2024-12-26"}),

    ("enJA4_baerbock_barrot_damascus", "en",
     "German, French foreign ministers meet Syria's new leader in Damascus\n"
     "DAMASCUS, Jan 3 (Wire) - The foreign ministers of Germany and France met Syria's de facto leader Ahmed "
     "al-Sharaa in Damascus on Friday, the most senior Western officials to visit since rebels ousted Bashar "
     "al-Assad last month.\n"
     "Annalena Baerbock of Germany and Jean-Noel Barrot of France, who said they came on behalf of the "
     "European Union, held talks with al-Sharaa, the former Islamist commander once known as Abu Mohammad "
     "al-Golani, at the People's Palace. France's special envoy for Syria, Jean-Francois Guillaume, also "
     "attended, a French diplomat said.\n"
     "Al-Sharaa, whose Hayat Tahrir al-Sham led the offensive that toppled Assad on Dec. 8, did not shake "
     "Baerbock's hand when greeting the delegation, footage showed.\n"
     "\"Europe will support, but Europe will not be a financier of new Islamist structures,\" Baerbock told "
     "reporters after the meeting.\n"
     "Before the talks, the two ministers toured Saydnaya prison north of the capital, where rights groups say "
     "thousands of detainees were executed under Assad.\n"
     "Barrot said he had also urged al-Sharaa to reach a political settlement with the Kurdish-led Syrian "
     "Democratic Forces. EU foreign ministers are due to discuss easing sanctions on Syria at a meeting in "
     "Brussels later this month.",
     [("MET_WITH", SHARAA, BAERBOCK, "held talks with al-Sharaa, the former", "2025-01-03"),
      ("MET_WITH", SHARAA, BARROT, "held talks with al-Sharaa, the former", "2025-01-03"),
      ("MET_WITH", BAERBOCK, BARROT, "held talks with al-Sharaa, the former", "2025-01-03"),
      ("MET_WITH", GUILLAUME, SHARAA, "Jean-Francois Guillaume, also", "2025-01-03"),
      ("MET_WITH", GUILLAUME, BAERBOCK, "Jean-Francois Guillaume, also", "2025-01-03"),
      ("MET_WITH", GUILLAUME, BARROT, "Jean-Francois Guillaume, also", "2025-01-03"),
      ("LEADS", BAERBOCK, GERFM, "The foreign ministers of Germany and France"),
      ("LEADS", BARROT, FRFM, "The foreign ministers of Germany and France"),
      ("VISITED", BAERBOCK, DAMASCUS, "in Damascus on Friday", "2025-01-03"),
      ("VISITED", BARROT, DAMASCUS, "in Damascus on Friday", "2025-01-03"),
      ("LEADS", SHARAA, HTS, "whose Hayat Tahrir al-Sham led the offensive"),
      ("VISITED", BAERBOCK, SAYDNAYA, "the two ministers toured Saydnaya prison", "2025-01-03"),
      ("VISITED", BARROT, SAYDNAYA, "the two ministers toured Saydnaya prison", "2025-01-03"),
      ],
     {"source": "blind set (international wire, English)", "published": "2025-01-03"}),

    ("enJA5_us_diplomats_meet_shara", "en",
     "U.S. diplomats meet Syria's new ruler, drop $10 million bounty\n"
     "DAMASCUS, Dec 20 (Wire) - The top U.S. diplomat for the Middle East, Barbara Leaf, met Syria's de facto "
     "ruler Ahmed al-Shara in Damascus on Friday and told him Washington would no longer pursue a $10 million "
     "reward it had offered for his capture.\n"
     "Leaf, the assistant secretary of state for Near Eastern affairs, was joined by presidential hostage envoy "
     "Roger Carstens and senior adviser Daniel Rubinstein, who also sat in on the meeting. They are the first "
     "U.S. diplomats to visit Damascus officially since the embassy closed in 2012.\n"
     "Leaf described the talks as \"good, very productive\" and said al-Shara, whose Hayat Tahrir al-Sham group "
     "Washington still lists as a terrorist organization, had committed to keeping militant groups from posing "
     "a threat inside Syria or beyond.\n"
     "A news conference Leaf was due to hold in Damascus was called off for security reasons, a State "
     "Department official said.\n"
     "The delegation also pressed for information on Austin Tice, an American journalist who disappeared near "
     "Damascus in 2012.\n"
     "Obaida Arnaout, a spokesman for the caretaker government's political affairs department, said the "
     "meeting had been \"positive\" and that Damascus hoped for a full lifting of sanctions.",
     [("MET_WITH", LEAF, SHARAA, "Barbara Leaf, met Syria's de facto", "2024-12-20"),
      ("VISITED", LEAF, DAMASCUS, "in Damascus on Friday and told him", "2024-12-20"),
      ("MEMBER_OF", LEAF, STATE, "the assistant secretary of state for Near Eastern affairs"),
      ("MET_WITH", CARSTENS, SHARAA, "who also sat in on the meeting", "2024-12-20"),
      ("MET_WITH", RUBINSTEIN, SHARAA, "who also sat in on the meeting", "2024-12-20"),
      ("MET_WITH", CARSTENS, LEAF, "who also sat in on the meeting", "2024-12-20"),
      ("MET_WITH", RUBINSTEIN, LEAF, "who also sat in on the meeting", "2024-12-20"),
      ("MET_WITH", CARSTENS, RUBINSTEIN, "who also sat in on the meeting", "2024-12-20"),
      ("VISITED", CARSTENS, DAMASCUS, "diplomats to visit Damascus officially", "2024-12-20"),
      ("VISITED", RUBINSTEIN, DAMASCUS, "diplomats to visit Damascus officially", "2024-12-20"),
      ("LEADS", SHARAA, HTS, "whose Hayat Tahrir al-Sham group"),
      ("MEMBER_OF", ARNAOUT, SYRGOV, "a spokesman for the caretaker government's"),
      ],
     {"source": "blind set (international wire, English)", "published": "2024-12-20"}),

    ("enJA6_qatari_jordanian_delegations", "en",
     "Qatari and Jordanian envoys meet al-Sharaa in Damascus as Doha reopens embassy\n"
     "Enab Baladi – Damascus\n"
     "The leader of Syria's new administration, Ahmed al-Sharaa, received two Arab delegations in Damascus on "
     "Monday, 23 December, in a sign of regional openness to the authorities that replaced Bashar al-Assad.\n"
     "Qatar's Minister of State at the Ministry of Foreign Affairs, Mohammed Al-Khulaifi, met al-Sharaa at "
     "the People's Palace, the Qatari Foreign Ministry said, in the first visit by a Qatari official since "
     "2011. Qatar's new chargé d'affaires in Damascus, Khalifa Abdullah Al Mahmoud Al Sharif, also attended "
     "the meeting.\n"
     "Doha reopened its embassy in the Syrian capital on 21 December after a 13-year closure.\n"
     "Later the same day, Jordan's Foreign Minister, Ayman Safadi, held talks with al-Sharaa, becoming the "
     "first Arab foreign minister to visit Damascus since the fall of the regime. Safadi told reporters that "
     "border security and drug smuggling topped the agenda.\n"
     "Asaad al-Shaibani, who was named foreign minister of the caretaker government on 21 December, "
     "replacing Bassam al-Sabbagh, Assad's last foreign minister, has yet to travel abroad in his new post.\n"
     "Enab Baladi learned that a Saudi delegation was expected in Damascus in the coming days, though Riyadh "
     "has not announced any visit.",
     [("MET_WITH", KHULAIFI, SHARAA, "Mohammed Al-Khulaifi, met al-Sharaa", "2024-12-23"),
      ("MEMBER_OF", KHULAIFI, QFM, "Qatar's Minister of State at the Ministry of Foreign Affairs"),
      ("VISITED", KHULAIFI, PALACE, "met al-Sharaa at the People's Palace", "2024-12-23"),
      ("MET_WITH", QSHARIF, SHARAA, "also attended the meeting", "2024-12-23"),
      ("MET_WITH", QSHARIF, KHULAIFI, "also attended the meeting", "2024-12-23"),
      ("MET_WITH", SAFADI, SHARAA, "held talks with al-Sharaa, becoming", "2024-12-23"),
      ("LEADS", SAFADI, JORDFM, "Jordan's Foreign Minister, Ayman Safadi"),
      ("VISITED", SAFADI, DAMASCUS, "first Arab foreign minister to visit Damascus", "2024-12-23"),
      ("SUCCESSOR_OF", SHAIBANI, SABBAGH, "replacing Bassam al-Sabbagh", "2024-12-21"),
      ("LEADS", SHAIBANI, SYRFM, "named foreign minister of the caretaker government"),
      ("LEADS", SABBAGH, SYRFM, "Assad's last foreign minister"),
      ],
     {"source": "blind set (independent Syrian outlet, English)", "published": "2024-12-24"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setJA")
