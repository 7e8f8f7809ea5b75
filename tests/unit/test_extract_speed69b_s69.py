"""Session 69 (speed69b): ``styled_short_name`` reads an article only when one of its tokens is
a royal style ("King", "Sheikh", «الملك», «للملك», «بالشيخ»), and a person's mention only when
its first word or the word before it is one: the style is a pass bit of the token
(``styled_short_name.B_STYLE``, set by ``mentions._pass_bits``, cached per token text). The
gate must hold every style word the reading itself sees (``royal_style``), in both languages
and with Arabic clitics; the reading is unchanged (headline short forms, a style before the
mention rather than in it)."""

import pytest

from loaders.extract.styled_short_name import B_STYLE, royal_style
from tests.extract_support import SO, doc_of, rels

_TEXTS = [
    "King Abdullah met Sheikh Khalifa and Emir Tamim; the sheikh, a prince and Queen Rania "
    "joined Sultan Haitham and Princess Haya. SHAIKH Isa and Amir Sabah came.",
    "استقبل الملك عبدالله الشيخ خليفة والأمير تميم للملك سلمان وبالشيخ محمد والسلطان هيثم "
    "والملكة رانيا والأميرة هيا والشيخة موزة.",
]


@pytest.mark.parametrize("text", _TEXTS)
def test_every_royal_style_token_has_the_style_bit(ex, text):
    doc = doc_of(text, ex.gaz)
    styled = [k for k, t in enumerate(doc.toks) if royal_style(t) is not None]
    assert len(styled) >= 8
    assert [k for k, b in enumerate(doc.pass_bits) if b & B_STYLE] == styled


ABDULLAH_SAUDI, SALMAN, ABDULLAH2 = ("person:abdullah-bin-abdulaziz", "person:salman-bin-abdulaziz",
                                     "person:abdullah-ii")


@pytest.mark.parametrize("text, lang", [
    ("Riyadh buries King Abdullah\nKing Salman bin Abdulaziz led the prayers for King Abdullah "
     "bin Abdulaziz on Friday, a day after succeeding King Abdullah.", "en"),
    ("الرياض تودع الملك عبدالله\nأم الملك سلمان بن عبدالعزيز المصلين على الملك عبدالله بن "
     "عبدالعزيز آل سعود، بعد أن تولى الحكم خلفاً للملك عبدالله.", "ar"),
])
def test_a_styled_short_form_is_still_the_king_named_in_full(shipped, text, lang):
    doc = shipped.extract(text, lang=lang)
    assert SO(SALMAN, ABDULLAH_SAUDI) in rels(doc)
    assert ABDULLAH2 not in {e["id"] for e in doc["entities"]}
