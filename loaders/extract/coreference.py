"""Light coreference: a title or description used in place of a name
("المسؤول العسكري الإيراني البارز", "the Quds Force commander", "رئيس الوزراء") resolved to
the person the article or the gazetteer says holds that role (``resolve_description``);
after the whole article: descriptions named later (``resolve_cataphora``, "The Iranian
general ... Soleimani"), kunyas (``resolve_kunya``, "أبو مهدي" -> Abu Mahdi al-Muhandis)
and "known as" aliases (``resolve_aka``).

This module keeps ``resolve_description`` and its search (``_resolve_description``, a nearer
fit in the sentence, a holder replaced, a royal title); who holds an office and the most
salient holder are ``coref_offices``, the deceased and the counterpart (``deceased_person``,
``counterpart_peer``, ``same_sentence_antecedent``) ``coref_peers``, and the passes after the
whole article (``resolve_cataphora``, ``resolve_kunya``, ``resolve_aka``) ``coref_after``.
Other modules import these names from here as before."""

from __future__ import annotations

from collections.abc import (
    Iterable,
    Iterator,
)
from typing import TYPE_CHECKING

from loaders.extract import lexicon as L
from loaders.extract.coref_after import (
    resolve_aka,
    resolve_cataphora,
    resolve_kunya,
)
from loaders.extract.coref_offices import (
    _detached_title_ar,
    _gazetteer_holder,
    _heads_government,
    _in_office,
    _may_hold,
    _office_tie,
    _one_holder_word,
    _other_portfolio,
    _plural_titled_pair,
    _portfolio,
    _window,
    article_crown_prince,
    article_monarch,
    deputy_office,
    holds_office,
    known_holders,
    minister_description,
    mister_only_ar,
    most_salient,
    office_words,
    one_holder_office,
    tied_pair,
    titled_deputy,
    titled_nationality,
    titled_office_here,
)
from loaders.extract.coref_peers import (
    AR_DEAD_QUALS,
    EN_DEAD_QUALS,
    _counterpart,
    _is_counterpart,
    counterpart_peer,
    deceased_person,
    same_sentence_antecedent,
)
from loaders.extract.desc_acting_holder import took_title_ar
from loaders.extract.desc_alive import gone_before, living_candidates
from loaders.extract.desc_apposed_title_en import apposed_title_en, apposed_titled_en
from loaders.extract.desc_head_fit_back import own_head, titled_for, titled_holder_back
from loaders.extract.desc_head_title import same_construct_titled, same_title_words
from loaders.extract.desc_new_ruler import new_ruler, ruler_word
from loaders.extract.desc_office_predicate import (
    ar_president_office,
    counterpart_titled,
    predicate_pm_holder,
)
from loaders.extract.desc_past_monarch import past_monarchs_named
from loaders.extract.desc_rival import named_as_rival
from loaders.extract.description_fit import (
    _profile,
    fits_body,
    fits_title,
    head_word,
)
from loaders.extract.gazetteer import MONARCH_TITLES
from loaders.extract.mention_base import (
    Mention,
    _title_firsts,
)
from loaders.extract.rule_common import title_start
from loaders.extract.succession_new_holder import verb_replacements
from loaders.textnorm import strip_article_ar

if TYPE_CHECKING:
    from loaders.extract.mentions import Doc
    from loaders.extract.tokens import Tok

__all__ = [  # the names other modules import from here
    "AR_DEAD_QUALS",
    "counterpart_peer",
    "deceased_person",
    "EN_DEAD_QUALS",
    "most_salient",
    "_replaced_by",
    "resolve_aka",
    "resolve_cataphora",
    "resolve_description",
    "resolve_kunya",
    "same_sentence_antecedent",
    "tied_pair",
]


