"""Blind set KR: the Saudi-Iranian and Gulf-Iranian visits, 2020-2024, and the killings of Iran-aligned
commanders, as a Gulf pan-Arab daily writes it in Arabic (Asharq Al-Awsat-like: "طهران: «الشرق
الأوسط»", "أبريل (نيسان)") and as an English-language Gulf newspaper and a wire service write it in English
(Arab News-like "JEDDAH:" / "RIYADH:" datelines; Reuters-like "ABU DHABI, March 30 (Reuters) -" and a
"Factbox").
Pieces: Faisal bin Farhan in Tehran, talks with Amir-Abdollahian with the Saudi technical delegation head
al-Ghanoum, received by Raisi with Amir-Abdollahian (Arabic); al-Ruwaili in Tehran with
Bagheri and Talaei-Nik, bin Salman's meetings with Amirabdollahian (Enayati present) and Raisi, Araghchi
after the acting minister Bagheri Kani (English Gulf newspaper); al-Zayani in Tehran with Bagheri Kani
and the undersecretary Abdulla bin Ahmed, Bagheri Kani acting after Amir-Abdollahian, al-Zayani after
Khalid bin Ahmed (Arabic); Mohamed bin Zayed receives Shamkhani with Tahnoun and al-Shamsi, Mohamed bin
Zayed after Khalifa, Khaled after Mohamed as crown prince, Tahnoun with Raisi (English wire); al-Kadhimi
hosts al-Humaidan and Iravani, his Riyadh talks with bin Salman, al-Qasabi with al-Najm,
al-Kadhimi after Abdul-Mahdi (Arabic); a factbox of killings 2020-2024: Soleimani and Zamanian (US strike
Trump said he ordered), Abu Taqwa (the Pentagon said), Abu Baqir al-Saadi and al-Ulayawi (Central Command),
Haniyeh (Israel, acknowledged by Katz) after meeting Khamenei, Sinwar after Haniyeh, killed by Israeli
troops (English wire).
Excluded on purpose (no relation): Raisi's visit to Riyadh "awaited" and the Supreme Leader whom Faisal
"did not meet" (KR1); Aref "will attend" in Pezeshkian's place, and the Pezeshkian-bin Salman phone call;
Amirabdollahian and Raisi "killed in a helicopter crash" (no agent) (KR2, KR3); al-Zayani's later phone
call and Bagheri Kani's expected visit to Manama (KR3); the Mohamed bin Zayed-Raisi phone call (KR4);
Zahedi, whose killing "Iran blamed on Israel", which "did not comment" (an accusation) (KR6).
Judgement calls: the members of a delegation who "took part in" or "attended" talks are paired with all
present (KR1, KR2, KR3, KR4, KR5); an acting minister succeeds and is succeeded (KR2, KR3); Khaled
succeeds his father as crown prince of Abu Dhabi (KR4); a killing in a strike "Trump said he had ordered"
gives the victims -> the United States and -> Trump; "Central Command said it had killed" gives ->
US Central Command, and a man "killed with him" takes the same agent; "Israel's defence minister
acknowledged" that Israel killed Haniyeh counts (a claim), and "killed by Israeli troops" -> the IDF (KR6).
Who sat in on the meetings (al-Ghanoum, Talaei-Nik, Abdulla bin Ahmed, al-Shamsi)
and the phone calls are filled in for the exercise.
Spellings: "أمير عبداللهيان" written together (KR1); "Amirabdollahian", "Al-Ruwaili" (KR2); "سعيد
ايرواني" without hamza, "خالد الحميدان" without "بن علي" (KR5); "Qassem Soleimani", "Abu Baqir al-Saadi" (KR6).
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

US, ISR, IDF, CENTCOM, KH, NUJABA, HAMAS, IRFM, GCC, SNSC = (
    "country:united-states", "country:israel", "organization:israel-defense-forces",
    "organization:us-central-command", "organization:kataib-hezbollah", "organization:harakat-al-nujaba",
    "organization:hamas", "organization:iranian-foreign-ministry", "organization:gcc",
    "organization:supreme-national-security-council")
TEHRAN, JEDDAH, RIYADH, ABUDHABI, BAGHDAD, YAMAMAH = (
    "location:tehran", "location:jeddah", "location:riyadh", "location:abu-dhabi", "location:baghdad",
    "location:al-yamamah-palace")
FAISAL, ABDOLLAHIAN, RAISI, JAMSHIDI, KHAMENEI = (
    "person:faisal-bin-farhan", "person:hossein-amir-abdollahian", "person:ebrahim-raisi",
    "person:mohammad-jamshidi", "person:ali-khamenei")
RUWAILI, BAGHERI, MBS, ENAYATI, ARAGHCHI, BKANI, AREF, PEZESHKIAN = (
    "person:fayyad-al-ruwaili", "person:mohammad-bagheri", "person:mohammed-bin-salman", "person:alireza-enayati",
    "person:abbas-araghchi", "person:ali-bagheri-kani", "person:mohammad-reza-aref", "person:masoud-pezeshkian")
ZAYANI = "person:abdullatif-al-zayani"
MBZ, SHAMKHANI, TAHNOUN, KHALIFA, KHALED, MANSOUR = (
    "person:mohamed-bin-zayed", "person:ali-shamkhani", "person:tahnoun-bin-zayed", "person:khalifa-bin-zayed",
    "person:khaled-bin-mohamed-bin-zayed", "person:mansour-bin-zayed")
KADHIMI, HUMAIDAN, IRAVANI, FUAD, NAJM, ABDULMAHDI = (
    "person:mustafa-al-kadhimi", "person:khalid-al-humaidan", "person:saeed-iravani", "person:fuad-hussein",
    "person:khalid-battal-al-najm", "person:adil-abdul-mahdi")
SOLEIMANI, TRUMP, ABUTAQWA, SAADI, ULAYAWI, HANIYEH, SINWAR, KATZ, ZAHEDI = (
    "person:qasem-soleimani", "person:donald-trump", "person:abu-taqwa-al-saidi", "person:abu-baqir-al-saadi",
    "person:arkan-al-ulayawi", "person:ismail-haniyeh", "person:yahya-sinwar", "person:israel-katz",
    "person:mohammad-reza-zahedi")
# new to the tables
GHANOUM, TALAEI, ABDULLABA, KHALIDBA, SHAMSI, QASABI, ZAMANIAN = (
    "person:nasser-al-ghanoum", "person:reza-talaei-nik", "person:abdulla-bin-ahmed-al-khalifa",
    "person:khalid-bin-ahmed-al-khalifa", "person:ali-al-shamsi", "person:majid-al-qasabi",
    "person:vahid-zamanian")


def _group(members: dict, date: str) -> list:
    """MET_WITH between every two members of a meeting; the needle is the later member's."""
    keys = list(members)
    return [("MET_WITH", a, b, members[b], date) for i, a in enumerate(keys) for b in keys[i + 1:]]


