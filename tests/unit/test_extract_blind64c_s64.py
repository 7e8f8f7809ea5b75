"""Session 64 (blind64c): fixes after the first contact of blind set NW-NX (Turkey and the Gulf
2020-2024, written blind: Erdogan's Gulf visits, the Qatar-Turkey Supreme Strategic Committee,
Tahnoun bin Zayed in Ankara, Fidan after Cavusoglu and Kalin after Fidan, Turkish drone strikes,
the Khashoggi killing, the Kuwaiti and Omani successions), each read in several paraphrases of
other outlets, people and clitics.

- Meetings, English: a list of attendees goes on past a two-portfolio title, "A, Treasury and
  Finance Minister B and C attended the talks" (``chains.ChainHelpers.chain`` with
  ``title_phrase_en.portfolio_pair_en``, also when the first portfolio word is read as a body:
  "Treasury"); "attended the delegation-level talks" names the meeting as "the talks" does
  (``meeting_sides_en.names_the_meeting``, hyphenated modifiers); ", as did A and B" gives every
  member of the list the clause's meetings (``meeting_as_did_en``).
- Meetings, Arabic: co-chairs, "ترأس X وY اجتماع اللجنة", also with each one's title after his
  name set off by commas and the Gulf protocol's "وأخوه": "ترأس الشيخ X أمير البلاد المفدى،
  وأخوه فخامة الرئيس Y رئيس الجمهورية التركية، اجتماع الدورة التاسعة للجنة"
  (``meeting_gathered_ar.held_together_ar``); planned ones stay unread.
- Meetings, Arabic: a second title after a name that starts with a و of its own ("... ولي
  العهد نائب رئيس مجلس الوزراء وزير الدفاع") is the named man's, not a description of someone
  before, and the council in his title is no subject of the verb (``protocol_forms
  .second_title_ar``, ``title_holders``): "عقد الأمير X ولي العهد نائب رئيس مجلس الوزراء وزير
  الدفاع جلسة مباحثات مع فخامته" gives X and the guest.
- Meetings, Arabic: attendee lists go on past a title told after each name in "فيما حضره من
  الجانب التركي A وزير الخارجية، وB وزير الدفاع، وC" (``meeting_attended_ar.attendees_ar``) and
  after "ومن الجانب التركي" ("B، ومعالي رئيس جهاز الاستخبارات C، والمتحدث باسم الرئاسة D":
  ``meeting_by_side.other_side_ar``, ``meeting_attend_forms._title_run_ar`` with an honorific
  before the title).
"""

import pytest

from tests.extract_support import met_sorted as _met
from tests.extract_support import sorted_pair as _pair

ERDOGAN, MBS, SALMAN, TAMIM, MBZ = (
    "person:recep-tayyip-erdogan", "person:mohammed-bin-salman", "person:salman-bin-abdulaziz",
    "person:tamim-bin-hamad-al-thani", "person:mohamed-bin-zayed")
FIDAN, SIMSEK, KALIN, GULER, CAVUSOGLU, AKAR = (
    "person:hakan-fidan", "person:mehmet-simsek", "person:ibrahim-kalin", "person:yasar-guler",
    "person:mevlut-cavusoglu", "person:hulusi-akar")
FBF, KBS, MBAR, ABZ, TAHNOUN = (
    "person:faisal-bin-farhan", "person:khalid-bin-salman", "person:mohammed-bin-abdulrahman-al-thani",
    "person:abdullah-bin-zayed", "person:tahnoun-bin-zayed")


def _all_met(met: set, attendees: list, principals: list) -> list:
    """The (attendee, principal) pairs missing from *met*."""
    return [(a, p) for a in attendees for p in principals if _pair(a, p) not in met]


# --- English attendee lists: two-portfolio titles, "the delegation-level talks", "as did A and B"

@pytest.mark.parametrize("text, principals, attendees", [
    ("Turkish President Recep Tayyip Erdogan met Saudi Crown Prince Mohammed bin Salman in Jeddah "
     "on Monday. Foreign Minister Hakan Fidan and Treasury and Finance Minister Mehmet Simsek "
     "attended the talks.", [ERDOGAN, MBS], [FIDAN, SIMSEK]),
    ("Qatar's Emir Sheikh Tamim bin Hamad Al Thani received Turkish President Recep Tayyip Erdogan "
     "at Lusail Palace on Tuesday. Defence Minister Yasar Guler, Treasury and Finance Minister "
     "Mehmet Simsek and intelligence chief Ibrahim Kalin also attended the meeting.",
     [TAMIM, ERDOGAN], [GULER, SIMSEK, KALIN]),
    ("UAE President Sheikh Mohamed bin Zayed received Turkish President Recep Tayyip Erdogan in Abu "
     "Dhabi. Foreign Minister Hakan Fidan, Culture and Tourism Minister Mehmet Nuri Ersoy and "
     "Defence Minister Yasar Guler attended the talks.", [MBZ, ERDOGAN], [FIDAN, GULER]),
])
def test_an_attendee_list_goes_on_past_a_two_portfolio_title(shipped, text, principals,
                                                              attendees):
    assert _all_met(_met(shipped, text), attendees, principals) == []


