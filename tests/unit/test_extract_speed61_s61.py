"""Session 61 (speed61): the cache-warming tool of bench/ (the same articles extracted twice in
one process; the calls made only in the first pass are the caches filled inside the measured
window). The extractor itself is unchanged: the session's measurements of the token
representation found no cheaper one under CPython 3.11."""

from __future__ import annotations

from tests.unit.bench_scripts import load_bench


def test_second_pass_makes_no_more_calls_than_the_first() -> None:
    tool = load_bench("extract_cache_warming")
    texts = ["Iraqi Prime Minister Ahmed Salim met his Iranian counterpart in Tehran on Monday.",
             "Quxlandia's Foreign Minister Zorbat Vemmelkin met Yarrow Pleskit in Baghdad.",
             "التقى وزير الخارجية العراقي أحمد سليم نظيره الإيراني في طهران."]
    first, second, rows = tool.warming(texts, "rules")
    assert first >= second > 0
    assert all(diff == n1 - n2 > 0 for diff, _k, n1, n2 in rows)
    assert [r[0] for r in rows] == sorted((r[0] for r in rows), reverse=True)
    assert all(not k.startswith("~") and k.count(":") >= 2 for _d, k, _a, _b in rows)
