"""Metamorphic probe: the sentence shapes of the three core relations in English.

    python bench/probe_shapes_en.py [--shapes] [--misses] [--only SUBSTRING]

Each relation has a few core statements (people known to the gazetteers under their usual
spelling, and new people introduced by a title), and each statement is rendered through the
shapes a news writer uses: datelines, reported-speech frames, long titles and appositions,
relative clauses, active and passive, fronted adverbials, lists, nominalisations and the
verbs and idioms of news style. The negatives come in the same shapes (a phone call, a planned
or denied meeting, a candidate, a killing with no agent, an accusation by a third party).

The sentences were written before reading any error of the development data. The script prints
recall and false positives per relation, and with ``--shapes`` per shape (worst first), so the
shapes that fail most stand out. A pair is matched on the people's surfaces (or id slugs), not
on ids, so a new person is found under whatever id the extractor gives him.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from loaders.extract.rules import RuleExtractor  # noqa: E402

# ---- the core statements -------------------------------------------------------------------
# Each person: full (title + name), n (name), s (surname key), a (apposition), h (pronoun).
P = {
    "sudani": dict(full="Iraqi Prime Minister Mohammed Shia al-Sudani",
                   n="Mohammed Shia al-Sudani", s="Sudani", a="Iraq's prime minister", h="he"),
    "araghchi": dict(full="Iranian Foreign Minister Abbas Araghchi", n="Abbas Araghchi",
                     s="Araghchi", a="Iran's top diplomat", h="he"),
    "tamm": dict(full="Estonian Foreign Minister Kaarel Tamm", n="Kaarel Tamm", s="Tamm",
                 a="Estonia's foreign minister", h="he"),
    "chirwa": dict(full="Malawian Finance Minister Tamanda Chirwa", n="Tamanda Chirwa",
                   s="Chirwa", a="Malawi's finance minister", h="she"),
    "aoun": dict(full="Lebanese President Joseph Aoun", n="Joseph Aoun", s="Aoun",
                 a="Lebanon's president", h="he"),
    "quispe": dict(full="Peruvian Defence Minister Walter Quispe", n="Walter Quispe",
                   s="Quispe", a="Peru's defence minister", h="he"),
    "lindqvist": dict(full="Swedish Trade Minister Ingrid Lindqvist", n="Ingrid Lindqvist",
                      s="Lindqvist", a="Sweden's trade minister", h="she"),
    "rutte": dict(full="NATO Secretary General Mark Rutte", n="Mark Rutte", s="Rutte",
                  a="NATO's secretary general", h="he"),
    # succession
    "qassem": dict(full="Sheikh Naim Qassem", n="Naim Qassem", s="Qassem",
                   a="the group's deputy leader", h="he"),
    "nasrallah": dict(full="Sayyed Hassan Nasrallah", n="Hassan Nasrallah", s="Nasrallah",
                      a="the group's longtime leader", h="he"),
    "ochieng": dict(full="Lieutenant General Daniel Ochieng", n="Daniel Ochieng", s="Ochieng",
                    a="a former commander of the air force", h="he"),
    "kibet": dict(full="General Robert Kibet", n="Robert Kibet", s="Kibet",
                  a="a veteran of the Somalia mission", h="he"),
    "nurlanova": dict(full="Deputy Foreign Minister Aigerim Nurlanova", n="Aigerim Nurlanova",
                      s="Nurlanova", a="a career diplomat", h="she"),
    "beisenov": dict(full="Foreign Minister Askar Beisenov", n="Askar Beisenov", s="Beisenov",
                     a="a close ally of the president", h="he"),
    # killings: victims
    "sinwar": dict(full="Hamas leader Yahya Sinwar", n="Yahya Sinwar", s="Sinwar",
                   a="the architect of the October 7 attack", h="he"),
    "haddad": dict(full="Colonel Omar Haddad", n="Omar Haddad", s="Haddad",
                   a="a senior intelligence officer", h="he"),
    "rahimi": dict(full="district governor Abdul Wali Rahimi", n="Abdul Wali Rahimi",
                   s="Rahimi", a="a vocal critic of the insurgents", h="he"),
}

MEET_CORES = [("sudani", "araghchi", "rutte"), ("tamm", "chirwa", "lindqvist"),
              ("aoun", "quispe", "araghchi")]
SUCC_CORES = [("qassem", "nasrallah", "secretary-general of Hezbollah", "Hezbollah's leader"),
              ("ochieng", "kibet", "chief of the defence forces", "army chief"),
              ("nurlanova", "beisenov", "foreign minister", "foreign minister")]
# agent: key (id slug), noun, adjective, forces, group member noun
AGENTS = {
    "israel": dict(key="israel", g="Israel", adj="Israeli", forces="Israeli forces",
                   men="Israeli troops"),
    "isis": dict(key="islamic-state", g="Islamic State", adj="Islamic State",
                 forces="Islamic State militants", men="Islamic State gunmen"),
    "taliban": dict(key="taliban", g="The Taliban", adj="Taliban", forces="Taliban fighters",
                    men="Taliban gunmen"),
}
KILL_CORES = [("sinwar", "israel", "Rafah"), ("haddad", "isis", "Mosul"),
              ("rahimi", "taliban", "Kunduz")]

DATELINES = {"meet": "BAGHDAD, Jan 5 (Reuters) - ", "succ": "NAIROBI, March 3 (AP) - ",
             "kill": "BEIRUT, Oct 17 (Reuters) - "}

# ---- the shapes ----------------------------------------------------------------------------
# (shape, positive?, template). Meeting fields: A/An/As/Aa/Ah, B..., C...; the pairs that
# must (positive) or must not (negative) be read are A-B, and A-C where the template has {C}.
MEET_SHAPES = [
    ("plain met", True, "{A} met {B} in Tallinn on Monday."),
    ("dateline", True, "{DL}{A} met {B} on Sunday to discuss border security."),
    ("statement said", True, "{A} met {B} in Geneva on Monday, a statement from his office said."),
    ("according to office", True,
     "According to the prime minister's office, {A} held talks with {B} on Tuesday."),
    ("state media reported", True,
     "State media reported that {A} received {B} at the presidential palace on Wednesday."),
    ("passive received", True, "{B} was received by {A} at the presidential palace."),
    ("passive hosted", True, "{B} was hosted by {A} for talks on trade and energy."),
    ("relative clause subject", True,
     "{An}, who took office in 2022, hosted {Bn} on Wednesday for talks on energy."),
    ("appositions both", True,
     "{An}, {Aa}, met on Thursday with {Bn}, {Ba}, in the capital."),
    ("apposition before verb", True,
     "{An}, {Aa} and a veteran of several coalition governments, met {Bn} on Friday."),
    ("fronted sidelines", True,
     "On the sidelines of the summit in Doha, {A} sat down with {B}."),
    ("fronted time", True, "Late on Monday, {A} huddled with {B} behind closed doors."),
    ("fronted participle", True,
     "Speaking after talks with {B} in Ankara, {A} said the two sides agreed to reopen the "
     "border."),
    ("held talks", True, "{A} held talks with {B} in Amman on Saturday."),
    ("and held talks", True, "{A} and {B} held talks in Cairo on Monday."),
    ("talks between", True,
     "Talks between {A} and {B} in Brussels focused on trade, officials said."),
    ("meeting between", True,
     "The meeting between {A} and {B} lasted more than two hours."),
    ("possessive meeting with", True,
     "{A}'s meeting with {B} in Riyadh came a day after the ceasefire."),
    ("list of three", True, "{A} met {B} and {C} in Vienna on Tuesday."),
    ("arrived and received", True,
     "{B} arrived in Baghdad on Monday and was received by {A}."),
    ("welcomed", True, "{A} welcomed {B} to the capital on Sunday for a two-day visit."),
    ("met with title after", True,
     "{An} met with {Bn}, {Ba}, on the sidelines of the UN General Assembly."),
    ("surname later", True,
     "{A} arrived in Rome on Monday. {As} met {B} at the foreign ministry on Tuesday."),
    ("he met", True, "{A} flew to Madrid on Monday, where {Ah} met {B}."),
    ("talks with noun", True,
     "After talks with {B} in Baku, {A} told reporters the meeting had been productive."),
    ("discussed with", True,
     "{A} discussed regional security with {B} during a meeting in Muscat on Tuesday."),
    ("paid visit to", True,
     "{B} paid a visit to {A} at his office in the capital on Thursday."),
    ("met day no on", True, "{A} met Saturday with {B} in Washington."),
    ("in a meeting with, said", True,
     "In a meeting with {B} on Monday, {A} stressed the need for a ceasefire."),
    ("during meeting with", True,
     "{A} said during a meeting with {B} in Oslo that the talks would resume."),
    ("and met", True, "{A} and {B} met in Baku on Monday to discuss the pipeline."),
    ("who met relative", True,
     "{A} and {B}, who met in Cairo on Monday, agreed to reopen their embassies."),
    ("also met", True, "{B} also met {A} before leaving the capital on Wednesday."),
    ("talks possessive", True, "{A}'s talks with {B} ended without a joint statement."),
    ("participle meeting", True,
     "{A}, meeting {B} in Paris on Tuesday, urged restraint."),
    ("counterpart apposition", True,
     "{An} met his counterpart, {Bn}, in Geneva on Friday."),
    ("told during talks", True,
     "{A} told {B} during their talks in Baghdad that Iraq would not be a launchpad for "
     "attacks."),
    ("hosted dinner for", True,
     "{A} hosted a dinner for {B} at his residence on Sunday."),
    ("received in audience", True,
     "{A} received in audience {B}, who is on an official visit to the country."),
    ("after meeting, said", True,
     "After meeting {B} in Manama, {A} said relations were at their best."),
    ("a meeting with headline", True,
     "{A} holds talks with {B} in Baghdad"),
    ("met on the sidelines of", True,
     "{A} met on the sidelines of the Munich Security Conference with {B}."),
    ("passive met by", True,
     "{B} was met by {A} at the start of a two-day visit."),
    ("said after talks with", True,
     "{A} said after talks with {B} that a deal was close."),
    ("meeting came as", True,
     "The meeting of {A} and {B} came as fighting flared in the south."),
    ("joint press conference", True,
     "{A} and {B} told a joint news conference after their talks that trade would double."),
    ("sat down with", True, "{A} sat down with {B} for nearly three hours on Tuesday."),
    ("four list", True, "{A} met {B}, {C} and the UN envoy in Vienna on Tuesday."),
    # what was said after or during the talks: its modal is the report's
    ("said after talks that would", True,
     "{A} said after talks with {B} that the two countries would reopen the border."),
    ("after meeting, said would", True,
     "After meeting {B} in Manama, {A} said relations would improve."),
    ("told reporters after meeting", True,
     "{A} told reporters after meeting {B} that a deal could be reached soon."),
    ("speaking to reporters after", True,
     "Speaking to reporters after talks with {B}, {A} said the border would reopen."),
    ("stressed during talks that", True,
     "{A} stressed during talks with {B} in Oslo that {Ah} would not back down."),
    # second round
    ("on a visit apposition", True, "{A}, on a visit to Baghdad, met {B} on Monday."),
    ("meeting Monday with", True, "{A}'s meeting Monday with {B} focused on trade."),
    ("conferred with", True, "{A} conferred with {B} at the ministry on Tuesday."),
    ("separate talks with", True,
     "{A} also held separate talks with {B} and {C} in Geneva."),
    ("shook hands", True, "{A} and {B} shook hands at the start of their talks in Rome."),
    ("held a meeting with at", True, "{A} held a meeting with {B} at Baabda Palace."),
    ("discussed during a meeting", True,
     "{A} and {B} discussed bilateral ties during a meeting in Amman."),
    ("object relative who met", True,
     "{Bn}, who met {An} on Monday, said the two sides were close to a deal."),
    ("progressive was meeting", True,
     "{A} was meeting {B} in Cairo when the news broke."),
    ("perfect has met", True, "{A} has met {B} three times this year."),
    ("day after meeting", True,
     "A day after meeting {B} in Paris, {A} flew to Berlin."),
    ("received at airport", True,
     "{B} was received at the airport by {A} on Sunday."),
    ("headline receives", True, "{A} receives {B} in Baghdad"),
    ("colon headline", True, "Baghdad: {A} meets {B}"),
    ("headline holds talks bare names", True, "{An} holds talks with {Bn}"),
    # negatives
    ("NEG phone call", False, "{A} spoke by phone with {B} on Monday, his office said."),
    ("NEG phone received", False, "{A} received a phone call from {B} on Tuesday."),
    ("NEG will meet", False, "{A} will meet {B} in Paris next week."),
    ("NEG expected to meet", False,
     "{A} is expected to meet {B} on the sidelines of the summit, officials said."),
    ("NEG denied meeting", False,
     "{A}'s office denied reports that {Ah} had met {B} in Geneva."),
    ("NEG ready to meet", False, "{A} said {Ah} was ready to meet {B} at any time."),
    ("NEG letter", False, "{A} sent a letter to {B} on Monday, state media reported."),
    ("NEG video call", False, "{A} and {B} held a video call on Thursday."),
    ("NEG talked by phone", False,
     "{A} and {B} discussed the crisis in a telephone call on Sunday."),
    ("NEG plans to host", False, "{A} plans to host {B} in the capital next month."),
    ("NEG invitation", False, "{A} invited {B} to visit the capital, a statement said."),
    ("NEG cancelled", False, "{A} cancelled a planned meeting with {B} on Monday."),
    ("NEG said talks would", False, "{A} said talks with {B} would resume next week."),
    ("NEG speaking after call", False,
     "Speaking after a phone call with {B}, {A} said the two sides agreed."),
    ("NEG was to meet", False, "{A} was to meet {B} on Monday, but the visit was called off."),
    ("NEG video link", False, "{A} met {B} by video link on Tuesday."),
    ("NEG wants to meet", False, "{A} wants to meet {B} before the end of the year."),
    ("NEG refused to meet", False, "{A} refused to meet {B} during his visit."),
    ("NEG did not meet", False, "{A} did not meet {B} during the visit, officials said."),
    ("NEG planned talks", False,
     "{DL}{A} is due to hold talks with {B} in Baghdad on Sunday, a statement said."),
]

# Succession fields: X (new), Y (old), post, post2; the pair is X -> Y.
SUCC_SHAPES = [
    ("succeeded as", True, "{X} succeeded {Y} as {post} in 2024."),
    ("replaced as", True, "{Xn} replaced {Yn} as {post} on Monday."),
    ("dateline took helm", True, "{DL}{Xn} took the helm from {Yn} on Sunday."),
    ("named to replace", True, "{Xn} was named to replace {Yn}, state media reported."),
    ("passive replaced", True, "{Yn} was replaced by {Xn} as {post} last year."),
    ("passive succeeded", True, "{Yn} was succeeded by {Xn} in 2021."),
    ("relative took over", True,
     "{Xn}, who took over from {Yn} in 2020, said the reforms would continue."),
    ("possessive successor apposition", True,
     "{Yn}'s successor, {Xn}, promised to continue his policies."),
    ("whose predecessor", True,
     "{Xn}, whose predecessor {Yn} was dismissed in March, vowed to fight corruption."),
    ("sworn in succeeding", True, "{Xn} was sworn in as {post} on Monday, succeeding {Yn}."),
    ("takes over from", True, "{Xn} takes over from {Yn}, who resigned last week."),
    ("appointed in place of", True, "{Xn} was appointed {post} in place of {Yn}."),
    ("appointed to succeed", True, "{Xn} was appointed to succeed {Yn} as {post}."),
    ("replaces who", True, "{Xn} replaces {Yn}, who stepped down after the election."),
    ("fronted named", True,
     "In a surprise move, the president named {Xn} to succeed {Yn} as {post}."),
    ("according decree", True,
     "According to a presidential decree, {Xn} replaced {Yn}, who was sacked in June."),
    ("new post replacing", True,
     "The new {post2}, {Xn}, replaced {Yn}, who had held the post since 2019."),
    ("apposition between", True,
     "{Xn}, {Xa}, succeeded {Yn}, {Ya}, on Tuesday."),
    ("chosen as successor", True, "{Xn} was chosen as {Yn}'s successor at a closed meeting."),
    ("became succeeding", True, "{Xn} became {post} in May, succeeding {Yn}."),
    ("after replaced", True, "After {Yn} was dismissed, {Xn} was named to replace him."),
    ("was replaced by title", True,
     "{Y} was replaced by {X}, the presidency said on Monday."),
    ("statement said", True,
     "{Xn} has succeeded {Yn} as {post}, a statement from the presidency said."),
    ("state media took over", True,
     "State media reported that {Xn} had taken over from {Yn} as {post}."),
    ("relative who replaced", True,
     "{Xn}, who replaced {Yn} in 2019, faces a no-confidence vote."),
    ("relative passive replaced", True,
     "{Yn}, who was replaced by {Xn} in 2019, has left the country."),
    ("replacement apposition", True,
     "{Yn}'s replacement, {Xn}, is expected to take office next week."),
    ("the successor of", True, "{Xn}, the successor of {Yn}, pledged continuity."),
    ("took over as after", True,
     "{Xn} took over as {post} after {Yn} resigned in March."),
    ("ousted and replaced", True,
     "{Yn} was ousted in June and replaced by {Xn}."),
    ("inherited the post", True, "{Xn} inherited the post from {Yn} in 2022."),
    ("named last week", True,
     "{Xn}, named last week to replace {Yn}, arrived in the capital on Monday."),
    ("elected to succeed", True, "{Xn} was elected to succeed {Yn} at a party congress."),
    ("stepped down replaced", True,
     "{Yn} stepped down on Monday and was replaced by {Xn}."),
    ("handed power to", True, "{Yn} handed power to {Xn} at a ceremony on Sunday."),
    ("took over the post from", True,
     "{Xn} took over the post from {Yn}, who had held it for a decade."),
    ("new X replaces", True, "New {post2} {Xn} replaces {Yn}."),
    ("outgoing Y", True,
     "{Xn} took office on Monday, replacing outgoing {post2} {Yn}."),
    ("predecessor apposition", True,
     "{Xn} and {Xh}r predecessor, {Yn}, shook hands at the ceremony.".replace(
         "{Xh}r", "{Xpos}")),
    ("succeeds present", True, "{Xn} succeeds {Yn}, who held the job for six years."),
    # second round
    ("who succeeded as", True,
     "{Xn}, who succeeded {Yn} as {post} in 2021, arrived on Monday."),
    ("replaced who was killed", True, "{Xn} replaced {Yn}, who was killed in an air strike."),
    ("successor as post", True, "{Xn}, {Yn}'s successor as {post}, met the president."),
    ("succeeded as post by", True, "{Yn} was succeeded as {post} by {Xn}."),
    ("appointed replacing", True,
     "{Xn} has been appointed {post}, replacing {Yn}."),
    ("post vacated by", True, "{Xn} was appointed to the post vacated by {Yn}."),
    ("new took over from", True,
     "The new {post2}, {Xn}, took over from {Yn} on Monday."),
    ("headline becomes replacing", True, "{Xn} becomes {post2}, replacing {Yn}"),
    ("headline named replacing", True, "{Xn} named new {post2}, replacing {Yn}"),
    ("headline sworn in replacing", True, "{Xn} sworn in as {post2}, replacing {Yn}"),
    ("as successor to", True, "{Xn} was sworn in as successor to {Yn}."),
    ("took the reins from", True, "{Xn} took the reins from {Yn} in a brief ceremony."),
    # negatives
    ("NEG candidate", False,
     "{Xn}, a candidate to succeed {Yn} as {post}, campaigned in the north."),
    ("NEG possible successor", False, "{Xn} is seen as a possible successor to {Yn}."),
    ("NEG tipped", False, "{Xn} is tipped to succeed {Yn} as {post}."),
    ("NEG hopes to replace", False, "{Xn} hopes to replace {Yn} as {post} next year."),
    ("NEG nominee pending", False,
     "{Xn}, the nominee to replace {Yn}, still awaits a vote in parliament."),
    ("NEG could replace", False, "{Xn} could replace {Yn} if the coalition collapses."),
    ("NEG race", False,
     "{Xn} and {Yn} are vying to become {post}."),
    ("NEG deputy of", False, "{Xn} served as {Yn}'s deputy for three years."),
    ("NEG praised", False, "{Xn} praised {Yn} for his years as {post}."),
    ("NEG served under", False, "{Xn} served as deputy under {Yn} for five years."),
]

# Killing fields: V (victim), G agent noun, Gadj, Gf forces, Gm men; the pair is V -> G.
KILL_SHAPES = [
    ("G killed V", True, "{G} killed {V} in a strike on {city}."),
    ("V killed by G", True, "{Vn} was killed by {Gf} in {city} on Monday."),
    ("G assassinated V", True, "{Gm} assassinated {Vn} outside his home in {city}."),
    ("V assassinated by", True, "{Vn} was assassinated by {Gm} in {city}."),
    ("gunned down", True, "{Gm} gunned down {Vn} at a checkpoint near {city}."),
    ("adj strike killed", True, "An {Gadj} strike killed {Vn} in {city} on Tuesday.".replace(
        "An {Gadj}", "{AnGadj}")),
    ("killed in adj strike", True, "{Vn} was killed in an {Gadj} air strike on {city}.".replace(
        "an {Gadj}", "{anGadj}")),
    ("claimed killing", True, "{G} claimed the killing of {Vn} in a statement."),
    ("claimed responsibility", True,
     "{G} claimed responsibility for the killing of {Vn} on Monday."),
    ("killing of V by G", True, "The killing of {Vn} by {Gf} sparked protests in {city}."),
    ("possessive assassination by", True,
     "{Vn}'s assassination by {Gm} shocked the region."),
    ("dateline said", True,
     "{DL}{Gf} killed {Vn} in {city}, the army said on Thursday."),
    ("relative killed by", True,
     "{Vn}, who was killed by {Gf} in 2020, was buried in {city}."),
    ("apposition killed by", True,
     "{Vn}, {Va}, was killed by {Gf} in {city} on Friday."),
    ("slain in strike by", True, "{Vn} was slain in a strike carried out by {Gf} near {city}."),
    ("according to killed", True,
     "According to the military, {Gf} killed {Vn} in an ambush near {city}."),
    ("state media killed", True,
     "State media reported that {Gm} had shot dead {Vn} in {city}."),
    ("fronted time killed", True,
     "Late on Saturday, {Gm} killed {Vn} and two of his bodyguards in {city}."),
    ("list victims", True,
     "{Gf} killed {Vn} and two other commanders in {city}, officials said."),
    ("said it killed", True, "{G} said it had killed {Vn} in an operation in {city}."),
    ("confirmed killing", True, "{G} confirmed it had killed {Vn} in {city} last week."),
    ("died in strike by", True, "{Vn} died in a strike by {Gf} on {city}."),
    ("shot dead by", True, "{Vn} was shot dead by {Gm} in {city}."),
    ("killed in strike claimed by", True,
     "{Vn} was killed in a drone strike claimed by {Gf} near {city}."),
    ("said its forces killed", True,
     "{G} said its forces had killed {Vn} near {city}."),
    ("died after being shot by", True,
     "{Vn} died after being shot by {Gm} in {city}."),
    ("participle killed by", True,
     "{Vn}, killed by {Gf} in 2019, was buried in {city}."),
    ("assassination of by", True,
     "The assassination of {Vn} by {Gm} in {city} drew condemnation."),
    ("possessive assassination of", True,
     "{Gadj} forces' assassination of {Vn} in {city} drew condemnation."),
    ("killed in ambush", True, "{Vn} was killed in an ambush by {Gf} outside {city}."),
    ("killed when stormed", True,
     "{Vn} was killed when {Gf} stormed his compound in {city}."),
    ("stormed killing", True,
     "{Gf} stormed a compound in {city}, killing {Vn}."),
    ("suicide bomber killed", True,
     "{AnGadj} suicide bomber killed {Vn} at a mosque in {city}."),
    ("cross sentence claimed", True,
     "{Vn} was killed in {city} on Monday. {G} claimed responsibility for the attack."),
    ("cross sentence claimed killing", True,
     "{Vn} was shot dead in {city} on Monday. {G} later claimed the killing."),
    ("targeted and killed", True,
     "{Gf} targeted and killed {Vn} in {city}, the statement said."),
    ("eliminated", True,
     "{G} said it had eliminated {Vn} in a precision strike on {city}."),
    ("killed by drone", True,
     "{Vn} was killed by an {Gadj} drone in {city}.".replace("an {Gadj}", "{anGadj}")),
    # second round
    ("died of wounds attack by", True,
     "{Vn} died of wounds sustained in an attack by {Gf} near {city}."),
    ("said behind killing", True, "{G} said it was behind the killing of {Vn}."),
    ("among those killed", True,
     "{Vn} was among those killed in {anGadj} strike on {city}."),
    ("slain by relative", True, "{Vn}, slain by {Gm} in 2019, was buried in {city}."),
    ("lost his life in", True, "{Vn} lost his life in {anGadj} strike near {city}."),
    ("ambush claimed by", True,
     "{Vn} was killed in an ambush claimed by {Gf} near {city}."),
    ("possessive killing of", True, "{G}'s killing of {Vn} drew condemnation."),
    ("murdered by", True, "{Vn} was murdered by {Gm} in {city} on Sunday."),
    ("killed along with", True,
     "{Vn} was killed along with his driver by {Gf} in {city}."),
    ("headline killed in", True, "{Vn} killed in {Gadj} strike on {city}"),
    # negatives
    ("NEG no agent", False, "{Vn} was killed in an explosion in {city} on Monday."),
    ("NEG found dead", False, "{Vn} was found dead in {city}, police said."),
    ("NEG accused third party", False,
     "Officials in {city} accused {G} of killing {Vn}, a charge {G} denied."),
    ("NEG denied killing", False, "{G} denied killing {Vn} in {city}."),
    ("NEG threatened", False, "{G} threatened to kill {Vn} if he returned to {city}."),
    ("NEG survived attempt", False,
     "{Vn} survived an assassination attempt by {Gm} in {city}."),
    ("NEG vowed revenge", False,
     "{G} vowed to avenge {Vn}, who was killed in {city} last week."),
    ("NEG mourned", False, "{G} mourned {Vn}, who died in {city} on Monday."),
    ("NEG escaped", False, "{Vn} narrowly escaped {anGadj} strike on {city}."),
    ("NEG wounded by", False, "{Vn} was wounded by {Gm} in {city} on Monday."),
    ("NEG planned to kill", False, "{G} planned to kill {Vn} in {city}, officials said."),
    ("NEG arrested", False, "{Gm} arrested {Vn} in {city} on Monday."),
    ("NEG blamed unclear", False,
     "It was not clear who killed {Vn}; some residents blamed {G}."),
]


@dataclass
class Case:
    rel: str
    shape: str
    positive: bool
    text: str
    pairs: list[tuple[str, str]]   # (key, key): person surnames or agent id slugs


def _fields(prefix: str, key: str) -> dict[str, str]:
    p = P[key]
    return {prefix: p["full"], prefix + "n": p["n"], prefix + "s": p["s"], prefix + "a": p["a"],
            prefix + "h": p["h"], prefix + "pos": "his" if p["h"] == "he" else "her"}


def _an(word: str) -> str:
    return ("an " if word[0] in "AEIOU" else "a ") + word


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def cases() -> list[Case]:
    out: list[Case] = []
    for a, b, c in MEET_CORES:
        f = {**_fields("A", a), **_fields("B", b), **_fields("C", c), "DL": DATELINES["meet"]}
        for shape, pos, tpl in MEET_SHAPES:
            pairs = [(P[a]["s"], P[b]["s"])]
            if "{C}" in tpl:
                pairs.append((P[a]["s"], P[c]["s"]))
            out.append(Case("MET_WITH", shape, pos, tpl.format(**f), pairs))
    for x, y, post, post2 in SUCC_CORES:
        f = {**_fields("X", x), **_fields("Y", y), "post": post, "post2": post2,
             "DL": DATELINES["succ"]}
        for shape, pos, tpl in SUCC_SHAPES:
            out.append(Case("SUCCESSOR_OF", shape, pos, tpl.format(**f),
                            [(P[x]["s"], P[y]["s"])]))
    for v, g, city in KILL_CORES:
        ag = AGENTS[g]
        f = {**_fields("V", v), "G": ag["g"], "Gadj": ag["adj"], "Gf": ag["forces"],
             "Gm": ag["men"], "AnGadj": _cap(_an(ag["adj"])), "anGadj": _an(ag["adj"]),
             "city": city, "DL": DATELINES["kill"]}
        for shape, pos, tpl in KILL_SHAPES:
            text = re.sub(r"(?<=[a-z,] )The ", "the ", tpl.format(**f))
            out.append(Case("ASSASSINATED_BY", shape, pos, text, [(P[v]["s"], ag["key"])]))
    return out


def _slug(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


def _ids_for(doc: dict, text: str, key: str) -> set[str]:
    ids = set()
    for e in doc["entities"]:
        surf = [text[a:b] for a, b in e.get("mentions") or []]
        if any(key in s for s in surf) or _slug(key) in e["id"]:
            ids.add(e["id"])
    return ids


def found(doc: dict, text: str, rel: str, pair: tuple[str, str]) -> bool:
    left, right = _ids_for(doc, text, pair[0]), _ids_for(doc, text, pair[1])
    for r in doc["relations"]:
        if r["type"] != rel:
            continue
        s, t = r["source"], r["target"]
        if (s in left and t in right) or (rel == "MET_WITH" and s in right and t in left):
            return True
    return False


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shapes", action="store_true", help="per-shape figures, worst first")
    ap.add_argument("--misses", action="store_true", help="print each missed / false sentence")
    ap.add_argument("--only", default="", help="only shapes whose name contains this")
    args = ap.parse_args()
    ex = RuleExtractor()
    per_rel: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])  # tp, pos, fp, neg
    per_shape: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for case in cases():
        if args.only and args.only not in case.shape:
            continue
        doc = ex.extract(case.text, lang="en")
        for pair in case.pairs:
            hit = found(doc, case.text, case.rel, pair)
            st = per_rel[case.rel]
            sh = per_shape[(case.rel, case.shape)]
            sh[1] += 1
            if case.positive:
                st[0] += hit
                st[1] += 1
                sh[0] += hit
            else:
                st[2] += hit
                st[3] += 1
                sh[0] += hit
            if args.misses and hit != case.positive:
                print(f"  {'MISS' if case.positive else 'FP  '} [{case.shape}] {case.text}  "
                      f"{pair}")
    if args.shapes:
        rows = []
        for (rel, shape), (n_ok, n) in per_shape.items():
            bad = n - n_ok if not shape.startswith("NEG") else n_ok
            rows.append((-bad, rel, shape, n_ok, n))
        for negbad, rel, shape, n_ok, n in sorted(rows):
            kind = "fp" if shape.startswith("NEG") else "found"
            print(f"  {rel:16} {shape:34} {kind} {n_ok}/{n}" + ("  <-" if negbad else ""))
    tot = [0, 0, 0, 0]
    for rel in ("MET_WITH", "SUCCESSOR_OF", "ASSASSINATED_BY"):
        st = per_rel[rel]
        tot = [a + b for a, b in zip(tot, st, strict=True)]
        rec = st[0] / st[1] if st[1] else 0.0
        print(f"{rel:16} recall {st[0]}/{st[1]} = {rec:.3f}   false positives {st[2]}/{st[3]}")
    rec = tot[0] / tot[1] if tot[1] else 0.0
    print(f"{'all':16} recall {tot[0]}/{tot[1]} = {rec:.3f}   false positives {tot[2]}/{tot[3]}")


if __name__ == "__main__":
    main()
