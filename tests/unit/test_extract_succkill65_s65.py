"""Session 65 (succkill65): successions and killings misread in the session's blind sets, each
read in paraphrases of other people, outlets and both languages, with negative cases.

- Killings: whoever condemns, mourns, denies or blames a strike told in a relative clause is
  not its agent: "The Taliban condemned the bombing that killed X", «وأدان حزب الله الغارة التي
  قتلت X» (``kill_condemner``, asked by ``killing_rules_en`` and ``killing_rules``); "Trump
  ordered / Israel carried out the strike that killed X" keep their subject, and the strike's
  adjective still names its agent ("condemned the Israeli strike": Israel).
- Killings: the subject of a clause told "after / since / following the strike that killed X"
  did something else: "Esmail Qaani took command of the Quds Force after the strike that killed
  Qasem Soleimani", "Hezbollah vowed revenge after the strike that killed X": neither is the agent
  (``kill_after_strike_en``); "after the Israeli strike that killed X" still gives Israel, and
  "Israel killed X after the attack on ..." its subject.
- Killings: "Biden (said he) gave the final approval / the green light for the operation",
  «أعطى X الضوء الأخضر للضربة» after the killing's sentence: X ordered it, as the dev gold
  pairs him (``kill_approved_strike``); not a refused or negated approval, not a person of
  another side, not a killing told as background in that sentence ("since Y was killed").
- Successions: "X took over the foreign ministry after the crash that killed President Y and
  Foreign Minister Z": X succeeded Z, the dead holder of the post taken, not the first named
  (``succession_took_over_en.took_over_from_en`` with ``succession_listed_dead_en``); "took over
  the ministry" with no qualifier pairs no one.
- Successions: «وكلّف المرشد X بتولي مهام الرئاسة مؤقتاً / بإدارة شؤون الرئاسة بالوكالة» after
  the president's death told in the sentences before: X succeeded him
  (``succession_acting_dead_ar.tasked_acting_dead_post_ar``; «مؤقتاً» is an acting word in
  ``succession_after_death``); not without a death, not another post's holder.
- Successions: «، قبل أن يُستبدل بـY» / «ثم استُبدل بـY» with no object: Y replaced the
  sentence's one person (``succession_chosen_replaced.replaced_subject_ar``); not a planned or
  refused replacement.
"""

import pytest

from tests.extract_support import relation_pairs

TALIBAN, HEZBOLLAH = "organization:taliban", "organization:hezbollah"
HAQQANI, SHUKR = "person:khalil-haqqani", "person:fuad-shukr"
MUHANDIS, SAADI = "person:abu-mahdi-al-muhandis", "person:abu-baqir-al-saadi"
HANIYEH, SOLEIMANI = "person:ismail-haniyeh", "person:qasem-soleimani"
ISRAEL, TRUMP, BIDEN = "country:israel", "person:donald-trump", "person:joe-biden"
ZAWAHIRI, QURASHI = "person:ayman-al-zawahiri", "person:abu-ibrahim-al-hashimi-al-qurashi"
BIN_LADEN = "person:osama-bin-laden"
MUNIR, HAMEED = "person:asim-munir", "person:faiz-hameed"
MAHDI, KADHIMI = "person:adil-abdul-mahdi", "person:mustafa-al-kadhimi"
QAANI = "person:esmail-qaani"


def _killed(ex, text: str, lang: str) -> set[tuple[str, str]]:
    return relation_pairs(ex, text, "ASSASSINATED_BY", lang)


def _succ(ex, text: str, lang: str) -> set[tuple[str, str]]:
    return relation_pairs(ex, text, "SUCCESSOR_OF", lang)


# --- a condemner is not the agent --------------------------------------------------------------

