"""The holder of a title phrase (``title_holder``, called by ``titles._titles``): where the name
starts after the modifiers (a comma, a state's or body's name, a rank, an honorific), a known
name given the role or an unknown name made a new person ("وزير الخارجية العراقي فؤاد حسين",
"Iraqi Foreign Minister Fuad Hussein"), or without a name a description resolved to the person
holding that role, or left for cataphora ("the Quds Force commander": ``title_description``)."""

from __future__ import annotations

from loaders.extract import given_names as GN
from loaders.extract import lexicon as L
from loaders.extract.arabic_name_span import time_of_day
from loaders.extract.arabic_names import (
    _ar_name_before,
    _ar_name_span,
    _ar_name_word,
    family_shaped,
)
from loaders.extract.arabic_verb_shape import imperfect_verb_ar
from loaders.extract.coreference import (
    resolve_description,
)
from loaders.extract.delegation_head_ar import delegation_head_ar
from loaders.extract.desc_guest_word import guest_marked
from loaders.extract.desc_vso_subject_ar import title_is_vso_subject_ar
from loaders.extract.foreign_names_ar import foreign_run
from loaders.extract.given_alike import other_country_person
from loaders.extract.lone_surname_ar import lone_rank_surname_ar
from loaders.extract.mention_base import (
    _EN_BODY_LAST,
    _EN_NAME_HONORIFICS,
    Mention,
    MentionWork,
    _cap_run,
    _given_name_full,
    _name_with_surname,
    _resolve_name,
    _surname_after,
    make_mention,
)
from loaders.extract.not_person_runs_en import spaced_style_en
from loaders.extract.portfolio_tail_en import portfolio_run_end_en
from loaders.extract.rank_noun_name_ar import rank_noun_before_title
from loaders.extract.state_heads_ar import state_name_end
from loaders.extract.title_description import TitlePhrase, described_holder
from loaders.extract.title_extent_ar import (
    honorifics_end,
    joined_style_ar,
    skip_definite_body,
)
from loaders.extract.title_holder_checks import (
    _AR_KUNYA_HEADS,
    _drop_mention,
    _ends_description,
    _future_verb,
    _kin_family_name,
    _no_lone_name,
    _noun_first_name,
    _noun_then_adjective,
    _qualified_second_ar,
    _title_not_name_en,
    attach_role,
    marked_object_after_subject_ar,
    meeting_verb_word,
)
from loaders.extract.title_phrase import (
    AR_GUEST,
    _en_function_first,
    _title_at,
)
from loaders.extract.title_stacked_ar import _AR_RANKS
from loaders.extract.titled_given_name import national_given_holder, royal_style_after
from loaders.extract.titled_guarded_surname import body_member_surname
from loaders.textnorm import strip_article_ar

# continents: a region after a title ("مدير إدارة الشرق الأوسط وآسيا الوسطى"), no name
_AR_CONTINENTS = L._ar("آسيا", "أوروبا", "أفريقيا", "إفريقيا", "أمريكا", "أميركا", "أوقيانوسيا")

_AR_MARTYR = L._ar("الشهيد", "الشهيدة")  # an honorific of the dead in partisan prose

def _indefinite_before(toks: list, jn: int) -> bool:
    """May a body's or a place's name stand between the title and the name at *jn*: the word
    before it is indefinite, awaiting its genitive ("رئيس كتلة صادقون عدنان فيحان", "محافظ
    عدن أحمد حامد لملس"), or a rank ("الفريق شرطة X")? Not after a definite title or
    portfolio ("الوزير زيرك حسين الدوسكي", "وزير الصحة X": the name starts there)."""
    p = toks[jn - 1]
    return not p.key.startswith("ال") or p.key in _AR_RANKS


_AR_MR = L._ar("السيد", "السيدة", "والسيد", "والسيدة")  # "Mr.", "Mrs." (a courtesy title)


_Span = tuple[int, int]  # tokens [lo, hi)


