"""Light coreference: a title or description used in place of a name
("المسؤول العسكري الإيراني البارز", "the Quds Force commander", "رئيس الوزراء") resolved to
the person the article or the gazetteer says holds that role (``resolve_description``);
after the whole article: descriptions named later (``resolve_cataphora``, "The Iranian
general ... Soleimani"), kunyas (``resolve_kunya``, "أبو مهدي" -> Abu Mahdi al-Muhandis)
and "known as" aliases (``resolve_aka``)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import chain
from typing import TYPE_CHECKING

from loaders.extract import lexicon as L
from loaders.extract.description_fit import fits_body, fits_title, head_word
from loaders.extract.mention_base import (
    _KUNYA,
    _KUNYA_FIRST,
    Mention,
    _ment_at,
    _title_firsts,
)
from loaders.extract.nicknames_en import AKA_CUE_LAST, aka_cue_start, aka_referent_ends
from loaders.extract.rule_common import title_start
from loaders.extract.succession_new_holder import verb_replacements
from loaders.textnorm import (
    core_tokens,
    strip_article_ar,
    token_skeleton,
)

if TYPE_CHECKING:
    from loaders.extract.mentions import Doc
    from loaders.extract.tokens import Tok


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
    eid = _resolve_description(doc, si, role, role_org, role_nat, qual, at_tok)
    if eid is None:
        return None
    if current and _nearer_fit(doc, eid, current, at_tok):
        return None
    if qual is None and _was_replaced(doc, si, eid, at_tok):
        # "... خلفاً لعبد العزيز بن حبتور. ... نائباً أول لرئيس الوزراء": not the one just
        # said to be replaced (session 16); "X replaced Y as prime minister. The prime
        # minister ...": X, who holds the office now (English; session 17b: an Arabic
        # "ونائب رئيس الحركة" after "خلفاً لـY" is no incoming leader)
        return None if doc.toks[at_tok].ar else _replaced_by(doc, si, at_tok).get(eid)
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
                               "replaced", "succeeded"})


def _was_replaced(doc: Doc, si: int, eid: str, at_tok: int) -> bool:
    """Is *eid* named right after a replacement cue ("خلفاً لـY", "replacing Y") in the last
    three sentences before *at_tok*?"""
    toks = doc.toks
    for x in range(max(0, si - 3), si + 1):
        for m in doc.by_sent.get(x, ()):
            if m.eid != eid or m.kind != "name" or m.lo >= at_tok:
                continue
            c = title_start(m) - 1
            if c > 0 and toks[c].key in ("من", "لـ"):
                c -= 1
            if c >= 0 and (toks[c].key in _AR_REPLACED_CUES or
                           toks[c].key in _EN_REPLACED_CUES and toks[c].key != "of"):
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
        if c > 0 and toks[c].key in ("من", "لـ"):
            c -= 1  # "بدلاً من Y"
        if c < 0 or not (toks[c].key in _AR_REPLACED_CUES or toks[c].key in _EN_REPLACED_CUES):
            continue
        if toks[c].key == "of" and not (c >= 2 and toks[c - 1].key == "place"):
            continue  # only "in place of"
        before = [p for p in people[:i] if p.sent == m.sent and p.hi <= c and p.eid != m.eid
                  and c - p.hi <= 20 and not p.prefix.lstrip("وف")]
        # (past "، مرشح كتلة «K» التابعة لـY،": not Y, after a preposition; session 16)
        if before:
            out[m.eid] = before[-1].eid
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


def _resolve_description(doc: Doc, si: int, role: str | None, role_org: str | None,
                         role_nat: str | None, qual: str | None, at_tok: int) -> str | None:
    """``resolve_description`` before the check of "the new X" against a replacement."""
    gaz = doc.gaz

    def recent() -> Iterator[Mention]:
        """People mentioned before *at_tok*, latest first (lazily: long articles)."""
        return (m for m in reversed(doc.ments) if m.etype == "Person" and m.lo < at_tok)

    if role_org and role in ("lead", "head_state"):
        leaders = gaz.leaders_of(role_org)
        cands = [p for p, _q in doc.leaders.get(role_org, [])]
        mentioned: list[str] | None = None  # people named before, latest first
        if leaders:  # ... who lead that body in the gazetteer
            mentioned = list(dict.fromkeys(m.eid for m in recent()))
            ids = {e.id for e in leaders}
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
        if role != "plain" or not ((qual is None or m.qual in (None, qual)) and (
                not qual or m.qual == qual)):
            continue  # (only a plain title of the same qualifier is compared: tested first)
        ti = m.tlo if 0 <= m.tlo < m.lo else (
            _detached_title_ar(doc, m) if doc.toks[at_tok].ar and m.kind == "name" else None)
        if m.kind != "name" or ti is None or _other_portfolio(doc, m, want):
            continue
        tt = doc.toks[ti]
        there = set(_title_firsts(tt.key, tt.stems)) if tt.ar else {tt.key}
        if not tt.ar and "general" in here and any(doc.toks[x].key == "gen" for x in
                                                     range(m.tlo, m.lo)):
            there.add("general")  # "the general" after "Gen. X" / "Maj. Gen. Y" (session 16)
        if here_bare & {w[2:] if w.startswith("ال") else w for w in there}:  # the same title
            if qual:
                return m.eid
            titled.append(m.eid)
    if titled and role_nat:
        # "الوزير الإيراني" is no Iraqi minister named with the same title word
        titled = [e for e in titled if doc.country_of(e) in (None, role_nat)]
    if tied_pair(doc, [e for e in titled if not role_nat or doc.country_of(e) == role_nat
                       or _titled_nationality(doc, e, role_nat)], at_tok):
        return None  # "Generals A and B arrived. The general met C": either of them
    if titled:
        # "the ambassador" when the article named the new ambassador and his predecessor:
        # the one it is about (named most often so far), not simply the last named; "the
        # Iranian general": also the other Iranians named in the last sentences
        if role_nat and not _one_holder_office(doc, at_tok):
            titled += [m.eid for m in _window(recent(), si - 3)
                       if doc.country_of(m.eid) == role_nat]
        return _most_salient(doc, titled, at_tok)
    # generic: most recent person of the right nationality in this or the last 3 sentences
    # ("the premier" / "مكتب رئيس الوزراء" is no governor named last, whatever its role)
    office = _office_words(doc, at_tok)
    one = _one_holder_word(doc, at_tok) if role_nat else None  # "the Turkish ambassador"
    # "the envoy" is no foreign minister, "the UN envoy" no Houthi negotiator (session 16)
    head = head_word(doc, at_tok, at_tok + 3)
    body = role_org if role in ("plain", "member") else None
    if role_nat and role != "head_state":
        # "the Iranian general": someone known to be Iranian before someone of no known
        # nationality named since
        same_nat = [m.eid for m in _window(recent(), si - 3)
                    if doc.country_of(m.eid) == role_nat]
        if same_nat and one is not None:
            same_nat = [e for e in same_nat if _may_hold(doc, e, one)]
        if head is not None or body is not None:
            same_nat = [e for e in same_nat if fits_title(doc, e, head) and
                        fits_body(doc, e, body)]
        if same_nat:
            # "the Iranian general" after "Qaani ... succeeded Soleimani": the person the
            # article is about, not whoever was named last
            return _most_salient(doc, same_nat, at_tok)
    if not role_nat and role == "plain":
        if _office_tie(doc, recent(), si, at_tok):
            return None
        held = _gazetteer_holder(doc, recent(), si, at_tok)
        if held is not None:
            return held
    unknown: list[str] = []
    for m in recent():
        if m.sent < si - 3:
            break
        if role_nat and doc.country_of(m.eid) and doc.country_of(m.eid) != role_nat:
            continue
        if role == "head_state" and role_nat is None and m.role not in ("head_state", None) \
                and not _courtesy_only(doc, m) and not _heads_government(m, office):
            continue  # ("Mr. Trump" is no office: the president after him; session 18)
        if office and not _holds_office(doc, m.eid, office):
            continue  # "the premier" is not the president named last
        if _other_portfolio(doc, m, want):
            continue  # "the health minister" is not the oil minister named last
        if head is not None and not fits_title(doc, m.eid, head) or \
                body is not None and not fits_body(doc, m.eid, body):
            continue
        if one is not None and not _may_hold(doc, m.eid, one):
            continue  # "the Turkish ambassador" is not the Turkish foreign minister
        if qual == "new" and _called_former(doc, m.eid, at_tok):
            continue  # "the designated premier" is not the one named as outgoing (session 20)
        if qual == "old" and office is None and _in_office(doc, m.eid, at_tok):
            continue  # "the ousted leader" is not the defence minister named as serving
            # ("the ousted premier": the premier named before, checked by office above)
        if not role_nat:
            return None if _plural_titled_pair(doc, m) else m.eid
        unknown.append(m.eid)  # nobody known to be of that nationality: collect
    if unknown:
        # "الدبلوماسي العماني" when no Omani is known: of the people of unknown nationality,
        # the one the article is about (the visiting envoy), not whoever was named last (his
        # predecessor in a "خلفاً لـ" clause)
        return _most_salient(doc, unknown, at_tok)
    return None


def _detached_title_ar(doc: Doc, m: Mention) -> int | None:
    """The title word that opens the noun phrase of *m* when the title was not attached to
    the name ("السفيرة الأميركية الجديدة لدى العراق ألينا رومانوسكي": at "السفيرة"): the
    nearest Arabic title word in the six tokens before the name, with no punctuation and no
    other person between; else None."""
    toks = doc.toks
    others = [p for p in doc.by_sent.get(m.sent, ()) if p.etype == "Person" and p.hi <= m.lo]
    for x in range(m.lo - 1, max(-1, m.lo - 7), -1):
        tk = toks[x]
        if tk.punct or not tk.ar or any(p.lo <= x < p.hi for p in others):
            return None
        hit = _AR_TITLE_WORD.get(tk.text)
        if hit is None:
            hit = _ar_title_word(tk.key, tk.text, tk.stems)
        if hit:
            return x
    return None


_AR_TITLE_WORD: dict[str, bool] = {}  # token text -> may an Arabic title start there?


def _ar_title_word(key: str, text: str, stems: tuple) -> bool:
    """Can an Arabic title phrase start at the token with *key* and *stems* (a function of
    its text, cached per *text*, the cache emptied at 200,000)?"""
    if len(_AR_TITLE_WORD) > 200_000:
        _AR_TITLE_WORD.clear()
    hit = _AR_TITLE_WORD[text] = not L.AR_TITLE_FIRST.isdisjoint(_title_firsts(key, stems))
    return hit


def _in_office(doc: Doc, eid: str, at_tok: int) -> bool:
    """Did the article name *eid* before *at_tok* with a title and no "former / late /
    ousted" word ("Defense Minister X")?"""
    return any(m.eid == eid and m.kind == "name" and 0 <= m.tlo < m.lo and m.qual != "old"
               for m in doc.ments if m.lo < at_tok)


