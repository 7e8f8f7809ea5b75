"""Blind set KB: Gulf state news agencies' protocol copy, 2024-2025, in Arabic and English (KUNA / WAM /
SPA / ONA-like: "استقبل حضرة صاحب السمو ...", "received in audience", "conveyed the greetings of",
"attended the audience", long strings of titles, "H.H.", "H.E.", "Sheikh", "حفظه الله ورعاه").
Pieces: Sheikh Sabah Khalid al-Hamad sworn in as crown prince before the Emir at Bayan Palace, the prime
minister and the Amiri Diwan minister attending (Arabic, KUNA); Sheikh Mohamed bin Zayed receives Ahmed
al-Sharaa at Qasr Al Shati with Sheikh Tahnoun and al-Shaibani, Sheikh Khaled bin Mohamed at the airport
(English, WAM); Albusaidi hosts Araghchi and Witkoff in Muscat, the brief direct exchange at the end
(Arabic, ONA); the Saudi crown prince receives Araghchi at Al-Yamamah Palace, Prince Faisal's talks with
him earlier (English, SPA); the Saudi crown prince receives President Joseph Aoun (Arabic, SPA); Kuwait's
cabinet of Sheikh Ahmad Abdullah sworn in before the Amir, the prime ministers' succession since January
2024 (English, KUNA).
Excluded on purpose (no relation): congratulatory cables from Gulf leaders and receptions of well-wishers
"scheduled" for next week (KB1); Sheikh Mohamed's phone call with al-Sharaa in January (KB2); the indirect
exchange of messages between the two delegations in separate rooms, and the next round "agreed" for next
week (KB3); greetings conveyed to and from President Pezeshkian, and Araghchi "expected to" go on to Doha
(KB4); Aoun's invitation to the crown prince to visit Lebanon (KB5); Sheikh Mohammad Sabah al-Salem's cable
of thanks, and a crown prince "expected to" be named within a year (KB6).
Judgement calls: an oath sworn before the Emir with others present is a meeting of all present (KB1, KB6);
Sheikh Sabah Khalid is the successor of Sheikh Meshal in the crown prince's post the latter left when he
became Emir (KB1); the two heads of delegation who "spoke directly for a few minutes in the presence of the
minister" met (KB3); those who welcomed a guest at the airport met him, and each other (KB2, KB5).
Events follow the public record as far as the writer knew it; some minor details (who sat in on an
audience, who was at the airport, the day of a ceremony) are filled in for the exercise.
Spellings: صباح خالد الحمد المبارك الصباح (KB1), "Asaad Hassan al-Shaibani" and "the guest" (KB2), ستيفن
ويتكوف and "رئيسا الوفدين" (KB3), "HRH the Crown Prince" (KB4), جوزيف عون and فخامته (KB5), "His Highness the
Amir" and Sheikh Dr. Mohammad Sabah Al-Salem (KB6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_kd import ALL  # noqa: E402

HERE = Path(__file__).parent

KUWAIT, UAE, SYRIA, OMAN, IRAN, USA, SAUDI, LEBANON = (
    "country:kuwait", "country:united-arab-emirates", "country:syria", "country:oman", "country:iran",
    "country:united-states", "country:saudi-arabia", "country:lebanon")
KUWGOV, DIWAN, KUWINT, SYRFM, OMFM, IRFM, USSTATE, SAUFM = (
    "organization:kuwaiti-government", "organization:kuwaiti-amiri-diwan", "organization:kuwaiti-interior-ministry",
    "organization:syrian-foreign-ministry", "organization:omani-foreign-ministry", "organization:iranian-foreign-ministry",
    "organization:us-state-department", "organization:saudi-foreign-ministry")
BAYAN, SHATI, ABUDHABI, MUSCAT, YAMAMAH, RIYADH = (
    "location:bayan-palace", "location:qasr-al-shati", "location:abu-dhabi", "location:muscat",
    "location:al-yamamah-palace", "location:riyadh")
MESHAL, NAWAF, SABAHKH, AHMADABD, AHMADNAWAF, MSALEM, YAHYA = (
    "person:meshal-al-ahmad-al-jaber-al-sabah", "person:nawaf-al-ahmad-al-sabah", "person:sabah-al-khalid-al-sabah",
    "person:ahmad-abdullah-al-ahmad-al-sabah", "person:ahmad-nawaf-al-ahmad", "person:mohammad-sabah-al-salem",
    "person:abdullah-al-yahya")
MBZ, SHARAA, TAHNOUN, SHAIBANI = ("person:mohamed-bin-zayed", "person:ahmed-al-sharaa", "person:tahnoun-bin-zayed",
                                  "person:asaad-al-shaibani")
ALBUSAIDI, ARAGHCHI, RAVANCHI, WITKOFF, HAITHAM = (
    "person:badr-albusaidi", "person:abbas-araghchi", "person:majid-takht-ravanchi", "person:steve-witkoff",
    "person:haitham-bin-tarik")
MBS, FAISAL, ENAYATI, PEZESHKIAN, AOUN, MBARIYADH = (
    "person:mohammed-bin-salman", "person:faisal-bin-farhan", "person:alireza-enayati", "person:masoud-pezeshkian",
    "person:joseph-aoun", "person:mohammed-bin-abdulrahman-bin-abdulaziz")
# new to the tables
MUBARAK, KHALED, ESCROGIMA, SATI, KABBARA, FAHADYS = (
    "person:mohammad-abdullah-al-mubarak-al-sabah", "person:khaled-bin-mohamed-bin-zayed", "person:ana-escrogima",
    "person:saud-al-sati", "person:fawzi-kabbara", "person:fahad-yousef-saud-al-sabah")

ARTICLES = [
    ("arKB1_sabah_khalid_oath_crown_prince", "ar",
     "سمو الشيخ صباح خالد الحمد يؤدي اليمين الدستورية ولياً للعهد أمام حضرة صاحب السمو أمير البلاد\n"
     "الكويت - 2 - 6 (كونا) -- أدى سمو الشيخ صباح خالد الحمد المبارك الصباح اليمين الدستورية ولياً للعهد "
     "أمام حضرة صاحب السمو أمير البلاد الشيخ مشعل الأحمد الجابر الصباح حفظه الله ورعاه، وذلك في قصر بيان "
     "صباح اليوم.\n"
     "وحضر مراسم أداء اليمين سمو الشيخ أحمد عبدالله الأحمد الصباح رئيس مجلس الوزراء، ووزير شؤون الديوان "
     "الأميري الشيخ محمد عبدالله المبارك الصباح.\n"
     "وكان حضرة صاحب السمو أمير البلاد قد أصدر أمس أمراً أميرياً بتزكية سموه ولياً للعهد، ليتولى المنصب "
     "الذي شغله سمو الأمير نفسه قبل أن يتولى مسند الإمارة في ديسمبر الماضي خلفاً للأمير الراحل الشيخ نواف "
     "الأحمد الجابر الصباح طيب الله ثراه.\n"
     "وتلقى سمو ولي العهد برقيات تهنئة من أصحاب الجلالة والسمو قادة دول مجلس التعاون لدول الخليج العربية، "
     "ومن المقرر أن يستقبل سموه المهنئين في قصر بيان الأسبوع المقبل.",
     [("MET_WITH", SABAHKH, MESHAL, "أدى سمو الشيخ صباح خالد الحمد", "2024-06-02"),
      ("MET_WITH", AHMADABD, MESHAL, "وحضر مراسم أداء اليمين", "2024-06-02"),
      ("MET_WITH", AHMADABD, SABAHKH, "وحضر مراسم أداء اليمين", "2024-06-02"),
      ("MET_WITH", MUBARAK, MESHAL, "ووزير شؤون الديوان", "2024-06-02"),
      ("MET_WITH", MUBARAK, SABAHKH, "ووزير شؤون الديوان", "2024-06-02"),
      ("MET_WITH", MUBARAK, AHMADABD, "ووزير شؤون الديوان", "2024-06-02"),
      ("SUCCESSOR_OF", SABAHKH, MESHAL, "الذي شغله سمو الأمير نفسه", "2024-06-01"),
      ("SUCCESSOR_OF", MESHAL, NAWAF, "خلفاً للأمير الراحل", "2023-12"),
      ("LEADS", MESHAL, KUWAIT, "أمير البلاد الشيخ مشعل"),
      ("LEADS", AHMADABD, KUWGOV, "الأحمد الصباح رئيس مجلس الوزراء"),
      ("LEADS", MUBARAK, DIWAN, "ووزير شؤون الديوان"),
      ("LOCATED_IN", BAYAN, KUWAIT, "وذلك في قصر بيان"),
      ],
     {"source": "blind set (Gulf state news agency, Arabic)", "published": "2024-06-02"}),

    ("enKB2_mbz_receives_sharaa_qasr_al_shati", "en",
     "UAE President receives Syrian President at Qasr Al Shati\n"
     "ABU DHABI, 13th April, 2025 (WAM) -- His Highness Sheikh Mohamed bin Zayed Al Nahyan, President of the "
     "UAE, today received His Excellency Ahmed al-Sharaa, President of the Syrian Arab Republic, at Qasr Al "
     "Shati in Abu Dhabi, on his first official visit to the country.\n"
     "During the meeting, His Highness and the Syrian President discussed fraternal relations and ways to "
     "support Syria's unity, stability and reconstruction, in a way that fulfils the aspirations of its people.\n"
     "The meeting was attended by H.H. Sheikh Tahnoun bin Zayed Al Nahyan, Deputy Ruler of Abu Dhabi and "
     "National Security Advisor. Asaad Hassan al-Shaibani, Minister of Foreign Affairs of Syria, who is "
     "accompanying the guest, also attended.\n"
     "Earlier in the day, H.H. Sheikh Khaled bin Mohamed bin Zayed Al Nahyan, Crown Prince of Abu Dhabi, "
     "welcomed the Syrian President on his arrival at the Presidential Airport.\n"
     "Sheikh Mohamed had congratulated al-Sharaa on assuming the presidency in a phone call in January.",
     [("MET_WITH", MBZ, SHARAA, "today received His Excellency Ahmed al-Sharaa", "2025-04-13"),
      ("MET_WITH", TAHNOUN, MBZ, "The meeting was attended by", "2025-04-13"),
      ("MET_WITH", TAHNOUN, SHARAA, "The meeting was attended by", "2025-04-13"),
      ("MET_WITH", SHAIBANI, MBZ, "accompanying the guest, also attended", "2025-04-13"),
      ("MET_WITH", SHAIBANI, SHARAA, "accompanying the guest, also attended", "2025-04-13"),
      ("MET_WITH", SHAIBANI, TAHNOUN, "accompanying the guest, also attended", "2025-04-13"),
      ("MET_WITH", KHALED, SHARAA, "welcomed the Syrian President on his arrival", "2025-04-13"),
      ("LEADS", MBZ, UAE, "Sheikh Mohamed bin Zayed Al Nahyan, President of the"),
      ("LEADS", SHARAA, SYRIA, "Ahmed al-Sharaa, President of the Syrian Arab Republic"),
      ("LEADS", SHAIBANI, SYRFM, "Minister of Foreign Affairs of Syria"),
      ("VISITED", SHARAA, ABUDHABI, "on his first official visit to the country", "2025-04-13"),
      ("LOCATED_IN", SHATI, ABUDHABI, "Shati in Abu Dhabi"),
      ],
     {"source": "blind set (Gulf state news agency, English)", "published": "2025-04-13"}),

    ("arKB3_albusaidi_araghchi_witkoff_muscat", "ar",
     "سلطنة عُمان تستضيف جولة محادثات بين إيران والولايات المتحدة\n"
     "مسقط في 12 أبريل /العُمانية/ استضافت سلطنة عُمان اليوم، بتوجيهات سامية من حضرة صاحب الجلالة السلطان "
     "هيثم بن طارق المعظم، جولة من المحادثات غير المباشرة بين الجمهورية الإسلامية الإيرانية والولايات المتحدة "
     "الأمريكية، بوساطة من معالي السيد بدر بن حمد البوسعيدي وزير الخارجية.\n"
     "واستقبل معاليه معالي عباس عراقجي وزير خارجية الجمهورية الإسلامية الإيرانية، بحضور مجيد تخت روانجي "
     "نائب وزير الخارجية الإيراني، ثم استقبل في لقاء منفصل ستيفن ويتكوف المبعوث الخاص للرئيس الأمريكي، "
     "بحضور سعادة آنا إسكروغيما سفيرة الولايات المتحدة الأمريكية المعتمدة لدى سلطنة عُمان.\n"
     "وتبادل الجانبان الرسائل عبر معالي الوزير من قاعتين منفصلتين على مدى أكثر من ساعتين ونصف الساعة.\n"
     "وفي ختام الجولة، تحدث رئيسا الوفدين مباشرة لبضع دقائق بحضور معالي وزير الخارجية لدى مغادرتهما مقر "
     "المحادثات.\n"
     "وأعرب معالي السيد وزير الخارجية عن تقديره للأجواء الإيجابية، مشيراً إلى أن الجانبين اتفقا على عقد "
     "جولة ثانية الأسبوع المقبل.",
     [("MET_WITH", ALBUSAIDI, ARAGHCHI, "واستقبل معاليه معالي عباس عراقجي", "2025-04-12"),
      ("MET_WITH", RAVANCHI, ALBUSAIDI, "بحضور مجيد تخت روانجي", "2025-04-12"),
      ("MET_WITH", RAVANCHI, ARAGHCHI, "بحضور مجيد تخت روانجي", "2025-04-12"),
      ("MET_WITH", ALBUSAIDI, WITKOFF, "ثم استقبل في لقاء منفصل ستيفن ويتكوف", "2025-04-12"),
      ("MET_WITH", ESCROGIMA, ALBUSAIDI, "بحضور سعادة آنا إسكروغيما", "2025-04-12"),
      ("MET_WITH", ESCROGIMA, WITKOFF, "بحضور سعادة آنا إسكروغيما", "2025-04-12"),
      ("MET_WITH", ARAGHCHI, WITKOFF, "تحدث رئيسا الوفدين مباشرة", "2025-04-12"),
      ("LEADS", HAITHAM, OMAN, "هيثم بن طارق المعظم"),
      ("LEADS", ALBUSAIDI, OMFM, "بدر بن حمد البوسعيدي وزير الخارجية"),
      ("LEADS", ARAGHCHI, IRFM, "وزير خارجية الجمهورية الإسلامية الإيرانية"),
      ("MEMBER_OF", RAVANCHI, IRFM, "نائب وزير الخارجية الإيراني"),
      ("MEMBER_OF", ESCROGIMA, USSTATE, "سفيرة الولايات المتحدة الأمريكية المعتمدة"),
      ],
     {"source": "blind set (Gulf state news agency, Arabic)", "published": "2025-04-12"}),

    ("enKB4_mbs_receives_araghchi_yamamah", "en",
     "Crown Prince receives Iranian Minister of Foreign Affairs\n"
     "Riyadh, October 09, 2024, SPA -- His Royal Highness Prince Mohammed bin Salman bin Abdulaziz Al Saud, "
     "Crown Prince and Prime Minister, received in audience at Al-Yamamah Palace in Riyadh today Iran's "
     "Minister of Foreign Affairs Dr. Abbas Araghchi.\n"
     "At the outset of the audience, Dr. Araghchi conveyed the greetings of President Masoud Pezeshkian to HRH "
     "the Crown Prince, who asked him to convey his greetings to the Iranian President.\n"
     "During the audience, they reviewed relations between the two countries and the latest developments in "
     "the region, in particular in Gaza and Lebanon.\n"
     "The audience was attended by Minister of Foreign Affairs Prince Faisal bin Farhan bin Abdullah and, from "
     "the Iranian side, by Iran's Ambassador to the Kingdom Dr. Alireza Enayati.\n"
     "Earlier, Prince Faisal held talks with the Iranian minister at the Ministry of Foreign Affairs, in the "
     "presence of Deputy Minister for Political Affairs Saud Al-Sati.\n"
     "Dr. Araghchi is expected to travel on to Doha.",
     [("MET_WITH", MBS, ARAGHCHI, "received in audience at Al-Yamamah Palace", "2024-10-09"),
      ("MET_WITH", FAISAL, MBS, "The audience was attended by", "2024-10-09"),
      ("MET_WITH", FAISAL, ARAGHCHI, "The audience was attended by", "2024-10-09"),
      ("MET_WITH", ENAYATI, MBS, "by Iran's Ambassador to the Kingdom", "2024-10-09"),
      ("MET_WITH", ENAYATI, ARAGHCHI, "by Iran's Ambassador to the Kingdom", "2024-10-09"),
      ("MET_WITH", ENAYATI, FAISAL, "by Iran's Ambassador to the Kingdom", "2024-10-09"),
      ("MET_WITH", SATI, FAISAL, "presence of Deputy Minister for Political Affairs", "2024-10-09"),
      ("MET_WITH", SATI, ARAGHCHI, "presence of Deputy Minister for Political Affairs", "2024-10-09"),
      ("LEADS", MBS, SAUDI, "Crown Prince and Prime Minister"),
      ("LEADS", ARAGHCHI, IRFM, "Minister of Foreign Affairs Dr. Abbas Araghchi"),
      ("LEADS", FAISAL, SAUFM, "Minister of Foreign Affairs Prince Faisal"),
      ("LEADS", PEZESHKIAN, IRAN, "President Masoud Pezeshkian"),
      ("MEMBER_OF", ENAYATI, IRFM, "by Iran's Ambassador to the Kingdom"),
      ("MEMBER_OF", SATI, SAUFM, "Deputy Minister for Political Affairs Saud"),
      ("VISITED", ARAGHCHI, RIYADH, "Al-Yamamah Palace in Riyadh today", "2024-10-09"),
      ("LOCATED_IN", YAMAMAH, RIYADH, "Al-Yamamah Palace in Riyadh today"),
      ],
     {"source": "blind set (Gulf state news agency, English)", "published": "2024-10-09"}),

    ("arKB5_mbs_receives_joseph_aoun", "ar",
     "ولي العهد يستقبل رئيس الجمهورية اللبنانية\n"
     "الرياض 03 رمضان 1446 هـ الموافق 03 مارس 2025 م واس: استقبل صاحب السمو الملكي الأمير محمد بن سلمان بن "
     "عبدالعزيز آل سعود ولي العهد رئيس مجلس الوزراء - حفظه الله - في قصر اليمامة بالرياض اليوم، فخامة "
     "الرئيس جوزيف عون رئيس الجمهورية اللبنانية.\n"
     "وجرى خلال الاستقبال استعراض العلاقات الأخوية بين البلدين، وبحث مستجدات الأوضاع في لبنان وأهمية "
     "تطبيق اتفاق الطائف.\n"
     "حضر الاستقبال صاحب السمو الأمير فيصل بن فرحان بن عبدالله وزير الخارجية.\n"
     "وكان في استقبال فخامته لدى وصوله إلى مطار الملك خالد الدولي صاحب السمو الملكي الأمير محمد بن "
     "عبدالرحمن بن عبدالعزيز نائب أمير منطقة الرياض، وسفير الجمهورية اللبنانية لدى المملكة فوزي كبارة.\n"
     "ووجّه الرئيس عون دعوة إلى سمو ولي العهد لزيارة لبنان، فيما تُعد الرياض أول محطة خارجية لفخامته منذ "
     "انتخابه في يناير الماضي.",
     [("MET_WITH", MBS, AOUN, "واس: استقبل صاحب السمو الملكي", "2025-03-03"),
      ("MET_WITH", FAISAL, MBS, "حضر الاستقبال صاحب السمو الأمير فيصل", "2025-03-03"),
      ("MET_WITH", FAISAL, AOUN, "حضر الاستقبال صاحب السمو الأمير فيصل", "2025-03-03"),
      ("MET_WITH", MBARIYADH, AOUN, "وكان في استقبال فخامته", "2025-03-03"),
      ("MET_WITH", KABBARA, AOUN, "وسفير الجمهورية اللبنانية لدى المملكة", "2025-03-03"),
      ("MET_WITH", KABBARA, MBARIYADH, "وسفير الجمهورية اللبنانية لدى المملكة", "2025-03-03"),
      ("LEADS", MBS, SAUDI, "ولي العهد رئيس مجلس الوزراء - حفظه"),
      ("LEADS", AOUN, LEBANON, "الرئيس جوزيف عون رئيس الجمهورية اللبنانية"),
      ("LEADS", FAISAL, SAUFM, "بن فرحان بن عبدالله وزير الخارجية"),
      ("MEMBER_OF", KABBARA, "organization:lebanese-foreign-ministry", "وسفير الجمهورية اللبنانية لدى المملكة"),
      ("VISITED", AOUN, RIYADH, "في قصر اليمامة بالرياض اليوم", "2025-03-03"),
      ("LOCATED_IN", YAMAMAH, RIYADH, "في قصر اليمامة بالرياض اليوم"),
      ],
     {"source": "blind set (Gulf state news agency, Arabic)", "published": "2025-03-03"}),

    ("enKB6_kuwait_cabinet_sworn_in_amir", "en",
     "Kuwait's new Cabinet sworn in before His Highness the Amir\n"
     "KUWAIT, May 19 (KUNA) -- His Highness the Prime Minister Sheikh Ahmad Abdullah Al-Ahmad Al-Sabah and the "
     "members of the new Cabinet took the constitutional oath before His Highness the Amir Sheikh Meshal "
     "Al-Ahmad Al-Jaber Al-Sabah at Bayan Palace on Sunday.\n"
     "Among those sworn in was Sheikh Fahad Yousef Saud Al-Sabah, who keeps his posts as First Deputy Prime "
     "Minister, Minister of Interior and Minister of Defence.\n"
     "His Highness the Amir had named Sheikh Ahmad Abdullah Prime Minister in April, replacing Sheikh Dr. "
     "Mohammad Sabah Al-Salem Al-Sabah, who had asked to be relieved of the post. Sheikh Mohammad had himself "
     "succeeded Sheikh Ahmad Nawaf Al-Ahmad Al-Sabah in January, weeks after the Amir's accession.\n"
     "Sheikh Mohammad Sabah Al-Salem sent a cable of thanks to His Highness the Amir. Under the constitution, "
     "a Crown Prince is expected to be named within a year.",
     [("MET_WITH", AHMADABD, MESHAL, "took the constitutional oath before His Highness", "2024-05-19"),
      ("MET_WITH", FAHADYS, MESHAL, "Among those sworn in was Sheikh Fahad", "2024-05-19"),
      ("MET_WITH", FAHADYS, AHMADABD, "Among those sworn in was Sheikh Fahad", "2024-05-19"),
      ("SUCCESSOR_OF", AHMADABD, MSALEM, "replacing Sheikh Dr.", "2024-04"),
      ("SUCCESSOR_OF", MSALEM, AHMADNAWAF, "Sheikh Mohammad had himself", "2024-01"),
      ("LEADS", AHMADABD, KUWGOV, "His Highness the Prime Minister Sheikh Ahmad"),
      ("LEADS", MESHAL, KUWAIT, "before His Highness the Amir Sheikh Meshal"),
      ("MEMBER_OF", FAHADYS, KUWGOV, "who keeps his posts as First Deputy Prime"),
      ("LEADS", FAHADYS, KUWINT, "Minister of Interior and Minister of Defence"),
      ("LOCATED_IN", BAYAN, KUWAIT, "at Bayan Palace on Sunday"),
      ],
     {"source": "blind set (Gulf state news agency, English)", "published": "2024-05-19"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setKB")
