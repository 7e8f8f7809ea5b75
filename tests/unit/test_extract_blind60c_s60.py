"""Session 60 (blind60c): constructions missed or misread on the first contact with blind set
MQ-MR (Syria after Assad, December 2024-2025), each also read in paraphrases of other outlets'
manners and, where it exists, in dev text of another writer (arDM6, ar9).

- Meetings, Arabic: the clitic of a meeting noun opening a comma-bounded time adjunct, "فالتقى
  X Y، بعد يوم من لقائه Z" / "أعلن X، عبر منصة إكس، التوصل إلى ...، إثر لقائه Z" / "وأكد X،
  الذي خلف W في ...، خلال لقائه Z": the subject of the clause the adjunct hangs on (X), not
  the object Y, the W of a relative clause or someone of an earlier sentence
  (``meeting_possessor_clause_ar``); after a reception, the guest's own earlier meeting as
  before. And the visitor named before an apposition carries on as the subject of "فالتقى A
  وB" when such an adjunct follows the list ("زار بيروت X، مستشار المرشد Y، فالتقى A وB، بعد
  يوم من لقائه Z": X met A, B and Z; not A-B) (``core_recall_objects.dropped_subject``).
- Successions: a post taken that the text says someone held, "وتولى X حقيبة الدفاع التي كان
  يشغلها Y" / "فيما تولى <title> X، المعروف بـ...، حقيبة ... التي كان يشغلها Y" / "وكان X قد
  تسلّم حقيبة ... التي شغلها Y" (``succession_took_held_ar``; not a visit, not negated), and in
  English "X took over the defence portfolio that Y had held" (one or two words of the post
  before its noun, ``succession_handover._taking_verb_en``).
- Successions, Arabic: a handover verb after a comma with no subject of its own, "كُلّف X
  بتشكيل حكومة ...، وتسلّم مهامه من Y" / "أدى X اليمين أمام الرئيس W، ثم تسلّم السلطة من Y" /
  "عُيّن X قائداً ...، واستلم القيادة من Y": X, the subject of the clause before the comma (not
  W, the nearest person), past an apposition and stretches naming no one ("كُلّف X، رئيس
  ...، بتشكيل حكومة ...، وتسلّم مهامه من Y") (``succession_took_ar._comma_clause_taker``,
  ``meeting_possessor_clause_ar.clause_subject_back_ar``); not a letter received.
- Names, Arabic: a title word after a place noun, "حيي الشيخ مقصود والأشرفية"، "حي الشيخ جراح",
  is part of the place's name, no description of a person ("الشيخ" was read as the last person
  named, who then met the next sentence's people and visited Aleppo) (``title_holders``).
"""

import pytest

from tests.extract_support import met_sorted as _met
from tests.extract_support import relation_pairs
from tests.extract_support import sorted_pair as _pair

SHARAA, FIDAN, SUDANI = "person:ahmed-al-sharaa", "person:hakan-fidan", "person:mohammed-shia-al-sudani"
ABUQASRA, ABDI, COOPER, BARRACK = ("person:murhaf-abu-qasra", "person:mazloum-abdi",
                                   "person:brad-cooper", "person:tom-barrack")
LARIJANI, BERRI, ASSAD = "person:ali-larijani", "person:nabih-berri", "person:bashar-al-assad"
MIKATI = "person:najib-mikati"
KADHIMI, AMIRAB = "person:mustafa-al-kadhimi", "person:hossein-amir-abdollahian"
ARAGHCHI, AOUN = "person:abbas-araghchi", "person:joseph-aoun"
FBF, SHAIBANI = "person:faisal-bin-farhan", "person:asaad-al-shaibani"
ALEPPO = "location:aleppo"


# --- Arabic: whose meeting "لقائه" is after a comma -------------------------------------------

