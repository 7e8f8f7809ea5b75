"""Persian compound family names in Arabic script whose second part is also a given name.

Iranian family names are often two words, the second a fixed part: "موحدي آزاد" (Movahedi-Azad),
"غريب آبادي", "علي زاده", "حسيني نژاد", "X پور". Most second parts are no given names and the
name simply goes on; «آزاد» (Azad) is also a strong Kurdish given name, so the step that reads a
name from its usual given name took it for the next person's first name ("محمد كاظم موحدي آزاد"
was Mohammed Kadhim Movahedi). After a family-shaped word ending in the nisba ـي such a part
ends the same name (session 55)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import given_names as GN
from loaders.extract import lexicon as L

if TYPE_CHECKING:
    from loaders.extract.mentions import Doc

_SECOND_PARTS_ALSO_GIVEN = frozenset(L.fold_ar(w) for w in ("آزاد",))


def persian_second_part(doc: Doc, j: int) -> bool:
    """Is the word at *j* the second part of a Persian compound family name (the word before
    it a nisba-shaped family name: "موحدي آزاد")?"""
    toks = doc.toks
    if j < 1 or toks[j].key not in _SECOND_PARTS_ALSO_GIVEN:
        return False
    prev = toks[j - 1].key
    return len(prev) >= 4 and prev.endswith("ي") and not prev.startswith("ال") and \
        prev not in GN.ALL and not toks[j - 1].punct  # (not "مهدي آزاد": two given names)
