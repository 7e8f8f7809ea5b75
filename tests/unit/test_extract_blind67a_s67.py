"""Session 67 (blind67a): fixes after the first contact of blind set PI-PJ (Iran and Iraq
2020-2024, written blind: Esmail Qaani in Baghdad and Erbil, the PMF and its commanders,
al-Kadhimi then al-Sudani, Kataib Hezbollah, the US strikes on militia commanders), each read
in several paraphrases of other outlets, people and clitics.

- Meetings, Arabic: a clause opened by فيما / بينما whose meeting verb names no subject of its
  own, «التقى X A وB، فيما اجتمع صباح الثلاثاء بـZ», «استقبل X A وB، بينما التقى لاحقاً بـZ»:
  X met Z, and neither A nor B, the first verb's objects, did; an object listed after the first
  one is no subject either, as with كما / ثم (``subjects._carried_subject``).
- Meetings, English: a relative aside after a name of a meeting noun's phrase, "A meeting
  between X and Y, whose movement won the most seats, was not expected" / "Talks between X and
  Y, who has threatened ..., are scheduled for Thursday": the aside's words no longer push the
  meeting noun's own predicate out of reach (``meeting_noun_relative_en``, read by
  ``meetings_en.unreal_meeting_en``): no meeting.
- Meetings, English: "The meeting was attended by A, <title>, and Iran's consul general in
  Erbil, B" / "by A, the foreign minister, and the Sudanese Minister of Foreign Affairs B": the
  list after "attended by" goes on past A's title to B, whose own title (an owner, title
  words, a place) stands between "and" and his name (``meeting_audiences_attended
  .apposed_more_en``, now read by ``meeting_attended._attendees_en``); not a name that opens a
  clause of its own (", and B later told reporters").
- Meetings, Arabic: signers named by their sides, «وقّعه عن الجانب العراقي A، وعن الجانب
  الإيراني B», «ووقّع الاتفاق عن الجانب X A، وعن الجانب Y B»: A met B; the leaders who witnessed
  the signing in the same sentence («وشهد X (وY) توقيع ...، الذي وقّعه عن ...») met each signer
  and each other (``meeting_signed_sides_ar``). Not a negated or planned signing, nor one side
  alone.
- Meetings, Arabic: his own signing, «بعد توقيعه اتفاقاً مع Y», «بعد أيام من توقيعه في بكين، مع
  Y، اتفاق ...»: the person the clause carries met Y (``meeting_signed_ar._signer``); not the
  accord's passive signing («الاتفاق الذي تم توقيعه مع Y»), nor a denied one.
"""

import pytest

from tests.extract_support import met_sorted as _met
from tests.extract_support import sorted_pair as _pair

QAANI, AMIRI, KHAZALI, MALIKI, SADR = (
    "person:esmail-qaani", "person:hadi-al-amiri", "person:qais-al-khazali", "person:nouri-al-maliki",
    "person:muqtada-al-sadr")
SUDANI, ARAGHCHI, FIDAN, MASHHADANI = (
    "person:mohammed-shia-al-sudani", "person:abbas-araghchi", "person:hakan-fidan",
    "person:mahmoud-al-mashhadani")
SHARAA, KALIN, BARRACK = "person:ahmed-al-sharaa", "person:ibrahim-kalin", "person:tom-barrack"
GROSSI, MBS, PEZESHKIAN, ERDOGAN, ASSAD = (
    "person:rafael-grossi", "person:mohammed-bin-salman", "person:masoud-pezeshkian",
    "person:recep-tayyip-erdogan", "person:bashar-al-assad")
BLINKEN = "person:antony-blinken"
ARAJI, SHAMKHANI = "person:qassim-al-araji", "person:ali-shamkhani"
AIBAN = "person:musaed-al-aiban"
MBARZANI, MIRANI, RASHNOUDI = "person:masoud-barzani", "person:fazil-mirani", "person:nasrollah-rashnoudi"
HUSSEIN, ALESADEGH, LAJMAWI = ("person:fuad-hussein", "person:mohammad-kazem-al-e-sadegh",
                               "person:majid-al-lajmawi")
