"""Entity mentions of one article, sentence by sentence.

``find_mentions`` runs these steps in order; each skips the tokens that earlier steps
covered, and a step that looks for certain words runs only in sentences that have one (the
per-token "pass bits" below, cached per token text):

- names already known (``known_names``): the gazetteer's ("فيلق القدس", "Hadi al-Amiri")
  and those of new people named before in the article; Arabic misspellings of known people
  ("قائاني", ``arabic_names``); a first name in a spelling of its own before a known
  surname ("Esmaeel Ghaani", ``person_names``);
- organisations, outlets and places (``bodies`` and the ``bodies_ar``, ``body_references``,
  ``capitals_institutions`` modules): English capitalised spans ("Kataib
  Sayyid al-Shuhada Brigades", "Sepah News"), "the factions", the international coalition,
  "the group's spokesman"; Arabic institutions under their English name ("جهاز الأمن
  الوطني العراقي"), named bodies ("حركة النجباء"), "الحزب"/"the agency" for the body or
  outlet named before, "the Iraqi capital", "البرلمان العراقي", "محافظة الأنبار", "قاعدة حرير";
- title cues (``titles``): "وزير الخارجية العراقي فؤاد حسين", "Iraqi Prime Minister Mustafa
  al-Kadhimi"; without a name, the description is resolved (``coreference``);
- people without a title: Arabic names after cue words ("وفد يرأسه علي باقري كني"),
  kunyas ("المعروف بأبي فدك") and usual given names ("التقى عباس عراقجي", ``arabic_names``);
  English bare surnames next to met/succeeded ("met Pakpour", ``person_names``); new people
  named again in the same sentence (``known_names``).

``Doc`` keeps the article's working state (mentions so far, new entities and their ids);
the passes over the whole article after it (``resolve_cataphora``, ``resolve_aka``,
``resolve_kunya``) live in ``coreference``. ``mention_base`` has what all steps share."""

from __future__ import annotations

from operator import attrgetter

from rapidfuzz import fuzz

