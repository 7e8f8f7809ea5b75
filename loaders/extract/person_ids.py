"""The ids of people named by a surface form (``_resolve_name``: a known person, or a new
one; a father left out, a name that sounds as one named, a patronym, a short form of a nasab or a
bin chain) and a known person named by a surname after a given name (``_surname_after``,
``_name_with_surname``), with small tests on a known entity (``_known_english``,
``_is_adjective``, ``before_is_the``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rapidfuzz import fuzz

from loaders.extract import given_names as GN
from loaders.extract.abd_compounds import abd_variants
from loaders.extract.family_goes_on_ar import family_goes_on_ar
from loaders.extract.father_named_in import father_named_in
from loaders.extract.foreign_respelt_ar import known_foreign_respelt
from loaders.extract.gazetteer_fuzzy import NO_GIVEN_ALONE, compound_given
from loaders.extract.grandfather_chain import known_without_grandfather
from loaders.extract.guarded_family_alone import known_family_alone
from loaders.extract.latin_ids import canonical_word
from loaders.extract.leading_words import (
    father_short_of_named,
    known_by_leading_words,
)
from loaders.extract.lone_first_name_ar import remember_first_name
from loaders.extract.mention_core import make_mention
from loaders.extract.mention_runs_en import (
    _EN_NAME_HONORIFICS,
    _cap_run,
)
from loaders.extract.named_parts import (
    _AR_KUNYA_CASES,
    _BIN_WORDS,
    _COMPOUND_FIRST,
    _HAJJ,
    _INNER_TITLES,
    _KUNYA,
    _PART_CHAIN,
    _SON_OF,
    _TURKIC_PATRONYMS,
    _given_name_full,
    part_of_named,
)
from loaders.extract.respelt_latin_en import remember_respelt_latin
from loaders.extract.surname_keys import remember_surnames
from loaders.textnorm import (
    core_tokens,
    is_arabic,
    strip_article_ar,
    token_phonetic,
    token_skeleton,
)

if TYPE_CHECKING:
    from loaders.extract.mention_core import Mention
    from loaders.extract.mentions import Doc


def _surname_after(doc: Doc, covered: dict[int, Mention], jn: int, ne: int,
                   hi: int) -> Mention | None:
    """The one-word person mention (a surname) right after the name words jn..ne."""
    if ne <= jn or ne >= hi or any(x in covered for x in range(jn, ne)):
        return None
    m = covered.get(ne)
    if m is None or m.lo != ne or m.hi != ne + 1 or m.etype != "Person" or m.kind != "name":
        return None
    if m.prefix.startswith("و"):
        return None  # "بيلاول بوتو زرداري ومتقي": and Muttaqi, another person (session 49)
    return m


def _name_with_surname(doc: Doc, si: int, covered: dict[int, Mention], out: list[Mention],
                       jn: int, ne: int, sur: Mention) -> Mention:
    """Join name words jn..ne and the surname mention *sur* into one person: the same
    person when the first name fits them (rapidfuzz on the full name), else a new one."""
    toks = doc.toks
    surface = doc.text[toks[jn].start:sur.end]
    first = core_tokens(doc.text[toks[jn].start:toks[jn].end])
    if first and first[0] in _KUNYA and ne - jn >= 2:
        # a kunya's own name is its second word: "Abu Hamza al-Qurashi" is not "Abu Ibrahim
        # al-Hashimi al-Qurashi", though both begin with "Abu"
        first = core_tokens(doc.text[toks[jn].start:toks[ne - 1].end])
    last = core_tokens(doc.text[toks[sur.lo].start:sur.end])
    same = doc.gaz.fuzzy_person(first + last, {sur.eid}, types=("Person",)) == sur.eid
    if not same and len(first) == 1:
        same = _first_of_known(doc, sur.eid, first[0])
    if not same and sur.eid in doc.new_entities:
        ent = doc.new_entities[sur.eid]
        same = any(core_tokens(n)[:len(first)] == first for n in [ent["name"]] +
                   ent["aliases"] if core_tokens(n))
    hi = sur.hi
    if not same:
        hi = _family_goes_on_en(doc, covered, si, hi) if not toks[hi - 1].ar else \
            family_goes_on_ar(doc, covered, si, hi)  # "محمد عياش قحيم" past "عياش"
        if hi > sur.hi:
            surface = doc.text[toks[jn].start:toks[hi - 1].end]
    eid = sur.eid if same else _resolve_name(doc, surface, "Person")
    if sur in out:
        out.remove(sur)
    me = make_mention(doc, si, jn, hi, eid)
    me.prefix = sur.prefix if jn == sur.lo else ""
    out.append(me)
    for x in range(jn, hi):
        covered[x] = me
    return me


def _family_goes_on_en(doc: Doc, covered: dict[int, Mention], si: int, hi: int) -> int:
    """End of an English name past a word that is another person's family name: in "Abdul
    Ghani Baradar" after "Ashraf Ghani", "Amir Khan Muttaqi" after "Imran Khan", the known
    family name is a middle word and the capitalised words after it end the new name."""
    toks = doc.toks
    if hi >= len(toks) or toks[hi].ar or not toks[hi].cap or toks[hi].punct or hi in covered:
        return hi
    e = _cap_run(doc, hi, doc.sents[si].hi, doc.sents[si].lo)
    while e > hi and e - 1 in covered:
        e -= 1
    return e if e - hi <= 2 and not any(x in covered for x in range(hi, e)) else hi


def _first_of_known(doc: Doc, eid: str, first: str) -> bool:
    """Is the Latin word *first* (folded) the given name of the known person *eid* whose
    full name has three words or more ("Hossein" of "Hossein Amir-Abdollahian"): "Hossein
    Abdollahian" is then he, the middle of his name left out.
    (``Gazetteer.middle_left_out`` is the other reading of a middle left out: it finds the
    person from a family name only one known person bears and so keeps out usual given
    names; here the family name is already read as *eid*, so any given name of his
    serves. Both take their words that are no given name alone from
    ``gazetteer_fuzzy``.)"""
    e = doc.gaz.get(eid)
    if e is None:
        return False
    if is_arabic(first):
        return _first_of_known_ar(e.name_ar, e.aliases, first)
    sk = token_skeleton(first)
    for n in (e.name, *e.aliases):
        if is_arabic(n):
            continue
        ct = core_tokens(n.replace("-", " "))
        if len(ct) >= 3 and token_skeleton(ct[0]) == sk:
            return True
    return False


def _first_of_known_ar(name_ar: str | None, aliases: list[str], first: str) -> bool:
    """The Arabic side of :func:`_first_of_known`: *first* (folded) is the given name of
    the known person's Arabic name of three words or more ("محمد" of "محمد باقر قاليباف":
    "محمد قاليباف" is he); a compound's first half ("عبد", "أبو", "نصر" of "نصر الله") is
    no given name alone."""
    if first in NO_GIVEN_ALONE:
        return False
    for n in (name_ar, *aliases):
        if not n or not is_arabic(n):
            continue
        words = n.split()
        if len(words) < 3 or compound_given(n) or words[1] in ("بن", "ابن"):
            continue
        ct = core_tokens(n)
        if len(ct) >= 3 and ct[0] == first:
            return True
    return False


def _known_english(doc: Doc, eid: str) -> str | None:
    e = doc.gaz.get(eid)
    if e is not None:
        return e.name
    ne = doc.new_entities.get(eid)
    return ne["name"] if ne else None


def normalize_word(w: str) -> str:
    from loaders.textnorm import normalize

    return normalize(w)


def before_is_the(doc: Doc, covered: dict[int, Mention], b: int, lo: int) -> bool:
    start = covered[b].lo if b in covered else b
    return start > lo and doc.toks[start - 1].key == "the"


def _is_adjective(key: str) -> bool:
    """Arabic relative adjectives (nisba) like المسلحة / الأمريكية end in ية/ي with ال."""
    return key.startswith("ال") and (key.endswith("يه") or key.endswith("ي")) and len(key) > 5


def _resolve_name(doc: Doc, surface: str, etype: str, lead: bool = False) -> str:
    """Known entity (tolerant to spelling/script), else a new id. *lead*: see
    :func:`part_of_named` (an English given name and father's name after a style)."""
    if etype == "Person" and surface[:3] in _AR_KUNYA_CASES and surface[3:4] == " ":
        surface = "أبو" + surface[3:]  # أبي / أبا عمر (genitive, accusative): Abu Omar
    toks = core_tokens(surface)
    if len(toks) > 2 and etype == "Person":
        toks = [t for t in toks if len(t) > 1] or toks  # middle initials ("Lloyd J. Austin")
    eid = doc.gaz.fuzzy_person(toks, doc.mentioned_ids(), types=(etype,))
    if eid is None and etype == "Person" and len(surface.split()) == 2:
        eid = doc.gaz.middle_left_out(toks)  # "Mushtaq al-Saidi": Mushtaq Taleb al-Saidi
    if eid:
        if len(toks) > 1 and is_arabic(toks[-1]) and \
                toks[-1] not in doc.gaz.ar_tokens.get(eid, ()):
            doc.remember(eid, toks)  # a respelt family name ("غروندبرج") alone later
        elif etype == "Person":
            remember_respelt_latin(doc, eid, toks)  # "Abbas al-Musawi", then "Musawi's"
        return eid
    if etype == "Person" and len(toks) >= 2 and is_arabic(toks[-1]):
        eid = known_foreign_respelt(doc.gaz, surface, toks)  # "آدم بولر": Adam Boehler
        if eid:
            doc.remember(eid, toks)  # (the respelt family name alone later)
            return eid
    if etype == "Person" and len(toks) >= 3:
        eid = known_by_leading_words(doc.gaz, toks)  # "سالم عبدالله الجابر" (الصباح)
        if eid:
            return eid
        eid = known_without_grandfather(doc.gaz, toks, doc.mentioned_ids())
        if eid:  # "Mohammed bin Abdulrahman bin Jassim Al Thani": known without "bin Jassim"
            doc._add_alias(eid, surface)
            return eid
    if etype == "Person":
        eid = part_of_named(doc, toks, lead) or father_short_of_named(doc, surface, toks)
        if eid and (len(toks) > 1 or is_arabic(toks[0]) or _sounds_as_named(doc, eid, toks[0])):
            return eid
    # a surname alone after a full name earlier in the document
    if len(toks) == 1:
        sk = token_skeleton(toks[0])
        ph = token_phonetic(toks[0])
        for m in reversed(doc.ments):
            if m.etype == etype and m.eid in doc.new_entities:
                ent = doc.new_entities[m.eid]
                names = [ent["name"]] + ent["aliases"]
                # (the same consonants and a like sound: "Traore" is no Touray)
                if any(token_skeleton(core_tokens(n)[-1]) == sk and
                       fuzz.ratio(token_phonetic(core_tokens(n)[-1]), ph) >= 80.0
                       for n in names if core_tokens(n)):
                    return father_named_in(doc, m.eid, etype)
    if etype == "Person" and len(toks) == 2 and toks[0] in _HAJJ:
        toks = toks[1:]  # "Hajj Qassem": the honorific and a given name
    if len(toks) == 1 and etype == "Person":
        full = _given_name_full(doc, strip_article_ar(toks[0]) if is_arabic(toks[0])
                                else toks[0])
        if full is not None:
            return full  # "الحاج قاسم" in an article naming "قاسم سليماني"
    if etype == "Person" and len(toks) == 4 and toks[2] in _BIN_WORDS:
        # "عبدالعزيز صالح بن حبتور": the father's name inside a known "G bin X" (the
        # given name joined or spaced, abd_compounds)
        short_t = (toks[0], *toks[2:])
        for cand in (short_t, *abd_variants(short_t)):
            eid = doc.gaz.fuzzy_person(list(cand), doc.mentioned_ids(), types=(etype,))
            if eid:
                return eid
    short = _short_name(surface) if etype == "Person" and len(toks) >= 4 else None
    if etype == "Person" and len(toks) >= 3:
        short = _patronym_short(surface) or short  # "Ilham Heydar oglu Aliyev": Ilham Aliyev
    if short is None and etype == "Person" and len(toks) >= 3:
        short = _nasab_short(doc, surface) or _bin_chain_short(surface)
    if etype == "Person" and len(toks) == 3 and len(surface.split()) == 3 and \
            surface.split()[1].lower() not in _COMPOUND_FIRST and (
            doc.gaz.fuzzy_person(toks[1:], None, types=("Person",)) is not None or
            ("Person", token_skeleton(toks[0]) + token_skeleton(toks[2])) in
            doc.session.get("skel", {})):
        # "علي هادي العامري": first name + the father's known name -> "Ali al-Amiri";
        # "بافل جلال طالباني" after "بافل طالباني" in the run: the same person
        words = surface.split()
        short = words[0] + " " + words[2]
    if short is None and etype == "Person" and len(toks) == 3:
        short = _father_left_out(doc, surface, toks)  # "حسن محمود رشاد": Hassan Rashad
    if short is not None:
        # "Ahmed Mohsen Faraj al-Hamidawi" (first name, father, grandfather, family name)
        # is known as "Ahmed al-Hamidawi": same id as an article using the short form
        stoks = core_tokens(short)
        eid = doc.gaz.fuzzy_person(stoks, doc.mentioned_ids(), types=(etype,)) or \
            doc.new_entity(etype, short, stoks)
        doc._add_alias(eid, surface)
        doc.remember(eid, stoks)
        doc.remember(eid, toks)
        return eid
    if etype == "Person" and len(toks) == 1:
        eid = known_family_alone(doc, toks)  # "Sudanese army chief Burhan" (session 57)
        if eid:
            return eid
    eid = doc.new_entity(etype, surface, toks)
    doc.remember(eid, toks)
    if etype == "Person":
        remember_surnames(doc, eid, toks)
        remember_first_name(doc, eid, toks)  # "خلفاً لتاي" after "تاي أتسكي سيلاسي"
    return eid


def _father_left_out(doc: Doc, surface: str, toks: list[str]) -> str | None:
    """"G F S" (given name, father's name, family name) whose "G S" is a known person
    ("حسن محمود رشاد", "Hassan Mahmoud Rashad": Hassan Rashad): "G S"; None for a kunya,
    a "bin" chain or a compound given name ("عبد الX"), and when "G S" is no known person."""
    words = surface.split()
    if len(words) != 3 or words[0].lower() in _COMPOUND_FIRST or \
            words[1].lower() in _COMPOUND_FIRST or toks[0] in _KUNYA or toks[1] in _BIN_WORDS or \
            toks[0] in _BIN_WORDS or toks[1] in _PART_CHAIN or toks[1] in _INNER_TITLES or \
            toks[1] in _SON_OF:
        return None  # ("كوسرت شيخ رسول": Sheikh is part of a Kurdish name, no father)
    eid = doc.gaz.fuzzy_person([toks[0], toks[2]], None, types=("Person",))
    e = doc.gaz.get(eid) if eid else None
    # (written so: the likeness of "Mohammed al-Jabri" to Mohammed al-Jaber is not enough)
    if e is None or not any(tuple(core_tokens(n)) == (toks[0], toks[2]) for n in e.all_names()):
        return None
    return words[0] + " " + words[2]


def _sounds_as_named(doc: Doc, eid: str, word: str) -> bool:
    """Does the lone Latin *word* sound like a Latin word of the names of *eid* (named
    before)? One skeleton is not enough: "Traore" is no "Touray"."""
    e = doc.gaz.entries.get(eid)
    names = [e.name, *e.aliases] if e is not None else \
        [doc.new_entities[eid]["name"], *doc.new_entities[eid]["aliases"]] \
        if eid in doc.new_entities else []
    ph = token_phonetic(word)
    return not names or any(fuzz.ratio(token_phonetic(w), ph) >= 80.0 for n in names
                            if not is_arabic(n) for w in core_tokens(n))


def _patronym_short(surface: str) -> str | None:
    """A name with a Turkic patronymic inside, given name(s) + father's name + oglu / qizi
    / kyzy / uly + family name: the name without the father's ("Ilham Heydar oglu Aliyev" ->
    "Ilham Aliyev"), as the person is usually called; else None."""
    words = surface.split()
    for i in range(2, len(words) - 1):
        if words[i].lower() in _TURKIC_PATRONYMS:
            return " ".join(words[:i - 1] + words[i + 1:])
    return None


_ABD = frozenset({"abd", "abdul", "abdel", "عبد"})


def _short_name(surface: str) -> str | None:
    """First name + family name of a chained Arabic name of four parts or more (None for
    a kunya, a "bin" chain, or when the family name is not marked: no al-/ال, no -i/ي)."""
    words = surface.replace("\u200f", "").split()
    if len(words) < 4:
        return None
    keys = [normalize_word(w) for w in words]
    if keys[0] in _KUNYA or keys[0] in _ABD or any(
            k in ("bin", "ibn", "bint", "بن", "ابن", "بنت", "الله", "الدين", "allah", "din")
            for k in keys):
        return None  # kunya, "bin" chains, compounds (عبد الأمير، يار الله، صفي الدين)
    if sum(1 for k in keys if k not in ("al", "el", "ال", "آل", "ال")) < 4:
        return None  # "محمد كاظم آل صادق": three parts
    if keys[1].startswith("ال") and keys[1][2:] in GN.ALL and keys[2].startswith("ال"):
        return " ".join(words[:2])  # "صباح الخالد الحمد الصباح": Gulf names go by two words
    first = 1
    last = words[-1]
    if len(words) >= 2 and keys[-2] in ("al", "el", "آل", "ال"):
        last = words[-2] + " " + last
    lk = normalize_word(last)
    if not (lk.startswith(("al-", "el-", "al ", "ال")) or lk.endswith(("awi", "اوي"))):
        return None  # "غلام حسين محسني إجئي": a Persian compound name, not a chain
    return " ".join(words[:first] + [last])


_AR_ABD = frozenset({"عبد", "abd", "abdul", "abdel", "abdol"})
_COMPOUND_TAIL = frozenset({"الله", "الدين", "allah", "ullah", "din", "deen", "al-din", "el-din",
                            "ad-din", "ud-din", "al-deen"})
# Persian compound given names ("محمد رضا", "Mohammad Ali", "غلام حسين"): the second word
# belongs to the given name, it is no father's name
_PERSIAN_FIRST = frozenset({"محمد", "علي", "احمد", "غلام", "امير", "مير", "حسين", "حسن",
                            "mohammad", "mohammed", "muhammad", "mohamed", "ali", "ahmad",
                            "ahmed", "gholam", "amir", "mir", "hossein", "hassan", "hussein"})
_PERSIAN_SECOND = frozenset({
    "رضا", "علي", "جواد", "باقر", "حسين", "حسن", "مهدي", "تقي", "جعفر", "اكبر", "اصغر",
    "كاظم", "صادق", "هادي", "امين", "ابراهيم", "اسماعيل", "صالح", "محمد", "reza", "ali",
    "javad", "bagher", "baqer", "baqir", "hossein", "hassan", "mehdi", "taghi", "taqi", "jafar",
    "akbar", "asghar", "kazem", "sadegh", "hadi", "amin", "ebrahim", "esmail", "saleh",
    "mohammad", "mohammed", "hussein", "jaafar", "kadhim", "ibrahim", "ismail", "salih",
    "mahdi", "sadiq"})


def _nasab_short(doc: Doc, surface: str) -> str | None:
    """First name + family name of a three-part Arabic name whose middle part is the
    father's given name ("عبد الأمير رشيد يار الله", "Rakan Saeed al-Jabouri"): the form
    other articles use too ("Abdul-Amir Yarallah"), so the id stays the same whether a
    piece writes the father's name or not. None when the family name is not marked (no
    al-/ال, no compound with الله/الدين), for a kunya or a "bin" chain, and for
    Persian compound given names ("محمد علي طالبي", "Mohammad Reza Farzin")."""
    words = surface.replace("\u200f", "").split()
    keys = [normalize_word(w) for w in words]
    units: list[tuple[int, int]] = []  # (first word, end) of each name part
    i = 0
    while i < len(words):
        k = strip_article_ar(keys[i]) if keys[i].startswith("ال") else keys[i]
        if k in _KUNYA or k in ("bin", "ibn", "bint", "بن", "ابن", "بنت", "ال", "آل", "al"):
            return None
        if k in _AR_ABD and i + 1 < len(words):
            units.append((i, i + 2))
            i += 2
            continue
        if i + 1 < len(words) and keys[i + 1] in _COMPOUND_TAIL:
            units.append((i, i + 2))
            i += 2
            continue
        units.append((i, i + 1))
        i += 1
    if len(units) != 3:
        return None
    (a0, a1), (b0, b1), (c0, c1) = units
    last = keys[c0:c1]
    # (a family name in -i/-ي alone is no mark: Persian names, "حميد رضا كريمي", have no
    # father's name in the middle)
    marked = last[0].startswith(("ال", "al-", "el-", "al ")) or last[-1] in _COMPOUND_TAIL or \
        last[-1].endswith(("allah", "ullah"))
    middle = keys[b0:b1]
    if not marked or middle[0].startswith(("ال", "al-", "el-")) or \
            middle[0].endswith(("ي",)) or middle[0] in _EN_NAME_HONORIFICS or \
            middle[0] in ("شيخ", "الشيخ", "سيد", "السيد", "ملا") or (
                b1 - b0 == 1 and not doc.gaz.is_given_name(middle[0]) and is_arabic(middle[0])):
        return None  # the middle word may be part of the family name ("Sheikh Jangi")
    k0, k1 = keys[a0], middle[0]
    if not is_arabic(k0):
        # (the spellings Arabic transliteration gives: "Husain Jafar" is "Hussein Jaafar")
        k0 = canonical_word(doc.gaz, words[a0]).lower()
        k1 = canonical_word(doc.gaz, words[b0]).lower()
    if a1 - a0 == 1 and k0 in _PERSIAN_FIRST and k1 in _PERSIAN_SECOND:
        return None
    return " ".join(words[a0:a1] + words[c0:c1])


_BIN = frozenset({"bin", "ibn", "بن", "ابن"})


def _bin_chain_short(surface: str) -> str | None:
    """First name + family name of a "bin" chain that ends in a family name marked by
    al-/ال ("عبد اللطيف بن راشد الزياني", "Mohammed bin Abdulaziz al-Khulaifi" -> "Mohammed
    al-Khulaifi"): the form most pieces use, so the id is the same whether a piece writes the
    father's name or not; the full chain stays an alias. None without a family name
    ("Mohammed bin Salman"), for a dynasty written apart ("Tamim bin Hamad Al Thani",
    "آل ثاني") and for a kunya."""
    words = surface.replace("\u200f", "").split()
    if len(words) < 4:
        return None
    keys = [normalize_word(w) for w in words]
    if keys[0] in _KUNYA or not any(k in _BIN for k in keys[1:-1]) or \
            keys[-2] in ("al", "el", "ال", "آل", "ال") or keys[-1] in _COMPOUND_TAIL:
        return None
    last = keys[-1]
    if not (last.startswith(("al-", "el-")) or (last.startswith("ال") and len(last) >= 5)) \
            or keys[-2] in _AR_ABD:
        return None  # ("بن عبد العزيز": the father's compound name, no family name)
    first = 2 if keys[0] in _AR_ABD or keys[1] in _COMPOUND_TAIL else 1
    if keys[first] not in _BIN:
        return None  # "محمد علي بن ..." : not a plain given name before the chain
    return " ".join(words[:first] + words[-1:])
