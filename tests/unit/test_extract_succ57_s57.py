"""Session 57 (succ57): SUCCESSOR_OF in both languages, in the direction successor ->
predecessor, on short pieces and single sentences written for the session (Saudi and Kuwaiti
royal successions told over two sentences, Hezbollah and Hamas leadership changes, Iraqi army
appointments, Lebanese and Iranian presidencies).

- A ruler's death told in one sentence and the successor in the next with a bare title after a
  verb of making: "Saudi Arabia's King Abdullah has died ... Crown Prince Salman bin Abdulaziz
  was proclaimed / named king", "... became king" (``succession_after_death``:
  ``ruler_as_in_dead_post_en`` reads the title right after "named / proclaimed / became";
  the dead holder's title may sit inside his mention, "Saudi Arabia's King Abdullah").
  Not without the death, not for "will be proclaimed king".
- Arabic, the same over two sentences with the passive of pledging: "توفي الملك عبد الله بن
  عبد العزيز. وبويع سلمان بن عبد العزيز ملكاً", "ونودي بالشيخ X أميراً للبلاد"
  (``succession_dead_post_ar``: passive words of pledging, and a holder whose title the
  gazetteer reads into his name, "الملك عبد الله ...").
- Arabic "مكان Y" (and "محل Y") right after an appointment, read as "بدلاً من Y": "عُيّن X
  رئيساً لأركان الجيش مكان الفريق Y" (``core_recall_succession.instead_of``); not "في مكان
  إقامة Y" after a meeting, not under a negation ("لم يُعيَّن X مكان Y").
- The predecessor after "after" as the object of an active removal clause: "X was named
  defense minister after Netanyahu fired Y", "X was elected speaker a year after the supreme
  court ousted Y" (``succession_removed_object_en`` from ``_appointed_en``): Y, never the
  agent.
- Negatives: "..., positioning him to succeed Y", "K positions X to succeed Y", "X is
  positioned / in line to succeed Y" (``succession_nominated.positioned_to_succeed``; the
  scorer's relation vetoed by ``scorer_hedged``), and "X succeeded in persuading Y" (managing,
  ``scorer_hedged.managed_to``).
- "he" in a relative clause: "X takes over from Y, who had led the bureau since 2017, when
  he succeeded Z": Y -> Z, not X -> Z (``succession_relative_he_en``).
- A timeline's present: "2020 - X takes office after Y resigns", "after Y dies / steps down"
  (``succession_post_after_death_en._EN_GONE_ACTIVE``).
- Arabic, the verbal noun of an announced choice: "أعلن حزب الله انتخاب X أميناً عاماً جديداً
  بعد اغتيال Y", "أعلنت حماس اختيار X رئيساً لمكتبها السياسي، بعد اغتيال Y", "قراراً
  بتعيين X ... بعد إقالة Y" (``core_recall_succession.became_after_ar``); not when refused.
- Arabic "brought / came to power": "أوصل الإطار X إلى السلطة بعد تنحي Y", "وصل X إلى
  السلطة بعد فرار Y" (``core_recall_succession._to_power_ar``), "تولى X السلطة بعد فرار Y"
  (``succession_words._C7``); "أوصل الإطار X إلى السلطة عام 2022" alone is none.
- A fronted participle: "Replacing / Succeeding Y (as chief of staff), X took command"
  (``succession_participle_en.fronted_participle_holder_en``); not a gerund subject
  ("Replacing Y would be difficult, X said").
- A passive removal in someone's favour: "Y was ousted as crown prince in 2017 in favour of X",
  "Y was removed in favour of X" (``succession_abdicate``); not negated, not "argued in
  favour of X".
"""

import pytest

from tests.extract_support import relation_pairs as _rels

SALMAN, ABDULLAH = "person:salman-bin-abdulaziz", "person:abdullah-bin-abdulaziz"
MISHAL, NAWAF = "person:mishal-al-ahmad-al-jaber-al-sabah", "person:nawaf-al-ahmad-al-sabah"
SINWAR, HANIYEH = "person:yahya-sinwar", "person:ismail-haniyeh"
YARALLAH, GHANMI = "person:abdul-amir-yarallah", "person:othman-al-ghanmi"

