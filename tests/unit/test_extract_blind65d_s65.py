"""Session 65 (blind65d): fixes after the first contact of blind set OG-OH (the Saudi-Iranian
detente and Iran's leadership 2021-2024, written blind), each read in several paraphrases of
other outlets and people.

- Meetings, English: a passive reception whose agent bears two offices joined by "and", "was
  received by Crown Prince and Prime Minister Y", "by Deputy Prime Minister and Foreign Minister
  Y", "by Vice President and Foreign Minister Y": Y is the agent
  (``meeting_passive_agent.titled_agent_en``, its ``_title_joined_en``: the "and" after a title
  word with a capitalised title word right after it). Not a planned ("is to be received") or
  negated reception, and not "by the minister and the ambassador" (no title word after "and").
- Successions, English: an acting or taken post after a death that names several people, "X, who
  had been acting foreign minister since the crash that killed President Y and Foreign Minister
  Z", "X has run the ministry since the crash that killed President Y and Z", "X has led the
  government as acting president since the crash that killed Foreign Minister Z and President
  Y": X succeeded the one titled with the post (Z, Y), not the first named; no one when the
  first is titled with another office and no other is titled with the post
  (``succession_listed_dead_en``, read by ``succession_after_death.acting_after_death`` and
  ``succession_post_after_death_en.took_post_after_death_en``). One dead, or a post with no
  office word ("took the helm"), is read as before.
- Meetings, Arabic: a statement signed by two sides is an accord (``meeting_signed_ar._ACCORD``:
  «البيان»، «بياناً»): «ووقّع البيانَ (المشترك) A وB (بحضور C)», «ووقّع البيان كلٌّ من A وB»,
  «ووقّع A وB بياناً مشتركاً»: A met B, C met both; not negated or planned, not the signatories
  of a petition («ووقّع البيان أكثر من مئة شخصية، بينهم A وB») nor a speaker quoting a statement.
"""

import pytest

from tests.extract_support import SO, rels
from tests.extract_support import met_sorted as _met
from tests.extract_support import sorted_pair as _pair

ABDOLLAHIAN, FAISAL, MBS = ("person:hossein-amir-abdollahian", "person:faisal-bin-farhan",
                            "person:mohammed-bin-salman")
ARAGHCHI, SAFADI, QATAR_PM = "person:abbas-araghchi", "person:ayman-safadi", \
    "person:mohammed-bin-abdulrahman-al-thani"
SUDANI, ABDELATTY, BAHRAIN_CP = ("person:mohammed-shia-al-sudani", "person:badr-abdelatty",
                                 "person:salman-bin-hamad-al-khalifa")
SHAIBANI, FIDAN = "person:asaad-al-shaibani", "person:hakan-fidan"


@pytest.mark.parametrize("text, guest, host", [
    ("Iranian Foreign Minister Hossein Amirabdollahian held talks with his Saudi counterpart Prince "
     "Faisal bin Farhan before being received by Crown Prince and Prime Minister Mohammed bin Salman.",
     ABDOLLAHIAN, MBS),
    ("The exchange of envoys follows the visit to Riyadh last month of Iranian Foreign Minister Hossein "
     "Amirabdollahian, who held talks with Prince Faisal bin Farhan before being received by Crown "
     "Prince and Prime Minister Mohammed bin Salman.", ABDOLLAHIAN, MBS),
    ("Iranian Foreign Minister Abbas Araghchi was received in Doha by Prime Minister and Foreign "
     "Minister Sheikh Mohammed bin Abdulrahman Al Thani.", ARAGHCHI, QATAR_PM),
    ("Iranian Foreign Minister Abbas Araghchi was received in Amman by Deputy Prime Minister and "
     "Foreign Minister Ayman Safadi.", ARAGHCHI, SAFADI),
    ("Iraqi Prime Minister Mohammed Shia al-Sudani was welcomed at the airport by Deputy Prime "
     "Minister and Foreign Minister Ayman Safadi.", SUDANI, SAFADI),
    ("Egyptian Foreign Minister Badr Abdelatty was received on Monday by Crown Prince and Prime "
     "Minister Salman bin Hamad Al Khalifa.", ABDELATTY, BAHRAIN_CP),
    ("Syria's foreign minister Asaad al-Shaibani was hosted in Ankara by Vice President and Foreign "
     "Minister Hakan Fidan.", SHAIBANI, FIDAN),
])
def test_an_agent_with_two_offices_joined_by_and_is_met(shipped, text, guest, host):
    assert _pair(guest, host) in _met(shipped, text)


