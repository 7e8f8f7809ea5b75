"""Organisations, outlets and places not named by the gazetteer: English capitalised
spans by their head word ("Kataib Sayyid al-Shuhada Brigades", "Sepah News", "the Salam
Palace"), Arabic named bodies ("حركة النجباء", "وكالة تسنيم"), translated institutions
("جهاز الأمن الوطني العراقي" -> Iraqi National Security Service), sites ("قاعدة حرير"),
provinces ("محافظة الأنبار"), capitals and national institutions ("the Iraqi capital",
"البرلمان العراقي"), the international coalition, and short references to a body or an
outlet named before ("the group's spokesman", "الحزب", "the agency")."""

from __future__ import annotations

import itertools
import re
from functools import lru_cache
from typing import TYPE_CHECKING

from loaders.extract import arabic_bodies as AB
from loaders.extract import lexicon as L
from loaders.extract.arabic_names import (
    _ar_name_word,
)
from loaders.extract.bodies_joined_en import JOINS as _JOINS_BODY
from loaders.extract.bodies_joined_en import joined_body_end
from loaders.extract.given_alike import named_new_person
from loaders.extract.known_names import (
    _gaz_match,
)
from loaders.extract.mention_base import (
    _B_AR_HEAD,
    _B_AR_ORG_HEAD,
    _B_EN_CAP_START,
    _B_OUTLET_REF,
    _EN_BODY_LAST,
    _EN_NAME_HONORIFICS,
    _EN_PLACE_HEADS,
    _EN_TIME_WORDS,
    _JOINERS,
    QUOTES,
    Mention,
    _accusative,
    _cap_run,
    _is_adjective,
    _known_english,
    _latin_first_name,
    _ment_at,
    _org_head,
    _positions,
    _positions_in,
    _resolve_name,
    _Work,
    said_before_name,
)
from loaders.extract.profile_heads_en import profile_head
from loaders.extract.quoted_bodies_ar import AR_GENERIC_TYPE_HEADS, quoted_name_end
from loaders.extract.subject_names_en import opening_possessor, opening_subject_verb
from loaders.extract.title_spans import en_office_end
from loaders.extract.titles import (
    _IQLIM,
    _imperfect_verb,
    _may_title,
    _title_at,
)
from loaders.extract.tokens import Tok
from loaders.textnorm import (
    core_tokens,
    proclitic_splits,
    strip_article_ar,
    transliterate_ar,
)

if TYPE_CHECKING:
    from loaders.extract.mentions import Doc


# styles written before a church leader's name only ("Pope Leo", "Patriarch Bechara al-Rai"):
# with a name after them, a person at the start of a sentence too
_EN_CLERICAL_STYLES = frozenset({"pope", "patriarch", "cardinal", "archbishop"})


def _body_then_name(doc: Doc, k: int, e: int) -> int:
    """End of a capitalised run k..e that is a body's name followed by a person's ("Head of
    Egypt's General Intelligence Directorate Hassan Mahmoud Rashad received ..."): the
    word after the body's head word, when it is a usual first name with a name word after
    it; else *e*."""
    toks = doc.toks
    for h in range(k + 1, e - 2):
        hk = toks[h].key
        if (hk in L.EN_ORG_HEADS or hk in L.EN_MORE_ORG_HEADS) and \
                toks[h + 1].cap and _latin_first_name(doc, toks[h + 1].key):
            return h + 1
    return e


