"""Session 58 (seen58en): English constructions the session's first-round helpers saw and did
not fix, each checked in other wordings before it was built.

- Successions: an appointment to a one-time task is no post: "X was chosen to lead
  Hezbollah's delegation to the funeral / the funeral prayers after Y's assassination", "was
  picked to head the delegation to the talks", "was chosen to deliver the eulogy", "named to
  lead the mourning ceremony" (``succession_errand_en``, read by
  ``succession_rules_en._appointed_en`` and by the scorer's veto ``scorer_hedged``); "chosen
  to lead Hezbollah / to head the political council after Y was killed" stays a succession.
- Successions: "X stepped into / took on / assumed / filled the role (previously) held by Y"
  (``succession_handover.post_held_by``: a taking verb before the post, its subject the
  taker); not "will not step into", not a participle after a hedged clause ("is expected to
  be confirmed ..., taking over a post Y held").
- Killings: "The IDF said it took out X" / "Israel confirmed that it took out X" / "said it
  had taken out X" (``kill_phrasal``: the speaker of "(that) it", as for "said it killed");
  "its jets took out X" (``kill_groups_forces.its_forces_killed``); not "it took out an
  Israeli tank near X's hometown", "its fighters took out a tank commanded by X", "its jets
  struck down a drone launched by X's unit", a denial or "never".
- Killings: a defence minister's "we": 'Defense Minister Israel Katz: "We eliminated X."'
  and '"We eliminated X," Katz said' (``kill_said_it.speaker_side``); not "We will
  eliminate X", "We did not eliminate X".
- Meetings: "X received A, the speaker of parliament, together with / along with B (and C)":
  B (and C) met X and A, past A's short description (``meeting_together_after``); not "X
  met A, who was together with B".
"""

import pytest

from tests.extract_support import met_sorted, relation_pairs, sorted_pair

QASSEM, NASRALLAH = "person:naim-qassem", "person:hassan-nasrallah"
SAFIEDDINE = "person:hashem-safieddine"
PAKPOUR, SALAMI = "person:mohammad-pakpour", "person:hossein-salami"
AQIL, IDF, ISRAEL = ("person:ibrahim-aqil", "organization:israel-defense-forces",
                     "country:israel")
HEZBOLLAH, GALLANT = "organization:hezbollah", "person:yoav-gallant"
NETANYAHU = "person:benjamin-netanyahu"
SISI, GEBALY = "person:abdel-fattah-el-sisi", "person:hanafi-gebaly"
AOUN, BERRI, MIKATI = "person:joseph-aoun", "person:nabih-berri", "person:najib-mikati"
ARAGHCHI, ABDOLLAHIAN = "person:abbas-araghchi", "person:hossein-amir-abdollahian"


def _succ(ex, text):
    return relation_pairs(ex, text, "SUCCESSOR_OF", "en")


# --- an errand is no post ----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Hashem Safieddine was chosen to lead Hezbollah's delegation to the funeral after Hassan "
    "Nasrallah's assassination.",
    "Naim Qassem was selected to lead the funeral prayers after the assassination of Hassan "
    "Nasrallah.",
    "Naim Qassem was picked to head the delegation to the talks after the killing of Hassan "
    "Nasrallah.",
    "Naim Qassem was chosen to deliver the eulogy after the assassination of Hassan Nasrallah.",
    "Naim Qassem was named to lead the mourning ceremony following the killing of Hassan "
    "Nasrallah.",
    "Naim Qassem was chosen to lead the negotiations after Hassan Nasrallah was killed.",
])
def test_chosen_for_an_errand_is_no_succession(shipped, text):
    assert not any(old == NASRALLAH for _new, old in _succ(shipped, text))


@pytest.mark.parametrize("text", [
    "Naim Qassem was chosen to lead Hezbollah after Hassan Nasrallah was killed.",
    "Naim Qassem was chosen to head the group's political council after Hassan Nasrallah was "
    "killed.",
])
def test_chosen_to_lead_a_body_stays_a_succession(shipped, text):
    assert (QASSEM, NASRALLAH) in _succ(shipped, text)


# --- the role held by Y ------------------------------------------------------------------