SALMAN, BASHIR, FAISAL, KARTI = ("person:salman-bin-abdulaziz", "person:omar-al-bashir",
                                 "person:faisal-bin-farhan", "person:ali-karti")


# --- «، فيما اجتمع بـZ»: the first subject's second meeting -----------------------------------

@pytest.mark.parametrize("text, subject, objects, later", [
    ("التقى قآني زعيم تحالف الفتح هادي العامري في بغداد، فيما اجتمع صباح الثلاثاء برئيس ائتلاف "
     "دولة القانون نوري المالكي.", QAANI, [AMIRI], MALIKI),
    ("التقى قآني زعيم تحالف الفتح هادي العامري والأمين العام للعصائب قيس الخزعلي، فيما اجتمع في "
     "اليوم التالي بنوري المالكي.", QAANI, [AMIRI, KHAZALI], MALIKI),
    ("وعلمت «الشرق الأوسط» من مصادر مطلعة أن قآني التقى، فور وصوله، زعيم تحالف «الفتح» هادي العامري "
     "والأمين العام لـ«عصائب أهل الحق» قيس الخزعلي في منزل الأول، فيما اجتمع صباح الثلاثاء برئيس "
     "ائتلاف «دولة القانون» نوري المالكي.", QAANI, [AMIRI, KHAZALI], MALIKI),
    ("استقبل رئيس الوزراء محمد شياع السوداني وزير الخارجية الإيراني عباس عراقجي ووزير الخارجية التركي "
     "هاكان فيدان، بينما التقى في وقت لاحق برئيس البرلمان محمود المشهداني.", SUDANI,
     [ARAGHCHI, FIDAN], MASHHADANI),
    ("استقبل الرئيس السوري أحمد الشرع وزير الخارجية التركي هاكان فيدان ورئيس الاستخبارات إبراهيم "
     "قالن، فيما اجتمع مساءً بالمبعوث الأمريكي توم باراك.", SHARAA, [FIDAN, KALIN], BARRACK),
])
def test_a_while_clause_with_no_subject_is_the_first_subjects(shipped, text, subject, objects,
                                                              later):
    met = _met(shipped, text, "ar")
    assert _pair(subject, later) in met
    for o in objects:
        assert _pair(subject, o) in met
        assert _pair(o, later) not in met


@pytest.mark.parametrize("text, pair", [
    # the clause names its own subject: his meeting, not the first subject's
    ("استقبل رئيس الوزراء محمد شياع السوداني وزير الخارجية الإيراني عباس عراقجي، فيما التقى الأخير "
     "لاحقاً رئيس البرلمان محمود المشهداني.", (ARAGHCHI, MASHHADANI)),
    ("التقى قآني زعيم تحالف الفتح هادي العامري، فيما اجتمع المالكي بزعيم العصائب قيس الخزعلي.",
     (MALIKI, KHAZALI)),
])
def test_a_while_clause_with_its_own_subject_keeps_it(shipped, text, pair):
    assert _pair(*pair) in _met(shipped, text, "ar")


def test_a_while_clause_with_a_call_is_no_meeting(shipped):
    met = _met(shipped, "التقى قآني زعيم تحالف الفتح هادي العامري، فيما اكتفى بالاتصال هاتفياً "
                        "بنوري المالكي.", "ar")
    assert _pair(QAANI, AMIRI) in met
    assert _pair(QAANI, MALIKI) not in met
    assert _pair(AMIRI, MALIKI) not in met


# --- "A meeting between X and Y, whose ..., was not expected" ---------------------------------

