"""Session 66 (blind66f): fixes after the first contact of blind set PC-PD (Lebanon and Palestine
2004-2012, written blind: Yassin and Rantisi, Arafat and Abbas, the Hariri tribunal, Siniora's and
Saad Hariri's governments, Mughniyeh, the 2006 war, Doha and Michel Suleiman, Haniyeh and Meshaal
in Damascus, Tehran and Cairo, Omar Suleiman, Jabari), each read in several paraphrases of other
outlets, people and eras.

- Descriptions, English: "the (Palestinian) premier" / "the president" may be a person the
  gazetteer knows by a later post when the article itself titled him so ("Palestinian Prime
  Minister Ismail Haniyeh", "Turkish Prime Minister Abdullah Gul"; not "former" nor "deputy":
  ``coref_offices.titled_office_here`` in ``holds_office``); a new person titled "Vice
  President" or "Deputy ..." is no premier or president (``desc_article_titles.other_post_titled``).
- Meetings, English: "X handed over (the O) to Y" is a meeting only when the sentence places it
  at a place or a ceremony, or names who attended; "Baerbock handed over the Foreign Office to
  Wadephul on Tuesday", "before handing over to Siniora after the elections" tell the change of
  office, not an encounter (``meeting_handover_en._placed``); the succession stays.
- Meetings, Arabic: "(وعُقد بعد ذلك / وتلا ذلك / ثم عقدت) اجتماع موسع / جلسة مباحثات موسعة بحضور Z"
  after a reception: Z sat at the talks told before, widened to the delegations, as "وجرى
  اللقاء بحضور Z" (``meeting_present_more._expanded_meeting`` in ``present_pairs_ar``); not a
  body's own meeting ("وعقد مجلس الوزراء اجتماعاً موسعاً بحضور Z") nor one to come.
- Meetings, Arabic: "ترأس / عقد X اجتماع(اً) ... في <a place phrase>، بحضور / بمشاركة A": the
  words of up to two place phrases after the meeting noun no longer count in the reach from
  "بحضور" back to the noun ("اجتماع الأمناء العامين للفصائل الفلسطينية في مدينة العلمين الجديدة
  بجمهورية مصر العربية، بمشاركة ... هنية": Abbas met Haniyeh; ``meeting_convened_ar._noun_before``).
- Meetings, Arabic: a meeting postponed by an active «أرجأ / أرجأت» six words before the noun,
  a body's name in quotes between («أرجأ رئيس "اللقاء الديموقراطي" النائب X لقاءً كان مقرراً مع
  Y»): no meeting (``meeting_checks._called_off_before_ar``, ``rule_common.word_back_in_clause``
  with quotes skipped).
- Successions, Arabic: "أدى X اليمين ... رئيساً مؤقتاً بعد شغور المنصب بوفاة Y" (the vacancy of
  the post, then the loss with ب: ``core_recall_succession._past_announcement_ar``), and the
  oath in the pluperfect, "وكان X قد أدى اليمين الدستورية أميراً ... بعد وفاة Y"
  (``core_recall_succession._was_subject_ar``): X succeeded Y.
- Titles, English: "presidential / senior / political / diplomatic / media / military adviser"
  is a title before a name, so "attended by Foreign Minister A and presidential adviser B" lists
  B too (``lexicon.EN_TITLES``).
"""

import pytest

from tests.extract_support import met_sorted as _met
from tests.extract_support import relation_pairs
from tests.extract_support import sorted_pair as _pair

HANIYEH, LARIJANI, RAHIMI, HAMDAN = ("person:ismail-haniyeh", "person:ali-larijani",
                                     "person:mohammed-reza-rahimi", "person:osama-hamdan")
