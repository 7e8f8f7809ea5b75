"""Session 60 (seen60): misreadings session 59's helpers saw and left, made general and read
in several paraphrases each (both languages where the construction exists in both).

- Names: an Iranian's compound given name written without its first word, "Kazem Al-e
  Sadegh", «كاظم آل صادق», "Kadhim Al Sadiq", "Javad Zarif", "Bagher Ghalibaf" (for Mohammad
  Kazem Al-e Sadegh ...): the known man (``gazetteer_fuzzy._persian_first_left_out``); not an
  Arab's father's name ("Hussein al-Sharaa" is no Ahmed al-Sharaa).
- Meetings not yet held (Arabic): a future verb, then an adjunct, then the meeting word,
  «وسيعقد خلال زيارته لقاء مع Y», «وستجري خلال زيارتها محادثات مع Y», «وسيبحث على هامش
  زيارته مع Y», «وسيناقش خلال لقائه مع Y»; and a meeting inside a visit called planned or
  coming, «ويبحث X خلال زيارته المرتقبة مع Y», «ويلتقي X خلال زيارته المقبلة Y»
  (``meeting_future_adjunct_ar``, asked by ``modality``); still read: «بعد لقائه مع Y»
  after a future verb, «قبيل زيارته المرتقبة», a past «وعقد خلال زيارته لقاء مع Y».
- Meetings with a group's named members: «قبل أن يجتمع بقادة من الإطار التنسيقي بينهم A
  وB», «... ثم اجتمع بقادة فصائل، منهم A وB», "before meeting leaders of X, among them A
  and B": the subject of the first clause met A and B (``wire_meetings._then_verb_ar``,
  ``group_members_met``; ``meetings_ar._named_members`` carries the subject over «ثم»), not
  the object of the first clause.
- Successions: "X now heads / leads / runs ORG after Israel killed the organization's chief,
  Y", "... after Israel assassinated its leader Y", "took charge of ... after Israel killed
  its commander, Y" (``succession_post_after_death_en``: "now / currently" + a present
  leading verb, and the victim named as the body's holder after the killing verb); not the
  group's spokesman.
- Names: a headline's imperfect meeting verb after a bare title, "الرئيس يستقبل ولي العهد",
  "الرئيس يلتقي ولي العهد", is no person «يستقبل ولي العهد» (``title_holder_checks.
  meeting_verb_word``); the crown prince of the body is then the one met.
- Names: «العاهل البحريني الملك حمد», «عاهل البحرين الملك حمد»: the monarch's state before
  the royal title gives the king's country (``titles.monarch_state_ar``), so the lone given
  name is the known King Hamad (``titled_given_name``); «ولي العهد» never continues a name
  (``arabic_name_span``: "الملك حمد ولي العهد السعودي ...").
- Meetings, signings: «زار X بغداد حيث وقّع مع Y مذكرة», «بعد محطة في بغداد وقّع خلالها
  مذكرة تفاهم مع Y، بحضور Z»: the traveller signed with Y (``meeting_signed_ar._signer``
  carries him), Z attended.
- Names: a Latin "-eh" for the final ة others write "-a", "Khalil al-Hayyeh", "Khalil
  Hayyeh": the known al-Hayya (``gazetteer_fuzzy._eh_ending``); "Saleh" keeps its reading.
"""

import pytest

from tests.extract_support import entity_ids, relation_pairs
from tests.extract_support import met_sorted as _met
from tests.extract_support import sorted_pair as _pair

SO = "SUCCESSOR_OF"
SADEGH, SUDANI = "person:mohammad-kazem-al-e-sadegh", "person:mohammed-shia-al-sudani"
KHAZALI, HAKIM = "person:qais-al-khazali", "person:ammar-al-hakim"
HAYYA, SINWAR = "person:khalil-al-hayya", "person:yahya-sinwar"
RASHAD, MBAR = "person:hassan-rashad", "person:mohammed-bin-abdulrahman-al-thani"
GHALIBAF, ZARIF = "person:mohammad-bagher-ghalibaf", "person:mohammad-javad-zarif"
SHARAA, AROURI = "person:ahmed-al-sharaa", "person:saleh-al-arouri"


# --- an Iranian's compound given name without its first word ------------------------------

