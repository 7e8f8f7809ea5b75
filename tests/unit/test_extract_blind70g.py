"""Session 70 (blind70g): fixes after the first contact of blind set TE-TF (Sudan 2019-2024, written
blind: Ibn Auf and Burhan, Hamdok, the war, the Jeddah talks, the killing of the West Darfur governor),
each read in paraphrases of other people, outlets and bodies.

- Killings, English: a group's adjective between "the" and the group's name after "fighters /
  militants / members of" ("killed by fighters of the paramilitary Rapid Support Forces", "by
  militants of the jihadist al-Shabaab group") no longer hides the agent
  (``killing_agents._fighters_of_en``); an accusation stays no killing.
- Meetings, Arabic: «بالتشاور مع Y» ("in consultation with Y") is a manner adverbial, no meeting
  with Y (``lexicon.AR_MEET_MANNER``, read by ``meetings.met_with`` and ``meeting_fallback``);
  the verb «تشاور X مع Y» stays a meeting.
- Meetings, Arabic: the verbal noun with an accusative partner whose own office title opens right
  after the genitive ("بعد ساعات من لقاء الرئيس X وزير الخارجية الأميركي Y"): the title is Y's,
  so X met Y even without the fatha (``meeting_noun_sides.accusative_partner_ar``); a title with
  no name after it stays X's apposition.
- Gazetteer: Khamis Abakar, governor of West Darfur killed in June 2023, in both scripts.
"""

import pytest

from tests.extract_support import met_sorted as _met
from tests.extract_support import relation_pairs

SHABAAB, BOKO, RSF, ARAKAN = ("organization:al-shabaab", "organization:boko-haram",
                              "organization:rapid-support-forces", "organization:arakan-army")
SISI, BLINKEN = "person:abdel-fattah-el-sisi", "person:antony-blinken"


def _killers(ex, text, lang="en"):
    return relation_pairs(ex, text, "ASSASSINATED_BY", lang)


# --- "killed by fighters of the paramilitary X" ---------------------------------------------

@pytest.mark.parametrize("text, victim, agent", [
    ("Police chief Abdi Warsame was killed by fighters of the jihadist al-Shabaab group near Baidoa "
     "on Sunday, officials said.", "warsame", SHABAAB),
    ("The village head, Musa Idrisa, was killed by militants of the Islamist Boko Haram group in "
     "Borno state last week.", "idrisa", BOKO),
    ("Commander Adam Harun was killed by members of the paramilitary Rapid Support Forces in Nyala "
     "in March.", "harun", RSF),
    ("Township official Kyaw Min Naing was shot dead by rebels from the separatist Arakan Army on "
     "Monday.", "naing", ARAKAN),
])
def test_fighters_of_adjective_group_en(shipped, text, victim, agent):
    got = _killers(shipped, text)
    assert any(v.startswith("person:") and a == agent for v, a in got), (victim, got)


def test_fighters_of_adjective_accused_is_no_killing_en(rules_only):
    text = ("The army accused fighters of the paramilitary Rapid Support Forces of killing Adam Harun "
            "in Nyala, a charge the group denied.")
    assert not _killers(rules_only, text)


def test_fighters_of_group_ar_unchanged(shipped):
    text = "قُتل القائد آدم هارون على يد عناصر من مليشيا الدعم السريع المتمردة في نيالا."
    assert any(a == RSF for _, a in _killers(shipped, text, "ar"))


def test_abakar_known_both_scripts(shipped):
    en = ("West Darfur governor Khamis Abdallah Abakar was killed by fighters of the paramilitary "
          "Rapid Support Forces in El Geneina.")
    ar = "قُتل والي غرب دارفور خميس عبدالله أبكر على يد عناصر من قوات الدعم السريع في الجنينة."
    assert ("person:khamis-abakar", RSF) in _killers(shipped, en)
    assert ("person:khamis-abakar", RSF) in _killers(shipped, ar, "ar")


# --- «بالتشاور مع Y»: in consultation with, no meeting -----------------------------------------

@pytest.mark.parametrize("text", [
    "وقال رئيس الوزراء الأردني بشر الخصاونة إنه سيجري التعديل الوزاري بالتشاور مع رئيس مجلس النواب "
    "أحمد الصفدي.",
    "وأعلن وزير الخارجية أيمن الصفدي القرار بالتشاور مع نظيره المصري سامح شكري.",
    "وأكد عبد الله حمدوك أن الحكومة ستُشكَّل وبالتشاور مع قوى الحرية والتغيير.",
])
def test_in_consultation_with_is_no_meeting_ar(shipped, text):
    assert not _met(shipped, text, "ar")


def test_consulted_verb_stays_meeting_ar(shipped):
    text = "وتشاور وزير الخارجية أيمن الصفدي مع نظيره المصري سامح شكري في عمّان أمس."
    assert ("person:ayman-safadi", "person:sameh-shoukry") in _met(shipped, text, "ar")


# --- «لقاء X <title> Y»: the title is Y's, Y the accusative partner ----------------------------

@pytest.mark.parametrize("text", [
    "وجاء الإعلان بعد ساعات من لقاء الرئيس عبد الفتاح السيسي وزير الخارجية الأميركي أنتوني بلينكن في "
    "القاهرة.",
    "وصدر البيان عقب لقاء عبد الفتاح السيسي وزير الخارجية الأمريكي أنتوني بلينكن بقصر الاتحادية.",
])
def test_meeting_noun_titled_partner_ar(shipped, text):
    assert (SISI, BLINKEN) in _met(shipped, text, "ar")


@pytest.mark.parametrize("text", [
    "وتناول لقاء سامح شكري وزير الخارجية المصري بالصحفيين الأوضاع في غزة.",
    "وكان لقاء عبد الفتاح السيسي رئيس الجمهورية مع الوفد قد تأجل.",
])
def test_meeting_noun_apposed_title_is_no_partner_ar(rules_only, text):
    assert not _met(rules_only, text, "ar")
