"""Session 55 (ar55): Arabic news in formats and outlets little used before: official readouts
(الديوان الملكي، الرئاسة، الخارجية: «استقبل ... وجرى خلال اللقاء ...»، «أجرى ... مباحثات»),
profiles («من هو X؟ خليفة Y»), obituaries and mourning statements («نعى»، «ينعى»), Arabic
Wikipedia-style biographies, satellite channels' sites (الجزيرة نت، العربية، سكاي نيوز
عربية، بي بي سي عربي، فرانس 24، الميادين، RT، الشرق الأوسط، إندبندنت عربية، العربي الجديد),
Iraqi and Kurdish outlets (شفق نيوز، روداو، واع) and the Levant and Gulf agencies (سانا، بترا،
وفا، واس، وام، كونا، قنا، بنا), and translationese.

- Titles: an office, a comma and a rank before a known name («قائد فيلق القدس في الحرس
  الثوري، الجنرال قاسم سليماني،») is that man's title, no description of the office's holder
  named elsewhere (Qaani was read as a second victim of the strike).
- Killings: a verdict's passive «أُدين X بقتل Y» (also past an apposition closed by commas,
  «أُدين X، العضو في حزب الله، باغتيال Y») and a victim told before by a pronoun («اغتيل Y
  ...، وأُدين X بقتله»): X killed Y; not an accusation, not a negated verdict, not a pronoun
  with no killing told before it; «أدين» opening a sentence is no first name.
- Successions: the man a profile's headline asks about or names is the subject of its
  subhead («من هو X؟ خليفة Y ...»، «X.. خليفة Y»، «خليفة Y: من هو X؟»، «من هو X؟ الأمين
  العام الجديد لـ... خلفاً لـY»); not a potential successor («خليفة Y المحتمل»).
- Meetings: the past dual after coordinated subjects of wire copy translated from English
  («X وY عقدا / أجريا محادثات»، «X وY (قد) بحثا / ناقشا ...»): X met Y; «قد» before a past
  verb of talks beginning with ن / ت is "had", not "may"; not «عقدا اتفاقاً»، «بحثاً عن»،
  by video, negated or denied.
- «نقلت الوكالة عن X قوله / تأكيده خلال لقائه Y»: X, the speaker quoted after عن, met Y
  (a sender after «رسالة من» still is no host).
- Titles after كـ "as" («عُيّن X كأمين عام لحزب الله خلفاً لـY») are the office taken, no
  description of its holder (it was read as Y himself, and the succession lost).
- «قُتل / اغتيل / توفي Y ...، وحلّ محله X»: X took the place of Y (as after «استقال»);
  not «قتل A B» (active).
- A question that ends its sentence asks, states nothing («هل التقى X بـY؟»، «هل اغتالت Z
  X؟»، "Did X meet Y?"), with the rules (``modality``) and the scorer (``scorer_hedged``);
  a headline of two parts before a colon keeps its statement.
- «تولى المنصب بعد اغتيال سلفه Y» in a profile of X (no one named before in the sentence):
  X succeeded Y (the piece's subject, as for other pronouns).
- The SPA readout's second attendee clause «حضر الاستقبال A ...، فيما حضره من الجانب
  السوري B»: B attended the reception told before, as «وحضر الاستقبال من الجانب السوري B».
- Photo captions of the channels' sites: «الرئيس اللبناني جوزيف عون مستقبلاً المبعوث
  الأمريكي توم باراك في قصر بعبدا (الرئاسة اللبنانية)»، «X مصافحاً Y»: X met Y; not
  «مستقبلاً» "in the future" inside a clause («قد يلتقي X مستقبلاً Y»، «يرى X مستقبلاً
  واعداً»), not by video.
- «X، سبقه في المنصب Y»، the Wikipedia infobox line «سبقه Y» (the piece's subject), «وكان
  سلف X في المنصب Y»: X succeeded Y; not «وسبقه Y إلى القاهرة / بيومين» (arrived first).
- «التقى X أمير قطر في الدوحة»: «في الدوحة» (the capital of the state in the title) is
  where they met, no part of the title (it made «أمير قطر» X's own title: X led Qatar and
  met nobody); «رئيس الجمهورية الإسلامية في إيران، X» keeps its title.
- Guards of what already read right in these styles: receptions of the agencies, «أجرى
  مباحثات مع»، «لدى استقباله»، lists «كلاً من»، planned, negated, called-off and phone
  meetings (nothing), mourning statements with the killer named, «على يد».
"""

