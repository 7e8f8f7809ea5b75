"""Blind set MD: envoys and ministers in Beirut, IRGC officers killed in Syria, Saudi-Houthi talks, Hamas's
military commanders killed in Gaza and Syria's new foreign minister in Riyadh, 2020-2025; as the Lebanese
state agency writes it in English and in Arabic (NNA-like: "NNA -", "وطنية -", long protocol titles), the
Iranian state agency in English (IRNA-like: "Tehran, IRNA -", "martyred"), a Yemeni news site
("صنعاء - «يمن مونيتور» - خاص:"), an Israeli English TV site (i24NEWS-like) and a Syrian TV site
("تلفزيون سوريا - الرياض").
Pieces: Joseph Aoun receives Ortagus with Johnson, Ortagus meets Salam and Berri, Joseph Aoun after Michel
Aoun, Salam after Mikati, Haykal after Joseph Aoun at the army, Yazid bin Farhan's talks with Aoun (English);
Aoun receives Larijani with Amani, Berri receives Larijani with Ali Hassan Khalil, Larijani after Ahmadian,
Ghalibaf meets Berri and Mikati in Beirut (Arabic); Zahedi and Haji Rahimi killed by Israeli jets in
Damascus, Qaani after Soleimani, Soleimani killed by the United States, Amir-Abdollahian meets Assad and
Mekdad in Damascus (English); Al Jaber meets al-Mashat with Abdulsalam in Sanaa, Khalid bin Salman receives
Abdulsalam in Riyadh, al-Alimi after Hadi (Arabic); Mohammed Sinwar and Shabana killed by the IDF, Mohammed
Sinwar after Deif, Deif killed by Israel, Issa killed by the IDF (English); al-Shaibani, Abu Qasra and Khattab
received by Faisal bin Farhan in Riyadh, al-Shaibani after al-Sabbagh, Fidan received by al-Sharaa in
Damascus (Arabic).
Excluded on purpose (no relation): Ortagus, who "did not meet" Hezbollah officials, her cancelled visit to
the south, and Le Drian's phone call with Berri (MD1); Salam's meeting with Larijani, only "scheduled", and
Qassem, with whom "no meeting was announced" (MD2); Razi Mousavi, killed "in what Tehran called" an Israeli
strike (a claim by the victim's side), and Amir-Abdollahian's phone call with Guterres (MD3); Grundberg's
call to al-Alimi and the meeting with US officials that al-Mashat's office denied (MD4); the killing of
al-Haddad, reported and denied, and Yahya Sinwar, named only as a brother (MD5); the planned visits to Doha
and Amman and al-Sharaa's phone call (MD6).
Judgement calls: someone "accompanied by" the visitor or present "in the presence of" the host is paired
with both and with each other (MD1, MD2); a host who "received the delegation" meets each named member, and
the members are paired with each other (MD6); Ghalibaf "met Berri and Mikati" on one day in separate
meetings, so Berri and Mikati are not paired (MD2); "elected ... succeeding" and "designated ... in place
of" are successions (MD1); "Aoun's successor at the head of the army" gives Haykal -> Joseph Aoun (MD1);
"Israeli fighter jets struck" gives the two officers -> Israel (MD3); "assassinated by the United States"
gives Soleimani -> the United States (MD3); "the Israeli army confirmed it had killed" and "the army said it
also killed" give the IDF as killer (MD5); "took over ... after Deif was killed in an Israeli strike" gives a
succession and a killing by Israel (MD5); al-Alimi took over "in place of" Hadi (MD4). Filled in for the
exercise: Johnson's presence and the cancelled southern visit (MD1), Amani's and Khalil's presence and the
scheduled Salam meeting (MD2), Abdulsalam's presence in Sanaa, Grundberg's call and the denial (MD4), the
Haddad report (MD5), the phone call and the day of the Riyadh reception (MD6).
Spellings: "Gen. Joseph Aoun", "Premier Nawaf Salam" (MD1); "لاريجاني", "مجتبى أماني", "محمد باقر قاليباف"
(MD2); "Mohammad Hadi Haj Rahimi", "Esmaeil Qaani", "Qassem Soleimani", "Faisal Meqdad" (MD3); "محمد آل
جابر", "محمد عبدالسلام" joined, "المشاط" (MD4); "Mohammed Deif", "Mohammad Sinwar" (MD5); "أسعد حسن
الشيباني", "هاكان فيدان" (MD6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_md import ALL  # noqa: E402

HERE = Path(__file__).parent

ISRAEL, IRAN, SYRIA, LEBANON, US = (
    "country:israel", "country:iran", "country:syria", "country:lebanon", "country:united-states")
BEIRUT, DAMASCUS, RIYADH, SANAA = "location:beirut", "location:damascus", "location:riyadh", "location:sanaa"
LEBPARL, LEBARMY, SNSC, QUDS, IRGC, IRFM, SYRFM, SAUFM, SPC, PLC, HOUTHIS, QASSAM, IDF = (
    "organization:lebanese-parliament", "organization:lebanese-army",
    "organization:supreme-national-security-council", "organization:quds-force", "organization:irgc",
    "organization:iranian-foreign-ministry", "organization:syrian-foreign-ministry",
    "organization:saudi-foreign-ministry", "organization:houthi-supreme-political-council",
    "organization:presidential-leadership-council", "organization:houthis", "organization:al-qassam-brigades",
    "organization:israel-defense-forces")
JAOUN, MAOUN, SALAM, MIKATI, BERRI, HAYKAL, ORTAGUS, JOHNSON, YAZID = (
    "person:joseph-aoun", "person:michel-aoun", "person:nawaf-salam", "person:najib-mikati", "person:nabih-berri",
    "person:rodolphe-haykal", "person:morgan-ortagus", "person:lisa-johnson", "person:yazid-bin-farhan")
LARIJANI, AHMADIAN, AMANI, KHALIL, GHALIBAF = (
    "person:ali-larijani", "person:ali-akbar-ahmadian", "person:mojtaba-amani", "person:ali-hassan-khalil",
    "person:mohammad-bagher-ghalibaf")
ZAHEDI, RAHIMI, QAANI, SOLEIMANI, AMIRABDOLLAHIAN, ASSAD, MEKDAD = (
    "person:mohammad-reza-zahedi", "person:mohammad-hadi-haji-rahimi", "person:esmail-qaani",
    "person:qasem-soleimani", "person:hossein-amir-abdollahian", "person:bashar-al-assad", "person:faisal-mekdad")
JABER, MASHAT, ABDULSALAM, KBS, ALIMI, HADI = (
    "person:mohammed-al-jaber", "person:mahdi-al-mashat", "person:mohammed-abdulsalam", "person:khalid-bin-salman",
    "person:rashad-al-alimi", "person:abdrabbuh-mansur-hadi")
MSINWAR, DEIF, ISSA, SHABANA = (
    "person:mohammed-sinwar", "person:mohammed-deif", "person:marwan-issa", "person:mohammed-shabana")
SHAIBANI, ABUQASRA, KHATTAB, FAISAL, SABBAGH, SHARAA, FIDAN = (
    "person:asaad-al-shaibani", "person:murhaf-abu-qasra", "person:anas-khattab", "person:faisal-bin-farhan",
    "person:bassam-al-sabbagh", "person:ahmed-al-sharaa", "person:hakan-fidan")


def _group(members: dict, date: str | None = None) -> list:
    """MET_WITH between every two members of a meeting; the needle is the later member's."""
    keys = list(members)
    out = []
    for i, a in enumerate(keys):
        for b in keys[i + 1:]:
            out.append(("MET_WITH", a, b, members[b], date) if date else ("MET_WITH", a, b, members[b]))
    return out