from loaders.extract import given_names as GN
from loaders.extract import lexicon as L
from loaders.extract.arabic_names import (
    _AR_AKA,
    _AR_CUE_KEYS,
    _AR_KUNYA_WORDS,
    _ar_aka_kunya,
    _ar_aka_quoted_names,
    _ar_cue_names,
    _ar_fuzzy,
    _ar_given_name_people,
    _ar_shared_family,
    _arabic_misspellings,
    _proclitic_name_key,
)
from loaders.extract.bin_chain_after_ar import bin_chain_after_ar
from loaders.extract.bin_chain_known_en import known_bin_chain_en
from loaders.extract.bodies import _english_capitalised_spans
from loaders.extract.bodies_ar import ALL_AR_HEADS as _ALL_AR_HEADS
from loaders.extract.bodies_ar import ar_sites as _ar_sites
from loaders.extract.bodies_ar import arabic_named_organisations as _arabic_named_organisations
from loaders.extract.bodies_ar import head_positions as _head_positions
from loaders.extract.bodies_ar import translated_bodies as _translated_bodies
from loaders.extract.body_member_names_ar import role_cue, title_body_names
from loaders.extract.body_references import AR_OUTLET_NOUNS as _AR_OUTLET_NOUNS
from loaders.extract.body_references import AR_TAHALUF as _AR_TAHALUF
from loaders.extract.body_references import EN_GROUP_NOUNS as _EN_GROUP_NOUNS
from loaders.extract.body_references import EN_GROUP_SINGULAR as _EN_GROUP_SINGULAR
from loaders.extract.body_references import EN_OUTLET_REF as _EN_OUTLET_REF
from loaders.extract.body_references import arabic_body_anaphora as _arabic_body_anaphora
from loaders.extract.body_references import english_group_nouns as _english_group_nouns
from loaders.extract.body_references import group_possessive as _group_possessive
from loaders.extract.body_references import international_coalition as _international_coalition
from loaders.extract.body_references import outlet_references as _outlet_references
from loaders.extract.capitals_institutions import AR_INSTITUTIONS as _AR_INSTITUTIONS
from loaders.extract.capitals_institutions import CAPITAL_KEYS as _CAPITAL_KEYS
from loaders.extract.capitals_institutions import CAPITALS, capital_id
from loaders.extract.capitals_institutions import EN_INSTITUTIONS as _EN_INSTITUTIONS
from loaders.extract.capitals_institutions import admin_head as _admin_head
from loaders.extract.capitals_institutions import arabic_admin_places as _arabic_admin_places
from loaders.extract.capitals_institutions import capital_descriptions as _capital_descriptions
from loaders.extract.capitals_institutions import national_institutions as _national_institutions
from loaders.extract.coreference import (
    resolve_aka,
    resolve_cataphora,
    resolve_description,
    resolve_kunya,
)
from loaders.extract.definite_given_ar import DEFINITE_GIVEN
from loaders.extract.dual_title_names_ar import DUAL_TITLE_KEYS, dual_title_names_ar
from loaders.extract.foreign_latin import foreign_words, name_word_latin
from loaders.extract.foreign_names_ar import foreign_name_people, foreign_shaped
from loaders.extract.gazetteer import Gazetteer, same_ar_family
from loaders.extract.generic_group_bodies import GROUP_CUES, unqualified_groups
from loaders.extract.group_adjective_en import CUES as GROUP_ADJ_CUES
from loaders.extract.group_adjective_en import group_adjective_mentions
from loaders.extract.house_names import drop_house_names
from loaders.extract.indefinite_not_person_en import drop_indefinite_people
from loaders.extract.khalifa_inside_name_ar import khalifa_inside_name
from loaders.extract.kin_family_ar import ar_kin_family_names, ar_kin_given_list, has_kin_ar
from loaders.extract.kin_possessive_en import (
    en_his_kin_names,
    en_possessive_kin_names,
    has_his_kin,
    has_possessive_kin,
)
from loaders.extract.known_names import (
    _known_names,
    _local_again,
)
from loaders.extract.latin_ids import canonical_latin
from loaders.extract.lone_given_en import lone_given_names_en
from loaders.extract.mention_base import (
    _B_ADMIN,
    _B_AR_AKA,
    _B_AR_CUE,
    _B_AR_DUAL_TITLE,
    _B_AR_FOREIGN,
    _B_AR_FUZZY,
    _B_AR_GIVEN,
    _B_AR_HEAD,
    _B_AR_ORG_HEAD,
    _B_CAPITAL,
    _B_COALITION,
    _B_EN_BARE_VERB,
    _B_EN_CAP,
    _B_EN_CAP_START,
    _B_GROUP_POSS,
    _B_GROUPS,
    _B_INSTITUTION,
    _B_NOT_UNIT,
    _B_OUTLET_REF,
    _B_TITLE,
    AGENT_TYPES,
    QUOTES,
    Mention,
    MentionWork,
    _missing,
    _org_head,
    make_mention,
    normalize_word,
)
from loaders.extract.mention_core import session_entity
from loaders.extract.middle_names_ar import middle_name_people_ar
from loaders.extract.monarch_state_refs import CUE_WORDS as ROYAL_CUES
from loaders.extract.monarch_state_refs import monarch_state_refs
from loaders.extract.name_starts_ar import (
    given_before_foreign,
    imam_ali_names,
    khalifa_after_title,
)
from loaders.extract.nicknames_en import en_nicknames, nickname_cue
from loaders.extract.occupier_adjective_ar import OCCUPATION_STEM, other_occupiers_ar
from loaders.extract.one_word_person import named_by_word_only
from loaders.extract.paren_acronyms import en_paren_acronyms
from loaders.extract.paren_country_list_ar import paren_country_members
from loaders.extract.person_names import (
    _EN_BARE_NAME_VERBS,
    _en_bare_surnames,
    _first_names_before_surnames,
    en_kin_first_names,
)
from loaders.extract.pope_refs import english_pope_refs
from loaders.extract.quoted_nickname_names import has_quote, quoted_nickname_people
from loaders.extract.short_form_person import hand_over
from loaders.extract.styled_short_name import AR_STYLE_ENDS, B_STYLE, EN_STYLES, royal_style
from loaders.extract.surname_modifiers import surname_modifiers_en
from loaders.extract.text_cue_bits import (
    B_BIN,
    B_GROUP_ADJ,
    B_GROUP_WORDS,
    B_KIN_AR,
    B_KIN_EN,
    B_OCCUPATION,
    B_POPE,
    B_ROLE_AR,
    B_ROYAL,
    BIN_TEXTS,
    POPE_TEXTS,
    text_cue_bits,
)
from loaders.extract.theophoric_names_ar import TAILS as _THEOPHORIC_TAILS
from loaders.extract.theophoric_names_ar import theophoric_people
from loaders.extract.title_before_name import drop_titles_before_names
from loaders.extract.title_stacked_ar import drop_stacked_titles_ar
from loaders.extract.titles import (
    _may_title,
    _org_word_first_name,
    _title_at,
    _titles,
)
from loaders.extract.tokens import STEM, Sentence, Tok
from loaders.extract.trailing_sheikh_en import SHEIKH
from loaders.textnorm import (
    _core_tokens,
    fold_ar,
    is_arabic,
    slugify,
    strip_article_ar,
    token_phonetic,
    token_skeleton,
    transliterate_ar,
)

__all__ = [  # the names other modules import from here
    "AGENT_TYPES",
    "CAPITALS",
    "Doc",
    "Mention",
    "QUOTES",
    "make_mention",
    "_title_at",
    "capital_id",
    "find_mentions",
    "resolve_aka",
    "resolve_cataphora",
    "resolve_description",
    "resolve_kunya",
]


_TEXT = attrgetter("text")
_ETYPE, _LO, _HI = attrgetter("etype"), attrgetter("lo"), attrgetter("hi")
_INF = float("inf")  # (a constant: float("inf") parses the string at each call)


