"""Session 61 (blind61b): fixes after the first contact of blind set MW-MX (Iran 2025, written
blind: the June war and the commanders named in place of the killed ones, the US strikes, the
Oman-mediated talks, the IAEA, Pezeshkian's trips, Larijani at the security council), each read
in several paraphrases of other outlets and people.

- Meetings: attendees told in the next sentence as a list whose last member has a long
  apposition, "Foreign Minister A and B, director of the Office of ..., attended the meeting",
  "A and B, the head of the General Intelligence Presidency, also attended the talks", "... also
  sat in on the talks", "... took part in the meeting" (``attendee_later_en.apposed_attendee_en``:
  the apposed attendee had to open the sentence himself); not "did not attend".
- Killings: "X, head of Z, was also / reportedly killed, along with N others, among them A and
  B": the passive with an adverb between the auxiliary and the verb
  (``kill_groups_forces._passive_en``); the victim's own body in his apposition had been read
  as the agent of an active "Z ... killed". The agent stated after the verb is kept ("was also
  killed by an Israeli drone strike along with six others, among them A").
- Successions: "X returned to the council when K named / appointed him secretary, replacing Y
  / in place of Y", "after K named him to replace Y", "when K appointed him commander in place
  of Y", "hours after K named him commander, replacing Y": the appointee is "him", the person
  the sentence named first, not the appointer K
  (``succession_with_named_en.named_him_head_en``, asked by ``succession_rules_en`` and
  ``core_recall_succession``).
- Killings (Arabic): a dying verb, its companions and then the strike, "الذي ارتقى مع عدد من قادة
  الحرس في العدوان الصهيوني", "الذي قضى مع عدد من قادة قوة الرضوان في غارة إسرائيلية", "ارتقى X
  مع عدد من قادة قوة الرضوان في غارة صهيونية": a body named among the companions no longer stops
  the reading (``kill_martyr_ar.past_companions_ar``, also asked by ``killing_rules`` for the
  relative "الذي ارتقى / قضى"); not "ارتقى X مع ستة من ضباط الحرس إلى رتبة أعلى" (no strike).
- Successions: a bare "Y took over." after a departure told in the sentence or the one before,
  "X served as secretary until he resigned in October 2007; Y took over.", "X led Hezbollah
  until he was killed in September 2024. Y took over.", "X stepped down in 2022 and Y took
  over.", "X was assassinated in Tehran in July 2024, and Y took over days later"
  (``succession_took_over_bare_en``, new); not with no departure told, not "took over the
  ministry of finance" (an object: another post).
- Meetings (Arabic): the other side's attendee after the relative "حضرها / حضره": "جلسة مباحثات
  حضرها من الجانب العماني X وزير الخارجية، ومن الجانب الإيراني Y", "حضرها عن الجانب القطري X، وعن
  الجانب التركي Y", "في اجتماع حضره من الجانب السعودي X، ومن الجانب العراقي Y"
  (``meeting_attended_ar``: ``other_side_ar`` as for "وحضر"); not "ومن الجانب الآخر مسؤولون".
- Successions: a post handed on in an apposition with the post as the relative's object, "X was
  speaker of parliament, a post he handed to Y", "X was secretary of the council for a decade, a
  post he passed to Y in 2023", "X headed the intelligence service from 2016, a position he
  passed to Y when he became prime minister" (``succession_handover._post_gap_holder``); not
  "a post he never handed to Y".
"""

import pytest

from tests.extract_support import met_sorted as _met
from tests.extract_support import relation_pairs
from tests.extract_support import sorted_pair as _pair

SO, AB = "SUCCESSOR_OF", "ASSASSINATED_BY"
XI, PEZESHKIAN, ARAGHCHI, WANG = ("person:xi-jinping", "person:masoud-pezeshkian",
                                  "person:abbas-araghchi", "person:wang-yi")
MBS, SUDANI, FBF, HUMAIDAN = ("person:mohammed-bin-salman", "person:mohammed-shia-al-sudani",
                              "person:faisal-bin-farhan", "person:khalid-al-humaidan")