_BAABDA = {JAOUN: "President of the Republic, Gen. Joseph Aoun, received on Saturday",
           ORTAGUS: "the US Deputy Special Envoy to the Middle East, Morgan Ortagus",
           JOHNSON: "accompanied by US Ambassador Lisa Johnson"}
_LARIJANI = {JAOUN: "استقبل رئيس الجمهورية العماد جوزاف عون",
             LARIJANI: "أمين المجلس الأعلى للأمن القومي الإيراني علي لاريجاني",
             AMANI: "يرافقه سفير الجمهورية الإسلامية في لبنان مجتبى أماني"}
_TINEH = {LARIJANI: "حيث التقاه رئيس مجلس النواب نبيه بري", BERRI: "حيث التقاه رئيس مجلس النواب نبيه بري",
          KHALIL: "في حضور المعاون السياسي لرئيس المجلس النائب علي حسن خليل"}
_SANAA = {JABER: "التقى السفير السعودي لدى اليمن محمد آل جابر",
          MASHAT: "رئيس المجلس السياسي الأعلى التابع للجماعة مهدي المشاط",
          ABDULSALAM: "وشارك في اللقاء كبير مفاوضي الجماعة محمد عبدالسلام"}
_RIYADH = {SHAIBANI: "وزير الخارجية في الحكومة السورية الانتقالية أسعد حسن الشيباني",
           ABUQASRA: "وزير الدفاع مرهف أبو قصرة", KHATTAB: "ورئيس جهاز الاستخبارات العامة أنس خطاب",
           FAISAL: "واستقبل وزير الخارجية السعودي الأمير فيصل بن فرحان الوفد"}

