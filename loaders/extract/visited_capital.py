"""A capital visited is the city, not its state (session 27, ent27).

The gazetteer reads "Tehran", "Moscow", "الدوحة" as the country they stand for ("Tehran said",
"Moscow warned"): right for an actor, wrong for where a visitor went. "Araghchi arrived in
Moscow" / "وصل عراقجي إلى موسكو" gives VISITED the city (the gazetteer's location when it has
one, "Tehran city", else a new place named as written: location:moscow), when every mention of
the country in the sentence is its capital's name ("visited Iran, arriving in Tehran" keeps
the country). Called from one place, ``SentenceBase.add`` (VISITED only).
"""

from __future__ import annotations

from loaders.extract.capitals_institutions import CAPITALS
from loaders.textnorm import core_tokens, fold_ar, proclitic_splits

# Arabic names of the capitals of CAPITALS ("عمّان" is left out: folded it is Oman)
_AR_CAPITALS = {fold_ar(k): v for k, v in {
    "طهران": "country:iran", "واشنطن": "country:united-states", "أنقرة": "country:turkey",
    "القاهرة": "country:egypt", "الدوحة": "country:qatar", "أبوظبي": "country:united-arab-emirates",
    "أبو ظبي": "country:united-arab-emirates", "موسكو": "country:russia",
    "باريس": "country:france", "برلين": "country:germany", "بكين": "country:china",
    "كابل": "country:afghanistan", "إسلام آباد": "country:pakistan"}.items()}
_EN_CAPITALS = {v.lower(): k for k, v in CAPITALS.items()}


def _capital_of(surface: str) -> str | None:
    """The country whose capital *surface* names, or None."""
    low = surface.lower()
    got = _EN_CAPITALS.get(low)
    if got is not None or low.isascii():
        return got
    for _n, stem in proclitic_splits(fold_ar(surface)):  # ("وموسكو", "بالدوحة" ...)
        got = _AR_CAPITALS.get(stem)
        if got is not None:
            return got
    return None


def city_visited(sr, tgt: str) -> str:
    """The id VISITED should take for the target *tgt* of sentence rules *sr*: the capital
    city when the sentence names the country *tgt* only by its capital, else *tgt*."""
    doc = sr.doc
    text = doc.text
    seen = False
    for m in sr.ments:
        if m.eid != tgt:
            continue
        if _capital_of(text[m.start:m.end]) != tgt:
            return tgt
        seen = True
    if not seen:
        return tgt
    name = CAPITALS[tgt]
    cid = "location:" + "-".join(name.lower().split())
    if cid in doc.gaz.entries:
        return cid
    return doc.new_entity("Location", name, core_tokens(name))