@pytest.mark.parametrize("text,lang,other", [
    ("استقبل رئيس الوزراء العراقي محمد شياع السوداني السفير الإيراني كاظم آل صادق في بغداد.",
     "ar", SUDANI),
    ("التقى السفير الإيراني في بغداد كاظم آل صادق الأمين العام لعصائب أهل الحق قيس الخزعلي.",
     "ar", KHAZALI),
    ("Iranian ambassador Kazem Al-e Sadegh met Iraqi Prime Minister Mohammed Shia al-Sudani in "
     "Baghdad.", "en", SUDANI),
    ("Iraqi Prime Minister Mohammed Shia al-Sudani met Iran's ambassador Kadhim Al Sadiq on "
     "Tuesday.", "en", SUDANI),
    ("وبحث زعيم تيار الحكمة عمار الحكيم مع السفير كاظم آل صادق تطورات المنطقة.", "ar", HAKIM),
])
def test_compound_given_name_without_its_first_word(shipped, text, lang, other):
    assert _pair(SADEGH, other) in _met(shipped, text, lang)


@pytest.mark.parametrize("text,who", [
    ("Iranian parliament speaker Bagher Ghalibaf said on Sunday that talks would go on.",
     GHALIBAF),
    ("Former foreign minister Javad Zarif criticised the decision on Monday.", ZARIF),
])
def test_other_iranians_without_mohammad(rules_only, text, who):
    assert who in entity_ids(rules_only, text, "en")


@pytest.mark.parametrize("text", [
    "Hussein al-Sharaa, the father of the Syrian president, gave an interview on Monday.",
    "Saleh al-Arouri was killed in Beirut.",
])
def test_an_arabs_fathers_name_is_not_the_son(rules_only, text):
    got = entity_ids(rules_only, text, "en")
    assert SHARAA not in got or "Saleh" in text
    if "Saleh" in text:
        assert AROURI in got


# --- "-eh" for the final ة -------------------------------------------------------------------

@pytest.mark.parametrize("text,other", [
    ("Hamas negotiator Khalil al-Hayyeh met Egyptian intelligence chief Hassan Rashad in Cairo "
     "on Sunday.", RASHAD),
    ("Khalil al-Hayyeh, who heads Hamas in Gaza, met Qatari Prime Minister Sheikh Mohammed bin "
     "Abdulrahman Al Thani in Doha.", MBAR),
    ("Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani met Hamas official Khalil "
     "Hayyeh on Monday.", MBAR),
])
def test_eh_ending_is_the_known_name(shipped, text, other):
    assert _pair(HAYYA, other) in _met(shipped, text)


def test_eh_ending_successor(shipped):
    text = ("Hamas named Khalil al-Hayyeh to succeed Yahya Sinwar as its leader in Gaza after "
            "Sinwar was killed.")
    assert (HAYYA, SINWAR) in relation_pairs(shipped, text, SO, "en")


# --- a future verb or a planned visit before an Arabic meeting word --------------------------

@pytest.mark.parametrize("text", [
    "وصل وزير الخارجية الإيراني عباس عراقجي إلى بيروت، وسيعقد خلال زيارته لقاء مع رئيس "
    "مجلس النواب نبيه بري.",
    "وصل وزير الخارجية الإيراني عباس عراقجي إلى بيروت، وسيناقش خلال لقائه مع الرئيس جوزيف "
    "عون الأوضاع في الجنوب.",
    "وصلت المبعوثة الأمريكية مورغان أورتاغوس إلى بيروت، وستجري خلال زيارتها محادثات مع رئيس "
    "الحكومة نواف سلام.",
    "يصل وزير الخارجية التركي هاكان فيدان إلى دمشق غداً، وسيبحث على هامش زيارته مع الرئيس "
    "أحمد الشرع ملف الأكراد.",
    "ويبحث الرئيس الفلسطيني محمود عباس خلال زيارته المرتقبة مع الرئيس المصري عبد الفتاح "
    "السيسي ملف غزة.",
    "ويلتقي الرئيس الإيراني مسعود بزشكيان خلال زيارته المقبلة إلى بغداد رئيس الوزراء محمد "
    "شياع السوداني.",
    "ويعقد المبعوث الأممي هانس غروندبرغ في جولته المرتقبة لقاءات مع رئيس مجلس القيادة رشاد "
    "العليمي.",
])
def test_a_meeting_still_to_come(shipped, text):
    assert not _met(shipped, text, "ar")


