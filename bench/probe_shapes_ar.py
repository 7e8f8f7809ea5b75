"""Metamorphic probe of the sentence shapes of the three core relations in Arabic (session 21).

Each core statement (two people who met, a successor and his predecessor, a victim and the
side that killed him) is rendered through many shapes of Arabic news prose: datelines,
reported-speech frames, VSO and SVO, long asides, relative clauses, clitics, passives, nominal
forms, حيث / كما / إذ clauses, lists and dual subjects; and the negatives in the same shapes
(a phone call, a planned or denied meeting, a candidate, a killing without an agent, a third
party's accusation). The people are our own choice: known people of the gazetteers under
their usual spelling and new people introduced by a title. Nothing here is taken from a dev
or test set.

Run from the repository root::

    python bench/probe_shapes_ar.py            # per relation and per shape, worst first
    python bench/probe_shapes_ar.py --misses   # also every sentence that lost or added a pair

It prints, per relation, the recall over the positive shapes and the false positives (a core
relation among the probe's people that no statement gives, in any shape, negatives included).
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from loaders.extract.rules import RuleExtractor  # noqa: E402


@dataclass(frozen=True)
class P:
    """A participant: a title, a name, the id when the gazetteer knows him (else None: a new
    person, matched by the name among the extracted entity's names), and the adjective of a
    side (إسرائيلية) for an agent that is a country."""

    t: str
    n: str
    ids: tuple[str, ...] = ()
    adj: str = ""

    @property
    def f(self) -> str:
        """Title and name."""
        return f"{self.t} {self.n}".strip()


def glue(prefix: str, text: str) -> str:
    """A proclitic (ب، ل، و، ف) glued on the phrase; لـ before ال drops the alif."""
    if prefix == "ل" and text.startswith("ال"):
        return "لل" + text[2:]
    return prefix + text


# --- people -----------------------------------------------------------------------------------
SUDANI = P("رئيس الوزراء العراقي", "محمد شياع السوداني", ("person:mohammed-shia-al-sudani",))
PEZESH = P("الرئيس الإيراني", "مسعود بزشكيان", ("person:masoud-pezeshkian",))
ARAGH = P("وزير الخارجية الإيراني", "عباس عراقجي", ("person:abbas-araghchi",))
JAOUN = P("الرئيس اللبناني", "جوزاف عون", ("person:joseph-aoun",))
BERRI = P("رئيس مجلس النواب اللبناني", "نبيه بري", ("person:nabih-berri",))
NECH = P("رئيس إقليم كردستان", "نيجيرفان بارزاني", ("person:nechirvan-barzani",))
SHARAA = P("الرئيس السوري", "أحمد الشرع", ("person:ahmed-al-sharaa",))
MALAY = P("وزير الخارجية الماليزي", "أحمد فضلي رشيد")
KENYA = P("الرئيس الكيني", "جوزيف موانغي")
PERU = P("وزير الخارجية البيروفي", "خافيير غونزاليس")
MONGOL = P("رئيس وزراء منغوليا", "باتبولد غانزوريغ")
GHANA = P("وزير الدفاع الغاني", "كوفي أدجاي")

MEET_PAIRS = [(SUDANI, MALAY), (PEZESH, KENYA), (ARAGH, JAOUN), (NECH, MONGOL), (SHARAA, PERU),
              (BERRI, GHANA)]
THIRDS = {SUDANI: GHANA, PEZESH: MONGOL, ARAGH: PERU, NECH: KENYA, SHARAA: MALAY, BERRI: ARAGH}

QASSEM = P("الأمين العام لحزب الله الشيخ", "نعيم قاسم", ("person:naim-qassem",))
NASR = P("السيد", "حسن نصر الله", ("person:hassan-nasrallah",))
SINWAR = P("رئيس المكتب السياسي لحركة حماس", "يحيى السنوار", ("person:yahya-sinwar",))
HANIYEH = P("", "إسماعيل هنية", ("person:ismail-haniyeh",))
ARAGH_S = P("", "عباس عراقجي", ("person:abbas-araghchi",))
ABDOL = P("", "حسين أمير عبد اللهيان", ("person:hossein-amir-abdollahian",))
SALAM = P("رئيس الحكومة", "نواف سلام", ("person:nawaf-salam",))
MIKATI = P("", "نجيب ميقاتي", ("person:najib-mikati",))
NEWCHIEF = P("اللواء", "صالح الدوري")
OLDCHIEF = P("الفريق", "جبار العبيدي")
NEWGOV = P("المهندس", "كريم الساعدي")
OLDGOV = P("", "عادل الزبيدي")
NEWMIN = P("الدكتور", "ماهر الشمري")
OLDMIN = P("", "فاضل الحسناوي")

# (successor, predecessor, office)
SUCC_PAIRS = [(QASSEM, NASR, "أميناً عاماً لحزب الله"),
              (SINWAR, HANIYEH, "رئيساً للمكتب السياسي للحركة"),
              (ARAGH_S, ABDOL, "وزيراً للخارجية"),
              (SALAM, MIKATI, "رئيساً للحكومة"),
              (NEWCHIEF, OLDCHIEF, "قائداً لعمليات بغداد"),
              (NEWGOV, OLDGOV, "محافظاً للبصرة"),
              (NEWMIN, OLDMIN, "وزيراً للنفط")]

ISRAEL = P("", "إسرائيل", ("country:israel", "organization:israel-defense-forces"), "إسرائيلية")
USA = P("", "الولايات المتحدة", ("country:united-states",), "أميركية")
TURKEY = P("", "تركيا", ("country:turkey", "country:turkiye"), "تركية")
V_SHUKR = P("القيادي في حزب الله", "فؤاد شكر", ("person:fuad-shukr",))
V_AROURI = P("نائب رئيس المكتب السياسي لحماس", "صالح العاروري", ("person:saleh-al-arouri",))
V_ZAHEDI = P("العميد", "محمد رضا زاهدي", ("person:mohammad-reza-zahedi",))
V_NEW1 = P("القيادي في الحركة", "سامر الخطيب")
V_NEW2 = P("قائد اللواء الثالث", "مهدي الكناني")
V_NEW3 = P("القيادي في حزب العمال الكردستاني", "جمال حسو")
# (victim, agent)
KILL_PAIRS = [(V_SHUKR, ISRAEL), (V_AROURI, ISRAEL), (V_ZAHEDI, ISRAEL), (V_NEW1, ISRAEL),
              (V_NEW2, USA), (V_NEW3, TURKEY)]
KILL_SECOND = {V_SHUKR: V_NEW1, V_AROURI: V_NEW1, V_ZAHEDI: V_NEW2, V_NEW1: V_NEW2,
               V_NEW2: V_NEW1, V_NEW3: V_NEW2}


def _g(p: P) -> str:
    """The agent as a subject noun phrase."""
    return p.n


# --- shapes: name -> (render(a, b, extra), positive?) ------------------------------------------
Shape = tuple[str, Callable[..., str], bool]

MEET: list[Shape] = [
    ("vso", lambda a, b, c: f"التقى {a.f} {b.f} في بغداد يوم الأحد.", True),
    ("vso_received", lambda a, b, c: f"استقبل {a.f} {b.f} والوفد المرافق له.", True),
    ("vso_met_with", lambda a, b, c: f"اجتمع {a.f} مع {b.f} في العاصمة.", True),
    ("vso_met_bi", lambda a, b, c: f"واجتمع {a.f} {glue('ب', b.f)} في مقر الحكومة.", True),
    ("discussed_with", lambda a, b, c: f"بحث {a.f} مع {b.f} العلاقات الثنائية.", True),
    ("held_talks", lambda a, b, c: f"عقد {a.f} محادثات مع {b.f} تناولت التعاون الاقتصادي.", True),
    ("conducted_talks", lambda a, b, c: f"أجرى {a.f} مباحثات مع {b.f} في القصر الرئاسي.", True),
    ("svo_headline", lambda a, b, c: f"{a.f} يستقبل {b.f}", True),
    ("svo_past", lambda a, b, c: f"{a.f} التقى {b.f} الأحد في القصر الحكومي.", True),
    ("dateline", lambda a, b, c: f"بغداد - رويترز: التقى {a.f} {b.f} لبحث الأوضاع في المنطقة.",
     True),
    ("dateline_wam", lambda a, b, c: f"أبوظبي (وام) - استقبل {a.f}، اليوم، {b.f}.", True),
    ("said_statement", lambda a, b, c: f"وقال بيان صادر عن الرئاسة إن {a.f} التقى {b.f} وبحث "
     "معه سبل تعزيز التعاون.", True),
    ("according_to", lambda a, b, c: f"التقى {a.f} {b.f}، بحسب مكتب رئيس الوزراء.", True),
    ("according_first", lambda a, b, c: f"وبحسب بيان للمكتب الإعلامي، استقبل {a.f} {b.f} في "
     "مكتبه.", True),
    ("media_reported", lambda a, b, c: f"أفادت وسائل إعلام رسمية بأن {a.f} استقبل {b.f} في "
     "العاصمة.", True),
    ("long_aside", lambda a, b, c: f"استقبل {a.f}، في مكتبه الرسمي بالعاصمة صباح اليوم "
     f"الثلاثاء، {b.f} والوفد المرافق له.", True),
    ("relative_guest", lambda a, b, c: f"التقى {a.f} {b.f} الذي وصل إلى بغداد في زيارة رسمية "
     "تستغرق يومين.", True),
    ("relative_subject", lambda a, b, c: f"{b.f}، الذي يزور البلاد حالياً، التقى {a.f} "
     "الاثنين.", True),
    ("kana_qad", lambda a, b, c: f"وكان {a.f} قد التقى {b.f} في وقت سابق من اليوم.", True),
    ("fa_clitic", lambda a, b, c: f"وصل {b.f} إلى بغداد، فالتقى {a.f} في مقر الحكومة.", True),
    ("nominal_jama", lambda a, b, c: f"جاء ذلك خلال لقاء جمع {a.f} {glue('ب', b.f)} في "
     "بغداد.", True),
    ("nominal_meeting", lambda a, b, c: f"وخلال اجتماع {a.f} مع {b.f}، ناقش الجانبان ملفات "
     "المنطقة.", True),
    ("nominal_his_meeting", lambda a, b, c: f"وأكد {a.f}، خلال لقائه {b.f}، أهمية التنسيق "
     "المشترك.", True),
    ("haythu", lambda a, b, c: f"وصل {b.f} إلى بغداد، حيث التقى {a.f}.", True),
    ("haythu_received", lambda a, b, c: f"وصل {b.f} إلى العاصمة، حيث استقبله {a.f}.", True),
    ("kama", lambda a, b, c: f"كما التقى {a.f} {b.f} وبحثا القضايا المشتركة.", True),
    ("idh", lambda a, b, c: f"واختتم {a.f} جولته أمس، إذ التقى {b.f} في القصر الرئاسي.", True),
    ("list_two", lambda a, b, c: f"التقى {a.f} كلاً من {b.f} و{c.f}.", True),
    ("list_and", lambda a, b, c: f"استقبل {a.f} {b.f} و{c.f} كلاً على حدة.", True),
    ("dual_subject", lambda a, b, c: f"عقد {a.f} و{b.f} محادثات في بغداد.", True),
    ("dual_sides", lambda a, b, c: f"التقى {a.f} {b.f}، وبحث الجانبان تطورات الأوضاع.", True),
    ("dual_conducted", lambda a, b, c: f"أجرى {a.f} و{b.f} مباحثات تناولت العلاقات.", True),
    ("passive_received", lambda a, b, c: f"واستُقبل {b.f} من قبل {a.f} في المطار.", True),
    ("apposed_titles", lambda a, b, c: f"استقبل {a.n}، {a.t}، {b.n}، {b.t}، في بغداد.", True),
    ("place_before_object", lambda a, b, c: f"واستقبل {a.f} في قصر السلام ببغداد {b.f}.",
     True),
    ("counterpart", lambda a, b, c: f"أجرى {a.f} محادثات مع نظيره {b.n} في العاصمة.", True),
    ("on_receiving", lambda a, b, c: f"وأكد {a.f} لدى استقباله {b.f} عمق العلاقات.", True),
    ("during_reception", lambda a, b, c: f"وشدد {a.f} خلال استقباله {b.f} على أهمية الحوار.",
     True),
    ("session_between", lambda a, b, c: f"وعُقدت جلسة مباحثات رسمية بين {a.f} و{b.f} في "
     "قصر الرئاسة.", True),
    ("talks_took_place", lambda a, b, c: f"وجرت مباحثات بين {a.f} و{b.f} تناولت العلاقات.",
     True),
    ("bilateral_between", lambda a, b, c: f"وتناول اجتماع ثنائي بين {a.f} و{b.f} ملفات "
     "المنطقة.", True),
    ("their_meeting", lambda a, b, c: f"وبحث {a.f} و{b.f} خلال لقائهما تطورات المنطقة.", True),
    ("gathered_them", lambda a, b, c: f"وناقش اللقاء الذي جمع {a.f} و{b.f} الأوضاع الإقليمية.",
     True),
    ("guest_of", lambda a, b, c: f"وحلّ {b.f} ضيفاً على {a.f} في مقر إقامته.", True),
    ("airport_welcome", lambda a, b, c: f"وكان في استقبال {b.f} لدى وصوله إلى المطار {a.f}.",
     True),
    ("sidelines", lambda a, b, c: f"وعلى هامش القمة، التقى {a.f} {b.f}.", True),
    ("dateline_said", lambda a, b, c: f"طهران (إرنا) - قال مكتب الرئاسة إن {a.f} استقبل "
     f"{b.f} أمس.", True),
    ("agency_suffix", lambda a, b, c: f"التقى {a.f} {b.f}، وفق ما أفادت وكالة الأنباء "
     "الرسمية.", True),
    ("topic_situation", lambda a, b, c: f"بحث {a.f} مع {b.f} الأوضاع في المنطقة.", True),
    ("topic_prospects", lambda a, b, c: f"واستعرض {a.f} مع {b.f} آفاق التعاون المشترك.", True),
    ("topic_efforts", lambda a, b, c: f"وناقش {a.f} مع {b.f} جهود وقف إطلاق النار.", True),
    ("topic_received", lambda a, b, c: f"واستقبل {a.f} {b.f} تعزيز العلاقات محور لقائهما.",
     True),
    ("during_visit", lambda a, b, c: f"وخلال زيارته إلى بغداد، التقى {b.f} {a.f}.", True),
    ("exchanged_views", lambda a, b, c: f"وتبادل {a.f} و{b.f} وجهات النظر حول القضايا "
     "الإقليمية.", True),
    ("bilateral_with", lambda a, b, c: f"وعقد {a.f} اجتماعاً ثنائياً مع {b.f} في القصر.", True),
    ("round_of_talks", lambda a, b, c: f"وأجرى {a.f} جولة محادثات مع {b.f} في العاصمة.", True),
    ("relative_then_with", lambda a, b, c: f"واجتمع {b.f}، الذي يزور بغداد، مع {a.f}.", True),
    ("dual_headline", lambda a, b, c: f"{a.f} و{b.f} يبحثان العلاقات الثنائية", True),
    ("met_bi", lambda a, b, c: f"والتقى {a.f} {glue('ب', b.f)} في مقر إقامته.", True),
    ("neg_video", lambda a, b, c: f"وعقد {a.f} اجتماعاً عبر تقنية الفيديو مع {b.f}.", False),
    ("neg_cable", lambda a, b, c: f"وهنأ {a.f} {b.f} في برقية بمناسبة العيد الوطني.", False),
    ("neg_not_met", lambda a, b, c: f"ولم يلتق {a.f} {b.f} خلال الزيارة.", False),
    ("neg_cancelled", lambda a, b, c: f"وألغى {a.f} لقاءه مع {b.f} في اللحظة الأخيرة.", False),
    ("neg_refused", lambda a, b, c: f"ورفض {a.f} لقاء {b.f} في بغداد.", False),
    ("neg_may", lambda a, b, c: f"وقد يلتقي {a.f} {b.f} على هامش القمة المقبلة.", False),
    ("neg_postponed", lambda a, b, c: f"وأرجئ اللقاء بين {a.f} و{b.f} إلى موعد لاحق.", False),
    ("neg_phone", lambda a, b, c: f"أجرى {a.f} اتصالاً هاتفياً مع {b.f} بحثا خلاله الأوضاع.",
     False),
    ("neg_phone_received", lambda a, b, c: f"تلقى {a.f} اتصالاً هاتفياً من {b.f}.", False),
    ("neg_future", lambda a, b, c: f"سيلتقي {a.f} {b.f} الأسبوع المقبل.", False),
    ("neg_scheduled", lambda a, b, c: f"ومن المقرر أن يلتقي {a.f} {b.f} غداً في بغداد.", False),
    ("neg_denied", lambda a, b, c: f"ونفى {a.f} أن يكون التقى {b.f} خلال زيارته.", False),
    ("neg_invited", lambda a, b, c: f"ودعا {a.f} {b.f} إلى زيارة بغداد.", False),
    ("neg_letter", lambda a, b, c: f"وبعث {a.f} برسالة إلى {b.f} تناولت العلاقات.", False),
    ("neg_intends", lambda a, b, c: f"ويعتزم {a.f} لقاء {b.f} خلال زيارته المقبلة.", False),
]

SUCC: list[Shape] = [
    ("vso_khalafa", lambda a, b, o: f"خلف {a.f} {b.f} في المنصب.", True),
    ("appointed_khalafan", lambda a, b, o: f"عُيّن {a.f} {o} خلفاً {glue('ل', b.f)}.", True),
    ("appointed_badal", lambda a, b, o: f"عُيّن {a.f} {o} بدلاً من {b.f}.", True),
    ("elected_khalafan", lambda a, b, o: f"انتُخب {a.f} {o} خلفاً {glue('ل', b.f)}.", True),
    ("took_after", lambda a, b, o: f"تولى {a.f} المنصب بعد {b.f}.", True),
    ("replaced_mahal", lambda a, b, o: f"حلّ {a.f} محل {b.f} في المنصب.", True),
    ("svo_khalafa", lambda a, b, o: f"{a.f} يخلف {b.f}", True),
    ("dateline", lambda a, b, o: f"بيروت - أ ف ب: عُيّن {a.f} {o} خلفاً {glue('ل', b.f)}.",
     True),
    ("said_statement", lambda a, b, o: f"وقال بيان رسمي إن {a.f} خلف {b.f} في المنصب.", True),
    ("media_reported", lambda a, b, o: f"أفادت وسائل إعلام رسمية بأن {a.f} عُيّن {o} خلفاً "
     f"{glue('ل', b.f)}.", True),
    ("relative", lambda a, b, o: f"وأكد {a.f}، الذي خلف {b.f} عام 2020، التزامه بالبرنامج.",
     True),
    ("kana_qad", lambda a, b, o: f"وكان {a.f} قد خلف {b.f} في المنصب.", True),
    ("kama", lambda a, b, o: f"كما عُيّن {a.f} {o} خلفاً {glue('ل', b.f)}.", True),
    ("idh", lambda a, b, o: f"وشهدت المؤسسة تغييراً كبيراً، إذ خلف {a.f} {b.f}.", True),
    ("haythu", lambda a, b, o: f"وعقد المجلس جلسته أمس، حيث انتُخب {a.f} {o} خلفاً "
     f"{glue('ل', b.f)}.", True),
    ("nominal_appointment", lambda a, b, o: f"وأعلنت الحكومة تعيين {a.f} {o} خلفاً "
     f"{glue('ل', b.f)}.", True),
    ("nominal_election", lambda a, b, o: f"ورحبت الأحزاب بانتخاب {a.f} خلفاً {glue('ل', b.f)}.",
     True),
    ("nominal_khalifa", lambda a, b, o: f"وقال {a.f}، خليفة {b.f}، إن العمل مستمر.", True),
    ("li_yakhlufa", lambda a, b, o: f"فاز {a.f} بالتصويت ليخلف {b.f}.", True),
    ("oath", lambda a, b, o: f"أدى {a.f} اليمين الدستورية {o} خلفاً {glue('ل', b.f)}.", True),
    ("took_over_from", lambda a, b, o: f"تسلّم {a.f} مهامه رسمياً من سلفه {b.f}.", True),
    ("long_title_between", lambda a, b, o: f"عيّن مجلس الوزراء، في جلسته الاعتيادية "
     f"الأسبوعية، {a.f} {o} خلفاً {glue('ل', b.f)}.", True),
    ("apposed_salaf", lambda a, b, o: f"والتقى {a.f} سلفه {b.f} في اجتماع مغلق.", True),
    ("took_post_khalafan", lambda a, b, o: f"تسلّم {a.f} منصبه خلفاً {glue('ل', b.f)}.", True),
    ("present_yakhlufu", lambda a, b, o: f"ويخلف {a.f} في هذا المنصب {b.f} الذي أحيل إلى "
     "التقاعد.", True),
    ("headline_nominal", lambda a, b, o: f"{a.f} {o} خلفاً {glue('ل', b.f)}", True),
    ("to_replace", lambda a, b, o: f"وعُيّن {a.f} {o} ليحل محل {b.f}.", True),
    ("relative_khalafahu", lambda a, b, o: f"وكان {b.f}، الذي خلفه {a.f} في المنصب، قد "
     "استقال.", True),
    ("handed_over_to", lambda a, b, o: f"وسلّم {b.f} مهامه إلى {a.f} في حفل رسمي.", True),
    ("received_from", lambda a, b, o: f"وتسلّم {a.f} مهامه من {b.f} في حفل رسمي.", True),
    ("after_dismissal", lambda a, b, o: f"ويأتي تعيين {a.f} {o} بعد إقالة {b.f}.", True),
    ("dateline_said", lambda a, b, o: f"بغداد (أ ف ب) - قال بيان حكومي إن {a.f} سيتولى "
     f"المنصب خلفاً {glue('ل', b.f)}.", True),
    ("instead_place", lambda a, b, o: f"وعُيّن {a.f} مكان {b.f}.", True),
    ("late_predecessor", lambda a, b, o: f"وانتُخب {a.f} {o} خلفاً للراحل {b.f}.", True),
    ("relative_replaced", lambda a, b, o: f"وقال {a.f}، الذي حل محل {b.f}، إن العمل مستمر.",
     True),
    ("moved_from_to", lambda a, b, o: f"وانتقلت القيادة من {b.f} إلى {a.f} في حفل رسمي.", True),
    ("neg_deputy", lambda a, b, o: f"وعُيّن {a.f} نائباً {glue('ل', b.f)}.", False),
    ("neg_likely", lambda a, b, o: f"ويرجح أن يخلف {a.f} {b.f} في المنصب.", False),
    ("neg_refused", lambda a, b, o: f"ورفض {a.f} خلافة {b.f}.", False),
    ("neg_candidate", lambda a, b, o: f"ويعد {a.f} مرشحاً لخلافة {b.f}.", False),
    ("neg_candidate_noun", lambda a, b, o: f"ورشح الحزب {a.f} لخلافة {b.f}.", False),
    ("neg_compete", lambda a, b, o: f"ويتنافس {a.f} على خلافة {b.f}.", False),
    ("neg_denied", lambda a, b, o: f"ونفى {a.f} أن يكون سيخلف {b.f}.", False),
]

KILL: list[Shape] = [
    ("vso_assassinated", lambda v, g, v2: f"اغتالت {_g(g)} {v.f} في بيروت.", True),
    ("vso_killed", lambda v, g, v2: f"قتلت {_g(g)} {v.f} في غارة على سيارته.", True),
    ("vso_liquidated", lambda v, g, v2: f"صفّت {_g(g)} {v.f} في عملية دقيقة.", True),
    ("svo_headline", lambda v, g, v2: f"{_g(g)} تغتال {v.f}", True),
    ("passive_by_hand", lambda v, g, v2: f"اغتيل {v.f} على يد {_g(g)} في بيروت.", True),
    ("passive_strike_adj", lambda v, g, v2: f"قُتل {v.f} بغارة {g.adj} على "
     "سيارته.", True),
    ("passive_strike_by", lambda v, g, v2: f"قُتل {v.f} في غارة شنتها {_g(g)} جنوب المدينة.",
     True),
    ("dateline", lambda v, g, v2: f"بيروت - رويترز: اغتالت {_g(g)} {v.f} في غارة على الضاحية.",
     True),
    ("said_statement", lambda v, g, v2: f"وقال بيان إن {_g(g)} اغتالت {v.f} الليلة الماضية.",
     True),
    ("media_reported", lambda v, g, v2: f"أفادت وسائل إعلام رسمية بأن {_g(g)} قتلت {v.f}.",
     True),
    ("claimed", lambda v, g, v2: f"أعلنت {_g(g)} مسؤوليتها عن اغتيال {v.f}.", True),
    ("targeted_led_to", lambda v, g, v2: f"استهدفت {_g(g)} سيارة كانت تقل {v.f}، ما أدى إلى "
     "مقتله.", True),
    ("nominal_by_hand", lambda v, g, v2: f"وتأتي التطورات بعد اغتيال {v.f} على يد {_g(g)}.",
     True),
    ("nominal_agent_li", lambda v, g, v2: f"ونددت الحركة باغتيال {_g(g)} {glue('ل', v.f)}.",
     True),
    ("relative", lambda v, g, v2: f"وكان {v.f}، الذي اغتالته {_g(g)} العام الماضي، من أبرز "
     "القادة.", True),
    ("kana_qad", lambda v, g, v2: f"وكانت {_g(g)} قد اغتالت {v.f} في بيروت.", True),
    ("haythu", lambda v, g, v2: f"وشهدت المدينة تصعيداً، حيث اغتالت {_g(g)} {v.f}.", True),
    ("idh", lambda v, g, v2: f"وتصاعد التوتر أمس، إذ اغتالت {_g(g)} {v.f} في غارة.", True),
    ("list_two", lambda v, g, v2: f"اغتالت {_g(g)} {v.f} و{v2.f} في غارة واحدة.", True),
    ("list_kull", lambda v, g, v2: f"قُتل كل من {v.f} و{v2.f} بغارة {g.adj}.",
     True),
    ("army_said", lambda v, g, v2: f"وأعلنت {_g(g)} أنها قتلت {v.f} في غارة جوية.", True),
    ("martyred_strike", lambda v, g, v2: f"استُشهد {v.f} في غارة {g.adj} على "
     "منزله.", True),
    ("rose_martyr", lambda v, g, v2: f"ارتقى {v.f} شهيداً بغارة {g.adj}.", True),
    ("died_predicate", lambda v, g, v2: f"قضى {v.f} شهيداً في غارة {g.adj} على منزله.", True),
    ("predicate_first", lambda v, g, v2: f"ارتقى شهيداً {v.f} بغارة {g.adj}.", True),
    ("met_death", lambda v, g, v2: f"لقي {v.f} حتفه في ضربة {g.adj}.", True),
    ("drone_strike", lambda v, g, v2: f"قُتل {v.f} بضربة طائرة مسيّرة {g.adj}.",
     True),
    ("resulted_in", lambda v, g, v2: f"أسفرت غارة {g.adj} عن مقتل {v.f}.", True),
    ("led_to", lambda v, g, v2: f"أدت غارة {g.adj} إلى مقتل {v.f} ومرافقيه.",
     True),
    ("claimed_by_noun", lambda v, g, v2: f"وتبنّت {_g(g)} اغتيال {v.f}.", True),
    ("nominal_headline", lambda v, g, v2: f"مقتل {v.f} بغارة {g.adj} في بيروت",
     True),
    ("among_them", lambda v, g, v2: f"وأسفرت غارة {g.adj} عن مقتل خمسة أشخاص بينهم "
     f"{v.f}.", True),
    ("mourned_who", lambda v, g, v2: f"ونعت الحركة {v.f} الذي استشهد بغارة "
     f"{g.adj}.", True),
    ("with_companions", lambda v, g, v2: f"قُتل {v.f} وعدد من مرافقيه بغارة "
     f"{g.adj}.", True),
    ("by_fire", lambda v, g, v2: f"قُتل {v.f} بنيران {g.adj} قرب الحدود.", True),
    ("by_shelling", lambda v, g, v2: f"قُتل {v.f} بقصف {g.adj[:-1]} على البلدة.", True),
    ("drone_car", lambda v, g, v2: f"استهدفت مسيّرة {g.adj} سيارة {v.f}، ما أدى إلى مقتله.",
     True),
    ("wounds", lambda v, g, v2: f"وقضى {v.f} متأثراً بجروحه إثر غارة {g.adj}.", True),
    ("announced_noun", lambda v, g, v2: f"وأعلنت {_g(g)} اغتيال {v.f} في عملية خاصة.", True),
    ("said_it_killed", lambda v, g, v2: f"وقالت {_g(g)} إنها قتلت {v.f}.", True),
    ("missile_fired", lambda v, g, v2: f"واغتيل {v.f} بصاروخ أطلقته مسيّرة {g.adj}.", True),
    ("neg_accident", lambda v, g, v2: f"وقُتل {v.f} في حادث سير على الطريق الدولي.", False),
    ("neg_heart", lambda v, g, v2: f"وتوفي {v.f} إثر نوبة قلبية.", False),
    ("neg_arrested", lambda v, g, v2: f"واعتقلت {_g(g)} {v.f} في مداهمة ليلية.", False),
    ("neg_wounded", lambda v, g, v2: f"وأصيب {v.f} بجروح في غارة {g.adj}.", False),
    ("neg_held_responsible", lambda v, g, v2: f"وحمّلت الحركة {_g(g)} مسؤولية سلامة {v.f}.",
     False),
    ("neg_vowed", lambda v, g, v2: f"وتوعدت {_g(g)} بالرد على مقتل {v.f}.", False),
    ("neg_no_agent", lambda v, g, v2: f"قُتل {v.f} في انفجار غامض في بيروت.", False),
    ("neg_death_noun", lambda v, g, v2: f"وأعلنت الحركة مقتل {v.f} دون أن تذكر تفاصيل.",
     False),
    ("neg_accused", lambda v, g, v2: f"واتهم حزب معارض {_g(g)} باغتيال {v.f}، وهو ما نفته.",
     False),
    ("neg_survived", lambda v, g, v2: f"ونجا {v.f} من محاولة اغتيال نفذتها {_g(g)}.", False),
    ("neg_threat", lambda v, g, v2: f"وهددت {_g(g)} باغتيال {v.f}.", False),
    ("neg_denied", lambda v, g, v2: f"ونفت {_g(g)} أن تكون اغتالت {v.f}.", False),
]


# --- measuring ----------------------------------------------------------------------------------
def _ids_of(doc: dict, people: list[P]) -> dict[str, P]:
    """The extracted ids that stand for the probe's people (by id, else by name)."""
    out: dict[str, P] = {}
    for e in doc["entities"]:
        names = {e.get("name", ""), e.get("name_ar", ""), *(e.get("aliases") or [])}
        for p in people:
            if e["id"] in p.ids or (not p.ids and p.n in names):
                out[e["id"]] = p
    return out


def _pairs(doc: dict, typ: str, people: list[P]) -> set[tuple[P, P]]:
    """The (source, target) probe people of each relation of type `typ` (MET_WITH both ways)."""
    ids = _ids_of(doc, people)
    got = set()
    for r in doc["relations"]:
        if r["type"] != typ or r["source"] not in ids or r["target"] not in ids:
            continue
        got.add((ids[r["source"]], ids[r["target"]]))
        if typ == "MET_WITH":
            got.add((ids[r["target"]], ids[r["source"]]))
    return got


MACRON = P("الرئيس الفرنسي", "إيمانويل ماكرون", ("person:emmanuel-macron",))


def _no_and(s: str) -> str:
    """The sentence without its opening و (after a fronted phrase), unless it opens a title
    (وزير)."""
    return s[1:] if s.startswith("و") and not s.startswith("وزير") else s


def _suffix(s: str, tail: str) -> str:
    """The sentence with *tail* before its final full stop."""
    return s.rstrip(".") + tail + "."


# frames around every sentence: (name, render(sentence))
FRAMES: list[tuple[str, Callable[[str], str]]] = [
    ("dateline_quoted", lambda s: "القدس المحتلة - «القدس العربي»: " + _no_and(s)),
    ("dateline_agency", lambda s: "الرياض – واس – " + _no_and(s)),
    ("date_fronted", lambda s: "وفي يوم الاثنين الموافق 12 أيار/مايو 2025، " + _no_and(s)),
    ("context_before", lambda s: f"ودعا {MACRON.f} إلى التهدئة في المنطقة. " + s),
    ("agency_suffix", lambda s: _suffix(s, "، وفق ما نقلت وكالة الأنباء الرسمية")),
    ("purpose_suffix", lambda s: _suffix(s, "، وذلك في إطار جولة إقليمية تشمل عدداً من دول "
                                            "المنطقة")),
]


def cases() -> list[tuple[str, str, str, list[P], set[tuple[P, P]]]]:
    """(relation, shape, sentence, people, gold pairs) of every probe sentence, then each in
    every frame (shape "frame:<name>")."""
    base = _base_cases()
    out = list(base)
    for fname, frame in FRAMES:
        for typ, _shape, text, people, gold in base:
            out.append((typ, "frame:" + fname, frame(text), people + [MACRON], gold))
    return out


def _base_cases() -> list[tuple[str, str, str, list[P], set[tuple[P, P]]]]:
    """(relation, shape, sentence, people, gold pairs) of every base sentence."""
    out = []
    for a, b in MEET_PAIRS:
        c = THIRDS[a]
        for name, render, pos in MEET:
            gold = set()
            if pos:
                gold = {(a, b), (b, a)}
                if name.startswith("list"):
                    gold |= {(a, c), (c, a)}
            out.append(("MET_WITH", name, render(a, b, c), [a, b, c], gold))
    for a, b, o in SUCC_PAIRS:
        for name, render, pos in SUCC:
            out.append(("SUCCESSOR_OF", name, render(a, b, o), [a, b], {(a, b)} if pos else set()))
    for v, g in KILL_PAIRS:
        v2 = KILL_SECOND[v]
        for name, render, pos in KILL:
            gold = {(v, g)} if pos else set()
            if pos and name.startswith("list"):
                gold.add((v2, g))
            out.append(("ASSASSINATED_BY", name, render(v, g, v2), [v, g, v2], gold))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--misses", action="store_true", help="print each sentence that erred")
    args = ap.parse_args()
    ex = RuleExtractor()
    tp: dict = defaultdict(int)
    fn: dict = defaultdict(int)
    fp: dict = defaultdict(int)
    for typ, shape, text, people, gold in cases():
        doc = ex.extract(text, lang="ar")
        got = _pairs(doc, typ, people)
        if typ == "MET_WITH":  # count each unordered pair once
            gold = {g for g in gold if g[0].n < g[1].n}
            got = {g for g in got if g[0].n < g[1].n}
        k = (typ, shape)
        tp[k] += len(gold & got)
        fn[k] += len(gold - got)
        fp[k] += len(got - gold)
        if args.misses and got != gold:
            lost = [f"{s.n}>{t.n}" for s, t in gold - got]
            extra = [f"{s.n}>{t.n}" for s, t in got - gold]
            print(f"[{typ} {shape}] {text}\n    lost {lost} extra {extra}")
    total = [0, 0, 0]
    for typ in ("MET_WITH", "SUCCESSOR_OF", "ASSASSINATED_BY"):
        keys = sorted((k for k in tp.keys() | fn.keys() | fp.keys() if k[0] == typ),
                      key=lambda k: (-(fn[k] + fp[k]), k[1]))
        t, f, p = (sum(d[k] for k in keys) for d in (tp, fn, fp))
        total = [total[0] + t, total[1] + f, total[2] + p]
        print(f"{typ}: recall {t}/{t + f} = {t / max(1, t + f):.3f}, false positives {p}")
        for k in keys:
            if fn[k] or fp[k]:
                n = tp[k] + fn[k]
                print(f"   {k[1]:22s} recall {tp[k]}/{n}  fp {fp[k]}")
    t, f, p = total
    print(f"ALL: recall {t}/{t + f} = {t / max(1, t + f):.3f}, false positives {p}")


if __name__ == "__main__":
    main()
