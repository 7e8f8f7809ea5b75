"""Probe: people with non-Arab names written in Arabic script (session 21, ``arforeign``).

The names (``foreign_names_ar_probe.tsv``: Latin American, African, Slavic, Western, East,
South-East and South Asian, Turkish people as Arabic outlets spell them, with a second
common spelling where there is one) were written from the engineers' own knowledge, not
taken from any dev text. A name the gazetteers know (the Arabic or the English sentence
gives a gazetteer id) is left out, so the probe measures unknown-name recognition only.

Each name is placed in sentence frames, with and without a title and as the subject or the
object of "التقى" / "استقبل" / "خلف" / "اغتيال"; the negatives are Arabic common words and
place names of foreign look in the same kind of frames. Printed:

* found: the share of (name, frame) where a person's mention has exactly the name's span;
* one id: the share of two-sentence articles (the full name, then the surname alone) where
  both are found with one id;
* Latin id: of the names found after a title, the share whose id is the one the English
  sentence "President <Latin name> said ..." gives (extracted apart, in its own session);
  and the share whose id has at least the English id's consonant skeleton;
* the share of those names whose English id, and whose Arabic id, is the plain slug of the
  Latin name (``person:nicolas-maduro``: no respelling of a foreign word as an Arabic one);
* false persons: negative sentences with a person found.

Run: ``python bench/probe_foreign_names_ar.py [-v]`` (``-v`` lists each miss).
"""

from __future__ import annotations

import sys
from pathlib import Path

from loaders.extract.rules import RuleExtractor
from loaders.textnorm import skeleton, slugify

_TSV = Path(__file__).with_name("foreign_names_ar_probe.tsv")

# (frame name, Arabic text with {n} for the name)
FRAMES = [
    ("bare_said", "وقال {n} إن الحكومة ستواصل الإصلاحات الاقتصادية."),
    ("title_said", "وقال الرئيس {n} إن الحكومة ستواصل الإصلاحات الاقتصادية."),
    ("met_subject", "والتقى {n} وزير الخارجية فؤاد حسين في بغداد أمس."),
    ("met_object", "والتقى وزير الخارجية فؤاد حسين {n} على هامش القمة."),
    ("received_object", "واستقبل رئيس الوزراء محمد شياع السوداني {n} في بغداد أمس."),
    ("succeeded_subject", "وخلف {n} سلفه في رئاسة الحكومة العام الماضي."),
    ("instead_of", "وأدى الرئيس الجديد اليمين الدستورية خلفاً لـ{n} في المنصب."),
    ("killing", "وأدان المجلس اغتيال {n} في العاصمة أمس."),
    ("sentence_open", "{n} يصل إلى بغداد في زيارة رسمية."),
]
ALT_FRAMES = ("bare_said", "received_object", "killing")
ARTICLE = "وقال {n} إن بلاده مستعدة للحوار مع جيرانها. وأضاف {s} أن المحادثات ستستمر الأسبوع المقبل."
ENGLISH = "President {n} said on Monday that the talks would continue."

NEGATIVES = [
    # common words of foreign look
    "بروتوكول", "تكنولوجيا", "بيروقراطية", "أيديولوجيا", "ديمقراطية", "استراتيجية", "سيناريو",
    "فيديو", "راديو", "تلفزيون", "كيلومترات", "ديناميكية", "بروباغندا", "الكونغرس", "فيروس",
    "كورونا", "أولمبياد", "مونديال", "ماراثون", "جيوسياسية", "ليبرالية", "البوليساريو", "أوبك",
    "الناتو", "يونيسف", "اليورو", "الدولار", "تويتر", "فيسبوك", "بلوتوكرات", "ميليشيات",
    "الأوليغارشية", "بلاستيك", "إلكترونيات", "موتوسيكلات", "ترليونات", "ميغاواط",
    # places of foreign look
    "كاراكاس", "ميانمار", "بوغوتا", "ليما", "كيتو", "مونتيفيديو", "أسونسيون", "لاباز",
    "برازيليا", "ماناغوا", "تيغوسيغالبا", "نيروبي", "كمبالا", "كيغالي", "أبوجا", "لاغوس",
    "داكار", "باماكو", "نيامي", "واغادوغو", "هراري", "لوساكا", "مابوتو", "كينشاسا", "كييف",
    "خاركيف", "أوديسا", "دونيتسك", "زابوريجيا", "ماريوبول", "باخموت", "سيفاستوبول", "مينسك",
    "فيلنيوس", "تبليسي", "يريفان", "طشقند", "بيشكيك", "أستانا", "دوشانبي", "نايبيداو",
    "يانغون", "ماندالاي", "كاتماندو", "كولومبو", "جاكرتا", "مانيلا", "هانوي", "طوكيو",
    "هيروشيما", "أوساكا", "سيول", "فنزويلا", "كولومبيا", "الأرجنتين", "نيكاراغوا", "هندوراس",
    "غواتيمالا", "بوليفيا", "الإكوادور", "أوروغواي", "باراغواي", "زيمبابوي", "موزمبيق",
    "أوغندا", "تنزانيا", "بوروندي", "مدغشقر", "كاليفورنيا", "فلوريدا", "تورونتو", "ميلانو",
    "برشلونة", "لشبونة", "بوخارست", "بودابست", "بلغراد", "سراييفو", "بيونغ يانغ", "سنغافورة",
]
NEG_FRAMES = [
    "وقال الوزير إن {n} جزء من النقاش الدائر.",
    "وشهدت {n} نقاشاً واسعاً خلال الأسبوع الماضي.",
    "والتقى وزير الخارجية فؤاد حسين ممثلين عن {n} أمس.",
    "وتحدث التقرير عن {n} بشكل مفصل.",
]
# a Turkish family name is written in two words ("إمام أوغلو")
_TWO_WORD_SURNAME = ("أوغلو", "اوغلو")