import pytest

from tests.extract_support import relation_pairs as _rels
from tests.extract_support import sorted_pair as _pair


def _met(extractor, text: str) -> set[tuple[str, str]]:
    return {tuple(sorted(p)) for p in _rels(extractor, text, "MET_WITH", "ar")}


def _killed(extractor, text: str) -> set[tuple[str, str]]:
    return _rels(extractor, text, "ASSASSINATED_BY", "ar")


def _succ(extractor, text: str) -> set[tuple[str, str]]:
    return _rels(extractor, text, "SUCCESSOR_OF", "ar")


SOLEIMANI, QAANI = "person:qasem-soleimani", "person:esmail-qaani"
NASRALLAH, QASSEM = "person:hassan-nasrallah", "person:naim-qassem"
HARIRI, AYYASH = "person:rafik-hariri", "person:salim-ayyash"
HASHIMI, KANANI = "person:hisham-al-hashimi", "person:ahmed-hamdawi-al-kanani"
RAISI, MOKHBER = "person:ebrahim-raisi", "person:mohammad-mokhber"
HANIYEH, SINWAR = "person:ismail-haniyeh", "person:yahya-sinwar"
MIKATI, SALAM = "person:najib-mikati", "person:nawaf-salam"
SAFIEDDINE = "person:hashem-safieddine"
US, ISRAEL = "country:united-states", "country:israel"
ABDULLAH, ABBAS = "person:abdullah-ii", "person:mahmoud-abbas"
MBS, ERDOGAN = "person:mohammed-bin-salman", "person:recep-tayyip-erdogan"
SUDANI, NECHIRVAN = "person:mohammed-shia-al-sudani", "person:nechirvan-barzani"
ASSAD, PEDERSEN = "person:bashar-al-assad", "person:geir-pedersen"
MACRON, AOUN = "person:emmanuel-macron", "person:joseph-aoun"
SISI, MBZ = "person:abdel-fattah-el-sisi", "person:mohamed-bin-zayed"
BLINKEN, NETANYAHU = "person:antony-blinken", "person:benjamin-netanyahu"
TAMIM, HAYYA = "person:tamim-bin-hamad-al-thani", "person:khalil-al-hayya"


# --- titles: an office, a comma, a rank, then the known holder --------------------------------

@pytest.mark.parametrize("text", [
    "قُتل قائد فيلق القدس في الحرس الثوري الإيراني، الجنرال قاسم سليماني، في غارة جوية "
    "أمريكية قرب مطار بغداد الدولي.",
    "قُتل قائد فيلق القدس، الجنرال قاسم سليماني، في غارة جوية أمريكية قرب مطار بغداد. "
    "وقال إسماعيل قاآني إن إيران سترد.",
    "لندن (بي بي سي عربي) - قُتل قائد فيلق القدس في الحرس الثوري الإيراني، الجنرال قاسم "
    "سليماني، في غارة جوية أمريكية استهدفت موكبه قرب مطار بغداد الدولي.\n"
    "وعينت إيران إسماعيل قاآني خلفا لسليماني على رأس فيلق القدس.",
])
def test_office_comma_rank_names_the_victim_only(shipped, text):
    got = _killed(shipped, text)
    assert (SOLEIMANI, US) in got
    assert (QAANI, US) not in got


# --- killings: verdicts in the passive, past an apposition, with a pronoun victim ----------

@pytest.mark.parametrize("text,pair", [
    ("أدين سليم عياش، العضو في حزب الله، باغتيال رفيق الحريري.", (HARIRI, AYYASH)),
    ("وأدين سليم عياش باغتيال رئيس الوزراء الأسبق رفيق الحريري.", (HARIRI, AYYASH)),
    ("اغتيل هشام الهاشمي عام 2020، وأدين الضابط أحمد حمداوي الكناني بقتله.",
     (HASHIMI, KANANI)),
    ("أدانت المحكمة الخاصة بلبنان سليم عياش بقتل رئيس الوزراء الأسبق رفيق الحريري.",
     (HARIRI, AYYASH)),
])
def test_convicted_of_the_killing(rules_only, text, pair):
    assert pair in _killed(rules_only, text)


