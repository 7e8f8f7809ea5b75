"""Session 62 (blind62b): fixes after the first contact of blind set NE-NF (Iraq 2024-2025,
written blind: al-Sudani, the armed factions and the PMF, the US strikes that killed Abu Taqwa
and Abu Baqir al-Saadi, Qaani and the US visitors, the Barzanis, the November 2025 elections),
each read in several paraphrases of other outlets, people, verbs and word orders.

- Killings, Arabic: after a passive or intransitive killing verb, a group glued to «لـ» after
  the victim's title and its adjectives is the title's complement, not the killer: «استشهد
  المعاون العسكري لحركة النجباء X إثر استهداف طائرة مسيرة أمريكية», «اغتيل المسؤول الإعلامي
  لحزب الله X بغارة إسرائيلية», «قُتل الأمين العام المساعد لحركة النجباء X في ضربة أمريكية»:
  X is the victim and the means after him gives the killer (``kill_title_lam_ar``, in
  ``killing_rules``); a means "belonging to" the group («طائرة تابعة للجيش», «مسلحون تابعون
  لتنظيم») still makes it the killer.
- Successions: "in his place" / "to replace him" / «خلفاً له» after a killing of several people
  told in the sentence before is the victim that sentence names first (its topic), not the
  companion the rules noted last: "X, who was killed together with Qasem Soleimani ... . Y was
  named chief of staff in his place" is X (``victim_first_named``, used by
  ``wire_succession_en._pronoun_predecessor`` and ``core_recall_succession``).
- Descriptions, English: an age between "the" and an office title keeps the phrase a
  description of the office's holder: "The 54-year-old premier, who took office in October 2022
  in place of X", "the 61 year old commander succeeded Y", "The 80-year-old president
  succeeded Z" (``title_age_en``, in ``title_description``); not for a plain word such as "the
  94-year-old cleric" (the last cleric named need not be the one meant).
- Meetings, Arabic: a delegation named by its side, «وضم وفد الحركة C»، «وضم وفد حماس C»،
  «فيما ضم وفد الاتحاد الوطني C», is read as «وضم الوفد C» (its members met the delegation's
  head and whom he met), and a guest received «Y والوفد المرافق له» heads that delegation as
  «وفد ... برئاسة Y» would (``meeting_delegation_owned_ar``, in
  ``meeting_delegation_member_ar``); a planned «أن يضم وفد الحركة C» is no cue.
- Meetings, English: "see" as "meet" beyond "saw X": "after / before seeing X", "had seen X",
  "who had come from Ankara after seeing President X there", "After seeing X in Ankara, S flew
  to Baghdad" (``meetings_en.saw_person_en``); not "seen as", "seeing X as", "without seeing
  X", "had seen X take office".
- Successions, English: a removal, then an appointment to the same post in one clause:
  "K removed Y and named X to the post", "K fired Y ... and appointed X to the job", "K sacked
  Y and installed X in the role", and "Y served as adviser until July 2020, when K removed him
  and named X to the post" ("him" after a pronoun subject: the subject of the sentence before)
  (``succession_removed_gave_en``); not "named X to the post of
  <another office>", not negated.
"""

import pytest

from tests.extract_support import relation_pairs

AB, SO = "ASSASSINATED_BY", "SUCCESSOR_OF"
US, ISRAEL, IDF, IS_ = ("country:united-states", "country:israel",
                        "organization:israel-defense-forces", "organization:islamic-state")
NUJABA, HEZB, QASSAM = ("organization:harakat-al-nujaba", "organization:hezbollah",
                        "organization:al-qassam-brigades")
ABUTAQWA, SAADI, AFIF, AROURI, ABUOBEIDA = (
    "person:mushtaq-taleb-al-saidi", "person:abu-baqir-al-saadi", "person:mohammad-afif",
    "person:saleh-al-arouri", "person:abu-obeida")
MUHANDIS, SOLEIMANI, FADAK = ("person:abu-mahdi-al-muhandis", "person:qasem-soleimani",
                              "person:abdul-aziz-al-muhammadawi")