_EN_PORTFOLIO_WORDS = frozenset({p.split()[-1] for p in L.EN_PORTFOLIOS + L.EN_JOINT_PORTFOLIOS} |
                                {"foreign", "defense", "defence", "interior"})
_EN_SAME_PORTFOLIO = {"defence": "defense", "labour": "labor"}
_AR_MINISTER = frozenset(L.fold_ar(w) for w in ("وزير", "وزيرة"))


def _portfolio(doc: Doc, lo: int, hi: int) -> str | None:
    """The portfolio of a minister title in tokens *lo*..*hi* ("oil" in "the Iraqi oil
    minister" / "minister of oil", "النفط" in "وزير النفط"), or ``None``."""
    toks = doc.toks
    hi = min(hi, len(toks))
    for x in range(lo, hi):
        t = toks[x]
        if t.punct:
            return None
        if t.ar:
            if t.key in _AR_MINISTER and x + 1 < len(toks) and toks[x + 1].ar and \
                    toks[x + 1].key.startswith("ال"):
                return toks[x + 1].key[2:]
            continue
        if t.key != "minister":
            continue
        if x - 1 >= lo and toks[x - 1].key in _EN_PORTFOLIO_WORDS:
            k = toks[x - 1].key
        elif x + 2 < len(toks) and toks[x + 1].key == "of" and \
                toks[x + 2].key in _EN_PORTFOLIO_WORDS:
            k = toks[x + 2].key
        else:
            return None
        return _EN_SAME_PORTFOLIO.get(k, k)
    return None


