"""Tests on the words after a title phrase (``title_holders``): a verb or a noun and its
adjective, no name ("أكد الرئيس دعمه الكامل"، "سيلتقي"); a first name that is an ordinary word
("القيادي طالب سامي"); a description ending where a verb's object starts; a deceased holder;
a kin title's family name; the role attached to the holder's mention; the second of two
qualified names; a nationality other than a known person's, the subject of a VSO
verb before a title (its object, no apposition); and the English one-word body before a first name after a title
(``_org_word_first_name``, a step of ``find_mentions``); an English "name" that is another
title ("the Secretary-General's Special Envoy", ``_title_not_name_en``, session 27)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from loaders.extract import given_names as GN
from loaders.extract import lexicon as L
from loaders.extract.arabic_name_words import _MASDAR
from loaders.extract.arabic_names import (
    _ar_name_span,
    _bare_word,
)
from loaders.extract.coreference import (
    AR_DEAD_QUALS,
    EN_DEAD_QUALS,
    deceased_person,
)
from loaders.extract.dead_office_fit import office_fit
from loaders.extract.desc_new_ruler import late_person
from loaders.extract.list_qualifiers_ar import coordinated_qualifier_ar
from loaders.extract.mention_base import (
    Mention,
    _latin_first_name,
    _resolve_name,
    make_mention,
)
from loaders.extract.not_person_runs_en import EN_SERVICE_LAST
from loaders.extract.rule_common import title_start
from loaders.extract.title_phrase import (
    _AR_TITLE_FILLERS,
    _title_at,
)
from loaders.extract.tokens import (
    Sentence,
    Tok,
)
from loaders.textnorm import strip_article_ar

if TYPE_CHECKING:
    from loaders.extract.mentions import Doc


def _key_in(toks: list, lo: int, hi: int, words: frozenset[str]) -> bool:
    """Is the key of a token lo..hi-1 in *words*? (A loop: no generator per call.)"""
    for x in range(lo, hi):
        if toks[x].key in words:
            return True
    return False


def _kin_family_name(doc: Doc, covered: dict[int, Mention], k: int) -> str:
    """" <family name>" of the person named right before the kin word at *k* ("بافل طالباني
    وشقيقه قوباد": " طالباني", so the brother is Qubad Talabani), else of the nearest one
    named before it in the clause ("سلّم وليد جنبلاط الرئاسة إلى نجله تيمور"), else ""."""
    m = covered.get(k - 1)
    if m is None or m.etype != "Person":  # "وسلّم X رئاسة الحزب إلى نجله Y": the nearest
        # person named before (s51); "قاد X ... بعد أن قتلت إسرائيل شقيقه Y": not the killer
        m = next((covered[y] for y in range(k - 2, max(-1, k - 12), -1) if y in covered and
                  covered[y].etype == "Person"), None)
        if m is not None and any(doc.toks[y].text in (".", ":", "؛", ";")
                                 for y in range(m.hi, k)):
            m = None
    if m is None or m.etype != "Person" or m.kind != "name" or m.hi - m.lo < 2 or \
            m.hi > k:
        return ""
    last = doc.toks[m.hi - 1]
    return "" if not last.ar or last.key in GN.ALL else " " + last.text


# lower-case words that end an English title the cue read only in part ("deputy" of "deputy
# chairman", "commander" of "commander-in-chief"): a one-word title of the lexicon, or a link
# or word no title stands on alone
_EN_TITLE_TAIL = frozenset(t for t in L.EN_TITLES if " " not in t and "-" not in t) | \
    frozenset({"in", "elect", "designate", "chair", "officer"})


def named_in_apposition_en(doc: Doc, covered: dict[int, Mention], y: int, hi: int) -> bool:
    """English: does the description ending at token *y* have its holder named in an
    apposition right after it ("the army chief of staff, Lt. Gen. X", "the national security
    adviser, X")? Up to three lower-case words ("of staff") may end the description first."""
    toks = doc.toks
    if y < hi and toks[y].key == "of":
        z = y + 1
        while z < hi and z - y <= 3 and not toks[z].cap and not toks[z].punct:
            z += 1
        y = z
    z = y  # the rest of a title the cue left out: "the deputy commander-in-chief, X", "the
    while z < hi and z - y < 5 and not toks[z].cap and (  # council's deputy chairman, X"
            toks[z].text == "-" or toks[z].key in _EN_TITLE_TAIL):  # (session 63)
        z += 1
    y = z
    if y + 1 >= hi or toks[y].text != ",":
        return False
    m = covered.get(y + 1)
    if m is not None:
        return m.lo == y + 1 and m.etype == "Person"
    return _title_at(doc, y + 1, hi) is not None and toks[y + 1].cap


def named_after_body_en(doc: Doc, covered: dict[int, Mention], y: int, hi: int) -> str | None:
    """English: the known person named after a comma that closes the description ending at
    *y* with "of <a body's name>" the gazetteer does not know as written ("the head of the
    Loyalty to the Resistance parliamentary bloc, MP X"; one title word may come first):
    the description is his title, never someone named before (session 61). None if not so."""
    toks = doc.toks
    if not (y < hi and toks[y].key == "of"):
        return None
    z = y + 1
    while z < hi and z - y <= 3 and not toks[z].cap and not toks[z].punct:
        z += 1
    if not (z < hi and toks[z].cap and not toks[z].punct):
        return None
    end = _body_name_end(doc, z, hi)
    m = (covered.get(end + 1) or covered.get(end + 2)) if end > z else None
    if m is None or m.etype != "Person" or doc.gaz.get(m.eid) is None:
        return None
    return m.eid


def of_unknown_acronym_en(covered: dict[int, Mention], toks: list, y: int, hi: int) -> bool:
    """English: does the description ending at *y* go on with "of" and an acronym no mention
    covers ("France says it has killed the head of IS in the Sahel", "the leader of AQIM")?
    The office is that body's, so the description is no office holder named before (not
    the head of France: session 65)."""
    if not (y + 1 < hi and toks[y].key == "of") or y + 1 in covered:
        return False
    text = toks[y + 1].text
    return 2 <= len(text) <= 6 and text.isalpha() and text.isupper()


_EN_NAME_LINKS = frozenset({"the", "of", "to", "for", "and", "al", "el"})


def _body_name_end(doc: Doc, z: int, hi: int) -> int:
    """The comma after a body's name opening at the capitalised token *z*: capitalised words
    and their links ("of", "to", "the"), two lower-case words at most ("parliamentary
    bloc", "political bureau"), at most ten tokens; else *z* (no such name)."""
    toks = doc.toks
    low = 0
    for x in range(z, min(hi, z + 11)):
        t = toks[x]
        if t.text == ",":
            return x
        if t.punct:
            return z
        if not t.cap and t.key not in _EN_NAME_LINKS:
            low += 1
            if low > 2:
                return z
    return z


# indefinite accusative head roles ("عُيّن X قائداً لـY"): predicates, never a description
# of the body's (former) leader
AR_ACC_ROLES = L._ar("قائدا", "زعيما", "رئيسا", "امينا", "مديرا")


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


def swallows_name(covered: dict[int, Mention], k: int, end: int) -> bool:
    """Does the title phrase [k, end) end inside a person's name found already ("القيادي في
    الكتائب أركان العلياوي": the phrase read أركان as "staff")? Then it titles that name and
    is no description of someone named before."""
    for x in range(k + 1, end):
        m = covered.get(x)
        if m is not None and m.lo == x and m.hi > end and m.etype == "Person" and \
                m.kind == "name":
            return True
    return False


def indefinite_member_ar(toks: list[Tok], k: int, j: int) -> bool:
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


# meeting verbs whose subject comes right after them and whose object follows the subject
_AR_VSO_MEET = frozenset(L.fold_ar(w) for w in (
    "التقى", "التقي", "يلتقي", "تلتقي", "التقت", "استقبل", "يستقبل", "استقبلت", "تستقبل",
    # "ورافق الشرع وزير الخارجية، X": the companion after the one accompanied (session 51)
    "رافق", "يرافق", "رافقت", "ترافق"))


def vso_meeting_verb_ar(t: Tok) -> bool:
    """Is the Arabic word *t* a meeting verb whose subject comes right after it ("استقبل",
    "والتقى", "فالتقت", "ورافق"; a و / ف proclitic aside)?"""
    return t.key in _AR_VSO_MEET or (t.key[:1] in "وف" and t.key[1:] in _AR_VSO_MEET)


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
        if vso_meeting_verb_ar(t):
            return True  # ("والتقى": its stems read the article in it)
    return False


_AR_ACCUSATIVE_MARKS = ("\u064e", "\u064b")  # fatha, tanween al-fath


def marked_object_after_subject_ar(doc: Doc, m: Mention, k: int, lo: int) -> bool:
    """Is the title word at *k*, right after the subject *m* of a meeting verb, written with
    the accusative the writer marked ("واستقبل الرئيس الإيراني X رئيسَ مجلس الوزراء")? It
    then opens the verb's object (a description of the guest), no second title of *m*
    (session 65)."""
    if not doc.toks[k].text.endswith(_AR_ACCUSATIVE_MARKS) or not _vso_subject(doc, m, lo):
        return False
    start = title_start(m)  # (no person between the verb and *m*: "استقبل H الضيفَ G رئيسَ
    # الوفد" is G's own title, G the object)
    return not any(p.etype == "Person" and p.eid != m.eid and start - 6 <= p.lo < start
                   for p in doc.by_sent.get(m.sent, ()))


# indefinite adjectives of a region or a rank after an indefinite title ("مسؤول عربي",
# "دبلوماسي غربي", "وزير خارجية خليجي"), though some are known family names (العربي)
_AR_REGION_ADJ = L._ar("عربي", "عربية", "غربي", "غربية", "خليجي", "خليجية", "أوروبي",
                       "أوروبية", "أجنبي", "أجنبية", "أممي", "أممية", "إقليمي", "إقليمية")


def _no_lone_name(doc: Doc, t: Tok) -> bool:
    """A lone Arabic word after a title that names nobody: no name word the tables know
    (names.yaml, the gazetteer's name words, usual given names), no family-name shape
    (العامري، عراقجي، أحمديان), or a passive verb; a new person is introduced by two words
    or more, and his surname alone later was found by the known-names step already."""
    key = t.key
    if key in _AR_REGION_ADJ:
        return True  # "أول مسؤول عربي يلتقي Y": an Arab official, no Elaraby (session 58)
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
    word elsewhere (طالب، خليفة، أركان) or no usual given name (حيان، راكان)? Not a verb of
    what was discussed ("اجتماعاً مع رئيس الحكومة تناول / ناقش أولويات المرحلة")."""
    return _bare_word(t) and t.key not in _AR_TITLE_FILLERS and t.key not in _AR_TALKS_VERBS \
        and not (_MASDAR.match(t.key) and t.key not in GN.ALL)
    # (no verbal noun: "رفض الرئيس تعيين X": the appointment, no person "Tayin X"; s53)


# verbs telling what a meeting discussed, right after its partner's title ("اجتماعاً مع رئيس
# الحكومة تناول أولويات المرحلة"): never a first name (not all of `L.AR_COMMON_VERBS`: طالب
# is a verb and a first name)
_AR_TALKS_VERBS = L._ar("تناول", "تناولت", "تطرق", "تطرقت", "ناقش", "ناقشت", "ناقشا", "بحث",
                        "بحثت", "بحثا", "تباحث", "تباحثا", "تبادل", "تبادلا", "استعرض",
                        "استعرضت", "تركز", "تركزت", "تمحور", "تمحورت", "شمل", "شملت", "تضمن",
                        "تضمنت", "ركز", "ركزت")


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


def deceased_description(doc: Doc, si: int, k: int, j: int) -> str | None:
    """"the slain general", "the martyred commander", "القائد الشهيد" (title at *k*, its
    modifiers up to *j*): the person the article said was killed (not the last person
    named, who may be the killer)."""
    toks = doc.toks
    if toks[k].ar:  # the qualifier follows the title: "القائد الشهيد"
        if not _key_in(toks, k + 1, min(doc.sents[si].hi, j + 1), AR_DEAD_QUALS):
            return None
    elif not _key_in(toks, max(doc.sents[si].lo, k - 3), k, EN_DEAD_QUALS):
        return None
    fits = office_fit(doc, k)  # "the martyred president": not the governor named last
    # (late_person: a natural death, s64)
    return deceased_person(doc, si, k, fits=fits) or late_person(doc, si, k)


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


_AR_IMPERFECT_MEET = frozenset(w for w in L.AR_MEET | L.AR_RECEIVE_VERBS if w[:1] in ("ي", "ت"))


def meeting_verb_word(t: Tok) -> bool:
    """A lone Arabic imperfect meeting verb (يستقبل، يلتقي، تستقبل), a headline's verb after
    its subject's title ("الرئيس يستقبل ولي العهد": no name «يستقبل ولي العهد»; session
    60), whatever its length (``arabic_verb_shape.imperfect_verb_ar`` reads four letters)."""
    return t.ar and t.key in _AR_IMPERFECT_MEET


def _future_verb(doc: Doc, t: Tok) -> bool:
    """A lone Arabic word "سـ" + an imperfect verb (سيلتقي، ستبحث، سيزور: will meet, will
    discuss, will visit) that is no known name word (سيروان، سيف)."""
    k = t.key
    return t.ar and k[:1] == "س" and k[1:2] in ("ي", "ت") and len(k) in (5, 6) and \
        k not in doc.gaz.ar_latin and k not in GN.ALL and "ا" not in k[2:] and \
        "و" not in k[2:4]


def attach_role(doc: Doc, m: Mention, tlo: int, role: str, role_org: str | None,
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
    me2 = make_mention(doc, si, lo, e2, _resolve_name(doc, doc.text[doc.toks[lo].start:
                                                                doc.toks[e2 - 1].end], "Person"))
    out.append(me2)
    for x in range(lo, e2):
        covered[x] = me2


_EN_AT_THE_HEAD = frozenset({"at", "to"})


def at_the_head_of_en(toks: Any, k: int, lo: int, hi: int) -> bool:
    """Is the English "head" at *k* the idiom "at / to the head of" ("two years of vacancy at
    the head of the State", "rose to the head of the party"): a position, no person?"""
    return toks[k].key == "head" and k - 2 >= lo and k + 1 < hi and \
        toks[k + 1].key == "of" and toks[k - 1].key == "the" and \
        toks[k - 2].key in _EN_AT_THE_HEAD


_EN_TITLE_WORDS = frozenset(w for t in L.EN_TITLES for w in t.replace("-", " ").split())
_EN_NAMED_PASSIVE = frozenset({"named", "appointed", "elected", "nominated", "designated"})
_EN_BE = frozenset({"was", "is", "were", "been", "be", "being"})
_EN_BECAME = frozenset({"became", "become", "becomes"})


def predicate_office_en(toks: Any, k: int, lo: int) -> bool:
    """Is the English title at *k* the office a predicate gives the subject ("X was named
    the UN special coordinator for Lebanon", "Y became the army chief"): no one else named
    before it (session 53)?"""
    for the in range(k - 1, max(lo, k - 5) - 1, -1):
        if toks[the].key == "the":
            break
        if toks[the].punct:
            return False
    else:
        return False
    v = the - 1
    return v >= lo and (toks[v].key in _EN_BECAME or toks[v].key in _EN_NAMED_PASSIVE and
                        v - 1 >= lo and toks[v - 1].key in _EN_BE)


# the seat of an office, one word after its title ("the PM House", "the President Office")
_EN_SEATS = frozenset({"house", "palace", "residence", "office", "secretariat", "diwan"})
# words that only qualify the title after them, never a name (session 53)
_EN_TITLE_MODIFIERS = frozenset({"assistant", "associate", "principal", "under"})


def _title_not_name_en(doc: Doc, toks: list[Tok], jn: int, ne: int) -> bool:
    """Are the capitalised words jn..ne after a title another title, no name ("the UN
    Secretary-General's Special Envoy to Yemen, X": no person "Special Envoy")? Their last
    word a title word and their first no given name ("John Major" stays a name); or one
    word naming the office's seat ("the PM House") or qualifying the title after it
    ("Deputy Assistant Secretary of State X": no person "Assistant")."""
    if ne - jn == 1 and (toks[jn].key in _EN_SEATS or toks[jn].key in _EN_TITLE_MODIFIERS):
        return True  # "called on him at the PM House": the premier's seat (session 53)
    if ne > jn and not toks[jn].ar and toks[ne - 1].key in EN_SERVICE_LAST:
        return True  # "General Intelligence chief X", "General Security chief X": a service
        # after the rank's word, never a person "Intelligence" (session 54)
    return ne - jn >= 2 and not toks[jn].ar and toks[ne - 1].key in _EN_TITLE_WORDS and \
        not _latin_first_name(doc, toks[jn].key)