@pytest.mark.parametrize("text, principals, attendees", [
    ("Turkish President Recep Tayyip Erdogan met Saudi Crown Prince Mohammed bin Salman in Jeddah "
     "on Monday. Foreign Minister Hakan Fidan attended the delegation-level talks.",
     [ERDOGAN, MBS], [FIDAN]),
    ("Qatar's Emir Sheikh Tamim bin Hamad Al Thani received Turkish President Recep Tayyip Erdogan "
     "in Doha. Intelligence chief Ibrahim Kalin also attended the one-on-one meeting.",
     [TAMIM, ERDOGAN], [KALIN]),
    ("Saudi Foreign Minister Prince Faisal bin Farhan held talks with Turkish Foreign Minister "
     "Hakan Fidan in Ankara. Defence Minister Yasar Guler attended the closed-door session.",
     [FBF, FIDAN], [GULER]),
])
def test_a_hyphenated_modifier_before_the_meeting_noun_still_names_the_meeting(
        shipped, text, principals, attendees):
    assert _all_met(_met(shipped, text), attendees, principals) == []


@pytest.mark.parametrize("text, principals, attendees", [
    ("Turkish President Recep Tayyip Erdogan met Saudi Crown Prince Mohammed bin Salman in Jeddah "
     "on Monday. Foreign Minister Hakan Fidan attended the talks, as did Saudi Defense Minister "
     "Prince Khalid bin Salman and Foreign Minister Prince Faisal bin Farhan.",
     [ERDOGAN, MBS], [FIDAN, KBS, FBF]),
    ("Qatar's Emir Sheikh Tamim bin Hamad Al Thani received Turkish President Recep Tayyip Erdogan "
     "in Doha. Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani attended the meeting, as did "
     "Foreign Minister Hakan Fidan and Defence Minister Yasar Guler.",
     [TAMIM, ERDOGAN], [MBAR, FIDAN, GULER]),
    ("UAE President Sheikh Mohamed bin Zayed received Turkish President Recep Tayyip Erdogan in Abu "
     "Dhabi. National Security Adviser Sheikh Tahnoun bin Zayed attended the talks, as did Foreign "
     "Minister Mevlut Cavusoglu and Defence Minister Hulusi Akar.",
     [MBZ, ERDOGAN], [TAHNOUN, CAVUSOGLU, AKAR]),
])
def test_as_did_a_and_b_gives_each_of_the_list_the_meeting(shipped, text, principals,
                                                           attendees):
    assert _all_met(_met(shipped, text), attendees, principals) == []


def test_a_planned_attendance_with_a_two_portfolio_title_is_no_meeting(shipped):
    text = ("Turkish President Recep Tayyip Erdogan met Saudi Crown Prince Mohammed bin Salman in "
            "Jeddah on Monday. Foreign Minister Hakan Fidan and Treasury and Finance Minister "
            "Mehmet Simsek will attend the talks in Riyadh next month.")
    met = _met(shipped, text)
    assert _pair(ERDOGAN, MBS) in met
    assert _pair(SIMSEK, MBS) not in met and _pair(FIDAN, MBS) not in met


# --- Arabic co-chairs, each with his title after the name ------------------------------------

@pytest.mark.parametrize("text, a, b", [
    ("ترأس حضرة صاحب السمو الشيخ تميم بن حمد آل ثاني أمير البلاد المفدى، وأخوه فخامة الرئيس رجب "
     "طيب أردوغان رئيس الجمهورية التركية، اجتماع الدورة التاسعة للجنة الاستراتيجية العليا بين "
     "البلدين، الذي عقد بقصر لوسيل أمس.", TAMIM, ERDOGAN),
    ("وترأس الرئيس رجب طيب أردوغان رئيس الجمهورية التركية، وصاحب السمو الشيخ تميم بن حمد آل ثاني "
     "أمير دولة قطر، اجتماع الدورة السابعة للجنة الاستراتيجية العليا في أنقرة.", ERDOGAN, TAMIM),
    ("ترأس صاحب السمو الشيخ محمد بن زايد آل نهيان رئيس الدولة، وفخامة الرئيس رجب طيب أردوغان، "
     "اجتماع مجلس التعاون الاستراتيجي رفيع المستوى في أبوظبي.", MBZ, ERDOGAN),
])
def test_co_chairs_with_titles_after_their_names_met(shipped, text, a, b):
    assert _pair(a, b) in _met(shipped, text, "ar")