@pytest.mark.parametrize("text, pair", [
    ("Mohammad Pakpour stepped into the role previously held by Hossein Salami.",
     (PAKPOUR, SALAMI)),
    ("Mohammad Pakpour took on the post previously held by Hossein Salami.", (PAKPOUR, SALAMI)),
    ("Mohammad Pakpour assumed the position formerly held by Hossein Salami, who was killed "
     "on Friday.", (PAKPOUR, SALAMI)),
    ("Mohammad Pakpour, who stepped into the role previously held by Hossein Salami, vowed "
     "revenge.", (PAKPOUR, SALAMI)),
    ("Abbas Araghchi took on the post held by Hossein Amir-Abdollahian, who died in a "
     "helicopter crash.", (ARAGHCHI, ABDOLLAHIAN)),
])
def test_took_on_the_role_held_by(shipped, text, pair):
    assert pair in _succ(shipped, text)


def test_stepped_into_the_role_is_no_meeting(shipped):
    text = "Mohammad Pakpour stepped into the role previously held by Hossein Salami."
    assert not relation_pairs(shipped, text, "MET_WITH", "en")


@pytest.mark.parametrize("text", [
    "Mohammad Pakpour will not step into the role previously held by Hossein Salami.",
    "Mohammad Pakpour is expected to be confirmed as commander within weeks, taking over a "
    "post Hossein Salami held for years.",
])
def test_no_taking_of_the_role(rules_only, text):
    assert (PAKPOUR, SALAMI) not in _succ(rules_only, text)


# --- "it took out X", "its jets took out X", a defence minister's "we" ---------------------

def _killed(ex, text):
    return relation_pairs(ex, text, "ASSASSINATED_BY", "en")


@pytest.mark.parametrize("text, pair", [
    ("The IDF said it took out Ibrahim Aqil in a strike on Beirut's southern suburbs.",
     (AQIL, IDF)),
    ("The IDF said its jets took out Ibrahim Aqil in a strike on Beirut.", (AQIL, IDF)),
    ("The Israeli army said it had taken out Hezbollah commander Ibrahim Aqil.", (AQIL, IDF)),
    ("Israel confirmed that it took out Ibrahim Aqil.", (AQIL, ISRAEL)),
])
def test_said_it_took_out(shipped, text, pair):
    assert pair in _killed(shipped, text)


@pytest.mark.parametrize("text", [
    "Israel denied that it took out Ibrahim Aqil.",
    "Israel said it never took out Ibrahim Aqil.",
    "Hezbollah said it took out an Israeli tank near Ibrahim Aqil's hometown.",
    "The IDF said its jets struck down a drone launched by Ibrahim Aqil's unit.",
    "Hezbollah said its fighters took out an Israeli tank commanded by Yoav Gallant.",
    "The army said it took out the driver of Ibrahim Aqil.",
])
def test_took_out_no_killing(rules_only, text):
    assert not _killed(rules_only, text)


@pytest.mark.parametrize("text", [
    'Israeli Defense Minister Israel Katz: "We eliminated Hassan Nasrallah."',
    '"We eliminated Hassan Nasrallah," Israel Katz said.',
])
def test_defence_minister_we_eliminated(shipped, text):
    assert (NASRALLAH, ISRAEL) in _killed(shipped, text)


@pytest.mark.parametrize("text", [
    'Iranian Defence Minister Aziz Nasirzadeh: "We will eliminate Benjamin Netanyahu."',
    'Israel Katz said: "We did not eliminate Hassan Nasrallah."',
])
def test_defence_minister_we_no_killing(rules_only, text):
    assert not _killed(rules_only, text)


# --- co-guests past an apposition ----------------------------------------------------------

@pytest.mark.parametrize("link", ["together with", "along with"])
def test_together_with_past_an_apposition(shipped, link):
    text = (f"Egyptian President Abdel Fattah al-Sisi received Hanafy Gebaly, the speaker of "
            f"parliament, {link} Ahmed Saad and Mahmoud Fawzi.")
    met = met_sorted(shipped, text)
    assert sorted_pair(SISI, GEBALY) in met
    for guest in ("person:ahmed-saad", "person:mahmoud-fawzi"):
        assert sorted_pair(SISI, guest) in met
        assert sorted_pair(GEBALY, guest) in met


def test_together_with_in_a_relative_clause(rules_only):
    text = "Joseph Aoun met Nabih Berri, who was together with Najib Mikati."
    met = met_sorted(rules_only, text)
    assert sorted_pair(AOUN, BERRI) in met
    assert sorted_pair(AOUN, MIKATI) not in met
