"""A title phrase with no name after it (``title_holders.title_holder`` reads the name): a
description used in place of a name, resolved to the person holding that role ("the Quds Force
commander", «رئيس الوزراء», "the new speaker", «قائد الجيش الجديد»), the title of a person named
right after it, or left for cataphora ("The Iranian general ... Soleimani"). Not a position or a
post («منصب الأمين العام», "vacancy at the head of the State"), nor an office someone takes
("as", a predicate), nor a unit's name."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.affiliated_description import affiliated_holder
from loaders.extract.appositive_names import (
    apposed_name_en,
    compound_title_named_en,
    dead_qualified_name_ar,
    named_after_of_en,
    qualified_name_after_ar,
    ranked_name_after_of_en,
)
from loaders.extract.coreference import (
    counterpart_peer,
    deceased_person,
    resolve_description,
    same_sentence_antecedent,
)
from loaders.extract.desc_acting_holder import acting_holder_ar, acting_holder_en
from loaders.extract.desc_chief_of_role_en import chief_of_a_role_en
from loaders.extract.desc_construct_titled_ar import construct_holder_ar
from loaders.extract.desc_country_possessed_en import country_possessed_en
from loaders.extract.desc_guest_sender import guest_not_sender
from loaders.extract.desc_guest_word import guest_description, guest_marked
from loaders.extract.desc_honorific_ar import family_word_holder_ar, honorific_holder_ar
from loaders.extract.desc_nationality import national_description
from loaders.extract.desc_new_construct_ar import (
    incoming_holder_ar,
    new_construct_ar,
    new_two_word_title_ar,
)
from loaders.extract.desc_office_owner_en import office_owner_antecedent
from loaders.extract.desc_opening_subject_en import opening_subject_en, yields_to_subject
from loaders.extract.desc_qualified import backed_description, the_qualified_en
from loaders.extract.desc_same_sentence import same_title_antecedent
from loaders.extract.desc_to_come import designee, to_come_office
from loaders.extract.desc_top_national_en import national_holder, ranked_national_the
from loaders.extract.description_fit import apposed_description_en
from loaders.extract.mention_base import (
    Mention,
    MentionWork,
    accusative_tanween,
    before_is_the,
    make_mention,
)
from loaders.extract.protocol_forms import crown_prince_after_name_ar, second_title_ar
from loaders.extract.title_age_en import aged_the_en
from loaders.extract.title_holder_checks import (
    AR_ACC_ROLES,
    at_the_head_of_en,
    attach_role,
    deceased_description,
    indefinite_member_ar,
    named_after_body_en,
    named_in_apposition_en,
    of_unknown_acronym_en,
    predicate_office_en,
    swallows_name,
)
from loaders.extract.title_phrase import AR_GUEST
from loaders.extract.title_runs_on_ar import title_runs_to_name_ar
from loaders.extract.unit_ranks_ar import unit_not_rank_ar

# "the post of": the title after it names an office, no person ("منصب الأمين العام")
_AR_POST_NOUNS = L._ar("منصب", "لمنصب", "بمنصب", "المنصب", "مناصب", "ومنصب", "منصبي")
# a place named after a title ("حيي الشيخ مقصود والأشرفية"، "حي الشيخ جراح"، "جامع الإمام ..."):
# the title word there is part of the place's name, no description of a person (session 60;
# not "شرم": "في شرم الشيخ، المبعوث X" needs the title read there, arLU6)
_AR_PLACE_HEADS = L._ar("حي", "حيي", "أحياء", "احياء", "منطقة", "منطقه", "بلدة", "بلده", "قرية",
                        "قريه", "شارع", "ساحة", "ساحه", "مخيم", "جسر", "مسجد", "جامع",
                        "ضريح", "مقام", "مستشفى", "مستشفي", "مدرسة", "مدرسه")
# "عُيّن X قائماً بأعمال وزير الخارجية", "بالقيام بأعمال رئيس الوزراء": the post X acts in,
# no one holding it (session 53; not "القائم بأعمال الوزير": the acting one himself)
_AR_ACTING_IN = L._ar("قائما", "قائماً", "القيام", "بالقيام", "للقيام")
_AR_DUTIES = L._ar("بأعمال", "باعمال")
# the deputy or assistant of an office ("نائب وزير الدفاع الوطني، رئيس أركان الجيش، الفريق X"):
# the office named after it is his principal's, no description of anyone present (session 66)
_AR_DEPUTY_OF = L._ar("نائب", "ونائب", "بنائب", "لنائب", "نائبة", "ونائبة", "مساعد", "ومساعد",
                      "بمساعد", "لمساعد", "مساعدة")
_AR_PLURAL_PEERS = L._ar("نظرائه", "ونظرائه", "نظراءه", "ونظراءه", "نظراؤه", "ونظراؤه",
                         "نظرائها", "نظراءها", "نظراؤها", "نظرائهم", "نظراءهم")

def _place_head_ar(t: Any) -> bool:
    """Is token *t* a place noun a title word may name ("حي"، "بحي"، "وشرم"): the head of a
    place called after a sheikh, imam or king?"""
    if not t.ar:
        return False
    k = t.key
    return k in _AR_PLACE_HEADS or (k[:1] in ("ب", "و", "ل", "ف") and k[1:] in _AR_PLACE_HEADS)


def _as_title_ar(t: Any) -> bool:
    """Is the Arabic title word *t* glued to كـ "as" ("كأمين عام"، "وكرئيس للوزراء")? Not a
    title that starts with ك itself ("كبير المفاوضين")."""
    key = t.key
    if key.startswith("و"):
        key = key[1:]
    return key.startswith("ك") and key not in L.AR_TITLE_FIRST and key[1:] in L.AR_TITLES


@dataclass(slots=True)
class TitlePhrase:
    """A title phrase whose holder ``title_holders.title_holder`` seeks: the title word at
    *k*, the phrase ending at *tend*, the name or description starting at *j* (after a rank
    or body), the word *b* before the title, the role (its body and nationality, a qualifier),
    and the bodies named inside the title (*in_title*). *role* and *role_org* may be changed
    by the name's start (``title_holders._name_start``: a body named after the title)."""

    k: int
    tend: int
    j: int
    b: int
    role: str
    phrase: str
    role_org: str | None
    role_nat: str | None
    qual: str | None
    in_title: list[Mention]

    @property
    def end(self) -> int:
        """Where the title phrase ends, past its complements."""
        return max(self.j, self.tend)


