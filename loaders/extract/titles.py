"""Title cues in both languages (الرئيس، رئيس الوزراء، الجنرال، قائد، زعيم؛ President, Prime
Minister, General, commander, leader, head, deputy ...), step 2 of ``find_mentions``: the scan
``_titles``, with the cues that are no title here (a body's or a place's name, an adjective, a
given name), the apposition to a name before the phrase and the modifiers before and after it
(its body, nationality, posting, portfolio, a second title; their words and small tests are
``title_modifiers``). Where a title phrase starts and ends is ``title_phrase`` (``_title_at``),
the name or description after it ``title_holders`` (``title_holder``, one call per phrase;
with no name, ``title_description``), the Arabic phrase extents ``title_extent_ar`` and the
tests on the holder ``title_holder_checks``."""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from loaders.extract import given_names as GN
from loaders.extract import lexicon as L
from loaders.extract.ambiguous_nisba_ar import malian_after_title, sudanese_after_title
from loaders.extract.arabic_name_span import _hajj_goes_on, given_before_bin
from loaders.extract.arabic_name_words import _INNER_HAJJ, _THEOPHORIC_TAILS
from loaders.extract.arabic_names import (
    _ar_given_first,
    profession_word_ar,
)
from loaders.extract.desc_to_come import AR_TO_COME
from loaders.extract.joint_body_title_en import joint_body_before
from loaders.extract.mention_base import (
    _B_TITLE,
    AR_PARTICLE_TOKENS,
    QUOTES,
    Mention,
    MentionWork,
    _is_adjective,
    _known_english,
    _positions,
    make_mention,
)
from loaders.extract.state_forms_ar import state_form_word
from loaders.extract.title_abbrev_en import body_before_abbrev_en
from loaders.extract.title_agent_ar import participle_agent_end
from loaders.extract.title_construct_body_ar import construct_body_next_ar
from loaders.extract.title_extent_ar import (
    AR_NAMED_PLACES,
    construct_complement,
    governed_title,
    mp_bloc_end,
    portfolio_end,
    possessed_noun,
    unlisted_nisba,
)
from loaders.extract.title_head_of_state_ar import head_of_state_named
from loaders.extract.title_holder_checks import (
    _org_word_first_name,
    _other_nationality,
    _vso_subject,
)
from loaders.extract.title_holders import title_holder
from loaders.extract.title_modifiers import (
    _APPOSITION_SKIP,
    _AR_ACTING,
    _AR_ADVISERS,
    _AR_AIDES,
    _AR_ENDED,
    _AR_EVENT_NOUNS,
    _AR_GIVEN_TITLES,
    _AR_GOVERNOR,
    _AR_MP,
    _AR_PERIOD_ADJS,
    _AR_PERIOD_NOUNS,
    _AR_PERIOD_PREPS,
    _AR_PRESS_ADJ,
    _AR_TEAM,
    _EN_DETERMINERS,
    _EN_FIELD_WORDS,
    _IQLIM,
    _KEY,
    _NEW_OLD,
    _POSTED_IN,
    _POSTED_TITLES,
    AR_OUR_COUNTRY,
    _name_follows_ar,
    _team_not_rank,
)
from loaders.extract.title_phrase import (
    _AR_TITLE_FILLERS,
    _may_title,
    _title_at,
)
from loaders.extract.tokens import STEM
from loaders.extract.visited_capital import _capital_of
from loaders.textnorm import (
    core_tokens,
    strip_article_ar,
)

if TYPE_CHECKING:
    from loaders.extract.tokens import Tok

__all__ = [  # the names other modules import from here
    "_IQLIM",
    "_may_title",
    "_org_word_first_name",
    "_POSTED_TITLES",
    "_title_at",
    "_titles",
]

# "القيادي فيها X": the member of the body the sentence named before (session 51)
_AR_IN_IT = L._ar("فيها", "فيه")


# (session 47) an ambassador's title after another office starts another person's title;
# after an envoy's or a diplomat's it may be his own ("المبعوث الأميركي إلى سوريا السفير X")
# (indefinite: "سفير مصر", an office of its own; "السفير X" may be a retired ambassador's rank
# after his present title: "المستشار الدبلوماسي لرئيس الحكومة السفير بطرس عساكر")
_AMBASSADORS = L._ar("سفير", "سفيرة", "وسفير")
_DIPLOMATS = _AMBASSADORS | L._ar("السفير", "السفيرة", "مبعوث", "المبعوث", "مبعوثة", "المبعوثة", "الموفد", "موفد",
                                  "المندوب", "مندوب", "القائم بالأعمال", "دبلوماسي",
                                  "الدبلوماسي")