@pytest.mark.parametrize("text, pair, not_pair", [
    ("ففي 15 تشرين الثاني زار بيروت علي لاريجاني، مستشار المرشد الإيراني علي خامنئي، فالتقى "
     "رئيس مجلس النواب نبيه بري ورئيس حكومة تصريف الأعمال نجيب ميقاتي، بعد يوم من لقائه "
     "الرئيس بشار الأسد في دمشق.", (LARIJANI, ASSAD), (MIKATI, ASSAD)),
    ("وأكد السوداني، الذي خلف الكاظمي في رئاسة الحكومة، خلال لقائه وزير الخارجية الإيراني "
     "حسين أمير عبد اللهيان أن العراق لن يكون منطلقا للاعتداء على جيرانه.",
     (SUDANI, AMIRAB), (KADHIMI, AMIRAB)),
    ("والتقى وزير الخارجية السعودي الأمير فيصل بن فرحان الرئيس السوري أحمد الشرع، بعد يومين "
     "من لقائه وزير الخارجية السوري أسعد الشيباني في الرياض.",
     (FBF, SHAIBANI), (SHARAA, SHAIBANI)),
    ("وأعلن وزير الدفاع مرهف أبو قصرة، عبر منصة إكس، التوصل إلى اتفاق لوقف إطلاق النار في "
     "حلب، إثر لقائه مظلوم عبدي.", (ABUQASRA, ABDI), None),
])
def test_his_meeting_after_a_comma_is_the_clause_subjects(rules_only, text, pair, not_pair):
    met = _met(rules_only, text, "ar")
    assert _pair(*pair) in met
    if not_pair:
        assert _pair(*not_pair) not in met


@pytest.mark.parametrize("text, guest, met", [
    ("ففي 15 تشرين الثاني زار بيروت علي لاريجاني، مستشار المرشد الإيراني علي خامنئي، فالتقى "
     "رئيس مجلس النواب نبيه بري ورئيس حكومة تصريف الأعمال نجيب ميقاتي، بعد يوم من لقائه "
     "الرئيس بشار الأسد في دمشق.", LARIJANI, [BERRI, MIKATI, ASSAD]),
    ("وصل وزير الخارجية الإيراني عباس عراقجي إلى بيروت، فالتقى رئيس مجلس النواب نبيه بري "
     "ورئيس الحكومة نواف سلام، بعد ساعات من لقائه الرئيس جوزاف عون.",
     ARAGHCHI, [BERRI, "person:nawaf-salam", AOUN]),
    ("زار دمشق وزير الخارجية التركي هاكان فيدان، رئيس الدبلوماسية التركية، والتقى الرئيس أحمد "
     "الشرع ووزير الخارجية أسعد الشيباني، بعد يوم من لقائه المبعوث الأمريكي توم باراك في "
     "أنقرة.", FIDAN, [SHARAA, SHAIBANI, BARRACK]),
])
def test_the_visitor_met_the_list_and_the_one_of_his_earlier_meeting(rules_only, text, guest,
                                                                      met):
    pairs = _met(rules_only, text, "ar")
    for p in met:
        assert _pair(guest, p) in pairs
    assert _pair(met[0], met[1]) not in pairs  # the two he met are no pair of their own


def test_after_a_reception_his_meeting_is_the_guests(rules_only):
    text = ("واستقبل الرئيس جوزاف عون وزير الخارجية الإيراني عباس عراقجي، بعد ساعات من لقائه "
            "رئيس مجلس النواب نبيه بري.")
    met = _met(rules_only, text, "ar")
    assert _pair(ARAGHCHI, BERRI) in met and _pair(AOUN, BERRI) not in met


# --- Arabic: "حي الشيخ مقصود" is a place -----------------------------------------------------

_TWO = ("التقى القائد العام لقوات سوريا الديمقراطية مظلوم عبدي في دمشق الرئيس أحمد الشرع، "
        "بحضور المبعوث الأمريكي توم باراك وقائد القيادة المركزية الأمريكية الأدميرال براد "
        "كوبر.\nوأعلن وزير الدفاع مرهف أبو قصرة التوصل إلى اتفاق لوقف شامل لإطلاق النار في "
        "حيي الشيخ مقصود والأشرفية بحلب، إثر لقائه عبدي.")


def test_a_sheikh_in_a_place_name_is_no_one(shipped):
    met = _met(shipped, _TWO, "ar")
    assert _pair(ABUQASRA, ABDI) in met
    assert _pair(COOPER, ABUQASRA) not in met
    assert (COOPER, ALEPPO) not in relation_pairs(shipped, _TWO, "VISITED", "ar")


def test_a_sheikh_named_is_still_read(shipped):
    text = "والتقى عباس عراقجي في بيروت الشيخ نعيم قاسم. وتظاهر المئات في حي الشيخ جراح بالقدس."
    assert _pair(ARAGHCHI, "person:naim-qassem") in _met(shipped, text, "ar")


