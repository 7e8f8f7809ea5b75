"""Session 68 (residual68b): what the second-wave blind sets (QW-RF) still missed, read in
several paraphrases of other people, outlets and portfolios.

- Titles, English: "Deputy Chairman" / "Deputy Chair" / "Deputy Director" before a name is one
  title (``lexicon.EN_TITLES``), not a title and a person called "Chairman" / "Director" ("His
  Majesty King Abdullah received ... Deputy Chairman of the PLO Executive Committee Hussein
  al-Sheikh": the king met al-Sheikh, not a "Chairman").
- Meetings, English: an attendee list opening the sentence whose last member has a long title
  with "and" inside that the name did not take in, "Prime Minister A, Director of the Office of
  His Majesty the King B, and Deputy Prime Minister and Minister of Foreign Affairs and
  Expatriates C attended the meeting": the members before the long title are read back past it
  (``attendee_list_back_en._long_title_starts``); not when the list does not open the sentence
  ("X said that Y and Minister of Z and W C attended").
- Meetings, English: the side's members told after the meeting sentence with the talks named,
  "The Russian delegation at the talks (also) included A and B", "The Turkish delegation to the
  meeting included", "The Iraqi side in the talks included" (``meeting_sides_en.side_included_en``
  past ``_before_at_the_talks``); not talks still planned ("will include"), nor another event
  ("the delegation at the summit in Astana included").
- Plural references, Arabic: "the two ministers" «الوزيران / الوزيرين» is not a pair one of
  whom has a title of another office, «وحضر اللقاء وزير الخارجية A، ورئيس جهاز المخابرات العامة
  اللواء B. وكان الوزيران قد عقدا ... اجتماعاً مع نظيرهما C» (not B with C), also «مدير مكتب
  الملك» or a title the name took in («الملك عبد الله الثاني») (``plural_refs._other_office``);
  two ministers named before still are («وزير الخارجية A، ووزير المالية B»).
"""

from tests.extract_support import entity_ids
from tests.extract_support import met_sorted as _met
from tests.extract_support import sorted_pair as _pair

SISI, AGAR = "person:abdel-fattah-el-sisi", "person:malik-agar"
KING, SHEIKH = "person:abdullah-ii", "person:hussein-al-sheikh"
SAFADI, KHASAWNEH, FUAD = "person:ayman-safadi", "person:bisher-al-khasawneh", "person:fuad-hussein"
JAFAR, BATAYNEH = "person:jafar-hassan", "person:alaa-batayneh"
MBS, FAISAL, JUBEIR = ("person:mohammed-bin-salman", "person:faisal-bin-farhan",
                       "person:adel-al-jubeir")
PUTIN, RAISI, LAVROV, USHAKOV = ("person:vladimir-putin", "person:ebrahim-raisi",
                                 "person:sergei-lavrov", "person:yury-ushakov")
ERDOGAN, TAMIM, FIDAN, KALIN = ("person:recep-tayyip-erdogan", "person:tamim-bin-hamad-al-thani",
                                "person:hakan-fidan", "person:ibrahim-kalin")
SUDANI = "person:mohammed-shia-al-sudani"
NETANYAHU, COHEN = "person:benjamin-netanyahu", "person:david-cohen"


def _all_pairs(people: list[str]) -> set[tuple[str, str]]:
    return {_pair(a, b) for i, a in enumerate(people) for b in people[i + 1:]}


def test_deputy_chairman_is_a_title_petra(shipped):
    text = ("His Majesty King Abdullah on Wednesday received at Al Husseiniya Palace Vice "
            "President of the State of Palestine and Deputy Chairman of the PLO Executive "
            "Committee Hussein al-Sheikh.")
    assert _met(shipped, text) == {_pair(KING, SHEIKH)}
    assert "person:chairman" not in entity_ids(shipped, text)