def resolve_description(doc: Doc, si: int, role: str | None, role_org: str | None,
                        role_nat: str | None, qual: str | None, at_tok: int,
                        current: Iterable[Mention] = ()) -> str | None:
    """The person a title/description used without a name refers to, from the document so
    far (and gazetteer hints: who leads what, who succeeded whom). ``None`` if unsure.
    "the new X" is never the one the last sentences said was replaced: the person named
    before the replacement cue instead (:func:`_replaced_by`). *current*: the mentions
    found so far in this sentence: one of them the gazetteer calls by the description's
    head word ("Qaani replaced Soleimani after the general ...") makes someone named in
    an earlier sentence unsure (session 16)."""
    current = list(current)
    # (a name set off after the description: "رئيس إيران، آية الله X،" is X, read later)
    apposed = False
    for m in current:  # (loops: no generators per description)
        if m.etype == "Person" and m.kind == "name" and at_tok < m.lo <= at_tok + 12:
            for c in range(max(at_tok, m.lo - 4), m.lo):
                if doc.toks[c].text in (",", "،"):
                    apposed = True
                    break
            if apposed:
                break
    named_here = [m.eid for m in reversed(current) if m.etype == "Person" and m.kind == "name"
                  and m.hi <= at_tok]
    eid = _resolve_description(doc, si, role, role_org, role_nat, qual, at_tok, apposed,
                               named_here)
    if eid is None:
        return None
    if qual != "old" and any(map(ruler_word, doc.toks[at_tok:at_tok + 4])):  # (no generator)
        eid = new_ruler(doc, eid, at_tok)  # "His Highness the Emir" after the old one's death
    if current and _nearer_fit(doc, eid, current, at_tok):
        return None
    if qual is None and _was_replaced(doc, si, eid, at_tok):
        # "... خلفاً لعبد العزيز بن حبتور. ... نائباً أول لرئيس الوزراء": not the one just
        # said to be replaced (session 16); "X replaced Y as prime minister. The prime
        # minister ...": X, who holds the office now (English; session 17b: an Arabic
        # "ونائب رئيس الحركة" after "خلفاً لـY" is no incoming leader)
        new = _replaced_by(doc, si, at_tok).get(eid)
        if doc.toks[at_tok].ar:  # «X، الذي أدى اليمين رئيساً للحكومة خلفاً لـY ... رئيس
            # الحكومة»: X, told to take that very title (session 67)
            return new if new is not None and took_title_ar(doc, new, at_tok) else None
        return new
    if qual == "new" and eid is not None:
        repl = _replaced_by(doc, si, at_tok)
        eid = repl.get(eid, eid)
        if _called_former(doc, eid, at_tok):
            # "المحافظ الجديد" after "المحافظ الأسبق Y": not Y, the incoming one of the
            # latest replacement told, else nobody (session 16)
            eid = next(reversed(repl.values()), None)
    return eid


_EN_COURTESY = frozenset({"mr", "mrs", "ms", "miss"})


def _courtesy_only(doc: Doc, m: Mention) -> bool:
    """Is the title of *m* only a courtesy word ("Mr. Trump", "Mrs. X")?"""
    if not 0 <= m.tlo < m.lo:
        return False
    return all(doc.toks[x].key in _EN_COURTESY or doc.toks[x].text == "."
               for x in range(m.tlo, m.lo))


def _nearer_fit(doc: Doc, eid: str, current: Iterable[Mention], at_tok: int) -> bool:
    """Is the person named last before *at_tok* in this sentence (*current*), not its
    first person (the subject: "Qaani said the general ..."), whom the gazetteer calls by
    the head word of the description there ("the general") someone else than *eid*?"""
    head = head_word(doc, at_tok, at_tok + 3)
    if head is None:
        return False
    here = sorted((m for m in current if m.etype == "Person" and m.lo < at_tok),
                  key=lambda m: m.lo)
    if not here:
        return False
    first = here[0].eid
    last = next((m.eid for m in reversed(here) if m.eid != first and
                 fits_title(doc, m.eid, head, known=True)), None)
    return last is not None and last != eid


def _called_former(doc: Doc, eid: str, at_tok: int) -> bool:
    """Was *eid* introduced before *at_tok* with a former / late qualifier ("المحافظ الأسبق
    Y", "former governor Y")?"""
    return any(m.eid == eid and m.qual == "old" and m.lo < at_tok for m in doc.ments)