GUL, MUALLEM = "person:abdullah-gul", "person:walid-muallem"
MIRZIYOYEV, MUHRIDDIN = "person:shavkat-mirziyoyev", "person:sirojiddin-muhriddin"
TEBBOUNE, LEDRIAN, DUPONT = "person:abdelmadjid-tebboune", "person:jean-yves-le-drian", "person:jean-dupont"
OSULEIMAN, MOUSSA = "person:omar-suleiman", "person:amr-moussa"
MIKATI, SINIORA = "person:najib-mikati", "person:fouad-siniora"
BAERBOCK, WADEPHUL = "person:annalena-baerbock", "person:johann-wadephul"
HALEVI, ZAMIR, HERZOG = "person:herzi-halevi", "person:eyal-zamir", "person:isaac-herzog"
KADHIMI, SUDANI = "person:mustafa-al-kadhimi", "person:mohammed-shia-al-sudani"
SARRAJ, DBEIBAH = "person:fayez-al-sarraj", "person:abdul-hamid-dbeibah"


# --- an office the article gave, beyond the gazetteer's titles ----------------------------------

@pytest.mark.parametrize("text, holder, met, not_met", [
    ("Leader of the Islamic Revolution Ayatollah Seyyed Ali Khamenei has received visiting Palestinian "
     "Prime Minister Ismail Haniyyeh in Tehran. Haniyyeh was welcomed at Mehrabad Airport by First "
     "Vice President Mohammad Reza Rahimi. The Palestinian premier also held talks with Majlis Speaker "
     "Ali Larijani.", HANIYEH, LARIJANI, (RAHIMI, LARIJANI)),
    ("Turkish Prime Minister Abdullah Gul arrived in Damascus on Sunday for a two-day visit. The Turkish "
     "premier later held talks with Foreign Minister Walid Muallem.", GUL, MUALLEM, None),
    ("Uzbek Prime Minister Shavkat Mirziyoyev arrived in Dushanbe on Thursday. The Uzbek premier later "
     "held talks with Foreign Minister Sirojiddin Muhriddin.", MIRZIYOYEV, MUHRIDDIN, None),
    ("Algerian Prime Minister Abdelmadjid Tebboune flew to Paris on Monday, where he was greeted by Vice "
     "President Jean Dupont. The Algerian premier then met French Foreign Minister Jean-Yves Le Drian at "
     "the Quai d'Orsay.", TEBBOUNE, LEDRIAN, (DUPONT, LEDRIAN)),
    ("Palestinian Prime Minister Ismail Haniyeh arrived in Cairo on Tuesday and was received at the "
     "airport by Vice President Omar Suleiman. The Palestinian premier later met Arab League chief Amr "
     "Moussa.", HANIYEH, MOUSSA, (OSULEIMAN, MOUSSA)),
])
def test_the_premier_is_the_one_the_article_titled_so(shipped, text, holder, met, not_met):
    pairs = _met(shipped, text, "en")
    assert _pair(holder, met) in pairs
    if not_met:
        assert _pair(*not_met) not in pairs


def test_the_premier_keeps_the_attendee_of_his_talks(shipped):
    text = ("Leader of the Islamic Revolution Ayatollah Seyyed Ali Khamenei has received visiting "
            "Palestinian Prime Minister Ismail Haniyyeh in Tehran. The Palestinian premier also held "
            "talks with Majlis Speaker Ali Larijani, in the presence of Hamas's representative in "
            "Lebanon, Osama Hamdan.")
    pairs = _met(shipped, text, "en")
    assert _pair(HAMDAN, LARIJANI) in pairs
    assert _pair(HAMDAN, HANIYEH) in pairs


# --- a handover of office is a meeting only where it is placed -----------------------------------

@pytest.mark.parametrize("text, old, new", [
    ("Mikati briefly headed an interim government in 2005, before handing over to Fouad Siniora after "
     "the elections that followed the assassination.", MIKATI, SINIORA),
    ("Baerbock handed over the German Foreign Office to Johann Wadephul on Tuesday.", BAERBOCK, WADEPHUL),
    ("Lt. Gen. Herzi Halevi handed over command to Lt. Gen. Eyal Zamir in March, weeks after announcing "
     "his resignation.", HALEVI, ZAMIR),
])
def test_a_handover_told_without_place_is_no_meeting(shipped, text, old, new):
    assert _pair(old, new) not in _met(shipped, text, "en")
    assert (new, old) in relation_pairs(shipped, text, "SUCCESSOR_OF", "en")


