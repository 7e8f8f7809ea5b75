"""Session 71 (successions71): SUCCESSOR_OF shapes the fresh writers of session 70 used and
the extractor missed or misread: an appointee named after the appointer and a day aside; «على
أن يخلفه (نائبه) Y»; «..., فيما أدارت X الملف، بعدما خلفت Y»; "named X to succeed him, in a
message from the spokesman, Z" (no succession to Z); the one removed named in an apposition
the sentence before "to replace him" / «خلفاً له»; "X is the man whom K chose to succeed Y"
(X, not K); "the leader" after "its leader, X, ..., the spokesman, Z" (X, not Z); "since he
took over from Y" after "his first visit" (the sentence's subject, not a side named last);
"K named a <description> ..., replacing Y. X was chosen ..." (X -> Y)."""

from __future__ import annotations

import pytest

from tests.extract_support import SO, assert_relations

SAIED = "person:kais-saied"
FIQI = "person:kamal-al-fiqi"
HACHANI = "person:ahmed-hachani"
DEBY = "person:mahamat-idriss-deby"
KEBZABO = "person:saleh-kebzabo"
PADACKE = "person:albert-pahimi-padacke"
BLINKEN = "person:antony-blinken"
BOOTH = "person:donald-booth"
FELTMAN = "person:jeffrey-feltman"
KHATIB = "person:sara-al-khatib"
MANSOUR_L = "person:layla-mansour"
WILLIAMS = "person:stephanie-williams"
SALAME = "person:ghassan-salame"
GRIFFITHS = "person:martin-griffiths"
MULKI = "person:hani-mulki"
CONTE = "person:giuseppe-conte"
AKHTAR = "person:akhtar-mansour"
AKHUNDZADA = "person:hibatullah-akhundzada"
MUJAHID = "person:zabihullah-mujahid"

# ---- the one charged, named after the appointer and a day between commas --------------------
APPOINTEE_PAST_DAY = [
    ("كلّف الرئيس التونسي قيس سعيد، الخميس، وزير الداخلية كمال الفقي بتسيير أعمال الحكومة "
     "بعد استقالة أحمد الحشاني.", "ar", [SO(FIQI, HACHANI)], [SO(SAIED, HACHANI)]),
    ("كلّف رئيس المجلس الرئاسي، الفريق أول محمد إدريس ديبي، الأربعاء، الأمين العام للحكومة "
     "صالح كبزابو بتسيير مهام رئيس الوزراء، عقب استقالة ألبرت باهيمي باداكي في الثالث من "
     "يونيو.", "ar", [SO(KEBZABO, PADACKE)], [SO(DEBY, PADACKE)]),
    # no one gone: no succession
    ("كلّف الرئيس قيس سعيد، الخميس، كمال الفقي بتسيير أعمال الحكومة.", "ar",
     [], [SO(FIQI, SAIED)]),
    # the same fact in English (already read)
    ("Tunisian President Kais Saied on Thursday named Interior Minister Kamal al-Fiqi acting "
     "prime minister after Ahmed Hachani resigned.", "en", [SO(FIQI, HACHANI)], []),
]

# ---- «على أن يخلفه (نائبه) Y»: the arrangement announced with a resignation ------------------
UPON_HE_SUCCEEDS = [
    ("أعلن وزير الخارجية الأميركي أنتوني بلينكن، الثلاثاء، استقالة المبعوث الخاص إلى السودان "
     "دونالد بوث، على أن يخلفه نائبه جيفري فيلتمان.", "ar",
     [SO(FELTMAN, BOOTH)], [SO(FELTMAN, BLINKEN)]),
    ("أعلنت الحكومة استقالة وزيرة المالية سارة الخطيب، على أن تخلفها نائبتها ليلى منصور.", "ar",
     [SO(MANSOUR_L, KHATIB)], []),
    ("قدّم المبعوث دونالد بوث استقالته، على أن يخلفه جيفري فيلتمان الشهر المقبل.", "ar",
     [SO(FELTMAN, BOOTH)], []),
    # a guess, not the arrangement: nothing
    ("أعلن وزير الخارجية أنتوني بلينكن استقالة المبعوث دونالد بوث، ومن المتوقع أن يخلفه "
     "نائبه جيفري فيلتمان.", "ar", [], [SO(FELTMAN, BOOTH)]),
    # negated: nothing
    ("أعلن بلينكن استقالة المبعوث دونالد بوث، على ألا يخلفه نائبه جيفري فيلتمان.", "ar",
     [], [SO(FELTMAN, BOOTH)]),
    # English (already read)
    ("Secretary of State Antony Blinken announced the resignation of special envoy Donald "
     "Booth, who will be succeeded by his deputy Jeffrey Feltman.", "en", [SO(FELTMAN, BOOTH)],
     []),
]