class Doc:
    """Working state of one article."""

    def __init__(self, text: str, toks: list[Tok], sents: list[Sentence], gaz: Gazetteer,
                 session: dict | None = None):
        self.text = text
        self.toks = toks
        self.sents = sents
        self.gaz = gaz
        self.ments: list[Mention] = []
        self.new_entities: dict[str, dict] = {}
        self.session = session if session is not None else {}
        self.leaders: dict[str, list[tuple[str, str | None]]] = {}
        self.nat: dict[str, str] = {}  # new entity id -> nationality
        self.local: dict[tuple[str, ...], str] = {}  # name tokens of new people -> id
        self.local_first: set[str] = set()
        self.local_weak: set[tuple[str, ...]] = set()  # keys a last word overrides (surname_keys)
        self.local_given: set[tuple[str, ...]] = set()  # first-word keys (lone_first_name_ar)
        self.by_sent: dict[int, list[Mention]] = {}
        self.pending: list[tuple] = []  # unresolved descriptions, for cataphora
        # first tokens of Arabic definite descriptions that name nobody known ("والتقى المبعوث
        # الزائر Y"): the verb has a subject of its own, not the previous sentence's
        self.unnamed: set[int] = set()
        # first tokens of English descriptions read (definite, possessive) that name nobody known
        # ("Egypt's deputy foreign minister met Y"): for the scorer's actor pair only
        self.unnamed_en: set[int] = set()
        self.kill_agents: list[tuple[int, str]] = []  # (sentence, agent) of killings found
        self.kill_pairs: list[tuple[int, str, str]] = []  # (sentence, victim, agent) of them
        self.sent_ids: set[str] = set()  # gazetteer ids named so far in the current sentence
        self._mid: set[str] = set()
        self._mid_n = -1
        self._head_first: dict[str, int] = {}
        self._head_n = 0
        self._fam: dict[str, set[str]] = {}  # last-word skeleton -> people named in full
        self._fam_n = 0
        self.said_b: frozenset[str] | None = None  # foreign_family_ar.said_b_names
        # (mentions seen, {key: [(id, name skeletons, chain)]}, ids seen): for
        # named_parts._named_people
        self.part_names: list = [0, {}, set()]
        # per token, facts that depend only on its text (looked up once per article)
        self.texts = texts = list(map(_TEXT, toks))
        self.gaz_start = gaz.first_cands_all(toks, texts)  # gazetteer names that may start here
        # which token-scanning steps it may trigger
        self.pass_bits = _pass_bits_all(gaz, toks, texts)
        self.bit_pos: dict[int, list[int]] = {}  # mask -> tokens with it (_positions)
        # token text -> can it be a word of an Arabic name (later word, first word)
        facts = gaz.token_facts
        if len(facts.get("name_words", ((), ()))[0]) > 200_000:
            facts.pop("name_words")
        self.name_words: tuple[dict[str, bool], dict[str, bool]] = \
            facts.setdefault("name_words", ({}, {}))
        self.state: dict = {}

    # ---- entity helpers -------------------------------------------------------------------
    def etype(self, eid: str) -> str:
        e = self.gaz.entries.get(eid)  # = gaz.get(eid), without a call (a hot path)
        if e:
            return e.type
        if eid in self.new_entities:
            return self.new_entities[eid]["type"]
        return eid.split(":", 1)[0].capitalize()

    def country_of(self, eid: str) -> str | None:
        e = self.gaz.entries.get(eid)  # = gaz.get(eid), without a call
        return e.country if e else self.nat.get(eid)

    def mentions_changed(self) -> None:
        """Call after changing mentions already in ``ments`` in place (their id): the
        indexes kept up to date as ``ments`` grows are then rebuilt on next use."""
        self._mid, self._mid_n = set(), -1
        self._head_first, self._head_n = {}, 0
        self._fam, self._fam_n = {}, 0

    def drop_mention(self, m: Mention) -> None:
        """Remove *m* from the article's mentions (and its sentence's); the indexes are
        rebuilt on next use."""
        self.ments.remove(m)
        sent = self.by_sent.get(m.sent)
        if sent is not None and m in sent:
            sent.remove(m)
        self.mentions_changed()

    def first_head_sentence(self, eid: str) -> float:
        """First sentence where the article calls *eid* a head of state or government
        (infinity if none); kept up to date as ``ments`` grows."""
        if self._head_n != len(self.ments):
            first = self._head_first
            for m in self.ments[self._head_n:]:
                if m.role == "head_state" and m.sent < first.get(m.eid, _INF):
                    first[m.eid] = m.sent
            self._head_n = len(self.ments)
        return self._head_first.get(eid, _INF)

    def family_ids(self, word: str) -> set[str]:
        """The people named so far with a name of two words or more whose last word is
        *word* (folded, without the article: "Mohammed Sinwar", "Yahya Sinwar" for
        "sinwar"); kept up to date as ``ments`` grows."""
        if self._fam_n != len(self.ments):
            fam = self._fam
            text = self.text
            for m in self.ments[self._fam_n:]:
                if m.etype == "Person" and m.kind == "name" and m.hi - m.lo > 1:
                    words = _core_tokens(text[m.start:m.end])  # (cached tuple, not copied)
                    if len(words) > 1:
                        fam.setdefault(words[-1], set()).add(m.eid)
            self._fam_n = len(self.ments)
        return self._fam.get(word, set())

    def mentioned_ids(self) -> set[str]:
        """Ids mentioned so far (``ments`` only grows: only the new mentions are added)."""
        if self._mid_n != len(self.ments):
            if self._mid_n < 0:
                self._mid_n = 0
            add = self._mid.add  # (a loop: no generator per call)
            for m in self.ments[self._mid_n:]:
                add(m.eid)
            self._mid_n = len(self.ments)
        return self._mid

    def new_entity(self, etype: str, surface: str, name_tokens: list[str]) -> str:
        """Id for an entity not in the gazetteer; reuse one made earlier in this document or
        session when the name has the same skeleton (another spelling or script)."""
        skel = "".join(map(token_skeleton, name_tokens))
        reg = self.session.setdefault("skel", {})
        key = (etype, skel)
        if skel and key in reg and _sounds_like(name_tokens, self.session["toks"][reg[key]]):
            eid = reg[key]
            self.session["toks"][eid].append(tuple(name_tokens))
            if eid not in self.new_entities:
                self.new_entities[eid] = session_entity(self.session["ents"][eid])
            self._add_alias(eid, surface)
            return eid
        if is_arabic(surface):
            words = surface.split()
            foreign = etype == "Person" and foreign_words(words)  # "فولوديمير زيلينسكي"
            parts: list[str] = []
            i = 0
            while i < len(words):
                w = words[i]
                if not i and etype == "Person" and len(words) > 1 and w[:1] == "ل" and \
                        fold_ar("ا" + w) in DEFINITE_GIVEN:
                    w = "ا" + w  # ("خلفاً للقاسم X": the span opens after the first ل)
                if strip_article_ar(normalize_word(w)) == "عبد" and i + 1 < len(words):
                    nxt = transliterate_ar(words[i + 1], self.gaz.ar_latin)
                    nxt = nxt[3:] if nxt.lower().startswith("al-") else nxt
                    if nxt.lower() in ("lah", "llah", "allah", "alla"):
                        parts.append("Abdullah")
                    else:
                        parts.append("Abdul-" + nxt[:1].upper() + nxt[1:])
                    i += 2
                    continue
                tr = name_word_latin(w, self.gaz.ar_latin, foreign)
                if not i and tr[:3] == "al-" and len(words) > 1 and etype == "Person" and \
                        fold_ar(w) in DEFINITE_GIVEN:
                    tr = tr[3:4].upper() + tr[4:]  # "السعيد شنقريحة": Said, not al-Said
                if i + 1 < len(words) and normalize_word(words[i + 1]) == "الله":
                    # "يار الله" Yarallah, as Latin writes it; after a final vowel one a
                    # ("دفع الله" Dafallah, not Dafaallah: session 55)
                    one_a = tr.endswith("a") and not w.endswith("ة")
                    parts.append(tr + ("llah" if one_a else "allah"))
                    i += 2
                    continue
                if etype != "Person" and w.endswith("ة") and i + 1 < len(words) and \
                        tr.endswith("a") and strip_article_ar(words[i + 1]) != words[i + 1]:
                    tr += "t"  # construct state: "عصبة الثائرين" -> "Asbat al-..."
                parts.append(tr)
                i += 1
            latin = " ".join(parts)
        elif etype == "Person":
            # "Hossein al-Mousavi" -> "Hussein al-Moussawi": the spelling the Arabic name
            # gets, so that separate Arabic and English articles give one id
            latin = canonical_latin(self.gaz, _without_initials(surface))
        else:
            latin = surface
        slug = slugify(latin) or "unnamed"
        if latin is not surface and f"{etype.lower()}:{slug}" in self.gaz.entries:
            slug = slugify(surface) or slug  # (never a known entity's id)
        eid = f"{etype.lower()}:{slug}"
        # (the name follows the id, as for an Arabic name: two loads of one id must agree
        # on it; an English spelling as written stays an alias)
        name = " ".join(w[:1].upper() + w[1:] if w not in ("al", "bin", "ibn") else w
                        for w in slug.split("-"))
        name = name.replace("Al ", "al-").replace(" al ", " al-")
        ent = {"id": eid, "type": etype, "name": name, "aliases": []}
        self.new_entities.setdefault(eid, ent)
        self.session.setdefault("ents", {})[eid] = self.new_entities[eid]
        if skel:
            reg[key] = eid
            self.session.setdefault("toks", {}).setdefault(eid, []).append(tuple(name_tokens))
        self._add_alias(eid, surface)
        return eid

    def remember(self, eid: str, name_tokens: list[str]) -> None:
        """Let later bare mentions of a new person's name (surname, full name) match."""
        toks = [t for t in name_tokens if t]
        if not toks:
            return
        self.local.setdefault(tuple(toks), eid)
        self.local_first.add(toks[0])
        self.local_first.add(toks[-1])
        if len(toks) > 2:
            self.local_first.add(toks[-2])
        last = toks[-1]
        if len(toks) > 1 and len(last) >= 3 and last not in L.AR_STOP and \
                last not in L.EN_STOP and last not in SHEIKH:  # ("Hassan Sheikh": a style alone)
            # a family name two new people share ("Karwan Jaff", "Sherko Jaff") names
            # neither of them on its own ("" = ambiguous)
            if (last,) in self.local_weak:
                self.local_weak.discard((last,))  # a last word beats a middle one
                self.local_given.discard((last,))  # (or a first one: lone_first_name_ar)
                self.local[(last,)] = eid
            elif self.local.setdefault((last,), eid) != eid:
                had = self.local[(last,)]
                # ("UN Envoy Lamamra" before "Ramtane Lamamra": the same man, one_word_person)
                self.local[(last,)] = eid if had and named_by_word_only(self, had, last) else ""
        if len(toks) > 2 and toks[-2] in ("عبد", "ابو", "abu", "abd", "bin"):
            self.local.setdefault(tuple(toks[-2:]), eid)
        if len(toks) > 2 and self.local and not is_arabic(last):
            hand_over(self, toks, eid)  # "Hassan Sheikh" before "Hassan Sheikh Mohamoud"

    def _add_alias(self, eid: str, surface: str) -> None:
        """Record *surface* as another name of the new entity *eid* (a gazetteer entity
        keeps the names its entry lists)."""
        ent = self.new_entities.get(eid)
        if ent is None:
            return
        if surface and surface != ent["name"] and surface not in ent["aliases"]:
            ent["aliases"].append(surface)


