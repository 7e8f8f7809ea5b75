"""English MET_WITH constructions of wire prose that the verb-object rules of ``meetings.py``
do not see. Plain functions over a ``SentenceRules`` instance ``sr`` (as
:mod:`loaders.extract.core_recall`; no import of ``relations``); ``meetings_en(sr)`` runs them
after the MET_WITH family, each only on a sentence holding its cue words. More verb frames
are in :mod:`loaders.extract.meeting_frames_en`.

- **delegations**: "received a Hamas delegation led by X", "a delegation of/from ORG
  headed by X", "a delegation ... that included X (and Y)", "A Hezbollah delegation headed
  by X held talks with Y", "Hamas sent a delegation ..., where it met Y": the partner meets
  every named member, and the body when the delegation is the body's; members never meet
  each other. The delegation is remembered for the article: "The delegation, led by Z, also
  held talks with W" later adds Z (who then met the earlier hosts too) and W.
- **hosted summits and talks**: "X joined Y for a summit hosted by Z", "X and Y held talks
  in Beijing with ..., in a process hosted by Z": host-guest pairs and the guests with each
  other; "X joined Y for talks".
- **plural anaphora**: "Z received the two leaders (at the airport) before the three held
  talks", "Both men then held talks", "The two leaders met Z": the two / three people the
  article just named (only when exactly that many were).
- "(also) saw X" with a person object ("He also saw X"), not "saw X as / off / killed".
- a definite description as the subject ("The prince, who carried a letter from King Salman
  for Salih, also met Y", "The general also met Y"): the person the last sentences gave that
  title, else the previous sentence's subject -- not the person last named, nor one inside
  the relative clause.
- a phone call in a side clause ("met Y, who had spoken to Z by phone", ", a day after a
  phone call with Z") no longer cancels the meeting of the main clause.

What is no meeting (``unreal_meeting_en``, called by ``SentenceCore.blocked``): an infinitive
("flew to Najaf to meet X", "declined / is to / agreed to meet", "to hold talks"; not "went on
to meet", "the first leader to meet"), a meeting noun sought, requested, planned, postponed,
called off or fallen through; and (``proxy_partner_en``) "met the envoy / son / adviser of X":
no meeting with X. Negation, modality, denials and phone calls block as everywhere
(``sr.blocked``, ``sr.add``).
"""

from __future__ import annotations

from operator import attrgetter
from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.core_context import apposition_tail
from loaders.extract.coreference import tied_pair
from loaders.extract.delegation_apposed_guest_en import apposed_guest_en
from loaders.extract.described_opening_en import description_start_en
from loaders.extract.description_fit import fits_title, head_word
from loaders.extract.dispatch import needs, register_triggers
from loaders.extract.meeting_alongside_en import EN_ALONGSIDE, alongside_companion_en
from loaders.extract.meeting_attended_named import EN_ATTEND_VERBS, attended_named_en
from loaders.extract.meeting_briefed_en import EN_BRIEFED, briefed_active_en, briefed_by_en
from loaders.extract.meeting_calls import EN_TALK_ONLY, call_before_en
from loaders.extract.meeting_co_chaired_en import EN_CO_CHAIRED, co_chaired_en
from loaders.extract.meeting_condolences import (
    EN_CONDOLENCES,
    condolences_en,
    condolences_received_en,
)
from loaders.extract.meeting_counterpart_side import EN_COUNTERPART, counterpart_side_en
from loaders.extract.meeting_counterparts_en import (
    EN_CONVENED,
    EN_COUNTERPARTS,
    convened_with_list_en,
    counterparts_met_en,
)
from loaders.extract.meeting_courtesy import EN_COURTESY, courtesy_en
from loaders.extract.meeting_delegation_passive_en import passive_host_en
from loaders.extract.meeting_face_en import EN_FACE, face_to_face_en, talked_face_to_face_en
from loaders.extract.meeting_frames_en import (
    _EN_ACCOMPANIED,
    _EN_ACTIVE_MEET,
    _EN_BETWEEN,
    _EN_EVENT_NOUNS,
    _EN_INCLUDING,
    _EN_OPENERS,
    _EN_PARTICIPLES,
    _EN_PASSIVE_AUX,
    _EN_PERSON_NOUNS,
    _EN_SPEECH_AFTER,
    _EN_WHOM,
    _EN_WITH_NOUNS,
    EN_BARE_PARTICIPLES,
    EN_BODY_PLURALS,
    _no_punct,
    _objects_after,
    _pair,
    accompanied_subject_en,
    among_those_met_en,
    between_and_body_en,
    brought_together_en,
    coordinated_subject,
    generic_object_including_en,
    generic_plural_body,
    hosted_between_en,
    object_then_object_en,
    opening_meeting_en,
    org_title_object_en,
    participle_clause_en,
    passive_apposed_agent_en,
    passive_then_active_en,
    place_then_object_en,
    possessed_object_en,
    speaker_partner_en,
    visit_person_en,
    with_whom_en,
)
from loaders.extract.meeting_fronted_passive_en import fronted_passive_en
from loaders.extract.meeting_generic_en import (
    EN_WELL,
    EN_WITH,
    and_in_place_with_en,
    and_with_title_en,
    as_well_as_en,
)
from loaders.extract.meeting_host import beside_event
from loaders.extract.meeting_joint_talks import joint_talks_en
from loaders.extract.meeting_looked_on_en import EN_LOOKED_ON, looked_on_en
from loaders.extract.meeting_message_handed import EN_MESSAGE, message_handed_en
from loaders.extract.meeting_multiparty_en import EN_MULTIPARTY, multiparty_en
from loaders.extract.meeting_noun_relative_en import relative_aside_close_en
from loaders.extract.meeting_noun_sides import (
    EN_HIM,
    between_pronoun_en,
    brought_people_together_en,
    pronoun_here_en,
)
from loaders.extract.meeting_phrases import (
    EN_MEALS,
    EN_PLAYED_HOST,
    EN_SHOOK,
    meal_with_en,
    paired_noun_meeting_en,
    played_host_en,
    shook_hands_en,
    whom_met_en,
)
from loaders.extract.meeting_present_more import co_joiners_en
from loaders.extract.meeting_press import (
    EN_DISCUSSED,
    EN_JOINT,
    EN_PRESS,
    discussed_with_en,
    joint_press_conference,
    pair_discussed_en,
)
from loaders.extract.meeting_reported import (
    EN_AS_DID,
    EN_VISITED,
    as_did_en,
    said_visited_him_en,
)
from loaders.extract.meeting_round_table import EN_GATHERED, round_table_en
from loaders.extract.meeting_shapes_en import opening_lead
from loaders.extract.meeting_sides_en import (
    EN_AT_SIDE,
    EN_JOINED_AT,
    EN_SIDE_INCLUDED,
    at_his_side_en,
    joined_at_meeting_en,
    side_included_en,
)
from loaders.extract.meeting_signed_en import EN_SIGNATURES, EN_SIGNED, signed_together_en
from loaders.extract.meeting_spent_en import EN_SPENT, spent_with_en
from loaders.extract.meeting_together_en import EN_TOGETHER, together_en
from loaders.extract.meeting_told import (
    EN_MEALS_TOLD,
    EN_MEETING_NOUNS,
    EN_TOLD_ALL,
    told_at_meeting_en,
)
from loaders.extract.meeting_unnamed_subject import earlier_meeting_subject_en
from loaders.extract.meeting_visited_him_en import visited_him_en
from loaders.extract.meeting_welcome_accorded_en import EN_ACCORDED, accorded_welcome_en
from loaders.extract.meeting_welcome_ceremony import EN_CEREMONY, welcome_ceremony_en
from loaders.extract.meeting_witnessed_signing import (
    EN_WITNESSED,
    presence_at_signing_en,
    witnessed_signing_en,
)
from loaders.extract.plural_refs import led_by_en, met_pair_instead
from loaders.extract.reported_scope_en import said_that_before
from loaders.extract.rule_common import EMPTY, national_members, title_start
from loaders.extract.succession_new_holder import new_holder_of

# "a Hamas team / Hamas negotiators led by X" (session 52): a delegation only with its head
_EN_LED_GROUPS = frozenset({"team", "negotiators"})
_EN_DELEGATION = frozenset({"delegation", "visitors", "guests", "envoys", "delegations"}) | \
    _EN_LED_GROUPS
# only "the visitors / the envoys": the delegation told before
_EN_VISITORS = frozenset({"visitors", "guests", "envoys"})
# "The Iraqis also met X": a plural demonym standing for the delegation of that nationality
_EN_DEMONYM_OF = {k + "s": c for k, c in L.NATIONALITY.items()
                  if k.isascii() and k.isalpha() and k.endswith(("an", "i"))}
_EN_DEMONYM_OF["turks"] = L.NATIONALITY["turkish"]
_EN_DEMONYMS = frozenset(_EN_DEMONYM_OF)
_KEY = attrgetter("key")
_EN_HOSTED = frozenset({"hosted", "co-hosted"})
_EN_PLURAL = frozenset({"two", "three", "both"})
_EN_SAW = frozenset({"saw", "seeing", "seen"})
# "after / before seeing X", "had seen X" (not "seeing X as", "was seen as"; session 62)
_EN_SEEING_AFTER = frozenset({"after", "before", "while", "since"})
_EN_PERFECT = frozenset({"had", "has", "have", "having"})
_EN_REL_START = frozenset({"who", "whose"})

# verbs taking the delegation / the two leaders as object
_EN_OBJ_VERBS = frozenset({"met", "meet", "meets", "received", "receives", "hosted", "hosts",
                           "welcomed", "welcomes", "greeted", "greets"})
