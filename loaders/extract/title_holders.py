"""The holder of a title phrase (``_title_holder``, called by ``titles._titles``): where the name
starts after the modifiers (a comma, a state's or body's name, a rank, an honorific), a known
name given the role or an unknown name made a new person ("وزير الخارجية العراقي فؤاد حسين",
"Iraqi Foreign Minister Fuad Hussein"), or without a name a description resolved to the person
holding that role, or left for cataphora ("the Quds Force commander")."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

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

if TYPE_CHECKING:
    pass


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


def _title_holder(w: _Work, k: int, tend: int, j: int, b: int, role: str, phrase: str,
                  role_org: str | None, role_nat: str | None, qual: str | None,
                  in_title: list[Mention], appositive: bool, vso_obj: bool, of_the: bool,
                  mp: bool) -> int:
    """The holder of the title at *k*: where the name starts after the modifiers (a comma, a
    state's or a body's name, a rank or an honorific between), then a known person gets the
    role or an unknown name becomes a new person; without a name, a description used in place
    of a name, resolved to the person holding that role, or left for cataphora. The position
    where the scan goes on."""
    doc, si, s, toks, covered, out = w.doc, w.si, w.s, w.toks, w.covered, w.out
    if toks[k].ar and toks[k].key in _AR_MR and k + 1 < s.hi and toks[k + 1].ar and \
            _title_at(doc, k + 1, s.hi) is not None:
        return k + 1  # "السيد الرئيس أحمد الشرع": "Mr." before the title that names him
        # (read alone, after he was named, it was a description of him: session 52)
    # optional comma before the name in English ("the head of the PMF, Falih al-Fayyadh")
    jn = j
    if jn < s.hi and toks[jn].text in (",", "،") and (
            role_org or role_nat and royal_style_after(toks, jn + 1, s.hi)):
        jn += 1  # (session 61: "The Qatari premier, Sheikh Mohammed,": the state's holder)
    elif toks[k].ar and role in ("lead", "member", "plain") and jn < s.hi and \
            jn not in covered:
        # "رئيس جمهورية X الفيدرالية Y": the state's name, then the holder's
        jn = state_name_end(doc, covered, jn, s.hi)
        # a body not known, as a definite phrase: "رئيس الاتحاد الوطني الكوردستاني[،] X"
        jn = skip_definite_body(doc, covered, jn, s.hi, phrase in L.AR_PLURAL_TITLES,
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
    if (role_org or toks[k].ar and "ال" not in toks[k].key[:3]) and jn + 1 < s.hi and \
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
    # (after "الضيف الإيراني" no name: "التقى الضيف الإيراني بالكاظمي"; session 23)
    name_m = covered.get(jn) if phrase != _AR_GUEST else None
    vso_desc = name_m is not None and name_m.lo == jn and name_m.etype == "Person" and \
        title_is_vso_subject_ar(doc, k, s.lo, name_m.eid, role_nat) and \
        resolve_description(doc, si, role, role_org, role_nat, qual, k, out) not in (
            None, name_m.eid)  # (a holder named before: "استقبل وزير الخارجية التشيلي
    # بومبيو" with none is a Chilean namesake, given_alike)
    if vso_desc:
        name_m = None  # "واستقبل رئيس الوزراء القطري الحيّة": the subject, then the object
    if name_m is not None and name_m.lo == jn and name_m.etype == "Person":
        held = national_given_holder(doc, toks[jn], phrase, role, role_org, role_nat) \
            if name_m.hi == jn + 1 and (role_nat or role_org) and \
            doc.gaz.get(name_m.eid) is None else None
        other = held or (other_country_person(doc, name_m, role_nat) if role_nat else None)
        if other is not None:
            name_m.eid = other  # "Argentine President Milei": no American Milley
            doc.mentions_changed()
        _attach_role(doc, name_m, k, role, role_org, role_nat, qual, in_title)
        if toks[k].ar:
            _qualified_second_ar(doc, si, covered, out, name_m.hi, s.hi)
        return name_m.hi
    if name_m is not None and name_m.lo == jn and name_m.hi == jn + 1 and \
            name_m.etype == "Location" and not toks[jn].ar:
        member = body_member_surname(doc, toks[jn], role_org)
        if member is not None:  # "Hezbollah chief Qassem": Naim Qassem, not the Saudi
            # region Qassim a spelling-tolerant match found (titled_guarded_surname)
            _drop_mention(doc, covered, out, name_m)
            me = _ment_at(doc, si, jn, jn + 1, member)
            out.append(me)
            covered[jn] = me
            _attach_role(doc, me, k, role, role_org, role_nat, qual, in_title)
            return jn + 1
    # unknown name
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
    if phrase == _AR_GUEST or vso_desc:
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
    if ne - jn >= 3 and not noun_first and toks[jn].ar and _indefinite_before(toks, jn) and \
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
        return me.hi
    if appositive and ne - jn < 2 and not (
            vso_obj and ne <= jn and _ends_description(toks, max(j, tend), s.hi)) and not (
            ne <= jn and toks[k].ar and guest_marked(doc, b, k, max(j, tend), s.hi)):
        # (not "واستقبل الأمير X الوزيرَ الضيف": the guest received, session 52)
        # "X, the commander of Y" / "X الزعيم الجديد لـY": handled as an apposition
        # (not the object of "واستقبل X المحافظ الجديد في بغداد", session 16)
        return max(j, tend)
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
        member = body_member_surname(doc, toks[jn], role_org)  # "الأمين العام لحزب الله
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
            lone_rank_surname_ar(doc, covered, phrase, jn, s.hi):
        ne = jn + 1  # "العقيد غويتا ... والتقى غويتا": a rank, one word, that word again
    if _title_not_name_en(doc, toks, jn, ne):
        ne = jn  # "the Secretary-General's Special Envoy": another title (session 27)
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
        eid = member if member is not None and ne == jn + 1 else None
        if eid is None and ne == jn + 1 and (role_nat or role_org):
            # "Qatari Prime Minister Sheikh Mohammed": the known premier (titled_given_name)
            eid = national_given_holder(doc, toks[jn], phrase, role, role_org, role_nat)
        if eid is None:
            eid = _resolve_name(doc, surface, "Person")
        me = _ment_at(doc, si, jn, ne, eid)
        if role_nat and eid not in doc.nat and not doc.gaz.get(eid):
            doc.nat[eid] = role_nat
        out.append(me)
        for x in range(jn, ne):
            covered[x] = me
        _attach_role(doc, me, k, role, role_org, role_nat, qual, in_title)
        return ne
    if toks[k].ar and ne <= jn and role in ("lead", "member") and (
            role_org or role_nat or (tend < s.hi and toks[tend].text == "«")):
        # "كريم ناصر، القيادي في كتائب حزب الله،": a new name before a titled apposition
        me = _ar_name_before(doc, si, covered, out, k)
        if me is not None:
            _attach_role(doc, me, k, role, role_org, role_nat, qual, in_title)
            return max(j, tend)
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
    definite = definite or (not toks[k].ar and role != "plain" and aged_the_en(toks, k, s.lo))
    # "the 54-year-old premier": an age is no qualifier of the office (session 62; an office,
    # not "the 94-year-old cleric", whom the last cleric named need not be)
    qualified = not definite and the_qualified_en(toks, b, k, s.lo)  # "the new speaker"
    definite = definite or qualified
    ranked = not definite and not toks[k].ar and ranked_national_the(toks, b, s.lo)
    definite = definite or ranked  # "the top Iranian diplomat" (session 41)
    new_ar = new_construct_ar(toks, k, j)  # "قائد الجيش الجديد" (session 30)
    read_before = definite  # (a description before session 30 too: "رئيس جهاز ... الجديد")
    definite = definite or new_ar
    if definite and not toks[k].ar and j < s.hi and toks[j].cap and role == "plain":
        definite = False  # "the slain General Qasim ...": a name follows
    if definite and not toks[k].ar and at_the_head_of_en(toks, k, s.lo, s.hi):
        definite = False  # "vacancy at the head of the State": a position, no person
    if definite and not toks[k].ar and predicate_office_en(toks, k, s.lo):
        definite = False  # "X was named the UN special coordinator": X's new office
    if definite and toks[k].ar and k > s.lo and toks[k - 1].key in _AR_POST_NOUNS:
        definite = False  # "تولى X منصب الأمين العام لحزب الله": the post, no one holding it
        # (session 51)
    if definite and toks[k].ar and k > s.lo and _place_head_ar(toks[k - 1]):
        definite = False  # "في حيي الشيخ مقصود والأشرفية": a place's name (session 60)
    if definite and toks[k].ar and k > s.lo + 1 and toks[k - 1].key in _AR_DUTIES and \
            toks[k - 2].key in _AR_ACTING_IN:
        definite = False  # "قائماً بأعمال وزير الخارجية": the post acted in (session 53)
    if definite and not toks[k].ar and apposed_name_en(toks, max(j, tend), s.hi):
        definite = False  # "met the chief of the general staff, Maj Gen X": X, named next
    if definite and not toks[k].ar and compound_title_named_en(toks, max(j, tend), s.hi):
        definite = False  # "the Prime Minister and Minister of Foreign Affairs, Sheikh X": X
    if definite and not toks[k].ar and ranked_name_after_of_en(toks, max(j, tend), s.hi):
        definite = False  # "the Leader of the Islamic Revolution Ayatollah X": X
    if definite and not toks[k].ar and named_after_of_en(doc, covered, max(j, tend), s.hi):
        definite = False  # "the Speaker of the House of Representatives X": X (s59)
    at_name = qualified_name_after_ar(doc, covered, max(j, tend), s.hi) \
        if definite and toks[k].ar else -1
    if at_name < 0 and definite and toks[k].ar:  # "بحضور القيادي في الحزب النائب X" (s44)
        at_name = title_runs_to_name_ar(doc, covered, k, max(j, tend), s.lo, s.hi)
    if at_name < 0 and toks[k].ar and j > k:  # "اللواء الشهيد X": X's own title (s63)
        at_name = dead_qualified_name_ar(doc, covered, k, max(j, tend), s.hi)
    if at_name >= 0:  # "رئيس الحركة في غزة X": X's own title, no one named before
        if at_name in covered:
            _attach_role(doc, covered[at_name], k, role, role_org, role_nat, qual, in_title)
        return max(j, tend)
    if definite and toks[k].ar and _as_title_ar(toks[k]):
        definite = False  # "عُيّن X كأمين عام لحزب الله": the office he took ("as"), no
        # description of its holder named elsewhere (session 55)
    if definite and toks[k].ar and role in ("lead", "head_state") and (
            toks[k].key in _AR_ACC_ROLES or _accusative(toks[k].text)):
        definite = False  # "أدى X اليمين رئيساً لإيران": a predicate, not the leader
    if definite and toks[k].ar and out and second_title_ar(doc, covered, k):
        definite = False  # "X نائب حاكم إمارة أبوظبي مستشار الأمن الوطني": his second title
        for im in in_title:  # "X ولي العهد نائب رئيس مجلس الوزراء": the council is part of
            im.in_title = True  # his own title, no subject of the verb (session 64)
    if definite and toks[k].ar and out and crown_prince_after_name_ar(doc, covered, k):
        definite = False  # "سمو الأمير X ولي العهد": his own title (session 54)
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
    plural_peers = toks[k].ar and toks[k].key in _AR_PLURAL_PEERS  # "مع نظرائه الإيرانيين":
    # several unnamed, no one person (session 50)
    peer = counterpart_peer(doc, si, role_nat, k, out) if not (
        definite or dead or plural_peers) and j > k and role_nat else None
    # ("نظيره العراقي": the Iraqi holder of the office)
    readable = j > k and not of_the and not mp and phrase not in L.AR_NAME_ONLY_TITLES and \
        not plural_peers
    free = readable and bool(toks[k].ar or definite or dead or peer) and \
        not _swallows_name(covered, k, max(j, tend))  # (tested once, only when it matters)
    built = construct_holder_ar(doc, si, k, j, covered) if free and toks[k].ar and not (
        definite or dead or peer) else None
    # ("رئيس مجلس السيادة": the one titled so; after the cheap tests, review41 B2)
    if (definite or dead or peer or built) and free:
        eid = built or dead or peer or honorific_holder_ar(doc, k) or \
            family_word_holder_ar(doc, k) or \
            same_title_antecedent(doc, out, k, qual) or \
            (not toks[k].ar and office_owner_antecedent(doc, out, k, role_nat, qual)) or \
            resolve_description(doc, si, role, role_org, role_nat, qual, k, out) or \
            same_sentence_antecedent(doc, out, role, role_nat, k)
        coming = to_come_office(toks, k, max(j, tend), s.hi, covered) if not dead else None
        if coming is not None:  # "the Prime Minister-designate", «رئيس الحكومة المكلف»: the
            eid = designee(doc, k, coming)  # one designated in the piece, else nobody (s62)
        elif qualified and not dead:
            eid = backed_description(doc, si, k, qual, eid)  # "the new X": the incoming one
        elif ranked and not dead:
            eid = national_holder(doc, role_nat, eid)  # only a person of that nationality
        elif new_ar and not dead:  # the incoming holder the article backs, else as before
            eid = incoming_holder_ar(doc, si, k, j) or (eid if read_before else None)
        if phrase == _AR_GUEST and eid is not None and eid == deceased_person(doc, si, k):
            eid = None  # "قُتل سليماني ... واستقبل العامري الضيف الإيراني": not the dead
        if phrase == _AR_GUEST and eid is not None:
            eid = guest_not_sender(doc, k, role_nat, eid)  # not "رسالة من الملك": the guest
        if guest_marked(doc, b, k, max(j, tend), s.hi):
            eid = guest_description(doc, si, k, eid)  # "الوزير الضيف": the one received (s52)
        if role_nat and eid and not (dead or peer or ranked or toks[k].ar) and any(
                toks[x].key in L.NATIONALITY for x in range(max(s.lo, b - 1), k)):
            # "the Uzbek minister" (the nationality before the title): no Afghan named
            # before (desc_nationality)
            eid = national_description(doc, si, role_nat, eid, k, out)
        if apposed is not None and eid != apposed:
            eid = None
        if eid and not toks[k].ar:
            named = named_after_body_en(doc, covered, max(j, tend), s.hi)
            if named is not None and named != eid:
                eid = None  # "the head of the <unknown body>, MP X": X's title, nobody before
        eid = affiliated_holder(doc, si, k, max(j, tend), eid)  # "the jihadist leader"
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
            return max(j, tend)
        if toks[k].ar:
            doc.unnamed.add(k)
        if not toks[k].ar and role != "member" and apposed is None and not qualified:
            # "The Iranian general ... Soleimani": maybe named later (cataphora)
            lo_p = k
            while lo_p > s.lo and (toks[lo_p - 1].key in L.NATIONALITY or
                                   toks[lo_p - 1].key in L.EN_QUALIFIERS):
                lo_p -= 1
            if lo_p > s.lo and toks[lo_p - 1].key == "the":
                doc.pending.append((si, lo_p - 1, max(j, tend), role, role_org, role_nat,
                                    qual))
    return tend