def _mr_before_title(w: MentionWork, k: int) -> bool:
    """Is the Arabic word at *k* "Mr." («السيد») before a title that names the man ("السيد
    الرئيس أحمد الشرع")? Read alone, after he was named, it was a description of him
    (session 52)."""
    toks, s = w.toks, w.s
    return toks[k].ar and toks[k].key in _AR_MR and k + 1 < s.hi and toks[k + 1].ar and \
        _title_at(w.doc, k + 1, s.hi) is not None


def _name_start(w: MentionWork, t: TitlePhrase) -> int:
    """Where the holder's name starts after the title: past a comma, a state's or a body's
    name (a body read as part of the title is recorded in ``t.in_title`` and may become the
    role's body), a rank, a religious or courtesy honorific, «الشهيد»."""
    doc, s, toks, covered = w.doc, w.s, w.toks, w.covered
    k, j = t.k, t.j
    # optional comma before the name in English ("the head of the PMF, Falih al-Fayyadh")
    jn = j
    if jn < s.hi and toks[jn].text in (",", "،") and (
            t.role_org or t.role_nat and royal_style_after(toks, jn + 1, s.hi)) and not (
            jn + 1 < s.hi and joined_style_ar(toks[jn + 1])):  # (not "، وصاحب السمو": s66)
        jn += 1  # (session 61: "The Qatari premier, Sheikh Mohammed,": the state's holder)
        pe = portfolio_run_end_en(toks, jn, s.hi) if not toks[jn].ar else None
        if pe is not None and toks[pe].text == ",":
            jn = pe + 1  # "Minister of Foreign Affairs, Migration and Tunisians Abroad, X" (s69)
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


def _vso_description(w: MentionWork, t: TitlePhrase, name_m: Mention | None, jn: int) -> bool:
    """Is the title before the known person *name_m* (at *jn*) the subject of the meeting verb
    before it, a description of a holder named before, and the person its object ("واستقبل
    رئيس الوزراء القطري الحيّة", ``desc_vso_subject_ar``)? Not with no holder named before:
    "استقبل وزير الخارجية التشيلي بومبيو" is a Chilean namesake (given_alike)."""
    doc = w.doc
    return name_m is not None and name_m.lo == jn and name_m.etype == "Person" and \
        title_is_vso_subject_ar(doc, t.k, w.s.lo, name_m.eid, t.role_nat) and \
        resolve_description(doc, w.si, t.role, t.role_org, t.role_nat, t.qual, t.k,
                            w.out) not in (None, name_m.eid)


def _known_name_holder(w: MentionWork, t: TitlePhrase, name_m: Mention | None,
                       jn: int) -> int | None:
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
        attach_role(doc, name_m, k, role, role_org, role_nat, qual, t.in_title)
        if toks[k].ar:
            _qualified_second_ar(doc, w.si, w.covered, w.out, name_m.hi, w.s.hi)
        return name_m.hi
    if name_m is not None and name_m.lo == jn and name_m.hi == jn + 1 and \
            name_m.etype == "Location" and not toks[jn].ar:
        member = body_member_surname(doc, toks[jn], role_org)
        if member is not None:  # "Hezbollah chief Qassem": Naim Qassem, not the Saudi
            # region Qassim a spelling-tolerant match found (titled_guarded_surname)
            _drop_mention(doc, w.covered, w.out, name_m)
            me = make_mention(doc, w.si, jn, jn + 1, member)
            w.out.append(me)
            w.covered[jn] = me
            attach_role(doc, me, k, role, role_org, role_nat, qual, t.in_title)
            return jn + 1
    return None


# "صاحب" before a royal or official style ("صاحب السمو / الجلالة / المعالي"): an honorific that
# opens the next person's address, never the family part of a name before it (session 71)
_AR_SAHIB = L._ar("صاحب", "وصاحب", "لصاحب")
_AR_STYLE_AFTER_SAHIB = L._ar("السمو", "الجلالة", "المعالي", "الفخامة", "السعادة", "الدولة")


def _before_style_ar(toks: list, jn: int, ne: int) -> int:
    """The end of the Arabic name span [jn, ne) cut before "صاحب" + a style word inside it."""
    for x in range(jn, ne - 1):
        if toks[x].key in _AR_SAHIB and toks[x + 1].key in _AR_STYLE_AFTER_SAHIB:
            return x
    return ne


