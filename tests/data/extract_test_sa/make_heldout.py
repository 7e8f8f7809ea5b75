"""Blind set SA: Iran 1979-1981 (first folder of SA-SB): the killing of Ayatollah Morteza Motahhari by the
Forqan group (May 1979), Yasser Arafat's visit to Tehran (February 1979), Kurt Waldheim's mission to Tehran
over the hostages (January 1980), the Hafte Tir bombing that killed Ayatollah Mohammad Beheshti (June 1981),
the bombing that killed President Rajai and Prime Minister Bahonar (August 1981), and Abolhassan Banisadr's
flight to France after his impeachment (July 1981), as a Beirut daily writes it in Arabic (An-Nahar-like:
"طهران - من مراسل «النهار»"), Iran's state agency in English (Pars News Agency-like: "TEHRAN, Feb. 18
(PARS) -", "Imam Khomeini"), an Iranian Arabic-language daily (Kayhan al-Arabi-like: "استشهاد", "المنافقين",
"سماحة الإمام"), a US wire in English (AP-like: "TEHRAN, Iran (AP) --"), a Kuwaiti daily in Arabic
(Al-Qabas-like: "طهران - «القبس» - وكالات") and a British wire in English (Reuters-like: "PARIS, July 29
(Reuters) -").
Pieces: the Forqan group claims the killing of Motahhari and had claimed Qarani's; Motahhari had met
Bazargan with Yazdi present (Arabic, SA1); Khomeini receives Arafat with Hani al-Hassan, Khalil al-Wazir and
Ahmad Khomeini taking part, Arafat then meets Bazargan (English, SA2); the MEK's bomb kills Beheshti,
Mousavi Ardebili and Bahonar succeed him in his two posts, Khomeini receives Rajai and Rafsanjani (Arabic,
SA3); Waldheim meets Ghotbzadeh and Bani-Sadr, whom Ghotbzadeh replaced as foreign minister (English, SA4);
the bomb that kills Rajai and Bahonar, Rajai had succeeded Banisadr and Bahonar Rajai, Khomeini receives
Rafsanjani and Mousavi Ardebili with Ahmad Khomeini present (Arabic, SA5); Bani-Sadr and Rajavi land in
France, Rajai elected to succeed Bani-Sadr, Bani-Sadr had met Rajavi in hiding (English, SA6).
Excluded on purpose (no relation): Motahhari "shot by an unknown gunman" (the claim is the relation),
Khomeini at the funeral (SA1); the postponed meeting with Taleghani, Yazdi's handing over of the mission
(SA2); the failed attempt on Khamenei (SA3); Khomeini's refusal to receive Waldheim, Carter's call to
Waldheim, the called-off visit to the hostages (SA4); the authorities' accusation of the MEK (no
ASSASSINATED_BY), Kashmiri "suspected" of planting the bomb, Assad's call to Rafsanjani, Mahdavi Kani who
"may be asked" to replace Bahonar (SA5); the meeting with Mitterrand that "was not planned", the pilot
Moezzi (SA6).
Judgement calls: "Members of the delegation ... took part in the meeting, which was also attended by" is one
meeting of all five (Khomeini, Arafat, Hani al-Hassan, Khalil al-Wazir, Ahmad Khomeini), every two paired
(SA2; attendees of one meeting are paired with each other); "«الانفجار الإجرامي الذي نفّذته منظمة
المنافقين»" is the outlet's own statement, so Beheshti -> MEK (SA3), while "«واتهمت السلطات»" is an
accusation (SA5); "«عيّن ... رئيساً للمحكمة العليا خلفاً للشهيد بهشتي»" and "«ليخلف الشهيد بهشتي»" are two
successions (SA3); "«خلفاً له»" (Bahonar -> Rajai) is a succession through a pronoun (SA5); "held talks with
members of the ruling Revolutionary Council, among them Bani-Sadr": Waldheim is paired with Bani-Sadr, not
with the council (SA4); "«استقبل X وY بحضور Z»" is one meeting of the three, Z paired with both guests and
the host (SA5); the Forqan group "claimed" the killings: victim -> organization:forqan-group (SA1); a prime
minister LEADS the country, a minister LEADS a ministry only where it has an id.
Filled in for the exercise: the street, the statement's wording, Motahhari's meeting with Bazargan and
Yazdi (SA1); the presence of Khalil al-Wazir and Ahmad Khomeini, the Taleghani meeting (SA2); Khomeini's
reception of Rajai and Rafsanjani, the party's vote (SA3); Carter's call, the wording of Ghotbzadeh's
statement (SA4); Khomeini's reception of Rafsanjani and Mousavi Ardebili, Assad's call (SA5); the meetings
in hiding, the Mitterrand statement (SA6).
Spellings: "مرتضى مطهري", "اللواء محمد ولي قرني", "المهندس مهدي بازركان" (SA1); "Imam Khomeini" beside
"Ahmad Khomeini", "Hani al-Hassan" (SA2); "آية الله الدكتور السيد محمد حسيني بهشتي", "حجة الإسلام هاشمي
رفسنجاني", "موسوي أردبيلي" (SA3); "Abolhassan Bani-Sadr", "Sadegh Ghotbzadeh" (SA4); "أبو الحسن بني صدر",
"حجة الإسلام محمد جواد باهنر", "مسعود رجوي" (SA5); "Bani-Sadr", "Massoud Rajavi", "People's Mujahideen",
"Mohammad-Ali Rajai" (SA6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_sb import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAN, SYRIA = "country:iran", "country:syria"
FORQAN, MEK, IRP, REVCOUNCIL, PARL, IRFM, PLO, UN = (
    "organization:forqan-group", "organization:mujahedin-e-khalq", "organization:islamic-republican-party",
    "organization:iranian-revolutionary-council", "organization:iranian-parliament",
    "organization:iranian-foreign-ministry", "organization:plo", "organization:united-nations")
KHOMEINI, AHMAD, KHAMENEI, RAFSANJANI = (
    "person:ruhollah-khomeini", "person:ahmad-khomeini", "person:ali-khamenei", "person:ali-akbar-hashemi-rafsanjani")
MOTAHHARI, QARANI, BAZARGAN, YAZDI, TALEGHANI, GHOTBZADEH, BANISADR = (
    "person:morteza-motahhari", "person:valiollah-qarani", "person:mehdi-bazargan", "person:ebrahim-yazdi",
    "person:mahmoud-taleghani", "person:sadegh-ghotbzadeh", "person:abolhassan-banisadr")
BEHESHTI, ARDEBILI, RAJAI, BAHONAR, MAHDAVI, KASHMIRI, RAJAVI, MOEZZI = (
    "person:mohammad-beheshti", "person:abdolkarim-mousavi-ardebili", "person:mohammad-ali-rajai",
    "person:mohammad-javad-bahonar", "person:mohammad-reza-mahdavi-kani", "person:massoud-kashmiri",
    "person:massoud-rajavi", "person:behzad-moezzi")
ARAFAT, HANI, WAZIR, ASSAD, WALDHEIM, CARTER, MITTERRAND = (
    "person:yasser-arafat", "person:hani-al-hassan", "person:khalil-al-wazir", "person:hafez-al-assad",
    "person:kurt-waldheim", "person:jimmy-carter", "person:francois-mitterrand")

NAHAR = "blind set (Beirut daily, Arabic, An-Nahar-like)"
PARS = "blind set (Iranian state news agency, English service, Pars News Agency-like)"
KAYHAN = "blind set (Iranian Arabic-language daily, Kayhan al-Arabi-like)"
AP = "blind set (US news wire, English, AP-like)"
QABAS = "blind set (Kuwaiti daily, Arabic, Al-Qabas-like)"
REUTERS = "blind set (British news wire, English, Reuters-like)"

ARTICLES = [
    ("arSA1_motahhari_forqan_nahar", "ar",
     "اغتيال آية الله مطهري في طهران وجماعة «فرقان» تتبنّى العملية\n"
     "طهران - من مراسل «النهار»\n"
     "اغتيل ليل أول من أمس في طهران عضو مجلس الثورة الإسلامية آية الله الشيخ مرتضى مطهري، أحد أقرب تلامذة "
     "الإمام الخميني، برصاصة في الرأس أطلقها مسلح مجهول لدى خروجه من منزل أحد أصدقائه.\n"
     "وأعلنت جماعة «فرقان» المتطرفة، في بيان وزّعته على الصحف أمس، مسؤوليتها عن اغتيال مطهري، متوعّدة "
     "«رجال الدين الذين سرقوا الثورة» بالمصير نفسه.\n"
     "وكانت الجماعة نفسها قد تبنّت الشهر الماضي قتل رئيس أركان الجيش السابق اللواء محمد ولي قرني أمام منزله "
     "في العاصمة.\n"
     "وبكى الإمام الخميني، الذي جاء من قم للمشاركة في التشييع، تلميذه ووصفه بأنه «ثمرة عمري»، وأعلن الحداد "
     "العام.\n"
     "من جهته، دان رئيس الحكومة المؤقتة المهندس مهدي بازركان الاغتيال، وقال في تصريح للإذاعة إن «أعداء الثورة "
     "يريدون تصفية رجالها واحداً بعد الآخر».\n"
     "وكان مطهري قد اجتمع ببازركان في مقر رئاسة الحكومة قبل يومين من اغتياله، في حضور نائب رئيس الوزراء "
     "الدكتور إبراهيم يزدي، وتناول البحث مسودة الدستور الجديد.\n"
     "وأفادت مصادر أمنية أن حرس الثورة اعتقلوا عدداً من المشتبه بهم، من دون أن تكشف هوياتهم.",
     [("ASSASSINATED_BY", MOTAHHARI, FORQAN, "مسؤوليتها عن اغتيال مطهري", "1979-05-01"),
      ("ASSASSINATED_BY", QARANI, FORQAN, "قد تبنّت الشهر الماضي قتل", "1979-04-23"),
      ("MEMBER_OF", MOTAHHARI, REVCOUNCIL, "عضو مجلس الثورة الإسلامية آية الله"),
      ("LEADS", BAZARGAN, IRAN, "رئيس الحكومة المؤقتة المهندس مهدي بازركان"),
      ("MET_WITH", MOTAHHARI, BAZARGAN, "قد اجتمع ببازركان في مقر", "1979-04-29"),
      ("MET_WITH", YAZDI, BAZARGAN, "في حضور نائب رئيس الوزراء", "1979-04-29"),
      ("MET_WITH", YAZDI, MOTAHHARI, "الدكتور إبراهيم يزدي، وتناول", "1979-04-29"),
      ],
     {"source": NAHAR, "published": "1979-05-03"}),

    ("enSA2_arafat_khomeini_pars", "en",
     "Arafat hails Iran's revolution as turning point for Palestinian struggle\n"
     "TEHRAN, Feb. 18 (PARS) - Yasser Arafat, Chairman of the Executive Committee of the Palestine Liberation "
     "Organization, was received on Sunday by Imam Khomeini at his residence in the Alavi school in Tehran, the "
     "first foreign leader to be welcomed in the Islamic Republic since the victory of the revolution.\n"
     "Arafat, who arrived unannounced on Saturday at the head of a delegation of some 60 Palestinian officials, "
     "embraced the Imam and said the Iranian people's victory had \"turned the strategic balance in the region "
     "upside down.\"\n"
     "Members of the delegation, among them Hani al-Hassan, a senior aide to the PLO leader, and Khalil al-Wazir, "
     "took part in the meeting, which was also attended by Ahmad Khomeini, the Imam's son.\n"
     "Later in the day the Palestinian leader held talks with Prime Minister Mehdi Bazargan at the premier's "
     "office.\n"
     "Deputy Prime Minister Ebrahim Yazdi will on Monday hand over the building of the former Israeli mission to "
     "the PLO, which is to open its embassy there with Hani al-Hassan as its representative, a government "
     "spokesman said.\n"
     "Arafat had also been due to meet Ayatollah Mahmoud Taleghani on Sunday evening, but the meeting was put "
     "off because of the Ayatollah's health, his office said.",
     met_group({ARAFAT: "Yasser Arafat, Chairman of the Executive", KHOMEINI: "was received on Sunday by Imam",
                HANI: "among them Hani al-Hassan", WAZIR: "and Khalil al-Wazir, took part",
                AHMAD: "also attended by Ahmad Khomeini"}, "1979-02-18") + [
      ("LEADS", ARAFAT, PLO, "Chairman of the Executive Committee of the Palestine"),
      ("MET_WITH", ARAFAT, BAZARGAN, "held talks with Prime Minister Mehdi Bazargan", "1979-02-18"),
      ("LEADS", BAZARGAN, IRAN, "Prime Minister Mehdi Bazargan at"),
      ],
     {"source": PARS, "published": "1979-02-18"}),

    ("arSA3_beheshti_hafte_tir_kayhan", "ar",
     "استشهاد آية الله بهشتي واثنين وسبعين من رفاقه في جريمة المنافقين بمقر الحزب الجمهوري الإسلامي\n"
     "طهران - كيهان العربي\n"
     "استشهد رئيس السلطة القضائية والأمين العام للحزب الجمهوري الإسلامي آية الله الدكتور السيد محمد حسيني "
     "بهشتي، مساء الأحد، مع اثنين وسبعين من رفاقه بينهم وزراء ونواب، في الانفجار الإجرامي الذي نفّذته منظمة "
     "المنافقين (مجاهدي خلق) في مقر الحزب بطهران أثناء اجتماع لقيادته.\n"
     "وجاءت الجريمة غداة محاولة اغتيال فاشلة استهدفت ممثل الإمام في المجلس الأعلى للدفاع حجة الإسلام السيد "
     "علي خامنئي في مسجد أبي ذر.\n"
     "وأصدر الإمام الخميني نداءً إلى الشعب الإيراني أكد فيه أن هذه الجرائم لن تزيد الأمة إلا صموداً، وأعلن "
     "الحداد العام ثلاثة أيام.\n"
     "واستقبل سماحة الإمام في جماران رئيس الوزراء محمد علي رجائي ورئيس مجلس الشورى الإسلامي حجة الإسلام هاشمي "
     "رفسنجاني، واطّلع منهما على الأوضاع في البلاد.\n"
     "وعيّن الإمام آية الله الشيخ عبد الكريم موسوي أردبيلي رئيساً للمحكمة العليا خلفاً للشهيد بهشتي.\n"
     "كما انتخبت الهيئة المركزية للحزب حجة الإسلام محمد جواد باهنر أميناً عاماً ليخلف الشهيد بهشتي في قيادة "
     "الحزب.",
     [("ASSASSINATED_BY", BEHESHTI, MEK, "الانفجار الإجرامي الذي نفّذته منظمة", "1981-06-28"),
      ("LEADS", BEHESHTI, IRP, "والأمين العام للحزب الجمهوري الإسلامي"),
      ("LEADS", RAJAI, IRAN, "رئيس الوزراء محمد علي رجائي"),
      ("LEADS", RAFSANJANI, PARL, "ورئيس مجلس الشورى الإسلامي حجة الإسلام"),
      ("SUCCESSOR_OF", ARDEBILI, BEHESHTI, "رئيساً للمحكمة العليا خلفاً للشهيد بهشتي", "1981-06-28"),
      ("SUCCESSOR_OF", BAHONAR, BEHESHTI, "أميناً عاماً ليخلف الشهيد بهشتي", "1981-06-29"),
      ("LEADS", BAHONAR, IRP, "حجة الإسلام محمد جواد باهنر أميناً"),
      ] + met_group({KHOMEINI: "واستقبل سماحة الإمام في جماران", RAJAI: "رئيس الوزراء محمد علي رجائي ورئيس",
                     RAFSANJANI: "هاشمي رفسنجاني، واطّلع"}, "1981-06-28"),
     {"source": KAYHAN, "published": "1981-06-30"}),

    ("enSA4_waldheim_tehran_ap", "en",
     "Waldheim meets Iranian officials, but Khomeini refuses to see him\n"
     "TEHRAN, Iran (AP) -- U.N. Secretary-General Kurt Waldheim, on a mission to win the release of the American "
     "hostages, met Wednesday with Foreign Minister Sadegh Ghotbzadeh, who told him Iran's grievances against "
     "the deposed Shah must be heard before any solution could be found.\n"
     "Waldheim, the Austrian diplomat who arrived on New Year's Day, also held talks with members of the ruling "
     "Revolutionary Council, among them Abolhassan Bani-Sadr, the economist whom Ghotbzadeh replaced as foreign "
     "minister in late November.\n"
     "But Ayatollah Ruhollah Khomeini refused to receive the U.N. chief in the holy city of Qom, a spokesman "
     "said, and a visit to the hostages held at the U.S. Embassy was called off after the militants holding "
     "them set conditions.\n"
     "President Carter, who telephoned Waldheim before his departure from New York, has said the United States "
     "would not rule out economic sanctions if the mission failed.\n"
     "Crowds chanting \"Death to America\" mobbed Waldheim's motorcade Tuesday when he laid a wreath at a "
     "cemetery for those killed in the revolution.",
     [("MET_WITH", WALDHEIM, GHOTBZADEH, "met Wednesday with Foreign Minister", "1980-01-02"),
      ("LEADS", WALDHEIM, UN, "U.N. Secretary-General Kurt Waldheim"),
      ("LEADS", GHOTBZADEH, IRFM, "Foreign Minister Sadegh Ghotbzadeh"),
      ("MET_WITH", WALDHEIM, BANISADR, "among them Abolhassan Bani-Sadr", "1980-01-02"),
      ("MEMBER_OF", BANISADR, REVCOUNCIL, "members of the ruling Revolutionary Council"),
      ("SUCCESSOR_OF", GHOTBZADEH, BANISADR, "whom Ghotbzadeh replaced as foreign", "1979-11-29"),
      ],
     {"source": AP, "published": "1980-01-02"}),

    ("arSA5_rajai_bahonar_bombing_qabas", "ar",
     "مقتل الرئيس الإيراني ورئيس وزرائه في انفجار بمقر رئاسة الحكومة في طهران\n"
     "طهران - «القبس» - وكالات\n"
     "لقي الرئيس الإيراني محمد علي رجائي ورئيس الوزراء حجة الإسلام محمد جواد باهنر مصرعهما، مساء أمس الأحد، "
     "في انفجار قنبلة داخل مكتب رئاسة الوزراء في طهران خلال اجتماع لمجلس الأمن القومي، على ما أعلنت الإذاعة "
     "الرسمية.\n"
     "واتهمت السلطات الإيرانية منظمة مجاهدي خلق بتدبير الانفجار، فيما لم تصدر المنظمة التي يتزعمها مسعود "
     "رجوي من منفاه الباريسي أي بيان يتبنّى العملية.\n"
     "ويُشتبه في أن مسعود كشميري، أمين سر مجلس الأمن القومي، زرع الحقيبة المفخخة ثم توارى.\n"
     "وكان رجائي قد انتُخب في 24 تموز رئيساً للجمهورية خلفاً لأبي الحسن بني صدر الذي عزله البرلمان في حزيران، "
     "فيما تولّى باهنر رئاسة الحكومة خلفاً له منتصف الشهر الجاري.\n"
     "واستقبل الإمام الخميني في جماران، بعد ساعات من الانفجار، رئيس مجلس الشورى هاشمي رفسنجاني ورئيس المحكمة "
     "العليا آية الله عبد الكريم موسوي أردبيلي، بحضور نجله السيد أحمد الخميني.\n"
     "وتردد أن وزير الداخلية آية الله محمد رضا مهدوي كني قد يُكلَّف برئاسة الحكومة بالوكالة خلفاً لباهنر.\n"
     "وفي دمشق، أجرى الرئيس السوري حافظ الأسد اتصالاً هاتفياً برفسنجاني معزّياً.",
     [("LEADS", RAJAI, IRAN, "الرئيس الإيراني محمد علي رجائي"),
      ("LEADS", BAHONAR, IRAN, "ورئيس الوزراء حجة الإسلام محمد جواد باهنر"),
      ("LEADS", RAJAVI, MEK, "التي يتزعمها مسعود"),
      ("SUCCESSOR_OF", RAJAI, BANISADR, "خلفاً لأبي الحسن بني صدر", "1981-07-24"),
      ("SUCCESSOR_OF", BAHONAR, RAJAI, "تولّى باهنر رئاسة الحكومة خلفاً له", "1981-08-15"),
      ("LEADS", RAFSANJANI, PARL, "رئيس مجلس الشورى هاشمي رفسنجاني"),
      ("LEADS", ASSAD, SYRIA, "الرئيس السوري حافظ الأسد"),
      ] + met_group({KHOMEINI: "واستقبل الإمام الخميني في جماران", RAFSANJANI: "هاشمي رفسنجاني ورئيس المحكمة",
                     ARDEBILI: "آية الله عبد الكريم موسوي أردبيلي، بحضور",
                     AHMAD: "بحضور نجله السيد أحمد الخميني"}, "1981-08-30"),
     {"source": QABAS, "published": "1981-08-31"}),

    ("enSA6_banisadr_flight_reuters", "en",
     "Ousted Iranian president Bani-Sadr flees to France\n"
     "PARIS, July 29 (Reuters) - Abolhassan Bani-Sadr, who was dismissed as Iran's first president last month, "
     "arrived in France on Wednesday aboard a hijacked Iranian air force Boeing 707 together with Massoud Rajavi, "
     "the leader of the left-wing People's Mujahideen guerrilla organisation.\n"
     "The plane, flown by Colonel Behzad Moezzi, landed at the Evreux military air base in Normandy after "
     "crossing Turkish airspace, French officials said.\n"
     "A French Foreign Ministry spokesman said the two men would be granted political asylum on condition that "
     "they refrained from political activity on French soil. A meeting with President Francois Mitterrand was "
     "not planned, the Elysee said.\n"
     "Bani-Sadr was impeached by the Majlis on June 21 for political incompetence and dismissed the next day by "
     "Ayatollah Ruhollah Khomeini. He had since been in hiding in Tehran, where he met Rajavi several times, a "
     "Mujahideen spokesman said.\n"
     "Prime Minister Mohammad-Ali Rajai was elected last Friday to succeed Bani-Sadr, winning nearly 88 per "
     "cent of the vote.\n"
     "Tehran radio called the fugitives \"traitors\" and said Iran would demand their extradition.",
     [("LEADS", RAJAVI, MEK, "the leader of the left-wing People's Mujahideen"),
      ("MET_WITH", BANISADR, RAJAVI, "where he met Rajavi several times", "1981-07"),
      ("LEADS", RAJAI, IRAN, "Prime Minister Mohammad-Ali Rajai"),
      ("SUCCESSOR_OF", RAJAI, BANISADR, "was elected last Friday to succeed Bani-Sadr", "1981-07-24"),
      ],
     {"source": REUTERS, "published": "1981-07-29"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setSA")