_SAUDI_DIED = "Saudi Arabia's King Abdullah bin Abdulaziz has died at 90, the royal court said. "


# --- a ruler's death, then "X was proclaimed king" --------------------------------------

@pytest.mark.parametrize("text", [
    _SAUDI_DIED + "Crown Prince Salman bin Abdulaziz was proclaimed king.",
    _SAUDI_DIED + "Crown Prince Salman bin Abdulaziz was named king hours later.",
    _SAUDI_DIED + "Crown Prince Salman bin Abdulaziz became king.",
    _SAUDI_DIED + "Crown Prince Salman bin Abdulaziz was named the new king.",
    _SAUDI_DIED + "Crown Prince Salman bin Abdulaziz was proclaimed the new king.",
])
def test_proclaimed_king_after_the_death(shipped, text):
    assert (SALMAN, ABDULLAH) in _rels(shipped, text, "SUCCESSOR_OF", "en")


@pytest.mark.parametrize("text", [
    "Saudi Arabia's King Abdullah bin Abdulaziz met reporters on Friday. Crown Prince Salman "
    "bin Abdulaziz was named king.",
    _SAUDI_DIED + "Crown Prince Salman bin Abdulaziz will be proclaimed king on Saturday.",
])
def test_no_king_without_the_death(shipped, text):
    assert (SALMAN, ABDULLAH) not in _rels(shipped, text, "SUCCESSOR_OF", "en")


@pytest.mark.parametrize("text, pair", [
    ("توفي الملك عبد الله بن عبد العزيز فجر الجمعة. وبويع سلمان بن عبد العزيز ملكاً.",
     (SALMAN, ABDULLAH)),
    ("توفي أمير الكويت الشيخ نواف الأحمد الجابر الصباح. ونودي بالشيخ مشعل الأحمد الجابر "
     "الصباح أميراً للبلاد.", (MISHAL, NAWAF)),
])
def test_pledged_ruler_after_the_death_ar(shipped, text, pair):
    assert pair in _rels(shipped, text, "SUCCESSOR_OF", "ar")


def test_no_pledge_without_the_death_ar(shipped):
    text = "بويع سلمان بن عبد العزيز ملكاً."
    assert (SALMAN, ABDULLAH) not in _rels(shipped, text, "SUCCESSOR_OF", "ar")


# --- "عُيّن X ... مكان Y" ---------------------------------------------------------------

@pytest.mark.parametrize("text, pair", [
    ("عُيّن يحيى السنوار مكان إسماعيل هنية.", (SINWAR, HANIYEH)),
    ("عُيّن يحيى السنوار رئيساً للمكتب السياسي لحماس مكان إسماعيل هنية.", (SINWAR, HANIYEH)),
    ("عُيّن اللواء عبد الأمير يار الله رئيساً لأركان الجيش مكان الفريق عثمان الغانمي.",
     (YARALLAH, GHANMI)),
    ("وعيّن مجلس الوزراء اللواء عبد الأمير يار الله رئيساً لأركان الجيش مكان الفريق عثمان "
     "الغانمي.", (YARALLAH, GHANMI)),
])
def test_appointed_in_place_of_ar(shipped, text, pair):
    assert pair in _rels(shipped, text, "SUCCESSOR_OF", "ar")


@pytest.mark.parametrize("text", [
    "التقى يحيى السنوار في مكان إقامة إسماعيل هنية.",
    "زار يحيى السنوار مكان اغتيال إسماعيل هنية.",
])
def test_no_place_of_without_appointment_ar(shipped, text):
    pairs = _rels(shipped, text, "SUCCESSOR_OF", "ar")
    assert (SINWAR, HANIYEH) not in pairs and (HANIYEH, SINWAR) not in pairs


def test_no_place_of_negated_ar(shipped):
    text = "لم يُعيَّن يحيى السنوار رئيساً للمكتب السياسي مكان إسماعيل هنية."
    assert (SINWAR, HANIYEH) not in _rels(shipped, text, "SUCCESSOR_OF", "ar")


# --- "named X after K fired Y" -----------------------------------------------------------

KATZ, GALLANT, NETANYAHU = "person:israel-katz", "person:yoav-gallant", "person:benjamin-netanyahu"
MASHHADANI, HALBOUSI = "person:mahmoud-al-mashhadani", "person:mohammed-al-halbousi"
QASSEM, NASRALLAH = "person:naim-qassem", "person:hassan-nasrallah"