# nouns after "talks/meeting ... with"
_EN_MEMBER_BY = frozenset({"led", "headed", "chaired", "comprising", "including"})
_EN_ITS_TITLE = frozenset({"its", "their", "the"})  # "led by its chief of staff, X"
_EN_MEMBER_REL = frozenset({"included", "includes", "include", "comprised", "comprises"})
_EN_NP_STOP = frozenset({"said", "says", "told", "after", "before", "when", "while", "but",
                         "and", "to", "during", "amid"})
_EN_SKIP_BACK = L.EN_WEEKDAYS | frozenset({
                           "in", "on", "at", "the", "a", "an", "last", "this", "late", "early",
                           "morning", "evening", "night", "week", "day", ",",
                           "also", "later", "then", "separately", "jointly", "warmly",
                           "of", "capital", "city", "palace", "presidential", "airport",
                           "its", "his", "her", "their", "headquarters", "office", "residence",
                           # "received in audience today the delegation" (session 38)
                           "today", "yesterday", "audience"})
_EN_PARTICIPATE = frozenset({"joined", "joining", "join", "joins", "attended", "attending",
                             "attend", "attends", "held", "holding", "hold", "holds", "took",
                             "taking", "participated", "participating", "gathered", "met",
                             "convened"})
_EN_JOIN = frozenset({"joined", "joining", "join", "joins"})
_EN_GROUP_HEADS = frozenset({"leaders", "men", "presidents", "ministers", "officials", "guests",
                             "visitors", "envoys", "commanders", "premiers", "diplomats",
                             "heads", "women", "kings", "monarchs", "generals", "figures",
                             "politicians", "statesmen", "counterparts", "sides"})
_EN_GROUP_PREDS = frozenset({"met", "held", "hold", "sat", "talked", "conferred", "discussed",
                             "huddled", "meet"})
_EN_SAW_AFTER_STOP = frozenset({"as", "was", "were", "is", "being", "fall", "take", "win", "die",
                                "lose", "become", "come", "go", "get", "off", "fit", "through",
                                "the", "a", "an", "to", "coming", "that"})
_EN_DESC_ADJ = frozenset({"visiting", "senior", "top", "veteran", "new", "former"})


def _deleg_store(sr: Any) -> list[dict]:
    """The delegations named so far in the article (latest last)."""
    store = sr.doc.state.get("_deleg_en")
    if store is None:
        store = sr.doc.state["_deleg_en"] = []
    return store


def _joined_by(sr: Any, j: int) -> None:
    """"X was joined at the meeting by Y, deputy chief of ..., and by Z" (*j*: 'joined')."""
    by = next((y for y in range(j + 1, min(sr.hi, j + 7)) if sr.key(y) == "by"), None)
    if by is None or not any(sr.key(y) in _EN_EVENT_NOUNS for y in range(j + 1, by)):
        return  # "was joined by Y" alone: not said to be a meeting
    first = sr.after(by + 1, types=("Person",), maxgap=2)
    subj = sr.subject_before(j - 1)
    if first is None or first.poss or subj is None or subj.etype != "Person" or \
            sr.blocked(j, subj):
        return
    agents = sr.chain(first, ("Person",))
    for y in range(agents[-1].hi, min(sr.hi, agents[-1].hi + 16)):
        if sr.toks[y].text in (".", ";") or (sr.mention_at.get(y) is not None and
                                             sr.mention_at[y].etype == "Person"):
            break
        if sr.key(y) == "and" and sr.key(y + 1) == "by":  # "..., and by Z"
            nxt = sr.after(y + 2, types=("Person",), maxgap=2)
            if nxt is not None and not nxt.poss:
                agents += sr.chain(nxt, ("Person",))
            break
    for a in agents:
        if a.eid != subj.eid:
            _pair(sr, subj.eid, a.eid, "joined_by_en")


# ---- delegations ---------------------------------------------------------------------------
def _delegation_np(sr: Any, d: int) -> dict:
    """The noun phrase around the 'delegation' token *d*: its start, end, whether it is
    definite ("the delegation"), its body ("a Hamas delegation", "a delegation of / from
    ORG") and its named members ("led by / headed by / including / that included X")."""
    lo = d
    orgs: list[str] = []
    pre: list[str] = []  # the bodies named before the noun ("a Hamas delegation")
    nats: set[str] = set()
    definite = False
    x = d - 1
    while x >= sr.lo and x > d - 6:
        m = sr.mention_at.get(x)
        if m is not None and m.etype == "Organization" and not m.poss:
            if not generic_plural_body(sr.toks, m):
                orgs.append(m.eid)
                pre.append(m.eid)
            x = m.lo - 1
            lo = m.lo
            continue
        t = sr.toks[x]
        if m is not None and m.poss and m.etype == "Organization":  # "the movement's"
            orgs.append(m.eid)
            pre.append(m.eid)
            lo = m.lo
            x = m.lo - 1
            continue
        if t.punct and t.text != "-":
            break
        k = t.key
        if k in ("a", "an"):
            lo = x
            break
        if k in ("the", "its", "their"):
            definite = True
            lo = x
            break
        if k in ("his", "her"):  # "received X and his delegation": X's own, told here
            lo = x
            break
        if k in L.NATIONALITY:
            nats.add(L.NATIONALITY[k])
        if t.cap or k in L.NATIONALITY or k.endswith(("-level", "ranking")) or k in (
                "high", "senior", "large", "joint", "visiting", "official", "security",
                "military", "parliamentary", "government", "economic", "ministerial",
                "political", "top", "new", "second", "first", "high-level", "-", "level",
                "judicial", "trade", "technical", "negotiating", "rival", "palestinian",
                "accompanying", "congressional", "diplomatic", "royal", "presidential"):
            lo = x
            x -= 1
            continue
        break
    members: list = []
    plural_named = None  # a body whose own name ends in a plural, after "of / from"
    led = False  # "led / headed by X": the phrase names its head
    x = d + 1
    if sr.key(x) in ("of", "from", "representing"):
        for y in range(x + 1, min(sr.hi, x + 3)):  # "a delegation of Iraqi lawmakers"
            if sr.key(y) in L.NATIONALITY:
                nats.add(L.NATIONALITY[sr.key(y)])
        org = sr.after(x + 1, types=("Organization", "Country"), maxgap=3)
        if org is not None and org.etype == "Country" and org.poss:
            # "a delegation from Iraq's Badr Organization": the body, not its country
            body = sr.after(org.hi, types=("Organization",), maxgap=0)
            org = body if body is not None else org
        if org is not None and _no_punct(sr, x + 1, org.lo):
            if org.etype == "Organization" and \
                    not generic_plural_body(sr.toks, org):
                orgs.append(org.eid)
                if sr.key(org.hi - 1) in EN_BODY_PLURALS:  # (capitalised: a body's own name
                    plural_named = org.eid  # ending in a plural, "the Rapid Support Forces": s64)
            x = org.hi
    hi = x
    groups = 0
    end = min(sr.hi, d + 28)
    while x < end and groups < 2:
        k = sr.key(x)
        tk = sr.toks[x]
        if tk.text in (".", ";", ":") or k in _EN_NP_STOP and k != "and" or (
                k in L.EN_MEET and sr.mention_at.get(x) is None and k not in (
                    "meeting",)):
            break
        start = None
        if k in ("led", "headed", "chaired") and sr.key(x + 1) == "by":
            start = x + 2
            led = True
        elif k in ("including", "comprising"):
            start = x + 1
        elif k in _EN_MEMBER_REL and (sr.key(x - 1) in ("that", "which", "who", "also", "and")
                                      or x == d + 1):  # "The delegation (also) included X"
            start = x + 1
        elif k == "among" and sr.key(x + 1) == "them":
            start = x + 2
        elif k == "made" and sr.key(x + 1) == "up" and sr.key(x + 2) == "of":
            start = x + 3
        elif k in ("composed", "consisting", "comprised") and sr.key(x + 1) == "of":
            start = x + 2  # "a delegation composed / consisting of X and Y" (session 61)
        if start is None:
            x += 1
            continue
        first = sr.after(start, types=("Person",), maxgap=6)
        f0 = title_start(first) if first else start
        if first is None or any(sr.toks[y].text in (".", ";", ",") for y in range(
                start, f0 - 1 if sr.key(start) in _EN_ITS_TITLE else f0)) or \
                sr.toks[f0 - 1].text in (".", ";"):
            # ("led by its chief of staff, X": the title's apposition)
            x += 1
            continue
        ch = sr.people_chain(first)
        ch += [m for m in apposition_tail(sr, ch[-1]) if m not in ch]  # "X, head of Y, and Z"
        members.extend(ch)
        groups += 1
        x = ch[-1].hi
        hi = x
    if led and members and plural_named is not None:
        orgs = [o for o in orgs if o != plural_named]  # "a delegation of Iraq's Popular
        # Mobilization Forces headed by X": X is the one met, as the majority annotates
    return {"lo": lo, "d": d, "hi": hi, "definite": definite, "nats": nats,
            "orgs": list(dict.fromkeys(orgs)), "members": members,
            "adjective_orgs": pre if led and members else []}


def _org_leaders_named(sr: Any, orgs: list[str], before: int) -> list[str]:
    """The people the article named (in this or the last 3 sentences, before *before*) who
    lead one of *orgs* (by their title in the article or the gazetteer)."""
    doc = sr.doc
    heads = {p for o in orgs for p, _q in doc.leaders.get(o, ())}
    heads |= {e.id for o in orgs for e in doc.gaz.leaders_of(o)}
    out: list[str] = []
    for m in reversed(doc.ments):
        if m.sent < sr.si - 3:
            break
        if m.etype == "Person" and (m.eid in heads or m.role_org in orgs) and \
                m.eid not in out and (
                m.sent < sr.si or m.lo < before):
            out.append(m.eid)
    return out[:1]


