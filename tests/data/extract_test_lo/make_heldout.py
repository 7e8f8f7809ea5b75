"""Blind set LO: the Gulf and Turkey 2018-2023, as a Qatari Arabic channel's site writes it (Al Jazeera
Net-like: "الكويت.. ...", "المصدر : الجزيرة + وكالات"), as a Gulf English daily writes it (Gulf Times /
The National-like: "His Highness the Amir", "HE", "ABU DHABI:"), as a Turkish state agency's Arabic service
writes it (Anadolu-like: "أنقرة/ الأناضول") and as a Turkish English daily writes it (Daily Sabah-like:
"in absentia", Turkish diacritics).
Pieces: Mishal sworn in as Kuwait's emir after Nawaf before the assembly speaker al-Saadoun with the prime
minister Ahmad Nawaf, Tamim, King Hamad and Mansour bin Zayed received apart at Bayan Palace (Arabic,
Qatari channel); Mohammed bin Abdulrahman named Qatar's prime minister replacing Khalid bin Khalifa, who
had taken over from Abdullah bin Nasser, sworn in before Tamim with the Deputy Amir, Tamim and the new
prime minister with Erdogan in Istanbul (English, Gulf daily); Erdogan receives MBZ in Ankara with
Cavusoglu, Fidan, Mus and Tahnoun (Arabic, Turkish agency); the Istanbul trial over Khashoggi, killed by
a team led by Mutreb, Haspel meets Fidan in Ankara (English, Turkish daily); the Beijing deal signed by
al-Aiban and Shamkhani with Wang Yi and the Chinese ambassador, Soleimani and al-Muhandis killed by a US
strike (Arabic, Qatari channel); MBZ elected president after Khalifa by the Federal Supreme Council under
Mohammed bin Rashid with al-Qasimi, Khalifa after Zayed, condolences from Hamad, Haitham and Tamim apart,
Oktay with Cavusoglu (English, Gulf daily).
Excluded on purpose (no relation): MBS's phone call of condolence and the crown prince to be named "within
a year" (LO1); the congratulatory calls from Faisal bin Farhan and Cavusoglu (LO2); Erdogan's and MBZ's
phone call in August, and Tahnoun's August visit, whom he met there not being stated (LO3: VISITED only);
the indictment's accusation against Asiri and al-Qahtani, Riyadh's "rogue agents", Erdogan's calls with
King Salman and his claim about the order (LO4); the planned meeting of the two foreign ministers and
al-Budaiwi's welcome (LO5); Kamala Harris "expected to lead a delegation" (LO6).
Judgement calls: a swearing-in before the speaker "in the presence of" the prime minister, and before the
Amir "in the presence of" the Deputy Amir, are meetings of the three (LO1, LO2); guests received "each
separately" / "who called on him separately" are paired with the host only (LO1, LO6); the minister who
"accompanied the Amir" is paired with the host too (LO2); a delegation meeting's named members on both
sides are all paired (LO3); "killed by a team led by" Mutreb gives the victim -> Mutreb (LO4); signing a
statement together is a meeting of the signatories and those present (LO5); "killed in a US strike ...
along with" al-Muhandis gives both -> the United States (LO5); "elected ... a day after the death of his
brother" and "took over from his father" are successions, and the council's session pairs the three
named rulers (LO6). Who attended (Ahmad Nawaf at the oath, Mansour bin Zayed's condolence visit, Mus at
Ankara, the Chinese ambassador at the signing, al-Qasimi, Oktay's and Cavusoglu's visit, Haspel's meeting with
Fidan himself, the prime minister at the Amir's side in Istanbul) is filled in
for the exercise.
Spellings: "مشعل الأحمد" and "نواف الأحمد الجابر الصباح" (LO1); "Sheikh Mohammed bin Abdulrahman bin
Jassim Al Thani", "Sheikh Abdullah bin Nasser bin Khalifa Al Thani" (LO2); "مولود تشاوش أوغلو", "بن زايد"
alone (LO3); "Hakan Fidan" beside the prosecutor "İrfan Fidan", "Maher Abdulaziz Mutreb" (LO4);
"مساعد بن محمد العيبان", "أبو مهدي المهندس" (LO5); "Sheikh Dr Sultan bin Mohammed Al Qasimi" (LO6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_lo import ALL  # noqa: E402

HERE = Path(__file__).parent

KUWAIT, QATAR, UAE, USA = "country:kuwait", "country:qatar", "country:united-arab-emirates", "country:united-states"
KWNA, KWGOV, QAGOV, QAFM, TRFM, MIT, CIA, ISTPROS, GCC, SNSC = (
    "organization:kuwaiti-national-assembly", "organization:kuwaiti-government", "organization:qatari-government",
    "organization:qatari-foreign-ministry", "organization:turkish-foreign-ministry",
    "organization:turkish-national-intelligence-organization", "organization:cia",
    "organization:istanbul-chief-public-prosecutors-office", "organization:gcc",
    "organization:supreme-national-security-council")
BAYAN, ISTANBUL, ANKARA, PRESCOMPLEX, ISTCONS, BEIJING, MUSHRIF, ABUDHABI = (
    "location:bayan-palace", "location:istanbul", "location:ankara", "location:presidential-complex-ankara",
    "location:saudi-consulate-istanbul", "location:beijing", "location:al-mushrif-palace", "location:abu-dhabi")
MISHAL, NAWAF, SAADOUN, AHMADNAWAF, TAMIM, HAMAD, MANSOUR, MBS = (
    "person:meshal-al-ahmad-al-jaber-al-sabah", "person:nawaf-al-ahmad-al-sabah", "person:ahmed-al-saadoun",
    "person:ahmad-nawaf-al-ahmad", "person:tamim-bin-hamad-al-thani", "person:hamad-bin-isa-al-khalifa",
    "person:mansour-bin-zayed", "person:mohammed-bin-salman")
MBAR, KHALIDBK, ABDULLAHBN, DEPUTYAMIR, ERDOGAN, FAISAL, CAVUSOGLU = (
    "person:mohammed-bin-abdulrahman-al-thani", "person:khalid-bin-khalifa-al-thani",
    "person:abdullah-bin-nasser-al-thani", "person:abdullah-bin-hamad-al-thani", "person:recep-tayyip-erdogan",
    "person:faisal-bin-farhan", "person:mevlut-cavusoglu")
MBZ, FIDAN, MUS, TAHNOUN, KHASHOGGI, MUTREB, IRFAN, ASIRI, QAHTANI, CENGIZ, HASPEL = (
    "person:mohamed-bin-zayed", "person:hakan-fidan", "person:mehmet-mus", "person:tahnoun-bin-zayed",
    "person:jamal-khashoggi", "person:maher-mutreb", "person:irfan-fidan", "person:ahmed-al-asiri",
    "person:saud-al-qahtani", "person:hatice-cengiz", "person:gina-haspel")
AIBAN, SHAMKHANI, WANGYI, CHEN, SOLEIMANI, MUHANDIS, ABDULMAHDI, BUDAIWI = (
    "person:musaed-al-aiban", "person:ali-shamkhani", "person:wang-yi", "person:chen-weiqing",
    "person:qasem-soleimani", "person:abu-mahdi-al-muhandis", "person:adil-abdul-mahdi", "person:jasem-albudaiwi")
KHALIFA, ZAYED, MBR, QASIMI, HAITHAM, OKTAY = (
    "person:khalifa-bin-zayed", "person:zayed-bin-sultan", "person:mohammed-bin-rashid",
    "person:sultan-bin-mohammed-al-qasimi", "person:haitham-bin-tarik", "person:fuat-oktay")


def _group(members: dict, date: str, skip=()) -> list:
    """MET_WITH between every two members of a meeting; the needle is the later member's."""
    keys = list(members)
    return [("MET_WITH", a, b, members[b], date) for i, a in enumerate(keys) for b in keys[i + 1:]
            if {a, b} not in [set(p) for p in skip]]