def test_passive_verdict_opening_is_no_first_name(rules_only):
    doc = rules_only.extract("أدين سليم عياش، العضو في حزب الله، باغتيال رفيق الحريري.",
                             lang="ar")
    assert AYYASH in {e["id"] for e in doc["entities"]}


@pytest.mark.parametrize("text", [
    "لم يُدن سليم عياش بقتل رفيق الحريري.",
    "اتهمت النيابة سليم عياش بقتل رفيق الحريري.",
    "التقى الرئيس جوزيف عون رئيس الحكومة نواف سلام، وأدين سليم عياش بقتله.",
])
def test_no_verdict_no_killer(shipped, text):
    got = _killed(shipped, text)
    assert not any(k == AYYASH for _v, k in got)


# --- successions: the profile's headline names the successor ------------------------------

@pytest.mark.parametrize("text,pair", [
    ("من هو نعيم قاسم؟ خليفة حسن نصر الله في الأمانة العامة لحزب الله.", (QASSEM, NASRALLAH)),
    ("من هو محمد مخبر؟ خليفة إبراهيم رئيسي في رئاسة إيران مؤقتا", (MOKHBER, RAISI)),
    ("نعيم قاسم.. خليفة نصر الله على رأس حزب الله", (QASSEM, NASRALLAH)),
    ("يحيى السنوار.. خليفة هنية", (SINWAR, HANIYEH)),
    ("محمد مخبر.. خليفة إبراهيم رئيسي في رئاسة إيران", (MOKHBER, RAISI)),
    ("خليفة إبراهيم رئيسي.. من هو محمد مخبر؟", (MOKHBER, RAISI)),
    ("خليفة هنية: من هو يحيى السنوار؟", (SINWAR, HANIYEH)),
    ("التقى الرئيس عون بنبيه بري. خليفة ميقاتي: من هو نواف سلام؟", (SALAM, MIKATI)),
    ("من هو نعيم قاسم؟ الأمين العام الجديد لحزب الله خلفا لحسن نصر الله.",
     (QASSEM, NASRALLAH)),
    ("من هو الشيخ نعيم قاسم؟ الأمين العام الجديد لحزب الله خلفا لحسن نصر الله",
     (QASSEM, NASRALLAH)),
])
def test_profile_headline_successor(rules_only, text, pair):
    assert pair in _succ(rules_only, text)


@pytest.mark.parametrize("text", [
    "من هو هاشم صفي الدين؟ خليفة نصر الله المحتمل على رأس حزب الله",
    "من هو هاشم صفي الدين؟ المرشح لخلافة حسن نصر الله",
    "من هو هاشم صفي الدين؟ وكان حسن نصر الله قد عينه خلفا له.",
    "هاشم صفي الدين. خليفة حسن نصر الله لم يحسم بعد.",
])
def test_profile_headline_no_stated_successor(shipped, text):
    assert (SAFIEDDINE, NASRALLAH) not in _succ(shipped, text)


# --- meetings: the past dual of translated wire copy -------------------------------------

PUTIN = "person:vladimir-putin"


@pytest.mark.parametrize("text", [
    "وقال الكرملين إن بوتين وأردوغان عقدا محادثات لمدة ثلاث ساعات في سوتشي.",
    "وكان بوتين وأردوغان قد عقدا محادثات في سوتشي.",
    "وقال الكرملين إن الرئيسين بوتين وأردوغان أجريا مباحثات في سوتشي.",
    "الرئيس الروسي فلاديمير بوتين ونظيره التركي رجب طيب أردوغان عقدا محادثات في سوتشي.",
    "بوتين وأردوغان بحثا في سوتشي الوضع في سوريا.",
    "وكان بوتين وأردوغان قد ناقشا الملف السوري.",
])
def test_dual_held_talks(rules_only, text):
    assert _pair(PUTIN, ERDOGAN) in _met(rules_only, text)


@pytest.mark.parametrize("text", [
    "بوتين وأردوغان عقدا محادثات عبر الفيديو.",
    "بوتين وأردوغان لم يعقدا محادثات منذ أشهر.",
    "نفى الكرملين أن يكون بوتين وأردوغان قد عقدا محادثات سرية.",
    "بوتين وأردوغان عقدا اتفاقا لتبادل الأسرى.",
    "بوتين وأردوغان بحثا هاتفيا الوضع في سوريا.",
    "بوتين وأردوغان سيعقدان محادثات في سوتشي.",
])
def test_dual_held_not_met(shipped, text):
    assert _pair(PUTIN, ERDOGAN) not in _met(shipped, text)


