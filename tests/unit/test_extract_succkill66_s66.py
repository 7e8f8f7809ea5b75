"""Session 66 (succkill66): successions and killings left in sets OS-PD and the newer dev sets.

- ASSASSINATED_BY, English: a size compound before the killers after "by" ("murdered by a
  15-member Saudi hit squad", "by a 26-member Mossad team", "by a 30-strong Israeli commando
  unit", "by a two-man Saudi team") no longer pushes the nationality or the body out of reach
  (``kill_sized_team_en``, read by ``killing_agents._by_agent`` and
  ``KillingAgents._take_agent``); no agent without one ("by a 15-member team"), none for a
  meeting ("was met by").
- SUCCESSOR_OF, English: the dead holder apposed between commas after "after", "took the helm
  after his father, Y, died", "took command of the group after its leader, Y, was killed"
  (``succession_post_after_death_en._gone_after`` and ``_holder_apposed_before``); not when
  the apposed holder did something else ("visited", "survived an attack") or the taking is
  future; "The late Hakim took the helm ..." (a bare surname after "late", resolved to the
  living son) gives no pair.
- SUCCESSOR_OF, English: a removal, then another named "as" the same post, "relieved Y, the
  minister responsible for foreign affairs since 1997, and named X, his long-serving deputy, as
  foreign minister", "sacked Y and appointed X as foreign minister"
  (``succession_removed_named_as_en``, read by ``succession_removed_gave_en``); not another
  post ("dismissed Defence Minister Y and appointed X as foreign minister"), not an adviser,
  not a planned or negated removal.
- SUCCESSOR_OF, English: an approving vote with "as" before "in place of", "approved X, a
  hardline member of the Dawa party, as prime minister-designate in place of Y", "endorsed X
  as foreign minister in place of Y" (``core_recall_succession._confirmed_as``, which read
  "confirmed" only); not "has not approved", not "approved the budget in place of ...".
  Names: "Jawad al-Maliki" / «جواد المالكي», Nouri al-Maliki's name in exile, is he
  (``gazetteer.yaml``; was a new 'javad-al-maliki').
"""

import pytest

from tests.extract_support import entity_ids, relation_pairs

KHASHOGGI, SAUDI = "person:jamal-khashoggi", "country:saudi-arabia"
MABHOUH, MOSSAD = "person:mahmoud-al-mabhouh", "organization:mossad"
WAZIR, ISRAEL = "person:khalil-al-wazir", "country:israel"
AMMAR, AZIZ, BAQIR = ("person:ammar-al-hakim", "person:abdul-aziz-al-hakim",
                      "person:mohammed-baqir-al-hakim")
SINWAR, HANIYEH = "person:yahya-sinwar", "person:ismail-haniyeh"
JABARI, DEIF = "person:ahmed-jabari", "person:mohammed-deif"
ABU_BAKR, ABU_OMAR = "person:abu-bakr-al-baghdadi", "person:abu-omar-al-baghdadi"


def _killed(ex, text):
    return relation_pairs(ex, text, "ASSASSINATED_BY", "en")


def _succ(ex, text):
    return relation_pairs(ex, text, "SUCCESSOR_OF", "en")


@pytest.mark.parametrize("text,pair", [
    ("Jamal Khashoggi was murdered by a 15-member Saudi hit squad after he entered the "
     "consulate.", (KHASHOGGI, SAUDI)),
    ("Jamal Khashoggi was killed by a two-man Saudi team in Istanbul.", (KHASHOGGI, SAUDI)),
    ("Mahmoud al-Mabhouh was assassinated by a 26-member Mossad team in Dubai.",
     (MABHOUH, MOSSAD)),
    ("Khalil al-Wazir was shot dead by a 30-strong Israeli commando unit in Tunis.",
     (WAZIR, ISRAEL)),
])
def test_a_size_compound_before_the_killers_keeps_their_side(shipped, text, pair):
    assert pair in _killed(shipped, text)


@pytest.mark.parametrize("text", [
    "Jamal Khashoggi was killed by a 15-member team in Istanbul.",
    "Jamal Khashoggi was met by a 15-member Saudi team at the consulate.",
    "A 15-member Saudi hit squad tried to kill Jamal Khashoggi in Istanbul.",
])
def test_no_side_without_a_killing_by_a_named_side(shipped, text):
    assert not _killed(shipped, text)


@pytest.mark.parametrize("text,pair", [
    ("Ammar al-Hakim took over the party after his father, Abdul Aziz al-Hakim, died in 2009.",
     (AMMAR, AZIZ)),
    ("Ammar al-Hakim took the helm after his father, Abdul Aziz al-Hakim, died in 2009.",
     (AMMAR, AZIZ)),
    ("Yahya Sinwar took the helm of Hamas after its leader, Ismail Haniyeh, was assassinated "
     "in Tehran.", (SINWAR, HANIYEH)),
    ("Ahmed Jabari took over day-to-day command of the group after its leader, Mohammed Deif, "
     "was killed in an Israeli strike.", (JABARI, DEIF)),
    ("Abu Bakr al-Baghdadi took command of the group after its leader, Abu Omar al-Baghdadi, "
     "was killed in 2010.", (ABU_BAKR, ABU_OMAR)),
    ("Abdul Aziz al-Hakim took the helm of the party in 2003, after his brother, Mohammed Baqir "
     "al-Hakim, was martyred in Najaf.", (AZIZ, BAQIR)),
])
def test_the_dead_holder_apposed_after_after_is_succeeded(rules_only, text, pair):
    assert pair in _succ(rules_only, text)


