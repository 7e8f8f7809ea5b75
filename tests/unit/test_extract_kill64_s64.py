"""Session 64 (kill64): killings read wrong in the wave-1 writers' lists and blind sets NS-NZ.

- An army's unit as the killer is that army (``kill_army_unit_en``, ``SentenceBase.add``; the
  scorer's gate "unit" in ``scored``): "the army's 6th Infantry Division said its forces had
  killed X" (a bare "the army's": the army of the country told before), "The Sudanese army's
  22nd Infantry Division killed X", "The IDF's 98th Division", "Israel's 36th Division", "The
  Israeli army's Golani Brigade": the army, no body "infantry-division" / "division"; not
  another body's unit ("The RSF's 3rd Division"), not a denial or a failed attempt.
- "said the army's special force(s) / elite units had (also) killed X": the army
  (``kill_army_unit_en.army_part_killed``).
- A bare "the army" is the army of any country the gazetteer knows an army for, read from its
  names "<nationality> army / military" (``national_armies``; it knew the US and Israel only),
  and a country named as a place ("its campaign in Lebanon", "in northern Iraq") is not the
  one whose army is meant (``kill_said_it.bare_army``).
"""

import pytest

from tests.extract_support import relation_pairs

SAF, IDF, ENDF = ("organization:sudanese-armed-forces", "organization:israel-defense-forces",
                  "organization:ethiopian-national-defense-force")
TAF, IRAQI_ARMY = "organization:turkish-armed-forces", "organization:iraqi-army"
GIBRIL, KARAKI = "person:ali-yaqub-gibril", "person:ali-karaki"


def _killers(ex, text, lang="en"):
    return relation_pairs(ex, text, "ASSASSINATED_BY", lang)


# --- an army's unit is the army ----------------------------------------------------------------

@pytest.mark.parametrize("text, victim, army", [
    ("His talks foundered when the Sudanese Armed Forces refused to send a delegation. Meanwhile "
     "the war grinds on around El Fasher, where the army's 6th Infantry Division said in June that "
     "its forces had killed Ali Yaqoub Gibril, the RSF's commander for Central Darfur.", GIBRIL, SAF),
    ("The Sudanese army's 22nd Infantry Division killed Ali Yaqoub Gibril.", GIBRIL, SAF),
    ("The Iraqi army's 20th Division killed Abu Yasser al-Issawi, an Islamic State commander, in "
     "Kirkuk.", "person:abu-yasser-al-issawi", IRAQI_ARMY),
    ("Israel's 36th Division killed Ali Karaki, a Hezbollah commander, in the south.", KARAKI, IDF),
    ("The IDF's 98th Division killed Ali Karaki, a Hezbollah commander.", KARAKI, IDF),
    ("The Israeli army's Golani Brigade killed Ali Karaki, a Hezbollah commander.", KARAKI, IDF),
])
def test_an_armys_unit_as_the_killer_is_the_army(shipped, text, victim, army):
    got = _killers(shipped, text)
    assert (victim, army) in got
    assert not any(a.endswith(("division", "brigade")) for _v, a in got)


def test_another_bodys_unit_is_no_army(shipped):
    got = _killers(shipped, "The RSF's 3rd Division killed Ali Yaqoub Gibril, the Sudanese army "
                            "said.")
    assert (GIBRIL, SAF) not in got


@pytest.mark.parametrize("text", [
    "The Sudanese Armed Forces pushed into El Fasher. The army's 6th Infantry Division denied "
    "that its forces had killed Ali Yaqoub Gibril.",
    "The Ethiopian army pushed into Tigray. Officials said the army's special force had failed to "
    "kill Debretsion Gebremichael.",
])
def test_a_denied_or_failed_killing_by_a_unit_has_no_killer(shipped, text):
    assert _killers(shipped, text) == set()


# --- "the army's special force had also killed X" ----------------------------------------------

@pytest.mark.parametrize("text, victim, army", [
    ("The Ethiopian National Defense Force has killed former Foreign Minister Seyoum Mesfin. "
     "Briefing journalists, Brigadier General Tesfaye Ayalew said the army's special force had also "
     "killed Abay Weldu, former president of the Tigray region.", "person:abay-weldu", ENDF),
    ("Israel pressed on with its campaign in Lebanon. The army's elite units also killed Ali "
     "Karaki, a Hezbollah commander.", KARAKI, IDF),
    ("Turkey launched a new operation in northern Iraq on Monday. Defence Minister Hulusi Akar said "
     "the army's special forces had killed Riza Cengiz in Sidakan.", "person:reza-cengiz", TAF),
])
def test_the_armys_part_as_the_killer_is_the_army(shipped, text, victim, army):
    got = _killers(shipped, text)
    assert (victim, army) in got
    assert not any(a in ("organization:lebanese-army", IRAQI_ARMY) for _v, a in got)