@pytest.mark.parametrize("text, a, b", [
    ("A meeting between Qaani and the Shi'ite cleric Moqtada al-Sadr, whose movement won the most "
     "seats, was not expected, a Sadrist official said.", QAANI, SADR),
    ("Talks between Araghchi and the IAEA chief Rafael Grossi, whose inspectors were expelled from "
     "the country last year, were not expected on Monday, diplomats said.", ARAGHCHI, GROSSI),
    ("A meeting between Pezeshkian and Saudi Crown Prince Mohammed bin Salman, whose country "
     "restored ties with Tehran in 2023, is expected on the sidelines of the summit.", PEZESHKIAN,
     MBS),
    ("Talks between Sudani and Turkish President Recep Tayyip Erdogan, who has threatened a new "
     "offensive in northern Iraq, are scheduled for Thursday.", SUDANI, ERDOGAN),
    ("A meeting between Erdogan and Assad, whose forces still hold much of the north-west of the "
     "country, was called off at the last minute.", ERDOGAN, ASSAD),
])
def test_a_relative_aside_does_not_hide_the_meetings_predicate(shipped, text, a, b):
    assert _pair(a, b) not in _met(shipped, text, "en")


@pytest.mark.parametrize("text, a, b", [
    ("A meeting between Blinken and Saudi Crown Prince Mohammed bin Salman, who has been in Jeddah "
     "since the start of Ramadan, took place on Tuesday.", BLINKEN, MBS),
    ("A meeting between Qaani and Hadi al-Amiri, who leads the Badr Organisation and the Fatah "
     "alliance in parliament, lasted two hours, officials said.", QAANI, AMIRI),
    ("Sudani met Hadi al-Amiri, who is expected to run for parliament, in Baghdad on Sunday.",
     SUDANI, AMIRI),
    ("Qaani held talks with Hadi al-Amiri, who heads the Badr Organisation, and later met Nouri "
     "al-Maliki.", QAANI, MALIKI),
])
def test_a_held_meeting_past_a_relative_aside_stays(shipped, text, a, b):
    assert _pair(a, b) in _met(shipped, text, "en")


# --- "attended by A, <title>, and <owner's title>, B" -----------------------------------------

@pytest.mark.parametrize("text, host, guest, first, second", [
    ("Qaani met KDP leader Masoud Barzani in Erbil on Sunday. The meeting was attended by Fazil "
     "Mirani, secretary of the KDP politburo, and Iran's consul general in Erbil, Nasrollah "
     "Rashnoudi, the official added.", QAANI, MBARZANI, MIRANI, RASHNOUDI),
    ("Sudani received Araghchi in Baghdad on Monday. The meeting was attended by Fuad Hussein, "
     "Iraq's foreign minister, and Iran's ambassador to Iraq, Mohammad Kazem Al-e Sadegh.", SUDANI,
     ARAGHCHI, HUSSEIN, ALESADEGH),
    ("King Salman received President Omar al-Bashir in Riyadh on Sunday. The talks were attended "
     "by Prince Faisal bin Farhan, the foreign minister, and the Sudanese Minister of Foreign "
     "Affairs Ali Karti.", SALMAN, BASHIR, FAISAL, KARTI),
    ("Erdogan received Sudani at the presidential complex in Ankara. The meeting was attended by "
     "Hakan Fidan, the Turkish foreign minister, and Iraq's ambassador to Turkey, Majid "
     "al-Lajmawi.", ERDOGAN, SUDANI, FIDAN, LAJMAWI),
])
def test_an_attendee_list_goes_on_past_a_title_to_a_titled_name(rules_only, text, host, guest,
                                                                  first, second):
    met = _met(rules_only, text, "en")
    for attendee in (first, second):
        assert _pair(attendee, host) in met
        assert _pair(attendee, guest) in met


def test_a_name_opening_its_own_clause_is_no_attendee(rules_only):
    met = _met(rules_only, "Sudani received Araghchi in Baghdad on Monday. The meeting was "
                           "attended by Fuad Hussein, the foreign minister, and Hadi al-Amiri "
                           "later told reporters that the talks had gone well.", "en")
    assert _pair(HUSSEIN, SUDANI) in met
    assert _pair(AMIRI, SUDANI) not in met
    assert _pair(AMIRI, ARAGHCHI) not in met


# --- «وقّعه عن الجانب X A، وعن الجانب Y B» -----------------------------------------------------

