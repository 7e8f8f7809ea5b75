"""Session 68 (residual68): what the first blind sets of the session still missed, read in
several paraphrases.

- Titles, Arabic: a plain title's indefinite portfolio noun in construct with a named body
  («وزير خارجية حكومة طالبان X»، «القائم بأعمال وزير داخلية حكومة طالبان X») reaches the
  body and the name after it (``title_construct_body_ar``, used by ``titles``). Before, the
  title stopped at the noun and «القائم بأعمال وزير خارجية ...», definite through «القائم»,
  was read as a description of the minister named before it (the host), so the guest's
  meeting with the attendee of «بحضور Z» was lost (blind set QV2).
- Plural references, Arabic: "the two ministers / presidents" with two nationalities after
  the dual («الوزيرين الصيني والباكستاني»، «الرئيسين الإيراني والتركي») are the people the
  article titled with those nationalities and that title, not the last two people named
  (``dual_nationals_ar``, used by ``plural_refs``); a list whose people carry another
  nationality is no longer taken.
- Titles, Arabic: «رئيس الجمهورية الإسلامية الإيرانية X», «رئيس الجمهورية العربية السورية X»
  (the title cut at the state's long name) keep the head of state's role of «رئيس الجمهورية»
  (``title_head_of_state_ar``, used by ``titles``), so a later «الرئيس الإيراني / السوري» is X
  (blind set QO6: the host «رئيس الجمهورية» Rashid was paired with the prime minister named
  before, the Iranian guest lost).
- Meetings, Arabic: «كما التقى Y، ثم اجتمع مع Z» / «...، ثم عقد اجتماعاً مع Z» opening a
  sentence with its subject dropped: Y, the first verb's only argument, is its object, so the
  dropped subject (the visitor of the sentence before) met Z, not Y (``meeting_also_dropped_ar``,
  used by ``meetings_ar._also_met`` and the talks-noun reading of ``meetings``; blind set QO2).
"""

import pytest

from tests.extract_support import met_sorted as _met
from tests.extract_support import sorted_pair as _pair

ABDOLLAHIAN, MUTTAQI, KAZEMI = ("person:hossein-amir-abdollahian", "person:amir-khan-muttaqi",
                                "person:hassan-kazemi-qomi")
WANG, YUE, SAIF, HAQQANI, SHAMSI = ("person:wang-yi", "person:yue-xiaoyong", "person:saif-bin-zayed",
                                    "person:sirajuddin-haqqani", "person:ali-al-shamsi")
SHARIF, DAR, MBAR, KHULAIFI = ("person:shehbaz-sharif", "person:ishaq-dar",
                               "person:mohammed-bin-abdulrahman-al-thani", "person:mohammed-al-khulaifi")
AKHUND, TOKAYEV, PEZESHKIAN, ERDOGAN = ("person:mohammad-hassan-akhund", "person:kassym-jomart-tokayev",
                                        "person:masoud-pezeshkian", "person:recep-tayyip-erdogan")
SHARAA, FARHAN, SAFADI, FIDAN = ("person:ahmed-al-sharaa", "person:faisal-bin-farhan",
                                 "person:ayman-safadi", "person:hakan-fidan")
ABDELATTY = "person:badr-abdelatty"
ARAGHCHI, BERRI, MIKATI, BOU_HABIB = ("person:abbas-araghchi", "person:nabih-berri",
                                      "person:najib-mikati", "person:abdallah-bou-habib")
BAGHERI, FUAD, ASSAD, ARNOUS, MEKDAD = ("person:ali-bagheri-kani", "person:fuad-hussein",
                                        "person:bashar-al-assad", "person:hussein-arnous",
                                        "person:faisal-mekdad")
RAJJI = "person:youssef-rajji"
RASHID, SUDANI, AOUN, SALAM, MBS = ("person:abdul-latif-rashid", "person:mohammed-shia-al-sudani",
                                    "person:joseph-aoun", "person:nawaf-salam",
                                    "person:mohammed-bin-salman")


# --- «القائم بأعمال وزير خارجية حكومة طالبان X»: the title reaches X ---------------------------

