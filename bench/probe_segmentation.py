"""Probe of sentence segmentation on news-like paragraphs of our own (session 21, `segment`).

Part 1: paragraphs written as lists of gold sentences, with the traps of wire copy in both
languages (abbreviations and initials, decimals and times, quotations across a full stop,
datelines, lists and timelines, headlines, Arabic punctuation, ellipses, URLs and e-mail
addresses, hard-wrapped lines). Each paragraph is joined with its separator, segmented by
``tokens.tokenize_sentences``, and the sentence starts are compared with the gold ones
(first token of each gold sentence): the share of gold boundaries found, and the spurious
boundaries (a cut where no sentence starts).

Part 2: short pieces where segmentation decides a core relation (a cut inside the sentence
loses it; two sentences glued together may invent one): the core relations expected and
those that must not be read, found by the rule extractor.

    python bench/probe_segmentation.py [-v]
"""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from loaders.extract.rules import RuleExtractor  # noqa: E402
from loaders.extract.tokens import tokenize_sentences  # noqa: E402

# (name, separator, gold sentences)
SEGMENTS: list[tuple[str, str, list[str]]] = [
    ("titles_en", " ", [
        "Lt. Gen. Harold Mbeki and Brig. Gen. Tomas Ferrer arrived in Kabul on Tuesday.",
        "Maj. Ahmad Rostami and Col. Denis Urban met Dr. Lena Sorel at the base.",
        "Sen. Carla Dwight and Rep. Owen Tate were also there, said Mr. Paul Hanning.",
        "They left for St. Louis at 10 a.m. on Wednesday.",
    ]),
    ("initials_en", " ", [
        "George W. Bush met the Iraqi leader in 2006.",
        "J.D. Vance later met Nouri al-Maliki's successor in the capital.",
        "The talks, chaired by Robert F. Kennedy Jr., lasted two hours.",
    ]),
    ("us_politics_en", " ", [
        "Rep. Adam Kline, D-Calif., and Sen. Mary Holt, R-Tenn., met the envoy on Tuesday.",
        "Kline said the talks in Washington, D.C., were useful.",
        "Holt did not comment.",
    ]),
    ("list_ar", "\n", [
        "أبرز ما جاء في البيان:",
        "1. التقى الوزير نظيره الأردني في عمّان.",
        "2. اتفق الجانبان على فتح المعبر.",
        "3- يعقد الاجتماع المقبل في بغداد.",
    ]),
    ("acronym_at_end_en", " ", [
        "The strike was carried out by the U.S.",
        "The Iraqi government condemned it and summoned the envoy of the U.N.",
        "He said the decision was final.",
        "Tehran blamed Washington Inc.",
        "The company denied it.",
    ]),
    ("acronym_before_name_en", " ", [
        "U.S. President Donald Trump met U.N. Secretary-General Antonio Guterres in New York.",
        "Iran's No. 2 diplomat attended, as did the head of the U.S. Central Command.",
    ]),
    ("decimals_times_en", " ", [
        "The plan is worth $1.5 billion and runs to 2030.",
        "Talks started at 10.30 and ended at 4:15 p.m. local time.",
        "Inflation rose 3.2 percent in Jan. 2024, the bank said.",
        "The meeting was set for Jan. 15 at 9 a.m.",
        "The minister did not attend.",
    ]),
    ("quotes_en", " ", [
        "\"We will respond,\" he said.",
        "\"Who ordered this?\" asked one official.",
        "\"It is over.\"",
        "The minister added: \"They told us, 'leave now.'",
        "We left.\"",
        "He declined to comment further.",
    ]),
    ("dateline_en", " ", [
        "BAGHDAD (AP) \u2014 Iraq's prime minister met the Kurdish leader on Sunday.",
        "The two men discussed oil exports (which resumed in March.)",
        "No date was set.",
    ]),
    ("headline_en", "\n", [
        "Iran names new commander of Quds Force",
        "TEHRAN, Jan. 3 (Reuters) - Iran's supreme leader named a new commander on Friday.",
        "The move followed the killing of his predecessor.",
    ]),
    ("timeline_en", "\n", [
        "Timeline:",
        "2019: Khalid Amir replaced Omar Nasser as chief of staff.",
        "2021: Amir was dismissed.",
        "- March 2022: Sami Haddad took over.",
        "1. The first round of talks opened in Muscat.",
        "2. The second round followed in Rome.",
    ]),
    ("ellipsis_en", " ", [
        "\"We will not forget ... and we will not forgive,\" the statement said.",
        "Officials waited\u2026 and waited.",
        "Then the envoy left.",
    ]),
    ("url_email_en", " ", [
        "The ministry posted the statement on www.mofa.gov.iq and on its channel.",
        "Questions can be sent to press.office@un.org before Friday.",
        "The office did not reply.",
    ]),
    ("hard_wrapped_en", "wrap", [
        "Iraqi Prime Minister Karim Haddad met the visiting Jordanian foreign minister in "
        "Baghdad on Monday, the prime minister's office said in a statement.",
        "The two sides discussed the water crisis and the reopening of the border crossing "
        "between the two countries, it added.",
        "The visit was the first by a Jordanian minister this year, and the two governments "
        "agreed to meet again in Amman next month.",
    ]),
    ("paragraphs_en", "\n\n", [
        "Iraq's prime minister met the Jordanian foreign minister on Monday",
        "The two sides discussed the water crisis, it added",
        "Officials said the talks would resume in Amman.",
    ]),
    ("titles_ar", " ", [
        "التقى د. أحمد الساعدي وزير الصحة في بغداد أمس.",
        "وحضر اللقاء أ. د. سامي الحسن رئيس الجامعة.",
        "ولم يدل أي منهما بتصريح.",
    ]),
    ("punct_ar", " ", [
        "هل التقى الوزير نظيره التركي؟",
        "نعم، التقاه في أنقرة؛ وبحثا ملف المياه، والحدود، والتجارة.",
        "وقال المتحدث: «اللقاء كان إيجابياً!».",
        "وأضاف أن الجولة المقبلة ستعقد في بغداد.",
    ]),
    ("quotes_ar", " ", [
        "وقال الوزير: «سنرد في الوقت المناسب.»",
        "وأضاف: \"لن نقبل بذلك، ولن نتراجع.\"",
        "ولم يحدد موعداً للرد.",
    ]),
    ("dateline_ar", " ", [
        "بغداد - «الشرق الأوسط»: التقى رئيس الوزراء العراقي رئيس إقليم كردستان أمس.",
        "وبحث الجانبان (في قصر الحكومة) ملف الرواتب.",
    ]),
    ("numbers_ar", " ", [
        "وتبلغ قيمة الخطة 1.5 مليار دولار.",
        "وبدأ الاجتماع في الساعة 10.30 صباحاً وانتهى ظهراً.",
        "وأكد البنك أن التضخم بلغ 3.2 في المائة.",
    ]),
    ("latin_in_ar", " ", [
        "ونشرت الوزارة البيان على موقعها www.mofa.gov.iq وعلى حسابها في X.",
        "وقالت وكالة Reuters إن الوزير التقى السفير الأميركي.",
        "ويمكن مراسلة المكتب على info@pmo.gov.iq للاستفسار.",
    ]),
    ("ellipsis_ar", " ", [
        "وقال الوزير إن الرد قادم... لكنه لم يحدد موعده.",
        "ثم غادر القاعة.",
    ]),
    ("timeline_ar", "\n", [
        "أبرز المحطات:",
        "- 2019: خلف خالد أمير عمر ناصر في رئاسة الأركان.",
        "- 2021: أعفي أمير من منصبه.",
    ]),
    ("hard_wrapped_ar", "wrap", [
        "التقى رئيس الوزراء العراقي كريم حداد وزير الخارجية الأردني في بغداد أمس، وبحث الجانبان "
        "أزمة المياه وإعادة فتح المعبر الحدودي بين البلدين، بحسب بيان لمكتب رئيس الوزراء.",
        "وأكد الجانبان على أهمية التنسيق المشترك في الملفات الإقليمية والاقتصادية، واتفقا على "
        "عقد اجتماع جديد في عمّان الشهر المقبل.",
    ]),
]

