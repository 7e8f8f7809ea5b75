"""Arabic named bodies and sites not in the gazetteer: a head noun and the name after it
("حركة النجباء", "وكالة تسنيم", "فصيل «أحرار الشرقية»", "تحالف الفتح" -> Fatah Alliance, "وكالة
الأنباء الإيرانية الرسمية (إرنا)" -> IRNA), institutions named with common words under their
English name ("جهاز الأمن الوطني العراقي" -> Iraqi National Security Service, "حكومة إقليم
كردستان" -> Kurdistan Regional Government) and sites ("قاعدة حرير" -> Harir Base, "مطار أربيل
الدولي" -> Erbil Airport)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import arabic_bodies as AB
from loaders.extract import lexicon as L
from loaders.extract.arabic_names import (
    _ar_name_word,
)
from loaders.extract.arabic_verb_shape import imperfect_verb_ar
from loaders.extract.army_forces_ar import army_named_before, is_army_forces
from loaders.extract.body_references import AR_ANAPHOR_HEADS, AR_OUTLET_NOUNS, ar_head_antecedent
from loaders.extract.known_names import (
    _gaz_match,
)
from loaders.extract.mention_base import (
    _B_AR_HEAD,
    _B_AR_ORG_HEAD,
    _JOINERS,
    QUOTES,
    Mention,
    MentionWork,
    _is_adjective,
    _known_english,
    _org_head,
    _positions_in,
    accusative_tanween,
    make_mention,
)
from loaders.extract.quoted_bodies_ar import AR_GENERIC_TYPE_HEADS, quoted_name_end
from loaders.extract.titles import (
    _IQLIM,
    _may_title,
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


def arabic_named_organisations(w: MentionWork) -> None:
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
        if st0 is None or accusative_tanween(t.text) or (
                strip_article_ar(t.key) != t.key and st0 not in L.AR_OUTLET_HEADS and
                not t.key.startswith(("وال", "بال", "لل", "فال", "كال")) and
                t.key.startswith("ال")):
            k += 1  # a definite head (الجيش، القوات) is a common noun, not a name; nor is an
            continue  # accusative one ("الوزير وكالةً X": acting; session 48)
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
                if not te.punct and not accusative_tanween(te.text) and (
                        _ar_name_word(doc, te, True) or
                        (te.key == "علي" and not te.text.endswith("ى"))):
                    e += 1
                break
            if e > j and (te.text.endswith(("ته", "تها", "هم", "هما")) or any(
                    st in L.AR_STOP for n, st in proclitic_splits(te.key) if n)):
                break  # "تسنيم مسؤوليته", "تسنيم بأن": a possessed noun or particle ends it
            if e == j and (te.key in AR_SITE_NOT_NAME or te.key in AB.ADJECTIVES or
                           te.key in _STAFF_RANK):
                break  # "مجموعة مسلحة", "كتيبة أخرى": an indefinite adjective names no body
            if (definite and not te.key.startswith("ال")) or accusative_tanween(te.text) or \
                    _may_title(te) or te.key in _JOINERS or te.key in L.AR_STOP or \
                    te.key in L.NATIONALITY or te.key in L.AR_QUALIFIERS or \
                    te.key.endswith("يه") or _is_adjective(te.key):
                break
            # an indefinite word cannot follow a definite one in the same name ("ائتلاف
            # دولة القانون نوري ..."), except a name after an honorific ("الإمام علي")
            definite = te.key.startswith("ال")
            honorific = te.key in HONORIFIC_AR
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
                not quoted and (stem in _GENERIC_AR_HEADS or
                                t.key.startswith("لل") and st0 in _GENERIC_AR_HEADS):
            k += 1
            continue  # generic "القوات ..." / "مجلس النواب" are left to the gazetteer
            # (also after "لل": "القائد العام للقوات المسلحة", whose last stem is "لقوات";
            # session 58)
        acro = paren_acronym(doc, e, s.hi)
        if acro is not None:
            # "وكالة الأنباء الإيرانية الرسمية (إرنا)": the body is named by its acronym
            e, surface = acro[0], doc.text[toks[acro[1]].start:toks[acro[1]].end]
            known = _gaz_match(doc, [acro[1]], 0)
            eid = known[2] if known is not None else doc.new_entity(etype, surface, [surface])
        elif etype == "Organization" and st0 in AR_HEAD_EN:
            eid = ar_org_english(doc, surface, st0)
        else:
            eid = doc.new_entity(etype, surface, [strip_article_ar(x) for x in
                                                   surface.split()])
        off = off0
        me = make_mention(doc, si, lo, e, eid, off=off)
        out.append(me)
        for x in range(k, e):
            covered[x] = me
        k = e


HONORIFIC_AR = frozenset({"الامام", "السيد", "الشيخ", "الشهيد"})
_GENERIC_AR_HEADS = ("قوات", "وزاره", "مجلس", "جيش", "هيئه")

# Arabic organisation heads that English names translate and put last ("تحالف الفتح" ->
# "Fatah Alliance"); militia heads (كتائب، عصائب، حركة ...) stay transliterated in English
AR_HEAD_EN = {L.fold_ar(k).replace("اا", "ا"): v for k, v in {
    "تحالف": "Alliance", "ائتلاف": "Coalition", "حزب": "Party", "تيار": "Movement",
    "منظمة": "Organization", "منظمه": "Organization", "جبهة": "Front", "مجموعة": "Group"}.items()}


def ar_org_english(doc: Doc, surface: str, head: str) -> str:
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


def paren_acronym(doc: Doc, e: int, hi: int) -> tuple[int, int] | None:
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


AR_SITE_HEADS = {L.fold_ar(k): v for k, v in {
    "قاعدة": "Base", "مطار": "Airport", "ساحة": "Square", "معبر": "Crossing", "سجن": "Prison",
    "مخيم": "Camp", "جسر": "Bridge", "مستشفى": "Hospital", "حي": "", "قرية": "",
    "منطقة": ""}.items()}

AR_SITE_NOT_NAME = frozenset(L.fold_ar(w) for w in (
    "أخرى", "أخرى", "آخر", "ثانية", "ثاني", "جديدة", "جديد", "كبيرة", "كبير", "صغيرة", "صغير",
    "قريبة", "قريب", "قديمة", "قديم", "واحدة", "واحد", "مهمة", "رئيسة", "سابقة", "تابعة",
    "مجاورة", "حدودية", "واسعة", "جوية", "عسكرية", "أمنية", "هذه", "تلك", "ذلك"))

# "(ب/ل)اللواء الركن X": the rank major general of the staff, no brigade named "الركن"
# (session 53: "قدم التعزية للواء الركن X")
_STAFF_RANK = frozenset(L.fold_ar(w) for w in ("الركن", "ركن"))

AR_SITE_ADJ = frozenset(L.fold_ar(w) for w in (
    "الدولي", "الجوية", "الجوي", "العسكرية", "العسكري", "الحدودي", "الحدودية", "المركزي"))


def head_positions(doc: Doc, s) -> list[int]:
    """Arabic tokens of sentence *s* whose first stem is a head noun of a body, site,
    outlet or region (the steps that refer back to one): the tokens with the pass bit
    ``_B_AR_HEAD`` (no Python loop over the sentence)."""
    if not doc.toks[s.lo].ar:
        return []
    return _positions_in(doc, s.lo, s.hi, _B_AR_HEAD)


def ar_sites(doc: Doc, si: int, covered: dict[int, Mention], out: list[Mention],
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
        if head not in AR_SITE_HEADS or t.key[off:].startswith("ال"):
            continue
        n = toks[k + 1]
        if not n.ar or n.punct:
            continue
        suffix = AR_SITE_HEADS[head]
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
                    nk in AR_SITE_NOT_NAME or \
                    nk in L.AR_QUALIFIERS or nk in L.AR_COMMON_NOUNS or _may_title(n) or \
                    strip_article_ar(nk) in L.AR_COMMON_NOUNS or accusative_tanween(n.text) or \
                    imperfect_verb_ar(doc, n) or nk.endswith(("ته", "تها", "هم", "يه", "يين",
                                                             "يون")) or \
                    (nk.endswith("ي") and len(nk) > 4):
                continue  # "قاعدة عسكرية": an adjective, no name
            name = transliterate_ar(n.text, doc.gaz.ar_latin)
            if name.lower().startswith("al-"):
                name = name[3:]
            name = name[:1].upper() + name[1:]
        while e < s.hi and toks[e].ar and toks[e].key in AR_SITE_ADJ:
            e += 1  # "الدولي", "الجوية": part of the site's name
        latin = f"{name} {suffix}".strip()
        eid = doc.new_entity("Location", latin, core_tokens(latin))
        doc._add_alias(eid, doc.text[t.start + off:toks[e - 1].end])
        if inner is not None and inner in out:
            out.remove(inner)
        me = make_mention(doc, si, k, e, eid, off=off, prefix=t.key[:off])
        out.append(me)
        for x in range(k, e):
            covered[x] = me


def fuzzy_place(doc: Doc, t: Tok) -> str | None:
    """A known place or country spelled otherwise ("كوردستان" ~ كردستان); not an
    adjective (كوردستاني)."""
    if not t.ar or t.punct or len(t.key) < 4 or t.key.endswith(("ي", "يه")):
        return None
    return doc.gaz.fuzzy_person([strip_article_ar(t.key)], doc.mentioned_ids(),
                                types=("Location", "Country"))


def translated_bodies(doc: Doc, si: int, covered: dict[int, Mention],
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
                place = fuzzy_place(doc, toks[x + 1])
                name = _known_english(doc, place) if place else None
                if name is not None and name.endswith(" Region"):
                    words.append((tx.key, name))  # "إقليم كوردستان": Kurdistan Region
                    x += 2
                    ends.append(x)
                    continue
            if stem in AR_ANAPHOR_HEADS and tx.key.startswith(("ال", "لل")) and \
                    stem == L.fold_ar("إقليم"):
                ante = ar_head_antecedent(doc, out, stem, x)
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
        eid = None
        if is_army_forces(head, words):
            eid = army_named_before(doc, out, k)  # «قوات الجيش»: the army named before
            if eid is None:
                continue
        if eid is None and all(w[1] is None and w[0] not in L.NATIONALITY for w in words):
            eid = _named_before(doc, out, latin)  # "جهاز الاستخبارات" after "الاستخبارات
            # التركية": that service (session 54)
        eid = eid or doc.new_entity("Organization", latin, core_tokens(latin))
        doc._add_alias(eid, doc.text[toks[k].start + off:toks[e - 1].end])
        for x in range(k + 1, e):
            if x in covered:
                old = covered[x]
                if old in out:
                    out.remove(old)
        me = make_mention(doc, si, k, e, eid, off=off, prefix=t.key[:off])
        out.append(me)
        for x in range(k, e):
            covered[x] = me


ALL_AR_HEADS = frozenset(AB.HEADS) | AR_ANAPHOR_HEADS | frozenset(AR_SITE_HEADS) | \
    AR_OUTLET_NOUNS


# the head words of a translated body's name that say what kind of body it is
_GENERIC_HEADS = frozenset({"service", "agency", "apparatus", "directorate", "organization",
                            "department", "authority", "presidency"})


def _named_before(doc: Doc, out: list[Mention], latin: str) -> str | None:
    """The one body named earlier in the article (or this sentence) whose name holds the
    words of a body translated without a state ("Intelligence Service" -> the National
    Intelligence Organization (MIT) named before as «الاستخبارات التركية»); None when
    there is none or more than one."""
    words = {w for w in latin.lower().split() if w not in _GENERIC_HEADS}
    if not words:
        return None
    found = set()
    for m in [*doc.ments, *out]:
        if m.etype != "Organization":
            continue
        name = _known_english(doc, m.eid)
        if name and name != latin and words <= set(name.lower().replace("(", " ").split()):
            found.add(m.eid)
    return found.pop() if len(found) == 1 else None