def load_names() -> list[tuple[str, str, str, str]]:
    """(Latin, Arabic, second Arabic spelling or '', Arabic surname alone or '')."""
    rows = []
    for line in _TSV.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t") + ["", ""]
        latin, ar, alt, sur = cells[0], cells[1], cells[2], cells[3]
        words = ar.split()
        if not sur:
            sur = " ".join(words[-2:]) if words[-1] in _TWO_WORD_SURNAME else words[-1]
        rows.append((latin, ar, alt, "" if sur == "-" else sur))
    return rows


def persons(doc: dict, text: str) -> dict[str, str]:
    """Surface -> id of the person mentions of an extracted article."""
    return {text[a:b]: e["id"] for e in doc["entities"] if e["type"] == "Person"
            for a, b in e.get("mentions") or []}


def main(verbose: bool = False) -> None:
    ar_ex, en_ex = RuleExtractor(), RuleExtractor()
    known = ar_ex.gaz.entries
    names = load_names()
    found = total = alt_found = alt_total = one_id = arts = 0
    latin_ok = latin_skel = latin_n = skipped = en_plain = ar_plain = 0
    per_frame: dict[str, list[int]] = {f: [0, 0] for f, _t in FRAMES}
    misses: list[str] = []
    for latin, ar, alt, sur in names:
        etext = ENGLISH.format(n=latin)
        en_ids = [i for s, i in persons(en_ex.extract(etext, lang="en"), etext).items()
                  if s in latin or latin in s]
        tt = dict(FRAMES)["title_said"].format(n=ar)
        tdoc = persons(RuleExtractor.extract(ar_ex, tt, lang="ar"), tt)
        if any(i in known for i in [*en_ids, *tdoc.values()]):
            skipped += 1
            continue
        for fname, frame in FRAMES:
            for spelling, is_alt in ((ar, False), (alt, True)):
                if not spelling or (is_alt and fname not in ALT_FRAMES):
                    continue
                text = frame.format(n=spelling)
                got = persons(ar_ex.extract(text, lang="ar"), text)
                ok = spelling in got
                if is_alt:
                    alt_total += 1
                    alt_found += ok
                else:
                    total += 1
                    found += ok
                    per_frame[fname][0] += ok
                    per_frame[fname][1] += 1
                if not ok:
                    misses.append(f"miss {fname}{' (alt)' if is_alt else ''}: {text} -> {got}")
        if sur:
            text = ARTICLE.format(n=ar, s=sur)
            got = persons(ar_ex.extract(text, lang="ar"), text)
            arts += 1
            if ar in got and sur in got and got[ar] == got[sur]:
                one_id += 1
            else:
                misses.append(f"two ids: {text} -> {got}")
        if ar in tdoc and en_ids:
            latin_n += 1
            latin_ok += tdoc[ar] == en_ids[0]
            sk_en, sk_ar = (skeleton(i.split(":", 1)[1].replace("-", " ")) for i in
                            (en_ids[0], tdoc[ar]))
            latin_skel += sk_en == sk_ar
            plain = "person:" + slugify(latin)
            en_plain += en_ids[0] == plain
            ar_plain += tdoc[ar] == plain
            if tdoc[ar] != en_ids[0]:
                misses.append(f"latin id: {ar} -> {tdoc[ar]} (English {en_ids[0]})")
    false_persons = []
    for word in NEGATIVES:
        for frame in NEG_FRAMES:
            text = frame.format(n=word)
            got = [s for s, i in persons(ar_ex.extract(text, lang="ar"), text).items()
                   if i != "person:fuad-hussein"]
            if got:
                false_persons.append(f"false person: {text} -> {got}")
    if verbose:
        print("\n".join(misses + false_persons))
    n = len(names) - skipped
    print(f"names: {n} probed ({skipped} left out: known to the gazetteers)")
    for fname, (a, b) in per_frame.items():
        print(f"  {fname:18s} {a}/{b}")
    print(f"found (exact span): {found}/{total} = {found / max(total, 1):.3f}")
    print(f"found, second spelling: {alt_found}/{alt_total} = {alt_found / max(alt_total, 1):.3f}")
    print(f"one id (full name, then surname): {one_id}/{arts} = {one_id / max(arts, 1):.3f}")
    print(f"Latin id as the English side's: {latin_ok}/{latin_n} = {latin_ok / max(latin_n, 1):.3f}"
          f" (same skeleton: {latin_skel}/{latin_n})")
    print(f"English id as the name's plain slug: {en_plain}/{latin_n}; Arabic id so: "
          f"{ar_plain}/{latin_n}")
    print(f"false persons: {len(false_persons)}/{len(NEGATIVES) * len(NEG_FRAMES)}")


if __name__ == "__main__":
    main("-v" in sys.argv[1:])
