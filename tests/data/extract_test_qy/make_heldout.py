"""Blind set QY: Gulf diplomacy 2021-2025 (first folder of QY-QZ): the Beijing agreement between Saudi Arabia
and Iran (March 2023), the two foreign ministers' meeting in Beijing (April 2023), Amir-Abdollahian's visit to
Riyadh and Jeddah (August 2023), Tahnoun bin Zayed's visit to Tehran (December 2021), the Al-Ula declaration
ending the Qatar rift (January 2021) and what followed, and the first round of the Iran-US talks mediated by
Oman (April 2025), as a Western wire writes it in English (Reuters-like: "DUBAI/BEIJING, March 10
(Reuters) -", "the two Gulf rivals"), the Saudi state agency in Arabic (SPA-like: "صاحب السمو الأمير",
"معالي", the Hijri date, "حضر اللقاء"), an Iranian state agency in English (IRNA-like: "Tehran, IRNA -",
"the Iranian top diplomat"), an Emirati daily in Arabic (Al-Ittihad-like: "سمو الشيخ", "حفظه الله"), a
Gulf think-tank brief in English (dated analysis with paragraphs of assessment) and the Omani state agency in
Arabic (ONA-like: "مسقط في 12 أبريل /العُمانية/", "معالي السيد").
Pieces: Shamkhani, al-Aiban and Wang Yi meet in Beijing and read the statement (English, QY1); Faisal bin
Farhan meets Amir-Abdollahian in Beijing with the Saudi ambassador and the minister's office director
present, Qin Gang had received the two ministers (Arabic, QY2); Amir-Abdollahian meets Mohammed bin Salman
in Jeddah with the Iranian ambassador present, had held talks with Faisal bin Farhan in Riyadh, Faisal had
met Raisi in June (English, QY3); Tahnoun meets Raisi, and earlier Shamkhani with the Emirati envoy present;
Bagheri Kani had met Gargash, then al-Marar, in Abu Dhabi; Erdogan had received Tahnoun in Ankara (Arabic,
QY4); Tamim greeted by Mohammed bin Salman in Al-Ula and the two men's talks; Kushner had met both; Nawaf
al-Ahmad succeeded Sabah al-Ahmad; Mohammed bin Salman, Tamim and Tahnoun together on the Red Sea (English,
QY5); Albusaidi receives Araghchi and his delegation, then meets Witkoff; the two heads of delegation speak
directly in his presence (Arabic, QY6).
Excluded on purpose (no relation): al-Humaidan's talks with unnamed Iranian officials, al-Sudani's
statement, the expected meeting of the foreign ministers, Xi's offer, the execution of Nimr al-Nimr (QY1);
the two earlier phone calls between the ministers, the invitation to visit Tehran (QY2); Amir-Abdollahian's
phone call with Albusaidi, Raisi's invitation to the crown prince (QY3); Raisi's invitation to Mohamed bin
Zayed, the greetings conveyed from Khalifa and Mohamed bin Zayed (QY4); the summit's other participants,
Egypt's foreign minister at the signing (no meeting stated with a named person), a meeting of Mohamed bin
Zayed and Tamim not held that year (QY5); the Sultan's phone call from Pezeshkian, the next round agreed
for the following week (QY6).
Judgement calls: "the three men met" after reading a trilateral statement is a meeting of the three (QY1);
"حضر اللقاء" A and B: each attendee is paired with both ministers, and the two attendees with each other
(one list, present together); "استقبل الوزيرين" is a meeting of the three (QY2); "also attended by" the
ambassador: paired with both principals (QY3); the Emirati envoy "بحضور" is paired with both Tahnoun and
Shamkhani; "التقى ... كما التقى" are two meetings (QY4); "greeted at the foot of the aircraft steps ...
The two men then held talks" is a meeting; "shuttled ... meeting both" Tamim and Mohammed bin Salman
separately: Kushner with each, not the two with each other from that sentence; "his successor" is a
succession; a photograph of three men "together" at a retreat is a meeting of the three (QY5); a delegation's
named members are paired with the host only (not with their own head); "تحدث رئيسا الوفدين بشكل مباشر" in
the minister's presence is a meeting of Araghchi and Witkoff, Albusaidi being already paired with each
(QY6). A minister LEADS his ministry where it has a gazetteer id; a king, emir, president or prime minister
LEADS the country; an SNSC secretary LEADS the council; the GCC secretary-general LEADS the GCC.
Filled in for the exercise: Xi's offer attributed to a spokesperson, the handshake pictures (QY1); the
office director's presence and the two phone calls (QY2); the length of the meeting and the ambassador's
presence, the phone call with Albusaidi (QY3); the envoy's name and presence at the Shamkhani meeting (QY4);
the wording of the assessment and the Red Sea photograph's setting (QY5); the delegation's members and
the Sultan's call (QY6).
Spellings: "Musaed Al-Aiban", "Wang" alone (QY1); "الدكتور حسين أمير عبداللهيان", "تشين قانغ" (QY2);
"Hossein Amirabdollahian", "Prince Faisal bin Farhan Al Saud", "Sayyid Badr Albusaidi" (QY3); "الأدميرال علي
شمخاني", "علي باقري كني", "قرقاش" (QY4); "Sheikh Tamim bin Hamad Al Thani", "MBS", "Sheikh Nawaf al-Ahmad"
(QY5); "السيد بدر بن حمد البوسعيدي", "ستيف ويتكوف", "مجيد تخت روانجي" (QY6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_qz import ALL  # noqa: E402

HERE = Path(__file__).parent

SAUDI, IRAN, CHINA, IRAQ, QATAR, UAE, TURKEY, KUWAIT = (
    "country:saudi-arabia", "country:iran", "country:china", "country:iraq", "country:qatar",
    "country:united-arab-emirates", "country:turkey", "country:kuwait")
RIYADH, JEDDAH = "location:riyadh", "location:jeddah"
SNSC, IRFM, SAUFM, OMFM, CNFM, GCC = (
    "organization:supreme-national-security-council", "organization:iranian-foreign-ministry",
    "organization:saudi-foreign-ministry", "organization:omani-foreign-ministry",
    "organization:chinese-foreign-ministry", "organization:gcc")
SHAMKHANI, ABDOLLAHIAN, BAGHERI_KANI, ARAGHCHI, RAISI, ENAYATI, RAVANCHI, BAGHAEI = (
    "person:ali-shamkhani", "person:hossein-amir-abdollahian", "person:ali-bagheri-kani", "person:abbas-araghchi",
    "person:ebrahim-raisi", "person:alireza-enayati", "person:majid-takht-ravanchi", "person:esmaeil-baghaei")
MBS, FAISAL, AIBAN, HARBI, DAWOOD = (
    "person:mohammed-bin-salman", "person:faisal-bin-farhan", "person:musaed-al-aiban",
    "person:abdulrahman-al-harbi", "person:abdulrahman-al-dawood")
TAHNOUN, KHALIFA, GARGASH, MARAR, ZAABI = (
    "person:tahnoun-bin-zayed", "person:khalifa-bin-zayed", "person:anwar-gargash",
    "person:khalifa-shaheen-al-marar", "person:saif-al-zaabi")
TAMIM, SABAH, NAWAF, HAJRAF, ALBUSAIDI = (
    "person:tamim-bin-hamad-al-thani", "person:sabah-al-ahmad-al-jaber-al-sabah", "person:nawaf-al-ahmad-al-sabah",
    "person:nayef-al-hajraf", "person:badr-albusaidi")
SUDANI, WANG, QIN, XI, ERDOGAN, KUSHNER, WITKOFF = (
    "person:mohammed-shia-al-sudani", "person:wang-yi", "person:qin-gang", "person:xi-jinping",
    "person:recep-tayyip-erdogan", "person:jared-kushner", "person:steve-witkoff")

WIRE = "blind set (Western news wire, English, Reuters-like)"
SPA = "blind set (Saudi state news agency, Arabic, SPA-like)"
IRNA = "blind set (Iranian state news agency, English service, IRNA-like)"
ITTIHAD = "blind set (Emirati daily, Arabic, Al-Ittihad-like)"
BRIEF = "blind set (Gulf think-tank brief, English)"
ONA = "blind set (Omani state news agency, Arabic, ONA-like)"

ARTICLES = [
    ("enQY1_beijing_deal_wire", "en",
     "Saudi Arabia, Iran agree to restore ties in China-brokered deal\n"
     "DUBAI/BEIJING, March 10 (Reuters) - Iran and Saudi Arabia agreed on Friday to re-establish diplomatic "
     "relations and reopen embassies within two months, after four days of previously undisclosed talks in "
     "Beijing between top security officials of the two Gulf rivals.\n"
     "A trilateral statement was read out by Ali Shamkhani, secretary of Iran's Supreme National Security "
     "Council, Saudi national security adviser Musaed Al-Aiban and Wang Yi, China's most senior diplomat, after "
     "the three men met in the Chinese capital. Pictures on Iranian state television showed Shamkhani shaking "
     "hands with the Saudi official as Wang looked on.\n"
     "The deal follows several rounds of talks hosted since April 2021 by Iraq, where Saudi intelligence chief "
     "Khalid al-Humaidan held discussions with Iranian officials, and by Oman. Iraqi Prime Minister Mohammed "
     "Shia al-Sudani welcomed the agreement in a statement.\n"
     "Wang said China would continue to play \"a constructive role\" in handling hotspot issues. President Xi "
     "Jinping, who visited Riyadh in December, had offered to host the talks, a Chinese foreign ministry "
     "spokesperson said.\n"
     "The foreign ministers of the two countries will meet to implement the decision and arrange the exchange "
     "of ambassadors, the statement said.\n"
     "Riyadh cut ties with Tehran in 2016 after its embassy there was stormed by protesters angered by the "
     "execution of Shi'ite cleric Nimr al-Nimr.",
     met_group({SHAMKHANI: "read out by Ali Shamkhani", AIBAN: "Saudi national security adviser Musaed",
                WANG: "the three men met in the Chinese capital"}, "2023-03-10") + [
      ("LEADS", SHAMKHANI, SNSC, "secretary of Iran's Supreme National Security"),
      ("LEADS", SUDANI, IRAQ, "Iraqi Prime Minister Mohammed"),
      ("LEADS", XI, CHINA, "President Xi"),
      ("VISITED", XI, RIYADH, "who visited Riyadh in December", "2022-12-07"),
      ],
     {"source": WIRE, "published": "2023-03-10"}),

    ("arQY2_faisal_abdollahian_beijing_spa", "ar",
     "سمو وزير الخارجية يلتقي وزير خارجية الجمهورية الإسلامية الإيرانية في بكين\n"
     "بكين 15 رمضان 1444 هـ الموافق 06 أبريل 2023 م واس\n"
     "التقى صاحب السمو الأمير فيصل بن فرحان بن عبدالله وزير الخارجية، اليوم، معالي وزير خارجية الجمهورية "
     "الإسلامية الإيرانية الدكتور حسين أمير عبداللهيان، وذلك في العاصمة الصينية بكين.\n"
     "وجرى خلال اللقاء بحث الخطوات التنفيذية لاتفاق بكين الموقع في العاشر من مارس الماضي، بما في ذلك إعادة "
     "فتح سفارتي البلدين في الرياض وطهران وقنصليتيهما العامتين في جدة ومشهد، واستئناف الرحلات الجوية وتبادل "
     "الزيارات الرسمية للوفود.\n"
     "وأكد الجانبان أهمية تفعيل اتفاقية التعاون الأمني الموقعة بين البلدين عام 2001م، والاتفاقية العامة "
     "للتعاون في مجالات الاقتصاد والتجارة والاستثمار الموقعة عام 1998م.\n"
     "حضر اللقاء سفير خادم الحرمين الشريفين لدى جمهورية الصين الشعبية الأستاذ عبدالرحمن بن أحمد الحربي، "
     "ومدير عام مكتب سمو وزير الخارجية الأستاذ عبدالرحمن الداود.\n"
     "وكان معالي وزير خارجية جمهورية الصين الشعبية تشين قانغ قد استقبل الوزيرين قبيل اللقاء، وأعرب عن دعم "
     "بلاده لخطوات البلدين.\n"
     "ويأتي اللقاء عقب اتصالين هاتفيين أجراهما سموه مع نظيره الإيراني خلال الأسابيع الماضية، فيما تلقى سموه "
     "دعوة لزيارة طهران.",
     [("MET_WITH", FAISAL, ABDOLLAHIAN, "معالي وزير خارجية الجمهورية", "2023-04-06"),
      ("MET_WITH", HARBI, FAISAL, "سفير خادم الحرمين الشريفين لدى", "2023-04-06"),
      ("MET_WITH", HARBI, ABDOLLAHIAN, "حضر اللقاء سفير", "2023-04-06"),
      ("MET_WITH", DAWOOD, FAISAL, "ومدير عام مكتب سمو", "2023-04-06"),
      ("MET_WITH", DAWOOD, ABDOLLAHIAN, "الأستاذ عبدالرحمن الداود", "2023-04-06"),
      ("MET_WITH", HARBI, DAWOOD, "عبدالرحمن بن أحمد الحربي", "2023-04-06"),
      ("MET_WITH", QIN, FAISAL, "قد استقبل الوزيرين", "2023-04-06"),
      ("MET_WITH", QIN, ABDOLLAHIAN, "تشين قانغ قد استقبل", "2023-04-06"),
      ("LEADS", FAISAL, SAUFM, "بن عبدالله وزير الخارجية"),
      ("LEADS", ABDOLLAHIAN, IRFM, "الإسلامية الإيرانية الدكتور حسين"),
      ("LEADS", QIN, CNFM, "وزير خارجية جمهورية الصين الشعبية"),
      ],
     {"source": SPA, "published": "2023-04-06"}),

    ("enQY3_abdollahian_jeddah_irna", "en",
     "Amirabdollahian meets Saudi crown prince in Jeddah\n"
     "Tehran, IRNA - Iranian Foreign Minister Hossein Amirabdollahian met with Saudi Crown Prince and Prime "
     "Minister Mohammed bin Salman in Jeddah on Friday and conveyed the greetings of President Ebrahim Raisi.\n"
     "The 90-minute meeting, which was also attended by Iran's ambassador to Riyadh Alireza Enayati, focused on "
     "bilateral ties, regional developments and the implementation of the Beijing agreement, the Foreign "
     "Ministry said in a statement.\n"
     "Amirabdollahian described the talks as \"frank, useful and productive\" and said the crown prince had "
     "stressed the need for regional cooperation.\n"
     "The Iranian top diplomat had arrived in Riyadh on Thursday, where he held talks with his Saudi "
     "counterpart Prince Faisal bin Farhan Al Saud. At a joint press conference, the Saudi minister said the "
     "two neighbours were \"keen to move forward\".\n"
     "Amirabdollahian also delivered an official invitation from President Raisi for the crown prince to visit "
     "Tehran. No date has been set for the trip.\n"
     "Before leaving Tehran, Amirabdollahian had spoken by telephone with his Omani counterpart Sayyid Badr "
     "Albusaidi about the situation in the region.\n"
     "The trip is the first by an Iranian foreign minister to the kingdom since 2015. Prince Faisal visited "
     "Tehran in June, meeting President Raisi and his Iranian counterpart.",
     [("MET_WITH", ABDOLLAHIAN, MBS, "met with Saudi Crown Prince", "2023-08-18"),
      ("MET_WITH", ENAYATI, ABDOLLAHIAN, "also attended by Iran's ambassador", "2023-08-18"),
      ("MET_WITH", ENAYATI, MBS, "Alireza Enayati, focused", "2023-08-18"),
      ("MET_WITH", ABDOLLAHIAN, FAISAL, "where he held talks with his Saudi", "2023-08-17"),
      ("MET_WITH", FAISAL, RAISI, "meeting President Raisi", "2023-06-17"),
      ("LEADS", ABDOLLAHIAN, IRFM, "Iranian Foreign Minister Hossein"),
      ("LEADS", MBS, SAUDI, "Saudi Crown Prince and Prime"),
      ("LEADS", RAISI, IRAN, "greetings of President Ebrahim Raisi"),
      ("LEADS", ALBUSAIDI, OMFM, "his Omani counterpart Sayyid"),
      ("VISITED", ABDOLLAHIAN, RIYADH, "had arrived in Riyadh on Thursday", "2023-08-17"),
      ("VISITED", ABDOLLAHIAN, JEDDAH, "bin Salman in Jeddah on Friday", "2023-08-18"),
      ],
     {"source": IRNA, "published": "2023-08-18"}),

    ("arQY4_tahnoun_tehran_ittihad", "ar",
     "طحنون بن زايد يلتقي الرئيس الإيراني في طهران\n"
     "طهران (الاتحاد)\n"
     "التقى سمو الشيخ طحنون بن زايد آل نهيان، مستشار الأمن الوطني، أمس، فخامة إبراهيم رئيسي رئيس الجمهورية "
     "الإسلامية الإيرانية، في طهران، ونقل إليه تحيات صاحب السمو الشيخ خليفة بن زايد آل نهيان رئيس الدولة "
     "\"حفظه الله\"، وصاحب السمو الشيخ محمد بن زايد آل نهيان ولي عهد أبوظبي نائب القائد الأعلى للقوات المسلحة.\n"
     "وبحث سموه مع الرئيس الإيراني العلاقات الثنائية وسبل تطويرها، إضافة إلى عدد من القضايا الإقليمية، "
     "ووجّه رئيسي دعوة إلى سمو ولي عهد أبوظبي لزيارة طهران.\n"
     "وكان سموه قد عقد في وقت سابق جلسة مباحثات مع الأدميرال علي شمخاني أمين المجلس الأعلى للأمن القومي "
     "الإيراني، بحضور سيف محمد الزعابي القائم بأعمال سفارة الدولة لدى طهران.\n"
     "وتأتي الزيارة بعد أيام من زيارة نائب وزير الخارجية الإيراني علي باقري كني إلى أبوظبي، حيث التقى "
     "معالي الدكتور أنور قرقاش المستشار الدبلوماسي لصاحب السمو رئيس الدولة، كما التقى معالي خليفة شاهين "
     "المرر وزير دولة.\n"
     "وكان سمو مستشار الأمن الوطني قد زار أنقرة في أغسطس الماضي، حيث استقبله فخامة الرئيس رجب طيب أردوغان "
     "رئيس الجمهورية التركية.",
     [("MET_WITH", TAHNOUN, RAISI, "فخامة إبراهيم رئيسي رئيس الجمهورية", "2021-12-06"),
      ("MET_WITH", TAHNOUN, SHAMKHANI, "جلسة مباحثات مع الأدميرال", "2021-12-06"),
      ("MET_WITH", ZAABI, TAHNOUN, "بحضور سيف محمد الزعابي", "2021-12-06"),
      ("MET_WITH", ZAABI, SHAMKHANI, "القائم بأعمال سفارة الدولة", "2021-12-06"),
      ("MET_WITH", BAGHERI_KANI, GARGASH, "حيث التقى معالي الدكتور", "2021-11-24"),
      ("MET_WITH", BAGHERI_KANI, MARAR, "كما التقى معالي خليفة", "2021-11-24"),
      ("MET_WITH", ERDOGAN, TAHNOUN, "حيث استقبله فخامة الرئيس", "2021-08-18"),
      ("LEADS", RAISI, IRAN, "رئيسي رئيس الجمهورية الإسلامية الإيرانية"),
      ("LEADS", KHALIFA, UAE, "آل نهيان رئيس الدولة"),
      ("LEADS", SHAMKHANI, SNSC, "أمين المجلس الأعلى للأمن القومي"),
      ("LEADS", ERDOGAN, TURKEY, "رئيس الجمهورية التركية"),
      ],
     {"source": ITTIHAD, "published": "2021-12-07"}),

    ("enQY5_al_ula_brief", "en",
     "Al-Ula and after: what the end of the Qatar rift settled, and what it did not\n"
     "Gulf Policy Brief | January 2022\n"
     "On 5 January 2021, Qatar's Emir, Sheikh Tamim bin Hamad Al Thani, was greeted at the foot of the aircraft "
     "steps in Al-Ula by Saudi Crown Prince Mohammed bin Salman with an embrace broadcast live. The two men then "
     "held talks before the 41st GCC summit, at which the leaders signed the Al-Ula Declaration, ending the "
     "boycott imposed in June 2017 by Saudi Arabia, the UAE, Bahrain and Egypt.\n"
     "The groundwork had been laid by Jared Kushner, who shuttled between Riyadh and Doha in December, meeting "
     "both Tamim and MBS. Credit for the mediation went to Kuwait: the late Emir Sheikh Sabah al-Ahmad "
     "al-Jaber al-Sabah had kept the channel open for three years, and his successor, Sheikh Nawaf al-Ahmad, "
     "carried it through. GCC Secretary-General Nayef al-Hajraf read out the final communique.\n"
     "Our assessment: the declaration restored air links and embassies, but it settled none of the grievances. "
     "Abu Dhabi and Doha exchanged no visit at head-of-state level that year, and a meeting between Mohamed bin "
     "Zayed and Tamim is still awaited.\n"
     "The thaw nonetheless reshaped the region. In September, a photograph showed MBS, Tamim and Sheikh Tahnoun "
     "bin Zayed, the UAE's national security adviser, together at a Red Sea retreat. By then Tahnoun had been "
     "to Ankara, and Saudi-Iranian talks had been running quietly in Baghdad since April; in December he was in "
     "Tehran.",
     [("MET_WITH", TAMIM, MBS, "by Saudi Crown Prince Mohammed bin Salman", "2021-01-05"),
      ("LEADS", TAMIM, QATAR, "Qatar's Emir, Sheikh Tamim"),
      ("MET_WITH", KUSHNER, TAMIM, "meeting both Tamim and MBS", "2020-12"),
      ("MET_WITH", KUSHNER, MBS, "who shuttled between Riyadh and Doha", "2020-12"),
      ("SUCCESSOR_OF", NAWAF, SABAH, "and his successor, Sheikh Nawaf", "2020-09-30"),
      ("LEADS", SABAH, KUWAIT, "the late Emir Sheikh Sabah"),
      ("LEADS", HAJRAF, GCC, "GCC Secretary-General Nayef"),
      ("MET_WITH", TAHNOUN, MBS, "together at a Red Sea retreat", "2021-09"),
      ("MET_WITH", TAHNOUN, TAMIM, "a photograph showed MBS, Tamim and Sheikh Tahnoun", "2021-09"),
      ],
     {"source": BRIEF, "published": "2022-01-10"}),

    ("arQY6_albusaidi_araghchi_witkoff_ona", "ar",
     "وزير الخارجية يستقبل وزير خارجية إيران ويلتقي المبعوث الأمريكي في إطار الوساطة العُمانية\n"
     "مسقط في 12 أبريل /العُمانية/\n"
     "استقبل معالي السيد بدر بن حمد البوسعيدي وزير الخارجية اليوم معالي عباس عراقجي وزير خارجية الجمهورية "
     "الإسلامية الإيرانية والوفد المرافق له، ثم التقى معاليه بالمبعوث الخاص للرئيس الأمريكي إلى الشرق "
     "الأوسط ستيف ويتكوف، وذلك في إطار جهود سلطنة عُمان لتقريب وجهات النظر بين البلدين.\n"
     "وضم الوفد الإيراني معالي مجيد تخت روانجي نائب وزير الخارجية، وإسماعيل بقائي المتحدث باسم الوزارة.\n"
     "وتولى معالي السيد الوزير نقل الرسائل بين الجانبين اللذين جلسا في قاعتين منفصلتين، وفي ختام الجولة "
     "تحدث رئيسا الوفدين بشكل مباشر لبضع دقائق بحضور معالي وزير الخارجية، في أجواء وصفها الجانبان بالإيجابية.\n"
     "وأكد معاليه أن سلطنة عُمان ستواصل العمل مع الطرفين \"للتوصل إلى اتفاق عادل وملزم\".\n"
     "وكان حضرة صاحب الجلالة السلطان هيثم بن طارق قد تلقى الأسبوع الماضي اتصالاً هاتفياً من فخامة الرئيس "
     "مسعود بزشكيان رئيس الجمهورية الإسلامية الإيرانية، تناول العلاقات الثنائية.\n"
     "واتفق الجانبان على عقد جولة جديدة من المباحثات الأسبوع المقبل.",
     [("MET_WITH", ALBUSAIDI, ARAGHCHI, "معالي عباس عراقجي وزير", "2025-04-12"),
      ("MET_WITH", ALBUSAIDI, WITKOFF, "ثم التقى معاليه بالمبعوث", "2025-04-12"),
      ("MET_WITH", RAVANCHI, ALBUSAIDI, "وضم الوفد الإيراني معالي مجيد", "2025-04-12"),
      ("MET_WITH", BAGHAEI, ALBUSAIDI, "وإسماعيل بقائي المتحدث", "2025-04-12"),
      ("MET_WITH", ARAGHCHI, WITKOFF, "تحدث رئيسا الوفدين بشكل مباشر", "2025-04-12"),
      ("LEADS", ALBUSAIDI, OMFM, "البوسعيدي وزير الخارجية اليوم"),
      ("LEADS", ARAGHCHI, IRFM, "عراقجي وزير خارجية الجمهورية"),
      ],
     {"source": ONA, "published": "2025-04-12"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setQY")