def _other_portfolio(doc: Doc, m: Mention, want: str | None) -> bool:
    """Was *m* introduced as the minister of another portfolio than *want*?"""
    if want is None or m.tlo < 0 or m.tlo >= m.lo:
        return False
    there = _portfolio(doc, m.tlo, m.lo)
    return there is not None and there != want


# ---- "the slain general", "the martyred commander", "القائد الشهيد": the person killed ------
EN_DEAD_QUALS = frozenset({"slain", "martyred", "late", "assassinated", "murdered"})
AR_DEAD_QUALS = frozenset({"الشهيد", "الراحل", "المغدور", "القتيل", "المغتال", "الفقيد",
                           "الشهيدين"})
_EN_KILL_CTX = frozenset({"killed", "assassinated", "slain", "martyred", "killing",
                          "assassination", "martyrdom", "murdered", "murder", "death", "died",
                          "eliminated", "kill", "assassinate"})
_AR_KILL_CTX = frozenset({"اغتال", "اغتالت", "اغتالوا", "قتل", "قتلت", "قتلوا", "اغتيل", "مقتل",
                          "اغتيال", "استشهد", "استشهاد", "مصرع", "اغتيالا", "مقتله", "اغتياله",
                          "استشهاده", "اغتالته", "قتلته", "استشهدا", "قتلا"})