def _english_capitalised_spans(w: _Work) -> None:
    """English capitalised spans not covered yet: organisations and outlets by
    their head word ("Kataib Sayyid al-Shuhada Brigades", "Sepah News"), places ("the Salam
    Palace", "a blast in Kerman"), known people under another spelling ("Ismail Qa'ani") and
    unknown multi-word names ("Ahmed Salim")."""
    doc, si, s, toks, covered, out = w.doc, w.si, w.s, w.toks, w.covered, w.out
    # every case below starts at a capitalised word that no name covers
    caps = [x for x in _positions(doc, s.lo, s.hi, _B_EN_CAP_START)
            if x not in covered]
    ci, n_caps = 0, len(caps)
    k = s.lo
    while k < s.hi:
        while ci < n_caps and caps[ci] < k:
            ci += 1
        if ci == n_caps:
            break
        if caps[ci] > k:
            k = caps[ci]
        t = toks[k]  # (a capitalised Latin word: the _B_EN_CAP_START bit)
        if k in covered:  # (covered by this step since)
            k += 1
            continue
        # below, until a case acts (and continues), k is not covered and t is a capitalised
        # Latin word: the tests of that are left out
        if t.key in L.EN_OUTLET_HEADS and k > s.lo and (k - 1) in covered and \
                covered[k - 1].hi == k and covered[k - 1].hi - covered[k - 1].lo == 1 and \
                covered[k - 1].etype == "Organization" and toks[k - 1].cap:
            # "Sepah News": a body's name + an outlet head is the body's outlet
            org = covered[k - 1]
            if org in out:
                out.remove(org)
            surface = doc.text[toks[org.lo].start:t.end]
            me = _ment_at(doc, si, org.lo, k + 1,
                          doc.new_entity("Outlet", surface, core_tokens(surface)))
            out.append(me)
            covered[org.lo] = covered[k] = me
            k += 1
            continue
        if t.key in L.EN_NOT_NAME and k > s.lo and toks[k - 1].key == "the":
            e = _en_body_run(doc, covered, k, s.hi)
            if e > k:  # "the General Intelligence Presidency": a body named with a rank word
                surface = doc.text[t.start:toks[e - 1].end]
                me = _ment_at(doc, si, k, e, doc.new_entity("Organization", surface,
                                                            core_tokens(surface)))
                out.append(me)
                for x in range(k, e):
                    covered[x] = me
                k = e
                continue
        if t.key in L.EN_TITLE_FIRST and t.key in L.EN_NOT_NAME:
            tt = _title_at(doc, k, s.hi)
            office = en_office_end(doc, k, tt[0], s.hi) if tt is not None else k
            if tt is not None and (" " in tt[2] or office > tt[0]):
                k = office  # "Chief of Staff X", "Chief Justice X", "Commander of ... Forces X"
                continue
        said = t.text == "Said" and _said_name(doc, k, s.lo, s.hi)
        if t.key in L.NATIONALITY or (
                (t.key in L.EN_NOT_NAME or t.key in L.EN_STOP) and not said):
            k += 1
            continue
        if t.key in _EN_NAME_HONORIFICS and k + 1 < s.hi and toks[k + 1].cap and \
                not toks[k + 1].punct:
            k += 1  # "Hojatoleslam Mohsen Qomi", "Sheikh Hamza ...": the honorific is no name
            continue
        if t.key == "amir" and k + 1 < s.hi and toks[k + 1].key in _EN_NAME_HONORIFICS:
            k += 1  # "the Amir Sheikh Fahad ...": the title emir (spelt so), no first name
            continue
        tt = _title_at(doc, k, s.hi) if t.key in L.EN_TITLE_FIRST else None
        if tt is not None and toks[_cap_run(doc, k, s.hi) - 1].key not in _EN_BODY_LAST:
            k = tt[0]  # "Speaker Mohammed ...", "Prince Faisal ...": the title step names them
            continue  # (not "the General Intelligence Presidency", "the General Staff")
        e = _cap_run(doc, k + 1, s.hi) if said else _cap_run(doc, k, s.hi)
        if k - 2 >= s.lo and toks[k - 1].key == "for" and toks[k - 2].key in _EN_FOR_OFFICE \
                and not any(_latin_first_name(doc, toks[x].key) for x in range(k, e)):
            k = e  # "the Minister of State for International Cooperation": an office, no name
            continue
        b = k if toks[k - 1].key not in _EN_PORTFOLIO_WORDS else _portfolio_start(toks, k, s.lo)
        if b - 2 >= s.lo and toks[b - 1].key in ("of", "for") and \
                toks[b - 2].key in _EN_PORTFOLIO_TITLES:
            # "Minister of Planning X", "Deputy Interior Minister for Security Affairs X",
            # "Minister of Foreign Affairs X" ("Foreign" skipped above): the portfolio belongs
            # to the title, the name follows it
            while e - k > 2 and toks[k].key in _EN_PORTFOLIO_WORDS:
                k += 1
        elif e - k >= 3 and toks[k].key in _EN_RANK_BODIES and k - 3 >= s.lo and \
                toks[k - 1].key == "the" and toks[k - 2].key == "of" and \
                toks[k - 3].key in _EN_TOP_RANKS:
            k += 1  # "General of the Army X": a rank, no body "Army X"
        if e - k >= 2 and (k == s.lo or toks[k - 1].text in ("—", "–", "-", ":", '"', "“")):
            # "— Reformist Masoud Pezeshkian", "Powerful Shiite cleric ...": a capitalised
            # adjective opening the sentence is no part of a name
            while e - k >= 1 and toks[k].key.endswith(_EN_ADJ_SUFFIXES) and \
                    k not in covered and toks[k].key not in L.EN_ORG_HEADS:
                k += 1
            if k >= e:
                continue
        cov = None
        for x in range(k + 1, e):
            if x in covered:
                cov = x
                break
        if cov is not None and toks[cov - 1].key in ("of", "in") and \
                _single_place(covered, cov) is not None:
            e = cov - 1  # "Patriotic Union of Kurdistan": the place is joined below
        if e <= k or any(x in covered for x in range(k, e)):
            k = max(e, k + 1)
            continue
        # "Parliament Speaker Mohammed al-Halbousi": the run ends where a title begins
        cut = next((x for x in range(k + 1, e) if toks[x].key in L.EN_TITLE_FIRST and
                    toks[x].key not in _EN_NAME_HONORIFICS and
                    _title_at(doc, x, s.hi) is not None), None)
        if cut is not None:
            if cut - k == 1 and toks[k].key in L.EN_ORG_HEADS:
                k = cut  # a generic modifier ("Parliament", "Army"), not a named body
                continue
            e = cut
        e = _body_then_name(doc, k, e)  # "General Intelligence Directorate Hassan Rashad"
        lower_head = None
        if e < s.hi and e - k <= 4 and not toks[e].ar and not toks[e].cap:
            # a lower-case head after a capitalised name: "State of Law coalition", "K1 air
            # base", "Qayyarah airfield" (not "the Islamic State group": a descriptor)
            if toks[e].key in _EN_LOWER_ORG_HEADS or (
                    toks[e].key in _EN_UNIT_HEADS and not toks[e - 1].poss):
                lower_head, e = "Organization", e + 1
            elif toks[e].key in _EN_LOWER_PLACE_HEADS:
                lower_head, e = "Location", e + 1
            elif toks[e].key == "air" and e + 1 < s.hi and toks[e + 1].key == "base":
                lower_head, e = "Location", e + 2
            while lower_head == "Organization" and k - 2 >= s.lo and toks[k - 1].key == "of" \
                    and toks[k - 2].cap and not toks[k - 2].ar and (k - 2) not in covered and \
                    toks[k - 2].key not in L.EN_STOP:
                k -= 2  # "State of Law coalition"
        words = [toks[x].key for x in range(k, e) if not toks[x].punct]
        surface = doc.text[toks[k].start:toks[e - 1].end]
        etype = None
        place = bool(words) and (words[-1] in _EN_PLACE_HEADS or words[-1] in L.EN_PLACE_HEADS)
        if place and len(words) < 2:
            k = e  # a bare "Palace" / "Base": no name
            continue
        if lower_head is not None and any(x in covered for x in range(k, e)):
            k = e
            continue
        if lower_head is not None:
            etype = lower_head
        elif place or (len(words) >= 2 and words[0] in L.EN_PLACE_FIRST):
            etype = "Location"  # "the Salam Palace", "Ain al-Tineh": a place, never a person
        elif any(w in L.EN_OUTLET_HEADS or w in L.EN_MORE_OUTLET_HEADS for w in words):
            etype = "Outlet"
        elif any(w in L.EN_ORG_HEADS or w in L.EN_MORE_ORG_HEADS for w in words) or \
                (len(words) >= 2 and words[-1] in _EN_BODY_LAST):
            etype = "Organization"
        elif len(words) == 2 and words[0] in _EN_COMPASS:
            etype = "Location"  # "East Azerbaijan", "North Waziristan": a region, no person
        elif e < s.hi and toks[e].key in _EN_PLACE_NOUN_AFTER and not toks[e].cap:
            etype = "Location"  # "the Qiz Qalasi dam", "the Tarmiyah district": a place
        eid = None
        if etype is None and _dateline_source(doc, k, e, s.lo, s.hi):
            etype = "Outlet"  # "BAGHDAD (Asharq Al-Awsat) -": the source of a dateline
        if etype is None and e - k == 1 and toks[k].acronym and k > s.lo and \
                toks[k - 1].key in _EN_OUTLET_NOUNS:
            etype = "Outlet"  # "the official news agency IRNA", "the daily ABC"
        if etype is None:
            ctoks = core_tokens(surface)
            eid = doc.gaz.fuzzy_person(ctoks, doc.mentioned_ids() | {m.eid for m in out} if
                                       out and len(ctoks) == 1 else doc.mentioned_ids(),
                                       types=("Person",))
            if eid is not None and len(ctoks) == 1 and eid not in doc.mentioned_ids():
                # a known person the article has not named, but a new one of that name
                # it has: he ("Argentine President Milei ... Milei said")
                eid = named_new_person(doc, ctoks[0]) or eid
            if eid is None and len(words) == 1 and not toks[k].acronym:
                # an acronym is matched as written only; a place or body spelled otherwise
                # keeps its first letter (Kerman is no misspelt Germany)
                eid = doc.gaz.fuzzy_person(words, doc.mentioned_ids(),
                                           types=("Organization", "Country", "Location"))
                if eid is not None and not _same_initial(doc, eid, words[0]):
                    eid = None
            n_al = words.count("al") + words.count("el")
            n_name = len(words) - n_al if len(words) > 4 else len(words)
            if n_name > 4:
                n_name -= sum(1 for w in words if w in ("bin", "ibn", "abu", "bint"))
            if eid is None and len(words) >= 2 and k > s.lo and n_name <= 4 and \
                    words[-1] not in _EN_NOT_NAME_LAST and not _adjective_compound(words):
                etype = "Person"  # a multi-word proper name inside a sentence (no name
                # ends in a weekday or an event: "the Tabriz Friday prayer leader",
                # "Leader of the Islamic Revolution")
            n_core = len(words) - n_al
            if eid is None and n_core <= 3 and k - 2 >= s.lo and toks[k - 1].key == "of" and (
                    toks[k - 2].key in _EN_PLACE_HEADS or toks[k - 2].key in L.EN_PLACE_HEADS):
                etype = "Location"  # "the southeastern city of Kerman", "province of Diyala"
            al_form = n_core <= 2 and ("al" in words or "el" in words) and not (
                n_core == 2 and words[0] not in ("al", "el") and words[-1].endswith("i") and
                len(words[-1]) >= 5)  # "from Erfan al-Hiyali": a family name, no place
            if eid is None and (len(words) == 1 or al_form or (
                    n_core == 2 and not _latin_first_name(doc, words[0]))) and k > s.lo and \
                    (toks[k - 1].key in ("in", "near", "outside") or
                     al_form and toks[k - 1].key in ("of", "from") or
                     len(words) == 2 and toks[k - 1].key in _EN_VISIT_PLACE) and \
                    words[0] not in _EN_TIME_WORDS and not toks[k].acronym and \
                    (e >= s.hi or not toks[e].cap):
                etype = "Location"  # "a blast in Kerman", "clashes near Tarmiyah"
            if eid is None and len(words) >= 2 and k == s.lo and e < s.hi and (
                    toks[e].key in (L.EN_MEET | L.EN_KILL | L.EN_VISIT | L.EN_SUCCEED |
                                    {"said", "says", "told", "and", ",", "was", "has", "had"})
                    or profile_head(doc, k, e, s.hi)
                    or 2 <= len(words) <= 4 and (opening_subject_verb(
                        toks, e, s.hi, words, _latin_first_name(doc, words[0])) or
                        opening_possessor(toks, e, s.hi, words, _latin_first_name(doc, words[0])))
                    or (words[0] in ("abu", "umm") or words[0] in _EN_CLERICAL_STYLES) and
                    n_core <= 3 and not toks[e].cap):
                etype = "Person"  # ("Abu Umar took over": a kunya opens the sentence;
                # "Pope Francis granted ...": a style only a person bears, whatever verb)
        if etype == "Organization" and e < s.hi and toks[e].key in _JOINS_BODY:
            e, place = joined_body_end(doc, covered, k, e, s.hi)  # "Front for Change in Chad (FC)"
            if place is not None:
                if place in out:
                    out.remove(place)
                covered.pop(place.lo, None)
            surface = doc.text[toks[k].start:toks[e - 1].end]
        if etype == "Organization":
            # "the Kurdistan Democratic Party of Masoud Barzani": the body ends before "of"
            # and a known person
            of = next((x for x in range(k + 1, e - 1) if toks[x].key == "of"), None)
            if of is not None and (_latin_first_name(doc, toks[of + 1].key) and
                                   2 <= e - of - 1 <= 5 or doc.gaz.fuzzy_person(
                    core_tokens(doc.text[toks[of + 1].start:toks[e - 1].end]),
                    doc.mentioned_ids(), types=("Person",)) is not None):
                e = of
                surface = doc.text[toks[k].start:toks[e - 1].end]
            # a known place inside a body's name: "Kurdistan Democratic Party",
            # "Patriotic Union of Kurdistan", "Islamic Resistance in Iraq"
            k, e, surface = _org_with_place(doc, covered, out, k, e, s.lo, s.hi, surface)
        if eid is None and e - k == 1 and toks[k].acronym and len(toks[k].text) >= 3:
            # "the KRG" after "the Kurdistan Regional Government": a body's initials
            eid = _acronym_of(doc, out, toks[k].text.replace(".", ""))
        if eid is None and etype in (None, "Organization") and 1 <= len(words) <= 2:
            # "the Guards" after "the Revolutionary Guards", "Nujaba" after "Harakat
            # al-Nujaba", "the Islamic Resistance": a short form of a body named before
            short = _org_short_ref(doc, out, [w for w in words if w not in ("al", "el")])
            if short is not None:
                eid = short
        if eid is None and etype is not None:
            if etype == "Person":
                eid = _resolve_name(doc, surface, "Person")
            else:
                eid = doc.new_entity(etype, surface, core_tokens(surface))
        if eid is None:
            k = e
            continue
        me = _ment_at(doc, si, k, e, eid)
        out.append(me)
        for x in range(k, e):
            covered[x] = me
        k = e