def _sounds_like(toks: list[str], known: list[tuple[str, ...]]) -> bool:
    """Is the new name *toks* (same whole-name skeleton as a new person met before, whose
    names were *known*) another spelling of it? Arabic against Arabic, the family names'
    letters must agree (العقابي is no الكعبي), Latin against Latin they open alike (a vowel
    or not: al-Saadi is no al-Asadi); otherwise the finer sound must be close: the skeleton
    joins the words, so "Ali Qadi" and "علي آقا زاده" share one."""
    last = toks[-1] if toks else ""
    phon = "".join(map(token_phonetic, toks))
    compass = set(toks) & _COMPASS
    for k in known:
        if compass != _COMPASS.intersection(k):
            continue  # "West Azerbaijan" is no "East Azerbaijan" (w is dropped: "st" both)
        if is_arabic(last) and k and is_arabic(k[-1]):
            if same_ar_family(last, [k[-1]]):
                return True
        elif k and not is_arabic(last) and not is_arabic(k[-1]) and \
                (last[:1] in _LATIN_VOWELS) != (k[-1][:1] in _LATIN_VOWELS):
            continue  # Latin family names, one opening with a vowel: al-Saadi / al-Asadi
        elif fuzz.ratio(phon, "".join(map(token_phonetic, k))) >= 72:
            return True
    return False


