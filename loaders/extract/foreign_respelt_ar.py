"""A known foreign person whose Arabic name an article writes in another transliteration
("دولت بهتشلي" for the gazetteer's دولت بهجلي, "آدم بولر" for آدم بوهلر, "غلام رضا مهرابي"
for غلام رضا محرابي).

The Arabic press has no fixed spelling for a Turkish, Persian or Western name: a Turkish ç
is تش or ج, a Persian or German h is ه, ح or not written at all, emphatic and plain
letters swap (ط/ت, ص/س, ق/غ/ك for a foreign k or g). The spelling-tolerant lookup
(``gazetteer_fuzzy``) rightly keeps these letters apart for Arabic family names (الحمداني
is no همداني). Here a whole name of two words or more, written with no Arabic article, is
the known person when every word folds to the same transliteration skeleton as his Arabic
name's and the person's own Arabic names carry no article either (a foreign person); only
one known person may fold so. Used by ``person_ids._resolve_name`` after the fuzzy lookup
found nobody."""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import given_names as GN
from loaders.textnorm import core_tokens, is_arabic, normalize

if TYPE_CHECKING:
    from loaders.extract.gazetteer import Gazetteer

# letters a foreign sound is written with either way, folded to one
_FOLD = str.maketrans({"ح": "ه", "ط": "ت", "ص": "س", "ض": "د", "ظ": "ز", "ذ": "ز", "ث": "س",
                       "ق": "ك", "غ": "ك", "گ": "ك", "ة": "ه", "ى": "ي", "پ": "ب", "چ": "ج"})
# long vowels and hamza seats (and a non-initial ه: a silent h, "بوهلر" / "بولر")
_DROP = frozenset("اويءأإآئؤه")


def fold_foreign(word: str) -> str:
    """The transliteration skeleton of a folded Arabic word of a foreign name: تش read as
    ج, like letters merged, vowel letters and a non-initial ه dropped, a final ي kept (the
    nisba: "مهرابي" is no "مهراب")."""
    w = word.replace("تش", "ج").translate(_FOLD)
    if not w:
        return w
    body = "".join(c for c in w[1:-1] if c not in _DROP)
    last = w[-1] if len(w) > 1 and (w[-1] == "ي" or w[-1] not in _DROP) else ""
    return w[0] + body + last


def respelt_index(gaz: Gazetteer) -> dict[str, set[str]]:
    """Folded whole Arabic names (words run together) of the known foreign people -> ids
    (built once per gazetteer; names the gazetteer lists as ambiguous left out)."""
    idx = gaz.token_facts.get("foreign_respelt_ar")
    if idx is None:
        idx = {}
        for eid, e in gaz.entries.items():
            if e.type != "Person" or gaz.has_ar_article(eid):
                continue
            amb = set(e.ambiguous)
            for n in e.all_names():
                if not is_arabic(n) or n in amb:
                    continue
                toks = core_tokens(n)
                if len(toks) >= 2:
                    idx.setdefault("".join(map(fold_foreign, toks)), set()).add(eid)
        gaz.token_facts["foreign_respelt_ar"] = idx
    return idx


def known_foreign_respelt(gaz: Gazetteer, surface: str, toks: list[str]) -> str | None:
    """The one known foreign person the Arabic name *surface* (name tokens *toks*) is,
    spelt in another transliteration, else None. Not for a name with an Arabic article
    word, nor for a single word."""
    if len(toks) < 2 or not is_arabic(surface) or any(
            w.startswith("ال") for w in normalize(surface).split()):
        return None
    folded = [fold_foreign(t) for t in toks]
    if any(len(f) < 2 for f in folded):
        return None
    ids = respelt_index(gaz).get("".join(folded))
    if not ids or len(ids) != 1:
        return None
    eid = next(iter(ids))
    # the given name agrees as a word too ("غلام رضا" / "غلامرضا" both open with غلام)
    firsts = {fold_foreign(core_tokens(n)[0]) for n in gaz.entries[eid].all_names()
              if is_arabic(n) and core_tokens(n)}
    if not any(f.startswith(folded[0]) or folded[0].startswith(f) for f in firsts):
        return None
    # an Arabic given name written as such but not as the person's own word is another name,
    # no respelling ("محمد عباس" is no محمود عباس, "حسن سلامي" no حسين سلامي; review s42)
    own = {w for n in gaz.entries[eid].all_names() if is_arabic(n) for w in core_tokens(n)}
    if sum(t in own for t in toks[1:]) >= 2:
        return eid  # "بيلاول بوتو زرداري": two family words as his own, the given name
        # respelt (a usual given name too) is his (session 54)
    if any(t in GN.ALL and t not in own for t in toks):
        return None
    return eid
