"""Session 68 (blind68i): fixes after the first contact of blind set RE-RF (Russia in the Middle
East and Africa 2016-2024, written blind: Putin's meetings with Assad, Erdogan, Raisi, the Gulf
rulers and Haftar, Lavrov's tours, Karlov's assassination, Wagner and the Africa Corps), each
read in several paraphrases of other outlets, people and sides.

- Meetings, Arabic: the attendees told by side with a verb of comprising after the delegations
  present, «جلسة مباحثات موسعة بحضور وفدي البلدين، ضم الجانب السوري A وB، فيما ضم الجانب الروسي
  C وD» / «بحضور الوفدين، وضم الوفد التركي A، بينما ضم الوفد السوداني B»: «ضم (ال)جانب / (ال)وفد
  <side>» is an "including" cue (``meeting_present_including_ar.comprised_side_end``, read by
  ``meeting_attended_ar.present_ar``), and the other side's list after «، فيما / بينما / و ضم
  الجانب <side>» goes on as after «، ومن الجانب <side>» (``meeting_by_side.other_side_ar``), also
  after «وحضر الاجتماع عن جانب X A، فيما ضم وفد Y B». A «وضم الوفد <side> A» with no delegations
  said to be present is not read (most dev writers do not pair such members), nor a planned
  reception.
- Meetings, English: a meeting noun whose predicate after the list "his ... counterparts, A and B"
  is a plan or a cancellation ("A meeting in Moscow between X and his Turkish and Iranian
  counterparts, A and B, on Syria will go ahead", "Talks between X and his counterparts, A and B,
  were postponed") pairs nobody (``meeting_counterparts_en._unheld_after_list``); a held one still
  does.
- Killings, English: a passive killing whose verb names the manner with a time or a place before
  "by", "X was shot dead on Monday by Y", "was shot dead in Tel Aviv in 1995 by Y", "in Paris in
  January 2013 by Y", "in Jenin on Wednesday by Israeli forces" (``kill_agents_en._by_past_filler``
  in ``manner_to_death_by_en``); not a "by" of another noun ("at a rally organised by Z", "a
  killing condemned by Z") nor an unnamed agent ("by unknown gunmen").
"""

from tests.extract_support import met_sorted as _met
from tests.extract_support import relation_pairs
from tests.extract_support import sorted_pair as _pair

ASSAD, PUTIN, MEKDAD, LAVROV, SHOIGU = ("person:bashar-al-assad", "person:vladimir-putin",
                                       "person:faisal-mekdad", "person:sergei-lavrov",
                                       "person:sergei-shoigu")
ERDOGAN, BURHAN, FIDAN, SADIQ = ("person:recep-tayyip-erdogan", "person:abdel-fattah-al-burhan",
                                 "person:hakan-fidan", "person:ali-al-sadiq")
MBS, FAISAL = "person:mohammed-bin-salman", "person:faisal-bin-farhan"
TAMIM, PEZESHKIAN, MBAR, ARAGHCHI = ("person:tamim-bin-hamad-al-thani", "person:masoud-pezeshkian",
                                     "person:mohammed-bin-abdulrahman-al-thani", "person:abbas-araghchi")
CAVUSOGLU, ZARIF = "person:mevlut-cavusoglu", "person:mohammad-javad-zarif"
SUDANI, NECHIRVAN, FUAD, MASROUR = ("person:mohammed-shia-al-sudani", "person:nechirvan-barzani",
                                    "person:fuad-hussein", "person:masrour-barzani")


def _all_pairs(people: list[str]) -> set[tuple[str, str]]:
    return {_pair(a, b) for i, a in enumerate(people) for b in people[i + 1:]}


# --- «بحضور وفدي البلدين، ضم الجانب <side> A، فيما ضم الجانب <side> B» ------------------------