def _english_group_nouns(w: _Work) -> None:
    """A plural group noun, "the factions" / "the militias": the group named so earlier
    ("armed factions")."""
    doc, si, s, toks, covered, out = w.doc, w.si, w.s, w.toks, w.covered, w.out
    for k in range(s.lo + 1, s.hi):
        t = toks[k]
        if t.ar or k in covered or t.key not in _EN_GROUP_NOUNS or toks[k - 1].key != "the" \
                or (k >= 2 and toks[k - 2].key in ("of", "among")):
            continue
        ante = _group_antecedent(doc, t.key)
        if ante is not None:
            me = _ment_at(doc, si, k - 1, k + 1, ante, kind="desc")
            out.append(me)
            covered[k - 1] = covered[k] = me


def _international_coalition(w: _Work) -> None:
    """The international coalition: "the US-led coalition", "the international
    coalition", "التحالف الدولي" (one id in both scripts); a bare "the coalition" after it."""
    doc, si, s, toks, covered, out = w.doc, w.si, w.s, w.toks, w.covered, w.out
    for k in range(s.lo, s.hi):
        t = toks[k]
        if k in covered:
            continue
        lo_c = hi_c = None
        if not t.ar and t.key == "coalition" and not t.cap and k > s.lo:
            p = k - 1
            while p >= s.lo and toks[p].key in ("international", "-", "led", "us", "u.s",
                                                  "u.s.", "american", "anti", "isis",
                                                  "western", "global", "military"):
                p -= 1
            words = {toks[x].key for x in range(p + 1, k)}
            nxt = toks[k + 1].key if k + 1 < s.hi else ""
            if words & {"led", "international", "isis"}:
                lo_c, hi_c = k, k + 1
            elif getattr(doc, "coalition_seen", False) and nxt not in _EN_COALITION_NOT and (
                    toks[k - 1].key == "the" or nxt in L.EN_TITLE_FIRST or (
                        toks[k - 1].key in ("a", "an") and nxt in _EN_STRIKE_AFTER)):
                lo_c, hi_c = k, k + 1  # "the coalition", "coalition spokesman X"
            elif nxt not in _EN_COALITION_NOT:
                _named_coalition_en(w, k)  # "the Saudi-led coalition ... a coalition strike"
        elif t.ar and t.stems and t.stems[0][1] == _AR_TAHALUF and \
                t.key[t.stems[0][0]:].startswith("ال") and k + 1 < s.hi and \
                toks[k + 1].key in _AR_INTERNATIONAL:
            lo_c, hi_c = k, k + 2
        if lo_c is None or any(x in covered for x in range(lo_c, hi_c)):
            continue
        eid = doc.new_entity("Organization", "International Coalition",
                             ["international", "coalition"])
        off = t.stems[0][0] if t.ar else 0
        me = _ment_at(doc, si, lo_c, hi_c, eid, off=off, prefix=t.key[:off] if t.ar else "")
        out.append(me)
        for x in range(lo_c, hi_c):
            covered[x] = me
        doc.coalition_seen = True  # type: ignore[attr-defined]


_EN_STRIKE_AFTER = frozenset({"strike", "strikes", "airstrike", "airstrikes", "air", "raid",
                              "raids", "drone", "jets", "warplanes", "aircraft", "bombing",
                              "forces", "attack"})


def _named_coalition_en(w: _Work, k: int) -> None:
    """A bare lower-case "the coalition" / "a coalition strike" at *k* after the article named
    a coalition in full ("the Saudi-led coalition"): that coalition (else nothing)."""
    doc, toks = w.doc, w.toks
    if toks[k - 1].key not in ("the", "a", "an") or (
            toks[k - 1].key != "the" and toks[k + 1].key not in _EN_STRIKE_AFTER):
        return
    ante = _group_antecedent(doc, "coalition")
    if ante is None:
        return
    me = _ment_at(doc, w.si, k, k + 1, ante)
    w.out.append(me)
    w.covered[k] = me


def _group_possessive(w: _Work) -> None:
    """A body's possessive before a title or an office ("the group's secretary-general X",
    "the movement's spokesman"): the body named most recently."""
    doc, si, s, toks, covered, out = w.doc, w.si, w.s, w.toks, w.covered, w.out
    for k in range(s.lo + 1, s.hi - 1):
        t = toks[k]
        if t.ar or not t.poss or k in covered or t.key not in _EN_GROUP_SINGULAR or \
                toks[k - 1].key != "the":
            continue
        ante = next((m.eid for m in itertools.chain(reversed(out), reversed(doc.ments))
                     if m.etype == "Organization" and m.kind == "name" and
                     (m.sent < si or m.hi <= k) and not _EN_FORCE_WORDS.intersection(
                         doc.text[m.start:m.end].lower().split())), None)
        if ante is not None:
            me = _ment_at(doc, si, k - 1, k + 1, ante, kind="desc")
            out.append(me)
            covered[k - 1] = covered[k] = me


