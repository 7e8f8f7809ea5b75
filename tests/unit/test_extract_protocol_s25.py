"""The style of state news agencies, session 25 (``protocol``). Our own sentences, not taken
from any dev set.

- A known "X bin Y" named with his grandfather too ("His Royal Highness Prince Khalid bin
  Salman bin Abdulaziz"): still him (``name_tails._bare_father_chain``); not a known name with
  a dynasty ("Mohammed bin Abdulrahman Al Thani") before another "bin Z".
- The attendee of one side's country at a meeting of two met both, also when the other side
  has no country (a UN envoy: ``meeting_sides_en.side_partners``); not a meeting told after
  him in the same sentence ("The meeting, also attended by Z, came a day after X met Y").
- "The meeting was attended by the Deputy Minister of Foreign Affairs, X": the name after a
  long title and a comma (``protocol_forms.titled_after_by_en``); "The meeting / audience was
  (also) attended by Z" after a meeting of two: Z met both, whose side he is of not said
  (``protocol_forms.meeting_attended_by_en``); session 66: a bare "Z also attended." too, as
  «حضر اللقاء Z» below and the brief's convention (an attendee met both principals).
- Honorifics and headline verbs are no person: "His Royal Highness", "His Excellency", "the
  Custodian of the Two Holy Mosques", "... Receives / Meets UN Envoy" (``lexicon.EN_NOT_NAME``).
- "آل نهيان" after a known "X بن Y" is his dynasty, both words (``name_tails.family_tail_end``):
  not a second mention "نهيان" of another of the family.
- The blessing after a ruler («حفظه الله»، "- حفظه الله ورعاه -"، "يحفظه الله") is no person
  and no clause break (``protocol_forms.blank_blessings_ar``).
- "حضر اللقاء / المقابلة / الاستقبال Z" opening the sentence after a meeting of two: Z met
  both, his side not said (``protocol_forms.attended_opening_ar``); "المقابلة" and "الاستقبال"
  are meetings attended (``meeting_attended_ar._AR_MEETING``).
- A second title after a name and his first title is his ("X نائب حاكم إمارة أبوظبي مستشار
  الأمن الوطني"), no description of someone before; not the object of "واستقبل الرئيس X رئيس
  الجمهورية رئيسَ الحكومة" (``protocol_forms.second_title_ar``).
- "حضر اللقاء A <titles>، ومعالي B وزير دولة": the list of attendees goes on past the titles
  (``meeting_attend_forms.titled_list_ar`` in ``attendees_ar``).
"""

from __future__ import annotations

import pytest

from tests.extract_support import MW, assert_relations

