"""Session 19: successions, killings and the names behind them (ET-FB and the rest of dev)."""

from __future__ import annotations

import pytest

from tests.extract_support import assert_relations

QAANI = "person:esmail-qaani"
AMIRI = "person:hadi-al-amiri"
QUDS = "organization:quds-force"


def LD(person: str, body: str) -> tuple[str, str, str]:
    return ("LEADS", person, body)


# ---- "X قائد فيلق القدس العميد Y": a rank before the next name, the title is Y's -----------
RANK_NEXT = [
    ("وفي المساء اجتمع هادي العامري قائد فيلق القدس العميد إسماعيل قاآني في بغداد.", "ar",
     [LD(QAANI, QUDS)], [LD(AMIRI, QUDS)]),
    # no name after the title: it stays the apposition of the name before it
    ("ووصل إسماعيل قاآني قائد فيلق القدس إلى بغداد مساء الأحد.", "ar", [LD(QAANI, QUDS)], []),
]


@pytest.mark.parametrize(("text", "lang", "must", "must_not"), RANK_NEXT)
def test_title_before_rank_and_name(ex, text, lang, must, must_not) -> None:
    assert_relations(ex.extract(text, lang=lang), text[:40], must, must_not)


# ---- an ambiguous bare family name after one known person named in full with it ------------
MUHAMMADAWI = "person:abdul-aziz-al-muhammadawi"
QAIS = "person:qais-al-muhammadawi"
MUHANDIS = "person:abu-mahdi-al-muhandis"
FAYYADH = "person:falih-al-fayyadh"
SO_ = "SUCCESSOR_OF"
FAMILY_NAME = [
    ("حضر عبد العزيز المحمداوي حفل التخرج في بغداد. وكان المحمداوي قد خلف أبا مهدي المهندس "
     "في المنصب.", "ar", [(SO_, MUHAMMADAWI, MUHANDIS)], [(SO_, QAIS, MUHANDIS)]),
    ("Abdul Aziz al-Muhammadawi attended the parade in Baghdad. Al-Muhammadawi had succeeded "
     "Abu Mahdi al-Muhandis in the post.", "en", [(SO_, MUHAMMADAWI, MUHANDIS)], []),
    # nobody of that family named in full before: the bare name is nobody's
    ("وكان المحمداوي قد خلف أبا مهدي المهندس في المنصب.", "ar", [],
     [(SO_, MUHAMMADAWI, MUHANDIS), (SO_, QAIS, MUHANDIS)]),
]


@pytest.mark.parametrize(("text", "lang", "must", "must_not"), FAMILY_NAME)
def test_bare_family_name_of_named(ex, text, lang, must, must_not) -> None:
    assert_relations(ex.extract(text, lang=lang), text[:40], must, must_not)


# ---- "بعد Y الذي خلفه X": the relative right after the predecessor's name, no comma ---------
MIFTAH = "person:mohammed-miftah"
RAHAWI = "person:ahmed-al-rahawi"
RELATIVE_NO_COMMA = [
    ("وهو ثالث من يتولى المنصب منذ 2020، بعد أحمد الرهوي الذي خلفه محمد مفتاح في أيلول.",
     "ar", [(SO_, MIFTAH, RAHAWI)], [(SO_, RAHAWI, MIFTAH)]),
    ("He is the third to hold the post since 2020, after Ahmed al-Rahawi, whom Mohammed Miftah "
     "succeeded in September.", "en", [(SO_, MIFTAH, RAHAWI)], [(SO_, RAHAWI, MIFTAH)]),
    # no person right before the relative: nobody is succeeded
    ("ووصل أحمد الرهوي إلى الموكب الذي خلفه محمد مفتاح في الساحة.", "ar", [],
     [(SO_, MIFTAH, RAHAWI)]),
]


@pytest.mark.parametrize(("text", "lang", "must", "must_not"), RELATIVE_NO_COMMA)
def test_relative_khalafahu_no_comma(ex, text, lang, must, must_not) -> None:
    assert_relations(ex.extract(text, lang=lang), text[:40], must, must_not)