def _arabic_named_organisations(w: _Work) -> None:
    """Arabic named organisations and outlets not in the gazetteer, a head noun
    and the name after it ("حركة النجباء", "كتائب سيد الشهداء", "وكالة تسنيم")."""
    doc, si, s, toks, covered, out = w.doc, w.si, w.s, w.toks, w.covered, w.out
    # the tokens with the head of a body's name (the pass bit), in order; a name found
    # ends at e: the next head after it
    heads = _positions_in(doc, s.lo, s.hi, _B_AR_ORG_HEAD)
    hx, n_heads = 0, len(heads)
    k = s.lo
    while True:
        while hx < n_heads and heads[hx] < k:
            hx += 1
        if hx == n_heads:
            break
        k = heads[hx]
        if k in covered:
            k += 1
            continue
        t = toks[k]
        st0 = _org_head(t.stems)
        if st0 is None or strip_article_ar(t.key) != t.key and st0 not in L.AR_OUTLET_HEADS \
                and not t.key.startswith(("وال", "بال", "لل", "فال", "كال")) and \
                t.key.startswith("ال"):
            k += 1  # a definite head (الجيش، القوات) is a common noun, not a name
            continue
        stem = t.stems[-1][1] if t.stems else t.key
        j = k + 1
        while j < s.hi and toks[j].punct and toks[j].text in QUOTES:
            j += 1
        e = j
        quoted = j > k + 1
        definite = t.key.startswith(("ال", "لل", "وال", "بال", "فال", "كال"))
        honorific = False
        q_end = quoted_name_end(toks, j, s.hi, covered) if quoted else None
        if q_end is not None:
            e = q_end  # "فصيل «أحرار الشرقية»": the name runs to the closing quote
        while q_end is None and e < s.hi and e - j < 3 and toks[e].ar and e not in covered:
            te = toks[e]
            if honorific:
                # a name after an honorific ("كتائب الإمام علي"), then the name ends
                if not te.punct and not _accusative(te.text) and (
                        _ar_name_word(doc, te, True) or
                        (te.key == "علي" and not te.text.endswith("ى"))):
                    e += 1
                break
            if e > j and (te.text.endswith(("ته", "تها", "هم", "هما")) or any(
                    st in L.AR_STOP for n, st in proclitic_splits(te.key) if n)):
                break  # "تسنيم مسؤوليته", "تسنيم بأن": a possessed noun or particle ends it
            if e == j and (te.key in _AR_SITE_NOT_NAME or te.key in AB.ADJECTIVES):
                break  # "مجموعة مسلحة", "كتيبة أخرى": an indefinite adjective names no body
            if (definite and not te.key.startswith("ال")) or _accusative(te.text) or \
                    _may_title(te) or te.key in _JOINERS or te.key in L.AR_STOP or \
                    te.key in L.NATIONALITY or te.key in L.AR_QUALIFIERS or \
                    te.key.endswith("يه") or _is_adjective(te.key):
                break
            # an indefinite word cannot follow a definite one in the same name ("ائتلاف
            # دولة القانون نوري ..."), except a name after an honorific ("الإمام علي")
            definite = te.key.startswith("ال")
            honorific = te.key in _HONORIFIC_AR
            e += 1
        if e == j or (not quoted and all(toks[x].key.startswith("ال") is False for x in
                                         range(j, e)) and e - j == 1 and len(toks[j].key) < 3):
            k += 1
            continue
        etype = "Outlet" if st0 in L.AR_OUTLET_HEADS else "Organization"
        lo = k if etype == "Organization" and not (
            q_end is not None and st0 in AR_GENERIC_TYPE_HEADS) else j
        # offset of the head itself ("لكتائب" -> كتائب, but "وزارة" is the head as written)
        off0 = next((o for o, st in t.stems if st == st0), 0) if lo == k else 0
        # the proclitic of the head ("لكتائب") stays out of the name
        surface = doc.text[toks[lo].start + off0:toks[e - 1].end].strip("".join(QUOTES))
        if etype == "Organization" and e - j == 1 and toks[j].key.startswith("ال") and \
                not quoted and stem in ("قوات", "وزاره", "مجلس", "جيش", "هيئه"):
            k += 1
            continue  # generic "القوات ..." / "مجلس النواب" are left to the gazetteer
        acro = _paren_acronym(doc, e, s.hi)
        if acro is not None:
            # "وكالة الأنباء الإيرانية الرسمية (إرنا)": the body is named by its acronym
            e, surface = acro[0], doc.text[toks[acro[1]].start:toks[acro[1]].end]
            known = _gaz_match(doc, [acro[1]], 0)
            eid = known[2] if known is not None else doc.new_entity(etype, surface, [surface])
        elif etype == "Organization" and st0 in AR_HEAD_EN:
            eid = _ar_org_english(doc, surface, st0)
        else:
            eid = doc.new_entity(etype, surface, [strip_article_ar(x) for x in
                                                   surface.split()])
        off = off0
        me = _ment_at(doc, si, lo, e, eid, off=off)
        out.append(me)
        for x in range(k, e):
            covered[x] = me
        k = e


def _arabic_body_anaphora(w: _Work) -> None:
    """An Arabic head noun used alone ("الكتائب" / "للحزب" / "الهيئة" / "الإقليم"): the
    body or region named before whose name begins with that noun ("كتائب حزب الله", "هيئة
    الحشد", "إقليم كردستان")."""
    doc, si, s, toks, covered, out = w.doc, w.si, w.s, w.toks, w.covered, w.out
    for k in w.heads_at:
        t = toks[k]
        if k in covered or not t.ar or not t.stems:
            continue
        head = t.stems[0][1]
        if head not in _AR_ANAPHOR_HEADS or not t.key[t.stems[0][0]:].startswith(("ال", "ل")):
            continue
        if not t.key.startswith(("ال", "لل", "وال", "بال", "فال", "كال", "ولل", "فلل")):
            continue
        if k + 1 < s.hi and toks[k + 1].ar and (k + 1) not in covered and \
                strip_article_ar(toks[k + 1].key) != toks[k + 1].key:
            continue  # "الحزب الديمقراطي ...": another body, described or named
        ante = _ar_head_antecedent(doc, out, head, k)
        if ante is None:
            continue
        pre_n = t.stems[0][0]
        me = _ment_at(doc, si, k, k + 1, ante, kind="desc", off=pre_n,
                      prefix=t.key[:pre_n])
        out.append(me)
        covered[k] = me


def _outlet_references(w: _Work) -> None:
    """An outlet named by its kind ("للصحيفة (ذاتها)", "the newspaper", "the agency"): the
    outlet named before."""
    doc, si, s, toks, covered, out = w.doc, w.si, w.s, w.toks, w.covered, w.out
    for k in (w.heads_at if toks[s.lo].ar else
              range(s.lo, s.hi) if w.bits & _B_OUTLET_REF else ()):
        t = toks[k]
        if k in covered or t.punct:
            continue
        if t.ar:
            if not t.stems or t.stems[0][1] not in _AR_OUTLET_NOUNS or \
                    not t.key.startswith(("ال", "لل", "وال", "بال")):
                continue
            if k + 1 < s.hi and toks[k + 1].ar and not toks[k + 1].punct and \
                    toks[k + 1].key not in _AR_SAME and (
                        strip_article_ar(toks[k + 1].key) != toks[k + 1].key or
                        (k + 1) in covered):
                continue  # "وكالة الأنباء العراقية": a described outlet, not a reference
            lo_o = k
        else:
            if t.key not in _EN_OUTLET_REF or k == s.lo or toks[k - 1].key != "the" or (
                    k + 1 < s.hi and toks[k + 1].cap):
                continue
            lo_o = k - 1
        ante = next((m.eid for m in itertools.chain(reversed(out), reversed(doc.ments))
                     if m.etype == "Outlet" and m.kind == "name"), None)
        if ante is None:
            continue
        off = t.stems[0][0] if t.ar else 0
        me = _ment_at(doc, si, lo_o, k + 1, ante, kind="desc", off=off,
                      prefix=t.key[:off] if t.ar else "")
        out.append(me)
        covered[k] = me