@pytest.mark.parametrize("text, host, guest, attendee", [
    ("عبداللهيان يستقبل متقي\nاستقبل وزير الخارجية حسين أمير عبداللهيان، اليوم الأحد، القائم "
     "بأعمال وزير خارجية حكومة طالبان المولوي أمير خان متقي والوفد المرافق له، بحضور الممثل "
     "الخاص لرئيس الجمهورية في الشؤون الأفغانية حسن كاظمي قمي.", ABDOLLAHIAN, MUTTAQI, KAZEMI),
    ("وانغ يي يستقبل متقي\nالتقى وزير الخارجية الصيني وانغ يي في بكين القائم بأعمال وزير "
     "خارجية حكومة طالبان أمير خان متقي بحضور المبعوث الصيني يوي شياو يونغ.", WANG, MUTTAQI, YUE),
    ("سيف بن زايد يستقبل حقاني\nاستقبل وزير الداخلية الإماراتي الفريق الشيخ سيف بن زايد آل "
     "نهيان، اليوم، القائم بأعمال وزير داخلية حكومة طالبان سراج الدين حقاني، بحضور علي بن حماد "
     "الشامسي.", SAIF, HAQQANI, SHAMSI),
    ("شريف يستقبل متقي\nاستقبل رئيس الوزراء الباكستاني شهباز شريف، اليوم، القائم بأعمال وزير "
     "خارجية حكومة طالبان أمير خان متقي، بحضور وزير الخارجية إسحق دار.", SHARIF, MUTTAQI, DAR),
    ("آل ثاني يستقبل متقي\nاستقبل وزير الخارجية القطري الشيخ محمد بن عبدالرحمن آل ثاني، اليوم، "
     "القائم بأعمال وزير خارجية حكومة طالبان أمير خان متقي، بحضور محمد بن عبدالعزيز الخليفي.",
     MBAR, MUTTAQI, KHULAIFI),
    ("استقبل وزير الخارجية حسين أمير عبداللهيان، اليوم، وزير خارجية حكومة طالبان أمير خان متقي.\n"
     "وكان عبداللهيان قد استقبل أمس القائم بأعمال وزير خارجية حكومة طالبان أمير خان متقي، "
     "بحضور حسن كاظمي قمي.", ABDOLLAHIAN, MUTTAQI, KAZEMI),
])
def test_acting_minister_of_a_named_body_is_the_guest(shipped, text, host, guest, attendee):
    met = _met(shipped, text, "ar")
    assert {_pair(host, guest), _pair(host, attendee), _pair(guest, attendee)} <= met


@pytest.mark.parametrize("text, host, guest", [
    ("عبداللهيان يلتقي متقي الأسبوع المقبل\nومن المقرر أن يستقبل وزير الخارجية حسين أمير "
     "عبداللهيان القائم بأعمال وزير خارجية حكومة طالبان أمير خان متقي في طهران الأسبوع المقبل.",
     ABDOLLAHIAN, MUTTAQI),
    ("شريف يستقبل متقي\nلم يستقبل رئيس الوزراء الباكستاني شهباز شريف القائم بأعمال وزير خارجية "
     "حكومة طالبان أمير خان متقي، خلافاً لما أعلن.", SHARIF, MUTTAQI),
])
def test_acting_minister_not_met_when_planned_or_denied(shipped, text, host, guest):
    body = text.split("\n", 1)[1]
    assert _pair(host, guest) not in _met(shipped, body, "ar")


# --- «الوزيرين الصيني والباكستاني»: those titled with the two nationalities ----------------------