def test_deputy_chairman_short_title(shipped):
    text = "Egyptian President Abdel Fattah al-Sisi on Monday met Deputy Chairman Malik Agar in Cairo."
    assert _met(shipped, text) == {_pair(SISI, AGAR)}


def test_deputy_chair_set_off_by_commas(shipped):
    text = "Sisi met the Deputy Chair, Malik Agar, in Cairo on Monday."
    assert _met(shipped, text) == {_pair(SISI, AGAR)}


def test_deputy_director_of_the_cia(shipped):
    text = ("Deputy Director of the CIA David Cohen held talks with Israeli Prime Minister "
            "Benjamin Netanyahu in Jerusalem.")
    assert _met(shipped, text) == {_pair(COHEN, NETANYAHU)}
    assert "person:director" not in entity_ids(shipped, text)


def test_deputy_chairman_called_off_visit_not_read(shipped):
    text = ("Deputy Chairman Malik Agar was due to meet Sisi in Cairo next week, but the visit "
            "was called off.")
    assert _met(shipped, text) == set()
    assert "person:chairman" not in entity_ids(shipped, text)


def test_long_title_last_attendee_petra(shipped):
    text = ("His Majesty King Abdullah on Wednesday received at Al Husseiniya Palace Deputy "
            "Chairman of the PLO Executive Committee Hussein al-Sheikh.\n"
            "Prime Minister Jafar Hassan, Director of the Office of His Majesty the King Alaa "
            "Batayneh, and Deputy Prime Minister and Minister of Foreign Affairs and "
            "Expatriates Ayman Safadi attended the meeting.")
    assert _met(shipped, text) == _all_pairs([KING, SHEIKH, JAFAR, BATAYNEH, SAFADI])


def test_long_title_two_attendees(shipped):
    text = ("King Abdullah received Iraqi Foreign Minister Fuad Hussein in Amman on Tuesday.\n"
            "Prime Minister Bisher Khasawneh and Minister of Foreign Affairs and Expatriates "
            "Ayman Safadi attended the meeting.")
    assert _met(shipped, text) == _all_pairs([KING, FUAD, KHASAWNEH, SAFADI])


def test_long_title_untitled_first_attendee_riyadh(shipped):
    text = ("Saudi Crown Prince Mohammed bin Salman received Jordanian Foreign Minister Ayman "
            "Safadi in Riyadh.\n"
            "Adel al-Jubeir and Minister of Foreign Affairs and Expatriates Faisal bin Farhan "
            "attended the meeting.")
    assert _met(shipped, text) == _all_pairs([MBS, SAFADI, JUBEIR, FAISAL])


def test_long_title_list_not_opening_the_sentence_not_read_back(rules_only):
    text = ("King Abdullah received Iraqi Foreign Minister Fuad Hussein in Amman on Tuesday.\n"
            "Officials told Bisher Khasawneh that Minister of Foreign Affairs and Expatriates "
            "Ayman Safadi attended the meeting.")
    assert KHASAWNEH not in {p for pair in _met(rules_only, text) for p in pair}


_TEHRAN = "Russian President Vladimir Putin held talks with Iranian President Ebrahim Raisi in Tehran on Tuesday.\n"


def test_delegation_at_the_talks_included_tass(shipped):
    text = _TEHRAN + ("The Russian delegation at the talks included Foreign Minister Sergei Lavrov "
                      "and Presidential Aide Yury Ushakov.")
    assert _met(shipped, text) == _all_pairs([PUTIN, RAISI, LAVROV, USHAKOV])


def test_delegation_at_the_talks_also_included(shipped):
    text = _TEHRAN + "The Russian delegation at the talks also included Foreign Minister Sergei Lavrov."
    assert _met(shipped, text) == _all_pairs([PUTIN, RAISI, LAVROV])


