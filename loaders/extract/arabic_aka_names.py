"""Arabic kunyas and aliases: "أبو فدك" as a known person's kunya (``_ar_aka_kunya``),
"X المعروف بأبي Y" and a quoted nickname ("الحاج «أبو مهدي»"; ``_ar_aka_quoted``,
``_ar_aka_quoted_names``); steps of ``find_mentions`` (imported from ``arabic_names``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import lexicon as L
from loaders.extract.arabic_given_names import (
    _AR_KUNYA_WORDS,
    _ar_given_name_span,
)
from loaders.extract.mention_base import (
    _B_AR_AKA,
    QUOTE_PAIRS,
    Mention,
    _positions_in,
    make_mention,
)
from loaders.textnorm import (
    core_tokens,
    strip_article_ar,
)

if TYPE_CHECKING:
    from loaders.extract.mentions import Doc


def _ar_aka_kunya(doc: Doc, si: int, covered: dict[int, Mention],
                  out: list[Mention]) -> None:
    """Arabic "X المعروف / الملقب / المكنى بأبي زينب": the kunya after the cue is another
    name of the person X just before it (one id); a later bare "أبو زينب" links to X."""
    toks = doc.toks
    s = doc.sents[si]
    for k in _positions_in(doc, s.lo + 1, s.hi - 2, _B_AR_AKA):  # (the tokens in _AR_AKA)
        p = k - 1 if toks[k - 1].text not in ("،", ",") else k - 2
        person = covered.get(p)
        n = k + 1
        t = toks[n]
        if person is None or person.etype != "Person" or person.hi != p + 1 or \
                n in covered or not t.key.startswith("ب"):
            continue
        kunya = next(((o, st) for o, st in t.stems if o > 0 and st == t.key[1:] and
                      st in _AR_KUNYA_WORDS), None)
        if kunya is None:
            continue
        j = _ar_given_name_span(doc, n, s.hi, covered)
        if j - n < 2:
            continue
        me = make_mention(doc, si, n, j, person.eid, off=kunya[0], prefix="ب")
        out.append(me)
        for x in range(n, j):
            covered[x] = me
        rest = [strip_article_ar(toks[x].key) for x in range(n + 1, j)]
        if person.eid in doc.new_entities:
            doc._add_alias(person.eid, "أبو " + doc.text[toks[n + 1].start:toks[j - 1].end])
            last = toks[person.hi - 1]
            if j - n == 2 and person.hi - person.lo >= 2 and last.key.startswith("ال"):
                # "أبو زينب اللامي": the kunya with the family name
                doc._add_alias(person.eid, f"أبو {toks[n + 1].text} {last.text}")
        for word in _AR_KUNYA_WORDS:
            for name in (tuple([word] + rest), (word, rest[0])):
                doc.local.setdefault(name, person.eid)
            doc.local_first.add(word)


_AR_AKA_HONORIFICS = frozenset({"الحاج", "الحاجه", "الشيخ", "السيد", "الملا"})


def _ar_aka_quoted_names(doc: Doc, si: int, covered: dict[int, Mention],
                         out: list[Mention]) -> None:
    """Run :func:`_ar_aka_quoted` at each "المعروف/الملقب/المكنى (بـ)«" after a person
    (called after the people of the sentence are found; only with a « in the sentence)."""
    toks = doc.toks
    s = doc.sents[si]
    for k in range(s.lo + 1, s.hi - 2):
        if (toks[k].text in QUOTE_PAIRS or toks[k].text == "(") and \
                toks[k + 1].key in _AR_KUNYA_WORDS:
            # "X Y الساعدي «أبو باقر»" (or "أبو باقر" in straight or curly quotes, or in
            # brackets: "محمود الناطور (أبو الطيب)", session 72): a kunya right after the name
            person = covered.get(k - 1)
            if person is not None and person.etype == "Person" and person.hi == k and \
                    person.kind == "name":
                _ar_aka_quoted(doc, si, covered, out, person, k)
            continue
        if toks[k].key not in _AR_AKA:
            continue
        p = k - 1 if toks[k - 1].text not in ("،", ",") else k - 2
        person = covered.get(p)
        t = toks[k + 1]
        if person is not None and person.etype == "Person" and person.hi == p + 1 and (
                t.text == "«" or (t.key in ("ب", "باسم") and toks[k + 2].text == "«")):
            _ar_aka_quoted(doc, si, covered, out, person, k + 1 + (t.text != "«"))


def _ar_aka_quoted(doc: Doc, si: int, covered: dict[int, Mention], out: list[Mention],
                   person: Mention, q: int) -> None:
    """"X، المعروف بـ«Y»" / "X، الملقب «الحاج Y»" / "المكنّى «أبو Y»" (*q*: the opening
    quote): the quoted name is another name of the person X (one id), an honorific before
    it left out; a new person made of it is X. A known person in the quotes stays himself."""
    toks = doc.toks
    hi = doc.sents[si].hi
    close = ")" if toks[q].text == "(" else QUOTE_PAIRS.get(toks[q].text, "»")
    a = q + 1
    e = a
    while e < hi and e - a < 6 and toks[e].text != close:
        e += 1
    if e >= hi or toks[e].text != close:
        return
    while a < e and toks[a].key in _AR_AKA_HONORIFICS:
        a += 1
    if a == e or not all(toks[x].ar and not toks[x].punct for x in range(a, e)):
        return
    inner: list[Mention] = []
    for x in range(a, e):
        m = covered.get(x)
        if m is not None and all(m is not y for y in inner):
            inner.append(m)
    if any(m.etype != "Person" or doc.gaz.get(m.eid) is not None for m in inner):
        return  # a body, or a known person: no alias
    for m in inner:
        old = m.eid
        if old == person.eid:
            continue
        changed = False
        for x in doc.ments:
            if x.eid == old:
                x.eid, changed = person.eid, True
        if changed:
            doc.mentions_changed()
        for m2 in out:
            if m2.eid == old:
                m2.eid = person.eid
        for key, v in list(doc.local.items()):
            if v == old:
                doc.local[key] = person.eid
    if not inner:
        me = make_mention(doc, si, a, e, person.eid)
        out.append(me)
        for x in range(a, e):
            covered[x] = me
    surface = doc.text[toks[a].start:toks[e - 1].end]
    if person.eid in doc.new_entities:
        doc._add_alias(person.eid, surface)
    words = tuple(core_tokens(surface))
    if not words:
        return
    doc.local.setdefault(words, person.eid)
    doc.local_first.add(words[0])
    if words[0] in _AR_KUNYA_WORDS and len(words) >= 2:
        for word in _AR_KUNYA_WORDS:
            doc.local.setdefault((word, *words[1:]), person.eid)
            doc.local_first.add(word)
        last = toks[person.hi - 1]
        if person.hi - person.lo >= 2 and last.key.startswith("ال") and len(words) == 2:
            # the kunya with the family name is how many pieces name him ("أبو باقر
            # الساعدي"): one more name of the same person
            fam = strip_article_ar(last.key)
            if person.eid in doc.new_entities:
                doc._add_alias(person.eid, f"{surface} {last.text}")
            for word in _AR_KUNYA_WORDS:
                doc.local.setdefault((word, words[1], fam), person.eid)


_AR_AKA = frozenset(L.fold_ar(w) for w in ("المعروف", "الملقب", "المكنى", "المعروفة"))
