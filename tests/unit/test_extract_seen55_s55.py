"""Session 55, ``seen55``: failures the session's first helpers saw and left, read on
sentences of our own (both languages).

- A meeting the next sentence denies: "A source said X met Y. Y's office denied that any
  (such) meeting took place", «أفاد مصدر بأن X التقى Y. غير أن مكتب Y نفى حصول أي لقاء»
  (`meeting_denied_next`; not "denied any meeting with <another>", not "denied that the
  meeting focused on ...").
- A building named after a person: «اجتمع X في دار الضيافة «بلير هاوس» بـY», "at Blair
  House": no Tony Blair (`house_names`; "التقى بلير الرئيس عباس" keeps him).
- Separate meetings: "A and, separately, B met Z" / "A and, in a separate meeting, B met Z":
  A-Z and B-Z, no A-B (`meeting_joint_subjects_en.apart_en`); «التقى X A، ثم، في لقاء منفصل،
  B» / «اجتمع X بـA، ثم، في لقاء آخر، بـB»: X-B too (`meeting_then_apart_ar`, from
  `core_recall_objects.more_objects`).
- Funerals and graves: «شارك X في تشييع جثمان Y، والتقى Z», «وضع X إكليلاً على ضريح الزعيم
  الراحل Y، والتقى Z»: X-Z only; the scorer no longer pairs X with the dead man
  (`scorer_bystander._named_aside`).
- Killings: "Israel killed, according to the group, X": the victim after the attribution
  aside that opens right after the verb (`attribution_aside_en.attribution_after_en`).
- Congratulations: «استقبل X A، الذي هنّأ Z بانتخابه،» / "X received A, who congratulated Z
  on his election,": no X-Z from the scorer (`scorer_bystander._named_aside`).
"""

import pytest

from tests.extract_support import met_sorted as _met
from tests.extract_support import relation_pairs as _rels
from tests.extract_support import sorted_pair as _pair

SALAM, SHARAA = "person:nawaf-salam", "person:ahmed-al-sharaa"
SUDANI, PEZESHKIAN = "person:mohammed-shia-al-sudani", "person:masoud-pezeshkian"
FIDAN, HAYYA = "person:hakan-fidan", "person:khalil-al-hayya"
QATAR_PM = "person:mohammed-bin-abdulrahman-al-thani"
ARAGHCHI, FAISAL = "person:abbas-araghchi", "person:faisal-bin-farhan"
TRUMP, MBS = "person:donald-trump", "person:mohammed-bin-salman"
NETANYAHU, WITKOFF = "person:benjamin-netanyahu", "person:steve-witkoff"
BLAIR, ABBAS = "person:tony-blair", "person:mahmoud-abbas"
BARRACK, LE_DRIAN = "person:tom-barrack", "person:jean-yves-le-drian"
AOUN, BERRI = "person:joseph-aoun", "person:nabih-berri"
ABDELATTY = "person:badr-abdelatty"
JAFAR, MISHAL = "person:jafar-hassan", "person:mishal-al-ahmad-al-jaber-al-sabah"
SABAH = "person:sabah-al-ahmad-al-jaber-al-sabah"
SISI, NASSER = "person:abdel-fattah-el-sisi", "person:jamal-abdul-nasser"
M_SINWAR, SHUKR = "person:mohammed-sinwar", "person:fuad-shukr"
BAGHDADI = "person:abu-bakr-al-baghdadi"
ISRAEL, US = "country:israel", "country:united-states"
KING_ABDULLAH = "person:abdullah-ii"


# --- a meeting denied in the next sentence ----------------------------------------------

