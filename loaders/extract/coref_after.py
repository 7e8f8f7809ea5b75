"""The coreference passes after the whole article: descriptions named later
(``resolve_cataphora``: "The Iranian general ... Soleimani"; not a predicate of a named person),
kunyas (``resolve_kunya``: "أبو مهدي" -> Abu Mahdi al-Muhandis) and "known as" aliases
(``resolve_aka``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rapidfuzz.fuzz import ratio

from loaders.extract import lexicon as L
from loaders.extract.coref_offices import (
    holds_office,
    office_words,
)
from loaders.extract.description_fit import (
    fits_body,
    fits_title,
    head_word,
)
from loaders.extract.mention_base import (
    _KUNYA,
    _KUNYA_FIRST,
    QUOTE_PAIRS,
    Mention,
    make_mention,
)
from loaders.extract.nicknames_en import (
    AKA_CUE_LAST,
    aka_cue_start,
    aka_referent_ends,
    fuzzy_nickname,
)
from loaders.extract.rule_common import title_start
from loaders.textnorm import (
    core_tokens,
    is_arabic,
    token_skeleton,
)

if TYPE_CHECKING:
    from loaders.extract.mentions import Doc
    from loaders.extract.tokens import Tok


_EN_COPULA = frozenset({"is", "was", "became", "becomes", "remains", "remained", "been"})
_EN_COPULA_ADV = frozenset({"now", "also", "still", "currently", "already", "then", "the",
                            "a", "an"})


def _predicate_of_named(doc: Doc, si: int, lo: int) -> bool:
    """The description at token *lo* follows a copula whose subject is a person named before
    it in sentence *si* ("X is now the army chief", "X became the new commander")."""
    toks = doc.toks
    y = lo - 1
    while y > 0 and toks[y].key in _EN_COPULA_ADV and y > lo - 4:
        y -= 1
    if y < 0 or toks[y].key not in _EN_COPULA:
        return False
    return any(m.etype == "Person" and m.kind == "name" and m.hi <= y and y - m.hi <= 3
               for m in doc.by_sent.get(si, ()))


def resolve_cataphora(doc: Doc) -> None:
    """A description with no antecedent ("The Iranian general and his entourage were killed
    ... after Soleimani landed") refers to the next person of that nationality named in the
    same or the next sentence. Not a predicate: "X is now the army chief, replacing Y" says
    what X is (``_predicate_of_named``)."""
    for si, lo, hi, role, role_org, role_nat, qual in doc.pending:
        if _predicate_of_named(doc, si, lo):
            continue
        later = [m for m in doc.ments if m.etype == "Person" and m.kind == "name" and
                 (m.sent == si and m.lo >= hi or m.sent == si + 1)]
        later.sort(key=lambda m: (m.sent, m.lo))
        for m in later:
            if m.sent == si and _coordinated(doc, hi, m):
                continue  # "the general and X were killed": X is someone else
            if _named_as_dead(doc, m):
                continue  # "received the Saudi minister. He praised the late Sheikh X" (s58)
            c = doc.country_of(m.eid)
            if role_nat and c and c != role_nat:
                continue
            entry = doc.gaz.get(m.eid)
            if role_org and entry is not None and role_org not in entry.leads \
                    and role in ("lead", "head_state"):
                continue
            if not _later_fits(doc, m.eid, lo, hi, role, role_org):
                continue  # "the premier's office said. Kurilla, who ..." (session 16)
            me = make_mention(doc, si, lo, hi, m.eid, kind="desc")
            me.role, me.role_org, me.role_nat, me.qual = role, role_org, role_nat, qual
            doc.ments.append(me)
            doc.by_sent.setdefault(si, []).append(me)
            doc.by_sent[si].sort(key=lambda x: (x.lo, -x.hi))
            break


def _later_fits(doc: Doc, eid: str, lo: int, hi: int, role: str | None,
                role_org: str | None) -> bool:
    """May *eid*, named after the description in tokens *lo*..*hi*, be the one it stands
    for? Not a person the gazetteer gives another office ("the premier" / "the general" ->
    a U.S. general / a region president) or another body ("the UN envoy")."""
    at = next((x for x in range(lo, hi) if doc.toks[x].key not in ("the", "a", "an") and
               doc.toks[x].key not in L.EN_QUALIFIERS and doc.toks[x].key not in L.NATIONALITY),
              lo)
    office = office_words(doc, at)
    if office and not holds_office(doc, eid, office):
        return False
    return fits_title(doc, eid, head_word(doc, lo, hi)) and fits_body(
        doc, eid, role_org if role in ("plain", "member") else None)


_DEAD_BEFORE = frozenset({"late", "slain", "martyred", "deceased"}) | L._ar(
    "الراحل", "الراحلة", "الشهيد", "الشهيدة", "الفقيد", "الفقيدة", "المرحوم", "المرحومة")


def _named_as_dead(doc: Doc, m: Mention) -> bool:
    """Is *m* named as one who is dead ("the late Sheikh X", "الراحل X", "الشهيد X")? No
    living description stands for him."""
    start = title_start(m)
    return any(doc.toks[x].key in _DEAD_BEFORE for x in range(max(0, start - 2), start))


def _coordinated(doc: Doc, hi: int, m: Mention) -> bool:
    """Is *m* joined by "and" / و to a description that ends at token *hi* ("the general and
    X", "القائد وX")? Then it names another person."""
    start = title_start(m)
    if start == hi + 1 and hi < len(doc.toks) and doc.toks[hi].key == "and":
        return True
    return start == hi and m.prefix.startswith("و")


def _person_name_tokens(doc: Doc, eid: str) -> list[list[str]]:
    """Core tokens of the names of person *eid* (gazetteer or new in this run)."""
    ent = doc.gaz.get(eid)
    if ent is not None:
        names = [ent.name, *(ent.aliases or [])] + ([ent.name_ar] if ent.name_ar else [])
    elif eid in doc.new_entities:
        names = [doc.new_entities[eid]["name"], *doc.new_entities[eid]["aliases"]]
    else:
        names = []
    return [c for c in (core_tokens(n) for n in names) if c]


def _family_named(names: list[list[str]], last: str, fam: str) -> bool:
    """Does one of *names* (core tokens of a person's names, no kunya) end in the family
    word *last* of a kunya name (skeleton *fam*)? Names in the kunya's script must be
    written alike ("al-Hamidawi" / "al-Hamedawi"; not «السوري» / «الشرع», both skeleton
    "sr"); names in the other script count by skeleton only when the person has none in
    the kunya's script."""
    ar = is_arabic(last)
    same = [t for t in names if is_arabic(t[-1]) == ar]
    if same:
        return any(token_skeleton(t[-1]) == fam and ratio(last, t[-1]) >= 70 for t in same)
    return any(token_skeleton(t[-1]) == fam for t in names)


_KUNYA_CUES = ("Abu ", "Abou ", "Umm ", "أبو ", "ابو ", "أبي ", "ابي ", "أم ", "ام ")


def resolve_kunya(doc: Doc) -> None:
    """A person new to the gazetteer named by a kunya ("Abu Hussein al-Hamidawi") is the
    one person of the article named in full with the same family name ("Ahmad
    al-Hamidawi"): one id for both, the name the article introduces the person by (a
    gazetteer person's id always wins), the other name an alias."""
    if not doc.new_entities or not any(c in doc.text for c in _KUNYA_CUES):
        return  # no new person, or no kunya word in the article (the usual case)
    new = doc.new_entities
    seen: dict[str, None] = {}
    kunya = False
    for m in doc.ments:
        if m.etype == "Person" and m.kind == "name" and m.eid not in seen:
            seen[m.eid] = None
            ne = new.get(m.eid)
            if ne is not None and ne["name"][:4].lower() in _KUNYA_FIRST:
                kunya = True
    people = list(seen)
    if len(people) < 2 or not kunya:
        return  # no kunya among the new people (the usual case): nothing to do
    names: dict[str, list[list[str]]] = {}  # filled on demand

    def name_tokens(eid: str) -> list[list[str]]:
        if eid not in names:
            names[eid] = _person_name_tokens(doc, eid)
        return names[eid]

    for kid in people:
        if kid not in doc.new_entities or doc.gaz.get(kid) is not None:
            continue
        kun = [t for t in name_tokens(kid) if len(t) >= 3 and t[0] in _KUNYA]
        if not kun or any(t[0] not in _KUNYA for t in name_tokens(kid) if len(t) >= 2):
            continue
        last = kun[0][-1]
        fam = token_skeleton(last)
        if len(last) < 4 or len(fam) < 2:
            continue
        cands = [eid for eid in people if eid != kid and _family_named(
            [t for t in name_tokens(eid) if len(t) >= 2 and t[0] not in _KUNYA], last, fam)]
        if len(cands) != 1:
            continue
        target = cands[0]
        if doc.gaz.get(target) is None and people.index(kid) < people.index(target):
            kid, target = target, kid  # the name the article introduces them by is kept
        for m in doc.ments:
            if m.eid == kid:
                m.eid = target
        doc.mentions_changed()
        if target in doc.new_entities:
            for alias in [doc.new_entities[kid]["name"], *doc.new_entities[kid]["aliases"]]:
                doc._add_alias(target, alias)
        break  # one merge per article: ``people`` and ``names`` are stale now


_AKA_CUES = ("known as", "nicknamed", "dubbed", "called", "alias", "aka", "المعروف", "الملقب",
             "المكنى", "born", "real name", "née", "codenamed", "code-named", "nom de guerre")


_AR_AKA = L._ar("المعروف", "الملقب", "المكنى", "والمعروف")

# an honorific inside the brackets before the other name ("فؤاد شكر (السيد محسن)", "X (Hajj
# Mohsen)"; session 70): the brackets still hold that person's other name
_PAREN_HONORIFIC = L._ar("السيد", "الشيخ", "الحاج") | L._en("sayyed", "sayyid", "sheikh", "hajj", "haj")


def _quoted_kunya_before(toks: list[Tok], n: Mention) -> int | None:
    """Where the name before a kunya in quotes ends ('Mohammed Deif "Abu Khaled"', 'Deif
    ("Abu Khaled")', 'Deif, "Abu Khaled",', «محمد الضيف "أبو خالد"»): the ``hi`` of that name,
    or None when *n* is no quoted kunya."""
    x = n.lo - 1
    close = QUOTE_PAIRS.get(toks[x].text)
    if close is None or toks[n.lo].key not in _KUNYA or n.hi - n.lo < 2 or \
            n.hi >= len(toks) or toks[n.hi].text != close:
        return None
    return x - 1 if toks[x - 1].text in ("(", ",", "،") else x


def resolve_aka(doc: Doc) -> None:
    """"<person>, known as / nicknamed / dubbed <new name>", "<person> (<new name>)", "X،
    المعروف بـY": the new name is an alias of the person named or described right before it
    (one id): "Ahmed al-Hamidawi (Abu Hussein)", "أحمد الحميداوي (أبو حسين)"; and a new full
    name before a known alias is that known person ("Mushtaq Jawad Kazim al-Jawari, known as
    Abu Taqwa al-Saidi", "مشتاق جواد كاظم الجواري، المعروف بأبي تقوى السعيدي")."""
    low = doc.text.lower()
    paren = "(" in low
    quoted = any(map(low.__contains__, QUOTE_PAIRS))  # (in C: no generator)
    if not paren and not quoted and not any(map(low.__contains__, _AKA_CUES)):
        return  # the usual case: no cue in the article
    toks = doc.toks
    ends: dict[tuple[int, int], Mention] = {}
    for m in doc.ments:
        if m.etype == "Person":
            ends.setdefault((m.sent, m.hi), m)
    changed = False
    person_at: set[int] | None = None  # (made when a cue is met)
    for n in doc.ments:
        if n.etype != "Person" or n.kind != "name":
            continue
        known = doc.gaz.get(n.eid) is not None
        x = n.lo - 1
        lo = doc.sents[n.sent].lo
        if paren and x >= 2 and toks[x].key in _PAREN_HONORIFIC and toks[x - 1].text == "(":
            x -= 1  # "X (السيد محسن)": the honorific stays inside the brackets
        if paren and x >= 1 and toks[x].text == "(" and n.hi < len(toks) and \
                toks[n.hi].text == ")":
            his = [x]  # "X (Abu Hussein)"
        elif quoted and x >= 1 and (q := _quoted_kunya_before(toks, n)) is not None:
            his = [q]  # 'X "Abu Khaled"', 'X ("Abu Khaled")', 'X, "Abu Khaled",', «X "أبو خالد"»
        elif x >= 1 and toks[x].ar and toks[x].key in _AR_AKA:
            x -= 1  # "X، المعروف بأبي تقوى": the alias glued to بـ
            his = [x if x >= 0 and toks[x].text == "،" else x + 1]
            if toks[x].text == "،" and x >= 2 and toks[x - 1].key.startswith("ال"):
                his.append(x - 1)  # «زعيم تنظيم «داعش» الإرهابي، المكنى X»: an adjective
                # after the description (session 70)
        elif x < 1 or toks[x].ar or toks[x].key not in AKA_CUE_LAST:
            continue
        else:
            # "X, (also) known as N", "X, who is better known as N", "X, a commander
            # known as N", "X nicknamed N"
            c = aka_cue_start(toks, n.lo, lo)
            if c is None:
                continue
            if person_at is None:
                person_at = {k for p in doc.ments if p.etype == "Person"
                             for k in range(p.lo, p.hi)}
            his = aka_referent_ends(toks, c, lo, person_at - set(range(n.lo, n.hi)))
        m = next((ends[(n.sent, h)] for h in his if (n.sent, h) in ends), None)
        if m is None or m.eid == n.eid:
            continue
        if m.kind == "desc" and known:  # "the group's leader, known as X" / «زعيم التنظيم،
            m.eid = n.eid  # المكنى X» with X a known person: the description is X, whoever
            changed = True  # the description lookup chose (session 70; a new name is the
            continue  # described person's alias, below)
        if known and fuzzy_nickname(doc, n):
            known = False  # "X Y Z, better known as Hemeti": no Hemmati
        if known:
            # "Mushtaq Jawad Kazim al-Jawari, known as Abu Taqwa al-Saidi": a new full name
            # before a known nom de guerre is that known person
            if m.eid in doc.new_entities and doc.gaz.get(m.eid) is None:
                old = m.eid
                for mm in doc.ments:
                    if mm.eid == old:
                        mm.eid = n.eid
                changed = True
            continue
        old = n.eid
        for mm in doc.ments:
            if mm.eid == old:
                mm.eid = m.eid
        if m.eid in doc.new_entities and old in doc.new_entities:
            alias = doc.new_entities[old]["name"]
            doc._add_alias(m.eid, alias)
            if not toks[n.lo].ar:  # "Ahmed Diriye (Abu Ubaidah)": both names at once
                doc._add_alias(m.eid, f"{doc.text[m.start:m.end]} ({doc.text[n.start:n.end]})")
            words = doc.text[m.start:m.end].split()
            fam = words[-1]
            if alias.split()[0].lower() in ("abu", "umm") and len(alias.split()) == 2 and \
                    len(words) >= 2 and fam.lower().startswith("al-"):
                # "X Y al-Issawi, known as Abu Yasser": also "Abu Yasser al-Issawi"
                doc._add_alias(m.eid, f"{alias} {fam}")
        changed = True
    if changed:
        doc.mentions_changed()