# ---- "X was appointed to take over his duties" / "كُلّف X بتولي مهامه": as "to replace him";
# "His first deputy, X, was appointed ...": him is the previous sentence's subject -----------
GHAMARI = "person:mohammed-al-ghamari"
MADANI = "person:yousef-al-madani"
DUTIES = [
    ("Mohammed al-Ghamari had run the staff for years and rarely spoke in public. His deputy, "
     "Yousef al-Madani, was appointed to take over his duties on Sunday.", "en",
     [(SO_, MADANI, GHAMARI)], []),
    ("Mohammed al-Ghamari had run the staff for years and rarely spoke in public. His deputy, "
     "Yousef al-Madani, was named to replace him on Sunday.", "en", [(SO_, MADANI, GHAMARI)],
     []),
    ("وقُتل محمد الغماري في غارة إسرائيلية على صنعاء. وكُلّف يوسف المداني بتولي مهامه.", "ar",
     [(SO_, MADANI, GHAMARI)], []),
    # his own duties: "باشر مهامه" after his appointment, "will take over his duties" unappointed
    ("وقُتل محمد الغماري في غارة إسرائيلية على صنعاء. وعُيّن يوسف المداني رئيساً للأركان، "
     "وباشر مهامه أمس.", "ar", [], [(SO_, MADANI, GHAMARI)]),
    ("Mohammed al-Ghamari spoke on Sunday. Yousef al-Madani will take over his duties in May.",
     "en", [], [(SO_, MADANI, GHAMARI)]),
]


@pytest.mark.parametrize(("text", "lang", "must", "must_not"), DUTIES)
def test_take_over_his_duties(ex, text, lang, must, must_not) -> None:
    assert_relations(ex.extract(text, lang=lang), text[:40], must, must_not)


# ---- "الرئيس المخلوع بشار الأسد": a removal word between a title and a name (lexicon) -------
SHARAA = "person:ahmed-al-sharaa"
ASSAD = "person:bashar-al-assad"
SHAIBANI = "person:asaad-al-shaibani"
DEPOSED = [
    ("وحضر اللقاء وزير الخارجية أسعد الشيباني. وتسلّم أحمد الشرع رئاسة البلاد في المرحلة "
     "الانتقالية، ليخلف بذلك الرئيس المخلوع بشار الأسد.", "ar", [(SO_, SHARAA, ASSAD)],
     [(SO_, SHAIBANI, ASSAD)]),
    ("Foreign Minister Asaad al-Shaibani attended. Ahmed al-Sharaa took over the presidency, "
     "succeeding the deposed president Bashar al-Assad.", "en", [(SO_, SHARAA, ASSAD)],
     [(SO_, SHAIBANI, ASSAD)]),
    # no name after the removed title: nobody is succeeded
    ("وحضر اللقاء وزير الخارجية أسعد الشيباني، وانتقد الرئيس المخلوع في كلمته.", "ar", [],
     [(SO_, SHAIBANI, ASSAD)]),
]


@pytest.mark.parametrize(("text", "lang", "must", "must_not"), DEPOSED)
def test_removed_title_qualifier(ex, text, lang, must, must_not) -> None:
    assert_relations(ex.extract(text, lang=lang), text[:40], must, must_not)


# ---- "X has run the government since the death of Y" / "ويرأس X الحكومة منذ مقتل Y" ---------
RUN_SINCE = [
    ("Mohammed Miftah, who has run the government since the killing of Ahmed al-Rahawi, "
     "spoke on Monday.", "en", [(SO_, MIFTAH, RAHAWI)], []),
    ("ويرأس محمد مفتاح الحكومة منذ مقتل أحمد الرهوي في غارة إسرائيلية.", "ar",
     [(SO_, MIFTAH, RAHAWI)], []),
    # no post ("has run the marathon"), no منذ ("يقود ... بعد مقتل"): nothing
    ("Mohammed Miftah has run the marathon since Ahmed al-Rahawi was killed.", "en", [],
     [(SO_, MIFTAH, RAHAWI)]),
    ("ويقود محمد مفتاح الوفد إلى مسقط بعد مقتل أحمد الرهوي.", "ar", [], [(SO_, MIFTAH, RAHAWI)]),
]


@pytest.mark.parametrize(("text", "lang", "must", "must_not"), RUN_SINCE)
def test_leads_since_loss(ex, text, lang, must, must_not) -> None:
    assert_relations(ex.extract(text, lang=lang), text[:40], must, must_not)