def test_delegation_to_the_meeting_included_doha(shipped):
    text = ("Turkish President Recep Tayyip Erdogan met Emir Tamim bin Hamad Al Thani in Doha on "
            "Monday.\nThe Turkish delegation to the meeting included Foreign Minister Hakan Fidan "
            "and intelligence chief Ibrahim Kalin.")
    assert _met(shipped, text) == _all_pairs([ERDOGAN, TAMIM, FIDAN, KALIN])


def test_side_in_the_talks_included_riyadh(shipped):
    text = ("Saudi Crown Prince Mohammed bin Salman received Iraqi Prime Minister Mohammed Shia "
            "al-Sudani in Riyadh.\nThe Iraqi side in the talks included Foreign Minister Fuad Hussein.")
    assert _met(shipped, text) == _all_pairs([MBS, SUDANI, FUAD])


def test_delegation_at_planned_talks_not_read(shipped):
    text = ("Russian President Vladimir Putin will hold talks with Iranian President Ebrahim Raisi "
            "in Tehran on Tuesday.\nThe Russian delegation at the talks will include Foreign "
            "Minister Sergei Lavrov.")
    assert _met(shipped, text) == set()


def test_delegation_at_another_summit_not_read(shipped):
    text = _TEHRAN + ("The Russian delegation at the summit in Astana included Foreign Minister "
                      "Sergei Lavrov.")
    assert _met(shipped, text) == {_pair(PUTIN, RAISI)}


LEDRIAN, MALIKI, FARAJ, SHOUKRY = ("person:jean-yves-le-drian", "person:riyad-al-maliki",
                                   "person:majed-faraj", "person:sameh-shoukry")


def _partners(extractor, text: str, who: str) -> set[str]:
    return {p for pair in _met(extractor, text, "ar") if who in pair for p in pair} - {who}


def test_two_ministers_not_the_intelligence_chief_wafa(shipped):
    text = ("استقبل الرئيس محمود عباس في رام الله وزير الخارجية المصري سامح شكري.\n"
            "وحضر اللقاء وزير الخارجية رياض المالكي، ورئيس جهاز المخابرات العامة اللواء ماجد فرج.\n"
            "وكان الوزيران قد عقدا في القاهرة الأسبوع الماضي اجتماعاً مع نظيرهما الفرنسي جان إيف لودريان.")
    assert FARAJ not in _partners(shipped, text, LEDRIAN)


def test_two_ministers_not_the_office_director_petra(shipped):
    text = ("استقبل الملك عبد الله الثاني في عمان وزير الخارجية العراقي فؤاد حسين.\n"
            "وحضر اللقاء وزير الخارجية أيمن الصفدي ومدير مكتب الملك جعفر حسان.\n"
            "والتقى الوزيران في وقت لاحق وزير الخارجية الفرنسي جان إيف لودريان.")
    assert _partners(shipped, text, LEDRIAN).isdisjoint({JAFAR, KING})


def test_two_ministers_not_the_general_intelligence_director(shipped):
    text = ("استقبل الملك عبد الله الثاني في عمان وزير الخارجية العراقي فؤاد حسين.\n"
            "وحضر اللقاء رئيس الوزراء بشر الخصاونة ومدير المخابرات العامة اللواء أحمد حسني.\n"
            "والتقى الوزيران في وقت لاحق وزير الخارجية الفرنسي جان إيف لودريان.")
    assert _partners(shipped, text, LEDRIAN).isdisjoint({"person:ahmed-hosni", KING})


def test_two_ministers_named_before_still_read(shipped):
    text = ("استقبل الرئيس محمود عباس في رام الله وزير الخارجية المصري سامح شكري.\n"
            "وحضر اللقاء وزير الخارجية رياض المالكي، ووزير المالية شكري بشارة.\n"
            "وكان الوزيران قد عقدا في القاهرة الأسبوع الماضي اجتماعاً مع نظيرهما الفرنسي جان إيف لودريان.")
    assert _partners(shipped, text, LEDRIAN) == {MALIKI, "person:shoukry-bechara"}