BIDEN, BLINKEN, SULLIVAN = "person:joe-biden", "person:antony-blinken", "person:jake-sullivan"
HAITHAM, ALBUSAIDI = "person:haitham-bin-tariq", "person:badr-albusaidi"
LARIJANI, AHMADIAN = "person:ali-larijani", "person:ali-akbar-ahmadian"
RASHID, KADHIMI = "person:abdul-latif-rashid", "person:mustafa-al-kadhimi"
KHAMENEI, MOUSAVI, SALEHI = ("person:ali-khamenei", "person:abdolrahim-mousavi",
                             "person:ataollah-salehi")
PAKPOUR, SALAMI = "person:mohammad-pakpour", "person:hossein-salami"
ABBASI, TEHRANCHI = "person:fereydoun-abbasi", "person:mohammad-mehdi-tehranchi"
KHATAM = "organization:khatam-al-anbiya-central-headquarters"
ISRAEL = "country:israel"


# --- attendees in a list whose last member has a long apposition ------------------------------

@pytest.mark.parametrize("text, principals, attendees", [
    ("Chinese President Xi Jinping met with Iranian President Masoud Pezeshkian at the Great Hall "
     "of the People in Beijing on Tuesday. Iranian Foreign Minister Abbas Araghchi and Wang Yi, "
     "director of the Office of the Central Commission for Foreign Affairs, attended the meeting.",
     (XI, PEZESHKIAN), (ARAGHCHI, WANG)),
    ("Saudi Crown Prince Mohammed bin Salman received Iraqi Prime Minister Mohammed Shia al-Sudani "
     "in Jeddah on Sunday. Foreign Minister Prince Faisal bin Farhan and Khalid al-Humaidan, the "
     "head of the General Intelligence Presidency, also attended the talks.",
     (MBS, SUDANI), (FBF, HUMAIDAN)),
    ("President Joe Biden hosted Iraqi Prime Minister Mohammed Shia al-Sudani at the White House "
     "on Monday. Secretary of State Antony Blinken and Jake Sullivan, the White House national "
     "security adviser, also sat in on the talks.", (BIDEN, SUDANI), (BLINKEN, SULLIVAN)),
    ("Sultan Haitham bin Tariq received Iranian President Masoud Pezeshkian at Al Alam Palace in "
     "Muscat. Omani Foreign Minister Badr Albusaidi and Abbas Araghchi, Iran's top diplomat, took "
     "part in the meeting.", (HAITHAM, PEZESHKIAN), (ALBUSAIDI, ARAGHCHI)),
])
def test_listed_attendees_with_an_apposition_on_the_last(rules_only, text, principals, attendees):
    met = _met(rules_only, text)
    for a in attendees:
        for p in principals:
            assert _pair(a, p) in met


def test_listed_attendees_who_did_not_attend(shipped):
    text = ("Sultan Haitham bin Tariq received Iranian President Masoud Pezeshkian at Al Alam "
            "Palace in Muscat. Omani Foreign Minister Badr Albusaidi and Abbas Araghchi, Iran's top "
            "diplomat, did not attend the meeting.")
    met = _met(shipped, text)
    assert _pair(HAITHAM, PEZESHKIAN) in met
    assert _pair(ALBUSAIDI, PEZESHKIAN) not in met and _pair(ARAGHCHI, HAITHAM) not in met


# --- "was also killed, along with ..., among them": no agent from the apposition ---------------

@pytest.mark.parametrize("text, victim, body", [
    ("Maj. Gen. Gholamali Rashid, head of the Khatam al-Anbiya Central Headquarters, was also "
     "killed, along with at least six nuclear scientists, among them Fereydoun Abbasi-Davani and "
     "the physicist Mohammad Mehdi Tehranchi.", ABBASI, KHATAM),
    ("Hassan Mohaghegh, deputy head of the IRGC Intelligence Organization, was also killed, along "
     "with two other officers, among them Mohsen Bagheri.", "person:mohsen-bagheri",
     "organization:irgc-intelligence-organization"),
    ("Wissam al-Tawil, a senior commander of Hezbollah, was reportedly killed together with three "
     "fighters, among them Ali Hussein Barji.", "person:ali-hussein-barji",
     "organization:hezbollah"),
])
def test_was_also_killed_gives_no_agent_from_the_apposition(shipped, text, victim, body):
    assert (victim, body) not in relation_pairs(shipped, text, AB, "en")