SUDANI, BARZANI = "person:mohammed-shia-al-sudani", "person:masrour-barzani"
ARAGHCHI, FAISAL = "person:abbas-araghchi", "person:faisal-bin-farhan"
SOLEIMANI, QAANI = "person:qasem-soleimani", "person:esmail-qaani"
KADHIMI, SADR = "person:mustafa-al-kadhimi", "person:muqtada-al-sadr"
MW, SO = "MET_WITH", "SUCCESSOR_OF"

# (name, lang, text, expected core triples, triples that must not be read)
RELATIONS: list[tuple[str, str, str, list[tuple[str, str, str]], list[tuple[str, str, str]]]] = [
    ("decimal_en", "en", "Mohammed Shia al-Sudani and Masrour Barzani, whose region exports 0.4 "
     "million barrels a day, met in Baghdad on Monday.",
     [(MW, SUDANI, BARZANI)], []),
    ("time_en", "en", "Iranian Foreign Minister Abbas Araghchi, who landed at 10.30 on Thursday, "
     "met his Saudi counterpart Faisal bin Farhan in Riyadh.", [(MW, ARAGHCHI, FAISAL)], []),
    ("am_en", "en", "Prime Minister Mohammed Shia al-Sudani, at 9 a.m. on Sunday and in the "
     "presence of reporters, received Masrour Barzani.", [(MW, SUDANI, BARZANI)], []),
    ("email_en", "en", "Iranian Foreign Minister Abbas Araghchi, according to a statement e-mailed "
     "from press@mfa.gov.ir, met Saudi Foreign Minister Faisal bin Farhan in Jeddah.",
     [(MW, ARAGHCHI, FAISAL)], []),
    ("url_en", "en", "Prime Minister Mohammed Shia al-Sudani, in remarks posted on pmo.gov.iq, said "
     "he met Masrour Barzani in Baghdad on Tuesday.", [(MW, SUDANI, BARZANI)], []),
    ("hard_wrap_en", "en", "Iranian Foreign Minister Abbas Araghchi met his Saudi counterpart\n"
     "Faisal bin Farhan in Beijing on Thursday, the two ministries said in a\n"
     "joint statement issued after the talks, which lasted three hours and\n"
     "covered the reopening of embassies.", [(MW, ARAGHCHI, FAISAL)], []),
    ("hard_wrap_so_en", "en", "Esmail Qaani, the deputy commander of the Quds Force, was named on\n"
     "Friday to succeed Qasem Soleimani, who was killed in a U.S. strike in\n"
     "Baghdad on Jan. 3, the supreme leader's office said in a statement\n"
     "carried by state media.", [(SO, QAANI, SOLEIMANI)], []),
    ("quote_question_en", "en", "\"Why now?\" asked Prime Minister Mustafa al-Kadhimi as he met "
     "Muqtada al-Sadr in Najaf on Saturday.", [(MW, KADHIMI, SADR)], []),
    ("glued_acronym_en", "en", "Abbas Araghchi said the sanctions had been imposed by the U.S. "
     "The next day Faisal bin Farhan flew to Washington and met officials there.",
     [], [(MW, ARAGHCHI, FAISAL)]),
    ("decimal_ar", "ar", "استقبل رئيس الوزراء محمد شياع السوداني، الذي أعلن خطة إسكان بقيمة 1.5 مليار "
     "دولار، رئيس حكومة إقليم كردستان مسرور بارزاني في بغداد أمس.", [(MW, SUDANI, BARZANI)], []),
    ("time_ar", "ar", "والتقى وزير الخارجية الإيراني عباس عراقجي عند الساعة 10.30 صباح الخميس نظيره "
     "السعودي فيصل بن فرحان في الرياض.", [(MW, ARAGHCHI, FAISAL)], []),
    ("doctor_ar", "ar", "والتقى وزير الخارجية الإيراني عباس عراقجي، بحضور د. علي رضائي، نظيره السعودي "
     "فيصل بن فرحان في الرياض.", [(MW, ARAGHCHI, FAISAL)], []),
    ("hard_wrap_ar", "ar", "والتقى وزير الخارجية الإيراني عباس عراقجي أمس في العاصمة الصينية بكين\n"
     "نظيره السعودي فيصل بن فرحان، بحسب بيان مشترك صدر عن وزارتي خارجية\n"
     "البلدين بعد المحادثات التي استمرت ثلاث ساعات وتناولت إعادة فتح\n"
     "السفارتين.", [(MW, ARAGHCHI, FAISAL)], []),
    # tokenisation of web copy: other hyphens, apostrophes and invisible marks inside names
    ("nb_hyphen_en", "en", "Quds Force commander Esmail Qaani met Muqtada al\u2011Sadr in Najaf "
     "on Sunday.", [(MW, QAANI, SADR)], []),
    ("en_dash_hyphen_en", "en", "Prime Minister Mustafa al\u2013Kadhimi met Muqtada al\u2010Sadr in "
     "Najaf.", [(MW, KADHIMI, SADR)], []),
    ("left_quote_ayn_en", "en", "Brig. Gen. Esmail Qa\u2018ani met Muqtada al-Sadr in Najaf.",
     [(MW, QAANI, SADR)], []),
    ("soft_hyphen_en", "en", "Esmail Qaani met Muqtada al-Sa\u00addr and Mustafa al-Kadhi\u200bmi "
     "in Baghdad.", [(MW, QAANI, SADR), (MW, QAANI, KADHIMI)], []),
    ("zwnj_ar", "ar", "التقى قائد فيلق القدس إسماعيل قا\u200cآني زعيم التيار الصدري مقتدى الصدر في "
     "النجف.", [(MW, QAANI, SADR)], []),
    ("url_ar", "ar", "وقال رئيس الوزراء محمد شياع السوداني، في بيان نشر على موقع pmo.gov.iq، إنه "
     "التقى مسرور بارزاني في بغداد.", [(MW, SUDANI, BARZANI)], []),
]