# "وكالةً" after a title: acting ("الوزير وكالةً X"), as "بالوكالة" is
_WIKALA = L.fold_ar("وكالة")
# a minister's title without its portfolio ("وزير" + "الطاقة الأميركي X")
_AR_BARE_MINISTER = L._ar("وزير", "وزيرة")
# between a body and an envoy's title ("UN special envoy X"); no qualifier elsewhere
_EN_ENVOY_KINDS = frozenset({"special", "personal"})


def other_nationality_title(toks: list[Tok], j: int, end: int, role_nat: str | None) -> bool:
    """Does a second title (from *j*, its nationality at *end*) carry a nationality of its own,
    other than the first title's *role_nat*? "استقبل الوزير الإيراني السفير الإماراتي X": the
    Iranian minister received the Emirati ambassador X; the ambassador is no rank of the
    minister's (as "الجنرال" is in "... الجنرال X"), so the first title ends before it
    (session 45). Only when the first title ends in its nationality right before the second
    (not "المبعوث الأميركي إلى سوريا السفير التركي السابق X", one man's two titles) and the
    second is no former one ("السابق"; review 45)."""
    if role_nat is None or end >= len(toks) or j < 1 or \
            L.NATIONALITY.get(toks[j - 1].key) != role_nat:
        return False
    nat = L.NATIONALITY.get(toks[end].key)
    return nat is not None and nat != role_nat and not (
        end + 1 < len(toks) and toks[end + 1].key in L.OLD_WORDS)


def _nationals_end(toks: list, x: int, hi: int) -> int:
    """After English nationality words from *x* ("Iraqi", "Lebanese-Palestinian"; at most
    three tokens, hyphens included), else *x*."""
    y = x
    while y < hi and y - x < 3 and (toks[y].key in L.NATIONALITY or (
            toks[y].text == "-" and y > x and y + 1 < hi and toks[y + 1].key in L.NATIONALITY)):
        y += 1
    return y


# "-designate" / "-elect" after an English title: still the title (session 58)
_EN_TO_COME = frozenset({"designate", "elect"})


# a body's head noun after an English member title: "the Daesh militant group", "a militant
# network" (the title word is an adjective there; session 70). Not ``lexicon.EN_GROUP_HEADS``
# (the people of a group: "leaders", "commanders")
_EN_BODY_HEADS = frozenset({"group", "groups", "organisation", "organization", "organizations",
                             "organisations", "movement", "movements", "network", "networks",
                             "outfit", "outfits", "faction", "factions", "cell", "cells", "wing"})