def _possessor_head(sr: Any, d: int) -> Any:
    """The person whose possessive stands right before the delegation noun at *d* ("Hayyeh's
    delegation met Y", "Araghchi's delegation held talks with Y": he heads it), else None."""
    m = sr.mention_at.get(d - 1)
    if m is None or not m.poss or m.etype != "Person" or m.hi != d or sr.key(d) != "delegation":
        return None
    return m


def _delegation_head(sr: Any, lo: int) -> Any:
    """The person heading the delegation whose phrase starts at *lo*: "X, heading / leading
    a delegation ...", "X led / headed a delegation ...", "X arrived ... at the head of a
    delegation ..."."""
    b = lo - 1
    if sr.key(b) in ("led", "headed"):  # "X led a delegation that included A to Riyadh"
        m = sr.mention_at.get(b - 1)  # (session 49)
        return m if m is not None and m.etype == "Person" and m.hi == b and not m.poss \
            else None
    if sr.key(b) in ("heading", "leading"):
        b -= 1
    elif sr.key(b) == "of" and sr.key(b - 1) == "head" and sr.key(b - 2) in ("the", "at"):
        b -= 3
        while b > sr.lo and sr.key(b) in ("the", "at"):
            b -= 1
        return sr.subject_before(b + 1)
    else:
        return None
    if sr.key(b) == ",":
        m = sr.mention_at.get(b - 1)
        return m if m is not None and m.etype == "Person" else None
    return None


def _verb_before(sr: Any, lo: int) -> int | None:
    """The meeting verb whose object starts at *lo* ("received (in Damascus on Wednesday)
    a delegation", "held talks with the delegation"), else None."""
    x = lo - 1
    while x >= sr.lo and x > lo - 12:
        k = sr.key(x)
        if k in _EN_OBJ_VERBS and sr.mention_at.get(x) is None:
            return x
        if k == "with" and any(sr.key(y) in _EN_WITH_NOUNS for y in range(x - 4, x)):
            return next(y for y in range(x - 1, x - 5, -1) if sr.key(y) in _EN_WITH_NOUNS)
        m = sr.mention_at.get(x)
        if m is not None and m.etype in ("Location", "Country"):
            x = m.lo - 1
            continue
        if m is not None or (k not in _EN_SKIP_BACK and not (sr.toks[x].cap and not
                                                             sr.toks[x].punct)):
            return None
        x -= 1
    return None


def _verb_after(sr: Any, hi: int) -> int | None:
    """The meeting verb whose subject is the delegation ending at *hi* ("The delegation,
    led by X, secretary-general of Y, also held talks with W"): the first meeting verb of
    the clause, skipping one comma-enclosed apposition; None when someone else is named
    first ("A delegation arrived, and X met Y")."""
    x = hi
    commas = 0
    while x < sr.hi and x < hi + 30:
        t = sr.toks[x]
        m = sr.mention_at.get(x)
        if m is not None and m.etype == "Person":
            return None
        if t.text in (".", ";"):
            return None
        if t.text == ",":
            commas += 1
            if commas > 2:
                return None
        k = t.key
        if sr.mention_at.get(x) is None and not t.punct and (
                k in ("met", "meets", "received", "hosted", "held", "holds", "sat")):
            return x
        if k in ("said", "told", "says", "who", "which"):
            return None
        x += 1
    return None


def _sides_delegations_led(sr: Any, d: int) -> bool:
    """"the Iranian and Turkish delegations, led by A and B": two nationalities joined by "and"
    before the plural at *d*, then ", led / headed by" (session 65: its heads are read as one
    delegation's members; any other plural "delegations" is left alone)."""
    return sr.key(d - 1) in L.NATIONALITY and sr.key(d - 2) == "and" and \
        sr.key(d - 3) in L.NATIONALITY and sr.key(d + 1) == "," and \
        sr.key(d + 2) in ("led", "headed") and sr.key(d + 3) == "by"


def delegations_en(sr: Any) -> None:
    """MET_WITH through a delegation (see the module doc)."""
    store = _deleg_store(sr)
    for d in sr.triggers(EMPTY, _EN_DELEGATION):
        if sr.toks[d].poss:
            continue  # "the delegation's report"
        if sr.key(d) in _EN_LED_GROUPS and not (sr.key(d + 1) in ("led", "headed") and
                                                sr.key(d + 2) == "by"):
            continue  # ("the negotiating team" alone: no delegation told)
        if sr.key(d) == "delegations" and not _sides_delegations_led(sr, d):
            continue  # (only "the Iranian and Turkish delegations, led by A and B": s65)
        np = _delegation_np(sr, d)
        if sr.key(d) == "delegations":  # (the phrase opens at the first nationality)
            np["lo"] = d - 4 if sr.key(d - 4) in ("the", "their") else d - 3
            np["nats"].add(L.NATIONALITY[sr.key(d - 3)])
        if sr.key(d) in _EN_VISITORS and not (np["definite"] and sr.key(d - 1) == "the"):
            continue  # "met the visitors": the delegation told before; "his guests": no
        entry = None
        if np["definite"]:  # "the delegation": the latest one of the same body
            fits = [e for e in reversed(store) if (
                not np["orgs"] or not e["orgs"] or set(np["orgs"]) & set(e["orgs"])) and
                np["nats"] <= e["nats"]]
            # ("received the delegation headed by X, who arrived alongside a delegation of
            # Oman. The delegation also included Y": the one met, not the one named in passing)
            entry = next((e for e in fits if e["members"] or e["partners"]),
                         fits[0] if fits else None)
        if entry is None:
            if np["definite"] and not (np["orgs"] or np["members"]):
                continue
            entry = {"orgs": [], "members": [], "partners": [], "nats": np["nats"]}
            store.append(entry)
            if np["definite"] and np["orgs"] and not np["members"]:
                # "received the PMF delegation" with no delegation told before: the body's
                # leader named in the last sentences heads it
                entry["members"].extend(_org_leaders_named(sr, np["orgs"], np["lo"]))
        b = np["lo"] - 1
        if sr.key(b) in ("sent", "dispatched", "sends", "dispatches"):
            sender = sr.subject_before(b)  # "Hamas sent a delegation": Hamas's delegation
            if sender is not None and sender.etype == "Organization" and \
                    sender.eid not in entry["orgs"]:
                entry["orgs"].append(sender.eid)
        head = _delegation_head(sr, np["lo"]) or _possessor_head(sr, d)  # "X, heading a
        # delegation that ...", "X's delegation met Y" (session 69)
        if head is not None and head.eid not in entry["members"]:
            np["members"].insert(0, head)
        new_members = [m.eid for m in np["members"] if m.eid not in entry["members"]]
        for o in np["orgs"]:
            if o not in entry["orgs"]:
                entry["orgs"].append(o)
        entry["members"].extend(new_members)
        partners: list = []
        ok = True
        t = _verb_before(sr, np["lo"])
        if t is None and sr.key(np["lo"] - 1) == "and":
            obj = sr.mention_at.get(np["lo"] - 2)  # "received X and his delegation, which
            if obj is None:  # "received X, <his title>, and the accompanying delegation" (s65)
                obj = apposed_guest_en(sr, np["lo"] - 2)
            if obj is not None and obj.etype == "Person":  # included Y": the verb before X
                t = _verb_before(sr, title_start(obj))
        if t is not None and sr.key(t - 1) not in _EN_PASSIVE_AUX:
            host = coordinated_subject(sr, t) or sr.subject_before(t)
            if host is not None:  # "The premier met X, and then held talks with a delegation"
                carried, first = earlier_meeting_subject_en(sr, t, host)
                host = first if carried else host
            if host is not None and host.etype in ("Person", "Organization") and \
                    host.eid not in entry["members"]:
                if sr.blocked(t, host):
                    ok = False
                else:
                    partners = [host]
                    for h in [m for m in sr.args if m.hi <= host.lo and host in sr.chain(m)]:
                        ch = sr.chain(h)
                        partners = ch[: ch.index(host) + 1]
                        break
        elif t is None and (visited := passive_host_en(sr, np["lo"])) is not None:
            # "X was visited by a delegation headed by Y": X (s57)
            if sr.blocked(visited[1], visited[0]):
                ok = False
            elif visited[0].eid not in entry["members"]:
                partners = [visited[0]]
        elif t is None:
            v = _verb_after(sr, max(np["hi"], d + 1))
            if v is not None:
                if sr.blocked(v):
                    ok = False
                elif sr.key(v - 1) in _EN_PASSIVE_AUX or (
                        sr.key(v - 1) in ("also", "later", "then") and
                        sr.key(v - 2) in _EN_PASSIVE_AUX):
                    if sr.key(v + 1) == "by" or sr.key(v + 2) == "by":
                        by = v + 1 if sr.key(v + 1) == "by" else v + 2
                        a = sr.after(by + 1, types=("Person",), maxgap=3)
                        partners = sr.people_chain(a) if a is not None else []
                else:
                    partners = _objects_after(sr, v)
        if not ok:
            continue
        side = set(entry["members"]) | set(entry["orgs"])
        partners = [p for p in partners if p.eid not in side and p.etype != "Location"]
        # the base rules took a member or the body's generic name as the object: keep only
        # what the delegation phrase says
        inside = {m.eid for m in sr.args if np["lo"] <= m.lo < max(np["hi"], d + 1)}
        drop = inside - side
        if drop and partners:
            pe = {p.eid for p in partners}
            sr.out[:] = [r for r in sr.out if not (
                r.sent == sr.si and r.type == "MET_WITH" and (
                    (r.source in pe and r.target in drop) or
                    (r.target in pe and r.source in drop)))]
        for p in partners:
            if p.eid not in entry["partners"]:
                entry["partners"].append(p.eid)
        # "received a Hamas delegation headed by X": X met, not the body named as an
        # adjective of the noun ("a delegation from Y headed by X" keeps Y)
        sides = entry["members"] + [o for o in entry["orgs"] if o not in np["adjective_orgs"]
                                    and sr.key(d) != "envoys"]  # "the envoys": people only
        # "The delegation also included Y" (no meeting verb here): the meeting told before
        # goes on, so its member pairs are this sentence's too (an attendee told next met
        # them all: "The audience was attended by Z")
        again = bool(new_members) and not partners
        for p in entry["partners"]:
            for m in sides:
                if p in (x.eid for x in partners) or m in new_members or (
                        again and m in entry["members"]):
                    _pair(sr, p, m, "delegation_en")
        if entry["partners"] and _one_side_told(sr) and not _and_verb_after(sr, np["hi"], d):
            _members_met_en(sr, entry["members"], new_members)


