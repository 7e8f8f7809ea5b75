"""People named without a title in both scripts: a first name in a spelling of its own
before a known surname ("Esmaeel Ghaani", "إسماعيل قائاني"), a known first name before
someone else's surname ("علي هادي العامري"), and in English a bare unknown surname as
subject or object of met/succeeded/replaced ("Araghchi met Pakpour")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from loaders.extract import lexicon as L
from loaders.extract.arabic_name_cues import AR_SAID
from loaders.extract.arabic_names import (
    _ar_given_first,
    _ar_name_word,
    _plain_name_word,
    _verb_shape,
)
from loaders.extract.bin_chain_before import BIN_KEYS, bin_chain_start
from loaders.extract.compound_given_en import compound_given_before
from loaders.extract.event_noun_names_ar import event_noun_before_known
from loaders.extract.headline_verbs_en import HEADLINE_VERBS_EN
from loaders.extract.hyphen_family_other_en import hyphen_family_start
from loaders.extract.hyphen_given_left import hyphen_start
from loaders.extract.mention_base import (
    _B_EN_BARE_VERB,
    _EN_BODY_LAST,
    _EN_NAME_HONORIFICS,
    _EN_PLACE_HEADS,
    _EN_TIME_WORDS,
    Mention,
    MentionWork,
    _latin_first_name,
    _name_with_surname,
    _positions_in,
    _resolve_name,
    make_mention,
)
from loaders.extract.speaker_role_ar import AR_SAYS
from loaders.extract.spelt_on import other_person
from loaders.extract.spokesman_for_ar import in_the_name_of
from loaders.extract.theophoric_names_ar import TAILS as _THEO_TAILS
from loaders.extract.theophoric_names_ar import compound_goes_on
from loaders.extract.tokens import BULLETS as _BULLETS
from loaders.extract.tokens import Tok
from loaders.textnorm import (
    core_tokens,
    is_arabic,
)

if TYPE_CHECKING:
    from loaders.extract.mentions import Doc


# nouns of set phrases after على that are also usual given names ("على شرف X": in honour of X)
_AR_AFTER_ALA = frozenset({"شرف", "راس"})
# verbs of saying before a speaker's name: no first word of it ("وتقول ميساء شجاع الدين")
_SAYING = AR_SAID | AR_SAYS


def _retarget(doc: Doc, si: int, covered: dict[int, Mention], out: list[Mention],
              me: Mention, lo: int) -> None:
    """Read tokens *lo*.. through the surname mention *me* as one name (its own id)."""
    eid = _resolve_name(doc, doc.text[doc.toks[lo].start:me.end], "Person")
    if eid == me.eid:
        return
    out.remove(me)
    nm = make_mention(doc, si, lo, me.hi, eid)
    out.append(nm)
    for x in range(lo, me.hi):
        covered[x] = nm


def _first_names_before_surnames(w: MentionWork) -> None:
    """A first name in a spelling of its own before a known surname ("Esmaeel
    Ghaani", "إسماعيل قائاني"); known first names before a bare known surname that belongs to
    someone else ("علي هادي العامري")."""
    doc, si, s, toks, covered, out = w.doc, w.si, w.s, w.toks, w.covered, w.out
    for me in list(out):
        if me.etype != "Person" or me.kind != "name" or me.prefix:
            continue  # "فؤاد حسين بعباس": a preposition before the surname starts a phrase
        p = me.lo - 1
        if p < s.lo or p in covered:
            continue
        pt = toks[p]
        if pt.text == "." and p - 2 >= s.lo:
            _across_initial(doc, me, p, covered)  # "Mark A. Milley": his first name too
            continue
        if pt.ar and event_noun_before_known(doc, pt, me):
            continue  # «نجاة الكاظمي من محاولة اغتيال»: his escape, no Najat al-Kadhimi (s68)
        if pt.ar and in_the_name_of(doc, p, s.lo):
            continue  # "المتحدث باسم لافروف": the spokesman of Lavrov, no Basim Lavrov
        if pt.ar and p > s.lo and toks[p - 1].key == "ال":
            continue  # "منصور آل ثاني عباس عراقجي": "آل X" closes a name, the next starts
        if pt.ar and pt.key in _AR_AFTER_ALA and p - 1 >= s.lo and toks[p - 1].key == "علي":
            continue  # "على شرف فيدان" (in honour of), "على رأس ...": no first name
        if pt.ar and pt.key.startswith("ال") and p - 1 >= s.lo and \
                toks[p - 1].key == "عبد" and (p - 1) not in covered:
            # "عبد الله بوحبيب": a compound first name (عبد + a divine name), spaced, before
            # the known surname is his, not a new "Abdullah"
            if doc.gaz.fuzzy_person(core_tokens(doc.text[toks[p - 1].start:me.end]),
                                    {me.eid}) == me.eid:
                me.lo, me.tlo, me.start = p - 1, p - 1, toks[p - 1].start
                covered[p - 1] = covered[p] = me
            elif me.hi - me.lo == 1 and me in out and doc.gaz.get(me.eid) is not None and \
                    doc.gaz.is_given_name("عبد" + pt.key) and \
                    (p - 2 < s.lo or (p - 2) not in covered or
                     covered[p - 2].etype != "Person"):
                # "عبد الله العاطفي" when the known al-Atifi is Mohammed: the compound
                # first name and that family name are another person (session 57)
                _retarget(doc, si, covered, out, me, p - 1)
            continue
        if pt.ar and pt.key in _THEO_TAILS and me.hi - me.lo == 1 and \
                compound_goes_on(doc, covered, p, s.lo):
            _name_with_surname(doc, si, covered, out, p - 1, me.lo, me)
            continue  # "جلال الدين حقاني" after "خليل الرحمن حقاني": one of that family
        if pt.ar and pt.key in L.AR_SON_OF and (p == s.lo or toks[p - 1].punct):
            continue  # "وُلد الشيباني عام 1987": was born, no Mauritanian "Ould" (session 62)
        if pt.text == "-" and not toks[me.lo].ar:
            jn = hyphen_family_start(doc, me, s.lo, covered, lambda t: _first_name_ok(doc, t))
            if jn is not None and me in out:  # "Abolhassan Bani-Sadr": not al-Sadr
                _name_with_surname(doc, si, covered, out, jn, me.lo, me)
            continue
        if not _first_name_ok(doc, pt) or (not pt.ar and (
                toks[me.lo].key in _EN_NAME_HONORIFICS or
                toks[me.lo].key in L.EN_TITLE_FIRST and toks[me.lo].key in L.EN_NOT_NAME)):
            continue  # ("the Amir Sheikh Tamim ...": a name opened by an honorific has no
            # first name before it; the word there is a title; nor one opened by a title
            # word, "Leader of the Islamic Revolution Ayatollah Khamenei", session 45)
        surface = doc.text[pt.start:me.end]
        if doc.gaz.fuzzy_person(core_tokens(surface), {me.eid}) == me.eid or (
                pt.ar and _fused_given_of(doc, pt, me)):
            me.lo, me.tlo, me.start = p, p, pt.start
            covered[p] = me
            # and the first names before it: "Mohammed Shia al-Soudani" (not only "Shia")
            while me.lo - 1 >= s.lo and me.hi - me.lo < 7 and (me.lo - 1) not in covered and \
                    _first_name_ok(doc, toks[me.lo - 1]) and doc.gaz.fuzzy_person(
                        core_tokens(doc.text[toks[me.lo - 1].start:me.end]), {me.eid}) == me.eid:
                me.lo -= 1
                me.tlo, me.start = me.lo, toks[me.lo].start
                covered[me.lo] = me
            continue
        if not pt.ar and compound_given_before(doc, me, p, covered, s.lo):
            continue  # "Abd Rabbo Mansour Hadi": a given name of two words before "Mansour Hadi"
        other = other_person(doc, surface, me.eid) if not pt.ar and me in out else None
        if other is not None:
            # a first name spelt its own way that makes the full name of another known
            # person ("met Khallid bin Salman": Khalid, not Mohammed bin Salman)
            nm = make_mention(doc, si, p, me.hi, other)
            out[out.index(me)] = nm
            for x in range(p, me.hi):
                covered[x] = nm
            continue
        # known first name(s) before a bare surname linked to someone else ("Ahmed Mohsen
        # Faraj al-Hamidawi" after "Abu Hussein al-Hamidawi", "مسرور بارزاني"): one name
        if len(core_tokens(doc.text[me.start:me.end])) != 1:
            if me.hi - me.lo == 2 and pt.ar and _known_name_word(doc, pt) and \
                    doc.gaz.is_given_name(pt.key) and \
                    doc.gaz.get(me.eid) is not None and me in out and not (
                        p - 1 >= s.lo and p - 1 not in covered and
                        _ar_given_first(doc, toks[p - 1]) is not None):
                # (not "التقى قاسم مصلح هادي العامري": مصلح ends another name; nor a family
                # name, "خلف عبد الرحمن طالباني ريبوار طه": Talabani ends the name before)
                # "علي هادي العامري": a first name, then the father's (known) full name
                eid = _resolve_name(doc, doc.text[pt.start:me.end], "Person")
                if eid != me.eid:
                    out.remove(me)
                    nm = make_mention(doc, si, p, me.hi, eid)
                    out.append(nm)
                    for x in range(p, me.hi):
                        covered[x] = nm
            continue
        q = p
        while q >= s.lo and me.lo - q <= 3 and q not in covered and _name_word(doc, toks[q]) \
                and toks[q].key not in _SAYING:  # not "وتقول" of "وتقول ميساء شجاع الدين" (s45)
            q -= 1
        if q < p and not toks[me.lo].ar:
            q = hyphen_start(toks, q, s.lo, covered, lambda t: _name_word(doc, t))  # "Abdul-Amir"
        if q < p and q >= s.lo and toks[q].key in BIN_KEYS:
            q = bin_chain_start(doc, covered, q, s.lo, _name_word)  # "X bin Y Al Thani",
            # "بدر بن حمد بن حمود البوسعيدي" (session 66)
        if q < p and not _known_name_word(doc, toks[q + 1]) and (
                q + 1 == s.lo or toks[q + 1].ar) and not any(
                    _known_name_word(doc, toks[x]) for x in range(q + 1, p + 1)) and \
                not _other_of_family(doc, q + 1, me):
            # no usual first name in it (Arabic; English at the start of a sentence):
            # not taken as a name. Mid-sentence capitals before a surname are ("His
            # brother Qubad Talabany"), and so are words that make the full name of
            # another known person of that family name ("Teimour Jumblatt said")
            q = p
        if q < p and me in out:
            _name_with_surname(doc, si, covered, out, q + 1, me.lo, me)


def _other_of_family(doc: Doc, lo: int, me: Mention) -> bool:
    """Do the words from *lo* to the surname mention *me* spell the full name of another
    known person ("Teimour Jumblatt" after the surname matched Walid Jumblatt; "وقال جهاد
    مغنية")?"""
    return other_person(doc, doc.text[doc.toks[lo].start:me.end], me.eid) is not None


# kin nouns with "his / her" ("ابن عمه X", "منذ تنحي عمه X"): no first name of X
_AR_KIN_OF = L._ar("عمه", "عمها", "خاله", "خالها", "جده", "جدها", "والده", "والدها", "زوجها",
                   "زوجته", "صهره", "حفيده", "نسيبه", "عمهم", "خالهم")


# "بات" (became) is also the given name Pat ("بات رايدر"): before a known name, the verb
# ("بات نعيم قاسم أميناً عاماً", "بات محمد باقري"; session 52)
_AR_BECAME = L._ar("بات", "وبات", "فبات")


def _first_name_ok(doc: Doc, pt: Tok) -> bool:
    """May *pt* be a first name before a known surname (a capitalised English word that is
    no title or stop word; an Arabic plain name word that is no verb nor kin noun)?"""
    return (not pt.ar and pt.cap and pt.key not in L.EN_NOT_NAME and
            pt.key not in L.EN_STOP and pt.key not in L.EN_TITLE_FIRST) or (
        pt.ar and (_plain_name_word(pt) or doc.gaz.is_given_name(pt.key)) and
        not _verb_shape(doc, pt.key) and
        pt.key not in _AR_KIN_OF and pt.key not in _AR_BECAME and not _and_verb_him(doc, pt.key))


def _and_verb_him(doc: Doc, key: str) -> bool:
    """Is the folded word a و-verb with an object pronoun ("وعيّنه مهدي المشاط": and Mahdi
    al-Mashat appointed him; "واستقبلها X") rather than a first name? Not for a given name
    with و ("وطه", "وحمزة") or one that starts with و ("وجيه")."""
    if not key.startswith("و") or len(key) < 4 or not key.endswith(("ه", "ها", "هم")):
        return False
    return not (doc.gaz.is_given_name(key) or doc.gaz.is_given_name(key[1:]))


def _en_full_name(doc: Doc, surname: str) -> str:
    """The full name the article gives somewhere for a bare *surname* ("Masoud
    Pezeshkian" for "Pezeshkian"), else the surname."""
    # (a hyphenated given name is one word: "Kassym-Jomart Tokayev", "Abdul-Amir Yarallah")
    for m in re.finditer(r"\b((?:[A-Z][a-z']+(?:-[A-Z]?[a-z']+)* ){1,2})" + re.escape(surname) +
                         r"\b",
                         doc.text):
        words = m.group(1).split()
        while words and (words[0].lower() in L.EN_NOT_NAME or words[0].lower() in L.EN_STOP
                         or words[0].lower() in L.EN_TITLE_FIRST or
                         words[0].lower() in L.NATIONALITY):
            words.pop(0)  # "President Masoud Pezeshkian": the name after the title
        if words:
            return " ".join(words + [surname])
    return surname


_EN_SUBJECT_ADVERBS = frozenset({"also", "later", "then", "first", "reportedly", "had",
                                  "has", "previously", "earlier", "briefly"})
_EN_BARE_NAME_VERBS = frozenset({"met", "succeeded", "succeeds", "replaced", "replaces",
                                 "received", "hosted", "greeted", "welcomed", "held"})
# "held" only as "X held talks / a meeting with": a subject before it, no object after it
# ("held Ashura ceremonies"; session 57)
_EN_HELD_WHAT = frozenset({"talks", "meetings", "discussions", "consultations"})
_EN_HELD_A = frozenset({"meeting", "round"})


def _en_bare_surnames(doc: Doc, si: int, covered: dict[int, Mention],
                      out: list[Mention]) -> None:
    """English: one unknown capitalised word right after a verb only a person follows as its
    object ("Araghchi met Pakpour in Tehran", "... succeeded Nilforoushan"), or right before
    it as its subject mid-text ("..., Pakpour met ..."): a person (linked to an earlier or
    later full name of the same surname by the usual resolution)."""
    toks = doc.toks
    s = doc.sents[si]
    near: set[int] = set()  # the words around the verbs: the only candidates
    for v in _positions_in(doc, s.lo, s.hi, _B_EN_BARE_VERB):  # (the words in _EN_BARE_NAME_VERBS)
        near.update((v - 2, v - 1, v + 1, v + 2))
    for k in sorted(near.intersection(range(s.lo, s.hi))):  # (in C: no generator)
        t = toks[k]
        if k in covered or not t.cap or t.ar or t.punct or t.acronym or len(t.key) < 4 or \
                not t.text.isalpha() or t.key in L.EN_NOT_NAME or t.key in L.EN_STOP or \
                t.key in L.NATIONALITY or t.key in _EN_TIME_WORDS or \
                t.key in _EN_BODY_LAST or t.key in _EN_PLACE_HEADS:
            continue
        after_verb = k > s.lo and (toks[k - 1].key in _EN_BARE_NAME_VERBS and
                                   toks[k - 1].key != "held" or (
            toks[k - 1].key == "with" and k - 2 >= s.lo and toks[k - 2].key == "met"))
        nxt = toks[k + 1] if k + 1 < s.hi else None
        if nxt is not None and (nxt.cap or nxt.text in ("-", "'")):
            continue  # "met Pakpour in ...", not "met Abbas Araghchi" (another step)
        if nxt is not None and nxt.key == "of" and t.key in L.EN_TITLE_FIRST:
            continue  # "met Speaker of Parliament X": a title (session 28)
        if nxt is not None and (nxt.key in _EN_GROUP_PEOPLE or (
                nxt.key in L.EN_TITLE_FIRST and _titled_name_after(toks, k + 1, s.hi))):
            continue  # "received Houthi (chief) negotiator Mohammed Abdulsalam", "met
            # Houthi officials": a group's word before the title of a name, or before its
            # people (session 54)
        v = k + 1
        if v < s.hi and toks[v].key in _EN_SUBJECT_ADVERBS:
            v += 1
        passive = v + 1 < s.hi and toks[v].key in ("was", "were") and \
            toks[v + 1].key in _EN_RECEIVED
        if passive:
            v += 1  # "Tamim was received by X"
        plain = k == s.lo or toks[k - 1].text in (",", ";", "\u2014") or \
            toks[k - 1].key == "and" or _after_label(toks, s.lo, k)
        opener = not plain and _after_opener(doc, s.lo, k)
        before_verb = v < s.hi and toks[v].key in _EN_BARE_NAME_VERBS and (plain or opener) \
            and (toks[v].key != "held" or _held_talks(toks, v, s.hi))
        if not after_verb and not before_verb:
            continue
        if _family_of_two(doc, t.key):
            continue  # "Marek Novak and Ilona Novak ... Novak later held talks": which one?
        eid = _resolve_name(doc, _en_full_name(doc, t.text), "Person")
        if not after_verb and (passive or opener) and eid not in doc.mentioned_ids():
            continue  # ("- Analysts met ...": only a person named before)
        me = make_mention(doc, si, k, k + 1, eid)
        out.append(me)
        covered[k] = me


_EN_GROUP_PEOPLE = frozenset({"officials", "leaders", "negotiators", "delegates", "envoys",
                              "representatives", "delegation", "commanders", "members",
                              "figures", "fighters", "rebels", "militants"})


def _titled_name_after(toks: list, y: int, hi: int) -> bool:
    """Do lower-case title words from *y* (at most three: "chief negotiator") lead to a
    capitalised word (the name they title)?"""
    for x in range(y, min(hi, y + 4)):
        t = toks[x]
        if t.cap:
            return x > y
        if t.key not in L.EN_TITLE_WORDS:
            return False
    return False


_EN_RECEIVED = frozenset({"received", "hosted", "welcomed", "greeted"})
_EN_DAY_PARTS = L.EN_WEEKDAYS | frozenset({"morning", "afternoon", "evening", "night", "later"})


def _family_of_two(doc: Doc, key: str) -> bool:
    """Is *key* the family name of two or more new people the article named before?"""
    seen = {m.eid for m in doc.ments if m.etype == "Person" and m.eid in doc.new_entities
            and m.hi - m.lo >= 2 and doc.toks[m.hi - 1].key == key}
    return len(seen) > 1


def _after_label(toks: list[Tok], lo: int, k: int) -> bool:
    """Does the word at *k* open its sentence after a short label and a colon ("Sudan
    Tribune: Burhan met ...", "BREAKING: X met"; session 57)?"""
    return 0 < k - 1 - lo <= 4 and toks[k - 1].text == ":" and \
        not any(toks[x].punct for x in range(lo, k - 1))


def _held_talks(toks: list[Tok], v: int, hi: int) -> bool:
    """Is "held" at *v* the verb of "held talks / a meeting / meetings with"?"""
    if v + 1 >= hi:
        return False
    nx = toks[v + 1].key
    return nx in _EN_HELD_WHAT or (nx == "a" and v + 2 < hi and toks[v + 2].key in _EN_HELD_A)


def _after_opener(doc: Doc, lo: int, k: int) -> bool:
    """Does the word at *k* open its sentence after a bullet ("- Khalid also met") or a short
    time phrase ("In the afternoon Tamim was received", "On Sunday Tamim met")?"""
    toks = doc.toks
    if k - 1 == lo and toks[lo].text in _BULLETS:
        return True
    if k - lo > 4 or toks[k - 1].key not in _EN_DAY_PARTS:
        return False
    first = lo + 1 if toks[lo].text in _BULLETS else lo
    return toks[first].key in ("in", "on", "later", "that") and all(
        toks[x].key in _EN_DAY_PARTS or toks[x].key in ("in", "on", "the", "that")
        for x in range(first, k))


def _name_word(doc: Doc, t: Tok) -> bool:
    """A word that may be inside a personal name (either script)."""
    if t.ar:
        return _ar_name_word(doc, t, True)
    return t.cap and not t.punct and t.key not in L.EN_NOT_NAME and \
        t.key not in L.EN_STOP and t.key not in L.EN_TITLE_FIRST and \
        t.key not in L.NATIONALITY and not t.poss and t.key not in L.EN_GROUP_HEADS and \
        t.key not in L.EN_CHAMBERS and \
        t.key not in HEADLINE_VERBS_EN  # "the House of Representatives Aguila Saleh", "...
    # Weighs Whether to Give Sudani a Second Term" (a Title Case headline's verb)


def _fused_given_of(doc: Doc, pt: Tok, me: Mention) -> bool:
    """Arabic: is *pt* a Persian compound given name written as one word whose two parts
    open the known person *me* names ("غلامحسين" before "محسني ايجئي": غلام حسين محسني إيجئي)?"""
    key = pt.key
    rest = tuple(core_tokens(doc.text[me.start:me.end]))
    for i in range(2, len(key) - 1):
        a, b = key[:i], key[i:]
        if doc.gaz.is_given_name(a) and doc.gaz.is_given_name(b):
            hits = doc.gaz.exact.get((a, b, *rest))
            if hits and {h[0] for h in hits} == {me.eid}:
                return True
    return False


def _known_name_word(doc: Doc, t: Tok) -> bool:
    """A usual personal-name word (names.yaml, given_names.yaml, gazetteer people) written as
    a name, in
    Latin script also in a spelling of its own of a usual given name ("Hasan", "Mohamed",
    "Jaaffar": ``Gazetteer.latin_given``)."""
    if t.ar:
        return (t.key in doc.gaz.ar_latin or doc.gaz.is_given_name(t.key)) and \
            _ar_name_word(doc, t, True)
    return t.cap and not t.punct and t.key not in L.EN_NOT_NAME and \
        t.key not in L.EN_TITLE_FIRST and (_latin_first_name(doc, t.key) or
                                           doc.gaz.latin_given(t.key) is not None)


# kin words whose bearer shares the family name of the person they refer to
_EN_KIN_SAME_FAMILY = frozenset({"brother", "son", "nephew", "cousin", "uncle", "father",
                                 "grandson", "sister", "daughter", "half-brother"})


def _family_text(doc: Doc, m: Mention) -> str:
    """The family name (last word, with its "al-" / "el-") of the person mention *m*."""
    toks = doc.toks
    lo = m.hi - 1
    if lo - 2 >= m.lo and toks[lo - 1].text == "-" and toks[lo - 2].key in ("al", "el"):
        lo -= 2
    return doc.text[toks[lo].start:toks[m.hi - 1].end]


def _known_of_other_family(doc: Doc, eid: str, family: str) -> bool:
    """Is *eid* a known person whose names all end in another family than *family* (the
    kin's; "al-" and case aside)? A given name the gazetteer gives to someone else."""
    ent = doc.gaz.get(eid)
    if ent is None or ent.type != "Person":
        return False
    fam = family.lower().removeprefix("al-").removeprefix("el-")
    ends = {n.lower().replace("-", " ").split()[-1] for n in (ent.name, *ent.aliases)
            if n and not is_arabic(n) and len(n.split()) >= 2}
    return bool(ends) and fam not in ends


def en_kin_first_names(doc: Doc, si: int, covered: dict[int, Mention],
                       out: list[Mention]) -> None:
    """English: a one-word name after "<name> and his / her <kin word>" takes the family of
    the person it refers to ("Masoud Barzani and his nephew Nechirvan" -> Nechirvan Barzani,
    "Bafel Talabani and his brother Qubad" -> Qubad Talabani), as Arabic "وشقيقه قوباد"."""
    toks = doc.toks
    s = doc.sents[si]
    people = {m.hi: m for m in out if m.etype == "Person" and m.kind == "name" and
              m.hi - m.lo >= 2}
    for k in range(s.lo + 3, s.hi):
        t = toks[k]
        if not t.cap or t.punct or not t.text.isalpha() or \
                t.key in L.EN_NOT_NAME or t.key in L.EN_STOP or t.key in L.NATIONALITY:
            continue
        cov = covered.get(k)
        if cov is not None and (cov.lo, cov.hi, cov.kind) != (k, k + 1, "name"):
            continue
        kin = k - 1 if toks[k - 1].key in _EN_KIN_SAME_FAMILY else k - 2
        if toks[kin].key not in _EN_KIN_SAME_FAMILY or (kin == k - 2 and toks[k - 1].text != ","):
            continue
        if toks[kin - 1].key not in ("his", "her") or toks[kin - 2].key != "and":
            continue
        ref = people.get(kin - 2)
        nxt = toks[k + 1] if k + 1 < s.hi else None
        if ref is None or (nxt is not None and (nxt.cap and not nxt.punct or nxt.text == "-")):
            continue  # ("and his son Mohammed Ali X": a full name, another step's)
        family = _family_text(doc, ref)
        if cov is not None:
            if not _known_of_other_family(doc, cov.eid, family):
                continue  # "Masoud Barzani and his nephew Nechirvan": the known one
            out.remove(cov)  # "Khalifa Hifter and his son Saddam": not Saddam Hussein
        eid = _resolve_name(doc, f"{t.text} {family}", "Person")
        me = make_mention(doc, si, k, k + 1, eid)
        out.append(me)
        covered[k] = me


def _across_initial(doc: Doc, me: Mention, p: int, covered: dict[int, Mention]) -> None:
    """English: "Gen. Mark A. Milley", "Mustafa S. Qadir": the first name before a middle
    initial and a known surname is his when the first name and surname name him (so no new
    "Mark" is read from "Gen. Mark"); the mention then spans first name to surname."""
    toks = doc.toks
    ini, first = toks[p - 1], toks[p - 2]
    if first.ar or ini.ar or len(ini.text) != 1 or not ini.cap or (p - 2) in covered or \
            not first.cap or first.punct or not _first_name_ok(doc, first):
        return
    surface = f"{first.text} {doc.text[me.start:me.end]}"
    if doc.gaz.fuzzy_person(core_tokens(surface), {me.eid}) != me.eid:
        return
    me.lo, me.tlo, me.start = p - 2, p - 2, first.start
    for k in range(p - 2, p + 1):
        covered[k] = me
