"""Session 64 (desc64): descriptions and pronouns that reached the wrong person (or none).

- English: a description of a kind of person (diplomat, envoy, general ...) opening its sentence
  is the previous sentence's subject when he is known to fit the word, not the last person of
  that kind named there (an object): "UN envoy X ... was received by Foreign Minister Y. The
  diplomat then met Z": X met Z, Y did not; "The veteran Swedish-Italian diplomat, who took up
  the post in November, began the tour in Rabat, where he held talks with Z" (qualifiers,
  nationalities, an age between "The" and the word) is X too, and so is the "He" of the next
  sentence (``desc_opening_subject_en``, called from ``title_description.described_holder``;
  ``scorer_context.prev_subject`` may skip a possessor: "The UN secretary-general's personal
  envoy, X, ..."). Not when the description's nationality is another country's ("X hosted his
  Saudi counterpart Y. The Saudi general ..."), nor when the subject does not fit the word
  ("Prime Minister X received UN envoy Y. The diplomat ..."), nor for an office ("the
  minister").
"""

import pytest

from tests.extract_support import met_sorted as _met
from tests.extract_support import sorted_pair as _pair

MISTURA, BOURITA, LAMAMRA, GHALI = ("person:staffan-de-mistura", "person:nasser-bourita",
                                    "person:ramtane-lamamra", "person:brahim-ghali")
OULD_CHEIKH = "person:ismail-ould-cheikh-ahmed"
GRUNDBERG, ALBUSAIDI, ABDULSALAM = ("person:hans-grundberg", "person:badr-albusaidi",
                                    "person:mohammed-abdulsalam")
QAANI, YARALLAH, AMIRI = "person:esmail-qaani", "person:abdul-amir-yarallah", "person:hadi-al-amiri"
HOCHSTEIN, BOU_HABIB, BERRI = ("person:amos-hochstein", "person:abdallah-bou-habib",
                               "person:nabih-berri")
SUDANI = "person:mohammed-shia-al-sudani"


# --- English: a description opening its sentence is the previous sentence's subject ----------

@pytest.mark.parametrize("text, subj, obj_before, obj", [
    ("UN envoy Staffan de Mistura wrapped up his tour in Nouakchott, where he was received by "
     "Mauritanian Foreign Minister Ismail Ould Cheikh Ahmed. The diplomat then met Polisario "
     "Front leader Brahim Ghali in Tindouf.", MISTURA, OULD_CHEIKH, GHALI),
    ("The UN secretary-general's personal envoy for Western Sahara, Staffan de Mistura, wrapped "
     "up his tour on Thursday in Nouakchott, where he was received by Mauritanian Foreign "
     "Minister Ismail Ould Cheikh Ahmed. The veteran Swedish-Italian diplomat, who took up the "
     "post in November, began the tour in Rabat, where he held talks with Moroccan Foreign "
     "Minister Nasser Bourita.", MISTURA, OULD_CHEIKH, BOURITA),
    ("UN envoy Staffan de Mistura ended his tour in Algiers, where he was received by Foreign "
     "Minister Ramtane Lamamra. The seasoned Swedish-Italian diplomat, who took up the post last "
     "year, had begun the tour in Rabat, where he held talks with Foreign Minister Nasser "
     "Bourita.", MISTURA, LAMAMRA, BOURITA),
    ("UN envoy Hans Grundberg arrived in Muscat on Monday, where he was received by Omani "
     "Foreign Minister Badr Albusaidi. The Swedish diplomat later met Houthi negotiator Mohammed "
     "Abdulsalam.", GRUNDBERG, ALBUSAIDI, ABDULSALAM),
    ("US envoy Amos Hochstein landed in Beirut on Tuesday and was received by Foreign Minister "
     "Abdallah Bou Habib. The veteran diplomat, who brokered the maritime deal in 2022, then held "
     "talks with Parliament Speaker Nabih Berri.", HOCHSTEIN, BOU_HABIB, BERRI),
])
def test_a_description_opening_the_sentence_is_the_previous_subject(shipped, text, subj,
                                                                     obj_before, obj):
    met = _met(shipped, text)
    assert _pair(subj, obj) in met
    assert _pair(obj_before, obj) not in met