def boundaries(text: str, sents_text: list[str], sep: str) -> tuple[set[int], set[int]]:
    """Gold and found sentence starts (character offsets of the first token), first excluded."""
    toks, sents = tokenize_sentences(text)
    found = {toks[s.lo].start for s in sents[1:]}
    gold: set[int] = set()
    pos = 0
    for k, s in enumerate(sents_text):
        if k:
            pos += len(sep)
        start = pos + (len(s) - len(s.lstrip()))
        first = next((t.start for t in toks if t.start >= start), None)
        if k and first is not None:
            gold.add(first)
        pos += len(s)
    return gold, found


def run(verbose: bool = False) -> dict[str, float]:
    n_gold = n_hit = n_spur = n_found = 0
    for name, sep, sents_text in SEGMENTS:
        text = (" " if sep == "wrap" else sep).join(sents_text)
        if sep == "wrap":  # hard-wrapped at 70 characters: the same text, spaces -> newlines
            wrapped = textwrap.fill(text, 70, break_long_words=False, break_on_hyphens=False)
            assert len(wrapped) == len(text), name
            text, sep = wrapped, " "
        gold, found = boundaries(text, sents_text, sep)
        n_gold += len(gold)
        n_hit += len(gold & found)
        n_found += len(found)
        n_spur += len(found - gold)
        if verbose and gold != found:
            for x in sorted(gold - found):
                print(f"  {name}: missed   ...{text[max(0, x - 25):x]!r} | {text[x:x + 20]!r}")
            for x in sorted(found - gold):
                print(f"  {name}: spurious ...{text[max(0, x - 25):x]!r} | {text[x:x + 20]!r}")
    ex = RuleExtractor()
    exp = got = wrong = 0
    for name, lang, text, must, must_not in RELATIONS:
        doc = ex.extract(text, lang=lang)
        have = {(r["type"], r["source"], r["target"]) for r in doc["relations"]}
        have |= {(t, b, a) for t, a, b in have if t == MW}
        exp += len(must)
        hit = [r for r in must if r in have]
        got += len(hit)
        bad = [r for r in must_not if r in have]
        wrong += len(bad)
        if verbose and (len(hit) < len(must) or bad):
            print(f"  {name}: missing {[r for r in must if r not in have]} wrong {bad}")
    out = {"boundaries_found": n_hit / n_gold, "spurious": n_spur, "spurious_share":
           n_spur / max(n_found, 1), "gold": n_gold, "relations_found": got,
           "relations_expected": exp, "relations_wrong": wrong}
    print(f"boundaries: {n_hit}/{n_gold} gold found ({n_hit / n_gold:.3f}), {n_spur} spurious "
          f"of {n_found} found ({out['spurious_share']:.3f})")
    print(f"relations: {got}/{exp} found, {wrong} wrong")
    return out


if __name__ == "__main__":
    run("-v" in sys.argv[1:])
