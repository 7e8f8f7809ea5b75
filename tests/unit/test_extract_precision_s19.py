"""Core false positives, session 19 (precision): statements that state no fact, and
pairs read across the wrong words."""

from __future__ import annotations


def _rels(doc: dict, rtype: str) -> set[tuple[str, str]]:
    return {(r["source"], r["target"]) for r in doc["relations"] if r["type"] == rtype}


def _met(doc: dict, a: str, b: str) -> bool:
    return any(a in s + t and b in s + t for s, t in _rels(doc, "MET_WITH"))


# ---- a denied meeting (meeting_denied.py)
def test_meeting_denied_afterwards(ex) -> None:
    doc = ex.extract("وذكرت مصادر أن قائد فيلق القدس إسماعيل قاآني التقى في بغداد زعيم عصائب "
                     "أهل الحق قيس الخزعلي، وهو ما نفته العصائب.", lang="ar")
    assert not _met(doc, "qaani", "khazali"), _rels(doc, "MET_WITH")
    doc = ex.extract("Sources said Esmail Qaani met Qais al-Khazali in Baghdad, which the "
                     "group denied.", lang="en")
    assert not _met(doc, "qaani", "khazali"), _rels(doc, "MET_WITH")


def test_meeting_with_another_clause_denied_stands(ex) -> None:
    doc = ex.extract("التقى قائد فيلق القدس إسماعيل قاآني في بغداد زعيم عصائب أهل الحق قيس "
                     "الخزعلي، واتهم الولايات المتحدة بالتصعيد، وهو ما نفته واشنطن.", lang="ar")
    assert _met(doc, "qaani", "khazali"), _rels(doc, "MET_WITH")
    doc = ex.extract("Esmail Qaani met Qais al-Khazali in Baghdad, and accused Washington of "
                     "escalation, which Washington denied.", lang="en")
    assert _met(doc, "qaani", "khazali"), _rels(doc, "MET_WITH")


def test_denied_reports_past_an_apposition(ex) -> None:
    doc = ex.extract("A government spokesman denied reports that the Badr chief, Hadi "
                     "al-Amiri, who visited Tehran last week, had met Esmail Qaani.", lang="en")
    assert not _met(doc, "amiri", "qaani"), _rels(doc, "MET_WITH")
    doc = ex.extract("The spokesman denied the charges, and Hadi al-Amiri, who visited Tehran "
                     "last week, met Esmail Qaani.", lang="en")
    assert _met(doc, "amiri", "qaani"), _rels(doc, "MET_WITH")


# ---- "by" naming company, not the killer (killings._EN_BY_COMPANY)
def _killed_by(doc: dict) -> set[tuple[str, str]]:
    return _rels(doc, "ASSASSINATED_BY")


def test_flanked_by_is_no_killer(ex) -> None:
    doc = ex.extract("Nouri al-Maliki announced Abu Musab al-Zarqawi's killing at a news "
                     "conference, flanked by US ambassador Zalmay Khalilzad.", lang="en")
    assert not any("khalilzad" in a for _, a in _killed_by(doc)), _killed_by(doc)


def test_killing_by_an_agent_stands(ex) -> None:
    doc = ex.extract("Iraqi officials confirmed Abu Musab al-Zarqawi's killing by US "
                     "forces near Baquba.", lang="en")
    assert any("zarqawi" in v for v, _ in _killed_by(doc)), _killed_by(doc)


# ---- an unnamed successor is no person of a later sentence without the post
# (SuccessionRules._successor_of)
def test_unnamed_successor_is_not_the_next_person(ex) -> None:
    doc = ex.extract("ولم يكشف الحرس الثوري بعد عن خليفة محمد رضا زاهدي. وكان السفير "
                     "الإيراني حسين أكبري قد غادر المبنى قبل الغارة.", lang="ar")
    assert not _rels(doc, "SUCCESSOR_OF"), _rels(doc, "SUCCESSOR_OF")
    doc = ex.extract("The Guards have not yet said who will be Mohammad Reza Zahedi's "
                     "successor. Ambassador Hossein Akbari left the building before the "
                     "strike.", lang="en")
    assert not _rels(doc, "SUCCESSOR_OF"), _rels(doc, "SUCCESSOR_OF")


def test_named_successor_stands(ex) -> None:
    doc = ex.extract("وعيّن الحرس الثوري العميد حسين أكبري خليفةً لمحمد رضا زاهدي.", lang="ar")
    assert ("person:hossein-akbari", "person:mohammad-reza-zahedi") in \
        _rels(doc, "SUCCESSOR_OF"), _rels(doc, "SUCCESSOR_OF")


# ---- a body as the meeting's place (meeting_press.venue_before_with_en; Arabic "على هامش": meetings_ar._group_bodies)
def test_talks_at_a_body_are_with_the_person_after_it(ex) -> None:
    doc = ex.extract("On Tuesday Mohammed Shia al-Sudani held talks at the Pentagon with "
                     "Defence Secretary Lloyd Austin.", lang="en")
    assert _met(doc, "sudani", "lloyd-austin"), _rels(doc, "MET_WITH")
    assert not any("defense" in s + t for s, t in _rels(doc, "MET_WITH")), _rels(doc, "MET_WITH")