@pytest.mark.parametrize("text, lang, pair", [
    ("A source said Lebanese Prime Minister Nawaf Salam met Syrian President Ahmed al-Sharaa "
     "in Riyadh on Tuesday. Sharaa's office denied that any meeting took place.", "en",
     (SALAM, SHARAA)),
    ("An official said Iraqi Prime Minister Mohammed Shia al-Sudani met Iranian President "
     "Masoud Pezeshkian on Monday. Pezeshkian's office denied that any such meeting had taken "
     "place.", "en", (SUDANI, PEZESHKIAN)),
    ("Turkish Foreign Minister Hakan Fidan met Syrian President Ahmed al-Sharaa in Damascus, "
     "Anadolu reported. But Damascus denied the meeting.", "en", (FIDAN, SHARAA)),
    ("أفاد مصدر بأن رئيس الوزراء اللبناني نواف سلام التقى الرئيس السوري أحمد الشرع في الرياض. "
     "غير أن مكتب الشرع نفى حصول أي لقاء.", "ar", (SALAM, SHARAA)),
    ("قال مصدر إن رئيس الوزراء العراقي محمد شياع السوداني اجتمع بالرئيس الإيراني مسعود "
     "بزشكيان. لكن مكتب بزشكيان نفى حصول أي اجتماع.", "ar", (SUDANI, PEZESHKIAN)),
])
def test_a_meeting_the_next_sentence_denies_is_dropped(shipped, text, lang, pair):
    assert _pair(*pair) not in _met(shipped, text, lang)


@pytest.mark.parametrize("text, lang, pair", [
    ("Qatari Prime Minister Mohammed bin Abdulrahman Al Thani met Hamas leader Khalil al-Hayya "
     "in Doha on Sunday. Israel denied any meeting with Hamas had been planned.", "en",
     (QATAR_PM, HAYYA)),
    ("Iraqi Prime Minister Mohammed Shia al-Sudani met Iranian President Masoud Pezeshkian on "
     "Monday. Pezeshkian denied that the meeting focused on the militias.", "en",
     (SUDANI, PEZESHKIAN)),
    ("التقى وزير الخارجية الإيراني عباس عراقجي نظيره السعودي فيصل بن فرحان في جدة. ونفت "
     "الخارجية الأمريكية حصول أي لقاء مع مسؤولين إيرانيين.", "ar", (ARAGHCHI, FAISAL)),
])
def test_a_denial_of_something_else_keeps_the_meeting(shipped, text, lang, pair):
    assert _pair(*pair) in _met(shipped, text, lang)


# --- a building named after a person ------------------------------------------------------

@pytest.mark.parametrize("text, pair", [
    ("اجتمع الرئيس الأمريكي دونالد ترامب في دار الضيافة «بلير هاوس» بولي العهد السعودي الأمير "
     "محمد بن سلمان.", (TRUMP, MBS)),
    ("اجتمع رئيس الوزراء الإسرائيلي بنيامين نتنياهو في دار الضيافة \"بلير هاوس\" بالمبعوث "
     "الأمريكي ستيف ويتكوف.", (NETANYAHU, WITKOFF)),
    ("اجتمع الرئيس الأمريكي دونالد ترامب في بلير هاوس بولي العهد السعودي الأمير محمد بن سلمان.",
     (TRUMP, MBS)),
])
def test_a_house_named_after_a_person_is_no_partner(shipped, text, pair):
    met = _met(shipped, text, "ar")
    assert _pair(*pair) in met
    assert not any(BLAIR in p for p in met)


def test_blair_himself_still_meets(shipped):
    assert _pair(BLAIR, ABBAS) in _met(shipped, "التقى بلير الرئيس محمود عباس في رام الله.", "ar")


# --- separate meetings ------------------------------------------------------------------

@pytest.mark.parametrize("text, subjects, obj", [
    ("U.S. envoy Tom Barrack and, separately, French envoy Jean-Yves Le Drian met Lebanese "
     "President Joseph Aoun on Monday.", (BARRACK, LE_DRIAN), AOUN),
    ("U.S. envoy Tom Barrack and, in a separate meeting, French envoy Jean-Yves Le Drian met "
     "Lebanese President Joseph Aoun on Monday.", (BARRACK, LE_DRIAN), AOUN),
    ("Egyptian Foreign Minister Badr Abdelatty and, separately, Qatari Prime Minister Mohammed "
     "bin Abdulrahman Al Thani met Hamas leader Khalil al-Hayya in Cairo.",
     (ABDELATTY, QATAR_PM), HAYYA),
])
def test_subjects_met_apart_are_no_pair(rules_only, text, subjects, obj):
    met = _met(rules_only, text)
    assert _pair(*subjects) not in met
    assert {_pair(subjects[0], obj), _pair(subjects[1], obj)} <= met


