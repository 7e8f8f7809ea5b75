"""Blind set MJ: the Gaza mediators and the Qassam commanders, 2024-2025 (second folder of MI-MJ):
Hamas's confirmation of Mohammed Deif's death, the Doha announcement of the January 2025 ceasefire,
the recovery of Mohammed Sinwar's body, Hassan Rashad at the head of Egypt's intelligence service
receiving al-Hayya's delegation, the Paris round of the spy chiefs of January 2024, and a profile of
Khalil al-Hayya after the Israeli strike on Doha, as an American wire writes it (UPI-like: "Jan. 30
(UPI) --"), a Qatari business daily in Arabic (Lusail-like: "الدوحة - لوسيل", "معالي", "حضرة صاحب
السمو ... المفدى"), an Israeli right-wing English site (Arutz Sheva-like: "eliminated", "arch-terrorist",
"Binyamin"), an Egyptian news site in Arabic (Sada El Balad-like: "القاهرة - صدى البلد", "اللواء"), an
American business daily (Wall Street Journal-like: "PARIS—", "people familiar with the talks") and an
Arabic online magazine's profile (Arabi Post-like: "من هو ...؟", kunyas).
Pieces: Deif killed by the Israeli Air Force in al-Mawasi with Salama, Issa killed in an Israeli strike
in Nuseirat (English, MJ1); the Qatari prime minister meets al-Hayya's delegation, then Witkoff and
McGurk, Witkoff's Saturday meeting with Netanyahu in Jerusalem (Arabic, MJ2); Mohammed Sinwar and
Shabana killed by the Israeli Air Force, Netanyahu's "we eliminated" (Israel), Mohammed Sinwar after
Deif, al-Haddad after Mohammed Sinwar (English, MJ3); Rashad receives al-Hayya, Jabarin and Awadallah
in Cairo, Rashad after Kamel (Arabic, MJ4); Burns, Barnea, Kamel and the Qatari prime minister in
Paris (English, MJ5); al-Hayya after Yahya Sinwar, Sinwar killed by an Israeli army force, al-Hayya's
meeting with the Qatari prime minister, Hammam al-Hayya and Jihad Labad killed in the Israeli strike
on Doha claimed by the Israeli army (Arabic, MJ6).
Excluded on purpose (no relation): Gallant's and Katz's statements on Deif are no part in the killing
(MJ1); Dermer, who "stayed in Jerusalem and took part in none of the meetings", the emir's phone call
with Biden (MJ2); Katz's statement (MJ3); Rashad's "expected" meeting with Witkoff and Abdelatty's phone
call (MJ4); Hamas "was not represented", Dermer who was "set to join" but stayed behind, Biden's phone
calls with the emir and el-Sisi, and the Warsaw meeting of December that repeats pairs of the Paris
round (MJ5); al-Hayya's elder son Osama, "killed in a 2014 air strike" with no agent named (MJ6).
Judgement calls: "when Israeli Air Force jets struck" gives -> the Israeli Air Force, "killed in the
same strike" the same; "an Israeli strike" gives -> Israel (MJ1); the Qatari prime minister's two
"separate meetings" give two groups, not one (MJ2); "an Israeli Air Force strike" gives the air force,
Netanyahu's "we eliminated" adds Israel; "took command ... after Deif's elimination" and "has since
taken over from him" are successions (MJ3); the delegation's members ("وضم الوفد") are paired with
Rashad and with one another; "خلفاً للواء عباس كامل" gives Rashad -> Kamel (MJ4); every named
participant of the Paris round is paired with every other (MJ5); "غارة إسرائيلية" gives -> Israel and
the army's claim of the strike -> the Israel Defense Forces for both men named (MJ6). Filled in for the
exercise: the day of the Cairo meeting (MJ4) and of al-Hayya's last meeting with the Qatari prime
minister (MJ6); McGurk's presence at the second Doha meeting (MJ2).
Spellings: "Mohammed Diab Ibrahim al-Masri", "Rafa'a Salameh", "Abu Obaida" (MJ1); "الشيخ محمد بن عبد
الرحمن بن جاسم آل ثاني", "خليل الحيه", "ستيفن ويتكوف", "رون ديرمر" (MJ2); "Mohammad Sinwar", "Binyamin
Netanyahu", "Izz al-Din Haddad", "Yisrael Katz" (MJ3); "زاهر جبارين", "نزار عوض الله" (MJ4); "Abbas
Kamal", "Sheikh Mohammed bin Abdulrahman Al-Thani", "William J. Burns" (MJ5); "أبو أسامة", "يحيى
السنوار", "همام" (MJ6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_mj import ALL  # noqa: E402

HERE = Path(__file__).parent

ISRAEL, QATAR, EGYPT = "country:israel", "country:qatar", "country:egypt"
DOHA, JERUSALEM, CAIRO, PARIS = "location:doha", "location:jerusalem", "location:cairo", "location:paris"
HAMAS, QASSAM, IDF, IAF, ISRGOV, EGI, QFM, CIA, MOSSAD, SHURA = (
    "organization:hamas", "organization:al-qassam-brigades", "organization:israel-defense-forces",
    "organization:israeli-air-force", "organization:israeli-government",
    "organization:egyptian-general-intelligence", "organization:qatari-foreign-ministry", "organization:cia",
    "organization:mossad", "organization:hamas-shura-council")
DEIF, ISSA, SALAMA, OBEIDA = (
    "person:mohammed-deif", "person:marwan-issa", "person:rafa-salama", "person:abu-obeida")
MBAR, HAYYA, WITKOFF, MCGURK, NETANYAHU, TAMIM = (
    "person:mohammed-bin-abdulrahman-al-thani", "person:khalil-al-hayya", "person:steve-witkoff",
    "person:brett-mcgurk", "person:benjamin-netanyahu", "person:tamim-bin-hamad-al-thani")
MSINWAR, SHABANA, HADDAD = ("person:mohammed-sinwar", "person:mohammed-shabana", "person:izz-al-din-al-haddad")
RASHAD, KAMEL, JABARIN, AWADALLAH, SISI = (
    "person:hassan-rashad", "person:abbas-kamel", "person:zaher-jabarin", "person:nizar-awadallah",
    "person:abdel-fattah-el-sisi")
BURNS, BARNEA = "person:william-burns", "person:david-barnea"
SINWAR, HAMMAM, LABAD, DARWISH = (
    "person:yahya-sinwar", "person:hammam-al-hayya", "person:jihad-labad", "person:mohammed-darwish")

UPI = "blind set (American wire, UPI-like)"
LUSAIL = "blind set (Qatari business daily, Arabic, Lusail-like)"
ARUTZ = "blind set (Israeli right-wing English site, Arutz Sheva-like)"
SADA = "blind set (Egyptian news site, Arabic, Sada El Balad-like)"
WSJ = "blind set (American business daily, Wall Street Journal-like)"
ARABIPOST = "blind set (Arabic online magazine profile, Arabi Post-like)"


_DOHA_US = {MBAR: "ثم مع المبعوث الأمريكي الخاص", WITKOFF: "ثم مع المبعوث الأمريكي الخاص",
            MCGURK: "ومنسق شؤون الشرق الأوسط في البيت الأبيض بريت ماكغورك"}
_CAIRO = {RASHAD: "استقبل اللواء حسن رشاد", HAYYA: "برئاسة رئيس الحركة في قطاع غزة خليل الحية",
          JABARIN: "وضم الوفد عضوي المكتب السياسي زاهر جبارين", AWADALLAH: "ونزار عوض الله"}
_PARIS = {BURNS: "CIA Director William J. Burns met on Sunday",
          BARNEA: "Mossad chief David Barnea", KAMEL: "Egyptian intelligence chief Abbas Kamal",
          MBAR: "Sheikh Mohammed bin Abdulrahman Al-Thani, who"}

ARTICLES = [
    ("enMJ1_hamas_confirms_deif", "en",
     "Hamas confirms death of military chief Mohammed Deif\n"
     "Jan. 30 (UPI) -- Hamas on Thursday confirmed for the first time that Mohammed Deif, the elusive "
     "commander of its armed wing, is dead, more than six months after Israel said it had killed him in "
     "southern Gaza.\n"
     "Abu Obaida, the spokesman for the Izz ad-Din al-Qassam Brigades, announced in a video the deaths of "
     "Deif and several members of the wing's general staff, among them his deputy Marwan Issa and the "
     "Khan Younis Brigade commander, Rafa'a Salameh.\n"
     "The Israel Defense Forces said in August that Deif -- born Mohammed Diab Ibrahim al-Masri -- was "
     "killed on July 13 when Israeli Air Force jets struck a compound in al-Mawasi, on the edge of Khan "
     "Younis. Salameh was killed in the same strike, according to the IDF. Issa died in an Israeli strike on "
     "a tunnel under the Nuseirat refugee camp in March 2024.\n"
     "Then-Defense Minister Yoav Gallant called Deif's death \"a significant milestone\", and his "
     "successor, Israel Katz, said Thursday that Israel would \"reach every terrorist\".\n"
     "The announcement came 11 days into a ceasefire that has seen the release of 15 hostages.",
     [("ASSASSINATED_BY", DEIF, IAF, "when Israeli Air Force jets struck", "2024-07-13"),
      ("ASSASSINATED_BY", SALAMA, IAF, "Salameh was killed in the same strike", "2024-07-13"),
      ("ASSASSINATED_BY", ISSA, ISRAEL, "Issa died in an Israeli strike", "2024-03-10"),
      ("LEADS", DEIF, QASSAM, "commander of its armed wing"),
      ("MEMBER_OF", OBEIDA, QASSAM, "Abu Obaida, the spokesman for"),
      ("MEMBER_OF", ISSA, QASSAM, "among them his deputy Marwan Issa"),
      ("MEMBER_OF", SALAMA, QASSAM, "the Khan Younis Brigade commander"),
      ("SUCCESSOR_OF", "person:israel-katz", "person:yoav-gallant", "his successor, Israel Katz", "2024-11"),
      ],
     {"source": UPI, "published": "2025-01-30"}),

    ("arMJ2_doha_ceasefire_announced", "ar",
     "معالي رئيس مجلس الوزراء وزير الخارجية يعلن التوصل إلى اتفاق لوقف إطلاق النار في غزة\n"
     "الدوحة - لوسيل\n"
     "أعلن معالي الشيخ محمد بن عبد الرحمن بن جاسم آل ثاني رئيس مجلس الوزراء وزير الخارجية، مساء أمس، نجاح "
     "جهود الوساطة المشتركة لدولة قطر وجمهورية مصر العربية والولايات المتحدة في التوصل إلى اتفاق لوقف "
     "إطلاق النار في قطاع غزة وتبادل الأسرى والمحتجزين، يدخل حيز التنفيذ يوم الأحد المقبل.\n"
     "وجاء الإعلان في مؤتمر صحفي عقب اجتماعين منفصلين عقدهما معاليه في الدوحة، الأول مع وفد حركة حماس "
     "برئاسة الدكتور خليل الحيه، ثم مع المبعوث الأمريكي الخاص إلى الشرق الأوسط ستيفن ويتكوف ومنسق شؤون "
     "الشرق الأوسط في البيت الأبيض بريت ماكغورك.\n"
     "وكان ويتكوف قد توجه السبت الماضي إلى القدس، حيث اجتمع برئيس الوزراء الإسرائيلي بنيامين نتنياهو، قبل "
     "أن يعود إلى الدوحة لمواصلة المحادثات.\n"
     "في المقابل، بقي وزير الشؤون الاستراتيجية الإسرائيلي رون ديرمر في القدس ولم يشارك في أي من اللقاءات.\n"
     "وكان حضرة صاحب السمو الشيخ تميم بن حمد آل ثاني أمير البلاد المفدى قد تلقى اتصالاً هاتفياً من "
     "الرئيس الأمريكي جو بايدن، جرى خلاله استعراض مستجدات المفاوضات.",
     [("MET_WITH", MBAR, HAYYA, "الأول مع وفد حركة حماس", "2025-01-15"),
      ("LEADS", MBAR, QFM, "رئيس مجلس الوزراء وزير الخارجية، مساء أمس"),
      ("MEMBER_OF", HAYYA, HAMAS, "برئاسة الدكتور خليل الحيه"),
      ("MET_WITH", WITKOFF, NETANYAHU, "حيث اجتمع برئيس الوزراء الإسرائيلي", "2025-01-11"),
      ("VISITED", WITKOFF, JERUSALEM, "قد توجه السبت الماضي إلى القدس", "2025-01-11"),
      ("VISITED", WITKOFF, DOHA, "قبل أن يعود إلى الدوحة", "2025-01-15"),
      ("LEADS", NETANYAHU, ISRGOV, "رئيس الوزراء الإسرائيلي بنيامين نتنياهو"),
      ("LEADS", TAMIM, QATAR, "الشيخ تميم بن حمد آل ثاني أمير البلاد المفدى"),
      ] + met_group(_DOHA_US, "2025-01-15"),
     {"source": LUSAIL, "published": "2025-01-16"}),

    ("enMJ3_mohammed_sinwar_body_found", "en",
     "IDF confirms: Mohammed Sinwar eliminated, body found in tunnel under Gaza hospital\n"
     "The IDF and the Israel Security Agency (Shin Bet) confirmed on Sunday that Mohammad Sinwar, the head of "
     "Hamas's military wing and the younger brother of arch-terrorist Yahya Sinwar, was eliminated in an "
     "Israeli Air Force strike on an underground command center beneath the European Hospital in Khan "
     "Yunis on May 13.\n"
     "His body was identified after troops uncovered the tunnel last week. Mohammed Shabana, the commander "
     "of Hamas's Rafah Brigade, was eliminated together with him, the army said.\n"
     "Prime Minister Binyamin Netanyahu had told the Knesset on May 28 that \"we eliminated Mohammed "
     "Sinwar\".\n"
     "The younger Sinwar took command of the terror organization's military wing after Deif's elimination "
     "last July. According to Arab media reports, Izz al-Din Haddad, the commander of Hamas's Gaza City "
     "Brigade, has since taken over from him.\n"
     "Defense Minister Yisrael Katz said the terrorists \"will find no refuge, not in tunnels and not under "
     "hospitals\".",
     [("ASSASSINATED_BY", MSINWAR, IAF, "Israeli Air Force strike on an underground command center", "2025-05-13"),
      ("ASSASSINATED_BY", SHABANA, IAF, "was eliminated together with him", "2025-05-13"),
      ("ASSASSINATED_BY", MSINWAR, ISRAEL, "\"we eliminated Mohammed", "2025-05-13"),
      ("LEADS", MSINWAR, QASSAM, "the head of Hamas's military wing"),
      ("MEMBER_OF", SHABANA, QASSAM, "the commander of Hamas's Rafah Brigade"),
      ("SUCCESSOR_OF", MSINWAR, DEIF, "took command of the terror organization's military wing", "2024-07"),
      ("SUCCESSOR_OF", HADDAD, MSINWAR, "has since taken over from him", "2025"),
      ("MEMBER_OF", HADDAD, QASSAM, "the commander of Hamas's Gaza City"),
      ("LEADS", NETANYAHU, ISRGOV, "Prime Minister Binyamin Netanyahu"),
      ],
     {"source": ARUTZ, "published": "2025-06-08"}),

    ("arMJ4_rashad_receives_hamas", "ar",
     "اللواء حسن رشاد يستقبل وفد حماس برئاسة خليل الحية في القاهرة\n"
     "القاهرة - صدى البلد\n"
     "استقبل اللواء حسن رشاد، رئيس المخابرات العامة، اليوم السبت، وفداً من حركة حماس برئاسة رئيس الحركة في "
     "قطاع غزة خليل الحية، لبحث سبل تثبيت اتفاق وقف إطلاق النار في القطاع والانتقال إلى المرحلة الثانية منه.\n"
     "وضم الوفد عضوي المكتب السياسي زاهر جبارين ونزار عوض الله.\n"
     "وكان الرئيس عبد الفتاح السيسي قد أصدر في أكتوبر الماضي قراراً بتعيين اللواء رشاد رئيساً لجهاز "
     "المخابرات العامة خلفاً للواء عباس كامل، الذي عُيّن مستشاراً لرئيس الجمهورية ومبعوثاً شخصياً له.\n"
     "ومن المنتظر أن يستقبل رئيس المخابرات المبعوث الأمريكي ستيف ويتكوف الأسبوع المقبل، بحسب مصادر مطلعة.\n"
     "وفي سياق متصل، أجرى وزير الخارجية الدكتور بدر عبد العاطي اتصالاً هاتفياً بنظيره القطري لتنسيق "
     "المواقف.",
     [("LEADS", RASHAD, EGI, "رئيساً لجهاز المخابرات العامة"),
      ("SUCCESSOR_OF", RASHAD, KAMEL, "خلفاً للواء عباس كامل", "2024-10-16"),
      ("VISITED", HAYYA, CAIRO, "وفداً من حركة حماس برئاسة", "2025-02-08"),
      ("MEMBER_OF", HAYYA, HAMAS, "رئيس الحركة في قطاع غزة"),
      ("MEMBER_OF", JABARIN, HAMAS, "عضوي المكتب السياسي"),
      ("MEMBER_OF", AWADALLAH, HAMAS, "ونزار عوض الله."),
      ("LEADS", SISI, EGYPT, "الرئيس عبد الفتاح السيسي"),
      ] + met_group(_CAIRO, "2025-02-08"),
     {"source": SADA, "published": "2025-02-08"}),

    ("enMJ5_spy_chiefs_paris", "en",
     "Spy Chiefs Near Framework for Gaza Hostage Deal After Paris Talks\n"
     "PARIS—CIA Director William J. Burns met on Sunday with the heads of Israel's and Egypt's intelligence "
     "services and Qatar's prime minister in a push to free more than 100 hostages still held in Gaza, "
     "according to people familiar with the talks.\n"
     "Mossad chief David Barnea, Egyptian intelligence chief Abbas Kamal and Sheikh Mohammed bin "
     "Abdulrahman Al-Thani, who is also Qatar's foreign minister, worked through a framework for a pause in "
     "the fighting of about six weeks, the people said.\n"
     "Hamas wasn't represented. Israel's strategic affairs minister, Ron Dermer, had been set to join the "
     "Israeli team but stayed behind, an Israeli official said.\n"
     "Burns, Barnea and the Qatari premier last sat down together in Warsaw in December.\n"
     "President Biden spoke by phone on Friday with Qatar's emir and with Egyptian President Abdel Fattah "
     "al-Sisi, the White House said. Prime Minister Benjamin Netanyahu's office called the talks "
     "\"constructive\" but said significant gaps remained.",
     [("VISITED", BURNS, PARIS, "PARIS—CIA Director", "2024-01-28"),
      ("LEADS", BURNS, CIA, "CIA Director William J. Burns"),
      ("LEADS", BARNEA, MOSSAD, "Mossad chief David"),
      ("LEADS", KAMEL, EGI, "Egyptian intelligence chief Abbas"),
      ("LEADS", MBAR, QFM, "who is also Qatar's foreign minister"),
      ("LEADS", SISI, EGYPT, "Egyptian President Abdel Fattah"),
      ("LEADS", NETANYAHU, ISRGOV, "Prime Minister Benjamin Netanyahu's office"),
      ] + met_group(_PARIS, "2024-01-28"),
     {"source": WSJ, "published": "2024-01-29"}),

    ("arMJ6_hayya_profile_doha_strike", "ar",
     "من هو خليل الحية.. الرجل الذي نجا من الغارة الإسرائيلية على الدوحة وفقد فيها ابنه؟\n"
     "وُلد خليل الحية (أبو أسامة) عام 1960 في حي الشجاعية بمدينة غزة، وانضم إلى حماس منذ تأسيسها، وانتُخب "
     "عضواً في مكتبها السياسي.\n"
     "وبعد مقتل يحيى السنوار في رفح على يد قوة من جيش الاحتلال في أكتوبر 2024، خلفه الحية في رئاسة الحركة "
     "في القطاع، وصار عضواً في المجلس القيادي الذي يرأسه محمد درويش، رئيس مجلس الشورى العام.\n"
     "ويقود أبو أسامة منذ سنوات وفد الحركة المفاوض، وكان آخر لقاءاته مع رئيس الوزراء القطري الشيخ محمد بن "
     "عبد الرحمن آل ثاني في الدوحة في الثامن من سبتمبر/أيلول 2025.\n"
     "وفي اليوم التالي، استهدفت غارة إسرائيلية مقراً لقيادة الحركة في الدوحة، فنجا منها الحية، لكنها أودت "
     "بحياة نجله همام ومدير مكتبه جهاد لبد، إضافة إلى عنصر من قوة الأمن الداخلي القطرية. وتبنى الجيش "
     "الإسرائيلي الهجوم في بيان مشترك مع جهاز الشاباك.\n"
     "ولم يكن همام أول أبنائه الذين فقدهم، إذ قُتل نجله البكر أسامة في غارة عام 2014.",
     [("ASSASSINATED_BY", SINWAR, IDF, "على يد قوة من جيش الاحتلال", "2024-10-16"),
      ("SUCCESSOR_OF", HAYYA, SINWAR, "خلفه الحية في رئاسة الحركة", "2024-10"),
      ("MEMBER_OF", HAYYA, HAMAS, "وانتُخب عضواً في مكتبها السياسي"),
      ("LEADS", DARWISH, SHURA, "رئيس مجلس الشورى العام"),
      ("MET_WITH", HAYYA, MBAR, "وكان آخر لقاءاته مع رئيس الوزراء القطري", "2025-09-08"),
      ("ASSASSINATED_BY", HAMMAM, ISRAEL, "استهدفت غارة إسرائيلية مقراً", "2025-09-09"),
      ("ASSASSINATED_BY", LABAD, ISRAEL, "ومدير مكتبه جهاد لبد", "2025-09-09"),
      ("ASSASSINATED_BY", HAMMAM, IDF, "بحياة نجله همام", "2025-09-09"),
      ("ASSASSINATED_BY", LABAD, IDF, "وتبنى الجيش", "2025-09-09"),
      ],
     {"source": ARABIPOST, "published": "2025-09-12"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setMJ")
