"""Blind set SN: Saudi Arabia's power shifts and the Khashoggi affair, 2018-2020 (second folder of SM-SN):
the Saudi prosecution's first account of Jamal Khashoggi's death and the dismissal of Saud al-Qahtani and
Ahmed al-Asiri (October 2018), the Istanbul prosecutor's statement after the Saudi attorney general's visit
(October 2018), Mohammed bin Salman at the G20 in Buenos Aires (December 2018), the reported Neom meeting with
Benjamin Netanyahu, denied by Riyadh (November 2020), the reshuffle that made Ibrahim al-Assaf foreign
minister in place of Adel al-Jubeir (December 2018), and the Riyadh court's verdicts (December 2019), as a
Saudi daily writes it in Arabic (Okaz-like: "الرياض – عكاظ", "معالي", "اللواء الطيار الركن"), a Turkish
daily in English (Daily Sabah-like: "hit squad", "Istanbul Chief Public Prosecutor"), an Arab TV site in
Arabic (Al Jazeera-like: "الجزيرة نت", "ابن سلمان"), a London news site in English (Middle East Eye-like:
"MEE", "de facto ruler"), a Riyadh daily in Arabic (Al Riyadh-like: "الرياض - «الرياض»") and a US wire in
English (AP-like: "DUBAI, United Arab Emirates (AP) —").
Pieces: the prosecution's account of a "fight" (no agent), Qahtani and Asiri relieved, the king had received
Pompeo with Jubeir present (Arabic, SN1); the Istanbul prosecutor's statement, the Saudi attorney general met
Irfan Fidan and Hakan Fidan, Khashoggi killed by a Saudi hit squad (English, SN2); the crown prince meets
Putin, and separately Macri and Xi, Trump only exchanged pleasantries, the earlier White House meeting
(Arabic, SN3); the reported and denied Netanyahu meeting, Pompeo meets the crown prince in Neom, Pompeo met
Netanyahu in Jerusalem, Faisal bin Farhan took over from Assaf (English, SN4); Assaf succeeds Jubeir,
Abdullah bin Bandar succeeds Khalid bin Ayyaf (Arabic, SN5); the verdicts, Khashoggi killed by a team of
Saudi agents, the Osaka breakfast with Trump (English, SN6).
Excluded on purpose (no relation): the death "in a fight" with unnamed men, Erdogan's phone call to the king
(SN1); the prosecutor's and Erdogan's accusations, Haspel's trip with no named interlocutor, Cengiz declining
Trump's invitation (SN2); Trump's pleasantries with the crown prince, Erdogan's "no meeting planned" (SN3);
Netanyahu and Cohen with the crown prince and Pompeo in Neom (reported, denied), the CIA's conclusion that
MBS ordered the killing (an accusation, denied) (SN4); Musaed al-Aiban's
appointment (no predecessor named) (SN5); Mutreb and Tubaigy "among those on trial" (no finding read as a
killing by them), the Turkish indictment of Qahtani and Asiri (an accusation) (SN6).
Judgement calls: a king receiving a visitor "بحضور" a minister: the minister is paired with both (SN1); a
killing "by a Saudi hit squad", "على يد فريق سعودي", "by a team of Saudi agents", in the outlet's own voice,
is ASSASSINATED_BY country:saudi-arabia (SN2, SN3, SN4, SN6); "عقد لقاءات منفصلة مع" A and B: the crown
prince with each, not A with B (SN3); "took over from Ibrahim al-Assaf as foreign minister" is a succession
(SN4); "خلفاً لـ" is a succession (SN5); "met ... for breakfast on the sidelines" is a meeting (SN6); a
minister LEADS his ministry where it has an id.
Filled in for the exercise: Jubeir's presence at the king's reception of Pompeo (SN1); the attorney
general's meeting with Hakan Fidan and its day (SN2); the wording of the Kremlin readout (SN3); the wording of
the State Department line (SN4); the order of the decrees (SN5); the wording of the prosecutor's statement
(SN6).
Spellings: "سعود بن عبدالله القحطاني", "أحمد بن حسن عسيري" (SN1); "İrfan Fidan", "Saud al-Mojeb",
"Erdoğan" (SN2); "ابن سلمان", "فلاديمير بوتين", "ماوريسيو ماكري" (SN3); "MBS", "Yossi Cohen", "Prince
Faisal bin Farhan" (SN4); "إبراهيم بن عبدالعزيز العساف", "عادل بن أحمد الجبير", "عبدالله بن بندر بن
عبدالعزيز" (SN5); "Shalaan al-Shalaan", "Salah al-Tubaigy", "Agnes Callamard" (SN6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_sn import ALL  # noqa: E402

HERE = Path(__file__).parent

SAUDI, TURKEY, USA, RUSSIA, ISRAEL, ARGENTINA, CHINA = (
    "country:saudi-arabia", "country:turkey", "country:united-states", "country:russia", "country:israel",
    "country:argentina", "country:china")
SAUFM, SAUINT, COURT, GIP, GUARD = (
    "organization:saudi-foreign-ministry", "organization:saudi-interior-ministry",
    "organization:saudi-royal-court", "organization:saudi-general-intelligence-presidency",
    "organization:saudi-arabian-national-guard")
MIT, CIA = "organization:turkish-national-intelligence-organization", "organization:cia"
SALMAN, MBS, JUBEIR, ASSAF, FAISAL, QAHTANI, ASIRI = (
    "person:salman-bin-abdulaziz", "person:mohammed-bin-salman", "person:adel-al-jubeir",
    "person:ibrahim-al-assaf", "person:faisal-bin-farhan", "person:saud-al-qahtani", "person:ahmed-asiri")
MOJEB, KHASHOGGI, TUBAIGY, AYYAF, BANDAR = (
    "person:saud-al-mojeb", "person:jamal-khashoggi", "person:salah-al-tubaigy", "person:khalid-bin-ayyaf",
    "person:abdullah-bin-bandar")
ERDOGAN, IFIDAN, HFIDAN = "person:recep-tayyip-erdogan", "person:irfan-fidan", "person:hakan-fidan"
TRUMP, POMPEO, HASPEL, PUTIN, NETANYAHU, COHEN, MACRI, XI = (
    "person:donald-trump", "person:mike-pompeo", "person:gina-haspel", "person:vladimir-putin",
    "person:benjamin-netanyahu", "person:yossi-cohen", "person:mauricio-macri", "person:xi-jinping")

OKAZ = "blind set (Saudi daily, Arabic, Okaz-like)"
SABAH = "blind set (Turkish daily, English edition, Daily Sabah-like)"
JAZEERA = "blind set (Arab TV news site, Arabic, Al Jazeera-like)"
MEE = "blind set (London news site, English, Middle East Eye-like)"
RIYADH = "blind set (Riyadh daily, Arabic, Al Riyadh-like)"
AP = "blind set (US news wire, English, AP-like)"

ARTICLES = [
    ("arSN1_prosecution_qahtani_asiri_okaz", "ar",
     "النيابة العامة: وفاة المواطن جمال خاشقجي إثر شجار في القنصلية.. وإعفاء القحطاني وعسيري\n"
     "الرياض – عكاظ\n"
     "أعلنت النيابة العامة أن التحقيقات الأولية في قضية المواطن جمال بن أحمد خاشقجي أظهرت أن المناقشات "
     "التي تمت بينه وبين الأشخاص الذين قابلوه أثناء وجوده في قنصلية المملكة في إسطنبول تطورت بشكل سلبي "
     "أدى إلى حدوث شجار واشتباك بالأيدي، مما أدى إلى وفاته، رحمه الله، مشيرة إلى إيقاف 18 شخصاً جميعهم "
     "من الجنسية السعودية.\n"
     "وصدرت أوامر ملكية بإعفاء معالي المستشار بالديوان الملكي سعود بن عبدالله القحطاني من منصبه، وإعفاء "
     "نائب رئيس الاستخبارات العامة اللواء الطيار الركن أحمد بن حسن عسيري من منصبه، إلى جانب عدد من "
     "الضباط.\n"
     "كما وجّه خادم الحرمين الشريفين بتشكيل لجنة وزارية برئاسة صاحب السمو الملكي الأمير محمد بن سلمان ولي "
     "العهد لإعادة هيكلة رئاسة الاستخبارات العامة.\n"
     "وكان خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز قد استقبل في قصر اليمامة الثلاثاء الماضي وزير "
     "الخارجية الأمريكي مايك بومبيو، بحضور معالي وزير الخارجية الأستاذ عادل الجبير، كما تلقى اتصالاً "
     "هاتفياً من الرئيس التركي رجب طيب أردوغان، أكدا خلاله أهمية التعاون.",
     [("MEMBER_OF", QAHTANI, COURT, "المستشار بالديوان الملكي سعود"),
      ("MEMBER_OF", ASIRI, GIP, "نائب رئيس الاستخبارات العامة اللواء"),
      ("MET_WITH", SALMAN, POMPEO, "الخارجية الأمريكي مايك بومبيو", "2018-10-16"),
      ("MET_WITH", JUBEIR, SALMAN, "بحضور معالي وزير الخارجية", "2018-10-16"),
      ("MET_WITH", JUBEIR, POMPEO, "الأستاذ عادل الجبير، كما", "2018-10-16"),
      ("LEADS", SALMAN, SAUDI, "خادم الحرمين الشريفين الملك سلمان"),
      ("LEADS", JUBEIR, SAUFM, "وزير الخارجية الأستاذ عادل الجبير"),
      ("LEADS", ERDOGAN, TURKEY, "الرئيس التركي رجب طيب أردوغان"),
      ],
     {"source": OKAZ, "published": "2018-10-20"}),

    ("enSN2_istanbul_prosecutor_sabah", "en",
     "Khashoggi strangled as soon as he entered consulate, Istanbul prosecutor says\n"
     "ISTANBUL — Journalist Jamal Khashoggi was strangled as soon as he entered the Saudi Consulate General in "
     "Istanbul on Oct. 2 and his body was dismembered, Istanbul Chief Public Prosecutor İrfan Fidan's office "
     "said in a written statement Wednesday.\n"
     "The statement came as Saudi Attorney General Saud al-Mojeb left Istanbul after a three-day visit during "
     "which he met Fidan twice at the Istanbul courthouse. Al-Mojeb also held talks with National Intelligence "
     "Organization (MIT) head Hakan Fidan in Ankara on Tuesday, security sources said.\n"
     "The Saudi official did not answer Turkish questions about the whereabouts of the body or who gave the "
     "order, the sources added. President Erdoğan has accused \"the highest levels\" of the Saudi government.\n"
     "Khashoggi, a Washington Post columnist, was murdered by a 15-member Saudi hit squad that flew into "
     "Istanbul hours before his appointment.\n"
     "CIA Director Gina Haspel traveled to Ankara last week and was briefed on the evidence. Khashoggi's "
     "fiancee, Hatice Cengiz, who waited outside the consulate, said she had turned down an invitation from "
     "U.S. President Donald Trump to visit the White House.",
     [("MET_WITH", MOJEB, IFIDAN, "during which he met Fidan twice", "2018-10-30"),
      ("MET_WITH", MOJEB, HFIDAN, "also held talks with National Intelligence", "2018-10-30"),
      ("LEADS", HFIDAN, MIT, "Organization (MIT) head Hakan Fidan"),
      ("ASSASSINATED_BY", KHASHOGGI, SAUDI, "was murdered by a 15-member Saudi hit squad", "2018-10-02"),
      ("LEADS", HASPEL, CIA, "CIA Director Gina Haspel"),
      ("LEADS", TRUMP, USA, "U.S. President Donald Trump"),
      ],
     {"source": SABAH, "published": "2018-10-31"}),

    ("arSN3_g20_putin_mbs_jazeera", "ar",
     "ابن سلمان وبوتين.. لقاء على هامش قمة العشرين وفتور من ترامب\n"
     "الجزيرة نت\n"
     "التقى ولي العهد السعودي الأمير محمد بن سلمان الرئيس الروسي فلاديمير بوتين على هامش قمة مجموعة "
     "العشرين في العاصمة الأرجنتينية بوينس آيرس اليوم السبت، بعد يوم من مصافحة حارة بين الرجلين لفتت "
     "الأنظار في افتتاح القمة.\n"
     "وبحث الجانبان، بحسب الكرملين، أوضاع سوق النفط والتعاون في إطار اتفاق «أوبك+».\n"
     "كما عقد ابن سلمان لقاءات منفصلة مع الرئيس الأرجنتيني ماوريسيو ماكري والرئيس الصيني شي جين بينغ.\n"
     "في المقابل، اكتفى الرئيس الأمريكي دونالد ترامب بتبادل المجاملات مع ولي العهد، وقال البيت الأبيض إنه "
     "لم يكن هناك لقاء رسمي بينهما، علماً بأن ترامب كان قد استقبل ابن سلمان في البيت الأبيض في مارس "
     "الماضي.\n"
     "وقال الرئيس التركي رجب طيب أردوغان إنه لا يعتزم لقاء ولي العهد السعودي خلال القمة.\n"
     "وتأتي مشاركة ابن سلمان بعد شهرين من مقتل الصحفي جمال خاشقجي على يد فريق سعودي داخل قنصلية بلاده "
     "في إسطنبول.",
     [("MET_WITH", MBS, PUTIN, "الرئيس الروسي فلاديمير بوتين على هامش", "2018-12-01"),
      ("LEADS", PUTIN, RUSSIA, "الرئيس الروسي فلاديمير بوتين"),
      ("MET_WITH", MBS, MACRI, "لقاءات منفصلة مع الرئيس الأرجنتيني", "2018-12-01"),
      ("MET_WITH", MBS, XI, "والرئيس الصيني شي جين بينغ", "2018-12-01"),
      ("LEADS", MACRI, ARGENTINA, "الرئيس الأرجنتيني ماوريسيو ماكري"),
      ("LEADS", XI, CHINA, "الرئيس الصيني شي جين"),
      ("MET_WITH", TRUMP, MBS, "كان قد استقبل ابن سلمان في البيت الأبيض", "2018-03-20"),
      ("LEADS", TRUMP, USA, "الرئيس الأمريكي دونالد ترامب"),
      ("LEADS", ERDOGAN, TURKEY, "الرئيس التركي رجب طيب أردوغان"),
      ("ASSASSINATED_BY", KHASHOGGI, SAUDI, "على يد فريق سعودي", "2018-10-02"),
      ],
     {"source": JAZEERA, "published": "2018-12-01"}),

    ("enSN4_neom_netanyahu_denied_mee", "en",
     "Netanyahu secretly flew to Saudi Arabia to meet MBS and Pompeo, Israeli media say\n"
     "Middle East Eye staff\n"
     "Israeli Prime Minister Benjamin Netanyahu flew to the Saudi city of Neom on Sunday for a secret meeting "
     "with Crown Prince Mohammed bin Salman and US Secretary of State Mike Pompeo, Israeli media reported on "
     "Monday, in what would be the first known encounter between the de facto Saudi ruler and an Israeli "
     "leader. Mossad chief Yossi Cohen accompanied him, the Kan broadcaster said.\n"
     "But Saudi Foreign Minister Prince Faisal bin Farhan denied the reports, writing on Twitter: \"No such "
     "meeting occurred. The only officials present were American and Saudi.\"\n"
     "Pompeo, on a farewell tour of the region, did meet MBS in Neom on Sunday, the State Department said. "
     "He had met Netanyahu in Jerusalem days earlier.\n"
     "Faisal bin Farhan, who took over from Ibrahim al-Assaf as foreign minister in October 2019, has said "
     "normalisation with Israel depends on a Palestinian state.\n"
     "The talks came two years after the murder of MEE and Washington Post columnist Jamal Khashoggi by Saudi "
     "agents in Istanbul, which the CIA concluded MBS had ordered, a charge Riyadh denies.",
     [("LEADS", NETANYAHU, ISRAEL, "Israeli Prime Minister Benjamin Netanyahu"),
      ("LEADS", FAISAL, SAUFM, "Saudi Foreign Minister Prince Faisal"),
      ("MET_WITH", POMPEO, MBS, "did meet MBS in Neom on Sunday", "2020-11-22"),
      ("MET_WITH", POMPEO, NETANYAHU, "He had met Netanyahu in Jerusalem", "2020-11-19"),
      ("SUCCESSOR_OF", FAISAL, ASSAF, "who took over from Ibrahim al-Assaf", "2019-10-23"),
      ("ASSASSINATED_BY", KHASHOGGI, SAUDI, "Jamal Khashoggi by Saudi", "2018-10-02"),
      ],
     {"source": MEE, "published": "2020-11-23"}),

    ("arSN5_assaf_replaces_jubeir_riyadh", "ar",
     "أوامر ملكية: العساف وزيراً للخارجية.. والجبير وزير دولة للشؤون الخارجية\n"
     "الرياض - «الرياض»\n"
     "صدرت أوامر ملكية أمس تضمنت تعيين معالي الدكتور إبراهيم بن عبدالعزيز العساف وزيراً للخارجية، خلفاً "
     "لمعالي الأستاذ عادل بن أحمد الجبير الذي عُيّن وزيراً للدولة للشؤون الخارجية وعضواً في مجلس الوزراء.\n"
     "كما تضمنت الأوامر تعيين صاحب السمو الأمير عبدالله بن بندر بن عبدالعزيز وزيراً للحرس الوطني خلفاً "
     "لصاحب السمو الأمير خالد بن عبدالعزيز بن عياف، وتعيين الدكتور مساعد بن محمد العيبان مستشاراً للأمن "
     "الوطني، وإعادة تشكيل مجلس الشؤون السياسية والأمنية برئاسة صاحب السمو الملكي الأمير محمد بن سلمان ولي "
     "العهد.\n"
     "ويأتي تعيين العساف، الذي شغل حقيبة المالية أكثر من عقدين، بعد نحو شهرين من مقتل خاشقجي، في وقت "
     "تواجه فيه الدبلوماسية السعودية ضغوطاً غربية.\n"
     "وكان الجبير قد تولى حقيبة الخارجية في أبريل 2015 خلفاً للأمير سعود الفيصل، رحمه الله.",
     [("SUCCESSOR_OF", ASSAF, JUBEIR, "لمعالي الأستاذ عادل بن أحمد الجبير", "2018-12-27"),
      ("LEADS", ASSAF, SAUFM, "إبراهيم بن عبدالعزيز العساف وزيراً للخارجية"),
      ("SUCCESSOR_OF", BANDAR, AYYAF, "لصاحب السمو الأمير خالد بن عبدالعزيز بن عياف", "2018-12-27"),
      ("LEADS", BANDAR, GUARD, "وزيراً للحرس الوطني"),
      ("SUCCESSOR_OF", JUBEIR, "person:saud-al-faisal", "خلفاً للأمير سعود الفيصل", "2015-04-29"),
      ],
     {"source": RIYADH, "published": "2018-12-28"}),

    ("enSN6_khashoggi_verdicts_ap", "en",
     "Saudi court sentences 5 to death for Khashoggi killing; top aides cleared\n"
     "DUBAI, United Arab Emirates (AP) — A Saudi court on Monday sentenced five people to death and three to "
     "prison for the killing of Washington Post columnist Jamal Khashoggi, while two top aides to Crown Prince "
     "Mohammed bin Salman who had been investigated were cleared.\n"
     "Saudi Deputy Public Prosecutor Shalaan al-Shalaan said the court found no evidence the killing was "
     "premeditated. Former royal court adviser Saud al-Qahtani was investigated but not charged, and former "
     "deputy intelligence chief Ahmed al-Asiri was released for insufficient evidence, he said.\n"
     "The names of those sentenced were not released. Among those on trial, rights groups said, were Maher "
     "Mutreb, an intelligence officer often seen in the crown prince's entourage, and Salah al-Tubaigy, a "
     "forensic doctor with the Interior Ministry.\n"
     "Khashoggi, who had criticized the crown prince's policies, was killed and dismembered by a team of Saudi "
     "agents inside the Saudi Consulate in Istanbul on Oct. 2, 2018.\n"
     "Agnes Callamard, the U.N. special rapporteur who investigated the killing, said the masterminds \"not "
     "only walk free\" but \"have barely been touched.\"\n"
     "In June, President Donald Trump met the crown prince for breakfast on the sidelines of the G20 summit "
     "in Osaka, Japan, praising him for doing \"a spectacular job.\"",
     [("MEMBER_OF", TUBAIGY, SAUINT, "a forensic doctor with the Interior Ministry"),
      ("ASSASSINATED_BY", KHASHOGGI, SAUDI, "killed and dismembered by a team of Saudi", "2018-10-02"),
      ("MET_WITH", TRUMP, MBS, "met the crown prince for breakfast", "2019-06-29"),
      ],
     {"source": AP, "published": "2019-12-23"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setSN")