@dataclass(slots=True)
class _Reading:
    """How a title with no name after it reads as a description: *definite* (used in place of
    a name), and why: *qualified* ("the new speaker"), *ranked* ("the top Iranian diplomat"),
    *new_ar* («قائد الجيش الجديد»); *read_before*: a description before session 30 too."""

    definite: bool
    qualified: bool
    ranked: bool
    new_ar: bool
    read_before: bool


def _description_reading(w: MentionWork, t: TitlePhrase) -> _Reading:
    """Is the title a description used in place of a name ("the Quds Force commander",
    "المسؤول العسكري الإيراني البارز", "رئيس الوزراء"), and why (:class:`_Reading`)?"""
    doc, s, toks, covered = w.doc, w.s, w.toks, w.covered
    k, j, b, role, phrase = t.k, t.j, t.b, t.role, t.phrase
    definite = (toks[k].ar and (toks[k].key.startswith("ال") or phrase.startswith("ال")
                                 or (t.role_org is not None and
                                     not indefinite_member_ar(toks, k, j))
                                 or " ال" in phrase)) or (
        not toks[k].ar and k > s.lo and toks[k - 1].key == "the") or (
        not toks[k].ar and b >= s.lo and before_is_the(doc, covered, b, s.lo)) or (
        not toks[k].ar and b >= s.lo and b in covered and covered[b].poss and
        covered[b].etype == "Country" and role == "plain" and not toks[k].cap)
    # ("Iran's top diplomat"; not "Iran's Minister of Petroleum X": a title before a name)
    definite = definite or (not toks[k].ar and role != "plain" and aged_the_en(toks, k, s.lo))
    # "the 54-year-old premier": an age is no qualifier of the office (session 62; an office,
    # not "the 94-year-old cleric", whom the last cleric named need not be)
    qualified = not definite and the_qualified_en(toks, b, k, s.lo)  # "the new speaker"
    definite = definite or qualified
    ranked = not definite and not toks[k].ar and ranked_national_the(toks, b, s.lo)
    definite = definite or ranked  # "the top Iranian diplomat" (session 41)
    new_ar = new_construct_ar(toks, k, j) or \
        new_two_word_title_ar(toks, k, j)  # "قائد الجيش الجديد" (s30), "الوزير الأول الجديد" (s64)
    read_before = definite  # (a description before session 30 too: "رئيس جهاز ... الجديد")
    return _Reading(definite or new_ar, qualified, ranked, new_ar, read_before)