CASES = [
    # the grandfather's name after a known "X bin Y"
    ("JEDDAH, March 3 (SPA) -- His Royal Highness Prince Khalid bin Salman bin Abdulaziz, "
     "Minister of Defense, received in his office today Hans Grundberg.", "en",
     [MW("person:khalid-bin-salman", "person:hans-grundberg")], []),
    ("His Highness Prince Faisal bin Farhan bin Abdullah, Minister of Foreign Affairs, held "
     "talks in Riyadh with Iranian Foreign Minister Abbas Araghchi.", "en",
     [MW("person:faisal-bin-farhan", "person:abbas-araghchi")], []),
    ("Araghchi was later received by Prince Faisal bin Farhan bin Abdullah Al Saud at the "
     "ministry.", "en",
     [MW("person:faisal-bin-farhan", "person:abbas-araghchi")], []),
    # a known name with a dynasty, then another "bin": someone else
    ("Deputy governor Prince Mohammed bin Abdulrahman bin Abdulaziz met Iranian Foreign "
     "Minister Abbas Araghchi at the airport.", "en",
     [], [MW("person:mohammed-bin-abdulrahman-al-thani", "person:abbas-araghchi")]),
    # the host's man at a meeting with a UN envoy
    ("Omani Foreign Minister Badr Albusaidi received Hans Grundberg in Muscat on Monday. The "
     "meeting was also attended by Omani Foreign Ministry Undersecretary Khalifa al-Harthy.",
     "en", [MW("person:hans-grundberg", "person:khalifa-al-harthy"),
            MW("person:badr-albusaidi", "person:khalifa-al-harthy")], []),
    ("Saudi Foreign Minister Prince Faisal bin Farhan held talks with Hans Grundberg in "
     "Riyadh. Saudi Deputy Foreign Minister Waleed Al-Khuraiji also attended the meeting.",
     "en", [MW("person:hans-grundberg", "person:waleed-al-khuraiji"),
            MW("person:faisal-bin-farhan", "person:waleed-al-khuraiji")], []),
    # the meeting attended is the one told before, not the one after the attendee
    ("Saudi Foreign Minister Prince Faisal bin Farhan met Iranian Foreign Minister Abbas "
     "Araghchi in Riyadh. The meeting, also attended by Saudi Deputy Foreign Minister Waleed "
     "Al-Khuraiji, came a day after Araghchi met Hans Grundberg in Muscat.", "en",
     [], [MW("person:hans-grundberg", "person:waleed-al-khuraiji")]),
    # a long title and a comma before the attendee
    ("Prince Faisal bin Farhan received Hans Grundberg in Riyadh today. The audience was "
     "attended by the Deputy Minister of Foreign Affairs for Political Affairs, Waleed "
     "Al-Khuraiji.", "en",
     [MW("person:hans-grundberg", "person:waleed-al-khuraiji"),
      MW("person:faisal-bin-farhan", "person:waleed-al-khuraiji")], []),
    ("Badr Albusaidi received Abbas Araghchi in Muscat. The meeting was attended by the "
     "Undersecretary of the Ministry of Foreign Affairs, Khalifa al-Harthy.", "en",
     [MW("person:abbas-araghchi", "person:khalifa-al-harthy")], []),
    # no person right after the title's comma
    ("Badr Albusaidi received Abbas Araghchi in Muscat. The meeting was attended by the "
     "Undersecretary of the Ministry of Foreign Affairs for Political Affairs, according to "
     "Hans Grundberg.", "en",
     [], [MW("person:abbas-araghchi", "person:hans-grundberg")]),
    # a meeting of two, then a bare "Z also attended.": Z met both, his side not said (session
    # 66; session 25 left him unpaired, before the brief paired attendees with both principals)
    ("Badr Albusaidi received Abbas Araghchi in Muscat. Khalifa al-Harthy also attended.", "en",
     [MW("person:abbas-araghchi", "person:khalifa-al-harthy"),
      MW("person:badr-albusaidi", "person:khalifa-al-harthy")], []),
    # the dynasty after the father's name
    ("استقبل الشيخ عبدالله بن زايد آل نهيان في أبوظبي اليوم وزير الخارجية الإيراني عباس "
     "عراقجي.", "ar", [MW("person:abdullah-bin-zayed", "person:abbas-araghchi")], []),
    # the blessing after the ruler's title
    ("استقبل صاحب السمو الشيخ تميم بن حمد آل ثاني أمير البلاد المفدى «حفظه الله» اليوم في "
     "الديوان الأميري معالي عباس عراقجي وزير الخارجية الإيراني.", "ar",
     [MW("person:tamim-bin-hamad-al-thani", "person:abbas-araghchi")], []),
    ("استقبل صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز آل سعود ولي العهد رئيس مجلس "
     "الوزراء - حفظه الله ورعاه - في جدة اليوم وزير الخارجية الإيراني عباس عراقجي.", "ar",
     [MW("person:mohammed-bin-salman", "person:abbas-araghchi")], []),
    ("استقبل الملك سلمان بن عبدالعزيز آل سعود (يحفظه الله) في قصر السلام رئيس الوزراء "
     "اللبناني نجيب ميقاتي.", "ar",
     [MW("person:salman-bin-abdulaziz", "person:najib-mikati")], []),
    # a second title is the attendee's own; the list of attendees goes on past it
    ("استقبل الشيخ محمد بن زايد آل نهيان اليوم رشاد العليمي رئيس مجلس القيادة الرئاسي. حضر "
     "اللقاء سمو الشيخ طحنون بن زايد آل نهيان نائب حاكم إمارة أبوظبي مستشار الأمن الوطني، "
     "ومعالي خليفة شاهين المرر وزير دولة.", "ar",
     [MW("person:khalifa-shaheen-al-marar", "person:rashad-al-alimi"),
      MW("person:tahnoun-bin-zayed", "person:rashad-al-alimi")], []),
    # "حضر المقابلة / الاستقبال Z" after a meeting of two
    ("استقبل معالي السيد بدر بن حمد البوسعيدي وزير الخارجية اليوم بديوان عام الوزارة سعادة "
     "هانس غروندبرغ. حضر المقابلة سعادة الشيخ سالم بن ناصر المعولي وكيل الوزارة.", "ar",
     [MW("person:hans-grundberg", "person:salem-al-mawali"),
      MW("person:badr-albusaidi", "person:salem-al-mawali")], []),
    ("التقى وزير الخارجية عباس عراقجي في طهران هانس غروندبرغ. وحضر الاستقبال مساعد وزير "
     "الخارجية كاظم غريب آبادي.", "ar",
     [MW("person:hans-grundberg", "person:kazem-gharibabadi")], []),
    # not the opening of the sentence: his side not said
    ("استقبل بدر البوسعيدي في مسقط هانس غروندبرغ. وقال سالم المعولي، الذي حضر المقابلة، إن "
     "الأجواء كانت إيجابية.", "ar",
     [], [MW("person:hans-grundberg", "person:salem-al-mawali")]),
    # a title after the subject of a meeting verb is its object
    ("عُيّن نواف سلام رئيساً للحكومة. واستقبل الرئيس جوزاف عون رئيس الجمهورية اللبنانية رئيس "
     "الحكومة في قصر بعبدا.", "ar", [MW("person:joseph-aoun", "person:nawaf-salam")], []),
]