def test_was_also_killed_by_keeps_the_stated_agent(rules_only):
    text = ("Saleh al-Arouri, deputy head of Hamas, was also killed by an Israeli drone strike "
            "along with six others, among them Samir Findi and Azzam al-Aqraa.")
    pairs = relation_pairs(rules_only, text, AB, "en")
    assert ("person:samir-fandi", ISRAEL) in pairs
    assert ("person:samir-fandi", "organization:hamas") not in pairs


# --- "K named him <post>, replacing Y": him, not K --------------------------------------------

@pytest.mark.parametrize("text, new, old, appointer", [
    ("Ali Larijani returned to the helm of the Supreme National Security Council on August 5, "
     "when President Masoud Pezeshkian named him secretary in place of Ali Akbar Ahmadian.",
     LARIJANI, AHMADIAN, PEZESHKIAN),
    ("Ali Larijani returned to the Supreme National Security Council on August 5, when President "
     "Masoud Pezeshkian appointed him secretary, replacing Ali Akbar Ahmadian.",
     LARIJANI, AHMADIAN, PEZESHKIAN),
    ("Mohammed Shia al-Sudani became prime minister in October 2022 after President Abdul Latif "
     "Rashid named him to replace Mustafa al-Kadhimi.", SUDANI, KADHIMI, RASHID),
    ("Abdolrahim Mousavi had led the army since 2017, when Supreme Leader Ali Khamenei appointed "
     "him commander in place of Ataollah Salehi.", MOUSAVI, SALEHI, KHAMENEI),
    ("Mohammad Pakpour took the helm of the Guards on June 13, hours after Ayatollah Ali Khamenei "
     "named him commander, replacing Hossein Salami.", PAKPOUR, SALAMI, KHAMENEI),
])
def test_named_him_post_replacing(shipped, rules_only, text, new, old, appointer):
    assert (new, old) in relation_pairs(rules_only, text, SO, "en")
    assert (appointer, old) not in relation_pairs(shipped, text, SO, "en")


# --- Arabic: the companions' phrase before the strike names a body ----------------------------

@pytest.mark.parametrize("text, victim", [
    ("الشهيد حسين سلامي الذي ارتقى مع عدد من قادة الحرس في العدوان الصهيوني.", SALAMI),
    ("عيّن قائد الثورة العميد مجيد موسوي قائداً للقوة الجوفضائية، خلفاً للشهيد العميد أمير علي حاجي "
     "زادة الذي ارتقى مع عدد من قادة القوة في العدوان الصهيوني فجر الجمعة.",
     "person:amir-ali-hajizadeh"),
    ("نعى حزب الله القائد إبراهيم عقيل الذي قضى مع عدد من قادة قوة الرضوان في غارة إسرائيلية على "
     "الضاحية.", "person:ibrahim-aqil"),
    ("ارتقى القائد إبراهيم عقيل مع عدد من قادة قوة الرضوان في غارة صهيونية.", "person:ibrahim-aqil"),
])
def test_martyred_with_companions_of_a_body_in_a_strike_ar(rules_only, text, victim):
    assert (victim, ISRAEL) in relation_pairs(rules_only, text, AB, "ar")


def test_risen_with_companions_to_a_rank_is_no_killing_ar(shipped):
    text = "ارتقى العميد محمد رضا زاهدي مع ستة من ضباط الحرس إلى رتبة أعلى."
    assert not relation_pairs(shipped, text, AB, "ar")


# --- a bare "Y took over." after a departure -------------------------------------------------

@pytest.mark.parametrize("text, new, old", [
    ("Ali Larijani served as secretary until he resigned in October 2007; Saeed Jalili took over.",
     "person:saeed-jalili", LARIJANI),
    ("Hassan Nasrallah led Hezbollah until he was killed in September 2024. Naim Qassem took over.",
     "person:naim-qassem", "person:hassan-nasrallah"),
    ("Mustafa al-Kadhimi stepped down in 2022 and Mohammed Shia al-Sudani took over.", SUDANI,
     KADHIMI),
    ("Ismail Haniyeh was assassinated in Tehran in July 2024, and Yahya Sinwar took over days "
     "later.", "person:yahya-sinwar", "person:ismail-haniyeh"),
    ("Ali Larijani returned to the council in 2025. It was his second stint in the job. He first "
     "became secretary in 2005, succeeding Hassan Rowhani, and served as chief nuclear negotiator "
     "until he resigned in October 2007 after clashing with President Mahmoud Ahmadinejad; Saeed "
     "Jalili took over.", "person:saeed-jalili", LARIJANI),
])
def test_bare_took_over_after_a_departure(rules_only, text, new, old):
    assert (new, old) in relation_pairs(rules_only, text, SO, "en")