def _position_or_named_next(w: MentionWork, t: TitlePhrase) -> bool:
    """Is the definite title no description after all: a name follows, it names a position or
    a post (held, acted in, a place's name), or its holder is named right after it?"""
    doc, s, toks, covered = w.doc, w.s, w.toks, w.covered
    k, j, end = t.k, t.j, t.end
    if not toks[k].ar:
        # "the slain General Qasim ...": a name follows; "vacancy at the head of the State": a
        # position, no person; "X was named the UN special coordinator": X's new office; "met
        # the chief of the general staff, Maj Gen X": X, named next; "the Prime Minister and
        # Minister of Foreign Affairs, Sheikh X": X; "the Leader of the Islamic Revolution
        # Ayatollah X": X; "the Speaker of the House of Representatives X": X (s59)
        return (j < s.hi and toks[j].cap and t.role == "plain") or \
            at_the_head_of_en(toks, k, s.lo, s.hi) or \
            country_possessed_en(toks, covered, k, end, s.hi, t.role_org) or \
            predicate_office_en(toks, k, s.lo) or \
            apposed_name_en(toks, end, s.hi) or \
            compound_title_named_en(toks, end, s.hi) or \
            ranked_name_after_of_en(toks, end, s.hi) or \
            named_after_of_en(doc, covered, end, s.hi)
    # "تولى X منصب الأمين العام لحزب الله": the post, no one holding it (session 51); "في حيي
    # الشيخ مقصود والأشرفية": a place's name (session 60); "قائماً بأعمال وزير الخارجية": the
    # post acted in (session 53); "نائب وزير الدفاع، ...": the deputy's principal office, his
    # own name told after another title (s66)
    return k > s.lo and toks[k - 1].key in _AR_POST_NOUNS or \
        k > s.lo and _place_head_ar(toks[k - 1]) or \
        k > s.lo + 1 and toks[k - 1].key in _AR_DUTIES and toks[k - 2].key in _AR_ACTING_IN or \
        k > s.lo and toks[k - 1].key in _AR_DEPUTY_OF and _closed_before_name(w, t.end)


def _closed_before_name(w: MentionWork, end: int) -> bool:
    """Arabic: does a comma close the title phrase ending at *end* (an adjective or two of it
    between, "نائب وزير الدفاع الوطني،"), before any name ("نائبة المبعوث الأميركي ... X": his)?"""
    for y in range(end, min(w.s.hi, end + 3)):
        if w.toks[y].punct:
            return w.toks[y].text in ("،", ",")
        if y in w.covered:
            return False
    return False