@pytest.mark.parametrize("text, lang, victim, condemner", [
    ("The Taliban condemned the bombing that killed Khalil Haqqani in Kabul.", "en", HAQQANI,
     TALIBAN),
    ("The Taliban on Thursday condemned the bombing that killed Khalil Haqqani.", "en", HAQQANI,
     TALIBAN),
    ("The Iraqi government condemned the drone strike that killed Abu Mahdi al-Muhandis.", "en",
     MUHANDIS, "organization:iraqi-government"),
    ("Iran condemned the attack that killed Ismail Haniyeh in Tehran.", "en", HANIYEH,
     "country:iran"),
    ("Kataib Hezbollah mourned the strike that killed Abu Baqir al-Saadi.", "en", SAADI,
     "organization:kataib-hezbollah"),
    ("Pakistan denounced the attack that killed Khalil Haqqani.", "en", HAQQANI,
     "country:pakistan"),
    ("ودانت حركة طالبان التفجير الذي أودى بحياة خليل حقاني في كابول.", "ar", HAQQANI, TALIBAN),
    ("وأدان حزب الله الغارة التي قتلت فؤاد شكر.", "ar", SHUKR, HEZBOLLAH),
    ("واستنكرت حركة طالبان الهجوم الذي قتل خليل حقاني.", "ar", HAQQANI, TALIBAN),
])
def test_who_condemns_or_mourns_a_strike_did_not_carry_it_out(rules_only, text, lang, victim,
                                                              condemner):
    # (rules only: the scorer still proposes some of these pairs on its own)
    assert (victim, condemner) not in _killed(rules_only, text, lang)


@pytest.mark.parametrize("text, victim, agent", [
    ("Hezbollah condemned the Israeli strike that killed Fuad Shukr in Beirut.", SHUKR, ISRAEL),
    ("Donald Trump ordered the strike that killed Qasem Soleimani.", SOLEIMANI, TRUMP),
    ("Israel carried out the strike that killed Fuad Shukr.", SHUKR, ISRAEL),
])
def test_the_strikes_own_agent_and_who_ordered_or_carried_it_out_stay(rules_only, text, victim,
                                                                     agent):
    assert (victim, agent) in _killed(rules_only, text, "en")


# --- "after the strike that killed X" ---------------------------------------------------------

@pytest.mark.parametrize("text, victim, subject", [
    ("Mahamat Deby took over as president after the attack that killed his father Idriss Deby "
     "and two generals.", "person:idriss-deby", "person:mahamat-idriss-deby"),
    ("Esmail Qaani took command of the Quds Force after the strike that killed Qasem Soleimani.",
     SOLEIMANI, "organization:quds-force"),
    ("Hezbollah vowed revenge after the strike that killed Fuad Shukr.", SHUKR, HEZBOLLAH),
    ("The Taliban tightened security in Kabul following the bombing that killed Khalil Haqqani.",
     HAQQANI, TALIBAN),
    ("The Taliban have tightened security since the bombing that killed Khalil Haqqani.",
     HAQQANI, TALIBAN),
])
def test_the_subject_of_a_clause_after_the_strike_is_no_agent(rules_only, text, victim, subject):
    assert (victim, subject) not in _killed(rules_only, text, "en")


@pytest.mark.parametrize("text, victim, agent", [
    ("Hezbollah vowed revenge after the Israeli strike that killed Fuad Shukr.", SHUKR, ISRAEL),
    ("Israel killed Fuad Shukr after the attack on Majdal Shams.", SHUKR, ISRAEL),
    ("Trump ordered the strike that killed Qasem Soleimani after months of debate.", SOLEIMANI,
     TRUMP),
])
def test_the_strikes_adjective_and_a_killing_subject_stay_around_a_time_phrase(rules_only, text,
                                                                              victim, agent):
    assert (victim, agent) in _killed(rules_only, text, "en")


# --- final approval, the green light -----------------------------------------------------------

_ZAWAHIRI_EN = ("Al-Qaida leader Ayman al-Zawahri was killed by a U.S. drone strike in Kabul, "
                "officials said. ")
_ZAWAHIRI_AR = "قتل زعيم تنظيم القاعدة أيمن الظواهري في غارة أمريكية بطائرة مسيرة في كابل. "


