"""Arabic sentence shapes of the core relations (session 21, shapear; probe
``bench/probe_shapes_ar.py``). Our own sentences, not taken from any dev set.

- The matter discussed right after a new partner's name ends the name
  (``topic_nouns_ar.AR_TOPIC_NOUNS``): "بحث X مع وزير الخارجية الماليزي أحمد فضلي رشيد الأوضاع"
  is a meeting with Ahmed Fadli Rashid, not with "Ahmad al-Awda". English has no such case
  (the matter follows a preposition: "discussed the situation with Y").
- A verb of dying with the martyr predicate before the strike (``kill_martyr_ar``): "ارتقى X
  شهيداً بغارة إسرائيلية"، "قضى X شهيداً في غارة"، "ارتقى شهيداً X بغارة": X was killed by the
  strike's agent; not without a strike, not "ارتقى X إلى رتبة"، not negated. Also "قضى / توفي X
  متأثراً بجروحه إثر غارة إسرائيلية" (not "إثر حادث سير"). English "X was
  martyred in an Israeli strike" is a passive read by the killing rules.
- "استقبل X، وزير الخارجية الإيراني، Y، الرئيس البيروفي، في بغداد" after a sentence naming
  someone else: وزير after the comma is a title, not a new و-clause (``meetings._new_clause_ar``),
  so Y is the object, not the person of the sentence before the subject (English: the same
  order was read already). A real و-clause ("، ونقل إليه رسالة من Y") still ends the object.
- "قائد اللواء الثالث X" (``unit_ranks_ar``): اللواء after a title in construct is the brigade,
  no description of someone named before (who became the victim); "والتقى اللواء Y" after "وصل
  اللواء X" is still X.
- "ويخلف X في هذا المنصب Y"، "خلف X في الأمانة العامة لحزب الله Y" (``succession_post_between_ar``):
  the post phrase between the two names; not negated. English puts the post after the object
  ("succeeded Y as secretary-general").
- "وألغى <title> X لقاءه مع Y" (``meeting_cancelled_ar``): a cancelled, postponed, declined or
  refused meeting is none, also with a long title between the verb and the noun ("cancelled his
  meeting with Y" was blocked already); "رفض X دعوة، ثم التقى Y" still met.
- Talk verbs (``meeting_talk_verbs_ar``): "واستعرض / وتناول X مع Y"، "وتبادل X وY وجهات النظر"،
  the headline "X وY يبحثان العلاقات" (the dual verb no longer read as a name word); not
  "تبادل X وY الاتهامات", not "X وY يلتقيان الأسبوع المقبل", not negated.
"""

import pytest

from tests.extract_support import AB, MW, SO, assert_relations

SUDANI, BERRI = "person:mohammed-shia-al-sudani", "person:nabih-berri"
RASHID, ADJAY = "person:ahmed-fadli-rashid", "person:kofi-adjay"
SHUKR, KHATIB, KANANI = "person:fuad-shukr", "person:samer-al-khatib", "person:mahdi-al-kanani"
ISRAEL, USA = "country:israel", "country:united-states"
ARAGHCHI, GONZALEZ = "person:abbas-araghchi", "person:javier-gonzalez"
GONZALEZ_AR = GONZALEZ  # (s43-gulfw: the Arabic "غونزاليس" now reads as the gazetteer's "Gonzalez")
MACRON, OBEIDI = "person:emmanuel-macron", "person:jabbar-al-obeidi"
QASSEM, NASRALLAH = "person:naim-qassem", "person:hassan-nasrallah"
DURI = "person:salih-al-duri"
MACRON_AR = "ودعا الرئيس الفرنسي إيمانويل ماكرون إلى التهدئة. "