@pytest.mark.parametrize("text,pair", [
    ("ونقلت وكالة الأنباء الإيرانية عن الرئيس مسعود بزشكيان قوله خلال لقائه الرئيس الروسي "
     "فلاديمير بوتين إن طهران تريد الاستقرار.", ("person:masoud-pezeshkian", PUTIN)),
    ("ونقل بيان للرئاسة عن الرئيس عبد الفتاح السيسي قوله لدى استقباله الرئيس الفلسطيني "
     "محمود عباس إن مصر ترفض التهجير.", (SISI, ABBAS)),
])
def test_quoted_speaker_met(rules_only, text, pair):
    assert _pair(*pair) in _met(rules_only, text)


def test_sender_still_no_host(shipped):
    text = ("تلقى الرئيس عبد الفتاح السيسي رسالة من الرئيس الروسي فلاديمير بوتين خلال "
            "استقباله الرئيس الفلسطيني محمود عباس.")
    got = _met(shipped, text)
    assert _pair(PUTIN, ABBAS) not in got


# --- successions: كـ "as" before the office; "وحلّ محله" after a death ----------------------

SHTAYYEH = "person:mohammad-shtayyeh"


@pytest.mark.parametrize("text,pair", [
    ("عين نعيم قاسم كأمين عام لحزب الله خلفا لحسن نصر الله.", (QASSEM, NASRALLAH)),
    ("تم تعيين نعيم قاسم كأمين عام لحزب الله ليحل محل حسن نصر الله.", (QASSEM, NASRALLAH)),
    ("قتل قاسم سليماني عام 2020، وحل محله إسماعيل قاآني.", (QAANI, SOLEIMANI)),
    ("اغتيل حسن نصر الله في سبتمبر، وحل محله نعيم قاسم.", (QASSEM, NASRALLAH)),
])
def test_as_office_and_place_after_death(rules_only, text, pair):
    assert pair in _succ(rules_only, text)


def test_as_office_is_no_description(rules_only):
    text = "عين نعيم قاسم كأمين عام لحزب الله خلفا لحسن نصر الله."
    doc = rules_only.extract(text, lang="ar")
    nasrallah = next(e for e in doc["entities"] if e["id"] == NASRALLAH)
    assert [text[a:b] for a, b in nasrallah["mentions"]] == ["حسن نصر الله"]


def test_active_killing_leaves_no_place(rules_only):
    text = "قتل حسن نصر الله عماد مغنية، وحل محله نعيم قاسم."
    assert (QASSEM, NASRALLAH) not in _succ(rules_only, text)


# --- questions ask, they state nothing ---------------------------------------------------

KHAMENEI, TRUMP = "person:ali-khamenei", "person:donald-trump"
RAISI_ID = RAISI


@pytest.mark.parametrize("text,lang", [
    ("هل يلتقي ترامب بالمرشد الإيراني علي خامنئي؟", "ar"),
    ("وهل التقى الرئيس الأمريكي دونالد ترامب بالمرشد الإيراني علي خامنئي سرا؟", "ar"),
    ("Did Trump secretly meet Iran's Supreme Leader Ali Khamenei?", "en"),
])
def test_asked_meeting_is_none(shipped, text, lang):
    got = {tuple(sorted(p)) for p in _rels(shipped, text, "MET_WITH", lang)}
    assert _pair(KHAMENEI, TRUMP) not in got


def test_asked_killing_is_none(shipped):
    text = "هل اغتالت إسرائيل الرئيس الإيراني إبراهيم رئيسي؟"
    assert (RAISI_ID, ISRAEL) not in _killed(shipped, text)


def test_statement_before_colon_then_question(rules_only):
    text = "التقى الرئيس الأمريكي دونالد ترامب بالمرشد الإيراني علي خامنئي: هل تنتهي الحرب؟"
    assert _pair(KHAMENEI, TRUMP) in _met(rules_only, text)


def test_predecessor_pronoun_is_the_profiled_man(rules_only):
    text = ("حسن نصر الله\n"
            "حسن نصر الله (1960 - 2024) رجل دين وسياسي لبناني، شغل منصب الأمين العام لحزب الله "
            "من 1992 حتى اغتياله في 2024. تولى المنصب بعد اغتيال سلفه عباس الموسوي على يد "
            "إسرائيل عام 1992.")
    assert (NASRALLAH, "person:abbas-mousavi") in _succ(rules_only, text)