def _unique(rels: list) -> list:
    """Drop a repeated (type, source, target) pair (the first evidence is kept)."""
    seen, out = set(), []
    for r in rels:
        key = (r[0], *sorted((r[1], r[2]))) if r[0] == "MET_WITH" else r[:3]
        if key not in seen:
            seen.add(key)
            out.append(r)
    return out


_TALKS = {FAISAL: "وعقد مباحثات مع نظيره الإيراني", ABDOLLAHIAN: "وعقد مباحثات مع نظيره الإيراني",
          GHANOUM: "وشارك في جلسة المباحثات"}
_RAISI = {RAISI: "واستقبل الرئيس الإيراني إبراهيم رئيسي", FAISAL: "واستقبل الرئيس الإيراني إبراهيم رئيسي",
          ABDOLLAHIAN: "بحضور أمير عبداللهيان"}
_STAFF = {RUWAILI: "held talks in Tehran on Sunday", BAGHERI: "held talks in Tehran on Sunday",
          TALAEI: "also took part in the meeting"}
_JEDDAH = {MBS: "received Iran's then foreign minister", ABDOLLAHIAN: "received Iran's then foreign minister",
           ENAYATI: "Alireza Enayati, present"}
_ACD = {ZAYANI: "التقى وزير الخارجية البحريني", BKANI: "القائم بأعمال وزير الخارجية الإيراني علي باقري كني",
        ABDULLABA: "وحضر اللقاء وكيل وزارة الخارجية"}
_SHAMKHANI = {MBZ: "received Ali Shamkhani", SHAMKHANI: "received Ali Shamkhani",
              TAHNOUN: "National Security Adviser Sheikh Tahnoun", SHAMSI: "Ali bin Hammad Al Shamsi"}
_BAGHDAD = {HUMAIDAN: "رئيس الاستخبارات العامة السعودي", IRAVANI: "سعيد ايرواني", KADHIMI: "بحضور الكاظمي"}
_RIYADH = {MBS: "استقبل ولي العهد السعودي", KADHIMI: "استقبل ولي العهد السعودي"}