@pytest.mark.parametrize("text, old, new, present", [
    ("Outgoing Prime Minister Mustafa Al-Kadhimi had handed over to Al-Sudani at the Government Palace "
     "on 28 October.", KADHIMI, SUDANI, None),
    ("Outgoing Prime Minister Fayez Al-Sarraj on Tuesday handed over power to Abdulhamid Dbaiba, the head "
     "of the new Government of National Unity, at a ceremony in the capital Tripoli.", SARRAJ, DBEIBAH, None),
    ("Lt. Gen. Herzi Halevi handed over command to Lt. Gen. Eyal Zamir before President Isaac Herzog and "
     "the General Staff.", HALEVI, ZAMIR, HERZOG),
    ("Lt. Gen. Herzi Halevi handed over command to Lt. Gen. Eyal Zamir at the Kirya in Tel Aviv on "
     "Wednesday.", HALEVI, ZAMIR, None),
])
def test_a_handover_at_a_place_or_before_attendees_is_a_meeting(shipped, text, old, new, present):
    pairs = _met(shipped, text, "en")
    assert _pair(old, new) in pairs
    if present:
        assert _pair(present, new) in pairs


# --- an expanded meeting after a reception ------------------------------------------------------

ASSAD, SHARIRI, MUALLEM_ = "person:bashar-al-assad", "person:saad-hariri", "person:walid-muallem"
RAISI, ABDOLLAHIAN, FHUSSEIN = ("person:ebrahim-raisi", "person:hossein-amir-abdollahian",
                                "person:fuad-hussein")
ERDOGAN, SHARAA, FIDAN = "person:recep-tayyip-erdogan", "person:ahmed-al-sharaa", "person:hakan-fidan"
_RAISI_SUDANI = ("استقبل الرئيس الإيراني إبراهيم رئيسي رئيس الوزراء العراقي محمد شياع السوداني في قصر "
                 "سعد آباد. ")


@pytest.mark.parametrize("text, principals, present", [
    ("وصل رئيس الحكومة سعد الحريري إلى دمشق، حيث استقبله الرئيس السوري بشار الأسد في قصر الشعب. وعُقد "
     "بعد ذلك اجتماع موسع بحضور وزير الخارجية وليد المعلم.", (ASSAD, SHARIRI), [MUALLEM_]),
    (_RAISI_SUDANI + "وتلا ذلك اجتماع موسع بحضور وزيري خارجية البلدين حسين أمير عبد اللهيان وفؤاد حسين.",
     (RAISI, SUDANI), [ABDOLLAHIAN, FHUSSEIN]),
    ("التقى الرئيس التركي رجب طيب أردوغان الرئيس السوري أحمد الشرع في أنقرة أمس. ثم عقدت جلسة مباحثات "
     "موسعة بحضور وزير الخارجية التركي هاكان فيدان.", (ERDOGAN, SHARAA), [FIDAN]),
])
def test_an_expanded_meeting_after_a_reception_is_attended(shipped, text, principals, present):
    pairs = _met(shipped, text, "ar")
    for p in present:
        for q in principals:
            assert _pair(p, q) in pairs


def test_a_coming_expanded_meeting_is_not_the_reception(shipped):
    text = _RAISI_SUDANI + "وسيعقد غداً اجتماع موسع بحضور وزير الخارجية حسين أمير عبد اللهيان."
    assert _pair(ABDOLLAHIAN, SUDANI) not in _met(shipped, text, "ar")


