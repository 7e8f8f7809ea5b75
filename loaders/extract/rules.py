"""The default, offline, rule-based extractor (gazetteer + title cues + patterns)."""

from __future__ import annotations

from operator import attrgetter
from pathlib import Path
from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.amir_title_en import amir_title_en
from loaders.extract.base import ExtractionError, register
from loaders.extract.bin_short_name import bin_short_name
from loaders.extract.byline_ar import byline_sentences
from loaders.extract.elder_bush import elder_bush
from loaders.extract.foreign_respelt_ar import respelt_index
from loaders.extract.gazetteer import Gazetteer, load_gazetteer
from loaders.extract.gc_scope import fewer_collections
from loaders.extract.generic_group_bodies import drop_group_meetings
from loaders.extract.guarded_alias_before import guarded_alias_before
from loaders.extract.guarded_family_alone import family_not_place
from loaders.extract.honorific_alias_title import alias_as_title
from loaders.extract.honorific_refs import AR_CUES as HONORIFIC_AR
from loaders.extract.inputs import article_id, check_length
from loaders.extract.kill_agents_ar import AR_KILLED_HIM_KEYS
from loaders.extract.kill_state_forces import state_for_forces
from loaders.extract.latin_ids import _given_spellings as given_spellings
from loaders.extract.latin_ids import _index as latin_index
from loaders.extract.live_leads_ar import arabic_leads
from loaders.extract.lone_spelt_known import lone_spelt_known
from loaders.extract.lone_word_named import lone_word_of_named
from loaders.extract.meeting_came_during_ar import AR_DUAL_REFS
from loaders.extract.meeting_denied_next import denied_next
from loaders.extract.mention_base import latin_first_names
from loaders.extract.mentions import (
    Doc,
    find_mentions,
    resolve_aka,
    resolve_cataphora,
    resolve_kunya,
)
from loaders.extract.of_state_holder import of_state_holder
from loaders.extract.plural_refs import AR_KEYS as REF_AR_KEYS
from loaders.extract.protocol_forms import blank_blessings_ar
from loaders.extract.relations import SentenceRules
from loaders.extract.saudi_king_abdullah import saudi_king_abdullah
from loaders.extract.styled_short_name import styled_short_name
from loaders.extract.surname_first import lone_surname_first
from loaders.extract.surname_first_ar import lone_family_before_ar
from loaders.extract.title_ministries import bodies_index
from loaders.extract.title_named_holder import title_named_holder
from loaders.extract.tokens import tokenize_sentences
from loaders.textnorm import detect_lang

SYMMETRIC = frozenset({"MET_WITH"})
# token keys by which a sentence without mentions may refer back to the people of the one
# before ("The two men were killed", "القائدان", "قتلته", "He was killed in an Israeli strike",
# "a strike killed him"); tested with one set operation in C
_REFER_BACK_KEYS = frozenset({"two", "three", "four", "both", "pair", "he", "she", "him",
                              "her"}) | \
    REF_AR_KEYS | AR_KILLED_HIM_KEYS | \
    L._ar("الأخير", "والأخير", "الأخيرة", "والأخيرة") | \
    AR_DUAL_REFS | \
    frozenset({"trilateral", "tripartite", "quadrilateral"}) | \
    L._ar("الثلاثي", "الثلاثية", "الرباعي", "الرباعية") | \
    HONORIFIC_AR  # "The trilateral meeting was held behind closed doors", «وتناول الاجتماع
# الثلاثي ...» (meeting_all_sides, s65); «وكان سموه قد عقد مع فخامته جلسة مباحثات» (s66);
# "The four officials discussed a framework" (meeting_all_sides, s67)
_KEY = attrgetter("key")