@pytest.mark.parametrize("text, lang, victim", [
    (_ZAWAHIRI_EN + "Biden said he gave the final approval for the operation last week.", "en",
     ZAWAHIRI),
    (_ZAWAHIRI_EN + "President Joe Biden gave final approval for the strike last week.", "en",
     ZAWAHIRI),
    (_ZAWAHIRI_EN + "Mr. Biden, speaking from the White House, said he had given final approval "
     "for the operation.", "en", ZAWAHIRI),
    ("Islamic State leader Abu Ibrahim al-Hashimi al-Qurashi was killed in a U.S. raid in "
     "Atmeh. Biden gave the green light for the raid on Tuesday.", "en", QURASHI),
    (_ZAWAHIRI_AR + "وقال الرئيس الأمريكي جو بايدن إنه أعطى الضوء الأخضر للضربة الأسبوع "
     "الماضي.", "ar", ZAWAHIRI),
    (_ZAWAHIRI_AR + "وأعطى الرئيس الأمريكي جو بايدن الضوء الأخضر للعملية الأسبوع الماضي.", "ar",
     ZAWAHIRI),
])
def test_who_gave_the_final_approval_ordered_the_strike(shipped, text, lang, victim):
    assert (victim, BIDEN) in _killed(shipped, text, lang)


@pytest.mark.parametrize("text, lang", [
    ("Israel killed Hamas military chief Mohammed Deif in an airstrike in Khan Younis. Prime "
     "Minister Benjamin Netanyahu gave the green light for the strike on Saturday.", "en"),
    ("قتل الجيش الإسرائيلي القائد العسكري لحركة حماس محمد الضيف في غارة على خان يونس. وقال رئيس "
     "الوزراء الإسرائيلي بنيامين نتنياهو إنه أعطى الضوء الأخضر للعملية.", "ar"),
])
def test_another_leader_who_gave_the_green_light(rules_only, text, lang):
    assert ("person:mohammed-deif", "person:benjamin-netanyahu") in _killed(rules_only, text, lang)


@pytest.mark.parametrize("text, lang, victim, person", [
    (_ZAWAHIRI_EN + "Biden refused to give the green light for the strike.", "en", ZAWAHIRI,
     BIDEN),
    (_ZAWAHIRI_EN + "Khamenei said he gave the final approval for the operation.", "en",
     ZAWAHIRI, "person:ali-khamenei"),
    (_ZAWAHIRI_AR + "ولم يعط الرئيس الأمريكي جو بايدن الضوء الأخضر للعملية.", "ar", ZAWAHIRI,
     BIDEN),
    ("Al-Qaida leader Ayman al-Zawahri was killed by a U.S. drone strike in Kabul, in the "
     "biggest blow to the group since its founder, Osama bin Laden, was killed by Navy SEALs in "
     "2011. Biden said he gave the final approval for the operation last week.", "en", BIN_LADEN,
     BIDEN),
])
def test_no_approver_for_a_refused_approval_another_side_or_a_background_killing(
        rules_only, text, lang, victim, person):
    assert (victim, person) not in _killed(rules_only, text, lang)


# --- «قبل أن يُستبدل بـY» -------------------------------------------------------------------

@pytest.mark.parametrize("text, new, old", [
    ("شغل الفريق عاصم منير منصب المدير العام للاستخبارات العسكرية ثمانية أشهر عام 2019، قبل أن "
     "يُستبدل بالفريق فيض حميد.", HAMEED, MUNIR),
    ("شغل عادل عبد المهدي منصب رئيس الوزراء عاماً واحداً، قبل أن يستبدل بمصطفى الكاظمي.", KADHIMI,
     MAHDI),
    ("وكان قاسم سليماني قائداً لفيلق القدس لأكثر من عشرين عاماً، ثم استُبدل بإسماعيل قاآني.", QAANI,
     SOLEIMANI),
])
def test_replaced_by_with_no_object_replaces_the_sentences_person(shipped, text, new, old):
    assert (new, old) in _succ(shipped, text, "ar")


@pytest.mark.parametrize("text, new, old", [
    ("ومن المقرر أن يُستبدل عادل عبد المهدي بمصطفى الكاظمي.", KADHIMI, MAHDI),
    ("تولى عادل عبد المهدي رئاسة الوزراء، ومن المقرر أن يُستبدل بمصطفى الكاظمي بعد الانتخابات.",
     KADHIMI, MAHDI),
    ("شغل عادل عبد المهدي منصب رئيس الوزراء، ورفض أن يُستبدل بمصطفى الكاظمي.", KADHIMI, MAHDI),
])
def test_a_planned_or_refused_replacement_is_none(rules_only, text, new, old):
    assert (new, old) not in _succ(rules_only, text, "ar")