# ---- «بعدما خلف(ت) Y»: the subject of the clause the conjunction closes ----------------------
AFTER_SHE_SUCCEEDED = [
    ("وأدارت الأمريكية ستيفاني ويليامز الملف في الأشهر الفاصلة، بعدما خلفت اللبناني غسان "
     "سلامة بالإنابة في مارس 2020.", "ar", [SO(WILLIAMS, SALAME)], []),
    ("وتولى الدبلوماسي الأردني هاني الملقي المهمة لعامين، بعدما خلف الإيطالي جوزيبي كونتي "
     "في 2019.", "ar", [SO(MULKI, CONTE)], []),
    # two people before: the one of the «فيما» clause, not the one the main clause names
    ("وكان المبعوث قد عُيّن خلفاً لمارتن غريفيث، فيما أدارت الأمريكية ستيفاني ويليامز الملف "
     "في الأشهر الفاصلة، بعدما خلفت اللبناني غسان سلامة بالإنابة في مارس 2020.", "ar",
     [SO(WILLIAMS, SALAME)], [SO(GRIFFITHS, SALAME)]),
    ("Stephanie Williams ran the mission for months, after she succeeded Ghassan Salame on an "
     "acting basis in March 2020.", "en", [SO(WILLIAMS, SALAME)], []),
]

# ---- "named X to succeed him, in a message from the spokesman, Z": no succession to Z --------
SUCCEED_HIM_NOT_SOURCE = [
    ("The Taliban announced on Monday that their leader, Akhtar Mansour, had been killed in a "
     "drone strike and named Haibatullah Akhundzada to succeed him, in a statement from the "
     "movement's spokesman, Zabihullah Mujahid, who did not say when the leader died.", "en",
     [SO(AKHUNDZADA, AKHTAR)], [SO(AKHUNDZADA, MUJAHID)]),
]

# ---- the one removed named in an apposition the sentence before: "to replace him" -----------
BENNANI = "person:karim-bennani"
BANANI = "person:karim-banani"  # (the Arabic spelling gives its own id)
KHALED = "person:omar-khaled"
REMOVED_APPOSED_BEFORE = [
    ("The army chief, General Karim Bennani, was dismissed on Sunday. The ministry appointed "
     "General Omar Khaled as acting chief of staff to replace him.", "en",
     [SO(KHALED, BENNANI)], []),
    ("The army chief, General Karim Bennani, has been sacked. General Omar Khaled was named "
     "in his place.", "en", [SO(KHALED, BENNANI)], []),
    # received, not removed: nothing
    ("The army chief, General Karim Bennani, was received by the president on Sunday. The "
     "ministry appointed General Omar Khaled to replace him.", "en", [], [SO(KHALED, BENNANI)]),
    ("أُقيل رئيس الأركان، الفريق كريم بناني، الأحد. وعيّنت الوزارة الفريق عمر خالد رئيساً "
     "للأركان بالوكالة خلفاً له.", "ar", [SO(KHALED, BANANI)], []),
    ("استقالت وزيرة المالية، سارة الخطيب، في مايو. وعيّن المجلس ليلى منصور خلفاً لها.", "ar",
     [SO(MANSOUR_L, KHATIB)], []),
    # the name after "، و": another clause, not the one who resigned
    ("استقال وزير المالية، وسارة الخطيب لم تعلق. وعيّن المجلس ليلى منصور خلفاً لها.", "ar",
     [], [SO(MANSOUR_L, KHATIB)]),
]