_AGENT_MARKS = frozenset({"by", "يد", "ايدي", "من", "بامر", "orders", "order", "direction", "behest"})


def _killed_here(doc: Doc, m: Mention, people: set[int]) -> bool:
    """The person mention *m* is the one a killing word near it is about: the first person
    after a killing verb or noun a few words before it ("the assassination of X", "اغتيال
    القيادي في الكتائب X") or the subject of one right after it ("X was killed", "X, who was
    assassinated", "X الذي اغتيل"), and not the agent ("by X", "on the orders of X", "بأمر
    من X", "أمر بها X"). *people*: the token positions of person names."""
    toks = doc.toks
    lo = title_start(m)
    k1 = toks[lo - 1].key if lo > 0 else ""
    k2 = toks[lo - 2].key if lo > 1 else ""
    if k1 in _AGENT_MARKS or (k1 == "of" and k2 in _AGENT_MARKS) or \
            k1 in ("بها", "به") or k2 in ("بها", "به"):
        return False
    for y in range(lo - 1, max(-1, lo - 7), -1):
        t = toks[y]
        if y in people or t.text in (".", ";", "؛"):
            break  # someone else is named between: the killing word is about them
        k = t.key
        if (k in _EN_KILL_CTX) if not t.ar else (
                k in _AR_KILL_CTX or k[1:] in _AR_KILL_CTX and k[:1] in "وب"):
            return True
    reach = 9 if m.hi < len(toks) and toks[m.hi].text in (",", "،") else 5  # "X, a Y
    for y in range(m.hi, min(len(toks), m.hi + reach)):  # commander, was killed"
        t = toks[y]
        if t.text in (".", ";", "؛") or y in people:
            break
        k = t.key
        if (k in _EN_KILL_CTX) if not t.ar else (k in _AR_KILL_CTX or k[1:] in _AR_KILL_CTX
                                                  and k[:1] in "و"):
            return True
    return False


def deceased_person(doc: Doc, si: int, at_tok: int, back: int = 5) -> str | None:
    """The person a description of a dead person stands for ("the slain general", "the
    martyred commander", "القائد الشهيد" at token *at_tok*): the latest person of this or the
    last *back* sentences whom a killing word is about; None when none was said killed."""
    near = [m for m in _window(reversed(doc.ments), si - back)
            if m.etype == "Person" and m.lo < at_tok and m.kind in ("name", "desc")]
    people = {x for m in near for x in range(title_start(m), m.hi)}
    for m in near:
        if _killed_here(doc, m, people):
            return m.eid
    return None


