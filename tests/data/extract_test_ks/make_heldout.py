"""Blind set KS: the Saudi-Iranian detente in 2024-2025 (the trilateral committee, the Saudi defence
minister in Tehran), Oman's mediation, the GCC summit in Kuwait, Bahrain's new ministers and Iran's
commanders killed in June 2025, as a Gulf pan-Arab daily writes it in Arabic (Asharq Al-Awsat-like:
"الرياض: «الشرق الأوسط»", "يونيو (حزيران)") and as an English-language Gulf newspaper and a wire service
write it in English (Kuwait Times / Gulf News-like "His Highness the Amir", "KUWAIT CITY:"; Reuters-like
"MUSCAT, April 12 (Reuters) -").
Pieces: the second meeting of the Saudi-Chinese-Iranian committee in Riyadh (Elkhereiji, Deng Li,
Takht-Ravanchi, al-Rassi), the first in Beijing with Bagheri Kani, Takht-Ravanchi after Bagheri Kani
(Arabic); the Kuwait GCC summit: Emir Mishal receives Tamim, King Hamad, Mohammed bin Rashid, talks with Tamim attended by the crown prince and the Qatari prime minister, Albudaiwi after
al-Hajraf, the information minister al-Mutairi (English Gulf newspaper); Mousavi after Bagheri (killed,
the Israeli army said), Hatami after Mousavi, Bagheri's April meeting with Khalid bin Salman and
al-Biyari, Khamenei receiving Khalid bin Salman with Pezeshkian (Arabic); the Muscat round: Araqchi and
Witkoff with al-Busaidi, Farhang greets Araqchi, Gargash delivers Trump's letter (English wire); Bahrain's
new ministers sworn in before King Hamad with the crown prince, bin Dainah after Mohammed bin Khalifa,
Jaleela al-Sayed after Faeqa al-Saleh (Arabic); Pakpour after Salami, Majid Mousavi after Hajizadeh,
Abdollahi after Shadmani, Salami, Hajizadeh and Shadmani killed by the Israeli military, Zolfaghari and
Abbasi killed by Israel (English Gulf newspaper).
Excluded on purpose (no relation): Faisal bin Farhan's phone call with Araqchi (KS1); the Emir's phone call
with Pezeshkian (KS2); bin Salman's phone call with Pezeshkian (KS3); the indirect talks "in separate
rooms" are not themselves a meeting, and the meeting "expected" next week (KS4); the crown prince's
planned first cabinet session with the new ministers (KS5); the bin Salman-Pezeshkian call and
Albudaiwi's condemnation (KS6).
Judgement calls: the three heads of delegation and the undersecretary attending are all paired (KS1);
guests received "separately" on arrival are paired with the Emir only (KS2); the delegations that "spoke
directly for a few minutes in the presence of" al-Busaidi are a meeting of all three; greeting at the
airport is a meeting (KS4); a swearing-in before the king with the crown prince present pairs everyone
named (KS5); killings "the Israeli military said" it carried out -> the IDF, "Israel said its strikes
killed" -> Israel; the strike that killed Bagheri "the Israeli army announced" -> the IDF (KS3, KS6).
Who attended the committee meeting and the Tehran audiences, the arrivals in Kuwait and the day of the
Bahraini oath are filled in for the exercise.
Spellings: "تخت روانتشي" and "عراقتشي" (KS1); "Sheikh Mishal Al-Ahmad" and "Sheikh Sabah Khalid" (KS2);
"عبدالرحيم موسوي", "بيزشكيان" (KS3); "Abbas Araqchi", "Badr al-Busaidi" (KS4); "Gen. Ali Abdollahi
Aliabadi" (KS6).
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

ISR, IDF, GCC, IRGC, IRGCAF, KHATAM, KGOV, IRGS, IRARMY = (
    "country:israel", "organization:israel-defense-forces", "organization:gcc", "organization:irgc",
    "organization:irgc-aerospace-force", "organization:khatam-al-anbiya-central-headquarters",
    "organization:kuwaiti-government", "organization:iranian-armed-forces-general-staff",
    "organization:iranian-army")
RIYADH, BEIJING, TEHRAN, MUSCAT, BAYAN = ("location:riyadh", "location:beijing", "location:tehran",
                                          "location:muscat", "location:bayan-palace")
KHEREIJI, DENGLI, RAVANCHI, BKANI, FAISAL, ARAGHCHI = (
    "person:waleed-elkhereiji", "person:deng-li", "person:majid-takht-ravanchi", "person:ali-bagheri-kani",
    "person:faisal-bin-farhan", "person:abbas-araghchi")
MESHAL, TAMIM, HAMAD, MBR, FAHD, SABAHKH, MBAR, BUDAIWI, HAJRAF, PEZESHKIAN = (
    "person:meshal-al-ahmad-al-jaber-al-sabah", "person:tamim-bin-hamad-al-thani", "person:hamad-bin-isa-al-khalifa",
    "person:mohammed-bin-rashid", "person:fahd-bin-mahmoud-al-said", "person:sabah-khalid-al-hamad-al-sabah",
    "person:mohammed-bin-abdulrahman-al-thani", "person:jasem-albudaiwi", "person:nayef-al-hajraf",
    "person:masoud-pezeshkian")
KHAMENEI, KBS, BAGHERI, AMOUSAVI, HATAMI, MBS = (
    "person:ali-khamenei", "person:khalid-bin-salman", "person:mohammad-bagheri", "person:abdolrahim-mousavi",
    "person:amir-hatami", "person:mohammed-bin-salman")
WITKOFF, BADR, GARGASH, TRUMP = ("person:steve-witkoff", "person:badr-albusaidi", "person:anwar-gargash",
                                 "person:donald-trump")
SALMANBH = "person:salman-bin-hamad-al-khalifa"
PAKPOUR, SALAMI, HAJIZADEH, MMOUSAVI, SHADMANI, ABDOLLAHI, ABBASI = (
    "person:mohammad-pakpour", "person:hossein-salami", "person:amir-ali-hajizadeh", "person:majid-mousavi",
    "person:ali-shadmani", "person:ali-abdollahi", "person:fereydoun-abbasi")
# new to the tables
RASSI, MUTAIRI, BIYARI, FARHANG, DAINAH, MBKHALIFA, JALEELA, FAEQA, ZOLFAGHARI = (
    "person:abdulrahman-al-rassi", "person:abdulrahman-al-mutairi", "person:khalid-al-biyari",
    "person:mousa-farhang", "person:mohamed-bin-dainah", "person:mohammed-bin-khalifa-al-khalifa",
    "person:jaleela-al-sayed", "person:faeqa-al-saleh", "person:ahmadreza-zolfaghari")


def _group(members: dict, date: str) -> list:
    """MET_WITH between every two members of a meeting; the needle is the later member's."""
    keys = list(members)
    return [("MET_WITH", a, b, members[b], date) for i, a in enumerate(keys) for b in keys[i + 1:]]


