"""Blind set FR: Saudi-Iranian rapprochement seen from Riyadh, 2019-2025: the Beijing agreement of
10 March 2023 signed by Musaed Al-Aiban and Ali Shamkhani with Wang Yi (Arab News-style); Prince
Faisal bin Farhan in Tehran, June 2023 (SPA-style Arabic); Prince Khalid bin Salman received by
Khamenei in Tehran, April 2025 (Arab News-style); the 2018-2019 reshuffles at the Saudi foreign
ministry (Al-Jubeir, Al-Assaf, Faisal bin Farhan; Arabic); Araghchi received by the crown prince in
Riyadh, October 2024 (Arab News-style); the Saudi chief of staff Al-Ruwaili in Tehran, Nov 2024
(Arabic).
Style: a Saudi English daily (Arab News style: "HRH", "Prince", "the Kingdom") and its Arabic
counterpart; long titles before names; a helicopter crash with no agent; a letter and phone calls;
an "expected" visit; an Israeli strike claimed by Israel.
Spellings: Musaed Al-Aiban, Ali Shamkhani, Hossein Amir-Abdollahian / أمير عبداللهيان, Abbas
Araghchi / عراقجي, Fayyad Al-Ruwaili, Mohammad Baqeri / محمد باقري.
Written and annotated blind (extractor neither read nor run).
A DEV set (session 19, round 2): written blind, then read by the engineers. Run:
    python tests/data/extract_test_fr/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_ft import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAN, KSA, CHINA, ISRAEL = "country:iran", "country:saudi-arabia", "country:china", "country:israel"
SFM, IFM = "organization:saudi-foreign-ministry", "organization:iranian-foreign-ministry"
SNSC = "organization:supreme-national-security-council"
MBS, FBF, KBS, KING = ("person:mohammed-bin-salman", "person:faisal-bin-farhan", "person:khalid-bin-salman",
                       "person:salman-bin-abdulaziz")
AIBAN, SHAM, WANG, XI = "person:musaed-al-aiban", "person:ali-shamkhani", "person:wang-yi", "person:xi-jinping"
RAISI, HAA, ARA, KHAM, PEZ = ("person:ebrahim-raisi", "person:hossein-amir-abdollahian", "person:abbas-araghchi",
                              "person:ali-khamenei", "person:masoud-pezeshkian")
BAGH, AMOUS, RUW = "person:mohammad-bagheri", "person:abdolrahim-mousavi", "person:fayyad-al-ruwaili"
JUB, ASSAF, BKANI = "person:adel-al-jubeir", "person:ibrahim-al-assaf", "person:ali-bagheri-kani"
ALANAZI, ENAYATI = "person:abdullah-al-anzi", "person:alireza-enayati"

ARTICLES = [
    ("enFR1_beijing_agreement", "en",
     "BEIJING: Saudi Arabia and Iran agreed on Friday to resume diplomatic relations and reopen their "
     "embassies within two months, in a deal brokered by China after four days of talks in the Chinese "
     "capital.\n"
     "The joint statement was signed by Minister of State and National Security Adviser Dr. Musaed "
     "Al-Aiban and Ali Shamkhani, secretary of Iran's Supreme National Security Council, in the presence "
     "of Wang Yi, director of the Office of the Central Foreign Affairs Commission.\n"
     "The two sides thanked Iraq and Oman for hosting rounds of dialogue in 2021 and 2022, and agreed "
     "that their foreign ministers would meet to implement the decision.\n"
     "Al-Aiban said the Kingdom's leadership welcomed the initiative of President Xi Jinping, who had "
     "visited Riyadh in December.\n"
     "Reports that Crown Prince Mohammed bin Salman would travel to Tehran before the summer were not "
     "confirmed by officials, the Saudi Press Agency said.",
     [("MET_WITH", AIBAN, SHAM, "The joint statement was signed by", "2023-03-10"),
      ("MET_WITH", AIBAN, WANG, "in the presence", "2023-03-10"),
      ("MET_WITH", SHAM, WANG, "of Wang Yi, director", "2023-03-10"),
      ("LEADS", SHAM, SNSC, "secretary of Iran's Supreme"),
      ("LEADS", WANG, "organization:ccp-central-foreign-affairs-commission", "director of the Office"),
      ("VISITED", XI, "location:riyadh", "who had visited Riyadh", "2022-12"),
      ("LEADS", XI, CHINA, "President Xi Jinping"),
      ],
     {"source": "blind set (Arab News-style)", "published": "2023-03-10"}),

    ("arFR2_faisal_bin_farhan_tehran", "ar",
     "طهران - واس: وصل صاحب السمو الأمير فيصل بن فرحان بن عبدالله وزير الخارجية إلى طهران السبت، في "
     "أول زيارة لوزير خارجية سعودي إلى إيران منذ عام 2016.\n"
     "واستقبل الرئيس الإيراني إبراهيم رئيسي سموَّه في القصر الرئاسي، ونقل إليه سموه تحيات خادم الحرمين "
     "الشريفين الملك سلمان بن عبدالعزيز وسمو ولي العهد.\n"
     "وعقد وزير الخارجية جلسة مباحثات مع نظيره الإيراني حسين أمير عبداللهيان، أعقبها مؤتمر صحفي مشترك "
     "أكد فيه الجانبان أهمية تنفيذ اتفاق بكين.\n"
     "وكانت إيران قد أعادت فتح سفارتها في الرياض في السادس من يونيو، فيما لم يُعلن بعد موعد وصول السفير "
     "السعودي إلى طهران.\n"
     "وأفادت مصادر بأن سموه تلقى اتصالاً هاتفياً من نظيره العماني قبيل مغادرته.",
     [("VISITED", FBF, "location:tehran", "وصل صاحب السمو", "2023-06-17"),
      ("LEADS", FBF, SFM, "بن عبدالله وزير الخارجية"),
      ("MET_WITH", RAISI, FBF, "واستقبل الرئيس الإيراني", "2023-06-17"),
      ("LEADS", RAISI, IRAN, "واستقبل الرئيس الإيراني"),
      ("MET_WITH", FBF, HAA, "جلسة مباحثات مع نظيره", "2023-06-17"),
      ("LEADS", HAA, IFM, "جلسة مباحثات مع نظيره"),
      ("LEADS", KING, KSA, "خادم الحرمين"),
      ("LOCATED_IN", "location:iranian-embassy-riyadh", "location:riyadh", "فتح سفارتها في الرياض"),
      ("REPORTED_BY", FBF, "outlet:saudi-press-agency", "طهران - واس"),
      ],
     {"source": "blind set (SPA-style Arabic)", "published": "2023-06-17"}),

    ("enFR3_khalid_bin_salman_khamenei", "en",
     "TEHRAN: Saudi Minister of Defense Prince Khalid bin Salman was received on Thursday by Iran's "
     "Supreme Leader Ali Khamenei, to whom he handed a written message from Custodian of the Two Holy "
     "Mosques King Salman.\n"
     "It was the highest-level visit by a Saudi official to the Islamic Republic in decades.\n"
     "Prince Khalid, who took over the defense portfolio in September 2022 from his brother, Crown "
     "Prince Mohammed bin Salman, also held talks with President Masoud Pezeshkian and with the chief "
     "of staff of Iran's armed forces, Maj. Gen. Mohammad Baqeri.\n"
     "Iranian Foreign Minister Abbas Araghchi, who had welcomed the minister at Mehrabad airport, said "
     "the trip showed that relations were on the right track.\n"
     "The visit came days after the first round of US-Iran talks in Muscat; a meeting between the prince "
     "and US envoy Steve Witkoff was not planned, officials said.",
     [("MET_WITH", KBS, KHAM, "was received on Thursday", "2025-04-17"),
      ("LEADS", KBS, "organization:saudi-defence-ministry", "Saudi Minister of Defense Prince"),
      ("LEADS", KHAM, IRAN, "Supreme Leader Ali Khamenei"),
      ("LEADS", KING, KSA, "Mosques King Salman"),
      ("SUCCESSOR_OF", KBS, MBS, "took over the defense portfolio", "2022-09"),
      ("MET_WITH", KBS, PEZ, "also held talks with President", "2025-04-17"),
      ("LEADS", PEZ, IRAN, "President Masoud Pezeshkian"),
      ("MET_WITH", KBS, BAGH, "Maj. Gen. Mohammad Baqeri", "2025-04-17"),
      ("LEADS", BAGH, "organization:iranian-armed-forces-general-staff", "chief of staff of Iran's armed"),
      ("MET_WITH", ARA, KBS, "who had welcomed the minister", "2025-04-17"),
      ("LEADS", ARA, IFM, "Iranian Foreign Minister Abbas"),
      ("VISITED", KBS, IRAN, "highest-level visit by a Saudi official", "2025-04-17"),
      ],
     {"source": "blind set (Arab News-style)", "published": "2025-04-17"}),

    ("arFR4_saudi_foreign_ministry_reshuffle", "ar",
     "الرياض - صدر أمر ملكي الأربعاء بتعيين صاحب السمو الأمير فيصل بن فرحان آل سعود وزيراً للخارجية، "
     "خلفاً للدكتور إبراهيم العساف الذي عُيّن وزيراً للدولة وعضواً في مجلس الوزراء.\n"
     "وكان العساف، وزير المالية الأسبق، قد تولى الحقيبة في ديسمبر 2018 بدلاً من عادل الجبير، الذي "
     "أصبح وزيراً للدولة للشؤون الخارجية.\n"
     "والجبير هو من أعلن في يناير 2016 قطع العلاقات مع طهران، بعد اقتحام محتجين إيرانيين مبنى السفارة "
     "السعودية في طهران وإحراق أجزاء من القنصلية في مشهد، عقب إعدام الشيخ نمر النمر.\n"
     "وشغل الأمير فيصل، قبل تعيينه، منصب سفير المملكة لدى ألمانيا.\n"
     "ورُشّح اسم الجبير في حينه لتولي سفارة المملكة في واشنطن، وهو ما لم يحدث.",
     [("SUCCESSOR_OF", FBF, ASSAF, "خلفاً للدكتور إبراهيم العساف", "2019-10-23"),
      ("LEADS", FBF, SFM, "آل سعود وزيراً للخارجية"),
      ("SUCCESSOR_OF", ASSAF, JUB, "بدلاً من عادل الجبير", "2018-12"),
      ("LOCATED_IN", "location:saudi-embassy-tehran", "location:tehran", "مبنى السفارة السعودية في طهران"),
      ("LOCATED_IN", "location:saudi-consulate-mashhad", "location:mashhad", "القنصلية في مشهد"),
      ],
     {"source": "blind set (Saudi Arabic daily-style)", "published": "2019-10-23"}),

    ("enFR5_araghchi_received_riyadh", "en",
     "RIYADH: Crown Prince and Prime Minister Mohammed bin Salman received Iranian Foreign Minister Abbas "
     "Araghchi in Riyadh on Wednesday, as the region braced for an Israeli response to Iran's missile "
     "attack of Oct. 1.\n"
     "Prince Faisal bin Farhan, the foreign minister, attended the meeting, the Saudi Press Agency said.\n"
     "Araghchi, a veteran negotiator, became foreign minister in August, succeeding Hossein "
     "Amir-Abdollahian, who died in a helicopter crash in May along with President Ebrahim Raisi; Ali "
     "Bagheri Kani had served as acting minister in the interim.\n"
     "The Iranian envoy later flew to Doha. He had spoken by phone with his Saudi counterpart several "
     "times since the crash.\n"
     "Iran's ambassador to the Kingdom, Alireza Enayati, told Arab News that a visit by President Masoud "
     "Pezeshkian was expected \"at the appropriate time.\"",
     [("MET_WITH", MBS, ARA, "received Iranian Foreign Minister Abbas", "2024-10-09"),
      ("LEADS", MBS, KSA, "Crown Prince and Prime Minister"),
      ("LEADS", ARA, IFM, "received Iranian Foreign Minister Abbas"),
      ("VISITED", ARA, "location:riyadh", "Araghchi in Riyadh on Wednesday", "2024-10-09"),
      ("MET_WITH", FBF, ARA, "attended the meeting", "2024-10-09"),
      ("MET_WITH", FBF, MBS, "attended the meeting", "2024-10-09"),
      ("LEADS", FBF, SFM, "the foreign minister, attended"),
      ("SUCCESSOR_OF", ARA, HAA, "succeeding Hossein", "2024-08"),
      ("ATTACKED", IRAN, ISRAEL, "an Israeli response to Iran", "2024-10-01"),
      ("VISITED", ARA, "location:doha", "later flew to Doha", "2024-10"),
      ("REPORTED_BY", ENAYATI, "outlet:arab-news", "told Arab News"),
      ("LEADS", PEZ, IRAN, "President Masoud"),
      ],
     {"source": "blind set (Arab News-style)", "published": "2024-10-09"}),

    ("arFR6_ruwaili_tehran_baqeri", "ar",
     "الرياض - كان رئيس هيئة الأركان العامة الفريق أول ركن فياض بن حامد الرويلي قد وصل إلى طهران في "
     "العاشر من نوفمبر 2024، في زيارة عسكرية سعودية هي الأرفع منذ عقود.\n"
     "والتقى الرويلي رئيسَ الأركان العامة للقوات المسلحة الإيرانية اللواء محمد باقري، وبحثا تطوير "
     "العلاقات الدفاعية، بحسب ما أوردته وكالة إرنا.\n"
     "وكان باقري قد أجرى اتصالاً هاتفياً بوزير الدفاع الأمير خالد بن سلمان قبل أسابيع.\n"
     "ولاحقاً، قُتل باقري في يونيو 2025 في ضربة أعلنت إسرائيل مسؤوليتها عنها في مستهل حرب الأيام الاثني "
     "عشر، وعُيّن اللواء عبدالرحيم موسوي خلفاً له.\n"
     "ولم يُعلن حتى الآن عن زيارة مقابلة لموسوي إلى الرياض.",
     [("LEADS", RUW, "organization:saudi-armed-forces-general-staff", "رئيس هيئة الأركان العامة الفريق"),
      ("VISITED", RUW, "location:tehran", "قد وصل إلى طهران في", "2024-11-10"),
      ("MET_WITH", RUW, BAGH, "والتقى الرويلي", "2024-11-10"),
      ("LEADS", BAGH, "organization:iranian-armed-forces-general-staff", "رئيسَ الأركان العامة للقوات"),
      ("REPORTED_BY", RUW, "outlet:irna", "وكالة إرنا"),
      ("LEADS", KBS, "organization:saudi-defence-ministry", "بوزير الدفاع الأمير"),
      ("ASSASSINATED_BY", BAGH, ISRAEL, "أعلنت إسرائيل مسؤوليتها", "2025-06-13"),
      ("SUCCESSOR_OF", AMOUS, BAGH, "خلفاً له", "2025-06"),
      ],
     {"source": "blind set (Saudi Arabic daily-style)", "published": "2025-07-20"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setFR")