def _own_title_name_at(w: MentionWork, t: TitlePhrase, definite: bool) -> int:
    """Arabic: where the person whose own title this is stands after it ("بحضور القيادي في
    الحزب النائب X" (s44), "رئيس الحركة في غزة X", "اللواء الشهيد X" (s63)); -1 if none."""
    doc, s, toks, covered = w.doc, w.s, w.toks, w.covered
    k, end = t.k, t.end
    at_name = qualified_name_after_ar(doc, covered, end, s.hi) \
        if definite and toks[k].ar else -1
    if at_name < 0 and definite and toks[k].ar:
        at_name = title_runs_to_name_ar(doc, covered, k, end, s.lo, s.hi)
    if at_name < 0 and toks[k].ar and t.j > k:
        at_name = dead_qualified_name_ar(doc, covered, k, end, s.hi)
    return at_name


def _office_taken_or_own_title(w: MentionWork, t: TitlePhrase) -> bool:
    """Is the definite title no description of a holder named elsewhere: the office someone
    takes ("as", a predicate), a second title of the man just named, a unit's name?"""
    doc, s, toks, covered, out = w.doc, w.s, w.toks, w.covered, w.out
    k = t.k
    if toks[k].ar and (
            _as_title_ar(toks[k]) or
            t.role in ("lead", "head_state") and (toks[k].key in AR_ACC_ROLES or
                                                  accusative_tanween(toks[k].text))):
        # "عُيّن X كأمين عام لحزب الله": the office he took ("as"; session 55); "أدى X
        # اليمين رئيساً لإيران": a predicate, not the leader
        return True
    if toks[k].ar and out and second_title_ar(doc, covered, k):
        # "X نائب حاكم إمارة أبوظبي مستشار الأمن الوطني": his second title
        for im in t.in_title:  # "X ولي العهد نائب رئيس مجلس الوزراء": the council is part of
            im.in_title = True  # his own title, no subject of the verb (session 64)
        return True
    if toks[k].ar and out and crown_prince_after_name_ar(doc, covered, k):
        return True  # "سمو الأمير X ولي العهد": his own title (session 54)
    return unit_not_rank_ar(toks, k, t.j, s.lo)  # "قائد اللواء الثالث X": the brigade, no
    # general named before


def _antecedent(w: MentionWork, t: TitlePhrase, found: str | None) -> str | None:
    """The person the description stands for: *found* (the construct's holder, the dead, the
    counterpart), else the one an honorific or family word, the same title, the office's
    owner, the role or the sentence names before."""
    doc, si, toks, out = w.doc, w.si, w.toks, w.out
    k, role, role_nat, qual = t.k, t.role, t.role_nat, t.qual
    return found or honorific_holder_ar(doc, k) or \
        family_word_holder_ar(doc, k) or \
        same_title_antecedent(doc, out, k, qual) or \
        (not toks[k].ar and office_owner_antecedent(doc, out, k, role_nat, qual)) or \
        resolve_description(doc, si, role, t.role_org, role_nat, qual, k, out) or \
        same_sentence_antecedent(doc, out, role, role_nat, k)