# (name, lang, text, must, must_not)
CASES = [
 ("topic_situation", "ar", "بحث رئيس الوزراء العراقي محمد شياع السوداني مع وزير الخارجية "
  "الماليزي أحمد فضلي رشيد الأوضاع في المنطقة.", [MW(SUDANI, RASHID)],
  [MW(SUDANI, "person:ahmad-al-awda")]),
 ("topic_depth", "ar", "وأكد رئيس مجلس النواب اللبناني نبيه بري لدى استقباله وزير الدفاع الغاني "
  "كوفي أدجاي عمق العلاقات.", [MW(BERRI, ADJAY)], [MW(BERRI, "person:kofi-adjay-amq")]),
 ("topic_efforts", "ar", "وناقش نبيه بري مع وزير الدفاع الغاني كوفي أدجاي جهود وقف إطلاق النار.",
  [MW(BERRI, ADJAY)], []),
 # a name word that is also a noun stays in the name: Fuad Shukr, not "شكر" (thanks)
 ("name_kept_shukr", "ar", "اغتالت إسرائيل القيادي في حزب الله فؤاد شكر في بيروت.",
  [AB(SHUKR, ISRAEL)], []),
 ("rose_martyr", "ar", "ارتقى القيادي في حزب الله فؤاد شكر شهيداً بغارة إسرائيلية.",
  [AB(SHUKR, ISRAEL)], []),
 ("died_martyr_two", "ar", "قضى القيادي في الحركة سامر الخطيب وقائد اللواء الثالث مهدي الكناني "
  "شهيدين في غارة أميركية على منزلهما.", [AB(KHATIB, USA), AB(KANANI, USA)], []),
 ("martyr_first", "ar", "ارتقى شهيداً القيادي في الحركة سامر الخطيب بغارة إسرائيلية.",
  [AB(KHATIB, ISRAEL)], []),
 ("martyr_strike_en", "en", "Hezbollah commander Fuad Shukr was martyred in an Israeli strike.",
  [AB(SHUKR, ISRAEL)], []),
 ("rose_rank_no_kill", "ar", "ارتقى القيادي في الحركة سامر الخطيب إلى رتبة لواء بعد غارة "
  "إسرائيلية.", [], [AB(KHATIB, ISRAEL)]),
 ("martyr_negated", "ar", "لم يرتق القيادي في الحركة سامر الخطيب شهيداً بغارة إسرائيلية كما "
  "أشيع.", [], [AB(KHATIB, ISRAEL)]),
 ("died_of_wounds", "ar", "وقضى القيادي في حزب الله فؤاد شكر متأثراً بجروحه إثر غارة إسرائيلية.",
  [AB(SHUKR, ISRAEL)], []),
 ("died_of_wounds_en", "en", "Hezbollah commander Fuad Shukr died of wounds sustained in an "
  "Israeli strike.", [AB(SHUKR, ISRAEL)], []),
 ("died_of_wounds_accident", "ar", "وتوفي القيادي في الحركة سامر الخطيب متأثراً بجروحه إثر حادث "
  "سير. ونفت إسرائيل أي دور لها.", [], [AB(KHATIB, ISRAEL)]),
 ("apposed_minister_title", "ar", MACRON_AR + "استقبل عباس عراقجي، وزير الخارجية الإيراني، "
  "خافيير غونزاليس، الرئيس البيروفي، في بغداد.", [MW(ARAGHCHI, GONZALEZ_AR)],
  [MW(ARAGHCHI, MACRON)]),
 ("apposed_minister_title_en", "en", "French President Emmanuel Macron called for calm. Abbas "
  "Araghchi, Iran's foreign minister, received Javier Gonzalez, Peru's foreign minister, in "
  "Baghdad.", [MW(ARAGHCHI, GONZALEZ)], [MW(ARAGHCHI, MACRON)]),
 ("new_clause_still_cut", "ar", MACRON_AR + "والتقى نبيه بري، ونقل إليه رسالة من وزير الدفاع "
  "الغاني كوفي أدجاي.", [], [MW(BERRI, ADJAY)]),
 ("brigade_commander", "ar", MACRON_AR + "اغتالت الولايات المتحدة قائد اللواء الثالث مهدي "
  "الكناني في بيروت.", [AB(KANANI, USA)], [AB(MACRON, USA)]),
 ("brigade_commander_list", "ar", MACRON_AR + "قُتل كل من القيادي في الحركة سامر الخطيب وقائد "
  "اللواء الثالث مهدي الكناني بغارة إسرائيلية.", [AB(KANANI, ISRAEL)], [AB(MACRON, ISRAEL)]),
 ("rank_still_general", "ar", "وصل اللواء جبار العبيدي إلى بغداد. والتقى اللواء وزير الدفاع "
  "الغاني كوفي أدجاي.", [MW(OBEIDI, ADJAY)], []),
 ("post_between", "ar", "ويخلف اللواء صالح الدوري في هذا المنصب الفريق جبار العبيدي الذي أحيل "
  "إلى التقاعد.", [SO(DURI, OBEIDI)], []),
 ("post_between_body", "ar", "وخلف نعيم قاسم في الأمانة العامة لحزب الله حسن نصر الله.",
  [SO(QASSEM, NASRALLAH)], []),
 ("post_between_en", "en", "Naim Qassem succeeded Hassan Nasrallah as secretary-general of "
  "Hezbollah.", [SO(QASSEM, NASRALLAH)], []),
 ("post_between_negated", "ar", "لن يخلف اللواء صالح الدوري في هذا المنصب الفريق جبار العبيدي.",
  [], [SO(DURI, OBEIDI)]),
 ("cancelled_titled", "ar", "وألغى رئيس الوزراء العراقي محمد شياع السوداني لقاءه مع وزير "
  "الخارجية الماليزي أحمد فضلي رشيد في اللحظة الأخيرة.", [], [MW(SUDANI, RASHID)]),
 ("declined_titled", "ar", "واعتذر رئيس الوزراء العراقي محمد شياع السوداني عن لقاء وزير الخارجية "
  "الماليزي أحمد فضلي رشيد.", [], [MW(SUDANI, RASHID)]),
 ("cancelled_en", "en", "Iraqi Prime Minister Mohammed Shia al-Sudani cancelled his meeting with "
  "Malaysian Foreign Minister Ahmed Fadli Rashid.", [], [MW(SUDANI, RASHID)]),
 ("refused_then_met", "ar", "ورفض رئيس الوزراء العراقي محمد شياع السوداني دعوة، ثم التقى وزير "
  "الخارجية الماليزي أحمد فضلي رشيد.", [MW(SUDANI, RASHID)], []),
 ("reviewed_with", "ar", "واستعرض نبيه بري مع وزير الدفاع الغاني كوفي أدجاي آفاق التعاون.",
  [MW(BERRI, ADJAY)], []),
 ("exchanged_views", "ar", "وتبادل نبيه بري ووزير الدفاع الغاني كوفي أدجاي وجهات النظر.",
  [MW(BERRI, ADJAY)], []),
 ("dual_headline", "ar", "نبيه بري ووزير الدفاع الغاني كوفي أدجاي يبحثان العلاقات الثنائية",
  [MW(BERRI, ADJAY)], []),
 ("exchanged_accusations", "ar", "وتبادل نبيه بري ووزير الدفاع الغاني كوفي أدجاي الاتهامات.",
  [], [MW(BERRI, ADJAY)]),
 ("dual_future", "ar", "نبيه بري ووزير الدفاع الغاني كوفي أدجاي يلتقيان الأسبوع المقبل", [],
  [MW(BERRI, ADJAY)]),
 ("reviewed_negated", "ar", "ولم يستعرض نبيه بري مع وزير الدفاع الغاني كوفي أدجاي العلاقات.",
  [], [MW(BERRI, ADJAY)]),
]


@pytest.mark.parametrize("name,lang,text,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_shapes_ar(ex, name, lang, text, must, must_not) -> None:
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
