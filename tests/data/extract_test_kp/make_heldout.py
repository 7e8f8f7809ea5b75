"""Blind set KP: Turkey's officials and their Iranian, Qatari, Omani and Yemeni interlocutors, and the
Houthis' leaders, 2023-2025, as a Turkish state agency writes it in Arabic and English (Anadolu-like:
"إسطنبول/ الأناضول", "ANKARA" on its own line, "Türkiye", "paid a courtesy visit") and as a British
explainer writes it (BBC-like: "Who are ...", "Mr al-Mashat", a potted history).
Pieces: Erdogan receives Araghchi at Dolmabahce with Fidan and Keceli, Fidan meets al-Zindani and Badr
Albusaidi apart at the OIC meeting (Arabic); Fidan received by Raisi with Amir-Abdollahian in Tehran, the
June 2023 cabinet changes (Fidan after Cavusoglu, Kalin after Fidan, Guler after Akar, Yerlikaya after
Soylu, Cevdet Yilmaz after Oktay, Gurak after Guler) (English); Raisi in Ankara with Erdogan, Fidan and
Amir-Abdollahian, received by Kurtulmus (Arabic); Bayraktaroglu after Gurak visits Erdogan with Guler,
Fidan received by Emir Tamim with the Qatari prime minister, al-Rahawi killed by an Israeli strike
(English); Erdogan receives Emir Tamim for the strategic committee with Fidan, the Qatari prime minister
and Duran, Duran after Altun (Arabic); who leads the Houthis: Hussein al-Houthi killed by government
forces and succeeded by Abdul-Malik, Saleh killed by the Houthis, al-Sammad killed by the coalition and
succeeded by al-Mashat, Al Jaber's Sanaa talks, al-Rahawi and al-Ghamari (English explainer).
Excluded on purpose (no relation): Fidan's phone call with Rubio, and al-Zindani and Badr, whom Fidan met
"in two separate meetings", are not paired with each other (KP1); the visit "postponed" from November and
the killing of al-Arouri, for which "Hamas held Israel responsible" (an accusation) (KP3); Erdogan "did not
meet" the Hamas leader (KP5); al-Ghamari's death announced "without saying who killed him" (KP6).
Judgement calls: a handover at the ministry and "appointed to head MIT in Fidan's place" are successions
(KP2); a courtesy visit of the new chief of staff with the minister is a meeting of all three (KP4); the
attendees of a committee meeting held by two heads of state are all paired (KP3, KP5); "their fighters
killed" gives the victim -> the Houthis, and "killed by Yemeni government forces" -> the government's
armed forces (KP6). Who attended the meetings (Keceli, Kurtulmus's reception, Duran), the month of the
Tamim visit and Abdulsalam's presence at the Sanaa talks are filled in for the exercise.
Spellings: "عباس عراقتشي" and "هاقان فيدان" (KP1); "Ahmed Ghalib al-Rahawi" (KP4); "محمد بن عبد الرحمن"
without Al Thani (KP5); "Mr al-Mashat" (KP6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_kp import ALL  # noqa: E402

HERE = Path(__file__).parent

ISR, TURKEY, QATAR = "country:israel", "country:turkey", "country:qatar"
TRFM, MIT, TAF, TRCOMM, HOUTHIS, HGOV, SPC, YAF, COALITION, OIC, GNAT = (
    "organization:turkish-foreign-ministry", "organization:turkish-national-intelligence-organization",
    "organization:turkish-armed-forces", "organization:turkish-directorate-of-communications",
    "organization:houthis", "organization:houthi-government", "organization:houthi-supreme-political-council",
    "organization:yemeni-armed-forces", "organization:saudi-led-coalition", "organization:oic",
    "organization:grand-national-assembly-of-turkey")
ISTANBUL, DOLMABAHCE, ANKARA, PRESCOMPLEX, TEHRAN, DOHA, SANAA = (
    "location:istanbul", "location:dolmabahce-palace", "location:ankara", "location:presidential-complex-ankara",
    "location:tehran", "location:doha", "location:sanaa")
ERDOGAN, ARAGHCHI, FIDAN, ZINDANI, BADR = ("person:recep-tayyip-erdogan", "person:abbas-araghchi",
                                           "person:hakan-fidan", "person:shaya-al-zindani", "person:badr-albusaidi")
RAISI, ABDOLLAHIAN, CAVUSOGLU, KALIN, GULER, AKAR, YERLIKAYA, CYILMAZ = (
    "person:ebrahim-raisi", "person:hossein-amir-abdollahian", "person:mevlut-cavusoglu", "person:ibrahim-kalin",
    "person:yasar-guler", "person:hulusi-akar", "person:ali-yerlikaya", "person:cevdet-yilmaz")
TAMIM, MBAR, ALTUN, RAHAWI = ("person:tamim-bin-hamad-al-thani", "person:mohammed-bin-abdulrahman-al-thani",
                              "person:fahrettin-altun", "person:ahmed-al-rahawi")
HUSSEIN, ABDULMALIK, SALEH, SAMMAD, MASHAT, ALJABER, ABDULSALAM, GHAMARI = (
    "person:hussein-badreddin-al-houthi", "person:abdul-malik-al-houthi", "person:ali-abdullah-saleh",
    "person:saleh-al-sammad", "person:mahdi-al-mashat", "person:mohammed-al-jaber", "person:mohammed-abdulsalam",
    "person:mohammed-al-ghamari")
# new to the tables
KECELI, GURAK, SOYLU, OKTAY, KURTULMUS, BAYRAK, DURAN, QAHOUM = (
    "person:oncu-keceli", "person:metin-gurak", "person:suleyman-soylu", "person:fuat-oktay",
    "person:numan-kurtulmus", "person:selcuk-bayraktaroglu", "person:burhanettin-duran", "person:ali-al-qahoum")


def _group(members: dict, date: str) -> list:
    """MET_WITH between every two members of a meeting; the needle is the later member's."""
    keys = list(members)
    return [("MET_WITH", a, b, members[b], date) for i, a in enumerate(keys) for b in keys[i + 1:]]


