"""Session 63 (blind63b): fixes after the first contact of blind set NM-NN (Iran in 2025, written
blind: the June 2025 war's killed commanders and nuclear scientists and their successors, the
Oman-mediated talks, Grossi's visits, Pezeshkian's trips), each read in several paraphrases of
other outlets, people and word orders.

- Killings: a counted group killed with its named members after "among them / including /
  بينهم", whose agent is the strike an earlier sentence told ("Israel has killed X in a wave of
  strikes. The strikes also killed at least six nuclear scientists, among them Y and Z", «قتلت
  إسرائيل X. كما قتلت الغارات ستة علماء، بينهم Y وZ») gives the members that agent
  (``kill_groups_forces.killed_among``, with ``kill_clause_helpers.prior_strike_subject`` /
  ``prior_strike_object``); the group may come after a first named victim and "and (at
  least / more than) N" or «وستة / وعدداً من» (``kill_groups_forces._with_count``). A strike
  told with no agent gives none.
- Mentions, Arabic: a title followed by a "dead" qualifier and a name («اللواء الشهيد X»,
  «القائد الشهيد X», «الفريق الشهيد قاسم سليماني», «العميد الشهيد X») is X's own title, no
  description of the last person killed (``appositive_names.dead_qualified_name_ar``, from
  ``title_description``): «كما عيّن ... بدلاً من اللواء الشهيد غلام علي رشيد» after Hajizadeh's
  killing names Rashid as the predecessor; the bare «القائد الشهيد» still stands for the dead.
- Killings, Arabic: a body that "acknowledged / admitted the death" of its own man («أقرّ الحرس
  الثوري / اعترف الحرس / أقرّت حماس بمقتل X في غارة إسرائيلية») is no killer: «بمقتل» is the
  death, not the act (``kill_claims_verdicts.admitted_killing``); «أقرّت إسرائيل باغتيال X»
  stays the agent's own admission.
- Meetings, Arabic: a round or meeting "between X and Y" cancelled or put off by a word before
  the noun («وأُلغيت الجولة السادسة من المحادثات بين X وY», «أعلنت مسقط إلغاء الجولة ... بين X
  وY», «تقرر تأجيل اللقاء بين X وY») is no meeting (``meeting_checks._called_off_before_ar``), as
  the English "The round of talks between X and Y ... was cancelled" and «تأجل اللقاء بين X وY»
  were; a round held "after a postponement" stays a meeting.
"""

import pytest

from tests.extract_support import relation_pairs

AB, SO = "ASSASSINATED_BY", "SUCCESSOR_OF"
ISRAEL = "country:israel"
SALAMI, BAGHERI, RASHID = "person:hossein-salami", "person:mohammad-bagheri", "person:gholam-ali-rashid"
ABBASI, TEHRANCHI = "person:fereydoun-abbasi", "person:mohammad-mehdi-tehranchi"
HAJIZADEH, SHADMANI, MMOUSAVI = ("person:amir-ali-hajizadeh", "person:ali-shadmani",
                                 "person:majid-mousavi")
KAZEMI, MOHAQEQ, DEIF = "person:mohammad-kazemi", "person:hassan-mohaqeq", "person:mohammed-deif"
HANIYEH, ARAGHCHI, WITKOFF = "person:ismail-haniyeh", "person:abbas-araghchi", "person:steve-witkoff"
IRGC, HAMAS = "organization:irgc", "organization:hamas"


# --- a counted group "among them", its agent told before or after a first victim ------------