# --- the post decides among the dead of a crash ------------------------------------------------

RAISI, AMIR, BAGHERI, MOKHBER = ("person:ebrahim-raisi", "person:hossein-amir-abdollahian",
                                 "person:ali-bagheri-kani", "person:mohammad-mokhber")


@pytest.mark.parametrize("text, new, old", [
    ("Ali Bagheri Kani took over the foreign ministry after the crash that killed President "
     "Ebrahim Raisi and Foreign Minister Hossein Amir-Abdollahian.", BAGHERI, AMIR),
    ("Mohammad Mokhber took over the presidency after the crash that killed President Ebrahim "
     "Raisi and Foreign Minister Hossein Amir-Abdollahian.", MOKHBER, RAISI),
    ("Mohammad Mokhber took over the presidency in an acting capacity after the crash that "
     "killed Ebrahim Raisi and Hossein Amir-Abdollahian.", MOKHBER, RAISI),
])
def test_who_took_over_after_a_crash_succeeds_the_dead_holder_of_that_post(rules_only, text, new,
                                                                           old):
    assert (new, old) in _succ(rules_only, text, "en")


@pytest.mark.parametrize("text, new, old", [
    ("Ali Bagheri Kani took over the ministry in an acting capacity after the crash that killed "
     "President Ebrahim Raisi and Foreign Minister Hossein Amir-Abdollahian.", BAGHERI, RAISI),
    ("Ali Bagheri Kani took over the foreign ministry after the crash that killed President "
     "Ebrahim Raisi and Foreign Minister Hossein Amir-Abdollahian.", BAGHERI, RAISI),
    ("Ali Bagheri Kani took over the foreign ministry after the May 19 crash that killed "
     "President Ebrahim Raisi and Hossein Amir-Abdollahian.", BAGHERI, RAISI),
])
def test_the_first_of_the_dead_is_not_the_predecessor_of_another_post(shipped, text, new, old):
    assert (new, old) not in _succ(shipped, text, "en")


# --- «كلّف X بتولي مهام الرئاسة مؤقتاً» after the death ----------------------------------------

_CRASH_AR = ("أعلنت السلطات الإيرانية مقتل الرئيس إبراهيم رئيسي ووزير خارجيته حسين أمير عبداللهيان "
             "إثر تحطم مروحية. ")


@pytest.mark.parametrize("text", [
    _CRASH_AR + "وكلّف المرشد الإيراني علي خامنئي النائب الأول للرئيس محمد مخبر بتولي مهام "
    "الرئاسة مؤقتاً.",
    _CRASH_AR + "وكانت المروحية عائدة من الحدود. وكلّف المرشد الإيراني علي خامنئي النائب الأول "
    "للرئيس محمد مخبر بتولي مهام الرئاسة مؤقتاً، على أن تجرى انتخابات خلال خمسين يوماً.",
    "توفي الرئيس إبراهيم رئيسي في تحطم مروحية. وكلّف المرشد علي خامنئي محمد مخبر بإدارة شؤون "
    "الرئاسة بالوكالة.",
])
def test_who_is_tasked_with_the_presidency_on_an_interim_basis_succeeds_the_dead(shipped, text):
    assert (MOKHBER, RAISI) in _succ(shipped, text, "ar")


@pytest.mark.parametrize("text, new, old", [
    ("زار الرئيس إبراهيم رئيسي باكستان. وكلّف المرشد علي خامنئي محمد مخبر بتولي مهام الرئاسة "
     "مؤقتاً.", MOKHBER, RAISI),
    ("أعلنت السلطات الإيرانية مقتل الرئيس إبراهيم رئيسي إثر تحطم مروحية. وكلّفت الحكومة علي باقري "
     "كني بتولي مهام وزارة الخارجية مؤقتاً.", BAGHERI, RAISI),
])
def test_no_interim_successor_without_a_death_or_for_another_post(rules_only, text, new, old):
    assert (new, old) not in _succ(rules_only, text, "ar")