# ---- "said Y had been killed, and named X as his successor": the one killed named nobody ---
NAMED_AFTER_DEATH = [
    ("The group said its commander, Mohammed al-Ghamari, had been killed, and named Yousef "
     "al-Madani as his successor.", "en", [(SO_, MADANI, GHAMARI)], []),
    ("وأعلنت الجماعة مقتل قائدها محمد الغماري، وسمّت يوسف المداني خلفاً له.", "ar",
     [(SO_, MADANI, GHAMARI)], []),
    # wounded, not killed: the person before the verb may still be the one naming
    ("The group said Mohammed al-Ghamari had been wounded, and named Yousef al-Madani as his "
     "successor.", "en", [], [(SO_, MADANI, GHAMARI)]),
]


@pytest.mark.parametrize(("text", "lang", "must", "must_not"), NAMED_AFTER_DEATH)
def test_named_successor_after_death(ex, text, lang, must, must_not) -> None:
    assert_relations(ex.extract(text, lang=lang), text[:40], must, must_not)


# ---- "وارتقى في الغارة الإسرائيلية التي ... العميد X، ...، ونائبه العميد Y" ----------------
ZAHEDI = "person:mohammad-reza-zahedi"
RAHIMI = "person:mohammad-hadi-haji-rahimi"
ISRAEL = "country:israel"
AB_ = "ASSASSINATED_BY"
DIED_MEANS_FIRST = [
    ("وارتقى في الضربة الإسرائيلية التي دمرت مقر البعثة في العاصمة مطلع الشهر الجاري العميد "
     "محمد رضا زاهدي، قائد الفيلق، ونائبه العميد محمد هادي حاجي رحيمي.", "ar",
     [(AB_, ZAHEDI, ISRAEL), (AB_, RAHIMI, ISRAEL)], []),
    ("وارتقى في الغارة الإسرائيلية العميد محمد رضا زاهدي.", "ar", [(AB_, ZAHEDI, ISRAEL)], []),
    # English: the victim first
    ("Brigadier General Mohammad Reza Zahedi was killed in the Israeli strike on the building.",
     "en", [(AB_, ZAHEDI, ISRAEL)], []),
    # a person far after the verb with no title of his own: not the victim
    ("وارتقى في الغارة الإسرائيلية التي دمرت مقر البعثة في العاصمة مطلع الشهر الجاري أحد "
     "مرافقي محمد رضا زاهدي.", "ar", [], [(AB_, ZAHEDI, ISRAEL)]),
]


@pytest.mark.parametrize(("text", "lang", "must", "must_not"), DIED_MEANS_FIRST)
def test_died_means_first_ar(ex, text, lang, must, must_not) -> None:
    assert_relations(ex.extract(text, lang=lang), text[:40], must, must_not)


# ---- "بعد مقتل الأخير (مع Z) بغارة أميركية": the latter, the last person named -------------
FAYADH = "person:falih-al-fayyadh"
SOLEIMANI = "person:qasem-soleimani"
USA = "country:united-states"
LATTER = [
    ("وتولى عبد العزيز المحمداوي المنصب خلفاً لأبي مهدي المهندس، بعد مقتل الأخير مع قائد فيلق "
     "القدس قاسم سليماني بغارة أميركية في كانون الثاني.", "ar",
     [(AB_, MUHANDIS, USA), (AB_, SOLEIMANI, USA)], [(AB_, MUHAMMADAWI, USA)]),
    ("Abdul Aziz al-Muhammadawi took the post from Abu Mahdi al-Muhandis after the latter was "
     "killed in a US strike in January.", "en", [(AB_, MUHANDIS, USA)],
     [(AB_, MUHAMMADAWI, USA)]),
    # no agent: nothing
    ("وتولى عبد العزيز المحمداوي المنصب خلفاً لأبي مهدي المهندس، بعد مقتل الأخير في حادث "
     "سير قرب بغداد.", "ar", [], [(AB_, MUHANDIS, USA)]),
]


@pytest.mark.parametrize(("text", "lang", "must", "must_not"), LATTER)
def test_latter_killed_ar(ex, text, lang, must, must_not) -> None:
    assert_relations(ex.extract(text, lang=lang), text[:40], must, must_not)