@register("rules")
class RuleExtractor:
    """Rule-based extractor. Entities not in the gazetteer get ids ``<type>:<slug>``; within
    one extractor instance (e.g. one ``load`` run) a new name seen again under another
    spelling or script reuses the id it got first."""

    name = "rules"

    def __init__(self, gazetteer: Gazetteer | None = None,
                 gazetteer_files: list[str | Path] | None = None):
        self.gaz = gazetteer or load_gazetteer(gazetteer_files)
        self.session: dict[str, Any] = {}
        # the Latin respelling index of the name table (latin_ids), built here once rather
        # than inside the first article that needs it; so are the leaders index of the
        # gazetteer (leaders_of, ~1 ms), the Latin spellings of name words
        # (mention_runs_en.latin_first_names) and of given names (latin_ids._given_spellings)
        latin_index(self.gaz)
        self.gaz.leaders_of("")
        latin_first_names(self.gaz)
        given_spellings(self.gaz)
        bodies_index(self.gaz)  # (title_ministries: the ministries by country and kind)
        # (foreign_respelt_ar: the foreign people's Arabic names, folded; 50-90 ms in the
        # first Arabic article with an unknown name of two words)
        respelt_index(self.gaz)

    def extract(self, text: str, *, lang: str | None = None,
                meta: dict[str, Any] | None = None) -> dict[str, Any]:
        with fewer_collections():  # (gc_scope.py: no young collection per article)
            return self._extract(text, lang=lang, meta=meta)

    def _extract(self, text: str, *, lang: str | None = None,
                 meta: dict[str, Any] | None = None) -> dict[str, Any]:
        if not isinstance(text, str):
            raise ExtractionError("text must be a string")
        if not text.strip():
            raise ExtractionError("the article text is empty")
        check_length(text)
        meta = dict(meta or {})
        if lang in (None, "auto"):
            lang = meta.get("lang") if meta.get("lang") in ("ar", "en") else detect_lang(text)
        if lang not in ("ar", "en"):
            raise ExtractionError(f"lang must be 'ar', 'en' or 'auto', got {lang!r}")
        # («حفظه الله»: spaces; "H H the Amir also met ...": read as "Emir")
        read = blank_blessings_ar(text) if lang == "ar" else amir_title_en(text)
        toks, sents = tokenize_sentences(read)
        if lang == "ar":
            arabic_leads(toks, sents)  # "14:35 - التقى ...": a live-blog line is Arabic
        doc = Doc(read, toks, sents, self.gaz, self.session)
        bylines = byline_sentences(toks, sents) if lang == "ar" else ()  # «كتب - X»: no news
        for si in range(len(sents)):
            if si not in bylines:
                find_mentions(doc, si)
        resolve_cataphora(doc)
        resolve_aka(doc)
        lone_spelt_known(doc)  # "The Hague": no Charles Hage named nowhere else
        lone_word_of_named(doc)  # "Jafari" (headline), then "Mohammad Ali Jafari"
        lone_surname_first(doc)  # "Tetteh ..." (headline), then "Hanna Serwaa Tetteh"
        lone_family_before_ar(doc)  # "المبعوثة تيتيه تلتقي حفتر", then the full names
        guarded_alias_before(doc)  # "وأبو قصرة" (headline), then "مرهف أبو قصرة"
        family_not_place(doc)  # "Qassem met Araghchi in Beirut": no region Qassim
        of_state_holder(doc)  # "King Abdullah of Saudi Arabia": no Abdullah II
        styled_short_name(doc)  # "King Abdullah" (headline), then "King Abdullah bin Abdulaziz"
        saudi_king_abdullah(doc)  # "received by King Abdullah ... his half-brother King Fahd"
        elder_bush(doc)  # "President Bush met Syrian President Hafez Assad": George H. W. Bush
        alias_as_title(doc)  # «خادم الحرمين الشريفين الملك عبدالله»: no King Salman
        bin_short_name(doc)  # "Mohamed bin Zayed ... Bin Zayed": the same man
        title_named_holder(doc)  # headline "the IAEA chief", then the body's "IAEA chief X"
        resolve_kunya(doc)
        rels = []
        for si in range(len(sents)):
            # a sentence without mentions relates nothing, unless it refers back to a pair
            # ("The two men were killed in a U.S. strike")
            if doc.by_sent.get(si) or (si and doc.by_sent.get(si - 1) and not
                                       _REFER_BACK_KEYS.isdisjoint(map(
                                           _KEY, toks[sents[si].lo:sents[si].hi]))):
                rels.extend(SentenceRules(doc, si).run())
        rels = drop_group_meetings(doc, rels)  # "leaders of several armed factions"
        rels = self.more_relations(doc, rels, lang)
        rels = state_for_forces(doc, rels)  # "killed by U.S. forces": the United States
        if rels:
            rels = denied_next(toks, sents, doc.by_sent, rels)  # "X met Y. Y denied any meeting"
        doc.text = text  # (the article as written, blessings too)
        return self._assemble(doc, rels, lang, meta)

    def more_relations(self, doc: Doc, rels: list, lang: str) -> list:
        """Hook for extractors built on the rules (``rules+scorer``): the relations to
        assemble, given the rules' ones. The rule extractor adds none."""
        return rels

    # ---------------------------------------------------------------------------------
    def _entity(self, doc: Doc, eid: str) -> dict[str, Any] | None:
        e = self.gaz.entries.get(eid)  # = gaz.get(eid), without a call
        if e is not None:
            out: dict[str, Any] = {"id": e.id, "type": e.type, "name": e.name}
            if e.name_ar:
                out["name_ar"] = e.name_ar
            out["aliases"] = list(e.aliases)
            if e.description:
                out["description"] = e.description
            return out
        if eid in doc.new_entities:
            ne = doc.new_entities[eid]
            return {"id": eid, "type": ne["type"], "name": ne["name"],
                    "aliases": list(dict.fromkeys(ne["aliases"]))}
        return None

    def _assemble(self, doc: Doc, rels: list, lang: str, meta: dict[str, Any]) -> dict[str, Any]:
        text = doc.text
        spans: dict[str, set[tuple[int, int]]] = {}  # in order of first mention
        for m in doc.ments:
            if m.end > m.start:
                have = spans.get(m.eid)
                if have is None:
                    spans[m.eid] = {(m.start, m.end)}
                else:
                    have.add((m.start, m.end))
        entities: dict[str, dict[str, Any]] = {}
        for eid, eid_spans in spans.items():
            ent = self._entity(doc, eid)
            if ent is not None:
                ent["mentions"] = list(map(list, sorted(eid_spans)))  # [[start, end], ...]
                entities[eid] = ent
        relations = []
        seen = set()
        for r in rels:
            src, tgt = r.source, r.target
            if r.type in SYMMETRIC and tgt < src:
                src, tgt = tgt, src
            key = (r.type, src, tgt, r.sent)
            if key in seen:
                continue
            for eid in (src, tgt):
                if eid not in entities:
                    ent = self._entity(doc, eid)
                    if ent is None:
                        break
                    entities[eid] = ent
            else:
                seen.add(key)
                s = doc.sents[r.sent]
                relations.append({
                    "type": r.type, "source": src, "target": tgt,
                    "evidence": {"sentence": text[s.start:s.end], "start": s.start,
                                 "end": s.end},
                    "confidence": r.confidence,
                    "method": r.rule if r.rule.startswith("scorer") else f"rule:{r.rule}",
                })
        # Reading order, then a fixed order within a sentence: some rules collect the members of
        # a list in a set, and the same article must give the same JSON in every run.
        relations.sort(key=lambda r: (r["evidence"]["start"], r["type"], r["source"], r["target"]))
        art: dict[str, Any] = {"id": meta.get("id") or article_id(meta, text)}
        first_line = text.strip().partition("\n")[0].strip()  # (= .split("\n", 1)[0], cheaper)
        art["title"] = meta.get("title") or (first_line if len(first_line) <= 160
                                             else first_line[:157].rstrip() + "...")
        for k in ("url", "source", "published"):
            if meta.get(k):
                art[k] = meta[k]
        art["lang"] = lang
        return {"article": art, "text": text, "entities": list(entities.values()),
                "relations": relations,
                "meta": {"extractor": self.name, "gazetteer": self.gaz.sources}}