_DOLMA = {ERDOGAN: "استقبل الرئيس التركي رجب طيب أردوغان", ARAGHCHI: "وزير الخارجية الإيراني عباس عراقتشي",
          FIDAN: "وحضر اللقاء وزير الخارجية هاقان فيدان", KECELI: "أونجو كتشالي"}
_COUNCIL = {ERDOGAN: "بمشاركة وزيري الخارجية", RAISI: "بمشاركة وزيري الخارجية",
            FIDAN: "هاكان فيدان وحسين", ABDOLLAHIAN: "وحسين أمير عبد اللهيان"}
_STRAT = {ERDOGAN: "استقبل الرئيس التركي رجب طيب أردوغان", TAMIM: "الشيخ تميم بن حمد آل ثاني",
          FIDAN: "وشارك في الاجتماع وزير الخارجية التركي", MBAR: "الشيخ محمد بن عبد الرحمن",
          DURAN: "رئيس دائرة الاتصال في الرئاسة التركية برهان الدين دوران"}

ARTICLES = [
    ("arKP1_erdogan_araghchi_istanbul", "ar",
     "أردوغان يستقبل وزير الخارجية الإيراني في إسطنبول\n"
     "إسطنبول/ الأناضول: استقبل الرئيس التركي رجب طيب أردوغان، الأحد، وزير الخارجية الإيراني عباس عراقتشي "
     "في مكتب دولمة بهتشة بمدينة إسطنبول، على هامش اجتماع وزراء خارجية منظمة التعاون الإسلامي.\n"
     "وحضر اللقاء وزير الخارجية هاقان فيدان، والمتحدث باسم وزارة الخارجية أونجو كتشالي.\n"
     "وعلى هامش الاجتماع، التقى فيدان كلاً من وزير الخارجية اليمني شائع الزنداني، ونظيره العُماني بدر "
     "البوسعيدي، في لقاءين منفصلين.\n"
     "وكان فيدان قد أجرى اتصالاً هاتفياً مع وزير الخارجية الأمريكي ماركو روبيو لبحث التصعيد بين إسرائيل "
     "وإيران.\n"
     "وتأتي زيارة عراقتشي بعد ساعات من الضربات الأمريكية على منشآت نووية إيرانية، فيما دعت أنقرة إلى وقف "
     "فوري للهجمات.",
     _group(_DOLMA, "2025-06-22") + [
      ("VISITED", ARAGHCHI, ISTANBUL, "في مكتب دولمة بهتشة بمدينة إسطنبول", "2025-06-22"),
      ("VISITED", ARAGHCHI, DOLMABAHCE, "في مكتب دولمة بهتشة بمدينة إسطنبول", "2025-06-22"),
      ("MEMBER_OF", KECELI, TRFM, "والمتحدث باسم وزارة الخارجية"),
      ("MET_WITH", FIDAN, ZINDANI, "وزير الخارجية اليمني شائع الزنداني", "2025-06-21"),
      ("MET_WITH", FIDAN, BADR, "ونظيره العُماني بدر", "2025-06-21"),
      ],
     {"source": "blind set (Turkish state agency, Arabic service)", "published": "2025-06-22"}),

    ("enKP2_fidan_tehran_cabinet", "en",
     "Turkish foreign minister meets Iranian president in Tehran\n"
     "TEHRAN\n"
     "Turkish Foreign Minister Hakan Fidan was received on Sunday by Iranian President Ebrahim Raisi in "
     "Tehran, in the presence of Iran's Foreign Minister Hossein Amir-Abdollahian, on his first official "
     "visit to Iran.\n"
     "Fidan, the former head of the National Intelligence Organization (MIT), took over the Foreign Ministry "
     "from Mevlut Cavusoglu in June, while presidential spokesman Ibrahim Kalin was appointed to head MIT in "
     "his place.\n"
     "In the same Cabinet, Yasar Guler, former chief of General Staff, replaced Hulusi Akar as defense "
     "minister, and Ali Yerlikaya succeeded Suleyman Soylu as interior minister. Cevdet Yilmaz became vice "
     "president, succeeding Fuat Oktay.\n"
     "Gen. Metin Gurak was named the new chief of General Staff in Guler's place.",
     [("MET_WITH", FIDAN, RAISI, "was received on Sunday by Iranian President", "2023-09-03"),
      ("MET_WITH", FIDAN, ABDOLLAHIAN, "in the presence of Iran's Foreign Minister", "2023-09-03"),
      ("MET_WITH", RAISI, ABDOLLAHIAN, "in the presence of Iran's Foreign Minister", "2023-09-03"),
      ("VISITED", FIDAN, TEHRAN, "Ebrahim Raisi in Tehran", "2023-09-03"),
      ("SUCCESSOR_OF", FIDAN, CAVUSOGLU, "from Mevlut Cavusoglu in June", "2023-06"),
      ("SUCCESSOR_OF", KALIN, FIDAN, "was appointed to head MIT in", "2023-06"),
      ("LEADS", KALIN, MIT, "was appointed to head MIT in"),
      ("SUCCESSOR_OF", GULER, AKAR, "replaced Hulusi Akar as defense", "2023-06"),
      ("SUCCESSOR_OF", YERLIKAYA, SOYLU, "Ali Yerlikaya succeeded Suleyman Soylu", "2023-06"),
      ("SUCCESSOR_OF", CYILMAZ, OKTAY, "succeeding Fuat Oktay", "2023-06"),
      ("SUCCESSOR_OF", GURAK, GULER, "in Guler's place", "2023-06"),
      ],
     {"source": "blind set (Turkish state agency, English service)", "published": "2023-09-03"}),

    ("arKP3_raisi_ankara", "ar",
     "أردوغان يستقبل نظيره الإيراني في أنقرة\n"
     "أنقرة/ الأناضول: استقبل الرئيس رجب طيب أردوغان، الأربعاء، نظيره الإيراني إبراهيم رئيسي بمراسم رسمية "
     "في المجمع الرئاسي بالعاصمة أنقرة.\n"
     "وعقد الرئيسان اجتماعاً مغلقاً، أعقبه اجتماع الدورة الثامنة لمجلس التعاون رفيع المستوى بين البلدين "
     "بمشاركة وزيري الخارجية هاكان فيدان وحسين أمير عبد اللهيان.\n"
     "وفي وقت لاحق، استقبل رئيس البرلمان التركي نعمان قورتولموش الرئيس الإيراني.\n"
     "وبحث الجانبان الهجمات في البحر الأحمر والحرب على غزة، وأدانا اغتيال القيادي في حماس صالح العاروري "
     "ببيروت، الذي حمّلت الحركة إسرائيل مسؤوليته.\n"
     "وكان من المقرر أن تجرى الزيارة في نوفمبر الماضي، لكنها أُجلت.",
     [("MET_WITH", ERDOGAN, RAISI, "نظيره الإيراني إبراهيم رئيسي بمراسم رسمية", "2024-01-24")]
     + [r for r in _group(_COUNCIL, "2024-01-24") if {r[1], r[2]} != {ERDOGAN, RAISI}] + [
      ("VISITED", RAISI, ANKARA, "في المجمع الرئاسي بالعاصمة أنقرة", "2024-01-24"),
      ("VISITED", RAISI, PRESCOMPLEX, "في المجمع الرئاسي بالعاصمة أنقرة", "2024-01-24"),
      ("MET_WITH", KURTULMUS, RAISI, "استقبل رئيس البرلمان التركي", "2024-01-24"),
      ("LEADS", KURTULMUS, GNAT, "استقبل رئيس البرلمان التركي"),
      ],
     {"source": "blind set (Turkish state agency, Arabic service)", "published": "2024-01-24"}),

    ("enKP4_bayraktaroglu_fidan_doha", "en",
     "Türkiye's new chief of General Staff pays courtesy visit to Erdogan\n"
     "ANKARA\n"
     "Gen. Selcuk Bayraktaroglu, who took over as chief of General Staff from Gen. Metin Gurak following the "
     "Supreme Military Council decisions, paid a courtesy visit to President Recep Tayyip Erdogan at the "
     "Presidential Complex earlier this month, accompanied by National Defense Minister Yasar Guler.\n"
     "Separately, Foreign Minister Hakan Fidan was received in Doha on Saturday by Qatar's Emir Sheikh Tamim "
     "bin Hamad Al Thani, with Prime Minister and Foreign Minister Sheikh Mohammed bin Abdulrahman Al Thani "
     "also present.\n"
     "Foreign Ministry spokesman Oncu Keceli condemned the Israeli strike on Sanaa that killed Ahmed Ghalib "
     "al-Rahawi, the head of the Houthi-run government, and several ministers, saying it risked a wider war.",
     [("SUCCESSOR_OF", BAYRAK, GURAK, "who took over as chief of General Staff from", "2025-08"),
      ("LEADS", BAYRAK, TAF, "who took over as chief of General Staff from"),
      ("MET_WITH", BAYRAK, ERDOGAN, "paid a courtesy visit to President", "2025-08"),
      ("MET_WITH", BAYRAK, GULER, "accompanied by National Defense Minister", "2025-08"),
      ("MET_WITH", ERDOGAN, GULER, "accompanied by National Defense Minister", "2025-08"),
      ("MET_WITH", FIDAN, TAMIM, "was received in Doha on Saturday", "2025-08-30"),
      ("MET_WITH", FIDAN, MBAR, "also present", "2025-08-30"),
      ("MET_WITH", TAMIM, MBAR, "also present", "2025-08-30"),
      ("VISITED", FIDAN, DOHA, "was received in Doha on Saturday", "2025-08-30"),
      ("ASSASSINATED_BY", RAHAWI, ISR, "the Israeli strike on Sanaa that killed", "2025-08-28"),
      ("LEADS", RAHAWI, HGOV, "the head of the Houthi-run government"),
      ("ATTACKED", ISR, SANAA, "the Israeli strike on Sanaa that killed", "2025-08-28"),
      ],
     {"source": "blind set (Turkish state agency, English service)", "published": "2025-08-31"}),

    ("arKP5_erdogan_tamim_committee", "ar",
     "أردوغان وأمير قطر يترأسان اجتماع اللجنة الاستراتيجية العليا\n"
     "أنقرة/ الأناضول: استقبل الرئيس التركي رجب طيب أردوغان، أمير دولة قطر الشيخ تميم بن حمد آل ثاني، في "
     "المجمع الرئاسي بالعاصمة أنقرة، حيث ترأسا الاجتماع العاشر للجنة الاستراتيجية العليا بين البلدين.\n"
     "وشارك في الاجتماع وزير الخارجية التركي هاكان فيدان، ورئيس الوزراء وزير الخارجية القطري الشيخ محمد بن "
     "عبد الرحمن، إلى جانب رئيس دائرة الاتصال في الرئاسة التركية برهان الدين دوران.\n"
     "وتولى دوران منصبه في يوليو الماضي خلفاً لفخر الدين ألتون.\n"
     "وبحث الجانبان جهود الوساطة القطرية في غزة، والتطورات في سوريا واليمن وأمن الملاحة في البحر الأحمر.\n"
     "ولم يلتق أردوغان خلال الزيارة أي مسؤول من حركة حماس، خلافاً لما أشارت إليه تقارير إعلامية.",
     _group(_STRAT, "2024-12") + [
      ("VISITED", TAMIM, ANKARA, "المجمع الرئاسي بالعاصمة أنقرة، حيث", "2024-12"),
      ("VISITED", TAMIM, PRESCOMPLEX, "المجمع الرئاسي بالعاصمة أنقرة، حيث", "2024-12"),
      ("LEADS", TAMIM, QATAR, "أمير دولة قطر"),
      ("LEADS", DURAN, TRCOMM, "رئيس دائرة الاتصال في الرئاسة التركية برهان الدين دوران"),
      ("SUCCESSOR_OF", DURAN, ALTUN, "خلفاً لفخر الدين ألتون", "2024-07"),
      ],
     {"source": "blind set (Turkish state agency, Arabic service)", "published": "2024-12-19"}),

    ("enKP6_who_leads_houthis", "en",
     "Who are the Houthis and who leads them?\n"
     "The Houthis, formally known as Ansar Allah, take their name from Hussein Badreddin al-Houthi, who "
     "launched the movement in the 1990s and was killed by Yemeni government forces in 2004. His brother, "
     "Abdul-Malik al-Houthi, took over the leadership and still heads the group.\n"
     "In 2014 the Houthis seized Sanaa. Three years later their fighters killed former president Ali Abdullah "
     "Saleh, their one-time ally, after he switched sides.\n"
     "Saleh al-Sammad, head of the Supreme Political Council, was killed in an air strike by the Saudi-led "
     "coalition in 2018; Mahdi al-Mashat replaced him.\n"
     "In April 2023 the Saudi ambassador, Mohammed Al Jaber, travelled to Sanaa and held talks with Mr "
     "al-Mashat and the group's chief negotiator, Mohammed Abdulsalam.\n"
     "Israeli strikes in August 2025 killed the Houthis' prime minister, Ahmed al-Rahawi. In October the "
     "group announced the death of its chief of staff, Mohammed al-Ghamari, without saying who killed him.\n"
     "\"We will not be broken,\" said Ali al-Qahoum, a member of the group's political bureau.",
     [("ASSASSINATED_BY", HUSSEIN, YAF, "was killed by Yemeni government forces", "2004"),
      ("SUCCESSOR_OF", ABDULMALIK, HUSSEIN, "took over the leadership", "2004"),
      ("LEADS", ABDULMALIK, HOUTHIS, "still heads the group"),
      ("ASSASSINATED_BY", SALEH, HOUTHIS, "their fighters killed former president", "2017-12"),
      ("ASSASSINATED_BY", SAMMAD, COALITION, "was killed in an air strike by the Saudi-led", "2018-04"),
      ("LEADS", SAMMAD, SPC, "head of the Supreme Political Council"),
      ("SUCCESSOR_OF", MASHAT, SAMMAD, "Mahdi al-Mashat replaced him", "2018-04"),
      ("MET_WITH", ALJABER, MASHAT, "held talks with Mr", "2023-04"),
      ("MET_WITH", ALJABER, ABDULSALAM, "chief negotiator, Mohammed Abdulsalam", "2023-04"),
      ("MET_WITH", MASHAT, ABDULSALAM, "chief negotiator, Mohammed Abdulsalam", "2023-04"),
      ("VISITED", ALJABER, SANAA, "travelled to Sanaa", "2023-04"),
      ("ASSASSINATED_BY", RAHAWI, ISR, "Israeli strikes in August 2025 killed", "2025-08-28"),
      ("MEMBER_OF", QAHOUM, HOUTHIS, "a member of the group's political bureau"),
      ],
     {"source": "blind set (British explainer, English)", "published": "2025-10-20"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setKP")