# --- «قواته قتلت» said by a titled person; a quoted group in the victim's title ---------------

FAF, TAF_ = "organization:french-armed-forces", "organization:turkish-armed-forces"


@pytest.mark.parametrize("text, victim, army", [
    ('أعلن الرئيس الفرنسي إيمانويل ماكرون أن قواته قتلت زعيم تنظيم "أنصار الشريعة" أبو عياض '
     'التونسي في مالي.', "person:abu-ayad-al-tunsi", FAF),
    ("أعلن الرئيس الفرنسي إيمانويل ماكرون أن قواته قتلت زعيم تنظيم الدولة الإسلامية في الصحراء "
     "الكبرى عدنان أبو وليد الصحراوي.", "person:adnan-abu-walid-al-sahrawi", FAF),
    ("قال وزير الدفاع التركي خلوصي أكار إن قواته قتلت القيادي في حزب العمال الكردستاني رضا "
     "جنكيز.", "person:reza-jankiz", TAF_),
    ("وأكد رئيس الوزراء الإسرائيلي بنيامين نتنياهو أن قواته قتلت القيادي في حماس محمد الضيف.",
     "person:mohammed-deif", IDF),
])
def test_his_forces_said_by_a_titled_person_are_his_countrys_army(shipped, text, victim, army):
    got = _killers(shipped, text, "ar")
    assert (victim, army) in got
    assert not any(a.startswith("organization:ansar") for _v, a in got)


@pytest.mark.parametrize("text, victim, agent, group", [
    ('وقتلت القوات الفرنسية زعيم تنظيم "القاعدة في بلاد المغرب الإسلامي" عبد المالك دروكدال في '
     'مالي.', "person:abdelmalek-droukdel", FAF, "organization:aqim"),
    ('قتلت القوات الأمريكية زعيم تنظيم "داعش" أبو إبراهيم الهاشمي القرشي في أطمة.',
     "person:abu-ibrahim-al-hashimi-al-qurashi", "organization:us-armed-forces",
     "organization:islamic-state"),
    ('أعلن الرئيس الفرنسي إيمانويل ماكرون أن قواته قتلت زعيم تنظيم "أنصار الشريعة" أبو عياض '
     'التونسي في مالي.', "person:abu-ayad-al-tunsi", FAF, "organization:ansar-al-sharia"),
])
def test_a_quoted_group_in_the_victims_title_is_no_killer(shipped, text, victim, agent, group):
    got = _killers(shipped, text, "ar")
    assert (victim, agent) in got
    assert (victim, group) not in got


@pytest.mark.parametrize("text, victim, group", [
    ('وقتلت "حركة الشباب" القيادي عبد الرحمن عمر عثمان.', "person:abdul-rahman-omar-othman",
     "organization:al-shabaab"),
    ('وقتل تنظيم "داعش" الصحفي جيمس فولي.', "person:james-fuli", "organization:islamic-state"),
])
def test_a_quoted_group_as_the_subject_still_kills(shipped, text, victim, group):
    assert (victim, group) in _killers(shipped, text, "ar")


@pytest.mark.parametrize("text", [
    'أعلن الرئيس الفرنسي إيمانويل ماكرون أن قواته لم تقتل زعيم تنظيم "أنصار الشريعة" أبو عياض '
    'التونسي.',
    "نفى وزير الدفاع التركي خلوصي أكار أن تكون قواته قتلت رضا جنكيز.",
    'أعلن الرئيس الفرنسي إيمانويل ماكرون أن قواته ستقتل زعيم تنظيم "أنصار الشريعة" أبو عياض '
    'التونسي.',
])
def test_his_forces_not_killing_give_no_killer(shipped, text):
    assert _killers(shipped, text, "ar") == set()


# --- "The Jan. 3 strike also killed Y": a date between "the" and the strike --------------------

SOLEIMANI, MUHANDIS = "person:qasem-soleimani", "person:abu-mahdi-al-muhandis"
US, ISRAEL = "country:united-states", "country:israel"