def _capital_descriptions(w: _Work) -> None:
    """A capital named by its country ("العاصمة العراقية" / "the Iraqi capital", no name
    after it): that country's capital."""
    doc, si, s, toks, covered, out = w.doc, w.si, w.s, w.toks, w.covered, w.out
    for k in range(s.lo, s.hi - 1):
        t = toks[k]
        if k in covered or t.key not in _CAPITAL_KEYS:
            continue
        if t.ar:
            nat = L.NATIONALITY.get(toks[k + 1].key)
            nxt, lo_c, hi_c = k + 2, k, k + 2
        else:
            nat = L.NATIONALITY.get(toks[k - 1].key) if k - 1 >= s.lo else None
            nxt, lo_c, hi_c = k + 1, k - 1, k + 1
        if nat is None or (nxt < s.hi and (nxt in covered or (not toks[nxt].ar and
                                                               toks[nxt].cap))):
            continue
        cid = capital_id(doc.gaz, nat)
        if cid is None or lo_c in covered:
            continue
        pre = ""
        if t.ar and t.key != "العاصمه":
            pre = t.key[: len(t.key) - len("العاصمه")]
        me = _ment_at(doc, si, lo_c, hi_c, cid, kind="desc", off=len(pre) if t.ar else 0,
                      prefix=pre)
        out.append(me)
        for x in range(lo_c, hi_c):
            covered[x] = me


def _national_institutions(w: _Work) -> None:
    """A state institution named by its nationality: "البرلمان العراقي", "the
    Iraqi parliament" -> organization:iraqi-parliament (one id in both scripts)."""
    doc, si, s, toks, covered, out = w.doc, w.si, w.s, w.toks, w.covered, w.out
    for k in range(s.lo, s.hi - 1):
        if k in covered or (k + 1) in covered:
            continue
        t, n = toks[k], toks[k + 1]
        if t.ar:
            inst = _AR_INSTITUTIONS.get(t.key) or _AR_INSTITUTIONS.get(t.key[1:]) \
                if t.key[:1] in "وبل" else _AR_INSTITUTIONS.get(t.key)
            nat = L.NATIONALITY.get(n.key) if inst else None
            lo_i, off = k, (len(t.key) - len(t.key.lstrip("وبل")) if t.key not in
                            _AR_INSTITUTIONS else 0)
        else:
            inst = _EN_INSTITUTIONS.get(n.key)
            nat = L.NATIONALITY.get(t.key) if inst and t.key.isalpha() else None
            lo_i, off = k, 0
        adj = (_EN_NATIONALITY.get(nat) or L.DEMONYM_EN.get(nat)) if inst and nat else None
        if adj is None:
            continue
        latin = f"{adj} {inst}"
        eid = doc.new_entity("Organization", latin, core_tokens(latin))
        doc._add_alias(eid, doc.text[t.start:n.end])
        me = _ment_at(doc, si, lo_i, k + 2, eid, off=off)
        out.append(me)
        covered[k] = covered[k + 1] = me


def _arabic_admin_places(w: _Work) -> None:
    """Arabic administrative places not in the gazetteer: "محافظة الأنبار" ->
    Anbar."""
    doc, si, s, toks, covered, out = w.doc, w.si, w.s, w.toks, w.covered, w.out
    for k in range(s.lo, s.hi - 1):
        t = toks[k]
        if not t.ar or k in covered or (k + 1) in covered or not _admin_head(t.stems):
            continue
        n = toks[k + 1]
        if t.key.endswith(_AR_ADMIN_DEFINITE):
            continue  # "للمحافظة خلفاً لـY": a definite head is in no construct (session 16)
        if not n.ar or n.punct or len(n.key) < 4 or n.key in L.AR_STOP or \
                n.key in L.NATIONALITY or _is_adjective(n.key) or n.key in L.AR_QUALIFIERS \
                or n.key in L.AR_COMMON_NOUNS or _may_title(n) or \
                strip_article_ar(n.key) in L.AR_COMMON_NOUNS:
            continue
        eid = doc.new_entity("Location", n.text, [strip_article_ar(n.key)])
        hst = next(st for _o, st in t.stems if st in _AR_ADMIN_HEADS)
        pre = t.key[: len(t.key) - len(hst)] if t.key.endswith(hst) else ""
        me = _ment_at(doc, si, k, k + 2, eid, off=t.stems[-1][0] if len(t.stems) > 1 else 0,
                      prefix=pre)
        out.append(me)
        covered[k] = covered[k + 1] = me


_EN_PORTFOLIO_TITLES = frozenset({"minister", "secretary", "undersecretary", "adviser",
                                  "advisor", "commissioner", "envoy"})
_EN_PORTFOLIO_WORDS = frozenset(w for p in L.EN_PORTFOLIOS + L.EN_JOINT_PORTFOLIOS
                                for w in p.split()) | frozenset({
    "affairs", "security", "foreign", "interior", "defence", "defense", "state", "national",
    "economic", "political", "international", "legal", "consular", "and", "oil", "gas",
    "municipalities", "environment", "displacement", "migration", "resources", "scientific",
    "research", "sports", "youth", "reconstruction", "construction", "public", "works"})


# "General of the Army", "Marshal of the Air Force": a rank, the name follows it
_EN_TOP_RANKS = frozenset({"general", "marshal", "admiral"})
_EN_RANK_BODIES = frozenset({"army", "armies", "air", "fleet", "navy"})


def _portfolio_start(toks: list[Tok], k: int, lo: int) -> int:
    """The first of the capitalised portfolio words right before *k* ("Foreign" before
    "Affairs"), or *k* when there are none."""
    b = k
    while b - 1 > lo and toks[b - 1].cap and toks[b - 1].key in _EN_PORTFOLIO_WORDS:
        b -= 1
    return b


_EN_COMPASS = frozenset({"east", "west", "north", "south"})
_EN_WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                          "sunday"})
# last words no person's name ends in: a weekday, an event or a state ("the Islamic Revolution")
_EN_NOT_NAME_LAST = _EN_WEEKDAYS | frozenset({"revolution", "republic", "war", "uprising",
                                             "intifada", "revolt", "accord", "agreement",
                                             # a text, not a person ("the Shusha Declaration")
                                             "declaration", "treaty", "charter", "protocol",
                                             "pact", "memorandum", "communique", "accords",
                                             "agreements", "convention"})
# adjectives of peoples, faiths and regions: a hyphenated compound of them ("the
# Arab-Islamic summit", "US-Iranian talks") names no person
_EN_BLOC_ADJ = frozenset({"arab", "islamic", "muslim", "gulf", "western", "european",
                          "african", "asian", "sunni", "shiite", "shia", "kurdish",
                          "christian", "jewish", "persian", "turkic", "latin", "nordic"})


def _adjective_compound(words: list[str]) -> bool:
    """Are all *words* adjectives of peoples, faiths or regions ("Arab-Islamic")?"""
    return all(w in _EN_BLOC_ADJ or w in L.NATIONALITY for w in words)


# an office's last word before "for" and its portfolio ("Minister of State for ...")
_EN_FOR_OFFICE = _EN_PORTFOLIO_TITLES | frozenset({"state", "coordinator", "rapporteur"})