ARTICLES = [
    ("arKR1_faisal_tehran", "ar",
     "فيصل بن فرحان في طهران: صفحة جديدة في العلاقات\n"
     "طهران: «الشرق الأوسط»\n"
     "وصل وزير الخارجية السعودي الأمير فيصل بن فرحان، السبت، إلى طهران في أول زيارة لوزير خارجية سعودي منذ "
     "عام 2006، وعقد مباحثات مع نظيره الإيراني حسين أمير عبداللهيان، أعقبها مؤتمر صحافي مشترك.\n"
     "وشارك في جلسة المباحثات رئيس الوفد الفني السعودي ناصر بن عوض الغنوم، الذي زار طهران في أبريل (نيسان) "
     "لبحث إعادة فتح السفارة.\n"
     "واستقبل الرئيس الإيراني إبراهيم رئيسي الوزير السعودي، بحضور أمير عبداللهيان، وجرى خلال "
     "اللقاء بحث ترتيبات تبادل السفراء.\n"
     "وقال الأمير فيصل إن المملكة تتطلع إلى زيارة الرئيس رئيسي إلى الرياض تلبيةً لدعوة خادم الحرمين "
     "الشريفين. ولم يلتقِ الوزير السعودي المرشد علي خامنئي خلال الزيارة.\n"
     "وأكد الجانبان أهمية تنفيذ اتفاق بكين وتفعيل اتفاقية التعاون الأمني الموقعة عام 2001.",
     _group(_TALKS, "2023-06-17") + [r for r in _group(_RAISI, "2023-06-17") if {r[1], r[2]} != {FAISAL, ABDOLLAHIAN}] + [
      ("VISITED", FAISAL, TEHRAN, "إلى طهران في أول زيارة", "2023-06-17"),
      ],
     {"source": "blind set (Gulf pan-Arab daily, Arabic)", "published": "2023-06-18"}),

    ("enKR2_ruwaili_tehran", "en",
     "Saudi chief of staff holds talks in Tehran\n"
     "RIYADH: Chief of the General Staff Gen. Fayyad bin Hamed Al-Ruwaili held talks in Tehran on Sunday with "
     "his Iranian counterpart, Maj. Gen. Mohammad Bagheri, on the first visit by a Saudi chief of staff in "
     "decades. Iran's deputy defense minister, Brig. Gen. Reza Talaei-Nik, also took part in the meeting.\n"
     "The visit came days before Riyadh hosts an Arab-Islamic summit, which Iranian First Vice President "
     "Mohammad Reza Aref will attend in place of President Masoud Pezeshkian. Pezeshkian and the crown prince "
     "spoke by phone last month.\n"
     "Ties have warmed since the Beijing accord. In August 2023 Crown Prince Mohammed bin Salman received Iran's "
     "then foreign minister, Hossein Amirabdollahian, in Jeddah, with Iran's ambassador, Alireza Enayati, "
     "present. In November 2023 the crown prince met President Ebrahim Raisi in Riyadh.\n"
     "Amirabdollahian and Raisi were killed in a helicopter crash in May. Abbas Araghchi took over the Foreign "
     "Ministry in August from acting minister Ali Bagheri Kani.",
     _group(_STAFF, "2024-11-10") + [
      ("VISITED", RUWAILI, TEHRAN, "held talks in Tehran on Sunday", "2024-11-10"),
      ] + _group(_JEDDAH, "2023-08-18") + [
      ("VISITED", ABDOLLAHIAN, JEDDAH, "Hossein Amirabdollahian, in Jeddah", "2023-08-18"),
      ("MET_WITH", MBS, RAISI, "the crown prince met President Ebrahim Raisi", "2023-11-11"),
      ("VISITED", RAISI, RIYADH, "the crown prince met President Ebrahim Raisi", "2023-11-11"),
      ("SUCCESSOR_OF", ARAGHCHI, BKANI, "took over the Foreign Ministry in August", "2024-08"),
      ("LEADS", ARAGHCHI, IRFM, "took over the Foreign Ministry in August"),
      ],
     {"source": "blind set (English-language Gulf newspaper)", "published": "2024-11-11"}),

    ("arKR3_zayani_tehran", "ar",
     "الزياني في طهران... أول وزير بحريني يزور إيران منذ 2016\n"
     "المنامة - طهران: «الشرق الأوسط»\n"
     "التقى وزير الخارجية البحريني الدكتور عبد اللطيف بن راشد الزياني، الأحد، القائم بأعمال وزير الخارجية "
     "الإيراني علي باقري كني، على هامش اجتماع حوار التعاون الآسيوي في طهران.\n"
     "وحضر اللقاء وكيل وزارة الخارجية للشؤون السياسية الشيخ عبدالله بن أحمد آل خليفة.\n"
     "واتفق الجانبان على بدء محادثات لبحث آليات استئناف العلاقات المقطوعة منذ 2016.\n"
     "ويتولى باقري كني الوزارة بالوكالة منذ مقتل الوزير حسين أمير عبد اللهيان في تحطم مروحية الرئيس إبراهيم "
     "رئيسي في مايو (أيار) الماضي.\n"
     "أما الزياني، الأمين العام الأسبق لمجلس التعاون، فيشغل حقيبة الخارجية منذ فبراير (شباط) 2020، حين خلف "
     "الشيخ خالد بن أحمد آل خليفة.\n"
     "وأجرى الزياني اتصالاً هاتفياً مع باقري كني بعد عودته إلى المنامة، فيما يُنتظر أن يزور الأخير البحرين "
     "في وقت لاحق.",
     _group(_ACD, "2024-06-23") + [
      ("VISITED", ZAYANI, TEHRAN, "على هامش اجتماع حوار التعاون الآسيوي في طهران", "2024-06-23"),
      ("SUCCESSOR_OF", BKANI, ABDOLLAHIAN, "ويتولى باقري كني الوزارة بالوكالة", "2024-05-20"),
      ("SUCCESSOR_OF", ZAYANI, KHALIDBA, "حين خلف", "2020-02"),
      ("MEMBER_OF", ZAYANI, GCC, "الأمين العام الأسبق لمجلس التعاون"),
      ],
     {"source": "blind set (Gulf pan-Arab daily, Arabic)", "published": "2024-06-24"}),

    ("enKR4_khaled_crown_prince_shamkhani", "en",
     "UAE president names son Khaled as Abu Dhabi crown prince\n"
     "ABU DHABI, March 30 (Reuters) - United Arab Emirates President Sheikh Mohamed bin Zayed al-Nahyan on "
     "Wednesday named his eldest son, Sheikh Khaled, crown prince of Abu Dhabi, a post Sheikh Mohamed himself "
     "held until he became president, and appointed his brother Sheikh Mansour vice president.\n"
     "Sheikh Mohamed became president in May last year, succeeding his late half-brother Sheikh Khalifa bin "
     "Zayed.\n"
     "On March 16 he received Ali Shamkhani, secretary of Iran's Supreme National Security Council, in Abu Dhabi, "
     "days after Shamkhani signed a deal with Saudi Arabia in Beijing. National Security Adviser Sheikh Tahnoun "
     "bin Zayed and Ali bin Hammad Al Shamsi, secretary-general of the Supreme Council for National Security, "
     "attended the meeting, state news agency WAM said.\n"
     "Sheikh Tahnoun visited Tehran in December 2021, when he met President Ebrahim Raisi. Sheikh Mohamed and "
     "Raisi have spoken by phone but have not met.",
     [("SUCCESSOR_OF", KHALED, MBZ, "a post Sheikh Mohamed himself", "2023-03-29"),
      ("SUCCESSOR_OF", MBZ, KHALIFA, "succeeding his late half-brother", "2022-05-14"),
      ] + _group(_SHAMKHANI, "2023-03-16") + [
      ("VISITED", SHAMKHANI, ABUDHABI, "in Abu Dhabi, days after", "2023-03-16"),
      ("LEADS", SHAMKHANI, SNSC, "secretary of Iran's Supreme National Security Council"),
      ("MET_WITH", TAHNOUN, RAISI, "when he met President Ebrahim Raisi", "2021-12-06"),
      ("VISITED", TAHNOUN, TEHRAN, "Sheikh Tahnoun visited Tehran", "2021-12-06"),
      ],
     {"source": "blind set (wire service, English)", "published": "2023-03-30"}),

    ("arKR5_kadhimi_baghdad_talks", "ar",
     "بغداد تستضيف أول حوار سعودي - إيراني منذ قطع العلاقات\n"
     "بغداد: «الشرق الأوسط»\n"
     "كشفت مصادر عراقية أن بغداد استضافت في التاسع من أبريل (نيسان) جولة مباحثات بين رئيس الاستخبارات العامة "
     "السعودي الفريق خالد الحميدان ونائب أمين المجلس الأعلى للأمن القومي الإيراني سعيد ايرواني، بحضور "
     "الكاظمي.\n"
     "وجاءت الجولة بعد أيام من زيارة رئيس الوزراء العراقي إلى الرياض، حيث استقبل ولي العهد السعودي الأمير "
     "محمد بن سلمان مصطفى الكاظمي في قصر اليمامة.\n"
     "وعلى هامش الزيارة، ترأس وزير التجارة السعودي ماجد القصبي ووزير التخطيط العراقي خالد بتال النجم "
     "اجتماعاً للجان المجلس التنسيقي بين البلدين.\n"
     "وكان الكاظمي قد تسلّم رئاسة الحكومة في مايو (أيار) الماضي خلفاً لعادل عبد المهدي، وتعهد بإبعاد العراق "
     "عن صراعات المنطقة.\n"
     "ولم يشارك في الجولة ممثلون عن الولايات المتحدة، بحسب المصادر.",
     _group(_BAGHDAD, "2021-04-09") + [
      ("VISITED", HUMAIDAN, BAGHDAD, "أن بغداد استضافت في التاسع", "2021-04-09"),
      ] + _group(_RIYADH, "2021-03-31") + [
      ("VISITED", KADHIMI, RIYADH, "مصطفى الكاظمي في قصر اليمامة", "2021-03-31"),
      ("VISITED", KADHIMI, YAMAMAH, "مصطفى الكاظمي في قصر اليمامة", "2021-03-31"),
      ("MET_WITH", QASABI, NAJM, "ووزير التخطيط العراقي خالد بتال النجم", "2021-03-31"),
      ("SUCCESSOR_OF", KADHIMI, ABDULMAHDI, "خلفاً لعادل عبد المهدي", "2020-05-07"),
      ],
     {"source": "blind set (Gulf pan-Arab daily, Arabic)", "published": "2021-04-19"}),

    ("enKR6_factbox_killings", "en",
     "Factbox: Iran-aligned commanders killed since 2020\n"
     "(Reuters) - Here are some of the commanders of Iran and its allies killed since 2020:\n"
     "* Qassem Soleimani, head of the Quds Force, and IRGC officer Vahid Zamanian died at Baghdad airport in "
     "January 2020 in a U.S. strike that President Donald Trump said he had ordered.\n"
     "* Abu Taqwa al-Saidi, a Harakat al-Nujaba commander, was killed in Baghdad in January 2024; the Pentagon "
     "said a U.S. strike hit his vehicle.\n"
     "* In February 2024, U.S. Central Command said it had killed Abu Baqir al-Saadi, a Kataib Hezbollah "
     "commander. Arkan al-Ulayawi was killed with him.\n"
     "* Iran blamed Israel for the April 2024 strike on its Damascus consulate that killed Mohammad Reza Zahedi; "
     "Israel did not comment.\n"
     "* Hamas leader Ismail Haniyeh was killed in Tehran on July 31, 2024, hours after meeting Supreme Leader "
     "Ali Khamenei. Israel's defence minister, Israel Katz, acknowledged in December that Israel killed him.\n"
     "* Yahya Sinwar, who succeeded Haniyeh, was killed by Israeli troops in Rafah in October 2024.",
     [("ASSASSINATED_BY", SOLEIMANI, US, "in a U.S. strike that President", "2020-01-03"),
      ("ASSASSINATED_BY", SOLEIMANI, TRUMP, "Donald Trump said he had ordered", "2020-01-03"),
      ("ASSASSINATED_BY", ZAMANIAN, US, "in a U.S. strike that President", "2020-01-03"),
      ("ASSASSINATED_BY", ZAMANIAN, TRUMP, "Donald Trump said he had ordered", "2020-01-03"),
      ("ASSASSINATED_BY", ABUTAQWA, US, "said a U.S. strike hit his vehicle", "2024-01-04"),
      ("MEMBER_OF", ABUTAQWA, NUJABA, "a Harakat al-Nujaba commander"),
      ("ASSASSINATED_BY", SAADI, CENTCOM, "Central Command said it had killed", "2024-02-07"),
      ("MEMBER_OF", SAADI, KH, "a Kataib Hezbollah"),
      ("ASSASSINATED_BY", ULAYAWI, CENTCOM, "Arkan al-Ulayawi was killed with him", "2024-02-07"),
      ("MET_WITH", HANIYEH, KHAMENEI, "hours after meeting Supreme Leader", "2024-07-30"),
      ("ASSASSINATED_BY", HANIYEH, ISR, "acknowledged in December that Israel killed him", "2024-07-31"),
      ("SUCCESSOR_OF", SINWAR, HANIYEH, "who succeeded Haniyeh", "2024-08-06"),
      ("ASSASSINATED_BY", SINWAR, IDF, "was killed by Israeli troops", "2024-10-16"),
      ],
     {"source": "blind set (wire service, English)", "published": "2024-12-31"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setKR")