NOBODY_AR = [
    ("رئيس الدولة يستقبل ضيفاً\nاستقبل صاحب السمو الشيخ محمد بن زايد آل نهيان رئيس الدولة "
     "«حفظه الله» اليوم فخامة الدكتور رشاد محمد العليمي.",
     {"person:mohamed-bin-zayed", "person:rashad-al-alimi"}),
    ("حضر اللقاء الشيخ طحنون بن زايد آل نهيان مستشار الأمن الوطني.",
     {"person:tahnoun-bin-zayed"}),
    ("استقبل الشيخ محمد بن زايد آل نهيان اليوم رشاد العليمي رئيس مجلس القيادة الرئاسي. حضر "
     "اللقاء الشيخ طحنون بن زايد آل نهيان نائب حاكم إمارة أبوظبي مستشار الأمن الوطني.",
     {"person:mohamed-bin-zayed", "person:rashad-al-alimi", "person:tahnoun-bin-zayed"}),
]

NOBODY = [
    ("Foreign Minister Receives UN Envoy\nThe audience was attended by the Custodian of the Two "
     "Holy Mosques' Ambassador to Yemen, Mohammed Al Jaber. His Royal Highness thanked him.",
     {"person:mohammed-al-jaber"}),
    ("Crown Prince Meets Omani Delegation\nHis Excellency Badr Albusaidi received Hans "
     "Grundberg in Muscat. Her Majesty welcomed the step.",
     {"person:badr-albusaidi", "person:hans-grundberg"}),
]


@pytest.mark.parametrize("text,people", NOBODY)
def test_honorifics_are_nobody(ex, text: str, people: set[str]) -> None:
    got = {e["id"] for e in ex.extract(text, lang="en")["entities"] if e["type"] == "Person"}
    assert got == people


@pytest.mark.parametrize("text,people", NOBODY_AR)
def test_blessings_are_nobody(ex, text: str, people: set[str]) -> None:
    got = {e["id"] for e in ex.extract(text, lang="ar")["entities"] if e["type"] == "Person"}
    assert got == people


@pytest.mark.parametrize("text,lang,must,never", CASES)
def test_protocol(ex, text: str, lang: str, must: list, never: list) -> None:
    assert_relations(ex.extract(text, lang=lang), text[:40], must, never)