def test_a_planned_co_chaired_meeting_is_no_meeting(shipped):
    text = ("ومن المقرر أن يترأس الشيخ تميم بن حمد آل ثاني أمير البلاد، والرئيس رجب طيب أردوغان "
            "رئيس الجمهورية التركية، اجتماع اللجنة الاستراتيجية العليا الشهر المقبل.")
    assert _pair(TAMIM, ERDOGAN) not in _met(shipped, text, "ar")


# --- Arabic: a stacked title after a name ("... وزير الدفاع") ----------------------------------

_SALMAN_RECEIVES = ("استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود في قصر السلام "
                    "بجدة اليوم، فخامة الرئيس رجب طيب أردوغان رئيس الجمهورية التركية. ")


@pytest.mark.parametrize("text, host, guest", [
    (_SALMAN_RECEIVES + "إثر ذلك، عقد صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز آل سعود "
     "ولي العهد نائب رئيس مجلس الوزراء وزير الدفاع - حفظه الله - جلسة مباحثات رسمية مع فخامته.",
     MBS, ERDOGAN),
    (_SALMAN_RECEIVES + "ثم عقد الأمير محمد بن سلمان ولي العهد نائب رئيس مجلس الوزراء وزير الدفاع "
     "جلسة مباحثات مع الرئيس التركي في القصر ذاته.", MBS, ERDOGAN),
    ("وصل الشيخ تميم بن حمد آل ثاني أمير دولة قطر إلى جدة اليوم. وعقد صاحب السمو الملكي الأمير محمد "
     "بن سلمان ولي العهد نائب رئيس مجلس الوزراء وزير الدفاع جلسة مباحثات رسمية مع أمير قطر.",
     MBS, TAMIM),
])
def test_a_stacked_title_after_the_host_s_name_is_his_own(shipped, text, host, guest):
    met = _met(shipped, text, "ar")
    assert _pair(host, guest) in met
    assert not any("ministers-council" in p for pair in met for p in pair)


# --- Arabic attendee lists with a title after each name ---------------------------------------

@pytest.mark.parametrize("text, principals, attendees", [
    ("استقبل الشيخ تميم بن حمد آل ثاني أمير البلاد الرئيس رجب طيب أردوغان. حضر الاجتماع الشيخ محمد "
     "بن عبدالرحمن آل ثاني رئيس مجلس الوزراء وزير الخارجية، فيما حضره من الجانب التركي هاكان فيدان "
     "وزير الخارجية، ويشار غولر وزير الدفاع الوطني، وإبراهيم قالن رئيس جهاز الاستخبارات.",
     [TAMIM, ERDOGAN], [FIDAN, GULER, KALIN]),
    ("عقد الأمير محمد بن سلمان جلسة مباحثات رسمية مع الرئيس رجب طيب أردوغان. حضر جلسة المباحثات "
     "الأمير فيصل بن فرحان وزير الخارجية، ومن الجانب التركي معالي وزير الخارجية مولود تشاووش "
     "أوغلو، ومعالي رئيس جهاز الاستخبارات الوطنية هاكان فيدان، والمتحدث باسم الرئاسة التركية "
     "إبراهيم قالن.", [MBS, ERDOGAN], [FBF, CAVUSOGLU, FIDAN, KALIN]),
    ("استقبل الشيخ محمد بن زايد آل نهيان الرئيس رجب طيب أردوغان في قصر الوطن. حضر اللقاء الشيخ "
     "عبدالله بن زايد وزير الخارجية، ومن الجانب التركي معالي وزير الخارجية مولود تشاووش أوغلو، "
     "ومعالي وزير الدفاع الوطني خلوصي أكار.", [MBZ, ERDOGAN], [ABZ, CAVUSOGLU, AKAR]),
])
def test_attendee_lists_go_on_past_titles_and_honorifics(shipped, text, principals, attendees):
    assert _all_met(_met(shipped, text, "ar"), attendees, principals) == []