# ---- "نظيره العراقي" / "his Iraqi counterpart": the holder of the subject's office -----------
def _is_counterpart(doc: Doc, at_tok: int) -> bool:
    """Is there a counterpart word at or next to the title word *at_tok*?"""
    for x in range(max(0, at_tok - 2), min(len(doc.toks), at_tok + 2)):
        k = doc.toks[x].key
        if k == "counterpart" or k.startswith("نظير") or k.startswith("ونظير"):
            return True
    return False


def _office_of(doc: Doc, m: Mention) -> frozenset[str]:
    """The words of the title before the name of *m*, without nationalities, articles and
    qualifiers ("وزير الخارجية السعودي" -> {وزير, خارجيه}; "Saudi Foreign Minister" ->
    {foreign, minister})."""
    nationality = L.NATIONALITY
    out = set()
    for x in range(m.tlo, m.lo):
        k = doc.toks[x].key
        k = k[2:] if k.startswith("ال") and len(k) > 4 else k
        if doc.toks[x].punct or k in nationality or "ال" + k in nationality or \
                k in ("the", "his", "her", "of", "s"):
            continue
        out.add(k)
    return frozenset(out)


def counterpart_peer(doc: Doc, si: int, role_nat: str | None, at_tok: int,
                     current: Iterable[Mention] = ()) -> str | None:
    """"نظيره العراقي" / "his Iraqi counterpart" at *at_tok* without a name: the person of
    that nationality holding the office of the titled person before it (``_counterpart``;
    *current*: the mentions found so far in this sentence)."""
    if not role_nat or not _is_counterpart(doc, at_tok):
        return None
    here = sorted((m for m in current if m.etype == "Person" and m.lo < at_tok),
                  key=lambda m: m.lo, reverse=True)
    recent = chain(here, (m for m in reversed(doc.ments) if m.etype == "Person" and
                          m.lo < at_tok))
    return _counterpart(doc, si, role_nat, at_tok, recent)


def _counterpart(doc: Doc, si: int, role_nat: str, at_tok: int,
                 recent: Iterator[Mention]) -> str | None:
    """"التقى وزير الخارجية السعودي X نظيره العراقي": the person of *role_nat* the article
    named (or the gazetteer knows) with the office of the titled person named last in this
    sentence before the word; None when there is no such person or no such office."""
    window = list(_window(recent, si - 6))
    subj = next((m for m in window if m.sent == si and m.kind == "name" and
                 0 <= m.tlo < m.lo), None)
    if subj is None:
        # "Oboth received his Kenyan counterpart": the subject named bare here, titled
        # before ("Defence Minister Jacob Oboth"; session 21)
        bare = next((m for m in window if m.sent == si and m.kind == "name"), None)
        subj = next((m for m in window if bare is not None and m.eid == bare.eid and
                     m.kind == "name" and 0 <= m.tlo < m.lo), None)
    if subj is None:
        return None
    office = _office_of(doc, subj)
    if not office:
        return None
    for m in window:
        if m.eid == subj.eid or m.kind != "name" or doc.country_of(m.eid) != role_nat and not (
                doc.country_of(m.eid) is None and _titled_nationality(doc, m.eid, role_nat)):
            continue  # (a new person: "Omani Foreign Minister X" is Omani; session 21)
        if 0 <= m.tlo < m.lo and _office_of(doc, m) == office:
            return m.eid
        e = doc.gaz.get(m.eid)
        if e is not None and e.titles and not doc.toks[subj.tlo].ar and " ".join(
                doc.toks[x].key for x in range(subj.tlo, subj.lo)
                if doc.toks[x].key in office) in e.titles:
            return m.eid  # (English: "Foreign Minister" among the gazetteer's title hints)
    return None