def test_two_sides_comprised_after_delegations_sana(shipped):
    text = ("التقى الرئيس بشار الأسد اليوم الرئيس فلاديمير بوتين في الكرملين. وعقد الرئيسان بعد ذلك "
            "جلسة مباحثات موسعة بحضور وفدي البلدين، ضم الجانب السوري وزير الخارجية فيصل المقداد، "
            "فيما ضم الجانب الروسي وزير الخارجية سيرغي لافروف ووزير الدفاع سيرغي شويغو.")
    assert _all_pairs([ASSAD, PUTIN, MEKDAD, LAVROV, SHOIGU]) <= _met(shipped, text, "ar")


def test_two_delegations_comprised_with_wa_and_bayna_ma(shipped):
    text = ("استقبل الرئيس رجب طيب أردوغان رئيس مجلس السيادة عبد الفتاح البرهان في أنقرة، وعقد "
            "الجانبان جلسة موسعة بحضور الوفدين، وضم الوفد التركي وزير الخارجية هاكان فيدان، بينما "
            "ضم الوفد السوداني وزير الخارجية المكلف علي الصادق.")
    assert _all_pairs([ERDOGAN, BURHAN, FIDAN, SADIQ]) <= _met(shipped, text, "ar")


def test_two_sides_comprised_shadda_saudi_turkish(shipped):
    text = ("استقبل ولي العهد الأمير محمد بن سلمان الرئيس التركي رجب طيب أردوغان في جدة، وعقد "
            "الجانبان جلسة مباحثات رسمية بحضور وفدي البلدين، ضمّ الجانب السعودي وزير الخارجية "
            "الأمير فيصل بن فرحان، فيما ضمّ الجانب التركي وزير الخارجية هاكان فيدان.")
    assert _all_pairs([MBS, ERDOGAN, FAISAL, FIDAN]) <= _met(shipped, text, "ar")


def test_two_delegations_comprised_in_the_meeting_sentence(shipped):
    text = ("التقى أمير قطر الشيخ تميم بن حمد آل ثاني الرئيس الإيراني مسعود بزشكيان في الدوحة، "
            "بحضور وفدي البلدين، ضم الوفد القطري رئيس مجلس الوزراء وزير الخارجية الشيخ محمد بن "
            "عبد الرحمن آل ثاني، فيما ضم الوفد الإيراني وزير الخارجية عباس عراقجي.")
    assert _all_pairs([TAMIM, PEZESHKIAN, MBAR, ARAGHCHI]) <= _met(shipped, text, "ar")


def test_attended_by_side_then_comprised_delegation(shipped):
    text = ("استقبل رئيس مجلس الوزراء محمد شياع السوداني رئيس إقليم كوردستان نيجيرفان بارزاني في "
            "بغداد. وحضر اللقاء من الجانب الاتحادي وزير الخارجية فؤاد حسين، فيما ضم وفد الإقليم رئيس "
            "حكومة الإقليم مسرور بارزاني.")
    assert _all_pairs([SUDANI, NECHIRVAN, FUAD, MASROUR]) <= _met(shipped, text, "ar")


# --- not read ----------------------------------------------------------------------------------

def test_delegation_members_with_no_delegations_present_not_paired(shipped):
    text = ("استقبل أمير قطر الشيخ تميم بن حمد آل ثاني الرئيس الإيراني مسعود بزشكيان. وضم الوفد "
            "الإيراني وزير الخارجية عباس عراقجي.")
    met = _met(shipped, text, "ar")
    assert _pair(TAMIM, PEZESHKIAN) in met
    assert _pair(ARAGHCHI, TAMIM) not in met


def test_planned_reception_with_comprised_sides_not_read(shipped):
    text = ("ومن المقرر أن يستقبل الرئيس رجب طيب أردوغان غداً رئيس مجلس السيادة عبد الفتاح البرهان، "
            "بحضور وفدي البلدين، ضم الوفد التركي وزير الخارجية هاكان فيدان، فيما ضم الوفد السوداني "
            "وزير الخارجية المكلف علي الصادق.")
    met = _met(shipped, text, "ar")
    assert _pair(FIDAN, BURHAN) not in met and _pair(SADIQ, ERDOGAN) not in met


