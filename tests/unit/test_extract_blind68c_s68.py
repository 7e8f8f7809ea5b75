"""Session 68 (blind68c): fixes after the first contact of blind set QQ-QR (Syria's transition,
December 2024 - 2025, written blind), each read in several paraphrases of other outlets, people
and clitics.

- Killings, Arabic: an occupation phrase followed by another country's adjective names that
  country, not Israel: «بطائرة مسيّرة تابعة لدولة الاحتلال التركي»، «قصف لجيش الاحتلال
  التركي»، «قتلت قوات الاحتلال الأمريكي X» (``occupier_adjective_ar``, called from
  ``mentions.find_mentions``); «جيش الاحتلال» alone or «الإسرائيلي» stays Israel's.
- Meetings, English: "Z also attended" two sentences after the meeting, when the sentence
  between is a report whose only other person is its speaker ("X urged Y to ..., Leavitt
  said", "according to Saudi Foreign Minister W") (``attendee_two_back_en._reports_it``);
  not when the sentence between tells another meeting.
- Meetings, Arabic: "a meeting between the delegations" whose first names come in a
  participation clause, «أعقبه اجتماع موسّع بين وفدي البلدين شارك فيه A وB»: A and B are
  attendees of the leaders' meeting told before (each with both leaders), not the two sides of
  a meeting of their own (``meeting_between_attended``, ``meetings.MeetingRules.met_with``);
  «اجتماع بين الوفدين برئاسة A وB» still pairs A and B.
- Meetings, Arabic: the pronoun of «لقاء جمعها / جمعه بـY» agrees with the one it stands for:
  «وأعلنت السفيرة X دعم بلادها لحكومة Z، إثر لقاء جمعها بـY»: X met Y, not Z
  (``meeting_her.agreeing_antecedent``, used by ``meetings._meeting_joined_him`` and
  ``meeting_comprised_ar._antecedent``); «جمعه» passes over a woman named nearer.
"""

import pytest

from tests.extract_support import met_sorted as _met
from tests.extract_support import relation_pairs
from tests.extract_support import sorted_pair as _pair

TURKEY, US, ISRAEL, IDF = ("country:turkey", "country:united-states", "country:israel",
                           "organization:israel-defense-forces")
SHARAA, SHAIBANI, FIDAN, GULER, ERDOGAN = (
    "person:ahmed-al-sharaa", "person:asaad-al-shaibani", "person:hakan-fidan", "person:yasar-guler",
    "person:recep-tayyip-erdogan")
TRUMP, RUBIO, MBS, BLINKEN, SUDANI, ROMANOWSKI = (
    "person:donald-trump", "person:marco-rubio", "person:mohammed-bin-salman", "person:antony-blinken",
    "person:mohammed-shia-al-sudani", "person:alina-romanowski")
MASHHADANI, BAERBOCK, ORTAGUS, SALAM, AOUN, JOHNSON = (
    "person:mahmoud-al-mashhadani", "person:annalena-baerbock", "person:morgan-ortagus",
    "person:nawaf-salam", "person:joseph-aoun", "person:lisa-johnson")
MUHANDIS, DEIF = "person:abu-mahdi-al-muhandis", "person:mohammed-deif"


def _agents(extractor, text: str) -> set[str]:
    return {t for _v, t in relation_pairs(extractor, text, "ASSASSINATED_BY", "ar")}


# --- another occupier's adjective ---------------------------------------------------------------

@pytest.mark.parametrize("text, agent", [
    ("وتأتي هذه التطورات بعد أشهر من المعارك في محيط سد تشرين، التي استشهد خلالها الصحفيان ناظم "
     "داشتان وجيهان بلكين، إثر استهداف سيارتهما بطائرة مسيّرة تابعة لدولة الاحتلال التركي قرب السد.",
     TURKEY),
    ("قتلت قوات الاحتلال الأمريكي القيادي أبو مهدي المهندس قرب مطار بغداد.", US),
    ("اغتالت قوات الاحتلال الأميركي القيادي أبو مهدي المهندس في بغداد.", US),
    ("استشهد الصحفي ناظم داشتان وزميله جيهان بلكين بقصف لجيش الاحتلال التركي قرب سد تشرين.", TURKEY),
])
def test_an_occupation_phrase_with_another_countrys_adjective_names_that_country(shipped, text,
                                                                                  agent):
    agents = _agents(shipped, text)
    assert agent in agents
    assert ISRAEL not in agents and IDF not in agents


@pytest.mark.parametrize("text, agent", [
    ("قتلت قوات الاحتلال الإسرائيلي القيادي محمد الضيف في خان يونس.", IDF),
    ("اغتال جيش الاحتلال القيادي محمد الضيف في غارة على خان يونس.", IDF),
])
def test_israels_occupation_phrases_stay_israels(shipped, text, agent):
    assert agent in _agents(shipped, text)


# --- "Z also attended" after a reported sentence ------------------------------------------------