def _unknown_name_end(w: MentionWork, t: TitlePhrase, jn: int, vso_desc: bool) -> int:
    """Where an unknown name starting at *jn* ends (*jn* itself: no name): an Arabic name span
    or an English capitalised run, cut before a known entity; no name for a body's last word,
    a function word, a nationality, a description, a noun and its adjective."""
    doc, s, toks, covered = w.doc, w.s, w.toks, w.covered
    if jn < s.hi and toks[jn].ar:
        # ("واستقبل الرئيس الوزير الأول الجديد مساء اليوم": a time, no name; session 64)
        ne = jn if time_of_day(doc, jn, s.hi) else _ar_name_span(doc, jn, s.hi)
    elif jn < s.hi and toks[jn].cap:
        ne = _cap_run(doc, jn, s.hi, s.lo)
        if ne > jn and toks[ne - 1].key in _EN_BODY_LAST:
            ne = jn  # "the head of the General Staff": a body, no name
        elif _en_function_first(toks[jn].key) or toks[jn].key in L.NATIONALITY:
            ne = jn  # "the Governor Of Nineveh", "MP For Kirkuk", "Minister Monday": no name;
            # "receives UN envoy, Yemeni foreign minister": a nationality opens none (s55)
    else:
        ne = jn
    if t.phrase == AR_GUEST or vso_desc:
        ne = jn  # (a description, no new name either)
    # the name ends before a known entity ("... الجنرال فرانك ماكنزي بغداد")
    for x in range(jn + 1, ne):  # (a loop: no generator per name)
        if x in covered:
            ne = x
            break
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


def _noun_first_name_end(w: MentionWork, jn: int, ne: int) -> int | None:
    """Arabic: the end of a name whose first word is an ordinary word elsewhere (or not a usual
    given name), then the rest of the name ("القيادي طالب سامي عبد الله", "مرافقه أركان
    العلياوي", "وزير النفط حيان عبد الغني"): a new person found already (dropped, to be made
    again from *jn*) or an unknown name ending in a family name. None if not so."""
    doc, s, toks, covered = w.doc, w.s, w.toks, w.covered
    if not (ne <= jn + 1 and jn + 1 < s.hi and toks[jn].ar and jn not in covered and
            _noun_first_name(toks[jn])):
        return None
    rest = covered.get(jn + 1)
    if rest is None and toks[jn + 1].key in L.AR_COMMON_NOUNS:
        return None  # "السلطان يتقبل التعازي": a verb and its object, no name (session 69)
    if rest is None:
        e2 = jn + 2 if family_shaped(toks[jn + 1].key) else _ar_name_span(doc, jn + 1, s.hi)
        e2 = next((x for x in range(jn + 2, e2) if x in covered), e2)
        if e2 > jn + 1 and (e2 - jn >= 3 or family_shaped(toks[e2 - 1].key)):
            return e2
    elif rest.lo == jn + 1 and rest.etype == "Person" and rest.kind == "name" and \
            doc.gaz.get(rest.eid) is None and (
                rest.hi - rest.lo >= 2 or family_shaped(toks[rest.lo].key)):
        _drop_mention(doc, covered, w.out, rest)
        return rest.hi
    return None


def _given_name_start_ar(w: MentionWork, jn: int, ne: int) -> int:
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


def _left_to_apposition(w: MentionWork, t: TitlePhrase, jn: int, ne: int, appositive: bool,
                        vso_obj: bool) -> bool:
    """Is the title an apposition of a person named before ("X, the commander of Y" / "X
    الزعيم الجديد لـY"), with no name of its own after it? Not the object of a meeting verb
    with a description ending there ("واستقبل X المحافظ الجديد في بغداد", session 16), nor
    the guest received ("واستقبل الأمير X الوزيرَ الضيف", session 52), nor a title the writer
    marked as the object right after the subject ("واستقبل X رئيسَ مجلس الوزراء", session 65)."""
    toks = w.toks
    return appositive and ne - jn < 2 and not (
        vso_obj and ne <= jn and (_ends_description(toks, t.end, w.s.hi) or
                                  time_of_day(w.doc, t.end, w.s.hi))) and not (
        ne <= jn and toks[t.k].ar and guest_marked(w.doc, t.b, t.k, t.end, w.s.hi)) and not (
        ne <= jn and vso_obj and t.role in ("lead", "head_state") and
        marked_object_after_subject_ar(w.doc, w.covered[t.k - 1], t.k, w.s.lo))