@pytest.mark.parametrize("text, pair, agent", [
    ("Israel Katz was named defense minister after Netanyahu fired Yoav Gallant.",
     (KATZ, GALLANT), NETANYAHU),
    ("Mahmoud al-Mashhadani was elected speaker a year after the supreme court ousted Mohammed "
     "al-Halbousi.", (MASHHADANI, HALBOUSI), None),
    ("Naim Qassem was elected secretary-general a month after Israel killed Hassan Nasrallah.",
     (QASSEM, NASRALLAH), None),
])
def test_named_after_agent_removed_predecessor(shipped, text, pair, agent):
    pairs = _rels(shipped, text, "SUCCESSOR_OF", "en")
    assert pair in pairs
    assert agent is None or (pair[0], agent) not in pairs


def test_no_removal_no_predecessor(shipped):
    text = "Israel Katz was named defense minister after Netanyahu met Yoav Gallant."
    pairs = _rels(shipped, text, "SUCCESSOR_OF", "en")
    assert (KATZ, GALLANT) not in pairs and (KATZ, NETANYAHU) not in pairs


# --- prospects and "succeeded in" ---------------------------------------------------------

SHEIKH, ABBAS = "person:hussein-al-sheikh", "person:mahmoud-abbas"
MBS = "person:mohammed-bin-salman"


@pytest.mark.parametrize("text", [
    "Hussein al-Sheikh was appointed vice president, positioning him to succeed Mahmoud Abbas.",
    "The move positions Hussein al-Sheikh to succeed Mahmoud Abbas.",
    "Hussein al-Sheikh is now positioned to succeed Mahmoud Abbas.",
    "Hussein al-Sheikh is in line to succeed Mahmoud Abbas.",
])
def test_positioned_to_succeed_is_no_succession(shipped, text):
    assert (SHEIKH, ABBAS) not in _rels(shipped, text, "SUCCESSOR_OF", "en")


def test_appointed_to_succeed_still_read(shipped):
    text = "The council appointed Hussein al-Sheikh to succeed Mahmoud Abbas."
    assert (SHEIKH, ABBAS) in _rels(shipped, text, "SUCCESSOR_OF", "en")


@pytest.mark.parametrize("text, pair", [
    ("Mohammed bin Salman succeeded in persuading Mahmoud Abbas to attend.", (MBS, ABBAS)),
    ("Naim Qassem succeeded in rallying the group after Hassan Nasrallah was killed.",
     (QASSEM, NASRALLAH)),
])
def test_succeeded_in_is_managing(shipped, text, pair):
    assert pair not in _rels(shipped, text, "SUCCESSOR_OF", "en")


# --- "he" in a relative clause; a timeline's present --------------------------------------

MESHAAL = "person:khaled-mashal"
KADHIMI, MAHDI = "person:mustafa-al-kadhimi", "person:adil-abdul-mahdi"
ARAFAT = "person:yasser-arafat"


def test_he_of_relative_clause_is_its_head(shipped):
    text = ("Yahya Sinwar takes over from Ismail Haniyeh, who had led the bureau since 2017, "
            "when he succeeded Khaled Meshaal.")
    pairs = _rels(shipped, text, "SUCCESSOR_OF", "en")
    assert (HANIYEH, MESHAAL) in pairs and (SINWAR, HANIYEH) in pairs
    assert (SINWAR, MESHAAL) not in pairs


@pytest.mark.parametrize("text, pair", [
    ("2020 - Mustafa al-Kadhimi takes office after Adel Abdul Mahdi resigns amid mass "
     "protests.", (KADHIMI, MAHDI)),
    ("2005 - Mahmoud Abbas takes over as PLO chief after Yasser Arafat dies in Paris.",
     (ABBAS, ARAFAT)),
])
def test_timeline_present_after_gone(shipped, text, pair):
    assert pair in _rels(shipped, text, "SUCCESSOR_OF", "en")


def test_timeline_future_is_none(shipped):
    text = "Mustafa al-Kadhimi will take office after Adel Abdul Mahdi resigns."
    assert (KADHIMI, MAHDI) not in _rels(shipped, text, "SUCCESSOR_OF", "en")