def _without(rels: list, *pairs) -> list:
    """Drop the MET_WITH pairs already given earlier in the article."""
    drop = [set(p) for p in pairs]
    return [r for r in rels if {r[1], r[2]} not in drop]


_RIYADH = {KHEREIJI: "برئاسة نائب وزير الخارجية السعودي", DENGLI: "نائب وزير الخارجية الصيني دنغ لي",
           RAVANCHI: "مجيد تخت روانتشي", RASSI: "عبدالرحمن الرسي"}
_BEIJING = {KHEREIJI: "بمشاركة الخريجي ودنغ لي", DENGLI: "بمشاركة الخريجي ودنغ لي",
            BKANI: "وعلي باقري كني، الذي"}
_BAYAN = {MESHAL: "Sheikh Tamim later held talks with Sheikh Mishal", TAMIM: "Sheikh Tamim later held talks with Sheikh Mishal",
          SABAHKH: "attended by Crown Prince Sheikh Sabah Khalid", MBAR: "Sheikh Mohammed bin Abdulrahman Al-Thani"}
_STAFF = {BAGHERI: "وكان باقري قد التقى", KBS: "وكان باقري قد التقى", BIYARI: "خالد بن حسين البياري"}
_LEADER = {KHAMENEI: "واستقبل خامنئي الوزير السعودي", KBS: "واستقبل خامنئي الوزير السعودي",
           PEZESHKIAN: "بحضور الرئيس مسعود بيزشكيان"}
_MUSCAT = {ARAGHCHI: "spoke directly for a few minutes", WITKOFF: "spoke directly for a few minutes",
           BADR: "in the presence of al-Busaidi"}
_OATH = {HAMAD: "أمام عاهل البلاد الملك حمد بن عيسى", SALMANBH: "بحضور ولي العهد رئيس مجلس الوزراء",
         DAINAH: "محمد بن مبارك بن دينه", JALEELA: "جليلة السيد جواد"}

