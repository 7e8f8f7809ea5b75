"""Session 28, scorercost: the ``rules+scorer`` extractor does less work for the same output.
An article's cue tokens are looked up once (``TokenCues``), and each sentence's scan
(``SentScan``) takes its share of them: the same cue tokens, cue bits and clause marks as a
token-by-token read (``SentInfo``), in English and Arabic."""

from loaders.extract.live_leads_ar import arabic_leads
from loaders.extract.scorer_features import _TEXT_BITS, SentInfo, SentScan, TokenCues
from loaders.extract.tokens import tokenize_sentences

_TEXTS = (
    "Amiri met Maliki in Baghdad; Sadr stayed home while Hakim called. The strike that "
    "killed Soleimani (and Muhandis) was ordered by Trump. Nobody succeeded him.",
    "14:35 - التقى وزير الخارجية عباس عراقجي نظيره القطري في الدوحة؛ وقال إن الاجتماع "
    "بحث اغتيال هنية. وخلفه السنوار في قيادة الحركة - بحسب مصادر.",
)


def test_each_sentence_reads_its_share_of_the_articles_cue_tokens():
    for text in _TEXTS:
        toks, sents = tokenize_sentences(text)
        arabic_leads(toks, sents)  # (as the extractor does: "14:35 -" becomes Arabic)
        texts = [t.text for t in toks]
        n_cues = 0
        for s in sents:
            ref = SentInfo(toks, s.lo, s.hi, [])
            for scan in (SentScan(toks, s.lo, s.hi, texts).read(),
                         SentScan(toks, s.lo, s.hi).read()):  # (alone: its own tokens)
                assert [(k, b) for k, b, _w in scan.cues] == ref.cues
                assert [w for _k, _b, w in scan.cues] == [ref.words[k - s.lo]
                                                          for k, _b in ref.cues]
                assert scan.marks == ref.marks
                every = 0
                for b in ref.bits:
                    every |= b
                assert scan.bits == every
            n_cues += len(ref.cues)
        assert n_cues >= 6


def test_a_token_that_starts_with_a_figure_is_not_kept_by_its_text():
    toks, sents = tokenize_sentences(_TEXTS[1])
    TokenCues(toks, [t.text for t in toks])
    assert "14" not in _TEXT_BITS and "التقى" in _TEXT_BITS