@pytest.mark.parametrize("text, host, guest, attendee", [
    ("US President Donald Trump met Syria's interim leader Ahmed al-Sharaa in Riyadh on Wednesday. "
     "The two men met for about half an hour, while Turkish President Recep Tayyip Erdogan joined by "
     "phone, White House Press Secretary Karoline Leavitt told reporters. Trump urged Sharaa to sign "
     "the Abraham Accords, Leavitt said. US Secretary of State Marco Rubio also attended.",
     TRUMP, SHARAA, RUBIO),
    ("Saudi Crown Prince Mohammed bin Salman received Syrian President Ahmed al-Sharaa in Riyadh on "
     "Sunday. The crown prince pledged support for Syria's reconstruction, according to Saudi "
     "Foreign Minister Faisal bin Farhan. Syrian Foreign Minister Asaad al-Shaibani was also "
     "present.", MBS, SHARAA, SHAIBANI),
    ("Secretary of State Antony Blinken met Iraqi Prime Minister Mohammed Shia al-Sudani in Baghdad "
     "on Sunday, spokesman Matthew Miller said. Blinken warned Sudani that attacks on U.S. troops "
     "had to stop, Miller told reporters. U.S. Ambassador Alina Romanowski also attended.",
     BLINKEN, SUDANI, ROMANOWSKI),
])
def test_an_attendee_after_a_reported_sentence_met_both_principals(shipped, text, host, guest,
                                                                    attendee):
    met = _met(shipped, text)
    assert _pair(attendee, host) in met
    assert _pair(attendee, guest) in met


def test_an_attendee_after_another_meeting_did_not_meet_the_first(shipped):
    text = ("Secretary of State Antony Blinken met Iraqi Prime Minister Mohammed Shia al-Sudani in "
            "Baghdad on Sunday. Blinken later met Kurdish leader Masrour Barzani in Erbil. U.S. "
            "Ambassador Alina Romanowski also attended.")
    assert _pair(ROMANOWSKI, SUDANI) not in _met(shipped, text)


# --- "a meeting between the delegations" with its attendees -------------------------------------

@pytest.mark.parametrize("text", [
    "استقبل الرئيس التركي رجب طيب أردوغان نظيره السوري أحمد الشرع في أنقرة. وعقد الرئيسان اجتماعاً "
    "ثنائياً مغلقاً، أعقبه اجتماع موسّع بين وفدي البلدين شارك فيه وزير الخارجية هاكان فيدان ووزير "
    "الدفاع يشار غولر.",
    "استقبل الرئيس التركي رجب طيب أردوغان نظيره السوري أحمد الشرع في أنقرة. وتلا ذلك اجتماع موسّع "
    "بين وفدي البلدين شارك فيه وزير الخارجية هاكان فيدان ووزير الدفاع يشار غولر.",
    "استقبل الرئيس التركي رجب طيب أردوغان، الثلاثاء، نظيره السوري أحمد الشرع في المجمع الرئاسي. "
    "وعقد الرئيسان اجتماعاً موسعاً بين الوفدين شارك فيه وزير الخارجية هاكان فيدان ووزير الدفاع يشار "
    "غولر.",
])
def test_attendees_of_a_meeting_between_delegations_met_both_leaders(shipped, text):
    met = _met(shipped, text, "ar")
    for a in (FIDAN, GULER):
        assert _pair(a, ERDOGAN) in met
        assert _pair(a, SHARAA) in met


def test_a_meeting_between_delegations_headed_by_two_still_pairs_them(shipped):
    text = "عقد اجتماع بين وفدي البلدين برئاسة وزير الخارجية هاكان فيدان ووزير الخارجية أسعد الشيباني."
    assert _pair(FIDAN, SHAIBANI) in _met(shipped, text, "ar")


# --- the pronoun of "لقاء جمعها / جمعه" agrees -----------------------------------------------------

@pytest.mark.parametrize("text, she, other, partner", [
    ("وأعلنت السفيرة الأمريكية ألينا رومانوسكي دعم بلادها لحكومة محمد شياع السوداني، إثر لقاء "
     "جمعها برئيس البرلمان محمود المشهداني.", ROMANOWSKI, SUDANI, MASHHADANI),
    ("وقالت وزيرة الخارجية الألمانية أنالينا بيربوك إنها تؤيد رفع العقوبات عن حكومة أحمد الشرع، بعد "
     "لقاء جمعها بوزير الخارجية أسعد الشيباني.", BAERBOCK, SHARAA, SHAIBANI),
    ("وأكدت المبعوثة الأميركية مورغان أورتاغوس دعم الجيش بقيادة جوزاف عون، خلال اجتماع جمعها برئيس "
     "الحكومة نواف سلام.", ORTAGUS, AOUN, SALAM),
])
def test_a_feminine_pronoun_on_the_meeting_verb_is_the_woman_named_before(shipped, text, she,
                                                                           other, partner):
    met = _met(shipped, text, "ar")
    assert _pair(she, partner) in met
    assert _pair(other, partner) not in met


def test_a_masculine_pronoun_on_the_meeting_verb_passes_over_a_woman(shipped):
    text = ("وأكد رئيس الحكومة نواف سلام دعم السفيرة ليزا جونسون، خلال اجتماع جمعه برئيس الجمهورية "
            "جوزاف عون.")
    met = _met(shipped, text, "ar")
    assert _pair(SALAM, AOUN) in met
    assert _pair(JOHNSON, AOUN) not in met
