"""Arabic compound given names "عبد + X" written joined or spaced (session 18).

The press writes "عبدالله بن ناصر", "محمد بن عبدالرحمن", "سالم عبدالله الجابر" as often as
"عبد الله ...", "عبد الرحمن ...": the gazetteer indexes a person's Arabic names in the
other way too (``abd_variants``), so a known person is found under either spelling."""

from __future__ import annotations

from loaders.textnorm import is_arabic, strip_article_ar


def abd_variants(toks: tuple[str, ...]) -> list[tuple[str, ...]]:
    """The other way of writing the Arabic compound names "عبد + X" in a name: joined
    ("عبدالله بن ناصر", "محمد بن عبدالرحمن") where the name has them spaced ("عبد الله",
    "عبد الرحمن"), and spaced where it has them joined; both are usual in the press."""
    if len(toks) < 2 or not any(t.startswith("عبد") for t in toks):
        return []
    joined: list[str] = []
    spaced: list[str] = []
    k, n = 0, len(toks)
    changed_j = changed_s = False
    while k < n:
        t = toks[k]
        if t == "عبد" and k + 1 < n and is_arabic(toks[k + 1]) and toks[k + 1] != "ال":
            nxt = toks[k + 1]
            joined.append("عبد" + (nxt if nxt.startswith("ال") else "ال" + nxt))
            spaced.extend((t, nxt))
            changed_j = True
            k += 2
            continue
        if t.startswith("عبدال") and len(t) > 6:
            spaced.extend(("عبد", strip_article_ar(t[3:])))
            changed_s = True
        else:
            spaced.append(t)
        joined.append(t)
        k += 1
    out = []
    if changed_j:
        out.append(tuple(joined))
    if changed_s:
        out.append(tuple(spaced))
    return out