# ---- "X is the man whom K chose to succeed Y": X, not K, the one inside the clause -----------
WHOM_THE_MAN = [
    ("General Omar Khaled, a former defence ministry official, is the man whom Salem and "
     "President Kais Saied chose to succeed General Karim Bennani in February.", "en",
     [SO(KHALED, BENNANI)], [SO(SAIED, BENNANI)]),
    ("General Omar Khaled is the man whom President Kais Saied chose to succeed General Karim "
     "Bennani.", "en", [SO(KHALED, BENNANI)], [SO(SAIED, BENNANI)]),
    # the comma clause as before
    ("Kamal al-Fiqi, whom President Kais Saied chose to succeed Ahmed Hachani, met Abdelmadjid "
     "Tebboune.", "en", [SO(FIQI, HACHANI)], [SO(SAIED, HACHANI)]),
]

# ---- "the leader" later: the one named "its leader, X", not the spokesman named last ---------
OMAR = "person:mullah-omar"
THE_LEADER_LATER = [
    ("The Taliban announced on Monday that their leader, Akhtar Mansour, had been killed in a "
     "drone strike and named Haibatullah Akhundzada to succeed him, in a statement from the "
     "movement's spokesman, Zabihullah Mujahid, who did not say when the leader died.\n"
     "The Pentagon said in a statement that the leader had been killed in May in a strike in "
     "Baluchistan.\nHe had led the movement for less than a year, since succeeding Mullah "
     "Omar, who died in Karachi.", "en",
     [SO(AKHUNDZADA, AKHTAR), SO(AKHTAR, OMAR)], [SO(MUJAHID, OMAR)]),
]

# ---- "since he took over from Y" after others named: he is the sentence's subject ------------
GRUNDBERG = "person:hans-grundberg"
ALIMI = "person:rashad-al-alimi"
ZINDANI = "person:shaya-al-zindani"
HE_TOOK_OVER = [
    ("UN envoy Hans Grundberg was received in Aden by President Rashad al-Alimi, in the "
     "presence of Foreign Minister Shaya al-Zindani, on his first visit since he took over "
     "from Martin Griffiths.", "en", [SO(GRUNDBERG, GRIFFITHS)], [SO(ZINDANI, GRIFFITHS)]),
    # "the envoy's first visit since he": the one named last, as before
    ("President Rashad al-Alimi on Sunday received the UN envoy, Hans Grundberg, in Aden, on "
     "the envoy's first visit since he took over from Martin Griffiths.", "en",
     [SO(GRUNDBERG, GRIFFITHS)], [SO(ALIMI, GRIFFITHS)]),
]

# ---- an appointee described ("a veteran commander"), named in the next sentence --------------
AMIRI = "person:hadi-al-amiri"
MUHANDIS = "person:abu-mahdi-al-muhandis"
KHAZALI = "person:qais-al-khazali"
DESCRIBED_APPOINTEE = [
    ("The Popular Mobilization Forces named a veteran commander of the Badr militia as its new "
     "chief of staff on Thursday, replacing Abu Mahdi al-Muhandis, who was killed in a US "
     "strike last month. Hadi al-Amiri, better known by his nom de guerre Abu Hassan, was "
     "chosen at a meeting of the group's leaders, two officials said.", "en",
     [SO(AMIRI, MUHANDIS)], []),
    # the appointee named in the first sentence: the second one's man is no successor
    ("The Popular Mobilization Forces named Hadi al-Amiri as its new chief of staff on "
     "Thursday, replacing Abu Mahdi al-Muhandis. Qais al-Khazali was chosen as his deputy.",
     "en", [SO(AMIRI, MUHANDIS)], [SO(KHAZALI, MUHANDIS)]),
    # the next sentence names another post: another appointment, not the described one
    # (review71's sentence; the lead, session 71)
    ("The Popular Mobilization Forces named a veteran commander of the Badr militia as its new "
     "chief of staff on Thursday, replacing Abu Mahdi al-Muhandis. Qais al-Khazali was named "
     "deputy chief of staff at the same meeting.", "en", [], [SO(KHAZALI, MUHANDIS)]),
]


@pytest.mark.parametrize(("text", "lang", "must", "must_not"),
                         APPOINTEE_PAST_DAY + UPON_HE_SUCCEEDS + AFTER_SHE_SUCCEEDED +
                         SUCCEED_HIM_NOT_SOURCE + REMOVED_APPOSED_BEFORE +
                         WHOM_THE_MAN + THE_LEADER_LATER +
                         HE_TOOK_OVER + DESCRIBED_APPOINTEE)
def test_successions71(shipped, text, lang, must, must_not) -> None:
    assert_relations(shipped.extract(text, lang=lang), text[:40], must, must_not)