@pytest.mark.parametrize("text,pair", [
    ("وقال عراقجي إنه سيواصل التنسيق مع بغداد بعد لقائه مع رئيس الوزراء محمد شياع السوداني.",
     ("person:abbas-araghchi", SUDANI)),
    ("التقى الرئيس اللبناني جوزيف عون المبعوث الأمريكي توم باراك قبيل زيارته المرتقبة إلى "
     "دمشق.", ("person:joseph-aoun", "person:tom-barrack")),
    ("وعقد وزير الخارجية المصري بدر عبد العاطي خلال زيارته إلى أنقرة لقاء مع نظيره التركي "
     "هاكان فيدان.", ("person:badr-abdelatty", "person:hakan-fidan")),
    ("والتقى عراقجي خلال زيارته رئيس مجلس النواب نبيه بري، وسيلتقي لاحقاً رئيس الحكومة نواف "
     "سلام.", ("person:abbas-araghchi", "person:nabih-berri")),
])
def test_a_held_meeting_near_a_future_word_stands(shipped, text, pair):
    assert _pair(*pair) in _met(shipped, text, "ar")


# --- a group's named members after «بينهم / منهم», "among them / including" -------------------

QAANI, AMIRI, KADHIMI = "person:esmail-qaani", "person:hadi-al-amiri", "person:mustafa-al-kadhimi"
ARAGHCHI, BERRI = "person:abbas-araghchi", "person:nabih-berri"
NAKHALAH = "person:ziyad-al-nakhalah"


@pytest.mark.parametrize("text,lang", [
    ("والتقى قآني بالكاظمي في مكتبه، بحسب مصدر حكومي، وأبلغه إدانة طهران للهجوم، قبل أن يجتمع "
     "بقادة من الإطار التنسيقي بينهم رئيس تحالف الفتح هادي العامري وزعيم عصائب أهل الحق قيس "
     "الخزعلي.", "ar"),
    ("والتقى قآني بالكاظمي في مكتبه، قبل أن يجتمع بقادة فصائل بينهم هادي العامري وقيس "
     "الخزعلي.", "ar"),
    ("والتقى قآني بالكاظمي في مكتبه، ثم اجتمع بقادة الإطار التنسيقي، بينهم هادي العامري وقيس "
     "الخزعلي.", "ar"),
    ("Qaani met Kadhimi at his office before meeting leaders of the Coordination Framework, "
     "among them Hadi al-Amiri and Qais al-Khazali.", "en"),
])
def test_the_subject_met_the_named_members(shipped, text, lang):
    got = _met(shipped, text, lang)
    assert {_pair(QAANI, AMIRI), _pair(QAANI, KHAZALI), _pair(QAANI, KADHIMI)} <= got
    assert _pair(KADHIMI, AMIRI) not in got


@pytest.mark.parametrize("text,lang", [
    ("التقى وزير الخارجية الإيراني عباس عراقجي رئيس مجلس النواب نبيه بري، ثم اجتمع بقادة "
     "فصائل فلسطينية، منهم زياد النخالة وخليل الحية.", "ar"),
    ("Iranian Foreign Minister Abbas Araghchi met Nabih Berri in Beirut before meeting leaders "
     "of Palestinian factions, including Ziyad al-Nakhalah.", "en"),
])
def test_the_first_object_is_no_partner_of_the_members(shipped, text, lang):
    got = _met(shipped, text, lang)
    assert _pair(ARAGHCHI, NAKHALAH) in got and _pair(ARAGHCHI, BERRI) in got
    assert _pair(BERRI, NAKHALAH) not in got


# --- "X now heads ORG after Israel killed its chief, Y" ---------------------------------------

@pytest.mark.parametrize("text,pair", [
    ("Naim Qassem now heads Hezbollah after Israel killed the organization's chief, Hassan "
     "Nasrallah, in September.", ("person:naim-qassem", "person:hassan-nasrallah")),
    ("Khalil al-Hayya now leads Hamas in Gaza after Israel killed the movement's leader, Yahya "
     "Sinwar.", (HAYYA, SINWAR)),
    ("Khalil al-Hayya currently leads the movement after Israel assassinated its leader Yahya "
     "Sinwar.", (HAYYA, SINWAR)),
    ("Majid Khademi now runs the IRGC intelligence organization after Israel killed its head, "
     "Mohammad Kazemi.", ("person:majid-khademi", "person:mohammad-kazemi")),
    ("Mohammed Sinwar took charge of Hamas's armed wing after Israel killed its commander, "
     "Mohammed Deif.", ("person:mohammed-sinwar", "person:mohammed-deif")),
    ("Naim Qassem has headed Hezbollah since Israel killed its chief, Hassan Nasrallah.",
     ("person:naim-qassem", "person:hassan-nasrallah")),
])
def test_heads_the_body_after_its_chief_was_killed(rules_only, text, pair):
    assert pair in relation_pairs(rules_only, text, SO, "en")