def _titles(w: MentionWork) -> None:
    """Title cues ("الرئيس", "رئيس الوزراء", "قائد فيلق القدس"; "President", "Prime
    Minister", "Quds Force commander") with the nationality or body around them, then: a known
    name gets the role; an unknown name after it becomes a new entity ("وزير الخارجية العراقي
    فؤاد حسين", "Iraqi Foreign Minister Fuad Hussein"); without a name, the title is a
    description resolved to the person holding that role ("المسؤول العسكري الإيراني البارز",
    "the Quds Force commander") or left for cataphora."""
    doc, si, s, toks, covered, out = w.doc, w.si, w.s, w.toks, w.covered, w.out
    starts = _positions(doc, s.lo, s.hi, _B_TITLE)
    start_set = set(starts)
    k = starts[0] if starts else s.hi
    while k < s.hi:
        if k not in start_set:
            nxt = bisect.bisect_right(starts, k)
            k = starts[nxt] if nxt < len(starts) else s.hi
            continue
        if k in covered:  # (a name that starts with its title is handled as a name)
            k += 1
            continue
        tt = _title_at(doc, k, s.hi)
        if tt is None:
            k += 1
            continue
        tend, role, phrase = tt
        if not toks[k].ar and toks[k].cap and role == "plain" and tend in covered and \
                covered[tend].lo == tend and covered[tend].etype == "Organization":
            k = tend  # "the (U.N.) General Assembly": a body's name, no general (session 16)
            continue
        if not toks[k].ar and role == "member" and tend < s.hi and \
                toks[tend].key in _EN_BODY_HEADS:
            k = tend  # "the Daesh militant group claimed ...": an adjective of the body, no
            continue  # militant standing for the last person named (session 70)
        if toks[k].ar and k > s.lo and not toks[k - 1].punct and \
                not AR_NAMED_PLACES.isdisjoint(map(STEM, toks[k - 1].stems)) and \
                any(st in AR_NAMED_PLACES and not toks[k - 1].key[:-len(st)].endswith("ال")
                    for _o, st in toks[k - 1].stems):  # (the generator only after a hit)
            k = tend  # "مطار الملك خالد الدولي", "جامعة الإمام الصادق": a place named after
            continue  # someone, no person of the piece
        if toks[k].ar and k > s.lo and toks[k].stems and \
                toks[k].stems[-1][1] in _AR_PRESS_ADJ and \
                not _AR_EVENT_NOUNS.isdisjoint(map(STEM, toks[k - 1].stems)):
            k += 1  # "مؤتمر صحفي مشترك", "في المؤتمر الصحفي": an adjective, no journalist
            continue
        if toks[k].key == _INNER_HAJJ and k > s.lo and not toks[k - 1].punct and \
                (k - 1) not in covered and _hajj_goes_on(doc, toks[k], k + 1, s.hi) and \
                (any(st in GN.ALL for _o, st in toks[k - 1].stems) or
                 toks[k - 1].key in _THEOPHORIC_TAILS or toks[k - 1].key == "الله"):
            k += 1  # "خلفاً لمهند / لدفع الله الحاج علي": الحاج inside a name (Hajj Ali),
            continue  # not the honorific before one
        if toks[k].ar and toks[k].key in _AR_TEAM and _team_not_rank(doc, covered, k, s.hi):
            k += 1  # "فريق سعودي", "وفريق أممي": a team, no lieutenant general (session 16)
            continue
        if toks[k].ar and k > s.lo and toks[k].key in L.AR_ABD_TITLES and \
                any(st == "عبد" for _o, st in toks[k - 1].stems):
            k += 1  # "عبد الأمير جاسم", "عبد الملك X": a given name, no prince or king
            continue
        if toks[k].ar and tend == k + 1 and toks[k].key == "شيخ" and k > s.lo and \
                (k - 1) not in covered and _ar_given_first(doc, toks[k - 1]) is not None and \
                _name_follows_ar(doc, covered, k + 1, s.hi):
            k += 1  # "حسن شيخ محمود": شيخ inside a (Somali) name, no title
            continue
        if toks[k].ar and tend == k + 1 and toks[k].key in _AR_GIVEN_TITLES and \
                _name_follows_ar(doc, covered, k + 1, s.hi):
            k += 1  # "أمير موسوي", "سلطان بن سلمان": a first name, no emir or sultan
            continue
        if tend - k > 1:
            # "رئيس البرلمان العراقي": a named body inside the phrase ends the title there
            cut = None
            for x in range(k + 1, tend):  # (a loop: no generator per title)
                if x in covered and covered[x].lo == x and \
                        covered[x].etype in ("Organization", "Country"):
                    cut = x
                    break
            short = _title_at(doc, k, cut) if cut is not None else None
            if short is not None:
                role = head_of_state_named(covered, cut, role, short[1])
                tend, phrase = short[0], short[2]
        if toks[k].ar and k > s.lo and toks[k - 1].key in _AR_AIDES and role != "plain":
            role = "plain"  # "مساعد رئيس السلطة القضائية ... X": his aide, not the head
        role_org = role_nat = qual = None
        pb = k - 1
        while pb >= s.lo and (toks[pb].text in (",", "،") or (
                not toks[pb].ar and toks[pb].key in _APPOSITION_SKIP)):
            pb -= 1  # "X, the (new) Iranian general who ...": an apposition to X
        appositive = pb >= s.lo and pb in covered and covered[pb].etype == "Person" and \
            covered[pb].hi == pb + 1 and covered[pb].kind == "name" and \
            not (toks[k].ar and toks[k].stems and toks[k].stems[-1][0] > 0 and
                 toks[k].key not in L.AR_TITLES) and \
            not (toks[k].ar and toks[k].key.startswith("و") and toks[k].key not in L.AR_TITLES) \
            and not (toks[k].ar and pb == k - 1 and toks[k].key.startswith("نظير"))
        # ("التقى X نظيرَه العراقي": the verb's object after its subject, no apposition;
        # "X وزير الدفاع،": a title whose و is its own letter, not a proclitic, session 51)
        if appositive and toks[k].ar and pb == k - 1 and \
                _other_nationality(doc, covered[pb].eid, k, tend):
            appositive = False  # "التقى خامنئي الرئيسَ العراقي": an Iranian is no Iraqi president
        vso_obj = appositive and toks[k].ar and pb == k - 1 and \
            _vso_subject(doc, covered[pb], s.lo)  # "واستقبل X المحافظ الجديد في": an object
        in_title: list[Mention] = []
        j = tend
        # modifiers before the title (English: "Iraqi Prime Minister", "Quds Force commander")
        b = k - 1
        while b >= s.lo and ((toks[b].punct and toks[b].text in QUOTES) or (
                not toks[b].ar and (toks[b].key in L.EN_QUALIFIERS or
                                    toks[b].key in _EN_ENVOY_KINDS) and b not in covered)):
            b -= 1  # ("UN special envoy X": the UN's envoy, session 48)
        if b >= s.lo and toks[b].text == ")" and not toks[k].ar:
            body_end = body_before_abbrev_en(toks, b, s.lo, covered)  # "Body (ABC) head X"
            if body_end != b and b - 1 in covered:
                in_title.append(covered[b - 1])  # "(MIT)" a known abbreviation: it too
            b = body_end  # only qualifies the title (a list skips it; session 51)
        # "Kataib Hezbollah's security official X": a lower-case field word between a
        # possessive body and the title
        tb = toks[b] if b >= s.lo else None  # (the word before must be such a word)
        for back in ((1, 2) if tb is not None and not tb.ar and not tb.cap and
                     b not in covered and tb.key not in L.EN_STOP and tb.key.isalpha() and
                     tb.key not in L.NATIONALITY else ()):
            ob = b - back + 1
            if b >= s.lo and ob - 1 >= s.lo and (ob - 1) in covered and all(
                    not toks[x].ar and toks[x].key.isalpha() and not toks[x].cap and
                    toks[x].key not in L.EN_STOP and x not in covered and
                    toks[x].key not in L.NATIONALITY for x in range(ob, b + 1)) \
                    and (covered[ob - 1].poss or (
                        covered[ob - 1].etype == "Organization" and
                        all(toks[x].key in _EN_FIELD_WORDS for x in range(ob, b + 1)))) and \
                    covered[ob - 1].etype in ("Organization", "Country"):
                b = ob - 1  # "Kataib Hezbollah's security official", "Hamas political
                break  # bureau chief"
        if b >= s.lo and not toks[b].ar:
            if b in covered and covered[b].etype in ("Organization", "Country"):
                role_org = covered[b].eid
                in_title.append(covered[b])
                joint = joint_body_before(toks, covered, covered[b], s.lo)
                if joint is not None:
                    in_title.append(joint)  # "UN-Arab League special envoy X": both bodies
                ib = covered[b].lo - 1
                while ib >= s.lo and toks[ib].key in L.EN_QUALIFIERS:
                    ib -= 1
                if role == "lead" and ib >= s.lo and toks[ib].key in ("a", "an") and \
                        covered[b].etype == "Organization":
                    role = "member"  # "a senior Kataib Hezbollah commander, X"
            elif toks[b].key in L.NATIONALITY:
                role_nat = L.NATIONALITY[toks[b].key]
            bb = b - 1 if b not in covered else covered[b].lo - 1
            if bb >= s.lo and toks[bb].key in L.NATIONALITY:
                role_nat = role_nat or L.NATIONALITY[toks[bb].key]
            for q in range(max(s.lo, k - 4), k) if not _NEW_OLD.isdisjoint(
                    map(_KEY, toks[max(s.lo, k - 4):k])) else ():
                if any(toks[y].key in _EN_DETERMINERS for y in range(q + 1, k)):
                    continue  # "Israel killed the Hamas official": a verb before the phrase
                if toks[q].key in L.NEW_WORDS:
                    qual = "new"
                elif toks[q].key in L.OLD_WORDS:
                    qual = "old"
        of_the = mp = False
        # modifiers after the title
        steps = 0
        adv_at = None
        stacked_end, stacked = -1, phrase  # a second title read after this one, its phrase
        while j < s.hi and steps < 8:
            t = toks[j]
            steps += 1
            if t.punct and (t.text in QUOTES or t.text in ("ـ", "-")):
                j += 1
                continue
            if not t.ar and t.key in _EN_TO_COME and j > tend and toks[j - 1].text == "-" and \
                    j + 1 < s.hi and toks[j + 1].cap and not toks[j + 1].punct:
                j += 1  # "Prime Minister-designate X", "President-elect X": the office to come
                qual = "new"  # is still the title before the name (session 58); not a
                continue  # description ("joined by the Prime Minister-designate.")
            if t.ar and state_form_word(toks, covered, j):
                j += 1  # "سفير جمهورية الصين الشعبية لدى العراق X": the state's long name
                continue
            if t.ar and j == tend and t.key in _AR_IN_IT and role in ("lead", "member"):
                j += 1  # "نعت المقاومة القيادي فيها حسن بدير": a member of the body told
                continue  # before (session 51)
            if t.text == "(" and (role_org or role_nat):
                # "المتحدث باسم وزارة الدفاع الأميركية (البنتاغون) جون كيربي": an aside
                close = next((x for x in range(j + 1, min(s.hi, j + 6))
                              if toks[x].text == ")"), None)
                if close is not None:
                    j = close + 1
                    continue
            if toks[k].ar and role_org is None and phrase.endswith("عمليات") and \
                    j not in covered and t.ar and not t.punct and not _may_title(t) and \
                    len(t.key) >= 3 and t.key not in L.AR_STOP and not _is_adjective(t.key):
                # "قائد عمليات نينوى X": an operations command named after its area
                pid = doc.new_entity("Location", t.text, [strip_article_ar(t.key)])
                pm = make_mention(doc, si, j, j + 1, pid)
                out.append(pm)
                covered[j] = pm
            if j in covered and covered[j].etype == "Location" and covered[j].lo == j and \
                    toks[k].ar:
                place = _known_english(doc, covered[j].eid)
                if role_org is None and place and phrase.endswith("عمليات"):
                    # "قائد عمليات بغداد X": the Baghdad Operations Command
                    place = re.sub(r"^(?i:al)[- ]", "", place)
                    latin = f"{place[:1].upper()}{place[1:]} Operations Command"
                    role_org = doc.new_entity("Organization", latin, core_tokens(latin))
                elif role_org is None and place and place.endswith(" Region") and \
                        role in ("lead", "head_state") and phrase.lstrip("ال") == "رييس":
                    role_org = covered[j].eid  # "رئيس إقليم كردستان X" leads the region
                j = covered[j].hi  # "رئيس إقليم كردستان ..."
                continue
            if j in covered and covered[j].etype in ("Organization", "Country") and \
                    covered[j].lo == j:
                mm = covered[j]
                if mm.etype == "Organization" and (role_org is None or
                                                   doc.etype(role_org) == "Country"):
                    role_org = mm.eid
                elif mm.etype == "Country" and role_org is None:
                    role_org = mm.eid
                if mm.etype == "Country" and role_nat is None and \
                        toks[j - 1].key not in _POSTED_IN:
                    role_nat = mm.eid  # (not the posting: "الممثل الخاص ... في العراق X")
                in_title.append(mm)
                j = mm.hi
                if mm.poss and not t.ar:
                    # "head of Hezbollah's liaison unit, X": the head of a part of the body,
                    # one of its members (not its leader)
                    sub = j
                    while sub < s.hi and sub - j < 3 and not toks[sub].cap and \
                            toks[sub].key.isalpha() and toks[sub].key not in L.EN_STOP:
                        sub += 1
                    if sub > j:
                        role = "member" if role == "lead" else role
                        j = sub
                continue
            key = t.key
            stem = t.stems[-1][1] if t.stems else key
            if t.ar and (key in _AR_TITLE_FILLERS or (
                    _is_adjective(key) and (j - 1) in covered and
                    covered[j - 1].etype == "Organization") or (
                    j == tend and phrase in _AR_GOVERNOR and key.startswith("ال") and
                    j not in covered and j + 1 < s.hi and toks[j + 1].ar and
                    key not in L.AR_QUALIFIERS)):  # (not "المحافظ الجديد": a qualifier)
                # "الرئيس الأميركي آنذاك X", "المتحدث باسمه X", "لحركة الجهاد الإسلامي X",
                # "محافظ السليمانية X"
                j += 1
                continue
            if t.ar and key.startswith("وال") and len(key) > 5 and (j - 1) in covered and \
                    covered[j - 1].hi == j and covered[j - 1].etype == "Organization" and \
                    key[1:] not in L.AR_TITLE_FIRST and j + 1 < s.hi and toks[j + 1].ar and \
                    ((j + 1) not in covered and doc.gaz.is_given_name(toks[j + 1].key) or
                     (j + 1) in covered and covered[j + 1].lo == j + 1 and
                     covered[j + 1].etype == "Person"):
                j += 1  # "رئيس منظمة التخطيط والموازنة X": the body's name goes on (session 18);
                # X unknown or a known person (the title then reaches X:
                # core_recall_meetings.commander_of)
                continue
            if t.ar and (j + 1) in covered and covered[j + 1].lo == j + 1 and \
                    covered[j + 1].etype == "Person" and profession_word_ar(key):
                j += 1  # "نائب وزير الخارجية المهندس X": "engineer" before the name (session 18)
                continue
            if t.ar and phrase in L.AR_PLURAL_TITLES and key.startswith("ال") and \
                    len(key) > 5 and key.endswith(("يان", "يين", "يتان", "يتين")):
                j += 1  # "الصحافيان الكرديان X وY": the adjective agrees with the title
                continue
            if key == "then" and not t.ar:
                break  # "The general then flew": an adverb, no "then-general" (session 16)
            if t.ar and key in _AR_ENDED and j + 1 < s.hi and \
                    toks[j + 1].key.startswith(("ولايت", "عهدت")):
                qual = "old"  # "الرئيس المنتهية ولايته X" / "المنتهية عهدته" (the outgoing)
                j += 2
                continue
            if key in L.AR_QUALIFIERS or key in L.EN_QUALIFIERS:
                if key in L.NEW_WORDS:
                    qual = "new"
                elif key in L.OLD_WORDS:
                    qual = "old"
                j += 1
                if t.ar:
                    j = participle_agent_end(doc, covered, j, s.hi, in_title)  # "المعين من
                    # الحوثيين", "المعين حديثا" (title_agent_ar)
                continue
            if key == _WIKALA and t.ar and j + 1 < s.hi and toks[j + 1].ar and \
                    not toks[j + 1].key.startswith("ال") and (j + 1) not in covered:
                j += 1  # "الوزير وكالةً X": acting (not "أبلغ الوزير وكالة الأنباء")
                continue
            if key in L.NATIONALITY and not (t.ar and given_before_bin(doc, j, s.hi)):
                role_nat = role_nat or L.NATIONALITY[key]  # (not "الوزير تركي بن عبدالله
                j += 1  # الدخيل": a given name, Turki)
                continue
            if t.ar and malian_after_title(doc, phrase, covered, j, s.hi):
                role_nat = role_nat or "country:mali"  # "الرئيس المالي X": not "financial"
                j += 1
                continue
            if t.ar and toks[k].ar and sudanese_after_title(doc, covered, j):
                role_nat = role_nat or "country:sudan"  # "الرئيس السوداني X": not al-Sudani
                j += 1
                continue
            if t.ar and toks[k].ar and unlisted_nisba(doc, covered, j, s.hi):
                j += 1  # "الرئيس الأرميني X", "نظيره الأذربيجاني X": an adjective the
                continue  # lexicon lacks, then a name of two words or more
            if phrase in _POSTED_TITLES and key in ("في", "لدي", "الي", "to", "in") and \
                    j + 1 in covered and covered[j + 1].lo == j + 1 and \
                    covered[j + 1].etype in ("Location", "Country"):
                in_title.append(covered[j + 1])
                j = covered[j + 1].hi  # "السفير الإيراني في بغداد X", "ambassador to Iraq X"
                continue
            if phrase in _POSTED_TITLES and key in ("الي", "لدي", "في") and t.ar:
                # "المبعوث الأميركي الخاص إلى الشرق الأوسط X": a region not named as a place
                # (or "our country": "السفير الأمريكي لدى بلادنا X", session 67)
                dj = j + 1
                while dj < s.hi and dj - j <= 2 and dj not in covered and \
                        (toks[dj].key.startswith("ال") or toks[dj].key in AR_OUR_COUNTRY) and \
                        not _may_title(toks[dj]):
                    dj += 1
                if dj > j + 1 and dj < s.hi and toks[dj].ar and \
                        _ar_given_first(doc, toks[dj]) is not None:
                    j = dj
                    continue
            if not t.ar and key in ("to", "for") and phrase.rsplit(" ", 1)[-1] in _POSTED_TITLES \
                    and j + 2 < s.hi and toks[j + 1].key == "the":
                # "US Special Envoy to the Middle East Steve Witkoff": a region not named as
                # a place, then a known person (an unknown one's first word is not told apart)
                dj = j + 2
                while dj < s.hi and dj - j <= 4 and dj not in covered and toks[dj].cap and \
                        not toks[dj].punct and not _may_title(toks[dj]):
                    dj += 1
                if dj > j + 2 and dj in covered and covered[dj].lo == dj and \
                        covered[dj].etype == "Person":
                    j = dj
                    continue
            if t.ar and key == "عن" and j == tend and phrase in _AR_MP:
                # "النائب عن ائتلاف «دولة القانون» X": a member of parliament for a bloc
                j, org = mp_bloc_end(doc, covered, j + 1, s.hi)
                role, mp = "member", True
                if org is not None:
                    in_title.append(org)
                    role_org = role_org or (org.eid if org.etype == "Organization" else None)
                break
            if t.ar and key[:1] in "لو" and j not in covered and (j - tend < 4 or
                                                                  j == stacked_end):
                pe = portfolio_end(doc, covered, j, s.hi,
                                   stacked if j == stacked_end else phrase)
                if pe > j:
                    j = pe  # "مستشار رئيس الوزراء للشؤون الأمنية X", "وزير الطرق وبناء
                    continue  # المدن X", "المستشارة الخاصة للرئيس السوري X"
            if t.ar and key in _AR_PERIOD_PREPS and j + 2 < s.hi and \
                    toks[j + 1].key in _AR_PERIOD_NOUNS and toks[j + 2].key in _AR_PERIOD_ADJS:
                j += 3  # "رئيس الجمهورية العربية السورية في المرحلة الانتقالية X"
                continue
            if key in ("في", "ل", "لل", "of", "the", "لـ", "in", "for", "at", "باسم") or (
                    t.ar and key in AR_PARTICLE_TOKENS):
                # "head of the PMF", "قائد فيلق القدس في الحرس الثوري"
                nxt = j + 1
                while nxt < s.hi and toks[nxt].punct and toks[nxt].text in QUOTES:
                    nxt += 1
                if key in ("of", "for", "in", "at") and nxt + 1 < s.hi and \
                        toks[nxt].key == "the" and nxt + 1 not in covered and not t.ar:
                    nb = _nationals_end(toks, nxt + 1, s.hi)
                    if nb > nxt + 1 and nb in covered and covered[nb].lo == nb and \
                            covered[nb].etype == "Organization":
                        nxt, of_the = nb, True  # "the head of the Lebanese-Palestinian
                        # Dialogue Committee, Ambassador X": the body's nationality, the body
                if key in ("of", "for", "in", "at") and nxt + 1 < s.hi and \
                        toks[nxt].key == "the" and nxt + 1 in covered:
                    nxt += 1  # "a spokesman for the Revolutionary Guards, X"
                    # only with a name after it (no description); not a place ("received
                    # the new speaker at the Government Palace", session 23)
                    of_the = of_the or covered[nxt].etype != "Location"
                if not t.ar and key == "in" and role_org is None and role == "lead" and \
                        nxt in covered and covered[nxt].etype == "Country" and \
                        covered[nxt].lo == nxt and b >= s.lo and toks[b].cap and \
                        b not in covered and not toks[b].ar:
                    # "the IS leader in Syria": the unread body's leader there, no head of
                    # the country (session 54)
                    in_title.append(covered[nxt])
                    j = covered[nxt].hi
                    continue
                if nxt in covered and covered[nxt].etype in ("Organization", "Country") and \
                        not (key in ("في", "in") and covered[nxt].eid == role_org and
                             covered[nxt].etype == "Country" and
                             _capital_of(doc.text[toks[nxt].start:
                                                  toks[covered[nxt].hi - 1].end]) == role_org):
                    # (not "أمير قطر في الدوحة": the state's capital, where the meeting was;
                    # session 55)
                    if role_org is None and key in ("في", "in") and role == "lead" and \
                            covered[nxt].etype == "Organization":
                        role = "member"  # "القائد في الحرس الثوري": a commander in the IRGC
                    elif role_org is None and key in ("في", "in") and role == "plain" and \
                            covered[nxt].etype == "Organization" and \
                            phrase.lstrip("ال").startswith(("وزير", "minister")):
                        role = "member"  # "وزير ... في حكومة الإقليم X": in its cabinet
                    j = nxt
                    continue
                if key == "the" and nxt < s.hi:
                    j = nxt
                    continue
                break
            if t.ar and j == tend and phrase in _AR_BARE_MINISTER and key.startswith("ال") and \
                    j not in covered and j + 1 < s.hi and toks[j + 1].key in L.NATIONALITY and \
                    not _may_title(t):
                j += 1  # "عقد وزير الطاقة الأميركي X اجتماعاً": the portfolio, then the
                continue  # nationality (session 69)
            if t.ar and stem in ("زعامه", "قياده", "رياسه") and j + 1 < s.hi:
                j += 1
                continue
            if t.ar and (key in L.AR_COMMON_NOUNS or stem in L.AR_COMMON_NOUNS or
                         possessed_noun(key)) and phrase not in L.AR_NAME_ONLY_TITLES and \
                    j - tend < 3 and (role in ("lead", "member", "head_state") or (
                        role == "plain" and not key.startswith("ال") and
                        j + 1 < s.hi and (toks[j + 1].key.startswith("ال") or
                                          construct_body_next_ar(covered, j + 1)))):
                j += 1  # "رئيس أركان الجيش ..."
                if not key.startswith("ال") and j < s.hi:
                    # a noun in construct takes its complement: "رئيس إقليم كوردستان X",
                    # "رئيس حكومة تصريف الأعمال X", "وزير شؤون البيشمركة X"
                    jj = j
                    j = construct_complement(doc, covered, out, si, j, s.hi)
                    if role_org is None and stem == _IQLIM and jj in covered and \
                            covered[jj].etype == "Location" and role in ("lead", "head_state") \
                            and phrase.lstrip("ال") == "رييس":
                        role_org = covered[jj].eid  # "رئيس إقليم كوردستان X"
                continue
            if j in covered and covered[j].lo == j and covered[j].etype == "Person":
                break  # a known name that starts with its rank ("Ayatollah Ali Khamenei")
            t2 = _title_at(doc, j, s.hi)
            if t2 is not None and t2[1] != "plain" and phrase in _AR_ADVISERS and \
                    key[:1] != "ل" and adv_at is None:
                # "مستشار رئيس الوزراء [العراقي للعلاقات الخارجية] X": the adviser of the
                # office, named after it (X is not the prime minister)
                adv_at = j
                j = t2[0]
                continue
            if t2 is not None and t.ar and j > k and toks[j - 1].key in AR_TO_COME:
                break  # "واستقبل رئيس الحكومة المكلف السفيرة X": an office to come is no rank
                # of the next title, two people (desc_to_come, s62)
            if t2 is not None and toks[j].key[:1] in ("ب", "ل") and governed_title(toks[j]):
                break  # "رئيس الإقليم برئيس مجلس النواب X": X's title, after بـ, not his
            if t2 is not None and t2[1] == "plain" and other_nationality_title(toks, j, t2[0],
                                                                          role_nat):
                break  # "استقبل الوزير الإيراني السفير الإماراتي X": two people (session 45)
            if t2 is not None and t2[2] in _AMBASSADORS and phrase not in _DIPLOMATS:
                break  # "استقبل رئيس الجمهورية سفير مصر X": an ambassador is no rank of a
                # president or a minister, the guest (session 47); not "المبعوث ... السفير"
            if t2 is not None and (t2[1] == "plain" or phrase == _AR_ACTING or (
                    t2[0] in covered and covered[t2[0]].lo == t2[0] and
                    covered[t2[0]].etype == "Person" and role_org is not None)):
                # a rank after the office: "... الجنرال كينيث ماكنزي"; the office someone
                # acts in: "القائم بأعمال الرئيس الإيراني X" (he holds that office's role);
                # a second title before a known name after an office with its body: "رئيس
                # مجلس الوزراء الأمير محمد بن سلمان" (the council is in the title)
                if phrase == _AR_ACTING:
                    role = t2[1]
                j = stacked_end = t2[0]  # "نائب رئيس الوزراء وزير الخارجية وشؤون المغتربين X"
                stacked = t2[2]
                continue
            break
        if adv_at is not None and j in covered and covered[j].etype == "Person":
            j = adv_at  # "مبعوث الرئيس التركي رجب طيب أردوغان": a known name is the holder's
        if role_nat is None and role == "head_state" and toks[k].ar and k - 2 >= s.lo:
            role_nat = monarch_state_ar(toks, covered, k)  # «العاهل البحريني / عاهل البحرين
            # الملك حمد»: the state of the monarch named before the royal title (s60)
        k = title_holder(w, k, tend, j, b, role, phrase, role_org, role_nat, qual, in_title,
                         appositive, vso_obj, of_the, mp)


# "the monarch" before a nationality or a state, then the royal title
_AR_MONARCH = L._ar("العاهل", "عاهل")


def monarch_state_ar(toks: list, covered: dict, k: int) -> str | None:
    """The country of «العاهل البحريني» / «عاهل البحرين» right before the royal title at *k*
    («... الملك حمد»: the known King Hamad, by ``titled_given_name``), else None."""
    c = covered.get(k - 1)
    if c is not None and c.etype == "Country" and c.hi == k and c.lo >= 1 and \
            toks[c.lo - 1].key in _AR_MONARCH:
        return c.eid
    if toks[k - 2].key in _AR_MONARCH and toks[k - 1].key in L.NATIONALITY:
        return L.NATIONALITY[toks[k - 1].key]
    return None