def _one_side_told(sr: Any) -> bool:
    """Does the sentence tell one delegation only: one delegation word and at most one
    "headed / led by", at most one member list ("including" / "included") and no "team /
    side / group" with its own list or head ("met the Hamas delegation headed by A and the
    Israeli team headed by B", "a Hamas delegation including A and a Fatah team including
    C": two sides; nor "separately")?"""
    if any(sr.key(y) in ("separately", "separate") for y in range(sr.lo, sr.hi)):
        return False  # "met separately with the delegation headed by A and with B"
    heads = sum(1 for y in range(sr.lo, sr.hi - 1)
                if sr.key(y) in ("headed", "led") and sr.key(y + 1) == "by")
    # after the review (45b): a second side with no head named ("a Hamas delegation including
    # A and B and a Fatah team including C"): a second member list, or a team / side / group
    # word with its own list or head
    lists = sum(1 for y in range(sr.lo, sr.hi) if sr.key(y) in _MEMBER_LIST)
    sides = any(sr.key(y) in _SIDE_WORDS and any(
        sr.key(z) in _MEMBER_LIST or sr.key(z) in ("headed", "led")
        for z in range(y + 1, min(sr.hi, y + 3))) for y in range(sr.lo, sr.hi))
    return heads <= 1 and lists <= 1 and not sides and len(
        sr.triggers(EMPTY, _EN_DELEGATION)) == 1


_MEMBER_LIST = frozenset({"including", "included", "includes", "include", "comprising",
                          "comprised"})
_SIDE_WORDS = frozenset({"team", "side", "group", "mission"})


def _and_verb_after(sr: Any, hi: int, d: int) -> bool:
    """Is the delegation's meeting a verb coordinated after it ("arrived at the head of a
    delegation that included A, and met Y": the subject's own second verb, which the meeting
    checks read with the head alone)?"""
    v = _verb_after(sr, max(hi, d + 1))
    return v is not None and sr.key(v - 1) == "and"


def _members_met_en(sr: Any, members: list[str], new_members: list[str]) -> None:
    """"X, leading a delegation that included A and B, ... met Y" / "a delegation led by X and
    including A held talks with Y" / "The delegation included A": the members named here sat
    with the delegation's other people at its meeting (the newest dev writers pair them: JG,
    KN, LB, LE; older gold is split: AL, AZ, EW do not). People only, once the delegation
    has met someone, and only when the sentence tells one delegation (``_one_side_told``)."""
    people = [m for m in members if m.startswith("person:")]
    met = {x for r in sr.out if r.type == "MET_WITH" for x in (r.source, r.target)}
    for a in new_members:
        if not a.startswith("person:") or a not in met:
            continue  # (a member the meeting rules have not paired with its partner yet)
        for b in people:
            if b != a:
                _pair(sr, a, b, "delegation_members_en")


def demonym_delegation_en(sr: Any) -> None:
    """"(A delegation of Iraqi lawmakers led by X ...). The Iraqis also met Y and Z": the
    members of the latest delegation of that nationality met Y and Z."""
    for d in range(sr.lo + 1, sr.hi - 1):
        if sr.toks[d].key not in _EN_DEMONYMS or sr.key(d - 1) != "the" or sr.toks[d].poss:
            continue
        v = d + 1
        while sr.key(v) in ("also", "later", "then", "separately", "subsequently"):
            v += 1
        if sr.key(v) not in _EN_OBJ_VERBS and sr.key(v) != "held":
            continue
        nat = _EN_DEMONYM_OF[sr.key(d)]
        entry = next((e for e in reversed(_deleg_store(sr)) if nat in e["nats"] and
                      e["members"]), None)
        if entry is None or sr.blocked(v):
            continue
        for o in _objects_after(sr, v):
            if o.etype == "Person" and o.eid not in entry["members"]:
                for m in entry["members"]:
                    _pair(sr, m, o.eid, "demonym_delegation_en")


def national_delegation_met_en(sr: Any) -> None:
    """"(Aoun received Iranian speaker X and Foreign Minister Y.) The Iranian delegation also
    met Z" (session 14; the Arabic is ``meetings_ar._national_delegation``): with no delegation
    told before, the people of that nationality named in this or the previous sentence (one
    to four) met Z; Z of another country."""
    for d in range(sr.lo + 2, sr.hi - 1):
        if sr.key(d) != "delegation" or sr.key(d - 2) != "the" or \
                sr.key(d - 1) not in L.NATIONALITY:
            continue
        nat = L.NATIONALITY[sr.key(d - 1)]
        if any(nat in e["nats"] and e["members"] for e in _deleg_store(sr)):
            continue  # a delegation told before: delegations_en reads it
        v = d + 1
        while sr.key(v) in ("also", "later", "then", "separately", "subsequently"):
            v += 1
        if sr.key(v) not in _EN_OBJ_VERBS and sr.key(v) != "held" or sr.blocked(v):
            continue
        objs = [o for o in _objects_after(sr, v)
                if o.etype == "Person" and sr.doc.country_of(o.eid) != nat]
        members = national_members(sr, d, nat)
        if not objs or not 1 <= len(members) <= 4:
            continue
        for m in members:
            for o in objs:
                _pair(sr, m, o.eid, "national_delegation_en")


# ---- hosted summits / talks ---------------------------------------------------------------
def hosted_event_en(sr: Any) -> None:
    """"X joined Y for a summit hosted by Z", "X and Y held talks in Beijing hosted by Z"."""
    for t in sr.triggers(EMPTY, _EN_HOSTED):
        if sr.key(t + 1) != "by":
            continue
        h = sr.after(t + 2, types=("Person",), maxgap=4)
        if h is None or not _no_punct(sr, t + 2, h.lo) or h.poss:
            continue
        hosts = sr.people_chain(h)
        noun = None
        for x in range(t - 1, max(sr.lo, t - 9) - 1, -1):
            if sr.key(x) in _EN_EVENT_NOUNS:
                noun = x
                break
        if noun is None:
            continue
        pred = None
        for x in range(noun - 1, max(sr.lo, noun - 20) - 1, -1):
            if sr.key(x) in _EN_PARTICIPATE and sr.mention_at.get(x) is None:
                pred = x
                break
            if sr.toks[x].text in (".", ";"):
                break
        if pred is None:
            continue
        if beside_event(sr, noun, pred + 1):
            continue  # talks on the sidelines of the hosted summit: not with its host
        subj = sr.subject_before(pred)
        if subj is None or subj.etype != "Person" or sr.blocked(pred, subj) or \
                sr.blocked(t):
            continue
        guests = [subj]
        for m in sr.args:
            if m.hi <= subj.lo and subj in sr.chain(m):
                ch = sr.chain(m)
                guests = [c for c in ch[: ch.index(subj) + 1] if c.etype == "Person"]
                break
        if sr.key(pred) in _EN_JOIN:
            o = sr.after(pred + 1, types=("Person",), maxgap=5)
            if o is not None and o.hi <= noun and not o.poss:
                guests += [c for c in sr.people_chain(o) if c.hi <= noun]
        else:  # "held talks in Beijing with Y, in a process hosted by Z": Y too
            w = next((y for y in range(pred + 1, noun) if sr.key(y) == "with"), None)
            o = sr.after(w + 1, types=("Person",), maxgap=5) if w is not None else None
            if o is not None and o.hi <= noun and not o.poss and sr._close_object(w, o):
                guests += [c for c in sr.people_chain(o) if c.hi <= noun]
        ids = list(dict.fromkeys(g.eid for g in guests))
        hid = [x.eid for x in hosts]
        for a in ids:
            for b in hid:
                _pair(sr, a, b, "hosted_event_en")
        for i in range(len(ids)):
            for j in range(i + 1, len(ids)):
                _pair(sr, ids[i], ids[j], "hosted_event_en")


def joined_for_talks_en(sr: Any) -> None:
    """"X joined Y for talks / a summit / dinner (in Baghdad)": X met Y; passive "X was joined
    at the meeting / for the talks by Y (, ..., and by Z)": X met Y and Z."""
    for j in sr.triggers(EMPTY, _EN_JOIN):
        if sr.key(j) == "joined" and sr.key(j - 1) in ("was", "were", "is", "are", "been"):
            _joined_by(sr, j)
            continue
        o = sr.after(j + 1, types=("Person",), maxgap=5)
        if o is None or o.poss or not sr._close_object(j, o):
            continue
        ch = sr.people_chain(o)
        x = ch[-1].hi
        if sr.key(x) not in ("for", "at", "in"):
            continue
        if not any(sr.key(y) in _EN_EVENT_NOUNS for y in range(x + 1, min(sr.hi, x + 6))):
            continue
        subj = sr.subject_before(j)
        if subj is None or subj.etype != "Person" or sr.blocked(j, subj):
            continue
        for c in ch:
            _pair(sr, subj.eid, c.eid, "joined_for_talks_en")
        co_joiners_en(sr, subj, x)  # "A and B joined Y for talks": A-B (meeting_present_more)