def test_the_he_after_an_opening_description_is_its_person_too(shipped):
    text = ("The UN secretary-general's personal envoy for Western Sahara, Staffan de Mistura, "
            "wrapped up his first tour of the region on Thursday in Nouakchott, where he was "
            "received by Mauritanian Foreign Minister Ismail Ould Cheikh Ahmed. The veteran "
            "Swedish-Italian diplomat, who took up the post in November, began the tour in Rabat, "
            "where he held talks with Moroccan Foreign Minister Nasser Bourita on Jan. 13. He "
            "then travelled to the refugee camps near Tindouf, where he met Polisario Front "
            "leader Brahim Ghali, before heading to Algiers for talks with Foreign Minister "
            "Ramtane Lamamra.")
    met = _met(shipped, text)
    assert {_pair(MISTURA, GHALI), _pair(MISTURA, LAMAMRA), _pair(MISTURA, BOURITA)} <= met
    assert _pair(BOURITA, GHALI) not in met
    assert _pair(BOURITA, LAMAMRA) not in met


# --- negatives -----------------------------------------------------------------------------

def test_a_description_of_another_nationality_is_not_the_previous_subject(shipped):
    text = ("Chief of Staff of the Iranian Armed Forces Major General Mohammad Baqeri hosted his "
            "Saudi counterpart, General Fayyad al-Ruwaili, in Tehran on Sunday. Baqeri said Iran "
            "was ready to expand naval cooperation with the Kingdom. The Saudi general also held "
            "a meeting with Defence Minister Brigadier General Aziz Nasirzadeh.")
    met = _met(shipped, text)
    assert _pair("person:aziz-nasirzadeh", "person:mohammad-bagheri") not in met


@pytest.mark.parametrize("text, envoy, host, obj", [
    ("Iraqi Prime Minister Mohammed Shia al-Sudani received UN envoy Hans Grundberg in Baghdad "
     "on Monday. The diplomat later met Houthi negotiator Mohammed Abdulsalam.", GRUNDBERG,
     SUDANI, ABDULSALAM),
    ("Omani Foreign Minister Badr Albusaidi received UN envoy Hans Grundberg in Muscat on "
     "Monday. The minister later met Houthi negotiator Mohammed Abdulsalam.", ALBUSAIDI,
     GRUNDBERG, ABDULSALAM),
])
def test_a_subject_that_does_not_fit_or_an_office_keeps_the_description_as_it_was(
        shipped, text, envoy, host, obj):
    met = _met(shipped, text)
    assert _pair(envoy, obj) in met
    assert _pair(host, obj) not in met


# --- Arabic: the Maghreb's heads: «الوزير الأول الجديد», «رئيس الدولة», a time after them -----

TEBBOUNE, LARBAOUI, BENABDERRAHMANE, DJERAD = (
    "person:abdelmadjid-tebboune", "person:nadir-larbaoui", "person:aymen-benabderrahmane",
    "person:abdelaziz-djerad")
SAIED, HACHANI, BOUDEN, MADDOURI = ("person:kais-saied", "person:ahmed-hachani",
                                    "person:najla-bouden", "person:kamel-maddouri")