# words right before the one replaced: "خلفاً لـY", "بدلاً من Y", "replacing / succeeding Y",
# "in place of Y"
_AR_REPLACED_CUES = L._ar("خلفا", "خلفاً", "بدلا", "بدلاً", "عوضا", "عوضاً", "مكان", "محل")
_EN_REPLACED_CUES = frozenset({"replacing", "succeeding", "replace", "succeed", "of",
                               # "X replaced / succeeded Y as prime minister" (session 17b)
                               "replaced", "succeeded",
                               # "X replaces / succeeds Y" (session 23)
                               "replaces", "succeeds"})


# the rival beaten, no incoming holder: "won ... in a runoff against Y, succeeding Z" (session 23)
_EN_RIVAL_CUES = frozenset({"against", "defeating", "beating", "over"})


def _over_from(toks: list[Tok], c: int) -> bool:
    """Is *c* the "from" of "took / takes over from Y" (session 23: "X takes over from Y.
    ... the new premier": X)?"""
    return toks[c].key == "from" and c >= 2 and toks[c - 1].key == "over" and \
        toks[c - 2].key in ("took", "takes", "take", "taking", "taken")


def _was_replaced(doc: Doc, si: int, eid: str, at_tok: int) -> bool:
    """Is *eid* named right after a replacement cue ("خلفاً لـY", "replacing Y") in the last
    three sentences before *at_tok*?"""
    toks = doc.toks
    for x in range(max(0, si - 3), si + 1):
        for m in doc.by_sent.get(x, ()):
            if m.eid != eid or m.kind != "name" or m.lo >= at_tok:
                continue
            c = title_start(m) - 1
            if c > 0 and toks[c].key in ("من", "ل"):
                c -= 1
            if c >= 0 and (toks[c].key in _AR_REPLACED_CUES or
                           toks[c].key in _EN_REPLACED_CUES and toks[c].key != "of" or
                           _over_from(toks, c)):
                return True
    return False


def _replaced_by(doc: Doc, si: int, at_tok: int) -> dict[str, str]:
    """{outgoing: incoming} of the replacements told in the last three sentences before
    *at_tok*: the person right after a replacement cue, and the person named last before it
    ("كلّف K X تشكيل الحكومة خلفاً لـY", "appointed X as prime minister, replacing Y")."""
    toks = doc.toks
    people = [m for m in doc.ments if m.etype == "Person" and si - 3 <= m.sent <= si and
              m.lo < at_tok and m.kind == "name"]
    out: dict[str, str] = {}
    for i, m in enumerate(people):
        c = title_start(m) - 1
        if c > 0 and toks[c].key in ("من", "ل"):
            c -= 1  # "بدلاً من Y"
        if c < 0 or not (toks[c].key in _AR_REPLACED_CUES or toks[c].key in _EN_REPLACED_CUES
                         or _over_from(toks, c)):
            continue
        if toks[c].key == "of" and not (c >= 2 and toks[c - 1].key in ("place", "replacement")):
            continue  # only "in place of", "in replacement of"
        before = [p for p in people[:i] if p.sent == m.sent and p.hi <= c and p.eid != m.eid
                  and c - p.hi <= 20 and not p.prefix.lstrip("وف") and
                  not (title_start(p) > 0 and toks[title_start(p) - 1].key in _EN_RIVAL_CUES)]
        # (past "، مرشح كتلة «K» التابعة لـY،": not Y, after a preposition; session 16)
        if before:
            out[m.eid] = before[-1].eid
        elif toks[c].key in ("succeeding", "replacing") and toks[c - 1].text == ",":
            # "X, who held the post in 2006-2009, won 182 votes ..., succeeding Y": the
            # participle's subject is the sentence's, however far (session 23)
            first = next((p for p in people[:i] if p.sent == m.sent), None)
            if first is not None and first.eid != m.eid and not first.prefix and \
                    c - first.hi <= 40 and title_start(first) == doc.sents[m.sent].lo:
                out[m.eid] = first.eid
    for old, new in verb_replacements(doc, people).items():  # "Y was replaced by X"
        out.setdefault(old, new)
    return out