_OATHKW = {MISHAL: "اليمين الدستورية أميراً", SAADOUN: "ترأسها رئيس مجلس الأمة أحمد السعدون",
           AHMADNAWAF: "بحضور رئيس مجلس الوزراء الشيخ أحمد"}
_OATHQA = {MBAR: "were later sworn in before His Highness", TAMIM: "were later sworn in before His Highness",
           DEPUTYAMIR: "in the presence of HH the Deputy Amir"}
_ISTANBUL = {TAMIM: "where His Highness met President", ERDOGAN: "where His Highness met President",
             MBAR: "he accompanied the Amir to Istanbul"}
_ANKARA = {ERDOGAN: "استقبل الرئيس التركي رجب طيب أردوغان", MBZ: "ولي عهد أبوظبي الشيخ محمد بن زايد",
           CAVUSOGLU: "وزير الخارجية مولود تشاوش أوغلو", FIDAN: "ورئيس جهاز الاستخبارات هاكان فيدان",
           MUS: "ووزير التجارة محمد موش", TAHNOUN: "مستشار الأمن الوطني الشيخ طحنون بن زايد"}
_BEIJING = {AIBAN: "مستشار الأمن الوطني مساعد بن محمد العيبان", SHAMKHANI: "علي شمخاني، إلى جانب",
            WANGYI: "في الحزب الشيوعي الصيني وانغ يي", CHEN: "وحضر التوقيع السفير الصيني"}
