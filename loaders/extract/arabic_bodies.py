"""English names for Arabic names of institutions built from common words.

"جهاز الأمن الوطني العراقي" -> "Iraqi National Security Service", "ائتلاف دولة القانون" ->
"State of Law Coalition", "حكومة إقليم كردستان" -> "Kurdistan Regional Government",
"قيادة العمليات المشتركة" -> "Joint Operations Command". Only names made entirely of words
of the glossary below (institutional nouns and adjectives, nationalities, known places) are
translated, so the Arabic and the English spelling of one body get one id; anything else (a
proper name: "تحالف الفتح", "كتائب حزب الله") is left to the transliterating rules.

The glossary holds ordinary words, not names of bodies. English word order: nationality
first, then the complements from the innermost out, the head last; a bare construct pair
inside the complement reads "X of Y" ("دولة القانون" -> "State of Law").
"""

from __future__ import annotations

from loaders.extract import lexicon as L

# head nouns that English puts last; "" = dropped before a complement (هيئة الأركان -> Staff)
HEADS = {L.fold_ar(k): v for k, v in {
    "تحالف": "Alliance", "ائتلاف": "Coalition", "حزب": "Party", "تيار": "Movement",
    "منظمة": "Organization", "جبهة": "Front", "جهاز": "Service", "حكومة": "Government",
    "هيئة": "", "مجلس": "Council", "وزارة": "Ministry", "قيادة": "Command",
    "مديرية": "Directorate", "قوات": "Forces", "جيش": "Army", "رئاسة": "Presidency",
    "برلمان": "Parliament"}.items()}
# heads that start a name only when the whole name translates (not militia-style heads)
TRANSLATE_ONLY = frozenset(L.fold_ar(w) for w in (
    "جهاز", "حكومة", "قيادة", "مديرية", "رئاسة", "برلمان"))

NOUNS = {L.fold_ar(k): v for k, v in {
    "أمن": "Security", "دولة": "State", "قانون": "Law", "أركان": "Staff", "قوات": "Forces",
    "داخلية": "Interior", "دفاع": "Defense", "خارجية": "Foreign", "استخبارات": "Intelligence",
    "مخابرات": "Intelligence", "شرطة": "Police", "جيش": "Army", "مقاومة": "Resistance",
    "عمليات": "Operations", "قيادة": "Command", "حدود": "Border", "مكافحة": "Counter",
    "إرهاب": "Terrorism", "شؤون": "Affairs", "نفط": "Oil", "مالية": "Finance",
    "عدل": "Justice", "صحة": "Health", "تحرير": "Liberation", "إقليم": "Region",
    "حشد": "Mobilization", "نواب": "Representatives", "وزراء": "Ministers",
    "أمناء": "Trustees", "نزاهة": "Integrity", "انتخابات": "Elections",
    "اتصالات": "Communications", "إعلام": "Media", "طاقة": "Energy", "كهرباء": "Electricity",
    "تجارة": "Trade", "ثقافة": "Culture", "تعليم": "Education", "نقل": "Transport",
    "جمارك": "Customs", "طيران": "Aviation", "مطارات": "Airports", "بيشمركة": "Peshmerga",
}.items()}
ADJECTIVES = {L.fold_ar(k): v for k, v in {
    "وطني": "National", "وطنية": "National", "عام": "General", "عامة": "General",
    "مسلح": "Armed", "مسلحة": "Armed", "إسلامي": "Islamic", "إسلامية": "Islamic",
    "شعبي": "Popular", "شعبية": "Popular", "ديمقراطي": "Democratic",
    "ديمقراطية": "Democratic", "ثوري": "Revolutionary", "ثورية": "Revolutionary",
    "أعلى": "Supreme", "اتحادي": "Federal", "اتحادية": "Federal", "مشترك": "Joint",
    "مشتركة": "Joint", "خاص": "Special", "خاصة": "Special", "دولي": "International",
    "دولية": "International", "مركزي": "Central", "مركزية": "Central",
    "تنفيذي": "Executive", "تنفيذية": "Executive", "سياسي": "Political",
    "سياسية": "Political", "عسكري": "Military", "عسكرية": "Military", "أمني": "Security",
    "أمنية": "Security", "مستقل": "Independent", "مستقلة": "Independent",
    "عليا": "Supreme",
}.items()}

NATIONALITY_EN = {
    "country:iraq": "Iraqi", "country:iran": "Iranian", "country:united-states": "US",
    "country:syria": "Syrian", "country:lebanon": "Lebanese", "country:saudi-arabia": "Saudi",
    "country:turkey": "Turkish", "country:israel": "Israeli", "country:jordan": "Jordanian",
    "country:egypt": "Egyptian", "country:russia": "Russian", "country:yemen": "Yemeni",
    "country:united-kingdom": "British", "country:france": "French",
    "country:germany": "German", "country:kuwait": "Kuwaiti", "country:qatar": "Qatari"}

_CLITICS = ("وال", "بال", "فال", "كال", "لل", "ال")


def split_word(key: str) -> tuple[str, bool, bool]:
    """(stem, definite, of-marker) of a folded Arabic word: "للقوات" -> ("قوات", True, True)."""
    if key.startswith("لل"):
        return key[2:], True, True
    if key.startswith("ال"):
        return key[2:], True, False
    return key, False, False


def translate(head: str, words: list[tuple[str, str | None]]) -> str | None:
    """English name of a body: *head* (folded stem) + the following *words* as (folded key,
    English name of a known place/country covering it or None). None unless every word is
    understood."""
    if head not in HEADS:
        return None
    nat: str | None = None
    segs: list[list] = []  # [noun English, [adjectives], definite]
    for key, known in words:
        if known is not None:
            segs.append([known, [], True])
            continue
        if key in L.NATIONALITY:
            country = L.NATIONALITY[key]
            adj = NATIONALITY_EN.get(country) or L.DEMONYM_EN.get(country)
            if nat is not None or adj is None:
                return None
            nat = adj
            continue
        stem, definite, _of = split_word(key)
        if stem in ADJECTIVES and segs and definite == segs[-1][2]:
            segs[-1][1].append(ADJECTIVES[stem])
            continue
        if stem in NOUNS:
            segs.append([NOUNS[stem], [], definite])
            continue
        return None
    if not segs or segs[-1][0] == "Region":
        return None  # "حكومة إقليم" without the region's name
    parts: list[str] = []
    # the complement from the innermost out; an indefinite noun in construct with a bare
    # definite noun reads "X of Y" ("دولة القانون" -> "State of Law")
    i = len(segs) - 1
    rendered: list[str] = []
    while i >= 0:
        noun, adjs, definite = segs[i]
        if i >= 1 and not segs[i - 1][2] and not segs[i - 1][1] and not adjs and \
                definite and len(segs) == 2:
            rendered.append(f"{segs[i - 1][0]} of {noun}")
            i -= 2
            continue
        if noun == "Region" and rendered:
            noun = "Regional"  # "حكومة إقليم كردستان": Kurdistan Regional Government
        elif noun.endswith(" Region") and i == 0:
            noun = noun[: -len("Region")] + "Regional"
        rendered.append(" ".join(list(reversed(adjs)) + [noun]))
        i -= 1
    if nat:
        parts.append(nat)
    parts.extend(rendered)
    if HEADS[head]:
        parts.append(HEADS[head])
    name = " ".join(p for p in parts if p)
    return name if len(name.split()) >= 2 else None
