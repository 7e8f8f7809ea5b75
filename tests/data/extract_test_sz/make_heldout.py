"""Blind set SZ: targeted killings of Iranian officials and their allies, 2024 (second folder of SY-SZ): the
strike on Iran's consulate in Damascus that killed Mohammad Reza Zahedi and Mohammad Hadi Haji Rahimi (1 April
2024) and Hossein Amir-Abdollahian's visit to Damascus a week later, the funeral of the consulate dead in
Tehran (5 April 2024), the killing of Fuad Shukr in Haret Hreik (30 July 2024) and of Ismail Haniyeh in Tehran
(31 July 2024), Haniyeh's funeral in Doha (2 August 2024) and Yahya Sinwar named to succeed him (6 August
2024), as a British wire writes it in English (Reuters-like: "DAMASCUS, April 8 (Reuters) -"), an Iranian
agency in Arabic (Tasnim Arabic-like), an Israeli daily in English (Times of Israel-like), Hezbollah's TV
channel's website in Arabic (Al-Manar-like: "موقع المنار"), a Qatari daily in English (The Peninsula-like:
"His Highness the Amir") and a London-based Gulf daily in Arabic (Asharq Al-Awsat-like: "«الشرق الأوسط»").
Pieces: Amir-Abdollahian meets Albusaidi in Muscat, then Assad and Mekdad in Damascus; the strike "widely
attributed to Israel" (no agent) (English, SZ1); Zahedi and Haji Rahimi killed in "the Zionist aggression";
Raisi receives al-Nakhalah on the sidelines of the funeral (Arabic, SZ2); Haniyeh killed in Tehran (no agent:
accusations only); he had met Khamenei and Pezeshkian, Raisi's elected successor; the IDF says it
killed Shukr (English, SZ3); Shukr
killed in a Zionist strike; Qassem receives Hamas's representative's condolences (Arabic, SZ4); the Doha
funeral; Bagheri Kani, acting minister after Amir-Abdollahian's death, offers condolences to Mashal and
al-Hayya and meets the Qatari prime minister (English, SZ5); Sinwar named to succeed Haniyeh, Mashal his
predecessor; Fuad Hussein
met Bagheri Kani in Tehran (Arabic, SZ6).
Excluded on purpose (no relation): the strike "widely attributed to Israel", Hagari's no-comment, the U.S.
denial, Khamenei's threat (SZ1); the chanting crowds, Salami's threat (SZ2); the accusations of Hamas and the
Revolutionary Guards, the Qatari prime minister's words, Khamenei's reported order (SZ3); the Israeli
accusation about Majdal Shams and Hezbollah's denial, Pezeshkian's phone call to Nasrallah, the promised
response (SZ4); Hamas's accusation, the funeral attendance, Mashal "seen as a frontrunner" (SZ5); Mashal who
was tipped to succeed, Katz's threat, the cancelled trip of Mashal to Tehran (SZ6).
Judgement calls: "held talks with" in person is a meeting (SQ/SR convention); "widely attributed to Israel"
is hedged: no ASSASSINATED_BY (SZ1); an outlet's own "في الاعتداء الصهيوني" gives victim -> Israel, the dead
listed together each -> Israel (SZ2); "the IDF said it had killed" is the agent's own claim (as SQ6's
confession): victim -> IDF (SZ3); "العدوان الصهيوني" stated by the channel: victim -> Israel; "جيش الاحتلال
قد زعم أنه «قضى» على" is the agent's own claim of a killing the channel confirms: victim -> IDF too (SZ4); "took over the ministry after
... was killed" is a succession (as SR2's acting premier after the death); condolences offered in person to
two hosts: the three are paired (SZ5); "اختيار ... خلفاً لـ" is a succession, and so is "سبق هنية في رئاسة المكتب
السياسي" (Haniyeh -> Mashal, his predecessor) (SZ6); the "Supreme Leader"
/ "President" LEADS Iran, the "Amir" LEADS Qatar, "رئيس المكتب السياسي" LEADS Hamas.
Filled in for the exercise: the hour of the Muscat meeting and of the talks with Mekdad (SZ1); Raisi's
reception of al-Nakhalah (SZ2); Pezeshkian's reception of Haniyeh on the evening of the inauguration (SZ3);
the condolence visit of Hamas's representative to Qassem, Pezeshkian's call (SZ4); the condolences at the
mourning hall and the talks with the Qatari prime minister (SZ5); Fuad Hussein's meeting with Bagheri Kani,
Mashal's cancelled trip (SZ6).
Spellings: "Hossein Amirabdollahian", "Badr Albusaidi", "Faisal Mekdad" (SZ1); «العميد محمد رضا زاهدي»،
«محمد هادي حاجي رحيمي»، «زياد نخالة» (SZ2); "Ismail Haniyeh", "Masoud Pezeshkian", "Fuad Shukr" (SZ3);
«السيد فؤاد علي شكر (السيد محسن)»، «الشيخ نعيم قاسم» (SZ4); "Khaled Meshaal", "Khalil Al Hayya", "Ali Bagheri
Kani" (SZ5); «يحيى السنوار»، «أبو إبراهيم»، «علي باقري كني»، «فؤاد حسين» (SZ6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_sz import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAN, ISRAEL, US, SYRIA, QATAR, IRAQ, OMAN = (
    "country:iran", "country:israel", "country:united-states", "country:syria", "country:qatar", "country:iraq",
    "country:oman")
DAMASCUS, MUSCAT, DOHA, TEHRAN = "location:damascus", "location:muscat", "location:doha", "location:tehran"
IRGC, QUDS, HAMAS, HEZBOLLAH, PIJ, IDF = (
    "organization:irgc", "organization:quds-force", "organization:hamas", "organization:hezbollah",
    "organization:palestinian-islamic-jihad", "organization:israel-defense-forces")
ZAHEDI, RAHIMI, KHAMENEI, RAISI, PEZESHKIAN, AMIR, BAGHERI, SALAMI, AKBARI = (
    "person:mohammad-reza-zahedi", "person:mohammad-hadi-haji-rahimi", "person:ali-khamenei",
    "person:ebrahim-raisi", "person:masoud-pezeshkian", "person:hossein-amir-abdollahian",
    "person:ali-bagheri-kani", "person:hossein-salami", "person:hossein-akbari")
HANIYEH, SINWAR, MASHAL, HAYYA, NAKHALAH, ABDULHADI = (
    "person:ismail-haniyeh", "person:yahya-sinwar", "person:khaled-mashal", "person:khalil-al-hayya",
    "person:ziyad-al-nakhalah", "person:ahmad-abdul-hadi")
NASRALLAH, QASSEM, SHUKR, ASSAD, MEKDAD, ALBUSAIDI, TAMIM, MBAR, FUAD = (
    "person:hassan-nasrallah", "person:naim-qassem", "person:fuad-shukr", "person:bashar-al-assad",
    "person:faisal-mekdad", "person:badr-albusaidi", "person:tamim-bin-hamad-al-thani",
    "person:mohammed-bin-abdulrahman-al-thani", "person:fuad-hussein")
HAGARI, KATZ, NETANYAHU = "person:daniel-hagari", "person:israel-katz", "person:benjamin-netanyahu"

REUTERS = "blind set (British news wire, English, Reuters-like)"
TASNIM = "blind set (Iranian news agency, Arabic service, Tasnim-like)"
TOI = "blind set (Israeli daily, English, Times of Israel-like)"
MANAR = "blind set (Hezbollah's TV channel's website, Arabic, Al-Manar-like)"
PENINSULA = "blind set (Qatari daily, English, The Peninsula-like)"
ASHARQ = "blind set (London-based Gulf daily, Arabic, Asharq Al-Awsat-like)"

ARTICLES = [
    ("enSZ1_amirabdollahian_damascus_reuters", "en",
     "Iran's foreign minister opens new Damascus consulate a week after deadly strike\n"
     "DAMASCUS, April 8 (Reuters) - Iranian Foreign Minister Hossein Amirabdollahian inaugurated a new "
     "consular building in Damascus on Monday, a week after an air strike flattened the old one and killed "
     "seven members of the Revolutionary Guards, among them two generals.\n"
     "Amirabdollahian, who flew in from Muscat where he met Omani Foreign Minister Badr Albusaidi on Sunday, "
     "was received by President Bashar al-Assad and later held talks with his Syrian counterpart Faisal "
     "Mekdad, Syrian state media said.\n"
     "The April 1 strike, widely attributed to Israel, killed Brigadier General Mohammad Reza Zahedi, a senior "
     "commander in the Guards' Quds Force, and his deputy Mohammad Hadi Haji Rahimi. Israel's military "
     "spokesman, Rear Admiral Daniel Hagari, said at the time: \"We don't respond to reports in the foreign "
     "media.\"\n"
     "The United States told Tehran it had no involvement in the strike and no advance knowledge of it, a U.S. "
     "official said.\n"
     "Iran's Supreme Leader Ayatollah Ali Khamenei has said Israel \"will be punished\", and Iranian officials "
     "have repeated that a response is coming. Amirabdollahian told reporters in Damascus that Tehran's "
     "ambassador, Hossein Akbari, who survived the strike, would keep working from the new building.",
     [("VISITED", AMIR, DAMASCUS, "inaugurated a new consular building in Damascus"),
      ("VISITED", AMIR, MUSCAT, "who flew in from Muscat"),
      ("MET_WITH", AMIR, ALBUSAIDI, "where he met Omani Foreign Minister", "2024-04-07"),
      ("MET_WITH", AMIR, ASSAD, "was received by President Bashar", "2024-04-08"),
      ("LEADS", ASSAD, SYRIA, "President Bashar al-Assad and"),
      ("MET_WITH", AMIR, MEKDAD, "held talks with his Syrian counterpart", "2024-04-08"),
      ("MEMBER_OF", ZAHEDI, QUDS, "a senior commander in the Guards' Quds Force"),
      ("LEADS", KHAMENEI, IRAN, "Iran's Supreme Leader Ayatollah"),
      ],
     {"source": REUTERS, "published": "2024-04-08"}),

    ("arSZ2_consulate_martyrs_funeral_tasnim", "ar",
     "طهران تشيّع شهداء القنصلية الإيرانية في دمشق في يوم القدس العالمي\n"
     "وكالة تسنيم الدولية للأنباء – شيّعت حشود غفيرة في طهران، اليوم الجمعة، جثامين شهداء الحرس الثوري السبعة، "
     "وفي مقدمتهم المستشار العسكري العميد محمد رضا زاهدي ونائبه العميد محمد هادي حاجي رحيمي، اللذان ارتقيا في "
     "الاعتداء الصهيوني على مبنى القنصلية الإيرانية في دمشق يوم الاثنين الماضي.\n"
     "وانطلق موكب التشييع من ساحة فلسطين، وسط هتافات «الموت لإسرائيل» و«الموت لأميركا»، بمشاركة رئيس "
     "الجمهورية السيد إبراهيم رئيسي والقائد العام للحرس اللواء حسين سلامي.\n"
     "وقال اللواء سلامي في كلمته إن «الكيان الصهيوني سيتلقى صفعة على هذه الجريمة»، مؤكداً أن «رجالنا الشجعان "
     "سيعاقبونه».\n"
     "وعلى هامش المراسم، استقبل رئيسي الأمين العام لحركة الجهاد الإسلامي في فلسطين زياد نخالة، الذي نقل تعازي "
     "فصائل المقاومة الفلسطينية باستشهاد القادة، وبحث معه آخر التطورات في غزة.\n"
     "ومن المقرر أن يُنقل جثمان الشهيد زاهدي إلى مسقط رأسه في أصفهان ليوارى الثرى يوم السبت.",
     [("ASSASSINATED_BY", ZAHEDI, ISRAEL, "العميد محمد رضا زاهدي ونائبه", "2024-04-01"),
      ("ASSASSINATED_BY", RAHIMI, ISRAEL, "محمد هادي حاجي رحيمي، اللذان", "2024-04-01"),
      ("MEMBER_OF", ZAHEDI, IRGC, "جثامين شهداء الحرس الثوري السبعة"),
      ("LEADS", RAISI, IRAN, "رئيس الجمهورية السيد إبراهيم رئيسي والقائد"),
      ("LEADS", SALAMI, IRGC, "والقائد العام للحرس اللواء"),
      ("MET_WITH", RAISI, NAKHALAH, "استقبل رئيسي الأمين العام", "2024-04-05"),
      ("LEADS", NAKHALAH, PIJ, "الأمين العام لحركة الجهاد الإسلامي في فلسطين"),
      ],
     {"source": TASNIM, "published": "2024-04-05"}),

    ("enSZ3_haniyeh_killed_tehran_toi", "en",
     "Hamas chief Ismail Haniyeh killed in Tehran, hours after Israel struck Hezbollah commander in Beirut\n"
     "Hamas political bureau chief Ismail Haniyeh was killed in Tehran early Wednesday along with one of his "
     "bodyguards, the terror group and Iran's Islamic Revolutionary Guard Corps said.\n"
     "Hamas said Haniyeh died in a \"treacherous Zionist raid\" on his residence, and the IRGC said it was "
     "investigating. Israel did not comment, and the Prime Minister's Office instructed ministers not to "
     "discuss the matter.\n"
     "Haniyeh had been in the Iranian capital for the swearing-in of President Masoud Pezeshkian, who was "
     "elected to succeed Ebrahim Raisi after the May helicopter crash. On Tuesday "
     "he was received by Supreme Leader Ayatollah Ali Khamenei, and in the evening Pezeshkian hosted him and "
     "other guests at the presidential compound.\n"
     "His death came hours after the IDF said it had killed Fuad Shukr, Hezbollah's most senior military "
     "commander, in a strike on a building in Beirut's southern suburbs, in response to the rocket attack on "
     "Majdal Shams.\n"
     "Qatar's Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani, a key mediator in the hostage talks, "
     "wrote: \"How can mediation succeed when one party assassinates the negotiator on the other side?\"\n"
     "The New York Times reported that Khamenei had ordered a direct strike on Israel in retaliation, citing "
     "three Iranian officials.",
     [("LEADS", HANIYEH, HAMAS, "Hamas political bureau chief Ismail Haniyeh was killed"),
      ("LEADS", PEZESHKIAN, IRAN, "President Masoud Pezeshkian"),
      ("SUCCESSOR_OF", PEZESHKIAN, RAISI, "who was elected to succeed Ebrahim Raisi", "2024-07-06"),
      ("MET_WITH", HANIYEH, KHAMENEI, "he was received by Supreme Leader", "2024-07-30"),
      ("MET_WITH", HANIYEH, PEZESHKIAN, "Pezeshkian hosted him", "2024-07-30"),
      ("ASSASSINATED_BY", SHUKR, IDF, "the IDF said it had killed Fuad Shukr", "2024-07-30"),
      ("MEMBER_OF", SHUKR, HEZBOLLAH, "Hezbollah's most senior military"),
      ("LEADS", MBAR, QATAR, "Qatar's Prime Minister Sheikh"),
      ],
     {"source": TOI, "published": "2024-07-31"}),
]

ARTICLES += [
    ("arSZ4_fuad_shukr_manar", "ar",
     "المقاومة الإسلامية تنعى القائد الجهادي الكبير السيد فؤاد شكر\n"
     "موقع المنار\n"
     "نعت المقاومة الإسلامية في لبنان، مساء الأربعاء، القائد الجهادي الكبير السيد فؤاد علي شكر (السيد محسن)، "
     "الذي ارتقى شهيداً في العدوان الصهيوني على مبنى سكني في حارة حريك في الضاحية الجنوبية لبيروت، بعد ساعات "
     "طويلة من البحث تحت الأنقاض.\n"
     "وكان جيش الاحتلال قد زعم أنه «قضى» على القائد شكر، متهماً إياه بالمسؤولية عن مجزرة مجدل شمس، وهو ما نفاه "
     "حزب الله نفياً قاطعاً، مؤكداً أن لا علاقة للمقاومة بالحادثة.\n"
     "وتلقى الأمين العام لحزب الله سماحة السيد حسن نصر الله اتصالاً هاتفياً من الرئيس الإيراني مسعود بزشكيان، "
     "قدّم خلاله التعازي باستشهاد القائد شكر.\n"
     "وفي الضاحية، استقبل نائب الأمين العام لحزب الله الشيخ نعيم قاسم ممثل حركة حماس في لبنان أحمد عبد الهادي "
     "على رأس وفد من الحركة، قدّم التبريكات والتعازي باستشهاد القائد الكبير.\n"
     "ويُقام التشييع بعد ظهر الخميس، على أن يتحدث سماحة السيد نصر الله في المناسبة، حيث يُتوقع أن يحدد "
     "ملامح الرد على العدوان.",
     [("ASSASSINATED_BY", SHUKR, ISRAEL, "الذي ارتقى شهيداً في العدوان الصهيوني", "2024-07-30"),
      ("ASSASSINATED_BY", SHUKR, IDF, "وكان جيش الاحتلال قد زعم أنه", "2024-07-30"),
      ("LEADS", NASRALLAH, HEZBOLLAH, "وتلقى الأمين العام لحزب الله"),
      ("LEADS", PEZESHKIAN, IRAN, "الرئيس الإيراني مسعود بزشكيان"),
      ("MEMBER_OF", QASSEM, HEZBOLLAH, "نائب الأمين العام لحزب الله الشيخ"),
      ("MET_WITH", QASSEM, ABDULHADI, "ممثل حركة حماس في لبنان أحمد", "2024-07-31"),
      ("MEMBER_OF", ABDULHADI, HAMAS, "حماس في لبنان أحمد عبد الهادي على"),
      ],
     {"source": MANAR, "published": "2024-07-31"}),

    ("enSZ5_haniyeh_funeral_doha_peninsula", "en",
     "Thousands perform funeral prayers for Haniyeh in Doha\n"
     "Doha: Thousands of worshippers performed funeral prayers yesterday for Ismail Haniyeh, the head of the "
     "political bureau of Hamas, at the Imam Muhammad bin Abdul Wahhab Mosque, before he was laid to rest in "
     "Lusail.\n"
     "His Highness the Amir Sheikh Tamim bin Hamad Al Thani attended the prayers, along with senior officials "
     "and foreign dignitaries. Hamas said Haniyeh was assassinated in a \"Zionist raid\" on his residence in "
     "Tehran on Wednesday.\n"
     "Iran's acting Foreign Minister Ali Bagheri Kani, who took over the ministry after Hossein "
     "Amir-Abdollahian was killed in the May helicopter crash, offered condolences in person to Hamas leaders "
     "Khaled Meshaal and Khalil Al Hayya at the mourning hall.\n"
     "Bagheri Kani also held talks with HE the Prime Minister and Minister of Foreign Affairs Sheikh Mohammed "
     "bin Abdulrahman bin Jassim Al Thani on the sidelines of the funeral, the Ministry of Foreign Affairs "
     "said.\n"
     "Meshaal, who led the movement until 2017, is seen by analysts as a frontrunner to succeed Haniyeh, "
     "though the movement has not announced a timetable.",
     [("LEADS", HANIYEH, HAMAS, "the head of the political bureau of Hamas"),
      ("LEADS", TAMIM, QATAR, "His Highness the Amir Sheikh Tamim"),
      ("SUCCESSOR_OF", BAGHERI, AMIR, "who took over the ministry after", "2024-05-20"),
      ("VISITED", BAGHERI, DOHA, "on the sidelines of the funeral"),
      ]
     + met_group({BAGHERI: "Iran's acting Foreign Minister Ali Bagheri Kani",
                  MASHAL: "Khaled Meshaal and", HAYYA: "Khalil Al Hayya at the mourning"}, "2024-08-02")
     + [("MEMBER_OF", MASHAL, HAMAS, "to Hamas leaders"),
        ("MEMBER_OF", HAYYA, HAMAS, "Khaled Meshaal and Khalil"),
        ("MET_WITH", BAGHERI, MBAR, "Bagheri Kani also held talks", "2024-08-02"),
        ("LEADS", MBAR, QATAR, "HE the Prime Minister and Minister"),
        ("LEADS", MASHAL, HAMAS, "who led the movement until 2017"),
        ],
     {"source": PENINSULA, "published": "2024-08-03"}),

    ("arSZ6_sinwar_succeeds_haniyeh_asharq", "ar",
     "«حماس» تختار يحيى السنوار رئيساً لمكتبها السياسي خلفاً لهنية\n"
     "لندن - غزة: «الشرق الأوسط»\n"
     "أعلنت حركة «حماس»، مساء الثلاثاء، اختيار قائدها في غزة يحيى السنوار رئيساً للمكتب السياسي للحركة، خلفاً "
     "لإسماعيل هنية الذي اغتيل في طهران الأسبوع الماضي، في خطوة فاجأت كثيرين داخل الحركة وخارجها.\n"
     "وكان اسم خالد مشعل، رئيس الحركة في الخارج الذي سبق هنية في رئاسة المكتب السياسي حتى 2017، قد طُرح "
     "بقوة لخلافة هنية، فيما تحدثت مصادر عن زيارة كان "
     "يعتزم القيام بها إلى طهران قبل أن تُلغى في اللحظة الأخيرة.\n"
     "وفي أول تعليق إسرائيلي، قال وزير الخارجية يسرائيل كاتس إن اختيار «أبو إبراهيم» هو «سبب إضافي لتصفيته "
     "سريعاً ومحو هذه المنظمة الحقيرة من على وجه الأرض».\n"
     "وفي طهران، التقى وزير الخارجية العراقي فؤاد حسين القائم بأعمال وزير الخارجية الإيراني علي باقري كني، "
     "وبحثا التصعيد في المنطقة ومساعي التهدئة، فيما نقل الوزير العراقي رسالة من واشنطن تدعو إلى ضبط النفس.",
     [("SUCCESSOR_OF", SINWAR, HANIYEH, "خلفاً لإسماعيل هنية", "2024-08-06"),
      ("LEADS", SINWAR, HAMAS, "اختيار قائدها في غزة يحيى السنوار"),
      ("LEADS", MASHAL, HAMAS, "رئيس الحركة في الخارج"),
      ("SUCCESSOR_OF", HANIYEH, MASHAL, "الذي سبق هنية في رئاسة", "2017-05"),
      ("MET_WITH", FUAD, BAGHERI, "التقى وزير الخارجية العراقي فؤاد حسين", "2024-08-06"),
      ("VISITED", FUAD, TEHRAN, "وفي طهران، التقى"),
      ],
     {"source": ASHARQ, "published": "2024-08-07"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setSZ")
