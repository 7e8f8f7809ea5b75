"""Arabic: an occupation phrase followed by another country's adjective names that country
(session 68, kill and mentions).

The gazetteer reads "دولة الاحتلال"، "جيش الاحتلال"، "قوات الاحتلال" as Israel or its army, as
Palestinian, Lebanese and Iranian copy uses them. Kurdish, Syrian and Iraqi copy writes the same
phrases of other occupiers, with the country's adjective after them: "بطائرة مسيّرة تابعة لدولة
الاحتلال التركي"، "قصف لجيش الاحتلال التركي"، "قتلت قوات الاحتلال الأمريكي X". There the
phrase is a mention of that country (Turkey, the United States), not of Israel.

:func:`other_occupiers_ar` retargets such a mention in place and stretches it over the
adjective; "جيش الاحتلال الإسرائيلي" / "الصهيوني" stays Israel's.
"""

from __future__ import annotations

from loaders.extract import lexicon as L
from loaders.extract.mention_core import Mention

_ISRAEL_SIDE = frozenset({"country:israel", "organization:israel-defense-forces"})
OCCUPATION_STEM = "احتلال"  # (in "الاحتلال"، "لدولة الاحتلال": the sentence's cue)


def other_occupiers_ar(toks: list, hi: int, out: list[Mention]) -> None:
    """Retarget the occupation phrases of Israel's side in *out* (mentions of one sentence
    ending before token *hi*) that another country's adjective follows."""
    for m in out:
        if m.eid not in _ISRAEL_SIDE or m.hi >= hi or OCCUPATION_STEM not in toks[m.hi - 1].key:
            continue
        adj = toks[m.hi]
        country = L.NATIONALITY.get(adj.key)
        if country is None or country in _ISRAEL_SIDE:
            continue
        m.eid, m.etype, m.kind = country, "Country", "name"
        m.hi, m.end = m.hi + 1, adj.end