# ---- "the two leaders", "the three", "both men" ------------------------------------------------
def _recent_people(sr: Any, before: int, exclude: set[str]) -> list[str]:
    """Distinct people named in the previous sentence and in this one before *before*, in
    order (not those inside titles or possessives)."""
    out: list[str] = []
    for si in (sr.si - 1, sr.si):
        if si < 0:
            continue
        for m in sorted(sr.doc.by_sent.get(si, ()), key=lambda m: m.lo):
            if m.etype != "Person" or m.in_title or (si == sr.si and m.hi > before):
                continue
            if m.poss or m.eid in exclude or m.eid in out:
                continue
            out.append(m.eid)
    return out


_EN_HEADS_OF = frozenset({"state", "government", "staff", "delegation", "delegations"})


# ("The two men had first / last / previously met ...": session 69, a meeting told earlier)
_EN_PRED_ADVERBS = frozenset({"then", "also", "later", "have", "had", "subsequently",
                              "briefly", "jointly", "reportedly", "did", "has", "first", "last",
                              "previously", "recently", "finally", "already", "earlier",
                              "again", "once", "secretly", "privately", "eventually"})


def _past_adverbs(sr: Any, y: int) -> int:
    """The first token from *y* on that is not an adverb or auxiliary before a predicate."""
    while y < sr.hi and sr.key(y) in _EN_PRED_ADVERBS:
        y += 1
    return y


def _met_someone_after(sr: Any, p: int) -> bool:
    """Does a mention follow "met" at *p* (within three tokens) that is no place after "in /
    at" ("The two ministers met in Ankara": a place, read as Turkey, where they met each
    other)?"""
    first = sr.after(p + 1, maxgap=3)
    while first is not None and first.etype in ("Country", "Location") and \
            sr.key(title_start(first) - 1) in ("in", "at"):
        first = sr.after(first.hi, maxgap=3)
    return first is not None


def plural_anaphora_en(sr: Any) -> None:
    """"Z received the two leaders ... before the three held talks", "Both men held talks"."""
    group: list[str] = []
    for x in sr.triggers(EMPTY, _EN_PLURAL):
        k = sr.key(x)
        if k == "both":
            n, y = 2, x + 1
            if sr.key(y) not in _EN_GROUP_HEADS:
                continue
        else:
            if sr.key(x - 1) != "the":
                continue
            n, y = (2 if k == "two" else 3), x + 1
        if sr.key(y) in _EN_GROUP_HEADS:
            if y >= sr.hi or sr.toks[y].poss or sr.key(y + 1) in ("'", "’"):
                continue  # "the two leaders' envoys"
            y += 1
            if sr.key(y) == "of" and sr.key(y + 1) in _EN_HEADS_OF:
                y += 2  # "The two heads of state held a one-on-one meeting" (session 23)
        elif k == "both" or sr.key(_past_adverbs(sr, y)) not in _EN_GROUP_PREDS and \
                not talked_face_to_face_en(sr, _past_adverbs(sr, y)):
            continue  # ("The two (then) met for an hour": session 64, the adverb)
        det = x - 1 if k != "both" else x
        if sr.mention_at.get(y) is not None:
            continue
        # object of a meeting verb
        v = det - 1
        while v > sr.lo and sr.key(v) in ("also", "then", "later", "warmly", "separately"):
            v -= 1
        if v >= sr.lo and sr.key(v) in _EN_OBJ_VERBS and sr.key(v - 1) not in _EN_PASSIVE_AUX:
            host = sr.subject_before(v)
            if host is None or host.etype != "Person" or sr.blocked(v, host):
                continue
            ppl = _recent_people(sr, det, {host.eid})
            if len(ppl) != n:
                continue
            for p in ppl:
                _pair(sr, host.eid, p, "plural_object_en")
            group = [host.eid] + ppl
            continue
        # subject of a meeting predicate
        p = _past_adverbs(sr, y)  # ("The two leaders did meet, however, in Munich": "did
        # not meet" stops at "not")
        face = talked_face_to_face_en(sr, p)  # "the two men spoke face-to-face" (s68)
        if sr.key(p) not in _EN_GROUP_PREDS and not face or sr.blocked(p):
            continue
        if sr.key(p) == "sat" and sr.key(p + 1) != "down" and not face:
            continue
        if sr.key(p) in ("met", "meet") and _met_someone_after(sr, p):
            # "the two leaders (later) met X": each met X, not each other
            objs = _objects_after(sr, p)
            ppl = group if len(group) == n else _recent_people(sr, det, {o.eid for o in objs})
            if objs and len(ppl) == n:
                for a in ppl:
                    for o in objs:
                        _pair(sr, a, o.eid, "plural_subject_en")
            continue
        if sr.key(p) in ("held", "hold") and sr.key(p + 1) not in ("talks", "a", "an",
                                                                   "discussions", "meetings"):
            continue
        if any(sr.key(z) == "with" for z in range(p + 1, min(sr.hi, p + 4))):
            continue
        if (sr.key(p) in EN_TALK_ONLY or sr.key(p) in ("held", "hold")) and call_before_en(sr):
            continue  # "X phoned Y. The two men discussed / held talks on ...": the call
            # (meeting_calls.py)
        ppl = group if len(group) == n else _recent_people(sr, det, set())
        heads = [p for p in ppl if any(m.eid == p and led_by_en(sr, m) for m in
                                       sr.doc.by_sent.get(sr.si - 1, ()))] if not group else []
        if len(heads) == n:  # "The Saudi delegation was led by A, while the Iranian team was
            ppl = heads  # headed by B, acting on behalf of C. The two men met": the sides'
            # heads, not C nor a pair that met earlier in the piece (session 65)
        elif n == 2 and not group:
            ppl = met_pair_instead(sr, det, ppl)
        if len(ppl) != n:
            continue
        for i in range(n):
            for j in range(i + 1, n):
                _pair(sr, ppl[i], ppl[j], "plural_subject_en")


# ---- "He also saw X" ----------------------------------------------------------------------------
def saw_person_en(sr: Any) -> None:
    """"(He) also saw X": a meeting with a named person right after 'saw'; also "after /
    before seeing X" and "had seen X" (session 62)."""
    for t in sr.triggers(EMPTY, _EN_SAW):
        k = sr.key(t)
        if k == "seeing" and sr.key(t - 1) not in _EN_SEEING_AFTER or \
                k == "seen" and sr.key(t - 1) not in _EN_PERFECT:
            continue
        o = sr.after(t + 1, types=("Person",), maxgap=2)
        if o is None or o.poss or o.kind != "name" or not _no_punct(sr, t + 1, o.lo):
            continue
        ch = sr.people_chain(o)
        nxt = sr.key(ch[-1].hi)
        if nxt in _EN_SAW_AFTER_STOP or nxt.endswith(("ing", "ed")) or nxt in L.EN_KILL:
            continue
        subj = sr.subject_before(t - 1 if k == "seeing" else t)
        if k == "seeing" and t - 1 == sr.lo:  # "After seeing X in Ankara, S flew to ...": S
            comma = next((y for y in range(ch[-1].hi, sr.hi) if sr.toks[y].text == ","), None)
            subj = sr.after(comma + 1, types=("Person",), maxgap=2) if comma else None
        if subj is None or subj.etype != "Person" or sr.blocked(t, subj):
            continue
        for c in ch:
            _pair(sr, subj.eid, c.eid, "saw_en")


# ---- "The prince(, who ...,) also met Y" ------------------------------------------------------
def _titled(sr: Any, noun: str, before: int, back: int = 2, current: bool = True) -> list[str]:
    """People named in this sentence before token *before* (unless not *current*) or in the
    last *back* sentences whose title phrase holds *noun* ("Saudi Foreign Minister Prince
    Faisal" for "the prince"; with no title, the name's first word: "King Abdullah II"),
    latest first: not the people met ("The minister then met
    Prime Minister X")."""
    out: list[str] = []
    toks = sr.doc.toks
    for si in range(sr.si if current else sr.si - 1, max(-1, sr.si - back - 1), -1):
        for m in sorted(sr.doc.by_sent.get(si, ()), key=lambda m: -m.lo):
            if m.etype != "Person" or m.kind != "name" or \
                    (si == sr.si and (m.lo <= sr.lo + 1 or m.lo >= before)):
                continue
            # (or a title the name holds: "Jordan's King Abdullah II" for "the king", s57)
            span = range(m.tlo, m.lo) if 0 <= m.tlo < m.lo else range(m.lo, m.lo + 1)
            if any(toks[y].key == noun for y in span) and m.eid not in out:
                out.append(m.eid)
    return out


