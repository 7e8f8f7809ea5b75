"""Session 67 (blind67n): fixes after the first contact of blind set QI-QJ (the Maghreb and Libya
2019-2024, written blind: Tebboune and his prime ministers, Kais Saied's dismissals, King Mohammed
VI's audiences, Libya's rival governments and the UN envoys), each read in several paraphrases of
other outlets, people and clitics.

- Successions, Arabic: a removal verb whose subject is followed by a day or an attribution between
  commas, «أقال الرئيس K، ليل الثلاثاء، رئيسة الحكومة Y، وعيّن مكانها X», «أعفى K، اليوم الأحد، Y»,
  «أقال K، بحسب بيان الرئاسة، Y»: the one removed is Y, not K (``succession_dismisser_ar``, with the
  meeting rule's ``meeting_asides_ar.object_after_aside_ar`` and ``aside_span_ar.past_aside_ar``;
  «ليل» is a day word of ``meeting_asides_ar._AR_WHEN``).
- Successions, English: the one removed apposed after a possessive title too long for the nearby
  object, "dismissed his head of government, Y, ... and named X in his place", "fired his minister
  of foreign affairs, Y, and appointed X to replace him": Y, not the one who removed him
  (``succession_removed_apposed_en``, called from ``wire_succession_en._removed_person``).
- Descriptions, Arabic: the office before a comma and "السيد", «رئيس الجمهورية، السيد عبد المجيد
  تبون،» (the APS form), or before a comma alone, «أنهى رئيس الجمهورية، عبد المجيد تبون،», is his:
  a later «رئيس الجمهورية» is he (``coref_offices._detached_title_ar``, ``mister_only_ar``); a seat
  aside after the subject, «استقبل X، بمقر رئاسة الجمهورية، Y», «، بقصر المرادية،», keeps Y the one
  met (``meeting_asides_ar.object_after_aside_ar``).
- Names, Arabic: loanwords of a foreign shape name no one, «مقطع فيديو» (a video clip), «سيناريو»،
  «بروتوكول»، «يوتيوب» (``foreign_names_ar._AR_LOANWORDS``): "نشرت الرئاسة مقطع فيديو لسعيّد وهو
  يستقبل Y" had a person "مقطع فيديو" meeting Y.
"""

import pytest

from tests.extract_support import entity_ids, relation_pairs

SAIED, BOUDEN, HACHANI, MADDOURI = ("person:kais-saied", "person:najla-bouden", "person:ahmed-hachani",
                                    "person:kamel-maddouri")
JERANDI, AMMAR = "person:othman-jerandi", "person:nabil-ammar"
SALIH, HUSSEIN, HAKIM = "person:barham-salih", "person:fuad-hussein", "person:mohammed-ali-al-hakim"
ABDULLAH, KHASAWNEH, HASSAN = "person:abdullah-ii", "person:bisher-al-khasawneh", "person:jafar-hassan"


def _succ(ex, text, lang):
    return relation_pairs(ex, text, "SUCCESSOR_OF", lang)


# --- Arabic: a removal verb past a day or an attribution after its subject ----------------------

@pytest.mark.parametrize("text, new, old, remover", [
    ("أقال الرئيس التونسي قيس سعيّد، ليل الثلاثاء، رئيسة الحكومة نجلاء بودن، وعيّن مكانها أحمد "
     "الحشاني، المسؤول السابق في البنك المركزي.", HACHANI, BOUDEN, SAIED),
    ("أقال الرئيس التونسي قيس سعيّد، ليل الثلاثاء، رئيسة الحكومة نجلاء بودن وعيّن أحمد الحشاني "
     "خلفا لها.", HACHANI, BOUDEN, SAIED),
    ("أقال الرئيس العراقي برهم صالح، مساء أمس، وزير الخارجية فؤاد حسين، وعيّن مكانه محمد علي "
     "الحكيم.", HAKIM, HUSSEIN, SALIH),
    ("أعفى العاهل الأردني الملك عبد الله الثاني، اليوم الأحد، رئيس الوزراء بشر الخصاونة، وعيّن "
     "مكانه جعفر حسان.", HASSAN, KHASAWNEH, ABDULLAH),
    ("أقال الرئيس التونسي قيس سعيّد، بحسب بيان الرئاسة، رئيسة الحكومة نجلاء بودن، وعيّن مكانها أحمد "
     "الحشاني.", HACHANI, BOUDEN, SAIED),
    ("أقال الرئيس التونسي قيس سعيّد، وفق بيان للرئاسة، وزير الخارجية عثمان الجرندي، وعيّن نبيل عمار "
     "خلفا له.", AMMAR, JERANDI, SAIED),
])
def test_ar_the_one_removed_past_an_aside_after_the_remover(shipped, text, new, old, remover):
    got = _succ(shipped, text, "ar")
    assert (new, old) in got
    assert (new, remover) not in got


@pytest.mark.parametrize("text", [
    "أقال الرئيس التونسي قيس سعيّد، ليل الثلاثاء، رئيسة الحكومة نجلاء بودن.",
    "استقبل الرئيس التونسي قيس سعيّد، ليل الثلاثاء، رئيسة الحكومة نجلاء بودن في قصر قرطاج.",
])
def test_ar_no_appointment_no_succession(rules_only, text):
    assert not _succ(rules_only, text, "ar")


# --- English: the one removed apposed after a long possessive title -----------------------------