_LATIN_VOWELS = frozenset("aeiou")
_COMPASS = L.EN_COMPASS | L.EN_COMPASS_ADJ


# generational suffixes after a family name: no part of the id ("George W. Casey Jr.")
_GENERATION_SUFFIXES = (" Jr", " Jr.", " Sr", " Sr.")  # (not "II": "John Paul II")


def _without_initials(surface: str) -> str:
    """A Latin name without its middle initials ("Christopher A. Wray" -> "Christopher
    Wray") nor a generational suffix ("George Casey Jr." -> "George Casey"): the id the name
    has without them (the tokens drop the initials already)."""
    if surface.endswith(_GENERATION_SUFFIXES) and surface.count(" ") >= 2:
        surface = surface[:surface.rfind(" ")]
    if ". " not in surface:
        return surface
    words = surface.split()
    kept = [w for w in words[1:-1] if not (len(w) == 2 and w[1] == "." and w[0].isupper())]
    return " ".join([words[0], *kept, words[-1]]) if len(words) > 2 else surface


def find_mentions(doc: Doc, si: int) -> list[Mention]:
    """All mentions of sentence *si* (also appended to ``doc.ments``).

    The steps run in this order (see the module docstring); each sees (and skips) the
    tokens that earlier steps covered. A step that scans for certain words runs only when
    the sentence has one (``w.bits``: the pass bits of its tokens or'ed together)."""
    w = MentionWork(doc, si)
    bits = w.bits
    ar = doc.toks[w.s.lo].ar
    n_local = len(doc.local)
    seg = doc.text[w.s.start:w.s.end]  # (the sentence's text, for the tests of characters)
    # names already known, in any spelling
    _known_names(w)
    if bits & _B_AR_FUZZY:
        _arabic_misspellings(w)
    if ar and bits & _B_AR_GIVEN:
        _ar_shared_family(doc, si, w.covered, w.out)  # "حازم وأمير ومحمد هنية"
    if w.out:  # (a loop over the names found: none, no call)
        _first_names_before_surnames(w)
    if ar and w.out and " آل " in seg:
        bin_chain_after_ar(doc, si, w.covered, w.out)  # "الشيخ محمد بن عبد الرحمن بن جاسم آل ثاني"
    # organisations, outlets and places
    if bits & _B_EN_CAP_START:
        _english_capitalised_spans(w)
    if bits & _B_GROUPS:
        _english_group_nouns(w)
    if bits & _B_COALITION:
        _international_coalition(w)
    if bits & _B_GROUP_POSS:
        _group_possessive(w)
    if bits & _B_AR_HEAD:
        w.heads_at = _head_positions(doc, w.s)
        if w.heads_at:
            _translated_bodies(doc, si, w.covered, w.out, w.heads_at)
    if bits & _B_AR_ORG_HEAD:
        _arabic_named_organisations(w)
    if w.heads_at:
        _arabic_body_anaphora(w)
    if w.heads_at if ar else bits & _B_OUTLET_REF:  # (the tokens its loop reads)
        _outlet_references(w)
    if bits & _B_CAPITAL:
        _capital_descriptions(w)
    if bits & _B_INSTITUTION:
        _national_institutions(w)
    if bits & _B_ADMIN:
        _arabic_admin_places(w)
    if w.heads_at:
        _ar_sites(doc, si, w.covered, w.out, w.heads_at)
    # titles, and the names or descriptions they introduce
    if not ar and w.out:
        _org_word_first_name(doc, w.s, w.covered, w.out)
    if ar and bits & _B_TITLE:
        khalifa_after_title(doc, si, w.covered, w.out)  # "المشير خليفة حفتر"
        khalifa_inside_name(doc, si, w.covered, w.out)  # "الفريق أول صدام خليفة حفتر"
    if ar and bits & _B_AR_GIVEN:
        imam_ali_names(doc, si, w.covered, w.out)  # "إمام علي رحمان"، "رستم إمام علي"
    if bits & _B_TITLE:
        _titles(w)
    # people named without a title
    if ar and bits & _B_AR_CUE:
        _ar_cue_names(doc, si, w.covered, w.out)
    if ar and (bits & _B_AR_GIVEN or "Person" in map(_ETYPE, w.out)):
        if bits & _B_AR_GIVEN:
            _ar_aka_kunya(doc, si, w.covered, w.out)
        _ar_given_name_people(doc, si, w.covered, w.out)
        if "Person" in map(_ETYPE, w.out):
            middle_name_people_ar(doc, si, w.covered, w.out)  # «إسماعيل عبد السلام هنية»
        if "«" in seg or '"' in seg or "“" in seg or "(" in seg:
            _ar_aka_quoted_names(doc, si, w.covered, w.out)  # "X، المعروف بـ«Y»", "X (أبو Y)"
    if ar and bits & _B_AR_FOREIGN:
        given_before_foreign(doc, si, w.covered, w.out)  # "المبعوث الروسي زامير كابولوف"
        foreign_name_people(doc, si, w.covered, w.out)  # "خلفاً لسالومي زورابيشفيلي"
        theophoric_people(doc, si, w.covered, w.out)  # "سراج الدين حقاني"
    if ar and "(" in seg and "Person" in map(_ETYPE, w.out):
        paren_country_members(doc, si, w.covered, w.out)  # "A (مالي) وB (النيجر)"
    if ar and bits & B_KIN_AR and has_kin_ar(seg) and "Person" in map(_ETYPE, w.out):
        ar_kin_family_names(doc, si, w.out)  # "نجا منها الحية ... مقتل نجله همام"
        ar_kin_given_list(doc, si, w.out)  # "بحضور نجليه صدام وخالد" (known full names)
    if ar and " في " in seg and (bits & _B_TITLE or bits & B_ROLE_AR and role_cue(seg)):
        title_body_names(doc, si, w.covered, w.out)  # "الباحث في مؤسسة القرن X Y إن"
    if has_quote(seg):
        quoted_nickname_people(doc, si, w.covered, w.out)  # 'Jimmy "Barbecue" Cherizier'
    if not ar and bits & _B_EN_CAP and bits & _B_EN_BARE_VERB:
        _en_bare_surnames(doc, si, w.covered, w.out)
    if not ar and w.out and nickname_cue(doc, w.s.lo, w.s.hi, w.out):
        en_nicknames(doc, si, w.covered, w.out)  # "X, known as N", "X (N)", "X 'N'"
    if len(doc.local) > n_local:
        _local_again(doc, si, w.units, w.covered, w.out)
    if not ar:
        if bits & B_BIN and any(map(seg.__contains__, BIN_TEXTS)):  # (a lower-case "ben" is
            # the token "bin": tokens._make_token)
            _bin_chain_after(doc, si, w.covered, w.out)  # "Sheikh Tamim bin Hamad Al-Thani"
            known_bin_chain_en(doc, si, w.covered, w.out)  # "Badr bin Hamad Al Busaidi"
        if "-" in seg:
            hyphen_family_join(doc, w.out)  # "Reza Salehi-Ammiri": one known person
        if "and his " in seg or "and her " in seg:
            en_kin_first_names(doc, si, w.covered, w.out)  # "X and his brother Y"
        if bits & B_KIN_EN and has_possessive_kin(seg):
            en_possessive_kin_names(doc, si, w.covered, w.out)  # "al-Hayya's son Hammam"
        if bits & B_KIN_EN and has_his_kin(seg):
            en_his_kin_names(doc, si, w.covered, w.out)  # "X ... killed his son Hammam"
        if doc.ments:
            lone_given_names_en(doc, si, w.covered, w.out)  # "Abiy Ahmed ... by Abiy and X"
        if bits & B_POPE and any(map(seg.__contains__, POPE_TEXTS)):
            english_pope_refs(doc, si, w.covered, w.out)  # "The pope later met X"
        if "(" in seg:
            en_paren_acronyms(doc, w.out)  # "the Islamic Revolution Guards Corps (IRGC)"
        if bits & B_GROUP_ADJ and any(map(seg.__contains__, GROUP_ADJ_CUES)):
            group_adjective_mentions(doc, si, w.covered, w.out)  # "a Houthi drone killed X"
    if bits & B_ROYAL and any(map(seg.__contains__, ROYAL_CUES)):
        monarch_state_refs(doc, si, w.covered, w.out)  # "the Jordanian monarch", «العاهل الأردني»
    out = w.out
    if out and bits & B_GROUP_WORDS and any(map(seg.__contains__, GROUP_CUES)):
        unqualified_groups(doc, si, w.s.lo, w.s.hi, out)  # "leaders of Shiite factions"
    if len(out) > 1:  # = out.sort(key=lambda m: (m.lo, -m.hi)), two stable sorts in C
        out.sort(key=_HI, reverse=True)
        out.sort(key=_LO)
        if not ar and bits & _B_TITLE:
            surname_modifiers_en(out)  # "Houthi chief negotiator X": not Houthi
        if bits & _B_TITLE:
            drop_titles_before_names(doc, out, w.s.lo)  # "الفريق الركن المتقاعد X": X's title
            if ar:
                drop_stacked_titles_ar(doc.toks, out)  # "ولي العهد رئيس مجلس الوزراء X"
    if ar and len(out) > 1 and bits & _B_AR_DUAL_TITLE:
        dual_title_names_ar(doc, out, w.s.lo, w.s.hi)  # "بالرئيسين المصري A والإريتري B"
    if not ar and out and (" a " in seg or " an " in seg or seg[:2] == "A " or
                           seg[:3] == "An " or " A " in seg or " An " in seg):
        drop_indefinite_people(doc.toks, w.s.lo, out)  # "on a Cham Wings Airbus": no person
    if out and ("هاوس" in seg or "هاوز" in seg or "House" in seg):
        drop_house_names(doc.toks, out)  # "في دار الضيافة «بلير هاوس»": a building
    if ar and out and bits & B_OCCUPATION and OCCUPATION_STEM in seg:
        other_occupiers_ar(doc.toks, w.s.hi, out)  # "لدولة الاحتلال التركي": Turkey
    doc.ments.extend(out)
    doc.by_sent.setdefault(si, []).extend(out)
    return out


