"""English capitalised spans not covered by a known name, by their head word: organisations and
outlets ("Kataib Sayyid al-Shuhada Brigades", "Sepah News", "the General Intelligence
Presidency"), places ("the Salam Palace", "a blast in Kerman", "the Qiz Qalasi dam"), known people
under another spelling ("Ismail Qa'ani") and unknown multi-word names ("Ahmed Salim"). The other
bodies, outlets and places not in the gazetteer are read by ``bodies_ar`` (Arabic named bodies and
sites), ``capitals_institutions`` ("the Iraqi capital", "البرلمان العراقي", "محافظة الأنبار"),
``body_references`` ("the group's spokesman", "الحزب", "the agency") and ``body_short_forms_en``
("the KRG", "the Guards"); the tests on a run it makes (an office's portfolio, a dateline's source
...) are ``capitalised_run_tests_en``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import lexicon as L
from loaders.extract.bodies_joined_en import JOINS as _JOINS_BODY
from loaders.extract.bodies_joined_en import joined_body_end
from loaders.extract.body_short_forms_en import (
    acronym_of,
    org_short_ref,
    org_with_place,
    single_place,
)
from loaders.extract.capitalised_run_tests_en import (
    EN_FOR_OFFICE,
    EN_PORTFOLIO_TITLES,
    EN_PORTFOLIO_WORDS,
    EN_RANK_BODIES,
    EN_TOP_RANKS,
    adjective_compound,
    body_then_name,
    dateline_source,
    en_body_run,
    handed_from,
    portfolio_start,
    said_name,
    same_initial,
)
from loaders.extract.given_alike import named_new_person
from loaders.extract.given_named_before import named_before_by_given
from loaders.extract.hijri_months import hijri_month_en
from loaders.extract.mention_base import (
    _B_EN_CAP_START,
    _EN_BODY_LAST,
    _EN_NAME_HONORIFICS,
    _EN_PLACE_HEADS,
    _EN_TIME_WORDS,
    MentionWork,
    _cap_run,
    _latin_first_name,
    _positions,
    _resolve_name,
    make_mention,
)
from loaders.extract.mention_runs_en import family_honorific, title_just_before
from loaders.extract.month_dates_en import month_before_number
from loaders.extract.named_parts import part_of_named
from loaders.extract.not_person_runs_en import (
    all_capitals,
    is_service,
    never_a_name,
    spaced_style_en,
)
from loaders.extract.office_portfolio_en import office_name_start
from loaders.extract.org_alias_given_en import body_head_is_given_name
from loaders.extract.portfolio_tail_en import EN_PORTFOLIO_TAIL, portfolio_run_end_en
from loaders.extract.profile_heads_en import profile_head
from loaders.extract.respelt_latin_en import remember_respelt_latin
from loaders.extract.subject_names_en import opening_possessor, opening_subject_verb
from loaders.extract.title_spans import en_office_end
from loaders.extract.titles import (
    _title_at,
)
from loaders.textnorm import (
    core_tokens,
)

if TYPE_CHECKING:
    pass


# styles written before a church leader's name only ("Pope Leo", "Patriarch Bechara al-Rai"):
# with a name after them, a person at the start of a sentence too
_EN_CLERICAL_STYLES = frozenset({"pope", "patriarch", "cardinal", "archbishop"})
# the word that ends a ministry's first portfolio before a comma ("Minister of Foreign Affairs,")
_EN_AFFAIRS = frozenset({"affairs"})

# capitalised words that only qualify the title after them
_EN_TITLE_PREFIXES = frozenset({"acting", "interim", "caretaker", "special", "senior",
                                "personal", "outgoing", "incoming", "assistant", "principal",
                                "executive", "deputy", "vice", "chief",
                                # "the US Special Presidential Envoy ..., X" (session 67)
                                "presidential", "royal", "high"})


def _english_capitalised_spans(w: MentionWork) -> None:
    """English capitalised spans not covered yet: organisations and outlets by
    their head word ("Kataib Sayyid al-Shuhada Brigades", "Sepah News"), places ("the Salam
    Palace", "a blast in Kerman"), known people under another spelling ("Ismail Qa'ani") and
    unknown multi-word names ("Ahmed Salim")."""
    doc, si, s, toks, covered, out = w.doc, w.si, w.s, w.toks, w.covered, w.out
    # every case below starts at a capitalised word that no name covers
    caps = [x for x in _positions(doc, s.lo, s.hi, _B_EN_CAP_START)
            if x not in covered]
    ci, n_caps = 0, len(caps)
    k = s.lo
    while k < s.hi:
        while ci < n_caps and caps[ci] < k:
            ci += 1
        if ci == n_caps:
            break
        if caps[ci] > k:
            k = caps[ci]
        t = toks[k]  # (a capitalised Latin word: the _B_EN_CAP_START bit)
        if k in covered:  # (covered by this step since)
            k += 1
            continue
        # below, until a case acts (and continues), k is not covered and t is a capitalised
        # Latin word: the tests of that are left out
        if t.key in L.EN_OUTLET_HEADS and k > s.lo and (k - 1) in covered and \
                covered[k - 1].hi == k and covered[k - 1].hi - covered[k - 1].lo == 1 and \
                covered[k - 1].etype == "Organization" and toks[k - 1].cap:
            # "Sepah News": a body's name + an outlet head is the body's outlet
            org = covered[k - 1]
            if org in out:
                out.remove(org)
            surface = doc.text[toks[org.lo].start:t.end]
            me = make_mention(doc, si, org.lo, k + 1,
                          doc.new_entity("Outlet", surface, core_tokens(surface)))
            out.append(me)
            covered[org.lo] = covered[k] = me
            k += 1
            continue
        if t.key in L.EN_NOT_NAME and k > s.lo and toks[k - 1].key == "the":
            e = en_body_run(doc, covered, k, s.hi)
            if e > k:  # "the General Intelligence Presidency": a body named with a rank word
                surface = doc.text[t.start:toks[e - 1].end]
                me = make_mention(doc, si, k, e, doc.new_entity("Organization", surface,
                                                            core_tokens(surface)))
                out.append(me)
                for x in range(k, e):
                    covered[x] = me
                k = e
                continue
        if t.key in L.EN_TITLE_FIRST and (t.key in L.EN_NOT_NAME or t.key == "speaker"):
            tt = _title_at(doc, k, s.hi)
            office = en_office_end(doc, k, tt[0], s.hi) if tt is not None else k
            if tt is not None and (" " in tt[2] or office > tt[0]):
                k = office  # "Chief of Staff X", "Chief Justice X", "Commander of ... Forces X"
                continue
        said = t.text == "Said" and said_name(doc, k, s.lo, s.hi)
        if t.key in L.NATIONALITY or (
                (t.key in L.EN_NOT_NAME or t.key in L.EN_STOP) and not said and
                not family_honorific(toks, k, s.lo)):
            k += 1
            continue
        if t.key in _EN_NAME_HONORIFICS and k + 1 < s.hi and toks[k + 1].cap and \
                not toks[k + 1].punct:
            k += 1  # "Hojatoleslam Mohsen Qomi", "Sheikh Hamza ...": the honorific is no name
            continue
        if spaced_style_en(toks, k, s.hi):
            k += 2  # "H H the Amir", "H E the Prime Minister": a style, no name "H E"
            continue
        if t.key == "amir" and k + 1 < s.hi and toks[k + 1].key in _EN_NAME_HONORIFICS:
            k += 1  # "the Amir Sheikh Fahad ...": the title emir (spelt so), no first name
            continue
        tt = _title_at(doc, k, s.hi) if t.key in L.EN_TITLE_FIRST and \
            not family_honorific(toks, k, s.lo) else None
        if tt is not None and toks[_cap_run(doc, k, s.hi, s.lo) - 1].key not in _EN_BODY_LAST:
            k = tt[0]  # "Speaker Mohammed ...", "Prince Faisal ...": the title step names them
            continue  # (not "the General Intelligence Presidency", "the General Staff")
        e = _cap_run(doc, k + 1, s.hi, s.lo) if said else _cap_run(doc, k, s.hi, s.lo)
        if e > k and toks[e - 1].key in EN_PORTFOLIO_TAIL:
            k = e  # "Minister of Foreign Affairs and the National Community Abroad, X": the
            continue  # end of a Maghrebi ministry's portfolio, no person nor body (s66)
        if k - 1 > s.lo and toks[k - 1].text == "," and toks[k - 2].key in _EN_AFFAIRS:
            pe = portfolio_run_end_en(toks, k, s.hi)
            if pe is not None:  # "Minister of Foreign Affairs, African Integration and
                k = pe  # Senegalese Abroad, X": the portfolio goes on (s69)
                continue
        if k - 2 >= s.lo and toks[k - 1].key == "for" and toks[k - 2].key in EN_FOR_OFFICE \
                and not any(_latin_first_name(doc, toks[x].key) for x in range(k, e)):
            k = e  # "the Minister of State for International Cooperation": an office, no name
            continue
        b = k if toks[k - 1].key not in EN_PORTFOLIO_WORDS else portfolio_start(toks, k, s.lo)
        if b - 2 >= s.lo and toks[b - 1].key in ("of", "for") and \
                toks[b - 2].key in EN_PORTFOLIO_TITLES:
            # "Minister of Planning X", "Deputy Interior Minister for Security Affairs X",
            # "Minister of Foreign Affairs X" ("Foreign" skipped above): the portfolio belongs
            # to the title, the name follows it
            while e - k > 2 and toks[k].key in EN_PORTFOLIO_WORDS:
                k += 1
            if e > k and all(toks[x].key in EN_PORTFOLIO_WORDS for x in range(k, e)):
                k = e  # "Minister of Public Works and Transport X": a portfolio, no person
                continue  # (session 41)
        elif e - k >= 3 and toks[k].key in EN_RANK_BODIES and k - 3 >= s.lo and \
                toks[k - 1].key == "the" and toks[k - 2].key == "of" and \
                toks[k - 3].key in EN_TOP_RANKS:
            k += 1  # "General of the Army X": a rank, no body "Army X"
        k = office_name_start(doc, k, e, s.lo)  # "Secretary of Energy Jennifer Granholm"
        if e - k >= 2 and (k == s.lo or toks[k - 1].text in ("—", "–", "-", ":", '"', "“")):
            # "— Reformist Masoud Pezeshkian", "Powerful Shiite cleric ...": a capitalised
            # adjective opening the sentence is no part of a name
            while e - k >= 1 and toks[k].key.endswith(_EN_ADJ_SUFFIXES) and \
                    k not in covered and toks[k].key not in L.EN_ORG_HEADS:
                k += 1
            if k >= e:
                continue
        cov = None
        for x in range(k + 1, e):
            if x in covered:
                cov = x
                break
        if cov is not None and toks[cov - 1].key in ("of", "in") and \
                single_place(covered, cov) is not None:
            e = cov - 1  # "Patriotic Union of Kurdistan": the place is joined below
        if e <= k or not covered.keys().isdisjoint(range(k, e)):  # (in C: no generator)
            k = max(e, k + 1)
            continue
        # "Parliament Speaker Mohammed al-Halbousi": the run ends where a title begins
        cut = next((x for x in range(k + 1, e) if toks[x].key in L.EN_TITLE_FIRST and
                    toks[x].key not in _EN_NAME_HONORIFICS and
                    _title_at(doc, x, s.hi) is not None), None)
        if cut is not None:
            if cut - k == 1 and toks[k].key in L.EN_ORG_HEADS:
                k = cut  # a generic modifier ("Parliament", "Army"), not a named body
                continue
            if all(toks[x].key in _EN_TITLE_PREFIXES for x in range(k, cut)):
                k = cut  # "the Acting Special Representative of ...": words of the title,
                continue  # no person "Acting Special" (session 54)
            e = cut
        e = body_then_name(doc, k, e)  # "General Intelligence Directorate Hassan Rashad"
        lower_head = None
        if e < s.hi and e - k <= 4 and not toks[e].ar and not toks[e].cap:
            # a lower-case head after a capitalised name: "State of Law coalition", "K1 air
            # base", "Qayyarah airfield" (not "the Islamic State group": a descriptor)
            if toks[e].key in _EN_LOWER_ORG_HEADS or (
                    toks[e].key in _EN_UNIT_HEADS and not toks[e - 1].poss):
                lower_head, e = "Organization", e + 1
            elif toks[e].key in _EN_LOWER_PLACE_HEADS:
                lower_head, e = "Location", e + 1
            elif toks[e].key == "air" and e + 1 < s.hi and toks[e + 1].key == "base":
                lower_head, e = "Location", e + 2
            while lower_head == "Organization" and k - 2 >= s.lo and toks[k - 1].key == "of" \
                    and toks[k - 2].cap and not toks[k - 2].ar and (k - 2) not in covered and \
                    toks[k - 2].key not in L.EN_STOP:
                k -= 2  # "State of Law coalition"
        words = [toks[x].key for x in range(k, e) if not toks[x].punct]
        surface = doc.text[toks[k].start:toks[e - 1].end]
        etype = None
        place = bool(words) and (words[-1] in _EN_PLACE_HEADS or words[-1] in L.EN_PLACE_HEADS
                                 or len(words) > 1 and words[0] == "hotel")
        # ("at the Hotel Intercontinental": a hotel named after its noun; session 72)
        if place and len(words) < 2:
            k = e  # a bare "Palace" / "Base": no name
            continue
        if len(words) == 1 and k == s.lo and e < s.hi and lower_head is None and \
                (words[0] in L.EN_ORG_HEADS or words[0] in L.EN_MORE_ORG_HEADS) and \
                toks[e].text[:1].islower() and k not in covered and \
                org_short_ref(doc, out, words) is None:
            k = e  # "Government troops killed X": a common noun opening the sentence, no
            continue  # body named "Government" (not "Guards spokesman X" after "the
            # Revolutionary Guards": its short form; session 59)
        if lower_head is not None and any(x in covered for x in range(k, e)):
            k = e
            continue
        if lower_head is not None:
            etype = lower_head
        elif place or (len(words) >= 2 and words[0] in L.EN_PLACE_FIRST):
            etype = "Location"  # "the Salam Palace", "Ain al-Tineh": a place, never a person
        elif not (L.EN_OUTLET_HEADS.isdisjoint(words) and
                  L.EN_MORE_OUTLET_HEADS.isdisjoint(words)):  # (in C: no generator)
            etype = "Outlet"
        elif (not (L.EN_ORG_HEADS.isdisjoint(words) and L.EN_MORE_ORG_HEADS.isdisjoint(words)) or
              (len(words) >= 2 and words[-1] in _EN_BODY_LAST)) and \
                not body_head_is_given_name(doc, words):
            etype = "Organization"  # (not "Amjad Badr": a given name, no head of a body)
        elif len(words) == 2 and words[0] in L.EN_COMPASS:
            etype = "Location"  # "East Azerbaijan", "North Waziristan": a region, no person
        elif e < s.hi and toks[e].key in _EN_PLACE_NOUN_AFTER and not toks[e].cap:
            etype = "Location"  # "the Qiz Qalasi dam", "the Tarmiyah district": a place
        eid = None
        if etype is None and dateline_source(doc, k, e, s.lo, s.hi):
            etype = "Outlet"  # "BAGHDAD (Asharq Al-Awsat) -": the source of a dateline
        if etype is None and e - k == 1 and toks[k].acronym and k > s.lo and \
                toks[k - 1].key in _EN_OUTLET_NOUNS:
            etype = "Outlet"  # "the official news agency IRNA", "the daily ABC"
        if etype is None and (month_before_number(toks, k, e, s.hi) or
                              hijri_month_en(toks, k, e, s.lo)):
            k = e  # "Jun 2022:": a date opening a timeline line, no person; nor "on 12 Rabi
            continue  # al-Awwal", "Jumada Al-Akhirah"
        if etype is None:
            ctoks = core_tokens(surface)
            eid = doc.gaz.fuzzy_person(ctoks, doc.mentioned_ids() | {m.eid for m in out} if
                                       out and len(ctoks) == 1 else doc.mentioned_ids(),
                                       types=("Person",))
            remember_respelt_latin(doc, eid, ctoks)  # "Abbas al-Musawi", then "Musawi"
            if eid is not None and len(ctoks) == 1 and eid not in doc.mentioned_ids():
                # a known person the article has not named, but a new one of that name
                # it has: he ("Argentine President Milei ... Milei said")
                eid = named_new_person(doc, ctoks[0]) or eid
                # or one named in full by that first name, when the known one was only
                # spelt alike ("Gibril Ibrahim ... Gibril": no Mahmoud Jibril)
                eid = named_before_by_given(doc, ctoks[0], eid) or eid
            if eid is None and len(words) == 1 and not toks[k].acronym:
                # an acronym is matched as written only; a place or body spelled otherwise
                # keeps its first letter (Kerman is no misspelt Germany)
                eid = doc.gaz.fuzzy_person(words, doc.mentioned_ids(),
                                           types=("Organization", "Country", "Location"))
                if eid is not None and not same_initial(doc, eid, words[0]):
                    eid = None
            n_al = words.count("al") + words.count("el")
            n_name = len(words) - n_al - sum(1 for w in words if w in L.EN_NAME_LINKS) \
                if len(words) > 4 else len(words)  # ("Apollinaire Joachim Kyelem de Tambela")
            if n_name > 4:
                n_name -= sum(1 for w in words if w in ("bin", "ibn", "abu", "bint"))
            no_name = never_a_name(words)
            if eid is None and len(words) >= 2 and k > s.lo and n_name <= 4 and not no_name \
                    and words[-1] not in _EN_NOT_NAME_LAST and not adjective_compound(words) \
                    and not all_capitals(toks, k, e):  # ("IRAN WEEKLY BRIEF", "AL-ARISH, ...")
                etype = "Person"  # a multi-word proper name inside a sentence (no name
                # ends in a weekday or an event: "the Tabriz Friday prayer leader",
                # "Leader of the Islamic Revolution")
            n_core = len(words) - n_al
            if eid is None and n_core <= 3 and k - 2 >= s.lo and toks[k - 1].key == "of" and (
                    toks[k - 2].key in _EN_PLACE_HEADS or toks[k - 2].key in L.EN_PLACE_HEADS):
                etype = "Location"  # "the southeastern city of Kerman", "province of Diyala"
            al_form = n_core <= 2 and ("al" in words or "el" in words) and not (
                n_core == 2 and words[0] not in ("al", "el") and words[-1].endswith("i") and
                len(words[-1]) >= 5)  # "from Erfan al-Hiyali": a family name, no place
            if eid is None and (len(words) == 1 or al_form or (
                    n_core == 2 and not _latin_first_name(doc, words[0]))) and k > s.lo and \
                    (toks[k - 1].key in ("in", "near", "outside") or
                     al_form and toks[k - 1].key in ("of", "from") and
                     not handed_from(toks, k, s.lo) or
                     len(words) == 2 and toks[k - 1].key in _EN_VISIT_PLACE) and \
                    words[0] not in _EN_TIME_WORDS and not toks[k].acronym and \
                    (e >= s.hi or not toks[e].cap):
                etype = "Location"  # "a blast in Kerman", "clashes near Tarmiyah"
            if eid is None and len(words) >= 2 and k == s.lo and e < s.hi and not no_name and \
                    not all_capitals(toks, k, e) and (
                    toks[e].key in (L.EN_MEET | L.EN_KILL | L.EN_VISIT | L.EN_SUCCEED |
                                    {"said", "says", "told", "and", ",", "was", "has", "had"})
                    or toks[e].key == "of" and n_core == 2 and  # "Cory Mills of Florida
                    _latin_first_name(doc, words[0])  # and ...": his place (session 49)
                    or profile_head(doc, k, e, s.hi)
                    or 2 <= len(words) <= 4 and (opening_subject_verb(
                        toks, e, s.hi, words, _latin_first_name(doc, words[0])) or
                        opening_possessor(toks, e, s.hi, words, _latin_first_name(doc, words[0])))
                    or (words[0] in ("abu", "umm") or words[0] in _EN_CLERICAL_STYLES) and
                    n_core <= 3 and not toks[e].cap):
                etype = "Person"  # ("Abu Umar took over": a kunya opens the sentence;
                # "Pope Francis granted ...": a style only a person bears, whatever verb)
            if eid is None and etype is None and len(words) >= 2 and is_service(words):
                etype = "Organization"  # "the National Intelligence and Security Agency"
        if etype == "Organization" and e < s.hi and toks[e].key in _JOINS_BODY:
            e, place = joined_body_end(doc, covered, k, e, s.hi)  # "Front for Change in Chad (FC)"
            if place is not None:
                if place in out:
                    out.remove(place)
                covered.pop(place.lo, None)
            surface = doc.text[toks[k].start:toks[e - 1].end]
        if etype == "Organization":
            # "the Kurdistan Democratic Party of Masoud Barzani": the body ends before "of"
            # and a known person
            of = next((x for x in range(k + 1, e - 1) if toks[x].key == "of"), None)
            if of is not None and (_latin_first_name(doc, toks[of + 1].key) and
                                   2 <= e - of - 1 <= 5 or doc.gaz.fuzzy_person(
                    core_tokens(doc.text[toks[of + 1].start:toks[e - 1].end]),
                    doc.mentioned_ids(), types=("Person",)) is not None):
                e = of
                surface = doc.text[toks[k].start:toks[e - 1].end]
            # a known place inside a body's name: "Kurdistan Democratic Party",
            # "Patriotic Union of Kurdistan", "Islamic Resistance in Iraq"
            k, e, surface = org_with_place(doc, covered, out, k, e, s.lo, s.hi, surface)
        if e - k == 1 and family_honorific(toks, k, s.lo):
            # "Later, al-Sheikh met ...": the one person named in full with that family name,
            # known or new (the honorific alone is no name key of the document; session 45)
            eid = part_of_named(doc, [toks[k].key])
        if eid is None and e - k == 1 and toks[k].acronym and len(toks[k].text) >= 3:
            # "the KRG" after "the Kurdistan Regional Government": a body's initials
            eid = acronym_of(doc, out, toks[k].text.replace(".", ""))
        if eid is None and etype in (None, "Organization") and 1 <= len(words) <= 2:
            # "the Guards" after "the Revolutionary Guards", "Nujaba" after "Harakat
            # al-Nujaba", "the Islamic Resistance": a short form of a body named before
            short = org_short_ref(doc, out, [w for w in words if w not in ("al", "el")])
            if short is not None:
                eid = short
        if eid is None and etype is not None:
            if etype == "Person":
                # "Sheikh Ahmad Abdullah" (a style before, no apposition of its own after,
                # not "Mohammed Ahmed, a spokesman for ..."): two words may be the given and
                # father's names of one named in full (review45 #5)
                styled = k > s.lo and (
                    toks[k - 1].key in _EN_NAME_HONORIFICS or title_just_before(toks, k)) and \
                    not (e + 1 < s.hi and toks[e].text == "," and toks[e + 1].key in ("a", "an"))
                eid = _resolve_name(doc, surface, "Person", styled)
            else:
                eid = doc.new_entity(etype, surface, core_tokens(surface))
        if eid is None:
            k = e
            continue
        me = make_mention(doc, si, k, e, eid)
        out.append(me)
        for x in range(k, e):
            covered[x] = me
        k = e


_EN_WEEKDAYS = L.EN_WEEKDAYS

# last words no person's name ends in: a weekday, an event or a state ("the Islamic Revolution")
_EN_NOT_NAME_LAST = _EN_WEEKDAYS | frozenset({"revolution", "republic", "war", "uprising",
                                             "intifada", "revolt", "accord", "agreement",
                                             # a text, not a person ("the Shusha Declaration")
                                             "declaration", "treaty", "charter", "protocol",
                                             "pact", "memorandum", "communique", "accords",
                                             "agreements", "convention",
                                             # an office or a forum, not a person ("the
                                             # Special Envoy", "International Cooperation",
                                             # "the National Delegation"; session 27)
                                             "envoy", "delegation", "cooperation",
                                             "dialogue", "affairs",
                                             # a portfolio or a UN office ("Higher Education
                                             # and Scientific Research", "the Special
                                             # Rapporteur"; session 46)
                                             "research", "education", "rapporteur",
                                             # "the Minister of Foreign Affairs and the
                                             # National Community Abroad, X" (session 66)
                                             "abroad", "community", "communities"})


_EN_OUTLET_NOUNS = frozenset({"agency", "newspaper", "daily", "channel", "broadcaster",
                              "website", "outlet", "network", "tv", "television"})

_EN_ADJ_SUFFIXES = ("ist", "ists", "ful", "ite", "ites", "ive")

_EN_LOWER_ORG_HEADS = frozenset({"coalition", "alliance", "bloc", "movement", "party", "front",
                                 "brigades", "militia"})

# a unit named after a person ("the Dzhokhar Dudayev battalion", "the Aziz unit"): the unit,
# no person (not after a possessive: "Okello's unit" is his, no name)
_EN_UNIT_HEADS = frozenset({"battalion", "battalions", "regiment", "unit"})

# a lower-case place noun after a capitalised span the name of which it is ("the Qiz Qalasi
# dam"; the noun stays outside the name)
_EN_PLACE_NOUN_AFTER = frozenset({"dam", "river", "valley", "mountains", "district", "village",
                                  "town", "region", "province", "governorate", "bridge",
                                  "lake", "desert", "plain", "neighbourhood", "neighborhood"})

# verbs whose object is a place: an unknown two-word name after them whose first word is no
# usual first name is a place ("visited Qiz Qalasi")
_EN_VISIT_PLACE = frozenset({"visited", "toured"})

_EN_LOWER_PLACE_HEADS = frozenset({"airbase", "airfield", "airport", "base", "camp",
                                   "crossing", "square", "compound", "refinery",
                                   # a named residence or resort ("at the Bocharov Ruchei
                                   # residence", "the Bocharov Ruchei resort"; session 67)
                                   "residence", "resort", "retreat", "dacha"})