def test_talks_with_a_body_stand(ex) -> None:
    doc = ex.extract("Mohammed Shia al-Sudani held talks with the Pentagon chief Lloyd Austin "
                     "in Washington.", lang="en")
    assert _met(doc, "sudani", "lloyd-austin"), _rels(doc, "MET_WITH")


def test_body_of_a_gathering_on_whose_sidelines_people_met(ex) -> None:
    doc = ex.extract("التقى وزير الدفاع الإيراني عزيز نصير زاده، اليوم، نظيره الروسي أندريه "
                     "بيلوسوف على هامش اجتماع وزراء دفاع الدول الأعضاء في منظمة شنغهاي "
                     "للتعاون.", lang="ar")
    assert not any(s.startswith("organization:") or t.startswith("organization:")
                   for s, t in _rels(doc, "MET_WITH")), _rels(doc, "MET_WITH")
    assert _met(doc, "nasirzadeh", "belousov"), _rels(doc, "MET_WITH")


def test_meeting_with_leaders_in_a_body_stands(ex) -> None:
    doc = ex.extract("وعقد قائد فيلق القدس إسماعيل قاآني اجتماعاً مع قادة في الإطار التنسيقي "
                     "في بغداد.", lang="ar")
    assert _met(doc, "coordination-framework", "qaani"), _rels(doc, "MET_WITH")


# ---- "X met K's successor, Y, and hosted Z": X hosted Z (meeting_possessed.py)
def test_later_verb_keeps_the_subject_past_an_apposed_object(ex) -> None:
    doc = ex.extract("Qaani has met Kadhimi's successor, Mohammed Shia al-Sudani, twice in "
                     "Baghdad, and in March hosted Hadi al-Amiri in Tehran.", lang="en")
    assert _met(doc, "qaani", "amiri"), _rels(doc, "MET_WITH")
    assert not _met(doc, "sudani", "amiri"), _rels(doc, "MET_WITH")


def test_apposed_subject_of_its_own_verb_stands(ex) -> None:
    doc = ex.extract("Kadhimi's successor, Mohammed Shia al-Sudani, hosted Hadi al-Amiri in "
                     "Baghdad.", lang="en")
    assert _met(doc, "sudani", "amiri"), _rels(doc, "MET_WITH")


# ---- "his hosts": the noun (meetings._EN_DETERMINERS)
def test_his_hosts_is_no_meeting_of_the_hosts(ex) -> None:
    doc = ex.extract("In Erbil he met President Nechirvan Barzani and Prime Minister Masrour "
                     "Barzani, thanking his hosts in Kurdish.", lang="en")
    assert not _met(doc, "nechirvan", "masrour"), _rels(doc, "MET_WITH")


def test_hosts_as_a_verb_stands(ex) -> None:
    doc = ex.extract("Nechirvan Barzani hosts Masrour Barzani in Erbil on Monday.", lang="en")
    assert _met(doc, "nechirvan", "masrour"), _rels(doc, "MET_WITH")


# ---- the agent of a passive is no subject carried on (meeting_clauses.passive_subject_ar)
def test_passive_agent_is_not_the_subject_of_the_next_meeting(ex) -> None:
    doc = ex.extract("ووصل وزير الخارجية الإيراني عباس عراقجي إلى مسقط، واستُقبل في قصر العلم "
                     "من قبل السلطان هيثم بن طارق، كما أجرى مباحثات مع الوزير العماني بدر "
                     "البوسعيدي.", lang="ar")
    assert _met(doc, "araghchi", "albusaidi"), _rels(doc, "MET_WITH")
    assert not _met(doc, "haitham", "albusaidi"), _rels(doc, "MET_WITH")


def test_subject_right_before_the_passive_stands(ex) -> None:
    doc = ex.extract("واستُقبل عباس عراقجي من قبل السلطان هيثم بن طارق، ثم أجرى مباحثات مع "
                     "بدر البوسعيدي.", lang="ar")
    assert _met(doc, "araghchi", "albusaidi"), _rels(doc, "MET_WITH")


# ---- "first ... since he succeeded Y": who "he" is (succession_since_he.since_he_unsure)
def test_since_he_after_the_new_holder_or_another_possessor(ex) -> None:
    doc = ex.extract("The UN envoy Hans Grundberg met Salem bin Breik in Aden, his first "
                     "meeting with the new premier since he replaced Ahmed Awad bin Mubarak.",
                     lang="en")
    assert ("person:hans-grundberg", "person:ahmed-awad-bin-mubarak") not in \
        _rels(doc, "SUCCESSOR_OF"), _rels(doc, "SUCCESSOR_OF")
    doc = ex.extract("Ali Khamenei welcomed the Sultan. It was His Majesty's first visit to "
                     "Iran since he succeeded the late Sultan Qaboos bin Said.", lang="en")
    assert not any("khamenei" in n for n, _ in _rels(doc, "SUCCESSOR_OF")), \
        _rels(doc, "SUCCESSOR_OF")


def test_his_first_visit_since_he_succeeded_stands(ex) -> None:
    doc = ex.extract("Masoud Pezeshkian made his first visit to Baghdad since he succeeded "
                     "Ebrahim Raisi.", lang="en")
    assert ("person:masoud-pezeshkian", "person:ebrahim-raisi") in \
        _rels(doc, "SUCCESSOR_OF"), _rels(doc, "SUCCESSOR_OF")