AQIL, WAHBI, KARAKI = "person:ibrahim-aqil", "person:ahmed-wahbi", "person:ali-karaki"
NASRALLAH, QASSEM, JABARIN = "person:hassan-nasrallah", "person:naim-qassem", "person:zaher-jabarin"


def _ab(ex, text, lang="ar"):
    return relation_pairs(ex, text, AB, lang)


def _so(ex, text, lang="en"):
    return relation_pairs(ex, text, SO, lang)


# --- a group glued to «لـ» after the victim's title is his, not the killer -------------------

@pytest.mark.parametrize("text, victim, group, agent", [
    ("استشهد المعاون العسكري لحركة النجباء الحاج مشتاق طالب السعيدي \"أبو تقوى\"، ظهر الخميس، "
     "إثر استهداف طائرة مسيرة أمريكية لمقر اللواء الثاني عشر في الحشد الشعبي ببغداد.",
     ABUTAQWA, NUJABA, US),
    ("اغتيل المسؤول الإعلامي لحزب الله محمد عفيف بغارة إسرائيلية على رأس النبع.", AFIF, HEZB, ISRAEL),
    ("قُتل الأمين العام المساعد لحركة النجباء مشتاق طالب السعيدي في ضربة أمريكية.",
     ABUTAQWA, NUJABA, US),
    ("قتل الناطق العسكري لكتائب القسام أبو عبيدة في غارة إسرائيلية على غزة.",
     ABUOBEIDA, QASSAM, ISRAEL),
    ("واغتيل نائب الأمين العام لحركة حماس صالح العاروري بضربة إسرائيلية في الضاحية الجنوبية.",
     AROURI, "organization:hamas", ISRAEL),
])
def test_a_group_after_the_victims_title_is_not_the_killer(shipped, text, victim, group, agent):
    ab = _ab(shipped, text)
    assert (victim, group) not in ab
    assert (victim, agent) in ab


@pytest.mark.parametrize("text, victim, agent", [
    ("قتلت طائرة تابعة للجيش الإسرائيلي القيادي في حماس صالح العاروري في بيروت.", AROURI, IDF),
    ("قتل مسلحون تابعون لتنظيم داعش القيادي في الحشد أبو باقر الساعدي في سوريا.", SAADI, IS_),
])
def test_a_means_belonging_to_a_group_still_names_the_killer(rules_only, text, victim, agent):
    assert (victim, agent) in _ab(rules_only, text)


# --- "in his place" after a killing of several: the victim named first ----------------------

@pytest.mark.parametrize("text, lang, new, old, other", [
    ("Real military power in the Hashd long lay with his deputy, Abu Mahdi al-Muhandis, who was "
     "killed together with Qasem Soleimani, the Iranian general, in a US drone strike at Baghdad "
     "airport on January 3, 2020. Abdul Aziz al-Mohammadawi, a Kataib Hezbollah veteran known as "
     "Abu Fadak, was named chief of staff in his place weeks later.", "en", FADAK, MUHANDIS,
     SOLEIMANI),
    ("Hezbollah's Radwan commander Ibrahim Aqil was killed alongside Ahmed Wahbi in an Israeli "
     "strike on Friday. The group later appointed Ali Karaki to replace him.", "en", KARAKI, AQIL,
     WAHBI),
    ("An Israeli strike killed Hassan Nasrallah and Ali Karaki in Beirut. Naim Qassem was elected "
     "secretary-general in his place a month later.", "en", QASSEM, NASRALLAH, KARAKI),
    ("قُتل أبو مهدي المهندس مع قاسم سليماني بغارة أمريكية قرب مطار بغداد. وعُيّن عبد العزيز "
     "المحمداوي رئيساً لأركان الحشد خلفاً له.", "ar", FADAK, MUHANDIS, SOLEIMANI),
    ("اغتالت إسرائيل إبراهيم عقيل مع أحمد وهبي في الضاحية. وعين الحزب علي كركي خلفاً له.", "ar",
     KARAKI, AQIL, WAHBI),
])
def test_his_place_after_a_killing_of_several_is_the_first_victim(shipped, text, lang, new, old,
                                                                   other):
    so = _so(shipped, text, lang)
    assert (new, old) in so
    assert (new, other) not in so


