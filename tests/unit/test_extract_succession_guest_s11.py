"""SUCCESSOR_OF (session 11): "his taking the post ... خلفاً لـZ" in a reception sentence
refers to the guest whose visit the sentence tells, not to the host; our own sentences.

"استقبل K Y في أول زيارة له إلى بغداد منذ توليه منصبه خلفاً لـZ": Y (the visitor) succeeded Z.
Kept: "التقى X Y ... بعد أيام من تسلّمه الوزارة خلفاً لـZ" (no visit noun: the subject X).

Each case: (name, text, SUCCESSOR_OF pairs that must be found, and that must NOT be found).
"""

import pytest

from tests.extract_support import SO, assert_relations

SUDANI, FIDAN = "person:mohammed-shia-al-sudani", "person:hakan-fidan"
CAVUSOGLU = "person:mevlut-cavusoglu"
ARAGHCHI, AMIR = "person:abbas-araghchi", "person:hossein-amir-abdollahian"
FUAD = "person:fuad-hussein"


CASES = [
 ("guest_after_visit_noun",
  "استقبل رئيس الوزراء العراقي محمد شياع السوداني وزير الخارجية التركي هاكان فيدان في أول "
  "زيارة له إلى العراق منذ توليه منصبه في حزيران خلفاً لمولود جاويش أوغلو.",
  [SO(FIDAN, CAVUSOGLU)], [SO(SUDANI, CAVUSOGLU)]),
 ("guest_after_his_visit",
  "استقبل السوداني في بغداد وزير الخارجية الإيراني عباس عراقجي، في زيارته الأولى منذ تعيينه "
  "خلفاً لحسين أمير عبد اللهيان.",
  [SO(ARAGHCHI, AMIR)], [SO(SUDANI, AMIR)]),
 ("subject_kept_without_visit_noun",
  "التقى وزير الخارجية الإيراني عباس عراقجي نظيره العراقي فؤاد حسين بعد أيام من تسلّمه "
  "الوزارة خلفاً لحسين أمير عبد اللهيان.",
  [SO(ARAGHCHI, AMIR)], [SO(FUAD, AMIR)]),
]


@pytest.mark.parametrize("name, text, must, must_not", CASES, ids=[c[0] for c in CASES])
def test_taking_pronoun_in_a_reception_is_the_guest(ex, name, text, must, must_not):
    assert_relations(ex.extract(text, lang="ar"), name, must, must_not)