# --- Arabic: an announced choice; "brought to power" --------------------------------------

RASHAD, KAMEL = "person:hassan-rashad", "person:abbas-kamel"
SHARAA, ASSAD = "person:ahmed-al-sharaa", "person:bashar-al-assad"
SUDANI = "person:mohammed-shia-al-sudani"


@pytest.mark.parametrize("text, pair", [
    ("أعلن حزب الله انتخاب نعيم قاسم أميناً عاماً جديداً بعد اغتيال حسن نصر الله.",
     (QASSEM, NASRALLAH)),
    ("أعلنت حركة حماس اختيار يحيى السنوار رئيساً لمكتبها السياسي، بعد اغتيال إسماعيل هنية في "
     "طهران.", (SINWAR, HANIYEH)),
    ("أصدر الرئيس قراراً بتعيين حسن رشاد رئيساً للجهاز بعد إقالة عباس كامل.", (RASHAD, KAMEL)),
    ("أوصل الإطار التنسيقي محمد شياع السوداني إلى السلطة بعد تنحي مصطفى الكاظمي.",
     (SUDANI, KADHIMI)),
    ("وصل أحمد الشرع إلى السلطة بعد فرار بشار الأسد.", (SHARAA, ASSAD)),
    ("أوصلت التسوية أحمد الشرع إلى السلطة بعد فرار بشار الأسد.", (SHARAA, ASSAD)),
    ("تولى أحمد الشرع السلطة بعد فرار بشار الأسد.", (SHARAA, ASSAD)),
])
def test_chosen_or_brought_to_power_after_loss_ar(shipped, text, pair):
    assert pair in _rels(shipped, text, "SUCCESSOR_OF", "ar")


@pytest.mark.parametrize("text, pair", [
    ("رفض حزب الله انتخاب نعيم قاسم أميناً عاماً بعد اغتيال حسن نصر الله.", (QASSEM, NASRALLAH)),
    ("أوصل الإطار التنسيقي محمد شياع السوداني إلى السلطة عام 2022.", (SUDANI, KADHIMI)),
    ("وصل أحمد الشرع إلى دمشق بعد فرار بشار الأسد.", (SHARAA, ASSAD)),
])
def test_no_succession_without_power_or_loss_ar(shipped, text, pair):
    assert pair not in _rels(shipped, text, "SUCCESSOR_OF", "ar")


# --- "Replacing Y, X took command" ---------------------------------------------------------

ZAMIR, HALEVI = "person:eyal-zamir", "person:herzi-halevi"


@pytest.mark.parametrize("text", [
    "Succeeding Herzi Halevi, Eyal Zamir took command of the army on Wednesday.",
    "Replacing Herzi Halevi as chief of staff, Eyal Zamir vowed to rebuild the army.",
])
def test_fronted_participle(shipped, text):
    assert (ZAMIR, HALEVI) in _rels(shipped, text, "SUCCESSOR_OF", "en")


def test_fronted_gerund_subject_is_none(shipped):
    text = "Replacing Herzi Halevi would be difficult, Eyal Zamir said."
    assert (ZAMIR, HALEVI) not in _rels(shipped, text, "SUCCESSOR_OF", "en")


# --- "Y was ousted in favour of X" --------------------------------------------------------

MBN = "person:mohammed-bin-nayef"


@pytest.mark.parametrize("text", [
    "Mohammed bin Nayef was ousted as crown prince in 2017 in favour of Mohammed bin Salman.",
    "Mohammed bin Nayef was removed in favour of Mohammed bin Salman.",
])
def test_ousted_in_favour_of(shipped, text):
    assert (MBS, MBN) in _rels(shipped, text, "SUCCESSOR_OF", "en")


@pytest.mark.parametrize("text", [
    "Mohammed bin Nayef was not removed in favour of Mohammed bin Salman.",
    "Mohammed bin Nayef argued in favour of Mohammed bin Salman.",
    "Mohammed bin Nayef was ousted, and analysts argued in favour of Mohammed bin Salman.",
])
def test_no_removal_in_favour(shipped, text):
    assert (MBS, MBN) not in _rels(shipped, text, "SUCCESSOR_OF", "en")