def described_subject_en(sr: Any, lo: int | None = None) -> None:
    """A definite description opening the sentence as the subject of a meeting verb ("The
    prince, who carried a letter from King Salman for Salih, also met Y"): the person the
    last sentences gave that title, else the previous sentence's subject -- not the person
    last named, nor one inside the relative clause. *lo*: its "the" (past an opening
    adverbial: ``described_opening_en``), else the sentence's first word."""
    lo = sr.lo if lo is None else lo
    if sr.key(lo) != "the":
        return
    x = lo + 1
    while x < lo + 3 and sr.key(x) in _EN_DESC_ADJ:
        x += 1
    noun = sr.key(x)
    if noun not in _EN_PERSON_NOUNS or (sr.mention_at.get(x) is not None and
                                        sr.mention_at[x].kind != "desc"):
        return
    x += 1
    inner: set[str] = set()
    v = x
    if x >= sr.hi:
        return
    if sr.toks[x].text == ",":
        if sr.key(x + 1) not in _EN_REL_START:
            return
        close = next((y for y in range(x + 2, min(sr.hi, x + 30))
                      if sr.toks[y].text == ","), None)
        if close is None:
            return
        inner = {m.eid for m in sr.args if x < m.lo < close}
        v = close + 1
    while v < sr.hi and sr.key(v) in ("also", "later", "then", "separately", "first"):
        v += 1
    if not (sr.f(v) & L.EN_MEET) or sr.key(v) in ("meeting", "meetings", "talks"):
        return
    if sr.key(v) == "sat" and sr.key(v + 1) != "down":
        return
    desc = sr.mention_at.get(x - 1)
    said = desc.eid if desc is not None and desc.kind == "desc" else None
    # (else the one the article gave that title before: "U.S. envoy X ...", three
    # sentences with other people, "The envoy also met Y")
    titled = _titled(sr, noun, v) or _titled(sr, noun, v, back=sr.si, current=False)
    if said is not None and any(sr.key(y) == "visiting" for y in range(lo + 1, x)):
        return  # "The visiting minister": the guest received before (desc_guest_word, s52)
    if said is not None and (said in titled or desc.qual in ("new", "old")):
        return  # the light coreference found the titled person (or the incoming / outgoing
        # holder of a replacement told: "The new premier", session 23): the base rules are right
    if len(titled) > 1 and tied_pair(sr.doc, titled, lo):
        return  # "Ministers A and B arrived. The minister met C": either (session 21)
    ref = titled[0] if len(titled) == 1 else sr._subject_antecedent(lo)
    if ref is not None and any(sr.key(y) == "new" for y in range(lo + 1, x)):
        ref = new_holder_of(sr.doc, sr.si, lo, ref)  # "The new premier": never the outgoing
    if ref is None or ref == said or sr.blocked(v):
        return
    if not titled and not fits_title(sr.doc, ref, head_word(sr.doc, lo, x)):
        return  # "The envoy later met Y" after a foreign minister's sentence (session 16)
    objs = _objects_after(sr, v)
    wrong = inner | ({said} if said else set())
    oe = {o.eid for o in objs}
    sr.out[:] = [r for r in sr.out if not (
        r.sent == sr.si and r.type == "MET_WITH" and (
            (r.source in wrong and r.target in oe) or (r.target in wrong and r.source in oe)))]
    for o in objs:
        if o.eid != ref and o.eid not in inner:
            _pair(sr, ref, o.eid, "described_subject_en")


# ---- a phone call in a side clause does not cancel the meeting of the main clause -------------
_EN_REMOTE_WORDS = frozenset({"phone", "telephone", "videoconference", "teleconference",
                              "phone-call", "videolink", "video", "virtual", "virtually"})
_EN_SIDE_OPENERS = frozenset({"who", "which", "whom", "after", "before", "while", "following",
                              "having", "days", "hours", "day", "weeks", "a", "one", "two",
                              "shortly", "just", "where"})
_EN_RESCUE_VERBS = frozenset({"met", "meets", "received", "hosted", "welcomed", "greeted",
                              "talks"})


def _side_clause(sr: Any, c: int) -> tuple[int, int] | None:
    """The comma-delimited side clause holding the remote-contact word at *c* ("Sudani met
    Y, who had spoken to Z by phone", "X met Y on Sunday, a day after a phone call with Z"),
    or None when the call is the sentence's main clause or opens it."""
    left = next((y for y in range(c - 1, sr.lo - 1, -1) if sr.toks[y].text in (",", ";")),
                None)
    if left is None or sr.key(left + 1) not in _EN_SIDE_OPENERS:
        return None
    right = next((y for y in range(c + 1, sr.hi) if sr.toks[y].text in (",", ";", ".")),
                 sr.hi)
    return left, right


def phone_side_clause_en(sr: Any) -> None:
    """The sentence names a phone or video call, which makes ``sr.add`` drop every meeting of
    it; when the call sits in a side clause, draw the meetings of the main clause again."""
    cues = [x for x in sr.triggers(EMPTY, _EN_REMOTE_WORDS)]
    if not cues or not getattr(sr, "_remote", None):
        return
    spans = []
    for c in cues:
        sp = _side_clause(sr, c)
        if sp is None:
            return
        spans.append(sp)
    verbs = [t for t in sr.triggers(EMPTY, _EN_RESCUE_VERBS)
             if not any(a <= t < b for a, b in spans)]
    if not verbs:
        return
    n0 = len(sr.out)
    sr._remote = False
    try:
        for t in verbs:
            if sr.key(t) == "talks" and not any(sr.key(y) == "with"
                                                for y in range(t + 1, t + 4)):
                continue
            if sr.key(t - 1) in _EN_PASSIVE_AUX:
                sr.met_passive(t)
            else:
                sr._met_svo(t)
    finally:
        sr._remote = True
    inside = {m.eid for m in sr.args if any(a <= m.lo < b for a, b in spans)}
    outside = {m.eid for m in sr.args if not any(a <= m.lo < b for a, b in spans)}
    only_inside = inside - outside
    sr.out[n0:] = [r for r in sr.out[n0:] if not (
        r.type == "MET_WITH" and (r.source in only_inside or r.target in only_inside))]


# ---- not a meeting that took place -------------------------------------------------------------
_EN_MEET_INF = frozenset({"meet", "see", "hold", "receive", "host", "sit", "talk", "welcome",
                          "confer", "join"})
_EN_INF_ADV = frozenset({"also", "personally", "briefly", "again", "secretly", "formally"})
_EN_MEET_NOUN_SET = frozenset({"meeting", "meetings", "talks", "summit", "session",
                               "encounter"})
_EN_CALLED_OFF = frozenset({"postponed", "cancelled", "canceled", "scrapped", "delayed",
                            "shelved", "suspended", "dropped", "aborted", "deferred"})
_EN_PLANNED_AFTER = frozenset({"planned", "scheduled", "expected", "slated", "due", "will",
                               "would", "mooted", "proposed", "likely", "unlikely", "possible",
                               "imminent", "could", "may", "might",
                               "awaited"})  # "a meeting between X and Y is still awaited" (s68)
_EN_WANTED_NOUN = frozenset({"sought", "seeking", "seek", "seeks", "requested", "requesting",
                             "request", "asked", "proposed", "potential", "possible",
                             "prospective", "likely", "awaited", "mooted", "anticipated",
                             "upcoming", "planned", "scheduled", "expected", "hoped"})
_EN_CLAUSE_END = frozenset({".", ";", "but", "while", "although", "though", "after",
                            "before", "whereas"})


_EN_UNREAL_MODALS = frozenset({"would", "could", "should", "might", "may"})
_EN_BE_PAST = frozenset({"was", "were", "is", "are"})
_EN_DUE_TO = frozenset({"due", "scheduled", "supposed", "expected", "set", "meant", "slated"})


def unreal_perfect_en(sr: Any, y: int) -> bool:
    """The word at *y* before "have <meeting verb>" makes the meeting unreal: a modal ("would
    have met X", "might have hosted him") or a plan that fell through ("was to have met X",
    "had been due to have talks"); not a report ("is said / believed to have met X")."""
    ky = sr.key(y)
    if ky in _EN_UNREAL_MODALS:
        return True
    return ky == "to" and y - 1 >= sr.lo and (
        sr.key(y - 1) in _EN_BE_PAST or sr.key(y - 1) in _EN_DUE_TO)


# an auxiliary after "and": a new clause of the same subject, not a second list member
_EN_AND_AUX = frozenset({"is", "was", "are", "were", "will", "would", "has", "have", "had"})