@pytest.mark.parametrize("text, pairs", [
    ("التقى المبعوث الأمريكي توم باراك الرئيس جوزاف عون، ثم، في لقاء منفصل، رئيس مجلس "
     "النواب نبيه بري.", [(BARRACK, AOUN), (BARRACK, BERRI)]),
    ("التقى المبعوث الأمريكي توم باراك الرئيس جوزاف عون، ثم في لقاء منفصل رئيس مجلس النواب "
     "نبيه بري.", [(BARRACK, AOUN), (BARRACK, BERRI)]),
    ("استقبل وزير الخارجية المصري بدر عبد العاطي نظيره القطري محمد بن عبد الرحمن آل ثاني، ثم، "
     "في لقاء منفصل، وزير الخارجية التركي هاكان فيدان.",
     [(ABDELATTY, QATAR_PM), (ABDELATTY, FIDAN)]),
    ("اجتمع المبعوث الأمريكي توم باراك بالرئيس جوزاف عون، ثم، في لقاء آخر، برئيس مجلس النواب "
     "نبيه بري.", [(BARRACK, AOUN), (BARRACK, BERRI)]),
])
def test_then_a_separate_meeting_adds_the_partner_ar(rules_only, text, pairs):
    met = _met(rules_only, text, "ar")
    assert {_pair(*p) for p in pairs} <= met
    assert _pair(AOUN, BERRI) not in met


# --- funerals and graves ------------------------------------------------------------------

@pytest.mark.parametrize("text, pair, dead", [
    ("شارك رئيس الوزراء الأردني جعفر حسان في تشييع جثمان الشيخ صباح الأحمد، والتقى ولي العهد "
     "الكويتي مشعل الأحمد.", (JAFAR, MISHAL), SABAH),
    ("وضع الرئيس الإيراني مسعود بزشكيان إكليلا على ضريح الزعيم الراحل جمال عبد الناصر، والتقى "
     "الرئيس المصري عبد الفتاح السيسي.", (PEZESHKIAN, SISI), NASSER),
])
def test_the_dead_man_is_no_partner(shipped, text, pair, dead):
    met = _met(shipped, text, "ar")
    assert _pair(*pair) in met
    assert not any(dead in p for p in met)


# --- a killing with an attribution right after the verb ----------------------------------

@pytest.mark.parametrize("text, pair", [
    ("Israel killed, according to the group, senior Hamas commander Mohammed Sinwar in Khan "
     "Younis.", (M_SINWAR, ISRAEL)),
    ("Israel assassinated, according to Hezbollah, senior commander Fuad Shukr in Beirut.",
     (SHUKR, ISRAEL)),
    ("The United States killed, according to the Pentagon, Islamic State leader Abu Bakr "
     "al-Baghdadi in Idlib.", (BAGHDADI, US)),
])
def test_the_victim_past_an_attribution(rules_only, text, pair):
    assert pair in _rels(rules_only, text, "ASSASSINATED_BY", "en")


# --- a congratulation in a relative clause ----------------------------------------------

@pytest.mark.parametrize("text, lang, host, guest", [
    ("استقبل الرئيس المصري عبد الفتاح السيسي الرئيس الفلسطيني محمود عباس، الذي هنّأ الرئيس "
     "اللبناني جوزاف عون بانتخابه، في القاهرة.", "ar", SISI, ABBAS),
    ("التقى العاهل الأردني الملك عبد الله الثاني الرئيس السوري أحمد الشرع، الذي هنأ الرئيس "
     "اللبناني جوزاف عون بانتخابه، في عمان.", "ar", KING_ABDULLAH, SHARAA),
    ("Egyptian President Abdel Fattah al-Sisi received Palestinian President Mahmoud Abbas, who "
     "congratulated Lebanese President Joseph Aoun on his election, in Cairo.", "en", SISI,
     ABBAS),
])
def test_one_congratulated_is_no_partner(shipped, text, lang, host, guest):
    met = _met(shipped, text, lang)
    assert _pair(host, guest) in met
    assert not any(AOUN in p for p in met)