# ---- "<his / X's> first visit / meeting ... since he succeeded / replaced Y" --------------
BREIK = "person:salem-bin-breik"
BIN_MUBARAK = "person:ahmed-awad-bin-mubarak"
GRUNDBERG = "person:hans-grundberg"
SINCE_HE = [
    ("Hans Grundberg held talks with Prime Minister Salem bin Breik in Aden, his first meeting "
     "with the new premier since he replaced Ahmed Awad bin Mubarak in May.", "en",
     [(SO_, BREIK, BIN_MUBARAK)], [(SO_, GRUNDBERG, BIN_MUBARAK)]),
    ("Hans Grundberg spoke to reporters in Aden. It was Salem bin Breik's first trip abroad "
     "since he replaced Ahmed Awad bin Mubarak in May.", "en", [(SO_, BREIK, BIN_MUBARAK)],
     [(SO_, GRUNDBERG, BIN_MUBARAK)]),
    # Arabic says it with the verbal noun ("في أول زيارة له منذ تولّيه المنصب خلفاً لـY")
    ("وصل سالم بن بريك إلى الرياض في أول زيارة له منذ تعيينه خلفاً لأحمد عوض بن مبارك.", "ar",
     [(SO_, BREIK, BIN_MUBARAK)], []),
    # no "first visit / meeting" phrase: "he" is the subject as before
    ("Hans Grundberg said on Monday that he replaced Ahmed Awad bin Mubarak as mediator.", "en",
     [], [(SO_, BREIK, BIN_MUBARAK)]),
]


@pytest.mark.parametrize(("text", "lang", "must", "must_not"), SINCE_HE)
def test_first_visit_since_he(ex, text, lang, must, must_not) -> None:
    assert_relations(ex.extract(text, lang=lang), text[:40], must, must_not)


# ---- "عبدالعزيز صالح بن حبتور": the father's name inside a known "G bin X" ----------------
HABTOOR = "person:abdulaziz-bin-habtoor"
BIN_FATHER = [
    ("وأدى أحمد الرهوي اليمين رئيساً للحكومة خلفاً لعبدالعزيز صالح بن حبتور.", "ar",
     [(SO_, RAHAWI, HABTOOR)], []),
    ("Ahmed al-Rahawi was sworn in as prime minister, replacing Abdulaziz Saleh bin Habtoor.",
     "en", [(SO_, RAHAWI, HABTOOR)], []),
    # another family name after bin: no known person
    ("وأدى أحمد الرهوي اليمين رئيساً للحكومة خلفاً لعبدالعزيز صالح بن مبارك.", "ar", [],
     [(SO_, RAHAWI, HABTOOR)]),
]


@pytest.mark.parametrize(("text", "lang", "must", "must_not"), BIN_FATHER)
def test_father_inside_bin_name(ex, text, lang, must, must_not) -> None:
    assert_relations(ex.extract(text, lang=lang), text[:40], must, must_not)


# ---- a middle initial "A." / "I." inside a new name, and no initial in its id --------------
PATEL = "person:kash-patel"
WRAY = "person:christopher-wray"
INITIALS = [
    ("Kash Patel was confirmed to lead the bureau in February, replacing Christopher A. Wray.",
     "en", [(SO_, PATEL, WRAY)], []),
    ("Kash Patel was confirmed to lead the bureau in February, replacing Christopher I. Wray.",
     "en", [(SO_, PATEL, WRAY)], []),
]


@pytest.mark.parametrize(("text", "lang", "must", "must_not"), INITIALS)
def test_middle_initial_a(ex, text, lang, must, must_not) -> None:
    assert_relations(ex.extract(text, lang=lang), text[:40], must, must_not)


def test_initial_not_in_id(ex) -> None:
    ids = {e["id"] for e in ex.extract("Attorney General Merrick B. Garland spoke on Monday.",
                                       lang="en")["entities"]}
    assert "person:merrick-garland" in ids and "person:merrick-b-garland" not in ids


def test_article_a_starts_no_name(ex) -> None:
    # a sentence-opening "A" is the article, not an initial joined to the name before
    doc = ex.extract("Kash Patel met Christopher Wray. A. Smith was not there.", lang="en")
    names = {e["name"] for e in doc["entities"]}
    assert not any(n.startswith("Christopher A") for n in names)


