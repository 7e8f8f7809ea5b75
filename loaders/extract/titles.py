"""Title cues in both languages (الرئيس، رئيس الوزراء، الجنرال، قائد، زعيم؛ President, Prime
Minister, General, commander, leader, head, deputy ...): where a title phrase starts and
ends (``_title_at``), the nationality or body around it, the name after it (known: the
role is attached; unknown: a new person), or, without a name, a description resolved by
coreference (``_titles``, step 2 of ``find_mentions``)."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from operator import attrgetter
from typing import TYPE_CHECKING

from loaders.extract import given_names as GN
from loaders.extract import lexicon as L
from loaders.extract.appositive_names import apposed_name_en, ranked_name_after_of_en
from loaders.extract.arabic_names import (
    _ar_given_first,
    _ar_name_before,
    _ar_name_span,
    _ar_name_word,
    _bare_word,
    _family_shaped,
    profession_word_ar,
)
from loaders.extract.coreference import (
    AR_DEAD_QUALS,
    EN_DEAD_QUALS,
    counterpart_peer,
    deceased_person,
    resolve_description,
    same_sentence_antecedent,
)
from loaders.extract.description_fit import apposed_description_en
from loaders.extract.foreign_names_ar import foreign_run
from loaders.extract.given_alike import other_country_person
from loaders.extract.list_qualifiers_ar import coordinated_qualifier_ar
from loaders.extract.lone_surname_ar import lone_rank_surname_ar
from loaders.extract.mention_base import (
    _B_TITLE,
    _EN_BODY_LAST,
    _EN_NAME_HONORIFICS,
    AR_PARTICLE_TOKENS,
    QUOTES,
    Mention,
    _accusative,
    _before_is_the,
    _cap_run,
    _given_name_full,
    _is_adjective,
    _known_english,
    _ment_at,
    _name_with_surname,
    _positions,
    _resolve_name,
    _surname_after,
    _title_firsts,
    _Work,
)
from loaders.extract.rule_common import title_start
from loaders.extract.state_heads_ar import state_name_end
from loaders.extract.tokens import Sentence, Tok
from loaders.extract.unit_ranks_ar import unit_not_rank_ar
from loaders.textnorm import (
    core_tokens,
    normalize,
    strip_article_ar,
)

if TYPE_CHECKING:
    from loaders.extract.mentions import Doc

# the outgoing holder between a title and a name: "الرئيس المنتهية ولايته X" (two words)
_AR_ENDED = L._ar("المنتهية", "المنتهي")
# a country after these words in a title is where the person serves, not his nationality
_POSTED_IN = frozenset({"في", "لدى", "الى", "to", "in"})


_MAY_TITLE: dict[str, bool] = {}  # token text -> _may_title


def _name_follows_ar(doc: Doc, covered: dict[int, Mention], j: int, hi: int) -> bool:
    """Arabic: token *j* goes on a person's name after a first name ("بن", a usual given
    name, a known name word or a family-name shape; no place, body or definite noun)."""
    if j >= hi or j in covered:
        return False
    t = doc.toks[j]
    if not t.ar or t.punct or t.key.startswith("ال"):
        return False
    return t.key in ("بن", "ابن") or t.key in GN.ALL or t.key in doc.gaz.ar_latin or \
        GN.family_name_shape(t.key)


def _kin_family_name(doc: Doc, covered: dict[int, Mention], k: int) -> str:
    """" <family name>" of the person named right before the kin word at *k* ("بافل طالباني
    وشقيقه قوباد": " طالباني", so the brother is Qubad Talabani), else ""."""
    m = covered.get(k - 1)
    if m is None or m.etype != "Person" or m.hi != k or m.kind != "name" or m.hi - m.lo < 2:
        return ""
    last = doc.toks[m.hi - 1]
    return "" if not last.ar or last.key in GN.ALL else " " + last.text


# capitalised function and time words that never start a name after a title ("The
# Governor Of Nineveh Province", "MP For Kirkuk", "Interior Minister Monday Statement"); not
# "Said" (a given name) nor "May"
_EN_NOT_FIRST = L.EN_STOP - {"said", "may"}


def _en_function_first(key: str) -> bool:
    """Is the English word *key* a function or time word that never opens a name?"""
    return key in _EN_NOT_FIRST


def _may_title(t: Tok) -> bool:
    """Cheap test: can a title phrase start at this token? (cached per token text)"""
    hit = _MAY_TITLE.get(t.text)
    if hit is None:
        if t.punct:
            hit = False
        elif t.ar:
            hit = _may_title_ar(t.key, t.stems)
        else:
            hit = t.key in L.EN_TITLE_FIRST
        if len(_MAY_TITLE) > 200_000:
            _MAY_TITLE.clear()
        _MAY_TITLE[t.text] = hit
    return hit


@lru_cache(maxsize=100_000)
def _may_title_ar(key: str, stems: tuple) -> bool:
    return any(st in L.AR_TITLE_FIRST for st in (key, *(x[1] for x in stems)))


@lru_cache(maxsize=100_000)
def _title_firsts_known(key: str, stems: tuple) -> tuple[str, ...]:
    """``_title_firsts`` that can begin a title (with or without the article)."""
    return tuple(st for st in _title_firsts(key, stems) if st in L.AR_TITLE_FIRST)


def _title_lengths(titles: dict[str, str]) -> dict[str, tuple[int, ...]]:
    """First word -> the word counts (4, 3, 2, 1 at most, longest first) of titles it begins
    (four: "youth and sports minister")."""
    lengths: dict[str, set[int]] = {}
    for title in titles:
        words = title.split()
        lengths.setdefault(words[0], set()).add(len(words))
    return {w: tuple(n for n in (4, 3, 2, 1) if n in ns) for w, ns in lengths.items()}


_AR_TITLE_LENGTHS = _title_lengths(L.AR_TITLES)
_EN_TITLE_LENGTHS = _title_lengths(L.EN_TITLES)


@lru_cache(maxsize=10_000)
def _ar_title_lengths(stem: str) -> tuple[int, ...]:
    """Word counts worth trying for an Arabic title starting with *stem* (the title may carry
    the article the stem lacks)."""
    ns = set(_AR_TITLE_LENGTHS.get(stem, ()))
    if not stem.startswith("ال"):
        ns.update(_AR_TITLE_LENGTHS.get("ال" + stem, ()))
    return tuple(n for n in (3, 2, 1) if n in ns)


_TITLE_FIRSTS_KNOWN: dict[str, tuple[str, ...]] = {}  # token text -> _title_firsts_known


def _named_in_apposition_en(doc: Doc, covered: dict[int, Mention], y: int, hi: int) -> bool:
    """English: does the description ending at token *y* have its holder named in an
    apposition right after it ("the army chief of staff, Lt. Gen. X", "the national security
    adviser, X")? Up to three lower-case words ("of staff") may end the description first."""
    toks = doc.toks
    if y < hi and toks[y].key == "of":
        z = y + 1
        while z < hi and z - y <= 3 and not toks[z].cap and not toks[z].punct:
            z += 1
        y = z
    if y + 1 >= hi or toks[y].text != ",":
        return False
    m = covered.get(y + 1)
    if m is not None:
        return m.lo == y + 1 and m.etype == "Person"
    return _title_at(doc, y + 1, hi) is not None and toks[y + 1].cap


def _title_at(doc: Doc, k: int, hi: int) -> tuple[int, str, str] | None:
    """A title phrase starting at token *k*: (end token, role kind, folded title)."""
    if not doc.pass_bits[k] & _B_TITLE:
        return None  # = not _may_title(toks[k])
    toks = doc.toks
    t = toks[k]
    if t.ar:
        firsts = _TITLE_FIRSTS_KNOWN.get(t.text)
        if firsts is None:
            if len(_TITLE_FIRSTS_KNOWN) > 200_000:
                _TITLE_FIRSTS_KNOWN.clear()
            firsts = _TITLE_FIRSTS_KNOWN[t.text] = _title_firsts_known(t.key, t.stems)
        for stem in firsts:
            for n in _ar_title_lengths(stem):
                if k + n > hi:
                    continue
                phrase = stem  # (the words joined by spaces, without a list per try)
                for j in range(1, n):
                    phrase += " " + toks[k + j].key
                # 'الرئيس' folded keeps the article; titles are stored folded with article
                for cand in (phrase, "ال" + phrase if not phrase.startswith("ال") else phrase):
                    if cand in L.AR_TITLES:
                        if n == 1 and cand in ("امر", "الامر") and "آ" not in t.text:
                            continue  # أمر "ordered" / "order", not آمر "commander"
                        if cand == _AR_RULER and ("ال" + cand) in t.key:
                            continue  # "الحزب الحاكم": ruling, not "حاكم دبي" (ruler)
                        return k + n, L.AR_TITLES[cand], cand
        return None
    key = t.key
    if key not in L.EN_TITLE_FIRST:
        return None
    for n in _EN_TITLE_LENGTHS.get(key, ()):
        if k + n > hi:
            continue
        parts: list[str] = []
        j = k
        while len(parts) < n and j < hi:
            if toks[j].text in (".",) and parts:
                j += 1
                continue
            if toks[j].punct and toks[j].text != "-":
                break
            if toks[j].text != "-":
                parts.append(toks[j].key)
            j += 1
        phrase = " ".join(parts)
        if len(parts) == n and phrase in L.EN_TITLES:
            if j < hi and toks[j].text == ".":
                j += 1
            return j, L.EN_TITLES[phrase], phrase
    return None


# words between an Arabic title and the name that are neither (a time adverb, "on its behalf")
_AR_TITLE_FILLERS = frozenset(L.fold_ar(w) for w in (
    "آنذاك", "حينها", "حينذاك", "وقتها", "وقتذاك", "يومها", "يومذاك", "باسمه", "باسمها",
    "باسمهم", "باسمهما", "بدوره", "بدورها",
    "بالوكالة", "بالنيابة", "بالإنابة"))  # "المحافظ بالوكالة X": the acting governor
_AR_ACTING = L.fold_ar("القائم بأعمال")
# title words without the article that are also given names (session 13)
_AR_GIVEN_TITLES = L._ar("أمير", "سلطان")
# a period qualifying the office: "رئيس الجمهورية ... في المرحلة الانتقالية X" (session 13)
_AR_PERIOD_PREPS = frozenset(L.fold_ar(w) for w in ("في", "خلال"))
_AR_PERIOD_NOUNS = frozenset(L.fold_ar(w) for w in ("المرحلة", "الفترة"))
_AR_PERIOD_ADJS = frozenset(L.fold_ar(w) for w in ("الانتقالية", "المؤقتة", "الانتقاليه"))
_AR_RULER = L.fold_ar("حاكم")  # an office only without the article (session 12)
# governor: the (definite) province follows the title ("محافظ السليمانية X")
_AR_GOVERNOR = frozenset(L.fold_ar(w) for w in ("محافظ", "المحافظ"))

# titles of people posted somewhere: the place after them is part of the title
_POSTED_TITLES = frozenset({L.fold_ar(w).replace("اا", "ا") for w in (
    "السفير", "سفير", "المبعوث", "مبعوث", "القنصل", "قنصل", "الممثل", "ممثل",
    # (a woman: "السفيرة الأميركية لدى العراق X", session 19)
    "السفيرة", "سفيرة", "المبعوثة", "مبعوثة", "القنصلة", "قنصلة", "الممثلة", "ممثلة")} |
    {"ambassador", "envoy", "consul", "representative"})

# indefinite accusative head roles ("عُيّن X قائداً لـY"): predicates, never a description
# of the body's (former) leader
_AR_ACC_ROLES = frozenset({"قائدا", "زعيما", "رئيسا", "امينا", "مديرا"})


_NEW_OLD = L.NEW_WORDS | L.OLD_WORDS
_EN_DETERMINERS = frozenset({"the", "a", "an"})
# English words between a name and a title in apposition to it ("X, the new Iranian general")
_APPOSITION_SKIP = frozenset({"the", "a", "an"}) | frozenset(L.NATIONALITY) | L.EN_QUALIFIERS
_KEY = attrgetter("key")


def _other_nationality(doc: Doc, eid: str, k: int, tend: int) -> bool:
    """Does the title phrase at *k* (its words and the next one) name a nationality other
    than the known one of person *eid*? Then the phrase is no apposition to that person."""
    own = doc.country_of(eid)
    if own is None:
        return False
    for x in range(k, min(len(doc.toks), tend + 1)):
        nat = L.NATIONALITY.get(doc.toks[x].key)
        if nat is not None:
            return nat != own
    return False


def _titles(w: _Work) -> None:
    """Title cues ("الرئيس", "رئيس الوزراء", "قائد فيلق القدس"; "President", "Prime
    Minister", "Quds Force commander") with the nationality or body around them, then: a known
    name gets the role; an unknown name after it becomes a new entity ("وزير الخارجية العراقي
    فؤاد حسين", "Iraqi Foreign Minister Fuad Hussein"); without a name, the title is a
    description resolved to the person holding that role ("المسؤول العسكري الإيراني البارز",
    "the Quds Force commander") or left for cataphora."""
    doc, si, s, toks, covered, out = w.doc, w.si, w.s, w.toks, w.covered, w.out
    starts = _positions(doc, s.lo, s.hi, _B_TITLE)
    start_set = set(starts)
    k = starts[0] if starts else s.hi
    while k < s.hi:
        if k not in start_set:
            nxt = bisect.bisect_right(starts, k)
            k = starts[nxt] if nxt < len(starts) else s.hi
            continue
        if k in covered:  # (a name that starts with its title is handled as a name)
            k += 1
            continue
        tt = _title_at(doc, k, s.hi)
        if tt is None:
            k += 1
            continue
        tend, role, phrase = tt
        if not toks[k].ar and toks[k].cap and role == "plain" and tend in covered and \
                covered[tend].lo == tend and covered[tend].etype == "Organization":
            k = tend  # "the (U.N.) General Assembly": a body's name, no general (session 16)
            continue
        if toks[k].ar and k > s.lo and not toks[k - 1].punct and \
                any(st in _AR_NAMED_PLACES and not toks[k - 1].key[:-len(st)].endswith("ال")
                    for _o, st in toks[k - 1].stems):
            k = tend  # "مطار الملك خالد الدولي", "جامعة الإمام الصادق": a place named after
            continue  # someone, no person of the piece
        if toks[k].ar and k > s.lo and toks[k].stems and \
                toks[k].stems[-1][1] in _AR_PRESS_ADJ and \
                any(st in _AR_EVENT_NOUNS for _o, st in toks[k - 1].stems):
            k += 1  # "مؤتمر صحفي مشترك", "في المؤتمر الصحفي": an adjective, no journalist
            continue
        if toks[k].ar and toks[k].key in _AR_TEAM and _team_not_rank(doc, covered, k, s.hi):
            k += 1  # "فريق سعودي", "وفريق أممي": a team, no lieutenant general (session 16)
            continue
        if toks[k].ar and k > s.lo and toks[k].key in L.AR_ABD_TITLES and \
                any(st == "عبد" for _o, st in toks[k - 1].stems):
            k += 1  # "عبد الأمير جاسم", "عبد الملك X": a given name, no prince or king
            continue
        if toks[k].ar and tend == k + 1 and toks[k].key == "شيخ" and k > s.lo and \
                (k - 1) not in covered and _ar_given_first(doc, toks[k - 1]) is not None and \
                _name_follows_ar(doc, covered, k + 1, s.hi):
            k += 1  # "حسن شيخ محمود": شيخ inside a (Somali) name, no title
            continue
        if toks[k].ar and tend == k + 1 and toks[k].key in _AR_GIVEN_TITLES and \
                _name_follows_ar(doc, covered, k + 1, s.hi):
            k += 1  # "أمير موسوي", "سلطان بن سلمان": a first name, no emir or sultan
            continue
        if tend - k > 1:
            # "رئيس البرلمان العراقي": a named body inside the phrase ends the title there
            cut = next((x for x in range(k + 1, tend) if x in covered and covered[x].lo == x
                        and covered[x].etype in ("Organization", "Country")), None)
            short = _title_at(doc, k, cut) if cut is not None else None
            if short is not None:
                tend, role, phrase = short
        if toks[k].ar and k > s.lo and toks[k - 1].key in _AR_AIDES and role != "plain":
            role = "plain"  # "مساعد رئيس السلطة القضائية ... X": his aide, not the head
        role_org = role_nat = qual = None
        of_the = mp = False
        pb = k - 1
        while pb >= s.lo and (toks[pb].text in (",", "،") or (
                not toks[pb].ar and toks[pb].key in _APPOSITION_SKIP)):
            pb -= 1  # "X, the (new) Iranian general who ...": an apposition to X
        appositive = pb >= s.lo and pb in covered and covered[pb].etype == "Person" and \
            covered[pb].hi == pb + 1 and covered[pb].kind == "name" and \
            not (toks[k].ar and toks[k].stems and toks[k].stems[-1][0] > 0) and \
            not (toks[k].ar and toks[k].key.startswith("و") and toks[k].key not in L.AR_TITLES) \
            and not (toks[k].ar and pb == k - 1 and toks[k].key.startswith("نظير"))
        # ("التقى X نظيرَه العراقي": the verb's object after its subject, no apposition)
        if appositive and toks[k].ar and pb == k - 1 and \
                _other_nationality(doc, covered[pb].eid, k, tend):
            appositive = False  # "التقى خامنئي الرئيسَ العراقي": an Iranian is no Iraqi president
        vso_obj = appositive and toks[k].ar and pb == k - 1 and \
            _vso_subject(doc, covered[pb], s.lo)  # "واستقبل X المحافظ الجديد في": an object
        in_title: list[Mention] = []
        j = tend
        # modifiers before the title (English: "Iraqi Prime Minister", "Quds Force commander")
        b = k - 1
        while b >= s.lo and ((toks[b].punct and toks[b].text in QUOTES) or (
                not toks[b].ar and toks[b].key in L.EN_QUALIFIERS and b not in covered)):
            b -= 1
        # "Kataib Hezbollah's security official X": a lower-case field word between a
        # possessive body and the title
        tb = toks[b] if b >= s.lo else None  # (the word before must be such a word)
        for back in ((1, 2) if tb is not None and not tb.ar and not tb.cap and
                     b not in covered and tb.key not in L.EN_STOP and tb.key.isalpha() and
                     tb.key not in L.NATIONALITY else ()):
            ob = b - back + 1
            if b >= s.lo and ob - 1 >= s.lo and (ob - 1) in covered and all(
                    not toks[x].ar and toks[x].key.isalpha() and not toks[x].cap and
                    toks[x].key not in L.EN_STOP and x not in covered and
                    toks[x].key not in L.NATIONALITY for x in range(ob, b + 1)) \
                    and (covered[ob - 1].poss or (
                        covered[ob - 1].etype == "Organization" and
                        all(toks[x].key in _EN_FIELD_WORDS for x in range(ob, b + 1)))) and \
                    covered[ob - 1].etype in ("Organization", "Country"):
                b = ob - 1  # "Kataib Hezbollah's security official", "Hamas political
                break  # bureau chief"
        if b >= s.lo and not toks[b].ar:
            if b in covered and covered[b].etype in ("Organization", "Country"):
                role_org = covered[b].eid
                in_title.append(covered[b])
                ib = covered[b].lo - 1
                while ib >= s.lo and toks[ib].key in L.EN_QUALIFIERS:
                    ib -= 1
                if role == "lead" and ib >= s.lo and toks[ib].key in ("a", "an") and \
                        covered[b].etype == "Organization":
                    role = "member"  # "a senior Kataib Hezbollah commander, X"
            elif toks[b].key in L.NATIONALITY:
                role_nat = L.NATIONALITY[toks[b].key]
            bb = b - 1 if b not in covered else covered[b].lo - 1
            if bb >= s.lo and toks[bb].key in L.NATIONALITY:
                role_nat = role_nat or L.NATIONALITY[toks[bb].key]
            for q in range(max(s.lo, k - 4), k) if not _NEW_OLD.isdisjoint(
                    map(_KEY, toks[max(s.lo, k - 4):k])) else ():
                if any(toks[y].key in _EN_DETERMINERS for y in range(q + 1, k)):
                    continue  # "Israel killed the Hamas official": a verb before the phrase
                if toks[q].key in L.NEW_WORDS:
                    qual = "new"
                elif toks[q].key in L.OLD_WORDS:
                    qual = "old"
        # modifiers after the title
        steps = 0
        adv_at = None
        stacked_end, stacked = -1, phrase  # a second title read after this one, its phrase
        while j < s.hi and steps < 8:
            t = toks[j]
            steps += 1
            if t.punct and (t.text in QUOTES or t.text in ("ـ", "-")):
                j += 1
                continue
            if t.text == "(" and (role_org or role_nat):
                # "المتحدث باسم وزارة الدفاع الأميركية (البنتاغون) جون كيربي": an aside
                close = next((x for x in range(j + 1, min(s.hi, j + 6))
                              if toks[x].text == ")"), None)
                if close is not None:
                    j = close + 1
                    continue
            if toks[k].ar and role_org is None and phrase.endswith("عمليات") and \
                    j not in covered and t.ar and not t.punct and not _may_title(t) and \
                    len(t.key) >= 3 and t.key not in L.AR_STOP and not _is_adjective(t.key):
                # "قائد عمليات نينوى X": an operations command named after its area
                pid = doc.new_entity("Location", t.text, [strip_article_ar(t.key)])
                pm = _ment_at(doc, si, j, j + 1, pid)
                out.append(pm)
                covered[j] = pm
            if j in covered and covered[j].etype == "Location" and covered[j].lo == j and \
                    toks[k].ar:
                place = _known_english(doc, covered[j].eid)
                if role_org is None and place and phrase.endswith("عمليات"):
                    # "قائد عمليات بغداد X": the Baghdad Operations Command
                    place = re.sub(r"^(?i:al)[- ]", "", place)
                    latin = f"{place[:1].upper()}{place[1:]} Operations Command"
                    role_org = doc.new_entity("Organization", latin, core_tokens(latin))
                elif role_org is None and place and place.endswith(" Region") and \
                        role in ("lead", "head_state") and phrase.lstrip("ال") == "رييس":
                    role_org = covered[j].eid  # "رئيس إقليم كردستان X" leads the region
                j = covered[j].hi  # "رئيس إقليم كردستان ..."
                continue
            if j in covered and covered[j].etype in ("Organization", "Country") and \
                    covered[j].lo == j:
                mm = covered[j]
                if mm.etype == "Organization" and (role_org is None or
                                                   doc.etype(role_org) == "Country"):
                    role_org = mm.eid
                elif mm.etype == "Country" and role_org is None:
                    role_org = mm.eid
                if mm.etype == "Country" and role_nat is None and \
                        toks[j - 1].key not in _POSTED_IN:
                    role_nat = mm.eid  # (not the posting: "الممثل الخاص ... في العراق X")
                in_title.append(mm)
                j = mm.hi
                if mm.poss and not t.ar:
                    # "head of Hezbollah's liaison unit, X": the head of a part of the body,
                    # one of its members (not its leader)
                    sub = j
                    while sub < s.hi and sub - j < 3 and not toks[sub].cap and \
                            toks[sub].key.isalpha() and toks[sub].key not in L.EN_STOP:
                        sub += 1
                    if sub > j:
                        role = "member" if role == "lead" else role
                        j = sub
                continue
            key = t.key
            stem = t.stems[-1][1] if t.stems else key
            if t.ar and (key in _AR_TITLE_FILLERS or (
                    _is_adjective(key) and (j - 1) in covered and
                    covered[j - 1].etype == "Organization") or (
                    j == tend and phrase in _AR_GOVERNOR and key.startswith("ال") and
                    j not in covered and j + 1 < s.hi and toks[j + 1].ar and
                    key not in L.AR_QUALIFIERS)):  # (not "المحافظ الجديد": a qualifier)
                # "الرئيس الأميركي آنذاك X", "المتحدث باسمه X", "لحركة الجهاد الإسلامي X",
                # "محافظ السليمانية X"
                j += 1
                continue
            if t.ar and key.startswith("وال") and len(key) > 5 and (j - 1) in covered and \
                    covered[j - 1].hi == j and covered[j - 1].etype == "Organization" and \
                    key[1:] not in L.AR_TITLE_FIRST and j + 1 < s.hi and toks[j + 1].ar and \
                    ((j + 1) not in covered and doc.gaz.is_given_name(toks[j + 1].key) or
                     (j + 1) in covered and covered[j + 1].lo == j + 1 and
                     covered[j + 1].etype == "Person"):
                j += 1  # "رئيس منظمة التخطيط والموازنة X": the body's name goes on (session 18);
                # X unknown or a known person (the title then reaches X:
                # core_recall_meetings.commander_of)
                continue
            if t.ar and (j + 1) in covered and covered[j + 1].lo == j + 1 and \
                    covered[j + 1].etype == "Person" and profession_word_ar(key):
                j += 1  # "نائب وزير الخارجية المهندس X": "engineer" before the name (session 18)
                continue
            if t.ar and phrase in L.AR_PLURAL_TITLES and key.startswith("ال") and \
                    len(key) > 5 and key.endswith(("يان", "يين", "يتان", "يتين")):
                j += 1  # "الصحافيان الكرديان X وY": the adjective agrees with the title
                continue
            if key == "then" and not t.ar:
                break  # "The general then flew": an adverb, no "then-general" (session 16)
            if t.ar and key in _AR_ENDED and j + 1 < s.hi and \
                    toks[j + 1].key.startswith(("ولايت", "عهدت")):
                qual = "old"  # "الرئيس المنتهية ولايته X" / "المنتهية عهدته" (the outgoing)
                j += 2
                continue
            if key in L.AR_QUALIFIERS or key in L.EN_QUALIFIERS:
                if key in L.NEW_WORDS:
                    qual = "new"
                elif key in L.OLD_WORDS:
                    qual = "old"
                j += 1
                continue
            if key in L.NATIONALITY:
                role_nat = role_nat or L.NATIONALITY[key]
                j += 1
                continue
            if t.ar and toks[k].ar and _unlisted_nisba(doc, covered, j, s.hi):
                j += 1  # "الرئيس الأرميني X", "نظيره الأذربيجاني X": an adjective the
                continue  # lexicon lacks, then a name of two words or more
            if phrase in _POSTED_TITLES and key in ("في", "لدي", "الي", "to", "in") and \
                    j + 1 in covered and covered[j + 1].lo == j + 1 and \
                    covered[j + 1].etype in ("Location", "Country"):
                in_title.append(covered[j + 1])
                j = covered[j + 1].hi  # "السفير الإيراني في بغداد X", "ambassador to Iraq X"
                continue
            if phrase in _POSTED_TITLES and key in ("الي", "لدي", "في") and t.ar:
                # "المبعوث الأميركي الخاص إلى الشرق الأوسط X": a region not named as a place
                dj = j + 1
                while dj < s.hi and dj - j <= 2 and dj not in covered and \
                        toks[dj].key.startswith("ال") and not _may_title(toks[dj]):
                    dj += 1
                if dj > j + 1 and dj < s.hi and toks[dj].ar and \
                        _ar_given_first(doc, toks[dj]) is not None:
                    j = dj
                    continue
            if t.ar and key == "عن" and j == tend and phrase in _AR_MP:
                # "النائب عن ائتلاف «دولة القانون» X": a member of parliament for a bloc
                j, org = _mp_bloc_end(doc, covered, j + 1, s.hi)
                role, mp = "member", True
                if org is not None:
                    in_title.append(org)
                    role_org = role_org or (org.eid if org.etype == "Organization" else None)
                break
            if t.ar and key[:1] in "لو" and j not in covered and (j - tend < 4 or
                                                                  j == stacked_end):
                pe = _portfolio_end(doc, covered, j, s.hi,
                                    stacked if j == stacked_end else phrase)
                if pe > j:
                    j = pe  # "مستشار رئيس الوزراء للشؤون الأمنية X", "وزير الطرق وبناء
                    continue  # المدن X", "المستشارة الخاصة للرئيس السوري X"
            if t.ar and key in _AR_PERIOD_PREPS and j + 2 < s.hi and \
                    toks[j + 1].key in _AR_PERIOD_NOUNS and toks[j + 2].key in _AR_PERIOD_ADJS:
                j += 3  # "رئيس الجمهورية العربية السورية في المرحلة الانتقالية X"
                continue
            if key in ("في", "ل", "لل", "of", "the", "لـ", "in", "for", "at", "باسم") or (
                    t.ar and key in AR_PARTICLE_TOKENS):
                # "head of the PMF", "قائد فيلق القدس في الحرس الثوري"
                nxt = j + 1
                while nxt < s.hi and toks[nxt].punct and toks[nxt].text in QUOTES:
                    nxt += 1
                if key in ("of", "for", "in", "at") and nxt + 1 < s.hi and \
                        toks[nxt].key == "the" and nxt + 1 in covered:
                    nxt += 1  # "a spokesman for the Revolutionary Guards, X"
                    of_the = True  # only with a name after it (no description)
                if nxt in covered and covered[nxt].etype in ("Organization", "Country"):
                    if role_org is None and key in ("في", "in") and role == "lead" and \
                            covered[nxt].etype == "Organization":
                        role = "member"  # "القائد في الحرس الثوري": a commander in the IRGC
                    elif role_org is None and key in ("في", "in") and role == "plain" and \
                            covered[nxt].etype == "Organization" and \
                            phrase.lstrip("ال").startswith(("وزير", "minister")):
                        role = "member"  # "وزير ... في حكومة الإقليم X": in its cabinet
                    j = nxt
                    continue
                if key == "the" and nxt < s.hi:
                    j = nxt
                    continue
                break
            if t.ar and stem in ("زعامه", "قياده", "رياسه") and j + 1 < s.hi:
                j += 1
                continue
            if t.ar and (key in L.AR_COMMON_NOUNS or stem in L.AR_COMMON_NOUNS or
                         _possessed_noun(key)) and phrase not in L.AR_NAME_ONLY_TITLES and \
                    j - tend < 3 and (role in ("lead", "member", "head_state") or (
                        role == "plain" and not key.startswith("ال") and
                        j + 1 < s.hi and toks[j + 1].key.startswith("ال"))):
                j += 1  # "رئيس أركان الجيش ..."
                if not key.startswith("ال") and j < s.hi:
                    # a noun in construct takes its complement: "رئيس إقليم كوردستان X",
                    # "رئيس حكومة تصريف الأعمال X", "وزير شؤون البيشمركة X"
                    jj = j
                    j = _construct_complement(doc, covered, out, si, j, s.hi)
                    if role_org is None and stem == _IQLIM and jj in covered and \
                            covered[jj].etype == "Location" and role in ("lead", "head_state") \
                            and phrase.lstrip("ال") == "رييس":
                        role_org = covered[jj].eid  # "رئيس إقليم كوردستان X"
                continue
            if j in covered and covered[j].lo == j and covered[j].etype == "Person":
                break  # a known name that starts with its rank ("Ayatollah Ali Khamenei")
            t2 = _title_at(doc, j, s.hi)
            if t2 is not None and t2[1] != "plain" and phrase in _AR_ADVISERS and \
                    key[:1] != "ل" and adv_at is None:
                # "مستشار رئيس الوزراء [العراقي للعلاقات الخارجية] X": the adviser of the
                # office, named after it (X is not the prime minister)
                adv_at = j
                j = t2[0]
                continue
            if t2 is not None and toks[j].key[:1] in ("ب", "ل") and _governed_title(toks[j]):
                break  # "رئيس الإقليم برئيس مجلس النواب X": X's title, after بـ, not his
            if t2 is not None and (t2[1] == "plain" or phrase == _AR_ACTING or (
                    t2[0] in covered and covered[t2[0]].lo == t2[0] and
                    covered[t2[0]].etype == "Person" and role_org is not None)):
                # a rank after the office: "... الجنرال كينيث ماكنزي"; the office someone
                # acts in: "القائم بأعمال الرئيس الإيراني X" (he holds that office's role);
                # a second title before a known name after an office with its body: "رئيس
                # مجلس الوزراء الأمير محمد بن سلمان" (the council is in the title)
                if phrase == _AR_ACTING:
                    role = t2[1]
                j = stacked_end = t2[0]  # "نائب رئيس الوزراء وزير الخارجية وشؤون المغتربين X"
                stacked = t2[2]
                continue
            break
        if adv_at is not None and j in covered and covered[j].etype == "Person":
            j = adv_at  # "مبعوث الرئيس التركي رجب طيب أردوغان": a known name is the holder's
        # optional comma before the name in English ("the head of the PMF, Falih al-Fayyadh")
        jn = j
        if jn < s.hi and toks[jn].text in (",", "،") and role_org:
            jn += 1
        elif toks[k].ar and role in ("lead", "member", "plain") and jn < s.hi and \
                jn not in covered:
            # "رئيس جمهورية X الفيدرالية Y": the state's name, then the holder's
            jn = state_name_end(doc, covered, jn, s.hi)
            # a body not known, as a definite phrase: "رئيس الاتحاد الوطني الكوردستاني[،] X"
            jn = _skip_definite_body(doc, covered, jn, s.hi, phrase in L.AR_PLURAL_TITLES,
                                     phrase.lstrip("ال").startswith("وزير"))
            for x in range(j, jn):
                bm = covered.get(x)
                if bm is not None and bm.lo == x and bm.etype in ("Organization", "Country"):
                    # "مسؤول وحدة الارتباط في حزب الله X": the body is part of the title
                    in_title.append(bm)
                    if role_org is None and bm.etype == "Organization":
                        # "قائد الجبهة الجنوبية في الحزب X": head of a part of the body
                        role_org = bm.eid
                        role = "member" if x > j and role == "lead" else role
        if jn > j and jn < s.hi and not toks[jn].ar and toks[jn].key in L.EN_TITLE_FIRST:
            rank = _title_at(doc, jn, s.hi)
            if rank is not None and rank[1] == "plain":
                jn = rank[0]  # "a spokesman for the Guards, Brig. Gen. X": the rank, then X
        if jn < s.hi and jn not in covered:
            # "آية الله العظمى السيد X", "حجة الإسلام X", "Hojatoleslam X": religious and
            # courtesy honorifics are no name (nor part of a new person's name)
            jn = _honorifics_end(toks, jn, s.hi)
        if jn + 1 < s.hi and toks[jn].key in _EN_NAME_HONORIFICS and jn not in covered and \
                (jn + 1) in covered and covered[jn + 1].lo == jn + 1 and \
                covered[jn + 1].etype == "Person":
            jn += 1  # "Ayatollah Seyed Ali Khamenei": the honorific before a known name
        name_m = covered.get(jn)
        if name_m is not None and name_m.lo == jn and name_m.etype == "Person":
            other = other_country_person(doc, name_m, role_nat) if role_nat else None
            if other is not None:
                name_m.eid = other  # "Argentine President Milei": no American Milley
                doc.mentions_changed()
            _attach_role(doc, name_m, k, role, role_org, role_nat, qual, in_title)
            if toks[k].ar:
                _qualified_second_ar(doc, si, covered, out, name_m.hi, s.hi)
            k = name_m.hi
            continue
        # unknown name
        if jn < s.hi and toks[jn].ar:
            ne = _ar_name_span(doc, jn, s.hi)
        elif jn < s.hi and toks[jn].cap:
            ne = _cap_run(doc, jn, s.hi)
            if ne > jn and toks[ne - 1].key in _EN_BODY_LAST:
                ne = jn  # "the head of the General Staff": a body, no name
            elif _en_function_first(toks[jn].key):
                ne = jn  # "the Governor Of Nineveh", "MP For Kirkuk", "Minister Monday": no name
        else:
            ne = jn
        # the name ends before a known entity ("... الجنرال فرانك ماكنزي بغداد")
        ne = next((x for x in range(jn + 1, ne) if x in covered), ne)
        if ne == jn + 2 and toks[jn].ar and toks[ne - 1].key.endswith("يه") and \
                not toks[ne - 1].key.startswith("ال") and \
                toks[ne - 1].key not in doc.gaz.ar_latin:
            ne = jn  # "أجرى الوزير مقابلة صحفية": a noun and its adjective, no name
        if ne >= jn + 2 and toks[jn].ar and _noun_then_adjective(doc, toks[jn], toks[jn + 1]):
            ne = jn  # "أكد الرئيس دعمه الكامل", "استقبل الوزير وفدا أمريكيا": no name
        noun_first = False
        if ne <= jn + 1 and jn + 1 < s.hi and toks[jn].ar and jn not in covered and \
                _noun_first_name(toks[jn]):
            # "القيادي طالب سامي عبد الله", "مرافقه أركان العلياوي", "وزير النفط حيان عبد
            # الغني": after a title, a first name that is an ordinary word elsewhere (or not
            # a usual one), then the rest of the name (a new person found already, or an
            # unknown name ending in a family name)
            rest = covered.get(jn + 1)
            if rest is None:
                e2 = jn + 2 if _family_shaped(toks[jn + 1].key) else \
                    _ar_name_span(doc, jn + 1, s.hi)
                e2 = next((x for x in range(jn + 2, e2) if x in covered), e2)
                if e2 > jn + 1 and (e2 - jn >= 3 or _family_shaped(toks[e2 - 1].key)):
                    ne, noun_first = e2, True
            elif rest.lo == jn + 1 and rest.etype == "Person" and rest.kind == "name" and \
                    doc.gaz.get(rest.eid) is None and (
                        rest.hi - rest.lo >= 2 or _family_shaped(toks[rest.lo].key)):
                _drop_mention(doc, covered, out, rest)
                ne, noun_first = rest.hi, True
        if ne - jn >= 3 and not noun_first and toks[jn].ar and \
                toks[jn].key not in doc.gaz.ar_latin and \
                toks[jn].key not in GN.ALL and toks[jn].key not in _AR_KUNYA_HEADS and \
                not foreign_run(toks, jn, ne):
            # "رئيس كتلة صادقون عدنان فيحان": the body's name, then a usual given name
            # (not "وزير النفط حيان عبد الغني": عبد starts the father's name; nor a foreign
            # name with a word of foreign shape: "الرئيس روش مارك كريستيان كابوري")
            jn = next((x for x in range(jn + 1, ne - 1) if toks[x].key in GN.STRONG and
                       toks[x].key != "عبد"), jn)
        sur = _surname_after(doc, covered, jn, ne, s.hi)
        if sur is not None:
            # "زعيم الائتلاف نوري كامل المالكي": the known person named in full;
            # "رئيس الحكومة مسرور بارزاني" after "نيجيرفان بارزاني": another person
            me = _name_with_surname(doc, si, covered, out, jn, ne, sur)
            _attach_role(doc, me, k, role, role_org, role_nat, qual, in_title)
            k = me.hi
            continue
        if appositive and ne - jn < 2 and not (
                vso_obj and ne <= jn and _ends_description(toks, max(j, tend), s.hi)):
            # "X, the commander of Y" / "X الزعيم الجديد لـY": handled as an apposition
            # (not the object of "واستقبل X المحافظ الجديد في بغداد", session 16)
            k = max(j, tend)
            continue
        if ne > jn and (_imperfect_verb(doc, toks[jn]) or _future_verb(doc, toks[jn])):
            ne = jn  # "وهو جنرال في الحرس الثوري، يشغل ...", "سمو الوزير سيلتقي": a verb
        if ne == jn + 1 and jn == tend and tend == k + 1 and toks[k].ar and \
                strip_article_ar(toks[k].stems[-1][1]) == toks[k].stems[-1][1] and \
                toks[jn].key not in doc.gaz.ar_latin and toks[jn].key not in GN.ALL:
            ne = jn  # "مجلس قيادي مؤقت": an indefinite title word and one unknown word
        if ne == jn + 1 and toks[jn].ar and toks[jn].key in GN.WEAK and \
                _given_name_full(doc, toks[jn].key) is None:
            ne = jn  # "أكد الوزير حسن النية": a given name that is also an ordinary word
        if ne == jn + 1 and toks[jn].ar and _no_lone_name(doc, toks[jn]):
            ne = jn  # "رئيس المكتب السياسي في طهران نهاية تموز", "مع الرئيس الإيراني أُرجئ"
        if ne <= jn + 1 and toks[k].ar and lone_rank_surname_ar(doc, covered, phrase, jn, s.hi):
            ne = jn + 1  # "العقيد غويتا ... والتقى غويتا": a rank, one word, that word again
        second = None
        if toks[k].ar and phrase in L.AR_PLURAL_TITLES and ne - jn >= 3:
            # "القياديين X Y وZ W": two names joined by و
            cut = next((x for x in range(jn + 1, ne) if toks[x].key.startswith("و") and
                        toks[x].key not in doc.gaz.ar_latin and toks[x].key not in GN.ALL), None)
            if cut is not None:
                second, ne = (cut, ne), cut
        if toks[k].ar and phrase in L.AR_PLURAL_TITLES and second is None and ne - jn >= 2 \
                and ne + 1 < s.hi and ne not in covered and toks[ne].key.startswith("و") and \
                len(toks[ne].key) >= 4 and toks[ne].key[1:2] != "ا":
            e2 = ne + 1  # "القياديين X السراج وZ W": the second name after the al- word
            while e2 < s.hi and e2 - ne < 3 and e2 not in covered and \
                    _ar_name_word(doc, toks[e2], False):
                e2 += 1
                if toks[e2 - 1].key.startswith("ال"):
                    break
            second = (ne, e2)
        if second is None and toks[k].ar and ne - jn >= 2:
            _qualified_second_ar(doc, si, covered, out, ne, s.hi)  # "X والديموقراطية Y"
        if ne > jn and not any(x in covered for x in range(jn, ne)):
            if second is not None and second[1] - second[0] >= 2 and \
                    not any(x in covered for x in range(*second)):
                t2 = toks[second[0]]
                surface2 = "".join((t2.text[1:], " ", doc.text[toks[second[0] + 1].start:
                                                                toks[second[1] - 1].end]))
                me2 = _ment_at(doc, si, second[0], second[1],
                               _resolve_name(doc, surface2, "Person"), off=1, prefix="و")
                out.append(me2)
                for x in range(*second):
                    covered[x] = me2
            surface = doc.text[toks[jn].start:toks[ne - 1].end]
            if ne - jn == 1 and toks[k].ar and phrase in L.AR_KIN_HIS:  # (a kin title)
                surface += _kin_family_name(doc, covered, k)  # "X طالباني وشقيقه قوباد"
            eid = _resolve_name(doc, surface, "Person")
            me = _ment_at(doc, si, jn, ne, eid)
            if role_nat and eid not in doc.nat and not doc.gaz.get(eid):
                doc.nat[eid] = role_nat
            out.append(me)
            for x in range(jn, ne):
                covered[x] = me
            _attach_role(doc, me, k, role, role_org, role_nat, qual, in_title)
            k = ne
            continue
        if toks[k].ar and ne <= jn and role in ("lead", "member") and (
                role_org or role_nat or (tend < s.hi and toks[tend].text == "«")):
            # "كريم ناصر، القيادي في كتائب حزب الله،": a new name before a titled apposition
            me = _ar_name_before(doc, si, covered, out, k)
            if me is not None:
                _attach_role(doc, me, k, role, role_org, role_nat, qual, in_title)
                k = max(j, tend)
                continue
        # no name: a description used in place of a name ("the Quds Force commander",
        # "المسؤول العسكري الإيراني البارز", "رئيس الوزراء")
        definite = (toks[k].ar and (toks[k].key.startswith("ال") or phrase.startswith("ال")
                                     or (role_org is not None and
                                         not _indefinite_member_ar(toks, k, j))
                                     or " ال" in phrase)) or (
            not toks[k].ar and k > s.lo and toks[k - 1].key == "the") or (
            not toks[k].ar and b >= s.lo and _before_is_the(doc, covered, b, s.lo)) or (
            not toks[k].ar and b >= s.lo and b in covered and covered[b].poss and
            covered[b].etype == "Country" and role == "plain" and not toks[k].cap)
        # ("Iran's top diplomat"; not "Iran's Minister of Petroleum X": a title before a name)
        if definite and not toks[k].ar and j < s.hi and toks[j].cap and role == "plain":
            definite = False  # "the slain General Qasim ...": a name follows
        if definite and not toks[k].ar and apposed_name_en(toks, max(j, tend), s.hi):
            definite = False  # "met the chief of the general staff, Maj Gen X": X, named next
        if definite and not toks[k].ar and ranked_name_after_of_en(toks, max(j, tend), s.hi):
            definite = False  # "the Leader of the Islamic Revolution Ayatollah X": X
        if definite and toks[k].ar and role in ("lead", "head_state") and (
                toks[k].key in _AR_ACC_ROLES or _accusative(toks[k].text)):
            definite = False  # "أدى X اليمين رئيساً لإيران": a predicate, not the leader
        if definite and unit_not_rank_ar(toks, k, j, s.lo):
            definite = False  # "قائد اللواء الثالث X": the brigade, no general named before
        # "X, the Houthis' chief negotiator,": said of X, nobody else (session 16)
        apposed = apposed_description_en(doc, covered, k, s.lo, max(j, tend), s.hi) \
            if definite and not toks[k].ar else None
        if definite and not toks[k].ar and _named_in_apposition_en(doc, covered, max(j, tend),
                                                                   s.hi):
            definite = False  # "the army chief of staff, Lt. Gen. X": X, not someone before
        dead = _deceased_description(doc, si, k, max(j, tend)) if j > k and not of_the and (
            definite or (b >= s.lo and toks[b].key == "the")) else None
        peer = counterpart_peer(doc, si, role_nat, k, out) if not (definite or dead) and \
            j > k and role_nat else None  # "نظيره العراقي": the Iraqi holder of the office
        if (definite or dead or peer) and j > k and not of_the and not mp and \
                phrase not in L.AR_NAME_ONLY_TITLES and \
                not _swallows_name(covered, k, max(j, tend)):
            eid = dead or peer or resolve_description(doc, si, role, role_org, role_nat, qual,
                                                      k, out) or \
                same_sentence_antecedent(doc, out, role, role_nat, k)
            if apposed is not None and eid != apposed:
                eid = None
            if eid:
                lo_d = k if not (b >= s.lo and role_org and b in covered and not toks[k].ar) \
                    else covered[b].lo
                me = _ment_at(doc, si, lo_d, j if j > tend else tend, eid, kind="desc")
                me.role, me.role_org, me.role_nat, me.qual = role, role_org, role_nat, qual
                me.prefix = toks[k].key[: len(toks[k].key) - len(toks[k].stems[-1][1])] \
                    if toks[k].ar and toks[k].stems else ""
                if me.prefix.endswith("ال"):
                    me.prefix = me.prefix[:-2]
                for im in in_title:
                    im.in_title = True
                out.append(me)
                for x in range(k, max(j, tend)):
                    covered.setdefault(x, me)
                k = max(j, tend)
                continue
            if toks[k].ar:
                doc.unnamed.add(k)
            if not toks[k].ar and role != "member" and apposed is None:
                # "The Iranian general ... Soleimani": maybe named later (cataphora)
                lo_p = k
                while lo_p > s.lo and (toks[lo_p - 1].key in L.NATIONALITY or
                                       toks[lo_p - 1].key in L.EN_QUALIFIERS):
                    lo_p -= 1
                if lo_p > s.lo and toks[lo_p - 1].key == "the":
                    doc.pending.append((si, lo_p - 1, max(j, tend), role, role_org, role_nat,
                                        qual))
        k = tend


def _swallows_name(covered: dict[int, Mention], k: int, end: int) -> bool:
    """Does the title phrase [k, end) end inside a person's name found already ("القيادي في
    الكتائب أركان العلياوي": the phrase read أركان as "staff")? Then it titles that name and
    is no description of someone named before."""
    for x in range(k + 1, end):
        m = covered.get(x)
        if m is not None and m.lo == x and m.hi > end and m.etype == "Person" and \
                m.kind == "name":
            return True
    return False


_AR_TEAM = frozenset(("فريق", "وفريق", "لفريق", "بفريق", "ففريق"))
# "صحفي" / "صحافي" after an event noun is its adjective (press conference, press statement)
_AR_PRESS_ADJ = L._ar("صحفي", "صحافي", "الصحفي", "الصحافي")
_AR_EVENT_NOUNS = L._ar("مؤتمر", "المؤتمر", "بيان", "البيان", "تصريح", "التصريح", "لقاء",
                        "اللقاء", "مؤتمرا", "مقابله", "المقابله", "حديث", "الحديث")



def _team_not_rank(doc: Doc, covered: dict[int, Mention], k: int, hi: int) -> bool:
    """Is the Arabic token at *k* an indefinite "فريق" (also after و / ل / ب) followed by an
    indefinite adjective ("فريق سعودي", "وفريق أممي", "فريق فني"): a team, not the rank?"""
    if doc.toks[k].key not in _AR_TEAM or k + 1 >= hi or (k + 1) in covered:
        return False
    nx = doc.toks[k + 1]
    return nx.ar and not nx.key.startswith("ال") and nx.key.endswith(("ي", "يه", "ية"))


def _indefinite_member_ar(toks: list[Tok], k: int, j: int) -> bool:
    """Is the indefinite Arabic title at *k* tied to its body by في ("قيادي سابق في كتائب
    حزب الله"): "a leader in", said of someone (a predicate), not a definite description?"""
    if toks[k].key.startswith("ال"):
        return False
    for x in range(k + 1, j):
        if toks[x].key == "في":
            return True
        if not toks[x].ar or toks[x].key.startswith("ال") or x - k > 2:
            return False  # "عضو المجلس الجهادي في حزب الله": definite by its complement
    return False


# an aide of the office holder named after the title ("مساعد رئيس مكتب الرئيس X")
_AR_AIDES = frozenset(L.fold_ar(w) for w in (
    "مساعد", "مساعدة", "معاون", "معاونة", "سكرتير", "سكرتيرة"))

# titles of someone who serves an office named after them ("مستشار رئيس الوزراء X")
_AR_ADVISERS = frozenset(L.fold_ar(w) for w in (
    "مستشار", "المستشار", "مستشارة", "المستشارة", "المبعوث", "مبعوث", "المبعوثة"))

# portfolios after a title with the preposition ل ("للشؤون الأمنية", "لشؤون الشرق الأوسط",
# "للعلاقات الخارجية", "للإعلام")
_AR_PORTFOLIO = frozenset(L.fold_ar(w) for w in (
    "شؤون", "الشؤون", "علاقات", "العلاقات", "الأمن", "الإعلام", "التخطيط", "السياسات",
    "الاتصال", "الاتصالات"))


def _portfolio_end(doc: Doc, covered: dict[int, Mention], j: int, hi: int,
                   phrase: str) -> int:
    """After a title, the end of a portfolio that belongs to it: ل + an affairs noun or a
    title ("للشؤون الأمنية", "لشؤون الشرق الأدنى", "للرئيس السوري") and the definite words
    after it; or, after a minister, a second portfolio joined by و ("وزير الطرق وبناء
    المدن", "وزير التعليم العالي والبحث العلمي").  *j* when there is none."""
    toks = doc.toks
    key = toks[j].key
    holder = False
    if key[:1] == "ل":
        rest = key[2:] if key.startswith("لل") else key[1:]
        if rest in _AR_PORTFOLIO or ("ال" + rest) in _AR_PORTFOLIO:
            pass
        elif ("ال" + rest) in L.AR_TITLES or (not key.startswith("لل") and rest in L.AR_TITLES):
            holder = True
            # "للرئيس السوري X": the adviser's name comes after the holder's office
            nx = j + 1
            if nx >= hi or not toks[nx].ar or (nx in covered and
                                                covered[nx].etype == "Person" and
                                                _may_be_holder(doc, covered[nx].eid, rest,
                                                               nx)):
                return j
            if nx in covered and covered[nx].etype == "Person":
                return nx  # "النائب الأول للرئيس محمد رضا عارف": no president, the deputy
            if not toks[nx].key.startswith("ال") and nx not in covered:
                return j
        else:
            return j
    elif key[:1] == "و" and len(key) >= 4 and phrase.lstrip("ال").startswith("وزير"):
        t = toks[j]
        if _may_title(t) or key in doc.gaz.ar_latin or key in GN.ALL or \
                key[1:] in GN.ALL or j + 1 >= hi or not toks[j + 1].ar:
            return j
        if not key.startswith("وال") and not (toks[j + 1].key.startswith("ال") and
                                              (j + 1) not in covered):
            return j  # "وبناء المدن": a construct noun and its definite complement
    else:
        return j
    e = j + 1
    while e < hi and e - j <= 3 and toks[e].ar and not toks[e].punct:
        m = covered.get(e)
        if m is not None:
            if m.etype == "Person" or m.lo != e:
                break
            e = m.hi  # "لشؤون الشرق الأوسط" with the region known as a place
            continue
        if not toks[e].key.startswith("ال") or _may_title(toks[e]):
            break
        e += 1
    if holder and e in covered and covered[e].etype == "Person" and \
            _may_be_holder(doc, covered[e].eid, rest, j + 1):
        return j  # "مستشار سابق لقائد فيلق القدس الراحل قاسم سليماني": the office's holder
    return e


# meeting verbs whose subject comes right after them and whose object follows the subject
_AR_VSO_MEET = frozenset(L.fold_ar(w) for w in (
    "التقى", "التقي", "يلتقي", "تلتقي", "التقت", "استقبل", "يستقبل", "استقبلت", "تستقبل"))


_AR_AFTER_DESC = frozenset(L.fold_ar(w) for w in (
    "في", "خلال", "داخل", "لدى", "بمقر", "بمكتبه", "بحضور", "امس", "أمس", "اليوم"))


def _ends_description(toks: list[Tok], j: int, hi: int) -> bool:
    """Does the title phrase end at *j* (a punctuation mark, the sentence end, "في ...";
    past one "لل" complement), with no name left to come?"""
    if j < hi and toks[j].key.startswith("لل") and not toks[j].punct:
        j += 1  # "الرئيسَ الجديد للبرلمان في ..."
    return j >= hi or toks[j].punct or toks[j].key in _AR_AFTER_DESC


def _vso_subject(doc: Doc, m: Mention, lo: int) -> bool:
    """Is the person *m* (with his title) the subject right after a meeting verb ("واستقبل
    رئيس الوزراء X ...")? A definite title after him is then the verb's object."""
    start = title_start(m)
    for v in range(start - 1, max(lo, start - 6) - 1, -1):  # (past a title not recorded)
        t = doc.toks[v]
        if t.punct or not t.ar:
            return False
        if t.key in _AR_VSO_MEET or (t.key[:1] in "وف" and t.key[1:] in _AR_VSO_MEET):
            return True  # ("والتقى": its stems read the article in it)
    return False


def _may_be_holder(doc: Doc, eid: str, rest: str, nx: int) -> bool:
    """After "للرئيس (الإيراني)" / "لرئيس الوزراء": may the known person *eid* be the
    president or prime minister named there? Not a gazetteer person whose title hints name
    another office ("النائب الأول للرئيس محمد رضا عارف": a vice president is the deputy, no
    president). Other offices: yes."""
    if rest.lstrip("ال") != "رييس":
        return True
    office = "pm" if doc.toks[nx].key in _PM_AR_WORDS else "president"
    e = doc.gaz.get(eid)
    if e is None or not e.titles:
        return True
    words = [t.lower() for t in e.titles]
    if office == "pm":
        return any("prime" in t or "premier" in t for t in words)
    return any(t == "president" or (t.endswith(" president") and "vice" not in t)
               for t in words)


_PM_AR_WORDS = frozenset(L.fold_ar(w) for w in ("الوزراء", "الحكومة", "وزراء", "حكومة"))


# places and institutions named after a titled person, in construct ("مطار الملك خالد",
# "بجامعة الإمام الصادق"; not "في المطار السفير X")
_AR_NAMED_PLACES = frozenset(L.fold_ar(w) for w in (
    "مطار", "شارع", "مسجد", "جامع", "جامعة", "مستشفى", "مدينة", "قاعدة", "ساحة", "مدرسة",
    "معسكر", "جسر", "ضريح", "مرقد", "ميناء", "معبر", "قصر", "مجمع", "كلية", "أكاديمية",
    "مستشفي", "حي", "منفذ", "ملعب", "قاعة"))


def _governed_title(t: Tok) -> bool:
    """An Arabic title word with a preposition glued on ("برئيس", "لوزير"): it starts another
    person's title, the object of the preposition."""
    return t.ar and t.key[:1] in ("ب", "ل") and t.key not in L.AR_TITLE_FIRST and any(
        o and st in L.AR_TITLE_FIRST for o, st in t.stems)


def _unlisted_nisba(doc: Doc, covered: dict[int, Mention], j: int, hi: int) -> bool:
    """Is token *j*, after a title, an adjective of nationality or origin the lexicon does
    not list ("الأرميني", "الأذربيجانية"), followed by a name of two words or more? An al-
    nisba that is a known name word, a known entity or the last word before the name ends
    (the family name alone: "النائب الجبوري") is none."""
    t = doc.toks[j]
    key = t.key
    if j in covered or not key.startswith("ال") or len(key) < 6 or \
            not key.endswith(("ي", "يه")) or key in doc.gaz.ar_latin or \
            strip_article_ar(key) in doc.gaz.ar_latin:
        return False
    nxt = covered.get(j + 1)
    if nxt is not None and nxt.lo == j + 1 and nxt.etype == "Person" and nxt.hi >= j + 3:
        return True  # "الرئيس الأذربيجاني إلهام علييف": a known person of two words or more
    ne = _ar_name_span(doc, j + 1, hi)
    return ne >= j + 3 and not any(x in covered for x in range(j + 1, ne))


def _no_lone_name(doc: Doc, t: Tok) -> bool:
    """A lone Arabic word after a title that names nobody: no name word the tables know
    (names.yaml, the gazetteer's name words, usual given names), no family-name shape
    (العامري، عراقجي، أحمديان), or a passive verb; a new person is introduced by two words
    or more, and his surname alone later was found by the known-names step already."""
    key = t.key
    bare = strip_article_ar(key)
    known = doc.gaz.ar_latin
    if t.text[1:2] == "\u064f" and key not in known and key not in GN.ALL:
        return True  # a damma on the first letter marks a passive verb: "أُرجئ", "قُتل"
    return key not in known and bare not in known and key not in GN.ALL and \
        bare not in GN.ALL and not GN.family_name_shape(bare) and \
        not any(st in known or st in GN.ALL for _o, st in t.stems)


def _noun_then_adjective(doc: Doc, t: Tok, nxt: Tok) -> bool:
    """Are two Arabic words after a title a noun and its adjective, no name: a noun with
    the pronoun ه and a definite adjective ("دعمه الكامل", "موقفه الثابت"), or an indefinite
    accusative noun and a nisba adjective ("وفدا أمريكيا", "وفداً إيرانياً")? Not when the
    first word is a name word the tables know."""
    key, known = t.key, doc.gaz.ar_latin
    if len(key) < 4 or key in known or key in GN.ALL or key in _AR_KUNYA_HEADS or \
            any(st in known or st in GN.ALL for _o, st in t.stems):
        return False
    if key.endswith("ه") and nxt.key.startswith("ال") and len(nxt.key) >= 5:
        # (not a name ending in its own ه: "نزيه", "فقيه" (فعيل), "عبده" (عبد + ه))
        return key[-2] != "ي" and key[:-1] not in known and key[:-1] not in GN.ALL
    return key.endswith("ا") and nxt.key.endswith("يا") and not nxt.key.startswith("ال") \
        and nxt.key not in known


def _noun_first_name(t: Tok) -> bool:
    """Could the Arabic word after a title be a first name even though it is an ordinary
    word elsewhere (طالب، خليفة، أركان) or no usual given name (حيان، راكان)?"""
    return _bare_word(t) and t.key not in _AR_TITLE_FILLERS


def _drop_mention(doc: Doc, covered: dict[int, Mention], out: list[Mention],
                  m: Mention) -> None:
    """Take back the mention *m* of this sentence (a part of a longer name found now);
    the names of its new entity that link later mentions are forgotten."""
    if m in out:
        out.remove(m)
    for x in range(m.lo, m.hi):
        if covered.get(x) is m:
            del covered[x]
    for key, v in list(doc.local.items()):
        if v == m.eid:
            del doc.local[key]


def _deceased_description(doc: Doc, si: int, k: int, j: int) -> str | None:
    """"the slain general", "the martyred commander", "القائد الشهيد" (title at *k*, its
    modifiers up to *j*): the person the article said was killed (not the last person
    named, who may be the killer)."""
    toks = doc.toks
    if toks[k].ar:  # the qualifier follows the title: "القائد الشهيد"
        if not any(toks[x].key in AR_DEAD_QUALS
                   for x in range(k + 1, min(doc.sents[si].hi, j + 1))):
            return None
    elif not any(toks[x].key in EN_DEAD_QUALS for x in range(max(doc.sents[si].lo, k - 3), k)):
        return None
    return deceased_person(doc, si, k)


# honorifics before a name, as folded token keys (longest first)
_HONORIFIC_PHRASES = sorted(
    {tuple(normalize(w) for w in p.split()) for p in (
        "آية الله العظمى", "آية الله", "آيه الله", "حجة الإسلام والمسلمين", "حجة الإسلام",
        "حجت الإسلام", "سماحة", "فضيلة", "السيد", "الشيخ", "الحاج", "الحجة",
        # Afghan and South Asian styles (session 20): "زعيم طالبان الملا X"
        "الملا", "المولوي", "مولانا",
        # Gulf styles before a royal's name after his office (session 12): "ولي العهد رئيس
        # مجلس الوزراء الأمير X", "أمير البلاد حضرة صاحب السمو الشيخ X", "فخامة الرئيس X"
        "الأمير", "الأميرة", "صاحب السمو الملكي", "صاحب السمو", "صاحب الجلالة",
        "حضرة صاحب السمو", "حضرة صاحب الجلالة", "سمو", "جلالة", "فخامة", "معالي")} |
    {tuple(p.split()) for p in (
        "grand ayatollah", "ayatollah", "hojatoleslam", "hojjatoleslam", "hojatolislam",
        "sayyed", "sayyid",
        "seyed", "sayed", "sheikh", "shaikh", "hajj", "haj", "mullah")},
    key=len, reverse=True)


_HONORIFIC_FIRST = frozenset(p[0] for p in _HONORIFIC_PHRASES)


def _honorifics_end(toks: list, j: int, hi: int) -> int:
    """The first token after the honorifics that start at *j* (*j* itself if none):
    "آية الله العظمى السيد علي ..." -> "علي"; "Hojatoleslam Mohsen ..." -> "Mohsen". A
    name must follow (an Arabic word or a capitalised one)."""
    while j < hi:
        if toks[j].key not in _HONORIFIC_FIRST:
            return j
        for p in _HONORIFIC_PHRASES:
            n = len(p)
            if j + n < hi and all(toks[j + x].key == p[x] for x in range(n)):
                nxt = toks[j + n]
                if not nxt.punct and (nxt.ar or nxt.cap):
                    j += n
                    break
        else:
            return j
    return j


_EN_TITLE_LAST = frozenset(w for t in L.EN_TITLES for w in t.split()[-1:])


def _org_word_first_name(doc: Doc, s: Sentence, covered: dict[int, Mention],
                         out: list[Mention]) -> None:
    """English: a one-word organisation name right after a title and before an unknown
    capitalised word is a first name ("Omani Foreign Minister Badr Albusaidi", not the Badr
    Organization and a person "Albusaidi"): the organisation mention is dropped so that
    the title step reads the whole name."""
    toks = doc.toks
    for me in out.copy():  # (a copy: the loop may drop mentions; no list comprehension)
        if me.hi != me.lo + 1 or me.etype != "Organization":
            continue
        k = me.lo
        nx = k + 1
        if nx >= s.hi or nx in covered or not toks[nx].cap or toks[nx].punct or \
                not toks[nx].text.isalpha() or toks[nx].key in L.EN_NOT_NAME:
            continue
        if k - 1 < s.lo or toks[k - 1].key not in _EN_TITLE_LAST:
            continue
        out.remove(me)
        covered.pop(k, None)


_AR_KUNYA_HEADS = frozenset({"ابو", "ابي", "ابا", "ام"})
# "النائب/النائبة عن <bloc>": a member of parliament (not a deputy)
_AR_MP = frozenset(L.fold_ar(w) for w in ("النائب", "النائبة", "نائب", "نائبة"))


def _mp_bloc_end(doc: Doc, covered: dict[int, Mention], j: int,
                 hi: int) -> tuple[int, Mention | None]:
    """After "النائب عن": the end of the bloc (or province) the member sits for -- a known
    body, or up to four words before a usual given name -- and an apposition set off by
    commas ("عن حركة حقوق، الجناح السياسي لـ...، X"); returns (where the name may start,
    the body's mention or None)."""
    toks = doc.toks
    x, n, org = j, 0, None
    while x < hi and n < 5:
        tx = toks[x]
        if tx.punct and tx.text in QUOTES:
            x += 1
            continue
        m = covered.get(x)
        if m is not None:
            if m.lo == x and m.etype in ("Organization", "Country", "Location"):
                org = org or m
                x, n = m.hi, n + 1
                continue
            break
        if tx.punct or not tx.ar or (n > 0 and (tx.key in GN.ALL or
                                                 tx.key in doc.gaz.ar_latin)):
            break
        x, n = x + 1, n + 1
    if x + 1 < hi and toks[x].text in (",", "،") and n > 0:
        # an apposition to the bloc, then the name after the next comma
        y = next((y for y in range(x + 1, min(hi - 1, x + 10))
                  if toks[y].text in (",", "،")), None)
        if y is not None and toks[y + 1].ar and (toks[y + 1].key in GN.ALL or
                                                toks[y + 1].key in doc.gaz.ar_latin):
            x = y + 1
    return x, org


def _skip_definite_body(doc: Doc, covered: dict[int, Mention], j: int, hi: int,
                        plural: bool = False, minister: bool = False) -> int:
    """After an Arabic title: skip the body it belongs to when a personal name follows --
    definite words, common nouns and their complement, "في" + a known body or place
    ("رئيس الاتحاد الوطني الكوردستاني، X", "مسؤول العلاقات الإعلامية في «حزب الله» X",
    "وزير ... في حكومة إقليم كوردستان، X") -- and an optional comma; else *j*."""
    toks = doc.toks
    k0 = toks[j].key
    unit = _unit_noun(doc, j, hi)
    if not toks[j].ar or not (k0.startswith(("ال", "لل")) or k0 == "في" or unit):
        return j  # the usual case: the name (or nothing) follows the title directly
    x, n = j, 0
    while x < hi and n < 6:
        t = toks[x]
        if x in covered:
            m = covered[x]
            if m.lo == x and m.etype in ("Organization", "Country", "Location", "Outlet"):
                x, n = m.hi, n + 1
                continue
            break
        if t.punct:
            if t.text in QUOTES:
                x += 1
                continue
            break
        if not t.ar or t.key in L.AR_TITLE_FIRST:
            break
        construct_before = x > j and toks[x - 1].ar and not toks[x - 1].key.startswith("ال") \
            and (toks[x - 1].key in L.AR_COMMON_NOUNS or _possessed_noun(toks[x - 1].key))
        if t.key.startswith(("ال", "وال")) or t.key == "في" or t.key in L.AR_COMMON_NOUNS or \
                _possessed_noun(t.key) or construct_before or (x == j and unit) or (
                    t.key.startswith("لل") and len(t.key) > 4):
            x, n = x + 1, n + 1  # "للطاقة الذرية": a genitive complement of the body
            continue
        if minister and x > j and t.key[:1] == "و" and _portfolio_end(doc, covered, x, hi,
                                                                       "وزير") > x:
            x, n = x + 1, n + 1  # "وزير الطرق وبناء المدن X": a second portfolio
            continue
        break
    if x == j or x >= hi or (x - j < 2 and toks[j].key != "في" and not (
            j - 1 >= 0 and toks[j - 1].ar and not toks[j - 1].key.startswith("ال") and
            toks[j].key.startswith("ال") and any(
                st in L.AR_TITLES and not st.startswith("ال") for _o, st in toks[j - 1].stems))):
        # (one definite word only after an indefinite title noun, whose complement it is:
        # "وزير النفط X", "مستشار الرئيس X"; not after "الوزير")
        return j
    comma = toks[x].text in (",", "،")
    if comma:
        x += 1
    if x >= hi or x in covered or not toks[x].ar:
        return j
    ne = _ar_name_span(doc, x, hi)
    if ne - x < 2 or not (plural or toks[x].key in doc.gaz.ar_latin or toks[x].key in GN.ALL or
                          toks[ne - 1].key.endswith("ي")
                          or any(toks[y].key == "عبد" for y in range(x + 1, ne - 1))
                          or ne in covered or
                          (comma and ne < hi and toks[ne].text in (",", "،"))):
        return j  # a usual first name, a family name in -ي, or "، X Y،" marks a name
    return x


def _unit_noun(doc: Doc, j: int, hi: int) -> bool:
    """An indefinite feminine noun in construct with a definite word after a title: the
    unit the official belongs to ("مسؤول وحدة الارتباط ...", "رئيس لجنة الأمن ..."), no
    first name (a usual given name is not taken for one)."""
    toks = doc.toks
    t = toks[j]
    return t.ar and not t.punct and t.key.endswith("ه") and not t.key.startswith("ال") and \
        t.key not in doc.gaz.ar_latin and t.key not in GN.ALL and j + 1 < hi and \
        toks[j + 1].ar and toks[j + 1].key.startswith("ال")


def _imperfect_verb(doc: Doc, t: Tok) -> bool:
    """A lone Arabic word of the imperfect verb shape يفعل / تفعل that is no known name
    word (يشغل، يقود، تضم)."""
    return t.ar and len(t.key) == 4 and t.key[:1] in ("ي", "ت") and \
        t.key not in doc.gaz.ar_latin and "ا" not in t.key[1:] and "و" not in t.key[1:3]


def _future_verb(doc: Doc, t: Tok) -> bool:
    """A lone Arabic word "سـ" + an imperfect verb (سيلتقي، ستبحث، سيزور: will meet, will
    discuss, will visit) that is no known name word (سيروان، سيف)."""
    k = t.key
    return t.ar and k[:1] == "س" and k[1:2] in ("ي", "ت") and len(k) in (5, 6) and \
        k not in doc.gaz.ar_latin and k not in GN.ALL and "ا" not in k[2:] and \
        "و" not in k[2:4]


_AR_EXTRA_CONSTRUCT = frozenset({"شوون", "تصريف", "اداره", "امانه"})


@lru_cache(maxsize=65536)
def _possessed_noun(key: str) -> bool:
    """A common noun with a possessive suffix ("مجلسه", "حكومتها"), or a construct noun
    outside the common-noun list ("شؤون")."""
    if key in _AR_EXTRA_CONSTRUCT:
        return True
    for suf in ("ها", "ه"):
        if key.endswith(suf) and len(key) > len(suf) + 2:
            base = key[: -len(suf)]
            if base.endswith("ت"):
                base = base[:-1] + "ه"
            if base in L.AR_COMMON_NOUNS:
                return True
    return False


def _construct_complement(doc: Doc, covered: dict[int, Mention], out: list[Mention],
                          si: int, j: int, hi: int) -> int:
    """After a construct noun of a title at *j*: skip its genitive complement (one word,
    linked as a place when it is a known place in another spelling, e.g. كوردستان) and the
    definite words that continue the phrase; returns where the name may start. Nothing is
    skipped unless a name can follow."""
    toks = doc.toks
    t = toks[j]
    if j in covered or not t.ar or t.punct or t.key in L.AR_TITLE_FIRST or \
            t.key in L.AR_COMMON_NOUNS or _possessed_noun(t.key):
        return j  # another construct noun: the title loop takes it
    if t.key.startswith("ال"):
        e = j + 1
    else:
        e = j + 1
        person_next = e in covered and covered[e].lo == e and covered[e].etype == "Person"
        if _ar_name_word(doc, t, True) and not person_next and (
                e >= hi or not toks[e].ar or e in covered or
                not _ar_name_word(doc, toks[e], True)):
            return j  # "رئيس حكومة X الكاظمي"? only one name word follows: keep it a name
    while e < hi and e not in covered and toks[e].ar and toks[e].key.startswith("ال") and \
            e - j < 3:
        e += 1  # "تصريف الأعمال", "الأمن الوطني"
    if e >= hi or not toks[e].ar or toks[e].punct:
        return j
    if not t.key.startswith("ال") and e == j + 1:
        place = doc.gaz.fuzzy_person([strip_article_ar(t.key)], doc.mentioned_ids(),
                                     types=("Location", "Country"))
        if place is not None:
            me = _ment_at(doc, si, j, j + 1, place)
            out.append(me)
            covered[j] = me
    return e


_EN_FIELD_WORDS = frozenset({"political", "bureau", "military", "security", "media",
                             "foreign", "relations", "executive", "council", "wing", "shura",
                             "operations", "intelligence", "press", "external"})

_IQLIM = L.fold_ar("إقليم")


def _attach_role(doc: Doc, m: Mention, tlo: int, role: str, role_org: str | None,
                 role_nat: str | None, qual: str | None, in_title: list[Mention]) -> None:
    m.tlo = min(m.tlo, tlo) if m.tlo >= 0 else tlo
    m.role, m.role_org, m.role_nat, m.qual = role, role_org, role_nat, qual
    for im in in_title:
        im.in_title = True
    if role_org and role in ("lead", "head_state"):
        doc.leaders.setdefault(role_org, []).append((m.eid, qual))
    # Arabic proclitic on the title's first token applies to the whole phrase (برئيس الوزراء)
    t = doc.toks[tlo]
    if t.ar and t.stems and len(t.stems) > 1 and not m.prefix:
        for off, st in t.stems[1:]:
            if st in L.AR_TITLE_FIRST or ("ال" + st) in L.AR_TITLE_FIRST:
                m.prefix = t.key[: len(t.key) - len(st)] if off else ""
                if m.prefix.endswith("ال"):
                    m.prefix = m.prefix[:-2]
                break


def _qualified_second_ar(doc: Doc, si: int, covered: dict[int, Mention], out: list[Mention],
                         at: int, hi: int) -> None:
    """A name after the و-qualifier at *at* that ends a titled name ("الجمهوري X
    والديموقراطية Y"): a person of its own, the list's next member."""
    toks = doc.toks
    if at + 2 >= hi or at in covered or toks[at].key[:1] != "و" or \
            not coordinated_qualifier_ar(toks[at].key[1:]):
        return
    lo = at + 1
    e2 = _ar_name_span(doc, lo, hi)
    if e2 - lo < 2 or any(x in covered for x in range(lo, e2)):
        return
    me2 = _ment_at(doc, si, lo, e2, _resolve_name(doc, doc.text[doc.toks[lo].start:
                                                                doc.toks[e2 - 1].end], "Person"))
    out.append(me2)
    for x in range(lo, e2):
        covered[x] = me2