def _said_name(doc: Doc, k: int, lo: int, hi: int) -> bool:
    """"Said" written with a capital inside a sentence before another capitalised word is
    the given name ("killed Said Hassan, a commander"), not the verb; so is "Said" before
    a family name with its article ("met Said al-Khafaji")."""
    toks = doc.toks
    if not lo < k < hi - 1 or toks[k - 1].punct:
        return False
    return said_before_name(toks, k, hi)


def _en_body_run(doc: Doc, covered: dict[int, Mention], k: int, hi: int) -> int:
    """End of three or more capitalised words from *k* (the first may be a rank or
    office word: General, Supreme) that end with the head of a body's name ("General
    Intelligence Presidency"); *k* if there are none."""
    toks = doc.toks
    j = k
    while j < hi and j - k < 6 and j not in covered and toks[j].cap and not toks[j].ar and \
            not toks[j].punct and not toks[j].poss:
        j += 1
    if j < hi and (toks[j - 1].poss or (j in covered)):
        return k
    return j if j - k >= 3 and toks[j - 1].key in _EN_BODY_LAST else k


def _dateline_source(doc: Doc, k: int, e: int, lo: int, hi: int) -> bool:
    """Tokens k..e are the parenthesised source of a dateline: "BAGHDAD (Asharq Al-Awsat)
    -", "BEIRUT, March 3 (Al Jazeera) -"."""
    toks = doc.toks
    return k - lo <= 8 and k > lo and toks[k - 1].text == "(" and e < hi and \
        toks[e].text == ")" and any(toks[x].text.isupper() and toks[x].text.isalpha() and
                                    len(toks[x].text) > 2 for x in range(lo, k - 1))


_EN_OUTLET_NOUNS = frozenset({"agency", "newspaper", "daily", "channel", "broadcaster",
                              "website", "outlet", "network", "tv", "television"})

_EN_ADJ_SUFFIXES = ("ist", "ists", "ful", "ite", "ites", "ive")


def _same_initial(doc: Doc, eid: str, word: str) -> bool:
    """Whether a Latin name of *eid* starts with the letter *word* starts with."""
    ent = doc.gaz.get(eid)
    names = [ent.name, *ent.aliases] if ent is not None else []
    return any(n[:1].lower() == word[:1].lower() for n in names if n and n.isascii())


def _single_place(covered: dict[int, Mention], x: int) -> Mention | None:
    """The one-word known place/country mention at token *x*, if any."""
    m = covered.get(x)
    if m is not None and m.etype in ("Location", "Country") and m.kind == "name" and \
            m.hi - m.lo == 1 and not m.in_title:
        return m
    return None


def _org_with_place(doc: Doc, covered: dict[int, Mention], out: list[Mention], k: int,
                    e: int, lo: int, hi: int, surface: str) -> tuple[int, int, str]:
    """Widen an English organisation name over a known place written inside it: a place
    just before it ("Kurdistan Regional Government") or after "of"/"in" ("Patriotic Union
    of Kurdistan", "Islamic Resistance in Iraq"). The place mention is dropped."""
    toks = doc.toks
    drop = []
    before = _single_place(covered, k - 1) if k - 1 >= lo else None
    if before is not None and toks[k - 1].cap and not toks[k - 1].poss:
        drop.append(before)
        k = before.lo
    if e + 1 < hi and toks[e].key in ("of", "in"):
        after = _single_place(covered, e + 1)
        if after is not None and (toks[e].key == "of" or after.etype == "Country") and \
                (e + 2 >= hi or not toks[e + 2].cap or toks[e + 2].punct):
            drop.append(after)
            e = after.hi
    for m in drop:
        if m in out:
            out.remove(m)
        for x in range(m.lo, m.hi):
            covered.pop(x, None)
    if drop:
        surface = doc.text[toks[k].start:toks[e - 1].end]
    return k, e, surface


_HONORIFIC_AR = frozenset({"الامام", "السيد", "الشيخ", "الشهيد"})

# Arabic organisation heads that English names translate and put last ("تحالف الفتح" ->
# "Fatah Alliance"); militia heads (كتائب، عصائب، حركة ...) stay transliterated in English
AR_HEAD_EN = {L.fold_ar(k).replace("اا", "ا"): v for k, v in {
    "تحالف": "Alliance", "ائتلاف": "Coalition", "حزب": "Party", "تيار": "Movement",
    "منظمة": "Organization", "منظمه": "Organization", "جبهة": "Front", "مجموعة": "Group"}.items()}


def _ar_org_english(doc: Doc, surface: str, head: str) -> str:
    """Id of an Arabic-named organisation under its usual English form (name words
    transliterated, then the translated head): the same id as the English spelling in
    another article of the run."""
    words = [w for w in surface.split() if w not in QUOTES]
    names = [transliterate_ar(w, doc.gaz.ar_latin) for w in words[1:]]
    names = [n[3:] if n.lower().startswith("al-") else n for n in names]
    names = [n[:1].upper() + n[1:] for n in names if n]
    if not names:
        return doc.new_entity("Organization", surface, [strip_article_ar(x) for x in words])
    latin = " ".join(names + [AR_HEAD_EN[head]])
    eid = doc.new_entity("Organization", latin, core_tokens(latin))
    doc._add_alias(eid, surface)
    return eid


def _paren_acronym(doc: Doc, e: int, hi: int) -> tuple[int, int] | None:
    """After a described body, up to three adjectives then "(ACRONYM)": (end, token)."""
    toks = doc.toks
    x = e
    while x < hi and x - e < 3 and toks[x].ar and (_is_adjective(toks[x].key) or
                                                    toks[x].key in L.NATIONALITY):
        x += 1
    if x + 2 < hi and toks[x].text == "(" and toks[x + 2].text == ")" and toks[x + 1].ar \
            and not toks[x + 1].punct and len(toks[x + 1].key) >= 3:
        return x + 3, x + 1
    return None


CAPITALS = {  # country id -> the capital's name (its gazetteer id is looked up)
    "country:iraq": "Baghdad", "country:iran": "Tehran", "country:united-states": "Washington",
    "country:syria": "Damascus", "country:lebanon": "Beirut", "country:saudi-arabia": "Riyadh",
    "country:turkey": "Ankara", "country:jordan": "Amman", "country:egypt": "Cairo",
    "country:qatar": "Doha", "country:united-arab-emirates": "Abu Dhabi",
    "country:russia": "Moscow", "country:united-kingdom": "London", "country:france": "Paris",
    "country:germany": "Berlin", "country:china": "Beijing", "country:yemen": "Sanaa",
    "country:israel": "Jerusalem", "country:afghanistan": "Kabul",
    "country:pakistan": "Islamabad", "country:kuwait": "Kuwait City"}


def capital_id(gaz, country: str) -> str | None:
    """The gazetteer id of *country*'s capital (None if the gazetteer lacks it)."""
    name = CAPITALS.get(country)
    if not name:
        return None
    toks = tuple(name.lower().split())
    for eid, _s, _a in gaz.exact.get(toks, ()):
        return eid
    return None


_AR_INSTITUTIONS = {L.fold_ar(k): v for k, v in {
    "البرلمان": "Parliament", "الجيش": "Army", "الشرطة": "Police", "البحرية": "Navy",
    "الكونغرس": "Congress", "الكونجرس": "Congress"}.items()}
_EN_INSTITUTIONS = {"parliament": "Parliament", "army": "Army", "police": "Police",
                    "navy": "Navy", "congress": "Congress"}
_EN_NATIONALITY = {"country:iraq": "Iraqi", "country:iran": "Iranian",
                   "country:united-states": "US", "country:syria": "Syrian",
                   "country:lebanon": "Lebanese", "country:saudi-arabia": "Saudi",
                   "country:turkey": "Turkish", "country:israel": "Israeli",
                   "country:jordan": "Jordanian", "country:egypt": "Egyptian",
                   "country:russia": "Russian", "country:united-kingdom": "British",
                   "country:france": "French", "country:germany": "German",
                   "country:yemen": "Yemeni", "country:kuwait": "Kuwaiti",
                   "country:qatar": "Qatari"}