def _description_eid(w: MentionWork, t: TitlePhrase, d: _Reading, found: str | None,
                     dead: str | None, peer: str | None, apposed: str | None) -> str | None:
    """The holder of the description (:func:`_antecedent`), narrowed by what the phrase says:
    an office to come, "the new", a rank and nationality, a guest, a nationality before the
    title, a holder named in apposition or after a body, an affiliation; None if nobody."""
    doc, si, s, toks, covered, out = w.doc, w.si, w.s, w.toks, w.covered, w.out
    k, b, end, phrase, role_nat = t.k, t.b, t.end, t.phrase, t.role_nat
    eid = _antecedent(w, t, found)
    coming = to_come_office(toks, k, end, s.hi, covered) if not dead else None
    if coming is not None:  # "the Prime Minister-designate", «رئيس الحكومة المكلف»: the
        eid = designee(doc, k, coming)  # one designated in the piece, else nobody (s62)
    elif d.qualified and not dead:
        eid = backed_description(doc, si, k, t.qual, eid)  # "the new X": the incoming one
    elif d.ranked and not dead:
        eid = national_holder(doc, role_nat, eid, t.role_org)  # only a person of that nationality
    elif d.new_ar and not dead:  # the incoming holder the article backs, else as before
        eid = incoming_holder_ar(doc, si, k, t.j) or (
            eid if d.read_before and not new_two_word_title_ar(toks, k, t.j) else None)
        # ("الوزير الأول الجديد" with no appointee told is not the one dismissed: nobody)
    if not dead:  # "the interim President", «الرئيس المؤقت»: the one sworn in as such (s67)
        eid = (acting_holder_ar(doc, k, s.lo, s.hi) if toks[k].ar else
               acting_holder_en(doc, k, s.lo)) or eid
    if phrase == AR_GUEST and eid is not None and eid == deceased_person(doc, si, k):
        eid = None  # "قُتل سليماني ... واستقبل العامري الضيف الإيراني": not the dead
    if phrase == AR_GUEST and eid is not None:
        eid = guest_not_sender(doc, k, role_nat, eid)  # not "رسالة من الملك": the guest
    if guest_marked(doc, b, k, end, s.hi):
        eid = guest_description(doc, si, k, eid)  # "الوزير الضيف": the one received (s52)
    if role_nat and eid and not (dead or peer or d.ranked or toks[k].ar) and \
            _nationality_in(toks, max(s.lo, b - 1), k):
        # "the Uzbek minister" (the nationality before the title): no Afghan named
        # before (desc_nationality)
        eid = national_description(doc, si, role_nat, eid, k, out)
    if apposed is not None and eid != apposed:
        eid = None
    if eid and not toks[k].ar:
        named = named_after_body_en(doc, covered, end, s.hi)
        if named is not None and named != eid:
            eid = None  # "the head of the <unknown body>, MP X": X's title, nobody before
        elif of_unknown_acronym_en(covered, toks, end, s.hi):
            eid = None  # "killed the head of IS in the Sahel": that body's head (s65)
    return affiliated_holder(doc, si, k, end, eid)  # "the jihadist leader"


def _add_description(w: MentionWork, t: TitlePhrase, eid: str) -> None:
    """Record the title phrase as a description (kind ``desc``) of *eid*, with its role and
    its Arabic proclitics, and the bodies named in it as part of the title."""
    doc, si, s, toks, covered = w.doc, w.si, w.s, w.toks, w.covered
    k, b, end = t.k, t.b, t.end
    lo_d = k if not (b >= s.lo and t.role_org and b in covered and not toks[k].ar) \
        else covered[b].lo
    me = make_mention(doc, si, lo_d, t.j if t.j > t.tend else t.tend, eid, kind="desc")
    me.role, me.role_org, me.role_nat, me.qual = t.role, t.role_org, t.role_nat, t.qual
    me.prefix = toks[k].key[: len(toks[k].key) - len(toks[k].stems[-1][1])] \
        if toks[k].ar and toks[k].stems else ""
    if me.prefix.endswith("ال"):
        me.prefix = me.prefix[:-2]
    for im in t.in_title:
        im.in_title = True
    w.out.append(me)
    for x in range(k, end):
        covered.setdefault(x, me)


def _leave_for_cataphora(w: MentionWork, t: TitlePhrase) -> None:
    """English: "The Iranian general ... Soleimani": a description after "the" (past
    nationalities and qualifiers) is left for a name maybe given later (``doc.pending``)."""
    s, toks = w.s, w.toks
    lo_p = t.k
    while lo_p > s.lo and (toks[lo_p - 1].key in L.NATIONALITY or
                           toks[lo_p - 1].key in L.EN_QUALIFIERS):
        lo_p -= 1
    if of_unknown_acronym_en(w.covered, toks, t.end, s.hi):
        return  # "the head of IS": of a body not read, so of no one named next (s65)
    if lo_p > s.lo and toks[lo_p - 1].key == "the":
        w.doc.pending.append((w.si, lo_p - 1, t.end, t.role, t.role_org, t.role_nat, t.qual))