_EN_ROYAL = frozenset({"prince", "princess", "emir", "sheikh", "sheikha"})
# "الأمير" / "الشيخ" / "الملك" alone after "ولي العهد الأمير X" (session 17b)
_AR_ROYAL = L._ar("الأمير", "الشيخ", "الملك", "الأميرة", "الشيخة")


def _royal_titled(doc: Doc, m: Mention, here: set[str]) -> bool:
    """Is *m* introduced with the royal title of the description ("Prince X", "Defence
    Minister Prince X", "Emir Sheikh X"; "ولي العهد الأمير X", "الشيخ X"), before or inside
    the name (Arabic: the word right before the name)?"""
    lo = m.tlo if 0 <= m.tlo < m.lo else m.lo
    if doc.toks[m.lo].ar:
        return strip_article_ar(doc.toks[m.lo].key) in here or \
            lo < m.lo and strip_article_ar(doc.toks[m.lo - 1].key) in here
    return any(doc.toks[x].key in here for x in range(lo, min(m.lo + 2, m.hi)))


# roles whose description is searched among the people the article titled the same way:
# plain titles, and since session 29 heads of state ("the president" after "Iranian President
# X ... in the presence of Y": X, not Y named last)
_TITLED_ROLES = frozenset({"plain", "head_state"})


_AR_PRESIDENT = L._ar("رئيس", "الرئيس")
_AR_NOT_PRESIDENT = L._ar("الوزراء", "الحكومة", "مجلس", "وزراء", "حكومة", "الأركان", "أركان",
                          "هيئة", "البرلمان")


def _names_president(doc: Doc, at_tok: int) -> bool:
    """Is the description at *at_tok* a president's ("the president", «رئيس إيران», «الرئيس»;
    not «رئيس الوزراء»)?"""
    t = doc.toks[at_tok]
    if not t.ar:
        return t.key == "president"
    nxt = doc.toks[at_tok + 1].key if at_tok + 1 < len(doc.toks) else ""
    return t.key in _AR_PRESIDENT and nxt not in _AR_NOT_PRESIDENT


def _no_president(doc: Doc, eid: str) -> bool:
    """Does the gazetteer describe *eid* with no presidency (a supreme leader)?"""
    prof = _profile(doc, eid)
    return prof is not None and "president" not in prof and "رئيس" not in prof


def _general_in(toks: list, lo: int, hi: int) -> bool:
    """Is a token lo..hi-1 "Gen." / "General"? (A loop: no generator per call.)"""
    for x in range(lo, hi):
        if toks[x].key in ("gen", "general"):
            return True
    return False