def _trimmed_name_end(w: MentionWork, t: TitlePhrase, jn: int, ne: int, vso_desc: bool) \
        -> tuple[int, str | None]:
    """The unknown name's end after the tests of what is no name (a verb, an indefinite title
    word and one unknown word, an ordinary word that is also a given name, a continent, a
    word no one bears alone, another title), or one more word for a rank's surname named
    again; and the body's member a lone weak given name stands for (else None)."""
    doc, s, toks, covered = w.doc, w.s, w.toks, w.covered
    k, tend = t.k, t.tend
    if ne > jn and (imperfect_verb_ar(doc, toks[jn]) or _future_verb(doc, toks[jn]) or
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


def _second_name_ar(w: MentionWork, t: TitlePhrase, jn: int, ne: int) -> tuple[_Span | None, int]:
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


def _new_name_holder(w: MentionWork, t: TitlePhrase, jn: int, ne: int, second: _Span | None,
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
        me2 = make_mention(doc, si, second[0], second[1],
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
    me = make_mention(doc, si, jn, ne, eid)
    if role_nat and eid not in doc.nat and not doc.gaz.get(eid):
        doc.nat[eid] = role_nat
    out.append(me)
    for x in range(jn, ne):
        covered[x] = me
    attach_role(doc, me, k, t.role, role_org, role_nat, t.qual, t.in_title)


def _named_holder(w: MentionWork, t: TitlePhrase, jn: int, appositive: bool, vso_obj: bool) \
        -> int | None:
    """The holder named after the title, known or new (or the new name before an Arabic
    titled apposition), given the role; the position where the scan goes on, or None when
    no name holds the title (a description, ``title_description.described_holder``)."""
    doc, si, s, toks, covered, out = w.doc, w.si, w.s, w.toks, w.covered, w.out
    k = t.k
    # (after "الضيف الإيراني" no name: "التقى الضيف الإيراني بالكاظمي"; session 23)
    name_m = covered.get(jn) if t.phrase != AR_GUEST else None
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
    if ne > jn + 1 and toks[jn].ar:
        ne = _before_style_ar(toks, jn, ne)  # "ونقل الوزير تحيات صاحب السمو الأمير X": no
        # person "Tahiat Sahib al-Sumu" (session 71)
    sur = _surname_after(doc, covered, jn, ne, s.hi)
    if sur is not None:
        # "زعيم الائتلاف نوري كامل المالكي": the known person named in full;
        # "رئيس الحكومة مسرور بارزاني" after "نيجيرفان بارزاني": another person
        me = _name_with_surname(doc, si, covered, out, jn, ne, sur)
        attach_role(doc, me, k, t.role, t.role_org, t.role_nat, t.qual, t.in_title)
        return me.hi
    if _left_to_apposition(w, t, jn, ne, appositive, vso_obj):
        return t.end
    ne, member = _trimmed_name_end(w, t, jn, ne, vso_desc)
    if ne == jn + 1 and toks[jn].ar and rank_noun_before_title(toks, jn, s.hi):
        return None  # «عضو مجلس السيادة مساعد القائد العام X»: a second title, no Musaed
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
            attach_role(doc, me, k, t.role, t.role_org, t.role_nat, t.qual, t.in_title)
            return t.end
    return None


def title_holder(w: MentionWork, k: int, tend: int, j: int, b: int, role: str, phrase: str,
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
    t = TitlePhrase(k, tend, j, b, role, phrase, role_org, role_nat, qual, in_title)
    jn = _name_start(w, t)
    named = _named_holder(w, t, jn, appositive, vso_obj)
    if named is not None:
        return named
    if delegation_head_ar(w.doc.toks, k, w.s.hi):
        return tend  # «رئيس وفد حركة حماس»: no description of the movement's leader
    return described_holder(w, t, of_the, mp)