@pytest.mark.parametrize("text", [
    "Naim Qassem now heads Hezbollah after Israel killed the group's spokesman, Mohammad Afif.",
    "Naim Qassem now heads Hezbollah after Israel killed Hassan Nasrallah's bodyguard.",
])
def test_another_victim_is_no_predecessor(shipped, text):
    assert not relation_pairs(shipped, text, SO, "en")


# --- a headline's imperfect meeting verb after a bare title is no name ---------------------

MBS = "person:mohammed-bin-salman"
_BODY_MBS = ("استقبل الرئيس المصري عبد الفتاح السيسي اليوم ولي العهد السعودي الأمير محمد بن "
             "سلمان في قصر الاتحادية.")


@pytest.mark.parametrize("headline", [
    "الرئيس يستقبل ولي العهد",
    "السلطان يستقبل ولي عهد الكويت",
    "الرئيس يلتقي ولي العهد",
    "الأمير يستقبل ولي العهد",
])
def test_headline_verb_is_no_name(shipped, headline):
    text = headline + "\n" + _BODY_MBS
    got = entity_ids(shipped, text, "ar")
    assert not any(e.startswith(("person:yastaqbal", "person:yaltaqi")) for e in got)
    assert _met(shipped, text, "ar") == {_pair("person:abdel-fattah-el-sisi", MBS)}


# --- a signing in a clause of the place or the stop: the traveller signed ---------------------

LARIJANI, ARAJI = "person:ali-larijani", "person:qassim-al-araji"


@pytest.mark.parametrize("text", [
    "وصل أمين المجلس الأعلى للأمن القومي الإيراني علي لاريجاني إلى بيروت، وذلك بعد محطة في "
    "العاصمة العراقية وقّع خلالها مذكرة تفاهم أمنية مع مستشار الأمن القومي العراقي قاسم الأعرجي، "
    "بحضور رئيس الوزراء محمد شياع السوداني.",
    "وزار أمين المجلس الأعلى للأمن القومي الإيراني علي لاريجاني بغداد حيث وقّع مع مستشار الأمن "
    "القومي قاسم الأعرجي مذكرة تفاهم بحضور رئيس الوزراء محمد شياع السوداني.",
])
def test_the_traveller_signed_with_the_host(shipped, text):
    got = _met(shipped, text, "ar")
    assert {_pair(LARIJANI, ARAJI), _pair(LARIJANI, SUDANI), _pair(ARAJI, SUDANI)} <= got


def test_a_signing_before_the_stop_clause_keeps_its_subject(shipped):
    text = ("وقّع وزير الخارجية الإيراني عباس عراقجي مذكرة تفاهم مع نظيره العراقي فؤاد حسين، "
            "بحضور رئيس الوزراء محمد شياع السوداني.")
    assert _pair("person:abbas-araghchi", "person:fuad-hussein") in _met(shipped, text, "ar")


# --- «العاهل البحريني / عاهل البحرين الملك حمد»: the known king --------------------------------

HAMAD = "person:hamad-bin-isa-al-khalifa"


@pytest.mark.parametrize("text,other", [
    ("استقبل العاهل البحريني الملك حمد الرئيس المصري عبد الفتاح السيسي في المنامة.",
     "person:abdel-fattah-el-sisi"),
    ("وكان العاهل البحريني الملك حمد قد التقى الرئيس الأمريكي دونالد ترامب في البيت الأبيض.",
     "person:donald-trump"),
    ("استقبل عاهل البحرين الملك حمد ولي العهد السعودي الأمير محمد بن سلمان في قصر الصخير.",
     MBS),
])
def test_the_monarch_of_a_state_named_by_given_name(shipped, text, other):
    got = entity_ids(shipped, text, "ar")
    assert HAMAD in got and "person:hamad" not in got
    assert not any("wali" in e for e in got)
    if other != MBS:  # (the crown prince is met by the scorer only, as with the full name)
        assert _pair(HAMAD, other) in _met(shipped, text, "ar")