@pytest.mark.parametrize("text, new, old", [
    ("Hassan Nasrallah led Hezbollah for three decades. Naim Qassem took over.",
     "person:naim-qassem", "person:hassan-nasrallah"),
    ("Mustafa al-Kadhimi stepped down in 2022. Mohammed Shia al-Sudani took over the ministry of "
     "finance.", SUDANI, KADHIMI),
])
def test_took_over_without_a_departure_or_with_an_object(rules_only, text, new, old):
    assert (new, old) not in relation_pairs(rules_only, text, SO, "en")


def test_took_over_after_he_resigned_is_not_the_one_he_succeeded(shipped):
    text = ("Ali Larijani returned to the council in 2025. It was his second stint in the job. He "
            "first became secretary in 2005, succeeding Hassan Rowhani, and served as chief nuclear "
            "negotiator until he resigned in October 2007; Saeed Jalili took over.")
    assert ("person:saeed-jalili", "person:hassan-rouhani") not in relation_pairs(
        shipped, text, SO, "en")


# --- Arabic: "حضرها من الجانب A X، ومن الجانب B Y" -------------------------------------------

@pytest.mark.parametrize("text, principals, other", [
    ("استقبل السلطان هيثم بن طارق اليوم بقصر العلم الرئيس مسعود بزشكيان. وعقد الجانبان جلسة مباحثات "
     "رسمية حضرها من الجانب العُماني السيد بدر بن حمد البوسعيدي وزير الخارجية، ومن الجانب الإيراني "
     "الدكتور عباس عراقجي وزير الخارجية.", (HAITHAM, PEZESHKIAN, ALBUSAIDI), ARAGHCHI),
    ("استقبل أمير قطر الشيخ تميم بن حمد آل ثاني الرئيس التركي رجب طيب أردوغان في الدوحة، وعقد الجانبان "
     "جلسة مباحثات حضرها عن الجانب القطري رئيس مجلس الوزراء الشيخ محمد بن عبدالرحمن آل ثاني، وعن "
     "الجانب التركي وزير الخارجية هاكان فيدان.",
     ("person:tamim-bin-hamad-al-thani", "person:recep-tayyip-erdogan"), "person:hakan-fidan"),
    ("التقى ولي العهد الأمير محمد بن سلمان رئيس الوزراء العراقي محمد شياع السوداني في جدة، في اجتماع "
     "حضره من الجانب السعودي وزير الخارجية الأمير فيصل بن فرحان، ومن الجانب العراقي وزير الخارجية فؤاد "
     "حسين.", (MBS, SUDANI, FBF), "person:fuad-hussein"),
])
def test_the_other_sides_attendee_after_hadaraha_ar(rules_only, text, principals, other):
    met = _met(rules_only, text, "ar")
    for p in principals:
        assert _pair(other, p) in met


# --- "X was P, a post he handed to Y" --------------------------------------------------------

@pytest.mark.parametrize("text, new, old", [
    ("From 2008 to 2020 Ali Larijani was speaker of parliament, a post he handed to Mohammad "
     "Bagher Qalibaf.", "person:mohammad-bagher-ghalibaf", LARIJANI),
    ("Ali Shamkhani was secretary of the council for a decade, a post he passed to Ali Akbar "
     "Ahmadian in 2023.", AHMADIAN, "person:ali-shamkhani"),
    ("Mustafa al-Kadhimi headed the intelligence service from 2016, a position he passed to Raed "
     "Juhi when he became prime minister.", "person:raed-juhi", KADHIMI),
    ("Mohammad Javad Zarif was foreign minister for eight years, a post he handed to Hossein "
     "Amir-Abdollahian in 2021.", "person:hossein-amir-abdollahian", "person:mohammad-javad-zarif"),
])
def test_a_post_he_handed_to(rules_only, text, new, old):
    assert (new, old) in relation_pairs(rules_only, text, SO, "en")


def test_a_post_he_never_handed_to(shipped):
    text = "Hossein Salami was IRGC commander, a post he never handed to Mohammad Pakpour."
    assert (PAKPOUR, SALAMI) not in relation_pairs(shipped, text, SO, "en")