def test_a_bodys_own_expanded_meeting_is_not_the_reception(rules_only):
    # (the scorer pairs the minister with the two principals on the start code too)
    text = _RAISI_SUDANI + "وعقد مجلس الوزراء الإيراني اجتماعاً موسعاً بحضور وزير الخارجية حسين أمير عبد اللهيان."
    assert _pair(ABDOLLAHIAN, SUDANI) not in _met(rules_only, text, "ar")


# --- a convened meeting with a long place phrase before "بحضور" ---------------------------------

ABBAS = "person:mahmoud-abbas"
ARAJI, MENFI, HADDAD = "person:qassim-al-araji", "person:mohamed-al-menfi", "person:mohammed-al-haddad"
_ALAMEIN = ("اجتماع الأمناء العامين للفصائل الفلسطينية في مدينة العلمين الجديدة بجمهورية مصر العربية، "
            "بمشاركة رئيس المكتب السياسي لحركة حماس إسماعيل هنية.")


@pytest.mark.parametrize("text, host, present", [
    ("ترأس رئيس دولة فلسطين محمود عباس، اليوم الأحد، " + _ALAMEIN, ABBAS, HANIYEH),
    ("ترأس الرئيس محمود عباس " + _ALAMEIN, ABBAS, HANIYEH),
    ("ترأس رئيس مجلس الوزراء محمد شياع السوداني اجتماعاً للمجلس الوزاري للأمن الوطني في مقر القيادة "
     "العامة للقوات المسلحة في المنطقة الخضراء ببغداد، بحضور مستشار الأمن القومي قاسم الأعرجي.",
     SUDANI, ARAJI),
    ("عقد رئيس المجلس الرئاسي محمد المنفي اجتماعاً طارئاً في مقر المجلس بالعاصمة الليبية طرابلس مساء "
     "أمس، بمشاركة رئيس الأركان العامة الفريق أول محمد الحداد.", MENFI, HADDAD),
])
def test_a_place_phrase_between_the_meeting_and_its_attendees(rules_only, text, host, present):
    assert _pair(host, present) in _met(rules_only, text, "ar")


@pytest.mark.parametrize("text", [
    "وسيترأس الرئيس محمود عباس " + _ALAMEIN,
    "ولم يترأس الرئيس محمود عباس " + _ALAMEIN,
])
def test_a_planned_or_negated_convened_meeting_stays_unread(rules_only, text):
    # (the scorer reads these as meetings on the start code too)
    assert _pair(ABBAS, HANIYEH) not in _met(rules_only, text, "ar")


# --- a postponed meeting, a body's name in quotes before it ---------------------------------------

JUMBLATT, TJUMBLATT, MIKATI_, HOCHSTEIN = ("person:walid-jumblatt", "person:taymour-jumblatt",
                                           "person:najib-mikati", "person:amos-hochstein")


@pytest.mark.parametrize("text, a, b", [
    ("وصل رئيس الحكومة سعد الحريري إلى دمشق أمس. في غضون ذلك، أرجأ رئيس \"اللقاء الديموقراطي\" النائب "
     "وليد جنبلاط لقاءً كان مقرراً مع الحريري إلى ما بعد عودته.", SHARIRI, JUMBLATT),
    ("وصل رئيس الحكومة نجيب ميقاتي إلى السراي أمس. وأرجأ رئيس «اللقاء الديمقراطي» النائب وليد جنبلاط لقاءً "
     "كان مقرراً مع ميقاتي.", MIKATI_, JUMBLATT),
    ("زار الموفد الأميركي آموس هوكشتاين بيروت أمس. وأرجأ رئيس \"اللقاء الديموقراطي\" تيمور جنبلاط لقاءً "
     "كان مقرراً مع هوكشتاين.", HOCHSTEIN, TJUMBLATT),
])
def test_a_postponed_meeting_past_a_quoted_body_is_no_meeting(shipped, text, a, b):
    assert _pair(a, b) not in _met(shipped, text, "ar")