def _resolve_description(doc: Doc, si: int, role: str | None, role_org: str | None,
                         role_nat: str | None, qual: str | None, at_tok: int,
                         apposed: bool = False, named_here: list[str] | None = None) -> str | None:
    """``resolve_description`` before the check of "the new X" against a replacement
    (*named_here*: the people named before the description in its own sentence, latest
    first)."""
    named_here = named_here or []
    gaz = doc.gaz

    def recent() -> Iterator[Mention]:
        """People mentioned before *at_tok*, latest first (lazily: long articles)."""
        return (m for m in reversed(doc.ments) if m.etype == "Person" and m.lo < at_tok)

    leaders = gaz.leaders_of(role_org) if role_org and role in ("lead", "head_state") else []
    if leaders and role_org and role_org.startswith("country:") and not apposed and \
            _names_president(doc, at_tok):
        # "the Iranian president" / «رئيس إيران» is not the leader of Iran the gazetteer knows
        # as no president (its supreme leader; session 55): with no one else leading it, the
        # people the article titled president below
        leaders = [e for e in leaders if not _no_president(doc, e.id)]
        if not leaders and not doc.leaders.get(role_org):
            role_org = None
    if role_org and role in ("lead", "head_state"):
        cands = [p for p, _q in doc.leaders.get(role_org, [])]
        mentioned: list[str] | None = None  # people named before, latest first
        if leaders:  # ... who lead that body in the gazetteer
            mentioned = list(dict.fromkeys(m.eid for m in recent()))
            ids = {e.id for e in leaders}
            if role_org.startswith("country:"):  # (or reigned there: "Sheikh Sabah, the Emir
                past = past_monarchs_named(doc, named_here + mentioned, role_org, at_tok)
                cands += [e for e in named_here if e in past]  # of Kuwait"; session 66)
                ids |= past
            cands += [e for e in mentioned if e in ids]
        cands = list(dict.fromkeys(cands))
        if not cands:
            # the gazetteer's leaders of that organisation: the latest one (or the earlier
            # one for "former"/"slain"/"late")
            known = [e for e in leaders if e.type == "Person"]
            if not known:
                return None
            preds = {e.successor_of for e in known if e.successor_of}
            latest = [e.id for e in known if e.id not in preds]
            older = [e.id for e in known if e.id in preds]
            if qual == "old" and older:
                return older[0]
            return latest[0] if len(latest) == 1 else None
        if len(cands) == 1:
            return cands[0]
        quals = dict((p, q) for p, q in doc.leaders.get(role_org, []) if q)
        succ = {c: getattr(gaz.get(c), "successor_of", None) for c in cands}
        newer = [c for c in cands if quals.get(c) == "new" or succ.get(c) in cands]
        older = [c for c in cands if quals.get(c) == "old" or c in succ.values()]
        if qual == "new" and newer:
            return newer[0]
        if qual == "old" and older:
            return older[0]
        if qual is None and newer:
            return newer[0]
        if mentioned is None:
            mentioned = list(dict.fromkeys(m.eid for m in recent()))
        return next((e for e in mentioned if e in cands), cands[0])
    if role_nat and _is_counterpart(doc, at_tok):
        peer = _counterpart(doc, si, role_nat, at_tok, recent())
        if peer is not None:
            return peer
    # "the health minister" / "وزير الصحة" is not the oil minister named before
    want = _portfolio(doc, at_tok, at_tok + 5)
    minister = want is not None and minister_description(doc, at_tok)
    # "السفير الجديد" / "the new ambassador": the person the article introduced with the same
    # title (and the same new/former qualifier)
    here = set(_title_firsts(doc.toks[at_tok].key, doc.toks[at_tok].stems)) \
        if doc.toks[at_tok].ar else {doc.toks[at_tok].key}
    titled: list[str] = []
    royal = qual is None and (here & _EN_ROYAL and role == "plain" or here & _AR_ROYAL and
                              doc.toks[at_tok].key in _AR_ROYAL)
    if royal and doc.toks[at_tok].ar:
        here = {strip_article_ar(w) for w in here}
    here_bare = {w[2:] if w.startswith("ال") else w for w in here}  # (once, not per mention)
    for m in recent():
        if m.sent < si - 6:
            break
        if royal and m.kind == "name" and _royal_titled(doc, m, here):
            titled.append(m.eid)  # "the prince" after "Defence Minister Prince X" (session 17)
            continue
        if role not in _TITLED_ROLES or not ((qual is None or m.qual in (None, qual)) and (
                not qual or m.qual == qual)):
            continue  # (only a plain title of the same qualifier is compared: tested first)
        ti = m.tlo if 0 <= m.tlo < m.lo and not mister_only_ar(doc, m) else (
            _detached_title_ar(doc, m) if doc.toks[at_tok].ar and m.kind == "name" else
            apposed_title_en(doc, m) if m.kind == "name" else None)  # "its leader, X" (s71)
        # ("رئيس الجمهورية، السيد X": the title before the comma, not "السيد"; session 67)
        if m.kind != "name" or ti is None or _other_portfolio(doc, m, want, minister):
            continue
        if role == "head_state" and not same_title_words(doc, at_tok, ti, m.lo):
            continue  # "رئيس الوزراء" is no one titled "رئيس مجلس القيادة"
        tt = doc.toks[ti]
        there = set(_title_firsts(tt.key, tt.stems)) if tt.ar else {tt.key}
        if not tt.ar and "general" in here and _general_in(doc.toks, m.tlo, m.lo):
            there.add("general")  # "the general" after "Gen. X" / "Maj. Gen. Y" (session 16),
            # the rank after an office: "CENTCOM chief General X" (session 57)
        if here_bare & {w[2:] if w.startswith("ال") else w for w in there}:  # the same title
            if qual:
                return m.eid
            titled.append(m.eid)
    if titled and role_nat:
        # "الوزير الإيراني" is no Iraqi minister named with the same title word
        titled = [e for e in titled if doc.country_of(e) in (None, role_nat)]
    if titled and not qual:
        # "الوزير الإيراني" is no "وزير الخارجية الإيراني السابق X": a former holder is no
        # description of the office without "former" (session 45)
        titled = [e for e in titled if not _called_former(doc, e, at_tok)]
    deputy = deputy_office(doc, at_tok)
    if titled and deputy:  # "Iran's deputy foreign minister" is not the minister named last
        titled = [e for e in titled if titled_deputy(doc, e)]
    if tied_pair(doc, [e for e in titled if not role_nat or doc.country_of(e) == role_nat
                       or titled_nationality(doc, e, role_nat)], at_tok):
        return None  # "Generals A and B arrived. The general met C": either of them
    if titled:
        # "the ambassador" when the article named the new ambassador and his predecessor:
        # the one it is about (named most often so far), not simply the last named; "the
        # Iranian general": also the other Iranians named in the last sentences
        if role_nat and role == "plain" and not one_holder_office(doc, at_tok):
            titled += [m.eid for m in _window(recent(), si - 3)
                       if doc.country_of(m.eid) == role_nat]
        return most_salient(doc, living_candidates(doc, si, titled, at_tok), at_tok)
    # generic: most recent person of the right nationality in this or the last 3 sentences
    # ("the premier" / "مكتب رئيس الوزراء" is no governor named last, whatever its role)
    office = office_words(doc, at_tok)
    if office == "pm" and not role_nat and qual != "old":
        held = predicate_pm_holder(doc, si, at_tok)  # "X ... رئيساً للوزراء" (session 41)
        if held is not None:
            return held
    pres = ar_president_office(doc, at_tok) if office is None else None  # "الرئيس الإيراني"
    one = _one_holder_word(doc, at_tok) if role_nat else None  # "the Turkish ambassador"
    # "the envoy" is no foreign minister, "the UN envoy" no Houthi negotiator (session 16)
    head = head_word(doc, at_tok, at_tok + 3)
    if head == "army chief" and qual is not None:
        head = None  # ("the new army chief": the incoming holder, backed_description)
    body = role_org if role in ("plain", "member") else None
    if role_nat and role != "head_state":
        # "the Iranian general": someone known to be Iranian before someone of no known
        # nationality named since
        same_nat = [m.eid for m in _window(recent(), si - 3)
                    if doc.country_of(m.eid) == role_nat]
        if same_nat and one is not None:
            same_nat = known_holders(doc, [e for e in same_nat if _may_hold(doc, e, one)], one)
        if head is not None or body is not None:
            same_nat = [e for e in same_nat if fits_title(doc, e, head) and
                        fits_body(doc, e, body)]
        if deputy:  # "the Iranian deputy foreign minister" is not the minister named last
            same_nat = [e for e in same_nat if titled_deputy(doc, e)]
        if minister:  # "the Iraqi foreign minister" is no one titled prime minister
            same_nat = [e for e in same_nat if not titled_office_here(doc, e, None)]
        if same_nat:
            # "the Iranian general" after "Qaani ... succeeded Soleimani": the person the
            # article is about, not whoever was named last (nor one it said was killed)
            if qual is None:
                same_nat = living_candidates(doc, si, same_nat, at_tok)
            return most_salient(doc, same_nat, at_tok)
    if not role_nat and role == "plain":
        if _office_tie(doc, recent(), si, at_tok):
            return None
        held = None if deputy else _gazetteer_holder(doc, recent(), si, at_tok)
        if held is not None:
            return held
    if role == "lead" and not role_nat and doc.toks[at_tok].ar:
        same = same_construct_titled(doc, _window(recent(), si - 6), at_tok)
        if same:  # "رئيس الأركان" after "رئيس أركان هيئة الحشد الشعبي X": X (session 48)
            return most_salient(doc, same, at_tok)
    if role == "lead" and not role_nat and not doc.toks[at_tok].ar and not role_org:
        same_en = apposed_titled_en(doc, _window(recent(), si - 3), at_tok)
        if same_en is not None:  # "the leader" after "its leader, X" (session 71)
            return same_en
    unknown: list[str] = []
    for m in recent():
        if m.sent < si - 3:
            break
        if deputy and not titled_deputy(doc, m.eid):
            continue  # "Iran's deputy foreign minister" is not the minister named last
        if role_nat and doc.country_of(m.eid) and doc.country_of(m.eid) != role_nat:
            continue
        if role == "head_state" and qual is None and m.kind == "name" and \
                gone_before(doc, m.eid, si, at_tok):
            continue  # "والتقى السيد الرئيس" is no one said dead before (session 72)
        if role == "head_state" and (role_nat is None or office is None) and \
                m.role not in ("head_state", None) and not _courtesy_only(doc, m) and \
                not _heads_government(m, office) and not (pres and counterpart_titled(doc, m)):
            continue  # ("Mr. Trump" is no office: the president after him; session 18; "الرئيس
            # الإيراني" is no Iranian minister named last, session 25b)
        if office and not holds_office(doc, m.eid, office):
            continue  # "the premier" is not the president named last
        if pres and not holds_office(doc, m.eid, pres):
            continue  # "الرئيس الإيراني" is not the foreign minister named last (session 41)
        if _other_portfolio(doc, m, want, minister):
            continue  # "the health minister" is not the oil minister named last
        if head is not None and not fits_title(doc, m.eid, head) or \
                body is not None and not fits_body(doc, m.eid, body):
            continue
        if one is not None and not _may_hold(doc, m.eid, one):
            continue  # "the Turkish ambassador" is not the Turkish foreign minister
        if qual == "new" and (_called_former(doc, m.eid, at_tok) or named_as_rival(doc, m)):
            continue  # "the designated premier" is not the one named as outgoing (session 20)
        if qual == "old" and office is None and _in_office(doc, m.eid, at_tok):
            continue  # "the ousted leader" is not the defence minister named as serving
            # ("the ousted premier": the premier named before, checked by office above)
        if not role_nat:
            own = own_head(doc, at_tok) if head is not None else None
            if own is not None and not titled_for(doc, m.eid, own):
                back = titled_holder_back(doc, recent(), si, own, body, at_tok)
                if back is not None:  # «المبعوث الأممي» is the envoy named four sentences
                    return back  # back, not the undersecretary present (session 69)
            return None if _plural_titled_pair(doc, m) else m.eid
        unknown.append(m.eid)  # nobody known to be of that nationality: collect
    own = own_head(doc, at_tok) if head is not None and not role_nat and not unknown else None
    if own is not None:
        back = titled_holder_back(doc, recent(), si, own, body, at_tok)
        if back is not None:  # "the UN envoy" named more than three sentences back
            return back
    if office in MONARCH_TITLES and not unknown:
        return article_monarch(doc, office, at_tok, role_nat)  # "the King", sentences on
    if head == "crown prince" and qual is None and not unknown:
        return article_crown_prince(doc, at_tok, role_nat)  # the one heir, sentences on
    if unknown:
        # "الدبلوماسي العماني" when no Omani is known: of the people of unknown nationality,
        # the one the article is about (the visiting envoy), not whoever was named last (his
        # predecessor in a "خلفاً لـ" clause)
        return most_salient(doc, unknown, at_tok)
    return None