def test_predecessor_pronoun_headline_of_two_is_unsure(rules_only):
    text = ("التقى الرئيس جوزيف عون رئيس الحكومة نواف سلام\n"
            "وبحث الرئيسان تشكيل الحكومة في قصر بعبدا.\n"
            "وكان سلفه نجيب ميقاتي قد زار بعبدا أمس.")
    got = _succ(rules_only, text)
    assert not any(old == MIKATI for _new, old in got)


# --- the second attendee clause of a Saudi readout --------------------------------------

SHARAA, FAISAL = "person:ahmed-al-sharaa", "person:faisal-bin-farhan"
SHAIBANI = "person:asaad-al-shaibani"


def test_side_attendee_after_fima(rules_only):
    text = ("الرياض (واس) - استقبل صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز آل "
            "سعود، ولي العهد رئيس مجلس الوزراء، في قصر اليمامة بالرياض اليوم، فخامة الرئيس "
            "السوري أحمد الشرع.\nحضر الاستقبال صاحب السمو الأمير فيصل بن فرحان بن عبدالله "
            "وزير الخارجية، فيما حضره من الجانب السوري وزير الخارجية أسعد حسن الشيباني.")
    got = _met(rules_only, text)
    assert _pair(SHAIBANI, MBS) in got and _pair(SHAIBANI, FAISAL) in got


def test_funeral_attended_is_no_meeting(shipped):
    text = "أقيمت جنازة القيادي في مدينة النجف، حضرها رئيس تحالف الفتح هادي العامري."
    assert not _met(shipped, text)


# --- photo captions ---------------------------------------------------------------------

BARRACK, QAANI_ID = "person:tom-barrack", QAANI
PEZESHKIAN = "person:masoud-pezeshkian"


@pytest.mark.parametrize("text,pair", [
    ("الرئيس اللبناني جوزيف عون مستقبلا المبعوث الأمريكي توم باراك في قصر بعبدا "
     "(الرئاسة اللبنانية)", (AOUN, BARRACK)),
    ("السوداني مستقبلاً قاآني في بغداد", (SUDANI, QAANI_ID)),
    ("الرئيس السوري أحمد الشرع مصافحا الرئيس الأمريكي دونالد ترامب في الرياض",
     (SHARAA, TRUMP)),
    ("بيروت - وصل المبعوث الأمريكي توم باراك إلى بيروت في زيارة رسمية.\nالرئيس اللبناني "
     "جوزيف عون مستقبلا المبعوث الأمريكي توم باراك في قصر بعبدا (الرئاسة اللبنانية)\n"
     "وقال باراك إن واشنطن تدعم الجيش اللبناني", (AOUN, BARRACK)),
])
def test_caption_participle_met(rules_only, text, pair):
    assert _pair(*pair) in _met(rules_only, text)


@pytest.mark.parametrize("text", [
    "قد يلتقي الرئيس بزشكيان مستقبلا الرئيس الأمريكي دونالد ترامب.",
    "الرئيس الإيراني مسعود بزشكيان مصافحا الرئيس الأمريكي دونالد ترامب عبر الفيديو",
])
def test_caption_participle_not_met(shipped, text):
    assert _pair(PEZESHKIAN, TRUMP) not in _met(shipped, text)


# --- "سبقه في المنصب Y" and the infobox line ------------------------------------------------

ARAGHCHI, BAGHERI = "person:abbas-araghchi", "person:ali-bagheri-kani"


@pytest.mark.parametrize("text,pair", [
    ("عباس عراقجي وزير خارجية إيران، سبقه في المنصب علي باقري كني.", (ARAGHCHI, BAGHERI)),
    ("نواف سلام رئيس حكومة لبنان، سبقه في المنصب نجيب ميقاتي.", (SALAM, MIKATI)),
    ("وكان سلف عراقجي في المنصب علي باقري كني.", (ARAGHCHI, BAGHERI)),
    ("عباس عراقجي\nوزير الخارجية الإيراني\nتولى المنصب 21 أغسطس 2024\nالرئيس مسعود "
     "بزشكيان\nسبقه علي باقري كني\nعباس عراقجي دبلوماسي إيراني ولد في طهران عام 1962.",
     (ARAGHCHI, BAGHERI)),
])
def test_preceded_him_in_the_post(rules_only, text, pair):
    assert pair in _succ(rules_only, text)


