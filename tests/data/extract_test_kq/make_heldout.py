"""Blind set KQ: the Saudi-Iranian detente and the Gulf's successions, 2020-2024, as a Gulf pan-Arab
daily writes it in Arabic (Asharq Al-Awsat-like: "الرياض: «الشرق الأوسط»", "ديسمبر (كانون الأول)",
"خادم الحرمين الشريفين") and as a wire service and an English-language Gulf newspaper write it in English
(Reuters-like "DUBAI, Sept 5 (Reuters) -", AP-like "BAGHDAD (AP) —"; Times of Oman-like "His Majesty",
"Sayyid Badr").
Pieces: Ahmadian after Shamkhani, recalling the Beijing signing by al-Aiban and Shamkhani in the presence
of Wang Yi and the Saudi ambassador al-Harbi (Arabic); Enayati in Riyadh received by Elkhereiji, after
the charge d'affaires Zarnegar, and the Beijing meeting of the two foreign ministers hosted by Qin Gang
(English wire); Kuwait's crown prince Sabah Khalid sworn in before Emir Meshal with the prime minister,
Meshal after Nawaf, the three prime ministers of 2024, al-Yahya after Salem al-Jaber (Arabic); Sultan
Haitham in Tehran with Raisi and Khamenei, Haitham after Qaboos, Badr after Yusuf bin Alawi, al-Habsi
after al-Balushi (English Gulf newspaper); the al-Ula summit: Mohammed bin Salman receives Tamim and the
Bahraini crown prince, Kushner, Salman bin Hamad after Khalifa
bin Salman (Arabic); Abu Fadak after al-Muhandis, Soleimani, al-Muhandis, Taremi and Pourjafari killed
by a US strike, Ghaani after Soleimani (English wire).
Excluded on purpose (no relation): the ministers' phone call (KQ1) and their earlier phone calls (KQ2);
al-Anzi's credentials "will present ... in the coming days" (planned) and bin Salman and Raisi "are
expected to meet" (KQ2); Tamim "did not meet" Shoukry (KQ5); Abdul-Mahdi "had been due to meet"
Soleimani (KQ6); the 25 fighters killed in earlier strikes are not named (KQ6).
Judgement calls: the signatories and the ambassador present at the signing hosted by Wang Yi are all
paired (KQ1); a host "meeting the two ministers together" is paired with both (KQ2); a swearing-in before
the emir with the prime minister present pairs all three (KQ3); the crown prince "succeeds" the emir in
the crown-prince post the emir left (KQ3); "greeted Soleimani on the tarmac" is a meeting (KQ6); officers
"also died" in the strike take its stated agent, the United States (KQ6). Who attended the Beijing
signing beside the principals, the minister at the Tehran talks and the phone calls are filled in for the exercise.
Spellings: "وانج يي", "الأدميرال شمخاني" (KQ1); "أحمد العبدالله", "صباح الخالد" (KQ3); "Sayyid Badr
bin Hamad Al Busaidi" (KQ4); "الشيخ تميم بن حمد" without Al Thani (KQ5); "Qassem
Soleimani", "Esmail Ghaani", "Abu Fadak al-Mohammadawi" (KQ6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_ks import ALL  # noqa: E402

HERE = Path(__file__).parent

US, SNSC, GCC, QF, PMF, KH, KFM, SAFM = (
    "country:united-states", "organization:supreme-national-security-council", "organization:gcc",
    "organization:quds-force", "organization:popular-mobilization-forces", "organization:kataib-hezbollah",
    "organization:kuwaiti-foreign-ministry", "organization:saudi-foreign-ministry")
BEIJING, RIYADH, TEHRAN, BAYAN, SAADABAD, BIAP = (
    "location:beijing", "location:riyadh", "location:tehran", "location:bayan-palace",
    "location:saadabad-palace", "location:baghdad-international-airport")
AIBAN, SHAMKHANI, WANGYI, AHMADIAN = ("person:musaed-al-aiban", "person:ali-shamkhani", "person:wang-yi",
                                      "person:ali-akbar-ahmadian")
ENAYATI, KHEREIJI, ANZI, FAISAL, ABDOLLAHIAN, QIN = (
    "person:alireza-enayati", "person:waleed-elkhereiji", "person:abdullah-al-anzi", "person:faisal-bin-farhan",
    "person:hossein-amir-abdollahian", "person:qin-gang")
MESHAL, NAWAF, AHMADNAWAF, MSS, AHMADABD, YAHYA, SALEMJ = (
    "person:meshal-al-ahmad-al-jaber-al-sabah", "person:nawaf-al-ahmad-al-sabah", "person:ahmad-nawaf-al-ahmad",
    "person:mohammad-sabah-al-salem", "person:ahmad-abdullah-al-ahmad-al-sabah", "person:abdullah-al-yahya",
    "person:salem-abdullah-al-jaber-al-sabah")
HAITHAM, QABOOS, BADR, YUSUF, RAISI, KHAMENEI = (
    "person:haitham-bin-tarik", "person:qaboos-bin-said", "person:badr-albusaidi", "person:yusuf-bin-alawi",
    "person:ebrahim-raisi", "person:ali-khamenei")
MBS, TAMIM, MBAR, KUSHNER, SHOUKRY = ("person:mohammed-bin-salman", "person:tamim-bin-hamad-al-thani",
                                      "person:mohammed-bin-abdulrahman-al-thani", "person:jared-kushner",
                                      "person:sameh-shoukry")
SOLEIMANI, MUHANDIS, QAANI, ABUFADAK, POURJAFARI = (
    "person:qasem-soleimani", "person:abu-mahdi-al-muhandis", "person:esmail-qaani",
    "person:abdul-aziz-al-muhammadawi", "person:hossein-pourjafari")
# new to the tables
HARBI, ZARNEGAR, SABAHKH, HABSI, BALUSHI, SALMANBH, KHALIFABS, TAREMI = (
    "person:abdulrahman-al-harbi", "person:hassan-zarnegar", "person:sabah-khalid-al-hamad-al-sabah",
    "person:sultan-al-habsi", "person:darwish-al-balushi", "person:salman-bin-hamad-al-khalifa",
    "person:khalifa-bin-salman-al-khalifa", "person:hadi-taremi")


def _group(members: dict, date: str) -> list:
    """MET_WITH between every two members of a meeting; the needle is the later member's."""
    keys = list(members)
    return [("MET_WITH", a, b, members[b], date) for i, a in enumerate(keys) for b in keys[i + 1:]]


