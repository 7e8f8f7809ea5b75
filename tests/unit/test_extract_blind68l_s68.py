"""Session 68 (blind68l): fixes after the first contact of blind set RK-RL (Libya 2015-2025, written
blind: Khalifa Haftar, Fayez al-Sarraj, Abdul Hamid Dbeibah, Fathi Bashagha, the UN envoys from Martin
Kobler to Hanna Tetteh, the Berlin, Palermo and Paris meetings, Turkish and Egyptian visits).

- Successions, Arabic: the feminine forms of the taking verbs, «تولّت / وتتولى / تسلّمت / استلمت X
  قيادة البعثة ... بعد استقالة / رحيل Y», are read like «تولى X ... بعد استقالة Y»: X succeeded Y
  (``lexicon.AR_TAKEOVER_FEMININE`` in ``succession_helpers``, read by ``succession_rules_ar``'s take-after reading).
  Not when the taker is a body («وتتولى الحكومة مهامها بعد استقالة Y») or when no loss is told.
"""

import pytest

from tests.extract_support import relation_pairs

WILLIAMS, SALAME = "person:stephanie-williams", "person:ghassan-salame"
KOURY, BATHILY = "person:stephanie-koury", "person:abdoulaye-bathily"
MANGOUSH, SARRAJ = "person:najla-mangoush", "person:fayez-al-sarraj"
TETTEH = "person:hanna-tetteh"


@pytest.mark.parametrize("text, new, old", [
    ("وأدانت الممثلة الخاصة بالإنابة ستيفاني ويليامز عملية الاغتيال.\nوتتولى ويليامز قيادة البعثة "
     "الأممية منذ مارس الماضي بعد استقالة غسان سلامة لأسباب صحية.", WILLIAMS, SALAME),
    ("وتولّت ستيفاني ويليامز قيادة البعثة في مارس الماضي بعد استقالة غسان سلامة.", WILLIAMS, SALAME),
    ("وكانت ستيفاني وليامز قد تولت رئاسة البعثة عقب استقالة غسان سلامة في مارس 2020.", WILLIAMS, SALAME),
    ("وتسلمت ستيفاني خوري مهام البعثة الأممية بالإنابة بعد استقالة عبد الله باتيلي في أبريل.", KOURY,
     BATHILY),
    ("تتولى المبعوثة الأممية ستيفاني خوري قيادة البعثة بالإنابة بعد رحيل عبد الله باتيلي.", KOURY,
     BATHILY),
    ("واستلمت الغانية هانا تيتيه مهامها على رأس البعثة بعد استقالة عبد الله باتيلي.", TETTEH, BATHILY),
])
def test_a_woman_taking_the_post_after_a_loss_succeeds_the_one_lost(shipped, text, new, old):
    assert (new, old) in relation_pairs(shipped, text, "SUCCESSOR_OF", "ar")


@pytest.mark.parametrize("text", [
    "وتتولى الحكومة مهامها بعد استقالة فايز السراج.",  # a body takes over: nobody succeeds
    "وتولت نجلاء المنقوش وزارة الخارجية في مارس 2021، ولم تلتق ستيفاني وليامز بعد ذلك.",  # no loss
    "وتولت نجلاء المنقوش وزارة الخارجية منذ عام 2021، قبل أن يستقيل فايز السراج.",  # he left later
])
def test_no_succession_without_a_woman_taking_over_after_a_loss(shipped, text):
    pairs = relation_pairs(shipped, text, "SUCCESSOR_OF", "ar")
    assert not {(MANGOUSH, WILLIAMS), (MANGOUSH, SARRAJ), (WILLIAMS, MANGOUSH)} & pairs
    assert not any(old == SARRAJ for _, old in pairs)