def same_sentence_antecedent(doc: Doc, current: Iterable[Mention], role: str | None,
                             role_nat: str | None, at_tok: int) -> str | None:
    """A description of a nationality the article has not resolved otherwise ("held talks
    with the Iranian president" after "since Masoud Pezeshkian took office" in the same
    sentence): the one person of that nationality named earlier in this sentence who is not
    its first person (the likely subject); None when there is no such single person."""
    if not role_nat:
        return None
    people = sorted((m for m in current if m.etype == "Person" and m.lo < at_tok),
                    key=lambda m: m.lo)
    office = _office_words(doc, at_tok) if role == "head_state" else None
    ids = {m.eid for m in people[1:] if m.kind == "name" and m.eid != people[0].eid and
           doc.country_of(m.eid) == role_nat and (
               not office or _holds_office(doc, m.eid, office))}
    return ids.pop() if len(ids) == 1 else None


# offices one person of a country holds at a time: "the Iraqi foreign minister" is the one
# the article named with that title, not another Iraqi named more often
_ONE_HOLDER = frozenset({"minister", "ambassador", "envoy", "speaker", "وزير", "الوزير",
                         "سفير", "السفير", "مبعوث", "المبعوث", "وزيره", "الوزيره"})


def _one_holder_office(doc: Doc, at_tok: int) -> bool:
    """Does the title at *at_tok* name such an office (within its first three words)?"""
    return _one_holder_word(doc, at_tok) is not None


# the English title word of such an office ("بالسفير" -> "ambassador")
_OFFICE_EN = {"سفير": "ambassador", "وزير": "minister", "مبعوث": "envoy", "وزيره": "minister"}


def _one_holder_word(doc: Doc, at_tok: int) -> str | None:
    """The office word (in English) of such a title at *at_tok*, also after a clitic
    ("بالسفير التركي"); None when the title names no such office."""
    for x in range(at_tok, min(len(doc.toks), at_tok + 3)):
        t = doc.toks[x]
        for w in (t.key, *(st for _o, st in t.stems)):
            if w in _ONE_HOLDER:
                w = w[2:] if w.startswith("ال") else w
                return _OFFICE_EN.get(w, w)
    return None


def _gazetteer_holder(doc: Doc, ments: Iterator[Mention], si: int, at_tok: int) -> str | None:
    """"the envoy" / "المبعوث" with no nationality: of the people named in the last three
    sentences whom the gazetteer knows to hold that office, the one the article named first,
    its subject ("Hans Grundberg ... succeeded Martin Griffiths, who had replaced Ismail Ould
    Cheikh Ahmed. ... the envoy was received by ..." is Grundberg, not the predecessors named
    since). None when the title names no such office or nobody named holds it."""
    office = _one_holder_word(doc, at_tok)
    if office is None:
        return None
    held = {m.eid for m in _window(ments, si - 3) if _holds_title(doc, m.eid, office)}
    return next((m.eid for m in doc.ments if m.eid in held), None) if held else None


def _office_tie(doc: Doc, ments: Iterator[Mention], si: int, at_tok: int) -> bool:
    """"the minister" / "الوزير" when two people of the last three sentences were titled
    with that office in one sentence and named as often ("Foreign Ministers A and B arrived.
    The minister met C"): either of them (session 21)."""
    office = _one_holder_word(doc, at_tok)
    if office is None:
        return False
    titled = [m.eid for m in _window(ments, si - 3) if m.kind == "name" and
              0 <= m.tlo < m.lo and any(_office_key(doc.toks[x]) == office
                                        for x in range(m.tlo, m.lo))]
    return tied_pair(doc, titled, at_tok)


def _office_key(t: Tok) -> str:
    """The English office word of a title token ("Minister", "الوزير", "وزير" -> minister)."""
    if not t.ar:
        return t.key
    w = strip_article_ar(t.key)
    return _OFFICE_EN.get(w, w)


def _holds_title(doc: Doc, eid: str, office: str) -> bool:
    """Do the gazetteer's title hints of *eid* name *office* ("envoy")?"""
    e = doc.gaz.get(eid)
    return e is not None and any(office in t.lower() for t in e.titles)


def _may_hold(doc: Doc, eid: str, office: str) -> bool:
    """Can *eid* be that one holder? Unknown people and people without title hints can; a
    gazetteer person whose title hints never name that office cannot ("the Turkish
    ambassador" is not the Turkish foreign minister named before)."""
    e = doc.gaz.get(eid)
    return e is None or not e.titles or any(office in t.lower() for t in e.titles)


