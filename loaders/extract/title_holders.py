"""The holder of a title phrase (``_title_holder``, called by ``titles._titles``): where the name
starts after the modifiers (a comma, a state's or body's name, a rank, an honorific), a known
name given the role or an unknown name made a new person ("وزير الخارجية العراقي فؤاد حسين",
"Iraqi Foreign Minister Fuad Hussein"), or without a name a description resolved to the person
holding that role, or left for cataphora ("the Quds Force commander")."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from loaders.extract import given_names as GN
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
from loaders.extract.arabic_names import (
    _ar_name_before,
    _ar_name_span,
    _ar_name_word,
    _family_shaped,
)
from loaders.extract.coreference import (
    counterpart_peer,
    deceased_person,
    resolve_description,
    same_sentence_antecedent,
)
from loaders.extract.desc_construct_titled_ar import construct_holder_ar
from loaders.extract.desc_guest_sender import guest_not_sender
from loaders.extract.desc_guest_word import guest_description, guest_marked
from loaders.extract.desc_honorific_ar import family_word_holder_ar, honorific_holder_ar
from loaders.extract.desc_nationality import national_description
from loaders.extract.desc_new_construct_ar import incoming_holder_ar, new_construct_ar
from loaders.extract.desc_office_owner_en import office_owner_antecedent
from loaders.extract.desc_qualified import backed_description, the_qualified_en
from loaders.extract.desc_same_sentence import same_title_antecedent
from loaders.extract.desc_to_come import designee, to_come_office
from loaders.extract.desc_top_national_en import national_holder, ranked_national_the
from loaders.extract.desc_vso_subject_ar import title_is_vso_subject_ar
from loaders.extract.description_fit import apposed_description_en
from loaders.extract.foreign_names_ar import foreign_run
from loaders.extract.given_alike import other_country_person
from loaders.extract.lone_surname_ar import lone_rank_surname_ar
from loaders.extract.mention_base import (
    _EN_BODY_LAST,
    _EN_NAME_HONORIFICS,
    Mention,
    _accusative,
    _before_is_the,
    _cap_run,
    _given_name_full,
    _ment_at,
    _name_with_surname,
    _resolve_name,
    _surname_after,
    _Work,
)
from loaders.extract.not_person_runs_en import spaced_style_en
from loaders.extract.protocol_forms import crown_prince_after_name_ar, second_title_ar
from loaders.extract.state_heads_ar import state_name_end
from loaders.extract.title_age_en import aged_the_en
from loaders.extract.title_extent_ar import (
    honorifics_end,
    skip_definite_body,
)
from loaders.extract.title_holder_checks import (
    _AR_ACC_ROLES,
    _AR_KUNYA_HEADS,
    _attach_role,
    _deceased_description,
    _drop_mention,
    _ends_description,
    _future_verb,
    _imperfect_verb,
    _indefinite_member_ar,
    _kin_family_name,
    _named_in_apposition_en,
    _no_lone_name,
    _noun_first_name,
    _noun_then_adjective,
    _qualified_second_ar,
    _swallows_name,
    _title_not_name_en,
    at_the_head_of_en,
    meeting_verb_word,
    named_after_body_en,
    predicate_office_en,
)
from loaders.extract.title_phrase import (
    _AR_GUEST,
    _en_function_first,
    _title_at,
)
from loaders.extract.title_runs_on_ar import title_runs_to_name_ar
from loaders.extract.title_stacked_ar import _AR_RANKS
from loaders.extract.titled_given_name import national_given_holder, royal_style_after
from loaders.extract.titled_guarded_surname import body_member_surname
from loaders.extract.unit_ranks_ar import unit_not_rank_ar
from loaders.textnorm import strip_article_ar

# continents: a region after a title ("مدير إدارة الشرق الأوسط وآسيا الوسطى"), no name
_AR_CONTINENTS = L._ar("آسيا", "أوروبا", "أفريقيا", "إفريقيا", "أمريكا", "أميركا", "أوقيانوسيا")

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
_AR_MARTYR = L._ar("الشهيد", "الشهيدة")  # an honorific of the dead in partisan prose

_AR_PLURAL_PEERS = L._ar("نظرائه", "ونظرائه", "نظراءه", "ونظراءه", "نظراؤه", "ونظراؤه",
                         "نظرائها", "نظراءها", "نظراؤها", "نظرائهم", "نظراءهم")

def _indefinite_before(toks: list, jn: int) -> bool:
    """May a body's or a place's name stand between the title and the name at *jn*: the word
    before it is indefinite, awaiting its genitive ("رئيس كتلة صادقون عدنان فيحان", "محافظ
    عدن أحمد حامد لملس"), or a rank ("الفريق شرطة X")? Not after a definite title or
    portfolio ("الوزير زيرك حسين الدوسكي", "وزير الصحة X": the name starts there)."""
    p = toks[jn - 1]
    return not p.key.startswith("ال") or p.key in _AR_RANKS


_AR_MR = L._ar("السيد", "السيدة", "والسيد", "والسيدة")  # "Mr.", "Mrs." (a courtesy title)


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


_Span = tuple[int, int]  # tokens [lo, hi)


@dataclass(slots=True)
class _Title:
    """A title phrase whose holder ``_title_holder`` seeks: the title word at *k*, the phrase
    ending at *tend*, the name or description starting at *j* (after a rank or body), the word
    *b* before the title, the role (its body and nationality, a qualifier), and the bodies
    named inside the title (*in_title*). *role* and *role_org* may be changed by the name's
    start (``_name_start``: a body named after the title)."""

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


def _mr_before_title(w: _Work, k: int) -> bool:
    """Is the Arabic word at *k* "Mr." («السيد») before a title that names the man ("السيد
    الرئيس أحمد الشرع")? Read alone, after he was named, it was a description of him
    (session 52)."""
    toks, s = w.toks, w.s
    return toks[k].ar and toks[k].key in _AR_MR and k + 1 < s.hi and toks[k + 1].ar and \
        _title_at(w.doc, k + 1, s.hi) is not None


def _name_start(w: _Work, t: _Title) -> int:
    """Where the holder's name starts after the title: past a comma, a state's or a body's
    name (a body read as part of the title is recorded in ``t.in_title`` and may become the
    role's body), a rank, a religious or courtesy honorific, «الشهيد»."""
    doc, s, toks, covered = w.doc, w.s, w.toks, w.covered
    k, j = t.k, t.j
    # optional comma before the name in English ("the head of the PMF, Falih al-Fayyadh")
    jn = j
    if jn < s.hi and toks[jn].text in (",", "،") and (
            t.role_org or t.role_nat and royal_style_after(toks, jn + 1, s.hi)):
        jn += 1  # (session 61: "The Qatari premier, Sheikh Mohammed,": the state's holder)
    elif toks[k].ar and t.role in ("lead", "member", "plain") and jn < s.hi and \
            jn not in covered:
        # "رئيس جمهورية X الفيدرالية Y": the state's name, then the holder's
        jn = state_name_end(doc, covered, jn, s.hi)
        # a body not known, as a definite phrase: "رئيس الاتحاد الوطني الكوردستاني[،] X"
        jn = skip_definite_body(doc, covered, jn, s.hi, t.phrase in L.AR_PLURAL_TITLES,
                                t.phrase.lstrip("ال").startswith("وزير"))
        for x in range(j, jn):
            bm = covered.get(x)
            if bm is not None and bm.lo == x and bm.etype in ("Organization", "Country"):
                # "مسؤول وحدة الارتباط في حزب الله X": the body is part of the title
                t.in_title.append(bm)
                if t.role_org is None and bm.etype == "Organization":
                    # "قائد الجبهة الجنوبية في الحزب X": head of a part of the body
                    t.role_org = bm.eid
                    t.role = "member" if x > j and t.role == "lead" else t.role
    if jn > j and jn < s.hi and not toks[jn].ar and toks[jn].key in L.EN_TITLE_FIRST:
        rank = _title_at(doc, jn, s.hi)
        if rank is not None and rank[1] == "plain":
            jn = rank[0]  # "a spokesman for the Guards, Brig. Gen. X": the rank, then X
    elif jn == j + 1 and jn < s.hi and toks[jn].ar and jn not in covered:
        rank = _title_at(doc, jn, s.hi)
        if rank is not None and rank[1] == "plain" and rank[0] in covered and \
                covered[rank[0]].lo == rank[0] and covered[rank[0]].etype == "Person":
            jn = rank[0]  # "قائد فيلق القدس، الجنرال قاسم سليماني،": the rank, then the
            # known holder (no description of the commander named elsewhere; session 55)
    if jn < s.hi and jn not in covered:
        # "آية الله العظمى السيد X", "حجة الإسلام X", "Hojatoleslam X": religious and
        # courtesy honorifics are no name (nor part of a new person's name)
        jn = honorifics_end(toks, jn, s.hi)
        if spaced_style_en(toks, jn, s.hi):
            jn += 2  # "President of the State of Palestine H E Mahmoud Abbas" (session 39)
    if (t.role_org or toks[k].ar and "ال" not in toks[k].key[:3]) and jn + 1 < s.hi and \
            toks[jn].key in _AR_MARTYR and jn not in covered and \
            (jn + 1) in covered and covered[jn + 1].lo == jn + 1 and \
            covered[jn + 1].etype == "Person" and covered[jn + 1].kind == "name":
        jn += 1  # "القائد في سرايا القدس الشهيد X", "رئيس الحكومة الشهيد X": "the martyr"
        # before the known name of a body's member or of a construct title's holder (not
        # "يخلف الرئيسُ الجديد الشهيدَ X": a definite title and its adjective, X the object;
        # session 58)
    if jn + 1 < s.hi and toks[jn].key in _EN_NAME_HONORIFICS and jn not in covered and \
            (jn + 1) in covered and covered[jn + 1].lo == jn + 1 and \
            covered[jn + 1].etype == "Person":
        jn += 1  # "Ayatollah Seyed Ali Khamenei": the honorific before a known name
    return jn


def _vso_description(w: _Work, t: _Title, name_m: Mention | None, jn: int) -> bool:
    """Is the title before the known person *name_m* (at *jn*) the subject of the meeting verb
    before it, a description of a holder named before, and the person its object ("واستقبل
    رئيس الوزراء القطري الحيّة", ``desc_vso_subject_ar``)? Not with no holder named before:
    "استقبل وزير الخارجية التشيلي بومبيو" is a Chilean namesake (given_alike)."""
    doc = w.doc
    return name_m is not None and name_m.lo == jn and name_m.etype == "Person" and \
        title_is_vso_subject_ar(doc, t.k, w.s.lo, name_m.eid, t.role_nat) and \
        resolve_description(doc, w.si, t.role, t.role_org, t.role_nat, t.qual, t.k,
                            w.out) not in (None, name_m.eid)


def _known_name_holder(w: _Work, t: _Title, name_m: Mention | None, jn: int) -> int | None:
    """The known person named at *jn* (*name_m*) is the holder: given the role (another
    country's namesake, a body's member when the match was a place), and the position after
    him; None if no known person stands there."""
    doc, toks = w.doc, w.toks
    k, role, role_org, role_nat, qual = t.k, t.role, t.role_org, t.role_nat, t.qual
    if name_m is not None and name_m.lo == jn and name_m.etype == "Person":
        held = national_given_holder(doc, toks[jn], t.phrase, role, role_org, role_nat) \
            if name_m.hi == jn + 1 and (role_nat or role_org) and \
            doc.gaz.get(name_m.eid) is None else None
        other = held or (other_country_person(doc, name_m, role_nat) if role_nat else None)
        if other is not None:
            name_m.eid = other  # "Argentine President Milei": no American Milley
            doc.mentions_changed()
        _attach_role(doc, name_m, k, role, role_org, role_nat, qual, t.in_title)
        if toks[k].ar:
            _qualified_second_ar(doc, w.si, w.covered, w.out, name_m.hi, w.s.hi)
        return name_m.hi
    if name_m is not None and name_m.lo == jn and name_m.hi == jn + 1 and \
            name_m.etype == "Location" and not toks[jn].ar:
        member = body_member_surname(doc, toks[jn], role_org)
        if member is not None:  # "Hezbollah chief Qassem": Naim Qassem, not the Saudi
            # region Qassim a spelling-tolerant match found (titled_guarded_surname)
            _drop_mention(doc, w.covered, w.out, name_m)
            me = _ment_at(doc, w.si, jn, jn + 1, member)
            w.out.append(me)
            w.covered[jn] = me
            _attach_role(doc, me, k, role, role_org, role_nat, qual, t.in_title)
            return jn + 1
    return None


def _unknown_name_end(w: _Work, t: _Title, jn: int, vso_desc: bool) -> int:
    """Where an unknown name starting at *jn* ends (*jn* itself: no name): an Arabic name span
    or an English capitalised run, cut before a known entity; no name for a body's last word,
    a function word, a nationality, a description, a noun and its adjective."""
    doc, s, toks, covered = w.doc, w.s, w.toks, w.covered
    if jn < s.hi and toks[jn].ar:
        ne = _ar_name_span(doc, jn, s.hi)
    elif jn < s.hi and toks[jn].cap:
        ne = _cap_run(doc, jn, s.hi, s.lo)
        if ne > jn and toks[ne - 1].key in _EN_BODY_LAST:
            ne = jn  # "the head of the General Staff": a body, no name
        elif _en_function_first(toks[jn].key) or toks[jn].key in L.NATIONALITY:
            ne = jn  # "the Governor Of Nineveh", "MP For Kirkuk", "Minister Monday": no name;
            # "receives UN envoy, Yemeni foreign minister": a nationality opens none (s55)
    else:
        ne = jn
    if t.phrase == _AR_GUEST or vso_desc:
        ne = jn  # (a description, no new name either)
    # the name ends before a known entity ("... الجنرال فرانك ماكنزي بغداد")
    ne = next((x for x in range(jn + 1, ne) if x in covered), ne)
    if ne > jn and not toks[jn].ar and toks[ne - 1].key in _EN_BODY_LAST:
        ne = jn  # "the Ministry's General Office Abbas Araghchi": the body ends at the name
    if ne == jn + 2 and toks[jn].ar and toks[ne - 1].key.endswith("يه") and \
            not toks[ne - 1].key.startswith("ال") and \
            toks[ne - 1].key not in doc.gaz.ar_latin and toks[jn].key not in GN.FOREIGN:
        ne = jn  # "أجرى الوزير مقابلة صحفية": a noun and its adjective, no name (not
        # "نيكولا بوشيه": a foreign given name, then a family name in -يه)
    if ne >= jn + 2 and toks[jn].ar and _noun_then_adjective(doc, toks[jn], toks[jn + 1]):
        ne = jn  # "أكد الرئيس دعمه الكامل", "استقبل الوزير وفدا أمريكيا": no name
    return ne


def _noun_first_name_end(w: _Work, jn: int, ne: int) -> int | None:
    """Arabic: the end of a name whose first word is an ordinary word elsewhere (or not a usual
    given name), then the rest of the name ("القيادي طالب سامي عبد الله", "مرافقه أركان
    العلياوي", "وزير النفط حيان عبد الغني"): a new person found already (dropped, to be made
    again from *jn*) or an unknown name ending in a family name. None if not so."""
    doc, s, toks, covered = w.doc, w.s, w.toks, w.covered
    if not (ne <= jn + 1 and jn + 1 < s.hi and toks[jn].ar and jn not in covered and
            _noun_first_name(toks[jn])):
        return None
    rest = covered.get(jn + 1)
    if rest is None:
        e2 = jn + 2 if _family_shaped(toks[jn + 1].key) else _ar_name_span(doc, jn + 1, s.hi)
        e2 = next((x for x in range(jn + 2, e2) if x in covered), e2)
        if e2 > jn + 1 and (e2 - jn >= 3 or _family_shaped(toks[e2 - 1].key)):
            return e2
    elif rest.lo == jn + 1 and rest.etype == "Person" and rest.kind == "name" and \
            doc.gaz.get(rest.eid) is None and (
                rest.hi - rest.lo >= 2 or _family_shaped(toks[rest.lo].key)):
        _drop_mention(doc, covered, w.out, rest)
        return rest.hi
    return None


def _given_name_start_ar(w: _Work, jn: int, ne: int) -> int:
    """Arabic: where a name of three words or more starts when a body's name stands before it
    ("رئيس كتلة صادقون عدنان فيحان": at the usual given name); *jn* if not so (not "وزير
    النفط حيان عبد الغني": عبد starts the father's name; nor a foreign name with a word of
    foreign shape: "الرئيس روش مارك كريستيان كابوري")."""
    doc, toks = w.doc, w.toks
    if ne - jn >= 3 and toks[jn].ar and _indefinite_before(toks, jn) and \
            toks[jn].key not in doc.gaz.ar_latin and \
            toks[jn].key not in GN.ALL and toks[jn].key not in _AR_KUNYA_HEADS and \
            not foreign_run(toks, jn, ne):
        return next((x for x in range(jn + 1, ne - 1) if toks[x].key in GN.STRONG and
                     toks[x].key != "عبد"), jn)
    return jn


def _left_to_apposition(w: _Work, t: _Title, jn: int, ne: int, appositive: bool,
                        vso_obj: bool) -> bool:
    """Is the title an apposition of a person named before ("X, the commander of Y" / "X
    الزعيم الجديد لـY"), with no name of its own after it? Not the object of a meeting verb
    with a description ending there ("واستقبل X المحافظ الجديد في بغداد", session 16), nor
    the guest received ("واستقبل الأمير X الوزيرَ الضيف", session 52)."""
    toks = w.toks
    return appositive and ne - jn < 2 and not (
        vso_obj and ne <= jn and _ends_description(toks, t.end, w.s.hi)) and not (
        ne <= jn and toks[t.k].ar and guest_marked(w.doc, t.b, t.k, t.end, w.s.hi))


def _trimmed_name_end(w: _Work, t: _Title, jn: int, ne: int, vso_desc: bool) \
        -> tuple[int, str | None]:
    """The unknown name's end after the tests of what is no name (a verb, an indefinite title
    word and one unknown word, an ordinary word that is also a given name, a continent, a
    word no one bears alone, another title), or one more word for a rank's surname named
    again; and the body's member a lone weak given name stands for (else None)."""
    doc, s, toks, covered = w.doc, w.s, w.toks, w.covered
    k, tend = t.k, t.tend
    if ne > jn and (_imperfect_verb(doc, toks[jn]) or _future_verb(doc, toks[jn]) or
                    meeting_verb_word(toks[jn])):
        ne = jn  # "وهو جنرال في الحرس الثوري، يشغل ...", "سمو الوزير سيلتقي": a verb
    if ne == jn + 1 and jn == tend and tend == k + 1 and toks[k].ar and \
            strip_article_ar(toks[k].stems[-1][1]) == toks[k].stems[-1][1] and \
            toks[jn].key not in doc.gaz.ar_latin and toks[jn].key not in GN.ALL:
        ne = jn  # "مجلس قيادي مؤقت": an indefinite title word and one unknown word
    member = None
    if ne == jn + 1 and toks[jn].ar and toks[jn].key in GN.WEAK and \
            _given_name_full(doc, toks[jn].key) is None:
        member = body_member_surname(doc, toks[jn], t.role_org)  # "الأمين العام لحزب الله
        # قاسم": Naim Qassem (titled_guarded_surname)
        if member is None:
            ne = jn  # "أكد الوزير حسن النية": a given name that is also an ordinary word
    if ne > jn and toks[jn].ar and any(
            toks[x].key in _AR_CONTINENTS or toks[x].key[:1] == "و" and
            toks[x].key[1:] in _AR_CONTINENTS for x in range(jn, min(ne, jn + 3))):
        ne = jn  # "مدير إدارة الشرق الأوسط وآسيا الوسطى في الصندوق", "رئيس قسم أفريقيا
        # الغربية": the body goes on, no name holds a continent
    if ne == jn + 1 and toks[jn].ar and _no_lone_name(doc, toks[jn]):
        ne = jn  # "رئيس المكتب السياسي في طهران نهاية تموز", "مع الرئيس الإيراني أُرجئ"
    if ne <= jn + 1 and toks[k].ar and not vso_desc and \
            lone_rank_surname_ar(doc, covered, t.phrase, jn, s.hi):
        ne = jn + 1  # "العقيد غويتا ... والتقى غويتا": a rank, one word, that word again
    if _title_not_name_en(doc, toks, jn, ne):
        ne = jn  # "the Secretary-General's Special Envoy": another title (session 27)
    return ne, member


def _second_name_ar(w: _Work, t: _Title, jn: int, ne: int) -> tuple[_Span | None, int]:
    """Arabic plural titles: the span of a second name joined by و ("القياديين X Y وZ W",
    "القياديين X السراج وZ W") and where the first name now ends; (None, *ne*) if none."""
    doc, s, toks, covered = w.doc, w.s, w.toks, w.covered
    if not (toks[t.k].ar and t.phrase in L.AR_PLURAL_TITLES):
        return None, ne
    if ne - jn >= 3:
        # "القياديين X Y وZ W": two names joined by و
        cut = next((x for x in range(jn + 1, ne) if toks[x].key.startswith("و") and
                    toks[x].key not in doc.gaz.ar_latin and toks[x].key not in GN.ALL), None)
        if cut is not None:
            return (cut, ne), cut
    if ne - jn >= 2 and ne + 1 < s.hi and ne not in covered and \
            toks[ne].key.startswith("و") and len(toks[ne].key) >= 4 and \
            toks[ne].key[1:2] != "ا":
        e2 = ne + 1  # "القياديين X السراج وZ W": the second name after the al- word
        while e2 < s.hi and e2 - ne < 3 and e2 not in covered and \
                _ar_name_word(doc, toks[e2], False):
            e2 += 1
            if toks[e2 - 1].key.startswith("ال"):
                break
        return (ne, e2), ne
    return None, ne


def _new_name_holder(w: _Work, t: _Title, jn: int, ne: int, second: _Span | None,
                     member: str | None) -> None:
    """Make the unknown name [*jn*, *ne*) a person holding the title (a body's member, a
    state's known holder by a given name, a new person), and the second name of a plural
    title another new person."""
    doc, si, toks, covered, out = w.doc, w.si, w.toks, w.covered, w.out
    k, phrase, role_org, role_nat = t.k, t.phrase, t.role_org, t.role_nat
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
    eid = member if member is not None and ne == jn + 1 else None
    if eid is None and ne == jn + 1 and (role_nat or role_org):
        # "Qatari Prime Minister Sheikh Mohammed": the known premier (titled_given_name)
        eid = national_given_holder(doc, toks[jn], phrase, t.role, role_org, role_nat)
    if eid is None:
        eid = _resolve_name(doc, surface, "Person")
    me = _ment_at(doc, si, jn, ne, eid)
    if role_nat and eid not in doc.nat and not doc.gaz.get(eid):
        doc.nat[eid] = role_nat
    out.append(me)
    for x in range(jn, ne):
        covered[x] = me
    _attach_role(doc, me, k, t.role, role_org, role_nat, t.qual, t.in_title)


def _named_holder(w: _Work, t: _Title, jn: int, appositive: bool, vso_obj: bool) \
        -> int | None:
    """The holder named after the title, known or new (or the new name before an Arabic
    titled apposition), given the role; the position where the scan goes on, or None when
    no name holds the title (a description, ``_described_holder``)."""
    doc, si, s, toks, covered, out = w.doc, w.si, w.s, w.toks, w.covered, w.out
    k = t.k
    # (after "الضيف الإيراني" no name: "التقى الضيف الإيراني بالكاظمي"; session 23)
    name_m = covered.get(jn) if t.phrase != _AR_GUEST else None
    vso_desc = _vso_description(w, t, name_m, jn)
    if vso_desc:
        name_m = None  # "واستقبل رئيس الوزراء القطري الحيّة": the subject, then the object
    known = _known_name_holder(w, t, name_m, jn)
    if known is not None:
        return known
    ne = _unknown_name_end(w, t, jn, vso_desc)
    noun_first = _noun_first_name_end(w, jn, ne)
    if noun_first is not None:
        ne = noun_first
    else:
        jn = _given_name_start_ar(w, jn, ne)
    sur = _surname_after(doc, covered, jn, ne, s.hi)
    if sur is not None:
        # "زعيم الائتلاف نوري كامل المالكي": the known person named in full;
        # "رئيس الحكومة مسرور بارزاني" after "نيجيرفان بارزاني": another person
        me = _name_with_surname(doc, si, covered, out, jn, ne, sur)
        _attach_role(doc, me, k, t.role, t.role_org, t.role_nat, t.qual, t.in_title)
        return me.hi
    if _left_to_apposition(w, t, jn, ne, appositive, vso_obj):
        return t.end
    ne, member = _trimmed_name_end(w, t, jn, ne, vso_desc)
    second, ne = _second_name_ar(w, t, jn, ne)
    if second is None and toks[k].ar and ne - jn >= 2:
        _qualified_second_ar(doc, si, covered, out, ne, s.hi)  # "X والديموقراطية Y"
    if ne > jn and not any(x in covered for x in range(jn, ne)):
        _new_name_holder(w, t, jn, ne, second, member)
        return ne
    if toks[k].ar and ne <= jn and t.role in ("lead", "member") and (
            t.role_org or t.role_nat or (t.tend < s.hi and toks[t.tend].text == "«")):
        # "كريم ناصر، القيادي في كتائب حزب الله،": a new name before a titled apposition
        me = _ar_name_before(doc, si, covered, out, k)
        if me is not None:
            _attach_role(doc, me, k, t.role, t.role_org, t.role_nat, t.qual, t.in_title)
            return t.end
    return None


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


def _description_reading(w: _Work, t: _Title) -> _Reading:
    """Is the title a description used in place of a name ("the Quds Force commander",
    "المسؤول العسكري الإيراني البارز", "رئيس الوزراء"), and why (:class:`_Reading`)?"""
    doc, s, toks, covered = w.doc, w.s, w.toks, w.covered
    k, j, b, role, phrase = t.k, t.j, t.b, t.role, t.phrase
    definite = (toks[k].ar and (toks[k].key.startswith("ال") or phrase.startswith("ال")
                                 or (t.role_org is not None and
                                     not _indefinite_member_ar(toks, k, j))
                                 or " ال" in phrase)) or (
        not toks[k].ar and k > s.lo and toks[k - 1].key == "the") or (
        not toks[k].ar and b >= s.lo and _before_is_the(doc, covered, b, s.lo)) or (
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
    new_ar = new_construct_ar(toks, k, j)  # "قائد الجيش الجديد" (session 30)
    read_before = definite  # (a description before session 30 too: "رئيس جهاز ... الجديد")
    return _Reading(definite or new_ar, qualified, ranked, new_ar, read_before)


def _position_or_named_next(w: _Work, t: _Title) -> bool:
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
            predicate_office_en(toks, k, s.lo) or \
            apposed_name_en(toks, end, s.hi) or \
            compound_title_named_en(toks, end, s.hi) or \
            ranked_name_after_of_en(toks, end, s.hi) or \
            named_after_of_en(doc, covered, end, s.hi)
    # "تولى X منصب الأمين العام لحزب الله": the post, no one holding it (session 51); "في حيي
    # الشيخ مقصود والأشرفية": a place's name (session 60); "قائماً بأعمال وزير الخارجية": the
    # post acted in (session 53)
    return k > s.lo and toks[k - 1].key in _AR_POST_NOUNS or \
        k > s.lo and _place_head_ar(toks[k - 1]) or \
        k > s.lo + 1 and toks[k - 1].key in _AR_DUTIES and toks[k - 2].key in _AR_ACTING_IN


def _own_title_name_at(w: _Work, t: _Title, definite: bool) -> int:
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


def _office_taken_or_own_title(w: _Work, t: _Title) -> bool:
    """Is the definite title no description of a holder named elsewhere: the office someone
    takes ("as", a predicate), a second title of the man just named, a unit's name?"""
    doc, s, toks, covered, out = w.doc, w.s, w.toks, w.covered, w.out
    k = t.k
    if toks[k].ar and (
            _as_title_ar(toks[k]) or
            t.role in ("lead", "head_state") and (toks[k].key in _AR_ACC_ROLES or
                                                  _accusative(toks[k].text)) or
            out and second_title_ar(doc, covered, k) or
            out and crown_prince_after_name_ar(doc, covered, k)):
        # "عُيّن X كأمين عام لحزب الله": the office he took ("as"; session 55); "أدى X
        # اليمين رئيساً لإيران": a predicate, not the leader; "X نائب حاكم إمارة أبوظبي
        # مستشار الأمن الوطني": his second title; "سمو الأمير X ولي العهد": his own title
        # (session 54)
        return True
    return unit_not_rank_ar(toks, k, t.j, s.lo)  # "قائد اللواء الثالث X": the brigade, no
    # general named before


def _antecedent(w: _Work, t: _Title, found: str | None) -> str | None:
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


def _description_eid(w: _Work, t: _Title, d: _Reading, found: str | None, dead: str | None,
                     peer: str | None, apposed: str | None) -> str | None:
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
        eid = national_holder(doc, role_nat, eid)  # only a person of that nationality
    elif d.new_ar and not dead:  # the incoming holder the article backs, else as before
        eid = incoming_holder_ar(doc, si, k, t.j) or (eid if d.read_before else None)
    if phrase == _AR_GUEST and eid is not None and eid == deceased_person(doc, si, k):
        eid = None  # "قُتل سليماني ... واستقبل العامري الضيف الإيراني": not the dead
    if phrase == _AR_GUEST and eid is not None:
        eid = guest_not_sender(doc, k, role_nat, eid)  # not "رسالة من الملك": the guest
    if guest_marked(doc, b, k, end, s.hi):
        eid = guest_description(doc, si, k, eid)  # "الوزير الضيف": the one received (s52)
    if role_nat and eid and not (dead or peer or d.ranked or toks[k].ar) and any(
            toks[x].key in L.NATIONALITY for x in range(max(s.lo, b - 1), k)):
        # "the Uzbek minister" (the nationality before the title): no Afghan named
        # before (desc_nationality)
        eid = national_description(doc, si, role_nat, eid, k, out)
    if apposed is not None and eid != apposed:
        eid = None
    if eid and not toks[k].ar:
        named = named_after_body_en(doc, covered, end, s.hi)
        if named is not None and named != eid:
            eid = None  # "the head of the <unknown body>, MP X": X's title, nobody before
    return affiliated_holder(doc, si, k, end, eid)  # "the jihadist leader"


def _add_description(w: _Work, t: _Title, eid: str) -> None:
    """Record the title phrase as a description (kind ``desc``) of *eid*, with its role and
    its Arabic proclitics, and the bodies named in it as part of the title."""
    doc, si, s, toks, covered = w.doc, w.si, w.s, w.toks, w.covered
    k, b, end = t.k, t.b, t.end
    lo_d = k if not (b >= s.lo and t.role_org and b in covered and not toks[k].ar) \
        else covered[b].lo
    me = _ment_at(doc, si, lo_d, t.j if t.j > t.tend else t.tend, eid, kind="desc")
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


def _leave_for_cataphora(w: _Work, t: _Title) -> None:
    """English: "The Iranian general ... Soleimani": a description after "the" (past
    nationalities and qualifiers) is left for a name maybe given later (``doc.pending``)."""
    s, toks = w.s, w.toks
    lo_p = t.k
    while lo_p > s.lo and (toks[lo_p - 1].key in L.NATIONALITY or
                           toks[lo_p - 1].key in L.EN_QUALIFIERS):
        lo_p -= 1
    if lo_p > s.lo and toks[lo_p - 1].key == "the":
        w.doc.pending.append((w.si, lo_p - 1, t.end, t.role, t.role_org, t.role_nat, t.qual))


def _described_holder(w: _Work, t: _Title, of_the: bool, mp: bool) -> int:
    """No name after the title: a description used in place of a name, resolved to the
    person holding that role (recorded as a ``desc`` mention), or left for cataphora; the
    title of a person named right after it. The position where the scan goes on."""
    doc, si, s, toks, covered = w.doc, w.si, w.s, w.toks, w.covered
    k, j, b, end = t.k, t.j, t.b, t.end
    d = _description_reading(w, t)
    definite = d.definite and not _position_or_named_next(w, t)
    at_name = _own_title_name_at(w, t, definite)
    if at_name >= 0:  # "رئيس الحركة في غزة X": X's own title, no one named before
        if at_name in covered:
            _attach_role(doc, covered[at_name], k, t.role, t.role_org, t.role_nat, t.qual,
                         t.in_title)
        return end
    definite = definite and not _office_taken_or_own_title(w, t)
    # "X, the Houthis' chief negotiator,": said of X, nobody else (session 16)
    apposed = apposed_description_en(doc, covered, k, s.lo, end, s.hi) \
        if definite and not toks[k].ar else None
    if definite and not toks[k].ar and _named_in_apposition_en(doc, covered, end, s.hi):
        definite = False  # "the army chief of staff, Lt. Gen. X": X, not someone before
    dead = _deceased_description(doc, si, k, end) if j > k and not of_the and (
        definite or (b >= s.lo and toks[b].key == "the")) else None
    plural_peers = toks[k].ar and toks[k].key in _AR_PLURAL_PEERS  # "مع نظرائه الإيرانيين":
    # several unnamed, no one person (session 50)
    peer = counterpart_peer(doc, si, t.role_nat, k, w.out) if not (
        definite or dead or plural_peers) and j > k and t.role_nat else None
    # ("نظيره العراقي": the Iraqi holder of the office)
    readable = j > k and not of_the and not mp and t.phrase not in L.AR_NAME_ONLY_TITLES and \
        not plural_peers
    free = readable and bool(toks[k].ar or definite or dead or peer) and \
        not _swallows_name(covered, k, end)  # (tested once, only when it matters)
    built = construct_holder_ar(doc, si, k, j, covered) if free and toks[k].ar and not (
        definite or dead or peer) else None
    # ("رئيس مجلس السيادة": the one titled so; after the cheap tests, review41 B2)
    if not ((definite or dead or peer or built) and free):
        return t.tend
    eid = _description_eid(w, t, d, built or dead or peer, dead, peer, apposed)
    if eid:
        _add_description(w, t, eid)
        return end
    if toks[k].ar:
        doc.unnamed.add(k)
    if not toks[k].ar and t.role != "member" and apposed is None and not d.qualified:
        _leave_for_cataphora(w, t)
    return t.tend


def _title_holder(w: _Work, k: int, tend: int, j: int, b: int, role: str, phrase: str,
                  role_org: str | None, role_nat: str | None, qual: str | None,
                  in_title: list[Mention], appositive: bool, vso_obj: bool, of_the: bool,
                  mp: bool) -> int:
    """The holder of the title at *k*: where the name starts after the modifiers (a comma, a
    state's or a body's name, a rank or an honorific between), then a known person gets the
    role or an unknown name becomes a new person; without a name, a description used in place
    of a name, resolved to the person holding that role, or left for cataphora. The position
    where the scan goes on."""
    if _mr_before_title(w, k):
        return k + 1  # "السيد الرئيس أحمد الشرع": "Mr." before the title that names him
    t = _Title(k, tend, j, b, role, phrase, role_org, role_nat, qual, in_title)
    jn = _name_start(w, t)
    named = _named_holder(w, t, jn, appositive, vso_obj)
    if named is not None:
        return named
    return _described_holder(w, t, of_the, mp)