ARTICLES = [
    ("arKS1_trilateral_committee_riyadh", "ar",
     "اللجنة الثلاثية السعودية - الصينية - الإيرانية تجتمع في الرياض\n"
     "الرياض: «الشرق الأوسط»\n"
     "عقدت اللجنة الثلاثية المشتركة لمتابعة اتفاق بكين اجتماعها الثاني في الرياض، الثلاثاء، برئاسة نائب وزير "
     "الخارجية السعودي المهندس وليد الخريجي، وبمشاركة نائب وزير الخارجية الصيني دنغ لي، ومساعد وزير الخارجية "
     "الإيراني للشؤون السياسية مجيد تخت روانتشي.\n"
     "وحضر الاجتماع وكيل الوزارة للشؤون الدولية المتعددة عبدالرحمن الرسي.\n"
     "وكان الاجتماع الأول للجنة قد عُقد في بكين في ديسمبر (كانون الأول) 2023، بمشاركة الخريجي ودنغ لي وعلي "
     "باقري كني، الذي كان يشغل آنذاك منصب المساعد السياسي لوزير الخارجية الإيراني.\n"
     "وخلف تخت روانتشي باقري كني في هذا المنصب في أغسطس (آب) الماضي، مع تولي عباس عراقتشي الوزارة.\n"
     "ورحبت الدول الثلاث بالتقدم في العلاقات السعودية - الإيرانية، فيما أجرى الأمير فيصل بن فرحان اتصالاً "
     "هاتفياً بنظيره الإيراني عقب الاجتماع.",
     _group(_RIYADH, "2024-11-19") + [
      ("VISITED", DENGLI, RIYADH, "اجتماعها الثاني في الرياض", "2024-11-19"),
      ("VISITED", RAVANCHI, RIYADH, "اجتماعها الثاني في الرياض", "2024-11-19"),
      ] + _without(_group(_BEIJING, "2023-12-15"), (KHEREIJI, DENGLI)) + [
      ("SUCCESSOR_OF", RAVANCHI, BKANI, "وخلف تخت روانتشي باقري كني", "2024-08"),
      ],
     {"source": "blind set (Gulf pan-Arab daily, Arabic)", "published": "2024-11-20"}),

    ("enKS2_kuwait_gcc_summit", "en",
     "Amir receives Gulf leaders ahead of 45th GCC summit\n"
     "KUWAIT CITY: His Highness the Amir Sheikh Mishal Al-Ahmad Al-Jaber Al-Sabah received Qatar's Amir Sheikh "
     "Tamim bin Hamad Al-Thani, Bahrain's King Hamad bin Isa Al Khalifa and UAE Vice President Sheikh Mohammed "
     "bin Rashid Al Maktoum separately on their arrival on Sunday for the 45th Gulf Cooperation Council summit.\n"
     "Sheikh Tamim later held talks with Sheikh Mishal at Bayan Palace, attended by Crown Prince Sheikh Sabah "
     "Khalid Al-Hamad Al-Sabah and Qatar's Prime Minister Sheikh Mohammed bin Abdulrahman Al-Thani.\n"
     "GCC Secretary-General Jasem Albudaiwi, who succeeded Dr. Nayef Al-Hajraf in February 2023, presented the "
     "council's annual report.\n"
     "Information Minister Abdulrahman Al-Mutairi told reporters the summit would focus on Gaza, Lebanon and "
     "regional security. The Amir had discussed the agenda by telephone with Iranian President Masoud "
     "Pezeshkian last week.",
     [("MET_WITH", MESHAL, TAMIM, "received Qatar's Amir Sheikh", "2024-12-01"),
      ("MET_WITH", MESHAL, HAMAD, "Bahrain's King Hamad bin Isa", "2024-12-01"),
      ("MET_WITH", MESHAL, MBR, "UAE Vice President Sheikh Mohammed", "2024-12-01"),
      ] + _without(_group(_BAYAN, "2024-12-01"), (MESHAL, TAMIM)) + [
      ("VISITED", TAMIM, BAYAN, "at Bayan Palace", "2024-12-01"),
      ("SUCCESSOR_OF", BUDAIWI, HAJRAF, "who succeeded Dr. Nayef Al-Hajraf", "2023-02"),
      ("LEADS", BUDAIWI, GCC, "GCC Secretary-General Jasem Albudaiwi"),
      ("MEMBER_OF", MUTAIRI, KGOV, "Information Minister Abdulrahman Al-Mutairi"),
      ],
     {"source": "blind set (English-language Gulf newspaper)", "published": "2024-12-02"}),

    ("arKS3_mousavi_bagheri", "ar",
     "موسوي يخلف باقري على رأس الأركان الإيرانية\n"
     "لندن - طهران: «الشرق الأوسط»\n"
     "عيّن المرشد الإيراني علي خامنئي، الجمعة، اللواء عبدالرحيم موسوي رئيساً لهيئة الأركان العامة للقوات "
     "المسلحة، خلفاً للواء محمد باقري، الذي قُتل فجر اليوم نفسه في غارات أعلن الجيش الإسرائيلي أنه شنها على "
     "طهران.\n"
     "كما عُيّن اللواء أمير حاتمي قائداً عاماً للجيش بدلاً من موسوي.\n"
     "وكان باقري قد التقى في أبريل (نيسان) الماضي وزير الدفاع السعودي الأمير خالد بن سلمان في طهران، بحضور "
     "مساعد وزير الدفاع للشؤون التنفيذية خالد بن حسين البياري، في أرفع زيارة سعودية لإيران منذ عقود.\n"
     "واستقبل خامنئي الوزير السعودي في اليوم نفسه، بحضور الرئيس مسعود بيزشكيان، وتسلّم منه رسالة من خادم "
     "الحرمين الشريفين.\n"
     "وأجرى ولي العهد السعودي الأمير محمد بن سلمان اتصالاً هاتفياً بالرئيس الإيراني، دان فيه الهجمات.",
     [("SUCCESSOR_OF", AMOUSAVI, BAGHERI, "خلفاً للواء محمد باقري", "2025-06-13"),
      ("LEADS", AMOUSAVI, IRGS, "رئيساً لهيئة الأركان العامة للقوات"),
      ("ASSASSINATED_BY", BAGHERI, IDF, "أعلن الجيش الإسرائيلي أنه شنها", "2025-06-13"),
      ("SUCCESSOR_OF", HATAMI, AMOUSAVI, "بدلاً من موسوي", "2025-06-13"),
      ("LEADS", HATAMI, IRARMY, "قائداً عاماً للجيش"),
      ] + _group(_STAFF, "2025-04-17") + _without(_group(_LEADER, "2025-04-17")) + [
      ("VISITED", KBS, TEHRAN, "وزير الدفاع السعودي الأمير خالد بن سلمان في طهران", "2025-04-17"),
      ],
     {"source": "blind set (Gulf pan-Arab daily, Arabic)", "published": "2025-06-14"}),

    ("enKS4_muscat_talks", "en",
     "Iran, U.S. hold first round of Oman-mediated talks in Muscat\n"
     "MUSCAT, April 12 (Reuters) - Iranian Foreign Minister Abbas Araqchi and U.S. Middle East envoy Steve "
     "Witkoff held indirect talks in Muscat on Saturday, with Omani Foreign Minister Badr al-Busaidi carrying "
     "messages between delegations sitting in separate rooms.\n"
     "After more than two hours, the two men spoke directly for a few minutes in the presence of al-Busaidi, "
     "Iran's foreign ministry said.\n"
     "Araqchi had been greeted on arrival at Muscat airport by Iran's ambassador to Oman, Mousa Farhang.\n"
     "The talks follow a letter from President Donald Trump to Supreme Leader Ali Khamenei, which UAE "
     "presidential adviser Anwar Gargash handed to Araqchi in Tehran last month.\n"
     "Both sides called the atmosphere constructive. Witkoff and Araqchi are expected to meet again next "
     "Saturday.",
     _group(_MUSCAT, "2025-04-12") + [
      ("VISITED", ARAGHCHI, MUSCAT, "held indirect talks in Muscat", "2025-04-12"),
      ("VISITED", WITKOFF, MUSCAT, "held indirect talks in Muscat", "2025-04-12"),
      ("MET_WITH", ARAGHCHI, FARHANG, "Iran's ambassador to Oman, Mousa Farhang", "2025-04-12"),
      ("MET_WITH", GARGASH, ARAGHCHI, "handed to Araqchi in Tehran", "2025-03-12"),
      ("VISITED", GARGASH, TEHRAN, "handed to Araqchi in Tehran", "2025-03-12"),
      ],
     {"source": "blind set (wire service, English)", "published": "2025-04-12"}),

    ("arKS5_bahrain_new_ministers", "ar",
     "الوزراء الجدد في البحرين يؤدون اليمين أمام الملك\n"
     "المنامة: «الشرق الأوسط»\n"
     "أدى الوزراء الجدد في الحكومة البحرينية، الأربعاء، اليمين الدستورية أمام عاهل البلاد الملك حمد بن عيسى "
     "آل خليفة في قصر الصخير، بحضور ولي العهد رئيس مجلس الوزراء الأمير سلمان بن حمد آل خليفة.\n"
     "ومن بين الوزراء الجدد محمد بن مبارك بن دينه، الذي تولى وزارة النفط والبيئة خلفاً للشيخ محمد بن خليفة آل "
     "خليفة، والدكتورة جليلة السيد جواد، التي عُيّنت وزيرةً للصحة بدلاً من فائقة بنت سعيد الصالح.\n"
     "وشمل التعديل، وهو الأوسع منذ سنوات، سبعة عشر وزيراً جديداً، في إطار ما وصفته المنامة بضخ دماء شابة في "
     "العمل الحكومي.\n"
     "ومن المقرر أن يترأس ولي العهد الأحد المقبل أول جلسة لمجلس الوزراء بتشكيلته الجديدة.",
     _group(_OATH, "2022-06-15") + [
      ("SUCCESSOR_OF", DAINAH, MBKHALIFA, "خلفاً للشيخ محمد بن خليفة", "2022-06-13"),
      ("SUCCESSOR_OF", JALEELA, FAEQA, "بدلاً من فائقة بنت سعيد الصالح", "2022-06-13"),
      ],
     {"source": "blind set (Gulf pan-Arab daily, Arabic)", "published": "2022-06-16"}),

    ("enKS6_iran_new_commanders", "en",
     "Iran names new commanders after Israeli strikes kill top brass\n"
     "DUBAI: Iran's Supreme Leader Ayatollah Ali Khamenei on Friday appointed Brig. Gen. Mohammad Pakpour "
     "commander-in-chief of the Islamic Revolutionary Guard Corps, replacing Maj. Gen. Hossein Salami.\n"
     "The Israeli military said its jets had killed Salami and Amir Ali Hajizadeh, the head of the IRGC "
     "Aerospace Force, in the first wave of strikes on Friday. Brig. Gen. Majid Mousavi took over the Aerospace "
     "Force from Hajizadeh.\n"
     "Maj. Gen. Ali Shadmani, newly named to head the Khatam al-Anbiya Central Headquarters, was killed four "
     "days later in what the Israeli army said was a strike on a command centre in Tehran. Gen. Ali Abdollahi "
     "Aliabadi succeeded him.\n"
     "Israel said its strikes had also killed nuclear scientists including Ahmadreza Zolfaghari and Fereydoun "
     "Abbasi.\n"
     "GCC Secretary-General Jasem Albudaiwi condemned the attacks, and Saudi Crown Prince Mohammed bin Salman "
     "spoke by phone with President Masoud Pezeshkian.",
     [("SUCCESSOR_OF", PAKPOUR, SALAMI, "replacing Maj. Gen. Hossein Salami", "2025-06-13"),
      ("LEADS", PAKPOUR, IRGC, "commander-in-chief of the Islamic Revolutionary Guard Corps"),
      ("ASSASSINATED_BY", SALAMI, IDF, "its jets had killed Salami", "2025-06-13"),
      ("ASSASSINATED_BY", HAJIZADEH, IDF, "its jets had killed Salami", "2025-06-13"),
      ("SUCCESSOR_OF", MMOUSAVI, HAJIZADEH, "took over the Aerospace Force from Hajizadeh", "2025-06-13"),
      ("LEADS", MMOUSAVI, IRGCAF, "took over the Aerospace Force from Hajizadeh"),
      ("ASSASSINATED_BY", SHADMANI, IDF, "what the Israeli army said was a strike", "2025-06-17"),
      ("LEADS", SHADMANI, KHATAM, "newly named to head the Khatam al-Anbiya"),
      ("SUCCESSOR_OF", ABDOLLAHI, SHADMANI, "Aliabadi succeeded him", "2025-06-17"),
      ("ASSASSINATED_BY", ZOLFAGHARI, ISR, "Ahmadreza Zolfaghari and Fereydoun", "2025-06-13"),
      ("ASSASSINATED_BY", ABBASI, ISR, "Ahmadreza Zolfaghari and Fereydoun", "2025-06-13"),
      ],
     {"source": "blind set (English-language Gulf newspaper)", "published": "2025-06-18"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setKS")