def hyphen_family_join(doc: Doc, out: list[Mention]) -> None:
    """English: a person's name, a hyphen and a lone capitalised name word read apart
    ("Reza Salehi" + "Ammiri") are one known person when the whole, spelt another way,
    is one ("Reza Salehi-Ammiri" is Reza Salehi-Amiri, not Hadi al-Amiri by "Ammiri")."""
    toks = doc.toks
    gaz = doc.gaz
    for m in list(out):
        b = m.hi
        if m.etype != "Person" or m.kind != "name" or b + 1 >= len(toks) or \
                toks[b].text != "-" or m.eid in gaz.entries:
            continue
        other = next((o for o in out if o.lo == b + 1 and o.hi == b + 2 and
                      o.etype == "Person" and o.kind == "name"), None)
        if other is None:
            continue
        keys = [t.key for t in toks[m.lo:m.hi] if not t.punct] + [toks[b + 1].key]
        eid = gaz.fuzzy_person(keys, None)
        if eid is None or eid == other.eid:
            continue
        out.remove(other)
        m.eid, m.hi, m.end = eid, other.hi, other.end


def _bin_chain_after(doc: Doc, si: int, covered: dict[int, Mention],
                     out: list[Mention]) -> None:
    """English: "bin Hamad Al-Thani" after a person's name is his father's and family name,
    part of that person's name (never a second person)."""
    toks = doc.toks
    hi = doc.sents[si].hi
    for m in list(out):
        b = m.hi
        if m.etype != "Person" or m.kind != "name" or b + 1 >= hi or \
                toks[b].key not in ("bin", "ibn") or not toks[b + 1].cap:
            continue
        e = b + 1
        while e < hi and (toks[e].cap and not toks[e].punct or (
                toks[e].key in ("bin", "ibn") and e + 1 < hi and toks[e + 1].cap) or (
                toks[e].text == "-" and e + 1 < hi and toks[e + 1].cap and
                toks[e - 1].key in ("al", "el"))):
            other = covered.get(e)
            if other is not None and other is not m and (
                    other.etype != "Person" or other.lo < b + 1):
                break  # a place or body after the chain ends it
            e += 1
        if e - b < 2:
            continue
        for x in range(b, e):
            other = covered.get(x)
            if other is not None and other is not m and other in out:
                out.remove(other)
            covered[x] = m
        m.hi, m.end = e, toks[e - 1].end
        if m.eid in doc.new_entities:
            doc._add_alias(m.eid, doc.text[m.start:m.end])