def test_guests_received_together_by_an_agent_with_two_offices(shipped):
    met = _met(shipped, "Egyptian Foreign Minister Badr Abdelatty and Jordanian Foreign Minister "
                        "Ayman Safadi were received by Crown Prince and Prime Minister Mohammed bin "
                        "Salman.")
    assert _pair(ABDELATTY, MBS) in met
    assert _pair(SAFADI, MBS) in met


def test_the_earlier_talks_stay_and_the_host_is_not_paired_with_the_counterpart(shipped):
    met = _met(shipped, "Iranian Foreign Minister Hossein Amirabdollahian held talks with his Saudi "
                        "counterpart Prince Faisal bin Farhan before being received by Crown Prince "
                        "and Prime Minister Mohammed bin Salman.")
    assert _pair(ABDOLLAHIAN, FAISAL) in met
    assert _pair(FAISAL, MBS) not in met


@pytest.mark.parametrize("text", [
    "Iranian Foreign Minister Abbas Araghchi is to be received by Crown Prince and Prime Minister "
    "Mohammed bin Salman next week.",
    "Iranian Foreign Minister Abbas Araghchi was not received by Crown Prince and Prime Minister "
    "Mohammed bin Salman during the visit.",
    "Iranian Foreign Minister Abbas Araghchi will be received by Crown Prince and Prime Minister "
    "Mohammed bin Salman on Sunday, the ministry said.",
])
def test_a_planned_or_negated_reception_is_no_meeting(shipped, text):
    assert _pair(ARAGHCHI, MBS) not in _met(shipped, text)


def test_and_before_no_title_word_joins_no_offices(rules_only):
    met = _met(rules_only, "The Jordanian envoy was received by the minister and then by Deputy "
                           "Prime Minister Ayman Safadi, Iranian Foreign Minister Abbas Araghchi said.")
    assert _pair(ARAGHCHI, SAFADI) not in met


# --- an acting post after a death that names several people --------------------------------------

BAGHERI_KANI, MOKHBER, RAISI = ("person:ali-bagheri-kani", "person:mohammad-mokhber",
                                "person:ebrahim-raisi")
PEZESHKIAN, QAANI, SOLEIMANI = ("person:masoud-pezeshkian", "person:esmail-qaani",
                                "person:qasem-soleimani")
QASSEM, NASRALLAH = "person:naim-qassem", "person:hassan-nasrallah"
_CRASH = "the helicopter crash that killed President Ebrahim Raisi and "


@pytest.mark.parametrize("text, new, old, not_old", [
    ("Araghchi replaces Ali Bagheri Kani, who had been acting foreign minister since " + _CRASH +
     "Foreign Minister Hossein Amir-Abdollahian.", BAGHERI_KANI, ABDOLLAHIAN, RAISI),
    ("Ali Bagheri Kani, who had served as acting foreign minister since the crash that killed "
     "Foreign Minister Hossein Amir-Abdollahian and President Ebrahim Raisi, met Faisal bin Farhan.",
     BAGHERI_KANI, ABDOLLAHIAN, RAISI),
    ("Mohammad Mokhber, who had been interim president since " + _CRASH + "Foreign Minister Hossein "
     "Amir-Abdollahian, handed over to Masoud Pezeshkian.", MOKHBER, RAISI, ABDOLLAHIAN),
    ("Mohammad Mokhber has led the government as acting president since the crash that killed "
     "Foreign Minister Hossein Amir-Abdollahian and President Ebrahim Raisi.", MOKHBER, RAISI,
     ABDOLLAHIAN),
])
def test_the_acting_holder_succeeded_the_dead_titled_with_the_post(rules_only, text, new, old,
                                                                   not_old):
    got = rels(rules_only.extract(text, lang="en"))
    assert SO(new, old) in got
    assert SO(new, not_old) not in got