def _nationality_in(toks: Any, lo: int, hi: int) -> bool:
    """Is one of the tokens lo..hi-1 a nationality word? (A loop: no generator per call.)"""
    for x in range(lo, hi):
        if toks[x].key in L.NATIONALITY:
            return True
    return False


def described_holder(w: MentionWork, t: TitlePhrase, of_the: bool, mp: bool) -> int:
    """No name after the title: a description used in place of a name, resolved to the
    person holding that role (recorded as a ``desc`` mention), or left for cataphora; the
    title of a person named right after it. The position where the scan goes on."""
    doc, si, s, toks, covered = w.doc, w.si, w.s, w.toks, w.covered
    k, j, b, end = t.k, t.j, t.b, t.end
    if t.role_org and chief_of_a_role_en(toks, k, j, s.hi):
        return t.tend  # "the chief U.N. investigator": not the UN's head (desc_chief_of_role_en)
    d = _description_reading(w, t)
    definite = d.definite and not _position_or_named_next(w, t)
    at_name = _own_title_name_at(w, t, definite)
    if at_name >= 0:  # "رئيس الحركة في غزة X": X's own title, no one named before
        if at_name in covered:
            attach_role(doc, covered[at_name], k, t.role, t.role_org, t.role_nat, t.qual,
                         t.in_title)
        return end
    definite = definite and not _office_taken_or_own_title(w, t)
    # "X, the Houthis' chief negotiator,": said of X, nobody else (session 16)
    apposed = apposed_description_en(doc, covered, k, s.lo, end, s.hi) \
        if definite and not toks[k].ar else None
    if definite and not toks[k].ar and named_in_apposition_en(doc, covered, end, s.hi):
        definite = False  # "the army chief of staff, Lt. Gen. X": X, not someone before
    dead = deceased_description(doc, si, k, end) if j > k and not of_the and (
        definite or (b >= s.lo and toks[b].key == "the")) else None
    # "X was received by Y. The veteran Swedish-Italian diplomat ...": X (desc_opening_subject_en)
    opening = opening_subject_en(doc, si, s.lo, k) if not (toks[k].ar or dead) else None
    if opening is not None and not definite and (
            _position_or_named_next(w, t) or named_in_apposition_en(doc, covered, end, s.hi)):
        opening = None
    was_definite = definite
    definite = definite or opening is not None
    plural_peers = toks[k].ar and toks[k].key in _AR_PLURAL_PEERS  # "مع نظرائه الإيرانيين":
    # several unnamed, no one person (session 50)
    peer = counterpart_peer(doc, si, t.role_nat, k, w.out) if not (
        definite or dead or plural_peers) and j > k and t.role_nat else None
    # ("نظيره العراقي": the Iraqi holder of the office)
    readable = j > k and not of_the and not mp and t.phrase not in L.AR_NAME_ONLY_TITLES and \
        not plural_peers
    free = readable and bool(toks[k].ar or definite or dead or peer) and \
        not swallows_name(covered, k, end)  # (tested once, only when it matters)
    built = construct_holder_ar(doc, si, k, j, covered) if free and toks[k].ar and not (
        definite or dead or peer) else None
    # ("رئيس مجلس السيادة": the one titled so; after the cheap tests, review41 B2)
    if not ((definite or dead or peer or built) and free):
        return t.tend
    eid = _description_eid(w, t, d, built or dead or peer, dead, peer, apposed)
    if opening is not None:
        if eid is None or yields_to_subject(doc, si, eid):
            eid = opening
        elif not was_definite:
            return t.tend  # (the opening description alone would read nobody)
    if eid:
        _add_description(w, t, eid)
        return end
    if toks[k].ar:
        doc.unnamed.add(k)
    else:
        doc.unnamed_en.add(k)
    if not toks[k].ar and t.role != "member" and apposed is None and not d.qualified:
        _leave_for_cataphora(w, t)
    return t.tend
