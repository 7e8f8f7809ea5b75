"""Session 67 (attend67): attendees named in a sentence after the meeting, in forms the
attendance rules did not read (coref67's fold misses, class "a:later+att").

- Arabic: the audience or the reception as the subject of "took place", «وجرت المقابلة
  بحضور Z»، «وجرى هذا الاستقبال بحضور Z»، «وتمت هذه المقابلة بحضور Z», after «استقبل H G»: Z
  met H and G, as «وجرى اللقاء بحضور Z» (``meeting_present_more.present_pairs_ar``,
  ``_audience_took_place``); not «وأقيم حفل الاستقبال بحضور Z» (a reception party), «وأجرت
  القناة المقابلة بحضور Z» (an interview), «وستجري المقابلة المقبلة» (one to come).
- English: "The meeting, held in the presence of Morocco's Permanent Representative to the
  United Nations in New York, A, focused on ...": a long capitalised title and a comma before
  the name (``meeting_present_more._meeting_in_presence``, with
  ``protocol_forms.titled_after_by_en``); not a meeting still to be held.
- English: the inverted list opened by another word than "Also present were": "Among those
  present (at the talks) were A and B", "Joining the talks were A and B", "Sitting in on the
  talks were A and B" (``meeting_present_more._present_were``): A and B met both principals;
  not "Among those present at the funeral were", "Joining the protest were", after a call or
  a meeting to come.
- English: an attendee whose country only his title tells ("Swedish Foreign Minister A") at a
  meeting of two, one of them of no known country (the UN Secretary-General): he met both,
  as one side's man at a meeting of two does (``meeting_present_more.sides_named``).
"""

import pytest

from tests.extract_support import met_sorted as _met
from tests.extract_support import sorted_pair as _pair

SISI, ABBAS, SHOUKRY = "person:abdel-fattah-el-sisi", "person:mahmoud-abbas", "person:sameh-shoukry"
M6, BOURITA = "person:mohammed-vi", "person:nasser-bourita"
MBS, HADI, KHALID = ("person:mohammed-bin-salman", "person:abdrabbuh-mansur-hadi",
                     "person:khalid-bin-salman")
ABDULLAH, SAFADI = "person:abdullah-ii", "person:ayman-safadi"
GUTERRES, ABDULSALAM = "person:antonio-guterres", "person:mohammed-abdulsalam"
WALLSTROM, GRIFFITHS = "person:margot-wallstrom", "person:martin-griffiths"
ARAGHCHI, MISTURA = "person:abbas-araghchi", "person:staffan-de-mistura"


def _id_named(extractor, text: str, lang: str, name: str) -> str:
    """The id of the person the extractor read as *name* in *text* (its name or an alias: the
    gazetteer's id of Omar Hilale, Espen Barth Eide is a transliteration of their Arabic
    names)."""
    doc = extractor.extract(text, lang=lang)
    return next(e["id"] for e in doc["entities"]
                if name == e.get("name") or name in (e.get("aliases") or ()))


# --- Arabic: «وجرت المقابلة / وجرى هذا الاستقبال بحضور Z» -----------------------------------

@pytest.mark.parametrize("text, host, guest, z", [
    ("استقبل الرئيس عبد الفتاح السيسي الرئيس الفلسطيني محمود عباس في القاهرة. وجرى هذا الاستقبال "
     "بحضور وزير الخارجية سامح شكري.", SISI, ABBAS, SHOUKRY),
    ("استقبل الملك محمد السادس الرئيس الفلسطيني محمود عباس في الرباط. وجرت المقابلة بحضور وزير "
     "الخارجية ناصر بوريطة.", M6, ABBAS, BOURITA),
    ("استقبل ولي العهد السعودي الأمير محمد بن سلمان الرئيس اليمني عبد ربه منصور هادي في الرياض. "
     "وتمت هذه المقابلة بحضور الأمير خالد بن سلمان.", MBS, HADI, KHALID),
    ("استقبل العاهل الأردني الملك عبدالله الثاني الرئيس الفلسطيني محمود عباس في عمان. وجرى "
     "الاستقبال بحضور نائب رئيس الوزراء وزير الخارجية أيمن الصفدي.", ABDULLAH, ABBAS, SAFADI),
    ("استقبل الرئيس عبد الفتاح السيسي الرئيس الفلسطيني محمود عباس في القاهرة. وقد جرت هذه "
     "المقابلة بحضور وزير الخارجية سامح شكري.", SISI, ABBAS, SHOUKRY),
])
def test_the_audience_took_place_in_the_presence_of_z_pairs_z_with_both(shipped, text, host,
                                                                       guest, z):
    met = _met(shipped, text, "ar")
    assert _pair(host, guest) in met
    assert _pair(z, host) in met
    assert _pair(z, guest) in met