@pytest.mark.parametrize("text", [
    "Araghchi replaces Ali Bagheri Kani, who had run the ministry in an acting capacity since the May "
    "19 helicopter crash that killed President Ebrahim Raisi and Hossein Amir-Abdollahian.",
    "Ali Bagheri Kani has run the ministry since " + _CRASH + "Hossein Amir-Abdollahian.",
])
def test_a_ministry_is_not_taken_from_the_president_named_first(rules_only, text):
    assert SO(BAGHERI_KANI, RAISI) not in rels(rules_only.extract(text, lang="en"))


@pytest.mark.parametrize("text, new, old", [
    ("Esmail Qaani took the helm of the Quds Force after a US drone strike killed Qassem Soleimani "
     "and Abu Mahdi al-Muhandis.", QAANI, SOLEIMANI),
    ("Naim Qassem became Hezbollah's leader after an Israeli strike killed Hassan Nasrallah and Ali "
     "Karaki.", QASSEM, NASRALLAH),
    ("Mohammad Mokhber, who had been acting president since the crash that killed Ebrahim Raisi, "
     "handed over to Masoud Pezeshkian.", MOKHBER, RAISI),
])
def test_a_post_with_no_office_word_or_one_dead_keeps_the_first(rules_only, text, new, old):
    assert SO(new, old) in rels(rules_only.extract(text, lang="en"))


# --- a statement signed by two sides ----------------------------------------------------------

AIBAN, SHAMKHANI, WANGYI, QIN = ("person:musaed-al-aiban", "person:ali-shamkhani", "person:wang-yi",
                                 "person:qin-gang")
ERDOGAN, SADR, HAKIM = ("person:recep-tayyip-erdogan", "person:muqtada-al-sadr",
                        "person:ammar-al-hakim")


@pytest.mark.parametrize("text, a, b, present", [
    ("ووقّع البيان المشترك مساعد العيبان وعلي شمخاني بحضور وانغ يي.", AIBAN, SHAMKHANI, WANGYI),
    ("ووقع البيان المشترك وزير الخارجية السعودي فيصل بن فرحان ونظيره الإيراني حسين أمير عبداللهيان "
     "بحضور وزير الخارجية الصيني تشين قانغ.", FAISAL, ABDOLLAHIAN, QIN),
    ("ووقع البيان المشترك كل من وزير الخارجية التركي هاكان فيدان ونظيره السوري أسعد الشيباني، بحضور "
     "الرئيس رجب طيب أردوغان.", FIDAN, SHAIBANI, ERDOGAN),
    ("ووقّع البيانَ الختامي رئيس الوزراء العراقي محمد شياع السوداني والرئيس الإيراني مسعود بزشكيان "
     "في طهران.", SUDANI, PEZESHKIAN, None),
    ("ووقع الرئيس مسعود بزشكيان ورئيس الوزراء محمد شياع السوداني بياناً مشتركاً في ختام المباحثات.",
     PEZESHKIAN, SUDANI, None),
])
def test_a_statement_signed_by_two_sides_is_a_meeting(rules_only, text, a, b, present):
    met = _met(rules_only, text, "ar")
    assert _pair(a, b) in met
    if present is not None:
        assert _pair(a, present) in met
        assert _pair(b, present) in met


@pytest.mark.parametrize("text, a, b", [
    ("ولم يوقع البيان المشترك وزير الخارجية السعودي فيصل بن فرحان ونظيره الإيراني حسين أمير "
     "عبداللهيان.", FAISAL, ABDOLLAHIAN),
    ("ومن المقرر أن يوقع البيان المشترك وزير الخارجية السعودي فيصل بن فرحان ونظيره الإيراني حسين "
     "أمير عبداللهيان الأسبوع المقبل.", FAISAL, ABDOLLAHIAN),
    ("ووقّع البيان أكثر من مئة شخصية عراقية، بينهم مقتدى الصدر وعمار الحكيم.", SADR, HAKIM),
    ("وقال مقتدى الصدر في البيان إن عمار الحكيم لم يوقع عليه.", SADR, HAKIM),
    ("ووقع البيان الصادر عن الرئاسة مقتدى الصدر، فيما رفض عمار الحكيم التوقيع.", SADR, HAKIM),
])
def test_no_signing_together_is_no_meeting(shipped, text, a, b):
    assert _pair(a, b) not in _met(shipped, text, "ar")