@pytest.mark.parametrize("text, lang, victims", [
    ("Israel has killed the commander of the IRGC, Hossein Salami, in a wave of air strikes. The "
     "strikes also killed at least six nuclear scientists, among them Fereydun Abbasi and the "
     "physicist Mohammad Mehdi Tehranchi.", "en", (ABBASI, TEHRANCHI)),
    ("Israel has killed the commander of the IRGC, Hossein Salami, in a wave of air strikes. The "
     "strikes also killed Gholamali Rashid, the head of the Khatam al-Anbiya Central Headquarters, "
     "and at least six nuclear scientists, among them Fereydun Abbasi, a former head of the Atomic "
     "Energy Organization of Iran, and the physicist Mohammad Mehdi Tehranchi.", "en",
     (RASHID, ABBASI, TEHRANCHI)),
    ("Israeli strikes killed Gholamali Rashid and at least six nuclear scientists, including "
     "Fereydun Abbasi and Mohammad Mehdi Tehranchi.", "en", (RASHID, ABBASI, TEHRANCHI)),
    ("Israeli jets struck Tehran overnight, killing Mohammad Bagheri. The attack also killed more "
     "than ten scientists, among them Fereydoun Abbasi.", "en", (ABBASI,)),
    ("قتلت إسرائيل قائد الحرس الثوري حسين سلامي في موجة غارات. كما قتلت الغارات ستة علماء نوويين "
     "على الأقل، بينهم فريدون عباسي ومحمد مهدي طهرانجي.", "ar", (ABBASI, TEHRANCHI)),
    ("قتلت إسرائيل قائد الحرس الثوري حسين سلامي في موجة غارات. كما قتلت الغارات اللواء غلام علي "
     "رشيد وستة علماء نوويين على الأقل، بينهم فريدون عباسي ومحمد مهدي طهرانجي.", "ar",
     (RASHID, ABBASI, TEHRANCHI)),
    ("قتلت الغارات الإسرائيلية اللواء غلام علي رشيد وستة علماء نوويين، بينهم فريدون عباسي ومحمد مهدي "
     "طهرانجي.", "ar", (RASHID, ABBASI, TEHRANCHI)),
    ("اغتالت إسرائيل اللواء غلام علي رشيد وعدداً من العلماء النوويين، بينهم فريدون عباسي ومحمد مهدي "
     "طهرانجي.", "ar", (RASHID, ABBASI, TEHRANCHI)),
])
def test_a_counted_group_among_them_gets_the_strikes_agent(shipped, text, lang, victims):
    ab = relation_pairs(shipped, text, AB, lang)
    for v in victims:
        assert (v, ISRAEL) in ab


@pytest.mark.parametrize("text, lang", [
    ("Unidentified drones struck a compound in Tehran overnight. The strikes killed at least six "
     "scientists, among them Fereydun Abbasi and Mohammad Mehdi Tehranchi.", "en"),
    ("استهدفت مسيّرات مجهولة مجمعاً في طهران. وقتلت الغارات ستة علماء على الأقل، بينهم فريدون عباسي "
     "ومحمد مهدي طهرانجي.", "ar"),
])
def test_a_strike_told_without_an_agent_gives_the_group_none(shipped, text, lang):
    ab = relation_pairs(shipped, text, AB, lang)
    assert not {v for v, _a in ab} & {ABBASI, TEHRANCHI}


# --- "اللواء الشهيد X": X's own title --------------------------------------------------------

def test_the_martyred_general_named_is_the_predecessor_named(shipped):
    text = ("عيّن المرشد العميد مجيد موسوي قائداً للقوة خلفاً للشهيد اللواء أمير علي حاجي زادة. كما "
            "عيّن اللواء علي شادماني قائداً لمقر خاتم الأنبياء (ص) المركزي بدلاً من اللواء الشهيد غلام "
            "علي رشيد.")
    so = relation_pairs(shipped, text, SO, "ar")
    assert (SHADMANI, RASHID) in so
    assert (SHADMANI, HAJIZADEH) not in so
    assert (MMOUSAVI, HAJIZADEH) in so


def _surfaces(ex, text, eid):
    doc = ex.extract(text, lang="ar")
    return [text[a:b] for e in doc["entities"] if e["id"] == eid for a, b in e.get("mentions") or []]