@pytest.mark.parametrize("text, victim, agent", [
    ("A U.S. drone strike killed Qassem Soleimani near Baghdad airport on Jan. 3. The Jan. 3 strike "
     "also killed Abu Mahdi al-Muhandis.", MUHANDIS, US),
    ("A U.S. drone strike killed Qassem Soleimani near Baghdad airport on January 3. The January 3 "
     "drone strike also killed Abu Mahdi al-Muhandis.", MUHANDIS, US),
    ("Israel killed Hassan Nasrallah in Beirut on Sept. 27. The Sept. 27 strike also killed Ali "
     "Karaki.", KARAKI, ISRAEL),
    ("An Israeli strike killed Fuad Shukr in Beirut. The Tuesday strike also killed Ali Karaki.",
     KARAKI, ISRAEL),
    ("A U.S. drone strike killed Qassem Soleimani near Baghdad airport in 2020. The 3 January strike "
     "also killed Abu Mahdi al-Muhandis.", MUHANDIS, US),
])
def test_a_dated_strike_told_before_keeps_its_agent(shipped, text, victim, agent):
    assert (victim, agent) in _killers(shipped, text)


@pytest.mark.parametrize("text", [
    "A U.S. drone strike killed Qassem Soleimani near Baghdad airport on Jan. 3. The Jan. 3 strike "
    "did not kill Abu Mahdi al-Muhandis.",
    "A U.S. drone strike killed Qassem Soleimani near Baghdad airport on Jan. 3. The Jan. 3 strike "
    "also wounded Abu Mahdi al-Muhandis.",
    "A U.S. drone strike killed Qassem Soleimani near Baghdad airport on Jan. 3. The Jan. 8 Iranian "
    "missile attack on Ain al-Asad killed no one, Abu Mahdi al-Muhandis said.",
    "A U.S. drone strike killed Qassem Soleimani near Baghdad airport on Jan. 3. The Jan. 8 Iranian "
    "missile attack on Ain al-Asad killed nobody, Abu Mahdi al-Muhandis said.",
])
def test_a_dated_strike_that_killed_nobody_named_has_no_victim(shipped, text):
    assert not any(v == MUHANDIS for v, _a in _killers(shipped, text))


# --- «X، الذي قالت <titled Y> إن Z قتلته»: Z killed X; a compass word before a place ------------

DROUKDEL, DEIF = "person:abdelmalek-droukdel", "person:mohammed-deif"


@pytest.mark.parametrize("text, victim, agent, speaker", [
    ("أبرزهم زعيم «القاعدة في بلاد المغرب الإسلامي» عبد المالك دروكدال، الذي قالت وزيرة الجيوش "
     "فلورنس بارلي في يونيو 2020 إن القوات الفرنسية قتلته شمالي مالي.", DROUKDEL, FAF,
     "person:florence-parly"),
    ("ومن بين القتلى أبو بكر البغدادي، الذي قال الرئيس الأمريكي دونالد ترامب إن القوات الأمريكية "
     "قتلته في إدلب.", "person:abu-bakr-al-baghdadi", "organization:us-armed-forces",
     "person:donald-trump"),
    ("وكان بينهم محمد الضيف، الذي قال وزير الدفاع يسرائيل كاتس إن الجيش الإسرائيلي قد قتله في خان "
     "يونس.", DEIF, IDF, "person:israel-katz"),
])
def test_the_one_a_titled_speaker_says_a_body_killed(shipped, text, victim, agent, speaker):
    got = _killers(shipped, text, "ar")
    assert (victim, agent) in got
    assert not any(v == speaker for v, _a in got)
    assert not any(a in ("country:mali", "country:syria") for _v, a in got)


@pytest.mark.parametrize("text", [
    "وكان بينهم محمد الضيف، الذي نفى وزير الدفاع يسرائيل كاتس أن يكون الجيش الإسرائيلي قتله.",
    "وكان بينهم محمد الضيف، الذي قال وزير الدفاع يسرائيل كاتس إن الجيش الإسرائيلي لم يقتله.",
    "وكان بينهم محمد الضيف، الذي قال وزير الدفاع يسرائيل كاتس إن الجيش الإسرائيلي سيقتله.",
])
def test_a_denied_or_unreal_killing_told_by_a_third_party_has_no_killer(shipped, text):
    assert _killers(shipped, text, "ar") == set()


@pytest.mark.parametrize("text, lang", [
    ("Iranian Defence Minister Aziz Nasirzadeh said the army had killed Kurdish commander Ali "
     "Rasoul.", "en"),
    ("قال وزير الدفاع الإيراني عزيز نصير زاده إن الجيش قتل القيادي الكردي علي رسول.", "ar"),
])
def test_the_army_of_a_state_whose_army_the_gazetteer_names(shipped, text, lang):
    assert ("person:ali-rasool", "organization:iranian-army") in _killers(shipped, text, lang)