@pytest.mark.parametrize("text, new, old, remover", [
    ("The presidency announced that the head of state had dismissed his head of government, Ahmed "
     "Hachani, barely a year after appointing him, and named social affairs minister Kamel Madouri in "
     "his place.", MADDOURI, HACHANI, None),
    ("Kais Saied dismissed his head of government, Ahmed Hachani, and named Kamel Madouri in his "
     "place.", MADDOURI, HACHANI, SAIED),
    ("Kais Saied sacked his minister of foreign affairs, Othman Jerandi, on Tuesday and appointed "
     "Nabil Ammar to replace him.", AMMAR, JERANDI, SAIED),
    ("President Barham Salih dismissed his minister of foreign affairs, Fuad Hussein, and named "
     "Mohammed Ali al-Hakim in his place.", HAKIM, HUSSEIN, SALIH),
    ("King Abdullah II dismissed the head of the government, Bisher al-Khasawneh, and appointed "
     "Jafar Hassan in his place.", HASSAN, KHASAWNEH, ABDULLAH),
])
def test_en_the_one_removed_apposed_after_a_long_title(shipped, text, new, old, remover):
    got = _succ(shipped, text, "en")
    assert (new, old) in got
    assert remover is None or (new, remover) not in got


@pytest.mark.parametrize("text", [
    "Kais Saied dismissed his head of government, Ahmed Hachani, the presidency said.",
    "Kais Saied dismissed his head of government, Ahmed Hachani, on Wednesday night.",
])
def test_en_a_dismissal_alone_is_no_succession(rules_only, text):
    assert not _succ(rules_only, text, "en")


# --- Arabic: loanwords of a foreign shape --------------------------------------------------------

@pytest.mark.parametrize("text", [
    "وبثّت الصفحة الرسمية للرئاسة مقطع فيديو لسعيّد وهو يستقبل الحشاني في قصر قرطاج.",
    "ونشرت الرئاسة مقطع فيديو للرئيس قيس سعيد وهو يستقبل رئيس الحكومة أحمد الحشاني.",
    "وبث التلفزيون الرسمي مقطع فيديو للقاء الرئيس عبد المجيد تبون برئيس الحكومة نذير العرباوي.",
    "وتداول ناشطون مقطع فيديو يظهر الرئيس قيس سعيد يستقبل رئيس الحكومة كمال المدوري.",
])
def test_ar_a_video_clip_is_no_person(rules_only, text):
    ids = entity_ids(rules_only, text, "ar")
    assert not any("fidio" in i or "fidyu" in i or "fydyw" in i for i in ids), ids
    assert not any(i.startswith("person:mqt") or i.startswith("person:mekt") for i in ids), ids


def test_ar_the_video_of_the_reception_keeps_the_meeting(shipped):
    text = "ونشرت الرئاسة مقطع فيديو للرئيس قيس سعيد وهو يستقبل رئيس الحكومة أحمد الحشاني."
    met = relation_pairs(shipped, text, "MET_WITH", "ar")
    assert {tuple(sorted(p)) for p in met} == {tuple(sorted((SAIED, HACHANI)))}


# --- Arabic: the APS title form «رئيس الجمهورية، السيد X،» and a seat aside ----------------------

TEBBOUNE, LARBAOUI, BOUALEM, ATTAF = ("person:abdelmadjid-tebboune", "person:nadir-larbaoui",
                                      "person:boualem-boualem", "person:ahmed-attaf")
_APS = "عين رئيس الجمهورية، السيد عبد المجيد تبون، اليوم السبت، السيد نذير العرباوي وزيرا أول. "


@pytest.mark.parametrize("second, guest", [
    ("واستقبل رئيس الجمهورية، بمقر رئاسة الجمهورية، العرباوي.", LARBAOUI),
    ("واستقبل رئيس الجمهورية، بمقر رئاسة الجمهورية، الوزير الأول الجديد.", LARBAOUI),
    ("واستقبل رئيس الجمهورية، بقصر المرادية، وزير الخارجية أحمد عطاف.", ATTAF),
    ("واستقبل رئيس الجمهورية، في اليوم نفسه، وزير الخارجية أحمد عطاف.", ATTAF),
])
def test_ar_the_office_before_the_comma_and_mister_is_his(rules_only, second, guest):
    met = {tuple(sorted(p)) for p in relation_pairs(rules_only, _APS + second, "MET_WITH", "ar")}
    assert tuple(sorted((TEBBOUNE, guest))) in met


def test_ar_the_office_before_the_comma_without_mister(rules_only):
    text = ("أنهى رئيس الجمهورية، عبد المجيد تبون، السبت، مهام الوزير الأول أيمن بن عبد الرحمان. "
            "واستقبل رئيس الجمهورية، في اليوم نفسه، وزير الخارجية أحمد عطاف.")
    met = {tuple(sorted(p)) for p in relation_pairs(rules_only, text, "MET_WITH", "ar")}
    assert tuple(sorted((TEBBOUNE, ATTAF))) in met
    assert tuple(sorted(("person:aymen-benabderrahmane", ATTAF))) not in met


def test_ar_the_reception_with_an_attendee_after_the_aps_title(rules_only):
    text = ("عين رئيس الجمهورية، السيد عبد المجيد تبون، اليوم السبت، السيد نذير العرباوي وزيرا أول، "
            "خلفا للسيد أيمن بن عبد الرحمان. "
            "واستقبل رئيس الجمهورية، بمقر رئاسة الجمهورية، الوزير الأول الجديد، بحضور المستشار "
            "لدى رئيس الجمهورية بوعلام بوعلام.")
    met = {tuple(sorted(p)) for p in relation_pairs(rules_only, text, "MET_WITH", "ar")}
    assert tuple(sorted((TEBBOUNE, LARBAOUI))) in met
    assert tuple(sorted((TEBBOUNE, BOUALEM))) in met