def unreal_meeting_en(sr: Any, k: int) -> bool:
    """The English meeting word at *k* states no meeting that took place: an infinitive
    ("flew to Najaf to meet X", "declined / is to / agreed to meet X"; not "went on to meet",
    "the first leader to meet"), or a meeting noun sought, proposed or called off ("sought a
    meeting with X", "a meeting between X and Y, scheduled for Monday, was postponed")."""
    t = sr.toks[k]
    if t.ar:
        return False
    key = t.key
    toks, hi = sr.toks, sr.hi
    ks = sr._key_set  # (= sr.key_set(), without the call once made)
    if "whether" in (ks if ks is not None else sr.key_set()):  # (the scan reads keys inside
        # the sentence: none else)
        for y in range(k - 1, max(sr.lo, k - 8) - 1, -1):
            ky = toks[y].key if y < hi else ""  # = sr.key(y) (y >= lo here), without a call
            if ky in (",", ";", ".", "and", "but"):
                break
            if ky == "whether":
                return True  # "would not say whether X had met Y": not asserted
    if (toks[k - 1].key if sr.lo <= k - 1 < hi else "") == "have" and k - 2 >= sr.lo and \
            unreal_perfect_en(sr, k - 2):  # (= sr.key(k - 1), without the call)
        return True  # "was to have met X", "would have met X": it did not take place
    if key in _EN_MEET_INF:
        b = k - 1
        while b > sr.lo and sr.key(b) in _EN_INF_ADV:
            b -= 1
        if sr.key(b) != "to":
            return False
        if sr.key(b - 1) in ("on", "used") or any(
                sr.key(y) in ("first", "last", "only") for y in range(max(sr.lo, b - 5), b)):
            return False  # "went on to meet", "the first Arab leader to meet X"
        return True
    if key not in _EN_MEET_NOUN_SET:
        return False
    v = k - 1
    while v > sr.lo and sr.key(v) in ("a", "an", "new", "direct", "further", "more",
                                       "separate", "formal", "face-to-face", "first"):
        v -= 1
    if sr.key(v) in ("hold", "have", "conduct", "start", "begin", "resume", "attend") and \
            sr.key(v - 1) == "to" and sr.key(v - 2) not in ("on", "used"):
        return True  # "agreed to hold talks with X", "are to hold a meeting"
    if any(sr.key(y) in _EN_WANTED_NOUN and (sr.key(y), sr.key(y + 1)) != ("asked", "about") and
           not (sr.key(y) == "awaited" and sr.key(y - 1) in ("long", "-"))
           for y in range(max(sr.lo, k - 4), k)):  # (not "the long-awaited meeting": s68)
        return True  # (not "Asked about his meeting with X": a question on one held, s55)
    if sr.key(k + 1) != "between" and any(
            sr.key(y) in ("present", "presence") and sr.key(y + 1) in ("at", "in", "during", "of")
            for y in range(max(sr.lo, k - 4), k)):
        return True  # "Y was present at the meeting with X": only present
    comma = False
    lo = sr.lo
    # 13 words on; after "between" a name counts as one word (session 54: "A meeting between
    # Iranian President Masoud Pezeshkian and Saudi Crown Prince Mohammed bin Salman is planned")
    end = k + 14
    if k + 1 < sr.hi and toks[k + 1].key == "between":
        for m in sr.args:  # (in token order)
            if k < m.lo < end:
                end += m.hi - m.lo - 1  # (a name's words but its last)
    elif k + 1 < sr.hi and toks[k + 1].key == "with":  # "a meeting with the Secretary-General
        y = k + 2  # of the Arab League, Ahmed Aboul Gheit, was scheduled" (session 55)
        while y < min(sr.hi, end):
            m = sr.mention_at.get(y)
            if m is not None and m.lo == y:
                end += m.hi - m.lo - 1  # (a name's words but its last)
                y = m.hi
            else:
                end += toks[y].text == "-"  # ("Secretary-General": one word)
                y += 1
    y = k
    while y + 1 < min(sr.hi, end):
        y += 1
        ky = toks[y].key if y >= lo else ""  # = sr.key(y) (y < hi), without a call
        if ky == ",":
            close = relative_aside_close_en(sr, y)
            if close is not None:  # "a meeting between X and Y, whose movement won, was not
                end += close - y  # expected": the aside's words are not counted (s67)
                y = close
                continue
        if ky in _EN_CLAUSE_END or (ky == "and" and (
                sr.mention_at.get(y - 1) is None or sr.mention_at[y - 1].etype == "Location" or
                sr.key(y + 1) in _EN_AND_AUX)):  # "with Y and is expected to return": a clause
            break  # (not "between X and Y"; "with X in Baghdad and warned ...": a new clause)
        comma = comma or ky == ","
        if ky == "that" and said_that_before(sr, k):
            break  # "X said after talks with Y that Estonia would ...": the report's modal
        if ky in _EN_CALLED_OFF or (ky in _EN_PLANNED_AFTER and (
                not comma or _predicate_after_apposition(sr, k, y))) or (
                ky == "called" and sr.key(y + 1) == "off") or (
                ky in ("fell", "falls") and sr.key(y + 1) == "through"):
            return True
    return False


_EN_FUTURE_MODALS = frozenset({"will", "would", "could", "may", "might"})


def _predicate_after_apposition(sr: Any, k: int, y: int) -> bool:
    """Is the planning word at *y* the predicate of the meeting noun at *k*, told after an
    apposition ("a meeting with the Secretary-General, X, was scheduled for Thursday"): "is /
    was" right before it, no relative pronoun or verb of its own between (not "X, which was
    scheduled for Monday, took place")? Also a modal right after the comma and a noun opening
    the sentence ("Talks between X and the adviser, Y, will be held next month"; s57)."""
    if not ((sr.key(y - 1) in _EN_BE_PAST and sr.key(y - 2) == ",") or (
            sr.key(y - 1) == "," and sr.key(y) in _EN_FUTURE_MODALS)) or (
            k > sr.lo and sr.key(k - 1) not in ("a", "the", "his", "her", "their", "its")):
        return False  # (not "X, who had held talks with Y, was due to travel": X's predicate)
    return not any(sr.key(z) in ("which", "that", "who", "originally", "initially")
                   for z in range(max(sr.lo, k - 6), y))


# ---- "met the envoy of X": not X -----------------------------------------------------------------
_EN_PROXY_NOUNS = frozenset({"envoy", "envoys", "representative", "representatives", "adviser",
                             "advisers", "advisor", "advisors", "son", "sons", "brother",
                             "aide", "aides", "emissary", "messenger", "wife", "daughter",
                             "nephew", "cousin", "relatives", "family", "bodyguards", "lawyer",
                             "lawyers"})


def _own_post(sr: Any, m: Any, noun: str) -> bool:
    """Does the gazetteer title the named person *m* with *noun* ("envoy") himself?"""
    e = sr.doc.gaz.get(m.eid) if m.kind == "name" else None
    return e is not None and any(noun in t.lower().split() for t in e.titles or ())


def _proxied(sr: Any, m: Any) -> bool:
    """Is the person named as the one whose envoy / son / adviser ... is meant ("the envoy
    of (President) X", also when the title phrase holds it)?"""
    if m.kind == "desc" and sr.key(m.hi - 1) in _EN_PROXY_NOUNS and sr.key(m.hi) == "of":
        return True  # "the envoy" itself, read as X by the description step
    start = title_start(m)
    for y in range(max(sr.lo + 1, start - 2), m.lo):
        if sr.key(y) == "of" and any(sr.key(z) in ("for", "to") for z in range(y + 1, m.lo)):
            return False  # "the Special Envoy of the Secretary-General for Yemen X": X's own
            # title, its post named after the sender (session 53)
        if sr.key(y) == "of" and sr.key(y - 1) in _EN_PROXY_NOUNS:
            return not _own_post(sr, m, sr.key(y - 1))  # (not "the Special Envoy of the
            # US President Steve Witkoff", whom the gazetteer titles envoy; session 53)
        if sr.key(y) == "of" and sr.key(y - 1) == "the" and sr.key(y - 2) in _EN_PROXY_NOUNS:
            return True
    return False


def proxy_partner_en(sr: Any) -> None:
    """"met the envoy / son / adviser of (President) X": someone of X's, not X, was met:
    drop the meetings of this sentence with X when X is named only there."""
    proxied = [m for m in sr.args if m.etype == "Person" and _proxied(sr, m)]
    if not proxied:
        return
    drop = {m.eid for m in proxied} - {m.eid for m in sr.args if m.etype == "Person" and
                                       m not in proxied}
    if drop:
        sr.out[:] = [r for r in sr.out if not (
            r.sent == sr.si and r.type == "MET_WITH" and (r.source in drop or
                                                          r.target in drop))]


_EN_MORE = frozenset({"together", "visit", "gathered", "assembled"})
_EN_ALL_CUES = EN_CONDOLENCES | EN_ACCORDED | EN_MESSAGE | EN_ATTEND_VERBS | EN_MULTIPARTY | EN_WITNESSED | EN_TOGETHER | EN_WELL | EN_BRIEFED | EN_SIGNED | EN_FACE | EN_SPENT | EN_CEREMONY | EN_JOINED_AT | EN_COURTESY | EN_SHOOK | EN_MEALS | EN_PLAYED_HOST | EN_JOINT | EN_PRESS | EN_DISCUSSED | EN_MEETING_NOUNS | _EN_DELEGATION | _EN_DEMONYMS | _EN_HOSTED | _EN_PLURAL | _EN_SAW | _EN_PERSON_NOUNS | _EN_MORE | \
    _EN_SPEECH_AFTER | _EN_ACCOMPANIED | _EN_WHOM | EN_HIM | EN_COUNTERPARTS | EN_SIGNATURES | EN_LOOKED_ON | \
    EN_SIDE_INCLUDED | EN_AT_SIDE | EN_CONVENED | EN_COUNTERPART | EN_GATHERED | EN_CO_CHAIRED | \
    _EN_BETWEEN | frozenset({"meeting", "holding", "receiving", "hosting", "joined", "joining",
                             "join", "joins"}) | \
    frozenset({"phone", "telephone", "videoconference", "teleconference", "phone-call",
               "videolink", "video", "virtual", "virtually"}) | \
    frozenset({"received", "receives", "met", "meets", "hosted", "hosts", "welcomed", "welcomes",
               "greeted", "including", "among", "such", "after", "following", "before", "upon",
               "during", "having", "fresh"}) | frozenset({
    "envoy", "envoys", "representative", "representatives", "adviser", "advisers", "advisor",
    "advisors", "son", "sons", "brother", "aide", "aides", "emissary", "messenger", "wife",
    "daughter", "nephew", "cousin", "relatives", "family", "bodyguards", "lawyer", "lawyers"})


for _ws in (_EN_DELEGATION, _EN_HOSTED, _EN_PLURAL, _EN_SAW, _EN_PERSON_NOUNS, _EN_PROXY_NOUNS,
            _EN_ACTIVE_MEET, _EN_INCLUDING, _EN_OPENERS, _EN_MORE, _EN_REMOTE_WORDS,
            _EN_RESCUE_VERBS, _EN_BETWEEN, _EN_PARTICIPLES, _EN_JOIN, _EN_SPEECH_AFTER,
            _EN_ACCOMPANIED, _EN_WHOM, _EN_DEMONYMS, EN_JOINT, EN_PRESS, EN_DISCUSSED, EN_PLAYED_HOST,
            EN_MEALS, EN_SHOOK, EN_COURTESY, EN_SIGNED, EN_JOINED_AT, EN_BRIEFED,
            EN_WELL, EN_WITH, EN_FACE, EN_SPENT, EN_CEREMONY, EN_TOGETHER, EN_MULTIPARTY,
            EN_HIM, EN_COUNTERPARTS, EN_SIGNATURES, EN_LOOKED_ON, EN_SIDE_INCLUDED,
            EN_AT_SIDE, EN_CONVENED, EN_WITNESSED, EN_MESSAGE, EN_ATTEND_VERBS, EN_COUNTERPART,
            EN_GATHERED, EN_ACCORDED, EN_CONDOLENCES, EN_CO_CHAIRED):
    register_triggers(EMPTY, _ws)  # so that a sentence's present_sets tells which apply