def _window(ments: Iterator[Mention], first_sent: int) -> Iterator[Mention]:
    """The mentions of *ments* (latest first) down to sentence *first_sent*."""
    for m in ments:
        if m.sent < first_sent:
            return
        yield m


def _titled_nationality(doc: Doc, eid: str, nat: str) -> bool:
    """Did the article title *eid* with the nationality *nat* ("Iranian General X", "الجنرال
    الإيراني X": in the title or the two words before it)?"""
    return any(m.eid == eid and m.kind == "name" and 0 <= m.tlo < m.lo and any(
        L.NATIONALITY.get(doc.toks[x].key) == nat
        for x in range(max(doc.sents[m.sent].lo, m.tlo - 2), m.lo)) for m in doc.ments)


def _plural_titled_pair(doc: Doc, m: Mention) -> bool:
    """Is *m* one of two names under one plural title ("Hamas officials A and B",
    "القياديين A وB")? Then a singular description after them may be either (session 21)."""
    near = [p for p in doc.by_sent.get(m.sent, ()) if p.etype == "Person" and p.kind == "name"
            and p.eid != m.eid and (p.hi == title_start(m) - 1 or title_start(p) == m.hi + 1
                                    or p.hi == title_start(m) or title_start(p) == m.hi)]
    for p in near:
        a, b = (p, m) if p.lo < m.lo else (m, p)
        between = [doc.toks[x].key for x in range(a.hi, title_start(b))]
        joined = between == ["and"] or (not between and b.prefix.startswith("و"))
        if not joined or 0 <= b.tlo < b.lo or a.lo == 0:
            continue  # (the second one has a title of its own: "X and Prime Minister Y")
        last = doc.toks[a.lo - 1]
        if (not last.ar and last.key[-1:] == "s" and last.key[:-1] in L.EN_TITLES) or \
                last.key in L.AR_PLURAL_TITLES:
            return True
    return False


def tied_pair(doc: Doc, cands: list[str], at_tok: int) -> bool:
    """Were two of the people *cands* (introduced with the title of a description) named in
    one sentence and as often as each other before *at_tok*? Then the description may be
    either ("Iranian General A and Iranian General B arrived. The Iranian general met C",
    "وصل الجنرال A والجنرال B ... والتقى الجنرال C"; session 21)."""
    uniq = list(dict.fromkeys(cands))
    if len(uniq) < 2:
        return False
    count = dict.fromkeys(uniq, 0)
    sents: dict[str, set[int]] = {e: set() for e in uniq}
    for m in doc.ments:
        if m.lo < at_tok and m.eid in count:
            count[m.eid] += 1
            sents[m.eid].add(m.sent)
    top = sorted(uniq, key=lambda e: -count[e])
    return count[top[0]] == count[top[1]] and bool(sents[top[0]] & sents[top[1]])


def _most_salient(doc: Doc, cands: list[str], at_tok: int,
                  extra: Iterable[Mention] = ()) -> str:
    """Of the candidate people *cands* (latest first), the one the article is about so far:
    named most often before *at_tok* (in ``doc.ments`` and *extra*, the mentions found so
    far in the current sentence); on a tie, the one named first in the article."""
    uniq = list(dict.fromkeys(cands))
    if len(uniq) == 1:
        return uniq[0]
    count = dict.fromkeys(uniq, 0)
    first: dict[str, int] = {}
    for m in chain(doc.ments, extra):
        if m.lo >= at_tok:
            continue
        if m.eid in count:
            count[m.eid] += 1
            first.setdefault(m.eid, m.lo)
    return max(uniq, key=lambda e: (count[e], -first.get(e, at_tok)))


_PM_WORDS = frozenset({"premier", "prime", "pm"})
_MONARCHS = {"emir": "emir", "king": "king", "sultan": "sultan", "امير": "emir",
             "الامير": "emir", "ملك": "king", "الملك": "king", "سلطان": "sultan",
             "السلطان": "sultan"}