# --- an age before an office title: still a description of its holder ----------------------

SUDANI, KADHIMI, BIDEN = ("person:mohammed-shia-al-sudani", "person:mustafa-al-kadhimi",
                          "person:joe-biden")
SINWAR, HANIYEH = "person:yahya-sinwar", "person:ismail-haniyeh"
RASHID, SALIH = "person:abdul-latif-rashid", "person:barham-salih"
QAANI, MALIKI = "person:esmail-qaani", "person:nouri-al-maliki"


@pytest.mark.parametrize("text, new, old, wrong", [
    ("President Joe Biden welcomed Iraqi Prime Minister Mohammed Shiaa al-Soudani to the Oval "
     "Office on Monday. The 54-year-old premier, who took office in October 2022 in place of "
     "Mustafa al-Kadhimi, is the first Iraqi head of government to come to Washington since 2021.",
     SUDANI, KADHIMI, BIDEN),
    ("Hamas named Yahya Sinwar as its leader. The 61 year old commander succeeded Ismail Haniyeh, "
     "who was killed in Tehran.", SINWAR, HANIYEH, None),
    ("Iraqi President Abdul Latif Rashid received Iranian Foreign Minister Abbas Araghchi on "
     "Sunday. The 80-year-old president succeeded Barham Salih in 2022.", RASHID, SALIH,
     "person:abbas-araghchi"),
])
def test_an_aged_office_title_is_its_holder(shipped, text, new, old, wrong):
    so = _so(shipped, text)
    assert (new, old) in so
    assert (wrong, old) not in so


def test_an_aged_commander_meets(rules_only):
    text = ("Quds Force commander Esmail Qaani flew into Baghdad on Monday. The 67-year-old "
            "commander met Nouri al-Maliki in the evening.")
    assert (MALIKI, QAANI) in relation_pairs(rules_only, text, "MET_WITH", "en") | {
        (b, a) for a, b in relation_pairs(rules_only, text, "MET_WITH", "en")}


# --- a delegation named by its side; a guest "والوفد المرافق له" heads it ---------------------

RASHAD, HAYYA, JABARIN, AWADALLAH, FHUSSEIN = (
    "person:hassan-rashad", "person:khalil-al-hayya", "person:zaher-jabarin",
    "person:nizar-awadallah", "person:fuad-hussein")
MASOUD, BAFEL, QUBAD, NECHIRVAN = ("person:masoud-barzani", "person:bafel-talabani",
                                   "person:qubad-talabani", "person:nechirvan-barzani")


def _met(ex, text):
    return {tuple(sorted(p)) for p in relation_pairs(ex, text, "MET_WITH", "ar")}


@pytest.mark.parametrize("text, member, met", [
    ("استقبل اللواء حسن رشاد وفد حماس برئاسة خليل الحية. وضم وفد الحركة زاهر جبارين.",
     JABARIN, (RASHAD, HAYYA)),
    ("التقى وزير الخارجية فؤاد حسين وفد حركة حماس برئاسة خليل الحية في بغداد، وضم وفد حماس "
     "نزار عوض الله.", AWADALLAH, (FHUSSEIN, HAYYA)),
    ("استقبل الرئيس مسعود بارزاني اليوم رئيس الاتحاد الوطني الكوردستاني بافل طالباني والوفد "
     "المرافق له. وحضر الاجتماع نيجيرفان بارزاني، فيما ضم وفد الاتحاد الوطني قوباد طالباني.",
     QUBAD, (MASOUD, BAFEL)),
    ("استقبل رئيس الوزراء محمد شياع السوداني رئيس إقليم كردستان نيجيرفان بارزاني والوفد المرافق "
     "له. وضم الوفد وزير الداخلية في الإقليم ريبر أحمد.", "person:rebar-ahmed",
     ("person:mohammed-shia-al-sudani", NECHIRVAN)),
])
def test_a_member_of_a_delegation_named_by_its_side(rules_only, text, member, met):
    pairs = _met(rules_only, text)
    for p in met:
        assert tuple(sorted((member, p))) in pairs