@pytest.mark.parametrize("text", [
    "وصل الرئيس جوزيف عون إلى القاهرة، وسبقه رئيس الحكومة نواف سلام إليها.",
    "وصل الرئيس جوزيف عون إلى القاهرة، وسبقه رئيس الحكومة نواف سلام بيومين.",
])
def test_arrived_first_is_no_predecessor(shipped, text):
    assert (AOUN, SALAM) not in _succ(shipped, text)


# --- a capital after a state's title is the place ----------------------------------------

def test_capital_after_state_title_is_the_place(rules_only):
    text = "التقى الرئيس الإيراني مسعود بزشكيان أمير قطر في الدوحة."
    assert _pair(PEZESHKIAN, TAMIM) in _met(rules_only, text)
    leads = _rels(rules_only, text, "LEADS", "ar")
    assert (PEZESHKIAN, "country:qatar") not in leads


# --- guards: the styles of this session that read right already ---------------------------

@pytest.mark.parametrize("text,pair", [
    ("عمّان (بترا) - استقبل جلالة الملك عبدالله الثاني، في قصر الحسينية اليوم الأحد، رئيس "
     "دولة فلسطين محمود عباس، وجرى خلال اللقاء بحث آخر التطورات.", (ABDULLAH, ABBAS)),
    ("أجرى ولي العهد السعودي الأمير محمد بن سلمان مباحثات رسمية مع الرئيس التركي رجب طيب "
     "أردوغان في جدة.", (MBS, ERDOGAN)),
    ("أفادت وكالة الأنباء العراقية (واع) بأن رئيس الوزراء محمد شياع السوداني استقبل رئيس "
     "إقليم كردستان نيجيرفان بارزاني.", (SUDANI, NECHIRVAN)),
    ("ذكرت الوكالة العربية السورية للأنباء (سانا) أن الرئيس بشار الأسد استقبل المبعوث "
     "الأممي غير بيدرسن.", (ASSAD, PEDERSEN)),
    ("باريس (فرانس 24) - استقبل الرئيس الفرنسي إيمانويل ماكرون في قصر الإليزيه نظيره "
     "اللبناني جوزيف عون.", (MACRON, AOUN)),
    ("قالت مصادر لـ\"الجزيرة نت\" إن رئيس المكتب السياسي لحركة حماس خليل الحية التقى في "
     "الدوحة أمير قطر الشيخ تميم بن حمد آل ثاني.", (HAYYA, TAMIM)),
])
def test_readouts_and_agencies_meet(shipped, text, pair):
    assert _pair(*pair) in _met(shipped, text)


@pytest.mark.parametrize("text", [
    "من المقرر أن يلتقي الرئيس الفرنسي إيمانويل ماكرون بالرئيس اللبناني جوزيف عون الأسبوع "
    "المقبل.",
    "أجرى الرئيس المصري عبد الفتاح السيسي اتصالا هاتفيا مع الرئيس الإماراتي الشيخ محمد بن "
    "زايد.",
    "وكان من المتوقع أن يجتمع بلينكن مع نتنياهو، إلا أن الاجتماع ألغي.",
    "صرح المتحدث باسم وزارة الخارجية الأمريكية بأن الوزير بلينكن سيلتقي بنتنياهو في القدس.",
])
def test_unheld_meetings_give_nothing(shipped, text):
    got = _met(shipped, text)
    assert _pair(MACRON, AOUN) not in got and _pair(SISI, MBZ) not in got
    assert _pair(BLINKEN, NETANYAHU) not in got


@pytest.mark.parametrize("text,pair", [
    ("نعت حركة حماس رئيس مكتبها السياسي إسماعيل هنية الذي اغتالته إسرائيل في طهران.",
     (HANIYEH, ISRAEL)),
    ("اغتيل إسماعيل هنية على يد إسرائيل في طهران في 31 يوليو 2024.", (HANIYEH, ISRAEL)),
])
def test_mourning_and_by_hand_of(shipped, text, pair):
    assert pair in _killed(shipped, text)


def test_killing_without_agent_gives_none(shipped):
    text = "لقي صالح العاروري حتفه في غارة بطائرة مسيرة على الضاحية الجنوبية."
    assert not _killed(shipped, text)