@needs((EMPTY, _EN_ALL_CUES))
def meetings_en(sr: Any) -> None:
    """The English meeting constructions of this module, each on a sentence with its cue."""
    if sr.toks[sr.lo].ar:
        return
    cues = sr.present_sets
    if _EN_DELEGATION in cues:
        delegations_en(sr)
        national_delegation_met_en(sr)  # "The Iranian delegation also met Z"
    if _EN_DEMONYMS in cues or not _EN_DEMONYMS.isdisjoint(map(
            _KEY, sr.toks[sr.lo:min(sr.hi, sr.lo + 5)])):  # (often read as a country mention)
        demonym_delegation_en(sr)
    if _EN_HOSTED in cues:
        hosted_event_en(sr)
    if _EN_JOIN in cues:
        joined_for_talks_en(sr)
    if _EN_PLURAL in cues:
        plural_anaphora_en(sr)
    if _EN_SAW in cues:
        saw_person_en(sr)
    if _EN_PERSON_NOUNS in cues:
        d_lo = sr.lo if sr.key(sr.lo) == "the" else \
            description_start_en(sr, _EN_PERSON_NOUNS, _EN_DESC_ADJ)
        if d_lo is not None:  # ("During the mourning period the new emir received Y")
            described_subject_en(sr, d_lo)
    if _EN_ACTIVE_MEET in cues:
        place_then_object_en(sr)
        possessed_object_en(sr)
        passive_apposed_agent_en(sr)
        object_then_object_en(sr)
        passive_then_active_en(sr)
        org_title_object_en(sr)
        fronted_passive_en(sr)  # meeting_fronted_passive_en.py: "Received by Y, X went on"
    elif EN_WITH in cues:  # "held talks with <body> (<acronym>) <title> Y" (session 64)
        org_title_object_en(sr)
    if _EN_PARTICIPLES in cues:
        participle_clause_en(sr)
    if _EN_OPENERS in cues and sr.key(opening_lead(sr)) in _EN_OPENERS or \
            sr.key(sr.lo) in EN_BARE_PARTICIPLES:  # ("Meeting Y in Baghdad, X said")
        opening_meeting_en(sr)
    if _EN_INCLUDING in cues:
        generic_object_including_en(sr)
        among_those_met_en(sr)
    if _EN_MORE in cues:
        brought_together_en(sr)
        brought_people_together_en(sr)  # meeting_noun_sides.py: "H brought A and B together"
        visit_person_en(sr)
    if _EN_REMOTE_WORDS in cues:
        phone_side_clause_en(sr)
    if _EN_BETWEEN in cues:
        between_and_body_en(sr)
        hosted_between_en(sr)
        between_pronoun_en(sr)  # meeting_noun_sides.py: "a meeting between him and Y"
    if _EN_ACCOMPANIED in cues:
        accompanied_subject_en(sr)
    if _EN_SPEECH_AFTER in cues:
        speaker_partner_en(sr)
    if EN_HIM in cues:
        pronoun_here_en(sr)  # meeting_noun_sides.py: "X attended Y's inauguration and then met him"
    if _EN_WHOM in cues:
        with_whom_en(sr)
        whom_met_en(sr)  # meeting_phrases.py: "X, whom Y had received, ..."
    if EN_JOINT in cues or EN_PRESS in cues:  # (also "a news conference alongside Y", s56)
        joint_press_conference(sr)  # meeting_press.py: "X and Y held a joint press conference"
    if EN_JOINT in cues:
        for j in sr.triggers(frozenset(), EN_JOINT):
            joint_talks_en(sr, j)  # meeting_joint_talks.py: "A and B held joint talks with C"
    if EN_DISCUSSED in cues:
        pair_discussed_en(sr)  # meeting_press.py: "X and Y discussed ..."
        discussed_with_en(sr)  # meeting_press.py: "X discussed <topic> with Y"
    if EN_SHOOK in cues:
        shook_hands_en(sr)  # meeting_phrases.py: "X shook hands with Y"
    if EN_GATHERED in cues:
        round_table_en(sr)  # meeting_round_table.py: "X gathered ..., including A, around one table"
    if EN_WITNESSED in cues or EN_ATTEND_VERBS in cues:
        witnessed_signing_en(sr)  # meeting_witnessed_signing.py: "X and Y witnessed the signing"
    if EN_SIGNED in cues or EN_SIGNATURES in cues:
        signed_together_en(sr)  # meeting_signed_en.py: "X and Y signed a memorandum"
    if EN_SIGNED in cues:
        presence_at_signing_en(sr)  # "X signed ... in the presence of A and B" (after the
        # signers' own meeting: none read before it)
    if EN_CEREMONY in cues:
        welcome_ceremony_en(sr)  # meeting_welcome_ceremony.py: "held a welcome ceremony for Y"
    if EN_MESSAGE in cues:
        message_handed_en(sr)  # meeting_message_handed.py: "X conveyed a message to Y"
    if EN_ATTEND_VERBS in cues:
        attended_named_en(sr)  # meeting_attended_named.py: "Z attended X's meeting with Y"
    if EN_TOGETHER in cues:
        together_en(sr)  # meeting_together_en.py: "X and Y inspected the site together"
    if EN_FACE in cues:
        face_to_face_en(sr)  # meeting_face_en.py: "X and Y spoke face to face"
    if EN_COUNTERPART in cues or _EN_DELEGATION in cues or EN_AT_SIDE in cues:
        counterpart_side_en(sr)  # meeting_counterpart_side.py: "hosted their X counterparts. The X side ..."
    if EN_COUNTERPARTS in cues:
        counterparts_met_en(sr)  # meeting_counterparts_en.py: "his X and Y counterparts, A and B"
    if EN_CONVENED in cues:
        convened_with_list_en(sr)  # meeting_counterparts_en.py: "convened a meeting with A, B"
    if EN_CO_CHAIRED in cues:
        co_chaired_en(sr)  # meeting_co_chaired_en.py: "X and Y chaired a meeting"
    if EN_SPENT in cues:
        spent_with_en(sr)  # meeting_spent_en.py: "X spent hours with Y"
    if EN_JOINED_AT in cues:
        joined_at_meeting_en(sr)  # meeting_sides_en.py: "X was joined at the meeting by A"
    if EN_SIDE_INCLUDED in cues:
        side_included_en(sr)  # meeting_sides_en.py: "The Turkish side included A"
    if EN_BRIEFED in cues:
        briefed_by_en(sr)  # meeting_briefed_en.py: "X was briefed by A and B"
        briefed_active_en(sr)  # meeting_briefed_en.py: "A briefed Y at his office"
    if EN_WELL in cues:
        as_well_as_en(sr)  # meeting_generic_en.py: "X met A for the first time, as well as B"
    if EN_WITH in cues and sr.out:
        and_with_title_en(sr)  # meeting_generic_en.py: "talks with A and with the <title>, B"
        and_in_place_with_en(sr)  # "talks in P with A and in Q with B" (meeting_generic_en)
    if EN_MEALS in cues:
        meal_with_en(sr)  # meeting_phrases.py: "X had lunch with Y"
    if EN_PLAYED_HOST in cues:
        played_host_en(sr)  # meeting_phrases.py: "X played host to Y"
    if EN_ACCORDED in cues:
        accorded_welcome_en(sr)  # meeting_welcome_accorded_en.py: "X was accorded a warm welcome by Y"
    if EN_CONDOLENCES in cues:
        condolences_en(sr)  # meeting_condolences.py: "X offered his condolences to Y"
        condolences_received_en(sr)  # meeting_condolences.py: "X received condolences from Y"
    if EN_COURTESY in cues:
        courtesy_en(sr)  # meeting_courtesy.py: credentials, "called on", audience, "with him"
    if EN_MEETING_NOUNS in cues:
        paired_noun_meeting_en(sr, EN_MEETING_NOUNS)  # meeting_phrases.py: "the X-Y meeting"
    if EN_TOLD_ALL in cues and (
            EN_MEETING_NOUNS in cues or EN_MEALS_TOLD in cues):
        told_at_meeting_en(sr)  # meeting_told.py: "X told Y during a meeting"
    if EN_AS_DID in cues:
        as_did_en(sr)  # meeting_reported.py: "X met Y, as did Z"
    if EN_VISITED in cues:
        said_visited_him_en(sr)  # meeting_reported.py: "X said Y had visited him"
        visited_him_en(sr)  # meeting_visited_him_en.py: "where Y visited him"
    if _EN_PROXY_NOUNS in cues:
        proxy_partner_en(sr)  # last: it drops what the rules above drew for X
    if EN_MULTIPARTY in cues and sr.out:
        multiparty_en(sr)  # meeting_multiparty_en.py: the people of "four-way talks" (after all)
    if EN_LOOKED_ON in cues and sr.out:
        looked_on_en(sr)  # meeting_looked_on_en.py: "signed ... as A and B looked on"
    if EN_AT_SIDE in cues and sr.out:
        at_his_side_en(sr)  # meeting_sides_en.py: "X, with Y at his side, held talks with Z"
    if EN_ALONGSIDE in cues and sr.out:
        alongside_companion_en(sr)  # meeting_alongside_en.py: "X met Y alongside Z" (after all)