@pytest.mark.parametrize("text, people", [
    ("وشهد السوداني توقيع محضر الاتفاق الأمني المشترك لحماية الحدود، الذي وقعه عن الجانب العراقي "
     "مستشار الأمن القومي قاسم الأعرجي، وعن الجانب الإيراني شمخاني.", [SUDANI, ARAJI, SHAMKHANI]),
    ("وشهد رئيس الوزراء محمد شياع السوداني توقيع مذكرة تفاهم وقعها عن الجانب العراقي وزير الخارجية "
     "فؤاد حسين وعن الجانب الإيراني وزير الخارجية عباس عراقجي.", [SUDANI, HUSSEIN, ARAGHCHI]),
    ("وشهد الرئيس التركي رجب طيب أردوغان ورئيس الوزراء العراقي محمد شياع السوداني توقيع 24 مذكرة "
     "تفاهم، وقّع أبرزها عن الجانب التركي وزير الخارجية هاكان فيدان، وعن الجانب العراقي وزير "
     "الخارجية فؤاد حسين.", [ERDOGAN, SUDANI, FIDAN, HUSSEIN]),
    ("ووقّع الاتفاق عن الجانب العراقي مستشار الأمن القومي قاسم الأعرجي، وعن الجانب الإيراني أمين "
     "المجلس الأعلى للأمن القومي علي شمخاني، بحضور رئيس الوزراء محمد شياع السوداني.",
     [ARAJI, SHAMKHANI, SUDANI]),
])
def test_signers_named_by_their_sides_met_each_other_and_the_witnesses(shipped, text, people):
    met = _met(shipped, text, "ar")
    for i, a in enumerate(people):
        for b in people[i + 1:]:
            assert _pair(a, b) in met


@pytest.mark.parametrize("text", [
    "ولم يوقع الاتفاق عن الجانب العراقي قاسم الأعرجي، وعن الجانب الإيراني علي شمخاني، بسبب خلافات "
    "اللحظة الأخيرة.",
    "ومن المقرر أن يوقع الاتفاق عن الجانب العراقي قاسم الأعرجي، وعن الجانب الإيراني علي شمخاني، "
    "الأسبوع المقبل.",
])
def test_an_unheld_signing_by_sides_is_no_meeting(shipped, text):
    assert _pair(ARAJI, SHAMKHANI) not in _met(shipped, text, "ar")


def test_one_side_named_pairs_no_one(shipped):
    met = _met(shipped, "وشهد السوداني توقيع مذكرة تفاهم وقعها عن الجانب العراقي وزير الخارجية "
                        "فؤاد حسين.", "ar")
    assert not met


# --- «بعد توقيعه اتفاقاً مع Y» -------------------------------------------------------------------

@pytest.mark.parametrize("text, a, b", [
    ("وتأتي زيارة شمخاني بعد أيام من توقيعه في بكين، مع مستشار الأمن الوطني السعودي مساعد العيبان، "
     "اتفاق استئناف العلاقات الدبلوماسية بين طهران والرياض.", SHAMKHANI, AIBAN),
    ("وصل شمخاني إلى أبوظبي بعد أيام من توقيعه اتفاقاً مع مستشار الأمن الوطني السعودي مساعد العيبان "
     "في بكين.", SHAMKHANI, AIBAN),
    ("وزار السوداني أنقرة بعد توقيعه مذكرة تفاهم مع الرئيس التركي رجب طيب أردوغان.", SUDANI,
     ERDOGAN),
])
def test_his_own_signing_with_someone_is_a_meeting(shipped, text, a, b):
    assert _pair(a, b) in _met(shipped, text, "ar")


@pytest.mark.parametrize("text", [
    "وتحدث شمخاني عن الاتفاقية التي جرى توقيعها مع مستشار الأمن الوطني السعودي مساعد العيبان في "
    "بكين.",
    "ونفى شمخاني توقيعه أي اتفاق مع مستشار الأمن الوطني السعودي مساعد العيبان.",
])
def test_an_accords_signing_or_a_denied_one_is_no_meeting(shipped, text):
    assert _pair(SHAMKHANI, AIBAN) not in _met(shipped, text, "ar")