@pytest.mark.parametrize("text, host, guests, not_guest", [
    ("عقد وزير الخارجية الصيني وانغ يي، أمس في كابول، اجتماعاً ثلاثياً بمشاركة وزير الخارجية "
     "الباكستاني إسحق دار ووزير خارجية حكومة طالبان أمير خان متقي.\nواستقبل رئيس الوزراء الملا "
     "محمد حسن آخوند الوزيرين الصيني والباكستاني، كلاً على حدة.", AKHUND, (WANG, DAR), MUTTAQI),
    ("شارك في القمة الرئيس الإيراني مسعود بزشكيان والرئيس التركي رجب طيب أردوغان والرئيس الروسي "
     "فلاديمير بوتين.\nوكان الرئيس الكازاخي قاسم جومارت توكاييف قد استقبل الرئيسين الإيراني "
     "والتركي في أستانا.", TOKAYEV, (PEZESHKIAN, ERDOGAN), None),
    ("حضر الاجتماع وزير الخارجية السعودي فيصل بن فرحان ووزير الخارجية المصري بدر عبد العاطي "
     "ووزير الخارجية الأردني أيمن الصفدي.\nثم استقبل الرئيس السوري أحمد الشرع الوزيرين السعودي "
     "والأردني في قصر الشعب.", SHARAA, (FARHAN, SAFADI), ABDELATTY),
    ("وصل وزير الخارجية التركي هاكان فيدان ووزير الخارجية القطري محمد بن عبدالرحمن آل ثاني ووزير "
     "الخارجية الأردني أيمن الصفدي إلى دمشق.\nواستقبل الرئيس السوري أحمد الشرع الوزيرين التركي "
     "والقطري.", SHARAA, (FIDAN, MBAR), SAFADI),
])
def test_dual_with_two_nationalities_is_those_titled_so(shipped, text, host, guests, not_guest):
    met = _met(shipped, text, "ar")
    assert {_pair(host, g) for g in guests} <= met
    if not_guest is not None:
        assert _pair(host, not_guest) not in met


def test_dual_with_other_nationalities_takes_no_list(shipped):
    text = ("شارك وزير الخارجية التركي هاكان فيدان ووزير الخارجية الأردني أيمن الصفدي في اجتماع "
            "العقبة.\nواستقبل الرئيس السوري أحمد الشرع الوزيرين القطري والسعودي.")
    assert _pair(SHARAA, SAFADI) not in _met(shipped, text, "ar")


def test_dual_with_nationalities_negated(shipped):
    text = ("وصل وزير الخارجية التركي هاكان فيدان ووزير الخارجية الأردني أيمن الصفدي إلى دمشق.\n"
            "ولم يستقبل الرئيس السوري أحمد الشرع الوزيرين التركي والأردني.")
    met = _met(shipped, text, "ar")
    assert _pair(SHARAA, SAFADI) not in met and _pair(SHARAA, FIDAN) not in met


# --- «رئيس الجمهورية الإسلامية الإيرانية X»: the head of state, «الرئيس الإيراني» later -------------

_SUDANI_PEZESHKIAN = ("استقبل رئيس مجلس الوزراء محمد شياع السوداني، اليوم الأربعاء، رئيس الجمهورية "
                      "الإسلامية الإيرانية مسعود پزشكيان والوفد المرافق له.\n")


@pytest.mark.parametrize("text, host, guest, not_pair", [
    (_SUDANI_PEZESHKIAN + "ثم استقبل رئيس الجمهورية عبد اللطيف جمال رشيد، في قصر بغداد، الرئيس "
     "الإيراني، وجرى التأكيد على تعزيز التعاون.", RASHID, PEZESHKIAN, (RASHID, SUDANI)),
    ("استقبل الرئيس اللبناني جوزيف عون، اليوم، رئيس الجمهورية العربية السورية أحمد الشرع في قصر "
     "بعبدا.\nثم التقى رئيس مجلس الوزراء نواف سلام، في السراي الحكومي، الرئيس السوري.",
     SALAM, SHARAA, (SALAM, AOUN)),
    ("التقى ولي العهد السعودي الأمير محمد بن سلمان، اليوم في الرياض، رئيس الجمهورية الإسلامية "
     "الإيرانية مسعود بزشكيان.\nوفي وقت لاحق، استقبل وزير الخارجية الأمير فيصل بن فرحان الرئيس "
     "الإيراني.", FARHAN, PEZESHKIAN, (FARHAN, MBS)),
    ("وصل رئيس الجمهورية التركية رجب طيب أردوغان إلى بغداد، واستقبله رئيس الوزراء محمد شياع "
     "السوداني.\nثم استقبل رئيس الجمهورية عبد اللطيف جمال رشيد الرئيس التركي في قصر بغداد.",
     RASHID, ERDOGAN, (RASHID, SUDANI)),
])
def test_president_of_the_republic_named_long_is_the_president_later(shipped, text, host, guest,
                                                                     not_pair):
    met = _met(shipped, text, "ar")
    assert _pair(host, guest) in met
    assert _pair(*not_pair) not in met