# ---- "<new full name>, known as <known alias>, and a companion died when a drone hit ..." --
SAIDI = "person:mushtaq-taleb-al-saidi"
AKA_KNOWN = [
    ("A US strike killed a commander of an armed group in Baghdad on Thursday. Mushtaq Jawad "
     "Kazim al-Jawari, known as Abu Taqwa al-Saidi, and his driver died when a drone hit their "
     "car.", "en", [(AB_, SAIDI, USA)], [(AB_, "person:mushtaq-al-jawari", USA)]),
    # Arabic: "المعروف بـ" already
    ("قُتل مشتاق جواد كاظم الجواري، المعروف بأبي تقوى السعيدي، بضربة أميركية في بغداد.", "ar",
     [(AB_, SAIDI, USA)], []),
    # no death word after the alias in the next sentence: nobody is the lede's victim
    ("A US strike killed a commander of an armed group in Baghdad on Thursday. Mushtaq Jawad "
     "Kazim al-Jawari, known as Abu Taqwa al-Saidi, had met the group's leaders in May.", "en",
     [], [(AB_, SAIDI, USA)]),
]


@pytest.mark.parametrize(("text", "lang", "must", "must_not"), AKA_KNOWN)
def test_known_alias_after_new_name(ex, text, lang, must, must_not) -> None:
    assert_relations(ex.extract(text, lang=lang), text[:40], must, must_not)


# ---- "its leader, Y, has been killed ... and named a militant, X, to replace him" ----------
HASAN = "person:abu-al-hasan-al-hashimi-al-qurashi"
HUSSEIN = "person:abu-al-hussein-al-husseini-al-qurashi"
REPLACE_KILLED = [
    ("The group said on Sunday that its chief, Abu al-Hasan al-Hashimi al-Qurashi, had been "
     "killed in fighting and named a commander, Abu al-Hussein al-Husseini al-Qurashi, to "
     "replace him.", "en", [(SO_, HUSSEIN, HASAN)], []),
    ("وأعلن التنظيم مقتل زعيمه أبي الحسن الهاشمي القرشي، وعيّن أبا الحسين الحسيني القرشي خلفاً "
     "له.", "ar", [(SO_, HUSSEIN, HASAN)], []),
    # the one before the verb was not killed: he named the successor, "him" is someone else
    ("The group said its chief, Abu al-Hasan al-Hashimi al-Qurashi, had met the council and "
     "named a commander, Abu al-Hussein al-Husseini al-Qurashi, to replace him.", "en", [],
     [(SO_, HUSSEIN, HASAN)]),
]


@pytest.mark.parametrize(("text", "lang", "must", "must_not"), REPLACE_KILLED)
def test_replace_him_after_killed(ex, text, lang, must, must_not) -> None:
    assert_relations(ex.extract(text, lang=lang), text[:40], must, must_not)


# ---- "قبل أن يُقتل X / الأخير بغارة أميركية": the passive imperfect after أن ----------------
AMIRI_ = "person:hadi-al-amiri"
SUBJUNCTIVE = [
    ("والتقى هادي العامري قاسم سليماني مرات عدة قبل أن يُقتل الأخير بغارة أميركية قرب مطار "
     "بغداد.", "ar", [(AB_, SOLEIMANI, USA)], [(AB_, AMIRI_, USA)]),
    ("وكان أبو مهدي المهندس قد زار طهران قبل أن يُقتل بغارة أميركية.", "ar", [], []),
    ("وزار العامري طهران قبل أن يُقتل قاسم سليماني بغارة أميركية في كانون الثاني.", "ar",
     [(AB_, SOLEIMANI, USA)], []),
    # English: "before he was killed in a US strike" already
    ("Hadi al-Amiri met Qasem Soleimani many times before the latter was killed in a US "
     "strike.", "en", [(AB_, SOLEIMANI, USA)], [(AB_, AMIRI_, USA)]),
    # active, no means phrase after the object: nothing
    ("وحاول الجيش أن يقتل قاسم سليماني في بغداد.", "ar", [], [(AB_, SOLEIMANI, USA)]),
]


@pytest.mark.parametrize(("text", "lang", "must", "must_not"), SUBJUNCTIVE)
def test_subjunctive_passive_ar(ex, text, lang, must, must_not) -> None:
    assert_relations(ex.extract(text, lang=lang), text[:40], must, must_not)