@pytest.mark.parametrize("text, dead, title", [
    ("استشهد اللواء حسين سلامي في الغارة. وعيّن المرشد اللواء محمد باكبور قائداً عاماً للحرس، بعد أيام "
     "من تشييع القائد الشهيد غلام علي رشيد.", SALAMI, "القائد"),
    ("استشهد اللواء حسين سلامي في الغارة. وزار الرئيس عائلة الفريق الشهيد قاسم سليماني.", SALAMI,
     "الفريق"),
    ("قُتل اللواء حسين سلامي في الغارة. وأقيمت مراسم تشييع العميد الشهيد محمد كاظمي في طهران.", SALAMI,
     "العميد"),
    ("قُتل اللواء محمد باقري في غارة إسرائيلية. وشيّع الآلاف اللواء الراحل غلام علي رشيد في طهران.",
     BAGHERI, "اللواء"),
])
def test_a_title_with_a_dead_qualifier_before_a_name_is_no_description(ex, text, dead, title):
    assert title not in _surfaces(ex, text, dead)


def test_the_bare_martyred_commander_still_stands_for_the_dead(ex):
    text = "استشهد اللواء حسين سلامي في الغارة الإسرائيلية. وأكد الحرس أن القائد الشهيد كان في مقر القيادة."
    assert "القائد" in _surfaces(ex, text, SALAMI)


# --- "أقرّ X بمقتل Y": the death acknowledged, not the killing ------------------------------

@pytest.mark.parametrize("text, victim, body", [
    ("أقرّ الحرس الثوري بمقتل العميد محمد كاظمي في غارة إسرائيلية.", KAZEMI, IRGC),
    ("اعترف الحرس الثوري الإيراني بمقتل العميد محمد كاظمي في غارة إسرائيلية على طهران.", KAZEMI, IRGC),
    ("أقرّت حركة حماس بمقتل محمد الضيف في غارة إسرائيلية.", DEIF, HAMAS),
    ("وأقرّ الحرس، الأحد، بمقتل نائب رئيس استخباراته حسن محقق في الغارة الإسرائيلية على طهران.",
     MOHAQEQ, IRGC),
])
def test_a_death_acknowledged_is_no_killing_by_the_body(shipped, text, victim, body):
    ab = relation_pairs(shipped, text, AB, "ar")
    assert (victim, body) not in ab
    assert (victim, ISRAEL) in ab


def test_an_admitted_assassination_is_still_the_agents(shipped):
    text = "أقرّت إسرائيل باغتيال رئيس المكتب السياسي لحركة حماس إسماعيل هنية في طهران."
    assert (HANIYEH, ISRAEL) in relation_pairs(shipped, text, AB, "ar")


# --- «أُلغيت الجولة ... بين X وY»: a cancelled round -------------------------------------------

@pytest.mark.parametrize("text", [
    "وتأتي هذه التطورات فيما أُلغيت الجولة السادسة من المحادثات بين وزير الخارجية عباس عراقجي والمبعوث "
    "الأميركي ستيف ويتكوف، التي كانت مقررة في مسقط اليوم.",
    "وأُلغيت الجولة السادسة من المحادثات بين عباس عراقجي وستيف ويتكوف.",
    "وأعلنت مسقط إلغاء الجولة السادسة من المحادثات بين عراقجي وويتكوف.",
    "وقررت واشنطن تأجيل الاجتماع بين ستيف ويتكوف وعباس عراقجي إلى الأسبوع المقبل.",
])
def test_a_round_called_off_before_its_noun_is_no_meeting(shipped, text):
    assert (ARAGHCHI, WITKOFF) not in relation_pairs(shipped, text, "MET_WITH", "ar")


def test_a_round_held_after_a_postponement_is_still_a_meeting(shipped):
    text = ("وبعد تأجيل دام أسبوعاً، عُقدت الجولة الخامسة من المحادثات بين عباس عراقجي وستيف ويتكوف في "
            "روما.")
    assert (ARAGHCHI, WITKOFF) in relation_pairs(shipped, text, "MET_WITH", "ar")