_SIGN = {AIBAN: "مساعد بن محمد العيبان", SHAMKHANI: "الأدميرال شمخاني",
         WANGYI: "بحضور مدير مكتب اللجنة المركزية للشؤون الخارجية", HARBI: "عبدالرحمن بن أحمد الحربي"}
_BEIJING = {FAISAL: "Prince Faisal bin Farhan and", ABDOLLAHIAN: "Prince Faisal bin Farhan and",
            QIN: "Chinese Foreign Minister Qin Gang hosted"}
_OATH = {SABAHKH: "اليمين الدستورية ولياً للعهد", MESHAL: "اليمين الدستورية ولياً للعهد",
         AHMADABD: "بحضور رئيس مجلس الوزراء"}
_SAADABAD = {HAITHAM: "was received by Iranian President", RAISI: "was received by Iranian President",
             BADR: "attended the talks"}

ARTICLES = [
    ("arKQ1_ahmadian_shamkhani_beijing", "ar",
     "أحمديان يخلف شمخاني في أمانة مجلس الأمن القومي الإيراني\n"
     "لندن - طهران: «الشرق الأوسط»\n"
     "عيّن الرئيس الإيراني إبراهيم رئيسي، الاثنين، القيادي في «الحرس الثوري» علي أكبر أحمديان أميناً للمجلس "
     "الأعلى للأمن القومي، خلفاً لعلي شمخاني الذي شغل المنصب نحو عشر سنوات.\n"
     "وكان شمخاني قد وقّع في العاشر من مارس (آذار) الماضي اتفاق استئناف العلاقات مع السعودية في بكين؛ إذ "
     "وقّعه عن الجانب السعودي وزير الدولة مستشار الأمن الوطني الدكتور مساعد بن محمد العيبان، وعن الجانب "
     "الإيراني الأدميرال شمخاني، بحضور مدير مكتب اللجنة المركزية للشؤون الخارجية في الحزب الشيوعي الصيني "
     "وانج يي، الذي استضاف المباحثات خمسة أيام.\n"
     "وحضر مراسم التوقيع سفير خادم الحرمين الشريفين لدى الصين عبدالرحمن بن أحمد الحربي.\n"
     "وأجرى وزيرا خارجية البلدين بعد ذلك اتصالاً هاتفياً بحثا فيه ترتيبات إعادة فتح السفارتين.\n"
     "ويرى مراقبون أن تغيير شمخاني لا يمس مسار الاتفاق الذي تتابعه الرياض بحذر.",
     [("SUCCESSOR_OF", AHMADIAN, SHAMKHANI, "خلفاً لعلي شمخاني", "2023-05-22"),
      ("LEADS", AHMADIAN, SNSC, "علي أكبر أحمديان أميناً للمجلس"),
      ] + _group(_SIGN, "2023-03-10") + [
      ("VISITED", AIBAN, BEIJING, "اتفاق استئناف العلاقات مع السعودية في بكين", "2023-03-10"),
      ("VISITED", SHAMKHANI, BEIJING, "اتفاق استئناف العلاقات مع السعودية في بكين", "2023-03-10"),
      ],
     {"source": "blind set (Gulf pan-Arab daily, Arabic)", "published": "2023-05-23"}),

    ("enKQ2_enayati_riyadh_beijing", "en",
     "Iran's new envoy arrives in Riyadh as Saudi ambassador lands in Tehran\n"
     "DUBAI, Sept 5 (Reuters) - Iran's new ambassador to Saudi Arabia, Alireza Enayati, arrived in Riyadh on "
     "Tuesday and was received by Deputy Foreign Minister Waleed Elkhereiji, the Saudi foreign ministry said.\n"
     "Enayati takes over from Hassan Zarnegar, the charge d'affaires who has run the Iranian embassy since it "
     "reopened in June.\n"
     "Saudi Arabia's ambassador, Abdullah bin Saud al-Anzi, arrived in Tehran the same day. Iranian media said "
     "he would present a copy of his credentials to Foreign Minister Hossein Amir-Abdollahian in the coming days.\n"
     "The exchange follows a China-brokered deal in March. Saudi Foreign Minister Prince Faisal bin Farhan and "
     "Amir-Abdollahian met in Beijing on April 6, when Chinese Foreign Minister Qin Gang hosted the two "
     "ministers together. The two had spoken by phone several times before that meeting.\n"
     "Crown Prince Mohammed bin Salman and President Ebrahim Raisi are expected to meet at a summit in Riyadh "
     "later this year.",
     [("MET_WITH", ENAYATI, KHEREIJI, "was received by Deputy Foreign Minister", "2023-09-05"),
      ("MEMBER_OF", KHEREIJI, SAFM, "was received by Deputy Foreign Minister"),
      ("VISITED", ENAYATI, RIYADH, "arrived in Riyadh on", "2023-09-05"),
      ("SUCCESSOR_OF", ENAYATI, ZARNEGAR, "Enayati takes over from Hassan Zarnegar", "2023-09"),
      ("VISITED", ANZI, TEHRAN, "arrived in Tehran the same day", "2023-09-05"),
      ] + _group(_BEIJING, "2023-04-06") + [
      ("VISITED", FAISAL, BEIJING, "met in Beijing on April 6", "2023-04-06"),
      ("VISITED", ABDOLLAHIAN, BEIJING, "met in Beijing on April 6", "2023-04-06"),
      ],
     {"source": "blind set (wire service, English)", "published": "2023-09-05"}),

    ("arKQ3_kuwait_crown_prince", "ar",
     "صباح الخالد يؤدي اليمين ولياً لعهد الكويت\n"
     "الكويت: «الشرق الأوسط»\n"
     "أدى الشيخ صباح خالد الحمد الصباح، الأحد، اليمين الدستورية ولياً للعهد أمام أمير البلاد الشيخ مشعل "
     "الأحمد الجابر الصباح في قصر بيان، بحضور رئيس مجلس الوزراء الشيخ أحمد العبدالله.\n"
     "وبذلك يخلف صباح الخالد الشيخ مشعل في ولاية العهد التي ظلت شاغرة منذ تولى الأخير مقاليد الحكم في "
     "ديسمبر (كانون الأول) الماضي، بعد وفاة الأمير الراحل الشيخ نواف الأحمد.\n"
     "وتعاقبت على الكويت خلال ستة أشهر ثلاث حكومات؛ إذ كلّف الأمير في يناير (كانون الثاني) الشيخ محمد صباح "
     "السالم بتشكيل الحكومة بدلاً من الشيخ أحمد نواف الأحمد، قبل أن يحل الشيخ أحمد العبدالله محله في "
     "أبريل (نيسان).\n"
     "وفي الحكومة الأولى تسلّم عبدالله اليحيا حقيبة الخارجية من الشيخ سالم عبدالله الجابر.\n"
     "وكان الأمير قد أمر في مايو (أيار) بحل مجلس الأمة ووقف العمل ببعض مواد الدستور مدة لا تزيد على أربع سنوات.",
     _group(_OATH, "2024-06-02") + [
      ("VISITED", SABAHKH, BAYAN, "في قصر بيان", "2024-06-02"),
      ("SUCCESSOR_OF", SABAHKH, MESHAL, "وبذلك يخلف صباح الخالد الشيخ مشعل", "2024-06-01"),
      ("SUCCESSOR_OF", MESHAL, NAWAF, "بعد وفاة الأمير الراحل الشيخ نواف", "2023-12-16"),
      ("SUCCESSOR_OF", MSS, AHMADNAWAF, "بدلاً من الشيخ أحمد نواف الأحمد", "2024-01-04"),
      ("SUCCESSOR_OF", AHMADABD, MSS, "قبل أن يحل الشيخ أحمد العبدالله محله", "2024-04-15"),
      ("SUCCESSOR_OF", YAHYA, SALEMJ, "تسلّم عبدالله اليحيا حقيبة الخارجية", "2024-01"),
      ("LEADS", YAHYA, KFM, "تسلّم عبدالله اليحيا حقيبة الخارجية"),
      ],
     {"source": "blind set (Gulf pan-Arab daily, Arabic)", "published": "2024-06-03"}),

    ("enKQ4_haitham_tehran", "en",
     "His Majesty the Sultan holds talks with Iranian leaders in Tehran\n"
     "MUSCAT: His Majesty Sultan Haitham bin Tarik was received by Iranian President Ebrahim Raisi at the "
     "Saadabad Palace in Tehran on Sunday, on the first visit by an Omani sultan to Iran since 2009. Sayyid Badr "
     "bin Hamad Al Busaidi, Minister of Foreign Affairs, attended the talks.\n"
     "On Monday His Majesty, accompanied by Sayyid Badr, called on the Supreme Leader, Ayatollah Ali Khamenei.\n"
     "His Majesty acceded to the throne in January 2020, succeeding the late Sultan Qaboos bin Said. In August "
     "that year a royal decree named Sayyid Badr foreign minister in place of Yusuf bin Alawi bin Abdullah, "
     "while Sultan bin Salim al-Habsi replaced Darwish bin Ismail al-Balushi at the helm of the country's "
     "finances.\n"
     "Muscat has long served as a channel between Tehran and its neighbours, and hosted Saudi-Iranian contacts "
     "before the Beijing agreement of March 2023.",
     _group(_SAADABAD, "2023-05-28") + [
      ("VISITED", HAITHAM, TEHRAN, "Saadabad Palace in Tehran on Sunday", "2023-05-28"),
      ("VISITED", HAITHAM, SAADABAD, "Saadabad Palace in Tehran on Sunday", "2023-05-28"),
      ("MET_WITH", HAITHAM, KHAMENEI, "called on the Supreme Leader", "2023-05-29"),
      ("MET_WITH", BADR, KHAMENEI, "accompanied by Sayyid Badr", "2023-05-29"),
      ("SUCCESSOR_OF", HAITHAM, QABOOS, "succeeding the late Sultan Qaboos", "2020-01-11"),
      ("SUCCESSOR_OF", BADR, YUSUF, "in place of Yusuf bin Alawi", "2020-08-18"),
      ("SUCCESSOR_OF", HABSI, BALUSHI, "replaced Darwish bin Ismail al-Balushi", "2020-08-18"),
      ],
     {"source": "blind set (English-language Gulf newspaper)", "published": "2023-05-30"}),

    ("arKQ5_alula_summit", "ar",
     "ولي العهد السعودي يستقبل أمير قطر في العلا عشية القمة الخليجية\n"
     "العلا: «الشرق الأوسط»\n"
     "استقبل ولي العهد السعودي الأمير محمد بن سلمان، الثلاثاء، أمير قطر الشيخ تميم بن حمد لدى وصوله إلى "
     "مطار العلا، في أول زيارة له إلى المملكة منذ 2017.\n"
     "وعقد ولي العهد السعودي وأمير قطر جلسة مباحثات ثنائية تناولت العلاقات بين البلدين ومسيرة العمل "
     "الخليجي المشترك.\n"
     "كما استقبل ولي العهد ولي عهد البحرين رئيس الوزراء الأمير سلمان بن حمد آل خليفة، الذي ترأس وفد بلاده إلى "
     "القمة الحادية والأربعين، وهي الأولى له منذ تولى رئاسة الحكومة في نوفمبر (تشرين الثاني) خلفاً للأمير "
     "الراحل خليفة بن سلمان.\n"
     "والتقى الأمير محمد بن سلمان على هامش القمة جاريد كوشنر، كبير مستشاري الرئيس الأميركي.\n"
     "في المقابل، لم يلتقِ الشيخ تميم بوزير الخارجية المصري سامح شكري خلال القمة، بحسب مصادر مطلعة.",
     [("MET_WITH", MBS, TAMIM, "أمير قطر الشيخ تميم بن حمد لدى وصوله", "2021-01-05")]
     + [
      ("MET_WITH", MBS, SALMANBH, "كما استقبل ولي العهد ولي عهد البحرين", "2021-01-05"),
      ("SUCCESSOR_OF", SALMANBH, KHALIFABS, "خلفاً للأمير", "2020-11-11"),
      ("MET_WITH", MBS, KUSHNER, "على هامش القمة جاريد كوشنر", "2021-01-05"),
      ],
     {"source": "blind set (Gulf pan-Arab daily, Arabic)", "published": "2021-01-05"}),

    ("enKQ6_abu_fadak_soleimani", "en",
     "Iraq militias name hard-liner to replace commander killed with Soleimani\n"
     "BAGHDAD (AP) — Iraq's Popular Mobilization Forces have named Abu Fadak al-Mohammadawi, a veteran Kataib "
     "Hezbollah commander, as their new chief of staff, succeeding Abu Mahdi al-Muhandis, militia officials "
     "said Thursday.\n"
     "Al-Muhandis was killed on Jan. 3 along with Iranian Gen. Qassem Soleimani in a U.S. drone strike at "
     "Baghdad's airport. Al-Muhandis had greeted Soleimani on the tarmac minutes before the missiles hit. Two "
     "Iranian officers travelling with the general, Hadi Taremi and Hossein Pourjafari, also died in the "
     "strike, the Revolutionary Guard said.\n"
     "Iraq's caretaker prime minister, Adel Abdul-Mahdi, later told parliament he had been due to meet Soleimani "
     "that morning to receive Iran's reply to a Saudi message.\n"
     "Esmail Ghaani, Soleimani's longtime deputy, was appointed within hours to replace him at the head of the "
     "Quds Force.\n"
     "Days before the airport strike, U.S. raids on Kataib Hezbollah bases killed 25 fighters.",
     [("SUCCESSOR_OF", ABUFADAK, MUHANDIS, "succeeding Abu Mahdi al-Muhandis", "2020-02"),
      ("MEMBER_OF", ABUFADAK, KH, "a veteran Kataib Hezbollah commander"),
      ("ASSASSINATED_BY", MUHANDIS, US, "in a U.S. drone strike at", "2020-01-03"),
      ("ASSASSINATED_BY", SOLEIMANI, US, "in a U.S. drone strike at", "2020-01-03"),
      ("MET_WITH", MUHANDIS, SOLEIMANI, "had greeted Soleimani on the tarmac", "2020-01-03"),
      ("ASSASSINATED_BY", TAREMI, US, "Hadi Taremi and Hossein Pourjafari", "2020-01-03"),
      ("ASSASSINATED_BY", POURJAFARI, US, "Hadi Taremi and Hossein Pourjafari", "2020-01-03"),
      ("SUCCESSOR_OF", QAANI, SOLEIMANI, "was appointed within hours to replace him", "2020-01-03"),
      ("LEADS", QAANI, QF, "was appointed within hours to replace him"),
      ],
     {"source": "blind set (wire service, English)", "published": "2020-02-20"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setKQ")