@pytest.mark.parametrize("text", [
    _SUDANI_PEZESHKIAN + "ومن المقرر أن يستقبل رئيس الجمهورية عبد اللطيف جمال رشيد الرئيس الإيراني "
    "غداً.",
    _SUDANI_PEZESHKIAN + "ولم يستقبل رئيس الجمهورية عبد اللطيف جمال رشيد الرئيس الإيراني بسبب سفره.",
])
def test_president_later_not_met_when_planned_or_negated(shipped, text):
    met = _met(shipped, text, "ar")
    assert _pair(RASHID, PEZESHKIAN) not in met and _pair(RASHID, SUDANI) not in met


# --- «كما التقى Y، ثم اجتمع مع Z» with the subject dropped: the visitor met Z --------------------

@pytest.mark.parametrize("text, visitor, first, then", [
    ("وصل وزير الخارجية الإيراني عباس عراقجي إلى بيروت، حيث التقى رئيس مجلس النواب نبيه بري.\n"
     "كما التقى رئيس الحكومة نجيب ميقاتي، ثم اجتمع مع وزير الخارجية عبد الله بوحبيب.",
     ARAGHCHI, MIKATI, BOU_HABIB),
    ("وكان باقري كني قد وصل إلى دمشق قادماً من بيروت، حيث التقى أمس نبيه بري.\nكما التقى رئيس "
     "حكومة تصريف الأعمال نجيب ميقاتي في السراي الكبير، ثم عقد اجتماعاً مع نظيره اللبناني عبد "
     "الله بوحبيب.", BAGHERI, MIKATI, BOU_HABIB),
    ("وصل وزير الخارجية التركي هاكان فيدان إلى بغداد، حيث التقى رئيس الوزراء محمد شياع السوداني.\n"
     "كما التقى رئيس الجمهورية عبد اللطيف جمال رشيد، ثم اجتمع مع نظيره العراقي فؤاد حسين.",
     FIDAN, RASHID, FUAD),
    ("زار وزير الخارجية الإيراني حسين أمير عبداللهيان دمشق، والتقى الرئيس بشار الأسد.\nكما التقى "
     "رئيس مجلس الوزراء حسين عرنوس، ثم عقد جلسة مباحثات مع وزير الخارجية فيصل المقداد.",
     ABDOLLAHIAN, ARNOUS, MEKDAD),
])
def test_dropped_subject_also_met_then_met(shipped, text, visitor, first, then):
    met = _met(shipped, text, "ar")
    assert {_pair(visitor, first), _pair(visitor, then)} <= met
    assert _pair(first, then) not in met


@pytest.mark.parametrize("text, subject, obj, then", [
    ("وصل وزير الخارجية الإيراني عباس عراقجي إلى بيروت، حيث التقى رئيس مجلس النواب نبيه بري.\n"
     "كما التقى الرئيس جوزيف عون رئيس الحكومة نواف سلام، ثم اجتمع مع وزير الخارجية يوسف رجي.",
     AOUN, SALAM, RAJJI),
    ("التقى وزير الخارجية الإيراني عباس عراقجي رئيس الحكومة نجيب ميقاتي في السراي الكبير، ثم عقد "
     "اجتماعاً مع نظيره اللبناني عبد الله بوحبيب.", ARAGHCHI, MIKATI, BOU_HABIB),
])
def test_subject_of_its_own_still_goes_on(shipped, text, subject, obj, then):
    met = _met(shipped, text, "ar")
    assert {_pair(subject, obj), _pair(subject, then)} <= met
    assert _pair(obj, then) not in met
