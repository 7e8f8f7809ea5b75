"""review68b (session 68): output-identical mends of the merged session 68 code.

- ``text_cue_bits.B_OCCUPATION`` (new): ``mentions.find_mentions`` scans a sentence's text for
  «احتلال» before ``occupier_adjective_ar.other_occupiers_ar`` only when one of its tokens holds
  the run (a pass bit cached per token text); the mentions are the same.
- ``meeting_between_attended`` (was ``meeting_between_attended_ar`` and ``_en``): one predicate,
  ``attendees_after_between``, tells for both languages that the names after "between" / «بين»
  are attendees ("talks between the delegations attended by A and B"، «اجتماع بين وفدي البلدين
  شارك فيه A وB»).
"""

from __future__ import annotations

import pytest

from loaders.extract import get_extractor
from loaders.extract.occupier_adjective_ar import OCCUPATION_STEM
from loaders.extract.text_cue_bits import B_OCCUPATION, text_cue_bits
from loaders.extract.tokens import tokenize_sentences
from tests.extract_support import relation_pairs

_OCCUPATION_TEXTS = [
    "قصفت طائرة مسيّرة تابعة لدولة الاحتلال التركي قرية في ريف الحسكة.",
    "قتلت قوات الاحتلال الأمريكي القيادي في الحشد.",
    "وأدان البيان جرائم الاحتلال، وقال إن للاحتلال مشاريع أخرى.",
    "استشهد الشاب برصاص جيش الاحتلال قرب جنين.",
    "التقى الرئيس وزير الخارجية في القاهرة.",
]


@pytest.mark.parametrize("text", _OCCUPATION_TEXTS)
def test_a_sentence_holding_the_occupation_stem_has_a_token_with_its_bit(text: str) -> None:
    toks, sents = tokenize_sentences(text)
    for s in sents:
        bits = 0
        for t in toks[s.lo:s.hi]:
            bits |= text_cue_bits(t.text)
        assert bool(bits & B_OCCUPATION) == (OCCUPATION_STEM in text[s.start:s.end])


def test_plain_words_have_no_occupation_bit() -> None:
    for word in ("التقى", "الاحتفال", "جيش", "occupation", "في"):
        assert not text_cue_bits(word) & B_OCCUPATION, word


@pytest.fixture(scope="module")
def rules():
    return get_extractor("rules")


@pytest.mark.parametrize(("lang", "text"), [
    ("en",
    "The two leaders held a one-on-one meeting, followed by talks between the delegations "
    "attended by Foreign Minister Sergey Lavrov and Defence Minister Sergei Shoigu."),
    ("ar", "أعقبه اجتماع موسع بين وفدي البلدين شارك فيه وزير الخارجية سيرغي لافروف ووزير الدفاع "
    "سيرغي شويغو."),
])
def test_attendees_after_between_are_not_sides(rules, lang: str, text: str) -> None:
    assert relation_pairs(rules, text, "MET_WITH", lang) == set()