ARTICLES = [
    ("enMD1_aoun_ortagus_baabda", "en",
     "President Aoun receives Ortagus at Baabda\n"
     "NNA - President of the Republic, Gen. Joseph Aoun, received on Saturday at Baabda Palace the US Deputy "
     "Special Envoy to the Middle East, Morgan Ortagus, accompanied by US Ambassador Lisa Johnson. Talks "
     "covered the situation in the South and the reform programme.\n"
     "The envoy later met Premier Nawaf Salam at the Grand Serail, then House Speaker Nabih Berri in Ain "
     "al-Tineh.\n"
     "Aoun was elected by Parliament on January 9, succeeding Michel Aoun, whose term ended in October 2022, and "
     "designated Judge Salam to form the government in place of Najib Mikati.\n"
     "Aoun's successor at the head of the army, Brig. Gen. Rodolphe Haykal, was appointed commander by the "
     "Cabinet on March 13.\n"
     "Ortagus did not meet any Hezbollah officials, and a planned tour of the South was cancelled.\n"
     "Last month, Saudi envoy Prince Yazid bin Farhan held talks with Aoun in Baabda, while French envoy "
     "Jean-Yves Le Drian spoke to Speaker Berri by telephone.",
     _group(_BAABDA, "2025-04-05") + [
      ("LEADS", JAOUN, LEBANON, "President of the Republic, Gen. Joseph Aoun, received on Saturday"),
      ("MET_WITH", ORTAGUS, SALAM, "The envoy later met Premier Nawaf Salam", "2025-04-05"),
      ("MET_WITH", ORTAGUS, BERRI, "then House Speaker Nabih Berri in Ain", "2025-04-05"),
      ("LEADS", BERRI, LEBPARL, "then House Speaker Nabih Berri in Ain"),
      ("SUCCESSOR_OF", JAOUN, MAOUN, "succeeding Michel Aoun, whose term ended", "2025-01-09"),
      ("SUCCESSOR_OF", SALAM, MIKATI, "in place of Najib Mikati", "2025-01-13"),
      ("SUCCESSOR_OF", HAYKAL, JAOUN, "Aoun's successor at the head of the army", "2025-03-13"),
      ("LEADS", HAYKAL, LEBARMY, "Aoun's successor at the head of the army"),
      ("MET_WITH", YAZID, JAOUN, "held talks with Aoun in Baabda", "2025-03"),
      ],
     {"source": "blind set (Lebanese state agency, English service, NNA-like)", "published": "2025-04-05"}),

    ("arMD2_larijani_baabda_ain_tineh", "ar",
     "لاريجاني في بعبدا وعين التينة\n"
     "وطنية - استقبل رئيس الجمهورية العماد جوزاف عون، قبل ظهر اليوم في قصر بعبدا، أمين المجلس الأعلى للأمن "
     "القومي الإيراني علي لاريجاني، يرافقه سفير الجمهورية الإسلامية في لبنان مجتبى أماني، وجرى عرض للعلاقات "
     "الثنائية.\n"
     "وأبلغ الرئيس عون ضيفه أن لبنان يرفض «أي تدخل في شؤونه الداخلية».\n"
     "ثم انتقل لاريجاني إلى عين التينة، حيث التقاه رئيس مجلس النواب نبيه بري، في حضور المعاون السياسي لرئيس "
     "المجلس النائب علي حسن خليل.\n"
     "وكان لاريجاني قد عُيّن أميناً للمجلس مطلع الشهر الجاري خلفاً للأميرال علي أكبر أحمديان.\n"
     "ومن المقرر أن يلتقي رئيس مجلس الوزراء نواف سلام الضيف الإيراني مساءً في السرايا، فيما لم يُعلن عن لقاء "
     "مع الأمين العام لـ«حزب الله» الشيخ نعيم قاسم.\n"
     "وكان رئيس مجلس الشورى الإسلامي الإيراني محمد باقر قاليباف قد زار بيروت في تشرين الأول الماضي، والتقى "
     "بري وميقاتي.",
     _group(_LARIJANI, "2025-08-13") + _group(_TINEH, "2025-08-13") + [
      ("LEADS", JAOUN, LEBANON, "استقبل رئيس الجمهورية العماد جوزاف عون"),
      ("LEADS", LARIJANI, SNSC, "أمين المجلس الأعلى للأمن القومي الإيراني علي لاريجاني"),
      ("LEADS", BERRI, LEBPARL, "حيث التقاه رئيس مجلس النواب نبيه بري"),
      ("SUCCESSOR_OF", LARIJANI, AHMADIAN, "خلفاً للأميرال علي أكبر أحمديان", "2025-08"),
      ("VISITED", GHALIBAF, BEIRUT, "قد زار بيروت في تشرين الأول الماضي", "2024-10-12"),
      ("MET_WITH", GHALIBAF, BERRI, "والتقى بري وميقاتي", "2024-10-12"),
      ("MET_WITH", GHALIBAF, MIKATI, "والتقى بري وميقاتي", "2024-10-12"),
      ],
     {"source": "blind set (Lebanese state agency, Arabic, NNA-like)", "published": "2025-08-13"}),

    ("enMD3_irna_zahedi_qaani", "en",
     "IRGC commemorates General Zahedi, comrades martyred in Damascus\n"
     "Tehran, IRNA - The Islamic Revolution Guards Corps (IRGC) on Monday commemorated Brigadier General "
     "Mohammad Reza Zahedi, the senior commander of its Quds Force in Syria and Lebanon, who was martyred along "
     "with his deputy, General Mohammad Hadi Haj Rahimi, when Israeli fighter jets struck the consular section "
     "of the Iranian embassy in Damascus on April 1.\n"
     "In December, Sayyed Razi Mousavi, a veteran IRGC adviser in Syria, was martyred in the Sayyida Zeinab "
     "area in what Tehran called a Zionist missile strike.\n"
     "Quds Force commander Brigadier General Esmaeil Qaani, who succeeded Lieutenant General Qassem Soleimani "
     "after the latter was assassinated by the United States at Baghdad airport in January 2020, vowed revenge.\n"
     "Foreign Minister Hossein Amir-Abdollahian travelled to Damascus a week after the attack and met President "
     "Bashar al-Assad and his Syrian counterpart, Faisal Meqdad.\n"
     "He also held a telephone conversation with UN Secretary-General Antonio Guterres.",
     [("ASSASSINATED_BY", ZAHEDI, ISRAEL, "when Israeli fighter jets struck the consular section", "2024-04-01"),
      ("ASSASSINATED_BY", RAHIMI, ISRAEL, "when Israeli fighter jets struck the consular section", "2024-04-01"),
      ("MEMBER_OF", ZAHEDI, QUDS, "the senior commander of its Quds Force in Syria and Lebanon"),
      ("MEMBER_OF", RAHIMI, QUDS, "with his deputy, General Mohammad Hadi Haj Rahimi"),
      ("MEMBER_OF", ZAHEDI, IRGC, "The Islamic Revolution Guards Corps (IRGC) on Monday commemorated"),
      ("LEADS", QAANI, QUDS, "Quds Force commander Brigadier General Esmaeil Qaani"),
      ("SUCCESSOR_OF", QAANI, SOLEIMANI, "who succeeded Lieutenant General Qassem Soleimani", "2020-01-03"),
      ("ASSASSINATED_BY", SOLEIMANI, US, "assassinated by the United States at Baghdad airport", "2020-01-03"),
      ("VISITED", AMIRABDOLLAHIAN, DAMASCUS, "travelled to Damascus a week after the attack", "2024-04-08"),
      ("MET_WITH", AMIRABDOLLAHIAN, ASSAD, "and met President", "2024-04-08"),
      ("MET_WITH", AMIRABDOLLAHIAN, MEKDAD, "his Syrian counterpart, Faisal Meqdad", "2024-04-08"),
      ("LEADS", AMIRABDOLLAHIAN, IRFM, "Foreign Minister Hossein Amir-Abdollahian"),
      ("LEADS", ASSAD, SYRIA, "Bashar al-Assad and his Syrian counterpart"),
      ("LEADS", MEKDAD, SYRFM, "his Syrian counterpart, Faisal Meqdad"),
      ],
     {"source": "blind set (Iranian state agency, English, IRNA-like)", "published": "2024-04-15"}),

    ("arMD4_al_jaber_sanaa_mashat", "ar",
     "السفير السعودي في صنعاء للقاء المشاط.. أول زيارة علنية منذ الحرب\n"
     "صنعاء - «يمن مونيتور» - خاص:\n"
     "التقى السفير السعودي لدى اليمن محمد آل جابر، الأحد في صنعاء، رئيس المجلس السياسي الأعلى التابع للجماعة "
     "مهدي المشاط، في أول زيارة علنية لمسؤول سعودي إلى العاصمة منذ اندلاع الحرب، برفقة وفد عُماني.\n"
     "وشارك في اللقاء كبير مفاوضي الجماعة محمد عبدالسلام، الذي وصل من مسقط مع الوفد.\n"
     "وفي سبتمبر من العام نفسه، وصل وفد حوثي برئاسة عبدالسلام إلى الرياض، واستقبله وزير الدفاع السعودي الأمير "
     "خالد بن سلمان، الذي أكد دعم المملكة للحل السياسي.\n"
     "ويرأس مجلس القيادة الرئاسي الدكتور رشاد العليمي منذ أبريل 2022، حين تسلّم السلطة بدلاً من الرئيس عبدربه "
     "منصور هادي الذي نقل صلاحياته كاملة إلى المجلس.\n"
     "وأجرى المبعوث الأممي هانس غروندبرغ اتصالاً بالعليمي لاطلاعه على نتائج الزيارة، فيما نفى مكتب المشاط "
     "تقارير عن لقاء جمعه بمسؤولين أمريكيين.",
     _group(_SANAA, "2023-04-09") + [
      ("VISITED", JABER, SANAA, "الأحد في صنعاء", "2023-04-09"),
      ("VISITED", ABDULSALAM, SANAA, "الذي وصل من مسقط مع الوفد", "2023-04-09"),
      ("LEADS", MASHAT, SPC, "رئيس المجلس السياسي الأعلى التابع للجماعة مهدي المشاط"),
      ("MEMBER_OF", ABDULSALAM, HOUTHIS, "وشارك في اللقاء كبير مفاوضي الجماعة محمد عبدالسلام"),
      ("VISITED", ABDULSALAM, RIYADH, "وصل وفد حوثي برئاسة عبدالسلام إلى الرياض", "2023-09-14"),
      ("MET_WITH", ABDULSALAM, KBS, "واستقبله وزير الدفاع السعودي الأمير", "2023-09-19"),
      ("LEADS", ALIMI, PLC, "ويرأس مجلس القيادة الرئاسي الدكتور رشاد العليمي"),
      ("SUCCESSOR_OF", ALIMI, HADI, "حين تسلّم السلطة بدلاً من الرئيس عبدربه", "2022-04-07"),
      ],
     {"source": "blind set (Yemeni Arabic news site)", "published": "2023-04-10"}),

    ("enMD5_i24_mohammed_sinwar", "en",
     "IDF confirms Mohammad Sinwar killed in Khan Younis strike\n"
     "The Israeli army confirmed on Sunday that it had killed Mohammad Sinwar, the head of Hamas's military wing "
     "in Gaza and the younger brother of the late Hamas leader Yahya Sinwar, in an airstrike on a tunnel beneath "
     "the European Hospital in Khan Younis on May 13.\n"
     "The army said it also killed Rafah Brigade commander Mohammed Shabana in the same strike.\n"
     "Sinwar took over the Qassam Brigades after the group's longtime commander, Mohammed Deif, was killed in an "
     "Israeli strike in the al-Mawasi area in July 2024.\n"
     "Deif's deputy, Marwan Issa, was killed by the IDF in a strike on a compound in the Nuseirat camp in March "
     "2024.\n"
     "A Saudi television report that Gaza City commander Izz al-Din al-Haddad had also been killed was denied by "
     "Hamas, and i24NEWS could not verify it.",
     [("ASSASSINATED_BY", MSINWAR, IDF, "it had killed Mohammad Sinwar", "2025-05-13"),
      ("LEADS", MSINWAR, QASSAM, "the head of Hamas's military wing"),
      ("ASSASSINATED_BY", SHABANA, IDF, "The army said it also killed Rafah Brigade commander", "2025-05-13"),
      ("SUCCESSOR_OF", MSINWAR, DEIF, "Sinwar took over the Qassam Brigades after", "2024-07"),
      ("LEADS", DEIF, QASSAM, "the group's longtime commander, Mohammed Deif"),
      ("ASSASSINATED_BY", DEIF, ISRAEL, "was killed in an Israeli strike in the al-Mawasi area", "2024-07-13"),
      ("ASSASSINATED_BY", ISSA, IDF, "was killed by the IDF in a strike", "2024-03-10"),
      ],
     {"source": "blind set (Israeli English TV site, i24NEWS-like)", "published": "2025-06-08"}),

    ("arMD6_shaibani_riyadh", "ar",
     "الشيباني يصل إلى الرياض في أول زيارة خارجية للإدارة السورية الجديدة\n"
     "تلفزيون سوريا - الرياض\n"
     "وصل وزير الخارجية في الحكومة السورية الانتقالية أسعد حسن الشيباني، مساء الأربعاء، إلى العاصمة السعودية "
     "الرياض، على رأس وفد يضم وزير الدفاع مرهف أبو قصرة ورئيس جهاز الاستخبارات العامة أنس خطاب، في أول "
     "زيارة رسمية لمسؤولين في الإدارة الجديدة إلى الخارج.\n"
     "واستقبل وزير الخارجية السعودي الأمير فيصل بن فرحان الوفد في مقر الوزارة صباح الخميس، وبحث معه سبل دعم "
     "المرحلة الانتقالية ورفع العقوبات.\n"
     "وكان الشيباني قد عُيّن في منصبه في 21 كانون الأول خلفاً لبسام الصباغ، آخر وزراء خارجية النظام المخلوع.\n"
     "ومن المقرر أن يزور الوفد الدوحة وعمّان خلال الأيام المقبلة، فيما تلقى قائد الإدارة الجديدة أحمد الشرع "
     "اتصالاً من ولي العهد السعودي.\n"
     "وكان الشرع قد استقبل في قصر الشعب بدمشق، الأحد قبل الماضي، وزير الخارجية التركي هاكان فيدان، في أول "
     "زيارة لوزير خارجية أجنبي بعد سقوط الأسد.",
     _group(_RIYADH, "2025-01-02") + [
      ("LEADS", SHAIBANI, SYRFM, "وزير الخارجية في الحكومة السورية الانتقالية أسعد حسن الشيباني"),
      ("VISITED", SHAIBANI, RIYADH, "إلى العاصمة السعودية", "2025-01-01"),
      ("VISITED", ABUQASRA, RIYADH, "إلى العاصمة السعودية", "2025-01-01"),
      ("VISITED", KHATTAB, RIYADH, "إلى العاصمة السعودية", "2025-01-01"),
      ("LEADS", FAISAL, SAUFM, "واستقبل وزير الخارجية السعودي الأمير فيصل بن فرحان الوفد"),
      ("SUCCESSOR_OF", SHAIBANI, SABBAGH, "خلفاً لبسام الصباغ", "2024-12-21"),
      ("MET_WITH", SHARAA, FIDAN, "وزير الخارجية التركي هاكان فيدان", "2024-12-22"),
      ("VISITED", FIDAN, DAMASCUS, "وكان الشرع قد استقبل في قصر الشعب بدمشق", "2024-12-22"),
      ("LEADS", SHARAA, SYRIA, "قائد الإدارة الجديدة أحمد الشرع"),
      ],
     {"source": "blind set (Syrian Arabic TV site)", "published": "2025-01-02"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setMD")