_AR_ADMIN_HEADS = frozenset(L.fold_ar(w) for w in (
    "محافظة", "محافظه", "مدينة", "مدينه", "قضاء", "ناحية", "ناحيه", "بلدة", "بلده", "ولاية",
    "ولايه"))
_AR_ADMIN_DEFINITE = tuple(sorted(p + h for h in _AR_ADMIN_HEADS for p in ("ال", "لل")))


@lru_cache(maxsize=100_000)
def _admin_head(stems: tuple) -> bool:
    return any(st in _AR_ADMIN_HEADS for _o, st in stems)


_EN_GROUP_NOUNS = frozenset({"factions", "militias", "groups", "militiamen", "paramilitaries"})
_EN_SITE_WORDS = frozenset({"air", "airbase", "airfield", "airport", "base", "camp"})
_AR_TAHALUF = L.fold_ar("تحالف")
_EN_COALITION_NOT = frozenset({"government", "governments", "partner", "partners", "talks",
                               "parties", "party", "deal", "agreement", "cabinet", "bloc"})
_AR_INTERNATIONAL = frozenset(L.fold_ar(w) for w in ("الدولي", "الدولية"))

_EN_FORCE_WORDS = frozenset({"forces", "troops", "army", "military", "soldiers"})
_EN_GROUP_SINGULAR = frozenset({"group", "movement", "militia", "organization", "organisation",
                                "faction", "party", "alliance", "coalition"})
_EN_LOWER_ORG_HEADS = frozenset({"coalition", "alliance", "bloc", "movement", "party", "front",
                                 "brigades", "militia"})
# a unit named after a person ("the Dzhokhar Dudayev battalion", "the Aziz unit"): the unit,
# no person (not after a possessive: "Okello's unit" is his, no name)
_EN_UNIT_HEADS = frozenset({"battalion", "battalions", "regiment", "unit"})
# a lower-case place noun after a capitalised span the name of which it is ("the Qiz Qalasi
# dam"; the noun stays outside the name)
_EN_PLACE_NOUN_AFTER = frozenset({"dam", "river", "valley", "mountains", "district", "village",
                                  "town", "region", "province", "governorate", "bridge",
                                  "lake", "desert", "plain", "neighbourhood", "neighborhood"})
# verbs whose object is a place: an unknown two-word name after them whose first word is no
# usual first name is a place ("visited Qiz Qalasi")
_EN_VISIT_PLACE = frozenset({"visited", "toured"})
_EN_LOWER_PLACE_HEADS = frozenset({"airbase", "airfield", "airport", "base", "camp",
                                   "crossing", "square", "compound", "refinery"})


def _group_antecedent(doc: Doc, noun: str) -> str | None:
    """The organisation most recently named with *noun* as its last word ("Iran-backed armed
    factions" for "the factions"), else None."""
    for m in reversed(doc.ments):
        if m.etype == "Organization" and m.kind == "name":
            words = doc.text[m.start:m.end].lower().split()
            if words and words[-1] == noun:
                return m.eid
    return None


_AR_SITE_HEADS = {L.fold_ar(k): v for k, v in {
    "قاعدة": "Base", "مطار": "Airport", "ساحة": "Square", "معبر": "Crossing", "سجن": "Prison",
    "مخيم": "Camp", "جسر": "Bridge", "مستشفى": "Hospital", "حي": "", "قرية": "",
    "منطقة": ""}.items()}
_AR_SITE_NOT_NAME = frozenset(L.fold_ar(w) for w in (
    "أخرى", "أخرى", "آخر", "ثانية", "ثاني", "جديدة", "جديد", "كبيرة", "كبير", "صغيرة", "صغير",
    "قريبة", "قريب", "قديمة", "قديم", "واحدة", "واحد", "مهمة", "رئيسة", "سابقة", "تابعة",
    "مجاورة", "حدودية", "واسعة", "جوية", "عسكرية", "أمنية", "هذه", "تلك", "ذلك"))
_AR_SITE_ADJ = frozenset(L.fold_ar(w) for w in (
    "الدولي", "الجوية", "الجوي", "العسكرية", "العسكري", "الحدودي", "الحدودية", "المركزي"))


def _head_positions(doc: Doc, s) -> list[int]:
    """Arabic tokens of sentence *s* whose first stem is a head noun of a body, site,
    outlet or region (the steps that refer back to one): the tokens with the pass bit
    ``_B_AR_HEAD`` (no Python loop over the sentence)."""
    if not doc.toks[s.lo].ar:
        return []
    return _positions_in(doc, s.lo, s.hi, _B_AR_HEAD)


def _ar_sites(doc: Doc, si: int, covered: dict[int, Mention], out: list[Mention],
              heads_at: list[int]) -> None:
    """Arabic named sites not in the gazetteer: a site noun and one name word, or a known
    place ("قاعدة حرير" -> Harir Base, "مطار أربيل الدولي" -> Erbil Airport, "ساحة التحرير" ->
    Tahrir Square); English sites are capitalised spans ("Ain al-Asad air base")."""
    s = doc.sents[si]
    toks = doc.toks
    for k in heads_at:
        if k >= s.hi - 1:
            continue
        t = toks[k]
        if not t.ar or t.punct or k in covered or not t.stems:
            continue
        off, head = t.stems[0]
        if head not in _AR_SITE_HEADS or t.key[off:].startswith("ال"):
            continue
        n = toks[k + 1]
        if not n.ar or n.punct:
            continue
        suffix = _AR_SITE_HEADS[head]
        e = k + 2
        inner = covered.get(k + 1)
        if inner is not None:
            if inner.lo != k + 1 or inner.etype != "Location" or not suffix:
                continue
            name = _known_english(doc, inner.eid)  # "مطار أربيل" -> Erbil Airport
            if name is None:
                continue
            e = inner.hi
        else:
            nk = n.key
            if len(nk) < 3 or nk in L.AR_STOP or nk in L.NATIONALITY or _is_adjective(nk) or \
                    nk in _AR_SITE_NOT_NAME or \
                    nk in L.AR_QUALIFIERS or nk in L.AR_COMMON_NOUNS or _may_title(n) or \
                    strip_article_ar(nk) in L.AR_COMMON_NOUNS or _accusative(n.text) or \
                    _imperfect_verb(doc, n) or nk.endswith(("ته", "تها", "هم", "يه", "يين",
                                                             "يون")) or \
                    (nk.endswith("ي") and len(nk) > 4):
                continue  # "قاعدة عسكرية": an adjective, no name
            name = transliterate_ar(n.text, doc.gaz.ar_latin)
            if name.lower().startswith("al-"):
                name = name[3:]
            name = name[:1].upper() + name[1:]
        while e < s.hi and toks[e].ar and toks[e].key in _AR_SITE_ADJ:
            e += 1  # "الدولي", "الجوية": part of the site's name
        latin = f"{name} {suffix}".strip()
        eid = doc.new_entity("Location", latin, core_tokens(latin))
        doc._add_alias(eid, doc.text[t.start + off:toks[e - 1].end])
        if inner is not None and inner in out:
            out.remove(inner)
        me = _ment_at(doc, si, k, e, eid, off=off, prefix=t.key[:off])
        out.append(me)
        for x in range(k, e):
            covered[x] = me


_AR_OUTLET_NOUNS = frozenset(L.fold_ar(w) for w in ("صحيفة", "وكالة", "قناة", "شبكة", "إذاعة"))
_AR_SAME = frozenset(L.fold_ar(w) for w in ("ذاتها", "نفسها", "ذاته", "نفسه"))
_EN_OUTLET_REF = frozenset({"newspaper", "paper", "agency", "channel", "broadcaster",
                            "daily", "website"})