# --- Arabic: "تولى X الحقيبة التي كان يشغلها Y" ---------------------------------------------

@pytest.mark.parametrize("text, pair", [
    ("وتولى مرهف أبو قصرة حقيبة الدفاع التي كان يشغلها العماد علي محمود عباس.",
     (ABUQASRA, "person:ali-mahmoud-abbas")),
    ("وفي 21 من الشهر نفسه، عُيّن أسعد حسن الشيباني وزيراً للخارجية، فيما تولى القائد العسكري "
     "في الهيئة مرهف أبو قصرة، المعروف بأبي الحسن الحموي، حقيبة الدفاع التي كان يشغلها العماد "
     "علي محمود عباس.", (ABUQASRA, "person:ali-mahmoud-abbas")),
    ("وكان عباس عراقجي قد تسلّم حقيبة الخارجية التي شغلها علي باقري كني بالوكالة.",
     (ARAGHCHI, "person:ali-bagheri-kani")),
    ("وتسلّم نواف سلام رئاسة الحكومة التي كان يشغلها نجيب ميقاتي منذ عام 2021.",
     ("person:nawaf-salam", MIKATI)),
])
def test_the_post_someone_held_taken_is_a_succession(rules_only, text, pair):
    assert pair in relation_pairs(rules_only, text, "SUCCESSOR_OF", "ar")


@pytest.mark.parametrize("text", [
    "وزار مرهف أبو قصرة الوزارة التي كان يشغلها العماد علي محمود عباس.",
    "ولم يتول مرهف أبو قصرة حقيبة الدفاع التي كان يشغلها العماد علي محمود عباس.",
])
def test_a_visit_or_a_denial_is_no_succession(shipped, text):
    assert (ABUQASRA, "person:ali-mahmoud-abbas") not in relation_pairs(
        shipped, text, "SUCCESSOR_OF", "ar")


@pytest.mark.parametrize("text, pair", [
    ("Murhaf Abu Qasra took over the defence portfolio that Ali Mahmoud Abbas had held.",
     (ABUQASRA, "person:ali-mahmoud-abbas")),
    ("Abbas Araghchi took over the foreign ministry portfolio that Ali Bagheri Kani had held in "
     "an acting capacity.", (ARAGHCHI, "person:ali-bagheri-kani")),
])
def test_english_the_post_someone_held_taken_over(rules_only, text, pair):
    assert pair in relation_pairs(rules_only, text, "SUCCESSOR_OF", "en")


# --- Arabic: "، وتسلّم مهامه من Y" with the subject of the clause before ---------------------

@pytest.mark.parametrize("text, pair", [
    ("وكُلّف محمد البشير بتشكيل حكومة لتصريف الأعمال، وتسلّم مهامه من محمد غازي الجلالي في "
     "العاشر من كانون الأول.", ("person:mohammed-al-bashir", "person:mohammad-ghazi-al-jalali")),
    ("أدى نواف سلام اليمين الدستورية أمام الرئيس جوزاف عون، ثم تسلّم السلطة من نجيب ميقاتي في "
     "السراي.", ("person:nawaf-salam", MIKATI)),
    ("عُيّن اللواء محمد باكبور قائداً عاماً للحرس الثوري، واستلم القيادة من اللواء حسين سلامي "
     "في اليوم نفسه.", ("person:mohammad-pakpour", "person:hossein-salami")),
    ("فقد كُلّف محمد البشير، رئيس \"حكومة الإنقاذ\" في إدلب، بتشكيل حكومة لتصريف الأعمال، "
     "وتسلّم مهامه من رئيس حكومة النظام محمد غازي الجلالي.",
     ("person:mohammed-al-bashir", "person:mohammad-ghazi-al-jalali")),
])
def test_the_handover_verb_after_a_comma_takes_the_clause_subject(rules_only, text, pair):
    succ = relation_pairs(rules_only, text, "SUCCESSOR_OF", "ar")
    assert pair in succ
    assert (AOUN, MIKATI) not in succ


def test_a_letter_received_is_no_handover(shipped):
    text = "وصل محمد البشير إلى دمشق، وتسلّم رسالة من محمد غازي الجلالي."
    assert not relation_pairs(shipped, text, "SUCCESSOR_OF", "ar")