_PM_AR = frozenset({"الوزراء", "الحكومه", "الحكومة", "وزراء", "حكومه", "حكومة"}) | frozenset(
    L.fold_ar(w) for w in ("الوزراء", "وزراء"))  # (token keys: "الوزرا"; session 16)


def _office_words(doc: Doc, at_tok: int) -> str | None:
    """'pm' when the title at *at_tok* names a head of government ("the premier", "رئيس
    الوزراء"), 'president' for a head of state called president, 'emir' / 'king' /
    'sultan' for a monarch ("the emir", "الأمير"); else None."""
    t = doc.toks[at_tok]
    if t.key in _MONARCHS:
        return _MONARCHS[t.key]  # "the emir" is no president named since
    if not t.ar:
        if t.key in _PM_WORDS:
            return "pm"
        return "president" if t.key == "president" else None
    nxt = doc.toks[at_tok + 1].key if at_tok + 1 < len(doc.toks) else ""
    if t.key in ("رييس", "الرييس") and nxt in _PM_AR:
        return "pm"
    return None


def _heads_government(m: Mention, office: str | None) -> bool:
    """Is *m* introduced as the head of a government body ("رئيس الحكومة العراقية X": the lead
    of iraqi-government) and the description a head of government ("رئيس الحكومة")?"""
    return office == "pm" and m.role == "lead" and (m.role_org or "").endswith("government")


def _holds_office(doc: Doc, eid: str, office: str) -> bool:
    """Can *eid* be called by that office? Unknown people and people without title hints
    can; a gazetteer person whose title hints do not name that office cannot."""
    e = doc.gaz.get(eid)
    if e is None or not e.titles:
        return True
    words = {w for t in e.titles for w in t.lower().split()}
    if office == "pm":
        return bool(words & _PM_WORDS)
    return office in words


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
            c = doc.country_of(m.eid)
            if role_nat and c and c != role_nat:
                continue
            entry = doc.gaz.get(m.eid)
            if role_org and entry is not None and role_org not in entry.leads \
                    and role in ("lead", "head_state"):
                continue
            if not _later_fits(doc, m.eid, lo, hi, role, role_org):
                continue  # "the premier's office said. Kurilla, who ..." (session 16)
            me = _ment_at(doc, si, lo, hi, m.eid, kind="desc")
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
    office = _office_words(doc, at)
    if office and not _holds_office(doc, eid, office):
        return False
    return fits_title(doc, eid, head_word(doc, lo, hi)) and fits_body(
        doc, eid, role_org if role in ("plain", "member") else None)


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
        fam = token_skeleton(kun[0][-1])
        if len(kun[0][-1]) < 4 or len(fam) < 2:
            continue
        cands = [eid for eid in people if eid != kid and any(
            len(t) >= 2 and t[0] not in _KUNYA and token_skeleton(t[-1]) == fam
            for t in name_tokens(eid))]
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
             "المكنى")


_AR_AKA = L._ar("المعروف", "الملقب", "المكنى", "والمعروف")


def resolve_aka(doc: Doc) -> None:
    """"<person>, known as / nicknamed / dubbed <new name>", "<person> (<new name>)", "X،
    المعروف بـY": the new name is an alias of the person named or described right before it
    (one id): "Ahmed al-Hamidawi (Abu Hussein)", "أحمد الحميداوي (أبو حسين)"; and a new full
    name before a known alias is that known person ("Mushtaq Jawad Kazim al-Jawari, known as
    Abu Taqwa al-Saidi", "مشتاق جواد كاظم الجواري، المعروف بأبي تقوى السعيدي")."""
    low = doc.text.lower()
    paren = "(" in low
    if not paren and not any(w in low for w in _AKA_CUES):
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
        if paren and x >= 1 and toks[x].text == "(" and n.hi < len(toks) and \
                toks[n.hi].text == ")":
            his = [x]  # "X (Abu Hussein)"
        elif x >= 1 and toks[x].ar and toks[x].key in _AR_AKA:
            x -= 1  # "X، المعروف بأبي تقوى": the alias glued to بـ
            his = [x if x >= 0 and toks[x].text == "،" else x + 1]
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