def _fuzzy_place(doc: Doc, t: Tok) -> str | None:
    """A known place or country spelled otherwise ("كوردستان" ~ كردستان); not an
    adjective (كوردستاني)."""
    if not t.ar or t.punct or len(t.key) < 4 or t.key.endswith(("ي", "يه")):
        return None
    return doc.gaz.fuzzy_person([strip_article_ar(t.key)], doc.mentioned_ids(),
                                types=("Location", "Country"))


def _translated_bodies(doc: Doc, si: int, covered: dict[int, Mention],
                       out: list[Mention], heads_at: list[int]) -> None:
    """Arabic institutions named with common words, under their English name (the heads
    and forms are in ``arabic_bodies``): "جهاز الأمن الوطني العراقي" -> Iraqi National
    Security Service, "حكومة إقليم كردستان" / "حكومة الإقليم" -> Kurdistan Regional
    Government; "الإقليم" alone -> the region named before."""
    s = doc.sents[si]
    toks = doc.toks
    for k in heads_at:
        if k >= s.hi - 1:
            break
        t = toks[k]
        if k in covered:
            continue
        off, head = t.stems[0]
        if head not in AB.HEADS or t.key[off:].startswith("ال"):
            continue  # a definite head (الحكومة) is a common noun
        words: list[tuple[str, str | None]] = []
        ends: list[int] = []
        x = k + 1
        while x < s.hi and len(words) < 6:
            tx = toks[x]
            if not tx.ar or tx.punct:
                break
            cm = covered.get(x)
            if cm is not None:
                if cm.lo != x or cm.etype not in ("Location", "Country"):
                    break
                name = _known_english(doc, cm.eid)
                if name is None:
                    break
                words.append((tx.key, name))
                x = cm.hi
                ends.append(x)
                continue
            stem, _definite, _of = AB.split_word(tx.key)
            if stem == _IQLIM and not tx.key.startswith(("ال", "لل")) and x + 1 < s.hi:
                place = _fuzzy_place(doc, toks[x + 1])
                name = _known_english(doc, place) if place else None
                if name is not None and name.endswith(" Region"):
                    words.append((tx.key, name))  # "إقليم كوردستان": Kurdistan Region
                    x += 2
                    ends.append(x)
                    continue
            if stem in _AR_ANAPHOR_HEADS and tx.key.startswith(("ال", "لل")) and \
                    stem == L.fold_ar("إقليم"):
                ante = _ar_head_antecedent(doc, out, stem, x)
                name = _known_english(doc, ante) if ante else None
                if name is None:
                    break
                words.append((tx.key, name))  # "حكومة الإقليم": the region named before
                x += 1
                ends.append(x)
                continue
            if tx.key in L.NATIONALITY or stem in AB.NOUNS or stem in AB.ADJECTIVES:
                words.append((tx.key, None))
                x += 1
                ends.append(x)
                continue
            break
        latin = None
        while words and latin is None:
            latin = AB.translate(head, words)
            if latin is None:
                words.pop()  # the longest prefix that translates
                ends.pop()
        if latin is None:
            continue
        e = ends[-1]
        eid = doc.new_entity("Organization", latin, core_tokens(latin))
        doc._add_alias(eid, doc.text[toks[k].start + off:toks[e - 1].end])
        for x in range(k + 1, e):
            if x in covered:
                old = covered[x]
                if old in out:
                    out.remove(old)
        me = _ment_at(doc, si, k, e, eid, off=off, prefix=t.key[:off])
        out.append(me)
        for x in range(k, e):
            covered[x] = me


_AR_ANAPHOR_HEADS = frozenset(L.fold_ar(w) for w in (
    "كتائب", "حزب", "هيئة", "حركة", "منظمة", "تحالف", "ائتلاف", "تيار", "جبهة", "إقليم",
    "فيلق", "عصائب", "سرايا", "تنظيم"))


_ALL_AR_HEADS = frozenset(AB.HEADS) | _AR_ANAPHOR_HEADS | frozenset(_AR_SITE_HEADS) | \
    _AR_OUTLET_NOUNS


def _ar_head_antecedent(doc: Doc, out: list[Mention], head: str, k: int) -> str | None:
    """The body or region most recently named (this sentence before token *k*, else
    earlier) whose name begins with the noun *head*."""
    toks = doc.toks
    cur = sorted((m for m in out if m.hi <= k), key=lambda m: m.lo)
    for m in itertools.chain(reversed(cur), reversed(doc.ments)):
        if m.kind != "name" or m.etype not in ("Organization", "Location") or m.hi - m.lo < 2:
            continue
        t0 = toks[m.lo]
        if t0.ar and (t0.key == head or any(st == head for _o, st in t0.stems)):
            return m.eid
    return None


_ACRONYM_SKIP = frozenset({"of", "the", "in", "and", "for", "al", "el", "-"})


def _acronym_of(doc: Doc, out: list[Mention], acro: str) -> str | None:
    """An organisation named in full in this article (or earlier in the run) whose
    initials are *acro* ("KRG" -> Kurdistan Regional Government, "PUK" -> Patriotic Union
    of Kurdistan)."""
    acro = acro.upper()
    names: list[tuple[str, str]] = []
    toks = doc.toks
    for m in itertools.chain(reversed(out), reversed(doc.ments)):
        if m.etype == "Organization" and m.kind == "name" and not toks[m.lo].ar:
            names.append((m.eid, doc.text[m.start:m.end]))
    for eid, ent in doc.session.get("ents", {}).items():
        if ent.get("type") == "Organization":
            names.append((eid, ent.get("name", "")))
    for eid, name in names:
        words = [w for w in re.split(r"[\s-]+", name) if w and w.lower() not in _ACRONYM_SKIP]
        if len(words) == len(acro) and "".join(w[0] for w in words).upper() == acro:
            if eid not in doc.new_entities and eid in doc.session.get("ents", {}):
                doc.new_entities[eid] = dict(doc.session["ents"][eid])
            return eid
    return None


def _org_short_ref(doc: Doc, out: list[Mention], words: list[str]) -> str | None:
    """An organisation named before (in full, two words or more) whose name ends or
    begins with *words* (English keys)."""
    if not words:
        return None
    toks = doc.toks
    n = len(words)
    words_t = tuple(words)
    # the Latin multi-word bodies and sites named so far with their name words (kept up to
    # date as ments grows; the span and type of such a mention never change)
    cache = doc.state.setdefault("_affix", [0, []])
    if cache[0] != len(doc.ments):
        for m in doc.ments[cache[0]:]:
            if m.kind == "name" and m.etype in ("Organization", "Location") and \
                    m.hi - m.lo >= 2 and not toks[m.lo].ar:
                cache[1].append((m, _affix_words(toks, m)))
        cache[0] = len(doc.ments)
    cands = [(m, _affix_words(toks, m)) for m in out if m.kind == "name" and
             m.etype in ("Organization", "Location") and m.hi - m.lo >= 2 and
             not toks[m.lo].ar]
    for m, full in itertools.chain(reversed(cands), reversed(cache[1])):
        if len(full) <= n:
            continue
        if m.etype == "Location":
            # "K1" after "the K1 air base": a site's name without its head
            if full[:n] == words_t and full[n] in _EN_SITE_WORDS:
                return m.eid
            continue
        if full[-n:] == words_t or full[:n] == words_t:
            return m.eid
    return None


def _affix_words(toks: list[Tok], m: Mention) -> tuple[str, ...]:
    """The name words of a Latin mention (keys without punctuation and al-/el-)."""
    return tuple(toks[x].key for x in range(m.lo, m.hi)
                 if not toks[x].punct and toks[x].key not in ("al", "el", "-"))


_CAPITAL_KEYS = ("capital", "العاصمه", "والعاصمه", "بالعاصمه", "للعاصمه", "capital's")