_GIVEN_OR_KUNYA = GN.ALL | _AR_KUNYA_WORDS  # (one set test per token text: no generator)


def _pass_bits(t: Tok, gaz: Gazetteer) -> int:
    """The steps of find_mentions that can act at token *t* (or, for the nationality
    institutions, at the token before it): a necessary condition of each step's own test
    (with the gazetteer *gaz*)."""
    b = 0
    key = t.key
    if t.ar:
        if len(key) >= 4 and key not in gaz.ar_latin and \
                _ar_fuzzy(gaz, key, t.stems) is not None and \
                not _proclitic_name_key(key, t.stems, gaz.ar_latin):
            b |= _B_AR_FUZZY  # as _arabic_misspellings, which acts at these tokens only
        if t.stems and t.stems[0][1] == _AR_TAHALUF and \
                key[t.stems[0][0]:].startswith("ال"):
            b |= _B_COALITION
        if t.stems and t.stems[0][1] in _AR_OUTLET_NOUNS:
            b |= _B_OUTLET_REF
        if _org_head(t.stems) is not None:
            b |= _B_AR_ORG_HEAD  # as step 4 (Arabic named organisations)
        inst = (_AR_INSTITUTIONS.get(key) or _AR_INSTITUTIONS.get(key[1:])) \
            if key[:1] in "وبل" else _AR_INSTITUTIONS.get(key)
        if inst:
            b |= _B_INSTITUTION
        if _admin_head(t.stems):
            b |= _B_ADMIN
        if not t.punct and t.stems and t.stems[0][1] in _ALL_AR_HEADS:
            b |= _B_AR_HEAD  # as _head_positions
        if key in _AR_CUE_KEYS:
            b |= _B_AR_CUE  # as _ar_cue_names
        if not _GIVEN_OR_KUNYA.isdisjoint(map(STEM, t.stems)) or \
                key in GN.FOREIGN:
            b |= _B_AR_GIVEN  # as _ar_given_name_people
        if key in _AR_AKA:
            b |= _B_AR_AKA  # as _ar_aka_kunya ("X المعروف بأبي Y")
        if foreign_shaped(key, t.text) or key in _THEOPHORIC_TAILS:
            b |= _B_AR_FOREIGN  # as foreign_name_people, theophoric_people
        if key in DUAL_TITLE_KEYS:
            b |= _B_AR_DUAL_TITLE  # as dual_title_names_ar ("بالرئيسين")
        if key.endswith(AR_STYLE_ENDS) and royal_style(t) is not None:
            b |= B_STYLE  # as styled_short_name («الملك», «للملك», «بالشيخ»)
    else:
        if key in EN_STYLES:
            b |= B_STYLE  # as styled_short_name ("King", "Sheikh"): royal_style's own test
        if t.cap:
            b |= _B_EN_CAP
            if key in L.EN_OUTLET_HEADS or key in L.EN_NOT_NAME or not (
                    t.punct or key in L.EN_STOP or key in L.NATIONALITY):
                b |= _B_EN_CAP_START  # where _english_capitalised_spans may act
        if key in _EN_GROUP_NOUNS:
            b |= _B_GROUPS
        if key == "coalition" and not t.cap:
            b |= _B_COALITION
        if t.poss and key in _EN_GROUP_SINGULAR:
            b |= _B_GROUP_POSS
        if key in _EN_OUTLET_REF:
            b |= _B_OUTLET_REF
        if key in _EN_BARE_NAME_VERBS:
            b |= _B_EN_BARE_VERB  # as _en_bare_surnames
    if key in _CAPITAL_KEYS:
        b |= _B_CAPITAL
    if _EN_INSTITUTIONS.get(key):  # the noun after a nationality ("the Iraqi parliament")
        b |= _B_INSTITUTION
    if _may_title(t):  # a title phrase may start here
        b |= _B_TITLE
    b |= text_cue_bits(t.text)  # the tests of the sentence's text it may pass (text_cue_bits)
    if (t.punct and (t.text == "-" or t.text in QUOTES or t.text == "ـ")) or (
            not t.ar and key in ("al", "el")):
        b |= _B_NOT_UNIT  # as _units
    return b


def _pass_bits_all(gaz: Gazetteer, toks: list[Tok], texts: list[str]) -> list[int]:
    """``_pass_bits`` of each token (cached per gazetteer and token text; *texts*: the
    tokens' texts)."""
    known = gaz.token_facts.get("pass_bits")
    if known is None or len(known) > 200_000:
        known = gaz.token_facts["pass_bits"] = {}
    try:  # (usually every text is known: no look for the missing ones)
        return list(map(known.__getitem__, texts))
    except KeyError:
        pass
    out = list(map(known.get, texts))
    for k in _missing(out):  # texts not seen before
        out[k] = known.get(texts[k]) or _remember_pass_bits(known, gaz, toks[k])
    return out


def _remember_pass_bits(known: dict[str, int], gaz: Gazetteer, t: Tok) -> int:
    """``_pass_bits`` of a token text not seen before, kept in the cache *known*."""
    b = known[t.text] = _pass_bits(t, gaz)
    return b