_COUNCIL = {MBZ: "unanimously chose the 61-year-old", MBR: "under the chairmanship of Sheikh Mohammed bin Rashid",
            QASIMI: "Ruler of Sharjah, was among the rulers"}
_OKTAY = {MBZ: "He also received Turkish Vice President", OKTAY: "He also received Turkish Vice President",
          CAVUSOGLU: "accompanied by Foreign Minister Mevlut"}

ARTICLES = [
    ("arLO1_mishal_emir_kuwait", "ar",
     "الكويت.. الشيخ مشعل الأحمد يؤدي اليمين أميراً للبلاد\n"
     "أدى الشيخ مشعل الأحمد، اليوم الأربعاء، اليمين الدستورية أميراً لدولة الكويت أمام مجلس الأمة، خلفاً لأخيه "
     "غير الشقيق الشيخ نواف الأحمد الجابر الصباح الذي توفي السبت الماضي عن 86 عاماً.\n"
     "وجرت مراسم القسم في جلسة خاصة ترأسها رئيس مجلس الأمة أحمد السعدون، بحضور رئيس مجلس الوزراء الشيخ أحمد "
     "نواف الأحمد الصباح وأعضاء الحكومة.\n"
     "وفي خطابه الأول، انتقد الأمير الجديد (83 عاماً) أداء السلطتين التشريعية والتنفيذية، وقال إنهما "
     "\"تعاونتا على الإضرار بمصالح البلاد\".\n"
     "وكان الشيخ مشعل قد استقبل في قصر بيان، يومي الأحد والاثنين، قادة ومسؤولين خليجيين وعرباً قدموا واجب "
     "العزاء، بينهم أمير قطر الشيخ تميم بن حمد، وملك البحرين الملك حمد بن عيسى آل خليفة، ونائب رئيس دولة "
     "الإمارات الشيخ منصور بن زايد، كلٌّ على حدة.\n"
     "وأجرى ولي العهد السعودي الأمير محمد بن سلمان اتصالاً هاتفياً بالأمير الجديد، قدّم خلاله التعازي.\n"
     "وبحسب الدستور، يُنتظر أن يسمي الأمير ولياً جديداً للعهد خلال عام.\n"
     "المصدر : الجزيرة + وكالات",
     [("SUCCESSOR_OF", MISHAL, NAWAF, "خلفاً لأخيه", "2023-12-16"),
      ("LEADS", MISHAL, KUWAIT, "اليمين الدستورية أميراً"),
      ] + _group(_OATHKW, "2023-12-20") + [
      ("LEADS", SAADOUN, KWNA, "ترأسها رئيس مجلس الأمة أحمد السعدون"),
      ("LEADS", AHMADNAWAF, KWGOV, "بحضور رئيس مجلس الوزراء الشيخ أحمد"),
      ("MET_WITH", MISHAL, TAMIM, "بينهم أمير قطر الشيخ تميم", "2023-12"),
      ("MET_WITH", MISHAL, HAMAD, "وملك البحرين الملك حمد", "2023-12"),
      ("MET_WITH", MISHAL, MANSOUR, "ونائب رئيس دولة الإمارات الشيخ منصور", "2023-12"),
      ("VISITED", TAMIM, BAYAN, "وكان الشيخ مشعل قد استقبل في قصر بيان", "2023-12"),
      ("VISITED", HAMAD, BAYAN, "وكان الشيخ مشعل قد استقبل في قصر بيان", "2023-12"),
      ("VISITED", MANSOUR, BAYAN, "وكان الشيخ مشعل قد استقبل في قصر بيان", "2023-12"),
      ("LEADS", TAMIM, QATAR, "بينهم أمير قطر الشيخ تميم"),
      ],
     {"source": "blind set (Qatari Arabic channel's site)", "published": "2023-12-20"}),

    ("enLO2_qatar_new_pm", "en",
     "Sheikh Mohammed bin Abdulrahman named Prime Minister\n"
     "DOHA: His Highness the Amir Sheikh Tamim bin Hamad Al Thani yesterday issued Amiri Order No. 1 of 2023 "
     "appointing HE Sheikh Mohammed bin Abdulrahman bin Jassim Al Thani as Prime Minister and Minister of "
     "Foreign Affairs, replacing HE Sheikh Khalid bin Khalifa bin Abdulaziz Al Thani, whose resignation the "
     "Amir accepted.\n"
     "Sheikh Khalid had held the post since January 2020, when he took over from Sheikh Abdullah bin Nasser "
     "bin Khalifa Al Thani.\n"
     "The new Prime Minister and the members of the Cabinet were later sworn in before His Highness the Amir "
     "at the Amiri Diwan, in the presence of HH the Deputy Amir Sheikh Abdullah bin Hamad Al Thani.\n"
     "Sheikh Mohammed, 42, has been foreign minister since 2016 and steered the country's diplomacy through "
     "the blockade imposed by four Arab states from June 2017 until the Al Ula declaration of January 2021.\n"
     "Last month, he accompanied the Amir to Istanbul, where His Highness met President Recep Tayyip Erdogan "
     "on the first visit by a foreign leader to Turkiye after the earthquakes.\n"
     "Congratulatory calls came in from Saudi Foreign Minister Prince Faisal bin Farhan and his Turkish "
     "counterpart Mevlut Cavusoglu.",
     [("LEADS", TAMIM, QATAR, "His Highness the Amir Sheikh Tamim"),
      ("SUCCESSOR_OF", MBAR, KHALIDBK, "replacing HE Sheikh Khalid", "2023-03-07"),
      ("LEADS", MBAR, QAGOV, "as Prime Minister and Minister of"),
      ("LEADS", MBAR, QAFM, "as Prime Minister and Minister of"),
      ("SUCCESSOR_OF", KHALIDBK, ABDULLAHBN, "when he took over from", "2020-01"),
      ] + _group(_OATHQA, "2023-03-07") + _group(_ISTANBUL, "2023-02", skip=[(TAMIM, MBAR)]) + [
      ("VISITED", TAMIM, ISTANBUL, "he accompanied the Amir to Istanbul", "2023-02"),
      ("VISITED", MBAR, ISTANBUL, "he accompanied the Amir to Istanbul", "2023-02"),
      ],
     {"source": "blind set (Gulf English daily)", "published": "2023-03-08"}),

    ("arLO3_mbz_ankara", "ar",
     "أردوغان يستقبل ولي عهد أبوظبي في أنقرة\n"
     "أنقرة/ الأناضول\n"
     "استقبل الرئيس التركي رجب طيب أردوغان، الأربعاء، ولي عهد أبوظبي الشيخ محمد بن زايد آل نهيان، بمراسم "
     "رسمية في المجمع الرئاسي بالعاصمة أنقرة.\n"
     "وعقد الجانبان لقاءً ثنائياً، أعقبه اجتماع موسع بين وفدي البلدين حضره من الجانب التركي وزير الخارجية "
     "مولود تشاوش أوغلو، ورئيس جهاز الاستخبارات هاكان فيدان، ووزير التجارة محمد موش، ومن الجانب الإماراتي "
     "مستشار الأمن الوطني الشيخ طحنون بن زايد.\n"
     "وشهد الزعيمان توقيع 10 اتفاقيات تعاون في مجالات التجارة والطاقة والبيئة والاستثمار.\n"
     "وتعد هذه أول زيارة لبن زايد إلى تركيا منذ عام 2012، بعد سنوات من التوتر بين البلدين على خلفية ملفات "
     "إقليمية عدة.\n"
     "وكان الشيخ طحنون قد زار أنقرة في أغسطس/آب الماضي، فيما أجرى أردوغان وولي عهد أبوظبي اتصالاً هاتفياً "
     "نهاية الشهر ذاته بحثا فيه العلاقات الثنائية.",
     _group(_ANKARA, "2021-11-24") + [
      ("VISITED", MBZ, ANKARA, "في المجمع الرئاسي بالعاصمة أنقرة", "2021-11-24"),
      ("VISITED", MBZ, PRESCOMPLEX, "في المجمع الرئاسي بالعاصمة أنقرة", "2021-11-24"),
      ("LEADS", CAVUSOGLU, TRFM, "وزير الخارجية مولود تشاوش أوغلو"),
      ("LEADS", FIDAN, MIT, "ورئيس جهاز الاستخبارات هاكان فيدان"),
      ("VISITED", TAHNOUN, ANKARA, "وكان الشيخ طحنون قد زار أنقرة", "2021-08"),
      ],
     {"source": "blind set (Turkish state agency, Arabic service)", "published": "2021-11-24"}),

    ("enLO4_khashoggi_trial", "en",
     "Istanbul court begins trial in absentia of 20 Saudis over Khashoggi murder\n"
     "An Istanbul court on Friday began trying in absentia 20 Saudi nationals over the 2018 murder of "
     "journalist Jamal Khashoggi, whose body has never been found.\n"
     "Khashoggi, a Washington Post columnist critical of Crown Prince Mohammed bin Salman, was killed on Oct. "
     "2, 2018, by a team led by intelligence officer Maher Abdulaziz Mutreb after he entered the Saudi "
     "Consulate in Istanbul to obtain documents for his marriage.\n"
     "The indictment, prepared by Istanbul Chief Public Prosecutor İrfan Fidan, accuses former deputy "
     "intelligence chief Ahmed al-Asiri and former royal court adviser Saud al-Qahtani of planning the "
     "operation. Riyadh, which says the killing was carried out by rogue agents, sentenced eight people in "
     "a closed trial last year.\n"
     "Hatice Cengiz, Khashoggi's Turkish fiancee, who waited for him outside the consulate, said after the "
     "hearing that she still sought justice.\n"
     "In the days after the murder, CIA Director Gina Haspel flew to Ankara and met then-intelligence chief "
     "Hakan Fidan, who briefed her on the evidence, including audio recordings.\n"
     "President Recep Tayyip Erdoğan, who spoke by phone with King Salman twice in October 2018, has said "
     "the order came from the highest levels of the Saudi government.",
     [("ASSASSINATED_BY", KHASHOGGI, MUTREB, "by a team led by intelligence officer", "2018-10-02"),
      ("LOCATED_IN", ISTCONS, ISTANBUL, "Consulate in Istanbul to obtain"),
      ("LEADS", IRFAN, ISTPROS, "Istanbul Chief Public Prosecutor İrfan Fidan"),
      ("MET_WITH", HASPEL, FIDAN, "flew to Ankara and met then-intelligence chief", "2018-10"),
      ("VISITED", HASPEL, ANKARA, "flew to Ankara and met then-intelligence chief", "2018-10"),
      ("LEADS", HASPEL, CIA, "CIA Director Gina Haspel"),
      ],
     {"source": "blind set (Turkish English daily)", "published": "2020-07-03"}),

    ("arLO5_beijing_deal", "ar",
     "السعودية وإيران تتفقان على استئناف علاقاتهما بوساطة صينية\n"
     "اتفقت السعودية وإيران، اليوم الجمعة، على استئناف العلاقات الدبلوماسية بينهما وإعادة فتح سفارتيهما "
     "خلال شهرين، في ختام محادثات استمرت أربعة أيام في العاصمة الصينية بكين.\n"
     "ووقّع البيان الثلاثي عن الجانب السعودي وزير الدولة مستشار الأمن الوطني مساعد بن محمد العيبان، وعن الجانب "
     "الإيراني أمين المجلس الأعلى للأمن القومي علي شمخاني، إلى جانب مدير مكتب الشؤون الخارجية في الحزب "
     "الشيوعي الصيني وانغ يي. وحضر التوقيع السفير الصيني لدى الرياض تشن وي تشينغ.\n"
     "ومن المقرر أن يلتقي وزيرا خارجية البلدين لترتيب عودة السفراء.\n"
     "وجاء الاتفاق بعد خمس جولات من المحادثات استضافتها بغداد منذ أبريل/نيسان 2021، وجولات أخرى في مسقط.\n"
     "وكان رئيس الوزراء العراقي الأسبق عادل عبد المهدي قد كشف أن قائد فيلق القدس قاسم سليماني كان يحمل رداً "
     "إيرانياً على رسالة سعودية حين قُتل بغارة أمريكية قرب مطار بغداد مطلع 2020، ومعه نائب رئيس هيئة الحشد "
     "الشعبي أبو مهدي المهندس.\n"
     "ورحّب الأمين العام لمجلس التعاون الخليجي جاسم البديوي بالاتفاق.\n"
     "المصدر : الجزيرة + وكالات",
     _group(_BEIJING, "2023-03-10") + [
      ("VISITED", AIBAN, BEIJING, "في العاصمة الصينية بكين", "2023-03-10"),
      ("VISITED", SHAMKHANI, BEIJING, "في العاصمة الصينية بكين", "2023-03-10"),
      ("LEADS", SHAMKHANI, SNSC, "أمين المجلس الأعلى للأمن القومي علي"),
      ("ASSASSINATED_BY", SOLEIMANI, USA, "حين قُتل بغارة أمريكية", "2020-01-03"),
      ("ASSASSINATED_BY", MUHANDIS, USA, "ومعه نائب رئيس هيئة الحشد", "2020-01-03"),
      ("LEADS", BUDAIWI, GCC, "الأمين العام لمجلس التعاون الخليجي جاسم"),
      ],
     {"source": "blind set (Qatari Arabic channel's site)", "published": "2023-03-10"}),

    ("enLO6_mbz_president", "en",
     "Sheikh Mohamed bin Zayed elected President of the UAE\n"
     "ABU DHABI: Sheikh Mohamed bin Zayed, Ruler of Abu Dhabi, was on Saturday elected President of the UAE "
     "by the Federal Supreme Council, a day after the death of his brother, Sheikh Khalifa bin Zayed.\n"
     "The council, which met at Al Mushrif Palace under the chairmanship of Sheikh Mohammed bin Rashid, Vice "
     "President and Ruler of Dubai, unanimously chose the 61-year-old, who had been Crown Prince of Abu Dhabi "
     "since 2004. Sheikh Dr Sultan bin Mohammed Al Qasimi, Ruler of Sharjah, was among the rulers attending.\n"
     "Sheikh Khalifa, who had led the country since 2004, when he took over from his father, Sheikh Zayed bin "
     "Sultan Al Nahyan, died on Friday aged 73.\n"
     "On Sunday, the new President received condolences at Al Mushrif Palace from Bahrain's King Hamad bin "
     "Isa Al Khalifa, Oman's Sultan Haitham bin Tarik and Qatar's Emir Sheikh Tamim bin Hamad, who called on "
     "him separately.\n"
     "He also received Turkish Vice President Fuat Oktay, who was accompanied by Foreign Minister Mevlut "
     "Cavusoglu.\n"
     "US Vice President Kamala Harris is expected to lead a delegation to Abu Dhabi on Monday.",
     [("SUCCESSOR_OF", MBZ, KHALIFA, "a day after the death of his brother", "2022-05-14"),
      ("LEADS", MBZ, UAE, "was on Saturday elected President of the UAE"),
      ] + _group(_COUNCIL, "2022-05-14") + [
      ("SUCCESSOR_OF", KHALIFA, ZAYED, "when he took over from his father", "2004-11"),
      ("MET_WITH", MBZ, HAMAD, "from Bahrain's King Hamad", "2022-05-15"),
      ("MET_WITH", MBZ, HAITHAM, "Oman's Sultan Haitham bin Tarik", "2022-05-15"),
      ("MET_WITH", MBZ, TAMIM, "Qatar's Emir Sheikh Tamim bin Hamad, who called", "2022-05-15"),
      ("VISITED", HAMAD, MUSHRIF, "received condolences at Al Mushrif Palace", "2022-05-15"),
      ("VISITED", HAITHAM, MUSHRIF, "received condolences at Al Mushrif Palace", "2022-05-15"),
      ("VISITED", TAMIM, MUSHRIF, "received condolences at Al Mushrif Palace", "2022-05-15"),
      ] + _group(_OKTAY, "2022-05-15") + [
      ("LEADS", CAVUSOGLU, TRFM, "accompanied by Foreign Minister Mevlut"),
      ],
     {"source": "blind set (Gulf English daily)", "published": "2022-05-16"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setLO")
