"""A text that stops right after a strike noun, a victim or a name (a cut title, a caption)
extracts without error (session 12: two rules read one token past the end)."""

import pytest


@pytest.mark.parametrize("text", [
    "The strike that killed Qassem Soleimani",
    "Hassan Nasrallah was killed in a strike",
    "Hassan Nasrallah was killed in an Israeli strike",
    "قُتل حسن نصر الله في غارة",
    "اغتالت إسرائيل حسن نصر الله، وقُتل إلى جانبه",
    "وعيّن المرشد نائب سليماني",
    "Khamenei named Soleimani's deputy",
    "Mohammad Mokhber, acting",
    "Israeli troops shot dead",
])
def test_text_ending_early(ex, text):
    doc = ex.extract(text)
    assert isinstance(doc["relations"], list)