@pytest.mark.parametrize("text, host, guest, z", [
    # a reception party, an interview, an audience to come
    ("استقبل الملك محمد السادس الرئيس الفلسطيني محمود عباس في الرباط. وأقيم حفل الاستقبال بحضور "
     "وزير الخارجية ناصر بوريطة.", M6, ABBAS, BOURITA),
    ("استقبل العاهل الأردني الملك عبدالله الثاني الرئيس الفلسطيني محمود عباس في عمان. وأجرت قناة "
     "المملكة المقابلة بحضور وزير الخارجية أيمن الصفدي.", ABDULLAH, ABBAS, SAFADI),
    ("استقبل العاهل الأردني الملك عبدالله الثاني الرئيس الفلسطيني محمود عباس في عمان. وستجري "
     "المقابلة المقبلة بحضور وزير الخارجية أيمن الصفدي.", ABDULLAH, ABBAS, SAFADI),
])
def test_a_reception_party_an_interview_or_an_audience_to_come_is_not_the_audience(
        rules_only, text, host, guest, z):
    met = _met(rules_only, text, "ar")
    assert _pair(host, guest) in met
    assert _pair(z, guest) not in met


def test_after_a_call_the_audience_attended_pairs_no_one(shipped):
    text = ("اتصل الرئيس عبد الفتاح السيسي هاتفيا بالرئيس الفلسطيني محمود عباس. وجرت المقابلة "
            "بحضور وزير الخارجية سامح شكري.")
    assert _met(shipped, text, "ar") == set()


# --- English: "held in the presence of <a long title>, A" ------------------------------------

@pytest.mark.parametrize("text, host, guest, z", [
    ("Moroccan Foreign Minister Nasser Bourita held talks in Rabat with the UN envoy, Staffan de "
     "Mistura. The meeting, held in the presence of Morocco's Ambassador to the United Nations in "
     "New York, Omar Hilale, focused on the process.", BOURITA, MISTURA, "Omar Hilale"),
    ("Jordan's King Abdullah met Palestinian President Mahmoud Abbas in Amman on Sunday. The "
     "meeting, held in the presence of Jordan's Deputy Prime Minister and Minister of Foreign "
     "Affairs, Ayman Safadi, focused on Gaza.", ABDULLAH, ABBAS, SAFADI),
    ("Saudi Crown Prince Mohammed bin Salman received Yemeni President Abdrabbuh Mansur Hadi in "
     "Riyadh. The meeting was held in the presence of Saudi Arabia's Deputy Minister of Defense, "
     "Prince Khalid bin Salman.", MBS, HADI, KHALID),
])
def test_held_in_the_presence_of_a_long_title_then_the_name(shipped, text, host, guest, z):
    if not z.startswith("person:"):
        z = _id_named(shipped, text, "en", z)
    met = _met(shipped, text, "en")
    assert _pair(host, guest) in met
    assert _pair(z, host) in met
    assert _pair(z, guest) in met


def test_a_meeting_still_to_be_held_in_the_presence_of_a_long_title_pairs_no_attendee(shipped):
    text = ("Jordan's King Abdullah met Palestinian President Mahmoud Abbas in Amman on Sunday. The "
            "next meeting will be held in the presence of Jordan's Deputy Prime Minister and "
            "Minister of Foreign Affairs, Ayman Safadi.")
    met = _met(shipped, text, "en")
    assert _pair(ABDULLAH, ABBAS) in met
    assert _pair(SAFADI, ABBAS) not in met


# --- English: a third country's attendee at a meeting with a side of no known country --------

@pytest.mark.parametrize("text, a, b, z", [
    ("Secretary-General Antonio Guterres met Houthi negotiator Mohammed Abdulsalam on Thursday. "
     "Swedish Foreign Minister Margot Wallstrom and Martin Griffiths also attended the meeting.",
     GUTERRES, ABDULSALAM, WALLSTROM),
    ("Secretary-General Antonio Guterres met Houthi negotiator Mohammed Abdulsalam on Thursday. "
     "Swedish Foreign Minister Margot Wallstrom and the Special Envoy, Martin Griffiths, also "
     "attended the meeting.", GUTERRES, ABDULSALAM, WALLSTROM),
    ("Secretary-General Antonio Guterres met Iranian Foreign Minister Abbas Araghchi in New York "
     "on Monday. Norwegian Foreign Minister Espen Barth Eide also attended the meeting.",
     GUTERRES, ARAGHCHI, "Espen Barth Eide"),
])
def test_an_attendee_titled_with_his_country_met_both_when_one_side_has_none(rules_only, text,
                                                                            a, b, z):
    if not z.startswith("person:"):
        z = _id_named(rules_only, text, "en", z)
    met = _met(rules_only, text, "en")
    assert _pair(a, b) in met
    assert _pair(z, a) in met
    assert _pair(z, b) in met