# --- English: "a meeting between X and his counterparts, A and B, will go ahead" -----------------

def test_counterparts_meeting_that_will_go_ahead_not_read(shipped):
    text = ("A meeting in Moscow on Tuesday between Foreign Minister Sergei Lavrov and his Turkish and "
            "Iranian counterparts, Mevlut Cavusoglu and Mohammad Javad Zarif, on Syria will go ahead, "
            "the Kremlin said.")
    met = _met(shipped, text)
    assert _pair(CAVUSOGLU, ZARIF) not in met and _pair(LAVROV, ZARIF) not in met


def test_counterparts_talks_postponed_not_read(shipped):
    text = ("Talks between Foreign Minister Hakan Fidan and his Russian and Iranian counterparts, "
            "Sergei Lavrov and Abbas Araghchi, were postponed after the attack.")
    met = _met(shipped, text)
    assert _pair(LAVROV, ARAGHCHI) not in met and _pair(FIDAN, LAVROV) not in met


def test_counterparts_meeting_expected_not_read(shipped):
    text = ("A trilateral meeting between Foreign Minister Sergei Lavrov and his Turkish and Iranian "
            "counterparts, Hakan Fidan and Abbas Araghchi, is expected in Doha next month.")
    met = _met(shipped, text)
    assert _pair(FIDAN, ARAGHCHI) not in met


def test_counterparts_met_held_still_read(shipped):
    text = ("Foreign Minister Sergei Lavrov met his Turkish and Iranian counterparts, Mevlut Cavusoglu "
            "and Mohammad Javad Zarif, in Moscow on Tuesday.")
    assert _all_pairs([LAVROV, CAVUSOGLU, ZARIF]) <= _met(shipped, text)


# --- English: "X was shot dead on Monday / in Tel Aviv in 1995 by Y" -----------------------------

KARLOV, ALTINTAS = "person:andrei-karlov", "person:mevlut-mert-altintas"
RABIN, AMIR, PERES = "person:yitzhak-rabin", "person:yigal-amir", "person:shimon-peres"


def _killed(extractor, text):
    return relation_pairs(extractor, text, "ASSASSINATED_BY", "en")


def test_shot_dead_on_a_day_by_named_gunman(shipped):
    text = ("Russia's ambassador to Turkey, Andrei Karlov, was shot dead on Monday by Mevlut Mert "
            "Altintas, an off-duty Turkish riot policeman, as he gave a speech in Ankara.")
    assert (KARLOV, ALTINTAS) in _killed(shipped, text)


def test_shot_dead_in_a_city_in_a_year_by_named_killer(shipped):
    text = "Israeli Prime Minister Yitzhak Rabin was shot dead in Tel Aviv in 1995 by Yigal Amir."
    assert (RABIN, AMIR) in _killed(shipped, text)


def test_shot_dead_in_a_new_place_and_month_by_named_killer(shipped):
    text = ("Sakine Cansiz, a co-founder of the PKK, was shot dead in Paris in January 2013 by Omer "
            "Guney, a Turkish national.")
    assert ("person:sakine-cansiz", "person:omer-guney") in _killed(shipped, text)


def test_shot_dead_in_a_town_on_a_day_by_forces(shipped):
    text = ("Journalist Shireen Abu Akleh was shot dead in Jenin on Wednesday by Israeli forces, the "
            "Palestinian health ministry said.")
    assert ("person:shirin-abu-akleh", "organization:israel-defense-forces") in _killed(shipped, text)


def test_shot_dead_at_a_rally_organised_by_not_the_organiser(shipped):
    text = "Yitzhak Rabin was shot dead at a peace rally organised by Shimon Peres in Tel Aviv."
    assert (RABIN, PERES) not in _killed(shipped, text)


def test_shot_dead_then_condemned_by_not_the_agent(shipped):
    text = "Yitzhak Rabin was shot dead in Tel Aviv on Saturday, a killing condemned by Shimon Peres."
    assert (RABIN, PERES) not in _killed(shipped, text)