def test_a_meeting_held_by_the_head_of_a_quoted_body_stays(shipped):
    text = ("وصل رئيس الحكومة سعد الحريري إلى بيروت أمس. وعقد رئيس «اللقاء الديمقراطي» النائب وليد جنبلاط "
            "لقاءً مع الحريري في كليمنصو.")
    assert _pair(SHARIRI, JUMBLATT) in _met(shipped, text, "ar")


# --- sworn in after the vacancy of the post / in the pluperfect ----------------------------------

FATTOUH, ARAFAT = "person:rawhi-fattouh", "person:yasser-arafat"
NAWAF, SABAH, MISHAL = ("person:nawaf-al-ahmad-al-sabah", "person:sabah-al-ahmad-al-jaber-al-sabah",
                        "person:mishal-al-ahmad-al-jaber-al-sabah")
QASSEM, NASRALLAH, MOKHBER, RAISI_ = ("person:naim-qassem", "person:hassan-nasrallah",
                                      "person:mohammad-mokhber", "person:ebrahim-raisi")


@pytest.mark.parametrize("text, new, old", [
    ("وكان رئيس المجلس التشريعي روحي فتوح قد أدى اليمين الدستورية رئيساً مؤقتاً للسلطة الوطنية بعد شغور "
     "المنصب بوفاة الرئيس عرفات.", FATTOUH, ARAFAT),
    ("وأدى الشيخ نواف الأحمد اليمين الدستورية أميراً للكويت بعد شغور المنصب بوفاة الشيخ صباح الأحمد.",
     NAWAF, SABAH),
    ("وانتخب مجلس الشورى نعيم قاسم أميناً عاماً لحزب الله بعد شغور المنصب باستشهاد السيد حسن نصر الله.",
     QASSEM, NASRALLAH),
    ("وأصبح محمد مخبر رئيساً بالوكالة بعد شغور منصب الرئاسة بمقتل الرئيس إبراهيم رئيسي.", MOKHBER, RAISI_),
    ("وكان الشيخ مشعل الأحمد قد أدى اليمين الدستورية أميراً للكويت بعد وفاة الشيخ نواف الأحمد.",
     MISHAL, NAWAF),
])
def test_sworn_in_after_the_post_fell_vacant(shipped, text, new, old):
    assert (new, old) in relation_pairs(shipped, text, "SUCCESSOR_OF", "ar")


def test_a_vacancy_with_no_loss_names_no_predecessor(shipped):
    text = "وأصبح محمد مخبر رئيساً بالوكالة بعد شغور منصب الرئاسة لأكثر من شهر."
    assert relation_pairs(shipped, text, "SUCCESSOR_OF", "ar") == set()


# --- an adviser of a kind in an attendee list ----------------------------------------------------

SHAABAN, BONNE, BARROT, AOUN = ("person:bouthaina-shaaban", "person:emmanuel-bonne",
                                "person:jean-noel-barrot", "person:joseph-aoun")
MACRON = "person:emmanuel-macron"


@pytest.mark.parametrize("text, principals, adviser", [
    ("Syrian President Bashar al-Assad received Prime Minister Saad Hariri at the People's Palace on "
     "Saturday. The meeting was attended by Foreign Minister Walid Muallem and presidential adviser "
     "Bouthaina Shaaban.", (ASSAD, SHARIRI), SHAABAN),
    ("French President Emmanuel Macron received President Joseph Aoun at the Elysee on Friday. The "
     "meeting was attended by Foreign Minister Jean-Noel Barrot and diplomatic adviser Emmanuel Bonne.",
     (MACRON, AOUN), BONNE),
    ("Syrian President Bashar al-Assad received Prime Minister Saad Hariri at the People's Palace on "
     "Saturday. The meeting was attended by Foreign Minister Walid Muallem and political adviser Nader "
     "Hariri.", (ASSAD, SHARIRI), "person:nader-hariri"),
])
def test_an_adviser_of_a_kind_is_listed_among_the_attendees(shipped, text, principals, adviser):
    pairs = _met(shipped, text, "en")
    for p in principals:
        assert _pair(adviser, p) in pairs