def test_an_attendee_who_did_not_attend_met_no_one(shipped):
    text = ("Secretary-General Antonio Guterres met Houthi negotiator Mohammed Abdulsalam on "
            "Thursday. Swedish Foreign Minister Margot Wallstrom did not attend the meeting.")
    met = _met(shipped, text, "en")
    assert _pair(GUTERRES, ABDULSALAM) in met
    assert _pair(WALLSTROM, GUTERRES) not in met
    assert _pair(WALLSTROM, ABDULSALAM) not in met


# --- English: "Among those present / Joining the talks / Sitting in on the talks were A and B" -

KAMEL, KALIN, FIDAN = "person:abbas-kamel", "person:ibrahim-kalin", "person:hakan-fidan"
ERDOGAN, HANIYEH = "person:recep-tayyip-erdogan", "person:ismail-haniyeh"
_SISI_ABBAS = "Egyptian President Abdel Fattah al-Sisi met Palestinian President Mahmoud Abbas in Cairo. "
_ERDOGAN_HANIYEH = "Turkish President Recep Tayyip Erdogan received Hamas leader Ismail Haniyeh in Ankara. "
_ABDULLAH_ABBAS = "Jordan's King Abdullah received Palestinian President Mahmoud Abbas in Amman. "


@pytest.mark.parametrize("text, host, guest, a, b", [
    (_SISI_ABBAS + "Among those present were Foreign Minister Sameh Shoukry and intelligence chief "
     "Abbas Kamel.", SISI, ABBAS, SHOUKRY, KAMEL),
    (_ERDOGAN_HANIYEH + "Among those present at the talks were Foreign Minister Hakan Fidan and "
     "intelligence chief Ibrahim Kalin.", ERDOGAN, HANIYEH, FIDAN, KALIN),
    (_SISI_ABBAS + "Joining the talks were Foreign Minister Sameh Shoukry and intelligence chief "
     "Abbas Kamel.", SISI, ABBAS, SHOUKRY, KAMEL),
    (_ERDOGAN_HANIYEH + "Joining the meeting were Foreign Minister Hakan Fidan and intelligence "
     "chief Ibrahim Kalin.", ERDOGAN, HANIYEH, FIDAN, KALIN),
    (_SISI_ABBAS + "Sitting in on the talks were Foreign Minister Sameh Shoukry and intelligence "
     "chief Abbas Kamel.", SISI, ABBAS, SHOUKRY, KAMEL),
    (_ERDOGAN_HANIYEH + "Sitting in on the meeting were Foreign Minister Hakan Fidan and "
     "intelligence chief Ibrahim Kalin.", ERDOGAN, HANIYEH, FIDAN, KALIN),
])
def test_an_inverted_list_of_attendees_met_both_principals(shipped, text, host, guest, a, b):
    met = _met(shipped, text, "en")
    assert _pair(host, guest) in met
    for z in (a, b):
        assert _pair(z, host) in met
        assert _pair(z, guest) in met


@pytest.mark.parametrize("text", [
    _SISI_ABBAS + "Among those present at the funeral were Foreign Minister Sameh Shoukry and "
    "intelligence chief Abbas Kamel.",
    _SISI_ABBAS + "Joining the protest were Foreign Minister Sameh Shoukry and intelligence chief "
    "Abbas Kamel.",
    _ERDOGAN_HANIYEH + "Joining the rally were Foreign Minister Hakan Fidan and intelligence chief "
    "Ibrahim Kalin.",
])
def test_an_inverted_list_at_a_funeral_or_a_protest_met_no_principal(shipped, text):
    met = _met(shipped, text, "en")
    assert met  # (the meeting told before is read)
    assert not {_pair(z, p) for z in (SHOUKRY, KAMEL, FIDAN, KALIN)
                for p in (SISI, ABBAS, ERDOGAN, HANIYEH)} & met


@pytest.mark.parametrize("text", [
    "Egyptian President Abdel Fattah al-Sisi spoke by phone with Palestinian President Mahmoud "
    "Abbas on Sunday. Sitting in on the talks were Foreign Minister Sameh Shoukry and "
    "intelligence chief Abbas Kamel.",
    "Egyptian President Abdel Fattah al-Sisi will meet Palestinian President Mahmoud Abbas in "
    "Cairo on Sunday. Joining the talks will be Foreign Minister Sameh Shoukry and intelligence "
    "chief Abbas Kamel.",
])
def test_an_inverted_list_after_a_call_or_a_meeting_to_come_pairs_no_one(shipped, text):
    assert _met(shipped, text, "en") == set()