@pytest.mark.parametrize("text, host, new, old", [
    ("أنهى رئيس الجمهورية، عبد المجيد تبون، السبت، مهام الوزير الأول أيمن بن عبد الرحمان، وعيّن "
     "مدير ديوانه نذير العرباوي وزيرا أول خلفا له. واستقبل الرئيس تبون الوزير الأول الجديد مساء "
     "اليوم نفسه بمقر رئاسة الجمهورية.", TEBBOUNE, LARBAOUI, BENABDERRAHMANE),
    ("عيّن الرئيس عبد المجيد تبون أيمن بن عبد الرحمان وزيرا أول خلفا لعبد العزيز جراد. واستقبل "
     "الرئيس تبون الوزير الأول الجديد صباح اليوم بقصر المرادية.", TEBBOUNE, BENABDERRAHMANE,
     DJERAD),
    ("أصدر رئيس الجمهورية قيس سعيّد، مساء الثلاثاء، أمرا رئاسيا يقضي بتعيين السيد أحمد الحشاني "
     "رئيسا للحكومة خلفا للسيدة نجلاء بودن. واستقبل رئيس الدولة، إثر ذلك، رئيس الحكومة الجديد "
     "بقصر قرطاج.", SAIED, HACHANI, BOUDEN),
    ("أصدر رئيس الجمهورية قيس سعيد أمرا بتعيين كمال المدوري رئيسا للحكومة خلفا لأحمد الحشاني. "
     "واستقبل رئيس الدولة، إثر ذلك، رئيس الحكومة الجديد بقصر قرطاج.", SAIED, MADDOURI, HACHANI),
    ("أصدر الرئيس قيس سعيد أمرا بتعيين أحمد الحشاني رئيسا للحكومة خلفا لنجلاء بودن. واستقبل "
     "الرئيس سعيد رئيس الحكومة الجديد مساء اليوم نفسه.", SAIED, HACHANI, BOUDEN),
])
def test_the_new_head_of_government_received_is_the_appointee(shipped, text, host, new, old):
    met = _met(shipped, text, "ar")
    assert _pair(host, new) in met
    assert _pair(host, old) not in met


def test_the_head_of_state_is_the_president_not_the_appointee_named_more_often(shipped):
    text = ("رئيس الجمهورية يعيّن أحمد الحشاني رئيسا للحكومة خلفا لنجلاء بودن\n"
            "تونس (وات) - أصدر رئيس الجمهورية قيس سعيّد، مساء الثلاثاء، أمرا رئاسيا يقضي بتعيين "
            "السيد أحمد الحشاني رئيسا للحكومة خلفا للسيدة نجلاء بودن رمضان.\n"
            "واستقبل رئيس الدولة، إثر ذلك، رئيس الحكومة الجديد بقصر قرطاج حيث أدى أمامه اليمين.\n"
            "والحشاني، خريج كلية الحقوق، عمل لسنوات في البنك المركزي.\n"
            "وكان رئيس الجمهورية قد استقبل بودن يوم الخميس الماضي بقصر قرطاج.")
    met = _met(shipped, text, "ar")
    assert {_pair(SAIED, HACHANI), _pair(SAIED, BOUDEN)} <= met
    assert _pair(HACHANI, BOUDEN) not in met


def test_a_headline_title_before_a_verb_is_not_the_objects(shipped):
    text = ("رئيس الجمهورية يعيّن أحمد الحشاني رئيسا للحكومة\n"
            "تونس - أعلنت الرئاسة تعيين أحمد الحشاني رئيسا للحكومة خلفا لنجلاء بودن. وكان رئيس "
            "الجمهورية قد استقبل بودن يوم الخميس الماضي بقصر قرطاج.")
    assert _pair(HACHANI, BOUDEN) not in _met(shipped, text, "ar")


def test_the_new_first_minister_with_no_appointee_told_is_not_the_one_dismissed(shipped):
    text = ("أنهى رئيس الجمهورية عبد المجيد تبون مهام الوزير الأول أيمن بن عبد الرحمان. واستقبل "
            "الرئيس تبون الوزير الأول الجديد مساء اليوم.")
    assert _pair(TEBBOUNE, BENABDERRAHMANE) not in _met(shipped, text, "ar")


def test_a_name_after_the_title_that_opens_like_a_time_stays_a_name(shipped):
    text = ("واستقبل رئيس الوزراء الكويتي صباح الخالد الحمد الصباح وزير الخارجية الإيراني محمد "
            "جواد ظريف.")
    assert _pair("person:mohammad-javad-zarif", "person:sabah-al-khalid-al-hamad-al-sabah") in \
        _met(shipped, text, "ar")