@pytest.mark.parametrize("text", [
    "Yahya Sinwar took the helm of Hamas after its leader, Ismail Haniyeh, visited Tehran.",
    "Yahya Sinwar took the helm of Hamas after its leader, Ismail Haniyeh, survived an attack.",
    "Yahya Sinwar will take the helm of Hamas after its leader, Ismail Haniyeh, retires.",
    "Yahya Sinwar took the helm of Hamas after its leader, Ismail Haniyeh, said the group was "
    "united.",
])
def test_an_apposed_holder_not_gone_is_not_succeeded(rules_only, text):
    assert not _succ(rules_only, text)


def test_the_late_surname_is_not_read_as_the_living_son(rules_only):
    text = ("Ammar al-Hakim heads the council. The late Hakim took the helm of the party in "
            "2003, after his brother, Mohammed Baqir al-Hakim, was martyred in Najaf.")
    assert (AMMAR, BAQIR) not in _succ(rules_only, text)


YUSUF, BADR = "person:yusuf-bin-alawi", "person:badr-albusaidi"
JUDEH, SAFADI = "person:nasser-judeh", "person:ayman-safadi"
JUBEIR, ASSAF = "person:adel-al-jubeir", "person:ibrahim-al-assaf"


@pytest.mark.parametrize("text,pair", [
    ("In August 2020, he relieved Yusuf bin Alawi, the minister responsible for foreign affairs "
     "since 1997, and named Badr Albusaidi, his long-serving deputy, as foreign minister.",
     (BADR, YUSUF)),
    ("King Abdullah sacked Nasser Judeh and appointed Ayman Safadi as foreign minister.",
     (SAFADI, JUDEH)),
    ("King Salman removed Adel al-Jubeir from his post and appointed Ibrahim al-Assaf as "
     "foreign minister.", (ASSAF, JUBEIR)),
    ("King Salman dismissed Interior Minister Adel al-Jubeir and appointed Ibrahim al-Assaf as "
     "interior minister on Sunday.", (ASSAF, JUBEIR)),
])
def test_a_removal_then_another_named_as_the_post(shipped, text, pair):
    assert pair in _succ(shipped, text)


@pytest.mark.parametrize("text", [
    "King Salman dismissed Defence Minister Adel al-Jubeir and appointed Ibrahim al-Assaf as "
    "foreign minister.",
    "King Salman dismissed Adel al-Jubeir and named Ibrahim al-Assaf as his adviser.",
    "King Salman will dismiss Adel al-Jubeir and name Ibrahim al-Assaf as foreign minister.",
    "King Salman did not dismiss Adel al-Jubeir and named Ibrahim al-Assaf as his adviser.",
])
def test_no_succession_for_another_post_or_an_unreal_removal(shipped, text):
    assert not _succ(shipped, text)


MALIKI, JAAFARI = "person:nouri-al-maliki", "person:ibrahim-al-jaafari"


@pytest.mark.parametrize("text,pair", [
    ("Iraq's parliament re-elected Jalal Talabani as president and approved Jawad al-Maliki, a "
     "hardline member of the Shia Dawa party, as prime minister-designate in place of Ibrahim "
     "al-Jaafari.", (MALIKI, JAAFARI)),
    ("Parliament approved Nouri al-Maliki as prime minister in place of Ibrahim al-Jaafari.",
     (MALIKI, JAAFARI)),
    ("The council endorsed Ayman Safadi as foreign minister in place of Nasser Judeh.",
     (SAFADI, JUDEH)),
    ("The assembly approved Ayman Safadi, a former media adviser, as foreign minister in place "
     "of Nasser Judeh.", (SAFADI, JUDEH)),
])
def test_an_approval_as_a_post_in_place_of_another(shipped, text, pair):
    assert pair in _succ(shipped, text)


@pytest.mark.parametrize("text", [
    "Parliament has not approved Nouri al-Maliki as prime minister in place of Ibrahim "
    "al-Jaafari.",
    "Parliament approved the budget in place of the plan drafted by Ibrahim al-Jaafari.",
])
def test_no_succession_without_an_approval_of_a_person(shipped, text):
    assert not _succ(shipped, text)


@pytest.mark.parametrize("text,lang", [
    ("Jawad al-Maliki met Jalal Talabani in Baghdad.", "en"),
    ("التقى جواد المالكي الرئيس جلال طالباني في بغداد.", "ar"),
])
def test_jawad_al_maliki_is_nouri_al_maliki(rules_only, text, lang):
    assert MALIKI in entity_ids(rules_only, text, lang)