def test_a_planned_member_is_no_cue(shipped):
    text = ("استقبل اللواء حسن رشاد وفد حماس برئاسة خليل الحية. وكان من المقرر أن يضم وفد الحركة "
            "زاهر جبارين.")
    assert not any(JABARIN in p for p in _met(shipped, text))


# --- "after seeing X", "had seen X" ---------------------------------------------------------

BLINKEN, ERDOGAN = "person:antony-blinken", "person:recep-tayyip-erdogan"


@pytest.mark.parametrize("text", [
    "Mr. Blinken, who had come from Ankara after seeing Turkish President Recep Tayyip Erdogan "
    "there on Thursday, told reporters that Iraq should not become a launching pad.",
    "After seeing Turkish President Recep Tayyip Erdogan in Ankara, Blinken flew to Baghdad.",
    "Blinken flew to Baghdad on Friday after seeing Turkish President Recep Tayyip Erdogan in "
    "Ankara.",
    "Blinken, who had seen Turkish President Recep Tayyip Erdogan in Ankara, flew to Baghdad.",
])
def test_seeing_a_person_is_meeting_him(rules_only, text):
    assert tuple(sorted((BLINKEN, ERDOGAN))) in {
        tuple(sorted(p)) for p in relation_pairs(rules_only, text, "MET_WITH", "en")}


@pytest.mark.parametrize("text", [
    "Analysts see Mohammed Shia al-Sudani as the favourite, seeing Nouri al-Maliki as a spent "
    "force.",
    "Esmail Qaani left Baghdad without seeing Mohammed Shia al-Sudani, officials said.",
    "Abbas Araghchi had seen Qassim al-Araji take office in 2020.",
])
def test_seeing_as_or_without_is_no_meeting(shipped, text):
    assert not relation_pairs(shipped, text, "MET_WITH", "en")


# --- "removed Y and named X to the post" ----------------------------------------------------

FAYYADH, ARAJI = "person:falih-al-fayyadh", "person:qassim-al-araji"


@pytest.mark.parametrize("text, new, old", [
    ("In July 2020 Prime Minister Mustafa al-Kadhimi removed Falih al-Fayyadh and named Qasim "
     "al-Araji to the post.", ARAJI, FAYYADH),
    ("Falih al-Fayyadh served as national security adviser until July 2020, when Prime Minister "
     "Mustafa al-Kadhimi removed him and named Qasim al-Araji to the post.", ARAJI, FAYYADH),
    ("Falih al-Fayyad has chaired the Popular Mobilisation Commission since 2014. An engineer by "
     "training, he also served as national security adviser until July 2020, when then prime "
     "minister Mustafa al-Kadhimi removed him and named Qasim al-Araji to the post.", ARAJI,
     FAYYADH),
    ("Prime Minister Mustafa al-Kadhimi fired Falih al-Fayyadh on Saturday and appointed Qasim "
     "al-Araji to the job.", ARAJI, FAYYADH),
    ("The emir sacked Ahmed Nawaf al-Ahmad al-Sabah and installed Mohammad Sabah al-Salem "
     "al-Sabah in the role.", "person:mohammad-sabah-al-salem-al-sabah",
     "person:ahmad-nawaf-al-ahmad-al-sabah"),
])
def test_removed_then_named_to_the_post(shipped, text, new, old):
    assert (new, old) in _so(shipped, text)


@pytest.mark.parametrize("text", [
    "Prime Minister Mustafa al-Kadhimi removed Falih al-Fayyadh and named Qasim al-Araji to the "
    "post of defence adviser.",
    "Prime Minister Mustafa al-Kadhimi did not remove Falih al-Fayyadh and name Qasim al-Araji to "
    "the post.",
])
def test_another_post_or_no_removal_is_no_succession(shipped, text):
    assert not _so(shipped, text)
